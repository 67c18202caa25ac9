"""The Callbacks tab against a real server: with none, it says what callbacks
are; then the open ones, soonest due first, each in words (who asked, how
the last attempt went, where it stands); the other statuses by the filter;
one called off after asking, and one the server will not call off (it is
being dialled meanwhile) said in its words. Rendered to PNG
(test-artifacts/desktop/)."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from callnest.desktop.models.callbacks import local_when
from callnest.desktop.ui.admin.callbacks import WHAT_CALLBACKS_ARE, CallbacksTab
from callnest.server.keys import STORE
from desktop.admin_server import OwnerDesk, owner_desk, shot, until
from integration.conftest import Running, start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here

COLUMNS = ["Due", "Customer", "Number", "Queue", "Source", "Attempts", "Last outcome", "Status"]


def table(tab: CallbacksTab) -> list[dict[str, str]]:
    """The rows as shown, by column title (the note aside)."""
    rows = tab.rows
    return [
        {title: rows.data(rows.index(r, c)) for c, title in enumerate(COLUMNS)}
        for r in range(rows.rowCount())
    ]


def numbers(tab: CallbacksTab) -> list[str]:
    return [row["Number"] for row in table(tab)]


async def showing(tab: CallbacksTab, title: str) -> None:
    """The filter set to ``title``, and its answer in."""
    tab.shown.setCurrentText(title)
    await until(lambda: tab.in_flight == 0)


async def seed(server: Running) -> dict[str, Any]:
    """One callback of each kind: asked for by an agent over REST, and the
    others as the server's own life would have left them in its store."""
    support = await server.owner(
        "POST", "/api/queues", json={"name": "support", "display_name": "Customer support"}
    )
    carla = await server.owner(
        "POST", "/api/customers", json={"name": "Carla Jones", "phones": ["+44 20 7946 0000"]}
    )
    now = time.time()
    by_agent = await server.owner(
        "POST",
        "/api/callbacks",
        json={
            "queue_id": support["id"],
            "number": "+44 20 7946 0000",
            "at": now + 2 * 86400,
            "time_zone": "Europe/London",
            "name": "Carla Jones",
            "customer_id": carla["id"],
            "note": "About the new router",
        },
    )
    store = server.app[STORE]
    kinds = [
        # number, source, status, due (from now), attempts, last outcome
        ("+38640000001", "phone", "waiting", -120, 0, None),
        ("+38640000002", "web", "dialing", -60, 1, None),
        ("+38640000003", "form", "scheduled", 3600, 1, "interrupted"),
        ("+38640000004", "form", "done", -7200, 2, "answered"),
        ("+38640000005", "phone", "failed", -9000, 3, "no_answer"),
        ("+38640000006", "agent", "cancelled", -8000, 0, None),
    ]
    stored = {}
    for number, source, status, due, attempts, last in kinds:
        stored[number] = await store.insert_callback(
            {
                "id": str(uuid.uuid4()),
                "queue_id": support["id"],
                "contact_id": str(uuid.uuid4()) if status in ("waiting", "dialing") else None,
                "number": number,
                "source": source,
                "requested_at": now - 10_000,
                "promised_at": now + due,
                "due_at": now + due,
                "status": status,
                "attempts": attempts,
                "last_outcome": last,
            }
        )
    return {"by_agent": by_agent, "stored": stored}


