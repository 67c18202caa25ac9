"""The Agents tab against a real server: an agent made with a team and skills
created on the spot is on the server as typed, and the password shown once
logs in; a change keeps how many e-mails they take at once unless it is
changed; a reset password logs in and the old one stops; refusals are shown
in the server's words beside the form, which keeps what was typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox

from callnest.desktop.ui.admin.agents import AgentsTab, grouped
from desktop.admin_server import OwnerDesk, cell, owner_desk, shot, until
from integration.conftest import start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here


def skill_row(tab: AgentsTab, name: str) -> int:
    table = tab.skill_levels
    return next(r for r in range(table.rowCount()) if cell(table, r, 0).text() == name)


def set_level(tab: AgentsTab, name: str, level: int) -> None:
    row = skill_row(tab, name)
    cell(tab.skill_levels, row, 0).setCheckState(Qt.CheckState.Checked)
    spin = tab.skill_levels.cellWidget(row, 1)
    assert isinstance(spin, QSpinBox) and spin.isEnabled()
    spin.setValue(level)


def logins(tab: AgentsTab) -> list[str]:
    rows = (tab.users.at(r) for r in range(tab.users.rowCount()))
    return [u.username for u in rows if u is not None]


async def open_tab(desk: OwnerDesk) -> AgentsTab:
    tab = AgentsTab(desk.engine, desk.bridge)
    tab.resize(1150, 720)
    tab.show()
    await until(lambda: tab.users.rowCount() >= 1 and tab.team.count() >= 1)
    return tab


async def test_an_agent_made_with_a_new_team_and_skills_is_on_the_server(
    qapp: QApplication, owner_desk: OwnerDesk, artifacts: Path
) -> None:
    server = owner_desk.server
    existing = await server.owner("POST", "/api/skills", json={"name": "Billing"})
    tab = await open_tab(owner_desk)
    await until(lambda: tab.skill_levels.rowCount() == 1)

    tab.new_team.setText("Night shift")
    tab.new_team.returnPressed.emit()
    await until(lambda: tab.team.currentText() == "Night shift")
    tab.new_skill.setText("French")
    tab.new_skill.returnPressed.emit()
    await until(lambda: tab.skill_levels.rowCount() == 2)
    assert tab.skill_levels.levels()  # a skill made while editing is ticked for them
    set_level(tab, "French", 7)
    set_level(tab, "Billing", 3)
    tab.display_name.setText("Ada Lovelace")
    tab.username.setText("ada")
    tab.role.setCurrentIndex(tab.role.findData("supervisor"))
    tab.takes_calls.setChecked(False)
    tab.chats.setValue(5)
    assert tab.emails.value() == 2  # the server's own default
    tab.emails.setValue(7)
    tab.save_button.click()
    await until(lambda: tab.password_dialog is not None and "ada" in logins(tab))

    teams = await server.owner("GET", "/api/teams")
    skills = {s["name"]: s["id"] for s in await server.owner("GET", "/api/skills")}
    ada = next(u for u in await server.owner("GET", "/api/users") if u["username"] == "ada")
    assert [t["name"] for t in teams] == ["Night shift"]
    assert {k: ada[k] for k in ada if k not in ("id", "created_at")} == {
        "username": "ada",
        "display_name": "Ada Lovelace",
        "role": "supervisor",
        "team_id": teams[0]["id"],
        "active": True,
        "voice_capacity": 0,
        "chat_capacity": 5,
        "email_capacity": 7,
        "skills": {str(skills["French"]): 7, str(existing["id"]): 3},
    }
    # The password made up by the server is shown once, copied, and logs in.
    dialog = tab.password_dialog
    assert dialog is not None and dialog.isVisible()
    password = dialog.password
    # Shown in groups of four in a fixed-width font; copied whole, no spaces.
    assert dialog.shown.text().split(" ") == [password[i : i + 4] for i in range(0, 16, 4)]
    assert QFontInfo(dialog.shown.font()).fixedPitch()
    assert dialog.shown.textFormat() == Qt.TextFormat.PlainText
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == password
    await server.login("ada", password)
    dialog.accept()  # modal: left open, it would hold every later test's focus
    shot(dialog, artifacts, "agents-password")
    dialog.close()

    # The list reads names, not ids; the form now edits Ada.
    row = logins(tab).index("ada")
    shown = [tab.users.data(tab.users.index(row, c)) for c in range(tab.users.columnCount())]
    assert shown == [
        "Ada Lovelace",
        "ada",
        "Supervisor",
        "Night shift",
        "Billing 3, French 7",
        "No",
        "5",
        "7",
        "Yes",
    ]
    assert tab.editing == ada["id"] and tab.reset_button.isEnabled()
    assert not tab.form.isRowVisible(tab.password)
    shot(tab, artifacts, "agents")


async def test_a_change_keeps_the_e_mails_at_once_unless_it_changes_them(
    qapp: QApplication, owner_desk: OwnerDesk
) -> None:
    server = owner_desk.server
    user_id, _ = await server.add_agent("dora", email_capacity=9, chat_capacity=2)
    tab = await open_tab(owner_desk)
    await until(lambda: "dora" in logins(tab))
    statuses: list[str] = []
    tab.status.connect(lambda text, _error: statuses.append(text))
    tab.table.selectRow(logins(tab).index("dora"))
    assert (tab.chats.value(), tab.emails.value()) == (2, 9)
    tab.chats.setValue(4)
    tab.save_button.click()
    await until(lambda: statuses == ["Saved Dora."])
    dora = await server.owner("GET", f"/api/users/{user_id}")
    assert (dora["chat_capacity"], dora["email_capacity"]) == (4, 9)

    tab.emails.setValue(0)  # no e-mails for Dora
    tab.save_button.click()
    await until(lambda: len(statuses) == 2 and not tab.in_flight)
    dora = await server.owner("GET", f"/api/users/{user_id}")
    assert (dora["chat_capacity"], dora["email_capacity"]) == (4, 0)
    row = logins(tab).index("dora")
    assert tab.users.data(tab.users.index(row, 7)) == "0"


async def test_a_reset_password_logs_in_and_the_old_one_stops(
    qapp: QApplication, owner_desk: OwnerDesk
) -> None:
    server = owner_desk.server
    user_id, _ = await server.add_agent("bob")
    tab = await open_tab(owner_desk)
    await until(lambda: "bob" in logins(tab))
    tab.table.selectRow(logins(tab).index("bob"))
    assert tab.editing == user_id and tab.username.text() == "bob"
    tab.reset_password(confirm=False)
    await until(lambda: tab.password_dialog is not None)
    assert tab.password_dialog is not None
    password = tab.password_dialog.password
    await server.login("bob", password)
    tab.password_dialog.accept()
    status, body = await server.call(
        "POST", "/api/login", json={"username": "bob", "password": "password-bob"}
    )
    assert status == 401, body


async def test_refusals_are_shown_beside_the_form_and_nothing_typed_is_lost(
    qapp: QApplication, owner_desk: OwnerDesk, artifacts: Path
) -> None:
    server = owner_desk.server
    await server.add_agent("ada")
    tab = await open_tab(owner_desk)
    await until(lambda: "ada" in logins(tab))
    statuses: list[tuple[str, bool]] = []
    tab.status.connect(lambda text, error: statuses.append((text, error)))

    # Checked here first: no name, nothing sent.
    tab.new_agent()
    tab.username.setText("grace")
    tab.save_button.click()
    assert tab.problem.text() == "Enter the person's name."
    assert tab.marked() == [tab.display_name]

    # The server's limit, in its words, on the field it names.
    long_name = "G" * 201
    tab.display_name.setText(long_name)
    tab.chats.setValue(4)
    tab.save_button.click()
    await until(lambda: tab.problem.text().startswith("Name:"))
    assert "at most 200 characters" in tab.problem.text()
    assert tab.marked() == [tab.display_name]
    assert (tab.display_name.text(), tab.username.text(), tab.chats.value()) == (
        long_name,
        "grace",
        4,
    )
    assert statuses[-1] == (tab.problem.text(), True)
    shot(tab, artifacts, "agents-error")

    # A login that is taken: the server's conflict, the login field marked.
    tab.display_name.setText("Another Ada")
    tab.username.setText("ada")
    tab.save_button.click()
    await until(lambda: "already exists" in tab.problem.text())
    assert tab.marked() == [tab.username]
    assert tab.display_name.text() == "Another Ada"
    users = await server.owner("GET", "/api/users")
    assert len(users) == 2  # the owner and the first Ada only

    # Fixed, it saves; the problem goes.
    tab.username.setText("ada.two")
    tab.save_button.click()
    await until(lambda: "ada.two" in logins(tab))
    assert tab.problem.isHidden()
    assert statuses[-1] == ("Created Another Ada.", False)
    assert tab.password_dialog is not None
    tab.password_dialog.accept()  # modal: left open, it would hold later tests' focus


async def test_deactivating_asks_first_and_renaming_a_team_is_inline(
    qapp: QApplication, owner_desk: OwnerDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = owner_desk.server
    team = await server.owner("POST", "/api/teams", json={"name": "Day"})
    user_id, _ = await server.add_agent("carl", team_id=team["id"])
    tab = await open_tab(owner_desk)
    await until(lambda: "carl" in logins(tab) and tab.team_list.count() == 1)
    tab.table.selectRow(logins(tab).index("carl"))
    assert tab.team.currentText() == "Day"

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    tab.deactivate_button.click()  # No: nothing happens
    assert (await server.owner("GET", f"/api/users/{user_id}"))["active"] is True
    tab.deactivate_button.click()  # Yes
    await until(lambda: not tab.deactivate_button.isEnabled())
    assert (await server.owner("GET", f"/api/users/{user_id}"))["active"] is False
    await until(lambda: tab.users.data(tab.users.index(logins(tab).index("carl"), 8)) == "No")

    item = tab.team_list.item(0)
    item.setText("Day shift")
    await until(lambda: tab.team.currentText() == "Day shift")
    assert [t["name"] for t in await server.owner("GET", "/api/teams")] == ["Day shift"]
    carl_row = logins(tab).index("carl")
    assert tab.users.data(tab.users.index(carl_row, 3)) == "Day shift"


def test_a_password_is_grouped_for_reading_not_changed() -> None:
    assert grouped("k7m3p9xa2bcdefgh") == "k7m3 p9xa 2bcd efgh"
    assert grouped("abcdef") == "abcd ef"  # an odd length loses nothing
    assert grouped("k7m3p9xa2bcdefgh").replace(" ", "") == "k7m3p9xa2bcdefgh"
