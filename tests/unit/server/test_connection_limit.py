"""The listening socket's count of open connections per address (real
sockets on loopback, accepted by hand as asyncio's loop accepts them)."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from callnest.server.connection_limit import listen


def connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=2)


def test_the_next_connection_over_the_limit_is_closed_and_a_freed_place_is_taken() -> None:
    listener = listen("127.0.0.1", 0, limit=2)
    port = listener.getsockname()[1]
    clients = [connect(port) for _ in range(3)]
    try:
        first, _ = listener.accept()
        second, _ = listener.accept()
        with pytest.raises(BlockingIOError):
            listener.accept()  # the third was refused: nothing else waits
        assert clients[2].recv(1) == b""  # closed by the server
        assert listener.open["127.0.0.1"] == 2 and listener.refused == 1
        first.close()
        first.close()  # twice: the place is given back once
        assert listener.open["127.0.0.1"] == 1
        clients.append(connect(port))
        third, _ = listener.accept()
        assert listener.open["127.0.0.1"] == 2
        for accepted in (second, third):
            accepted.close()
        assert "127.0.0.1" not in listener.open
    finally:
        for client in clients:
            client.close()
        listener.close()


def test_a_trusted_proxy_is_not_counted() -> None:
    listener = listen("127.0.0.1", 0, limit=1, exempt=(ipaddress.ip_network("127.0.0.0/8"),))
    port = listener.getsockname()[1]
    clients = [connect(port) for _ in range(3)]
    try:
        accepted = [listener.accept()[0] for _ in range(3)]
        assert listener.refused == 0
        for connection in accepted:
            connection.close()
    finally:
        for client in clients:
            client.close()
        listener.close()
