"""WebRTC endpoints for simulated callers and agents: a real aiortc peer
connection that encodes what it says and decodes what it hears, like a phone.

``Mouth`` sends 20 ms frames paced by the wall clock: silence, or speech when
told to ``say`` something. ``Ear`` keeps everything heard, so a test can cut
out what came through after a moment and score it (PESQ) against what was said.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import wave
from collections.abc import Awaitable, Callable
from pathlib import Path

import av
import numpy as np
from aiortc import (
    RTCConfiguration,
    RTCIceServer,
    RTCIceTransportPolicy,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from callnest.protocol.pcm import FRAME, MAX_LAG_S, RATE, Pacer, resample, to_frame, to_mono
from callnest.server.media.oggopus import SILENCE

log = logging.getLogger("callnest.sim.rtc")

FRAME_S = FRAME / RATE  # 20 ms

__all__ = ["RATE", "Ear", "Mouth", "Phone", "QuietLink", "read_wav", "resample", "write_wav"]


def read_wav(path: Path) -> np.ndarray:
    """A WAV file as 48 kHz mono int16 (resampled linearly if it is not 48 kHz)."""
    with wave.open(str(path), "rb") as f:
        if f.getsampwidth() != 2:
            raise ValueError(f"{path}: only 16-bit PCM WAV files can be played")
        rate, channels = f.getframerate(), f.getnchannels()
        data = np.frombuffer(f.readframes(f.getnframes()), dtype=np.int16)
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1).astype(np.int16)
    return resample(data, rate, RATE)


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(samples.astype(np.int16).tobytes())


class Mouth(MediaStreamTrack):
    """What an endpoint sends: silence until told to say something."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self._pending = np.zeros(0, dtype=np.int16)
        self._pacer = Pacer()

    def say(self, samples: np.ndarray) -> None:
        self._pending = np.concatenate([self._pending, samples.astype(np.int16)])

    @property
    def speaking(self) -> bool:
        return len(self._pending) > 0

    async def recv(self) -> av.AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        pts = await self._pacer.next()
        chunk = self._pending[:FRAME]
        self._pending = self._pending[FRAME:]
        frame_data = np.zeros(FRAME, dtype=np.int16)
        frame_data[: len(chunk)] = chunk
        return to_frame(frame_data, pts)


class Ear:
    """Reads a remote audio track and keeps what it heard as 48 kHz mono int16."""

    def __init__(self) -> None:
        self._chunks: list[np.ndarray] = []
        self.samples_heard = 0
        self._task: asyncio.Task[None] | None = None
        self.heard_anything = asyncio.Event()

    def listen(self, track: MediaStreamTrack) -> None:
        self._task = asyncio.ensure_future(self._read(track))

    async def _read(self, track: MediaStreamTrack) -> None:
        with contextlib.suppress(MediaStreamError, asyncio.CancelledError):
            while True:
                frame = await track.recv()
                assert isinstance(frame, av.AudioFrame)
                data = to_mono(frame)
                self._chunks.append(data)
                self.samples_heard += len(data)
                if np.abs(data).max(initial=0) > 300:
                    self.heard_anything.set()

    def mark(self) -> int:
        """A bookmark: ``since(mark)`` is what was heard after this moment."""
        return self.samples_heard

    def since(self, mark: int = 0) -> np.ndarray:
        if not self._chunks:
            return np.zeros(0, dtype=np.int16)
        return np.concatenate(self._chunks)[mark:]

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


class Phone:
    """A peer connection that offers, with one Mouth and one Ear."""

    def __init__(
        self, ice_servers: list[RTCIceServer] | None = None, *, relay_only: bool = False
    ) -> None:
        """``relay_only``: TURN relay candidates alone, as a browser on a network
        that lets nothing out but to the relay ends up with."""
        policy = RTCIceTransportPolicy.RELAY if relay_only else RTCIceTransportPolicy.ALL
        # Never None: that makes aiortc use a public Google STUN server.
        self.pc = RTCPeerConnection(RTCConfiguration(ice_servers or [], policy))
        self.mouth = Mouth()
        self.ear = Ear()
        self.pc.addTrack(self.mouth)
        self.closed = asyncio.Event()
        self.pc.on("track", self.ear.listen)
        self.pc.on("connectionstatechange", self._state)

    def _state(self) -> None:
        if self.pc.connectionState in ("failed", "closed"):
            self.closed.set()

    async def connect(self, signal: Callable[[str], Awaitable[str]]) -> None:
        """Offers (ICE gathered, candidates in the SDP); ``signal`` returns the answer."""
        await self.pc.setLocalDescription(await self.pc.createOffer())
        answer = await signal(self.pc.localDescription.sdp)
        await self.pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))

    async def close(self) -> None:
        await self.ear.stop()
        await self.pc.close()
        self.closed.set()


