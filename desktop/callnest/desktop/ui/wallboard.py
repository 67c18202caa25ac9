"""The supervisor's live wallboard: queues above, agents below, figures the
server pushes as they change, and above them an alarm in words while phone
calls are in trouble (a trunk not registered). Opening it subscribes;
closing unsubscribes.

The agents' table sorts by a header's click, filters by team and state, and
groups by team; "Wall view" (F11) shows the queues' big figures full
screen; while the supervisor listens or whispers, a bar says to whom, with a
Stop button. Flagged figures take the palette's colours (light or dark)."""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QDateTime,
    QEvent,
    QLocale,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
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
from callnest.desktop.models.wallboard import (
    ALL_TEAMS,
    NO_TEAM,
    STATES,
    WallboardModel,
    state_words,
)
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.ui.chat import ChatReader
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.style import cell_colours, quiet_text
from callnest.desktop.ui.wall_view import WallView
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


def _table(model: QAbstractItemModel) -> QTableView:
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
# The monitoring bar's words: how the supervisor is in whose call.
_MONITORING = {
    MonitorMode.LISTEN: QT_TRANSLATE_NOOP("ui.wallboard", "Listening to {agent}"),
    MonitorMode.WHISPER: QT_TRANSLATE_NOOP("ui.wallboard", "Whispering to {agent}"),
    MonitorMode.BARGE: QT_TRANSLATE_NOOP(
        "ui.wallboard", "In the call with {agent} and the customer"
    ),
}


def _chosen(data: Any, otherwise: int) -> int:
    return otherwise if data is None else int(data)  # None: a combo with nothing chosen


