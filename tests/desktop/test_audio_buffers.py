"""SampleBuffer: order, bounded latency (oldest dropped), silence on underrun,
and a writer and a reader on two threads."""

from __future__ import annotations

import threading

import numpy as np

from callnest.desktop.audio.buffers import SampleBuffer


def ramp(start: int, n: int) -> np.ndarray:
    return (np.arange(start, start + n) % 30000).astype(np.int16)


def test_keeps_order_across_the_wrap() -> None:
    buf = SampleBuffer(10)
    buf.write(ramp(0, 7))
    assert buf.read(5).tolist() == list(range(5))
    buf.write(ramp(7, 8))  # wraps around the end of the ring
    assert len(buf) == 10
    assert buf.read(10).tolist() == list(range(5, 15))
    assert buf.dropped == 0 and buf.underruns == 0


def test_overflow_drops_the_oldest() -> None:
    buf = SampleBuffer(10)
    buf.write(ramp(0, 8))
    buf.write(ramp(8, 5))
    assert buf.dropped == 3
    assert buf.level() == 1.0
    assert buf.read(10).tolist() == list(range(3, 13))
    buf.write(ramp(100, 25))  # more than the capacity at once: only the newest stay
    assert buf.dropped == 3 + 15
    assert buf.read(10).tolist() == list(range(115, 125))


def test_underrun_pads_with_silence() -> None:
    buf = SampleBuffer(10)
    buf.write(np.array([5, 6, 7], dtype=np.int16))
    out = buf.read(6)
    assert out.dtype == np.int16
    assert out.tolist() == [5, 6, 7, 0, 0, 0]
    assert buf.underruns == 1
    assert buf.read(4).tolist() == [0, 0, 0, 0]
    assert buf.underruns == 2


def test_read_into_fills_a_strided_view_and_clear_empties() -> None:
    buf = SampleBuffer(8)
    buf.write(ramp(1, 4))
    block = np.full((6, 1), 99, dtype=np.int16)  # PortAudio's (frames, channels) block
    assert buf.read_into(block[:, 0]) == 4
    assert block[:, 0].tolist() == [1, 2, 3, 4, 0, 0]
    buf.write(ramp(0, 5))
    buf.clear()
    assert len(buf) == 0 and buf.level() == 0.0


def test_waits_wake_on_write_and_read() -> None:
    buf = SampleBuffer(100)
    assert not buf.wait_for_samples(10, timeout=0.01)
    threading.Timer(0.05, buf.write, args=(ramp(0, 10),)).start()
    assert buf.wait_for_samples(10, timeout=5)
    buf.write(ramp(0, 90))
    assert not buf.wait_for_space(50, timeout=0.01)
    threading.Timer(0.05, buf.read, args=(60,)).start()
    assert buf.wait_for_space(50, timeout=5)


def test_concurrent_writer_and_reader_keep_order_and_bound() -> None:
    """A writer thread sends a counting sequence in odd-sized pieces while a
    reader drains it; every sample read is the successor of the previous real
    one (drops skip ahead, never back), and the fill never exceeds capacity."""
    buf = SampleBuffer(500)
    total = 200_000
    seen: list[np.ndarray] = []
    highest = [0]
    done = threading.Event()

    def writer() -> None:
        pos = 0
        rng = np.random.default_rng(1)
        while pos < total:
            n = int(rng.integers(1, 300))
            buf.write((np.arange(pos, min(pos + n, total)) % 32000 + 1).astype(np.int16))
            pos += n
            highest[0] = max(highest[0], len(buf))
        done.set()

    def reader() -> None:
        while not (done.is_set() and len(buf) == 0):
            if buf.wait_for_samples(1, timeout=0.1):
                seen.append(buf.read(min(len(buf), 97) or 1))
            highest[0] = max(highest[0], len(buf))

    threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    got = np.concatenate(seen).astype(np.int64)
    real = got[got != 0]  # padding is zero; the sequence never is
    assert highest[0] <= buf.capacity
    steps = np.diff(real) % 32000
    assert np.all(steps >= 1), "a sample came out of order or twice"
    # Everything the writer sent either came out or was counted as dropped.
    assert len(real) + buf.dropped == total
