"""A progressive campaign's day, time-scaled, with the server restarted half-way.

A real ``callnest-server`` runs in its own process with its phone side on
free ports (:class:`callnest.bench.phone.PhoneServer`), a queue "outbound"
calling out with our number on a trunk whose far end is SIPp playing the
people called (:mod:`callnest.bench.campaign_callees`: 60 % answer, 15 %
busy, 15 % nobody there, 10 % an answering machine). ``--agents`` agents
work it from their desktops' WebSockets (:mod:`callnest.bench.campaign_agents`:
talk 2-6 s, wrap up within 1 s, no audio).

The campaign calls ``--prospects`` people in eleven countries' numbering
plans and time zones (:mod:`callnest.bench.campaign_list`), with one calling
window open for all of them but one country, 5 % of the numbers on the
do-not-call list for every campaign, 2 % on the campaign's own, 1 % listed
for every campaign a quarter of the way in, and retries a minute apart (the
shortest the server allows), three attempts at most. Ten callbacks are asked
for before it starts, due from a few seconds to half the run later, on the
same queue and trunk.

The campaign runs ``--minutes`` of wall time. Half-way the server is stopped
as an operator stops it (SIGINT) and started again on the same data and
ports; the agents log in again and go on. Then the campaign is paused, the
agents finish their calls and log off, and the figures are read from the
server's own records (its REST) and from the far end's trace of every SIP
message it received (:mod:`callnest.bench.campaign_audit` says how each is
counted). The exit status is 0 when the budget holds -- no call to a listed
number, none outside a window, no number called twice at once or once
reached, no callback lost, at most 3 % of answered calls without an agent --
and 1, naming the figures over it, otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callnest.bench import campaign_callees as callees
from callnest.bench.media import BenchError, add_agent_accounts
from callnest.bench.phone import (
    NUMBER,
    PhoneServer,
    Ports,
    _output_file,
    all_interactions,
    choose_ports,
    wait_edge,
)
from callnest.bench.phone_cpu import Sampler, kill_groups
from callnest.bench.report import show as show_figures

# The agents (the simulator's, with aiortc below them) and the list's rules
# (phonenumbers) are imported where they are used: building the CLI's parser
# loads every benchmark, and must stay cheap.
if TYPE_CHECKING:
    import aiohttp

    from callnest.bench.campaign_agents import Crew
    from callnest.bench.campaign_audit import Listing
    from callnest.bench.campaign_callees import FarEndCall
    from callnest.bench.campaign_list import ListPlan, WindowPlan
    from callnest.sim.api import Api

NAME = "campaign"
HELP = (
    "a progressive campaign against SIPp callees, the server restarted half-way: "
    "dials, abandons and every rule the dialer must keep"
)

CALLBACKS = 10
FIRST_CALLBACK_S = 3.0
RETRY_OUTCOMES = ("busy", "no_answer", "machine", "failed", "interrupted")
# The window must hold from its choice until well after the run: set-up and wind-down.
WINDOW_MARGIN_S = 600.0
# After the pause: calls still ringing at the far end end (it gives up at 4 s).
RINGING_SETTLE_S = 5.0
AGENTS_TIMEOUT_S = 60.0
CALLBACKS_SETTLE_S = 20.0
PROGRESS_EVERY_S = 15.0
CALLBACK_STATES = ("scheduled", "waiting", "dialing", "done", "failed", "cancelled")
PAGE = 5000

NOTES = (
    "dialed, connected and abandon_pct are the far end's view (SIPp's trace of the INVITEs "
    "it received for the campaign's numbers, and its answers), matched with the server's "
    "interactions: connected are answered calls an agent was connected to, abandon_pct the "
    "rest of the answered ones; abandon_pct_figures is the server's own (/figures). "
    "dnc_violations, window_violations and duplicate_dials count INVITEs, each judged at "
    "the moment it arrived by the server's own rules (callnest.server.outreach); "
    "duplicate_dials covers the callbacks' calls too (duplicate_dials_of_callbacks of them), "
    "and a person counts as reached from the answer of their first call the server recorded "
    "as answered. callbacks_lost: callbacks asked for before the restart that are gone, or "
    "still dialing once every call has ended. agent_occupancy is busy, hold and wrap-up "
    "over logged-in time (GET /api/reports) from the campaign's start to the agents' "
    "logging off."
)


# ---------------------------------------------------------------------- CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--agents", type=int, default=10, help="agents (default 10)")
    parser.add_argument(
        "--prospects", type=int, default=None, help="people to call (default 20 x agents)"
    )
    parser.add_argument(
        "--minutes",
        type=float,
        default=3.0,
        help="how long the campaign runs, wall time; the restart is half-way (default 3)",
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="the list's and the agents' random draws (default 1)"
    )
    parser.add_argument(
        "--keep-logs",
        action="store_true",
        help="keep the server's log and SIPp's trace (their directory is printed)",
    )


def main(args: argparse.Namespace) -> int:
    from callnest.bench.campaign_audit import over_budget

    prospects = 20 * args.agents if args.prospects is None else args.prospects
    if args.agents < 1 or args.minutes <= 0 or prospects < 10:
        print(
            "callnest-bench campaign: --agents and --minutes must be positive, "
            "--prospects at least 10",
            file=sys.stderr,
        )
        return 2
    try:
        figures = asyncio.run(
            run(
                agents=args.agents,
                prospects=prospects,
                minutes=args.minutes,
                seed=args.seed,
                keep_logs=args.keep_logs,
            )
        )
    except BenchError as exc:
        print(f"callnest-bench campaign: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "callnest-bench campaign: interrupted; everything it started is stopped",
            file=sys.stderr,
        )
        return 130
    show_figures(figures, args.json, format_table)
    failed = over_budget(figures)
    if failed:
        print(f"callnest-bench campaign: over budget: {'; '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def _progress(text: str) -> None:
    print(f"[campaign] {text}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------- run


async def run(
    *, agents: int, prospects: int, minutes: float, seed: int, keep_logs: bool = False
) -> dict[str, Any]:
    import aiohttp

    from callnest.bench import phone_trunk

    try:
        sipp = phone_trunk.find_tools()["sipp"]
    except phone_trunk.ToolMissing as exc:
        raise BenchError(str(exc)) from exc
    workdir = Path(tempfile.mkdtemp(prefix="callnest-bench-campaign-"))
    day = Day(workdir, choose_ports(agents), sipp)
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
            return await day.run(
                http, agents=agents, prospects=prospects, minutes=minutes, rng=random.Random(seed)
            )
    finally:
        await day.clean_up()
        if keep_logs:
            _progress(f"logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


@dataclasses.dataclass(frozen=True)
class Campaign:
    """What the bench set up: the ids it reads the records by, and the plan."""

    id: int
    queue_id: int
    window: WindowPlan
    people: ListPlan
    callback_ids: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Records:
    """The server's own records after the run."""

    campaign: dict[str, Any]
    prospects: list[dict[str, Any]]
    figures: dict[str, Any]
    interactions: list[dict[str, Any]]
    callbacks: dict[str, str]  # id -> status
    listings: list[Listing]
    report: dict[str, Any]


