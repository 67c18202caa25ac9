"""The owner's Staffing tab: how many agents an interval needs to meet a
service-level goal (Erlang C, or Erlang A when callers' patience is given),
with the trade-off of a few agents fewer or more. It recomputes as the owner
types; the arithmetic is :mod:`callnest.protocol.staffing`'s."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.format import duration
from callnest.desktop.models.report import percent
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.charts import main_threshold_s
from callnest.desktop.ui.admin.form import AdminEditor, rows_view
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import staffing

FEWER, MORE = 2, 3  # the trade-off table: needed - 2 ... needed + 3
# Translated where shown (``translate("ui.admin.staffing", NEVER)``).
NEVER = str(QT_TRANSLATE_NOOP("ui.admin.staffing", "never: the queue only grows"))
# A thousand agents busy at once is far past the sites this serves; past it
# the search takes long enough to stall typing, so the tab says so instead.
MAX_TRAFFIC_ERLANGS = 1000.0
# What the arithmetic refuses (callnest.protocol.staffing's words), marked to
# be translated where shown; the inputs' ranges keep most of them away.
ARITHMETIC_PROBLEMS = frozenset(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP(
            "ui.admin.staffing", "the patience is too long next to the handle time: use Erlang C"
        ),
        QT_TRANSLATE_NOOP("ui.admin.staffing", "calls must be a finite number, at least 0"),
        QT_TRANSLATE_NOOP("ui.admin.staffing", "the interval must be longer than 0 s"),
        QT_TRANSLATE_NOOP("ui.admin.staffing", "the average handle time must be longer than 0 s"),
        QT_TRANSLATE_NOOP("ui.admin.staffing", "the service-level threshold must be 0 s or more"),
        QT_TRANSLATE_NOOP("ui.admin.staffing", "the callers' patience must be longer than 0 s"),
        QT_TRANSLATE_NOOP(
            "ui.admin.staffing",
            "the target service level must be between 0 and 1 (exclusive)",
        ),
        QT_TRANSLATE_NOOP(
            "ui.admin.staffing", "the maximum occupancy must be above 0 and at most 1"
        ),
    )
)


def wait_text(seconds: float) -> str:
    """An average wait; too few agents for the traffic make it endless."""
    return duration(seconds) if math.isfinite(seconds) else translate("ui.admin.staffing", NEVER)


def arithmetic_problem(error: ValueError) -> str:
    """What the arithmetic refused, in the user's language where it is known."""
    text = str(error)
    return translate("ui.admin.staffing", text) if text in ARITHMETIC_PROBLEMS else text


