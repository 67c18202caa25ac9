"""The RTP path below aiortc: the internals it relies on, the timestamp
rewriting that makes source switches invisible to a receiver, and real peer
connections on loopback -- ours to ours, and ours to and from aiortc's own
unmodified sender and receiver (which encode and decode real Opus)."""

from __future__ import annotations

import asyncio
import itertools
import socket
import sys
import time
from collections.abc import Callable

import av
import numpy as np
import pytest
from aiortc import RTCPeerConnection, RTCRtpReceiver, RTCRtpSender
from aiortc.mediastreams import AudioStreamTrack

from callnest.server.media.passthrough import (
    FRAME_SAMPLES,
    Outbound,
    Received,
    arrival_clock,
    attach,
    check_aiortc,
)

from .recording_wire import RecordingWire


def outbound(observe: Callable[[float], None] | None = None) -> tuple[Outbound, RecordingWire]:
    out = Outbound(observe)
    wire = RecordingWire()
    out.wire = wire
    return out, wire


def test_the_pinned_aiortc_still_has_what_forwarding_needs() -> None:
    # Fails loudly (naming the internal) when an aiortc upgrade moves one.
    check_aiortc()


def test_check_names_a_moved_internal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(RTCRtpReceiver, "_RTCRtpReceiver__stop_decoder")
    with pytest.raises(RuntimeError, match="__stop_decoder"):
        check_aiortc()


def test_one_source_keeps_its_spacing_including_silence_gaps() -> None:
    out, wire = outbound()
    caller = object()
    for ts in (1000, 1960, 2920, 2920 + 10 * FRAME_SAMPLES):  # the last after 200 ms of DTX
        out.push(caller, ts, b"x", now=0.0)
    assert [b - a for a, b in itertools.pairwise(wire.stamps)] == [960, 960, 9600]


def test_a_new_source_continues_after_the_old_one_by_the_wall_clock_gap() -> None:
    out, wire = outbound()
    music, agent = object(), object()
    out.push(music, 5_000_000, b"m", now=10.0)
    out.push(agent, 123, b"a", now=10.5)  # agent's own clock is unrelated
    out.push(agent, 123 + 960, b"a", now=10.52)
    first, second, third = wire.stamps
    assert second - first == 24_000  # 0.5 s at 48 kHz
    assert third - second == 960
    # Back-to-back switches still move forward by at least one frame.
    out.push(music, 5_000_960, b"m", now=10.52)
    assert wire.stamps[-1] - third == FRAME_SAMPLES


def test_the_marker_bit_starts_each_source_s_talkspurt() -> None:
    out, wire = outbound()
    music, agent = object(), object()
    for source in (music, music, agent, agent, agent, music):
        out.push(source, 0, b"x", now=0.0)
    assert [p[2] for p in wire.packets] == [True, False, True, False, False, True]


def test_timestamps_wrap_at_32_bits() -> None:
    out, wire = outbound()
    source = object()
    out.push(source, 0, b"x", now=0.0)
    out.push(source, 2**32 - 480, b"x", now=0.0)  # source wrapped backwards: treated as jump
    out.push(source, 2**32 - 480 + 960, b"x", now=0.0)
    stamps = wire.stamps
    assert all(0 <= s < 2**32 for s in stamps)
    assert (stamps[2] - stamps[1]) % 2**32 == 960


def test_what_cannot_be_sent_is_counted_not_queued() -> None:
    out = Outbound()
    source = object()
    assert not out.push(source, 0, b"x", now=0.0)  # not connected yet
    wire = RecordingWire(up=False)
    out.wire = wire
    assert not out.push(source, 960, b"x", now=0.0)  # connection going down
    wire.up = True
    assert out.push(source, 1920, b"y", now=0.0)
    assert (out.sent, out.dropped) == (1, 2)
    assert [p[1] for p in wire.packets] == [b"y"]  # nothing old comes out late
    out.stop()
    assert not out.push(source, 2880, b"z", now=0.0)
    assert len(wire.packets) == 1


def test_the_forwarding_delay_is_observed_for_relayed_packets_only() -> None:
    seen: list[float] = []
    out, _ = outbound(seen.append)
    source = object()
    out.push(source, 0, b"x", now=time.perf_counter())
    out.push(source, 960, b"m", now=0.0, relayed=False)
    assert len(seen) == 1
    assert 0 <= seen[0] < 1


# ------------------------------------------------------------ real connections


async def connect(offerer: RTCPeerConnection, answerer: RTCPeerConnection) -> None:
    await offerer.setLocalDescription(await offerer.createOffer())
    await answerer.setRemoteDescription(offerer.localDescription)
    await answerer.setLocalDescription(await answerer.createAnswer())
    await offerer.setRemoteDescription(answerer.localDescription)


async def until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(10):
        while not condition():  # noqa: ASYNC110 -- set deep inside aiortc, no event to wait on
            await asyncio.sleep(0.02)


