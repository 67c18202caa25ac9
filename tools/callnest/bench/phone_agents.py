"""The agents of ``callnest-bench phone``, in a process of their own.

Run as ``python -m callnest.bench.phone_agents`` by the benchmark, which talks
to it in JSON lines, as ``callnest-bench media`` talks to its load process:
the first line on stdin is the configuration (server URL, agent accounts,
``phases``); then the commands ``report`` and ``close``. On stdout it says
``agents_ready``, ``status`` twice a second, ``error``, ``report`` and
``fatal``.

Each agent is the media bench's (:class:`callnest.bench.media_load.Agent`): a
desktop WebSocket session with its persistent audio link (a real aiortc peer
connection, read and written below aiortc by the server's own
:mod:`callnest.server.media.passthrough`), available, answering every offer
at once. Unlike the media bench's endpoints, these send real Opus -- a voice
pre-encoded once, looped -- because on a phone call the server's relay
(rtpengine) decodes what the agent says into G.711 for the trunk, and
decoding the media bench's synthetic frames would measure nothing real.

What each agent heard of each call it took is kept per contact: the Opus
packets, and the span of their RTP timestamps. The server keeps a source's
timestamp spacing when it forwards (``Outbound``), and rtpengine's encoder
advances one frame per 20 ms, so a frame missing anywhere on the way -- the
trunk's RTP into rtpengine, rtpengine's Opus into the caller leg, the leg to
the agent's link -- is a timestamp missing from that span.
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import numpy as np

from callnest.bench.media_load import (
    SETUP_CONCURRENCY,
    Agent,
    Endpoint,
    Ticker,
    Window,
    run_load_process,
)
from callnest.server.media.passthrough import FRAME_SAMPLES, OPUS_RATE, Received

log = logging.getLogger("callnest.bench.phone_agents")

STATUS_EVERY_S = 0.5
HEARING_NS = 300_000_000  # an agent hears its caller if a packet came this recently
TS_MODULO = 1 << 32
VOICE_S = 2.0  # the agents' voice, looped


def opus_voice(seconds: float = VOICE_S) -> list[bytes]:
    """20 ms Opus packets (32 kbit/s, mono) of a voice-like sound, encoded once."""
    import av

    codec = av.CodecContext.create("libopus", "w")
    assert isinstance(codec, av.AudioCodecContext)
    codec.sample_rate = OPUS_RATE
    codec.layout = "mono"
    codec.format = "s16"
    codec.bit_rate = 32_000
    codec.time_base = fractions.Fraction(1, OPUS_RATE)
    t = np.arange(round(seconds * OPUS_RATE)) / OPUS_RATE
    pitch = 180 + 40 * np.sin(2 * np.pi * 0.5 * t)
    phase = 2 * np.pi * np.cumsum(pitch) / OPUS_RATE
    tone = np.sin(phase) + 0.4 * np.sin(3 * phase) + 0.2 * np.sin(7 * phase)
    envelope = np.clip(np.sin(2 * np.pi * 3.5 * t), 0, None)
    samples = (7000 * tone * envelope).astype(np.int16)
    packets: list[bytes] = []
    for start in range(0, len(samples) - FRAME_SAMPLES + 1, FRAME_SAMPLES):
        frame = av.AudioFrame.from_ndarray(
            samples[None, start : start + FRAME_SAMPLES], format="s16", layout="mono"
        )
        frame.sample_rate = OPUS_RATE
        frame.pts = start
        frame.time_base = codec.time_base
        packets.extend(bytes(p) for p in codec.encode(frame))
    return packets


@dataclass
class HeardCall:
    """What one agent heard of one contact."""

    contact_id: str
    caller: str | None
    queue: str | None
    offered_ns: int
    answered_ns: int = 0
    ended_ns: int = 0
    packets: int = 0
    first_ns: int = 0  # arrival of its first and latest packets
    last_ns: int = 0
    max_gap_ns: int = 0  # the longest silence between two of its packets
    _last_ts: int | None = None
    _ext_ts: int = 0  # the latest timestamp, unwrapped
    _low: int = 0
    _high: int = 0

    def heard(self, packet: Received, now_ns: int) -> None:
        ts = packet.timestamp
        if self._last_ts is None:
            self._ext_ts = self._low = self._high = ts
            self.first_ns = now_ns
        else:
            step = (ts - self._last_ts) % TS_MODULO
            if step >= TS_MODULO // 2:
                step -= TS_MODULO  # a packet that arrives late: an earlier timestamp
            self._ext_ts += step
            self._low = min(self._low, self._ext_ts)
            self._high = max(self._high, self._ext_ts)
            self.max_gap_ns = max(self.max_gap_ns, now_ns - self.last_ns)
        self._last_ts = ts
        self.last_ns = now_ns
        self.packets += 1

    @property
    def expected(self) -> int:
        """The 20 ms frames between the first and the latest timestamp heard."""
        if self._last_ts is None:
            return 0
        return (self._high - self._low) // FRAME_SAMPLES + 1

    def summary(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id,
            "caller": self.caller,
            "queue": self.queue,
            "offered_ns": self.offered_ns,
            "answered_ns": self.answered_ns,
            "ended_ns": self.ended_ns,
            "frames": self.packets,
            "expected": self.expected,
            "first_ns": self.first_ns,
            "last_ns": self.last_ns,
            "max_gap_ms": round(self.max_gap_ns / 1e6, 1),
        }


class VoiceEndpoint(Endpoint):
    """An agent's audio link that says a looped voice and keeps what it hears
    per contact, for the contact the agent holds now."""

    def __init__(self, voice: list[bytes], window: Window) -> None:
        super().__init__(0, window, {})
        self.voice = voice
        self.call: HeardCall | None = None
        self.stray = 0  # packets heard while holding no contact

    def play(self, now_s: float) -> None:
        seq = self._seq
        self.out.push(
            self, self._timestamp, self.voice[seq % len(self.voice)], now_s, relayed=False
        )
        self._seq = seq + 1
        self._timestamp += FRAME_SAMPLES

    def _received(self, packet: Received, now: float) -> None:
        now_ns = int(now * 1e9)
        self.last_heard_ns = now_ns
        call = self.call
        if call is None:
            self.stray += 1
            return
        call.heard(packet, now_ns)


class PhoneAgent(Agent):
    """The media bench's agent, also noting which contact it holds."""

    endpoint: VoiceEndpoint

    def __init__(self, index: int, username: str, password: str, endpoint: VoiceEndpoint) -> None:
        super().__init__(index, username, password, endpoint)
        self.calls: list[HeardCall] = []

    def _offered(self, message: dict[str, Any]) -> None:
        contact = message.get("contact") or {}
        call = HeardCall(
            contact_id=str(contact.get("contact_id")),
            caller=contact.get("caller_address"),
            queue=contact.get("queue_name"),
            offered_ns=time.perf_counter_ns(),
        )
        self.calls.append(call)
        self.endpoint.call = call
        self._tasks.append(asyncio.create_task(self._take_call(str(message["offer_id"]), call)))

    async def _take_call(self, offer_id: str, call: HeardCall) -> None:
        await self._take(offer_id)
        call.answered_ns = time.perf_counter_ns()

    def _updated(self, contact: dict[str, Any]) -> None:
        call = self.endpoint.call
        if call is None or contact.get("contact_id") != call.contact_id:
            return
        if contact.get("phase") in ("wrap_up", "ended") and not call.ended_ns:
            call.ended_ns = time.perf_counter_ns()
            self.endpoint.call = None


