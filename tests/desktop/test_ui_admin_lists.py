"""The Lists tab against a real server: dispositions and break reasons are
added, renamed, deactivated and deleted (after a confirmation), and what the
agent's desktop is offered follows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from callnest.desktop.ui.admin.lists import ListEditor, ListItem, ListsTab
from desktop.admin_server import OwnerDesk, owner_desk, shot, until
from integration.conftest import start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here

Item = TypeVar("Item", bound=ListItem)


def names(editor: ListEditor[Any]) -> list[str]:
    rows = (editor.rows.at(r) for r in range(editor.rows.rowCount()))
    return [r.name for r in rows if r is not None]


def select(editor: ListEditor[Any], name: str) -> None:
    editor.table.selectRow(names(editor).index(name))


async def test_add_rename_deactivate_and_delete(
    qtbot: QtBot, owner_desk: OwnerDesk, artifacts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = owner_desk.server
    tab = ListsTab(owner_desk.engine, owner_desk.bridge)
    qtbot.addWidget(tab)
    tab.resize(1150, 620)
    tab.show()
    dispositions, breaks = tab.dispositions, tab.break_reasons
    await until(lambda: dispositions.rows.rowCount() > 0 and breaks.rows.rowCount() > 0)
    seen_dispositions = len(names(dispositions))

    dispositions.new_item()
    dispositions.name.setText("Sale <made>")
    dispositions.description.setText("Paid by card")
    dispositions.save()
    await until(lambda: "Sale <made>" in names(dispositions))
    assert len(names(dispositions)) == seen_dispositions + 1

    breaks.new_item()
    breaks.name.setText("Coaching")
    breaks.flag_box.setChecked(True)
    breaks.save()
    await until(lambda: "Coaching" in names(breaks))
    stored = {b["name"]: b for b in await server.owner("GET", "/api/break-reasons")}
    assert stored["Coaching"]["paid"] is True and stored["Coaching"]["active"] is True

    # Rename, then deactivate: kept, but no longer offered to agents.
    select(breaks, "Coaching")
    await until(lambda: breaks.name.text() == "Coaching")
    breaks.name.setText("1:1 coaching")
    breaks.save()
    await until(lambda: "1:1 coaching" in names(breaks))
    breaks.toggle_button.click()
    await until(lambda: not _row(breaks, "1:1 coaching").active)
    assert breaks.toggle_button.text() == "Reactivate"
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token)
    offered = [b["name"] for b in desk.welcome["break_reasons"]]
    assert "1:1 coaching" not in offered
    assert "Sale <made>" in [d["name"] for d in desk.welcome["dispositions"]]
    await desk.close()
    shot(tab, artifacts, "lists")

    # Delete asks first; "No" keeps it.
    select(dispositions, "Sale <made>")
    await until(lambda: dispositions.editing is not None)
    asked: list[str] = []

    def answer(
        reply: QMessageBox.StandardButton,
    ) -> Callable[[object, str, str], QMessageBox.StandardButton]:
        def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dispositions.delete_button.click()
    assert asked and "Sale <made>" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dispositions.delete_button.click()
    await until(lambda: "Sale <made>" not in names(dispositions))
    stored_names = [d["name"] for d in await server.owner("GET", "/api/dispositions")]
    assert "Sale <made>" not in stored_names


async def test_a_name_taken_is_refused_and_kept_in_the_form(
    qtbot: QtBot, owner_desk: OwnerDesk
) -> None:
    tab = ListsTab(owner_desk.engine, owner_desk.bridge)
    qtbot.addWidget(tab)
    tab.show()
    dispositions = tab.dispositions
    await until(lambda: dispositions.rows.rowCount() > 0)
    taken = names(dispositions)[0]
    before = await owner_desk.server.owner("GET", "/api/dispositions")
    dispositions.new_item()
    dispositions.name.setText(taken)
    dispositions.save()
    await until(lambda: dispositions.problem.isVisible())
    assert "already" in dispositions.problem.text()
    assert dispositions.name.text() == taken
    dispositions.name.clear()
    dispositions.save()
    assert "name" in dispositions.problem.text()
    assert await owner_desk.server.owner("GET", "/api/dispositions") == before


def _row(editor: ListEditor[Item], name: str) -> Item:
    return next(
        r
        for r in (editor.rows.at(i) for i in range(editor.rows.rowCount()))
        if r is not None and r.name == name
    )
