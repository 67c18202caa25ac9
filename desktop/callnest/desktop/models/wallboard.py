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
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from callnest import protocol as p
from callnest.desktop.i18n import translate
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
    if value is None:
        return "—"
    return translate("models.wallboard", "{value}%", "a percentage").format(
        value=QLocale().toString(100 * value, "f", 0)
    )


def _number(n: int) -> str:
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
        _above(link.loss_pct, LOSS_PCT),
        _above(link.jitter_ms, JITTER_MS),
        _above(link.rtt_ms, RTT_MS),
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
    ).format(count=_number(q.abandoned), rate=_pct(abandon_rate(q)))


def _service_level_text(q: p.QueueStats) -> str:
    return translate(
        "models.wallboard",
        "{share} in {seconds} s",
        "service level: {share} of contacts answered within {seconds} seconds",
    ).format(share=_pct(q.service_level), seconds=_decimal(q.service_level_threshold_s, 0))


def queue_columns() -> tuple[Column[p.QueueStats], ...]:
    """The queues' table, its titles in the language installed now."""
    return (
        Column(translate("models.wallboard", "Queue", "a column"), lambda q, _: q.name),
        Column(
            translate("models.wallboard", "Waiting", "a column: callers waiting"),
            lambda q, _: _number(q.waiting),
        ),
        Column(
            translate("models.wallboard", "Longest wait", "a column"),
            lambda q, _: duration(q.longest_wait_s) if q.waiting else "—",
            lambda q, _: _above(q.longest_wait_s, WAIT_S) if q.waiting else 0,
        ),
        Column(
            translate("models.wallboard", "Offered", "a column: contacts offered"),
            lambda q, _: _number(q.offered),
        ),
        Column(
            translate("models.wallboard", "ASA", "a column: average speed of answer"),
            lambda q, _: duration(q.asa_s),
            tip=translate("models.wallboard", "queue time of answered / answered"),
        ),
        Column(
            translate("models.wallboard", "Abandoned", "a column: contacts abandoned"),
            lambda q, _: _abandoned_text(q),
            lambda q, _: _above(abandon_rate(q), ABANDON_RATE),
            translate("models.wallboard", "abandoned / offered"),
        ),
        Column(
            translate("models.wallboard", "Service level", "a column"),
            lambda q, _: _service_level_text(q),
            lambda q, _: _below(q.service_level, SERVICE_LEVEL),
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
            lambda q, _: _below(q.csat, CSAT),
            translate("models.wallboard", "customers' mean rating today, 1 to 5"),
        ),
        Column(
            translate("models.wallboard", "Available", "a column: agents available"),
            lambda q, _: _number(q.agents_available),
        ),
        Column(
            translate("models.wallboard", "Busy", "a column: agents busy"),
            lambda q, _: _number(q.agents_busy),
        ),
        Column(
            translate("models.wallboard", "Wrap-up", "a column: agents in wrap-up"),
            lambda q, _: _number(q.agents_wrap_up),
        ),
        Column(
            translate("models.wallboard", "Break", "a column: agents on a break"),
            lambda q, _: _number(q.agents_break),
        ),
    )


def agent_columns() -> tuple[Column[p.AgentStats], ...]:
    """The agents' table, its titles in the language installed now."""
    return (
        Column(
            translate("models.wallboard", "Agent", "a column"),
            lambda a, _: a.name,
            lambda a, _: 2 if a.hand_raised else 0,
        ),
        Column(
            translate("models.wallboard", "Status", "a column: an agent's state"),
            _status,
            _status_level,
            row_tip=lambda a, _: row_details(a.verdict),
        ),
        Column(
            translate("models.wallboard", "For", "a column: how long in this state"),
            lambda a, now: duration(now - a.since),
        ),
        Column(
            translate("models.wallboard", "Contact", "a column: the call or chat's id"),
            lambda a, _: a.contact_id[:8] if a.contact_id else "—",
        ),
        Column(
            translate("models.wallboard", "Handled", "a column: contacts handled"),
            lambda a, _: _number(a.handled),
        ),
        Column(
            translate("models.wallboard", "AHT", "a column: average handling time"),
            lambda a, _: duration(a.aht_s) if a.handled else "—",
        ),
        Column(
            translate("models.wallboard", "Occupancy", "a column"),
            lambda a, _: _pct(a.occupancy),
        ),
        Column(
            translate("models.wallboard", "Break today", "a column: time on a break today"),
            lambda a, _: duration(a.break_s),
        ),
        Column(
            translate("models.wallboard", "Held back today", "a column"),
            _held_back_text,
            lambda a, _: _above(a.network_s, NETWORK_S),
            translate(
                "models.wallboard",
                "time offered nothing today because the home connection could not carry "
                "a call, and the contacts offered in the agent's queues meanwhile",
            ),
        ),
        Column(
            translate("models.wallboard", "Home link", "a column: the home connection's audio"),
            _link_text,
            _link_level,
            translate("models.wallboard", "loss, jitter and round trip of the audio link"),
        ),
        Column(
            translate("models.wallboard", "MOS", "a column: mean opinion score, call quality"),
            _mos_text,
            lambda a, _: _below(a.mos, MOS),
            translate(
                "models.wallboard",
                "call quality the link allows, 1 to 4.5 (ITU-T G.107 E-model, simplified)",
            ),
        ),
        Column(
            translate("models.wallboard", "Mic silent", "a column"),
            lambda a, _: duration(a.mic_silent_s) if a.mic_silent_s else "—",
            lambda a, _: _above(a.mic_silent_s, MIC_SILENT_S),
            translate(
                "models.wallboard", "how long the microphone has been silent or muted in a call"
            ),
        ),
        Column(
            translate("models.wallboard", "Last heard", "a column"),
            lambda a, now: duration(_heartbeat_age(a, now)),
            lambda a, now: _above(_heartbeat_age(a, now), HEARTBEAT_S),
            translate("models.wallboard", "time since the desktop's last message"),
        ),
    )


def _reached(c: p.CampaignStats) -> str:
    if not c.dialed_today:
        return "—"
    return translate(
        "models.wallboard", "{count} ({rate})", "people reached (their share of the calls placed)"
    ).format(count=_number(c.reached_today), rate=_pct(c.reached_today / c.dialed_today))


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
            lambda c, _: _number(c.dialed_today),
            tip=translate("models.wallboard", "calls placed today"),
        ),
        Column(
            translate("models.wallboard", "Reached", "a column: people reached"),
            lambda c, _: _reached(c),
            tip=translate("models.wallboard", "calls today the person called answered"),
        ),
        Column(
            translate("models.wallboard", "On calls now", "a column"),
            lambda c, _: _number(c.in_calls),
            tip=translate("models.wallboard", "ringing or talking"),
        ),
        Column(
            translate("models.wallboard", "People left", "a column"),
            lambda c, _: _number(c.left),
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
            queue_columns(), lambda q: q.queue_id, clock, self
        )
        self.agents: StatsTable[p.AgentStats] = StatsTable(
            agent_columns(), lambda a: a.agent_id, clock, self
        )
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

    def alarms(self) -> list[str]:
        """What is wrong with phone calls, one sentence each; none when all is well."""
        return alarm_lines(self.phones, self._clock())

    def tick(self) -> None:
        self.queues.tick()
        self.agents.tick()
