"""The Reports tab: the model reads a report's JSON the way an owner reads
figures, the tab asks for what was picked and says when it is refused, every
table exports as it reads, the charts draw the intervals and the agents' day,
and against a real server with a known event log it shows hand-checked figures."""

from __future__ import annotations

import asyncio
import csv
import itertools
import shutil
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from copy import deepcopy
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.engine import Engine
from callnest.desktop.engine.session import RestError
from callnest.desktop.models.report import TOTALS_NAME, ReportModel
from callnest.desktop.models.wallboard import AMBER_BG, ON_COLOURED, RED_BG, StatsTable
from callnest.desktop.ui.admin.reports import ReportsTab, preset_range
from callnest.desktop.ui.admin.table_csv import table_rows
from callnest.server.keys import STORE
from desktop import samples
from desktop.admin_server import OwnerDesk, owner_desk, until
from desktop.fakes import FakeEngine, done, failed
from integration.conftest import Running, StartServer, start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here

DAY = 1_714_953_600.0  # 2024-05-06 00:00 UTC
HOUR = 3600.0
DEFINITIONS = {
    "asa": "queue time of answered contacts / answered",
    "aht": "(talk + hold + wrap-up) / handled",
    "abandon_rate": "abandoned / offered, short abandons excluded from both",
    "service_level": "answered within T / (answered + abandoned after the short-abandon threshold)",
    "occupancy": "handle time / (logged-in time - break time)",
}


def figures(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "offered": 0,
        "answered": 0,
        "abandoned": 0,
        "short_abandoned": 0,
        "handled": 0,
        "asa_s": None,
        "aht_s": None,
        "ring_s": None,
        "talk_s": None,
        "hold_s": None,
        "wrap_s": None,
        "abandon_rate": None,
        "service_level": None,
    }
    return base | values


def people(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "offered": 0,
        "missed": 0,
        "handled": 0,
        "aht_s": None,
        "ring_s": None,
        "talk_s": None,
        "hold_s": None,
        "wrap_s": None,
        "logged_in_s": 0.0,
        "break_s": 0.0,
        "network_s": 0.0,
        "offers_avoided": 0,
        "occupancy": None,
    }
    return base | values


