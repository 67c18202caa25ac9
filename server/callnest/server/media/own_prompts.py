"""The owner's own recordings of the prompts, in place of the server's voice.

An upload (any sound file FFmpeg reads: WAV, Ogg, MP3, FLAC, M4A...) is
checked -- that it is sound, long enough and not too long, loud enough,
not clipped -- and made into what the server plays: mono 48 kHz, the
silence around cut, as loud as the made prompts' speech, encoded like them
(Opus "voip" at ~24 kbit/s in 20 ms packets, no pre-skip). It is kept as
``<data dir>/prompts/<language>/<name>.ogg`` and played from then on; the
made prompt stays in the library, to come back when the recording is
removed. At start the kept recordings are loaded again.
"""

from __future__ import annotations

import io
import logging
import math
import os
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from callnest.protocol.rest.prompts import PromptProblem
from callnest.server.media.oggopus import FRAME_S, OPUS_RATE, ogg_opus_bytes, read_packets
from callnest.server.media.prompts import AudioLibrary, Clip
from callnest.server.media.speech import encode, whole_frames

log = logging.getLogger("callnest.media")

MAX_UPLOAD_BYTES = 10_000_000  # 10 MB, as the app says sizes
MIN_SECONDS = 0.5
MAX_SECONDS = 60.0  # a welcome, a notice
# Sentences said one after another (place in line, then the wait; the
# languages on offer) must stay short.
MAX_SENTENCE_SECONDS = 15.0
SHORT_PREFIXES = ("position_", "wait_", "language_choice_")
MIN_LOUDNESS_DBFS = -40.0  # its level (RMS, the silence around cut) below which it is too quiet
MIN_SOUND_PERCENT = 40.0  # of the recording (silence around cut) with sound in it
MAX_CLIPPED_PERCENT = 0.1  # of samples at full scale
FULL_SCALE = 0.999
# The made prompts' speech is at about -21 dBFS (RMS of its 20 ms windows
# with sound): a recording is brought to that, its peaks no higher than -1 dBFS.
TARGET_DBFS = -21.0
MAX_PEAK = 10 ** (-1 / 20)
SOUND_DBFS = -50.0  # a 20 ms window louder than this has sound
TRIM_BELOW_LOUDEST_DB = 40.0  # silence around is what is this far below the loudest window
LEAD_S, TAIL_S = 0.05, 0.1  # kept before the first sound and after the last
# Decoding stops this far past the longest a recording may be: a small file
# can hold hours of heavily compressed sound.
DECODE_MARGIN_S = 30.0
BITRATE = 24_000  # the made prompts'
WINDOW = round(0.020 * OPUS_RATE)

# What a file's first bytes say it is, as FFmpeg's demuxer names: only these
# are opened (FFmpeg's playlists and concatenations would open other files).
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"OggS", "ogg"),
    (0, b"fLaC", "flac"),
    (0, b"ID3", "mp3"),
    (0, b"\x1a\x45\xdf\xa3", "matroska"),  # Matroska, WebM
    (0, b"caff", "caf"),
    (4, b"ftyp", "mov"),  # MP4, M4A, 3GP
)


class Refused(Exception):
    """The upload cannot be used: its ``problem`` and the figures that show it."""

    def __init__(self, problem: PromptProblem, message: str, **figures: float) -> None:
        super().__init__(message)
        self.problem, self.message, self.figures = problem, message, figures

    @property
    def details(self) -> dict[str, object]:
        return {"problem": self.problem.value, **self.figures}


@dataclass(frozen=True, slots=True)
class Recording:
    """An upload made into a clip the server plays."""

    packets: Clip
    seconds: float


def max_seconds(name: str) -> float:
    """The longest recording the prompt ``name`` takes."""
    return MAX_SENTENCE_SECONDS if name.startswith(SHORT_PREFIXES) else MAX_SECONDS


