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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import Report
from callnest.desktop.i18n import translate
from callnest.desktop.models.format import duration
from callnest.desktop.models.report import ReportModel
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.ui.admin.charts import ContactsChart, ServiceLevelChart, TimelineChart
from callnest.desktop.ui.admin.form import AdminEditor, rows_view
from callnest.desktop.ui.admin.table_csv import write_csv
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest
from callnest.protocol.rest import SHORT_ABANDON_MAX_S

# The presets' names are their keys too; each is translated where shown
# (``translate("ui.admin.reports", preset)``).
PRESETS = (
    str(QT_TRANSLATE_NOOP("ui.admin.reports", "Today")),
    str(QT_TRANSLATE_NOOP("ui.admin.reports", "Yesterday")),
    str(QT_TRANSLATE_NOOP("ui.admin.reports", "Last 7 days")),
    str(QT_TRANSLATE_NOOP("ui.admin.reports", "This month")),
)
CUSTOM = str(QT_TRANSLATE_NOOP("ui.admin.reports", "Custom"))
INTERVALS = (
    (str(QT_TRANSLATE_NOOP("ui.admin.reports", "15 minutes")), 900),
    (str(QT_TRANSLATE_NOOP("ui.admin.reports", "30 minutes")), 1800),
    (str(QT_TRANSLATE_NOOP("ui.admin.reports", "1 hour")), 3600),
    (str(QT_TRANSLATE_NOOP("ui.admin.reports", "1 day")), 86400),
)
DEFAULT_INTERVAL_S = 1800
# The server's channel names, and each one's name in the filter.
CHANNELS = (
    ("voice", str(QT_TRANSLATE_NOOP("ui.admin.reports", "Calls"))),
    ("chat", str(QT_TRANSLATE_NOOP("ui.admin.reports", "Chats"))),
    ("email", str(QT_TRANSLATE_NOOP("ui.admin.reports", "E-mails"))),
)

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


def local_moment(timestamp: float) -> str:
    """A moment of the period, in the language's short date and time."""
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(timestamp)), QLocale.FormatType.ShortFormat
    )


def table_words(name: str) -> tuple[str, str, str]:
    """A table's tab title, its Export button's tooltip and the save dialog's
    title, by its name (``Queues``, ``Agents``, ``Teams``, ``Intervals``)."""
    if name == "Queues":
        return (
            translate("ui.admin.reports", "Queues", "a tab: the report's table of queues"),
            translate("ui.admin.reports", "Save the queues table as a CSV file, as it reads here"),
            translate("ui.admin.reports", "Export queues", "a file dialog's title"),
        )
    if name == "Agents":
        return (
            translate("ui.admin.reports", "Agents", "a tab: the report's table of agents"),
            translate("ui.admin.reports", "Save the agents table as a CSV file, as it reads here"),
            translate("ui.admin.reports", "Export agents", "a file dialog's title"),
        )
    if name == "Teams":
        return (
            translate("ui.admin.reports", "Teams", "a tab: the report's table of teams"),
            translate("ui.admin.reports", "Save the teams table as a CSV file, as it reads here"),
            translate("ui.admin.reports", "Export teams", "a file dialog's title"),
        )
    return (
        translate("ui.admin.reports", "Intervals", "a tab: the report's table of intervals"),
        translate("ui.admin.reports", "Save the intervals table as a CSV file, as it reads here"),
        translate("ui.admin.reports", "Export intervals", "a file dialog's title"),
    )


_TIERS = {
    1: QT_TRANSLATE_NOOP("ui.admin.reports", "1 · First line"),
    2: QT_TRANSLATE_NOOP("ui.admin.reports", "2 · Specialists"),
    3: QT_TRANSLATE_NOOP("ui.admin.reports", "3 · Supervisors"),
}


