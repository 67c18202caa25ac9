"""What the supervisor's wallboard shows: every queue and agent the server
pushes (``stats.snapshot``, then ``stats.update`` with what changed), as two
Qt table models. No widgets here: the views stay thin and this is tested
without a screen.

Definitions (the server computes them, today since midnight site time):
ASA = queue time of answered contacts / answered; AHT = (talk + hold + wrap)
/ handled; abandon rate = abandoned / offered; service level = answered
within the queue's threshold / (answered + abandoned after the short-abandon
threshold).

An agent routing holds back for their home connection says why in their
Status, in words ("Home connection: 8 % loss"), with the day's time held
back and the contacts offered in their queues meanwhile beside it.

Above the tables, what is wrong with phone calls (a trunk not registered),
in words: :meth:`WallboardModel.alarms`.

Words, not codes: queues by their display names, teams by name, and the
customer an agent is with by name where the desktop knows it (a chat's, an
overdue item's), else by a short number people can say aloud -- never a
raw contact id. The names come from REST (:class:`Names`); the statistics
carry ids only.

The agents' table is shown through :class:`AgentsShown`: sorted by any
column, filtered by team and state, grouped by team.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from callnest import protocol as p
from callnest.desktop.i18n import translate
from callnest.desktop.models.format import HOME_CONNECTION, break_reason, duration
from callnest.desktop.models.home_link import row_details, row_words
from callnest.desktop.models.phones import alarm_lines
from callnest.protocol import rest

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

# Where a figure turns amber, then red: what a supervisor should look at.
LOSS_PCT = (1.0, 3.0)
JITTER_MS = (20.0, 50.0)
RTT_MS = (150.0, 300.0)
SERVICE_LEVEL = (0.8, 0.6)  # below: amber, red
ABANDON_RATE = (0.05, 0.10)
WAIT_S = (30.0, 90.0)  # a queue's longest wait, when the queue sets no limits of its own
# A queue's max wait is where a caller leaves it (overflow, voicemail): red
# while a quarter of it is left, time enough to act.
MAX_WAIT_RED_SHARE = 0.75
CSAT = (4.0, 3.0)  # mean rating out of 5, below: amber, red

MOS = (4.0, 3.6)  # below: amber, red (ITU-T G.107: 4.0 "satisfied", 3.6 "some dissatisfied")
MIC_SILENT_S = (20.0, 60.0)
HEARTBEAT_S = (10.0, 20.0)  # since the desktop's last frame
NETWORK_S = (60.0, 600.0)  # held back today for the home connection

AMBER_BG, RED_BG = QColor("#fff3cd"), QColor("#fdecea")
# A coloured cell's text: the pale backgrounds are the same in any theme, so
# their text is dark in any theme too (a dark theme's own light text vanished
# on them). The wallboard's window replaces both with its palette's
# (:meth:`StatsTable.set_colours`).
ON_COLOURED = QColor("#1f1f1f")

Colours = Callable[[int], tuple[QColor, QColor] | None]
"""A flagged cell's background and text for a level (1 watch, 2 act); None: plain."""


def pale_colours(level: int) -> tuple[QColor, QColor] | None:
    if level <= 0:
        return None
    return (RED_BG if level >= 2 else AMBER_BG), ON_COLOURED


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T, float], str]
    level: Callable[[T, float], int] = lambda _row, _now: 0  # 0 fine, 1 watch, 2 act
    tip: str = ""
    # A row's own tooltip (its cell's details), in place of the column's.
    row_tip: Callable[[T, float], str | None] = lambda _row, _now: None
    # What the column sorts by, when not its text (figures sort as numbers).
    sort: Callable[[T, float], Any] | None = None


def level_above(value: float | None, limits: tuple[float, float]) -> int:
    if value is None:
        return 0
    return 2 if value >= limits[1] else 1 if value >= limits[0] else 0


