"""Speech for audio tests: espeak-ng says a sentence, PESQ (ITU-T P.862,
wide band) scores what came through against it."""

from __future__ import annotations

import functools
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from pesq import pesq

from callnest.sim.rtc import RATE, read_wav, resample

SENTENCES = (
    "The quick brown fox jumps over the lazy dog near the river bank.",
    "Please read me the number on the back of your card, slowly.",
)


@functools.cache
def say(text: str) -> np.ndarray:
    """``text`` spoken by espeak-ng, as 48 kHz mono int16, cached per run."""
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "speech.wav"
        subprocess.run(["espeak-ng", "-s", "150", "-w", str(wav), text], check=True)
        samples = read_wav(wav)
    samples.setflags(write=False)
    return samples


def score(said: np.ndarray, heard: np.ndarray) -> float:
    """PESQ MOS-LQO of ``heard`` against ``said`` (both 48 kHz int16).

    ``heard`` may start early or late and run on: PESQ finds the delay itself,
    as long as the speech is inside it.
    """
    ref = resample(said, RATE, 16_000).astype(np.float32)
    deg = resample(heard, RATE, 16_000).astype(np.float32)
    return float(pesq(16_000, ref, deg, "wb"))


def _offset(said: np.ndarray, heard: np.ndarray) -> int:
    """Where in ``heard`` ``said`` begins, by FFT cross-correlation."""
    a = said.astype(np.float64)
    b = heard.astype(np.float64)
    n = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    corr = np.fft.irfft(np.fft.rfft(b, n) * np.conj(np.fft.rfft(a, n)), n)[: len(b)]
    return int(np.argmax(corr))


def find(said: np.ndarray, heard: np.ndarray, margin_s: float = 0.2) -> np.ndarray:
    """The stretch of ``heard`` where ``said`` is, found by cross-correlation.

    For a source that loops (chromium's fake microphone plays its file over and
    over from whenever capture began) a recording holds the sentence at an
    unknown offset; PESQ wants it roughly aligned.
    """
    lag = _offset(said, heard)
    margin = int(margin_s * RATE)
    return heard[max(0, lag - margin) : lag + len(said) + margin]


def renditions(said: np.ndarray, heard: np.ndarray, count: int = 2) -> list[np.ndarray]:
    """Up to ``count`` separate whole stretches of ``heard`` where ``said``
    is (a sentence said twice, or a looping microphone), best match first."""
    found = []
    rest = heard.copy()
    for _ in range(count):
        lag = _offset(said, rest)
        stretch = find(said, rest)
        if len(stretch) < len(said):
            break
        found.append(stretch.copy())
        rest[lag : lag + len(said)] = 0  # the next search finds another one
    return found


def loudness(samples: np.ndarray) -> float:
    """RMS level (int16 units); silence is below ~50."""
    if len(samples) == 0:
        return 0.0
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))
