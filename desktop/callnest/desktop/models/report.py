"""What the Reports tab shows: the answer of ``GET /api/reports`` as four Qt
table models (queues with a totals row, agents, teams, intervals). No widgets
here: the tab stays thin and this is tested without a screen.

The figures are the server's; this module only says how they read: durations
as ``m:ss``, ratios as percentages with one decimal, an em dash where the
server sent ``null`` (no denominator, e.g. a service level with no contact).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject

from callnest.desktop.models.format import duration
from callnest.desktop.models.wallboard import ABANDON_RATE, SERVICE_LEVEL, Column, StatsTable

Row = Mapping[str, Any]

# The totals row's key: no queue has a negative id.
TOTALS_KEY = -1
TOTALS_NAME = "All queues"
NO_TEAM = "No team"

DAY_S = 86400.0


def percent(value: float | None) -> str:
    """``85.3%``; an em dash when the server had nothing to divide by."""
    return "—" if value is None else f"{100 * value:.1f}%"


def count(value: int | None) -> str:
    return "—" if value is None else str(value)


def _worse_when_below(value: float | None, limits: tuple[float, float]) -> int:
    if value is None:
        return 0
    return 2 if value < limits[1] else 1 if value < limits[0] else 0


def _worse_when_above(value: float | None, limits: tuple[float, float]) -> int:
    if value is None:
        return 0
    return 2 if value >= limits[1] else 1 if value >= limits[0] else 0


def _text(key: str, show: Callable[[Any], str]) -> Callable[[Row, float], str]:
    return lambda row, _now: show(row.get(key))


def _csat_text(row: Row, _now: float) -> str:
    csat = row.get("csat")
    return "—" if csat is None else f"{csat:.1f} ({row.get('csat_count', 0)})"


def _service_level_text(row: Row, _now: float) -> str:
    figure = percent(row.get("service_level"))
    threshold = row.get("service_level_s")
    return figure if threshold is None or figure == "—" else f"{figure} in {threshold:.0f} s"


ASA_TIP = "average speed of answer: queue time of answered contacts / answered"
AHT_TIP = "average handle time: (talk + hold + wrap-up) / handled"
SERVICE_LEVEL_TIP = (
    "answered within the queue's threshold / (answered + abandoned after the "
    "short-abandon threshold)"
)

# The split of a contact's handling, shared by every table that has it. The
# server sends averages per handled contact, so ring + talk + hold + wrap-up
# reads against AHT (which is talk + hold + wrap-up).
HANDLING: tuple[Column[Row], ...] = (
    Column("AHT", _text("aht_s", duration), tip=AHT_TIP),
    Column("Ring", _text("ring_s", duration), tip="average ringing before the agent answered"),
    Column("Talk", _text("talk_s", duration), tip="average talk time per handled contact"),
    Column("Hold", _text("hold_s", duration), tip="average hold time per handled contact"),
    Column("Wrap-up", _text("wrap_s", duration), tip="average wrap-up time per handled contact"),
)

QUEUE_COLUMNS: tuple[Column[Row], ...] = (
    Column("Queue", _text("name", str)),
    Column("Offered", _text("offered", count), tip="contacts that entered the queue"),
    Column("Answered", _text("answered", count)),
    Column("Abandoned", _text("abandoned", count), tip="including short abandons"),
    Column(
        "Short abandons",
        _text("short_abandoned", count),
        tip="hung up before the short-abandon threshold: not counted against the queue",
    ),
    Column(
        "Abandon rate",
        _text("abandon_rate", percent),
        lambda row, _: _worse_when_above(row.get("abandon_rate"), ABANDON_RATE),
        "abandoned / offered, short abandons excluded from both",
    ),
    Column("ASA", _text("asa_s", duration), tip=ASA_TIP),
    Column(
        "Service level",
        _service_level_text,
        lambda row, _: _worse_when_below(row.get("service_level"), SERVICE_LEVEL),
        SERVICE_LEVEL_TIP,
    ),
    Column("Handled", _text("handled", count)),
    *HANDLING,
    Column(
        "CSAT",
        _csat_text,
        tip="customers' mean rating, 1 to 5, after the contact (how many rated)",
    ),
    Column(
        "Calls out", _text("calls_out", count), tip="agents' calls out with this queue's caller ID"
    ),
    Column(
        "Connected",
        _text("calls_out_connected", count),
        tip="calls out the called person answered (not busy, not unanswered, not failed)",
    ),
    Column(
        "Talk out",
        _text("calls_out_talk_s", duration),
        tip="average talk time per connected call out",
    ),
    Column(
        "Callbacks",
        _text("callbacks", count),
        tip="callbacks asked for: by waiting callers, or due at a time they chose",
    ),
    Column(
        "Called back",
        _text("callbacks_connected", count),
        tip="callbacks that reached the customer",
    ),
    Column(
        "Callback ASA",
        _text("callback_asa_s", duration),
        tip="callback speed of answer: from the request (or the time chosen) to the "
        "customer answering our call",
    ),
)

_PEOPLE_FIGURES: tuple[Column[Row], ...] = (
    Column("Offered", _text("offered", count), tip="contacts rung to the agent"),
    Column("Missed", _text("missed", count), tip="rung but not answered in time"),
    Column("Handled", _text("handled", count)),
    *HANDLING,
    Column("Logged in", _text("logged_in_s", duration)),
    Column("Break", _text("break_s", duration)),
    Column(
        "Home connection",
        _text("network_s", duration),
        tip="of the breaks, time held back because the home connection could not carry a call",
    ),
    Column(
        "Spared",
        _text("offers_avoided", count),
        tip="contacts offered in the agent's queues while held back for the home connection",
    ),
    Column(
        "Occupancy",
        _text("occupancy", percent),
        tip="handle time / (logged-in time - break time)",
    ),
)

AGENT_COLUMNS: tuple[Column[Row], ...] = (
    Column("Agent", _text("name", str)),
    Column("Team", _text("team", lambda team: team or NO_TEAM)),
    *_PEOPLE_FIGURES,
)

TEAM_COLUMNS: tuple[Column[Row], ...] = (
    Column("Team", _text("name", lambda name: name or NO_TEAM)),
    *_PEOPLE_FIGURES,
)


def interval_label(start: float, interval_s: float, several_days: bool) -> str:
    """``14:00-14:30`` (local time), with the date when the report spans days."""
    begin, end = time.localtime(start), time.localtime(start + interval_s)
    label = f"{time.strftime('%H:%M', begin)}-{time.strftime('%H:%M', end)}"
    return f"{time.strftime('%Y-%m-%d', begin)} {label}" if several_days else label


def interval_columns(interval_s: float, several_days: bool) -> tuple[Column[Row], ...]:
    return (
        Column(
            "Interval",
            lambda row, _: interval_label(float(row["start"]), interval_s, several_days),
        ),
        Column("Offered", _text("offered", count)),
        Column("Answered", _text("answered", count)),
        Column("Abandoned", _text("abandoned", count)),
        Column(
            "Service level",
            _text("service_level", percent),
            lambda row, _: _worse_when_below(row.get("service_level"), SERVICE_LEVEL),
            SERVICE_LEVEL_TIP,
        ),
        Column("ASA", _text("asa_s", duration), tip=ASA_TIP),
        Column("AHT", _text("aht_s", duration), tip=AHT_TIP),
    )


def _table(columns: tuple[Column[Row], ...], key: str, parent: QObject) -> StatsTable[Row]:
    return StatsTable(columns, lambda row: row.get(key) or 0, parent=parent)


class ReportModel(QObject):
    """The four tables of one report; :meth:`load` replaces them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: dict[str, Any] | None = None
        self.queues = _table(QUEUE_COLUMNS, "queue_id", self)
        self.agents = _table(AGENT_COLUMNS, "agent_id", self)
        self.teams = _table(TEAM_COLUMNS, "team_id", self)
        self.intervals = _table(interval_columns(1800, False), "start", self)

    def tables(self) -> dict[str, StatsTable[Row]]:
        """Each table by the name the tab gives it."""
        return {
            "Queues": self.queues,
            "Agents": self.agents,
            "Teams": self.teams,
            "Intervals": self.intervals,
        }

    def load(self, report: dict[str, Any]) -> None:
        self.report = report
        totals = {"queue_id": TOTALS_KEY, "name": TOTALS_NAME} | report.get("totals", {})
        queues = list(report.get("queues", []))
        # A totals row under a single queue would only repeat it.
        self.queues.replace([*queues, totals] if len(queues) != 1 else queues)
        self.agents.replace(report.get("agents", []))
        self.teams.replace(report.get("teams", []))
        interval_s = float(report.get("interval_s") or 1800)
        several_days = float(report["until"]) - float(report["since"]) > DAY_S
        self.intervals.columns = interval_columns(interval_s, several_days)
        self.intervals.replace(report.get("intervals", []))

    @property
    def definitions(self) -> dict[str, str]:
        """The server's own words for each figure (empty before a report)."""
        return dict((self.report or {}).get("definitions") or {})
