"""The endpoints of ``callnest-bench media``, in a process of their own.

Run as ``python -m callnest.bench.media_load`` by the benchmark, which talks to
it in JSON lines: the first line on stdin is the configuration (role, server
URL, queue, agent accounts, calls, ramp); then commands ``call`` (place the
calls), ``window`` (the measured window, in ``perf_counter_ns`` -- the system's
monotonic clock, shared by every process on the machine) and ``close``. On
stdout it reports ``agents_ready``, ``status`` twice a second, ``error``,
``report`` after the window and its drain, and ``fatal``.

Every endpoint is a real aiortc peer connection that offers to the server, but
neither encodes nor decodes: it sends the bench's packets and reads what
arrives through the server's own RTP path below aiortc
(:mod:`callnest.server.media.passthrough`: no jitter buffer, no decoder).
One timer sends for all of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import sys
import time
from collections.abc import Callable
from typing import Any, Protocol

import aiohttp
from aiortc import (
    RTCConfiguration,
    RTCPeerConnection,
    RTCRtpSender,
    RTCSessionDescription,
)

from callnest import protocol as p
from callnest.bench.media import (
    AGENT_STREAM_BASE,
    FRAME_NS,
    HEADER,
    LATENCY_BIN_NS,
    MAGIC,
    PACKET,
    TOC,
)
from callnest.server.media.passthrough import FRAME_SAMPLES, Outbound, Received, attach

log = logging.getLogger("callnest.bench.media_load")

CLIENT_NAME = "callnest-bench/media"
REPLY_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_S = 30.0
HEARING_NS = 300_000_000  # an endpoint "hears" its peer if a packet came this recently
GAP_NS = 1_000_000_000  # a longer silence in the window means the call was not up throughout
STATUS_EVERY_S = 0.5
SETUP_CONCURRENCY = 8
MAX_DRAIN_S = 10.0


class Window:
    """The measured window, [t0, t1) in perf_counter_ns; empty until set."""

    def __init__(self) -> None:
        self.t0 = math.inf
        self.t1 = math.inf

    def contains(self, ns: int) -> bool:
        return self.t0 <= ns < self.t1


def _opus_codecs() -> list[Any]:
    return [
        c
        for c in RTCRtpSender.getCapabilities("audio").codecs
        if c.mimeType.lower() == "audio/opus"
    ]


class Endpoint:
    """One side of a call: sends a bench packet per tick, counts what it hears."""

    def __init__(self, stream: int, window: Window, bins: dict[int, int]) -> None:
        self.stream = stream
        self.window = window
        self.bins = bins  # end-to-end latency, shared by the process's endpoints
        self.pc = RTCPeerConnection(RTCConfiguration([]))
        self.out = Outbound()
        transceiver = self.pc.addTransceiver("audio", direction="sendrecv")
        transceiver.setCodecPreferences(_opus_codecs())
        attach(transceiver, self._received, self.out)
        self.connected = asyncio.Event()
        self.pc.on("connectionstatechange", self._state)
        self._seq = 0
        self._timestamp = 0
        self.generated = 0  # packets made in the window
        self.sent = 0  # of those, packets that went out on the wire
        # what was heard: the latest bench packet, and the window's packets by source
        self.last_heard_ns = 0
        self.last_lag_ns = 0  # end-to-end latency of the latest packet heard
        self.peer: int | None = None
        self.heard: dict[int, int] = {}
        self.first_ns = 0
        self.last_ns = 0
        self.max_gap_ns = 0

    def _state(self) -> None:
        if self.pc.connectionState == "connected":
            self.connected.set()

    async def offer(self) -> str:
        await self.pc.setLocalDescription(await self.pc.createOffer())
        sdp: str = self.pc.localDescription.sdp
        return sdp

    async def accept(self, answer_sdp: str) -> None:
        await self.pc.setRemoteDescription(RTCSessionDescription(answer_sdp, "answer"))
        await asyncio.wait_for(self.connected.wait(), CONNECT_TIMEOUT_S)

    def play(self, now_s: float) -> None:
        send_ns = time.perf_counter_ns()
        sent = self.out.push(
            self,
            self._timestamp,
            PACKET.pack(TOC, MAGIC, self.stream, self._seq, send_ns),
            now_s,
            relayed=False,
        )
        window = self.window
        if window.t0 <= send_ns < window.t1:
            self.generated += 1
            self.sent += sent
        self._seq = (self._seq + 1) & 0xFFFFFFFF
        self._timestamp += FRAME_SAMPLES

    def _received(self, packet: Received, now: float) -> None:
        payload = packet.payload
        if len(payload) < 20 or payload[0] != TOC:
            return
        _, magic, source, _, send_ns = HEADER.unpack_from(payload)
        if magic != MAGIC:
            return
        now_ns = int(now * 1e9)
        self.last_heard_ns = now_ns
        self.last_lag_ns = now_ns - send_ns
        self.peer = source
        window = self.window
        if not window.t0 <= send_ns < window.t1:
            return
        heard = self.heard
        heard[source] = heard.get(source, 0) + 1
        key = (now_ns - send_ns) // LATENCY_BIN_NS
        bins = self.bins
        bins[key] = bins.get(key, 0) + 1
        if not self.first_ns:
            self.first_ns = self.last_ns = send_ns
        elif send_ns > self.last_ns:
            gap = send_ns - self.last_ns
            if gap > self.max_gap_ns:
                self.max_gap_ns = gap
            self.last_ns = send_ns

    def hearing(self, now_ns: int) -> bool:
        return now_ns - self.last_heard_ns < HEARING_NS

    def summary(self) -> dict[str, Any]:
        """Was this side's call up throughout the window (one source, no long gap)?"""
        window = self.window
        ok = (
            len(self.heard) == 1
            and self.first_ns - window.t0 <= GAP_NS
            and window.t1 - self.last_ns <= GAP_NS
            and self.max_gap_ns <= GAP_NS
        )
        peer = next(iter(self.heard)) if len(self.heard) == 1 else None
        return {"peer": peer, "ok": ok, "max_gap_ms": round(self.max_gap_ns / 1e6, 1)}

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self.pc.close()