class MonitorBar(QFrame):
    """Says whom the supervisor listens or whispers to, with a Stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitorBar")
        self.text = QLabel()
        self.stop = QPushButton(translate("ui.wallboard", "Stop", "stop listening to a call"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.stop)
        self.hide()


class AgentFilters(QWidget):
    """Above the agents' table: which team, which state, grouped by team or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = QComboBox()
        self.team.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state = QComboBox()
        self.state.addItem(translate("ui.wallboard", "All states"), None)
        for state in STATES:
            self.state.addItem(state_words(state), state)
        self.grouped = QCheckBox(translate("ui.wallboard", "Group by team"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("ui.wallboard", "Agents")))
        layout.addStretch(1)
        team_label = QLabel(translate("ui.wallboard", "Team:"))
        team_label.setBuddy(self.team)
        state_label = QLabel(translate("ui.wallboard", "State:"))
        state_label.setBuddy(self.state)
        for widget in (team_label, self.team, state_label, self.state, self.grouped):
            layout.addWidget(widget)

    def offer_teams(self, teams: list[tuple[str, int]]) -> None:
        """The teams to choose from (name, id), keeping the choice made."""
        wanted = [(translate("ui.wallboard", "All teams"), ALL_TEAMS), *teams]
        now = [(self.team.itemText(i), self.team.itemData(i)) for i in range(self.team.count())]
        if wanted == now:
            return  # the usual update: the same teams, nothing to redo
        chosen = self.team.currentData()
        self.team.blockSignals(True)
        self.team.clear()
        for name, team_id in wanted:
            self.team.addItem(name, team_id)
        at = self.team.findData(chosen)
        self.team.setCurrentIndex(max(at, 0))
        self.team.blockSignals(False)
        if at < 0 and chosen is not None:
            self.team.currentIndexChanged.emit(0)  # the team chosen is gone: all again


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
        self.monitored_agents: dict[str, int | None] = {}  # contact -> whose call it is
        self.live_chats: list[rest.LiveChat] = []  # asked afresh at each right-click
        self.readers: dict[str, ChatReader] = {}  # contact -> its open "Read chat" window
        self.setWindowTitle(translate("ui.wallboard", "Callnest — wallboard"))
        title = QLabel(translate("ui.wallboard", "Wallboard"))
        title.setObjectName("title")
        self.updated = QLabel(translate("ui.wallboard", "Waiting for the first figures…"))
        self.updated.setObjectName("hint")
        self._quiet_hint()
        self.error = plain_label()
        self.error.setObjectName("errorBar")
        self.error.hide()
        self.alarm = plain_label()
        self.alarm.setObjectName("alarm")
        self.alarm.hide()
        self.model.phones_changed.connect(self._show_alarms)
        for table in (self.model.queues, self.model.agents, self.model.campaigns):
            table.set_colours(cell_colours)
        self.wall_button = QPushButton(translate("ui.wallboard", "Wall view"))
        self.wall_button.setToolTip(
            translate("ui.wallboard", "The queues' figures in big type, full screen (F11)")
        )
        self.wall_button.clicked.connect(self.show_wall)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.show_wall)
        self.wall: WallView | None = None
        self.monitor_bar = MonitorBar()
        self.monitor_bar.stop.clicked.connect(self._stop_monitoring)
        self.queues = _table(self.model.queues)
        shown = self.model.agents_shown
        self.agents = _table(shown)
        self.agents.setAccessibleName(translate("ui.wallboard", "Agents"))
        self.agents.setSortingEnabled(True)
        self.agents.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as they come, until asked
        self.filters = AgentFilters()
        self.filters.team.currentIndexChanged.connect(
            lambda: shown.show_team(_chosen(self.filters.team.currentData(), ALL_TEAMS))
        )
        self.filters.state.currentIndexChanged.connect(
            lambda: shown.show_state(self.filters.state.currentData())
        )
        self.filters.grouped.toggled.connect(self._group_by_team)
        self.model.names_changed.connect(self._offer_teams)
        agents = self.model.agents
        for signal in (agents.modelReset, agents.rowsInserted, agents.dataChanged):
            signal.connect(self._offer_teams)  # an agent moved to another team, too
        for signal in (agents.modelReset, agents.dataChanged):
            signal.connect(self._forget_ended_calls)
        self._offer_teams()
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
        self._overdue_timer.timeout.connect(self._refresh)
        self.campaigns = _table(self.model.campaigns)
        self.campaigns_title = QLabel(translate("ui.wallboard", "Campaigns — today"))
        # Shown while a campaign runs or is paused; out of the way otherwise.
        self.model.campaigns.modelReset.connect(self._show_campaigns)
        self._show_campaigns()
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.wall_button)
        layout.addLayout(heading)
        layout.addWidget(self.updated)
        layout.addWidget(self.alarm)
        layout.addWidget(self.monitor_bar)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(translate("ui.wallboard", "Queues — today")))
        layout.addWidget(self.queues, 1)
        layout.addWidget(self.filters)
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
                self._name_customers()

        self._bridge.resolve(self._engine.rest("GET", "/api/escalations"), done)

    def read_names(self) -> None:
        """Queues' and teams' names for the ids the statistics carry (the
        queues' also bring their max waits, for the longest wait's colour)."""

        def queues(future: Future[Any]) -> None:
            if future.exception() is None:
                self.model.set_queues(rest.Queue.model_validate(q) for q in future.result() or ())

        def teams(future: Future[Any]) -> None:
            if future.exception() is None:
                self.model.set_teams(rest.Team.model_validate(t) for t in future.result() or ())

        self._bridge.resolve(self._engine.rest("GET", "/api/queues"), queues)
        self._bridge.resolve(self._engine.rest("GET", "/api/teams"), teams)

    def _name_customers(self) -> None:
        """The customers agents are with, by name, from what this window knows."""
        names = {i.contact_id: i.customer_name for i in self.escalated if i.customer_name}
        names |= {c.contact_id: c.customer_name for c in self.live_chats if c.customer_name}
        self.model.set_customers(names)

    def _refresh(self) -> None:
        """What the statistics do not push: overdue items and live chats."""
        self.read_overdue()
        self.load_live_chats(lambda: None)

    def _offer_teams(self) -> None:
        names, agents = self.model.names, self.model.agents
        present = {a.team_id for a in (agents.at(r) for r in range(agents.rowCount())) if a}
        teams = sorted(
            ((names.team(t), t) for t in present | set(names.teams) if t is not None),
            key=lambda team: team[0].casefold(),
        )
        if None in present:
            teams.append((names.team(None), NO_TEAM))
        self.filters.offer_teams(teams)

    def _group_by_team(self, grouped: bool) -> None:
        shown = self.model.agents_shown
        if grouped and shown.sortColumn() < 0:
            self.agents.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name within teams
        shown.group_by_team(grouped)

    def show_wall(self) -> None:
        """The queues' big figures, full screen, until Esc."""
        if self.wall is None:
            self.wall = WallView(self.model)
        self.wall.showFullScreen()
        self.wall.raise_()
        self.wall.activateWindow()

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
                self.monitoring.pop(contact_id, None)  # a change moves it last: the bar's
                self.monitored_agents.pop(contact_id, None)
                if mode is not MonitorMode.OFF:
                    self.monitoring[contact_id] = mode
                    self.monitored_agents[contact_id] = future.result().agent_id
                self._show_monitoring()

        self._bridge.resolve(self._rest.monitor(contact_id, mode), done)

    def _show_monitoring(self) -> None:
        """The bar for the call joined last (a supervisor is in one at a time,
        as a rule); hidden when in none."""
        if not self.monitoring:
            self.monitor_bar.hide()
            return
        contact_id, mode = list(self.monitoring.items())[-1]
        words = translate(
            "ui.wallboard", str(_MONITORING.get(mode, _MONITORING[MonitorMode.LISTEN]))
        )
        self.monitor_bar.text.setText(words.format(agent=self._agent_in(contact_id)))
        self.monitor_bar.show()

    def _agent_in(self, contact_id: str) -> str:
        agents = self.model.agents
        known = agents.row(self.monitored_agents.get(contact_id) or 0)
        if known is None:
            every = (agents.at(r) for r in range(agents.rowCount()))
            known = next((a for a in every if a and a.contact_id == contact_id), None)
        return known.name if known else translate("ui.wallboard", "the agent", "whose call")

    def _stop_monitoring(self) -> None:
        if self.monitoring:
            self.monitor(list(self.monitoring)[-1], MonitorMode.OFF)

    def _forget_ended_calls(self) -> None:
        """A call listened to ended (its agent moved on): the server ends the
        monitoring with it, so the bar goes too."""
        agents = self.model.agents
        ended = [
            contact_id
            for contact_id, agent_id in self.monitored_agents.items()
            if agent_id is not None
            and (a := agents.row(agent_id)) is not None
            and a.contact_id != contact_id
        ]
        for contact_id in ended:
            self.monitoring.pop(contact_id, None)
            self.monitored_agents.pop(contact_id, None)
        if ended:
            self._show_monitoring()

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
        agent = self.model.agents_shown.agent(index.row()) if index.isValid() else None
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
                self._name_customers()
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

    def changeEvent(self, event: QEvent) -> None:  # Qt names it
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for table in (self.model.queues, self.model.agents, self.model.campaigns):
                table.redraw()  # the flags' colours follow the palette
            self._quiet_hint()

    def _quiet_hint(self) -> None:
        colour = quiet_text(QGuiApplication.palette()).name()
        if colour not in self.updated.styleSheet():
            self.updated.setStyleSheet(f"color: {colour};")

    def showEvent(self, event: QShowEvent) -> None:  # Qt names it
        super().showEvent(event)
        self._ticker.start()
        self._subscribe()
        self.read_names()
        self._refresh()
        self._overdue_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt names it
        self._ticker.stop()
        self._overdue_timer.stop()
        for reader in self.readers.values():
            reader.close()
        if self.wall is not None:
            self.wall.close()
        self._engine.request(p.StatsUnsubscribe())
        super().closeEvent(event)