class Agents:
    def __init__(self, config: dict[str, Any], emit: Callable[[dict[str, Any]], None]) -> None:
        self.config = config
        self.emit = emit
        self.url = str(config["url"]).rstrip("/")
        self.window = Window()
        self.ticker = Ticker(int(config.get("phases", 10)), self.window)
        self.agents: list[PhoneAgent] = []
        self.errors_sent = 0
        self._http: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        voice = opus_voice()
        self._http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
        limit = asyncio.Semaphore(SETUP_CONCURRENCY)

        async def one(i: int, username: str, password: str) -> None:
            agent = PhoneAgent(i, username, password, VoiceEndpoint(voice, self.window))
            self.agents.append(agent)
            async with limit:
                assert self._http is not None
                await agent.start(self._http, self.url)
            self.ticker.add(agent.endpoint)

        accounts = [tuple(a) for a in self.config.get("agents", [])]
        await asyncio.gather(*(one(i, u, pw) for i, (u, pw) in enumerate(accounts)))
        self.emit({"event": "agents_ready", "count": len(self.agents)})

    def status(self) -> dict[str, Any]:
        now_ns = time.perf_counter_ns()
        errors = [e for a in self.agents for e in a.errors]
        for message in errors[self.errors_sent :]:
            self.emit({"event": "error", "message": message})
        self.errors_sent = len(errors)
        calls = [c for a in self.agents for c in a.calls]
        ended = [c.ended_ns for c in calls if c.ended_ns]
        return {
            "event": "status",
            "now_ns": now_ns,
            "offered": len(calls),
            "answered": sum(1 for c in calls if c.answered_ns),
            "hearing": sum(
                1
                for a in self.agents
                if a.endpoint.call is not None and now_ns - a.endpoint.call.last_ns < HEARING_NS
            ),
            "ended": len(ended),
            "first_ended_ns": min(ended, default=0),
        }

    def report(self) -> dict[str, Any]:
        return {
            "event": "report",
            "calls": [c.summary() for a in self.agents for c in a.calls],
            "stray_packets": sum(a.endpoint.stray for a in self.agents),
            "tick_late_ms_p99": self.ticker.late_ms_p99(),
        }

    async def close(self) -> None:
        self.ticker.stop()
        await asyncio.gather(*(a.close() for a in self.agents), return_exceptions=True)
        if self._http is not None:
            await self._http.close()

    async def run(self, commands: asyncio.StreamReader) -> None:
        # The window spans the whole run: the ticker counts its lateness throughout.
        self.window.t0, self.window.t1 = 0, 1 << 62
        status_task = asyncio.create_task(self._status_loop())
        try:
            await self.start()
            while line := await commands.readline():
                cmd = json.loads(line).get("cmd")
                if cmd == "report":
                    self.emit(self.report())
                elif cmd == "close":
                    break
        finally:
            status_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await status_task
            await self.close()

    async def _status_loop(self) -> None:
        while True:
            self.emit(self.status())
            await asyncio.sleep(STATUS_EVERY_S)


def main() -> int:
    return run_load_process(Agents, "agents process")


if __name__ == "__main__":
    raise SystemExit(main())
