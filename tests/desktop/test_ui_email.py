"""An e-mail in the agent window, over a real AgentModel fed real protocol
messages and a fake engine answering the REST calls: the offer rings quietly
like a chat, answered it opens a tab that reads the thread; the customer's
text is shown as written (markup escaped), an HTML-only message as the
server's sanitised copy, remote images never fetched; the reply is sent with
Ctrl+Enter, and sent again with the same id after a failure; the thread is
read again when the server says it changed; an attachment is saved where the
agent chooses. Rendered to PNG (test-artifacts/desktop/)."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from callnest import protocol as p
from callnest.desktop.settings import Settings
from callnest.desktop.ui.chat import ChatView
from desktop import samples as s
from desktop.fakes import done
from desktop.test_chat_model import CUSTOMER, chat_contact
from desktop.test_ui_agent import Desk

ADDRESS = "carla@example.com"
THREAD_PATH = "/api/email/e1"


def message(n: int, direction: str = "in", **fields: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "id": n,
        "direction": direction,
        "message_id": f"<m{n}@example.com>",
        "from_address": ADDRESS if direction == "in" else "support@example.test",
        "from_name": "Carla Jones" if direction == "in" else "Example Support",
        "to_addresses": ["support@example.test"] if direction == "in" else [ADDRESS],
        "cc_addresses": [],
        "subject": "Router <b>down</b>",
        "text": "",
        "html": None,
        "at": s.NOW + n,
        "status": "received" if direction == "in" else "queued",
        "attachments": [],
    }
    return values | fields


def thread(*messages: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": 42,
        "contact_id": "e1",
        "mailbox_address": "support@example.test",
        "customer_id": 42,
        "customer_address": ADDRESS,
        "customer_name": "Carla Jones",
        "subject": "Router <b>down</b>",
        "messages": list(messages),
    }


FIRST = message(
    1,
    text="My router is down. <script>alert(1)</script>",
    attachments=[
        {"id": 7, "filename": "photo.png", "content_type": "image/png", "size": 2048},
        {
            "id": 8,
            "filename": "video.zip",
            "content_type": "application/zip",
            "size": 26_214_400,
            "kept": False,
        },
    ],
)
HTML_ONLY = message(
    2, html='<p>Also <b>this</b><img src="https://tracker.example/p.gif"></p>', text=""
)


def email_offer() -> p.Offer:
    contact = chat_contact(
        p.ContactPhase.RINGING, "e1", channel=p.Channel.EMAIL, caller_address=ADDRESS
    )
    return p.Offer(
        offer_id="o-e1",
        contact=contact,
        ring_timeout_s=20.0,
        expires_at=s.NOW + 20,
        customer=CUSTOMER,
    )


@pytest.fixture
def desk(qtbot: Any, settings: Settings, artifacts: Path) -> Desk:
    desk = Desk(qtbot, settings, artifacts)
    desk.engine.welcome = s.welcome()
    desk.server(desk.engine.welcome)
    return desk


def open_email(desk: Desk, *messages: dict[str, Any]) -> ChatView:
    desk.engine.rest_replies[THREAD_PATH] = thread(*(messages or (FIRST,)))
    desk.server(email_offer())
    desk.window.ringing.answer.click()
    desk.server(
        p.ContactUpdate(
            contact=chat_contact(
                p.ContactPhase.CONNECTED, "e1", channel=p.Channel.EMAIL, caller_address=ADDRESS
            )
        )
    )
    return desk.window.chats.view("e1")


def shown_text(view: ChatView) -> str:
    return view.thread_view.toPlainText()


def test_an_email_offer_opens_a_tab_that_reads_the_thread(desk: Desk, qtbot: Any) -> None:
    desk.server(email_offer())
    assert desk.window.ringing.heading.text() == "Incoming e-mail"
    view = open_email(desk, FIRST, HTML_ONLY)
    assert ("GET", THREAD_PATH, None) in desk.engine.rest_calls
    qtbot.waitUntil(lambda: "My router is down." in shown_text(view))
    text = shown_text(view)
    # As written: the customer's markup is text, never markup.
    assert "<script>alert(1)</script>" in text
    assert "Also this[picture not shown]" in text  # the HTML-only message, as the server cleaned it
    assert "photo.png" in text and "video.zip" in text and "too large, not kept" in text
    assert view.details.text().startswith("Router <b>down</b>   ·   E-mail · Queue: ")
    assert view.end.text() == "Done"
    assert view.transcript.isHidden() and not view.thread_view.isHidden()
    # Nothing is fetched from the network: the tracker's picture is not even named.
    assert "tracker.example" not in view.thread_view.toHtml()
    desk.shot("email-thread")


def test_the_reply_goes_with_ctrl_enter_and_again_with_the_same_id(desk: Desk, qtbot: Any) -> None:
    view = open_email(desk)
    qtbot.waitUntil(lambda: "My router is down." in shown_text(view))
    QTest.keyClicks(view.box, "Please restart it.")
    QTest.keyClick(view.box, Qt.Key.Key_Return)  # Enter: a new line, not sent
    QTest.keyClicks(view.box, "Ann")
    assert not [c for c in desk.engine.rest_calls if c[0] == "POST"]
    failed: Future[Any] = Future()
    failed.set_exception(ConnectionError("no connection"))
    desk.engine.rest_answer = lambda method, path, body: (
        failed if method == "POST" else done(desk.engine.rest_replies.get(path))
    )
    QTest.keyClick(view.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    posts = [c for c in desk.engine.rest_calls if c[0] == "POST"]
    qtbot.waitUntil(lambda: view.send.isEnabled())
    assert view.box.toPlainText() == "Please restart it.\nAnn"  # kept, to go again
    desk.engine.rest_answer = None
    desk.engine.rest_replies[THREAD_PATH] = thread(
        FIRST, message(3, "out", text="Please restart it.\nAnn")
    )
    view.send.click()
    posts = [c for c in desk.engine.rest_calls if c[0] == "POST"]
    assert [(path, body["text"]) for _, path, body in posts] == [
        ("/api/email/e1/replies", "Please restart it.\nAnn")
    ] * 2
    assert posts[0][2]["client_msg_id"] == posts[1][2]["client_msg_id"]  # the same reply
    qtbot.waitUntil(lambda: "Sending…" in shown_text(view))
    assert view.box.toPlainText() == ""


def test_a_changed_thread_is_read_again_and_counts_unread(desk: Desk, qtbot: Any) -> None:
    view = open_email(desk)
    qtbot.waitUntil(lambda: "My router is down." in shown_text(view))
    desk.window.work.setCurrentIndex(0)  # the agent looks elsewhere
    desk.engine.rest_replies[THREAD_PATH] = thread(
        FIRST, message(3, "out", status="sent", text="Restart it."), message(4, text="Done, works!")
    )
    reads = sum(1 for c in desk.engine.rest_calls if c[:2] == ("GET", THREAD_PATH))
    desk.server(p.EmailThreadUpdate(contact_id="e1"))
    qtbot.waitUntil(lambda: "Done, works!" in shown_text(view))
    assert sum(1 for c in desk.engine.rest_calls if c[:2] == ("GET", THREAD_PATH)) == reads + 1
    assert "Sent" in shown_text(view)
    chat = desk.window.model.chats.get("e1")
    assert chat is not None and chat.unread == 1


def test_the_customers_message_is_forwarded_with_a_note(desk: Desk, qtbot: Any) -> None:
    view = open_email(desk)
    qtbot.waitUntil(lambda: "My router is down." in shown_text(view))
    assert not view.forward.isHidden()
    desk.window.chats.ask_forward = lambda: ("tech@example.com", "Can you check?")
    view.forward.click()
    [(_, path, body)] = [c for c in desk.engine.rest_calls if c[0] == "POST"]
    assert (path, body["to"], body["note"]) == (
        "/api/email/e1/forwards",
        "tech@example.com",
        "Can you check?",
    )
    desk.window.chats.ask_forward = lambda: None  # cancelled: nothing goes
    view.forward.click()
    assert len([c for c in desk.engine.rest_calls if c[0] == "POST"]) == 1


def test_an_attachment_is_saved_where_the_agent_chooses(
    desk: Desk, qtbot: Any, tmp_path: Path
) -> None:
    view = open_email(desk)
    qtbot.waitUntil(lambda: "photo.png" in shown_text(view))
    target = tmp_path / "saved.png"
    asked: list[str] = []
    panel = desk.window.chats

    def ask(name: str) -> str:
        asked.append(name)
        return str(target)

    panel.ask_save_path = ask
    desk.engine.download_replies = {"/api/email/attachments/7": b"\x89PNG data"}
    view.thread_view.anchorClicked.emit(QUrl("callnest-attachment:7"))
    assert asked == ["photo.png"]
    assert desk.engine.downloads == ["/api/email/attachments/7"]
    qtbot.waitUntil(target.exists)
    assert target.read_bytes() == b"\x89PNG data"


def test_an_escalated_email_says_why_in_its_header(desk: Desk, qtbot: Any) -> None:
    view = open_email(desk)
    escalated = chat_contact(
        p.ContactPhase.CONNECTED,
        "e1",
        channel=p.Channel.EMAIL,
        caller_address=ADDRESS,
        escalation=p.EscalationInfo(tier=3, reason="resolution"),
    )
    desk.server(p.ContactUpdate(contact=escalated))
    qtbot.waitUntil(lambda: "Escalated" in view.details.text())
    assert "Escalated: not resolved in time (tier 3)" in view.details.text()
