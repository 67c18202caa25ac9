"""The Queues tab: what it makes of typed hours, holidays and destinations
(no screen needed), and against a real server a queue made and changed with
its IVR menu, hours, overflow, skills, script, callbacks, language and
service targets reads back exactly as typed;
a value the server refuses is shown in its words and the form keeps it all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QSpinBox

from callnest.desktop.engine.session import RestError
from callnest.desktop.models.admin import (
    business_hours,
    duplicates,
    form_problem,
    parse_spans,
    parse_target,
    refusal_problems,
    target_text,
)
from callnest.desktop.ui.admin.queues import QueuesTab
from callnest.protocol import FieldProblem, rest
from desktop.admin_server import OwnerDesk, cell, owner_desk, shot, until
from integration.conftest import start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here

# The fields this tab edits (chat settings have their own).
EDITED = set(rest.QueueFields.model_fields) - {"canned_responses", "calls_while_chatting"}

# ------------------------------------------------------------ no screen


def test_the_field_a_refusal_names_is_found_and_said_in_the_forms_words() -> None:
    assert form_problem({"field": "max_wait_s", "problem": "Input should be greater than 0"}) == (
        "max_wait_s",
        "Input should be greater than 0",
    )
    assert form_problem(
        {
            "field": "business_hours",
            "problem": "Value error, business_hours.timezone: unknown time zone 'X'",
        }
    ) == ("business_hours", "timezone: unknown time zone 'X'")
    assert form_problem({"field": "ivr_menu.1.key", "problem": "String should match"}) == (
        "ivr_menu",
        "String should match",
    )


def test_a_refusal_names_its_fields_in_its_details_or_the_request_models() -> None:
    taken: list[FieldProblem] = [{"field": "name", "problem": "name 'sales' already exists"}]
    refused = RestError(409, "conflict", "The server refused: name 'sales' already exists.", taken)
    assert refusal_problems(refused) == tuple(taken)
    # An import's refusal names its file's lines, not fields.
    lines = [{"line": 3, "problem": "no name"}]
    assert refusal_problems(RestError(422, "invalid_csv", "nothing was imported", lines)) == ()
    # The request's own model refuses before anything is sent, naming the field.
    with pytest.raises(ValidationError) as bad:
        rest.QueueFields(name="Sales!", display_name="Sales")
    assert [problem["field"] for problem in refusal_problems(bad.value)] == ["name"]
    assert refusal_problems(RestError(0, "unreachable", "The server could not be reached.")) == ()


def test_opening_hours_are_read_as_typed_and_a_slip_names_the_day() -> None:
    assert parse_spans("9:00-12:30, 13:30 \u2013 17:00", "Monday") == [
        ["09:00", "12:30"],
        ["13:30", "17:00"],
    ]
    assert parse_spans("  ", "Monday") == []
    with pytest.raises(ValueError, match=r"^Tuesday: write the opening hours as 09:00-17:00"):
        parse_spans("9 to 5", "Tuesday")
    assert business_hours(
        " Europe/Paris ", {"mon": "09:00-17:00", "sun": ""}, "2026-12-25,  2027-01-01\n2027-05-01"
    ) == {
        "timezone": "Europe/Paris",
        "weekly": {"mon": [["09:00", "17:00"]]},
        "holidays": ["2026-12-25", "2027-01-01", "2027-05-01"],
    }


def test_destinations_round_trip_in_the_servers_stored_form() -> None:
    for text in ("queue:4", "voicemail", "callback", "reject", None):
        assert target_text(*parse_target(text)) == text
    assert target_text("queue", None) is None
    assert duplicates(["1", "2", "1", "3", "2", "1"]) == ["1", "2"]


# ------------------------------------------------------------ a real server


async def open_tab(desk: OwnerDesk) -> QueuesTab:
    tab = QueuesTab(desk.engine, desk.bridge)
    tab.resize(1250, 860)
    tab.show()
    await until(lambda: tab.hold_music.count() >= 1 and tab.script.count() >= 1)
    return tab


def names(tab: QueuesTab) -> list[str]:
    rows = (tab.queues.at(r) for r in range(tab.queues.rowCount()))
    return [q.name for q in rows if q is not None]


def fill_choice(tab: QueuesTab, row: int, key: str, label: str, queue: str) -> None:
    keys, target = tab.ivr.cellWidget(row, 0), tab.ivr.cellWidget(row, 2)
    assert isinstance(keys, QComboBox) and isinstance(target, QComboBox)
    keys.setCurrentText(key)
    cell(tab.ivr, row, 1).setText(label)
    target.setCurrentIndex(target.findData(queue))
    assert target.currentData() == queue


def set_step(tab: QueuesTab, row: int, after_s: float, level: int) -> None:
    after, minimum = tab.steps.cellWidget(row, 0), tab.steps.cellWidget(row, 1)
    assert isinstance(after, QDoubleSpinBox) and isinstance(minimum, QSpinBox)
    after.setValue(after_s)
    minimum.setValue(level)


def tick_skill(tab: QueuesTab, name: str, level: int) -> None:
    table = tab.skill_levels
    row = next(r for r in range(table.rowCount()) if cell(table, r, 0).text() == name)
    cell(table, row, 0).setCheckState(Qt.CheckState.Checked)
    spin = table.cellWidget(row, 1)
    assert isinstance(spin, QSpinBox)
    spin.setValue(level)


def stored(queue: dict[str, Any]) -> dict[str, Any]:
    """The fields this tab edits, as JSON: as the server holds them, or as the tab sends them."""
    assert set(queue) >= EDITED
    return {k: v for k, v in queue.items() if k in EDITED}


async def setting_up(desk: OwnerDesk) -> dict[str, Any]:
    server = desk.server
    sales = await server.owner(
        "POST", "/api/queues", json={"name": "sales", "display_name": "Sales"}
    )
    french = await server.owner("POST", "/api/skills", json={"name": "French"})
    script = await server.owner("POST", "/api/scripts", json={"name": "Greeting", "body": "Hi"})
    return {"sales": sales, "french": french, "script": script}


async def type_a_queue(tab: QueuesTab, made: dict[str, Any]) -> None:
    tab.new_queue()
    QTest.keyClicks(tab.display_name, "Support & Help")
    assert tab.name.text() == "support-help"  # the web address follows the name
    tab.strategy.setCurrentIndex(tab.strategy.findData("skills-based"))
    tab.priority.setValue(5)
    tab.ring_timeout.setValue(15)
    tab.wrap_up.setValue(45)
    tab.autopause.setValue(2)
    tab.service_level.setValue(30)
    tab.script.setCurrentIndex(tab.script.findData(made["script"]["id"]))
    tab.limit_wait.setChecked(True)
    tab.max_wait.setValue(300)
    tab.overflow.kind.setCurrentIndex(tab.overflow.kind.findData("queue"))
    tab.overflow.queue.setCurrentIndex(tab.overflow.queue.findData(made["sales"]["id"]))
    tab.announce_every.setValue(45)
    tick_skill(tab, "French", 6)
    set_step(tab, 0, 0, 6)
    tab.add_step()
    set_step(tab, 1, 60, 3)
    tab.add_choice()
    tab.add_choice()
    fill_choice(tab, 0, "1", "Sales", "sales")
    fill_choice(tab, 1, "9", "Billing", "sales")
    tab.hours_box.setChecked(True)
    tab.timezone.setCurrentText("Europe/Paris")
    tab.days["mon"].setText("9:00-12:00, 13:00-17:00")
    tab.days["fri"].setText("09:00-15:30")
    tab.holidays.setText("2026-12-25, 2027-01-01")
    tab.after_hours.kind.setCurrentIndex(tab.after_hours.kind.findData("voicemail"))
    tab.caller_id.setText("00386 1 234 5678")  # written as people do
    tab.recording_notice.setChecked(True)
    tab.callbacks_offered.setChecked(True)
    tab.callback_preview.setValue(25)
    tab.callback_priority.setValue(40)
    assert tab.language.currentData() == "en"  # a new queue's, until chosen
    tab.language.setCurrentIndex(tab.language.findData("sl"))
    assert tab.language.currentText() == "Slovenščina"  # in its own language
    tab.caller_languages["sl"].setChecked(True)  # a phone caller picks one of these
    tab.caller_languages["en"].setChecked(True)
    # Its e-mails, tasks and callbacks answered within an hour, done within a
    # day; past either while waiting, to the sales queue's specialists.
    assert not tab.limit_first_response.isChecked() and not tab.first_response_target.isEnabled()
    tab.limit_first_response.setChecked(True)
    tab.first_response_target.setValue(3600)
    tab.limit_resolution.setChecked(True)
    tab.resolution_target.setValue(86400)
    assert tab.escalate_to.currentData() is None  # none yet: the supervisors
    tab.escalate_to.setCurrentIndex(tab.escalate_to.findData(made["sales"]["id"]))


async def test_a_queue_made_and_changed_reads_back_as_typed(
    qapp: QApplication, owner_desk: OwnerDesk, artifacts: Path
) -> None:
    server = owner_desk.server
    made = await setting_up(owner_desk)
    tab = await open_tab(owner_desk)
    await until(lambda: names(tab) == ["sales"] and tab.skill_levels.rowCount() == 1)
    await type_a_queue(tab, made)
    tab.save_button.click()
    await until(lambda: "support-help" in names(tab))

    queue = next(q for q in await server.owner("GET", "/api/queues") if q["name"] != "sales")
    sales_id, french_id = made["sales"]["id"], made["french"]["id"]
    typed = {
        "name": "support-help",
        "display_name": "Support & Help",
        "strategy": "skills-based",
        "priority": 5,
        "ring_timeout_s": 15,
        "wrap_up_s": 45,
        "max_wait_s": 300,
        "overflow_target": f"queue:{sales_id}",
        "service_level_s": 30,
        "autopause_misses": 2,
        "skill_steps": [{"after_s": 0, "min_level": 6}, {"after_s": 60, "min_level": 3}],
        "business_hours": {
            "timezone": "Europe/Paris",
            "weekly": {
                "mon": [["09:00", "12:00"], ["13:00", "17:00"]],
                "fri": [["09:00", "15:30"]],
            },
            "holidays": ["2026-12-25", "2027-01-01"],
        },
        "after_hours_action": "voicemail",
        "script_id": made["script"]["id"],
        "skills": {str(french_id): 6},
        "hold_music": "default",
        "announce_every_s": 45,
        "ivr_menu": [
            {"key": "1", "label": "Sales", "queue": "sales"},
            {"key": "9", "label": "Billing", "queue": "sales"},
        ],
        "outbound_caller_id": "+38612345678",
        "recording_notice": True,
        "callbacks_offered": True,
        "callback_preview_s": 25,
        "callback_priority": 40,
        "language": "sl",
        "caller_languages": ["en", "sl"],  # in the protocol's order
        "first_response_target_s": 3600,
        "resolution_target_s": 86400,
        "escalate_to_queue_id": sales_id,
    }
    assert stored(queue) == typed
    assert tab.editing == queue["id"] and tab.title.text() == "Edit Support & Help"
    shot(tab, artifacts, "queues")  # the callbacks' section under the waiting callers'

    # Changed: another priority, no hours, a callback on overflow, one IVR
    # choice, the trunk's own caller ID; callbacks placed at once, not ahead
    # of new calls, and no longer offered while waiting.
    tab.priority.setValue(-3)
    tab.caller_id.clear()
    tab.hours_box.setChecked(False)
    tab.overflow.kind.setCurrentIndex(tab.overflow.kind.findData("callback"))
    tab.limit_wait.setChecked(False)
    tab.announce.setChecked(False)
    tab.ivr.selectRow(1)
    tab._remove_selected(tab.ivr)
    tab.callbacks_offered.setChecked(False)
    tab.callback_preview.setValue(0)
    tab.callback_priority.setValue(0)
    assert tab.callback_preview.text() == "placed at once"
    # No first-response target any more; past the resolution target, the supervisors.
    tab.limit_first_response.setChecked(False)
    tab.escalate_to.setCurrentIndex(tab.escalate_to.findData(None))
    # The queue being edited is not one it may escalate to.
    assert tab.escalate_to.findData(queue["id"]) < 0
    tab.save_button.click()
    await until(lambda: (q := tab.queues.row(queue["id"])) is not None and q.priority == -3)
    changed = await server.owner("GET", f"/api/queues/{queue['id']}")
    assert stored(changed) == typed | {
        "priority": -3,
        "business_hours": None,
        "overflow_target": "callback",
        "max_wait_s": None,
        "announce_every_s": None,
        "ivr_menu": [{"key": "1", "label": "Sales", "queue": "sales"}],
        "outbound_caller_id": None,
        "callbacks_offered": False,
        "callback_preview_s": 0,
        "callback_priority": 0,
        "first_response_target_s": None,
        "escalate_to_queue_id": None,
    }

    # Chosen again from the list, the form shows what the server holds.
    tab.new_queue()
    assert tab.language.currentData() == "en"
    tab.table.selectRow(names(tab).index("support-help"))
    assert tab.language.currentData() == "sl" and tab.language.currentText() == "Slovenščina"
    assert [c for c, box in tab.caller_languages.items() if box.isChecked()] == ["en", "sl"]
    assert not tab.limit_first_response.isChecked() and tab.limit_resolution.isChecked()
    assert tab.resolution_target.value() == 86400 and tab.escalate_to.currentData() is None
    assert stored(tab.values().model_dump(mode="json")) == stored(changed) | {
        "business_hours": None
    }


async def test_a_refused_value_is_shown_in_the_servers_words_and_the_form_keeps_it(
    qapp: QApplication, owner_desk: OwnerDesk, artifacts: Path
) -> None:
    server = owner_desk.server
    made = await setting_up(owner_desk)
    tab = await open_tab(owner_desk)
    await until(lambda: names(tab) == ["sales"] and tab.skill_levels.rowCount() == 1)
    await type_a_queue(tab, made)

    # Checked here: the same key twice; nothing is sent.
    fill_choice(tab, 1, "1", "Billing", "sales")
    tab.save_button.click()
    assert tab.problem.text() == "Key 1 is used for two choices: give each its own."
    assert tab.marked() == [tab.ivr]
    fill_choice(tab, 1, "9", "Billing", "sales")

    # Checked here too: hours that cannot be read name their day.
    tab.days["tue"].setText("nine to five")
    tab.save_button.click()
    assert tab.problem.text().startswith("Tuesday: write the opening hours as 09:00-17:00")
    tab.days["tue"].setText("")

    # The server's judgement: no 13th month.
    tab.holidays.setText("2026-12-25, 2026-13-01")
    before = tab.values()
    tab.save_button.click()
    await until(lambda: tab.problem.text().startswith("Business hours:"))
    assert tab.problem.text() == "Business hours: holidays: month must be in 1..12"
    assert tab.marked() == [tab.hours_box]
    assert tab.values() == before  # every field as typed
    assert [q["name"] for q in await server.owner("GET", "/api/queues")] == ["sales"]
    shot(tab, artifacts, "queues-error")

    # A caller ID that is not a number, on its field.
    tab.holidays.setText("2026-12-25")
    tab.caller_id.setText("reception")
    tab.save_button.click()
    await until(lambda: tab.marked() == [tab.caller_id])
    assert tab.problem.text().startswith("Caller ID on outbound calls: ")
    tab.caller_id.setText("+386 1 234 5678")

    # And a time zone it does not know.
    tab.holidays.setText("2026-12-25")
    tab.timezone.setCurrentText("Europe/Atlantis")
    tab.save_button.click()
    await until(lambda: "unknown time zone 'Europe/Atlantis'" in tab.problem.text())

    # Put right, it saves and the problem goes.
    tab.timezone.setCurrentText("Europe/Paris")
    tab.save_button.click()
    await until(lambda: "support-help" in names(tab))
    assert tab.problem.isHidden() and tab.marked() == []


async def test_a_queue_is_deleted_after_asking(
    qapp: QApplication, owner_desk: OwnerDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = owner_desk.server
    await setting_up(owner_desk)
    tab = await open_tab(owner_desk)
    await until(lambda: names(tab) == ["sales"])
    tab.table.selectRow(0)
    assert tab.display_name.text() == "Sales" and tab.delete_button.isEnabled()
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    tab.delete_button.click()
    await until(lambda: names(tab) == [])
    assert await server.owner("GET", "/api/queues") == []
    assert tab.editing is None and tab.display_name.text() == ""
