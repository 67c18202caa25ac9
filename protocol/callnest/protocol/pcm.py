"""Audio as Callnest's clients handle it: 48 kHz mono int16, in 20 ms frames
(Opus's), to and from aiortc tracks. Shared by the desktop's audio link and
the simulated phones, so both pace, build and read frames the same way."""

from __future__ import annotations

import asyncio
import fractions
import time

import av
import numpy as np

RATE = 48_000
FRAME = 960  # 20 ms
TIME_BASE = fractions.Fraction(1, RATE)
MAX_LAG_S = 0.1  # how far behind the clock a sender may catch up by sending faster


def resample(samples: np.ndarray, rate: int, to: int = RATE) -> np.ndarray:
    """Linear resampling: plenty for speech between the rates clients use."""
    if rate == to or len(samples) == 0:
        return samples.astype(np.int16)
    n = round(len(samples) * to / rate)
    x = np.linspace(0, len(samples) - 1, n)
    return np.interp(x, np.arange(len(samples)), samples.astype(np.float64)).astype(np.int16)


def to_frame(samples: np.ndarray, pts: int) -> av.AudioFrame:
    """One frame of 48 kHz mono int16 samples, stamped ``pts`` (in samples)."""
    frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
    frame.sample_rate = RATE
    frame.pts = pts
    frame.time_base = TIME_BASE
    return frame


def to_mono(frame: av.AudioFrame) -> np.ndarray:
    """A decoded frame (aiortc's Opus decoder gives stereo) as 48 kHz mono int16."""
    data = frame.to_ndarray().reshape(-1)
    channels = len(frame.layout.channels)
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1).astype(np.int16)
    return resample(data, frame.sample_rate)


class Pacer:
    """Paces a sender at one frame per 20 ms of wall clock. After a stalled
    loop it goes on from now, as a phone's own clock would, rather than burst
    everything owed (the far end would drop it)."""

    def __init__(self) -> None:
        self._start: float | None = None
        self.sent = 0  # samples

    async def next(self) -> int:
        """Waits until the next frame is due; returns its pts."""
        now = time.perf_counter()
        if self._start is None:
            self._start = now
        wait = self._start + self.sent / RATE - now
        if wait > 0:
            await asyncio.sleep(wait)
        elif wait < -MAX_LAG_S:
            self._start = now - self.sent / RATE
        pts = self.sent
        self.sent += FRAME
        return pts
