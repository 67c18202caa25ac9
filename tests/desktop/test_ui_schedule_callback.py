"""The wrap-up's "Schedule a callback…" against a real server, as an agent:
the dialog starts from the caller's number and tomorrow at 10:00; a time
already past is refused in words and nothing is sent; a time on the
customer's clock is sent, the server lists it, and the wrap-up page says
when the customer expects the call. A refusal from the server is said in
its words and the dialog keeps what was typed. Rendered to PNG
(test-artifacts/desktop/) with the dialog over the wrap-up page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.engine.events import Connection, ServerEvent
from callnest.desktop.models.agent import AgentModel
from callnest.desktop.models.callbacks import promised_text
from callnest.desktop.settings import Settings
from callnest.desktop.ui.agent import AgentWindow
from callnest.desktop.ui.schedule_callback import ScheduleCallbackDialog
from callnest.desktop.ui.time_zone import system_time_zone
from callnest.protocol import rest
from desktop import samples as s
from desktop.admin_server import OwnerDesk, desk_on, until
from integration.conftest import StartServer, start_server

__all__ = ["start_server"]  # the integration suite's server fixture, used here

CARLA = {"name": "Carla Jones", "phones": ["+44 20 7946 0000"]}


@pytest.fixture
async def agent_desk(start_server: StartServer) -> AsyncIterator[OwnerDesk]:
    """A real server, and an engine logged in to it as Ann, an agent."""
    server = await start_server()
    await server.add_agent("ann", display_name="Ann Archer")
    async with desk_on(server, "ann", "password-ann") as desk:
        yield desk


def wrapping_up(
    desk: OwnerDesk, qtbot: QtBot, settings: Settings, queue_id: int, card: p.CustomerCard | None
) -> AgentWindow:
    """The agent's window in the wrap-up of Carla's call to ``queue_id``: the
    desk as the server would describe it is fed to the model by hand (no
    call was made); REST calls go to the real server."""
    model = AgentModel(clock=lambda: s.NOW)
    window = AgentWindow(desk.engine, desk.bridge, settings, model)
    qtbot.addWidget(window)
    window.resize(1000, 720)
    window.show()
    queue = p.QueueInfo(id=queue_id, name="support", display_name="Customer support")
    customer_id = card.id if card else None
    for event in (
        Connection("online"),
        ServerEvent(s.welcome().model_copy(update={"queues": (queue,)})),
        ServerEvent(
            s.offer(customer=card, script=None, queue_id=queue_id, customer_id=customer_id)
        ),
        ServerEvent(
            p.ContactUpdate(
                contact=s.contact(
                    p.ContactPhase.WRAP_UP, queue_id=queue_id, customer_id=customer_id
                )
            )
        ),
    ):
        model.apply(event)
    assert window.pages.currentWidget() is window.wrap_up
    return window


def opened(window: AgentWindow) -> ScheduleCallbackDialog:
    window.wrap_up.schedule_callback.click()
    dialog = window.callback_dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    return dialog


def shot(window: AgentWindow, dialog: QWidget | None, artifacts: Path, name: str) -> None:
    """The window, with the dialog drawn over it where a window manager would put it."""
    window.tick()
    QApplication.processEvents()
    picture = window.grab()
    if dialog is not None:
        over = dialog.grab()
        painter = QPainter(picture)
        x, y = (picture.width() - over.width()) // 2, (picture.height() - over.height()) // 3
        painter.drawPixmap(x, y, over)
        painter.end()
    assert picture.save(str(artifacts / f"{name}.png"))


async def test_a_callback_promised_at_wrap_up_is_listed_by_the_server(
    agent_desk: OwnerDesk, qtbot: QtBot, settings: Settings, artifacts: Path
) -> None:
    server = agent_desk.server
    support = await server.owner(
        "POST", "/api/queues", json={"name": "support", "display_name": "Customer support"}
    )
    carla = await server.owner("POST", "/api/customers", json=CARLA)
    card = p.CustomerCard(id=carla["id"], name=carla["name"], phones=tuple(carla["phones"]))
    window = wrapping_up(agent_desk, qtbot, settings, support["id"], card)
    dialog = opened(window)
    assert dialog.number.text() == "+44 20 7946 0000"  # the number Carla called from
    assert dialog.zone.currentText() == system_time_zone()
    tomorrow = QDate.currentDate().addDays(1)
    assert (dialog.when.date(), dialog.when.time()) == (tomorrow, QTime(10, 0))
    assert not dialog.here.isVisible()  # the customer's clock is this computer's

    # An hour ago: said, and nothing is sent.
    dialog.when.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    dialog.ok_button.click()
    assert dialog.problem.text().startswith("That time has passed: it is already ")
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    shot(window, dialog, artifacts, "wrap-up-callback-past")

    # Next week at 10:00 where Carla is: that moment, wherever this computer is.
    in_a_week = QDate.currentDate().addDays(7)
    dialog.zone.setCurrentText("Europe/Ljubljana")
    assert dialog.problem.isHidden()  # said of what was typed then
    dialog.when.setDateTime(QDateTime(in_a_week, QTime(10, 0)))
    dialog.note.setPlainText("Wants the router replaced; mornings are best.")
    assert dialog.here.isVisible() and dialog.here.text().startswith("That is ")
    shot(window, dialog, artifacts, "wrap-up-callback-dialog")
    dialog.ok_button.click()
    assert dialog.sending and not dialog.busy.isHidden()
    assert dialog.ok_button.text() == "Scheduling…" and not dialog.number.isEnabled()
    page = window.wrap_up
    await until(lambda: bool(page.callback_scheduled.text()))
    assert window.callback_dialog is None  # closed once the server had it

    listed = await server.owner("GET", "/api/callbacks")
    promised = QDateTime(in_a_week, QTime(10, 0), QTimeZone(b"Europe/Ljubljana"))
    assert len(listed) == 1
    callback = rest.Callback.model_validate(listed[0])
    assert callback.model_dump(
        include={"queue_id", "number", "name", "customer_id", "note", "time_zone", "source"}
    ) == {
        "queue_id": support["id"],
        "number": "+442079460000",
        "name": "Carla Jones",
        "customer_id": carla["id"],
        "note": "Wants the router replaced; mornings are best.",
        "time_zone": "Europe/Ljubljana",
        "source": "agent",
    }
    assert (callback.promised_at, callback.status) == (promised.toSecsSinceEpoch(), "scheduled")
    said = page.callback_scheduled.text()
    assert said == f"Callback scheduled for {promised_text(callback)}"
    assert said.endswith(", 10:00 (Europe/Ljubljana)")
    assert page.schedule_callback.text() == "Schedule another callback…"
    shot(window, None, artifacts, "wrap-up-callback-scheduled")


async def test_a_refusal_is_said_in_the_servers_words_and_the_dialog_keeps_what_was_typed(
    agent_desk: OwnerDesk, qtbot: QtBot, settings: Settings, artifacts: Path
) -> None:
    server = agent_desk.server
    window = wrapping_up(agent_desk, qtbot, settings, queue_id=999, card=None)
    dialog = opened(window)
    dialog.note.setPlainText("Call about the refund.")
    dialog.ok_button.click()
    await until(lambda: not dialog.sending)
    assert dialog.problem.text() == "The server refused: there is no queue 999."
    assert dialog.isVisible() and dialog.ok_button.isEnabled() and dialog.busy.isHidden()
    assert dialog.note.toPlainText() == "Call about the refund."
    assert dialog.ok_button.text() == "Schedule"
    assert await server.owner("GET", "/api/callbacks") == []
    assert window.wrap_up.callback_scheduled.text() == ""
    shot(window, dialog, artifacts, "wrap-up-callback-refused")
