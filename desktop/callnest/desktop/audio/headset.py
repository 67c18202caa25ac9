"""The agent's headset: a microphone, a speaker and a ring device, chosen by
name and opened as PortAudio streams (sounddevice).

The PortAudio callbacks only move samples between the device and two bounded
buffers, ``mic`` and ``speaker``; everything else (levels, unplug detection,
reopening) happens on a watchdog thread that the headset runs while it is
open. Free of Qt and asyncio: the engine thread and the GUI thread both call it.

What the watchdog can see (measured with PulseAudio 16 behind ALSA's pulse
plugin, the virtual headset of the tests): a stream that stops, fails, or
whose callbacks pause for more than ``STALL_S``. When a device of a sound
server (PulseAudio, PipeWire) disappears, the server moves the stream to its
default device and back when the device returns, so PortAudio never notices
the unplug itself; the move back pauses the microphone for ~1.8 s, which the
watchdog treats as a failure and answers by reopening the stream by name.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from callnest.desktop.audio import devices
from callnest.desktop.audio.buffers import SampleBuffer
from callnest.desktop.engine.events import DeviceProblem, DeviceRole, EngineEvent, MicLevel
from callnest.desktop.i18n import translate

log = logging.getLogger("callnest.desktop.audio")

RATE = 48_000
BLOCK = 960  # 20 ms, the WebRTC frame: one callback per frame
BUFFER_SAMPLES = RATE // 5  # 200 ms: the most either buffer can lag behind

WATCH_EVERY_S = 0.1  # the watchdog's tick, and so the MicLevel rate (10 Hz)
STALL_S = 0.5  # callbacks missing this long: the device stopped
# The first callback of a new stream through ALSA's pulse plugin came after
# 0.25-2.0 s in our measurements: a new stream is not "stalled" before this.
STARTUP_GRACE_S = 3.0
FLOWING_AFTER = 10  # callbacks (200 ms) before a stream counts as working
RETRY_EVERY_S = 0.5  # how often a lost device is looked for again
PLAY_AHEAD = 3 * BLOCK  # what a playback thread keeps queued in the speaker buffer

TEST_TONE_HZ = 1000.0
TEST_TONE_DBFS = -12.0
RING_HZ = (440.0, 480.0)  # the North American ring: two tones together
RING_ON_S, RING_OFF_S = 2.0, 4.0
RING_DBFS = -12.0  # each tone; together they peak at -6 dBFS

Kind = Literal["input", "output"]
# What can happen to a device, said in a sentence per role (see _said).
Happening = Literal["not_connected", "missing", "unopened", "stopped", "back"]


@dataclass(frozen=True)
class DeviceChoice:
    """The devices the agent chose, by name; None means the system default."""

    microphone: str | None = None
    speaker: str | None = None
    ring: str | None = None


class DeviceError(Exception):
    """A device could not be opened; ``message`` is for the operator."""

    def __init__(self, role: DeviceRole, device: str | None, message: str) -> None:
        super().__init__(message)
        self.role = role
        self.device = device
        self.message = message


def _said(role: DeviceRole, name: str | None, happening: Happening, reason: object = "") -> str:
    """What happened to a device, for the operator: 'The microphone “USB
    Headset” is not connected.', 'The default speaker works again.'. Whole
    sentences per role, so that each language can make its words agree."""
    return _sentences(role, name is not None)[happening].format(name=name, reason=reason)


def _sentences(role: DeviceRole, named: bool) -> dict[Happening, str]:
    # Called at the moment it is said (any thread): the language may change meanwhile.
    if role == "microphone" and named:
        return {
            "not_connected": translate(
                "audio.headset", "The microphone “{name}” is not connected."
            ),
            "unopened": translate(
                "audio.headset",
                "The microphone “{name}” could not be opened ({reason}).",
                "{reason}: the system's technical words",
            ),
            "stopped": translate(
                "audio.headset", "The microphone “{name}” stopped working. Is it unplugged?"
            ),
            "back": translate("audio.headset", "The microphone “{name}” works again."),
        }
    if role == "microphone":
        return {
            "missing": translate(
                "audio.headset", "The default microphone is missing: no device is connected."
            ),
            "unopened": translate(
                "audio.headset",
                "The default microphone could not be opened ({reason}).",
                "{reason}: the system's technical words",
            ),
            "stopped": translate(
                "audio.headset", "The default microphone stopped working. Is it unplugged?"
            ),
            "back": translate("audio.headset", "The default microphone works again."),
        }
    if role == "ring" and named:
        return {
            "not_connected": translate(
                "audio.headset", "The ring device “{name}” is not connected."
            ),
            "unopened": translate(
                "audio.headset",
                "The ring device “{name}” could not be opened ({reason}).",
                "{reason}: the system's technical words",
            ),
            "stopped": translate(
                "audio.headset", "The ring device “{name}” stopped working. Is it unplugged?"
            ),
            "back": translate("audio.headset", "The ring device “{name}” works again."),
        }
    if named:
        return {
            "not_connected": translate("audio.headset", "The speaker “{name}” is not connected."),
            "unopened": translate(
                "audio.headset",
                "The speaker “{name}” could not be opened ({reason}).",
                "{reason}: the system's technical words",
            ),
            "stopped": translate(
                "audio.headset", "The speaker “{name}” stopped working. Is it unplugged?"
            ),
            "back": translate("audio.headset", "The speaker “{name}” works again."),
        }
    # The default speaker; a ring device is always one by name (none: the speaker rings).
    return {
        "missing": translate(
            "audio.headset", "The default speaker is missing: no device is connected."
        ),
        "unopened": translate(
            "audio.headset",
            "The default speaker could not be opened ({reason}).",
            "{reason}: the system's technical words",
        ),
        "stopped": translate(
            "audio.headset", "The default speaker stopped working. Is it unplugged?"
        ),
        "back": translate("audio.headset", "The default speaker works again."),
    }


def _tone(hz: float, dbfs: float, seconds: float) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return 10 ** (dbfs / 20) * 32767 * np.sin(2 * np.pi * hz * t)


def _ring_cadence() -> np.ndarray:
    """One ring period (on, then off) as int16, with 10 ms ramps against clicks."""
    on = _tone(RING_HZ[0], RING_DBFS, RING_ON_S) + _tone(RING_HZ[1], RING_DBFS, RING_ON_S)
    ramp = np.linspace(0.0, 1.0, RATE // 100)
    on[: len(ramp)] *= ramp
    on[-len(ramp) :] *= ramp[::-1]
    off = np.zeros(round(RING_OFF_S * RATE))
    return np.concatenate([on, off]).astype(np.int16)


# PortAudio must not be re-initialised (devices.rescan) while any stream of
# the process is open, whichever headset opened it.
_open_streams = 0
_open_streams_lock = threading.Lock()


def count_stream(delta: int) -> None:
    """Every PortAudio stream of the process, opened (+1) or closed (-1), is
    counted here: a rescan waits for none to be open."""
    global _open_streams
    with _open_streams_lock:
        _open_streams += delta


class _Recorder:
    """A fixed-length recording fed from the input callback (no allocation there)."""

    def __init__(self, samples: int) -> None:
        self.samples = np.zeros(samples, dtype=np.int16)
        self.pos = 0
        self.full = threading.Event()

    def write(self, x: np.ndarray) -> None:
        n = min(len(x), len(self.samples) - self.pos)
        self.samples[self.pos : self.pos + n] = x[:n]
        self.pos += n
        if self.pos >= len(self.samples) and not self.full.is_set():
            self.full.set()


class _Line:
    """One role's stream and what the watchdog knows of it. The callback
    writes ``last``/``callbacks``/``energy``/``counted``; other threads only read them."""

    def __init__(self, role: DeviceRole, kind: Kind, name: str | None) -> None:
        self.role: DeviceRole = role
        self.kind: Kind = kind
        self.name = name
        self.stream: Any = None
        self.state: Literal["open", "lost", "closed"] = "closed"
        self.opened_at = 0.0
        self.last = 0.0
        self.callbacks = 0
        self.finished = False  # PortAudio ended the stream (not us)
        self.errors = 0  # exceptions caught inside the callback
        self.energy = 0.0  # running sum of squares (microphone), for the level
        self.counted = 0  # samples in ``energy``
        self.down = False  # a failure was reported and no recovery yet
        self.next_retry = 0.0

    @property
    def device(self) -> str:
        return self.name if self.name is not None else "default"


def _flowing(line: _Line, now: float) -> bool:
    """Callbacks arrive steadily: past the start-up burst, the last one recent."""
    return line.state == "open" and line.callbacks >= FLOWING_AFTER and now - line.last <= STALL_S


class Headset:
    """The agent's headset. ``open(choice)`` opens the devices; ``close()``
    closes them. ``mic`` and ``speaker`` are the same objects for the life of
    the headset, across device switches and reopenings.

    Unplug detection is a watchdog thread (not a poll the engine calls), so it
    works without the engine loop: every ``WATCH_EVERY_S`` it emits the
    microphone level and checks each stream; a failed stream is closed and
    looked for again by name every ``RETRY_EVERY_S``; ``DeviceProblem`` events
    report the failure (working=False) and the recovery (working=True).
    ``on_event`` is called on the watchdog thread, or on the caller's thread
    for ``ring``.
    """

    RATE = RATE
    BLOCK = BLOCK

    def __init__(self, on_event: Callable[[EngineEvent], None], sd: Any = None) -> None:
        self._on_event = on_event
        self._sd = sd
        self.mic = SampleBuffer(BUFFER_SAMPLES)
        self.speaker = SampleBuffer(BUFFER_SAMPLES)
        self._choice = DeviceChoice()
        self._lock = threading.RLock()
        self._lines: dict[DeviceRole, _Line] = {}
        self._watchdog: threading.Thread | None = None
        self._stopping = threading.Event()
        self._levels: dict[int, tuple[float, int]] = {}
        self._tap: _Recorder | None = None
        self._ringing = False
        self._ring_on_speaker = False  # no ring device, or it is lost: ring on the speaker
        self._ring_table: np.ndarray | None = None
        self._ring_pos = 0

    # ------------------------------------------------------------ public

    @property
    def choice(self) -> DeviceChoice:
        return self._choice

    @property
    def microphone_ok(self) -> bool:
        """The microphone stream runs and its callbacks keep arriving."""
        line = self._lines.get("microphone")
        return line is not None and _flowing(line, time.monotonic())

    @property
    def microphone_chosen(self) -> bool:
        """A microphone was opened (it may have failed since): from then on,
        no level from it means it delivers nothing."""
        return "microphone" in self._lines

    @property
    def speaker_ok(self) -> bool:
        """The speaker stream runs and its callbacks keep arriving."""
        line = self._lines.get("speaker")
        return line is not None and _flowing(line, time.monotonic())

    def open(self, choice: DeviceChoice) -> None:
        """Opens the chosen microphone and speaker. A device already open under
        the same name is kept, so a call in progress is not disturbed. Raises
        DeviceError for the first role that failed; the other role is open all
        the same, and the failed one is looked for again in the background."""
        errors: list[DeviceError] = []
        with self._lock:
            self._choice = choice
            wanted: tuple[tuple[DeviceRole, Kind, str | None], ...] = (
                ("microphone", "input", choice.microphone),
                ("speaker", "output", choice.speaker),
            )
            for role, kind, name in wanted:
                old = self._lines.get(role)
                if old is not None and old.state == "open" and old.name == name:
                    continue
                if old is not None:
                    self._close_line(old)
                line = _Line(role, kind, name)
                self._lines[role] = line
                try:
                    self._start_line(line)
                except DeviceError as e:
                    line.state, line.down = "lost", True
                    line.next_retry = time.monotonic() + RETRY_EVERY_S
                    errors.append(e)
            if self._ringing:  # the ring device may have changed
                self._stop_ring()
                self._start_ring()
            self._ensure_watchdog()
        if errors:
            raise errors[0]

    def close(self) -> None:
        """Stops ringing and playback and closes every stream. Idempotent."""
        self._stopping.set()
        watchdog, self._watchdog = self._watchdog, None
        if watchdog is not None and watchdog is not threading.current_thread():
            watchdog.join()
        with self._lock:
            self._ringing = False
            self._ring_on_speaker = False
            self._tap = None
            for line in self._lines.values():
                self._close_line(line)
            self._lines.clear()

    def ring(self, on: bool) -> None:
        """Rings (2 s on, 4 s off) on the ring device, or the speaker when no
        ring device is chosen, until ``ring(False)``."""
        problem: DeviceProblem | None = None
        with self._lock:
            if on == self._ringing:
                return
            if on:
                self._ring_pos = 0
                self._ringing = True
                problem = self._start_ring()
            else:
                self._ringing = False
                self._stop_ring()
        if problem is not None:
            self._emit(problem)

    def play(self, samples: np.ndarray) -> threading.Event:
        """Plays ``samples`` (48 kHz mono int16) through the speaker buffer from
        a thread, in real time; the Event is set when they have been played
        (or the speaker stopped taking them, or the headset closed)."""
        done = threading.Event()
        data = np.asarray(samples, dtype=np.int16).reshape(-1)
        threading.Thread(
            target=self._feed, args=(data, done), name="headset-play", daemon=True
        ).start()
        return done

    def play_test_tone(self, seconds: float = 1.0) -> threading.Event:
        """A 1 kHz tone at -12 dBFS on the speaker; the Event is set when it ends."""
        return self.play(_tone(TEST_TONE_HZ, TEST_TONE_DBFS, seconds).astype(np.int16))

    def echo_test(
        self, seconds: float = 3.0, on_done: Callable[[np.ndarray], None] | None = None
    ) -> threading.Event:
        """Records the microphone for ``seconds``, then plays it back on the
        speaker. The Event is set when the playback ended; ``on_done`` (if
        given) gets the recording then, on the test's thread."""
        done = threading.Event()
        threading.Thread(
            target=self._echo, args=(seconds, on_done, done), name="headset-echo", daemon=True
        ).start()
        return done

    # --------------------------------------------------------- streams

    def _module(self) -> Any:
        if self._sd is None:
            self._sd = devices.sounddevice()
        return self._sd

    def _start_line(self, line: _Line) -> None:
        """Opens and starts ``line``'s stream, or raises DeviceError."""
        sd = self._module()
        device: int | None = None
        if line.name is not None:
            device = devices.find(line.name, line.kind, sd)
            if device is None and _open_streams == 0:
                devices.rescan(sd)  # it may have been plugged in after PortAudio started
                device = devices.find(line.name, line.kind, sd)
            if device is None:
                raise DeviceError(
                    line.role, line.name, _said(line.role, line.name, "not_connected")
                )
        elif devices.default_name(line.kind, sd) is None:
            raise DeviceError(line.role, None, _said(line.role, None, "missing"))
        line.callbacks, line.finished, line.errors = 0, False, 0
        line.energy, line.counted = 0.0, 0
        if line.kind == "input":
            factory, callback = sd.InputStream, self._input_callback(line)
        else:
            factory, callback = sd.OutputStream, self._output_callback(line)

        def finished() -> None:
            line.finished = True

        stream = None
        try:
            stream = factory(
                device=device,
                samplerate=RATE,
                channels=1,
                dtype="int16",
                blocksize=BLOCK,
                latency="low",
                callback=callback,
                finished_callback=finished,
            )
            count_stream(+1)
            stream.start()
        except Exception as e:  # PortAudio reports every failure its own way
            if stream is not None:
                self._close_stream(stream)
            said = _said(line.role, line.name, "unopened", e)
            raise DeviceError(line.role, line.name, said) from e
        line.stream = stream
        line.state = "open"
        line.opened_at = time.monotonic()

    def _close_stream(self, stream: Any) -> None:
        with contextlib.suppress(Exception):  # a vanished device may fail to close
            stream.close(ignore_errors=True)
        count_stream(-1)

    def _close_line(self, line: _Line) -> None:
        line.state = "closed"  # first: its finished callback is then ours, not a failure
        stream, line.stream = line.stream, None
        if stream is not None:
            self._close_stream(stream)

    def _input_callback(self, line: _Line) -> Callable[..., None]:
        def callback(indata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
            try:
                line.last = time.monotonic()
                line.callbacks += 1
                x = indata[:, 0]
                self.mic.write(x)
                f = x.astype(np.float32)
                line.energy += float(np.dot(f, f))
                line.counted += frames
                tap = self._tap
                if tap is not None:
                    tap.write(x)
            except Exception:  # nothing may escape into PortAudio
                line.errors += 1

        return callback

    def _output_callback(self, line: _Line) -> Callable[..., None]:
        ring_line = line.role == "ring"

        def callback(outdata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
            try:
                line.last = time.monotonic()
                line.callbacks += 1
                out = outdata[:, 0]
                if ring_line:
                    self._ring_into(out, mix=False)
                else:
                    self.speaker.read_into(out)
                    if self._ring_on_speaker:
                        self._ring_into(out, mix=True)
            except Exception:  # nothing may escape into PortAudio
                outdata.fill(0)
                line.errors += 1

        return callback

    # ------------------------------------------------------------ ring

    def _start_ring(self) -> DeviceProblem | None:
        """Starts ringing on the chosen ring device, else on the speaker. Under the lock."""
        if self._ring_table is None:
            self._ring_table = _ring_cadence()
        name = self._choice.ring
        if name is None or name == self._choice.speaker:
            self._ring_on_speaker = True
            return None
        line = _Line("ring", "output", name)
        self._lines["ring"] = line
        try:
            self._start_line(line)
        except DeviceError as e:
            line.state, line.down = "lost", True
            line.next_retry = time.monotonic() + RETRY_EVERY_S
            self._ring_on_speaker = True
            self._ensure_watchdog()
            message = translate(
                "audio.headset",
                "{problem} Ringing on the speaker.",
                "{problem}: a sentence on what is wrong with the ring device",
            ).format(problem=e.message)
            return DeviceProblem("ring", line.device, message, False)
        self._ring_on_speaker = False
        self._ensure_watchdog()
        return None

    def _stop_ring(self) -> None:
        self._ring_on_speaker = False
        line = self._lines.pop("ring", None)
        if line is not None:
            self._close_line(line)

    def _ring_into(self, out: np.ndarray, mix: bool) -> None:
        table = self._ring_table
        if table is None or not self._ringing:
            if not mix:
                out.fill(0)
            return
        n, pos = len(out), self._ring_pos
        first = min(n, len(table) - pos)
        if mix:
            chunk = np.concatenate([table[pos : pos + first], table[: n - first]])
            summed = out.astype(np.int32) + chunk
            np.clip(summed, -32768, 32767, out=summed)
            out[:] = summed
        else:
            out[:first] = table[pos : pos + first]
            out[first:] = table[: n - first]
        self._ring_pos = (pos + n) % len(table)

    # ------------------------------------------------------ playback

    def _feed(self, samples: np.ndarray, done: threading.Event) -> None:
        try:
            keep = self.speaker.capacity - PLAY_AHEAD  # free space wanted before each block
            for start in range(0, len(samples), BLOCK):
                if self._stopping.is_set():
                    return
                # No reader (speaker gone): give up rather than wait for ever.
                if not self.speaker.wait_for_space(keep, timeout=STARTUP_GRACE_S):
                    return
                self.speaker.write(samples[start : start + BLOCK])
            self.speaker.wait_for_space(self.speaker.capacity, timeout=STARTUP_GRACE_S)
        finally:
            done.set()

    def _echo(
        self, seconds: float, on_done: Callable[[np.ndarray], None] | None, done: threading.Event
    ) -> None:
        recorder = _Recorder(round(seconds * RATE))
        self._tap = recorder
        try:
            recorder.full.wait(seconds + 2 * STALL_S)
        finally:
            self._tap = None
        recording = recorder.samples[: recorder.pos].copy()
        self._feed(recording, threading.Event())
        if on_done is not None:
            on_done(recording)
        done.set()

    # ------------------------------------------------------ watchdog

    def _ensure_watchdog(self) -> None:
        if self._watchdog is not None and self._watchdog.is_alive():
            return
        self._stopping.clear()
        self._watchdog = threading.Thread(target=self._watch, name="headset-watchdog", daemon=True)
        self._watchdog.start()

    def _watch(self) -> None:
        while not self._stopping.wait(WATCH_EVERY_S):
            events: list[EngineEvent] = []
            with self._lock:
                now = time.monotonic()
                for line in list(self._lines.values()):
                    self._check(line, now, events)
                mic = self._lines.get("microphone")
                if mic is not None and mic.state == "open":
                    level = self._level(mic)
                    if level is not None:
                        events.append(level)
            for event in events:
                self._emit(event)

    def _check(self, line: _Line, now: float, events: list[EngineEvent]) -> None:
        if line.state == "open":
            # A new stream may pause after its first few callbacks (ALSA's pulse
            # plugin prefills, then waits for the server): no verdict during the grace.
            quiet = now - max(line.last, line.opened_at)
            failed = line.finished or (now - line.opened_at > STARTUP_GRACE_S and quiet > STALL_S)
            if failed:
                self._close_line(line)
                line.state = "lost"
                line.next_retry = now + RETRY_EVERY_S
                if line.role == "ring" and self._ringing:
                    self._ring_on_speaker = True
                if not line.down:
                    line.down = True
                    message = _said(line.role, line.name, "stopped")
                    events.append(DeviceProblem(line.role, line.device, message, False))
            elif line.down and _flowing(line, now):
                line.down = False
                if line.role == "ring":
                    self._ring_on_speaker = False
                message = _said(line.role, line.name, "back")
                events.append(DeviceProblem(line.role, line.device, message, True))
        elif line.state == "lost" and now >= line.next_retry:
            try:
                self._start_line(line)
            except DeviceError:
                line.next_retry = now + RETRY_EVERY_S

    def _level(self, line: _Line) -> MicLevel | None:
        """The level since the last tick, from the callback's running sums."""
        energy, counted = line.energy, line.counted
        before_energy, before_counted = self._levels.get(id(line), (0.0, 0))
        self._levels = {id(line): (energy, counted)}
        n = counted - before_counted
        if n <= 0:
            return None
        mean = (energy - before_energy) / n
        if mean <= 0:
            return MicLevel(-100.0)
        return MicLevel(max(-100.0, 10 * float(np.log10(mean / 32768.0**2))))

    def _emit(self, event: EngineEvent) -> None:
        try:
            self._on_event(event)
        except Exception:  # a listener's bug must not stop the watchdog
            log.exception("the headset's event listener failed")
