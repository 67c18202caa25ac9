"""The Scripts tab against a real server: a script written with the
placeholder list, given to a queue from the tab, previews for a chosen
customer exactly what the agent's offer then carries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from callnest.desktop.ui.admin.scripts import ScriptsTab
from desktop.admin_server import OwnerDesk, owner_desk, shot, until
from integration.conftest import start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here

CUSTOMER = {
    "name": "Zoë <b>Quinn</b>",
    "phones": ["+44 20 7946 0001"],
    "emails": ["zoe@example.com"],
    "notes": "Prefers mornings.\nVIP.",
    "custom_fields": {"plan": "Gold <premium>", "account number": "A-17"},
}


async def test_the_preview_is_what_the_agents_offer_shows(
    qtbot: QtBot, owner_desk: OwnerDesk, artifacts: Path
) -> None:
    server = owner_desk.server
    queue = await server.owner(
        "POST", "/api/queues", json={"name": "support", "display_name": "Support"}
    )
    customer = await server.owner("POST", "/api/customers", json=CUSTOMER)
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)

    tab = ScriptsTab(owner_desk.engine, owner_desk.bridge)

    qtbot.addWidget(tab)
    tab.resize(1250, 760)
    tab.show()
    await until(lambda: tab.placeholders.count() >= 8 and tab.queue_list.count() == 1)
    offered = [tab.placeholders.item(i).text() for i in range(tab.placeholders.count())]
    assert "{customer.plan}" in offered and "{customer.account number}" in offered
    # Until it is saved, a script cannot be given to a queue.
    assert not tab.queue_list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable

    tab.name.setText("Greeting")
    tab.body.setPlainText("Hello ")
    tab.body.moveCursor(tab.body.textCursor().MoveOperation.End)
    tab.insert("{customer.name}")
    tab.body.insertPlainText(", on {customer.plan} ({customer.account number}), ")
    tab.body.insertPlainText("{customer.phone} / {caller.name} / {customer.shoe size} <i>&</i>")
    # The sample customer fills the preview while typing.
    assert tab.preview.toPlainText().startswith("Hello Sam Sample, on <plan> (<account number>)")
    tab.save()
    await until(lambda: tab.editing is not None and tab.scripts.rowCount() == 1)

    tab.queue_list.item(0).setCheckState(Qt.CheckState.Checked)
    await until(lambda: tab.queues[0].script_id == tab.editing)
    assert (await server.owner("GET", f"/api/queues/{queue['id']}"))["script_id"] == tab.editing
    assert tab.scripts.data(tab.scripts.index(0, 1)) == "Support"

    # Preview for the real customer, found by their phone written another way.
    tab.customer_search.setText("020 7946 0001".replace("020", "20"))
    tab.find_customers()
    await until(lambda: tab.card is not None and tab.card.id == customer["id"])
    tab.caller_name.setText("Zed")
    tab.caller_address.setText("+44 (20) 7946-0001")
    preview = tab.preview.toPlainText()
    assert preview == (
        "Hello Zoë <b>Quinn</b>, on Gold <premium> (A-17), +44 20 7946 0001 / Zed / "
        "{customer.shoe size} <i>&</i>"
    )
    shot(tab, artifacts, "scripts")

    status, contact = await server.call(
        "POST",
        "/api/public/queues/support/contacts",
        json={"caller_name": "Zed", "phone": "+44 (20) 7946-0001"},
    )
    assert status == 201, contact
    offer = await desk.expect("offer")
    assert offer["customer"]["id"] == customer["id"]
    # The preview is what a call matched by caller ID shows. One from the web
    # page only claims the phone: the card's details stay out of the script.
    assert offer["customer"]["identity"] == "claimed"
    assert offer["script"] == (
        "Hello Zed, on {customer.plan} ({customer.account number}), {customer.phone} / Zed / "
        "{customer.shoe size} <i>&</i>"
    )
    await desk.close()


async def test_unticking_a_queue_takes_the_script_away_and_a_refusal_is_shown(
    qtbot: QtBot, owner_desk: OwnerDesk
) -> None:
    server = owner_desk.server
    script = await server.owner("POST", "/api/scripts", json={"name": "Old", "body": "Hi"})
    queue = await server.owner(
        "POST",
        "/api/queues",
        json={"name": "sales", "display_name": "Sales", "script_id": script["id"]},
    )
    tab = ScriptsTab(owner_desk.engine, owner_desk.bridge)
    qtbot.addWidget(tab)
    tab.show()
    await until(lambda: tab.scripts.rowCount() == 1 and tab.queue_list.count() == 1)
    tab.table.selectRow(0)
    await until(lambda: tab.editing == script["id"])
    assert tab.queue_list.item(0).checkState() == Qt.CheckState.Checked
    tab.queue_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    await until(lambda: tab.queues[0].script_id is None)
    assert (await server.owner("GET", f"/api/queues/{queue['id']}"))["script_id"] is None

    tab.name.setText("x" * 300)  # the server allows 200
    tab.save()
    await until(lambda: tab.problem.isVisible())
    assert "Name" in tab.problem.text()
    assert tab.name.text() == "x" * 300  # nothing typed is lost
    assert (await server.owner("GET", f"/api/scripts/{script['id']}"))["name"] == "Old"
