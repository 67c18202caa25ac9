"""The supervisor's live wallboard: queues above, agents below, figures the
server pushes as they change, and above them an alarm in words while phone
calls are in trouble (a trunk not registered). Opening it subscribes;
closing unsubscribes."""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import EngineEvent, ServerEvent
from callnest.desktop.engine.rest import RestClient
from callnest.desktop.i18n import translate
from callnest.desktop.models.format import channel, duration
from callnest.desktop.models.wallboard import WallboardModel
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.ui.chat import ChatReader
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.style import STYLE_SHEET
from callnest.protocol import rest
from callnest.protocol.rest import MonitorMode

OVERDUE_REFRESH_MS = 15_000  # the server checks the targets every 15 s
SUPERVISORS_TIER = 3
_OVERDUE_REASONS = {
    "first_response": QT_TRANSLATE_NOOP(
        "ui.wallboard", "No first response in time (raised {time} ago)"
    ),
    "resolution": QT_TRANSLATE_NOOP("ui.wallboard", "Not resolved in time (raised {time} ago)"),
}


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


def clock_time(at: float) -> str:
    """A time of day to the second, as the language writes it (no time zone)."""
    locale = QLocale()
    long_form = locale.timeFormat(QLocale.FormatType.LongFormat)
    form = re.sub(r"\s*\(?t+\)?", "", long_form).strip()  # without the zone's name
    return locale.toString(QDateTime.fromMSecsSinceEpoch(round(at * 1000)).time(), form)


