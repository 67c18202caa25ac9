"""Opus in and out of aiortc without decoding: the only module that touches
aiortc's private internals.

aiortc has no supported way to receive encoded packets (its maintainers' stance
in aiortc#449 and #627): every receiver feeds a fixed 80 ms jitter buffer and a
decoder thread. A media anchor that forwards needs neither, so:

* ``tap_receiver`` replaces the receiver's ``_handle_rtp_packet`` with one that
  keeps aiortc's RTCP receive statistics (so receiver reports, loss and jitter
  still work) and hands each Opus payload straight to a callback -- below the
  jitter buffer, on the event loop, in arrival order. The receiver's decoder
  thread is stopped: nothing would ever feed it.
* ``ForwardTrack`` is what a sender reads: it yields ``Forwarded`` payloads and
  ``install_packer`` gives the sender a packer instead of an Opus encoder (which
  would also start a resampler with a thread per core), so aiortc's own RTP loop
  numbers, timestamps, encrypts and sends them, and keeps its RTCP sender
  reports true.

``check_aiortc`` asserts every internal used here exists with the shape we
rely on; the server calls it at start and a test calls it, so an aiortc upgrade
that moves them fails loudly instead of silently decoding again. The version
range is pinned in pyproject.toml for the same reason.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiortc import RTCRtpReceiver, RTCRtpSender
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from aiortc.rtcrtpreceiver import StreamStatistics
from aiortc.rtp import RtpPacket

OPUS_RATE = 48_000
FRAME_SAMPLES = 960  # 20 ms at 48 kHz: the packet time every WebRTC endpoint uses for Opus

# A ForwardTrack holds at most this many packets (200 ms). A sender that falls
# further behind than that is dropping audio anyway; keeping older packets would
# only turn a hiccup into lasting delay.
MAX_QUEUED = 10


@dataclass(slots=True)
class Forwarded:
    """One Opus payload on its way out; ``timestamp`` in 48 kHz samples."""

    payload: bytes
    timestamp: int
    arrival: float | None  # perf_counter() when it reached the server; None: generated here


PacketSink = Callable[[RtpPacket, float], None]
"""Called with each received RTP packet (payload still Opus) and its arrival
time (``time.perf_counter()``)."""


def check_aiortc() -> None:
    """Fail loudly if the aiortc internals this module relies on moved."""
    problems = []
    handler = getattr(RTCRtpReceiver, "_handle_rtp_packet", None)
    if handler is None or list(inspect.signature(handler).parameters) != [
        "self",
        "packet",
        "arrival_time_ms",
    ]:
        problems.append("RTCRtpReceiver._handle_rtp_packet(packet, arrival_time_ms)")
    for name in ("_RTCRtpReceiver__stop_decoder",):
        if not hasattr(RTCRtpReceiver, name):
            problems.append(f"RTCRtpReceiver.{name}")
    init_source = inspect.getsource(RTCRtpReceiver.__init__)
    for attr in ("__remote_streams", "__codecs", "__active_ssrc", "__decoder_thread"):
        if f"self.{attr}" not in init_source:
            problems.append(f"RTCRtpReceiver.{attr}")
    sender_init = inspect.getsource(RTCRtpSender.__init__)
    if "self.__encoder" not in sender_init:
        problems.append("RTCRtpSender.__encoder")
    next_frame = inspect.getsource(RTCRtpSender._next_encoded_frame)
    if "self.__encoder.pack(data)" not in next_frame or "if self.__encoder is None" not in (
        next_frame
    ):
        problems.append("RTCRtpSender._next_encoded_frame packs non-Frame data")
    if problems:
        raise RuntimeError(
            "this aiortc version moved internals that Opus forwarding needs: " + ", ".join(problems)
        )


def tap_receiver(receiver: RTCRtpReceiver, sink: PacketSink) -> None:
    """Route the receiver's RTP to ``sink`` instead of its jitter buffer and decoder.

    Call it before the connection starts receiving (from the ``track`` event,
    or right after ``addTransceiver``).
    """
    remote_streams: dict[int, StreamStatistics] = receiver._RTCRtpReceiver__remote_streams  # type: ignore[attr-defined]
    codecs: dict[int, Any] = receiver._RTCRtpReceiver__codecs  # type: ignore[attr-defined]
    active: dict[int, Any] = receiver._RTCRtpReceiver__active_ssrc  # type: ignore[attr-defined]
    clock = time.perf_counter

    async def handle_rtp_packet(packet: RtpPacket, arrival_time_ms: int) -> None:
        if not receiver._enabled:
            return
        codec = codecs.get(packet.payload_type)
        if codec is None or codec.mimeType.lower() != "audio/opus":
            return
        stats = remote_streams.get(packet.ssrc)
        if stats is None:
            stats = remote_streams[packet.ssrc] = StreamStatistics(codec.clockRate)
            active[packet.ssrc] = None  # getSynchronizationSources is not used here
        stats.add(packet)
        if packet.payload:
            sink(packet, clock())

    receiver._handle_rtp_packet = handle_rtp_packet  # type: ignore[method-assign]

    original_receive = receiver.receive

    async def receive(parameters: Any) -> None:
        await original_receive(parameters)
        receiver._RTCRtpReceiver__stop_decoder()  # type: ignore[attr-defined]

    receiver.receive = receive  # type: ignore[method-assign]


class OpusPacker:
    """Stands in for the sender's Opus encoder: the payload is already Opus."""

    def pack(self, item: Forwarded) -> tuple[list[bytes], int]:
        return [item.payload], item.timestamp

    def encode(self, frame: Any, force_keyframe: bool = False) -> tuple[list[bytes], int]:
        raise TypeError("a forwarding sender is never given raw audio")