class QuietLink:
    """A simulated agent's shift-long audio link: a real peer connection to
    the server that neither encodes nor decodes (cheap enough for hundreds of
    agents in one process). It sends what a desktop's microphone track sends
    in a quiet room -- one 20 ms Opus packet of silence every 20 ms -- so the
    server can judge the link, and counts the packets it hears.

    ``loss`` (0..1) loses that share of the packets at random (drawn from
    ``rng``) as a bad home connection would; ``sends=False`` sends nothing at
    all, a dead audio path.
    """

    def __init__(
        self, *, loss: float = 0.0, sends: bool = True, rng: random.Random | None = None
    ) -> None:
        # The forwarding internals are the server's; the sim reuses them to
        # stay cheap, and a pinned aiortc keeps them valid for both.
        from callnest.server.media.passthrough import Outbound, attach

        self.pc = RTCPeerConnection(RTCConfiguration([]))
        transceiver = self.pc.addTransceiver("audio", direction="sendrecv")
        self.out = Outbound()
        attach(transceiver, self._heard, self.out)
        self.loss = loss
        self.sends = sends
        self._rng = rng or random.Random()
        self._timestamp = 0
        self.packets_heard = 0
        self.packets_sent = 0  # went out on the wire
        self.packets_lost = 0  # numbered, then lost on purpose
        self.connected = asyncio.Event()
        self.pc.on("connectionstatechange", self._state)

    def _heard(self, packet: object, now: float) -> None:
        self.packets_heard += 1

    def _state(self) -> None:
        if self.pc.connectionState == "connected":
            self.connected.set()

    async def connect(self, signal: Callable[[str], Awaitable[str]]) -> None:
        await self.pc.setLocalDescription(await self.pc.createOffer())
        answer = await signal(self.pc.localDescription.sdp)
        await self.pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))
        if self.sends:
            _ticker().join(self)  # its ticks send once the connection is up

    def stop_sending(self) -> None:
        """From now on the link sends nothing (it stays connected)."""
        _ticker().leave(self)

    def tick(self, now: float) -> None:
        """One 20 ms frame is due (``now`` on ``perf_counter``'s clock)."""
        wire = self.out.wire
        if wire is None:
            return  # the connection is not up yet (or closed): nothing to carry it
        timestamp = self._timestamp
        self._timestamp = (timestamp + FRAME) & 0xFFFFFFFF
        if self.loss and self._rng.random() < self.loss:
            # Lost on the way, not unsent: the packet had its sequence number,
            # so the server's receiver sees the gap and counts the packet lost
            # (RTCP's cumulative loss is the packets expected from the
            # sequence numbers seen minus those received). Not sending it
            # would leave no gap: the server would see a slower sender, not a
            # lossy link. Wire.send numbers and sends in one go, so the number
            # is taken here the way it takes it.
            wire._sequence = (wire._sequence + 1) & 0xFFFF
            self.packets_lost += 1
            return
        if self.out.push(self, timestamp, SILENCE, now, relayed=False):
            self.packets_sent += 1

    async def close(self) -> None:
        _ticker().leave(self)
        self.out.stop()
        await self.pc.close()


class _Ticker:
    """The one clock every sending link of the process (its event loop)
    follows: a frame every 20 ms, for each link in turn. One task and one
    timer for hundreds of links rather than hundreds of each.

    After a stalled loop it catches up by at most ``MAX_LAG_S`` (a short
    burst, as a desktop's sender does after a hiccup) and otherwise goes on
    from now, like :class:`~callnest.protocol.pcm.Pacer`.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._links: dict[QuietLink, None] = {}  # ordered, O(1) removal
        self._task: asyncio.Task[None] | None = None

    def join(self, link: QuietLink) -> None:
        self._links[link] = None
        if self._task is None or self._task.done():
            self._task = self.loop.create_task(self._run(), name="callnest-sim link ticker")

    def leave(self, link: QuietLink) -> None:
        self._links.pop(link, None)

    def __len__(self) -> int:
        return len(self._links)

    async def _run(self) -> None:
        clock = time.perf_counter
        start, ticks = clock(), 0
        while self._links:
            ticks += 1
            now = clock()
            wait = start + ticks * FRAME_S - now
            if wait > 0:
                await asyncio.sleep(wait)
                now = clock()
            elif wait < -MAX_LAG_S:
                start = now - ticks * FRAME_S
            for link in list(self._links):
                try:
                    link.tick(now)
                except Exception:
                    log.exception("a simulated audio link failed to send: it stops sending")
                    self.leave(link)


_TICKER: _Ticker | None = None


def _ticker() -> _Ticker:
    """The running loop's ticker (a new loop, as each test has, gets its own)."""
    global _TICKER
    loop = asyncio.get_running_loop()
    if _TICKER is None or _TICKER.loop is not loop:
        _TICKER = _Ticker(loop)
    return _TICKER
