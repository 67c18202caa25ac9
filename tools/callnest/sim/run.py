"""One load run: set up a queue and agents, log the agents in, send a Poisson
stream of callers, wait for the server to settle, and compare its figures
with the sim's own."""

from __future__ import annotations

import asyncio
import contextlib
import random
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

import aiohttp

from callnest.sim.agents import AgentTally, SimAgent
from callnest.sim.api import Api, ApiError
from callnest.sim.callers import CallerRecord, SimCaller
from callnest.sim.config import SimConfig, parse_impairment
from callnest.sim.server_process import ServerError, ServerProcess
from callnest.sim.summary import progress_line, summarise

READY_TIMEOUT_S = 60.0
AGENTS_STOP_TIMEOUT_S = 60.0
SERVER_SETTLE_TIMEOUT_S = 30.0
SETUP_CONCURRENCY = 8


class SetupError(Exception):
    """The run could not start: no server, wrong credentials, refused setup."""


async def run_sim(
    config: SimConfig,
    *,
    server_url: str | None = None,
    username: str | None = None,
    password: str | None = None,
    progress: TextIO | None = None,
    data_dir: Path | None = None,
) -> dict[str, Any]:
    """Runs the simulation and returns its summary (see :func:`summarise`).

    Without ``server_url`` it starts its own ``callnest-server`` on a temporary
    data dir and stops it at the end; a server that dies makes the run fail.
    ``data_dir`` gives that server a data dir of your choosing, kept afterwards.
    Raises :class:`SetupError` when the run cannot start.
    """
    started = time.monotonic()
    if server_url is not None:
        if not username or not password:
            raise SetupError("--server needs --username and --password (an owner's account)")
        result = await _drive(config, server_url, username, password, progress)
        result["server"] = {"url": server_url, "self_started": False}
    else:
        server = ServerProcess(data_dir)
        try:
            await server.start()
        except ServerError as exc:
            raise SetupError(f"{exc}\n(server data dir kept: {server.data_dir})") from exc
        server_error: str | None = None
        result = {"ok": False}
        try:
            result = await _drive(config, server.url, *server.owner, progress, died=server.died)
        except ServerError as exc:
            server_error = str(exc)
        except SetupError as exc:
            raise SetupError(f"{exc}\n(server data dir kept: {server.data_dir})") from exc
        finally:
            # A failed run's server log and database are the evidence: keep them.
            server.keep_data = server.keep_data or not result.get("ok")
            try:
                await server.stop()
            except ServerError as exc:
                server_error = server_error or str(exc)
            finally:
                await server.kill()
                server.cleanup()
        result["server"] = {
            "url": server.url,
            "self_started": True,
            "exit_code": server.exit_code,
            "data_dir": str(server.data_dir) if server.keep_data else None,
            "error": server_error,
        }
        if server_error is not None:
            result["ok"] = False
    result["wall_s"] = round(time.monotonic() - started, 2)
    return result


