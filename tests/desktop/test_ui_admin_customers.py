"""The Customers tab against a real server: search finds a phone written
another way, names with markup are shown as text, an edit is saved, the
history is the card's, an export imports back unchanged, and a bad file's
lines are listed with nothing written."""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from callnest.desktop.ui.admin.customers import CustomersTab
from callnest.server.keys import STORE
from desktop.admin_server import OwnerDesk, cell, owner_desk, shot, until
from integration.conftest import Running, start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here

BOLD = "<b>Bold</b> & <i>Sons</i>"
CUSTOMERS: list[dict[str, Any]] = [
    {
        "name": BOLD,
        "phones": ["+1 (555) 010-0199"],
        "emails": ["orders@bold.example"],
        "notes": "<script>alert(1)</script>",
        "custom_fields": {"plan": "Gold"},
    },
    {"name": "Zoë Quinn", "phones": ["+44 20 7946 0001"], "emails": ["zoe@example.com"]},
    {"name": "Ann Archer", "emails": ["ann@example.org"], "notes": "Line one\nline two"},
]


def shown(tab: CustomersTab) -> list[str]:
    rows = (tab.customers.at(r) for r in range(tab.customers.rowCount()))
    return [c.name for c in rows if c is not None]


async def add_customers(server: Running) -> list[dict[str, Any]]:
    return [await server.owner("POST", "/api/customers", json=c) for c in CUSTOMERS]


async def open_tab(qtbot: QtBot, desk: OwnerDesk, rows: int) -> CustomersTab:
    tab = CustomersTab(desk.engine, desk.bridge)
    qtbot.addWidget(tab)
    tab.resize(1250, 720)
    tab.show()
    await until(lambda: tab.customers.rowCount() == rows)
    return tab


async def test_search_edit_and_history_with_markup_shown_as_text(
    qtbot: QtBot, owner_desk: OwnerDesk, artifacts: Path
) -> None:
    server = owner_desk.server
    bold, _, _ = await add_customers(server)
    queue = await server.owner(
        "POST", "/api/queues", json={"name": "support", "display_name": "Support"}
    )
    await server.app[STORE].upsert_interaction(
        {
            "id": "past-call",
            "channel": "voice",
            "queue_id": queue["id"],
            "customer_id": bold["id"],
            "state": "closed",
            "outcome": "answered",
            "entered_at": time.time() - 3600,
            "notes": "Wanted <b>invoices</b>",
        }
    )
    tab = await open_tab(qtbot, owner_desk, 3)

    # A phone number written another way finds them.
    tab.query.setText("555.010.0199")
    tab.search()
    await until(lambda: shown(tab) == [BOLD])
    assert tab.customers.data(tab.customers.index(0, 0)) == BOLD  # the text, not rendered
    tab.table.selectRow(0)
    await until(lambda: tab.history.rowCount() == 1)
    assert tab.name.text() == BOLD
    assert tab.notes.toPlainText() == "<script>alert(1)</script>"
    assert tab.custom_fields() == {"plan": "Gold"}
    history = [cell(tab.history, 0, c).text() for c in range(tab.history.columnCount())]
    assert history[2:] == ["Support", "answered", "", "Wanted <b>invoices</b>"]
    assert tab.found.textFormat() == Qt.TextFormat.PlainText

    said: list[str] = []
    tab.status.connect(lambda text, _error: said.append(text))
    tab.phones.setText("+1 (555) 010-0199; 555 0200")
    tab.add_field("account", "B-9")
    tab.save()
    await until(lambda: said == [f"Customer “{BOLD}” saved."])
    stored = await server.owner("GET", f"/api/customers/{bold['id']}")
    assert stored["phones"] == ["+1 (555) 010-0199", "555 0200"]
    assert stored["custom_fields"] == {"plan": "Gold", "account": "B-9"}
    shot(tab, artifacts, "customers")

    # A refusal names the field and keeps what was typed.
    tab.emails.setText("orders@bold.example; zoe@example.com")
    tab.save()
    await until(lambda: tab.problem.isVisible())
    assert "zoe@example.com" in tab.problem.text()
    assert tab.emails.text() == "orders@bold.example; zoe@example.com"
    after = await server.owner("GET", f"/api/customers/{bold['id']}")
    assert after["emails"] == ["orders@bold.example"]