class Day:
    """One run: the server (twice), the callees, the agents, and the order
    everything stops in, whatever happened."""

    def __init__(self, workdir: Path, ports: Ports, sipp: str) -> None:
        self.ports = ports
        self.sipp = sipp
        self.server = PhoneServer(workdir / "server", ports)
        self.callees_dir = workdir / "callees"
        self.callees: asyncio.subprocess.Process | None = None
        self.crew: Crew | None = None
        # The process groups of the server's children (Kamailio, rtpengine),
        # each in a session of its own: ended at the last if a server left them.
        self.groups: dict[int, set[str]] = {}

    async def run(
        self,
        http: aiohttp.ClientSession,
        *,
        agents: int,
        prospects: int,
        minutes: float,
        rng: random.Random,
    ) -> dict[str, Any]:
        import aiohttp

        from callnest.bench.campaign_agents import Crew
        from callnest.sim.api import Api, ApiError

        run_s = minutes * 60
        try:
            owner = await self._start_server(http)
            queue_id, accounts = await _setup_center(owner, agents, self.ports.sipp_sip)
            await wait_edge(owner)
            await self._note_children()
            await self._start_callees(timeout_s=run_s + 1800)
            _progress(f"server up at {self.server.url}, trunk to SIPp callees, {agents} agents")
            campaign = await _setup_campaign(owner, queue_id, prospects, run_s, rng)
            plan = campaign.window
            _progress(
                f"{prospects} prospects; window {plan.window.to_json()['start']}-"
                f"{plan.window.to_json()['end']} open for "
                f"{', '.join(c.region for c in plan.open)}, shut for {plan.closed.region}"
            )
            self.crew = Crew(accounts, Api(http, self.server.url), seed=rng.getrandbits(32))
            try:
                await self.crew.start(AGENTS_TIMEOUT_S + 0.5 * agents)
            except TimeoutError as exc:
                raise BenchError(str(exc)) from exc
            callback_ids = await _schedule_callbacks(
                owner, queue_id, campaign.people.callbacks, run_s / 2, rng
            )
            campaign = dataclasses.replace(campaign, callback_ids=callback_ids)
            _progress(f"agents available, {len(callback_ids)} callbacks asked for; starting")
            await owner.call("POST", f"/api/campaigns/{campaign.id}/start")
            started = time.time()
            owner, timings = await self._follow(http, owner, campaign, started, run_s)
            await owner.call("POST", f"/api/campaigns/{campaign.id}/pause")
            ran_s = time.time() - started
            _progress("paused; the agents finish their calls and log off")
            await asyncio.sleep(RINGING_SETTLE_S)
            await self.crew.stop(AGENTS_TIMEOUT_S)
            await _settle_callbacks(owner)
            records = await _read_records(owner, campaign.id, since=started)
        except (ApiError, aiohttp.ClientError) as exc:
            raise BenchError(f"the server's API failed: {exc}") from exc
        await self._stop_callees()
        far_end = callees.read_trace(self.callees_dir)
        if self.server.inner.died():
            raise BenchError(f"the server died during the run:\n{self.server.inner.log_tail()}")
        figures = summarize(far_end, records, campaign)
        agent_errors = self.crew.errors()
        return {
            "benchmark": NAME,
            "agents": agents,
            "prospects": prospects,
            **figures,
            "restart_s": round(timings["restart_s"], 1),
            "agents_back_s": round(timings["agents_back_s"], 1),
            "seconds": round(ran_s, 1),
            "agent_errors": len(agent_errors),
            **({"agent_error_samples": agent_errors[:5]} if agent_errors else {}),
            "notes": NOTES,
        }

    # --------------------------------------------------------- the timeline

    async def _follow(
        self,
        http: aiohttp.ClientSession,
        owner: Api,
        campaign: Campaign,
        started: float,
        run_s: float,
    ) -> tuple[Api, dict[str, float]]:
        """The campaign's run: more numbers listed a quarter of the way in,
        the restart half-way, progress now and then. The owner's API client
        (a new login after the restart) and how long the restart took."""
        assert self.crew is not None
        listed_later = restarted = False
        timings = {"restart_s": 0.0, "agents_back_s": 0.0}
        last_progress = time.monotonic()
        while (elapsed := time.time() - started) < run_s:
            self._check_alive()
            if not listed_later and elapsed >= run_s / 4:
                for number in campaign.people.listed_later:
                    await owner.call("POST", "/api/do-not-call", json={"number": number})
                listed_later = True
                _progress(f"{len(campaign.people.listed_later)} more numbers listed")
            if not restarted and elapsed >= run_s / 2:
                owner, timings = await self._restart(http)
                restarted = True
            if time.monotonic() - last_progress >= PROGRESS_EVERY_S:
                last_progress = time.monotonic()
                figures = await owner.call("GET", f"/api/campaigns/{campaign.id}/figures")
                _progress(
                    f"{elapsed:.0f} s: {figures['attempts']} calls placed, "
                    f"{figures['reached']} reached; people {figures['prospects']}"
                )
            await asyncio.sleep(min(1.0, max(0.0, run_s - elapsed)))
        return owner, timings

    async def _restart(self, http: aiohttp.ClientSession) -> tuple[Api, dict[str, float]]:
        """SIGINT, as an operator stops the server, then the same server again;
        until its edge runs, then until every agent is back."""
        from callnest.sim.server_process import ServerError

        assert self.crew is not None
        _progress("restarting the server")
        await self._note_children()
        self.crew.away()
        began = time.monotonic()
        try:
            await self.server.inner.stop()
        except ServerError as exc:
            raise BenchError(f"the server did not stop cleanly: {exc}") from exc
        owner = await self._start_server(http)
        await wait_edge(owner)
        restart_s = time.monotonic() - began
        await self._note_children()
        try:
            await self.crew.ready(AGENTS_TIMEOUT_S)
        except TimeoutError as exc:
            raise BenchError(f"after the restart, {exc}") from exc
        agents_back_s = time.monotonic() - began
        _progress(f"restarted in {restart_s:.1f} s; every agent back after {agents_back_s:.1f} s")
        return owner, {"restart_s": restart_s, "agents_back_s": agents_back_s}

    def _check_alive(self) -> None:
        if self.server.inner.died():
            raise BenchError(f"the server died during the run:\n{self.server.inner.log_tail()}")
        if self.callees is not None and self.callees.returncode is not None:
            out = (self.callees_dir / "sipp.out").read_text(errors="replace")[-2000:]
            raise BenchError(f"SIPp (the callees) exited with {self.callees.returncode}:\n{out}")

    # ----------------------------------------------------------- processes

    async def _start_server(self, http: aiohttp.ClientSession) -> Api:
        from callnest.sim.api import Api

        await self.server.start()
        return await Api(http, self.server.url).login(*self.server.inner.owner)

    async def _note_children(self) -> None:
        sampler = Sampler(self.server.pid)
        await asyncio.to_thread(sampler.sample)
        for group, names in sampler.groups.items():
            self.groups.setdefault(group, set()).update(names)

    async def _start_callees(self, timeout_s: float) -> None:
        callees.prepare(self.callees_dir)
        command = callees.sipp_command(
            self.sipp,
            port=self.ports.sipp_sip,
            media_port=self.ports.sipp_media,
            timeout_s=timeout_s,
        )
        with _output_file(self.callees_dir / "sipp.out") as out:
            self.callees = await asyncio.create_subprocess_exec(
                *command,
                cwd=self.callees_dir,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=asyncio.subprocess.STDOUT,
                env=os.environ | callees.SIPP_ENV,
                start_new_session=True,
            )

    async def _stop_callees(self) -> None:
        """SIPp writes each message of its trace as it goes: a SIGTERM loses none."""
        process, self.callees = self.callees, None
        if process is None or process.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), 5)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()

    async def clean_up(self) -> None:
        """Everything stops, in order: the agents, the callees, the server
        (which stops Kamailio and rtpengine), then anything of theirs left."""
        from callnest.sim.server_process import ServerError

        if self.crew is not None:
            await self.crew.stop(10)
        await self._stop_callees()
        try:
            await self.server.inner.stop()
        except ServerError as exc:
            _progress(f"the server stopped badly: {exc}")
        finally:
            await self.server.inner.kill()
        killed = await asyncio.to_thread(kill_groups, self.groups)
        if killed:
            _progress(f"killed what the server left running: {', '.join(killed)}")