def sample_report() -> dict[str, Any]:
    """One day, two queues, three agents (one in no team), four intervals."""
    busy = {
        "offered": 30,
        "answered": 26,
        "abandoned": 4,
        "short_abandoned": 1,
        "handled": 26,
        "asa_s": 14.5,
        "aht_s": 245.0,
        "ring_s": 6.0,
        "talk_s": 200.0,
        "hold_s": 15.0,
        "wrap_s": 30.0,
        "abandon_rate": 3 / 29,
        "service_level": 0.8,
        "csat": 4.5,
        "csat_count": 8,
    }
    return {
        "since": DAY,
        "until": DAY + 24 * HOUR,
        "interval_s": 1800,
        "short_abandon_s": 5.0,
        "definitions": DEFINITIONS,
        "queues": [
            {"queue_id": 3, "name": "Customer support", "service_level_s": 20.0} | busy,
            {"queue_id": 4, "name": "Sales", "service_level_s": 30.0}
            | figures(
                offered=2,
                answered=1,
                abandoned=1,
                handled=1,
                asa_s=65.0,
                aht_s=3725.0,
                talk_s=3600.0,
                hold_s=0.0,
                wrap_s=125.0,
                ring_s=4.0,
                abandon_rate=0.5,
                service_level=0.5,
            ),
        ],
        "totals": figures(
            offered=32,
            answered=27,
            abandoned=5,
            short_abandoned=1,
            handled=27,
            asa_s=16.37,
            aht_s=374.0,
            ring_s=5.9,
            talk_s=326.0,
            hold_s=14.4,
            wrap_s=33.5,
            abandon_rate=4 / 31,
            service_level=21 / 31,
        ),
        "agents": [
            {"agent_id": 7, "name": "Ada Lovelace", "team_id": 1, "team": "Day shift"}
            | people(
                offered=15,
                missed=1,
                handled=14,
                aht_s=250.0,
                talk_s=205.0,
                hold_s=15.0,
                wrap_s=30.0,
                ring_s=6.0,
                logged_in_s=8 * HOUR,
                break_s=HOUR,
                network_s=25 * 60.0,
                offers_avoided=4,
                occupancy=0.139,
            ),
            {"agent_id": 8, "name": "Bo Diddley", "team_id": 1, "team": "Day shift"}
            | people(offered=13, handled=13, aht_s=480.0, logged_in_s=4 * HOUR, occupancy=0.43),
            {"agent_id": 9, "name": "Cy Young", "team_id": None, "team": None}
            | people(logged_in_s=600.0),
        ],
        "teams": [
            {"team_id": 1, "name": "Day shift"}
            | people(
                offered=28,
                missed=1,
                handled=27,
                aht_s=360.0,
                logged_in_s=12 * HOUR,
                break_s=HOUR,
                occupancy=0.25,
            ),
        ],
        "intervals": [
            {
                "start": DAY + 9 * HOUR,
                "offered": 12,
                "answered": 11,
                "abandoned": 1,
                "service_level": 0.9,
                "asa_s": 8.0,
                "aht_s": 240.0,
            },
            {
                "start": DAY + 9.5 * HOUR,
                "offered": 14,
                "answered": 11,
                "abandoned": 3,
                "service_level": 0.55,
                "asa_s": 31.0,
                "aht_s": 260.0,
            },
            {
                "start": DAY + 10 * HOUR,
                "offered": 0,
                "answered": 0,
                "abandoned": 0,
                "service_level": None,
                "asa_s": None,
                "aht_s": None,
            },
            {
                "start": DAY + 10.5 * HOUR,
                "offered": 6,
                "answered": 5,
                "abandoned": 1,
                "service_level": 0.8,
                "asa_s": 12.0,
                "aht_s": 230.0,
            },
        ],
        "timeline": [
            {
                "agent_id": 7,
                "name": "Ada Lovelace",
                "spans": [
                    {
                        "state": "available",
                        "reason": None,
                        "start": DAY + 9 * HOUR,
                        "end": DAY + 9.2 * HOUR,
                    },
                    {
                        "state": "busy",
                        "reason": None,
                        "start": DAY + 9.2 * HOUR,
                        "end": DAY + 9.6 * HOUR,
                    },
                    {
                        "state": "wrap_up",
                        "reason": None,
                        "start": DAY + 9.6 * HOUR,
                        "end": DAY + 9.7 * HOUR,
                    },
                    {
                        "state": "break",
                        "reason": "Lunch",
                        "start": DAY + 10 * HOUR,
                        "end": DAY + 11 * HOUR,
                    },
                ],
            },
            {
                "agent_id": 8,
                "name": "Bo Diddley",
                "spans": [
                    {
                        "state": "available",
                        "reason": None,
                        "start": DAY + 9.5 * HOUR,
                        "end": DAY + 11 * HOUR,
                    },
                ],
            },
            {"agent_id": 9, "name": "Cy Young", "spans": []},
        ],
    }


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC for the test, so interval labels read the same anywhere."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def column(table: StatsTable[Any], title: str) -> list[Any]:
    at = [c.title for c in table.columns].index(title)
    return [table.data(table.index(r, at)) for r in range(table.rowCount())]


def cell(table: StatsTable[Any], row: int, title: str, role: int = 0) -> Any:
    at = [c.title for c in table.columns].index(title)
    return table.data(table.index(row, at), role or Qt.ItemDataRole.DisplayRole)


# ------------------------------------------------------------------ the model


def test_queues_read_as_durations_and_percentages_with_a_totals_row(utc: None) -> None:
    model = ReportModel()
    model.load(sample_report())
    q = model.queues
    assert column(q, "Queue") == ["Customer support", "Sales", TOTALS_NAME]
    assert column(q, "Offered") == ["30", "2", "32"]
    assert column(q, "ASA") == ["0:14", "1:05", "0:16"]
    assert column(q, "AHT") == ["4:05", "1:02:05", "6:14"]
    assert column(q, "Service level") == ["80.0% in 20 s", "50.0% in 30 s", "67.7%"]
    assert column(q, "Abandon rate") == ["10.3%", "50.0%", "12.9%"]
    assert column(q, "Short abandons") == ["1", "0", "1"]
    assert column(q, "CSAT")[:2] == ["4.5 (8)", "—"]  # nobody rated Sales
    # The split of handling reads against AHT: talk + hold + wrap-up = 4:05.
    assert [cell(q, 0, t) for t in ("Ring", "Talk", "Hold", "Wrap-up")] == [
        "0:06",
        "3:20",
        "0:15",
        "0:30",
    ]
    # What an owner should look at is coloured, with the same limits as the wallboard.
    assert cell(q, 0, "Service level", Qt.ItemDataRole.BackgroundRole) is None
    assert cell(q, 1, "Service level", Qt.ItemDataRole.BackgroundRole) == RED_BG
    assert cell(q, 0, "Abandon rate", Qt.ItemDataRole.BackgroundRole) == RED_BG
    # Dark text on the pale colours, whatever the theme; the theme's own elsewhere.
    assert cell(q, 0, "Abandon rate", Qt.ItemDataRole.ForegroundRole) == ON_COLOURED
    assert cell(q, 0, "Service level", Qt.ItemDataRole.ForegroundRole) is None
    assert "short-abandon" in cell(q, 0, "Service level", Qt.ItemDataRole.ToolTipRole)


