"""Every window, tab, dialog and state the app shows, each handed to a
``look(window, label)``: the tour the whole-app checks take (the
pseudo-locale check, test_i18n_pseudo.py; the accessibility check,
test_a11y.py).

The operator's window, the headset dialog, the callback dialog, the set-up
wizard and the wallboard are fed the protocol's own messages; the admin
window shows every tab from a real server holding a little of everything.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import Connection
from callnest.desktop.models.wallboard import WallboardModel
from callnest.desktop.settings import Settings
from callnest.desktop.ui.admin.campaigns import CampaignsTab
from callnest.desktop.ui.admin.phones import PhonesTab
from callnest.desktop.ui.admin.window import AdminWindow, build_admin_window
from callnest.desktop.ui.headset import HeadsetDialog
from callnest.desktop.ui.login import LoginWindow
from callnest.desktop.ui.setup import SetupWizard
from callnest.desktop.ui.wallboard import WallboardWindow
from desktop import samples as s
from desktop.admin_server import OwnerDesk, until
from desktop.fakes import FakeEngine
from desktop.test_chat_model import chat_contact
from desktop.test_ui_agent import Desk, answer, ring
from desktop.test_ui_chat import SUPPORT, open_chat
from desktop.test_ui_wallboard import agent, held_back, queue

Look = Callable[[QWidget, str], None]

# What the admin tour's server holds, beyond its defaults: names the
# windows show as data.
ADMIN_DATA = {"Day shift", "French", "Greeting", "Hello", "ada", "Ada Lovelace", "sales"}


def shown(widget: QWidget, width: int, height: int) -> QWidget:
    widget.resize(width, height)
    widget.show()
    return widget


def operator_windows(look: Look, qtbot: QtBot, settings: Settings, artifacts: Path) -> None:
    """The windows of an operator and a supervisor, in each of their states."""
    engine = FakeEngine()
    login = LoginWindow(engine, EngineBridge(), settings, server_url="http://127.0.0.1:8730")
    qtbot.addWidget(login)
    look(shown(login, 420, 360), "login")

    desk = Desk(qtbot, settings, artifacts)
    desk.bridge.post(Connection("online"))
    desk.server(s.welcome())
    look(desk.window, "agent-idle")
    ring(desk)
    look(desk.window, "agent-ringing")
    answer(desk)
    look(desk.window, "agent-in-call")
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.WRAP_UP, answered_at=s.NOW)))
    look(desk.window, "agent-wrap-up")

    chat_desk = Desk(qtbot, settings, artifacts)
    chat_desk.engine.welcome = s.welcome().model_copy(update={"queues": (SUPPORT, s.SALES)})
    chat_desk.server(chat_desk.engine.welcome)
    view = open_chat(chat_desk)
    chat_desk.window.work.setCurrentIndex(1)
    look(chat_desk.window, "chat")
    chat_desk.server(p.ContactUpdate(contact=chat_contact(p.ContactPhase.WRAP_UP)))
    look(chat_desk.window, "chat-wrap-up")
    view.wrap_up.schedule_callback.click()
    dialog = chat_desk.window.callback_dialog
    assert dialog is not None
    dialog.ok_button.click()  # refused: no number yet, said in words
    look(dialog, "schedule-callback")

    headset = HeadsetDialog(
        FakeEngine(), EngineBridge(), settings, lambda: (["usb_headset_mic"], ["usb_headset"])
    )
    qtbot.addWidget(headset)
    look(shown(headset, 520, 420), "headset")

    wizard = SetupWizard(
        FakeEngine(), EngineBridge(), settings, "http://127.0.0.1:8730/", lambda: ([], [])
    )
    qtbot.addWidget(wizard)
    shown(wizard, 640, 520)
    for number, page_id in enumerate(wizard.pageIds()):
        wizard.setStartId(page_id)
        wizard.restart()
        look(wizard, f"setup-{number + 1}")

    wallboard = WallboardWindow(engine, EngineBridge(), WallboardModel(clock=lambda: s.NOW))
    qtbot.addWidget(wallboard)
    shown(wallboard, 1180, 560)
    link = p.LinkQuality(loss_pct=8.0, jitter_ms=12.0, rtt_ms=48.0)
    wallboard.model.apply(
        p.StatsSnapshot(
            at=s.NOW,
            queues=(queue(3, name=s.SUPPORT.display_name),),
            agents=(
                agent(7, name=s.ME.display_name, activity=p.Activity.BUSY, link=link),
                held_back(8, p.LinkProblem.POOR, name="Bob Baker"),
            ),
        )
    )
    look(wallboard, "wallboard")


async def admin_windows(look: Look, owner_desk: OwnerDesk) -> None:
    """Every tab of the owner's admin window, loaded from a real server."""
    server = owner_desk.server
    team = await server.owner("POST", "/api/teams", json={"name": "Day shift"})
    french = await server.owner("POST", "/api/skills", json={"name": "French"})
    await server.owner("POST", "/api/scripts", json={"name": "Greeting", "body": "Hello"})
    await server.add_agent(
        "ada", display_name="Ada Lovelace", team_id=team["id"], skills={french["id"]: 5}
    )
    await server.owner("POST", "/api/queues", json={"name": "sales", "display_name": "Sales"})
    window = build_admin_window(owner_desk.engine, owner_desk.bridge)
    assert isinstance(window, AdminWindow)
    shown(window, 1280, 800)
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            await settle(2.0)  # the tab's first load from the server
            look(window, f"admin-{index + 1:02d}")
        phones, campaigns = window.tab("Phones"), window.tab("Campaigns")
        assert isinstance(phones, PhonesTab) and isinstance(campaigns, CampaignsTab)
        await until(lambda: not phones.busy() and not campaigns.busy(), within=30)
    finally:
        window.close()


async def settle(seconds: float) -> None:
    """Lets Qt and the server's loop run for a while."""
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    while loop.time() < end:
        QApplication.processEvents()
        await asyncio.sleep(0.02)
