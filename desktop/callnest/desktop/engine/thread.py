"""An asyncio event loop in its own thread.

Qt owns the main thread; aiortc, httpx and the session socket need a plain
asyncio loop (``PySide6.QtAsyncio`` has no datagram endpoints, and qasync with
aiortc aborts at interpreter exit). Any thread hands the loop a coroutine with
:meth:`EngineThread.submit` and gets a ``concurrent.futures.Future`` back.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

log = logging.getLogger("callnest.desktop.engine")

T = TypeVar("T")


class EngineThread:
    def __init__(self, name: str = "callnest-engine") -> None:
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            raise RuntimeError("the engine thread is not running")
        return self._loop

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the engine thread was already started")
        # Not a daemon: the loop must close its sockets and threads before the
        # interpreter tears down, or aiortc's native objects die mid-call.
        self._thread = threading.Thread(target=self._run, name=self._name)
        self._thread.start()
        self._ready.wait()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.set_exception_handler(_log_loop_error)
        self._loop = loop
        self._ready.set()
        try:
            loop.run_forever()
            _cancel_remaining(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()

    def submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        """Runs ``coro`` on the loop; safe from any thread."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def stop(self, timeout: float = 5.0) -> None:
        """Cancels what is left on the loop, closes it and joins the thread."""
        thread = self._thread
        if thread is None or not thread.is_alive():
            return
        self.loop.call_soon_threadsafe(self.loop.stop)
        thread.join(timeout)
        if thread.is_alive():
            log.error("the engine thread did not stop within %.1f s", timeout)


def _cancel_remaining(loop: asyncio.AbstractEventLoop) -> None:
    tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))


def _log_loop_error(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    log.error("engine: %s", context.get("message"), exc_info=context.get("exception"))
