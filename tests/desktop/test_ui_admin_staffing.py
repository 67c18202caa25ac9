"""The Staffing tab: it answers how many agents an interval needs as the
owner types, with the published Erlang C figures, shows what a few agents
fewer or more would do, takes its load from a report, and says plainly when
the inputs make no sense."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.ui.admin.staffing import NEVER, StaffingTab
from desktop.fakes import FakeEngine
from desktop.test_ui_admin_reports import DAY, HOUR, column, sample_report


def staffing_tab(qtbot: QtBot) -> StaffingTab:
    tab = StaffingTab(FakeEngine(), EngineBridge())
    qtbot.addWidget(tab)
    return tab


def set_load(
    tab: StaffingTab, calls: float, minutes: int, aht_s: int, pct: int, within: int
) -> None:
    tab.calls.setValue(calls)
    tab.interval_min.setValue(minutes)
    tab.aht_s.setValue(aht_s)
    tab.target_pct.setValue(pct)
    tab.within_s.setValue(within)


def selected_agents(tab: StaffingTab) -> str:
    rows = tab.trade_off_view.selectionModel().selectedRows()
    assert len(rows) == 1
    return str(tab.trade_off.data(rows[0], Qt.ItemDataRole.DisplayRole))


def test_the_published_erlang_c_example(qtbot: QtBot, artifacts: Path, shots: Path) -> None:
    # The textbook case (callcentrehelper.com, "Erlang C made simple"): 100 calls
    # in 30 minutes, 3-minute AHT, 80% in 20 s -> 10 erlangs and 14 agents:
    # 17.4% of calls wait, ASA 7.8 s, service level 88.8%, occupancy 71.4%.
    tab = staffing_tab(qtbot)
    set_load(tab, 100, 30, 180, 80, 20)
    assert tab.answer.text() == "14 agents needed"
    assert "service level 88.8% within 20 s" in tab.details.text()
    assert "ASA 0:07" in tab.details.text() and "occupancy 71.4%" in tab.details.text()
    assert "10.00 erlangs" in tab.details.text()
    assert tab.method.text().startswith("Erlang C")
    t = tab.trade_off
    assert column(t, "Agents") == ["12", "13", "14", "15", "16", "17"]
    assert column(t, "Service level")[:3] == ["64.0%", "79.6%", "88.8%"]
    assert column(t, "Calls that wait")[2] == "17.4%"
    assert column(t, "Occupancy")[2] == "71.4%"
    assert column(t, "Abandon rate") == ["—"] * 6  # Erlang C has no abandons
    assert tab.trade_off_view.isColumnHidden(5)
    assert selected_agents(tab) == "14"  # the answer stands out in the trade-off
    tab.resize(1000, 520)
    tab.show()
    QApplication.processEvents()
    tab.grab().save(str(artifacts / "staffing.png"))
    tab.grab().save(str(shots / "admin-staffing.png"))


def test_it_recomputes_as_the_owner_types(qtbot: QtBot) -> None:
    tab = staffing_tab(qtbot)
    set_load(tab, 100, 30, 180, 80, 20)
    tab.target_pct.setValue(90)  # 14 agents make 88.8%: one more is needed
    assert tab.answer.text() == "15 agents needed"
    tab.use_max_occupancy.setChecked(True)
    tab.max_occupancy_pct.setValue(65)  # 15 agents are 66.7% busy, 16 are 62.5%
    assert tab.answer.text() == "16 agents needed"
    tab.use_max_occupancy.setChecked(False)
    tab.calls.setValue(0)
    assert tab.answer.text() == "1 agent needed"


def test_with_a_patience_callers_hang_up_and_fewer_agents_do(qtbot: QtBot, artifacts: Path) -> None:
    tab = staffing_tab(qtbot)
    set_load(tab, 100, 30, 180, 80, 20)
    assert not tab.patience_s.isEnabled()
    tab.use_patience.setChecked(True)
    assert tab.patience_s.isEnabled()
    tab.patience_s.setValue(120)
    tab.show()
    QApplication.processEvents()
    tab.grab().save(str(artifacts / "staffing-erlang-a.png"))
    # Callers who give up stop waiting for the others: 80% within 20 s
    # comes with 12 agents, and 6.2% of the callers hang up.
    assert tab.answer.text() == "12 agents needed"
    assert "abandon rate 6.2%" in tab.details.text()
    assert tab.method.text().startswith("Erlang A")
    assert column(tab.trade_off, "Abandon rate")[2] == "6.2%"
    assert not tab.trade_off_view.isColumnHidden(5)  # shown only when there are abandons


def test_too_few_agents_never_catch_up(qtbot: QtBot) -> None:
    tab = staffing_tab(qtbot)
    set_load(tab, 100, 30, 180, 50, 20)  # 10 erlangs; 50% needs 12, so 10 is in the table
    assert column(tab.trade_off, "Agents")[0] == "10"
    assert column(tab.trade_off, "ASA")[0] == NEVER
    assert column(tab.trade_off, "Service level")[0] == "0.0%"


def test_from_report_fills_in_the_busiest_interval(qtbot: QtBot) -> None:
    tab = staffing_tab(qtbot)
    assert not tab.from_report.isEnabled()  # nothing to fill from yet
    report = sample_report()
    report["queues"][0]["service_level_s"] = 15.0  # the busiest queue's threshold
    tab.use_report(report)
    assert tab.from_report.isEnabled()
    tab.from_report.click()
    # 09:30-10:00 had 14 calls with an AHT of 4:20 (260 s).
    assert (tab.calls.value(), tab.interval_min.value(), tab.aht_s.value()) == (14.0, 30, 260)
    assert tab.within_s.value() == 15
    assert "had 14 calls" in tab.source.text() and "AHT 4:20" in tab.source.text()
    assert tab.answer.text().endswith("needed")


def test_a_report_with_no_intervals_fills_nothing(qtbot: QtBot) -> None:
    tab = staffing_tab(qtbot)
    empty: dict[str, Any] = {"since": DAY, "until": DAY + HOUR, "intervals": []}
    tab.use_report(empty)
    assert not tab.from_report.isEnabled()


def test_a_load_past_what_it_estimates_is_refused_plainly_and_kept(qtbot: QtBot) -> None:
    tab = staffing_tab(qtbot)
    set_load(tab, 100, 30, 180, 80, 20)
    tab.interval_min.setValue(1)  # 100 calls of 3 minutes in one minute: 300 erlangs, fine
    assert tab.answer.text() == "309 agents needed"
    tab.calls.setValue(5000)  # 15,000 erlangs
    assert tab.answer.text() == "—"
    assert tab.problem.text().startswith("That is 15,000 agents' worth of calls at once")
    assert tab.trade_off.rowCount() == 0
    assert tab.calls.value() == 5000  # what was typed stays
    tab.interval_min.setValue(30)  # 500 erlangs: an answer again, the message gone
    assert tab.answer.text().endswith("agents needed")
    assert tab.problem.isHidden()
