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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject

from callnest.desktop.i18n import translate
from callnest.desktop.models.format import duration
from callnest.desktop.models.wallboard import ABANDON_RATE, SERVICE_LEVEL, Column, StatsTable

Row = Mapping[str, Any]

# The totals row's key: no queue has a negative id.
TOTALS_KEY = -1
# Translated where shown (``translate("models.report", TOTALS_NAME)``).
TOTALS_NAME = str(QT_TRANSLATE_NOOP("models.report", "All queues"))
NO_TEAM = str(QT_TRANSLATE_NOOP("models.report", "No team"))

DAY_S = 86400.0


def percent(value: float | None) -> str:
    """``85.3%``; an em dash when the server had nothing to divide by."""
    if value is None:
        return "—"
    return translate(
        "models.report", "{value}%", "a percentage, as your language writes it"
    ).format(value=QLocale().toString(100 * value, "f", 1))


def count(value: int | None) -> str:
    # Digits alone, as the server counted: the same in every language the
    # app speaks, and a number to a spreadsheet the table is exported to.
    return "—" if value is None else str(value)


def _no_team(name: str | None) -> str:
    return name or translate("models.report", NO_TEAM)


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
    if csat is None:
        return "—"
    return f"{QLocale().toString(float(csat), 'f', 1)} ({row.get('csat_count', 0)})"


def _service_level_text(row: Row, _now: float) -> str:
    figure = percent(row.get("service_level"))
    threshold = row.get("service_level_s")
    if threshold is None or figure == "—":
        return figure
    return translate(
        "models.report",
        "{figure} in {seconds} s",
        "a service level: the share answered within so many seconds (80.0% in 20 s)",
    ).format(figure=figure, seconds=QLocale().toString(float(threshold), "f", 0))


# The columns are functions: their titles and tips are translated when a
# table is made, in the language installed by then.


def _asa_tip() -> str:
    return translate(
        "models.report", "average speed of answer: queue time of answered contacts / answered"
    )


def _aht_tip() -> str:
    return translate("models.report", "average handle time: (talk + hold + wrap-up) / handled")


def _service_level_tip() -> str:
    return translate(
        "models.report",
        "answered within the queue's threshold / (answered + abandoned after the "
        "short-abandon threshold)",
    )


def _handling() -> tuple[Column[Row], ...]:
    """The split of a contact's handling, shared by every table that has it. The
    server sends averages per handled contact, so ring + talk + hold + wrap-up
    reads against AHT (which is talk + hold + wrap-up)."""
    return (
        Column(
            translate("models.report", "AHT", "a column: average handle time"),
            _text("aht_s", duration),
            tip=_aht_tip(),
        ),
        Column(
            translate("models.report", "Ring", "a column: average ringing time"),
            _text("ring_s", duration),
            tip=translate("models.report", "average ringing before the agent answered"),
        ),
        Column(
            translate("models.report", "Talk", "a column: average talk time"),
            _text("talk_s", duration),
            tip=translate("models.report", "average talk time per handled contact"),
        ),
        Column(
            translate("models.report", "Hold", "a column: average time on hold"),
            _text("hold_s", duration),
            tip=translate("models.report", "average hold time per handled contact"),
        ),
        Column(
            translate("models.report", "Wrap-up", "a column: average wrap-up time"),
            _text("wrap_s", duration),
            tip=translate("models.report", "average wrap-up time per handled contact"),
        ),
    )


