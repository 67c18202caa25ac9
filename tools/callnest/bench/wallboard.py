"""``callnest-bench wallboard``: how soon a supervisor's wallboard shows an agent's change.

A real server process, ``--agents`` agents connected over the WebSocket (no
audio link: the wallboard does not need one) and one supervisor of their team
subscribed to the live figures. Agents go available <-> break at ``--rate``
changes a second; each change is timed from the agent sending
``agent.set_state`` to the supervisor receiving the first ``stats.update`` (or
``stats.snapshot``) that shows the agent in its new state.

The accounts are written into the server's database before it starts: 500
logins would spend a minute of Argon2 and measure nothing of interest.

Figures: ``event_to_supervisor_ms_p50`` / ``_p90`` / ``_p99`` / ``_max``,
``events`` (timed), ``missed`` (never shown within ``--settle-s``), ``agents``,
``updates`` and ``update_bytes_p50`` (the supervisor's ``stats.update`` frames),
``server_cpu_pct`` (% of one core over the window).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callnest import protocol as p
from callnest.bench.report import show as show_figures

if TYPE_CHECKING:
    import aiohttp

NAME = "wallboard"
HELP = "live wallboard: agent state change -> supervisor's stats.update, with N agents connected"

SESSION_TTL_S = 4 * 3600.0
CONNECT_PARALLEL = 50  # WebSocket handshakes in flight at once
REPLY_TIMEOUT_S = 30.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--agents", type=int, default=500, help="connected agents")
    parser.add_argument("--events", type=int, default=600, help="state changes to time")
    parser.add_argument("--rate", type=float, default=20.0, help="state changes a second")
    parser.add_argument(
        "--settle-s", type=float, default=5.0, help="how long a change may take to show"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (which agent changes)")


def main(args: argparse.Namespace) -> int:
    for name in ("agents", "events"):
        if getattr(args, name) < 1:
            print(f"callnest-bench wallboard: --{name} must be at least 1", file=sys.stderr)
            return 2
    if not args.rate > 0:
        print("callnest-bench wallboard: --rate must be positive", file=sys.stderr)
        return 2
    figures = asyncio.run(run(args.agents, args.events, args.rate, args.settle_s, args.seed))
    return show_figures(figures, args.json)


# ------------------------------------------------------------------ figures


def percentile(values: Sequence[float], pct: float) -> float | None:
    """Nearest-rank percentile (the smallest value with ``pct`` % at or below it)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def summarize(
    *,
    agents: int,
    delays_s: Sequence[float],
    missed: int,
    update_sizes: Sequence[int],
    window_s: float,
    server_cpu_s: float,
) -> dict[str, Any]:
    def ms(pct: float) -> float | None:
        value = percentile(delays_s, pct)
        return None if value is None else round(value * 1000, 2)

    size = percentile(update_sizes, 50)
    return {
        "agents": agents,
        "events": len(delays_s),
        "missed": missed,
        "event_to_supervisor_ms_p50": ms(50),
        "event_to_supervisor_ms_p90": ms(90),
        "event_to_supervisor_ms_p99": ms(99),
        "event_to_supervisor_ms_max": ms(100),
        "updates": len(update_sizes),
        "update_bytes_p50": None if size is None else int(size),
        "window_s": round(window_s, 2),
        "server_cpu_pct": round(100 * server_cpu_s / window_s, 1) if window_s > 0 else None,
    }


# ------------------------------------------------------------------ set-up


@dataclass(frozen=True, slots=True)
class Account:
    user_id: int
    token: str


async def seed(data_dir: Path, agents: int) -> tuple[list[Account], Account]:
    """A team of ``agents`` agents and its supervisor, each with a live login
    token, and a queue they all serve, written into the (existing) ``data_dir``
    before the server starts."""
    import secrets

    from callnest.server.auth import hash_password, new_token, token_hash
    from callnest.server.settings import Settings
    from callnest.server.store.db import open_store

    store = await open_store(Settings(data_dir=data_dir).effective_database_url)
    try:
        team = await store.insert_row("teams", {"name": "bench"})
        await store.insert_row(
            "queues",
            {"name": "bench", "display_name": "Wallboard bench", "announce_every_s": None},
        )
        # Nobody logs in with a password: one hash (of nothing anyone knows) for all.
        hashed = hash_password(secrets.token_urlsafe(16))
        now = time.time()

        async def account(username: str, role: str) -> Account:
            row = await store.insert_row(
                "users",
                {
                    "username": username,
                    "display_name": username.replace("-", " ").title(),
                    "role": role,
                    "team_id": team["id"],
                    "password_hash": hashed,
                },
            )
            token = new_token()
            await store.create_session(token_hash(token), row["id"], now, SESSION_TTL_S)
            return Account(row["id"], token)

        crew = [await account(f"bench-agent-{i + 1:04d}", "agent") for i in range(agents)]
        return crew, await account("bench-supervisor", "supervisor")
    finally:
        await store.close()


