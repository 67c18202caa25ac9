"""The headset on real PortAudio devices (the virtual headset): speech in
through the microphone and out through the speaker (PESQ), a device that does
not exist, a device that stops and comes back, a device unplugged and plugged
back, switching the speaker mid-playback, and the ring."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import numpy as np
import pytest

from callnest.desktop.audio.headset import DeviceChoice, DeviceError, Headset
from callnest.desktop.engine.events import DeviceProblem, EngineEvent, MicLevel
from desktop.virtual_headset import VirtualHeadset
from integration.speech import SENTENCES, find, loudness, say, score

pytestmark = pytest.mark.slow

HEADSET = DeviceChoice(microphone="usb_headset_mic", speaker="usb_headset")
RATE = 48_000


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Polls ``condition`` (like qtbot.waitUntil) until it holds or time is up."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.02)


class Events:
    def __init__(self) -> None:
        self.seen: list[EngineEvent] = []

    def __call__(self, event: EngineEvent) -> None:
        self.seen.append(event)

    def problems(self, role: str) -> list[DeviceProblem]:
        return [e for e in list(self.seen) if isinstance(e, DeviceProblem) and e.role == role]


class Drain:
    """Reads the microphone buffer as the engine's track would, keeping it all."""

    def __init__(self, headset: Headset) -> None:
        self.headset = headset
        self.blocks: list[np.ndarray] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            if self.headset.mic.wait_for_samples(960, timeout=0.1):
                self.blocks.append(self.headset.mic.read(960))

    def mark(self) -> int:
        return len(self.blocks)

    def since(self, mark: int) -> np.ndarray:
        blocks = list(self.blocks[mark:])
        return np.concatenate(blocks) if blocks else np.zeros(0, np.int16)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def headset(virtual_headset: VirtualHeadset, events: Events) -> Iterator[Headset]:
    h = Headset(events)
    yield h
    h.close()


def open_and_wait(headset: Headset, choice: DeviceChoice = HEADSET) -> None:
    headset.open(choice)
    wait_until(lambda: headset.microphone_ok, 5, "the microphone's first callbacks")
    wait_until(lambda: headset.speaker_ok, 5, "the speaker's first callbacks")