def level_below(value: float | None, limits: tuple[float, float]) -> int:
    if value is None:
        return 0
    return 2 if value < limits[1] else 1 if value < limits[0] else 0


def percent(value: float | None) -> str:
    if value is None:
        return "—"
    return translate("models.wallboard", "{value}%", "a percentage").format(
        value=QLocale().toString(100 * value, "f", 0)
    )


def whole_number(n: int) -> str:
    return QLocale().toString(n)


def _decimal(value: float, decimals: int = 1) -> str:
    return QLocale().toString(value, "f", decimals)


def abandon_rate(q: p.QueueStats) -> float | None:
    return q.abandoned / q.offered if q.offered else None


def _link_level(a: p.AgentStats, _now: float) -> int:
    link = a.link
    if link is None:
        return 0
    return max(
        level_above(link.loss_pct, LOSS_PCT),
        level_above(link.jitter_ms, JITTER_MS),
        level_above(link.rtt_ms, RTT_MS),
    )


def _link_text(a: p.AgentStats, _now: float) -> str:
    link = a.link
    if link is None:
        return "—"
    loss, jitter = _decimal(link.loss_pct), _decimal(link.jitter_ms, 0)
    if link.rtt_ms is None:
        return translate(
            "models.wallboard",
            "{loss}% loss · {jitter} ms jitter",
            "an audio link's packet loss and jitter",
        ).format(loss=loss, jitter=jitter)
    return translate(
        "models.wallboard",
        "{loss}% loss · {jitter} ms jitter · {rtt} ms rtt",
        "an audio link's packet loss, jitter and round-trip time",
    ).format(loss=loss, jitter=jitter, rtt=_decimal(link.rtt_ms, 0))


def _mos_text(a: p.AgentStats, _now: float) -> str:
    return "—" if a.mos is None else _decimal(a.mos)


def _heartbeat_age(a: p.AgentStats, now: float) -> float | None:
    return None if a.last_heartbeat_at is None else max(0.0, now - a.last_heartbeat_at)


def _status(a: p.AgentStats, _now: float) -> str:
    if a.hand_raised:
        return translate("models.wallboard", "Hand raised — needs help")
    held = row_words(a.verdict)
    if held is None:
        return _activity(a)
    if a.state is p.AgentState.BREAK and a.reason in (HOME_CONNECTION, None):
        return held  # the break is routing's: why is what matters
    return translate(
        "models.wallboard", "{activity} · {held_back}", "an agent's state · why routing holds back"
    ).format(activity=_activity(a), held_back=held)


def _status_level(a: p.AgentStats, _now: float) -> int:
    problem = a.verdict.problem if a.verdict is not None else None
    if problem is None:
        return 0
    return 1 if problem is p.LinkProblem.UNCONFIRMED else 2


def _held_back_text(a: p.AgentStats, _now: float) -> str:
    """``9:00 · 6 offers``: the day's time held back, and what went to others meanwhile."""
    if not a.network_s and not a.offers_avoided:
        return "—"
    return translate(
        "models.wallboard",
        "{time} · %n offer(s)",
        "{time}: time held back today; %n: contacts offered to others meanwhile",
        a.offers_avoided,
    ).format(time=duration(a.network_s))


def _activity(a: p.AgentStats) -> str:
    if a.state is p.AgentState.BREAK:
        if a.reason:
            return translate("models.wallboard", "Break — {reason}").format(
                reason=break_reason(a.reason)
            )
        return translate("models.wallboard", "Break", "an agent's state")
    if a.state is p.AgentState.OFFLINE:
        return translate("models.wallboard", "Offline", "an agent's state")
    return {
        p.Activity.IDLE: translate("models.wallboard", "Available", "an agent's state"),
        p.Activity.RINGING: translate("models.wallboard", "Ringing", "an agent's state"),
        p.Activity.BUSY: translate("models.wallboard", "On a contact", "an agent's state"),
        p.Activity.WRAP_UP: translate("models.wallboard", "Wrap-up", "an agent's state"),
    }[a.activity]