def queue_columns() -> tuple[Column[Row], ...]:
    return (
        Column(translate("models.report", "Queue", "a column"), _text("name", str)),
        Column(
            translate("models.report", "Offered", "a column: contacts offered"),
            _text("offered", count),
            tip=translate("models.report", "contacts that entered the queue"),
        ),
        Column(
            translate("models.report", "Answered", "a column: contacts answered"),
            _text("answered", count),
        ),
        Column(
            translate("models.report", "Abandoned", "a column: contacts abandoned"),
            _text("abandoned", count),
            tip=translate("models.report", "including short abandons"),
        ),
        Column(
            translate("models.report", "Short abandons", "a column: callers who hung up at once"),
            _text("short_abandoned", count),
            tip=translate(
                "models.report",
                "hung up before the short-abandon threshold: not counted against the queue",
            ),
        ),
        Column(
            translate("models.report", "Abandon rate", "a column"),
            _text("abandon_rate", percent),
            lambda row, _: _worse_when_above(row.get("abandon_rate"), ABANDON_RATE),
            translate("models.report", "abandoned / offered, short abandons excluded from both"),
        ),
        Column(
            translate("models.report", "ASA", "a column: average speed of answer"),
            _text("asa_s", duration),
            tip=_asa_tip(),
        ),
        Column(
            translate("models.report", "Service level", "a column"),
            _service_level_text,
            lambda row, _: _worse_when_below(row.get("service_level"), SERVICE_LEVEL),
            _service_level_tip(),
        ),
        Column(
            translate("models.report", "Handled", "a column: contacts handled"),
            _text("handled", count),
        ),
        *_handling(),
        Column(
            translate("models.report", "CSAT", "a column: customer satisfaction"),
            _csat_text,
            tip=translate(
                "models.report",
                "customers' mean rating, 1 to 5, after the contact (how many rated)",
            ),
        ),
        Column(
            translate("models.report", "Calls out", "a column: outbound calls"),
            _text("calls_out", count),
            tip=translate("models.report", "agents' calls out with this queue's caller ID"),
        ),
        Column(
            translate("models.report", "Connected", "a column: calls out answered"),
            _text("calls_out_connected", count),
            tip=translate(
                "models.report",
                "calls out the called person answered (not busy, not unanswered, not failed)",
            ),
        ),
        Column(
            translate("models.report", "Talk out", "a column: talk time on calls out"),
            _text("calls_out_talk_s", duration),
            tip=translate("models.report", "average talk time per connected call out"),
        ),
        Column(
            translate("models.report", "Callbacks", "a column: callbacks asked for"),
            _text("callbacks", count),
            tip=translate(
                "models.report",
                "callbacks asked for: by waiting callers, or due at a time they chose",
            ),
        ),
        Column(
            translate("models.report", "Called back", "a column: callbacks that connected"),
            _text("callbacks_connected", count),
            tip=translate("models.report", "callbacks that reached the customer"),
        ),
        Column(
            translate("models.report", "Callback ASA", "a column: callback speed of answer"),
            _text("callback_asa_s", duration),
            tip=translate(
                "models.report",
                "callback speed of answer: from the request (or the time chosen) to the "
                "customer answering our call",
            ),
        ),
    )


def _people_figures() -> tuple[Column[Row], ...]:
    return (
        Column(
            translate("models.report", "Offered", "a column: contacts offered"),
            _text("offered", count),
            tip=translate("models.report", "contacts rung to the agent"),
        ),
        Column(
            translate("models.report", "Missed", "a column: contacts not answered in time"),
            _text("missed", count),
            tip=translate("models.report", "rung but not answered in time"),
        ),
        Column(
            translate("models.report", "Handled", "a column: contacts handled"),
            _text("handled", count),
        ),
        *_handling(),
        Column(
            translate("models.report", "Logged in", "a column: time logged in"),
            _text("logged_in_s", duration),
        ),
        Column(
            translate("models.report", "Break", "a column: time on a break"),
            _text("break_s", duration),
        ),
        Column(
            translate(
                "models.report", "Home connection", "a column: time held back by the home network"
            ),
            _text("network_s", duration),
            tip=translate(
                "models.report",
                "of the breaks, time held back because the home connection could not carry a call",
            ),
        ),
        Column(
            translate("models.report", "Spared", "a column: contacts not offered to the agent"),
            _text("offers_avoided", count),
            tip=translate(
                "models.report",
                "contacts offered in the agent's queues while held back for the home connection",
            ),
        ),
        Column(
            translate("models.report", "Occupancy", "a column"),
            _text("occupancy", percent),
            tip=translate("models.report", "handle time / (logged-in time - break time)"),
        ),
    )


