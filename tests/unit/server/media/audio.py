"""Opus material for the media tests: real encoded packets, and FFmpeg (through
PyAV) to decode and demux what the code under test wrote."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

RATE = 48_000
FRAME = 960


def tone(hz: float, rate: int, start: int, count: int) -> np.ndarray:
    """Samples ``start`` to ``start + count`` of a sine tone, as int16."""
    n = np.arange(start, start + count)
    return (8000 * np.sin(2 * np.pi * hz * n / rate)).astype(np.int16)


def dominant_hz(samples: np.ndarray, rate: int) -> float:
    """The strongest frequency in ``samples``."""
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) * np.hanning(len(samples))))
    return float(np.argmax(spectrum) * rate / len(samples))


def encode_tone(seconds: float, hz: float = 440.0) -> tuple[bytes, ...]:
    """A sine tone as 20 ms Opus packets, the way a browser would send it."""
    ctx = av.CodecContext.create("libopus", "w")
    ctx.sample_rate = RATE
    ctx.layout = "mono"
    ctx.format = "s16"
    ctx.bit_rate = 32_000
    ctx.options = {"application": "voip", "frame_duration": "20"}
    t = np.arange(round(seconds * RATE)) / RATE
    pcm = (10_000 * np.sin(2 * np.pi * hz * t)).astype(np.int16)
    packets: list[bytes] = []
    for start in range(0, len(pcm), FRAME):
        frame = av.AudioFrame.from_ndarray(
            pcm[None, start : start + FRAME].copy(), format="s16", layout="mono"
        )
        frame.sample_rate = RATE
        frame.pts = start
        packets += [bytes(p) for p in ctx.encode(frame)]
    packets += [bytes(p) for p in ctx.encode(None)]
    return tuple(packets)


def decode(path: Path, stream: int = 0) -> np.ndarray:
    """One stream of an Ogg file decoded by FFmpeg (through PyAV), as floats
    in [-1, 1]; its length is what a player would play."""
    with av.open(str(path)) as container:
        frames = [f.to_ndarray() for f in container.decode(container.streams.audio[stream])]
    pcm = np.concatenate(frames, axis=1)[0]
    scale = 1 / 32768 if pcm.dtype == np.int16 else 1.0  # FFmpeg's decoder gives floats
    out: np.ndarray = pcm.astype(np.float64) * scale
    return out


def demux(path: Path) -> list[list[bytes]]:
    """The packets of each stream of an Ogg file, as stored."""
    with av.open(str(path)) as container:
        streams: list[list[bytes]] = [[] for _ in container.streams.audio]
        for packet in container.demux():
            if packet.size:
                streams[packet.stream.index].append(bytes(packet))
    return streams


def rms_dbfs(pcm: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(pcm**2)) + 1e-12))