def _abandoned_text(q: p.QueueStats) -> str:
    return translate(
        "models.wallboard", "{count} ({rate})", "abandoned contacts (their share of those offered)"
    ).format(count=whole_number(q.abandoned), rate=percent(abandon_rate(q)))


def _service_level_text(q: p.QueueStats) -> str:
    return translate(
        "models.wallboard",
        "{share} in {seconds} s",
        "service level: {share} of contacts answered within {seconds} seconds",
    ).format(share=percent(q.service_level), seconds=_decimal(q.service_level_threshold_s, 0))


@dataclass(frozen=True, slots=True)
class QueueFacts:
    """What the statistics leave out of a queue: its name for people, and
    how long a caller may wait in it."""

    display_name: str
    max_wait_s: float | None = None


@dataclass(slots=True)
class Names:
    """Words for the ids the statistics carry, as REST tells them."""

    queues: dict[int, QueueFacts] = field(default_factory=dict)
    teams: dict[int, str] = field(default_factory=dict)
    customers: dict[str, str] = field(default_factory=dict)  # contact id -> customer's name

    def queue(self, q: p.QueueStats) -> str:
        facts = self.queues.get(q.queue_id)
        return facts.display_name if facts else q.name

    def team(self, team_id: int | None) -> str:
        if team_id is None:
            return translate("models.wallboard", "No team", "an agent in no team")
        return self.teams.get(team_id) or translate("models.wallboard", "Team {number}").format(
            number=team_id
        )

    def customer(self, contact_id: str | None) -> str:
        """Who an agent is with: the customer's name, else a short reference."""
        if not contact_id:
            return "—"
        return self.customers.get(contact_id) or spoken_reference(contact_id)

    def wait_limits(self, q: p.QueueStats) -> tuple[float, float]:
        """Where a queue's longest wait turns amber, then red: past its
        service-level threshold the caller counts against the target; near its
        max wait the caller is about to leave the queue."""
        facts = self.queues.get(q.queue_id)
        watch = q.service_level_threshold_s or WAIT_S[0]
        act = (
            facts.max_wait_s * MAX_WAIT_RED_SHARE
            if facts and facts.max_wait_s
            else max(WAIT_S[1], 3 * watch)
        )
        return watch, max(watch, act)

    def wait_level(self, q: p.QueueStats) -> int:
        return level_above(q.longest_wait_s, self.wait_limits(q)) if q.waiting else 0


def spoken_reference(contact_id: str) -> str:
    """``Ref. 4821``: four digits from a contact's id, to say aloud where no
    customer's name is known (a raw id, ``8497fbbc``, is not sayable)."""
    number = 1000 + zlib.crc32(contact_id.encode()) % 9000
    return translate(
        "models.wallboard", "Ref. {number}", "a short reference for a contact with no name"
    ).format(number=number)