class Ticker:
    """One timer for every endpoint: each 20 ms the endpoints send in ``phases``
    staggered slices (as unsynchronised phones would), on absolute times so it
    never drifts. After a stall it catches up -- phones do not stop sending
    because the load generator was descheduled -- unless it is more than
    ``MAX_BEHIND_NS`` behind: those packets are skipped (and counted)."""

    MAX_BEHIND_NS = 10 * FRAME_NS  # 200 ms: a phone would have dropped older audio too

    def __init__(self, phases: int, window: Window) -> None:
        self.slices: list[list[Endpoint]] = [[] for _ in range(max(1, phases))]
        self.period_ns = FRAME_NS // len(self.slices)
        self.window = window
        self.late_bins: dict[int, int] = {}  # lateness of the window's slices, 0.1 ms bins
        self.skipped = 0  # packets not sent in the window: the generator was too far behind
        self._handle: asyncio.TimerHandle | asyncio.Handle | None = None
        self._next_ns = 0
        self._slice = 0
        self._added = 0

    def add(self, endpoint: Endpoint) -> None:
        self.slices[self._added % len(self.slices)].append(endpoint)
        self._added += 1
        if self._handle is None:
            self._next_ns = time.perf_counter_ns()
            self._handle = asyncio.get_running_loop().call_soon(self._tick)

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _tick(self) -> None:
        now_ns = time.perf_counter_ns()
        window = self.window
        slices = self.slices
        while now_ns - self._next_ns > self.MAX_BEHIND_NS:
            if window.t0 <= self._next_ns < window.t1:
                self.skipped += len(slices[self._slice])
            self._slice = (self._slice + 1) % len(slices)
            self._next_ns += self.period_ns
        now_s = now_ns / 1e9
        while self._next_ns <= now_ns:
            if window.t0 <= self._next_ns < window.t1:
                key = (now_ns - self._next_ns) // 100_000
                self.late_bins[key] = self.late_bins.get(key, 0) + 1
            for endpoint in slices[self._slice]:
                endpoint.play(now_s)
            self._slice = (self._slice + 1) % len(slices)
            self._next_ns += self.period_ns
        loop = asyncio.get_running_loop()
        delay = (self._next_ns - time.perf_counter_ns()) / 1e9
        self._handle = loop.call_at(loop.time() + delay, self._tick)

    def late_ms_p99(self) -> float:
        total = sum(self.late_bins.values())
        if not total:
            return 0.0
        rank, seen = math.ceil(0.99 * total), 0
        for key in sorted(self.late_bins):
            seen += self.late_bins[key]
            if seen >= rank:
                return (key + 1) / 10
        return (max(self.late_bins) + 1) / 10


