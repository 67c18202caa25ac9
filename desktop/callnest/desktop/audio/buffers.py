"""A bounded FIFO of audio samples between a PortAudio callback and the rest
of the app. Bounded, because a consumer that falls behind must not make the
audio ever later: when full, the oldest samples go."""

from __future__ import annotations

import threading

import numpy as np


class SampleBuffer:
    """Thread-safe ring of int16 mono samples with a fixed capacity.

    ``write`` never blocks (it drops the oldest samples when full, counted in
    ``dropped``); ``read`` never blocks (it pads with silence when short,
    counted in ``underruns``). Both are cheap enough for a PortAudio callback:
    one lock, at most two slice copies, no logging. Threads that do not run in
    a callback may block with ``wait_for_samples`` / ``wait_for_space``.
    """

    def __init__(self, capacity_samples: int) -> None:
        if capacity_samples <= 0:
            raise ValueError("capacity_samples must be positive")
        self.capacity = capacity_samples
        self._ring = np.zeros(capacity_samples, dtype=np.int16)
        self._start = 0  # index of the oldest sample
        self._len = 0
        self._cond = threading.Condition(threading.Lock())
        self.dropped = 0
        self.underruns = 0

    def __len__(self) -> int:
        return self._len

    def level(self) -> float:
        """How full the buffer is, 0.0 (empty) to 1.0 (full)."""
        return self._len / self.capacity

    def clear(self) -> None:
        with self._cond:
            self._start = 0
            self._len = 0
            self._cond.notify_all()

    def write(self, samples: np.ndarray) -> None:
        """Appends ``samples``; when they do not fit, the oldest samples go."""
        data = np.asarray(samples).reshape(-1)
        n = len(data)
        if n == 0:
            return
        cap = self.capacity
        with self._cond:
            if n >= cap:
                # Only the newest ``cap`` samples can survive: the whole ring is replaced.
                self.dropped += self._len + n - cap
                self._ring[:] = data[n - cap :]
                self._start = 0
                self._len = cap
            else:
                overflow = self._len + n - cap
                if overflow > 0:
                    self.dropped += overflow
                    self._start = (self._start + overflow) % cap
                    self._len -= overflow
                end = (self._start + self._len) % cap
                first = min(n, cap - end)
                self._ring[end : end + first] = data[:first]
                if first < n:
                    self._ring[: n - first] = data[first:]
                self._len += n
            self._cond.notify_all()

    def read(self, n: int) -> np.ndarray:
        """Exactly ``n`` samples, the oldest first; silence pads a shortfall."""
        out = np.empty(n, dtype=np.int16)
        self.read_into(out)
        return out

    def read_into(self, out: np.ndarray) -> int:
        """Fills ``out`` (a 1-D int16 view, e.g. PortAudio's output block) and
        returns how many real samples it got; the rest is silence. No allocation."""
        n = len(out)
        cap = self.capacity
        with self._cond:
            got = min(n, self._len)
            first = min(got, cap - self._start)
            out[:first] = self._ring[self._start : self._start + first]
            if first < got:
                out[first:got] = self._ring[: got - first]
            self._start = (self._start + got) % cap
            self._len -= got
            if got < n:
                out[got:] = 0
                self.underruns += 1
            self._cond.notify_all()
        return got

    def wait_for_samples(self, n: int, timeout: float | None = None) -> bool:
        """Blocks until at least ``n`` samples are buffered (False on timeout)."""
        n = min(n, self.capacity)
        with self._cond:
            return self._cond.wait_for(lambda: self._len >= n, timeout)

    def wait_for_space(self, n: int, timeout: float | None = None) -> bool:
        """Blocks until ``n`` samples fit without dropping any (False on timeout)."""
        n = min(n, self.capacity)
        with self._cond:
            return self._cond.wait_for(lambda: self.capacity - self._len >= n, timeout)
