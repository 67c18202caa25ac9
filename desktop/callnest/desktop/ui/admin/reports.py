"""The owner's Reports tab: pick a period, an interval and filters, run
``GET /api/reports``, read the figures per queue, agent, team and interval,
export any table as CSV, and see the day as three charts.

The figures are the server's (see :mod:`callnest.desktop.models.report` for
how they read); this tab asks for them and lays them out.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import Report
from callnest.desktop.models.report import ReportModel
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.charts import ContactsChart, ServiceLevelChart, TimelineChart
from callnest.desktop.ui.admin.form import AdminEditor, rows_view
from callnest.desktop.ui.admin.table_csv import write_csv
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.setup import error_text
from callnest.protocol import rest
from callnest.protocol.rest import SHORT_ABANDON_MAX_S

PRESETS = ("Today", "Yesterday", "Last 7 days", "This month")
CUSTOM = "Custom"
INTERVALS = (("15 minutes", 900), ("30 minutes", 1800), ("1 hour", 3600), ("1 day", 86400))
DEFAULT_INTERVAL_S = 1800

T = TypeVar("T")


def preset_range(preset: str, today: QDate) -> tuple[QDate, QDate]:
    """The first and last day (both included) a preset names."""
    if preset == "Yesterday":
        return today.addDays(-1), today.addDays(-1)
    if preset == "Last 7 days":
        return today.addDays(-6), today
    if preset == "This month":
        return QDate(today.year(), today.month(), 1), today
    return today, today


def day_start(day: QDate) -> float:
    """Local midnight starting ``day``, as epoch seconds."""
    return float(QDateTime(day, QTime(0, 0)).toSecsSinceEpoch())


class ReportsTab(AdminEditor):
    """Period and filters on top, the tables and charts below."""

    reported = Signal(dict)  # each report as it arrives (the Staffing tab reads it)

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.model = ReportModel(self)
        self.running = False
        self._filters_loaded = False
        self._started = 0.0

        self.preset = QComboBox()
        self.preset.addItems([*PRESETS, CUSTOM])
        self.since = self._date_edit()
        self.until = self._date_edit()
        self.interval = QComboBox()
        for label, seconds in INTERVALS:
            self.interval.addItem(label, seconds)
        self.interval.setCurrentIndex(self.interval.findData(DEFAULT_INTERVAL_S))
        self.queue = QComboBox()
        self.queue.addItem("All queues", None)
        self.team = QComboBox()
        self.team.addItem("All teams", None)
        self.short_abandon = QDoubleSpinBox()
        self.short_abandon.setRange(0.0, SHORT_ABANDON_MAX_S)
        self.short_abandon.setDecimals(0)
        self.short_abandon.setSuffix(" s")
        self.short_abandon.setValue(5.0)
        self.short_abandon.setToolTip(
            "Callers who hang up sooner than this are short abandons: not counted in the "
            "abandon rate or against the service level"
        )
        self.save_default = QPushButton("Make default")
        self.save_default.setToolTip("Use this short-abandon threshold everywhere, wallboard too")
        self.save_default.clicked.connect(self.save_short_abandon)
        self.run_button = QPushButton("Run report")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no figure to show: it only says "working"
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.fields = {
            "since": ("From", self.since),
            "until": ("To", self.until),
            "interval_s": ("Interval", self.interval),
            "short_abandon_s": ("Short abandon", self.short_abandon),
            "queue_id": ("Queue", self.queue),
            "team_id": ("Team", self.team),
        }

        self.summary = plain_label("Pick a period and run the report.")
        self.summary.setObjectName("hint")
        self.definitions = plain_label()
        self.definitions.setObjectName("hint")
        self.definitions.hide()  # until a report says which method it used

        self.views = {name: rows_view(table) for name, table in self.model.tables().items()}
        self.contacts_chart = ContactsChart()
        self.service_level_chart = ServiceLevelChart()
        self.timeline_chart = TimelineChart()
        self.pages = QTabWidget()
        for name, view in self.views.items():
            self.pages.addTab(self._table_page(name, view), name)
        self.pages.addTab(self.contacts_chart, "Contacts per interval")
        self.pages.addTab(self.service_level_chart, "Service level")
        self.pages.addTab(self.timeline_chart, "Agent states")

        period = QHBoxLayout()
        for label, widget in (
            ("Period", self.preset),
            ("From", self.since),
            ("To", self.until),
            ("Interval", self.interval),
            ("Queue", self.queue),
            ("Team", self.team),
        ):
            period.addWidget(QLabel(label))
            period.addWidget(widget)
        period.addStretch(1)
        action = QHBoxLayout()
        action.addWidget(QLabel("Short abandon under"))
        action.addWidget(self.short_abandon)
        action.addWidget(self.save_default)
        action.addStretch(1)
        action.addWidget(self.busy)
        action.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addLayout(action)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.definitions)
        layout.addWidget(self.pages, 1)

        self.preset.currentTextChanged.connect(self.apply_preset)
        self.since.userDateChanged.connect(self._custom)
        self.until.userDateChanged.connect(self._custom)
        self.apply_preset(PRESETS[0])
        self.resize(1180, 720)

    # ---------------------------------------------------------- the period

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def apply_preset(self, preset: str, today: QDate | None = None) -> None:
        """Sets From and To from a preset; ``Custom`` leaves them as typed."""
        if preset == CUSTOM:
            return
        first, last = preset_range(preset, today or QDate.currentDate())
        for edit, day in ((self.since, first), (self.until, last)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self.preset.blockSignals(True)
        self.preset.setCurrentText(preset)
        self.preset.blockSignals(False)

    def _custom(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentText(CUSTOM)
        self.preset.blockSignals(False)

    def query(self) -> rest.ReportQuery:
        """What the report is asked for; raises ValueError on a period that is none."""
        first, last = self.since.date(), self.until.date()
        if first > last:
            raise ValueError("The period ends before it starts: pick a To date on or after From.")
        return rest.ReportQuery(
            since=day_start(first),
            until=day_start(last.addDays(1)),  # To's day is included
            interval_s=self.interval.currentData(),
            short_abandon_s=self.short_abandon.value(),
            queue_id=self.queue.currentData(),
            team_id=self.team.currentData(),
        )

    # ---------------------------------------------------------- the filters

    def showEvent(self, event: QShowEvent) -> None:  # Qt names it
        super().showEvent(event)
        if not self._filters_loaded:
            self.load_filters()

    def load_filters(self) -> None:
        """The queues and teams to filter by, and the saved short-abandon threshold."""
        self._filters_loaded = True
        self._load(
            self.client.queues.list(),
            lambda rows: self._fill(self.queue, {q.id: q.display_name or q.name for q in rows}),
        )
        self._load(
            self.client.teams.list(),
            lambda rows: self._fill(self.team, {t.id: t.name for t in rows}),
        )
        self._load(self.client.report_settings(), self._settings)

    def _load(self, future: Future[T], use: Callable[[T], None]) -> None:
        def loaded(answered: Future[T]) -> None:
            error = answered.exception()
            if error is None:
                use(answered.result())
            else:
                self.show_problem(
                    f"The queues and teams to filter by could not be loaded: {error_text(error)}"
                )

        self.bridge.resolve(future, loaded)

    def _fill(self, combo: QComboBox, names: dict[int, str]) -> None:
        chosen = combo.currentData()
        while combo.count() > 1:  # the first entry is "All ..."
            combo.removeItem(1)
        for row_id, name in sorted(names.items(), key=lambda item: item[1].lower()):
            combo.addItem(name, row_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _settings(self, settings: rest.ReportSettings) -> None:
        self.short_abandon.setValue(settings.short_abandon_s)

    def save_short_abandon(self) -> None:
        value = self.short_abandon.value()
        self.call(
            lambda: self.client.set_report_settings(rest.ReportSettings(short_abandon_s=value)),
            lambda _: self.report(f"Short abandons are now calls that hang up under {value:.0f} s"),
        )

    # ---------------------------------------------------------- running

    def run(self) -> None:
        """Asks the server for the report; the button waits until it answers."""
        if self.running:
            return
        try:
            query = self.query()
        except ValueError as exc:
            self.show_problem(str(exc), "until")
            return
        self.clear_problem()
        self._set_running(True)
        self._started = time.monotonic()
        self.bridge.resolve(self.client.report(query), self._ran)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.run_button.setEnabled(not running)
        self.run_button.setText("Running…" if running else "Run report")
        self.busy.setVisible(running)
        if running:
            self.summary.setText("Running the report…")

    def _ran(self, future: Future[Report]) -> None:
        self._set_running(False)
        error = future.exception()
        if error is not None:
            self.summary.setText("No report: the server refused it (see above).")
            self.show_problem(f"The report could not be run: {error_text(error)}")
            return
        self.show_report(future.result(), time.monotonic() - self._started)

    def show_report(self, report: dict[str, Any], took_s: float | None = None) -> None:
        """Fills the tables and charts with ``report`` (the JSON of GET /api/reports)."""
        self.model.load(report)
        self.contacts_chart.show_report(report)
        self.service_level_chart.show_report(report)
        self.timeline_chart.show_report(report)
        self.summary.setText(self._summary(report, took_s))
        self._show_definitions(report)
        self.report("Report ready")
        self.reported.emit(report)

    def _summary(self, report: dict[str, Any], took_s: float | None) -> str:
        first = time.strftime("%Y-%m-%d %H:%M", time.localtime(float(report["since"])))
        last = time.strftime("%Y-%m-%d %H:%M", time.localtime(float(report["until"])))
        totals = report.get("totals") or {}
        text = (
            f"{first} to {last} · {totals.get('offered', 0)} offered · "
            f"{totals.get('answered', 0)} answered · {totals.get('abandoned', 0)} abandoned"
        )
        return text + (f" · computed in {took_s:.2f} s" if took_s is not None else "")

    def _show_definitions(self, report: dict[str, Any]) -> None:
        words = self.model.definitions
        short = float(report.get("short_abandon_s") or 0.0)
        method = words.get("service_level") or (
            "answered within the queue's threshold / (answered + abandoned after the "
            "short-abandon threshold)"
        )
        self.definitions.setText(f"Service level = {method}. Short abandons: under {short:.0f} s.")
        self.definitions.show()
        self.definitions.setToolTip(
            "\n".join(f"{name.upper().replace('_', ' ')}: {text}" for name, text in words.items())
        )

    # ---------------------------------------------------------- exporting

    def _table_page(self, name: str, view: QWidget) -> QWidget:
        page = QWidget()
        export = QPushButton("Export CSV…")
        export.setToolTip(f"Save the {name.lower()} table as a CSV file, as it reads here")
        export.clicked.connect(lambda: self.export_csv(name))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(export)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(view, 1)
        layout.addLayout(bar)
        return page

    def export_csv(self, name: str, path: str | Path | None = None) -> Path | None:
        """Writes one table (``Queues``, ``Agents``, ``Teams``, ``Intervals``)
        to ``path``, asking where when none is given. Returns where it went."""
        if path is None:
            suggested = (
                f"callnest-{name.lower()}-{self.since.date().toString('yyyy-MM-dd')}"
                f"-{self.until.date().toString('yyyy-MM-dd')}.csv"
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self, f"Export {name.lower()}", suggested, "CSV files (*.csv)"
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        try:
            rows = write_csv(self.model.tables()[name], target)
        except OSError as exc:
            self.show_problem(f"Could not write {target.name}: {exc.strerror or exc}")
            return None
        self.report(f"Wrote {rows} rows to {target.name}")
        return target
