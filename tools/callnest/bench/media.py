"""The media anchor under load: N calls forwarded through a real server.

A real ``callnest-server`` runs in its own process. The calls' endpoints -- N
callers and N agents, each a real aiortc peer connection to the server -- run
in other processes (``callnest.bench.media_load``; by default one for the
agents and one for the callers), so that the server's CPU is its own. The
endpoints neither encode nor decode: every 20 ms each sends a synthetic Opus
packet of a 32 kbit/s voice frame's size (a valid TOC byte, then its stream id,
sequence number and send time) and reads what it receives below aiortc's
jitter buffer, so the load generator stays cheap. One timer per process paces
every endpoint, in ``--phases`` staggered slices of the 20 ms so that packets
reach the server spread out, as from unsynchronised phones, not in bursts.
Callers call from distinct loopback addresses (127.0.0.2, ...): the server
limits concurrent calls per address, as it should.

Agents log in, open their desktop WebSocket, set up their audio link with
``rtc.offer``, go available and answer every offer at once. Callers call the
queue over the public endpoint, spread over ``--ramp-s``. Once every call
carries audio both ways, a window of ``--seconds`` is measured:

- loss: packets sent in the window that never arrived (after a drain), both ways;
- end-to-end latency: endpoint send to the kernel's receive time at the other
  endpoint, through the server (no jitter buffer, no sound device);
- added latency: the server's own ``callnest_media_forward_seconds`` histogram,
  the difference between the window's ends, interpolated inside buckets;
- CPU of the server and of the load process(es), from ``/proc/<pid>/stat``.

Heavy imports (aiohttp, the sim's server runner) happen inside ``main``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import platform
import struct
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from callnest.bench.report import show as show_figures

if TYPE_CHECKING:
    from callnest.sim.api import Api
    from callnest.sim.server_process import ServerProcess

NAME = "media"
HELP = "calls forwarded through the real server: loss, latency and CPU per call"

# ------------------------------------------------------------------ packets

FRAME_NS = 20_000_000
PACKET_BYTES = 80  # a 20 ms Opus frame at 32 kbit/s
TOC = 0xFC  # Opus TOC: config 31 (CELT, fullband, 20 ms), one frame
MAGIC = b"CNB"
# TOC, magic, stream id, sequence number, send time (perf_counter_ns), zero padding
PACKET = struct.Struct(f">B3sIIQ{PACKET_BYTES - 20}x")
HEADER = struct.Struct(">B3sIIQ")
AGENT_STREAM_BASE = 1_000_000  # stream ids: callers 1.., agents 1_000_001..

LATENCY_BIN_NS = 10_000  # end-to-end latencies are kept in 10 µs bins
FORWARD_METRIC = "callnest_media_forward_seconds"

NOTES = (
    "e2e latency is endpoint send to endpoint receive through the server, below "
    "aiortc's jitter buffer: it excludes jitter buffers, codecs and sound devices. "
    "added latency is the server's own forward histogram (a packet's arrival at "
    "one leg's socket, as the kernel stamped it, to its sending on the other leg: "
    "the time it waited while the event loop was busy included), interpolated "
    "inside its buckets. "
    "CPU is % of one core; load_cpu_pct near 100 per load process means the load "
    "generator, not the server, was the limit; other_cpu_pct and steal_pct (other "
    "programs on the machine, and time the hypervisor gave elsewhere) above a few % "
    "mean the figures are disturbed."
)


def encode_packet(stream: int, seq: int, send_ns: int) -> bytes:
    """One synthetic Opus payload: ``PACKET_BYTES`` long, ids in the first 20."""
    return PACKET.pack(TOC, MAGIC, stream, seq & 0xFFFFFFFF, send_ns)


def parse_packet(payload: bytes) -> tuple[int, int, int] | None:
    """(stream, seq, send_ns) of a bench packet; None for anything else
    (hold music, a welcome prompt)."""
    if len(payload) < HEADER.size or payload[0] != TOC:
        return None
    _, magic, stream, seq, send_ns = HEADER.unpack_from(payload)
    if magic != MAGIC:
        return None
    return stream, seq, send_ns


# --------------------------------------------------------------- histograms

Buckets = list[tuple[float, float]]  # (upper bound "le", cumulative count), ascending


def parse_buckets(text: str, name: str = FORWARD_METRIC) -> Buckets:
    """The cumulative buckets of histogram ``name`` in Prometheus text format."""
    prefix = name + "_bucket{"
    found: Buckets = []
    for line in text.splitlines():
        if not line.startswith(prefix):
            continue
        labels, _, value = line[len(prefix) :].partition("} ")
        for label in labels.split(","):
            key, _, raw = label.partition("=")
            if key.strip() == "le":
                found.append((float(raw.strip().strip('"')), float(value.split()[0])))
    return sorted(found)


def bucket_delta(before: Buckets, after: Buckets) -> Buckets:
    """What was observed between two scrapes of the same histogram."""
    start = dict(before)
    return [(le, count - start.get(le, 0.0)) for le, count in after]


def histogram_quantile(buckets: Buckets, q: float) -> float | None:
    """Prometheus' ``histogram_quantile``: the bucket holding rank ``q * total``,
    linearly interpolated between its bounds (the first bucket starts at 0; a
    rank in the +Inf bucket gives the highest finite bound). None if empty."""
    if not buckets:
        return None
    total = buckets[-1][1]
    if total <= 0:
        return None
    rank = q * total
    lower, below = 0.0, 0.0
    for le, cumulative in buckets:
        if cumulative >= rank:
            if math.isinf(le):
                return lower
            in_bucket = cumulative - below
            if in_bucket <= 0:
                return le
            return lower + (le - lower) * (rank - below) / in_bucket
        lower, below = le, cumulative
    return lower


def binned_percentile(bins: Mapping[int, int], p: float, width_ns: int = LATENCY_BIN_NS) -> float:
    """Nearest-rank percentile of values kept as ``{bin: count}`` (bin = value //
    width_ns), in milliseconds, at the bin's middle. 0.0 if empty."""
    total = sum(bins.values())
    if total <= 0:
        return 0.0
    rank = max(1, math.ceil(p / 100 * total))
    seen = 0
    for key in sorted(bins):
        seen += bins[key]
        if seen >= rank:
            return (key + 0.5) * width_ns / 1e6
    return (max(bins) + 0.5) * width_ns / 1e6


