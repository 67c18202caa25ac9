"""Reading a server's state until it has moved on: what happens after a call
ends (a row written, a retry scheduled) is seen over HTTP, with nothing to
await but the next read."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def settled(
    read: Callable[[], Awaitable[T]], ok: Callable[[T], object], within: float = 15.0
) -> T:
    """``read()``'s first answer that ``ok`` accepts; TimeoutError after ``within`` s."""
    async with asyncio.timeout(within):
        while not ok(found := await read()):  # noqa: ASYNC110 -- the server tells nobody
            await asyncio.sleep(0.1)
    return found