async def _drive(
    config: SimConfig,
    url: str,
    username: str,
    password: str,
    progress: TextIO | None,
    died: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    work = asyncio.create_task(_simulate(config, url, username, password, progress))
    if died is None:
        return await work
    while not work.done():
        await asyncio.wait({work}, timeout=0.5)
        if not work.done() and died():
            work.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await work
            raise ServerError("callnest-server died during the run")
    return work.result()


async def _simulate(
    config: SimConfig, url: str, username: str, password: str, progress: TextIO | None
) -> dict[str, Any]:
    phases: dict[str, float] = {}
    mark = time.monotonic()

    def phase(name: str) -> None:
        nonlocal mark
        now = time.monotonic()
        phases[name] = round(now - mark, 2)
        mark = now

    connector = aiohttp.TCPConnector(limit=0, force_close=False)
    async with aiohttp.ClientSession(connector=connector) as http:
        public = Api(http, url)
        try:
            owner = await public.login(username, password)
            queue_id = await _ensure_queue(owner, config)
            await _ensure_one(owner, "break-reasons", "Coffee")
            await _ensure_one(owner, "dispositions", "Resolved")
            accounts = await _ensure_agents(owner, config)
        except (ApiError, aiohttp.ClientError, TimeoutError) as exc:
            raise SetupError(f"setting up on {url} failed: {exc}") from exc

        master = random.Random(config.seed)
        agent_seeds = [master.getrandbits(64) for _ in range(config.agents)]
        caller_seeds = [master.getrandbits(64) for _ in range(config.calls)]
        arrivals, at = [], 0.0
        for _ in range(config.calls):
            at += master.expovariate(config.arrival_rate)
            arrivals.append(at)

        impaired = config.impaired_agents()
        impairment = parse_impairment(config.impairment)
        agents = [
            SimAgent(
                i,
                name,
                secret,
                public,
                config,
                random.Random(agent_seeds[i]),
                impairment=impairment if i in impaired else None,
            )
            for i, (name, secret) in enumerate(accounts)
        ]
        stop = asyncio.Event()
        agent_tasks = [asyncio.create_task(a.run(stop), name=a.username) for a in agents]
        errors: list[str] = []
        records: list[CallerRecord] = []
        live: dict[str, str] = {}
        reporter: asyncio.Task[None] | None = None
        try:
            phase("setup_s")
            await _wait_ready(agents, agent_tasks)
            phase("agents_ready_s")
            since = time.time() - 1.0
            t0 = time.monotonic()
            if progress is not None and config.progress_s > 0:
                reporter = asyncio.create_task(_report(progress, config, t0, live, records))
            caller_tasks = []
            for i, arrival in enumerate(arrivals):
                delay = t0 + arrival - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                caller = SimCaller(i, public, config, random.Random(caller_seeds[i]), live)
                records.append(caller.record)
                caller_tasks.append(asyncio.create_task(caller.run()))
            phase("arrivals_s")
            if caller_tasks:
                _, pending = await asyncio.wait(caller_tasks, timeout=config.settle_timeout_s)
                for task in pending:
                    task.cancel()
                await asyncio.gather(*caller_tasks, return_exceptions=True)
                if pending:
                    errors.append(
                        f"{len(pending)} callers were still waiting "
                        f"{config.settle_timeout_s:.0f} s after the last arrival"
                    )
            run_s = time.monotonic() - t0
            phase("last_callers_s")
        finally:
            stop.set()
            late: set[asyncio.Task[AgentTally]] = set()
            if agent_tasks:
                _, late = await asyncio.wait(agent_tasks, timeout=AGENTS_STOP_TIMEOUT_S)
            for agent_task in late:
                agent_task.cancel()
            await asyncio.gather(*agent_tasks, return_exceptions=True)
            if reporter is not None:
                reporter.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await reporter
        for agent_task in agent_tasks:
            if agent_task.cancelled():
                errors.append(f"agent {agent_task.get_name()} did not log off in time")
            elif agent_task.exception() is not None:
                errors.append(f"agent {agent_task.get_name()} failed: {agent_task.exception()!r}")
        phase("agents_off_s")
        tally = AgentTally()
        for agent in agents:
            tally.merge(agent.settle_tally())

        figures, open_contacts = await _settled_stats(owner, queue_id, since, errors)
        phase("server_settled_s")
        result = summarise(
            records,
            tally,
            figures,
            open_contacts=open_contacts,
            errors=errors,
            extra={"run_s": round(run_s, 2), "phases": phases, "config": config.as_dict()},
        )
        if progress is not None and config.progress_s > 0:
            print(progress_line(run_s, live, records), file=progress, flush=True)
        return result


async def _wait_ready(agents: list[SimAgent], tasks: list[asyncio.Task[AgentTally]]) -> None:
    ready = [asyncio.create_task(a.ready.wait()) for a in agents]
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while not all(r.done() for r in ready):
            failed = [t for t in tasks if t.done()]
            if failed:
                exc = None if failed[0].cancelled() else failed[0].exception()
                raise SetupError(f"agent {failed[0].get_name()} could not start: {exc!r}")
            if time.monotonic() > deadline:
                count = sum(r.done() for r in ready)
                waiting = [a for a, r in zip(agents, ready, strict=True) if not r.done()]
                said = ", ".join(
                    f"{a.username}: {a.state.value}, link {a.verdict_text()}" for a in waiting
                )
                raise SetupError(
                    f"only {count} of {len(agents)} agents were ready after "
                    f"{READY_TIMEOUT_S:.0f} s ({said})"
                )
            await asyncio.wait([*ready, *tasks], timeout=0.5, return_when="FIRST_COMPLETED")
    finally:
        for r in ready:
            r.cancel()


async def _report(
    out: TextIO, config: SimConfig, t0: float, live: dict[str, str], records: list[CallerRecord]
) -> None:
    while True:
        await asyncio.sleep(config.progress_s)
        print(progress_line(time.monotonic() - t0, live, records), file=out, flush=True)


async def _settled_stats(
    owner: Api, queue_id: int, since: float, errors: list[str]
) -> tuple[dict[str, Any] | None, int | None]:
    """Waits until the server has no open contact, then reads the queue's figures."""
    deadline = time.monotonic() + SERVER_SETTLE_TIMEOUT_S
    stats: Any = None
    while True:
        try:
            stats = await owner.call("GET", "/api/stats", params={"since": f"{since:.3f}"})
        except (ApiError, aiohttp.ClientError, TimeoutError) as exc:
            errors.append(f"reading the server's statistics failed: {exc!r}")
            return None, None
        open_contacts = int(stats.get("open_contacts") or 0)
        if open_contacts == 0 or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.25)
    if open_contacts:
        errors.append(f"the server still had {open_contacts} open contacts at the end")
    for entry in stats.get("queues", []):
        if entry.get("queue_id") == queue_id:
            return dict(entry), open_contacts
    return {}, open_contacts


