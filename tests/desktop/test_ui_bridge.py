"""EngineBridge: what the engine thread hands over arrives on the GUI thread."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import Connection, EngineEvent, MicLevel


def _gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_events_posted_from_another_thread_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    bridge = EngineBridge()
    seen: list[tuple[object, bool]] = []
    bridge.event.connect(lambda e: seen.append((e, QThread.currentThread() is _gui_thread())))
    sent: list[EngineEvent] = [
        Connection("online"),
        MicLevel(-12.0),
        Connection("reconnecting", "reset"),
    ]

    def engine_thread() -> None:
        for event in sent:
            bridge.post(event)

    poster = threading.Thread(target=engine_thread)
    poster.start()
    poster.join()
    assert seen == []  # queued: nothing ran on the engine's thread
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(e, True) for e in sent]  # in order, on the GUI thread


def test_resolve_calls_back_on_the_gui_thread_when_the_future_is_done(qtbot: QtBot) -> None:
    bridge = EngineBridge()
    future: Future[int] = Future()
    calls: list[tuple[Future[Any], bool]] = []
    bridge.resolve(future, lambda f: calls.append((f, QThread.currentThread() is _gui_thread())))
    worker = threading.Thread(target=lambda: future.set_result(5))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(calls))
    assert calls == [(future, True)]
    assert calls[0][0].result() == 5


def test_resolve_of_a_done_future_still_calls_back_later_not_inline(qtbot: QtBot) -> None:
    bridge = EngineBridge()
    future: Future[int] = Future()
    future.set_exception(ValueError("no"))
    calls: list[BaseException | None] = []
    bridge.resolve(future, lambda f: calls.append(f.exception()))
    assert calls == []
    qtbot.waitUntil(lambda: bool(calls))
    assert isinstance(calls[0], ValueError)


def test_a_cancelled_future_is_not_delivered(qtbot: QtBot) -> None:
    # The engine cancels what is pending when it shuts down; a window's callback
    # asking such a future for its error would raise CancelledError in Qt's loop.
    bridge = EngineBridge()
    cancelled: Future[int] = Future()
    done: Future[int] = Future()
    calls: list[Future[Any]] = []
    bridge.resolve(cancelled, calls.append)
    bridge.resolve(done, calls.append)
    assert cancelled.cancel()
    done.set_result(1)
    qtbot.waitUntil(lambda: bool(calls))
    QApplication.processEvents()
    assert calls == [done]
