"""The supervisor's live wallboard: queues above, agents below, figures the
server pushes as they change. Opening it subscribes; closing unsubscribes."""

from __future__ import annotations

import time
from concurrent.futures import Future

from PySide6.QtCore import QAbstractTableModel, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import EngineEvent, ServerEvent
from callnest.desktop.models.wallboard import WallboardModel
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.style import STYLE_SHEET


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names take the room
    return view


class WallboardWindow(QWidget):
    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        model: WallboardModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine, self._bridge = engine, bridge
        self.model = model or WallboardModel()
        self.setWindowTitle("Callnest — wallboard")
        self.setStyleSheet(STYLE_SHEET)
        title = QLabel("Wallboard")
        title.setObjectName("title")
        self.updated = QLabel("Waiting for the first figures…")
        self.updated.setObjectName("hint")
        self.error = plain_label()
        self.error.setObjectName("errorBar")
        self.error.hide()
        self.queues = _table(self.model.queues)
        self.agents = _table(self.model.agents)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.updated)
        layout.addWidget(self.error)
        layout.addWidget(QLabel("Queues — today"))
        layout.addWidget(self.queues, 1)
        layout.addWidget(QLabel("Agents"))
        layout.addWidget(self.agents, 2)
        self.resize(1180, 640)
        bridge.event.connect(self._on_event)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.model.tick)

    def _on_event(self, event: EngineEvent) -> None:
        if isinstance(event, ServerEvent) and isinstance(
            event.message, p.StatsSnapshot | p.StatsUpdate
        ):
            self.model.apply(event.message)
            self.updated.setText(
                "Live — updated " + time.strftime("%H:%M:%S", time.localtime(event.message.at))
            )
        elif isinstance(event, ServerEvent) and isinstance(event.message, p.Welcome):
            self._subscribe()  # a new session after a reconnect: ask again

    def _subscribe(self) -> None:
        if self.isVisible():
            self._bridge.resolve(self._engine.request(p.StatsSubscribe()), self._subscribed)

    def _subscribed(self, future: Future[p.OkReply | p.ErrorReply]) -> None:
        reply = future.result() if future.exception() is None else None
        if isinstance(reply, p.ErrorReply):
            self.error.setText(f"The wallboard is not available: {reply.message}")
        self.error.setVisible(isinstance(reply, p.ErrorReply))

    def showEvent(self, event: QShowEvent) -> None:  # Qt names it
        super().showEvent(event)
        self._ticker.start()
        self._subscribe()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt names it
        self._ticker.stop()
        self._engine.request(p.StatsUnsubscribe())
        super().closeEvent(event)