class EndpointError(Exception):
    pass


class Agent:
    """A desktop session that keeps an audio link and answers every offer."""

    def __init__(self, index: int, username: str, password: str, endpoint: Endpoint) -> None:
        self.index = index
        self.username = username
        self.password = password
        self.endpoint = endpoint
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.errors: list[str] = []
        self._ids = 0
        self._pending: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._answer: asyncio.Future[str] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._closing = False

    async def start(self, http: aiohttp.ClientSession, url: str) -> None:
        async with http.post(
            url + "/api/login", json={"username": self.username, "password": self.password}
        ) as response:
            body = await response.json(content_type=None)
            if response.status != 200:
                raise EndpointError(f"{self.username}: login failed ({response.status}): {body}")
        token = str(body["token"])
        self.ws = ws = await http.ws_connect(
            url + "/api/ws", autoping=True, heartbeat=None, max_msg_size=p.MAX_SERVER_FRAME_BYTES
        )
        await ws.send_str(p.encode(p.Hello(token=token, client=CLIENT_NAME)))
        first = await ws.receive(timeout=REPLY_TIMEOUT_S)
        welcome = json.loads(first.data) if first.type is aiohttp.WSMsgType.TEXT else {}
        if welcome.get("type") != "welcome":
            raise EndpointError(f"{self.username}: no welcome: {str(first.data)[:200]}")
        heartbeat_s = float(welcome.get("heartbeat_s", 5.0))
        self._tasks.append(asyncio.create_task(self._read()))
        self._tasks.append(asyncio.create_task(self._heartbeat(heartbeat_s)))

        loop = asyncio.get_running_loop()
        self._answer = loop.create_future()
        await self._request(p.RtcOffer(sdp=await self.endpoint.offer()))
        answer = await asyncio.wait_for(self._answer, REPLY_TIMEOUT_S)
        await self.endpoint.accept(answer)
        await self._request(p.AgentSetState(state=p.AgentState.AVAILABLE))

    async def _request(self, message: p.Message) -> dict[str, Any]:
        self._ids += 1
        request_id = f"b{self._ids}"
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        try:
            await self._send(message.model_copy(update={"id": request_id}))
            reply = await asyncio.wait_for(future, REPLY_TIMEOUT_S)
        finally:
            self._pending.pop(request_id, None)
        if reply.get("type") != "ok":
            raise EndpointError(
                f"{self.username}: {message.type} refused: {reply.get('code')}: "
                f"{reply.get('message')}"
            )
        return reply

    async def _send(self, message: p.Message) -> None:
        if self.ws is None or self.ws.closed:
            raise EndpointError(f"{self.username}: the WebSocket is closed")
        await self.ws.send_str(p.encode(message))

    async def _read(self) -> None:
        assert self.ws is not None
        async for frame in self.ws:
            if frame.type is not aiohttp.WSMsgType.TEXT:
                continue
            message = json.loads(frame.data)
            kind = message.get("type")
            if kind in ("ok", "error") and message.get("ref") in self._pending:
                future = self._pending[message["ref"]]
                if not future.done():
                    future.set_result(message)
            elif kind == "rtc.answer" and self._answer is not None and not self._answer.done():
                self._answer.set_result(str(message["sdp"]))
            elif kind == "offer":
                self._offered(message)
            elif kind == "contact.update":
                self._updated(message.get("contact") or {})
            elif kind == "error":
                self.errors.append(f"{self.username}: {message.get('code')}: {message}")
            elif kind == "session.ended" and not self._closing:
                self.errors.append(f"{self.username}: the server ended the session")
        if not self._closing:
            self.errors.append(f"{self.username}: the WebSocket closed")

    def _offered(self, message: dict[str, Any]) -> None:
        """An offer: answered at once."""
        self._tasks.append(asyncio.create_task(self._take(str(message["offer_id"]))))

    def _updated(self, contact: dict[str, Any]) -> None:
        """A contact changed; the media bench does not follow its contacts."""

    async def _take(self, offer_id: str) -> None:
        try:
            await self._request(p.OfferAnswer(offer_id=offer_id))
        except (EndpointError, TimeoutError) as exc:
            self.errors.append(f"{self.username}: answering failed: {exc}")

    async def _heartbeat(self, every_s: float) -> None:
        with contextlib.suppress(EndpointError, ConnectionError):
            while True:
                await asyncio.sleep(every_s)
                await self._send(p.Ping())

    async def close(self) -> None:
        self._closing = True
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.endpoint.close()


