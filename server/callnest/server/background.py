"""Work a part of the server starts in the background and must see finish:
the writes and calls that follow an ACD event (which cannot await them).

Each task's failure is logged with its traceback (an asyncio task's error is
otherwise silent until garbage collection); at shutdown the work under way
finishes rather than being cancelled, since a write cut off in the middle
would leave its database transaction open."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any


class Background:
    def __init__(self, log: logging.Logger, what: str) -> None:
        self._log, self._what = log, what
        self.tasks: set[asyncio.Task[None]] = set()

    def spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            self._log.error("%s: %s", self._what, error, exc_info=error)

    async def drained(self) -> None:
        """Returns once every task started so far, and those they started, is done."""
        while self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)

    async def finish(self, within_s: float = 5.0) -> None:
        """Lets the work under way finish; cancels what is left after ``within_s``."""
        if self.tasks:
            _, late = await asyncio.wait(set(self.tasks), timeout=within_s)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
