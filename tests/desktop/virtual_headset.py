"""The virtual headset as a pytest fixture: a private PulseAudio daemon with
null sinks, and ALSA devices that PortAudio lists by name (usb_headset,
usb_headset_mic, laptop_speakers). See tests/tools/virtual-headset.

Speech goes into the microphone with ``play_into_mic`` (sink headset_mic,
whose monitor is the usb_headset_mic device); what a device played is
recorded from its sink's monitor. ``unplug``/``plug`` remove and re-create a
sink, as a USB device does; ``stall``/``unstall`` suspend one, so the stream
on it stops getting callbacks, as a wedged or hard-removed ALSA device does.
"""

from __future__ import annotations

import io
import os
import shlex
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from callnest.sim.rtc import write_wav

SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "virtual-headset"
RATE = 48_000
TOOLS = ("pulseaudio", "pactl", "paplay", "parec")


class Recording:
    """``parec`` recording a monitor source until ``stop()``."""

    def __init__(self, source: str) -> None:
        self._proc = subprocess.Popen(
            [
                "parec",
                f"--device={source}",
                "--rate=48000",
                "--channels=1",
                "--format=s16le",
                "--raw",
                "--latency-msec=20",
            ],
            stdout=subprocess.PIPE,
        )
        self._chunks: list[bytes] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert isinstance(self._proc.stdout, io.BufferedReader)  # stdout=PIPE, buffered
        while chunk := self._proc.stdout.read1(65536):
            self._chunks.append(chunk)

    def samples(self) -> np.ndarray:
        """What was recorded so far."""
        data = b"".join(list(self._chunks))
        return np.frombuffer(data[: len(data) // 2 * 2], dtype=np.int16).copy()

    def stop(self) -> np.ndarray:
        self._proc.terminate()
        self._proc.wait(5)
        self._reader.join(5)
        assert self._proc.stdout is not None
        self._proc.stdout.close()
        return self.samples()


class VirtualHeadset:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _pactl(self, *args: str) -> str:
        return subprocess.run(["pactl", *args], check=True, capture_output=True, text=True).stdout

    def play_into_mic(self, wav_path: Path) -> None:
        """Plays a WAV file into the microphone, returning when it has been played."""
        subprocess.run(["paplay", "--device=headset_mic", str(wav_path)], check=True)

    def play_samples_into_mic(self, samples: np.ndarray) -> None:
        wav = self.directory / f"into-mic-{threading.get_ident()}.wav"
        write_wav(wav, samples)
        self.play_into_mic(wav)

    def record(self, source: str) -> Recording:
        """Starts recording a source, e.g. ``laptop_speakers.monitor``."""
        return Recording(source)

    def unplug(self, sink_name: str) -> None:
        """Removes a sink (and its monitor), as pulling out a USB device does."""
        for line in self._pactl("list", "short", "modules").splitlines():
            fields = line.split("\t")
            if fields[1] == "module-null-sink" and f"sink_name={sink_name}" in fields[2].split():
                self._pactl("unload-module", fields[0])
                return
        raise AssertionError(f"no sink {sink_name} to unplug")

    def plug(self, sink_name: str) -> None:
        self._pactl("load-module", "module-null-sink", f"sink_name={sink_name}")

    def stall(self, sink_name: str) -> None:
        """Suspends a sink: streams on it (and on its monitor) stop moving."""
        self._pactl("suspend-sink", sink_name, "1")

    def unstall(self, sink_name: str) -> None:
        self._pactl("suspend-sink", sink_name, "0")


@pytest.fixture(scope="session")
def _virtual_pulse(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, dict[str, str]]]:
    """The PulseAudio daemon, once per run; the environment that reaches it."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.fail(
            f"the virtual headset needs {', '.join(missing)}: run scripts/install-system-deps "
            "(pulseaudio, pulseaudio-utils, libasound2-plugins, libportaudio2)"
        )
    directory = tmp_path_factory.mktemp("virtual-headset")
    # A private runtime and state directory: another PulseAudio of this user
    # (a desktop's, another test run's) must neither block nor share this one.
    private = {
        "PULSE_RUNTIME_PATH": str(directory / "runtime"),
        "PULSE_STATE_PATH": str(directory / "state"),
    }
    started = subprocess.run(
        [str(SCRIPT), "start", str(directory)],
        env=os.environ | private,
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        pytest.fail(f"the virtual headset did not start: {started.stderr.strip()}")
    exports = {}
    for word in shlex.split(started.stdout.strip().removeprefix("export ")):
        key, _, value = word.partition("=")
        exports[key] = value
    assert set(exports) == {"PULSE_SERVER", "ALSA_CONFIG_PATH"}, started.stdout
    try:
        yield directory, private | exports
    finally:
        subprocess.run([str(SCRIPT), "stop", str(directory)], env=os.environ | private | exports)


@pytest.fixture
def virtual_headset(_virtual_pulse: tuple[Path, dict[str, str]]) -> Iterator[VirtualHeadset]:
    """The virtual devices for one test. Only that test sees them: a browser
    or an app started by a later test must not play into these sinks."""
    import sounddevice as sd  # type: ignore[import-untyped]  # ships no type hints

    directory, env = _virtual_pulse
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        sd._terminate()  # PortAudio lists devices when it starts: start it again
        sd._initialize()
        try:
            yield VirtualHeadset(directory)
        finally:
            sd._terminate()
    sd._initialize()
