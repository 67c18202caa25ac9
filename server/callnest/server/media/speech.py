"""The server's voice: text spoken by espeak-ng and encoded as Opus clips.

The packaged prompts are made with it ahead of time (scripts/make-audio-resources);
what cannot be -- a phone menu naming the owner's own queues -- is made with it
when first needed, so both sound the same. espeak-ng is a Debian package the
project's set-up installs; without it nothing is spoken (:class:`NoVoice`).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

import av
import numpy as np

from callnest.server.media.oggopus import FRAME_SAMPLES, OPUS_RATE

# espeak-ng's voice for each language the callers hear (protocol/languages.py),
# all with the same female variant and pace; another code gets English's.
VOICES = {"en": "en-us+f3", "sl": "sl+f3", "ru": "ru+f3", "es": "es+f3", "sk": "sk+f3"}
WORDS_PER_MINUTE = 150
SPEECH_PEAK = 0.7  # one loudness for every prompt, so words joined into a sentence match


class NoVoice(RuntimeError):
    """espeak-ng is not installed."""


def speak(text: str, language: str = "en") -> np.ndarray:
    """espeak-ng's speech for ``text`` in ``language``'s voice, resampled to
    48 kHz float."""
    executable = shutil.which("espeak-ng")
    if executable is None:
        raise NoVoice("espeak-ng is missing: install it (scripts/install-system-deps)")
    with tempfile.TemporaryDirectory() as workdir:
        wav = Path(workdir) / "speech.wav"
        voice = VOICES.get(language, VOICES["en"])
        command = [executable, "-v", voice, "-s", str(WORDS_PER_MINUTE), "-w", str(wav), text]
        subprocess.run(command, check=True)
        with wave.open(str(wav)) as w:
            rate = w.getframerate()
            samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    frame = av.AudioFrame.from_ndarray(samples[None, :].copy(), format="s16", layout="mono")
    frame.sample_rate = rate
    resampler = av.AudioResampler(format="flt", layout="mono", rate=OPUS_RATE)
    frames = resampler.resample(frame) + resampler.resample(None)
    return np.concatenate([f.to_ndarray()[0] for f in frames]).astype(np.float64)


def trim(signal: np.ndarray, lead_s: float = 0.02, tail_s: float = 0.04) -> np.ndarray:
    """Cuts espeak's leading and trailing silence (5 ms windows quieter than
    45 dB below the loudest), keeping a short margin and a 5 ms fade at each
    cut, so words joined together sound like one sentence."""
    window = round(0.005 * OPUS_RATE)
    usable = len(signal) - len(signal) % window
    level = np.sqrt(np.mean(signal[:usable].reshape(-1, window) ** 2, axis=1))
    loud = np.flatnonzero(level > level.max() * 10 ** (-45 / 20))
    first = max(0, loud[0] * window - round(lead_s * OPUS_RATE))
    last = min(len(signal), (loud[-1] + 1) * window + round(tail_s * OPUS_RATE))
    out = signal[first:last].copy()
    fade = np.linspace(0, 1, window)
    out[:window] *= fade
    out[-window:] *= fade[::-1]
    return out


def whole_frames(signal: np.ndarray) -> np.ndarray:
    return np.pad(signal, (0, -len(signal) % FRAME_SAMPLES))


def encode(signal: np.ndarray, application: str, bitrate: int, *, loop: bool) -> list[bytes]:
    """Encodes ``signal`` (float, a whole number of 20 ms frames) into 20 ms
    Opus packets that decode to exactly it, with no pre-skip.

    libopus looks ahead ``delay`` samples (312 at 48 kHz), so packet ``j``
    decodes to input samples ``[960 j - delay, 960 (j + 1) - delay)``. Feeding
    ``960 k - delay`` samples of what precedes the signal first and dropping
    the first k packets lines packets up with the signal's frames; ``delay``
    samples of what follows fill the look-ahead of the last one. Around a
    prompt that is silence. For a ``loop`` it is the loop's own end and start,
    so the encoder state across the wrap is that of continuous audio: it
    loops seamlessly, with no fade.
    """
    assert len(signal) % FRAME_SAMPLES == 0
    ctx = av.CodecContext.create("libopus", "w")
    ctx.sample_rate = OPUS_RATE
    ctx.layout = "mono"
    ctx.format = "flt"
    ctx.bit_rate = bitrate
    ctx.options = {"application": application, "frame_duration": "20", "vbr": "constrained"}
    ctx.open()
    assert ctx.extradata is not None  # the OpusHead libopus made on opening
    delay = int.from_bytes(ctx.extradata[10:12], "little")  # its pre-skip
    primed = delay // FRAME_SAMPLES + 1
    context = signal if loop else np.zeros(primed * FRAME_SAMPLES)
    before = context[len(context) - (primed * FRAME_SAMPLES - delay) :]
    feed = np.concatenate([before, signal, context[:delay]]).astype(np.float32)
    packets: list[bytes] = []
    for start in range(0, len(feed), FRAME_SAMPLES):
        frame = av.AudioFrame.from_ndarray(
            feed[None, start : start + FRAME_SAMPLES], format="flt", layout="mono"
        )
        frame.sample_rate = OPUS_RATE
        frame.pts = start
        packets += [bytes(p) for p in ctx.encode(frame)]
    packets += [bytes(p) for p in ctx.encode(None)]
    count = len(signal) // FRAME_SAMPLES
    kept = packets[primed : primed + count]
    assert len(kept) == count, (len(packets), primed, count)
    return kept


def spoken(text: str, language: str = "en") -> tuple[bytes, ...]:
    """``text`` in ``language``'s voice, as a clip the server plays like its
    packaged prompts. Blocks for espeak-ng and the encoder (tens of ms a
    sentence): run it in a thread."""
    signal = trim(speak(text, language))
    signal *= SPEECH_PEAK / max(float(np.abs(signal).max()), 1e-9)
    return tuple(encode(whole_frames(signal), "voip", 24_000, loop=False))