def merge_bins(many: Iterable[Mapping[str, int]]) -> dict[int, int]:
    merged: dict[int, int] = {}
    for bins in many:
        for key, count in bins.items():
            merged[int(key)] = merged.get(int(key), 0) + int(count)
    return merged


# ---------------------------------------------------------------- processes


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (all its threads) so far, in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        stat = f.read()
    fields = stat[stat.rindex(")") + 2 :].split()
    # after "pid (comm) ": state is field 3, utime 14 and stime 15 (1-based)
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_jiffies() -> tuple[int, int, int]:
    """(busy, steal, total) clock ticks of all CPUs so far, from ``/proc/stat``:
    busy is user, nice, system, irq and softirq; steal is time the hypervisor
    gave to someone else."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return user + nice + system + irq + softirq, steal, sum(fields[:8])


def udp_receive_errors() -> int:
    """Datagrams the kernel dropped on receipt (full socket buffers) so far, in
    this network namespace: ``RcvbufErrors`` of ``/proc/net/snmp``."""
    with open("/proc/net/snmp") as f:
        rows = [line.split() for line in f if line.startswith("Udp:")]
    if len(rows) < 2:
        return 0
    counters = dict(zip(rows[0][1:], rows[1][1:], strict=False))
    return int(counters.get("RcvbufErrors", 0))


class BenchError(Exception):
    """Setting the benchmark up failed; the message says why."""


# ---------------------------------------------------------------------- CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--calls", type=int, default=50, help="concurrent calls (default 50)")
    parser.add_argument(
        "--seconds", type=float, default=20.0, help="steady-state window measured (default 20)"
    )
    parser.add_argument(
        "--ramp-s",
        type=float,
        default=None,
        help="seconds over which the calls are placed (default: calls / 20)",
    )
    parser.add_argument(
        "--load-procs",
        type=int,
        choices=(1, 2),
        default=2,
        help="endpoint processes: 1 (agents and callers together) or 2, one for the "
        "agents and one for the callers (default 2: on 2 cores, one process of 50 calls "
        "runs near a full core itself and adds its own lateness to the figures)",
    )
    parser.add_argument(
        "--phases",
        type=int,
        default=10,
        help="the one 20 ms send timer serves the endpoints in this many staggered "
        "slices, as unsynchronised phones would send; 1 = all at once (default 10)",
    )
    parser.add_argument(
        "--settle-s",
        type=float,
        default=3.0,
        help="wait between the last call carrying audio and the window, so that the "
        "window measures calls in progress, not the tail of setting 20 calls a second "
        "up (default 3)",
    )
    parser.add_argument(
        "--drain-s",
        type=float,
        default=1.0,
        help="wait after the window for packets still in flight (default 1)",
    )
    parser.add_argument(
        "--connect-timeout-s",
        type=float,
        default=30.0,
        help="after the ramp, how long calls may take to carry audio both ways (default 30)",
    )
    parser.add_argument(
        "--keep-logs",
        action="store_true",
        help="keep the server's and load processes' logs (their directory is printed)",
    )


def main(args: argparse.Namespace) -> int:
    if args.calls < 1 or args.seconds <= 0 or args.phases < 1:
        print(
            "callnest-bench media: --calls, --seconds and --phases must be positive",
            file=sys.stderr,
        )
        return 2
    ramp_s = args.ramp_s if args.ramp_s is not None else args.calls / 20
    try:
        figures = asyncio.run(
            run(
                calls=args.calls,
                seconds=args.seconds,
                ramp_s=max(0.0, ramp_s),
                load_procs=args.load_procs,
                phases=args.phases,
                settle_s=max(0.0, args.settle_s),
                drain_s=args.drain_s,
                connect_timeout_s=args.connect_timeout_s,
                keep_logs=args.keep_logs,
            )
        )
    except BenchError as exc:
        print(f"callnest-bench media: {exc}", file=sys.stderr)
        return 2
    return show_figures(figures, args.json, format_table)


def _progress(text: str) -> None:
    print(f"[media] {text}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------- load


class LoadProcess:
    """One ``callnest.bench.media_load`` process (or another ``module`` that
    speaks the same way: ``callnest.bench.phone_agents``): JSON lines in and out."""

    def __init__(
        self, role: str, log_path: Path, module: str = "callnest.bench.media_load"
    ) -> None:
        self.role = role
        self.log_path = log_path
        self.module = module
        self.process: asyncio.subprocess.Process | None = None
        self.events: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.status: dict[str, Any] = {}
        self.errors: list[str] = []
        self._reader: asyncio.Task[None] | None = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    async def start(self, config: dict[str, Any]) -> None:
        with self._open_log() as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                self.module,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=log,
                env=os.environ | {"PYTHONUNBUFFERED": "1"},
                limit=64 * 1024 * 1024,  # the final report is one long line
            )
        self._reader = asyncio.create_task(self._read())
        await self.send(config)

    def _open_log(self) -> BinaryIO:
        return open(self.log_path, "ab")

    async def send(self, message: dict[str, Any]) -> None:
        process = self.process
        if process is None or process.stdin is None or process.returncode is not None:
            raise BenchError(f"the {self.role} load process is gone:\n{self.log_tail()}")
        process.stdin.write(json.dumps(message).encode() + b"\n")
        with contextlib.suppress(ConnectionError):
            await process.stdin.drain()

    async def _read(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        while line := await self.process.stdout.readline():
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if event.get("event") == "status":
                self.status = event
            elif event.get("event") == "error":
                self.errors.append(str(event.get("message")))
            self.events.put_nowait(event)
        self.events.put_nowait({"event": "exit"})

    def exited(self) -> bool:
        return self.process is None or self.process.returncode is not None

    async def expect(self, kind: str, timeout_s: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BenchError(
                    f"the {self.role} load process sent no {kind!r} within {timeout_s:.0f} s"
                    f"{self._error_text()}:\n{self.log_tail()}"
                )
            try:
                event = await asyncio.wait_for(self.events.get(), left)
            except TimeoutError:
                continue
            if event.get("event") == kind:
                return event
            if event.get("event") == "fatal":
                raise BenchError(f"the {self.role} load process failed: {event.get('message')}")
            if event.get("event") == "exit":
                raise BenchError(
                    f"the {self.role} load process exited{self._error_text()}:\n{self.log_tail()}"
                )

    def _error_text(self) -> str:
        return f" ({'; '.join(self.errors[:5])})" if self.errors else ""

    async def close(self, timeout_s: float = 30.0) -> None:
        process = self.process
        if process is None:
            return
        if process.returncode is None:
            with contextlib.suppress(BenchError, ConnectionError):
                await self.send({"cmd": "close"})
            if process.stdin is not None:
                process.stdin.close()
            try:
                await asyncio.wait_for(process.wait(), timeout_s)
            except TimeoutError:
                _progress(f"the {self.role} load process did not stop in {timeout_s:.0f} s: killed")
                process.kill()
                await process.wait()
        if self._reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._reader, 5)
        self.process = None

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:]) or "(it logged nothing)"


# ------------------------------------------------------------------ set-up


async def _setup_center(owner: Api, agents: int) -> tuple[str, list[tuple[str, str]]]:
    queue = "bench"
    await owner.call(
        "POST",
        "/api/queues",
        json={
            "name": queue,
            "display_name": "Media bench",
            "strategy": "longest-idle",
            "ring_timeout_s": 60,
            "wrap_up_s": 0,
            "announce_every_s": None,
        },
    )
    return queue, await add_agent_accounts(owner, agents, "bench")


async def add_agent_accounts(owner: Api, count: int, prefix: str) -> list[tuple[str, str]]:
    """``count`` agents named ``<prefix>-agent-0001``..., created a few at a
    time; their (username, password)."""
    limit = asyncio.Semaphore(8)

    async def one(i: int) -> tuple[str, str]:
        username, password = f"{prefix}-agent-{i + 1:04d}", f"{prefix}-password-{i + 1}"
        async with limit:
            await owner.call(
                "POST",
                "/api/users",
                json={
                    "username": username,
                    "display_name": f"{prefix.title()} agent {i + 1}",
                    "role": "agent",
                    "password": password,
                },
            )
        return username, password

    return list(await asyncio.gather(*(one(i) for i in range(count))))


async def _scrape(owner: Api) -> Buckets:
    from callnest.sim.api import ApiError

    async with owner.http.get(
        owner.base_url + "/metrics",
        headers={"Authorization": f"Bearer {owner.token}"},
    ) as response:
        text = await response.text()
        if response.status != 200:
            raise ApiError(response.status, "metrics", text[:200])
    return parse_buckets(text)


async def _sleep_until(ns: int) -> None:
    await asyncio.sleep(max(0.0, (ns - time.perf_counter_ns()) / 1e9))


def _split_agents(
    agents: list[tuple[str, str]], calls: int, load_procs: int
) -> list[dict[str, Any]]:
    if load_procs == 1:
        return [{"role": "both", "agents": agents, "calls": calls}]
    return [
        {"role": "agents", "agents": agents, "calls": 0},
        {"role": "callers", "agents": [], "calls": calls},
    ]


async def run(
    *,
    calls: int,
    seconds: float,
    ramp_s: float,
    load_procs: int = 2,
    phases: int = 10,
    settle_s: float = 3.0,
    drain_s: float = 1.0,
    connect_timeout_s: float = 30.0,
    keep_logs: bool = False,
) -> dict[str, Any]:
    import aiohttp

    from callnest.sim.api import Api, ApiError
    from callnest.sim.server_process import ServerError, ServerProcess

    started = time.monotonic()
    log_dir = Path(tempfile.mkdtemp(prefix="callnest-bench-media-"))
    server = ServerProcess(
        log_dir / "server",
        extra_args=("--public-rate-limit", "0"),
        keep_data=keep_logs,
    )
    loads: list[LoadProcess] = []
    try:
        try:
            await server.start()
        except ServerError as exc:
            raise BenchError(f"the server did not start: {exc}") from exc
        assert server.process is not None
        server_pid = server.process.pid
        _progress(f"server up at {server.url} (pid {server_pid})")
        async with aiohttp.ClientSession() as http:
            try:
                owner = await Api(http, server.url).login(*server.owner)
                queue, agents = await _setup_center(owner, calls)
            except (ApiError, aiohttp.ClientError) as exc:
                raise BenchError(f"setting up the queue and agents failed: {exc}") from exc
            _progress(f"queue {queue!r} and {calls} agent accounts created")

            for part in _split_agents(agents, calls, load_procs):
                load = LoadProcess(part["role"], log_dir / f"load-{part['role']}.log")
                loads.append(load)
                await load.start(
                    part
                    | {
                        "url": server.url,
                        "queue": queue,
                        "ramp_s": ramp_s,
                        "phases": phases,
                    }
                )
            agent_loads = [x for x in loads if x.role in ("agents", "both")]
            caller_loads = [x for x in loads if x.role in ("callers", "both")]
            for load in agent_loads:
                await load.expect("agents_ready", 60 + 0.5 * calls)
            _progress(f"{calls} agents logged in, linked and available")

            for load in caller_loads:
                await load.send({"cmd": "call"})
            await _wait_flowing(server, loads, calls, ramp_s + connect_timeout_s)
            _progress(f"{calls} calls carry audio both ways")
            await asyncio.sleep(settle_s)

            t0 = time.perf_counter_ns() + 300_000_000
            t1 = t0 + round(seconds * 1e9)
            for load in loads:
                await load.send({"cmd": "window", "t0_ns": t0, "t1_ns": t1, "drain_s": drain_s})
            setup_s = time.monotonic() - started
            await _sleep_until(t0)
            pids = [server_pid, *(x.pid for x in loads)]
            cpu_start = [cpu_seconds(pid) for pid in pids]
            machine_start = machine_jiffies()
            udp_errors_start = udp_receive_errors()
            wall_start = time.perf_counter_ns()
            try:
                buckets_start = await _scrape(owner)
            except (ApiError, aiohttp.ClientError) as exc:
                raise BenchError(f"reading the server's /metrics failed: {exc}") from exc
            _progress(f"measuring {seconds:g} s")
            while (left_ns := t1 - time.perf_counter_ns()) > 0:
                await asyncio.sleep(min(5.0, left_ns / 1e9))
                if time.perf_counter_ns() < t1:
                    lag = max(float(x.status.get("lag_ms", 0)) for x in loads)
                    _progress(f"latest end-to-end {lag:.0f} ms")
            cpu_end = [cpu_seconds(pid) for pid in pids]
            machine_end = machine_jiffies()
            wall_s = (time.perf_counter_ns() - wall_start) / 1e9
            try:
                buckets_end = await _scrape(owner)
            except (ApiError, aiohttp.ClientError) as exc:
                raise BenchError(f"reading the server's /metrics failed: {exc}") from exc
            if server.died():
                raise BenchError(f"the server died during the window:\n{server.log_tail()}")
            reports = [await x.expect("report", drain_s + 60) for x in loads]
            udp_errors = udp_receive_errors() - udp_errors_start

        cpu_pct = [
            100 * (end - begin) / wall_s for begin, end in zip(cpu_start, cpu_end, strict=True)
        ]
        ticks = os.sysconf("SC_CLK_TCK")
        busy, steal, _ = (
            end - begin for begin, end in zip(machine_start, machine_end, strict=True)
        )
        # what else the machine did meanwhile (other programs, the kernel), and
        # what the hypervisor gave to other guests
        other_cpu_pct = max(0.0, 100 * busy / ticks / wall_s - sum(cpu_pct))
        steal_pct = 100 * steal / ticks / wall_s
        figures = summarize(
            calls_requested=calls,
            window_s=(t1 - t0) / 1e9,
            reports=reports,
            forward=bucket_delta(buckets_start, buckets_end),
            server_cpu_pct=cpu_pct[0],
            load_cpu_pct=cpu_pct[1:],
        )
        figures |= {
            "other_cpu_pct": round(other_cpu_pct, 1),
            "steal_pct": round(steal_pct, 1),
            "udp_receive_buffer_drops": udp_errors,
            "ramp_s": ramp_s,
            "load_procs": load_procs,
            "phases": phases,
            "settle_s": settle_s,
            "drain_s": drain_s,
            "setup_s": round(setup_s, 1),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "machine": platform.machine(),
            "notes": NOTES,
        }
        _progress("closing the calls")
        return figures
    finally:
        # callers hang up first, then the agents log off, then the server stops
        for load in sorted(loads, key=lambda x: x.role != "callers"):
            await load.close()
        try:
            await server.stop()
        except ServerError as exc:
            _progress(f"the server stopped badly: {exc}")
        finally:
            await server.kill()
        if keep_logs:
            _progress(f"logs kept in {log_dir}")
        else:
            import shutil

            shutil.rmtree(log_dir, ignore_errors=True)


async def _wait_flowing(
    server: ServerProcess, loads: list[LoadProcess], calls: int, timeout_s: float
) -> None:
    deadline = time.monotonic() + timeout_s
    last_report = 0.0
    while True:
        callers = sum(int(x.status.get("callers_hearing", 0)) for x in loads)
        agents = sum(int(x.status.get("agents_hearing", 0)) for x in loads)
        placed = sum(int(x.status.get("placed", 0)) for x in loads)
        errors = [e for x in loads for e in x.errors]
        if errors:
            raise BenchError(
                f"{len(errors)} endpoint errors while calling, first: {'; '.join(errors[:3])}"
            )
        if callers >= calls and agents >= calls:
            return
        if server.died():
            raise BenchError(f"the server died while the calls were placed:\n{server.log_tail()}")
        for load in loads:
            if load.exited():
                raise BenchError(f"the {load.role} load process exited:\n{load.log_tail()}")
        now = time.monotonic()
        if now > deadline:
            raise BenchError(
                f"calls did not connect within {timeout_s:.0f} s: {placed} of {calls} placed, "
                f"{callers} callers and {agents} agents hearing the other side"
            )
        if now - last_report > 5:
            last_report = now
            lag = max(float(x.status.get("lag_ms", 0)) for x in loads)
            _progress(
                f"{placed} calls placed, {callers} callers and {agents} agents hear audio "
                f"(latest end-to-end {lag:.0f} ms)"
            )
        await asyncio.sleep(0.25)


# ----------------------------------------------------------------- figures


def summarize(
    *,
    calls_requested: int,
    window_s: float,
    reports: list[dict[str, Any]],
    forward: Buckets,
    server_cpu_pct: float,
    load_cpu_pct: list[float],
) -> dict[str, Any]:
    """The figures from the load processes' reports and the server's counters."""
    sent: dict[int, int] = {}
    received: dict[int, int] = {}
    endpoints: dict[int, dict[str, Any]] = {}
    generated = 0
    for report in reports:
        for key, n in report["sent"].items():
            sent[int(key)] = sent.get(int(key), 0) + int(n)
        for key, n in report["received"].items():
            received[int(key)] = received.get(int(key), 0) + int(n)
        for key, info in report["endpoints"].items():
            endpoints[int(key)] = info
        generated += int(report["generated"])
    lost = {"caller_to_agent": 0, "agent_to_caller": 0}
    sent_by_direction = {"caller_to_agent": 0, "agent_to_caller": 0}
    for stream, n in sent.items():
        direction = "agent_to_caller" if stream > AGENT_STREAM_BASE else "caller_to_agent"
        sent_by_direction[direction] += n
        lost[direction] += max(0, n - received.get(stream, 0))
    total_sent = sum(sent.values())
    total_lost = sum(lost.values())

    connected = 0
    for stream, info in endpoints.items():
        if stream > AGENT_STREAM_BASE or not info["ok"]:
            continue
        agent = endpoints.get(info["peer"] or -1)
        if agent is not None and agent["ok"] and agent["peer"] == stream:
            connected += 1

    bins = merge_bins(r["latency_bins"] for r in reports)
    forwarded = forward[-1][1] if forward else 0.0

    def added(q: float) -> float | None:
        value = histogram_quantile(forward, q)
        return None if value is None else round(value * 1000, 3)

    def e2e(p: float) -> float | None:
        return round(binned_percentile(bins, p), 3) if bins else None

    calls = connected
    return {
        "benchmark": NAME,
        "calls_requested": calls_requested,
        "calls": calls,
        "window_s": round(window_s, 2),
        "lost_frames_pct": round(100 * total_lost / total_sent, 4) if total_sent else 100.0,
        "lost_frames": lost,
        "sent_frames": sent_by_direction,
        "load_dropped_frames": max(0, generated - total_sent),
        "load_skipped_frames": sum(int(r["skipped"]) for r in reports),
        "packets_per_s": round(forwarded / window_s, 1),
        "sent_packets_per_s": round(total_sent / window_s, 1),  # by the endpoints
        "server_cpu_pct": round(server_cpu_pct, 1),
        "server_cpu_pct_per_call": round(server_cpu_pct / calls, 3) if calls else None,
        # per packet forwarded (received on one leg, sent on the other)
        "server_cpu_us_per_packet": round(server_cpu_pct / 100 * 1e6 * window_s / forwarded, 1)
        if forwarded
        else None,
        "added_latency_ms_p50": added(0.50),
        "added_latency_ms_p99": added(0.99),
        # a quantile in the +Inf bucket reads as the top bound: say how many were past it
        "added_latency_over_top_bucket_pct": round(
            100 * (forwarded - forward[-2][1]) / forwarded, 3
        )
        if len(forward) >= 2 and forwarded
        else 0.0,
        "e2e_latency_ms_p50": e2e(50),
        "e2e_latency_ms_p95": e2e(95),
        "e2e_latency_ms_p99": e2e(99),
        "e2e_latency_ms_max": e2e(100),
        "load_cpu_pct": round(sum(load_cpu_pct), 1),
        "load_cpu_pct_by_process": [round(x, 1) for x in load_cpu_pct],
        "load_tick_late_ms_p99": max((float(r["tick_late_ms_p99"]) for r in reports), default=0),
    }


def format_table(figures: dict[str, Any]) -> str:
    def ms(key: str) -> str:
        value = figures.get(key)
        return "n/a" if value is None else f"{value:.2f} ms"

    lost = figures["lost_frames"]
    per_call = figures["server_cpu_pct_per_call"]
    rows = [
        ("calls", f"{figures['calls']} connected of {figures['calls_requested']}"),
        ("window", f"{figures['window_s']} s"),
        (
            "lost frames",
            f"{figures['lost_frames_pct']:.3f} % (caller->agent {lost['caller_to_agent']}, "
            f"agent->caller {lost['agent_to_caller']})",
        ),
        ("packets/s (server)", f"{figures['packets_per_s']:,.0f}"),
        ("server CPU", f"{figures['server_cpu_pct']:.1f} % of a core"),
        ("server CPU per call", "n/a" if per_call is None else f"{per_call:.3f} %"),
        ("server CPU per packet", f"{figures['server_cpu_us_per_packet']} µs"),
        ("added latency p50", ms("added_latency_ms_p50")),
        ("added latency p99", ms("added_latency_ms_p99")),
        ("e2e latency p50", ms("e2e_latency_ms_p50")),
        ("e2e latency p95", ms("e2e_latency_ms_p95")),
        ("e2e latency p99", ms("e2e_latency_ms_p99")),
        (
            "load CPU",
            f"{figures['load_cpu_pct']:.1f} % "
            f"({', '.join(f'{x:.0f} %' for x in figures['load_cpu_pct_by_process'])})",
        ),
        ("server-side > top bucket", f"{figures['added_latency_over_top_bucket_pct']} %"),
        ("load tick late p99", f"{figures['load_tick_late_ms_p99']:.2f} ms"),
        (
            "load-side losses",
            f"{figures['load_skipped_frames']} never sent (generator >200 ms behind), "
            f"{figures['load_dropped_frames']} not sent (connection not up)",
        ),
        (
            "machine meanwhile",
            f"other programs {figures['other_cpu_pct']:.0f} %, "
            f"stolen by the hypervisor {figures['steal_pct']:.0f} % (of one core); "
            f"{figures['udp_receive_buffer_drops']} UDP datagrams dropped by the kernel",
        ),
        ("set-up", f"{figures['setup_s']} s (ramp {figures['ramp_s']:g} s)"),
    ]
    width = max(len(name) for name, _ in rows)
    table = "\n".join(f"{name:<{width}}  {value}" for name, value in rows)
    return f"{table}\n\n{figures['notes']}"