async def test_two_passthrough_ends_exchange_payloads_and_keep_aiortc_s_statistics() -> None:
    a, b = RTCPeerConnection(), RTCPeerConnection()
    heard_a: list[Received] = []
    heard_b: list[Received] = []
    out_a, out_b = Outbound(), Outbound()
    attach(a.addTransceiver("audio", direction="sendrecv"), lambda p, _: heard_a.append(p), out_a)
    try:
        await a.setLocalDescription(await a.createOffer())
        await b.setRemoteDescription(a.localDescription)
        transceiver = b.getTransceivers()[0]
        attach(transceiver, lambda p, _: heard_b.append(p), out_b)
        transceiver.direction = "sendrecv"
        await b.setLocalDescription(await b.createAnswer())
        await a.setRemoteDescription(b.localDescription)
        await until(lambda: out_a.wire is not None and out_b.wire is not None)
        source = object()
        for n in range(50):
            out_a.push(source, n * FRAME_SAMPLES, b"a%d" % n, time.perf_counter())
            out_b.push(source, 7 + n * FRAME_SAMPLES, b"b%d" % n, time.perf_counter())
            await asyncio.sleep(0.002)
        await until(lambda: len(heard_a) == 50 and len(heard_b) == 50)
        assert [p.payload for p in heard_b] == [b"a%d" % n for n in range(50)]
        assert [p.payload for p in heard_a] == [b"b%d" % n for n in range(50)]
        assert all(
            (y.sequence_number - x.sequence_number) % 65536 == 1
            and (y.timestamp - x.timestamp) % 2**32 == FRAME_SAMPLES
            for x, y in itertools.pairwise(heard_b)
        )
        # aiortc still counts what went both ways (its RTCP reports rely on it).
        stats = await b.getTransceivers()[0].receiver.getStats()
        inbound = [s for s in stats.values() if s.type == "inbound-rtp"]
        assert inbound and inbound[0].packetsReceived == 50 and inbound[0].packetsLost == 0
        sent = await a.getTransceivers()[0].sender.getStats()
        assert [s.packetsSent for s in sent.values() if s.type == "outbound-rtp"] == [50]
    finally:
        await a.close()
        await b.close()


class Tone(AudioStreamTrack):
    """aiortc's own sender encodes this (a plain, unmodified peer connection)."""

    async def recv(self) -> av.AudioFrame:
        frame = await super().recv()
        assert isinstance(frame, av.AudioFrame) and frame.pts is not None
        samples = frame.samples
        t = (frame.pts + np.arange(samples)) / frame.sample_rate
        frame.planes[0].update((8000 * np.sin(2 * np.pi * 440 * t)).astype(np.int16).tobytes())
        return frame


async def test_a_plain_aiortc_peer_decodes_what_we_send_and_we_hear_what_it_encodes(
    tone: tuple[bytes, ...],
) -> None:
    # The wire format is the standard one: aiortc's unmodified receiver (SRTP,
    # header extension, jitter buffer, Opus decoder) plays our packets.
    plain, ours = RTCPeerConnection(), RTCPeerConnection()
    heard: list[Received] = []
    out = Outbound()
    plain.addTrack(Tone())
    try:
        await plain.setLocalDescription(await plain.createOffer())
        await ours.setRemoteDescription(plain.localDescription)
        transceiver = ours.getTransceivers()[0]
        transceiver.setCodecPreferences(
            [c for c in RTCRtpSender.getCapabilities("audio").codecs if c.name == "opus"]
        )
        attach(transceiver, lambda p, _: heard.append(p), out)
        transceiver.direction = "sendrecv"
        await ours.setLocalDescription(await ours.createAnswer())
        await plain.setRemoteDescription(ours.localDescription)
        await until(lambda: out.wire is not None and len(heard) >= 25)
        # What aiortc encoded arrives as Opus payloads, in order.
        assert all(
            (y.sequence_number - x.sequence_number) % 65536 == 1
            for x, y in itertools.pairwise(heard)
        )
        assert all(p.payload and p.payload[0] >> 3 in range(32) for p in heard)

        track = plain.getTransceivers()[0].receiver.track
        source = object()

        async def play() -> None:
            for n, payload in enumerate(tone):
                out.push(source, n * FRAME_SAMPLES, payload, time.perf_counter())
                await asyncio.sleep(0.02)

        playing = asyncio.ensure_future(play())
        levels: list[int] = []
        for _ in range(60):
            frame = await asyncio.wait_for(track.recv(), 5)
            assert isinstance(frame, av.AudioFrame)
            levels.append(int(np.abs(frame.to_ndarray()).max()))
        await playing
        assert max(levels) > 4000  # the tone, decoded by aiortc's own Opus decoder
    finally:
        await plain.close()
        await ours.close()


class SocketTransport:
    def __init__(self, sock: socket.socket | None) -> None:
        self.sock = sock

    def get_extra_info(self, name: str) -> object:
        return self.sock if name == "socket" else None


@pytest.mark.skipif(sys.platform != "linux", reason="kernel receive times are read on Linux")
def test_arrival_counts_the_time_a_datagram_waited_in_its_socket() -> None:
    # A busy event loop reads a datagram late; that wait is the server's too.
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as rx,
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx,
    ):
        rx.bind(("127.0.0.1", 0))
        arrival = arrival_clock(SocketTransport(rx))
        waits = []
        # The first read turns the kernel's stamping on, which takes effect a
        # little later (a deferred static key); until then a datagram is
        # stamped when it is read.
        for _ in range(6):
            tx.sendto(b"x", rx.getsockname())
            time.sleep(0.05)
            rx.recvfrom(100)
            waits.append(time.perf_counter() - arrival())
    assert 0.045 < waits[-1] < 1.0
    assert all(0 <= w < 1.0 for w in waits)


def test_without_a_socket_arrival_is_now() -> None:
    arrival = arrival_clock(SocketTransport(None))
    assert abs(time.perf_counter() - arrival()) < 0.01