def queue_columns(names: Names | None = None) -> tuple[Column[p.QueueStats], ...]:
    """The queues' table, its titles in the language installed now."""
    words = names or Names()
    return (
        Column(translate("models.wallboard", "Queue", "a column"), lambda q, _: words.queue(q)),
        Column(
            translate("models.wallboard", "Waiting", "a column: callers waiting"),
            lambda q, _: whole_number(q.waiting),
            sort=lambda q, _: q.waiting,
        ),
        Column(
            translate("models.wallboard", "Longest wait", "a column"),
            lambda q, _: duration(q.longest_wait_s) if q.waiting else "—",
            lambda q, _: words.wait_level(q),
        ),
        Column(
            translate("models.wallboard", "Offered", "a column: contacts offered"),
            lambda q, _: whole_number(q.offered),
        ),
        Column(
            translate("models.wallboard", "ASA", "a column: average speed of answer"),
            lambda q, _: duration(q.asa_s),
            tip=translate("models.wallboard", "queue time of answered / answered"),
        ),
        Column(
            translate("models.wallboard", "Abandoned", "a column: contacts abandoned"),
            lambda q, _: _abandoned_text(q),
            lambda q, _: level_above(abandon_rate(q), ABANDON_RATE),
            translate("models.wallboard", "abandoned / offered"),
        ),
        Column(
            translate("models.wallboard", "Service level", "a column"),
            lambda q, _: _service_level_text(q),
            lambda q, _: level_below(q.service_level, SERVICE_LEVEL),
            translate(
                "models.wallboard",
                "answered within the threshold / (answered + abandoned after the "
                "short-abandon time)",
            ),
        ),
        Column(
            translate("models.wallboard", "AHT", "a column: average handling time"),
            lambda q, _: duration(q.aht_s),
            tip=translate("models.wallboard", "(talk + hold + wrap-up) / handled"),
        ),
        Column(
            translate("models.wallboard", "CSAT", "a column: customer satisfaction"),
            lambda q, _: "—" if q.csat is None else _decimal(q.csat),
            lambda q, _: level_below(q.csat, CSAT),
            translate("models.wallboard", "customers' mean rating today, 1 to 5"),
        ),
        Column(
            translate("models.wallboard", "Available", "a column: agents available"),
            lambda q, _: whole_number(q.agents_available),
        ),
        Column(
            translate("models.wallboard", "Busy", "a column: agents busy"),
            lambda q, _: whole_number(q.agents_busy),
        ),
        Column(
            translate("models.wallboard", "Wrap-up", "a column: agents in wrap-up"),
            lambda q, _: whole_number(q.agents_wrap_up),
        ),
        Column(
            translate("models.wallboard", "Break", "a column: agents on a break"),
            lambda q, _: whole_number(q.agents_break),
        ),
    )


def agent_columns(names: Names | None = None) -> tuple[Column[p.AgentStats], ...]:
    """The agents' table, its titles in the language installed now."""
    words = names or Names()
    return (
        Column(
            translate("models.wallboard", "Agent", "a column"),
            lambda a, _: a.name,
            lambda a, _: 2 if a.hand_raised else 0,
            sort=lambda a, _: a.name.casefold(),
        ),
        Column(
            translate("models.wallboard", "Team", "a column: the agent's team"),
            lambda a, _: words.team(a.team_id),
            sort=lambda a, _: words.team(a.team_id).casefold(),
        ),
        Column(
            translate("models.wallboard", "Status", "a column: an agent's state"),
            _status,
            _status_level,
            row_tip=lambda a, _: row_details(a.verdict),
            # Who needs attention first, then by state, then by the words.
            sort=lambda a, now: (
                not needs_attention(a),
                STATES.index(state_of(a)),
                _status(a, now),
            ),
        ),
        Column(
            translate("models.wallboard", "For", "a column: how long in this state"),
            lambda a, now: duration(now - a.since),
            sort=lambda a, now: now - a.since,
        ),
        Column(
            translate("models.wallboard", "With", "a column: the customer an agent is with"),
            lambda a, _: words.customer(a.contact_id),
            tip=translate(
                "models.wallboard",
                "the customer's name where known, else a short reference to say aloud",
            ),
        ),
        Column(
            translate("models.wallboard", "Handled", "a column: contacts handled"),
            lambda a, _: whole_number(a.handled),
            sort=lambda a, _: a.handled,
        ),
        Column(
            translate("models.wallboard", "AHT", "a column: average handling time"),
            lambda a, _: duration(a.aht_s) if a.handled else "—",
            sort=lambda a, _: a.aht_s if a.handled else None,
        ),
        Column(
            translate("models.wallboard", "Occupancy", "a column"),
            lambda a, _: percent(a.occupancy),
            sort=lambda a, _: a.occupancy,
        ),
        Column(
            translate("models.wallboard", "Break today", "a column: time on a break today"),
            lambda a, _: duration(a.break_s),
            sort=lambda a, _: a.break_s,
        ),
        Column(
            translate("models.wallboard", "Held back today", "a column"),
            _held_back_text,
            lambda a, _: level_above(a.network_s, NETWORK_S),
            translate(
                "models.wallboard",
                "time offered nothing today because the home connection could not carry "
                "a call, and the contacts offered in the agent's queues meanwhile",
            ),
            sort=lambda a, _: a.network_s,
        ),
        Column(
            translate("models.wallboard", "Home link", "a column: the home connection's audio"),
            _link_text,
            _link_level,
            translate("models.wallboard", "loss, jitter and round trip of the audio link"),
            sort=lambda a, _: a.link.loss_pct if a.link else None,
        ),
        Column(
            translate("models.wallboard", "MOS", "a column: mean opinion score, call quality"),
            _mos_text,
            lambda a, _: level_below(a.mos, MOS),
            translate(
                "models.wallboard",
                "call quality the link allows, 1 to 4.5 (ITU-T G.107 E-model, simplified)",
            ),
            sort=lambda a, _: a.mos,
        ),
        Column(
            translate("models.wallboard", "Mic silent", "a column"),
            lambda a, _: duration(a.mic_silent_s) if a.mic_silent_s else "—",
            lambda a, _: level_above(a.mic_silent_s, MIC_SILENT_S),
            translate(
                "models.wallboard", "how long the microphone has been silent or muted in a call"
            ),
            sort=lambda a, _: a.mic_silent_s,
        ),
        Column(
            translate("models.wallboard", "Last heard", "a column"),
            lambda a, now: duration(_heartbeat_age(a, now)),
            lambda a, now: level_above(_heartbeat_age(a, now), HEARTBEAT_S),
            translate("models.wallboard", "time since the desktop's last message"),
            sort=_heartbeat_age,
        ),
    )