def install_packer(sender: RTCRtpSender) -> None:
    sender._RTCRtpSender__encoder = OpusPacker()  # type: ignore[attr-defined]


class ForwardTrack(MediaStreamTrack):
    """The audio a sender sends: Opus payloads pushed by whoever is the source now.

    Sources change (hold music, the agent, a transfer target); the timestamps
    the receiver sees must not. Each payload keeps its source's spacing
    (including silence gaps), and on a source switch the new source is shifted
    to continue after the old one by the wall-clock time between them. aiortc's
    sender numbers the packets itself, so sequence numbers are continuous.
    """

    kind = "audio"

    def __init__(self, observe: Callable[[float], None] | None = None) -> None:
        super().__init__()
        self._observe = observe  # told each forwarded packet's time inside the server
        self._queue: deque[Forwarded] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self._source: object | None = None
        self._offset = 0
        self._last_out: int | None = None
        self._last_wall = 0.0
        self.dropped = 0

    def push(
        self, source: object, timestamp: int, payload: bytes, now: float, *, relayed: bool = True
    ) -> None:
        """Queue ``payload`` (source's own 48 kHz ``timestamp``) to be sent.

        ``now`` is when it arrived (``time.perf_counter()``); ``relayed`` is
        False for audio the server plays itself, which is not a forwarding delay.
        """
        if self.readyState != "live":
            return
        if source is not self._source:
            if self._last_out is None:
                self._offset = -timestamp
            else:
                gap = max(FRAME_SAMPLES, round((now - self._last_wall) * OPUS_RATE))
                self._offset = self._last_out + gap - timestamp
            self._source = source
        out = (timestamp + self._offset) & 0xFFFFFFFF
        self._last_out = out
        self._last_wall = now
        queue = self._queue
        if len(queue) >= MAX_QUEUED:
            queue.popleft()
            self.dropped += 1
        queue.append(Forwarded(payload, out, now if relayed else None))
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def recv(self) -> Forwarded:  # type: ignore[override]
        while not self._queue:
            if self.readyState != "live":
                raise MediaStreamError
            self._waiter = asyncio.get_running_loop().create_future()
            await self._waiter
            self._waiter = None
        item = self._queue.popleft()
        if item.arrival is not None and self._observe is not None:
            self._observe(time.perf_counter() - item.arrival)
        return item

    def stop(self) -> None:
        super().stop()
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