def test_no_denominator_reads_as_a_dash_and_one_queue_has_no_totals_row(utc: None) -> None:
    report = sample_report()
    report["queues"] = [
        {"queue_id": 5, "name": "Quiet", "service_level_s": 20.0} | figures(offered=0)
    ]
    model = ReportModel()
    model.load(report)
    assert column(model.queues, "Queue") == ["Quiet"]
    assert [cell(model.queues, 0, t) for t in ("ASA", "AHT", "Service level", "Abandon rate")] == [
        "—",
        "—",
        "—",
        "—",
    ]


def test_agents_teams_and_intervals(utc: None) -> None:
    model = ReportModel()
    model.load(sample_report())
    a = model.agents
    assert column(a, "Agent") == ["Ada Lovelace", "Bo Diddley", "Cy Young"]
    assert column(a, "Team") == ["Day shift", "Day shift", "No team"]
    assert column(a, "Logged in") == ["8:00:00", "4:00:00", "10:00"]
    assert column(a, "Occupancy") == ["13.9%", "43.0%", "—"]
    assert column(a, "Missed") == ["1", "0", "0"]
    assert column(a, "Home connection") == ["25:00", "0:00", "0:00"]
    assert column(a, "Spared") == ["4", "0", "0"]
    assert column(model.teams, "Team") == ["Day shift"]
    assert column(model.teams, "AHT") == ["6:00"]
    i = model.intervals
    assert column(i, "Interval") == ["09:00-09:30", "09:30-10:00", "10:00-10:30", "10:30-11:00"]
    assert column(i, "Service level") == ["90.0%", "55.0%", "—", "80.0%"]
    assert cell(i, 1, "Service level", Qt.ItemDataRole.BackgroundRole) == RED_BG
    assert cell(i, 0, "Service level", Qt.ItemDataRole.BackgroundRole) is None
    assert column(i, "ASA") == ["0:08", "0:31", "—", "0:12"]
    assert model.definitions == DEFINITIONS


def test_a_report_over_several_days_dates_its_intervals(utc: None) -> None:
    report = sample_report()
    report["until"] = DAY + 7 * 24 * HOUR
    report["interval_s"] = 3600
    model = ReportModel()
    model.load(report)
    assert cell(model.intervals, 0, "Interval") == "2024-05-06 09:00-10:00"


def test_a_service_level_just_under_the_goal_is_amber(utc: None) -> None:
    report = sample_report()
    report["intervals"][0]["service_level"] = 0.7
    model = ReportModel()
    model.load(report)
    assert cell(model.intervals, 0, "Service level", Qt.ItemDataRole.BackgroundRole) == AMBER_BG


# ------------------------------------------------------------------ the tab


class ReportsEngine(FakeEngine):
    """Answers GET /api/reports (whatever its query) with ``answer()``."""

    def __init__(self) -> None:
        super().__init__()
        self.answer: Callable[[], Future[Any]] = lambda: done(sample_report())

    def rest(self, method: str, path: str, json: Any = None) -> Future[Any]:
        if path.startswith("/api/reports?"):
            self.rest_calls.append((method, path, json))
            return self.answer()
        return super().rest(method, path, json)


def filters_engine() -> ReportsEngine:
    engine = ReportsEngine()
    engine.rest_replies = {
        "/api/queues": [
            samples.queue_row(4, "sales", "Sales"),
            samples.queue_row(3, "support", "Customer support"),
        ],
        "/api/teams": [samples.team_row(1, "Day shift"), samples.team_row(2, "Night shift")],
        "/api/settings/reports": {"short_abandon_s": 8.0},
    }
    return engine


def report_query(engine: FakeEngine) -> dict[str, str]:
    method, path, _ = engine.rest_calls[-1]
    assert method == "GET"
    assert urlsplit(path).path == "/api/reports"
    return dict(parse_qsl(urlsplit(path).query))


