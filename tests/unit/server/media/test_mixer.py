"""The monitoring mixer on its own: real Opus in and out, the clock driven by hand."""

from __future__ import annotations

import time

import numpy as np

from callnest.server.media.mixer import Mixer, Route, _Output, _Source, mix
from callnest.server.media.passthrough import FRAME_SAMPLES, Outbound

from .recording_wire import RecordingWire


def tone(hz: float, level: int) -> np.ndarray:
    t = np.arange(FRAME_SAMPLES) / 48_000
    return (level * np.sin(2 * np.pi * hz * t)).astype(np.int16)


def test_mix_sums_and_clips() -> None:
    a = np.full(FRAME_SAMPLES, 30_000, dtype=np.int16)
    b = np.full(FRAME_SAMPLES, 10_000, dtype=np.int16)
    assert mix([a, b])[0] == 32_767
    assert mix([-a, -b])[0] == -32_768
    assert mix([a, -b])[0] == 20_000
    assert not mix([]).any()


async def test_a_silent_source_does_not_stall_the_others() -> None:
    # Async: the mixer starts its clock task on the running loop (stopped at once).
    encoder = _Output()
    packets = [encoder.encode(tone(440, 8000))[0] for _ in range(20)]
    mixer = Mixer("test")
    ear = Outbound()
    wire = ear.wire = RecordingWire()
    mixer.set_routes({"ear": Route(("talker", "mute"), lambda: ear)})
    mixer.stop()  # ticked by hand below
    for packet in packets:
        mixer.feed("talker", packet)  # "mute" never sends anything
        mixer.tick(time.perf_counter())
    assert mixer.frames_mixed == 20
    # One packet per tick, timestamps 20 ms apart.
    stamps = wire.stamps
    assert len(stamps) == 20
    assert np.all(np.diff(stamps) == FRAME_SAMPLES)
    heard = _Source()
    for _, payload, _ in wire.packets:
        heard.feed(payload)
    loud = [float(np.abs(f).max()) for f in heard.frames]
    assert max(loud) > 4000  # the talker comes through the decode-mix-encode loop


def test_a_source_that_runs_dry_is_silence_until_it_refills() -> None:
    encoder = _Output()
    source = _Source()
    source.feed(encoder.encode(tone(300, 8000))[0])
    assert not source.next().any()  # one frame is not enough to start (jitter margin)
    source.feed(encoder.encode(tone(300, 8000))[0])
    assert source.next().any()
    source.next()
    assert not source.next().any()  # dry