async def place_call(url: str, queue: str, source: str, endpoint: Endpoint) -> str:
    """Calls the queue from ``source`` (its own loopback address: the server
    limits concurrent calls per address, as it should for real callers)."""
    sdp = await endpoint.offer()
    connector = aiohttp.TCPConnector(local_addr=(source, 0))
    async with (
        aiohttp.ClientSession(connector=connector) as http,
        http.post(f"{url}/api/public/queues/{queue}/calls", json={"sdp": sdp}) as response,
    ):
        body = await response.json(content_type=None)
        if response.status != 201:
            raise EndpointError(f"calling from {source} failed ({response.status}): {body}")
    await endpoint.accept(str(body["sdp"]))
    return str(body["contact_id"])


def caller_address(index: int) -> str:
    """A distinct loopback address per caller (127.0.0.1 is the server's)."""
    n = index + 2
    return f"127.0.{n // 250}.{n % 250 + 1}" if n >= 250 else f"127.0.0.{n}"


class Load:
    def __init__(self, config: dict[str, Any], emit: Callable[[dict[str, Any]], None]) -> None:
        self.config = config
        self.emit = emit
        self.url = str(config["url"]).rstrip("/")
        self.window = Window()
        self.bins: dict[int, int] = {}
        self.ticker = Ticker(int(config.get("phases", 10)), self.window)
        self.agents: list[Agent] = []
        self.callers: list[Endpoint] = []
        self.placed = 0
        self.errors_sent = 0
        self.errors: list[str] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._http: aiohttp.ClientSession | None = None

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def start_agents(self) -> None:
        accounts = [tuple(a) for a in self.config.get("agents", [])]
        if not accounts:
            return
        self._http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
        limit = asyncio.Semaphore(SETUP_CONCURRENCY)

        async def one(i: int, username: str, password: str) -> None:
            endpoint = Endpoint(AGENT_STREAM_BASE + 1 + i, self.window, self.bins)
            agent = Agent(i, username, password, endpoint)
            self.agents.append(agent)
            async with limit:
                assert self._http is not None
                await agent.start(self._http, self.url)
            self.ticker.add(endpoint)

        await asyncio.gather(*(one(i, u, pw) for i, (u, pw) in enumerate(accounts)))
        self.emit({"event": "agents_ready", "count": len(self.agents)})

    async def place_calls(self) -> None:
        calls = int(self.config.get("calls", 0))
        ramp_s = float(self.config.get("ramp_s", 0.0))
        queue = str(self.config["queue"])
        started = time.monotonic()

        async def one(i: int) -> None:
            await asyncio.sleep(max(0.0, started + i * ramp_s / calls - time.monotonic()))
            endpoint = Endpoint(1 + i, self.window, self.bins)
            self.callers.append(endpoint)
            try:
                await place_call(self.url, queue, caller_address(i), endpoint)
            except (EndpointError, aiohttp.ClientError, TimeoutError) as exc:
                self.errors.append(f"caller {i + 1}: {exc!r}")
                return
            self.placed += 1
            self.ticker.add(endpoint)

        await asyncio.gather(*(one(i) for i in range(calls)))

    def status(self) -> dict[str, Any]:
        now_ns = time.perf_counter_ns()
        errors = [e for a in self.agents for e in a.errors] + self.errors
        for message in errors[self.errors_sent :]:
            self.emit({"event": "error", "message": message})
        self.errors_sent = len(errors)
        return {
            "event": "status",
            "placed": self.placed,
            "callers_hearing": sum(e.hearing(now_ns) for e in self.callers),
            "agents_hearing": sum(a.endpoint.hearing(now_ns) for a in self.agents),
            "lag_ms": round(
                max(
                    (e.last_lag_ns for e in self.callers + [a.endpoint for a in self.agents]),
                    default=0,
                )
                / 1e6,
                1,
            ),
        }

    async def report_after(self, drain_s: float) -> None:
        """Reports once the window is over and its packets stopped arriving:
        ``drain_s`` after its end, longer (up to ``MAX_DRAIN_S``) while
        packets sent in it still trickle in -- late is not lost."""
        await asyncio.sleep(max(0.0, (self.window.t1 - time.perf_counter_ns()) / 1e9) + drain_s)
        endpoints = self.callers + [a.endpoint for a in self.agents]
        deadline = time.monotonic() + MAX_DRAIN_S
        heard = sum(sum(e.heard.values()) for e in endpoints)
        while time.monotonic() < deadline:
            await asyncio.sleep(0.25)
            before, heard = heard, sum(sum(e.heard.values()) for e in endpoints)
            if heard == before:
                break
        by_source: dict[int, int] = {}
        for endpoint in endpoints:
            for source, n in endpoint.heard.items():
                by_source[source] = by_source.get(source, 0) + n
        self.emit(
            {
                "event": "report",
                "sent": {str(e.stream): e.sent for e in endpoints},
                "generated": sum(e.generated for e in endpoints),
                "received": {str(k): v for k, v in by_source.items()},
                "endpoints": {str(e.stream): e.summary() for e in endpoints},
                "latency_bins": {str(k): v for k, v in self.bins.items()},
                "tick_late_ms_p99": self.ticker.late_ms_p99(),
                "skipped": self.ticker.skipped,
            }
        )

    async def close(self) -> None:
        self.ticker.stop()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await asyncio.gather(*(e.close() for e in self.callers), return_exceptions=True)
        await asyncio.gather(*(a.close() for a in self.agents), return_exceptions=True)
        if self._http is not None:
            await self._http.close()

    async def run(self, commands: asyncio.StreamReader) -> None:
        status_task = self._spawn(self._status_loop())
        try:
            if self.config.get("role") in ("agents", "both"):
                await self.start_agents()
            while line := await commands.readline():
                command = json.loads(line)
                cmd = command.get("cmd")
                if cmd == "call":
                    self._spawn(self._guard(self.place_calls()))
                elif cmd == "window":
                    self.window.t0 = int(command["t0_ns"])
                    self.window.t1 = int(command["t1_ns"])
                    self._spawn(self._guard(self.report_after(float(command["drain_s"]))))
                elif cmd == "close":
                    break
        finally:
            status_task.cancel()
            await self.close()

    async def _guard(self, coro: Any) -> None:
        try:
            await coro
        except Exception as exc:
            log.exception("load task failed")
            self.emit({"event": "fatal", "message": repr(exc)})

    async def _status_loop(self) -> None:
        while True:
            self.emit(self.status())
            await asyncio.sleep(STATUS_EVERY_S)


Emit = Callable[[dict[str, Any]], None]


class LoadRunner(Protocol):
    async def run(self, reader: asyncio.StreamReader) -> None: ...


def _emit(event: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(event, separators=(",", ":")) + "\n")
    sys.stdout.flush()


async def _serve(make: Callable[[dict[str, Any], Emit], LoadRunner], name: str) -> int:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=16 * 1024 * 1024)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    first = await reader.readline()
    if not first:
        return 1
    runner = make(json.loads(first), _emit)
    try:
        await runner.run(reader)
    except Exception as exc:
        log.exception("the %s failed", name)
        _emit({"event": "fatal", "message": repr(exc)})
        return 1
    return 0


def run_load_process(make: Callable[[dict[str, Any], Emit], LoadRunner], name: str) -> int:
    """A load process's main: its settings on stdin's first line, commands
    on the next ones, events out on stdout as JSON lines."""
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    return asyncio.run(_serve(make, name))


def main() -> int:
    return run_load_process(Load, "load process")


if __name__ == "__main__":
    raise SystemExit(main())