def test_presets_name_whole_days() -> None:
    wednesday = QDate(2024, 5, 15)
    assert preset_range("Today", wednesday) == (wednesday, wednesday)
    assert preset_range("Yesterday", wednesday) == (QDate(2024, 5, 14), QDate(2024, 5, 14))
    assert preset_range("Last 7 days", wednesday) == (QDate(2024, 5, 9), wednesday)
    assert preset_range("This month", wednesday) == (QDate(2024, 5, 1), wednesday)


def test_the_tab_asks_for_the_period_and_filters_picked(qtbot: QtBot) -> None:
    engine = filters_engine()
    tab = ReportsTab(engine, EngineBridge())
    qtbot.addWidget(tab)
    tab.show()  # the first showing loads the filters and the saved threshold
    qtbot.waitUntil(lambda: tab.team.count() == 3 and tab.short_abandon.value() == 8.0)
    # ... then today's report, with that threshold: the tab opens on figures.
    qtbot.waitUntil(lambda: tab.model.report is not None and tab.run_button.isEnabled())
    opened = report_query(engine)
    since, until = float(opened["since"]), float(opened["until"])
    today = time.localtime()[:3]
    assert time.localtime(since)[:6] == (*today, 0, 0, 0)  # local midnight today
    assert until - since in (23 * HOUR, 24 * HOUR, 25 * HOUR)  # the whole day, DST or not
    assert float(opened["short_abandon_s"]) == 8.0 and "channel" not in opened
    assert [tab.queue.itemText(i) for i in range(tab.queue.count())] == [
        "All queues",
        "Customer support",
        "Sales",
    ]
    tab.apply_preset("Last 7 days", QDate(2024, 5, 15))
    tab.interval.setCurrentIndex(tab.interval.findData(3600))
    tab.queue.setCurrentIndex(tab.queue.findText("Sales"))
    tab.team.setCurrentIndex(tab.team.findText("Night shift"))
    assert [tab.channel.itemText(i) for i in range(tab.channel.count())] == [
        "All channels",
        "Calls",
        "Chats",
        "E-mails",
    ]
    tab.channel.setCurrentIndex(tab.channel.findText("Chats"))
    tab.run()
    asked = report_query(engine)
    since, until = float(asked["since"]), float(asked["until"])
    assert time.localtime(since)[:6] == (2024, 5, 9, 0, 0, 0)  # local midnight of From
    assert time.localtime(until)[:6] == (2024, 5, 16, 0, 0, 0)  # To's whole day included
    assert (asked["interval_s"], asked["queue_id"], asked["team_id"]) == ("3600", "4", "2")
    assert float(asked["short_abandon_s"]) == 8.0
    assert asked["channel"] == "chat"
    # Typing a date makes the period custom.
    tab.since.setDate(QDate(2024, 5, 1))
    tab.since.userDateChanged.emit(QDate(2024, 5, 1))
    assert tab.preset.currentText() == "Custom"


def test_running_shows_progress_then_the_figures(qtbot: QtBot, artifacts: Path) -> None:
    engine, bridge = filters_engine(), EngineBridge()
    pending: Future[Any] = Future()
    engine.answer = lambda: pending
    tab = ReportsTab(engine, bridge)
    qtbot.addWidget(tab)
    tab.show()
    tab.run()
    assert not tab.run_button.isEnabled() and tab.busy.isVisible()
    assert tab.run_button.text() == "Running…"
    tab.run()  # a second click while it runs asks nothing more
    assert sum(path.startswith("/api/reports?") for _, path, _ in engine.rest_calls) == 1
    with qtbot.waitSignal(tab.reported) as arrived:
        pending.set_result(sample_report())
    assert arrived.args == [sample_report()]
    assert tab.run_button.isEnabled() and not tab.busy.isVisible()
    assert tab.model.queues.rowCount() == 3
    assert "32 offered · 27 answered · 5 abandoned" in tab.summary.text()
    assert "computed in" in tab.summary.text()
    assert tab.definitions.text().startswith("Service level = answered within T / (answered")
    assert "under 5 s" in tab.definitions.text()
    assert "ASA: queue time of answered" in tab.definitions.toolTip()
    save_pages(tab, artifacts, "reports")


def test_a_refusal_is_shown_in_the_tab_and_the_figures_stay(qtbot: QtBot) -> None:
    engine, bridge = filters_engine(), EngineBridge()
    tab = ReportsTab(engine, bridge)
    qtbot.addWidget(tab)
    tab.show_report(sample_report())
    refused = RestError(403, "forbidden", "this needs the owner or supervisor role")
    engine.answer = lambda: failed(refused)
    tab.run()
    qtbot.waitUntil(lambda: tab.run_button.isEnabled())
    assert tab.problem.isVisible() or not tab.isVisible()
    assert tab.problem.text() == (
        "The report could not be run: this needs the owner or supervisor role"
    )
    assert tab.model.queues.rowCount() == 3  # what was on screen is not lost


