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
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from callnest import protocol as p
from callnest.desktop.models.format import HOME_CONNECTION, break_reason, duration
from callnest.desktop.models.home_link import row_details, row_words
from callnest.desktop.models.phones import alarm_lines

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

# Where a figure turns amber, then red: what a supervisor should look at.
LOSS_PCT = (1.0, 3.0)
JITTER_MS = (20.0, 50.0)
RTT_MS = (150.0, 300.0)
SERVICE_LEVEL = (0.8, 0.6)  # below: amber, red
ABANDON_RATE = (0.05, 0.10)
WAIT_S = (30.0, 90.0)
CSAT = (4.0, 3.0)  # mean rating out of 5, below: amber, red

MOS = (4.0, 3.6)  # below: amber, red (ITU-T G.107: 4.0 "satisfied", 3.6 "some dissatisfied")
MIC_SILENT_S = (20.0, 60.0)
HEARTBEAT_S = (10.0, 20.0)  # since the desktop's last frame
NETWORK_S = (60.0, 600.0)  # held back today for the home connection

AMBER_BG, RED_BG = QColor("#fff3cd"), QColor("#fdecea")
# A coloured cell's text: the pale backgrounds are the same in any theme, so
# their text is dark in any theme too (a dark theme's own light text vanished
# on them).
ON_COLOURED = QColor("#1f1f1f")


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T, float], str]
    level: Callable[[T, float], int] = lambda _row, _now: 0  # 0 fine, 1 watch, 2 act
    tip: str = ""
    # A row's own tooltip (its cell's details), in place of the column's.
    row_tip: Callable[[T, float], str | None] = lambda _row, _now: None


def _above(value: float | None, limits: tuple[float, float]) -> int:
    if value is None:
        return 0
    return 2 if value >= limits[1] else 1 if value >= limits[0] else 0


def _below(value: float | None, limits: tuple[float, float]) -> int:
    if value is None:
        return 0
    return 2 if value < limits[1] else 1 if value < limits[0] else 0


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def abandon_rate(q: p.QueueStats) -> float | None:
    return q.abandoned / q.offered if q.offered else None


def _link_level(a: p.AgentStats, _now: float) -> int:
    link = a.link
    if link is None:
        return 0
    return max(
        _above(link.loss_pct, LOSS_PCT),
        _above(link.jitter_ms, JITTER_MS),
        _above(link.rtt_ms, RTT_MS),
    )


def _link_text(a: p.AgentStats, _now: float) -> str:
    link = a.link
    if link is None:
        return "—"
    rtt = "" if link.rtt_ms is None else f" · {link.rtt_ms:.0f} ms rtt"
    return f"{link.loss_pct:.1f}% loss · {link.jitter_ms:.0f} ms jitter{rtt}"


def _mos_text(a: p.AgentStats, _now: float) -> str:
    return "—" if a.mos is None else f"{a.mos:.1f}"


def _heartbeat_age(a: p.AgentStats, now: float) -> float | None:
    return None if a.last_heartbeat_at is None else max(0.0, now - a.last_heartbeat_at)


def _status(a: p.AgentStats, _now: float) -> str:
    if a.hand_raised:
        return "Hand raised — needs help"
    held = row_words(a.verdict)
    if held is None:
        return _activity(a)
    if a.state is p.AgentState.BREAK and a.reason in (HOME_CONNECTION, None):
        return held  # the break is routing's: why is what matters
    return f"{_activity(a)} · {held}"


def _status_level(a: p.AgentStats, _now: float) -> int:
    problem = a.verdict.problem if a.verdict is not None else None
    if problem is None:
        return 0
    return 1 if problem is p.LinkProblem.UNCONFIRMED else 2


def _held_back_text(a: p.AgentStats, _now: float) -> str:
    """``9:00 · 6 offers``: the day's time held back, and what went to others meanwhile."""
    if not a.network_s and not a.offers_avoided:
        return "—"
    offers = "1 offer" if a.offers_avoided == 1 else f"{a.offers_avoided} offers"
    return f"{duration(a.network_s)} · {offers}"


def _activity(a: p.AgentStats) -> str:
    if a.state is p.AgentState.BREAK:
        return f"Break — {break_reason(a.reason)}" if a.reason else "Break"
    if a.state is p.AgentState.OFFLINE:
        return "Offline"
    return {
        p.Activity.IDLE: "Available",
        p.Activity.RINGING: "Ringing",
        p.Activity.BUSY: "On a contact",
        p.Activity.WRAP_UP: "Wrap-up",
    }[a.activity]