async def test_callbacks_are_listed_in_words_filtered_and_called_off(
    owner_desk: OwnerDesk, qtbot: QtBot, artifacts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = owner_desk.server
    tab = CallbacksTab(owner_desk.engine, owner_desk.bridge)
    qtbot.addWidget(tab)
    tab.resize(1200, 520)
    tab.show()
    assert tab.poll.isActive()  # asked again while shown

    # None yet: what callbacks are, instead of an empty table.
    await until(lambda: tab.in_flight == 0 and tab.none.text() != "")
    assert tab.stack.currentWidget() is tab.empty
    assert tab.none.text() == "No callbacks are owed right now."
    assert tab.explained.isVisible() and tab.explained.text() == WHAT_CALLBACKS_ARE
    shot(tab, artifacts, "callbacks-none")

    seeded = await seed(server)
    tab.refresh()
    await until(lambda: tab.rows.rowCount() == 4)
    assert tab.stack.currentWidget() is tab.table
    by_agent, stored = seeded["by_agent"], seeded["stored"]
    # Open ones, the soonest due first; a number stands for a customer without a name.
    assert [tuple(row.values())[1:] for row in table(tab)] == [
        ("+38640000001", "+38640000001", "Customer support", "Waiting caller (phone)", "0", "",
         "Waiting in line"),
        ("+38640000002", "+38640000002", "Customer support", "Waiting caller (web)", "1", "",
         "Being dialled"),
        ("+38640000003", "+38640000003", "Customer support", "Web form", "1",
         "Cut off by a restart", "Scheduled"),
        ("Carla Jones", "+442079460000", "Customer support", "Agent", "0", "", "Scheduled"),
    ]  # fmt: skip
    firsts = [stored[n] for n in ("+38640000001", "+38640000002", "+38640000003")]
    assert [row["Due"] for row in table(tab)] == [
        local_when(c["due_at"]) for c in [*firsts, by_agent]
    ]
    assert tab.rows.data(tab.rows.index(3, 8)) == "About the new router"
    assert tab.count.text() == "4 callbacks."  # the English catalogue's plural
    shot(tab, artifacts, "callbacks")

    # The other statuses, each alone, then all of them.
    for shown, expected in (
        ("Done", [("+38640000004", "Web form", "Answered", "Done")]),
        ("Failed", [("+38640000005", "Waiting caller (phone)", "No answer", "Failed")]),
        ("Cancelled", [("+38640000006", "Agent", "", "Cancelled")]),
    ):
        await showing(tab, shown)
        rows = [(r["Number"], r["Source"], r["Last outcome"], r["Status"]) for r in table(tab)]
        assert rows == expected, shown
    await showing(tab, "All")
    assert tab.rows.rowCount() == 7
    await showing(tab, "Open")
    assert tab.rows.rowCount() == 4

    # Being dialled: not to be called off (the server would refuse).
    tab.table.selectRow(1)
    assert not tab.call_off_button.isEnabled()
    assert tab.call_off_button.toolTip() == "It is being dialled: it cannot be called off now"

    # Carla's, after a Yes.
    asked: list[str] = []

    def yes(_parent: object, _title: str, question: str) -> QMessageBox.StandardButton:
        asked.append(question)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    tab.table.selectRow(3)
    assert tab.call_off_button.isEnabled()
    tab.call_off_button.click()
    assert asked == [
        f"Call off the callback to Carla Jones, due {local_when(by_agent['due_at'])}? "
        "They will not be called, and nobody tells them."
    ]
    await until(lambda: "+442079460000" not in numbers(tab))
    cancelled = await server.owner("GET", "/api/callbacks?status=cancelled")
    assert by_agent["id"] in {c["id"] for c in cancelled}

    # The waiting caller's is dialled meanwhile: the server's refusal, in its words.
    waiting = stored["+38640000001"]
    tab.table.selectRow(numbers(tab).index("+38640000001"))
    await server.app[STORE].set_callback(waiting["id"], {"status": "dialing"})
    tab.call_off_button.click()
    await until(lambda: tab.problem.isVisible())
    assert tab.problem.text() == (
        "The server refused: this callback is dialing: it cannot be called off."
    )
    await until(lambda: table(tab)[0]["Status"] == "Being dialled")  # the list shows why
    assert not tab.call_off_button.isEnabled()  # still chosen, and now being dialled
    shot(tab, artifacts, "callbacks-refused")

    tab.hide()
    assert not tab.poll.isActive()