def trade_off_columns() -> tuple[Column[staffing.Prediction], ...]:
    """The trade-off table's columns, in the language installed; Abandon
    rate last (hidden under Erlang C)."""
    return (
        Column(
            translate("ui.admin.staffing", "Agents", "a column: how many agents"),
            lambda p, _: str(p.agents),
        ),
        Column(
            translate("ui.admin.staffing", "Service level", "a column"),
            lambda p, _: percent(p.service_level),
            tip=translate("ui.admin.staffing", "share of calls answered within the target time"),
        ),
        Column(
            translate("ui.admin.staffing", "ASA", "a column: average speed of answer"),
            lambda p, _: wait_text(p.asa_s),
            tip=translate("ui.admin.staffing", "average speed of answer"),
        ),
        Column(
            translate("ui.admin.staffing", "Occupancy", "a column"),
            lambda p, _: percent(p.occupancy),
            tip=translate("ui.admin.staffing", "share of agents' time on calls"),
        ),
        Column(
            translate("ui.admin.staffing", "Calls that wait", "a column"),
            lambda p, _: percent(p.wait_probability),
            tip=translate("ui.admin.staffing", "share of callers who find no agent free"),
        ),
        Column(
            translate("ui.admin.staffing", "Abandon rate", "a column"),
            lambda p, _: percent(p.abandon_rate),
            tip=translate(
                "ui.admin.staffing", "callers who give up waiting (only with a patience, Erlang A)"
            ),
        ),
    )


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class StaffingTab(AdminEditor):
    """Inputs on the left, the answer and its trade-off on the right."""

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.last_report: Mapping[str, Any] | None = None
        self.needed: staffing.Prediction | None = None

        self.calls = QDoubleSpinBox()
        self.calls.setRange(0.0, 100_000.0)
        self.calls.setDecimals(1)
        self.calls.setValue(100.0)
        minutes = translate(
            "ui.admin.staffing", " min", "after a number of minutes (mind the space)"
        )
        seconds = translate("ui.admin.staffing", " s", "after a number of seconds (mind the space)")
        per_cent = translate("ui.admin.staffing", " %", "after a percentage (mind the space)")
        self.interval_min = _spin(1, 24 * 60, 30, minutes)
        self.aht_s = _spin(1, 4 * 3600, 180, seconds)
        self.target_pct = _spin(1, 99, 80, per_cent)
        self.within_s = _spin(1, 3600, 20, seconds)
        self.use_patience = QCheckBox(
            translate("ui.admin.staffing", "Callers hang up after, on average", "before seconds")
        )
        self.patience_s = _spin(1, 3600, 120, seconds)
        self.use_max_occupancy = QCheckBox(
            translate("ui.admin.staffing", "Keep occupancy at most", "before a percentage")
        )
        self.max_occupancy_pct = _spin(50, 100, 85, per_cent)
        # Each figure named by the box that switches it on, left of it.
        self.patience_s.setAccessibleName(self.use_patience.text())
        self.max_occupancy_pct.setAccessibleName(self.use_max_occupancy.text())
        self.from_report = QPushButton(
            translate("ui.admin.staffing", "From report", "a button: fill in from the report")
        )
        self.from_report.setEnabled(False)
        self.from_report.setToolTip(
            translate(
                "ui.admin.staffing", "Run a report first: its busiest interval and AHT fill in"
            )
        )
        self.from_report.clicked.connect(self.fill_from_report)
        self.source = plain_label()
        self.source.setObjectName("hint")

        self.answer = QLabel()
        self.answer.setObjectName("title")
        self.details = plain_label()
        self.method = plain_label()
        self.method.setObjectName("hint")
        self.trade_off: StatsTable[staffing.Prediction] = StatsTable(
            trade_off_columns(), lambda p: p.agents, parent=self
        )
        self.trade_off_view = rows_view(
            self.trade_off, translate("ui.admin.staffing", "Agents and the service they give")
        )

        form = QFormLayout()
        form.addRow(translate("ui.admin.staffing", "Calls per interval"), self.calls)
        form.addRow(translate("ui.admin.staffing", "Interval length"), self.interval_min)
        form.addRow(translate("ui.admin.staffing", "Average handle time"), self.aht_s)
        # The goal's two halves on rows of their own: side by side, a longer
        # language's words were cut (the pseudo-locale check found it).
        form.addRow(translate("ui.admin.staffing", "Service level goal"), self.target_pct)
        form.addRow(
            translate(
                "ui.admin.staffing",
                "Answered within",
                "the service level goal's time: 80 % of calls answered within 20 s",
            ),
            self.within_s,
        )
        patience = QHBoxLayout()
        patience.addWidget(self.use_patience)
        patience.addWidget(self.patience_s)
        form.addRow(patience)
        occupancy = QHBoxLayout()
        occupancy.addWidget(self.use_max_occupancy)
        occupancy.addWidget(self.max_occupancy_pct)
        form.addRow(occupancy)
        form.addRow(self.from_report)
        form.addRow(self.source)
        inputs = QWidget()
        inputs.setLayout(form)
        inputs.setMaximumWidth(460)

        results = QVBoxLayout()
        results.addWidget(self.answer)
        results.addWidget(self.details)
        results.addWidget(self.method)
        results.addWidget(QLabel(translate("ui.admin.staffing", "With fewer or more agents")))
        results.addWidget(self.trade_off_view, 1)
        columns = QHBoxLayout()
        columns.addWidget(inputs)
        columns.addLayout(results, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(columns, 1)

        for spin in (
            self.interval_min,
            self.aht_s,
            self.target_pct,
            self.within_s,
            self.patience_s,
            self.max_occupancy_pct,
        ):
            spin.valueChanged.connect(self.recompute)
        self.calls.valueChanged.connect(self.recompute)
        self.use_patience.toggled.connect(self.recompute)
        self.use_max_occupancy.toggled.connect(self.recompute)
        self.resize(1000, 520)
        self.recompute()

    # ------------------------------------------------------------ the report

    def use_report(self, report: Mapping[str, Any]) -> None:
        """Keeps the Reports tab's last result for "From report"."""
        self.last_report = report
        self.from_report.setEnabled(bool(report.get("intervals")))
        self.from_report.setToolTip(
            translate(
                "ui.admin.staffing", "Fill in the busiest interval and the AHT of the last report"
            )
        )

    def fill_from_report(self) -> None:
        """Calls of the report's busiest interval, its AHT and interval length,
        and the threshold of its busiest queue: staffing for the peak."""
        report = self.last_report
        if not report or not report.get("intervals"):
            return
        busiest = max(report["intervals"], key=lambda row: int(row.get("offered") or 0))
        interval_s = float(report.get("interval_s") or 1800)
        aht = busiest.get("aht_s") or (report.get("totals") or {}).get("aht_s")
        threshold = main_threshold_s(report)
        self.interval_min.setValue(round(interval_s / 60))
        self.calls.setValue(float(busiest.get("offered") or 0))
        if aht:
            self.aht_s.setValue(round(float(aht)))
        if threshold:
            self.within_s.setValue(round(float(threshold)))
        at = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(float(busiest["start"]))),
            QLocale.FormatType.ShortFormat,
        )
        calls = int(busiest.get("offered") or 0)
        if aht:
            text = translate(
                "ui.admin.staffing",
                "From the report: the busiest interval, {at}, had %n call(s); AHT {aht}.",
                "{at}: a date and time; {aht}: average handle time, 4:20",
                calls,
            ).format(at=at, aht=duration(float(aht)))
        else:
            text = translate(
                "ui.admin.staffing",
                "From the report: the busiest interval, {at}, had %n call(s); AHT unknown.",
                "{at}: a date and time",
                calls,
            ).format(at=at)
        self.source.setText(text)

    # ------------------------------------------------------------ the answer

    def recompute(self) -> None:
        calls, aht = self.calls.value(), float(self.aht_s.value())
        interval_s = 60.0 * self.interval_min.value()
        within = float(self.within_s.value())
        patience = float(self.patience_s.value()) if self.use_patience.isChecked() else None
        ceiling = (
            self.max_occupancy_pct.value() / 100 if self.use_max_occupancy.isChecked() else None
        )
        self.patience_s.setEnabled(self.use_patience.isChecked())
        self.max_occupancy_pct.setEnabled(self.use_max_occupancy.isChecked())
        traffic = calls * aht / interval_s
        if traffic > MAX_TRAFFIC_ERLANGS:
            self._no_answer(
                translate(
                    "ui.admin.staffing",
                    "That is {traffic} agents' worth of calls at once (calls times AHT, over "
                    "the interval); this estimate goes up to {most}. "
                    "Check the calls per interval and the interval length.",
                ).format(
                    traffic=QLocale().toString(traffic, "f", 0),
                    most=QLocale().toString(MAX_TRAFFIC_ERLANGS, "f", 0),
                )
            )
            return
        try:
            needed = staffing.agents_needed(
                calls,
                interval_s,
                aht,
                self.target_pct.value() / 100,
                within,
                patience_s=patience,
                max_occupancy=ceiling,
            )
        except ValueError as exc:
            self._no_answer(arithmetic_problem(exc))
            return
        self.clear_problem()
        self.needed = needed
        rows = [
            staffing.predict(calls, interval_s, aht, agents, within, patience_s=patience)
            for agents in range(max(1, needed.agents - FEWER), needed.agents + MORE + 1)
        ]
        self.trade_off.replace(rows)
        # Erlang C has no abandons: an empty column would only puzzle.
        self.trade_off_view.setColumnHidden(len(self.trade_off.columns) - 1, patience is None)
        at = next((i for i, row in enumerate(rows) if row.agents == needed.agents), None)
        if at is not None:
            self.trade_off_view.selectRow(at)
        self.answer.setText(
            translate("ui.admin.staffing", "%n agent(s) needed", None, needed.agents)
        )
        figures = {
            "service_level": percent(needed.service_level),
            "seconds": QLocale().toString(within, "f", 0),
            "asa": wait_text(needed.asa_s),
            "occupancy": percent(needed.occupancy),
        }
        if needed.abandon_rate is None:
            predicted = translate(
                "ui.admin.staffing",
                "Predicted: service level {service_level} within {seconds} s · ASA {asa} · "
                "occupancy {occupancy}",
            ).format(**figures)
        else:
            predicted = translate(
                "ui.admin.staffing",
                "Predicted: service level {service_level} within {seconds} s · ASA {asa} · "
                "occupancy {occupancy} · abandon rate {abandon_rate}",
            ).format(**figures, abandon_rate=percent(needed.abandon_rate))
        traffic_text = translate(
            "ui.admin.staffing",
            "Traffic: {erlangs} erlangs (calls times AHT, over the interval)",
        ).format(erlangs=QLocale().toString(needed.traffic_erlangs, "f", 2))
        self.details.setText(f"{predicted}\n{traffic_text}")
        self.method.setText(
            translate("ui.admin.staffing", "Erlang A: callers may hang up while they wait.")
            if patience is not None
            else translate(
                "ui.admin.staffing",
                "Erlang C: callers wait as long as it takes (a little pessimistic).",
            )
        )

    def _no_answer(self, message: str) -> None:
        self.needed = None
        self.trade_off.replace([])
        self.answer.setText("—")
        self.details.clear()
        self.show_problem(message)
