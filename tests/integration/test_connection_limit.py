"""Open connections per address (issue 18, item 11): a client that opens
connections and never finishes a request cannot take every one the server
has; others still get in, and a place freed is taken again. Against the real
`callnest-server`, which applies the limit on its listening socket."""

from __future__ import annotations

import asyncio
import contextlib

import aiohttp
import pytest

from callnest.sim.server_process import ServerProcess

pytestmark = pytest.mark.slow

LIMIT = 5


async def idle_connection(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A connection that sends half a request and then nothing (slowloris)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")
    await writer.drain()
    return reader, writer


async def refused(reader: asyncio.StreamReader) -> bool:
    """Whether the server closed the connection without a word."""
    try:
        return await asyncio.wait_for(reader.read(1), 2.0) == b""
    except ConnectionResetError:
        return True  # closed with our half request unread: the kernel resets
    except TimeoutError:
        return False  # still open: accepted


async def test_connections_beyond_the_limit_from_one_address_are_refused_at_once() -> None:
    args = ("--connections-per-address", str(LIMIT))
    async with ServerProcess(extra_args=args) as server:
        held = [await idle_connection(server.port) for _ in range(LIMIT)]
        try:
            extra_reader, extra_writer = await idle_connection(server.port)
            assert await refused(extra_reader)
            extra_writer.close()
            # The ones held are still open.
            assert not await refused(held[0][0])

            # A place freed is taken again: a real request is answered.
            _, writer = held.pop()
            writer.close()
            with contextlib.suppress(ConnectionResetError):  # its half request unread
                await writer.wait_closed()
            await asyncio.sleep(0.3)
            async with (
                aiohttp.ClientSession() as http,
                http.get(server.url + "/api/health") as response,
            ):
                assert response.status == 200
        finally:
            for _, writer in held:
                writer.close()
        log = (server.data_dir / "server.log").read_text()
        assert f"127.0.0.1 has {LIMIT} connections open: further ones are refused" in log