# ------------------------------------------------------------------ set-up


async def _setup_center(
    owner: Api, agents: int, far_end_port: int
) -> tuple[int, list[tuple[str, str]]]:
    """The queue calling out with NUMBER, the trunk to the callees, the agents."""
    queue = await owner.call(
        "POST",
        "/api/queues",
        json={
            "name": "outbound",
            "display_name": "Outbound",
            "outbound_caller_id": NUMBER,
            "wrap_up_s": 1,
            "callback_preview_s": 1,
            "autopause_misses": 0,
            "announce_every_s": None,
        },
    )
    trunk = await owner.call(
        "POST",
        "/api/trunks",
        json={
            "name": "Bench carrier",
            "host": "127.0.0.1",
            "port": far_end_port,
            "ip_addresses": ["127.0.0.1"],
        },
    )
    await owner.call(
        "POST",
        "/api/phone-numbers",
        json={"number": NUMBER, "trunk_id": trunk["id"], "queue_id": queue["id"]},
    )
    return int(queue["id"]), await add_agent_accounts(owner, agents, "campaign")


async def _setup_campaign(
    owner: Api, queue_id: int, prospects: int, run_s: float, rng: random.Random
) -> Campaign:
    """The window, the campaign, its list and the do-not-call lists."""
    from callnest.bench.campaign_list import REGIONS, country, plan_list, plan_window

    now = time.time()
    try:
        window = plan_window([country(r) for r in REGIONS], now, now + run_s + WINDOW_MARGIN_S)
        people = plan_list(
            (*window.open, window.closed), prospects=prospects, callbacks=CALLBACKS, rng=rng
        )
    except ValueError as exc:
        raise BenchError(f"planning the list failed: {exc}") from exc
    created = await owner.call(
        "POST",
        "/api/campaigns",
        json={
            "name": "bench",
            "queue_id": queue_id,
            "mode": "progressive",
            "calling_window": window.window.to_json(),
            "retry": {"max_attempts": 3, "spacing_min": dict.fromkeys(RETRY_OUTCOMES, 1)},
        },
    )
    campaign_id = int(created["id"])
    added = await owner.call(
        "POST",
        f"/api/campaigns/{campaign_id}/prospects",
        json={
            "prospects": [
                {"number": n, "name": f"Prospect {i + 1}"} for i, n in enumerate(people.prospects)
            ]
        },
    )
    if added["added"] != prospects:
        raise BenchError(f"the server took {added['added']} of {prospects} prospects: {added}")
    for number in people.do_not_call:
        await owner.call("POST", "/api/do-not-call", json={"number": number})
    for number in people.campaign_do_not_call:
        await owner.call(
            "POST", "/api/do-not-call", json={"number": number, "campaign_id": campaign_id}
        )
    return Campaign(campaign_id, queue_id, window, people, ())


