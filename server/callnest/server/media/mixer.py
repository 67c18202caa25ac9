"""Decode, sum and re-encode Opus for the few calls where someone must hear
more than one other party (a supervisor listening, whispering or barging in).

Plain calls never come here: they forward packets untouched. A ``Mixer``
belongs to one call; each source (caller, agent, supervisor) is decoded once,
and each route sums some sources into one target's ``Outbound``. A 20 ms
clock drives it, not packet arrival: a source that sends nothing (muted, on
hold, lost packets) counts as silence and never stalls the others.
"""

from __future__ import annotations

import asyncio
import fractions
import logging
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import av
import numpy as np

from callnest.server.media.passthrough import FRAME_SAMPLES, OPUS_RATE, Outbound

log = logging.getLogger("callnest.media")

FRAME_S = FRAME_SAMPLES / OPUS_RATE
BITRATE = 40_000  # mono speech: transparent for voice, well under what a leg forwards
# Each source keeps a small buffer to ride out arrival jitter: playing starts
# once PRIME frames are waiting and older frames beyond DEPTH are dropped, so
# the mix adds at most DEPTH x 20 ms of delay.
PRIME, DEPTH = 2, 5
MAX_LATE_S = 0.1  # a clock this far behind (stalled loop) resumes from now, like a phone
_SILENCE = np.zeros(FRAME_SAMPLES, dtype=np.int16)
_TIME_BASE = fractions.Fraction(1, OPUS_RATE)

Target = Callable[[], Outbound | None]
"""Where a route's mix goes now (looked up each frame: links get replaced)."""


@dataclass(frozen=True, slots=True)
class Route:
    sources: tuple[str, ...]
    target: Target


class _Source:
    """One party's audio: its own decoder and a short jitter buffer."""

    def __init__(self) -> None:
        self.decoder = av.CodecContext.create("opus", "r")
        self.decoder.sample_rate = OPUS_RATE
        self.frames: deque[np.ndarray] = deque()
        self.playing = False

    def feed(self, payload: bytes) -> None:
        try:
            decoded = self.decoder.decode(av.Packet(payload))
        except av.error.FFmpegError:  # a corrupt packet is a lost packet
            return
        for frame in decoded:
            assert isinstance(frame, av.AudioFrame)
            # The decoder gives planar float, one plane per channel.
            mono = frame.to_ndarray().reshape(len(frame.layout.channels), -1).mean(axis=0)
            self.frames.append(np.clip(mono * 32768.0, -32768, 32767).astype(np.int16))
        while len(self.frames) > DEPTH:
            self.frames.popleft()

    def next(self) -> np.ndarray:
        if not self.playing and len(self.frames) >= PRIME:
            self.playing = True
        if not self.playing or not self.frames:
            self.playing = False  # ran dry: wait to refill before playing again
            return _SILENCE
        frame = self.frames.popleft()
        if len(frame) != FRAME_SAMPLES:  # Opus frames other than 20 ms: pad or cut
            frame = np.resize(np.concatenate([frame, _SILENCE]), FRAME_SAMPLES)
        return frame


class _Output:
    """One target's encoder and its running timestamp."""

    def __init__(self) -> None:
        encoder = av.CodecContext.create("libopus", "w")
        encoder.sample_rate = OPUS_RATE
        # Mono: every Opus decoder plays a mono stream, whatever the SDP's
        # "opus/48000/2" says, and the mix of mono phones has nothing stereo in it.
        encoder.layout = "mono"
        encoder.format = "s16"
        encoder.bit_rate = BITRATE
        encoder.time_base = _TIME_BASE
        self.encoder = encoder
        self.pts = 0
        self.sent = 0  # samples pushed, the outgoing timestamp

    def encode(self, samples: np.ndarray) -> list[bytes]:
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = OPUS_RATE
        frame.pts = self.pts
        frame.time_base = _TIME_BASE
        self.pts += FRAME_SAMPLES
        return [bytes(packet) for packet in self.encoder.encode(frame)]


def mix(frames: list[np.ndarray]) -> np.ndarray:
    """The sum of 20 ms int16 frames, clipped to int16."""
    if not frames:
        return _SILENCE
    total = np.stack(frames).astype(np.int32).sum(axis=0)
    clipped: np.ndarray = np.clip(total, -32768, 32767).astype(np.int16)
    return clipped


class Mixer:
    """Mixes named sources into targets along ``routes`` every 20 ms."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._sources: dict[str, _Source] = {}
        self._routes: dict[str, Route] = {}
        self._outputs: dict[str, _Output] = {}
        self._task: asyncio.Task[None] | None = None
        self.frames_mixed = 0

    def set_routes(self, routes: Mapping[str, Route]) -> None:
        """Switch what each target hears; decoders and timestamps carry on."""
        self._routes = dict(routes)
        for name in list(self._outputs):
            if name not in self._routes:
                del self._outputs[name]
        for name in self._routes:
            self._outputs.setdefault(name, _Output())
        wanted = {s for r in self._routes.values() for s in r.sources}
        for name in wanted:
            self._sources.setdefault(name, _Source())
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())

    def feed(self, source: str, payload: bytes) -> None:
        """A packet from ``source`` (ignored if no route hears it)."""
        decoding = self._sources.get(source)
        if decoding is not None:
            decoding.feed(payload)

    def tick(self, now: float) -> None:
        """Mix and send one 20 ms frame to every target."""
        frames = {name: source.next() for name, source in self._sources.items()}
        for name, route in self._routes.items():
            output = self._outputs[name]
            packets = output.encode(mix([frames[s] for s in route.sources if s in frames]))
            out = route.target()
            for payload in packets:
                if out is not None:
                    # The output is the source: a target dropped and added back
                    # restarts its timestamps, and the receiver must see a new source.
                    out.push(output, output.sent, payload, now, relayed=False)
                output.sent += FRAME_SAMPLES
        self.frames_mixed += 1

    async def _run(self) -> None:
        start = time.perf_counter()
        ticks = 0
        while True:
            now = time.perf_counter()
            due = start + ticks * FRAME_S
            if now - due > MAX_LATE_S:
                start, ticks, due = now, 0, now
            if due > now:
                await asyncio.sleep(due - now)
            try:
                self.tick(time.perf_counter())
            except Exception:  # one bad frame must not end the monitoring
                log.exception("%s: mixing failed", self.name)
            ticks += 1

    def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