class ServiceTargetsTable(QTableWidget):
    """Per queue and tier: how soon e-mails, tasks and callbacks got their
    first response and were resolved, and the share within each target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.setHorizontalHeaderLabels(
            [
                translate("ui.admin.reports", "Queue"),
                translate("ui.admin.reports", "Tier"),
                translate("ui.admin.reports", "Items"),
                translate("ui.admin.reports", "First response (mean / 90 %)"),
                translate("ui.admin.reports", "Within target", "first response"),
                translate("ui.admin.reports", "Resolved"),
                translate("ui.admin.reports", "Resolution (mean / 90 %)"),
                translate("ui.admin.reports", "Within target", "resolution"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def show_targets(self, targets: rest.ServiceTargets) -> None:
        self.setRowCount(len(targets.rows))
        for row, line in enumerate(targets.rows):
            cells = (
                line.name,
                translate("ui.admin.reports", str(_TIERS[line.tier])),
                QLocale().toString(line.items),
                f"{duration(line.first_response_mean_s)} / {duration(line.first_response_p90_s)}",
                _share(line.first_response_within_pct),
                QLocale().toString(line.resolved),
                f"{duration(line.resolution_mean_s)} / {duration(line.resolution_p90_s)}",
                _share(line.resolution_within_pct),
            )
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))


def _share(pct: float | None) -> str:
    return "—" if pct is None else f"{QLocale().toString(pct, 'f', 0)} %"


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
        for preset in (*PRESETS, CUSTOM):
            self.preset.addItem(translate("ui.admin.reports", preset), preset)
        self.since = self._date_edit()
        self.until = self._date_edit()
        self.interval = QComboBox()
        for label, seconds in INTERVALS:
            self.interval.addItem(translate("ui.admin.reports", label), seconds)
        self.interval.setCurrentIndex(self.interval.findData(DEFAULT_INTERVAL_S))
        self.queue = QComboBox()
        self.queue.addItem(translate("ui.admin.reports", "All queues", "a filter"), None)
        self.team = QComboBox()
        self.team.addItem(translate("ui.admin.reports", "All teams", "a filter"), None)
        self.channel = QComboBox()
        self.channel.addItem(
            translate("ui.admin.reports", "All channels", "a filter: calls, chats, e-mails"), None
        )
        for code, name in CHANNELS:
            self.channel.addItem(translate("ui.admin.reports", name, "a filter"), code)
        self.short_abandon = QDoubleSpinBox()
        self.short_abandon.setRange(0.0, SHORT_ABANDON_MAX_S)
        self.short_abandon.setDecimals(0)
        self.short_abandon.setSuffix(
            translate("ui.admin.reports", " s", "after a number of seconds (mind the space)")
        )
        self.short_abandon.setValue(5.0)
        self.short_abandon.setToolTip(
            translate(
                "ui.admin.reports",
                "Callers who hang up sooner than this are short abandons: not counted in the "
                "abandon rate or against the service level",
            )
        )
        self.save_default = QPushButton(
            translate("ui.admin.reports", "Make default", "a button: save the threshold")
        )
        self.save_default.setToolTip(
            translate(
                "ui.admin.reports", "Use this short-abandon threshold everywhere, wallboard too"
            )
        )
        self.save_default.clicked.connect(self.save_short_abandon)
        self.run_button = QPushButton(translate("ui.admin.reports", "Run report", "a button"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no figure to show: it only says "working"
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        period_from = translate("ui.admin.reports", "From", "the first day of the period")
        period_to = translate("ui.admin.reports", "To", "the last day of the period")
        interval = translate("ui.admin.reports", "Interval", "a field: the report's interval")
        queue = translate("ui.admin.reports", "Queue", "a field: the queue to report on")
        team = translate("ui.admin.reports", "Team", "a field: the team to report on")
        channel = translate(
            "ui.admin.reports", "Channel", "a field: calls, chats or e-mails to report on"
        )
        self.fields = {
            "since": (period_from, self.since),
            "until": (period_to, self.until),
            "interval_s": (interval, self.interval),
            "short_abandon_s": (
                translate("ui.admin.reports", "Short abandon", "a field: the threshold"),
                self.short_abandon,
            ),
            "queue_id": (queue, self.queue),
            "team_id": (team, self.team),
            "channel": (channel, self.channel),
        }

        self.summary = plain_label(
            translate("ui.admin.reports", "Pick a period and run the report.")
        )
        self.summary.setObjectName("hint")
        self.definitions = plain_label()
        self.definitions.setObjectName("hint")
        self.definitions.hide()  # until a report says which method it used

        self.views = {
            name: rows_view(table, table_words(name)[0])
            for name, table in self.model.tables().items()
        }
        self.contacts_chart = ContactsChart()
        self.service_level_chart = ServiceLevelChart()
        self.timeline_chart = TimelineChart()
        self.pages = QTabWidget()
        for name, view in self.views.items():
            self.pages.addTab(self._table_page(name, view), table_words(name)[0])
        self.pages.addTab(
            self.contacts_chart,
            translate("ui.admin.reports", "Contacts per interval", "a tab: a chart"),
        )
        self.pages.addTab(
            self.service_level_chart,
            translate("ui.admin.reports", "Service level", "a tab: a chart"),
        )
        self.pages.addTab(
            self.timeline_chart, translate("ui.admin.reports", "Agent states", "a tab: a chart")
        )
        self.targets = ServiceTargetsTable()
        self.pages.addTab(
            self.targets,
            translate("ui.admin.reports", "Service targets", "a tab: e-mails, tasks, callbacks"),
        )

        period = QHBoxLayout()
        for label, widget in (
            (
                translate("ui.admin.reports", "Period", "a field: the days to report on"),
                self.preset,
            ),
            (period_from, self.since),
            (period_to, self.until),
            (interval, self.interval),
            (queue, self.queue),
            (team, self.team),
            (channel, self.channel),
        ):
            period.addWidget(QLabel(label))
            period.addWidget(widget)
        period.addStretch(1)
        action = QHBoxLayout()
        action.addWidget(
            QLabel(
                translate("ui.admin.reports", "Short abandon under", "before a number of seconds")
            )
        )
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

        self.preset.currentIndexChanged.connect(self._preset_chosen)
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
        """Sets From and To from a preset (its English name, one of ``PRESETS``);
        ``Custom`` leaves them as typed."""
        if preset == CUSTOM:
            return
        first, last = preset_range(preset, today or QDate.currentDate())
        for edit, day in ((self.since, first), (self.until, last)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self._show_preset(preset)

    def _preset_chosen(self, _index: int) -> None:
        self.apply_preset(str(self.preset.currentData()))

    def _custom(self) -> None:
        self._show_preset(CUSTOM)

    def _show_preset(self, preset: str) -> None:
        self.preset.blockSignals(True)
        at = self.preset.findData(preset)
        if at >= 0:
            self.preset.setCurrentIndex(at)
        self.preset.blockSignals(False)

    def query(self) -> rest.ReportQuery:
        """What the report is asked for; raises ValueError on a period that is none."""
        first, last = self.since.date(), self.until.date()
        if first > last:
            raise ValueError(
                translate(
                    "ui.admin.reports",
                    "The period ends before it starts: pick a To date on or after From.",
                )
            )
        return rest.ReportQuery(
            since=day_start(first),
            until=day_start(last.addDays(1)),  # To's day is included
            interval_s=self.interval.currentData(),
            short_abandon_s=self.short_abandon.value(),
            queue_id=self.queue.currentData(),
            team_id=self.team.currentData(),
            channel=self.channel.currentData(),
        )

    # ---------------------------------------------------------- the filters

    def showEvent(self, event: QShowEvent) -> None:  # Qt names it
        super().showEvent(event)
        if not self._filters_loaded:
            self.load_filters(run_after=True)

    def load_filters(self, *, run_after: bool = False) -> None:
        """The queues and teams to filter by, and the saved short-abandon
        threshold; ``run_after``: then today's report, so the tab opens on it."""
        self._filters_loaded = True
        self._load(
            self.client.queues.list(),
            lambda rows: self._fill(self.queue, {q.id: q.display_name or q.name for q in rows}),
        )
        self._load(
            self.client.teams.list(),
            lambda rows: self._fill(self.team, {t.id: t.name for t in rows}),
        )
        # Run with the saved threshold, not the default it replaces; a server
        # that refuses even the threshold would refuse the report too.
        self._load(self.client.report_settings(), self._settings, run_after=run_after)

    def _load(
        self, future: Future[T], use: Callable[[T], None], *, run_after: bool = False
    ) -> None:
        def loaded(answered: Future[T]) -> None:
            error = answered.exception()
            if error is None:
                use(answered.result())
                if run_after and self.model.report is None:
                    self.run()
            else:
                self.show_problem(
                    translate(
                        "ui.admin.reports",
                        "The queues and teams to filter by could not be loaded: {problem}",
                    ).format(problem=describe(error))
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
            lambda _: self.report(
                translate(
                    "ui.admin.reports",
                    "Short abandons are now calls that hang up under {seconds} s",
                ).format(seconds=QLocale().toString(value, "f", 0))
            ),
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
        self._read_targets(query)
        self.bridge.resolve(self.client.report(query), self._ran)

    def _read_targets(self, query: rest.ReportQuery) -> None:
        """The service targets of the same period (e-mails, tasks, callbacks)."""
        path = f"/api/reports/service-targets?since={query.since}&until={query.until}"

        def done(future: Future[Any]) -> None:
            if future.exception() is None and future.result() is not None:
                self.targets.show_targets(rest.ServiceTargets.model_validate(future.result()))

        self.bridge.resolve(self.engine.rest("GET", path), done)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.run_button.setEnabled(not running)
        self.run_button.setText(
            translate("ui.admin.reports", "Running…", "the Run report button, while it runs")
            if running
            else translate("ui.admin.reports", "Run report", "a button")
        )
        self.busy.setVisible(running)
        if running:
            self.summary.setText(translate("ui.admin.reports", "Running the report…"))

    def _ran(self, future: Future[Report]) -> None:
        self._set_running(False)
        error = future.exception()
        if error is not None:
            self.summary.setText(
                translate("ui.admin.reports", "No report: the server refused it (see above).")
            )
            self.show_problem(
                translate("ui.admin.reports", "The report could not be run: {problem}").format(
                    problem=describe(error)
                )
            )
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
        self.report(translate("ui.admin.reports", "Report ready"))
        self.reported.emit(report)

    def _summary(self, report: dict[str, Any], took_s: float | None) -> str:
        totals = report.get("totals") or {}
        figures = {
            "first": local_moment(float(report["since"])),
            "last": local_moment(float(report["until"])),
            "offered": QLocale().toString(int(totals.get("offered", 0))),
            "answered": QLocale().toString(int(totals.get("answered", 0))),
            "abandoned": QLocale().toString(int(totals.get("abandoned", 0))),
        }
        if took_s is None:
            return translate(
                "ui.admin.reports",
                "{first} to {last} · {offered} offered · {answered} answered · "
                "{abandoned} abandoned",
                "a report's period and its contacts",
            ).format(**figures)
        return translate(
            "ui.admin.reports",
            "{first} to {last} · {offered} offered · {answered} answered · "
            "{abandoned} abandoned · computed in {seconds} s",
            "a report's period, its contacts and how long the server took",
        ).format(**figures, seconds=QLocale().toString(took_s, "f", 2))

    def _show_definitions(self, report: dict[str, Any]) -> None:
        words = self.model.definitions
        short = float(report.get("short_abandon_s") or 0.0)
        method = words.get("service_level") or translate(
            "ui.admin.reports",
            "answered within the queue's threshold / (answered + abandoned after the "
            "short-abandon threshold)",
        )
        self.definitions.setText(
            translate(
                "ui.admin.reports",
                "Service level = {method}. Short abandons: under {seconds} s.",
                "{method}: how the server computes it (its own words)",
            ).format(method=method, seconds=QLocale().toString(short, "f", 0))
        )
        self.definitions.show()
        # The server's own definitions, under its names for the figures.
        self.definitions.setToolTip(
            "\n".join(f"{name.upper().replace('_', ' ')}: {text}" for name, text in words.items())
        )

    # ---------------------------------------------------------- exporting

    def _table_page(self, name: str, view: QWidget) -> QWidget:
        page = QWidget()
        export = QPushButton(translate("ui.admin.reports", "Export CSV…", "a button"))
        export.setToolTip(table_words(name)[1])
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
            # The file's name stays English: a name, not a sentence.
            suggested = (
                f"callnest-{name.lower()}-{self.since.date().toString('yyyy-MM-dd')}"
                f"-{self.until.date().toString('yyyy-MM-dd')}.csv"
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                table_words(name)[2],
                suggested,
                translate("ui.admin.reports", "CSV files (*.csv)", "a file dialog's filter"),
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        try:
            rows = write_csv(self.model.tables()[name], target)
        except OSError as exc:
            self.show_problem(
                translate(
                    "ui.admin.reports",
                    "Could not write {file}: {reason}",
                    "{reason}: the system's own words",
                ).format(file=target.name, reason=exc.strerror or exc)
            )
            return None
        self.report(
            translate("ui.admin.reports", "Wrote %n row(s) to {file}", None, rows).format(
                file=target.name
            )
        )
        return target
