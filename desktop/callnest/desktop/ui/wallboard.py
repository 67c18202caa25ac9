"""The supervisor's live wallboard: queues above, agents below, figures the
server pushes as they change, and above them an alarm in words while phone
calls are in trouble (a trunk not registered). Opening it subscribes;
closing unsubscribes."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import EngineEvent, ServerEvent
from callnest.desktop.engine.rest import RestClient
from callnest.desktop.models.wallboard import WallboardModel
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.chat import ChatReader
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.style import STYLE_SHEET
from callnest.protocol import rest
from callnest.protocol.rest import MonitorMode


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


# What a supervisor can do with a call in progress.
MONITOR_MODES = (
    (MonitorMode.LISTEN, "Listen"),
    (MonitorMode.WHISPER, "Whisper to the agent"),
    (MonitorMode.BARGE, "Barge in"),
    (MonitorMode.OFF, "Stop listening"),
)


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
        self._rest = RestClient(engine)
        self.model = model or WallboardModel()
        self.monitoring: dict[str, MonitorMode] = {}  # contact -> mode, for calls listened to
        self.live_chats: list[rest.LiveChat] = []  # asked afresh at each right-click
        self.readers: dict[str, ChatReader] = {}  # contact -> its open "Read chat" window
        self.setWindowTitle("Callnest — wallboard")
        self.setStyleSheet(STYLE_SHEET)
        title = QLabel("Wallboard")
        title.setObjectName("title")
        self.updated = QLabel("Waiting for the first figures…")
        self.updated.setObjectName("hint")
        self.error = plain_label()
        self.error.setObjectName("errorBar")
        self.error.hide()
        self.alarm = plain_label()
        self.alarm.setObjectName("alarm")
        self.alarm.hide()
        self.model.phones_changed.connect(self._show_alarms)
        self.queues = _table(self.model.queues)
        self.agents = _table(self.model.agents)
        self.agents.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agents.customContextMenuRequested.connect(self._agent_context_menu)
        self.agents.setToolTip("Right-click an agent: break, offline, log out")
        self.campaigns = _table(self.model.campaigns)
        self.campaigns_title = QLabel("Campaigns — today")
        # Shown while a campaign runs or is paused; out of the way otherwise.
        self.model.campaigns.modelReset.connect(self._show_campaigns)
        self._show_campaigns()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.updated)
        layout.addWidget(self.alarm)
        layout.addWidget(self.error)
        layout.addWidget(QLabel("Queues — today"))
        layout.addWidget(self.queues, 1)
        layout.addWidget(QLabel("Agents"))
        layout.addWidget(self.agents, 2)
        layout.addWidget(self.campaigns_title)
        layout.addWidget(self.campaigns, 1)
        self.resize(1180, 640)
        bridge.event.connect(self._on_event)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.model.tick)

    def _show_campaigns(self) -> None:
        shown = self.model.campaigns.rowCount() > 0
        self.campaigns_title.setVisible(shown)
        self.campaigns.setVisible(shown)

    # ------------------------------------------------------ acting on agents

    def agent_menu(self, agent: p.AgentStats) -> QMenu:
        """What a supervisor can do to an agent: a break, offline, log out."""
        menu = QMenu(self)
        chats = [c for c in self.live_chats if c.agent_id == agent.agent_id]
        for chat in chats:
            action = menu.addAction(f"Read chat with {chat.customer_name or 'customer'}")
            action.triggered.connect(lambda _=False, c=chat: self.read_chat(agent, c))
        in_chat = {c.contact_id for c in chats}
        if agent.contact_id is not None and agent.contact_id not in in_chat:
            self._monitor_actions(menu, agent.contact_id)
        if chats or agent.contact_id is not None:
            menu.addSeparator()
        welcome = self._engine.welcome
        breaks = menu.addMenu("Put on break")
        for reason in welcome.break_reasons if welcome else ():
            action = breaks.addAction(reason.name)
            action.triggered.connect(
                lambda _=False, r=reason.id: self.set_agent_state(agent, p.AgentState.BREAK, r)
            )
        breaks.setEnabled(not breaks.isEmpty())
        available = menu.addAction("Make available")
        available.triggered.connect(lambda: self.set_agent_state(agent, p.AgentState.AVAILABLE))
        offline = menu.addAction("Set offline")
        offline.triggered.connect(lambda: self.set_agent_state(agent, p.AgentState.OFFLINE))
        menu.addSeparator()
        logout = menu.addAction(f"Log {agent.name} out…")
        logout.triggered.connect(lambda: self.log_out(agent))
        return menu

    def _monitor_actions(self, menu: QMenu, contact_id: str) -> None:
        current = self.monitoring.get(contact_id, MonitorMode.OFF)
        for mode, label in MONITOR_MODES:
            if mode is MonitorMode.OFF and current is MonitorMode.OFF:
                continue
            action = menu.addAction(label)
            action.setCheckable(mode is not MonitorMode.OFF)
            action.setChecked(mode == current)
            action.triggered.connect(lambda _=False, m=mode: self.monitor(contact_id, m))

    def monitor(self, contact_id: str, mode: MonitorMode) -> None:
        """Listen to a call, whisper to its agent, barge in, or stop. Neither
        party is told; the server checks the team and audits it."""

        def done(future: Future[rest.Monitoring]) -> None:
            self._acted(future)
            if future.exception() is None:
                if mode is MonitorMode.OFF:
                    self.monitoring.pop(contact_id, None)
                else:
                    self.monitoring[contact_id] = mode

        self._bridge.resolve(self._rest.monitor(contact_id, mode), done)

    def read_chat(self, agent: p.AgentStats, chat: rest.LiveChat) -> ChatReader:
        """A read-only window on a live chat."""
        contact_id = chat.contact_id
        reader = self.readers.get(contact_id)
        if reader is None or not reader.isVisible():
            welcome = self._engine.welcome
            queue_id = chat.queue_id
            queue = next((q for q in welcome.queues if q.id == queue_id), None) if welcome else None
            contact = p.ContactInfo(
                contact_id=contact_id,
                channel=p.Channel.CHAT,
                queue_id=queue_id,
                queue_name=queue.display_name if queue else f"Queue {queue_id}",
                phase=p.ContactPhase.CONNECTED,
                caller_name=chat.customer_name or "Customer",
                entered_at=chat.started_at,
                answered_at=chat.started_at,
            )
            reader = self.readers[contact_id] = ChatReader(
                self._engine, self._bridge, contact, agent.name
            )
        reader.show()
        reader.raise_()
        return reader

    def set_agent_state(
        self, agent: p.AgentStats, state: p.AgentState, reason_id: int | None = None
    ) -> None:
        change = (
            rest.AgentStateChange(state=state, reason_id=reason_id)
            if reason_id
            else rest.AgentStateChange(state=state)
        )
        self._bridge.resolve(self._rest.set_agent_state(agent.agent_id, change), self._acted)

    def log_out(self, agent: p.AgentStats, *, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                "Log out",
                f"Log {agent.name} out? Their desktop closes; a call they hold goes back "
                "to its queue.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._bridge.resolve(self._rest.log_agent_out(agent.agent_id), self._acted)

    def _acted(self, future: Future[Any]) -> None:
        error = future.exception()
        message = getattr(error, "message", None) or (str(error) if error else "")
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _agent_context_menu(self, point: QPoint) -> None:
        index = self.agents.indexAt(point)
        agent = self.model.agents.at(index.row()) if index.isValid() else None
        if agent is None:
            return
        where = self.agents.viewport().mapToGlobal(point)
        # Which chats are live changes by the minute: asked at each right-click.
        self.load_live_chats(lambda: self.agent_menu(agent).exec(where))

    def load_live_chats(self, then: Callable[[], object]) -> None:
        """Fetches the chats this supervisor may read, then calls ``then``
        (with the old list if the server could not say)."""

        def done(future: Future[list[rest.LiveChat]]) -> None:
            if future.exception() is None:
                self.live_chats = future.result()
            then()

        self._bridge.resolve(self._rest.live_chats(), done)

    # ------------------------------------------------------------ updates

    def _show_alarms(self) -> None:
        lines = self.model.alarms()
        self.alarm.setText("\n".join(lines))
        self.alarm.setVisible(bool(lines))

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
        for reader in self.readers.values():
            reader.close()
        self._engine.request(p.StatsUnsubscribe())
        super().closeEvent(event)
