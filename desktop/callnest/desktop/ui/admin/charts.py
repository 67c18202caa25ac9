"""The Reports tab's three charts, drawn with pyqtgraph from a report's JSON:
contacts per interval (bars), service level through the day (a line against
the goal) and the agents' states over time (one row per agent).

Each chart is a title, the plot and a legend row under it: a legend drawn
outside the plot never hides a bar. Times on the axes are local.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyqtgraph as pg  # type: ignore[import-untyped]  # ships no type hints
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from callnest.desktop.i18n import translate
from callnest.desktop.models.report import DAY_S, interval_start_label
from callnest.desktop.models.wallboard import SERVICE_LEVEL
from callnest.desktop.ui.style import AMBER, GREEN, GREY, RED, dot

INK = "#37474f"
OFFERED, ANSWERED, ABANDONED = "#90a4ae", GREEN, RED
LINE = "#1565c0"
GOAL = SERVICE_LEVEL[0]  # the wallboard's amber line: 80% is the industry's usual goal

# What an agent was doing, in the colours the wallboard's words suggest.
STATE_COLOURS: dict[str, str] = {
    "available": "#81c784",
    "ringing": "#ffd54f",
    "busy": "#1e88e5",
    "hold": "#7e57c2",
    "wrap_up": AMBER,
    "break": "#e57373",
}
# Translated where shown (``translate("ui.admin.charts", STATE_NAMES[state])``).
STATE_NAMES: dict[str, str] = {
    "available": str(QT_TRANSLATE_NOOP("ui.admin.charts", "Available")),
    "ringing": str(QT_TRANSLATE_NOOP("ui.admin.charts", "Ringing")),
    "busy": str(QT_TRANSLATE_NOOP("ui.admin.charts", "On a contact")),
    "hold": str(QT_TRANSLATE_NOOP("ui.admin.charts", "On hold")),
    "wrap_up": str(QT_TRANSLATE_NOOP("ui.admin.charts", "Wrap-up")),
    "break": str(QT_TRANSLATE_NOOP("ui.admin.charts", "Break")),
}
OTHER_STATE = GREY

Report = Mapping[str, Any]


def state_name(state: str) -> str:
    """An agent's state in words; one the chart does not know, as the server names it."""
    known = STATE_NAMES.get(state)
    return translate("ui.admin.charts", known) if known else state.replace("_", " ")


def _goal_text() -> str:
    return translate("ui.admin.charts", "goal {goal}%", "the service-level goal: goal 80%").format(
        goal=QLocale().toString(100 * GOAL, "f", 0)
    )


def _axis_font() -> QFont:
    font = QFont()
    font.setPointSize(9)
    return font


def _plot(left: pg.AxisItem | None = None, bottom: pg.AxisItem | None = None) -> pg.PlotWidget:
    axes = {"bottom": bottom or pg.DateAxisItem(orientation="bottom")}
    if left is not None:
        axes["left"] = left
    plot = pg.PlotWidget(background="w", axisItems=axes)
    plot.setMenuEnabled(False)  # pyqtgraph's own menu is for developers, not owners
    plot.setMouseEnabled(x=True, y=False)
    plot.showGrid(x=False, y=True, alpha=0.15)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(INK))
        axis.setTextPen(pg.mkPen(INK))
        axis.setTickFont(_axis_font())
    return plot


