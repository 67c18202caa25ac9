"""An e-mail answered in the desktop app end to end: the real windows and
engine, a real server, and real mail servers (Dovecot and Postfix). A
customer writes to the queue's mailbox; the operator, logged in through the
login window, answers it, reads the thread, writes the reply and sends it
with Ctrl+Enter, then wraps up with a disposition; the reply arrives in the
customer's own mailbox as an answer to their message (In-Reply-To,
References, the thread's tag in the subject). The window is rendered to PNG."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from callnest import protocol as p
from callnest.desktop.app import Desktop
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.engine import Engine
from callnest.desktop.settings import Settings
from callnest.desktop.ui.agent import AgentWindow
from callnest.server.keys import CENTER, MAIL
from callnest.sim.mail_servers import ANA, SUPPORT, MailServers, mailbox_fields
from desktop.fakes import MemoryKeyring
from desktop.test_app_e2e import HEADSET, snapshot, until
from desktop.virtual_headset import VirtualHeadset
from integration.conftest import Running, StartServer, start_server
from integration.mail_servers import mail_servers

__all__ = ["mail_servers", "start_server"]  # the integration suite's fixtures, used here

pytestmark = pytest.mark.slow


@pytest.fixture
async def server(
    start_server: StartServer, mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch
) -> Running:
    monkeypatch.setenv("SSL_CERT_FILE", str(mail_servers.ca))  # as a real CA would be
    running: Running = await start_server()
    queue = await running.owner(
        "POST", "/api/queues", json={"name": "support", "display_name": "Support", "wrap_up_s": 120}
    )
    box = await running.owner(
        "POST", "/api/mailboxes", json=mailbox_fields(mail_servers, queue["id"])
    )
    await until(lambda: running.app[MAIL].watchers[box["id"]].connected, what="the mailbox")
    await running.owner(
        "POST",
        "/api/users",
        json={"username": "ada", "display_name": "Ada Lovelace", "password": "password-ada"},
    )
    return running


@pytest.fixture
async def app(
    qapp: QApplication, settings: Settings, memory_keyring: MemoryKeyring
) -> AsyncIterator[Desktop]:
    bridge = EngineBridge()
    engine = Engine(bridge.post, client_name="callnest-e2e")
    engine.start()
    settings.devices = HEADSET
    desktop = Desktop(engine, bridge, settings)
    try:
        yield desktop
    finally:
        for window in (desktop.agent, desktop.login):
            if window is not None:
                window.close()
        await asyncio.to_thread(engine.shutdown)


async def test_an_operator_answers_an_email_and_the_customer_receives_it_threaded(
    server: Running,
    mail_servers: MailServers,
    app: Desktop,
    virtual_headset: VirtualHeadset,
    artifacts: Path,
) -> None:
    desktop = app
    login = desktop.login
    login.server.setText(server.url)
    login.user.setText("ada")
    login.password.setText("password-ada")
    desktop.show()
    login.button.click()
    await until(lambda: desktop.agent is not None, what="the agent window")
    window = desktop.agent
    assert isinstance(window, AgentWindow)
    # Going Available waits for the headset's check, as for any operator.
    await until(lambda: desktop.engine.headset.microphone_ok, what="the headset microphone")
    await until(lambda: desktop.model.link is not None and desktop.model.link.connected, within=15)
    window.status.setCurrentIndex(window.status.findText("Available"))
    window.status.activated.emit(window.status.currentIndex())
    await until(lambda: desktop.model.state is p.AgentState.AVAILABLE, what="available")

    mail = EmailMessage()
    mail["From"] = f"Ana Novák <{ANA}>"
    mail["To"] = SUPPORT
    mail["Subject"] = "Račun št. 42 ni prišel"
    mail.set_content("Pozdravljeni, račun za oktober ni prišel. <b>Hvala</b>!")
    first_id = await mail_servers.deliver(mail, to=SUPPORT, sender=ANA)

    await until(lambda: window.pages.currentWidget() is window.ringing, within=15, what="ringing")
    assert window.ringing.heading.text() == "Incoming e-mail"
    window.ringing.answer.click()
    await until(lambda: bool(window.chats.views), what="the e-mail's tab")
    [view] = window.chats.views.values()
    await until(
        lambda: "račun za oktober ni prišel" in view.thread_view.toPlainText(),
        what="the thread",
    )
    assert "<b>Hvala</b>!" in view.thread_view.toPlainText()  # as written, not markup

    view.box.setFocus()
    # Typed text (QTest types ASCII alone), then the keys themselves.
    view.box.insertPlainText("Pozdravljeni, račun smo poslali znova.")
    QTest.keyClick(view.box, Qt.Key.Key_Return)
    QTest.keyClicks(view.box, "Ada")
    QTest.keyClick(view.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [reply] = await mail_servers.wait_for(ANA, within=20)
    assert reply["In-Reply-To"] == first_id
    assert first_id in reply["References"]
    assert reply["Subject"].startswith("Re: Račun št. 42 ni prišel [#")
    body = reply.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content().startswith("Pozdravljeni, račun smo poslali znova.\r\nAda")
    await until(lambda: "Sent" in view.thread_view.toPlainText(), within=15, what="sent")
    snapshot(window, artifacts, "email")

    view.end.click()
    await until(lambda: not view.wrap_up.isHidden(), what="the wrap-up")
    page = view.wrap_up
    page.disposition.setCurrentIndex(page.disposition.findText("Resolved"))
    page.ready.click()
    contact_id = view.contact_id
    await until(lambda: not window.chats.views, what="the tab closing")
    await server.app[CENTER].flush()
    interaction = await server.owner("GET", f"/api/interactions/{contact_id}")
    assert (interaction["channel"], interaction["state"]) == ("email", "closed")