def agent_columns() -> tuple[Column[Row], ...]:
    return (
        Column(translate("models.report", "Agent", "a column"), _text("name", str)),
        Column(translate("models.report", "Team", "a column"), _text("team", _no_team)),
        *_people_figures(),
    )


def team_columns() -> tuple[Column[Row], ...]:
    return (
        Column(translate("models.report", "Team", "a column"), _text("name", _no_team)),
        *_people_figures(),
    )


def interval_label(start: float, interval_s: float, several_days: bool) -> str:
    """``14:00-14:30`` (local time), with the date when the report spans days."""
    # Digits in a fixed 24-hour form: a compact column every language reads.
    begin, end = time.localtime(start), time.localtime(start + interval_s)
    label = f"{time.strftime('%H:%M', begin)}-{time.strftime('%H:%M', end)}"
    return f"{time.strftime('%Y-%m-%d', begin)} {label}" if several_days else label


def interval_start_label(start: float, interval_s: float, several_days: bool) -> str:
    """``14:00`` (local time): where an interval starts, as a chart's axis names
    it; a date too when the report spans days, the date alone for a day."""
    begin = time.localtime(start)
    if interval_s >= DAY_S:
        return time.strftime("%Y-%m-%d", begin)
    return time.strftime("%m-%d %H:%M" if several_days else "%H:%M", begin)


def interval_columns(interval_s: float, several_days: bool) -> tuple[Column[Row], ...]:
    return (
        Column(
            translate("models.report", "Interval", "a column: the interval's times"),
            lambda row, _: interval_label(float(row["start"]), interval_s, several_days),
        ),
        Column(
            translate("models.report", "Offered", "a column: contacts offered"),
            _text("offered", count),
        ),
        Column(
            translate("models.report", "Answered", "a column: contacts answered"),
            _text("answered", count),
        ),
        Column(
            translate("models.report", "Abandoned", "a column: contacts abandoned"),
            _text("abandoned", count),
        ),
        Column(
            translate("models.report", "Service level", "a column"),
            _text("service_level", percent),
            lambda row, _: _worse_when_below(row.get("service_level"), SERVICE_LEVEL),
            _service_level_tip(),
        ),
        Column(
            translate("models.report", "ASA", "a column: average speed of answer"),
            _text("asa_s", duration),
            tip=_asa_tip(),
        ),
        Column(
            translate("models.report", "AHT", "a column: average handle time"),
            _text("aht_s", duration),
            tip=_aht_tip(),
        ),
    )


def _table(columns: tuple[Column[Row], ...], key: str, parent: QObject) -> StatsTable[Row]:
    return StatsTable(columns, lambda row: row.get(key) or 0, parent=parent)


class ReportModel(QObject):
    """The four tables of one report; :meth:`load` replaces them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: dict[str, Any] | None = None
        self.queues = _table(queue_columns(), "queue_id", self)
        self.agents = _table(agent_columns(), "agent_id", self)
        self.teams = _table(team_columns(), "team_id", self)
        self.intervals = _table(interval_columns(1800, False), "start", self)

    def tables(self) -> dict[str, StatsTable[Row]]:
        """Each table by its name (English: the tab translates it for its title)."""
        return {
            "Queues": self.queues,
            "Agents": self.agents,
            "Teams": self.teams,
            "Intervals": self.intervals,
        }

    def load(self, report: dict[str, Any]) -> None:
        self.report = report
        name = translate("models.report", TOTALS_NAME)
        totals = {"queue_id": TOTALS_KEY, "name": name} | report.get("totals", {})
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