QUEUE_COLUMNS: tuple[Column[p.QueueStats], ...] = (
    Column("Queue", lambda q, _: q.name),
    Column("Waiting", lambda q, _: str(q.waiting)),
    Column(
        "Longest wait",
        lambda q, _: duration(q.longest_wait_s) if q.waiting else "—",
        lambda q, _: _above(q.longest_wait_s, WAIT_S) if q.waiting else 0,
    ),
    Column("Offered", lambda q, _: str(q.offered)),
    Column("ASA", lambda q, _: duration(q.asa_s), tip="queue time of answered / answered"),
    Column(
        "Abandoned",
        lambda q, _: f"{q.abandoned} ({_pct(abandon_rate(q))})",
        lambda q, _: _above(abandon_rate(q), ABANDON_RATE),
        "abandoned / offered",
    ),
    Column(
        "Service level",
        lambda q, _: f"{_pct(q.service_level)} in {q.service_level_threshold_s:.0f} s",
        lambda q, _: _below(q.service_level, SERVICE_LEVEL),
        "answered within the threshold / (answered + abandoned after the short-abandon time)",
    ),
    Column("AHT", lambda q, _: duration(q.aht_s), tip="(talk + hold + wrap-up) / handled"),
    Column(
        "CSAT",
        lambda q, _: "—" if q.csat is None else f"{q.csat:.1f}",
        lambda q, _: _below(q.csat, CSAT),
        "customers' mean rating today, 1 to 5",
    ),
    Column("Available", lambda q, _: str(q.agents_available)),
    Column("Busy", lambda q, _: str(q.agents_busy)),
    Column("Wrap-up", lambda q, _: str(q.agents_wrap_up)),
    Column("Break", lambda q, _: str(q.agents_break)),
)

AGENT_COLUMNS: tuple[Column[p.AgentStats], ...] = (
    Column("Agent", lambda a, _: a.name, lambda a, _: 2 if a.hand_raised else 0),
    Column("Status", _status, _status_level, row_tip=lambda a, _: row_details(a.verdict)),
    Column("For", lambda a, now: duration(now - a.since)),
    Column("Contact", lambda a, _: a.contact_id[:8] if a.contact_id else "—"),
    Column("Handled", lambda a, _: str(a.handled)),
    Column("AHT", lambda a, _: duration(a.aht_s) if a.handled else "—"),
    Column("Occupancy", lambda a, _: _pct(a.occupancy)),
    Column("Break today", lambda a, _: duration(a.break_s)),
    Column(
        "Held back today",
        _held_back_text,
        lambda a, _: _above(a.network_s, NETWORK_S),
        "time offered nothing today because the home connection could not carry a call, "
        "and the contacts offered in the agent's queues meanwhile",
    ),
    Column("Home link", _link_text, _link_level, "loss, jitter and round trip of the audio link"),
    Column(
        "MOS",
        _mos_text,
        lambda a, _: _below(a.mos, MOS),
        "call quality the link allows, 1 to 4.5 (ITU-T G.107 E-model, simplified)",
    ),
    Column(
        "Mic silent",
        lambda a, _: duration(a.mic_silent_s) if a.mic_silent_s else "—",
        lambda a, _: _above(a.mic_silent_s, MIC_SILENT_S),
        "how long the microphone has been silent or muted in a call",
    ),
    Column(
        "Last heard",
        lambda a, now: duration(_heartbeat_age(a, now)),
        lambda a, now: _above(_heartbeat_age(a, now), HEARTBEAT_S),
        "time since the desktop's last message",
    ),
)


def _reached(c: p.CampaignStats) -> str:
    if not c.dialed_today:
        return "—"
    return f"{c.reached_today} ({c.reached_today / c.dialed_today:.0%})"


CAMPAIGN_COLUMNS: tuple[Column[p.CampaignStats], ...] = (
    Column("Campaign", lambda c, _: c.name),
    Column("Status", lambda c, _: "Running" if c.status == "running" else "Paused"),
    Column("Calls today", lambda c, _: str(c.dialed_today), tip="calls placed today"),
    Column("Reached", lambda c, _: _reached(c), tip="calls today the person called answered"),
    Column("On calls now", lambda c, _: str(c.in_calls), tip="ringing or talking"),
    Column("People left", lambda c, _: str(c.left), tip="still to reach: waiting or being called"),
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

    def tick(self) -> None:
        """Times run on between updates: repaint them."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

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
        if role == Qt.ItemDataRole.BackgroundRole:
            level = column.level(row, self._clock())
            return RED_BG if level == 2 else AMBER_BG if level == 1 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return ON_COLOURED if column.level(row, self._clock()) else None
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


class WallboardModel(QObject):
    """The two tables and the phone alarms, fed by the server's statistics messages."""

    phones_changed = Signal()  # what is wrong with phone calls changed: see alarms()

    def __init__(self, clock: Callable[[], float] = time.time, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self.phones = p.PhoneHealth()
        self.queues: StatsTable[p.QueueStats] = StatsTable(
            QUEUE_COLUMNS, lambda q: q.queue_id, clock, self
        )
        self.agents: StatsTable[p.AgentStats] = StatsTable(
            AGENT_COLUMNS, lambda a: a.agent_id, clock, self
        )
        # Campaigns come in snapshots only: their figures move slowly.
        self.campaigns: StatsTable[p.CampaignStats] = StatsTable(
            CAMPAIGN_COLUMNS, lambda c: c.campaign_id, clock, self
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

    def alarms(self) -> list[str]:
        """What is wrong with phone calls, one sentence each; none when all is well."""
        return alarm_lines(self.phones, self._clock())

    def tick(self) -> None:
        self.queues.tick()
        self.agents.tick()