async def _schedule_callbacks(
    owner: Api, queue_id: int, numbers: tuple[str, ...], until_s: float, rng: random.Random
) -> tuple[str, ...]:
    """A callback to each number, due from a few seconds to ``until_s`` from now."""
    now = time.time()
    ids = []
    for number in numbers:
        at = now + rng.uniform(FIRST_CALLBACK_S, max(FIRST_CALLBACK_S, until_s))
        row = await owner.call(
            "POST",
            "/api/callbacks",
            json={"queue_id": queue_id, "number": number, "at": at, "name": "Callback"},
        )
        ids.append(str(row["id"]))
    return tuple(ids)


# ----------------------------------------------------------------- records


async def _settle_callbacks(owner: Api) -> None:
    """Until no callback is dialing (every call has ended), or a while."""
    deadline = time.monotonic() + CALLBACKS_SETTLE_S
    while time.monotonic() < deadline:
        if not await owner.call("GET", "/api/callbacks", params={"status": "dialing"}):
            return
        await asyncio.sleep(0.5)


async def _read_records(owner: Api, campaign_id: int, since: float) -> Records:
    from callnest.bench.campaign_audit import Listing

    prospects: list[dict[str, Any]] = []
    while True:
        page = await owner.call(
            "GET",
            f"/api/campaigns/{campaign_id}/prospects",
            params={"limit": str(PAGE), "offset": str(len(prospects))},
        )
        prospects.extend(page)
        if len(page) < PAGE:
            break
    callbacks: dict[str, str] = {}
    for status in CALLBACK_STATES:
        for row in await owner.call("GET", "/api/callbacks", params={"status": status}):
            callbacks[str(row["id"])] = str(row["status"])
    report = await owner.call(
        "GET",
        "/api/reports",
        params={"since": str(since), "until": str(time.time() + 1), "interval_s": "3600"},
    )
    return Records(
        campaign=await owner.call("GET", f"/api/campaigns/{campaign_id}"),
        prospects=prospects,
        figures=await owner.call("GET", f"/api/campaigns/{campaign_id}/figures"),
        interactions=await all_interactions(owner),
        callbacks=callbacks,
        listings=[Listing.from_row(r) for r in await owner.call("GET", "/api/do-not-call")],
        report=report,
    )


