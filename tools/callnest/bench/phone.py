"""Phone calls through the whole path: trunk, Kamailio, rtpengine, Callnest, agents.

A real ``callnest-server`` runs in its own process, as deployed, with a trunk
configured, so it starts its SIP edge (Kamailio) and media relay (rtpengine)
as child processes. SIPp plays the carrier's trunk
(:mod:`callnest.bench.phone_trunk`): ``--calls`` calls at ``--rate`` a second,
all held at once, each offering G.711 A-law and RFC 4733, dialling one number
whose queue has an IVR menu ("1" sales, "2" support). Once answered, each
phone sends speech-like A-law audio for ``--seconds`` with one keypress early
in it (``--digit-at-s``), digits taking turns between calls; then SIPp hangs
up. The menu's queue itself requires a skill no agent has, so no agent can
take a call that the digit did not move.

The agents -- as many as calls, members of both menu queues -- run in another
process (:mod:`callnest.bench.phone_agents`), as the media bench's endpoints
do, for the same reason: the server's CPU is its own, and the agents' aiortc
(a Python peer connection each) never competes with it inside one event
loop. Each keeps its desktop WebSocket and persistent audio link, says a
real Opus voice into it (rtpengine decodes that for the trunk), answers every
offer at once and counts what it hears per contact.

Figures:

- ``setup_ms_*``: SIPp's response-time measurement, INVITE to the first 180,
  183 or 200 from us (SIPp's ``start_rtd``/``rtd``, one value per call from
  ``-trace_rtt``, at SIPp's 1 ms resolution);
- ``failed``: calls that did not go all the way -- SIPp did not see them
  answered and cleanly ended, or no agent took them, or the agent heard none
  of their audio;
- ``dtmf_ok_pct``: calls whose interaction (``GET /api/interactions``, by the
  caller's number) ended up in the queue its digit chose;
- ``lost_audio_pct``: phone to agent, the 20 ms frames missing from the span
  of RTP timestamps each agent heard of its call (see ``phone_agents``);
- ``cpu_pct_per_call``: CPU of the server process and every process below it
  (Kamailio's and rtpengine's), from ``/proc/<pid>/stat``, sampled twice a
  second, over the steady part of the run -- from every call carrying audio
  to an agent (plus ``--settle-s``) to the first hang-up (less half a
  second) -- as % of one core, divided by the calls.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from callnest.bench.media import BenchError, LoadProcess, add_agent_accounts
from callnest.bench.phone_cpu import GROUPS, Sampler, cpu_between, kill_groups, window_samples
from callnest.bench.report import show as show_figures
from callnest.sim.ports import free_port, free_sip_port, free_udp_port

if TYPE_CHECKING:
    from callnest.bench.phone_trunk import PlannedCall, TrunkRecord
    from callnest.sim.api import Api

NAME = "phone"
HELP = "phone calls from a SIPp trunk through Kamailio, rtpengine and the server to agents"

NUMBER = "+38612345678"  # ours, on the bench's trunk
MENU = (("1", "sales", "Sales"), ("2", "support", "Support"))
END_MARGIN_NS = 500_000_000  # the window ends this long before the first hang-up
MIN_WINDOW_NS = 2_000_000_000
FRAME_NS = 20_000_000
# An agent's audio may begin this long after her answer and end this long
# before the call's end reaches her (the BYE's way): 200 ms, not lost.
EDGE_FRAMES = 10
CUT_NS = 1_000_000_000  # a longer silence in the caller's audio cuts the call

NOTES = (
    "setup_ms is SIPp's response time, INVITE to the first 180/183/200 from the edge "
    "(-trace_rtt, 1 ms resolution). cpu_pct is % of one core over the steady window "
    "(every call carrying audio to its agent, until the first hang-up) for the server "
    "process and all its descendants (Kamailio's processes, rtpengine); "
    "cpu_pct_per_call divides it by the calls up in the window. lost_audio_pct is "
    "phone to agent only: 20 ms frames missing from the RTP timestamp span each agent "
    "heard of its call, or from her answer to the call's end when the audio began late "
    "or stopped early (the other direction ends at SIPp, which does not count what it "
    "receives); a silence over 1 s fails the call (agent_audio_cut). "
    "load_cpu_pct (SIPp, the agents' process) and other_cpu_pct / steal_pct "
    "(everything else, the hypervisor) say whether the machine disturbed the figures."
)


@dataclass(frozen=True)
class Ports:
    http: int
    sip: int
    sip_inner: int
    sip_callnest: int
    rtp_control: int
    rtp_min: int  # rtpengine's media ports
    rtp_max: int
    sipp_sip: int
    sipp_media: int  # the phones' RTP ports start here


def choose_ports(calls: int) -> Ports:
    """Free ephemeral ports for the sockets, and two blocks below Linux's
    ephemeral range (and below the integration tests' 20000-28000 blocks)
    for the media: rtpengine takes about four ports a call, SIPp two."""
    relay = max(200, 4 * calls + 100)
    phones = max(100, 4 * calls + 10)
    rtp_min = random.randrange(10_000, 14_000 - relay, 2)
    sipp_media = random.randrange(14_000, 19_000 - phones, 2)
    return Ports(
        http=free_port(),
        sip=free_sip_port(),
        sip_inner=free_sip_port(),
        sip_callnest=free_sip_port(),
        rtp_control=free_udp_port(),
        rtp_min=rtp_min,
        rtp_max=rtp_min + relay - 1,
        sipp_sip=free_sip_port(),
        sipp_media=sipp_media,
    )


# ------------------------------------------------------------------- server


def _output_file(path: Path) -> BinaryIO:
    """Where a child process writes (opened before it starts, so not in a thread)."""
    return open(path, "ab")


class PhoneServer:
    """The server in its own process (and session: a Ctrl-C at the terminal
    reaches the bench alone, which then stops everything in order), through
    :mod:`callnest.bench.phone_server` for its SIP ports."""

    def __init__(self, data_dir: Path, ports: Ports) -> None:
        from callnest.sim.server_process import ServerProcess

        self.ports = ports
        self.inner = ServerProcess(data_dir, extra_args=(), keep_data=True)
        self.inner.port = ports.http

    @property
    def url(self) -> str:
        return self.inner.url

    @property
    def pid(self) -> int:
        assert self.inner.process is not None
        return self.inner.process.pid

    async def start(self) -> None:
        from callnest.sim.server_process import ServerError

        ports, inner = self.ports, self.inner
        command = [
            sys.executable,
            "-m",
            "callnest.bench.phone_server",
            f"--sip-inner-port={ports.sip_inner}",
            f"--sip-callnest-port={ports.sip_callnest}",
            f"--rtp-control-port={ports.rtp_control}",
            f"--data-dir={inner.data_dir}",
            f"--host={inner.host}",
            f"--port={ports.http}",
            "--public-rate-limit=0",
            f"--sip-port={ports.sip}",
            f"--rtp-ports={ports.rtp_min}-{ports.rtp_max}",
        ]
        inner.data_dir.mkdir(parents=True, exist_ok=True)
        with _output_file(inner.data_dir / "server.log") as log:
            inner.process = await asyncio.create_subprocess_exec(
                *command,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env=os.environ | {"PYTHONUNBUFFERED": "1"},
                start_new_session=True,
            )
        try:
            await inner._wait_healthy()
            inner.owner = await inner._owner_credentials()
        except ServerError as exc:
            await inner.kill()
            raise BenchError(f"the server did not start: {exc}") from exc


# ------------------------------------------------------------------ set-up


@dataclass(frozen=True)
class Center:
    queue_ids: dict[str, int]  # name -> id: the menu's queues and "front"
    agents: list[tuple[str, str]]


async def setup_center(owner: Api, agents: int, menu: bool) -> Center:
    """The queues, the agents, the trunk and its number; the edge running."""
    queue_ids: dict[str, int] = {}
    base = {"strategy": "longest-idle", "ring_timeout_s": 60, "wrap_up_s": 0}
    for _, name, title in MENU:
        queue = await owner.call(
            "POST",
            "/api/queues",
            json=base | {"name": name, "display_name": title, "announce_every_s": None},
        )
        queue_ids[name] = int(queue["id"])
    front: dict[str, Any] = base | {"name": "front", "display_name": "Front desk"}
    if menu:
        # No agent has this skill: a call the digit did not move stays unanswered.
        skill = await owner.call("POST", "/api/skills", json={"name": "Menu only"})
        front |= {
            "ivr_menu": [{"key": k, "label": t, "queue": n} for k, n, t in MENU],
            "skills": {str(skill["id"]): 1},
        }
    queue = await owner.call("POST", "/api/queues", json=front)
    queue_ids["front"] = int(queue["id"])

    accounts = await add_agent_accounts(owner, agents, "phone")
    trunk = await owner.call(
        "POST",
        "/api/trunks",
        json={"name": "Bench carrier", "host": "127.0.0.1", "ip_addresses": ["127.0.0.1"]},
    )
    await owner.call(
        "POST",
        "/api/phone-numbers",
        json={"number": NUMBER, "trunk_id": trunk["id"], "queue_id": queue_ids["front"]},
    )
    return Center(queue_ids, accounts)


async def wait_edge(owner: Api, timeout_s: float = 30.0) -> None:
    """Until Kamailio and rtpengine run (the server starts them once a trunk exists)."""
    deadline = time.monotonic() + timeout_s
    while True:
        status = await owner.call("GET", "/api/trunks/status")
        if status.get("running"):
            return
        if status.get("problem") and time.monotonic() > deadline - timeout_s / 2:
            raise BenchError(f"the server's SIP edge does not run: {status['problem']}")
        if time.monotonic() > deadline:
            raise BenchError(
                f"the server's SIP edge did not start within {timeout_s:.0f} s: {status}"
            )
        await asyncio.sleep(0.2)


async def all_interactions(owner: Api) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    while True:
        page = await owner.call(
            "GET", "/api/interactions", params={"limit": "1000", "offset": str(len(rows))}
        )
        rows.extend(page)
        if len(page) < 1000:
            return rows


# ---------------------------------------------------------------------- CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--calls", type=int, default=60, help="concurrent calls (default 60)")
    parser.add_argument(
        "--seconds",
        type=float,
        default=30.0,
        help="how long each call lasts once answered; the steady window is what remains "
        "after all calls are placed and connected (default 30)",
    )
    parser.add_argument(
        "--rate", type=float, default=10.0, help="new calls a second from the trunk (default 10)"
    )
    parser.add_argument(
        "--digit-at-s",
        type=float,
        default=1.0,
        help="when the caller presses the menu key, after the answer (default 1)",
    )
    parser.add_argument(
        "--settle-s",
        type=float,
        default=1.0,
        help="wait after the last call reached its agent before the CPU window (default 1)",
    )
    parser.add_argument(
        "--no-menu",
        action="store_true",
        help="the number's queue has no IVR menu and its agents answer at once; the digit "
        "is still sent, dtmf_ok_pct is null",
    )
    parser.add_argument(
        "--phases",
        type=int,
        default=10,
        help="the agents' 20 ms send timer serves them in this many staggered slices (default 10)",
    )
    parser.add_argument(
        "--keep-logs",
        action="store_true",
        help="keep the server's, SIPp's (with every SIP message) and the agents' files "
        "(their directory is printed)",
    )


def main(args: argparse.Namespace) -> int:
    if args.calls < 1 or args.seconds <= 0 or args.rate <= 0 or args.phases < 1:
        print(
            "callnest-bench phone: --calls, --seconds, --rate and --phases must be positive",
            file=sys.stderr,
        )
        return 2
    if not 0 <= args.digit_at_s < args.seconds - 0.5:
        print(
            "callnest-bench phone: --digit-at-s must fall inside the call (--seconds)",
            file=sys.stderr,
        )
        return 2
    try:
        figures = asyncio.run(
            run(
                calls=args.calls,
                seconds=args.seconds,
                rate=args.rate,
                digit_at_s=args.digit_at_s,
                settle_s=max(0.0, args.settle_s),
                menu=not args.no_menu,
                phases=args.phases,
                keep_logs=args.keep_logs,
            )
        )
    except BenchError as exc:
        print(f"callnest-bench phone: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "callnest-bench phone: interrupted; everything it started is stopped", file=sys.stderr
        )
        return 130
    return show_figures(figures, args.json, format_table)


def _progress(text: str) -> None:
    print(f"[phone] {text}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------- run


@dataclass
class Timeline:
    """How many calls the agents heard, over time (the shared monotonic clock)."""

    points: list[tuple[int, int]] = field(default_factory=list)  # (ns, calls heard)
    first_ended_ns: int = 0

    def update(self, status: dict[str, Any]) -> None:
        at = int(status.get("now_ns", 0))
        if at and (not self.points or self.points[-1][0] != at):
            self.points.append((at, int(status.get("hearing", 0))))
        if not self.first_ended_ns and status.get("first_ended_ns"):
            self.first_ended_ns = int(status["first_ended_ns"])

    @property
    def peak(self) -> int:
        return max((heard for _, heard in self.points), default=0)

    def steady(self) -> tuple[int, int] | None:
        """From the first time the most calls carried audio to the first time
        fewer did for two statuses running (a second: one late status is a
        hiccup of the agents' process, not calls lost), or to the first hang-up."""
        peak = self.peak
        if not peak:
            return None
        points = self.points
        first = next(i for i, (_, heard) in enumerate(points) if heard == peak)
        start, end = points[first][0], points[-1][0]
        for (at, heard), (_, then) in zip(points[first:], points[first + 1 :], strict=False):
            if heard < peak and then < peak:
                end = at
                break
        if self.first_ended_ns:
            end = min(end, self.first_ended_ns)
        return start, end


async def run(
    *,
    calls: int,
    seconds: float,
    rate: float = 10.0,
    digit_at_s: float = 1.0,
    settle_s: float = 1.0,
    menu: bool = True,
    phases: int = 10,
    keep_logs: bool = False,
) -> dict[str, Any]:
    import aiohttp

    from callnest.bench import phone_trunk
    from callnest.sim.api import Api, ApiError

    try:
        tools = phone_trunk.find_tools()
    except phone_trunk.ToolMissing as exc:
        raise BenchError(str(exc)) from exc
    started = time.monotonic()
    log_dir = Path(tempfile.mkdtemp(prefix="callnest-bench-phone-"))
    ports = choose_ports(calls)
    server = PhoneServer(log_dir / "server", ports)
    agents: LoadProcess | None = None
    sipp: asyncio.subprocess.Process | None = None
    sampler: Sampler | None = None
    sampling: asyncio.Task[None] | None = None
    try:
        await server.start()
        sampler = Sampler(server.pid)
        sampling = asyncio.create_task(sampler.run())
        _progress(f"server up at {server.url} (pid {server.pid})")
        async with aiohttp.ClientSession() as http:
            try:
                owner = await Api(http, server.url).login(*server.inner.owner)
                center = await setup_center(owner, calls, menu)
                await wait_edge(owner)
            except (ApiError, aiohttp.ClientError) as exc:
                raise BenchError(f"setting up the queues, agents and trunk failed: {exc}") from exc
            _progress(
                f"trunk, number {NUMBER} and {calls} agents set up; Kamailio and rtpengine run"
            )

            agents = LoadProcess("agents", log_dir / "agents.log", "callnest.bench.phone_agents")
            await agents.start({"url": server.url, "agents": center.agents, "phases": phases})
            await agents.expect("agents_ready", 60 + 0.5 * calls)
            sampler.load_pids["agents"] = agents.pid
            _progress(f"{calls} agents logged in, linked and available")

            plan = phone_trunk.plan_calls(calls)
            trunk_dir = log_dir / "trunk"
            sent = phone_trunk.prepare(trunk_dir, plan, seconds, digit_at_s)
            hold_ms = round(seconds * 1000)
            timeout_s = calls / rate + seconds + 60
            command = phone_trunk.sipp_command(
                tools["sipp"],
                edge=f"127.0.0.1:{ports.sip}",
                dialled=NUMBER,
                calls=calls,
                rate=rate,
                hold_ms=hold_ms,
                ports=phone_trunk.SippPorts(ports.sipp_sip, ports.sipp_media),
                timeout_s=timeout_s,
                trace_messages=keep_logs,
            )
            with _output_file(trunk_dir / "sipp.out") as out:
                sipp = await asyncio.create_subprocess_exec(
                    *command,
                    cwd=trunk_dir,
                    stdin=asyncio.subprocess.DEVNULL,
                    stdout=out,
                    stderr=asyncio.subprocess.STDOUT,
                    start_new_session=True,
                )
            sampler.load_pids["sipp"] = sipp.pid
            # every call placed, through its menu and on to an agent (a margin)
            all_placed_ns = time.perf_counter_ns() + round((calls / rate + digit_at_s + 2) * 1e9)
            _progress(f"SIPp places {calls} calls at {rate:g}/s, each held {seconds:g} s")
            timeline = await _follow(server, agents, sipp, calls, timeout_s + 10)
            sipp_code = sipp.returncode
            await asyncio.sleep(1.0)  # the last hang-ups reach the agents
            agents.status = {}
            await agents.send({"cmd": "report"})
            heard = await agents.expect("report", 30)
            try:
                interactions = await all_interactions(owner)
            except (ApiError, aiohttp.ClientError) as exc:
                raise BenchError(f"reading the interactions failed: {exc}") from exc
        if server.inner.died():
            raise BenchError(f"the server died during the run:\n{server.inner.log_tail()}")
        record = phone_trunk.read_record(trunk_dir)
        figures = summarize(
            plan=plan,
            record=record,
            heard=heard["calls"],
            interactions=interactions,
            queue_ids=center.queue_ids if menu else None,
        )
        figures |= _cpu_figures(sampler, timeline, settle_s, figures["calls"], all_placed_ns)
        audio = next(iter(sent.values()))
        figures |= {
            "sipp_exit_code": sipp_code,
            "stray_packets": heard.get("stray_packets", 0),
            "agents_tick_late_ms_p99": heard.get("tick_late_ms_p99"),
            "phone_frames_per_call": audio.audio_frames,
            "rate_per_s": rate,
            "seconds": seconds,
            "digit_at_s": digit_at_s,
            "menu": menu,
            "setup_s": round(time.monotonic() - started, 1),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "machine": platform.machine(),
            "notes": NOTES,
        }
        if record.errors:
            figures["sipp_errors"] = record.errors[:5]
        _progress("done")
        return figures
    finally:
        await _clean_up(server, agents, sipp, sampler, sampling)
        if keep_logs:
            _progress(f"logs kept in {log_dir}")
        else:
            shutil.rmtree(log_dir, ignore_errors=True)


async def _follow(
    server: PhoneServer,
    agents: LoadProcess,
    sipp: asyncio.subprocess.Process,
    calls: int,
    timeout_s: float,
) -> Timeline:
    """Until SIPp is done: the agents' status, and progress now and then."""
    timeline = Timeline()
    deadline = time.monotonic() + timeout_s
    last_report = 0.0
    while sipp.returncode is None:
        if server.inner.died():
            raise BenchError(f"the server died during the run:\n{server.inner.log_tail()}")
        if agents.exited():
            raise BenchError(f"the agents' process exited:\n{agents.log_tail()}")
        if time.monotonic() > deadline:
            raise BenchError(f"SIPp did not finish within {timeout_s:.0f} s")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(sipp.wait(), 0.25)
        timeline.update(agents.status)
        now = time.monotonic()
        if now - last_report > 5 and agents.status:
            last_report = now
            s = agents.status
            _progress(
                f"{s.get('offered', 0)} offered to agents, {s.get('answered', 0)} answered, "
                f"{s.get('hearing', 0)} of {calls} heard now, {s.get('ended', 0)} ended"
            )
    timeline.update(agents.status)
    return timeline


async def _clean_up(
    server: PhoneServer,
    agents: LoadProcess | None,
    sipp: asyncio.subprocess.Process | None,
    sampler: Sampler | None,
    sampling: asyncio.Task[None] | None,
) -> None:
    """Everything stops, in order, whatever happened: SIPp, the agents, the
    server (which stops Kamailio and rtpengine), then anything of theirs left."""
    from callnest.sim.server_process import ServerError

    if sampling is not None:
        sampling.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sampling
    if sampler is not None:
        with contextlib.suppress(OSError):
            sampler.sample()  # the latest process groups under the server
    if sipp is not None and sipp.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            sipp.kill()
        await sipp.wait()
    if agents is not None:
        await agents.close()
    try:
        await server.inner.stop()
    except ServerError as exc:
        _progress(f"the server stopped badly: {exc}")
    finally:
        await server.inner.kill()
    if sampler is not None:
        killed = await asyncio.to_thread(kill_groups, sampler.groups)
        if killed:
            _progress(f"killed what the server left running: {', '.join(killed)}")


# ----------------------------------------------------------------- figures


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile; None if there are no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def expected_frames(call: dict[str, Any]) -> int:
    """The 20 ms frames an agent should have heard of a call: those missing
    from the span of timestamps she heard, and those from her answer to the
    call's end (less ``EDGE_FRAMES``) if the caller's audio began late or
    stopped early."""
    start, end = int(call.get("answered_ns") or 0), int(call.get("ended_ns") or 0)
    end = end or int(call.get("last_ns") or 0)
    wall = (end - start) // FRAME_NS - EDGE_FRAMES if start and end > start else 0
    return max(int(call["expected"]), int(call["frames"]), wall)


def audio_cut(call: dict[str, Any]) -> bool:
    """Whether the agent went without the caller's audio for over ``CUT_NS``
    inside the call: between two packets, after her answer or before its end."""
    start, first = int(call.get("answered_ns") or 0), int(call.get("first_ns") or 0)
    end, last = int(call.get("ended_ns") or 0), int(call.get("last_ns") or 0)
    return (
        float(call.get("max_gap_ms") or 0) * 1e6 > CUT_NS
        or (start > 0 and first - start > CUT_NS)
        or (end > 0 and end - last > CUT_NS)
    )


def summarize(
    *,
    plan: list[PlannedCall],
    record: TrunkRecord,
    heard: list[dict[str, Any]],
    interactions: list[dict[str, Any]],
    queue_ids: dict[str, int] | None,
) -> dict[str, Any]:
    """The call-level figures from SIPp's record, the agents' report and the
    server's interactions; ``queue_ids`` None: no menu, no DTMF figure."""
    by_caller: dict[str, list[dict[str, Any]]] = {}
    for one in heard:
        by_caller.setdefault(str(one.get("caller")), []).append(one)
    rows_by_caller: dict[str, list[dict[str, Any]]] = {}
    for row in interactions:
        rows_by_caller.setdefault(str(row.get("caller_address")), []).append(row)
    digit_queue = {key: name for key, name, _ in MENU}
    queue_names = {v: k for k, v in (queue_ids or {}).items()}

    failed = unanswered = silent = cut = not_completed = dtmf_ok = 0
    frames = expected = 0
    lossy_calls = 0
    heard_s: list[float] = []
    routed: dict[str, dict[str, int]] = {}
    for call in plan:
        taken = [c for c in by_caller.get(call.caller, []) if c.get("answered_ns")]
        audio = [c for c in taken if c.get("frames", 0) > 0]
        ok = True
        if call.caller not in record.completed:
            not_completed += 1
            ok = False
        if not taken:
            unanswered += 1
            ok = False
        elif not audio:
            silent += 1
            ok = False
        elif any(audio_cut(c) for c in audio):
            cut += 1
            ok = False
        failed += not ok
        for c in audio:
            wanted = expected_frames(c)
            frames += int(c["frames"])
            expected += wanted
            lossy_calls += wanted > int(c["frames"])
            heard_s.append(int(c["frames"]) * FRAME_NS / 1e9)
        if queue_ids is not None:
            rows = rows_by_caller.get(call.caller, [])
            latest = max(rows, key=lambda r: float(r.get("entered_at") or 0), default=None)
            ended_in = None if latest is None else queue_names.get(int(latest["queue_id"] or -1))
            chosen = digit_queue.get(call.digit)
            dtmf_ok += ended_in is not None and ended_in == chosen
            routed.setdefault(call.digit, {})
            key = ended_in or ("none" if latest is None else f"queue {latest['queue_id']}")
            routed[call.digit][key] = routed[call.digit].get(key, 0) + 1

    n = len(plan)
    figures: dict[str, Any] = {
        "benchmark": NAME,
        "calls": n,
        "failed": failed,
        "dtmf_ok_pct": round(100 * dtmf_ok / n, 1) if queue_ids is not None and n else None,
        "setup_ms_p50": percentile(record.setup_ms, 50),
        "setup_ms_p95": percentile(record.setup_ms, 95),
        "setup_ms_max": max(record.setup_ms, default=None),
        "lost_audio_pct": round(100 * (expected - frames) / expected, 3) if expected else None,
        "lost_audio_frames": expected - frames,
        "audio_frames_heard": frames,
        "calls_with_lost_audio": lossy_calls,
        "heard_s_p50": percentile(heard_s, 50),
        "failures": {
            "not_completed_at_trunk": not_completed,
            "not_answered_by_agent": unanswered,
            "agent_heard_nothing": silent,
            "agent_audio_cut": cut,
        },
        "sipp_successful": record.successful,
        "sipp_failed": record.failed,
        "setup_samples": len(record.setup_ms),
    }
    if queue_ids is not None:
        figures["queue_by_digit"] = routed
    return figures


def _cpu_figures(
    sampler: Sampler,
    timeline: Timeline,
    settle_s: float,
    calls: int,
    all_placed_ns: int,
) -> dict[str, Any]:
    """CPU over the steady window. Without one (the calls' audio broke down),
    over the calls' whole middle instead -- from ``all_placed_ns`` (every call
    placed and past its menu) to the first hang-up -- so that a failed run
    still says where the CPU went; ``cpu_pct_per_call`` stays None then."""
    steady = timeline.steady()
    pair = None
    if steady is not None:
        start, end = steady
        pair = window_samples(sampler.samples, start + round(settle_s * 1e9), end - END_MARGIN_NS)
    up = timeline.peak
    figures: dict[str, Any] = {"cpu_window": "steady", "calls_in_window": up}
    if pair is None or (pair[1].at_ns - pair[0].at_ns) < MIN_WINDOW_NS:
        end = (timeline.first_ended_ns or time.perf_counter_ns()) - END_MARGIN_NS
        pair = window_samples(sampler.samples, all_placed_ns, end)
        figures = {
            "cpu_window": "calls placed",
            "calls_in_window": up,
            "cpu_note": f"no steady window: {up} of {calls} calls carried audio at most, "
            "and not for 2 s on end; CPU is over the calls' middle instead, per call placed",
        }
        up = calls
        if pair is None:
            return figures | {"cpu_pct_per_call": None, "cpu_pct": None, "window_s": 0.0}
    first, last = pair
    cpu = cpu_between(first, last)
    ours = sum(cpu[g] for g in GROUPS)
    return figures | {
        "cpu_pct_per_call": round(ours / up, 3) if figures["cpu_window"] == "steady" else None,
        "cpu_pct": round(ours, 1),
        "cpu_pct_by_process": {g: round(cpu[g], 1) for g in GROUPS},
        "cpu_pct_per_call_by_process": {g: round(cpu[g] / up, 3) for g in GROUPS},
        "window_s": round((last.at_ns - first.at_ns) / 1e9, 1),
        "load_cpu_pct": {
            k.removeprefix("load_"): round(v, 1) for k, v in cpu.items() if k.startswith("load_")
        },
        "other_cpu_pct": round(cpu["other"], 1),
        "steal_pct": round(cpu["steal"], 1),
    }


def format_table(figures: dict[str, Any]) -> str:
    def value(key: str, unit: str = "") -> str:
        found = figures.get(key)
        return "n/a" if found is None else f"{found}{unit}"

    by = figures.get("cpu_pct_by_process") or {}
    load = figures.get("load_cpu_pct") or {}
    f = figures["failures"]
    rows = [
        ("calls", f"{figures['calls']} ({figures['calls_in_window']} up at once in the window)"),
        (
            "failed",
            f"{figures['failed']} (trunk saw no clean end {f['not_completed_at_trunk']}, "
            f"no agent {f['not_answered_by_agent']}, agent heard nothing "
            f"{f['agent_heard_nothing']}, agent's audio cut {f['agent_audio_cut']})",
        ),
        ("DTMF routed right", value("dtmf_ok_pct", " %")),
        (
            "setup (INVITE -> answer)",
            f"p50 {value('setup_ms_p50', ' ms')}, p95 {value('setup_ms_p95', ' ms')}, "
            f"max {value('setup_ms_max', ' ms')}",
        ),
        (
            "lost audio (phone -> agent)",
            f"{value('lost_audio_pct', ' %')} ({figures['lost_audio_frames']} of "
            f"{figures['audio_frames_heard'] + figures['lost_audio_frames']} frames, "
            f"{figures['calls_with_lost_audio']} calls)",
        ),
        ("CPU per call", value("cpu_pct_per_call", " % of a core")),
        (
            "CPU (ours)",
            f"{value('cpu_pct', ' %')}: "
            + ", ".join(f"{g} {by.get(g, 0):.1f} %" for g in GROUPS)
            + f" over {figures['window_s']} s",
        ),
        ("load CPU", ", ".join(f"{k} {v:.1f} %" for k, v in load.items()) or "n/a"),
        (
            "machine meanwhile",
            f"other programs {value('other_cpu_pct', ' %')}, "
            f"stolen by the hypervisor {value('steal_pct', ' %')}",
        ),
        ("set-up", f"{figures['setup_s']} s in all"),
    ]
    if figures.get("cpu_note"):
        rows.append(("CPU note", figures["cpu_note"]))
    width = max(len(name) for name, _ in rows)
    table = "\n".join(f"{name:<{width}}  {text}" for name, text in rows)
    return f"{table}\n\n{figures['notes']}"