def test_speech_into_the_microphone(
    virtual_headset: VirtualHeadset, headset: Headset, events: Events
) -> None:
    open_and_wait(headset)
    drain = Drain(headset)
    said = say(SENTENCES[0])
    mark = drain.mark()
    virtual_headset.play_samples_into_mic(said)
    wait_until(lambda: len(drain.since(mark)) > len(said) + RATE // 4, 5, "the speech's tail")
    drain.stop()
    heard = drain.since(mark)
    assert loudness(find(said, heard)) > 0.5 * loudness(said)
    quality = score(said, find(said, heard))
    print(f"microphone PESQ {quality:.2f}")
    assert quality >= 3.5
    levels = [e.dbfs for e in list(events.seen) if isinstance(e, MicLevel)]
    assert len(levels) >= 10
    assert max(levels) > -30  # speech
    assert min(levels) < -60  # the silence before it
    assert headset.mic.dropped == 0


def test_speaker_samples_reach_the_headset(
    virtual_headset: VirtualHeadset, headset: Headset
) -> None:
    open_and_wait(headset)
    said = say(SENTENCES[1])
    recording = virtual_headset.record("headset_speaker.monitor")
    assert headset.play(said).wait(len(said) / RATE + 5)
    heard = recording.stop()
    quality = score(said, find(said, heard))
    print(f"speaker PESQ {quality:.2f}")
    assert quality >= 3.5


def test_a_device_that_does_not_exist(headset: Headset, events: Events) -> None:
    with pytest.raises(DeviceError) as raised:
        headset.open(DeviceChoice(microphone="Bluetooth Mic", speaker="usb_headset"))
    assert raised.value.role == "microphone"
    assert raised.value.message == "The microphone “Bluetooth Mic” is not connected."
    assert not headset.microphone_ok
    # The speaker opened all the same.
    done = headset.play_test_tone(0.3)
    assert done.wait(5)
    assert headset.speaker.underruns > 0  # its callback has been draining the buffer

    with pytest.raises(DeviceError) as raised:
        headset.open(DeviceChoice(microphone="usb_headset_mic", speaker="Nowhere"))
    assert raised.value.role == "speaker"
    assert "Nowhere" in raised.value.message
    wait_until(lambda: headset.microphone_ok, 5, "the microphone despite the speaker")


def test_a_microphone_that_stops_and_comes_back(
    virtual_headset: VirtualHeadset, headset: Headset, events: Events
) -> None:
    open_and_wait(headset)
    drain = Drain(headset)
    virtual_headset.stall("headset_mic")
    stalled_at = time.monotonic()
    try:
        wait_until(lambda: len(events.problems("microphone")) >= 1, 3, "the microphone problem")
        noticed = time.monotonic() - stalled_at
        problem = events.problems("microphone")[0]
        assert problem == DeviceProblem(
            "microphone",
            "usb_headset_mic",
            "The microphone “usb_headset_mic” stopped working. Is it unplugged?",
            working=False,
        )
        assert not headset.microphone_ok
        print(f"stall noticed after {noticed:.2f} s")
        # The speaker goes on: what it plays reaches the headset.
        recording = virtual_headset.record("headset_speaker.monitor")
        headset.play_test_tone(0.5).wait(5)
        assert loudness(recording.stop()) > 1000
        assert events.problems("speaker") == []
    finally:
        virtual_headset.unstall("headset_mic")
    wait_until(lambda: len(events.problems("microphone")) >= 2, 8, "the microphone's return")
    assert events.problems("microphone")[1].working
    wait_until(lambda: headset.microphone_ok, 2, "microphone_ok")
    mark = drain.mark()
    said = say(SENTENCES[0])
    virtual_headset.play_samples_into_mic(said[:RATE])
    wait_until(lambda: loudness(drain.since(mark)) > 500, 5, "speech after the return")
    drain.stop()


def test_unplugged_and_plugged_back(
    virtual_headset: VirtualHeadset, headset: Headset, events: Events
) -> None:
    """PulseAudio moves a stream whose device vanishes to its default device and
    back when it returns; PortAudio never sees the unplug. What matters is that
    nothing breaks and the headset's audio flows again once it is back."""
    open_and_wait(headset)
    drain = Drain(headset)
    virtual_headset.unplug("headset_mic")
    try:
        wait_until(lambda: headset.microphone_ok, 3, "the microphone, moved elsewhere")
    finally:
        virtual_headset.plug("headset_mic")
    said = say(SENTENCES[0])

    def speech_arrives() -> bool:
        mark = drain.mark()
        virtual_headset.play_samples_into_mic(said[: RATE // 2])
        return loudness(drain.since(mark)) > 500

    wait_until(speech_arrives, 10, "speech from the plugged-back microphone")
    drain.stop()
    problems = events.problems("microphone")
    if problems:  # the move back paused the stream: it was reopened
        assert problems[-1].working, problems


def test_switching_the_speaker_keeps_the_buffers(
    virtual_headset: VirtualHeadset, headset: Headset
) -> None:
    open_and_wait(headset)
    mic, speaker = headset.mic, headset.speaker
    laptop = virtual_headset.record("laptop_speakers.monitor")
    playing = headset.play_test_tone(2.0)
    wait_until(lambda: len(headset.speaker) > 0, 2, "the tone to start")
    headset.open(DeviceChoice(microphone="usb_headset_mic", speaker="laptop_speakers"))
    assert headset.mic is mic and headset.speaker is speaker
    assert headset.choice.speaker == "laptop_speakers"
    assert headset.microphone_ok  # the microphone was not reopened
    assert playing.wait(5)
    assert loudness(laptop.stop()) > 1000  # the rest of the tone came out there


def test_the_ring_reaches_the_ring_device_and_stops(
    virtual_headset: VirtualHeadset, headset: Headset
) -> None:
    open_and_wait(
        headset,
        DeviceChoice(microphone="usb_headset_mic", speaker="usb_headset", ring="laptop_speakers"),
    )
    ringing = virtual_headset.record("laptop_speakers.monitor")
    headset.ring(True)

    def rung(seconds: float) -> bool:
        return int(np.count_nonzero(np.abs(ringing.samples()) > 1000)) > seconds * RATE

    wait_until(lambda: rung(0.6), 5, "0.6 s of ring")
    headset.ring(False)
    rang = ringing.stop()
    end = int(np.flatnonzero(np.abs(rang) > 1000)[-1])
    loud = rang[end - RATE // 2 : end]  # contiguous: the ring's last half second
    spectrum = np.abs(np.fft.rfft(loud))
    freqs = np.fft.rfftfreq(len(loud), 1 / RATE)
    strongest = sorted(freqs[np.argsort(spectrum)[-2:]])
    assert strongest == pytest.approx([440, 480], abs=5)  # the two tones of the ring
    after = virtual_headset.record("laptop_speakers.monitor")
    wait_until(lambda: len(after.samples()) >= RATE // 2, 5, "half a second after the ring")
    assert loudness(after.stop()) < 50
    assert headset.speaker_ok  # the speaker was not disturbed


class FakeStream:
    """A PortAudio stream that the test drives: ``tick`` runs the callback."""

    def __init__(self, sd: FakeSounddevice, kind: str, **kw: object) -> None:
        self.sd, self.kind, self.kw = sd, kind, kw
        self.closed = False

    def start(self) -> None:
        self.sd.streams.append(self)

    def tick(self, block: np.ndarray) -> None:
        callback = self.kw["callback"]
        assert callable(callback)
        callback(block, len(block), None, None)

    def die(self) -> None:
        finished = self.kw["finished_callback"]
        assert callable(finished)
        finished()

    def close(self, ignore_errors: bool = True) -> None:
        self.closed = True


class FakeSounddevice:
    def __init__(self) -> None:
        self.names = ["usb_headset_mic", "usb_headset"]
        self.streams: list[FakeStream] = []
        self.rescans = 0

    def query_devices(self, kind: str | None = None) -> object:
        rows = [{"name": n, "max_input_channels": 1, "max_output_channels": 1} for n in self.names]
        return rows if kind is None else rows[0]

    def InputStream(self, **kw: object) -> FakeStream:  # sounddevice spells them so
        return FakeStream(self, "input", **kw)

    def OutputStream(self, **kw: object) -> FakeStream:  # sounddevice spells them so
        return FakeStream(self, "output", **kw)

    def _terminate(self) -> None:
        pass

    def _initialize(self) -> None:
        self.rescans += 1


@pytest.mark.timeout(20)
def test_a_stream_that_ends_is_reported_and_found_again_by_name() -> None:
    """With a stand-in PortAudio: the mic stream ends (a hard unplug); the
    device is gone from the list, then back (a rescan finds it only when no
    stream is open: here the speaker's is, so the list must change by itself)."""
    sd, events = FakeSounddevice(), Events()
    headset = Headset(events, sd=sd)
    try:
        headset.open(HEADSET)
        mic = next(s for s in sd.streams if s.kind == "input")
        mic.tick(np.zeros((960, 1), np.int16))
        mic.tick(np.zeros(960, np.int16))  # a malformed (1-D) block: caught, not raised
        sd.names.remove("usb_headset_mic")
        mic.die()
        wait_until(lambda: len(events.problems("microphone")) == 1, 3, "the failure")
        assert not events.problems("microphone")[0].working
        assert mic.closed and sd.rescans == 0  # the speaker's stream is open: no rescan
        sd.names.insert(0, "usb_headset_mic")
        wait_until(lambda: len(sd.streams) == 3, 3, "the microphone reopened")
        again = sd.streams[-1]
        for _ in range(12):
            again.tick(np.full((960, 1), 1000, np.int16))
        wait_until(lambda: len(events.problems("microphone")) == 2, 3, "the recovery")
        assert events.problems("microphone")[1].working
        assert headset.microphone_ok and len(headset.mic) > 0
    finally:
        headset.close()
    assert all(s.closed for s in sd.streams)