async def _ensure_queue(owner: Api, config: SimConfig) -> int:
    settings = {
        "display_name": config.queue_display_name,
        "strategy": "longest-idle",
        "ring_timeout_s": config.s(config.ring_timeout_s),
        "wrap_up_s": config.s(config.wrap_up_s),
        "service_level_s": config.s(config.service_level_s),
        "autopause_misses": config.autopause_misses,
        "max_wait_s": None,
    }
    for row in await owner.call("GET", "/api/queues"):
        if row.get("name") == config.queue:
            await owner.call("PATCH", f"/api/queues/{row['id']}", json=settings)
            return int(row["id"])
    row = await owner.call("POST", "/api/queues", json={"name": config.queue} | settings)
    return int(row["id"])


async def _ensure_one(owner: Api, path: str, name: str) -> None:
    rows = await owner.call("GET", f"/api/{path}")
    if not any(r.get("active", True) for r in rows):
        await owner.call("POST", f"/api/{path}", json={"name": name})


async def _ensure_agents(owner: Api, config: SimConfig) -> list[tuple[str, str]]:
    """Creates the agent accounts, or resets the password of those that exist."""
    existing: dict[str, dict[str, Any]] | None = None
    lock = asyncio.Lock()
    limit = asyncio.Semaphore(SETUP_CONCURRENCY)

    async def one(i: int) -> tuple[str, str]:
        nonlocal existing
        username = f"{config.agent_prefix}-{i + 1:03d}"
        password = secrets.token_urlsafe(12)
        async with limit:
            try:
                await owner.call(
                    "POST",
                    "/api/users",
                    json={
                        "username": username,
                        "display_name": f"Sim agent {i + 1}",
                        "role": "agent",
                        "password": password,
                        "team_id": None,
                        "skills": {},
                    },
                )
                return username, password
            except ApiError as exc:
                if exc.status != 409:
                    raise
            async with lock:
                if existing is None:
                    rows = await owner.call("GET", "/api/users")
                    existing = {str(r["username"]): r for r in rows}
            row = existing.get(username)
            if row is None:
                raise SetupError(f"cannot create or find user {username}")
            if row.get("role") != "agent" or not row.get("active", True):
                await owner.call(
                    "PATCH", f"/api/users/{row['id']}", json={"role": "agent", "active": True}
                )
            await owner.call(
                "POST", f"/api/users/{row['id']}/password", json={"password": password}
            )
            return username, password

    return list(await asyncio.gather(*(one(i) for i in range(config.agents))))