def test_a_period_that_ends_before_it_starts_is_not_asked_for(qtbot: QtBot) -> None:
    engine = filters_engine()
    tab = ReportsTab(engine, EngineBridge())
    qtbot.addWidget(tab)
    tab.since.setDate(QDate(2024, 5, 10))
    tab.until.setDate(QDate(2024, 5, 9))
    tab.run()
    assert engine.rest_calls == []
    assert "ends before it starts" in tab.problem.text()
    assert tab.run_button.isEnabled()


def test_the_short_abandon_threshold_can_be_made_the_default(qtbot: QtBot) -> None:
    engine = filters_engine()
    tab = ReportsTab(engine, EngineBridge())
    qtbot.addWidget(tab)
    tab.short_abandon.setValue(10)
    with qtbot.waitSignal(tab.status) as said:
        tab.save_short_abandon()
    assert engine.rest_calls == [("PUT", "/api/settings/reports", {"short_abandon_s": 10.0})]
    assert said.args == ["Short abandons are now calls that hang up under 10 s", False]


@pytest.mark.parametrize("name", ["Queues", "Agents", "Teams", "Intervals"])
def test_each_table_exports_as_it_reads(qtbot: QtBot, tmp_path: Path, utc: None, name: str) -> None:
    tab = ReportsTab(filters_engine(), EngineBridge())
    qtbot.addWidget(tab)
    tab.show_report(sample_report())
    written = tab.export_csv(name, tmp_path / f"{name}.csv")
    assert written is not None
    with open(written, encoding="utf-8-sig", newline="") as f:
        back = list(csv.reader(f))
    view = tab.views[name]
    model = view.model()
    shown = [
        [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount())
        ]
    ] + [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert back == shown
    assert len(back) == 1 + len(sample_report()[name.lower()]) + (name == "Queues")
    assert back == table_rows(model)


def test_an_export_that_cannot_be_written_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    tab = ReportsTab(filters_engine(), EngineBridge())
    qtbot.addWidget(tab)
    tab.show_report(sample_report())
    assert tab.export_csv("Queues", tmp_path / "missing-folder" / "q.csv") is None
    assert tab.problem.text().startswith("Could not write q.csv")


# ------------------------------------------------------------------ the charts


def test_the_charts_draw_the_intervals_and_the_agents_day(
    qtbot: QtBot, artifacts: Path, shots: Path, utc: None
) -> None:
    tab = ReportsTab(filters_engine(), EngineBridge())
    qtbot.addWidget(tab)
    report = sample_report()
    tab.show_report(report)
    bars = tab.contacts_chart.bars
    assert list(bars["offered"].opts["height"]) == [12, 14, 0, 6]
    assert list(bars["abandoned"].opts["height"]) == [1, 3, 0, 1]
    chart = tab.service_level_chart
    assert chart.line is not None and chart.goal is not None
    xs, ys = chart.line.getData()
    assert list(xs) == [
        DAY + 9.25 * HOUR,
        DAY + 9.75 * HOUR,
        DAY + 10.25 * HOUR,
        DAY + 10.75 * HOUR,
    ]
    assert [round(y, 1) for y in ys if y == y] == [90.0, 55.0, 80.0]  # NaN: no contact, a gap
    assert chart.goal.value() == 80.0
    spans = tab.timeline_chart.spans
    assert sorted(spans) == ["available", "break", "busy", "wrap_up"]
    assert list(spans["available"].opts["y"]) == [2, 1]  # Ada on top, then Bo
    assert list(spans["break"].opts["x0"]) == [DAY + 10 * HOUR]
    legend = [w.text() for w in tab.timeline_chart.findChildren(type(tab.summary)) if w.text()]
    assert {"Available", "On a contact", "Wrap-up", "Break"} <= set(legend)
    save_pages(tab, artifacts, "reports")
    for page, name in (
        ("contacts-per-interval", "admin-reports"),
        ("agent-states", "admin-states"),
    ):
        shutil.copyfile(artifacts / f"reports-{page}.png", shots / f"{name}.png")


def test_an_interval_s_bars_stand_together_in_its_slot_named_by_its_start(
    qtbot: QtBot, utc: None
) -> None:
    tab = ReportsTab(filters_engine(), EngineBridge())
    qtbot.addWidget(tab)
    tab.resize(1180, 720)
    tab.show()
    tab.show_report(sample_report())
    chart = tab.contacts_chart
    series = [chart.bars[key] for key, _, _ in chart.SERIES]
    for slot in range(len(sample_report()["intervals"])):
        # Each series' bar of this interval, left to right: (left edge, right edge).
        edges = [
            (float(b.opts["x0"][slot]), float(b.opts["x0"][slot]) + float(b.opts["width"]))
            for b in series
        ]
        assert edges == sorted(edges)
        for (_, right), (left, _) in itertools.pairwise(edges):
            assert left == pytest.approx(right)  # touching: one group, no gap inside it
        # Within the interval's slot (slot ± 0.5), with a gap to the next slot.
        assert slot - 0.5 < edges[0][0] and edges[-1][1] < slot + 0.5
        assert (edges[0][0] + edges[-1][1]) / 2 == pytest.approx(slot)
    # The axis names each slot by its interval's start, under the group's middle.
    axis = chart.axis
    assert axis.tickStrings([0.0, 1.0, 2.0, 3.0], 1.0, 1.0) == ["09:00", "09:30", "10:00", "10:30"]
    ((_, ticks),) = axis.tickValues(-0.5, 3.5, 800.0)
    assert ticks == [0.0, 1.0, 2.0, 3.0]
    # Narrow, every other label: still at the slots' middles, never between.
    ((step, few),) = axis.tickValues(-0.5, 3.5, 100.0)
    assert step > 1 and few and all(t == int(t) for t in few)


def test_a_day_s_intervals_are_dated_and_many_slots_thin_their_labels(
    qtbot: QtBot, utc: None
) -> None:
    report = sample_report()
    report["until"] = DAY + 7 * 24 * HOUR
    report["interval_s"] = 86400
    report["intervals"] = [
        {"start": DAY + d * 24 * HOUR, "offered": d, "answered": d, "abandoned": 0}
        for d in range(7)
    ]
    tab = ReportsTab(filters_engine(), EngineBridge())
    qtbot.addWidget(tab)
    tab.show_report(report)
    axis = tab.contacts_chart.axis
    assert axis.tickStrings([0.0, 6.0], 1.0, 1.0) == ["2024-05-06", "2024-05-12"]
    report["interval_s"] = 900
    report["until"] = DAY + 24 * HOUR
    report["intervals"] = [
        {"start": DAY + q * 900, "offered": 1, "answered": 1, "abandoned": 0} for q in range(96)
    ]
    tab.show_report(report)
    ((step, ticks),) = axis.tickValues(-0.5, 95.5, 900.0)
    assert step >= 4 and len(ticks) <= 24  # labels that fit, not 96 on top of each other
    assert axis.tickStrings(ticks[:2], 1.0, step) == ["00:00", f"0{int(step) // 4}:00"]


def test_an_empty_period_says_so_on_the_charts(qtbot: QtBot) -> None:
    report = deepcopy(sample_report())
    for row in report["intervals"]:
        row.update(offered=0, answered=0, abandoned=0, service_level=None)
    report["timeline"] = []
    tab = ReportsTab(filters_engine(), EngineBridge())
    qtbot.addWidget(tab)
    tab.show()
    tab.show_report(report)
    for chart in (tab.contacts_chart, tab.service_level_chart, tab.timeline_chart):
        assert not chart.empty.isHidden()


def save_pages(tab: ReportsTab, artifacts: Path, prefix: str) -> None:
    """Every page of the tab as its user sees it, and each chart alone."""
    tab.apply_preset("Today", QDate(2024, 5, 6))  # the sample's day, as if run today
    tab.resize(1180, 720)
    tab.show()
    for page in range(tab.pages.count()):
        tab.pages.setCurrentIndex(page)
        QApplication.processEvents()
        title = tab.pages.tabText(page).lower().replace(" ", "-")
        tab.grab().save(str(artifacts / f"{prefix}-{title}.png"))
    for name, chart in (
        ("contacts", tab.contacts_chart),
        ("service-level", tab.service_level_chart),
        ("timeline", tab.timeline_chart),
    ):
        tab.pages.setCurrentWidget(chart)
        QApplication.processEvents()
        chart.grab().save(str(artifacts / f"{prefix}-chart-{name}.png"))
    tab.pages.setCurrentIndex(0)


# ------------------------------------------------------------ a real server


def local_day_start(day: QDate) -> float:
    return float(time.mktime((day.year(), day.month(), day.day(), 0, 0, 0, 0, 0, -1)))


async def known_day(desk: OwnerDesk, day: QDate) -> dict[str, int]:
    """A morning in the event log, its figures checked by hand below: Ada
    answers two calls of four (one within 20 s), one caller gives up after
    30 s and one hangs up at once (a short abandon); Ada takes a ten-minute
    break and works an hour in all."""
    server = desk.server
    queue = await server.owner(
        "POST",
        "/api/queues",
        json={"name": "support", "display_name": "Support", "service_level_s": 20},
    )
    team = await server.owner("POST", "/api/teams", json={"name": "Day shift"})
    ada, _ = await server.add_agent("ada", display_name="Ada Lovelace", team_id=team["id"])
    reason = (await server.owner("GET", "/api/break-reasons"))[0]["id"]
    t = local_day_start(day) + 9 * HOUR
    q, a = queue["id"], ada

    # The events an agent takes part in carry the agent; the caller's own do not.
    theirs = ("contact.entered", "contact.abandoned", "contact.closed")

    def contact(cid: str, at: float, kind: str, **data: Any) -> dict[str, Any]:
        agent = None if kind in theirs else a
        return {"at": t + at, "type": kind, "contact_id": cid, "queue_id": q,
                "agent_id": agent, "data": data}  # fmt: skip

    def state(at: float, name: str, **data: Any) -> dict[str, Any]:
        return {"at": t + at, "type": "agent.state", "agent_id": a, "data": {"state": name} | data}

    events = [
        state(0, "available"),
        contact("c1", 60, "contact.entered", channel="voice"),
        contact("c1", 65, "contact.offered", offer_id="o1"),
        contact("c1", 70, "contact.answered", wait_s=10, queue_wait_s=10, ring_s=5),
        contact("c1", 170, "contact.ended", talk_s=100, hold_s=0, reason="agent"),
        contact("c1", 200, "contact.wrapup_ended", wrap_s=30, reason="agent"),
        contact("c1", 200, "contact.closed", outcome="answered", wait_s=10),
        contact("c2", 300, "contact.entered", channel="voice"),
        contact("c2", 330, "contact.offered", offer_id="o2"),
        contact("c2", 340, "contact.answered", wait_s=40, queue_wait_s=40, ring_s=10),
        contact("c2", 400, "contact.held"),
        contact("c2", 420, "contact.resumed"),
        contact("c2", 540, "contact.ended", talk_s=180, hold_s=20, reason="agent"),
        contact("c2", 560, "contact.wrapup_ended", wrap_s=20, reason="agent"),
        contact("c2", 560, "contact.closed", outcome="answered", wait_s=40),
        contact("c3", 600, "contact.entered", channel="voice"),
        contact("c3", 630, "contact.abandoned", wait_s=30, queue_wait_s=30, phase="queued"),
        contact("c3", 630, "contact.closed", outcome="abandoned", wait_s=30),
        contact("c4", 700, "contact.entered", channel="voice"),
        contact("c4", 702, "contact.abandoned", wait_s=2, queue_wait_s=2, phase="queued"),
        contact("c4", 702, "contact.closed", outcome="abandoned", wait_s=2),
        state(1000, "break", reason_id=reason),
        state(1600, "available"),
        state(3600, "offline"),
    ]
    await server.app[STORE].append_events(events)
    return {"queue_id": q, "agent_id": a, "team_id": team["id"]}


async def test_a_known_day_on_a_real_server_reads_as_checked_by_hand(
    qtbot: QtBot, owner_desk: OwnerDesk, artifacts: Path
) -> None:
    day = QDate(2024, 5, 6)
    ids = await known_day(owner_desk, day)
    tab = ReportsTab(owner_desk.engine, owner_desk.bridge)
    qtbot.addWidget(tab)  # deleted before the interpreter goes: pyqtgraph needs it
    try:
        tab.show()
        await until(lambda: tab.team.count() == 2 and tab.queue.count() == 2)
        # It opens on today's report (the known day is in the past: nothing in it).
        await until(lambda: tab.run_button.isEnabled() and tab.model.report is not None)
        assert tab.model.report is not None
        assert tab.model.report["since"] == local_day_start(QDate.currentDate())
        tab.since.setDate(day)
        tab.until.setDate(day)
        tab.short_abandon.setValue(5)
        tab.run()
        await until(
            lambda: (
                tab.run_button.isEnabled()
                and (tab.model.report or {}).get("since") == local_day_start(day)
            )
        )
        assert not tab.problem.isVisible(), tab.problem.text()
        q = tab.model.queues
        assert column(q, "Queue") == ["Support"]  # the display name, not the slug
        # 4 offered; answered 2 (waits 10 s, 40 s); 2 abandoned, one under 5 s.
        assert [cell(q, 0, t) for t in ("Offered", "Answered", "Abandoned", "Short abandons")] == [
            "4", "2", "2", "1"
        ]  # fmt: skip
        assert cell(q, 0, "ASA") == "0:25"  # (10 + 40) / 2
        assert cell(q, 0, "Service level") == "33.3% in 20 s"  # 1 / (2 + 2 - 1)
        assert cell(q, 0, "Abandon rate") == "33.3%"  # (2 - 1) / (4 - 1)
        assert cell(q, 0, "AHT") == "2:55"  # (100 + 30 + 180 + 20 + 20) / 2
        assert [cell(q, 0, t) for t in ("Ring", "Talk", "Hold", "Wrap-up")] == [
            "0:07", "2:20", "0:10", "0:25"
        ]  # fmt: skip
        a = tab.model.agents
        assert column(a, "Agent") == ["Ada Lovelace"]
        assert [cell(a, 0, t) for t in ("Team", "Offered", "Handled", "Logged in", "Break")] == [
            "Day shift", "2", "2", "1:00:00", "10:00"
        ]  # fmt: skip
        assert cell(a, 0, "Occupancy") == "11.7%"  # 350 s busy, on hold or in wrap-up / 3000 s
        assert column(tab.model.teams, "Team") == ["Day shift"]
        nine = column(tab.model.intervals, "Interval").index("09:00-09:30")
        assert cell(tab.model.intervals, nine, "Offered") == "4"
        states = tab.timeline_chart.spans
        assert {"available", "ringing", "busy", "hold", "wrap_up", "break"} <= set(states)
        save_pages(tab, artifacts, "reports-server")

        # Filtered to a team with nobody in it: no agent rows.
        await owner_desk.server.owner("POST", "/api/teams", json={"name": "Night shift"})
        tab.load_filters()
        await until(lambda: tab.team.count() == 3)
        tab.team.setCurrentIndex(tab.team.findText("Night shift"))
        tab.run()
        await until(lambda: tab.run_button.isEnabled())
        assert tab.model.agents.rowCount() == 0
        assert ids["team_id"] != tab.team.currentData()
    finally:
        tab.close()


async def test_an_agents_token_is_refused_in_the_tab(
    qtbot: QtBot, start_server: StartServer, artifacts: Path
) -> None:
    server: Running = await start_server()
    await server.add_agent("ann", display_name="Ann Archer")
    bridge = EngineBridge()
    engine = Engine(bridge.post, client_name="callnest-test", audio=False)
    engine.start()
    tab = ReportsTab(engine, bridge)
    qtbot.addWidget(tab)
    try:
        await asyncio.wrap_future(engine.login(server.url, "ann", "password-ann"))
        tab.show()  # even the lists to filter by are refused
        await until(lambda: tab.problem.text().startswith("The queues and teams"))
        tab.run()
        await until(
            lambda: tab.run_button.isEnabled() and tab.problem.text().startswith("The report")
        )
        assert tab.problem.text() == (
            "The report could not be run: The server refused: this needs the owner or "
            "supervisor role."
        )
        assert tab.model.report is None
        tab.grab().save(str(artifacts / "reports-refused.png"))
    finally:
        await asyncio.to_thread(engine.shutdown)


def test_service_targets_per_queue_and_tier(qtbot: QtBot, utc: None) -> None:
    engine = filters_engine()
    tab = ReportsTab(engine, EngineBridge())
    qtbot.addWidget(tab)
    row = {
        "queue_id": 3,
        "name": "Customer support",
        "tier": 2,
        "items": 4,
        "responded": 3,
        "first_response_mean_s": 95.0,
        "first_response_p90_s": 130.0,
        "first_response_target_s": 120.0,
        "first_response_within_pct": 75.0,
        "resolved": 2,
        "resolution_mean_s": 3700.0,
        "resolution_p90_s": None,
        "resolution_target_s": None,
        "resolution_within_pct": None,
    }
    query = tab.query()
    path = f"/api/reports/service-targets?since={query.since}&until={query.until}"
    engine.rest_replies[path] = {
        "since": query.since,
        "until": query.until,
        "rows": [row],
        "definitions": {},
    }
    tab.run()
    qtbot.waitUntil(lambda: tab.targets.rowCount() == 1)
    cells = [str(tab.targets.model().index(0, c).data()) for c in range(tab.targets.columnCount())]
    assert cells == ["Customer support", "2 · Specialists", "4", "1:35 / 2:10", "75 %", "2",
                     "1:01:40 / —", "—"]  # fmt: skip