# What a supervisor can do with a call in progress (translated where shown).
MONITOR_MODES = (
    (MonitorMode.LISTEN, str(QT_TRANSLATE_NOOP("ui.wallboard", "Listen"))),
    (MonitorMode.WHISPER, str(QT_TRANSLATE_NOOP("ui.wallboard", "Whisper to the agent"))),
    (MonitorMode.BARGE, str(QT_TRANSLATE_NOOP("ui.wallboard", "Barge in"))),
    (MonitorMode.OFF, str(QT_TRANSLATE_NOOP("ui.wallboard", "Stop listening"))),
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
        self.setWindowTitle(translate("ui.wallboard", "Callnest — wallboard"))
        self.setStyleSheet(STYLE_SHEET)
        title = QLabel(translate("ui.wallboard", "Wallboard"))
        title.setObjectName("title")
        self.updated = QLabel(translate("ui.wallboard", "Waiting for the first figures…"))
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
        self.agents.setToolTip(
            translate("ui.wallboard", "Right-click an agent: break, offline, log out")
        )
        # E-mails, tasks and callbacks past a service target: theirs to see to.
        self.overdue_title = QLabel(translate("ui.wallboard", "Past their service targets"))
        self.overdue = QTableWidget(0, 5)
        self.overdue.setHorizontalHeaderLabels(
            [
                translate("ui.wallboard", "Customer"),
                translate("ui.wallboard", "Queue"),
                translate("ui.wallboard", "Kind", "call, chat, e-mail..."),
                translate("ui.wallboard", "Owner now"),
                translate("ui.wallboard", "Why"),
            ]
        )
        self.overdue.verticalHeader().hide()
        self.overdue.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.overdue.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.overdue.horizontalHeader().setStretchLastSection(True)
        self.escalated: list[rest.EscalatedItem] = []
        self._show_overdue()
        self._overdue_timer = QTimer(self)
        self._overdue_timer.setInterval(OVERDUE_REFRESH_MS)
        self._overdue_timer.timeout.connect(self.read_overdue)
        self.campaigns = _table(self.model.campaigns)
        self.campaigns_title = QLabel(translate("ui.wallboard", "Campaigns — today"))
        # Shown while a campaign runs or is paused; out of the way otherwise.
        self.model.campaigns.modelReset.connect(self._show_campaigns)
        self._show_campaigns()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.updated)
        layout.addWidget(self.alarm)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(translate("ui.wallboard", "Queues — today")))
        layout.addWidget(self.queues, 1)
        layout.addWidget(QLabel(translate("ui.wallboard", "Agents")))
        layout.addWidget(self.agents, 2)
        layout.addWidget(self.overdue_title)
        layout.addWidget(self.overdue, 1)
        layout.addWidget(self.campaigns_title)
        layout.addWidget(self.campaigns, 1)
        self.resize(1180, 640)
        bridge.event.connect(self._on_event)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.model.tick)

    def read_overdue(self) -> None:
        def done(future: Future[Any]) -> None:
            if future.exception() is None:
                items = [rest.EscalatedItem.model_validate(i) for i in future.result() or ()]
                self.escalated = items
                self._show_overdue()

        self._bridge.resolve(self._engine.rest("GET", "/api/escalations"), done)

    def _show_overdue(self) -> None:
        items = self.escalated
        self.overdue.setRowCount(len(items))
        now = QDateTime.currentSecsSinceEpoch()
        for row, item in enumerate(items):
            owner = (
                translate("ui.wallboard", "Supervisors", "who owns an overdue item")
                if item.tier >= SUPERVISORS_TIER
                else translate("ui.wallboard", "Specialists' queue", "who owns an overdue item")
            )
            why = translate("ui.wallboard", str(_OVERDUE_REASONS[item.reason])).format(
                time=duration(now - item.since)
            )
            cells = (
                item.customer_name or translate("ui.wallboard", "Customer", "a nameless one"),
                item.queue_name,
                channel(item.channel),
                owner,
                why,
            )
            for column, text in enumerate(cells):
                self.overdue.setItem(row, column, QTableWidgetItem(text))
        self.overdue_title.setVisible(bool(items))
        self.overdue.setVisible(bool(items))

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
            action = menu.addAction(
                translate("ui.wallboard", "Read chat with {name}").format(name=chat.customer_name)
                if chat.customer_name
                else translate("ui.wallboard", "Read chat with customer", "a nameless customer")
            )
            action.triggered.connect(lambda _=False, c=chat: self.read_chat(agent, c))
        in_chat = {c.contact_id for c in chats}
        if agent.contact_id is not None and agent.contact_id not in in_chat:
            self._monitor_actions(menu, agent.contact_id)
        if chats or agent.contact_id is not None:
            menu.addSeparator()
        welcome = self._engine.welcome
        breaks = menu.addMenu(translate("ui.wallboard", "Put on break"))
        for reason in welcome.break_reasons if welcome else ():
            action = breaks.addAction(reason.name)
            action.triggered.connect(
                lambda _=False, r=reason.id: self.set_agent_state(agent, p.AgentState.BREAK, r)
            )
        breaks.setEnabled(not breaks.isEmpty())
        available = menu.addAction(translate("ui.wallboard", "Make available"))
        available.triggered.connect(lambda: self.set_agent_state(agent, p.AgentState.AVAILABLE))
        offline = menu.addAction(translate("ui.wallboard", "Set offline"))
        offline.triggered.connect(lambda: self.set_agent_state(agent, p.AgentState.OFFLINE))
        menu.addSeparator()
        logout = menu.addAction(
            translate("ui.wallboard", "Log {name} out…").format(name=agent.name)
        )
        logout.triggered.connect(lambda: self.log_out(agent))
        return menu

    def _monitor_actions(self, menu: QMenu, contact_id: str) -> None:
        current = self.monitoring.get(contact_id, MonitorMode.OFF)
        for mode, label in MONITOR_MODES:
            if mode is MonitorMode.OFF and current is MonitorMode.OFF:
                continue
            action = menu.addAction(translate("ui.wallboard", label))
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
                queue_name=(
                    queue.display_name
                    if queue
                    else translate("ui.wallboard", "Queue {number}").format(number=queue_id)
                ),
                phase=p.ContactPhase.CONNECTED,
                caller_name=chat.customer_name
                or translate("ui.wallboard", "Customer", "a chat's customer, name unknown"),
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
                translate("ui.wallboard", "Log out", "a dialog's title"),
                translate(
                    "ui.wallboard",
                    "Log {name} out? Their desktop closes; a call they hold goes back "
                    "to its queue.",
                ).format(name=agent.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._bridge.resolve(self._rest.log_agent_out(agent.agent_id), self._acted)

    def _acted(self, future: Future[Any]) -> None:
        message = describe(future.exception())
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
                translate("ui.wallboard", "Live — updated {time}", "{time}: a time of day").format(
                    time=clock_time(event.message.at)
                )
            )
        elif isinstance(event, ServerEvent) and isinstance(event.message, p.Welcome):
            self._subscribe()  # a new session after a reconnect: ask again

    def _subscribe(self) -> None:
        if self.isVisible():
            self._bridge.resolve(self._engine.request(p.StatsSubscribe()), self._subscribed)

    def _subscribed(self, future: Future[p.OkReply | p.ErrorReply]) -> None:
        reply = future.result() if future.exception() is None else None
        if isinstance(reply, p.ErrorReply):
            self.error.setText(
                translate("ui.wallboard", "The wallboard is not available: {problem}").format(
                    problem=describe(reply)
                )
            )
        self.error.setVisible(isinstance(reply, p.ErrorReply))

    def showEvent(self, event: QShowEvent) -> None:  # Qt names it
        super().showEvent(event)
        self._ticker.start()
        self._subscribe()
        self.read_overdue()
        self._overdue_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt names it
        self._ticker.stop()
        self._overdue_timer.stop()
        for reader in self.readers.values():
            reader.close()
        self._engine.request(p.StatsUnsubscribe())
        super().closeEvent(event)
