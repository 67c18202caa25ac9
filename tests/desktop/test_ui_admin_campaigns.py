"""The Campaigns tab against a real server: a campaign made through its
editor (a value it can tell is wrong said first, in its words), people
added by number (a bad one refused in words, on its own line) and by a
customer search (counted first), started, paused, refused by the server in
its words once finished elsewhere, read in its report and its people, and
deleted; the do-not-call list added to, imported, exported and taken from;
and a supervisor reading it all with nothing to change it by. The server
has no phone line, so a running campaign places nothing: the calls in its
report are put in its store as a day of calling would have left them.
Rendered to PNG (test-artifacts/desktop/)."""

from __future__ import annotations

import csv
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from callnest.desktop.ui.admin import campaign_add_people, campaign_people
from callnest.desktop.ui.admin.campaign_add_people import AddPeopleDialog
from callnest.desktop.ui.admin.campaigns import CampaignsTab
from callnest.desktop.ui.admin.form import AdminEditor
from callnest.server.keys import STORE
from desktop.admin_server import OwnerDesk, desk_on, owner_desk, shot, until
from integration.conftest import Running, StartServer, start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here

CALLER_ID = "+38612345678"  # Slovenian: national numbers are read as SI


def table(rows: Any, columns: int | None = None) -> list[list[str]]:
    """A table model's rows as shown."""
    count = columns if columns is not None else rows.columnCount()
    return [[rows.data(rows.index(r, c)) for c in range(count)] for r in range(rows.rowCount())]


async def settled(tab: CampaignsTab | AdminEditor) -> None:
    """Every answer asked for is in."""
    if isinstance(tab, CampaignsTab):
        await until(lambda: not tab.busy())
    else:
        await until(lambda: tab.in_flight == 0)


async def seed(server: Running) -> dict[str, Any]:
    """A queue calling out from a Slovenian number, a script, three
    dispositions, an agent and three customers."""
    queue = await server.owner(
        "POST",
        "/api/queues",
        json={"name": "renewals", "display_name": "Renewals line", "outbound_caller_id": CALLER_ID},
    )
    script = await server.owner(
        "POST", "/api/scripts", json={"name": "Renewal offer", "body": "Hello {customer.name}"}
    )
    sale = await server.owner("POST", "/api/dispositions", json={"name": "Renewed"})
    no = await server.owner("POST", "/api/dispositions", json={"name": "Not interested"})
    machine = await server.owner("POST", "/api/dispositions", json={"name": "Answering machine"})
    ann, _ = await server.add_agent("ann", display_name="Ann Archer")
    for name, phones in (
        ("Nina Novak", ["+386 41 222 333"]),
        ("Nejc Novak", ["+386 51 444 555"]),
        ("Nadja Novak", []),
    ):
        await server.owner("POST", "/api/customers", json={"name": name, "phones": phones})
    return {
        "queue": queue,
        "script": script,
        "sale": sale,
        "no": no,
        "machine": machine,
        "ann": ann,
    }


async def calls_made(server: Running, seeded: dict[str, Any], campaign_id: int) -> None:
    """Four calls of the campaign, as the dialer and Ann would have left
    them: two reached (one renewed), one busy, one unanswered."""
    now = time.time()
    base = {
        "channel": "voice",
        "direction": "outbound",
        "queue_id": seeded["queue"]["id"],
        "state": "closed",
        "data": {"campaign": campaign_id},
    }
    calls = [
        {"outcome": "answered", "answered_at": now - 500, "agent_id": seeded["ann"],
         "talk_s": 185.0, "hold_s": 20.0, "wrap_s": 30.0, "disposition_id": seeded["sale"]["id"]},
        {"outcome": "answered", "answered_at": now - 300, "agent_id": seeded["ann"],
         "talk_s": 65.0, "wrap_s": 15.0, "disposition_id": seeded["no"]["id"]},
        {"outcome": "busy", "agent_id": seeded["ann"]},
        {"outcome": "no_answer", "agent_id": seeded["ann"], "ring_s": 30.0},
    ]  # fmt: skip
    placed = {"entered_at": now - 600, "offered_at": now - 590}
    await server.app[STORE].upsert_interactions(
        [base | placed | call | {"id": str(uuid.uuid4())} for call in calls]
    )


