"""What a caller hears while nobody is talking to them: a welcome, hold music
and, now and then, their place in line -- pre-encoded Opus played by forwarding.

One ``Ticker`` drives every programme on the server from a single timer every
20 ms (not a task per caller): at 150 waiting callers that is one wake-up per
packet time instead of 150.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from itertools import cycle
from typing import TYPE_CHECKING

from callnest.server.media.passthrough import FRAME_SAMPLES, Outbound

if TYPE_CHECKING:
    from callnest.server.media.prompts import Clip

FRAME_S = 0.020


class Programme:
    """A caller's queue experience, one 20 ms packet per ``next_packet``:
    ``opening`` (the welcome, a phone menu), then music.

    ``announce`` is asked for a fresh announcement (position and wait, the
    menu again) every ``announce_every_s`` of music; it returns None when
    there is nothing to say.
    """

    def __init__(
        self,
        out: Outbound,
        music: Clip,
        *,
        opening: Clip,
        announce_every_s: float | None,
        announce: Callable[[], Clip | None],
    ) -> None:
        self.out = out
        self._music = cycle(music)
        self._current: list[bytes] = list(reversed(opening))
        self._announce = announce
        self._announce_every = (
            round(announce_every_s / FRAME_S) if announce_every_s is not None else None
        )
        self._music_frames = 0
        self._timestamp = 0

    def next_packet(self) -> bytes:
        every = self._announce_every
        if not self._current and every is not None and self._music_frames >= every:
            self._music_frames = 0
            clip = self._announce()
            if clip:
                self._current = list(reversed(clip))
        if self._current:
            return self._current.pop()
        self._music_frames += 1
        return next(self._music)

    def play(self, now: float) -> None:
        self.out.push(self, self._timestamp, self.next_packet(), now, relayed=False)
        self._timestamp += FRAME_SAMPLES


class Ticker:
    """Plays every active programme one packet per 20 ms, on absolute times so
    it never drifts; after a stall (a long GC, a slow disk) it skips ahead
    rather than bursting packets the receivers would only drop."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.playing: set[Programme] = set()
        self._clock = clock
        self._handle: asyncio.Handle | None = None
        self._next = 0.0

    def add(self, programme: Programme) -> None:
        self.playing.add(programme)
        if self._handle is None:
            loop = asyncio.get_running_loop()
            self._next = loop.time()
            self._handle = loop.call_soon(self._tick)

    def discard(self, programme: Programme) -> None:
        self.playing.discard(programme)

    def stop(self) -> None:
        self.playing.clear()
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _tick(self) -> None:
        loop = asyncio.get_running_loop()
        if not self.playing:
            self._handle = None
            return
        now = self._clock()
        for programme in list(self.playing):
            programme.play(now)
        self._next += FRAME_S
        if self._next < loop.time() - 5 * FRAME_S:
            self._next = loop.time()
        self._handle = loop.call_at(self._next, self._tick)
