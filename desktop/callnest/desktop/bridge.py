"""The one crossing between the engine thread and Qt's GUI thread.

The engine calls :meth:`EngineBridge.post` on its own thread; emitting a signal
of a QObject that lives in the GUI thread from another thread is queued by Qt,
so slots connected to :attr:`EngineBridge.event` always run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from callnest.desktop.engine.events import EngineEvent


class EngineBridge(QObject):
    """Engine events and future completions, re-delivered on the GUI thread."""

    # Shadows QObject.event() on the Python side only: shiboken overrides a
    # virtual with Python methods, never with a signal, so Qt's own event
    # handling (which delivers the queued signals) is untouched.
    event = Signal(object)  # type: ignore[assignment]
    _done = Signal(object, object)  # (callback, future)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued even from the GUI thread: a future that is already done still
        # calls back later, never inside the caller's own frame.
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def post(self, event: EngineEvent) -> None:
        """The engine's listener: any thread."""
        self.event.emit(event)

    def resolve(self, future: Future[Any], on_done: Callable[[Future[Any]], None]) -> None:
        """Calls ``on_done(future)`` on the GUI thread once ``future`` is done
        (through the event loop, even if it already is). A cancelled future
        (the engine shutting down) is not delivered: it has neither a result
        nor an error for anyone to show."""
        future.add_done_callback(lambda f: self._done.emit(on_done, f))

    def _deliver(self, on_done: Callable[[Future[Any]], None], future: Future[Any]) -> None:
        if not future.cancelled():
            on_done(future)