def yes_to_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question answered Yes; what was asked."""
    asked: list[str] = []

    def yes(_parent: object, _title: str, question: str) -> QMessageBox.StandardButton:
        asked.append(question)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked


async def open_tab(qtbot: QtBot, desk: OwnerDesk) -> CampaignsTab:
    tab = CampaignsTab(desk.engine, desk.bridge)
    qtbot.addWidget(tab)
    tab.resize(1180, 760)
    tab.show()
    await settled(tab)
    return tab


async def test_a_campaign_is_made_filled_started_paused_reported_and_deleted(
    owner_desk: OwnerDesk, qtbot: QtBot, artifacts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = owner_desk.server
    seeded = await seed(server)
    tab = await open_tab(qtbot, owner_desk)
    page, editor = tab.campaigns, tab.campaigns.editor
    assert not tab.read_only and page.poll.isActive()
    assert page.rows.rowCount() == 0
    assert editor.heading.text() == "New campaign"
    assert not page.pages.isTabEnabled(1)  # no report before there is a campaign

    # The form: progressive (no card to show), its own hours, its own retries.
    editor.name.setText("  Spring renewals ")
    editor.script.setCurrentText("Renewal offer")
    assert editor.queue.currentText() == "Renewals line"
    assert editor.form.isRowVisible(editor.preview_s)
    editor.mode_buttons["progressive"].setChecked(True)
    assert not editor.form.isRowVisible(editor.preview_s)
    editor.own_hours.setChecked(True)
    editor.start.setTime(QTime(18, 0))
    editor.end.setTime(QTime(9, 0))
    editor.save_button.click()
    assert editor.problem.text() == "The calling hours end (09:00) before they start (18:00)."
    assert editor.marked() == [editor.fields["calling_window"][1]]
    editor.start.setTime(QTime(8, 30))
    editor.end.setTime(QTime(19, 0))
    editor.days["sat"].setChecked(True)
    editor.max_attempts.setValue(4)
    editor.waits["busy"].setText("15")
    editor.waits["no_answer"].clear()  # not called again after no answer
    editor.success.tick([seeded["sale"]["id"]])
    editor.machine.tick([seeded["machine"]["id"]])
    editor.save_button.click()
    await until(lambda: page.rows.rowCount() == 1)
    await settled(tab)
    assert not editor.problem.isVisible()
    [stored] = await server.owner("GET", "/api/campaigns")
    assert {k: stored[k] for k in ("name", "queue_id", "script_id", "mode", "status")} == {
        "name": "Spring renewals",
        "queue_id": seeded["queue"]["id"],
        "script_id": seeded["script"]["id"],
        "mode": "progressive",
        "status": "draft",
    }
    assert stored["calling_window"] == {
        "start": "08:30",
        "end": "19:00",
        "days": ["mon", "tue", "wed", "thu", "fri", "sat"],
    }
    assert stored["retry"] == {
        "max_attempts": 4,
        "spacing_min": {"busy": 15, "machine": 120, "failed": 30, "interrupted": 5},
    }
    assert stored["success_dispositions"] == [seeded["sale"]["id"]]
    assert stored["machine_dispositions"] == [seeded["machine"]["id"]]
    assert editor.heading.text() == "Campaign “Spring renewals”"
    campaign_id = stored["id"]
    assert table(page.rows, 5) == [
        ["Spring renewals", "Renewals line", "Progressive", "Not started", "Nobody listed yet"]
    ]
    assert page.start_button.isEnabled() and page.start_button.text() == "Start"
    assert not page.pause_button.isEnabled()

    # People by number, in the queue's caller ID's country: a bad one refused
    # on its own line (the blank line counts), one given twice listed once.
    dialog = page.add_people()
    assert isinstance(dialog, AddPeopleDialog)
    adder = dialog.adder
    assert adder.region.currentData() == "SI"
    assert adder.region_note.text() == f"The country of the queue's caller ID, {CALLER_ID}."
    adder.numbers.setPlainText(
        "040 111 222, Ana Kovač\n\n+386 40 111 333; Bor Kos\n12\n040 111 222\n041 222 444"
    )
    monkeypatch.setattr(campaign_add_people, "BATCH", 2)  # three sends: lines 1-3, 4-5, 6
    adder.add_button.click()
    assert adder.progress.isVisible() and adder.progress.maximum() == 5
    assert not adder.add_button.isEnabled()
    shot(dialog, artifacts, "campaigns-add-people-sending")
    await until(lambda: adder.result.isVisible())
    monkeypatch.undo()
    assert adder.result.text() == "Added 3 · 1 already listed · 1 refused"
    assert adder.refused.texts() == [(4, "12", "'12' is not a phone number")]
    shot(dialog, artifacts, "campaigns-add-people")

    # And every customer a search finds, counted before anyone is added.
    adder.source.setCurrentIndex(1)
    assert not adder.add_button.isEnabled()
    adder.search.setText("Novak")
    adder.search.returnPressed.emit()
    await until(lambda: adder.matches.text() != "")
    assert adder.matches.text() == (
        "3 customers match; 2 with a phone number will be added, with their first number."
    )
    adder.add_button.click()
    await until(lambda: adder.result.text().startswith("Added 2"))
    assert adder.result.text() == "Added 2 · 0 already listed · 0 refused"
    assert not adder.refused.isVisible()
    shot(dialog, artifacts, "campaigns-add-customers")
    dialog.close()
    await until(lambda: page.rows.data(page.rows.index(0, 4)) == "0 of 5 reached")

    # Started, then paused: the buttons follow where it stands.
    page.start_button.click()
    await until(lambda: page.rows.data(page.rows.index(0, 3)) == "Running")
    assert not page.start_button.isEnabled() and page.pause_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert (await server.owner("GET", f"/api/campaigns/{campaign_id}"))["status"] == "running"
    shot(tab, artifacts, "campaigns")
    page.pause_button.click()
    await until(lambda: page.rows.data(page.rows.index(0, 3)) == "Paused")
    assert page.start_button.text() == "Resume" and page.delete_button.isEnabled()

    # Its report: the calls placed, in words and names.
    await calls_made(server, seeded, campaign_id)
    prospects = await server.owner("GET", f"/api/campaigns/{campaign_id}/prospects")
    for person in prospects[:2]:
        await server.app[STORE].set_prospect(
            person["id"], {"status": "done", "attempts": 1, "last_outcome": "answered"}
        )
    page.pages.setCurrentIndex(1)
    report = page.report_view
    report.refresh_button.click()
    await until(lambda: report.headline_texts()[0][1] == "4")
    assert report.headline_texts() == [
        ("Calls placed", "4", "attempts, retries included"),
        ("People reached", "2", "50.0% of the calls"),
        ("Conversion", "50.0%", "1 of those reached ended in success"),
        ("Abandon rate", "0.0%", "0 answered with no agent to take them"),
    ]
    assert table(report.outcomes) == [
        ["Answered", "2", "50.0%"],
        ["Busy", "1", "25.0%"],
        ["No answer", "1", "25.0%"],
    ]
    assert table(report.chosen) == [
        ["Not interested", "1", "50.0%", ""],
        ["Renewed", "1", "50.0%", "Yes"],
    ]
    assert table(report.progress) == [["To call", "3", "60.0%"], ["Reached", "2", "40.0%"]]
    assert table(report.agent_time) == [["Ann Archer", "4", "4:10", "0:20", "0:45"]]
    shot(tab, artifacts, "campaigns-report")

    # Its people, a page at a time, and by status.
    monkeypatch.setattr(campaign_people, "PAGE", 2)
    page.pages.setCurrentIndex(2)
    people = page.people
    await until(lambda: people.rows.rowCount() == 2 and people.in_flight == 0)
    assert people.page_text.text() == "People 1 to 2 of 5"
    assert table(people.rows, 4) == [
        ["+38640111222", "Ana Kovač", "Reached", "1"],
        ["+38640111333", "Bor Kos", "Reached", "1"],
    ]
    people.next_button.click()
    await until(lambda: people.page_text.text() == "People 3 to 4 of 5")
    assert people.previous_button.isEnabled()
    people.shown.setCurrentText("To call")
    await until(lambda: people.page_text.text() == "People 1 to 2 of 3" and people.in_flight == 0)
    assert [row[2] for row in table(people.rows)] == ["To call", "To call"]
    assert table(people.rows)[0][5] == "As soon as the hours allow"
    monkeypatch.undo()
    shot(tab, artifacts, "campaigns-people")

    # Finished elsewhere meanwhile: Resume is refused in the server's words.
    asked = yes_to_questions(monkeypatch)
    await server.owner("POST", f"/api/campaigns/{campaign_id}/finish")
    page.start_button.click()
    await until(lambda: page.problem.isVisible())
    assert page.problem.text() == "The server refused: this campaign is finished."
    await until(lambda: page.rows.data(page.rows.index(0, 3)) == "Finished")
    assert not page.start_button.isEnabled() and not page.finish_button.isEnabled()
    assert not page.add_people_button.isEnabled()

    # Deleted after a Yes, its list with it.
    page.delete_button.click()
    assert asked == [
        "Delete “Spring renewals” and its list of 5 people? Its report goes with it; its "
        "calls stay in Interactions and Reports."
    ]
    await until(lambda: page.rows.rowCount() == 0)
    assert await server.owner("GET", "/api/campaigns") == []
    assert editor.heading.text() == "New campaign"
    tab.hide()
    assert not page.poll.isActive()
    await settled(tab)


async def test_finishing_asks_first_and_a_name_too_long_is_said_before_sending(
    owner_desk: OwnerDesk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = owner_desk.server
    await seed(server)
    tab = await open_tab(qtbot, owner_desk)
    page, editor = tab.campaigns, tab.campaigns.editor
    editor.name.setText("x" * 201)
    editor.save_button.click()
    assert editor.problem.text() == "Name: String should have at most 200 characters"
    assert editor.marked() == [editor.name]
    editor.name.setText("Winback")
    editor.waits["machine"].setText("0")
    editor.save_button.click()
    assert editor.problem.text() == (
        "Answering machine: wait from 1 to 10080 minutes (a week), "
        "or leave it empty not to try again."
    )
    editor.waits["machine"].setText("240")
    editor.save_button.click()
    await until(lambda: page.rows.rowCount() == 1)

    asked: list[str] = []

    def no(_parent: object, _title: str, question: str) -> QMessageBox.StandardButton:
        asked.append(question)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    page.finish_button.click()
    assert asked == [
        "Finish “Winback”? Nobody more on its list is called, and it cannot be started "
        "again. Its report stays."
    ]
    await settled(tab)
    [campaign] = await server.owner("GET", "/api/campaigns")
    assert campaign["status"] == "draft"
    assert campaign["retry"]["spacing_min"]["machine"] == 240


async def test_the_do_not_call_list_is_added_to_imported_exported_and_taken_from(
    owner_desk: OwnerDesk, qtbot: QtBot, artifacts: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    server = owner_desk.server
    seeded = await seed(server)
    campaign = await server.owner(
        "POST", "/api/campaigns", json={"name": "Winback", "queue_id": seeded["queue"]["id"]}
    )
    tab = await open_tab(qtbot, owner_desk)
    tab.pages.setCurrentIndex(1)
    page = tab.do_not_call
    await settled(page)
    assert page.count.text() == "No numbers on the list."
    assert [page.scope.itemText(i) for i in range(page.scope.count())] == [
        "Every campaign",
        "Only “Winback”",
    ]

    # One for every campaign, one for Winback alone; a national number is refused.
    said: list[str] = []
    tab.status.connect(lambda text, _error: said.append(text))
    page.number.setText("+386 40 999 888")
    page.reason.setText("asked on the phone")
    page.add_button.click()
    await until(lambda: page.rows.rowCount() == 1)
    assert said == ["+386 40 999 888 is on the do-not-call list (Every campaign)."]
    page.number.setText("040 999 777")
    page.add_button.click()
    assert page.problem.text() == (
        "Number: write the number in international form, with + and the country code "
        "(+386 1 234 5678): a national number cannot be read without its country"
    )
    assert page.marked() == [page.number]
    page.number.setText("+386 40 999 777")
    page.scope.setCurrentIndex(1)
    page.reason.clear()
    page.add_button.click()
    await until(lambda: page.rows.rowCount() == 2)
    users = await server.owner("GET", "/api/users")
    owner_name = next(u["display_name"] for u in users if u["role"] == "owner")
    assert table(page.rows, 4) == [
        ["+38640999777", "Only “Winback”", "", owner_name],
        ["+38640999888", "Every campaign", "asked on the phone", owner_name],
    ]

    # A file: a "number" column with reasons, one not a number, one listed already.
    source = tmp_path / "numbers.csv"
    source.write_text(
        "Name,Number,Reason\n"
        "Ana,+386 41 000 111,complained\n"
        "Bor,00386 41 000 222,\n"
        "Cene,not a number,\n"
        "Dora,+386 40 999 888,again\n",
        encoding="utf-8",
    )
    page.scope.setCurrentIndex(0)
    page.reason.setText("from the old system")
    page.import_file(source)
    await until(lambda: page.result.isVisible() and page.in_flight == 0)
    assert page.result.text() == "numbers.csv: Added 2 · 1 already listed · 1 refused"
    assert page.refused.texts() == [
        (4, "not a number", "a phone number is + and digits (+386 1 234 5678)")
    ]
    assert page.rows.rowCount() == 4
    reasons = {row[0]: row[2] for row in table(page.rows)}
    assert reasons["+38641000111"] == "complained"
    assert reasons["+38641000222"] == "from the old system"
    # And one a line, with no header.
    plain = tmp_path / "plain.txt"
    plain.write_text("+386 41 000 333\n\n+386 41 000 444\n", encoding="utf-8")
    page.import_file(plain)
    await until(lambda: page.rows.rowCount() == 6 and page.in_flight == 0)
    assert page.result.text() == "plain.txt: Added 2 · 0 already listed · 0 refused"
    assert not page.refused.isVisible()
    listed = await server.owner("GET", "/api/do-not-call")
    assert len(listed) == 6
    assert {e["campaign_id"] for e in listed if e["number"] == "+38640999777"} == {campaign["id"]}

    # Exported as it reads.
    exported = tmp_path / "export.csv"
    page.export_to(exported)
    with exported.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))
    assert written[0] == ["Number", "Applies to", "Reason", "Added by", "When"]
    assert [row[:3] for row in written[1:]] == [row[:3] for row in table(page.rows)]
    assert len(written) == 7
    shot(tab, artifacts, "campaigns-do-not-call")

    # Taken off after a Yes.
    asked = yes_to_questions(monkeypatch)
    numbers = [row[0] for row in table(page.rows)]
    page.table.selectRow(numbers.index("+38641000222"))
    page.remove_button.click()
    assert asked == [
        "Take +38641000222 off the do-not-call list (Every campaign)? It may be called again."
    ]
    await until(lambda: page.rows.rowCount() == 5)
    left = await server.owner("GET", "/api/do-not-call")
    assert "+38641000222" not in {e["number"] for e in left}
    await settled(tab)


@pytest.fixture
async def supervisor_desk(start_server: StartServer) -> AsyncIterator[OwnerDesk]:
    """An engine logged in as Sue, a supervisor, with a campaign to read."""
    server: Running = await start_server()
    seeded = await seed(server)
    campaign = await server.owner(
        "POST", "/api/campaigns", json={"name": "Winback", "queue_id": seeded["queue"]["id"]}
    )
    await server.owner(
        "POST",
        f"/api/campaigns/{campaign['id']}/prospects",
        json={"prospects": [{"number": "+38640111222", "name": "Ana"}]},
    )
    await server.owner("POST", "/api/do-not-call", json={"number": "+38640999888"})
    await server.add_agent("sue", display_name="Sue Supervisor", role="supervisor")
    async with desk_on(server, "sue", "password-sue") as desk:
        yield desk


async def test_a_supervisor_reads_campaigns_and_changes_nothing(
    supervisor_desk: OwnerDesk, qtbot: QtBot, artifacts: Path
) -> None:
    tab = await open_tab(qtbot, supervisor_desk)
    page, editor = tab.campaigns, tab.campaigns.editor
    assert tab.read_only
    await until(lambda: page.rows.rowCount() == 1)
    assert table(page.rows, 5) == [
        ["Winback", "Renewals line", "Preview (10 s card)", "Not started", "0 of 1 reached"]
    ]
    page.table.selectRow(0)
    assert editor.name.text() == "Winback"
    for button in (
        page.new_button,
        page.add_people_button,
        page.start_button,
        page.pause_button,
        page.finish_button,
        page.delete_button,
        editor.save_button,
    ):
        assert not button.isVisible()
    assert not editor.name.isEnabled()  # read, never typed into
    assert page.add_people() is None
    page.pages.setCurrentIndex(1)
    await until(lambda: page.report_view.headline_texts()[0][1] == "0")
    page.pages.setCurrentIndex(0)
    shot(tab, artifacts, "campaigns-supervisor")
    tab.pages.setCurrentIndex(1)
    dnc = tab.do_not_call
    await until(lambda: dnc.rows.rowCount() == 1 and dnc.in_flight == 0)
    assert not dnc.remove_button.isVisible() and not dnc.import_button.isVisible()
    assert not dnc.add_button.isVisible() and dnc.export_button.isVisible()
    await settled(tab)
