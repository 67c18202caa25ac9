"""At most so many open connections from one address.

aiohttp reads a request's headers with no deadline, so a client that opens
connections and never finishes a request holds each of them (and a file
descriptor) for as long as it likes: a few thousand from one address and
the server can accept nobody else. The listening socket refuses, at accept,
a connection from an address that already has ``limit`` open; it is closed
at once, before any of it is read. Trusted reverse proxies are exempt: every
customer comes through them (they keep their own limits).

The count lives in the listening socket (its ``accept``, which asyncio's
loop calls) and in each accepted socket (its ``close``, which the transport
calls when the connection ends), so it needs nothing of aiohttp's internals:
the server is started on this socket with ``web.run_app(sock=...)``.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections import Counter
from collections.abc import Callable, Sequence

from callnest.server.forwarded import Network

log = logging.getLogger("callnest.connections")

LOG_EVERY_S = 10.0  # a flood of refusals is logged now and then, not each time


class _Connection(socket.socket):
    """An accepted connection that gives its place back when closed."""

    def __init__(self, family: int, kind: int, proto: int, fd: int, release: Callable[[], None]):
        super().__init__(family, kind, proto, fileno=fd)
        self._release: Callable[[], None] | None = release

    def close(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()
        super().close()


class LimitedListener(socket.socket):
    """A listening TCP socket that accepts at most ``limit`` open connections
    per peer address (none from ``exempt`` networks counted)."""

    def __init__(self, family: int, limit: int, exempt: Sequence[Network] = ()) -> None:
        super().__init__(family, socket.SOCK_STREAM)
        self.limit = limit
        self._exempt = tuple(exempt)
        self.open: Counter[str] = Counter()
        self.refused = 0
        self._logged_at = 0.0

    def accept(self) -> tuple[socket.socket, object]:
        while True:
            accepted, address = super().accept()  # BlockingIOError when none is waiting
            host = address[0]
            if self._exempt_address(host) or self.open[host] < self.limit:
                break
            accepted.close()
            self._refused(host)
        self.open[host] += 1
        blocking = accepted.getblocking()
        fd = accepted.detach()
        connection = _Connection(self.family, self.type, self.proto, fd, lambda: self._gone(host))
        connection.setblocking(blocking)
        return connection, address

    def _exempt_address(self, host: str) -> bool:
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return any(address in network for network in self._exempt)

    def _gone(self, host: str) -> None:
        self.open[host] -= 1
        if self.open[host] <= 0:
            del self.open[host]

    def _refused(self, host: str) -> None:
        self.refused += 1
        now = time.monotonic()
        if now - self._logged_at >= LOG_EVERY_S:
            self._logged_at = now
            log.warning(
                "%s has %d connections open: further ones are refused (%d refused so far)",
                host,
                self.limit,
                self.refused,
            )


def listen(host: str, port: int, limit: int, exempt: Sequence[Network] = ()) -> LimitedListener:
    """A listening socket on ``host``:``port`` for ``web.run_app(sock=...)``."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = LimitedListener(family, limit, exempt)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(128)
        listener.setblocking(False)
    except OSError:
        listener.close()
        raise
    return listener
