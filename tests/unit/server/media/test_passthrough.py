"""The aiortc internals Opus forwarding relies on, and the timestamp rewriting
that makes source switches invisible to a receiver."""

from __future__ import annotations

import asyncio
import itertools
import time

import pytest
from aiortc import RTCPeerConnection, RTCRtpReceiver
from aiortc.mediastreams import MediaStreamError

from callnest.server.media.passthrough import (
    FRAME_SAMPLES,
    MAX_QUEUED,
    ForwardTrack,
    check_aiortc,
    install_packer,
    tap_receiver,
)


def test_the_pinned_aiortc_still_has_what_forwarding_needs() -> None:
    # Fails loudly (naming the internal) when an aiortc upgrade moves one.
    check_aiortc()


def test_check_names_a_moved_internal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(RTCRtpReceiver, "_handle_rtp_packet")
    with pytest.raises(RuntimeError, match="_handle_rtp_packet"):
        check_aiortc()


async def test_tap_and_packer_attach_to_a_real_transceiver() -> None:
    pc = RTCPeerConnection()
    try:
        transceiver = pc.addTransceiver("audio")
        tap_receiver(transceiver.receiver, lambda packet, now: None)
        install_packer(transceiver.sender)
        assert transceiver.sender._RTCRtpSender__encoder.pack  # type: ignore[attr-defined]
    finally:
        await pc.close()


async def test_one_source_keeps_its_spacing_including_silence_gaps() -> None:
    track = ForwardTrack()
    caller = object()
    for ts in (1000, 1960, 2920, 2920 + 10 * FRAME_SAMPLES):  # the last after 200 ms of DTX
        track.push(caller, ts, b"x", now=0.0)
    stamps = [(await track.recv()).timestamp for _ in range(4)]
    assert [b - a for a, b in itertools.pairwise(stamps)] == [960, 960, 9600]


async def test_a_new_source_continues_after_the_old_one_by_the_wall_clock_gap() -> None:
    track = ForwardTrack()
    music, agent = object(), object()
    track.push(music, 5_000_000, b"m", now=10.0)
    track.push(agent, 123, b"a", now=10.5)  # agent's own clock is unrelated
    track.push(agent, 123 + 960, b"a", now=10.52)
    first, second, third = [(await track.recv()).timestamp for _ in range(3)]
    assert second - first == 24_000  # 0.5 s at 48 kHz
    assert third - second == 960
    # Back-to-back switches still move forward by at least one frame.
    track.push(music, 5_000_960, b"m", now=10.52)
    assert (await track.recv()).timestamp - third == FRAME_SAMPLES


async def test_timestamps_wrap_at_32_bits() -> None:
    track = ForwardTrack()
    source = object()
    track.push(source, 0, b"x", now=0.0)
    track.push(source, 2**32 - 480, b"x", now=0.0)  # source wrapped backwards: treated as jump
    track.push(source, 2**32 - 480 + 960, b"x", now=0.0)
    stamps = [(await track.recv()).timestamp for _ in range(3)]
    assert all(0 <= s < 2**32 for s in stamps)
    assert (stamps[2] - stamps[1]) % 2**32 == 960


async def test_a_sender_that_falls_behind_loses_the_oldest_packets_not_latency() -> None:
    track = ForwardTrack()
    source = object()
    for n in range(MAX_QUEUED + 5):
        track.push(source, n * 960, bytes([n]), now=0.0)
    assert track.dropped == 5
    assert (await track.recv()).payload == bytes([5])


async def test_the_forwarding_delay_is_observed_for_relayed_packets_only() -> None:
    seen: list[float] = []
    track = ForwardTrack(seen.append)
    source = object()
    track.push(source, 0, b"x", now=time.perf_counter())
    track.push(source, 960, b"m", now=0.0, relayed=False)
    await track.recv()
    await track.recv()
    assert len(seen) == 1
    assert 0 <= seen[0] < 1


async def test_a_stopped_track_ends_the_senders_wait() -> None:
    track = ForwardTrack()
    waiting = asyncio.ensure_future(track.recv())
    await asyncio.sleep(0)
    track.stop()
    with pytest.raises(MediaStreamError):
        await waiting