async def test_export_imports_back_unchanged_and_a_bad_file_lists_its_lines(
    qtbot: QtBot, owner_desk: OwnerDesk, artifacts: Path, tmp_path: Path
) -> None:
    server = owner_desk.server
    await add_customers(server)
    before = await server.owner("GET", "/api/customers")
    tab = await open_tab(qtbot, owner_desk, 3)

    exported = tmp_path / "customers.csv"
    tab.export_to(exported)
    await until(lambda: "Exported" in _status(tab))
    assert tab.transfer.text() == f"Exported 3 customers to customers.csv ({_kb(exported)})."
    assert BOLD in exported.read_text(encoding="utf-8-sig")

    tab.import_file(exported)
    assert tab.progress.isVisible() and not tab.import_button.isEnabled()
    await until(lambda: "created" in _status(tab))
    assert tab.transfer.text() == "customers.csv: 0 customers created, 3 updated."
    assert not tab.progress.isVisible() and tab.import_button.isEnabled()
    after = await server.owner("GET", "/api/customers")
    keep = ("id", "name", "phones", "emails", "notes", "custom_fields")
    assert [{k: c[k] for k in keep} for c in after] == [{k: c[k] for k in keep} for c in before]

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "name,phones,emails\nNew Person,+1 555 0300,\n,+1 555 0301,\nNo Digits,phone,\n",
        encoding="utf-8",
    )
    tab.import_file(bad)
    await until(lambda: tab.line_errors.isVisible())
    lines = [tab.line_errors.item(i).text() for i in range(tab.line_errors.count())]
    assert lines[0].startswith("Line 3: name")
    assert lines[1] == "Line 4: phone “phone” has no digits"
    assert "nothing was imported" in tab.transfer_error.text()
    assert not tab.problem.isVisible()  # the form has nothing wrong
    assert len(await server.owner("GET", "/api/customers")) == 3  # not even line 2
    shot(tab, artifacts, "customers-import-refused")


def _status(tab: CustomersTab) -> str:
    return tab.transfer.text() if tab.transfer.isVisible() else ""


def _kb(path: Path) -> str:
    return f"{max(1, path.stat().st_size // 1024)} KB"


async def test_a_customers_data_is_exported_and_the_customer_erased_from_the_tab(
    qtbot: QtBot, owner_desk: OwnerDesk, artifacts: Path, tmp_path: Path
) -> None:
    server = owner_desk.server
    await add_customers(server)
    tab = await open_tab(qtbot, owner_desk, 3)
    assert not tab.erase_button.isEnabled() and not tab.export_data_button.isEnabled()
    zoe = next(r for r in range(tab.customers.rowCount()) if shown(tab)[r] == "Zoë Quinn")
    tab.table.selectRow(zoe)
    await until(lambda: tab.name.text() == "Zoë Quinn")
    assert tab.erase_button.isEnabled() and tab.export_data_button.isEnabled()
    shot(tab, artifacts, "customer-rights")

    exported = tmp_path / "zoe.zip"
    tab.export_data_to(exported)
    await until(lambda: "is in zoe.zip" in _status(tab))
    with zipfile.ZipFile(exported) as archive:
        assert json.loads(archive.read("customer.json"))["emails"] == ["zoe@example.com"]

    messages: list[str] = []
    tab.status.connect(lambda text, _error: messages.append(text))
    tab.erase(confirm=False)
    await until(lambda: tab.customers.rowCount() == 2)
    assert "Zoë Quinn" not in shown(tab)
    assert messages[-1] == "“Zoë Quinn” erased: 0 interactions, 0 chats, 0 recordings."
    assert not tab.erase_button.isEnabled()
    audit = await server.owner("GET", "/api/audit")
    assert {"customer.export", "customer.erase"} <= {a["action"] for a in audit}