# ------------------------------------------------------------------ clients


class Desk:
    """A lean desktop session: hello, heartbeats, requests; frames it is not
    waiting for are read and dropped (a real desktop would show them)."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.welcome: p.Welcome | None = None
        self.errors: list[str] = []
        self._n = 0
        self._replies: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._reader: asyncio.Task[None] | None = None

    @classmethod
    async def connect(cls, http: aiohttp.ClientSession, url: str, token: str) -> Desk:
        ws = await http.ws_connect(url + "/api/ws", heartbeat=None, max_msg_size=0)
        desk = cls(ws)
        await ws.send_str(p.encode(p.Hello(token=token, client="callnest-bench")))
        async with asyncio.timeout(REPLY_TIMEOUT_S):
            while desk.welcome is None:
                message = p.parse_server(await ws.receive_str())
                if isinstance(message, p.Welcome):
                    desk.welcome = message
                elif isinstance(message, p.ErrorReply):
                    raise RuntimeError(f"hello refused: {message.message}")
        desk._reader = asyncio.create_task(desk._read())
        return desk

    def next_id(self) -> str:
        self._n += 1
        return f"b{self._n}"

    async def send(self, message: p.Message) -> None:
        await self.ws.send_str(p.encode(message))

    async def request(self, message: p.Message) -> dict[str, Any]:
        """Sends ``message`` (which carries an id) and returns its ok/error frame."""
        assert message.id is not None
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._replies[message.id] = future
        await self.send(message)
        async with asyncio.timeout(REPLY_TIMEOUT_S):
            return await future

    async def _read(self) -> None:
        import aiohttp

        async for frame in self.ws:
            if frame.type is not aiohttp.WSMsgType.TEXT:
                continue
            self.on_frame(frame.data, time.perf_counter())

    def on_frame(self, data: str, at: float) -> None:
        # Only replies matter to an agent here: skip full validation of the rest.
        if '"ref"' not in data:
            return
        message = json.loads(data)
        future = self._replies.pop(message.get("ref") or "", None)
        if message["type"] == "error":
            self.errors.append(f"{message['code']}: {message['message']}")
        if future is not None and not future.done():
            future.set_result(message)

    async def close(self) -> None:
        await self.ws.close()
        if self._reader is not None:
            await asyncio.gather(self._reader, return_exceptions=True)


@dataclass(slots=True)
class Pending:
    state: p.AgentState
    sent_at: float


@dataclass(slots=True)
class Watch:
    """What the supervisor waits to see, and how long each took."""

    pending: dict[int, Pending] = field(default_factory=dict)
    delays_s: list[float] = field(default_factory=list)
    update_sizes: list[int] = field(default_factory=list)
    seen: dict[int, p.AgentState] = field(default_factory=dict)
    snapshot: asyncio.Event = field(default_factory=asyncio.Event)
    drained: asyncio.Event = field(default_factory=asyncio.Event)
    freed: asyncio.Event = field(default_factory=asyncio.Event)


class Supervisor(Desk):
    watch: Watch

    def on_frame(self, data: str, at: float) -> None:
        if '"stats.' not in data[:40]:
            super().on_frame(data, at)
            return
        message = p.parse_server(data)  # every figure the wallboard gets must be valid
        if isinstance(message, p.StatsUpdate):
            self.watch.update_sizes.append(len(data.encode()))
        elif isinstance(message, p.StatsSnapshot):
            self.watch.snapshot.set()
        else:
            return
        watch = self.watch
        for figures in message.agents:
            watch.seen[figures.agent_id] = figures.state
            wanted = watch.pending.get(figures.agent_id)
            if wanted is not None and figures.state is wanted.state:
                watch.delays_s.append(at - wanted.sent_at)
                del watch.pending[figures.agent_id]
                watch.freed.set()
        if not watch.pending:
            watch.drained.set()


# ------------------------------------------------------------------ the run


async def run(agents: int, events: int, rate: float, settle_s: float, seed_: int) -> dict[str, Any]:
    import aiohttp

    from callnest.bench.media import cpu_seconds
    from callnest.sim.server_process import ServerProcess

    server = ServerProcess()
    crew, boss = await seed(server.data_dir, agents)
    async with server, aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        limit = asyncio.Semaphore(CONNECT_PARALLEL)

        async def connect(account: Account) -> Desk:
            async with limit:
                return await Desk.connect(http, server.url, account.token)

        desks = list(await asyncio.gather(*(connect(a) for a in crew)))
        ids = [a.user_id for a in crew]
        welcome = desks[0].welcome
        assert welcome is not None
        if not welcome.break_reasons:
            raise RuntimeError("the server has no break reasons")
        reason_id = welcome.break_reasons[0].id
        heartbeat = asyncio.create_task(_heartbeat(desks, welcome.heartbeat_s))
        try:
            await asyncio.gather(
                *(
                    d.request(p.AgentSetState(id=d.next_id(), state=p.AgentState.AVAILABLE))
                    for d in desks
                )
            )
            supervisor = Supervisor(
                await http.ws_connect(server.url + "/api/ws", heartbeat=None, max_msg_size=0)
            )
            supervisor.watch = watch = Watch()
            await supervisor.ws.send_str(p.encode(p.Hello(token=boss.token, client="bench")))
            async with asyncio.timeout(REPLY_TIMEOUT_S):
                while not isinstance(p.parse_server(await supervisor.ws.receive_str()), p.Welcome):
                    pass
            supervisor._reader = asyncio.create_task(supervisor._read())
            desks.append(supervisor)
            reply = await supervisor.request(p.StatsSubscribe(id=supervisor.next_id()))
            if reply["type"] != "ok":
                raise RuntimeError(f"stats.subscribe refused: {reply}")
            async with asyncio.timeout(REPLY_TIMEOUT_S):
                await watch.snapshot.wait()
            visible = sum(1 for i in ids if watch.seen.get(i) is p.AgentState.AVAILABLE)
            if visible != agents:
                raise RuntimeError(f"the supervisor sees {visible} of {agents} agents available")

            pid = server.process.pid if server.process else 0
            cpu_before, started = cpu_seconds(pid), time.perf_counter()
            await _drive(
                desks[:agents], ids, watch, events, rate, reason_id, random.Random(seed_), settle_s
            )
            watch.drained.clear()
            if watch.pending:
                try:
                    async with asyncio.timeout(settle_s):
                        await watch.drained.wait()
                except TimeoutError:
                    pass
            window_s = time.perf_counter() - started
            cpu_used = cpu_seconds(pid) - cpu_before
            errors = [e for d in desks for e in d.errors]
            if errors:
                raise RuntimeError(f"{len(errors)} requests refused, first: {errors[0]}")
        finally:
            heartbeat.cancel()
            await asyncio.gather(*(d.close() for d in desks), return_exceptions=True)
    return summarize(
        agents=agents,
        delays_s=watch.delays_s,
        missed=len(watch.pending),
        update_sizes=watch.update_sizes,
        window_s=window_s,
        server_cpu_s=cpu_used,
    )


async def _drive(
    desks: list[Desk],
    ids: list[int],
    watch: Watch,
    events: int,
    rate: float,
    reason_id: int,
    rng: random.Random,
    settle_s: float,
) -> None:
    """``events`` state changes at ``rate`` a second, each by an agent with none in flight."""
    state = dict.fromkeys(range(len(desks)), p.AgentState.AVAILABLE)
    start = time.perf_counter()
    for n in range(events):
        delay = start + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        free = [i for i in state if ids[i] not in watch.pending]
        while not free:
            # Every agent's change is still on its way (a toy run): wait for one.
            watch.freed.clear()
            async with asyncio.timeout(settle_s):
                await watch.freed.wait()
            free = [i for i in state if ids[i] not in watch.pending]
        i = rng.choice(free)
        going_on_break = state[i] is p.AgentState.AVAILABLE
        target = p.AgentState.BREAK if going_on_break else p.AgentState.AVAILABLE
        state[i] = target
        message = p.AgentSetState(
            id=desks[i].next_id(), state=target, reason_id=reason_id if going_on_break else None
        )
        watch.pending[ids[i]] = Pending(target, time.perf_counter())
        await desks[i].send(message)


async def _heartbeat(desks: list[Desk], every_s: float) -> None:
    while True:
        await asyncio.sleep(every_s)
        for desk in list(desks):
            if not desk.ws.closed:
                await desk.send(p.Ping())