class Chart(QWidget):
    """A title, a plot, and the legend under it."""

    def __init__(self, title: str, plot: pg.PlotWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.plot = plot
        self.empty = QLabel(translate("ui.admin.charts", "No figures for this period."))
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self._legend = QHBoxLayout()
        self._legend.setSpacing(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self._legend)

    def set_legend(
        self, entries: Iterable[tuple[str, str]], dashed: str = "", note: str = ""
    ) -> None:
        """One coloured dot and name per series; ``dashed`` names the dashed
        line, ``note`` says what the legend cannot show."""
        while (item := self._legend.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for colour, name in entries:
            swatch = QLabel()
            swatch.setPixmap(dot(colour, 12))
            self._legend.addWidget(swatch)
            self._legend.addWidget(QLabel(name))
        if dashed:
            line = QLabel(f"- - {dashed}")
            line.setStyleSheet(f"color: {RED};")
            self._legend.addWidget(line)
        if note:
            hint = QLabel(f"({note})")
            hint.setObjectName("hint")
            self._legend.addWidget(hint)
        self._legend.addStretch(1)

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)


class IntervalAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """A bottom axis of interval slots: slot ``i`` spans ``i ± 0.5`` and reads
    as its interval's start. As many labels as fit; the rest are skipped in
    steps that keep whole hours on the labels."""

    STEPS = (1, 2, 4, 8, 12, 16, 24, 48, 96)  # slots between labels
    GAP_PX = 16  # between two labels

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self.labels: list[str] = []

    # pyqtgraph's names: it asks these for the ticks of the range shown.
    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        if not self.labels or maxVal <= minVal or size <= 0:
            return []
        widest = max(QFontMetrics(_axis_font()).horizontalAdvance(t) for t in self.labels)
        slot_px = size / (maxVal - minVal)
        step = next((s for s in self.STEPS if s * slot_px >= widest + self.GAP_PX), self.STEPS[-1])
        first, last = max(0, math.ceil(minVal)), min(len(self.labels) - 1, math.floor(maxVal))
        return [(float(step), [float(i) for i in range(first, last + 1) if i % step == 0])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self._label(v) for v in values]

    def _label(self, value: float) -> str:
        at = round(value)
        return self.labels[at] if 0 <= at < len(self.labels) else ""


class ContactsChart(Chart):
    """Offered, answered and abandoned contacts per interval: each interval a
    slot on the axis, named by its start, its bars side by side within it."""

    # Each series' name is translated where shown (``translate("ui.admin.charts", name)``).
    SERIES = (
        ("offered", OFFERED, str(QT_TRANSLATE_NOOP("ui.admin.charts", "Offered"))),
        ("answered", ANSWERED, str(QT_TRANSLATE_NOOP("ui.admin.charts", "Answered"))),
        ("abandoned", ABANDONED, str(QT_TRANSLATE_NOOP("ui.admin.charts", "Abandoned"))),
    )
    GROUP = 0.8  # of a slot the bars take: the rest parts one interval from the next

    def __init__(self, parent: QWidget | None = None) -> None:
        self.axis = IntervalAxis()
        super().__init__(
            translate("ui.admin.charts", "Contacts per interval", "a chart's title"),
            _plot(bottom=self.axis),
            parent,
        )
        self.plot.setLabel("left", translate("ui.admin.charts", "contacts", "an axis' title"))
        self.plot.setLabel(
            "bottom", translate("ui.admin.charts", "interval starting", "an axis' title")
        )
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.set_legend(
            (colour, translate("ui.admin.charts", name)) for _, colour, name in self.SERIES
        )

    def show_report(self, report: Report) -> None:
        self.plot.clear()
        self.bars.clear()
        intervals: Sequence[Mapping[str, Any]] = report.get("intervals", [])
        interval_s = float(report.get("interval_s") or 1800)
        several_days = float(report["until"]) - float(report["since"]) > DAY_S
        self.axis.labels = [
            interval_start_label(float(row["start"]), interval_s, several_days) for row in intervals
        ]
        width = self.GROUP / len(self.SERIES)
        for i, (key, colour, _) in enumerate(self.SERIES):
            bars = pg.BarGraphItem(
                x0=[slot - self.GROUP / 2 + i * width for slot in range(len(intervals))],
                width=width,
                height=[int(row.get(key) or 0) for row in intervals],
                brush=colour,
                pen=pg.mkPen(None),
            )
            self.bars[key] = bars
            self.plot.addItem(bars)
        peak = max((int(row.get("offered") or 0) for row in intervals), default=0)
        self.plot.setYRange(0, max(peak, 1) * 1.1, padding=0)
        busy = [i for i, row in enumerate(intervals) if int(row.get("offered") or 0)]
        # The busy slots and one either side, as the time charts show their hours.
        first = max(0, min(busy, default=0) - 1)
        last = min(len(intervals) - 1, max(busy, default=len(intervals) - 1) + 1)
        self.plot.setXRange(first - 0.5, last + 0.5, padding=0)
        self.axis.picture = None  # new labels: pyqtgraph redraws only on a new range
        self.axis.update()
        self._show_empty(peak == 0)


class ServiceLevelChart(Chart):
    """Service level per interval, against the goal (dashed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("ui.admin.charts", "Service level through the day", "a chart's title"),
            _plot(),
            parent,
        )
        self.plot.setLabel(
            "left", translate("ui.admin.charts", "service level %", "an axis' title")
        )
        self.plot.setYRange(0, 105, padding=0)
        self.line: pg.PlotDataItem | None = None
        self.goal: pg.InfiniteLine | None = None

    def show_report(self, report: Report) -> None:
        self.plot.clear()
        intervals: Sequence[Mapping[str, Any]] = report.get("intervals", [])
        interval_s = float(report.get("interval_s") or 1800)
        xs = [float(row["start"]) + interval_s / 2 for row in intervals]
        # No contact in an interval: no point, and the line breaks there.
        ys = [
            math.nan if row.get("service_level") is None else 100 * row["service_level"]
            for row in intervals
        ]
        empty = all(math.isnan(y) for y in ys)
        if empty:
            xs, ys = [], []  # pyqtgraph warns on a line of nothing but gaps
        self.line = self.plot.plot(
            xs,
            ys,
            pen=pg.mkPen(LINE, width=2),
            symbol="o",
            symbolSize=8,
            symbolBrush=LINE,
            symbolPen=None,
            connect="finite",
        )
        self.goal = pg.InfiniteLine(
            pos=100 * GOAL,
            angle=0,
            pen=pg.mkPen(RED, width=1.5, style=Qt.PenStyle.DashLine),
            label=_goal_text(),
            labelOpts={"position": 0.97, "color": RED, "anchors": [(1, 1), (1, 1)]},
        )
        self.plot.addItem(self.goal)
        self.plot.setYRange(0, 105, padding=0)
        _fit(self.plot, report, _busy_intervals(report))
        threshold = main_threshold_s(report)
        if threshold is None:
            line = translate("ui.admin.charts", "Answered", "the chart's line: answered in time")
            dashed = _goal_text()
        else:
            seconds = QLocale().toString(float(threshold), "f", 0)
            line = translate("ui.admin.charts", "Answered within {seconds} s").format(
                seconds=seconds
            )
            dashed = translate(
                "ui.admin.charts",
                "goal {goal}% within {seconds} s",
                "the service-level goal: goal 80% within 20 s",
            ).format(goal=QLocale().toString(100 * GOAL, "f", 0), seconds=seconds)
        self.set_legend([(LINE, line)], dashed=dashed)
        self._show_empty(empty)


class TimelineChart(Chart):
    """One row per agent, a coloured span for each state they were in."""

    ROW_HEIGHT = 0.7
    MIN_ROWS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        self.names = pg.AxisItem(orientation="left")
        super().__init__(
            translate("ui.admin.charts", "Agent states", "a chart's title"),
            _plot(self.names),
            parent,
        )
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.spans: dict[str, pg.BarGraphItem] = {}

    def show_report(self, report: Report) -> None:
        self.plot.clear()
        self.spans.clear()
        rows: Sequence[Mapping[str, Any]] = report.get("timeline", [])
        by_state: dict[str, list[tuple[float, float, float]]] = {}
        for position, row in enumerate(rows):
            y = len(rows) - 1 - position  # the first agent on top
            for span in row.get("spans", []):
                if span["state"] == "offline":
                    continue  # logged out: left blank, so the working hours stand out
                by_state.setdefault(str(span["state"]), []).append(
                    (float(span["start"]), float(span["end"]), y)
                )
        for state, spans in sorted(by_state.items(), key=lambda item: _state_order(item[0])):
            item = pg.BarGraphItem(
                x0=[s[0] for s in spans],
                x1=[s[1] for s in spans],
                y=[s[2] for s in spans],
                height=self.ROW_HEIGHT,
                brush=state_colour(state),
                pen=pg.mkPen(None),
            )
            self.spans[state] = item
            self.plot.addItem(item)
        self.names.setTicks([[(len(rows) - 1 - i, str(r["name"])) for i, r in enumerate(rows)]])
        # Room for at least MIN_ROWS, agents from the top: one agent is a bar, not a wall.
        self.plot.setYRange(len(rows) - max(len(rows), self.MIN_ROWS) - 0.6, len(rows) - 0.4)
        _fit(self.plot, report, [(s[0], s[1]) for spans in by_state.values() for s in spans])
        shown = sorted(by_state, key=_state_order)
        self.set_legend(
            [(state_colour(s), state_name(s)) for s in shown],
            note=translate(
                "ui.admin.charts", "blank: logged out", "the chart's legend: no colour means"
            ),
        )
        self._show_empty(not by_state)


def state_colour(state: str) -> str:
    return STATE_COLOURS.get(state, OTHER_STATE)


def _state_order(state: str) -> int:
    order = list(STATE_COLOURS)
    return order.index(state) if state in order else len(order)


def main_threshold_s(report: Report) -> float | None:
    """The service-level threshold of the busiest queue: what the line is against."""
    queues: Sequence[Mapping[str, Any]] = report.get("queues", [])
    busiest = max(queues, key=lambda q: int(q.get("offered") or 0), default=None)
    return None if busiest is None else busiest.get("service_level_s")


def _fit(plot: pg.PlotWidget, report: Report, busy: Iterable[tuple[float, float]]) -> None:
    """Shows the hours that had something in them, an interval either side,
    within the period: a day whose calls came 9 to 11 is not a thin stripe."""
    since, until = float(report["since"]), float(report["until"])
    margin = float(report.get("interval_s") or 1800)
    spans = list(busy)
    first = max(since, min((a for a, _ in spans), default=since) - margin)
    last = min(until, max((b for _, b in spans), default=until) + margin)
    plot.setXRange(first, last, padding=0)


def _busy_intervals(report: Report) -> list[tuple[float, float]]:
    interval_s = float(report.get("interval_s") or 1800)
    return [
        (float(row["start"]), float(row["start"]) + interval_s)
        for row in report.get("intervals", [])
        if int(row.get("offered") or 0)
    ]