def make_recording(data: bytes, name: str) -> Recording:
    """The upload ``data`` as the prompt ``name``'s clip; raises
    :class:`Refused`. Up to a second or two of CPU: run it in a thread."""
    longest = max_seconds(name)
    signal, clipped, beyond_s = _decode(data, longest + DECODE_MARGIN_S)
    if beyond_s is not None:
        raise _too_long(beyond_s, longest)
    if clipped > MAX_CLIPPED_PERCENT:
        raise Refused(
            PromptProblem.CLIPPED,
            f"{clipped:.2f} % of the samples are at full scale (clipped): record it "
            f"less loud (at most {MAX_CLIPPED_PERCENT:g} %)",
            percent=round(clipped, 2),
            max_percent=MAX_CLIPPED_PERCENT,
        )
    if len(signal) >= WINDOW and float(_levels(signal).max()) > 0:
        spoken = _trimmed(signal)
    else:
        spoken = signal  # digital silence (or next to nothing): too quiet, or too short
    seconds = round(len(spoken) / OPUS_RATE, 1)
    if seconds < MIN_SECONDS:
        raise Refused(
            PromptProblem.TOO_SHORT,
            f"the recording lasts {seconds:g} s without the silence around it: "
            f"at least {MIN_SECONDS:g} s",
            seconds=seconds,
            min_s=MIN_SECONDS,
        )
    if seconds > longest:
        raise _too_long(seconds, longest)
    level = _dbfs(spoken)
    if level < MIN_LOUDNESS_DBFS:
        raise Refused(
            PromptProblem.TOO_QUIET,
            f"the recording is too quiet ({level:.1f} dBFS; at least {MIN_LOUDNESS_DBFS:g})",
            dbfs=round(level, 1),
            min_dbfs=MIN_LOUDNESS_DBFS,
        )
    levels = _levels(spoken)
    sound = 100 * float(np.mean(levels > 10 ** (SOUND_DBFS / 20)))
    if sound < MIN_SOUND_PERCENT:
        raise Refused(
            PromptProblem.MOSTLY_SILENCE,
            f"the recording is mostly silence (sound in {sound:.0f} % of it; "
            f"at least {MIN_SOUND_PERCENT:g} %)",
            percent=round(sound),
            min_percent=MIN_SOUND_PERCENT,
        )
    packets = encode(whole_frames(_normalised(spoken, levels)), "voip", BITRATE, loop=False)
    return Recording(tuple(packets), round(len(packets) * FRAME_S, 2))


def _too_long(seconds: float, longest: float) -> Refused:
    return Refused(
        PromptProblem.TOO_LONG,
        f"the recording lasts {seconds:.1f} s without the silence around it: "
        f"this prompt takes at most {longest:g} s",
        seconds=round(seconds, 1),
        max_s=longest,
    )


def _format(data: bytes) -> str:
    for offset, magic, name in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return name
    if data[:4] in (b"RIFF", b"RIFX", b"RF64") and data[8:12] == b"WAVE":
        return "wav"
    if data[:4] == b"FORM" and data[8:12] in (b"AIFF", b"AIFC"):
        return "aiff"
    if len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0:
        # MPEG audio frames: ADTS (AAC) has layer bits 00, MP3 does not.
        return "aac" if data[1] & 0x06 == 0 else "mp3"
    raise Refused(
        PromptProblem.NOT_AUDIO,
        "this is not a sound file the server reads (WAV, Ogg, MP3, FLAC, M4A, WebM, AIFF)",
    )


def _decode(data: bytes, stop_s: float) -> tuple[np.ndarray, float, float | None]:
    """The first audio stream as mono 48 kHz floats; the percentage of its
    samples at full scale; and its length when it is past ``stop_s`` (then
    only what was decoded to there is given)."""
    try:
        container = av.open(io.BytesIO(data), mode="r", format=_format(data))
    except (av.FFmpegError, ValueError, OSError) as exc:
        log.info("an upload cannot be opened as sound: %s", exc)
        raise Refused(
            PromptProblem.NOT_AUDIO, "the file cannot be read as sound: damaged, or not sound"
        ) from None
    with container:
        if not container.streams.audio:
            raise Refused(PromptProblem.NO_AUDIO, "the file has no sound in it")
        stream = container.streams.audio[0]
        native = av.AudioResampler(format="fltp")  # as recorded, as floats
        to_ours = av.AudioResampler(format="fltp", rate=OPUS_RATE)
        pieces: list[np.ndarray] = []
        samples = full = 0
        decoded_s = 0.0
        try:
            for frame in container.decode(stream):
                for f in native.resample(frame):
                    pcm = f.to_ndarray()
                    samples += pcm.size
                    full += int(np.count_nonzero(np.abs(pcm) >= FULL_SCALE))
                for f in to_ours.resample(frame):
                    pieces.append(f.to_ndarray().mean(axis=0))  # a mono mix
                decoded_s += frame.samples / (frame.sample_rate or OPUS_RATE)
                if decoded_s > stop_s:
                    known = (container.duration or 0) / av.time_base
                    return _joined(pieces), 0.0, max(decoded_s, known)
            for f in to_ours.resample(None):
                pieces.append(f.to_ndarray().mean(axis=0))
        except (av.FFmpegError, ValueError, OSError) as exc:
            log.info("an upload's sound cannot be decoded: %s", exc)
            raise Refused(
                PromptProblem.NOT_AUDIO, "the file's sound cannot be decoded: is it damaged?"
            ) from None
    if not samples:
        raise Refused(PromptProblem.NO_AUDIO, "the file has no sound in it")
    return _joined(pieces), 100 * full / samples, None


