"""The owner's Staffing tab: how many agents an interval needs to meet a
service-level goal (Erlang C, or Erlang A when callers' patience is given),
with the trade-off of a few agents fewer or more. It recomputes as the owner
types; the arithmetic is :mod:`callnest.protocol.staffing`'s."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from typing import Any

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
from callnest.desktop.models.format import duration
from callnest.desktop.models.report import percent
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.charts import main_threshold_s
from callnest.desktop.ui.admin.form import AdminEditor, rows_view
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import staffing

FEWER, MORE = 2, 3  # the trade-off table: needed - 2 ... needed + 3
NEVER = "never: the queue only grows"
# A thousand agents busy at once is far past the sites this serves; past it
# the search takes long enough to stall typing, so the tab says so instead.
MAX_TRAFFIC_ERLANGS = 1000.0


def wait_text(seconds: float) -> str:
    """An average wait; too few agents for the traffic make it endless."""
    return duration(seconds) if math.isfinite(seconds) else NEVER


TRADE_OFF_COLUMNS: tuple[Column[staffing.Prediction], ...] = (
    Column("Agents", lambda p, _: str(p.agents)),
    Column(
        "Service level",
        lambda p, _: percent(p.service_level),
        tip="share of calls answered within the target time",
    ),
    Column("ASA", lambda p, _: wait_text(p.asa_s), tip="average speed of answer"),
    Column("Occupancy", lambda p, _: percent(p.occupancy), tip="share of agents' time on calls"),
    Column(
        "Calls that wait",
        lambda p, _: percent(p.wait_probability),
        tip="share of callers who find no agent free",
    ),
    Column(
        "Abandon rate",
        lambda p, _: percent(p.abandon_rate),
        tip="callers who give up waiting (only with a patience, Erlang A)",
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
        self.interval_min = _spin(1, 24 * 60, 30, " min")
        self.aht_s = _spin(1, 4 * 3600, 180, " s")
        self.target_pct = _spin(1, 99, 80, " %")
        self.within_s = _spin(1, 3600, 20, " s")
        self.use_patience = QCheckBox("Callers hang up after, on average")
        self.patience_s = _spin(1, 3600, 120, " s")
        self.use_max_occupancy = QCheckBox("Keep occupancy at most")
        self.max_occupancy_pct = _spin(50, 100, 85, " %")
        self.from_report = QPushButton("From report")
        self.from_report.setEnabled(False)
        self.from_report.setToolTip("Run a report first: its busiest interval and AHT fill in")
        self.from_report.clicked.connect(self.fill_from_report)
        self.source = plain_label()
        self.source.setObjectName("hint")

        self.answer = QLabel()
        self.answer.setObjectName("title")
        self.details = plain_label()
        self.method = plain_label()
        self.method.setObjectName("hint")
        self.trade_off: StatsTable[staffing.Prediction] = StatsTable(
            TRADE_OFF_COLUMNS, lambda p: p.agents, parent=self
        )
        self.trade_off_view = rows_view(self.trade_off)

        form = QFormLayout()
        form.addRow("Calls per interval", self.calls)
        form.addRow("Interval length", self.interval_min)
        form.addRow("Average handle time", self.aht_s)
        goal = QHBoxLayout()
        goal.addWidget(self.target_pct)
        goal.addWidget(QLabel("answered within"))
        goal.addWidget(self.within_s)
        form.addRow("Service level goal", goal)
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
        results.addWidget(QLabel("With fewer or more agents"))
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
        self.from_report.setToolTip("Fill in the busiest interval and the AHT of the last report")

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
        at = time.strftime("%Y-%m-%d %H:%M", time.localtime(float(busiest["start"])))
        self.source.setText(
            f"From the report: the busiest interval, {at}, had {busiest.get('offered', 0)} "
            f"calls; AHT {duration(float(aht)) if aht else 'unknown'}."
        )

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
                f"That is {traffic:,.0f} agents' worth of calls at once (calls times AHT, over "
                f"the interval); this estimate goes up to {MAX_TRAFFIC_ERLANGS:,.0f}. "
                "Check the calls per interval and the interval length."
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
            self._no_answer(str(exc))
            return
        self.clear_problem()
        self.needed = needed
        rows = [
            staffing.predict(calls, interval_s, aht, agents, within, patience_s=patience)
            for agents in range(max(1, needed.agents - FEWER), needed.agents + MORE + 1)
        ]
        self.trade_off.replace(rows)
        # Erlang C has no abandons: an empty column would only puzzle.
        self.trade_off_view.setColumnHidden(len(TRADE_OFF_COLUMNS) - 1, patience is None)
        at = next((i for i, row in enumerate(rows) if row.agents == needed.agents), None)
        if at is not None:
            self.trade_off_view.selectRow(at)
        self.answer.setText(f"{needed.agents} agent{'s' if needed.agents != 1 else ''} needed")
        abandon = (
            f" · abandon rate {percent(needed.abandon_rate)}"
            if needed.abandon_rate is not None
            else ""
        )
        self.details.setText(
            f"Predicted: service level {percent(needed.service_level)} within {within:.0f} s · "
            f"ASA {wait_text(needed.asa_s)} · occupancy {percent(needed.occupancy)}{abandon}\n"
            f"Traffic: {needed.traffic_erlangs:.2f} erlangs (calls times AHT, over the interval)"
        )
        self.method.setText(
            "Erlang A: callers may hang up while they wait."
            if patience is not None
            else "Erlang C: callers wait as long as it takes (a little pessimistic)."
        )

    def _no_answer(self, message: str) -> None:
        self.needed = None
        self.trade_off.replace([])
        self.answer.setText("—")
        self.details.clear()
        self.show_problem(message)
