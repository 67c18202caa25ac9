"""Noticing that this computer slept, or moved to another network.

Why: the audio link is one peer connection for the whole shift. After a
laptop wakes, or moves from Wi-Fi to a phone's hotspot, that connection
still looks connected here while its path to the server is gone (the
router forgot its mapping, the address it sent from is no more); ICE
notices only after some thirty seconds of unanswered consent checks, and
the server could offer a call into it meanwhile. Told at once, the engine
opens a new link, which the server checks before it offers anything.

- A sleep: ``time.monotonic()`` stands still while the machine is suspended
  (Linux, macOS) and ``CLOCK_BOOTTIME`` runs on, so the two drift apart by
  the time asleep; where there is no BOOTTIME the wall clock stands in. A
  tick far later than due counts too (a clock that ran on through the
  sleep, a paused virtual machine).
- A move: the local address the OS would send from to reach the server
  changed (:class:`SourceAddress`); one that comes back after none (the
  network was down) counts as a move too.

The clocks and the address lookup are given, so tests drive it with their
own; the engine calls :meth:`WakeWatch.tick` every :attr:`~WakeWatch.every_s`.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from callnest.desktop.engine.events import RelinkCause

TICK_S = 1.0
SLEPT_S = 3.0  # the clocks drifted apart this much: the machine slept
LATE_S = 15.0  # a tick this much later than due: as good as a sleep


def boottime() -> float:
    """Seconds that run on through a suspend: ``CLOCK_BOOTTIME`` on Linux,
    the wall clock elsewhere (it may be set, but rarely by seconds)."""
    clock = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(clock) if clock is not None else time.time()


class SourceAddress:
    """The local address this computer would send from to reach a server:
    connecting a UDP socket picks the route and sends nothing. The server's
    name is resolved once (it was resolved for the login just before), not a
    DNS query a second. None: no route (the network is down) or no name."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # called from a worker thread
        self._resolved: dict[tuple[str, int], tuple[int, Any]] = {}

    def __call__(self, host: str, port: int) -> str | None:
        try:
            with self._lock:
                target = self._resolved.get((host, port))
            if target is None:
                family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)[0]
                target = (family, address)
                with self._lock:
                    self._resolved[(host, port)] = target
            with socket.socket(target[0], socket.SOCK_DGRAM) as probe:
                probe.connect(target[1])
                return str(probe.getsockname()[0])
        except (OSError, IndexError):
            return None


class WakeWatch:
    """Each :meth:`tick` says whether the machine slept or moved since the last."""

    def __init__(
        self,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        boottime: Callable[[], float] = boottime,
        source_address: Callable[[str, int], str | None] | None = None,
        every_s: float = TICK_S,
    ) -> None:
        self.every_s = every_s
        self._monotonic = monotonic
        self._boottime = boottime
        self._source_address = source_address or SourceAddress()
        self._clocks: tuple[float, float] | None = None
        self._address: str | None = None

    def reset(self) -> None:
        """Forgets the last tick: the next one only learns again (a watch
        started anew after a logout must not take the time between for a sleep)."""
        self._clocks, self._address = None, None

    def tick(self, host: str, port: int) -> RelinkCause | None:
        """Says "wake" after a sleep, "network" after a move, else None (the
        first tick only learns where things stand). Blocks for as long as
        the address lookup does: the engine calls it on a worker thread."""
        now = self._monotonic(), self._boottime()
        before = self._clocks
        address = self._source_address(host, port)
        moved = address is not None and address != self._address
        self._address = address
        # Read again: the time the lookup took is not the next tick's lateness.
        self._clocks = self._monotonic(), self._boottime()
        if before is None:
            return None
        ran = now[0] - before[0]
        slept = now[1] - before[1] - ran >= SLEPT_S or ran >= self.every_s + LATE_S
        if slept:
            return "wake"  # a wake often brings a move: one new link serves both
        return "network" if moved else None
