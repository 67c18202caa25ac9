"""The persistent audio link: one aiortc peer connection to the server for the
whole shift. The server switches what flows through it (ringing, the caller,
hold); the desktop just sends its microphone and plays what it hears.

Audio crosses threads only through the headset's bounded buffers: the
PortAudio callbacks fill and drain them, the tracks here read and write them
on the engine loop. Both sides trim a standing backlog (:class:`Backlog`), so
a clock drift between the sound card and the network can never grow into
latency over a long call.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

import av
import numpy as np
from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from callnest import protocol as p
from callnest.desktop.engine.events import LinkQuality
from callnest.protocol.pcm import FRAME, RATE, Pacer, to_frame, to_mono

log = logging.getLogger("callnest.desktop.link")

PRIME = 2 * FRAME  # the microphone's margin against the sound card's bursts


class Buffer(Protocol):
    """What the link needs of the headset's sample buffers."""

    def write(self, samples: np.ndarray) -> None: ...
    def read(self, n: int) -> np.ndarray: ...
    def __len__(self) -> int: ...


class Backlog:
    """Keeps the audio waiting in a buffer from growing past ``keep`` samples.

    Sound cards and the network deliver in bursts, so the fill level swings;
    only its low-water mark is latency that is never used. Trimming that, at
    most once per window of frames, bounds the delay without cutting into the
    margin the bursts need: trimming every second found the margin too thin
    a moment later and put a 20 ms gap into speech (PESQ 4.5 -> 3.6)."""

    def __init__(self, keep: int, window: int = 250) -> None:
        self._keep = keep
        self._window = window
        self._seen = 0
        self._low: int | None = None

    def surplus(self, level: int) -> int:
        """Samples to drop now, given the fill ``level`` before a frame is taken."""
        self._low = level if self._low is None else min(self._low, level)
        self._seen += 1
        if self._seen < self._window:
            return 0
        low, self._low, self._seen = self._low, None, 0
        return max(0, low - self._keep)


class MicrophoneTrack(MediaStreamTrack):
    """The headset microphone as an aiortc track: 20 ms frames paced by the
    clock, read from the microphone buffer (silence while it is empty)."""

    kind = "audio"

    def __init__(self, source: Buffer) -> None:
        super().__init__()
        self._source = source
        self._backlog = Backlog(keep=PRIME)
        self._pacer = Pacer()
        self._flowing = False

    async def recv(self) -> av.AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        pts = await self._pacer.next()
        level = len(self._source)
        surplus = self._backlog.surplus(level)
        if surplus:
            self._source.read(surplus)
        # Run dry, it sends silence until a margin of two frames has built up
        # against the sound card's bursts: without it, the fill level grazes
        # zero and each graze is a 20 ms gap in speech (PESQ 4.55 -> 3.6).
        if self._flowing and level < FRAME:
            self._flowing = False
        elif not self._flowing and level >= PRIME:
            self._flowing = True
        samples = self._source.read(FRAME) if self._flowing else np.zeros(FRAME, np.int16)
        return to_frame(samples, pts)


async def play_into(track: MediaStreamTrack, speaker: Buffer) -> None:
    """Writes what the server sends into the speaker buffer, as 48 kHz mono."""
    backlog = Backlog(keep=2 * FRAME)
    with contextlib.suppress(MediaStreamError):
        while True:
            frame = await track.recv()
            assert isinstance(frame, av.AudioFrame)
            surplus = backlog.surplus(len(speaker))
            if surplus:
                speaker.read(surplus)
            speaker.write(to_mono(frame))


class AudioLink:
    """One peer connection: ``connect(signal)`` offers, ``signal`` returns the answer."""

    def __init__(
        self, microphone: Buffer, speaker: Buffer, ice_servers: tuple[p.IceServer, ...] = ()
    ) -> None:
        servers = [
            RTCIceServer(urls=list(s.urls), username=s.username, credential=s.credential)
            for s in ice_servers
        ]
        # Never None: aiortc then falls back to a public Google STUN server.
        self.pc = RTCPeerConnection(RTCConfiguration(iceServers=servers))
        self._speaker = speaker
        self._player: asyncio.Task[None] | None = None
        self.connected = asyncio.Event()
        self.failed = asyncio.Event()
        self.pc.addTrack(MicrophoneTrack(microphone))
        self.pc.on("track", self._on_track)
        self.pc.on("connectionstatechange", self._on_state)

    @property
    def alive(self) -> bool:
        return self.pc.connectionState not in ("failed", "closed")

    def _on_track(self, track: MediaStreamTrack) -> None:
        self._player = asyncio.ensure_future(play_into(track, self._speaker))

    def _on_state(self) -> None:
        state = self.pc.connectionState
        log.info("audio link: %s", state)
        if state == "connected":
            self.connected.set()
        elif state in ("failed", "closed"):
            self.failed.set()

    async def connect(self, signal: Callable[[str], Awaitable[str]]) -> None:
        await self.pc.setLocalDescription(await self.pc.createOffer())
        answer = await signal(self.pc.localDescription.sdp)
        await self.pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))

    async def quality(self) -> LinkQuality:
        """Loss and jitter of what the server sent us, round trip from RTCP."""
        lost, jitter_ms, rtt_ms = 0, 0.0, None
        for stats in (await self.pc.getStats()).values():
            if stats.type == "inbound-rtp":
                lost += max(0, int(stats.packetsLost))
                jitter_ms = max(jitter_ms, float(stats.jitter) * 1000 / RATE)
            elif stats.type == "remote-inbound-rtp" and stats.roundTripTime is not None:
                rtt_ms = float(stats.roundTripTime) * 1000
        return LinkQuality(
            connected=self.pc.connectionState == "connected",
            packets_lost=lost,
            jitter_ms=jitter_ms,
            rtt_ms=rtt_ms,
        )

    async def close(self) -> None:
        await self.pc.close()
        if self._player is not None:
            self._player.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._player