# What the agents' table filters by, in this order on its state filter.
STATES = ("attention", "available", "ringing", "busy", "wrap_up", "break", "offline")


def needs_attention(a: p.AgentStats) -> bool:
    """A raised hand, or a home connection routing holds back."""
    return a.hand_raised or _status_level(a, 0.0) > 0


def state_of(a: p.AgentStats) -> str:
    """An agent's state among :data:`STATES`, "attention" aside (it comes on
    top of a state: :func:`needs_attention`)."""
    if a.state is p.AgentState.BREAK:
        return "break"
    if a.state is p.AgentState.OFFLINE:
        return "offline"
    return {
        p.Activity.IDLE: "available",
        p.Activity.RINGING: "ringing",
        p.Activity.BUSY: "busy",
        p.Activity.WRAP_UP: "wrap_up",
    }[a.activity]


def state_words(state: str) -> str:
    """One of :data:`STATES` in words, for the state filter."""
    return {
        "attention": translate("models.wallboard", "Needs attention", "agents to look at"),
        "available": translate("models.wallboard", "Available", "an agent's state"),
        "ringing": translate("models.wallboard", "Ringing", "an agent's state"),
        "busy": translate("models.wallboard", "On a contact", "an agent's state"),
        "wrap_up": translate("models.wallboard", "Wrap-up", "an agent's state"),
        "break": translate("models.wallboard", "Break", "an agent's state"),
        "offline": translate("models.wallboard", "Offline", "an agent's state"),
    }[state]


def _reached(c: p.CampaignStats) -> str:
    if not c.dialed_today:
        return "—"
    return translate(
        "models.wallboard", "{count} ({rate})", "people reached (their share of the calls placed)"
    ).format(count=whole_number(c.reached_today), rate=percent(c.reached_today / c.dialed_today))