def _joined(pieces: list[np.ndarray]) -> np.ndarray:
    if not pieces:
        return np.zeros(0)
    signal: np.ndarray = np.concatenate(pieces).astype(np.float64)
    centred: np.ndarray = signal - signal.mean()  # no DC offset to count as loudness
    return centred


def _levels(signal: np.ndarray) -> np.ndarray:
    """RMS of each whole 20 ms window."""
    usable = len(signal) - len(signal) % WINDOW
    levels: np.ndarray = np.sqrt(np.mean(signal[:usable].reshape(-1, WINDOW) ** 2, axis=1))
    return levels


def _dbfs(signal: np.ndarray) -> float:
    if not len(signal):
        return -120.0
    rms = float(np.sqrt(np.mean(signal**2)))
    return max(-120.0, 20 * math.log10(rms)) if rms > 0 else -120.0


def _trimmed(signal: np.ndarray) -> np.ndarray:
    """``signal`` without the silence before and after it (windows far below
    the loudest), keeping a short margin, with a 5 ms fade at each cut."""
    levels = _levels(signal)
    if not len(levels):
        return signal
    loud = np.flatnonzero(levels > levels.max() * 10 ** (-TRIM_BELOW_LOUDEST_DB / 20))
    first = max(0, loud[0] * WINDOW - round(LEAD_S * OPUS_RATE))
    last = min(len(signal), (loud[-1] + 1) * WINDOW + round(TAIL_S * OPUS_RATE))
    out = signal[first:last].copy()
    fade = np.linspace(0, 1, min(len(out), round(0.005 * OPUS_RATE)))
    out[: len(fade)] *= fade
    out[len(out) - len(fade) :] *= fade[::-1]
    return out


def _normalised(signal: np.ndarray, levels: np.ndarray) -> np.ndarray:
    """As loud as the made prompts' speech, its peaks no higher than MAX_PEAK."""
    sound = levels[levels > 10 ** (SOUND_DBFS / 20)]
    speech = float(np.sqrt(np.mean(sound**2))) if len(sound) else float(levels.max())
    gain = 10 ** (TARGET_DBFS / 20) / max(speech, 1e-9)
    gain = min(gain, MAX_PEAK / max(float(np.abs(signal).max()), 1e-9))
    out: np.ndarray = signal * gain
    return out


class OwnPrompts:
    """The recordings kept under ``root`` (``<language>/<name>.ogg``), and
    the library that plays them."""

    def __init__(self, root: Path, library: AudioLibrary) -> None:
        self.root, self.library = root, library

    def path(self, name: str, language: str) -> Path:
        return self.root / language / f"{name}.ogg"

    def load(self) -> int:
        """Puts every kept recording in its place; how many there were. A
        file the library has no prompt for, or cannot read, is left alone."""
        count = 0
        for path in sorted(self.root.glob("*/*.ogg")):
            language, name = path.parent.name, path.stem
            try:
                self.library.made(name, language)
                self.library.set_own(name, language, read_packets(path))
            except KeyError:
                log.warning("%s: no such prompt: not played", path)
                continue
            except (ValueError, OSError, av.FFmpegError) as exc:
                log.warning("%s cannot be read: not played: %s", path, exc)
                continue
            count += 1
        if count:
            log.info("%d of the owner's own recordings replace made prompts", count)
        return count

    def save(self, name: str, language: str, packets: Clip) -> None:
        """Keeps the recording and plays it from now on."""
        self.write(name, language, packets)
        self.library.set_own(name, language, packets)

    def write(self, name: str, language: str, packets: Clip) -> None:
        """Keeps the recording, whole or not at all (blocks on the disk)."""
        self.library.made(name, language)  # KeyError: no such prompt
        path = self.path(name, language)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        serial = zlib.crc32(f"{language}/{name}".encode())
        data = ogg_opus_bytes(packets, serial=serial, tags=[f"LANGUAGE={language}"])
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def remove(self, name: str, language: str) -> None:
        """The made prompt again, from now on."""
        self.delete(name, language)
        self.library.set_own(name, language, None)

    def delete(self, name: str, language: str) -> None:
        """Forgets the kept recording, if there is one (blocks on the disk)."""
        self.library.made(name, language)  # KeyError: no such prompt
        self.path(name, language).unlink(missing_ok=True)
