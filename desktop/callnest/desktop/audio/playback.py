"""Playing a call recording to the operator: the Ogg/Opus file decoded with
PyAV (both legs, caller and agent, mixed into one), played on the chosen
speaker through a PortAudio stream of its own.

Not QtMultimedia: it would bring a second FFmpeg into the installer, and the
headset's devices are already chosen by name through PortAudio. The stream's
callback only copies from the decoded array; nothing else runs in it.
"""

from __future__ import annotations

import io
import threading
from typing import Any

import av
import numpy as np

from callnest.desktop.audio import devices

# The headset's count of open PortAudio streams: it must not re-initialise
# PortAudio (to find a replugged device) while this player's stream is open.
from callnest.desktop.audio.headset import count_stream
from callnest.desktop.i18n import translate

RATE = 48_000
BLOCK = 960  # 20 ms


class PlaybackError(Exception):
    """The recording could not be decoded or the speaker not opened; fit to show."""


def decode_recording(data: bytes) -> np.ndarray:
    """Every audio stream of the file, decoded to 48 kHz mono and mixed: int16."""
    try:
        with av.open(io.BytesIO(data), "r") as container:
            streams = list(container.streams.audio)
            if not streams:
                raise PlaybackError(translate("audio.playback", "the recording holds no audio"))
            legs: dict[int, list[np.ndarray]] = {s.index: [] for s in streams}
            resamplers = {
                s.index: av.AudioResampler(format="s16", layout="mono", rate=RATE) for s in streams
            }
            for packet in container.demux(*streams):
                index = packet.stream.index
                for frame in packet.decode():
                    assert isinstance(frame, av.AudioFrame)  # an audio stream's
                    for out in resamplers[index].resample(frame):
                        legs[index].append(out.to_ndarray().reshape(-1))
            for index, resampler in resamplers.items():
                for out in resampler.resample(None):
                    legs[index].append(out.to_ndarray().reshape(-1))
    except av.FFmpegError as exc:
        raise PlaybackError(
            translate(
                "audio.playback",
                "the recording could not be decoded ({reason})",
                "{reason}: the system's technical words",
            ).format(reason=exc)
        ) from exc
    decoded = [
        np.concatenate(chunks) if chunks else np.zeros(0, np.int16) for chunks in legs.values()
    ]
    mixed = np.zeros(max(len(leg) for leg in decoded), np.int32)
    for leg in decoded:
        mixed[: len(leg)] += leg
    return np.clip(mixed, -32768, 32767).astype(np.int16)


class RecordingPlayer:
    """Plays one recording at a time; any thread may ask where it is."""

    def __init__(self, sd: Any = None) -> None:
        self._sd = sd
        self._stream: Any = None
        self._samples = np.zeros(0, np.int16)
        self._position = 0  # samples played; only the callback writes it
        self._done = threading.Event()
        self._done.set()

    @property
    def playing(self) -> bool:
        return not self._done.is_set()

    @property
    def position_s(self) -> float:
        return self._position / RATE

    @property
    def duration_s(self) -> float:
        return len(self._samples) / RATE

    def play(self, samples: np.ndarray, speaker: str | None) -> None:
        """Starts ``samples`` (48 kHz mono int16) on the speaker named
        ``speaker`` (None: the system default); stops what was playing."""
        self.stop()
        sd = devices.sounddevice(self._sd)
        device = None
        if speaker is not None:
            device = devices.find(speaker, "output", sd)
            if device is None:
                raise PlaybackError(
                    translate("audio.playback", "The speaker “{name}” is not connected.").format(
                        name=speaker
                    )
                )
        self._samples = np.asarray(samples, dtype=np.int16).reshape(-1)
        self._position = 0
        self._done.clear()
        try:
            stream = sd.OutputStream(
                device=device,
                samplerate=RATE,
                channels=1,
                dtype="int16",
                blocksize=BLOCK,
                callback=self._callback,
                finished_callback=self._done.set,
            )
        except Exception as exc:  # PortAudio reports every failure its own way
            self._done.set()
            raise PlaybackError(
                translate(
                    "audio.playback",
                    "The speaker could not be opened ({reason}).",
                    "{reason}: the system's technical words",
                ).format(reason=exc)
            ) from exc
        count_stream(+1)
        self._stream = stream
        stream.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Blocks until playback ends; False on timeout."""
        return self._done.wait(timeout)

    def stop(self) -> None:
        """Stops playing and lets go of the speaker (safe when idle)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.close(ignore_errors=True)
            finally:
                count_stream(-1)
        self._done.set()

    def _callback(self, outdata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        start = self._position
        chunk = self._samples[start : start + frames]
        outdata[: len(chunk), 0] = chunk
        outdata[len(chunk) :, 0] = 0
        self._position = start + len(chunk)
        if len(chunk) < frames:
            raise devices.sounddevice(self._sd).CallbackStop