def campaign_columns() -> tuple[Column[p.CampaignStats], ...]:
    """The campaigns' table, its titles in the language installed now."""
    return (
        Column(translate("models.wallboard", "Campaign", "a column"), lambda c, _: c.name),
        Column(
            translate("models.wallboard", "Status", "a column: a campaign's state"),
            lambda c, _: (
                translate("models.wallboard", "Running", "a campaign's state")
                if c.status == "running"
                else translate("models.wallboard", "Paused", "a campaign's state")
            ),
        ),
        Column(
            translate("models.wallboard", "Calls today", "a column"),
            lambda c, _: whole_number(c.dialed_today),
            tip=translate("models.wallboard", "calls placed today"),
        ),
        Column(
            translate("models.wallboard", "Reached", "a column: people reached"),
            lambda c, _: _reached(c),
            tip=translate("models.wallboard", "calls today the person called answered"),
        ),
        Column(
            translate("models.wallboard", "On calls now", "a column"),
            lambda c, _: whole_number(c.in_calls),
            tip=translate("models.wallboard", "ringing or talking"),
        ),
        Column(
            translate("models.wallboard", "People left", "a column"),
            lambda c, _: whole_number(c.left),
            tip=translate("models.wallboard", "still to reach: waiting or being called"),
        ),
    )


class StatsTable(QAbstractTableModel, Generic[T]):
    """Rows keyed by id, merged from snapshots and partial updates."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], int],
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._key = key
        self._clock = clock
        self._rows: list[T] = []
        self._where: dict[int, int] = {}
        self._colours: Colours = pale_colours

    def replace(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._where = {self._key(r): i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def merge(self, rows: Iterable[T]) -> None:
        for row in rows:
            at = self._where.get(self._key(row))
            if at is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._where[self._key(row)] = len(self._rows)
                self._rows.append(row)
                self.endInsertRows()
            else:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))

    def set_colours(self, colours: Colours) -> None:
        """Flags figures in these colours from now on (a window's palette's)."""
        self._colours = colours
        self.redraw()

    def tick(self) -> None:
        """Times run on between updates: repaint them (every column: a
        sorting or filtering view above re-reads what it sorts by)."""
        self.redraw()

    def redraw(self) -> None:
        """Every cell again: what the rows show changed outside them (the
        registrations beside a list of trunks, say); the selection stays."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def at(self, position: int) -> T | None:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def row(self, key: int) -> T | None:
        at = self._where.get(key)
        return None if at is None else self._rows[at]

    def sort_key(self, position: int, column: int) -> Any:
        """What a row sorts by in a column: its figure, else its text."""
        row, shown = self._rows[position], self.columns[column]
        now = self._clock()
        return shown.text(row, now) if shown.sort is None else shown.sort(row, now)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row, self._clock())
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = self._colours(column.level(row, self._clock()))
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.row_tip(row, self._clock()) or column.tip or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tip or None
        return None


ALL_TEAMS, NO_TEAM = -1, 0  # the team filter's choices besides a team's id (ids start at 1)


def _ascending(left: Any, right: Any) -> bool:
    """``left < right``, unknown figures (None) last, mixed types as text."""
    if left is None or right is None:
        return left is not None and right is None
    try:
        return bool(left < right)
    except TypeError:
        return str(left) < str(right)