# ----------------------------------------------------------------- figures


def summarize(far_end: list[FarEndCall], records: Records, campaign: Campaign) -> dict[str, Any]:
    """The run's figures from the far end's calls and the server's records."""
    from callnest.bench import campaign_audit as audit
    from callnest.server.outreach import country, time_zones

    zones_of = {audit.same_number(n): time_zones(n) for n in campaign.people.prospects}
    callback_numbers = {audit.same_number(n) for n in campaign.people.callbacks}
    dialled = [c for c in far_end if audit.same_number(c.number) in zones_of]
    called_back = [c for c in far_end if audit.same_number(c.number) in callback_numbers]
    ours = audit.of_campaign(records.interactions, campaign.id)
    callback_calls = audit.of_callbacks(records.interactions, campaign.callback_ids)
    connections = audit.connections(dialled, ours)
    dnc = audit.do_not_call_violations(far_end, records.listings, campaign.id)
    window = audit.window_violations(dialled, campaign.window.window, zones_of)
    # Callbacks too: "nothing dialled twice" is the callbacks' promise as well.
    machine = records.campaign.get("machine_dispositions") or ()
    duplicates = audit.duplicate_dials(
        [*dialled, *called_back], audit.reached_at([*ours, *callback_calls], machine)
    )
    duplicated_callbacks = sum(
        1 for v in duplicates if audit.same_number(v.number) in callback_numbers
    )
    lost = audit.callbacks_lost(campaign.callback_ids, records.callbacks)
    answered_by_number = Counter(audit.same_number(c.number) for c in dialled if c.answered_at)
    figures = records.figures
    return {
        "dialed": len(dialled),
        "connected": connections.connected,
        "abandon_pct": round(connections.abandon_pct, 2),
        "abandon_pct_figures": round(float(figures.get("abandon_pct") or 0.0), 2),
        "dnc_violations": len(dnc),
        "window_violations": len(window),
        "duplicate_dials": len(duplicates),
        "duplicate_dials_of_callbacks": duplicated_callbacks,
        "callbacks_lost": len(lost),
        "agent_occupancy": _rounded(audit.occupancy(records.report), 3),
        "callbacks": len(campaign.callback_ids),
        "far_end": {
            "invites": len(far_end),
            "campaign": len(dialled),
            "callbacks": len(called_back),
            "other": len(far_end) - len(dialled) - len(called_back),
            "answered": connections.answered,
            "final_status": dict(Counter(str(c.final_status) for c in dialled)),
            "unfinished": sum(1 for c in far_end if not c.ended),
            "answered_twice": sum(1 for n in answered_by_number.values() if n > 1),
            "closed_country_calls": sum(
                1 for c in dialled if country(c.number) == campaign.window.closed.region
            ),
        },
        "server": {
            "attempts": figures.get("attempts"),
            "reached": figures.get("reached"),
            "outcomes": figures.get("outcomes"),
            "prospects": dict(Counter(str(p["status"]) for p in records.prospects)),
            "callbacks": dict(
                Counter(records.callbacks.get(i, "missing") for i in campaign.callback_ids)
            ),
        },
        "window": campaign.window.window.to_json(),
        "countries_open": [c.region for c in campaign.window.open],
        "country_closed": campaign.window.closed.region,
        "violations": {
            "dnc": [v.as_json() for v in dnc[:10]],
            "window": [v.as_json() for v in window[:10]],
            "duplicate": [v.as_json() for v in duplicates[:10]],
            "callbacks_lost": lost[:10],
        },
    }


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def format_table(figures: dict[str, Any]) -> str:
    far, server, window = figures["far_end"], figures["server"], figures["window"]
    answers = ", ".join(f"{n} x {status}" for status, n in sorted(far["final_status"].items()))
    rows = [
        ("agents, prospects", f"{figures['agents']}, {figures['prospects']}"),
        (
            "dialed (far end)",
            f"{figures['dialed']} for the campaign ({answers}), {far['callbacks']} callbacks, "
            f"{far['other']} other",
        ),
        (
            "connected",
            f"{figures['connected']} of {far['answered']} answered "
            f"(server: {server['reached']} reached of {server['attempts']} placed)",
        ),
        (
            "abandoned",
            f"{figures['abandon_pct']} % (server's figures: {figures['abandon_pct_figures']} %)",
        ),
        ("do-not-call violations", str(figures["dnc_violations"])),
        (
            "window violations",
            f"{figures['window_violations']} (window {window['start']}-{window['end']} "
            f"on {len(window['days'])} days, shut for {figures['country_closed']})",
        ),
        (
            "duplicate dials",
            f"{figures['duplicate_dials']} ({figures['duplicate_dials_of_callbacks']} of "
            "them callbacks')",
        ),
        (
            "callbacks lost",
            f"{figures['callbacks_lost']} of {figures['callbacks']} ({server['callbacks']})",
        ),
        ("agent occupancy", str(figures["agent_occupancy"])),
        ("restart", f"{figures['restart_s']} s; agents back after {figures['agents_back_s']} s"),
        ("people", str(server["prospects"])),
        ("run", f"{figures['seconds']} s; {figures['agent_errors']} agent errors"),
    ]
    width = max(len(name) for name, _ in rows)
    table = "\n".join(f"{name:<{width}}  {text}" for name, text in rows)
    return f"{table}\n\n{figures['notes']}"