class AgentsShown(QSortFilterProxyModel):
    """The agents' table as the supervisor chose to see it: sorted by a
    column, only a team's or a state's, grouped by team. Updates re-sort and
    re-filter only the rows they touch (Qt's dynamic sorting)."""

    def __init__(self, agents: StatsTable[p.AgentStats], names: Names) -> None:
        super().__init__(agents)
        self._agents, self._names = agents, names
        self.team = ALL_TEAMS
        self.state: str | None = None  # one of STATES; None: all
        self.grouped = False
        self.setSourceModel(agents)
        self.setDynamicSortFilter(True)

    def agent(self, row: int) -> p.AgentStats | None:
        """The agent on a row as shown."""
        source = self.mapToSource(self.index(row, 0))
        return self._agents.at(source.row()) if source.isValid() else None

    def show_team(self, team: int) -> None:
        self.beginFilterChange()
        self.team = team
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def show_state(self, state: str | None) -> None:
        self.beginFilterChange()
        self.state = state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def group_by_team(self, grouped: bool) -> None:
        self.grouped = grouped
        if grouped and self.sortColumn() < 0:
            self.sort(0)  # by name within each team
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # Qt names it
        a = self._agents.at(source_row)
        if a is None:
            return False
        if self.team != ALL_TEAMS and (a.team_id or NO_TEAM) != self.team:
            return False
        if self.state == "attention":
            return needs_attention(a)
        return self.state is None or state_of(a) == self.state

    def lessThan(self, left: Index, right: Index) -> bool:  # Qt names it
        if self.grouped:
            teams = (self._team_key(left.row()), self._team_key(right.row()))
            if teams[0] != teams[1]:
                # Teams stay A to Z whichever way the column sorts (Qt turns
                # the answer round for a descending sort).
                descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
                return (teams[0] < teams[1]) != descending
        column = left.column()
        return _ascending(
            self._agents.sort_key(left.row(), column), self._agents.sort_key(right.row(), column)
        )

    def _team_key(self, row: int) -> str:
        a = self._agents.at(row)
        return "" if a is None else self._names.team(a.team_id).casefold()


class WallboardModel(QObject):
    """The two tables and the phone alarms, fed by the server's statistics messages."""

    phones_changed = Signal()  # what is wrong with phone calls changed: see alarms()
    names_changed = Signal()  # queues', teams' or customers' names came: see names

    def __init__(self, clock: Callable[[], float] = time.time, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self.phones = p.PhoneHealth()
        self.names = Names()
        self.queues: StatsTable[p.QueueStats] = StatsTable(
            queue_columns(self.names), lambda q: q.queue_id, clock, self
        )
        self.agents: StatsTable[p.AgentStats] = StatsTable(
            agent_columns(self.names), lambda a: a.agent_id, clock, self
        )
        self.agents_shown = AgentsShown(self.agents, self.names)
        # Campaigns come in snapshots only: their figures move slowly.
        self.campaigns: StatsTable[p.CampaignStats] = StatsTable(
            campaign_columns(), lambda c: c.campaign_id, clock, self
        )
        self.updated_at: float | None = None

    def apply(self, message: p.Message) -> None:
        if isinstance(message, p.StatsSnapshot):
            self.queues.replace(message.queues)
            self.agents.replace(message.agents)
            self.campaigns.replace(message.campaigns)
            self.updated_at = message.at
            self._set_phones(message.phones)
        elif isinstance(message, p.StatsUpdate):
            self.queues.merge(message.queues)
            self.agents.merge(message.agents)
            self.updated_at = message.at
            if message.phones is not None:  # none: unchanged
                self._set_phones(message.phones)

    def _set_phones(self, health: p.PhoneHealth) -> None:
        if health != self.phones:
            self.phones = health
            self.phones_changed.emit()

    def set_queues(self, queues: Iterable[rest.Queue]) -> None:
        self.names.queues = {
            q.id: QueueFacts(q.display_name or q.name, q.max_wait_s) for q in queues
        }
        self._named()

    def set_teams(self, teams: Iterable[rest.Team]) -> None:
        self.names.teams = {t.id: t.name for t in teams}
        self._named()

    def set_customers(self, names: dict[str, str]) -> None:
        """Customers' names by contact id (live chats', overdue items')."""
        if names != self.names.customers:
            self.names.customers = names
            self._named()

    def _named(self) -> None:
        self.queues.redraw()
        self.agents.redraw()
        self.names_changed.emit()

    def alarms(self) -> list[str]:
        """What is wrong with phone calls, one sentence each; none when all is well."""
        return alarm_lines(self.phones, self._clock())

    def tick(self) -> None:
        self.queues.tick()
        self.agents.tick()
