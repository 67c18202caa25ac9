"""The chat panel in the agent window, over a real AgentModel fed real protocol
messages, with a fake engine recording what the agent's clicks and keys send:
a chat offer rings, answered it opens a tab; messages both ways; a second chat
offered quietly; unread badges on a background tab; canned responses; typing;
end and wrap-up; transfer; a refused message kept for a retry; HTML shown as
typed. The panel is rendered to PNG (test-artifacts/desktop/)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.engine import Engine
from callnest.desktop.engine.events import ServerEvent
from callnest.desktop.models.agent import AgentModel
from callnest.desktop.models.chat import LineState
from callnest.desktop.models.wallboard import WallboardModel
from callnest.desktop.settings import Settings
from callnest.desktop.ui.agent import AgentWindow
from callnest.desktop.ui.chat import TYPING_IDLE_MS, Bubble, ChatReader, ChatView
from callnest.desktop.ui.wallboard import WallboardWindow
from desktop import samples as s
from desktop.fakes import FakeEngine, done
from desktop.test_chat_model import CUSTOMER, answered, chat_contact, chat_offer, said
from desktop.test_ui_agent import Desk
from integration.conftest import Running, StartServer, start_server

__all__ = ["start_server"]  # the integration suite's server fixture, used here

M = TypeVar("M", bound=p.Message)
CANNED = (
    p.CannedResponse(title="Greeting", text="Hello, this is Ann. How can I help?"),
    p.CannedResponse(title="Reboot", text="Please unplug the router for 30 seconds."),
)
SUPPORT = s.SUPPORT.model_copy(update={"canned_responses": CANNED})
BOB = p.AgentStats(
    agent_id=8,
    name="Bob Baker",
    state=p.AgentState.AVAILABLE,
    activity=p.Activity.BUSY,
    since=s.NOW - 60,
    contact_id="k1",
    handled=3,
    aht_s=200.0,
    break_s=0.0,
)


@pytest.fixture
def desk(qtbot: QtBot, settings: Settings, artifacts: Path) -> Desk:
    desk = Desk(qtbot, settings, artifacts)
    desk.engine.welcome = s.welcome().model_copy(update={"queues": (SUPPORT, s.SALES)})
    desk.server(desk.engine.welcome)
    return desk


def open_chat(desk: Desk, contact_id: str = "k1", **fields: object) -> ChatView:
    """A chat offered, answered from the ringing page, opened, its history in."""
    desk.server(chat_offer(f"o-{contact_id}", contact_id, **fields))
    desk.window.ringing.answer.click()
    desk.server(
        answered(contact_id, **fields), said(1, "Hello? My router is down.", contact_id=contact_id)
    )
    return desk.window.chats.view(contact_id)


def sent(desk: Desk, kind: type[M]) -> list[M]:
    return [m for m in desk.sent() if isinstance(m, kind)]


def shot(desk: Desk, name: str) -> Path:
    desk.shot(name)
    return desk.artifacts / f"{name}.png"


def test_a_chat_offer_rings_like_a_call_and_opens_a_tab_when_answered(desk: Desk) -> None:
    window = desk.window
    desk.server(chat_offer())
    assert desk.page() is window.ringing
    assert window.ringing.heading.text() == "Incoming chat"
    assert window.pop.card.name.text() == "Carla Jones"
    assert desk.engine.rings == [True]
    window.ringing.answer.click()
    assert desk.sent() == [p.OfferAnswer(offer_id="o-k1")]
    desk.server(answered(), said(1, "Hello? My router is down."))
    assert desk.engine.rings == [True, False]
    assert window.work.currentWidget() is window.chats  # the chat comes forward
    assert window.work.tabText(1) == "Chats (1)"
    assert desk.page() is window.idle  # no call in hand
    view = window.chats.view("k1")
    assert window.chats.tabs.tabText(0) == "Carla Jones"
    assert view.card.name.text() == "Carla Jones"
    assert view.details.text() == "Queue: Customer support   ·   carla@example.com"
    assert view.transcript.texts() == ["Hello? My router is down."]
    assert view.transcript.bubbles[0].meta.text().startswith("Carla Jones · ")


def test_messages_go_both_ways_with_typing_sent_and_shown(desk: Desk, qtbot: QtBot) -> None:
    view = open_chat(desk)
    QTest.keyClicks(view.box, "Let me check")
    assert sent(desk, p.ChatTyping) == [p.ChatTyping(contact_id="k1", typing=True)]  # once
    assert view.typing_idle.isActive() and view.typing_idle.interval() == TYPING_IDLE_MS
    QTest.keyClick(view.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(view.box, "one moment.")
    assert view.box.toPlainText() == "Let me check\none moment."  # Shift+Enter: a new line
    QTest.keyClick(view.box, Qt.Key.Key_Return)  # Enter: sends
    [send] = sent(desk, p.ChatSend)
    assert isinstance(send, p.ChatSend)
    assert (send.contact_id, send.text) == ("k1", "Let me check\none moment.")
    assert sent(desk, p.ChatTyping)[-1] == p.ChatTyping(contact_id="k1", typing=False)
    assert desk.sent().index(send) > desk.sent().index(sent(desk, p.ChatTyping)[-1])
    assert view.box.toPlainText() == ""
    assert len(sent(desk, p.ChatTyping)) == 2  # clearing the box is not typing
    mine = view.transcript.bubbles[-1]
    assert mine.text.text() == "Let me check\none moment."
    assert mine.meta.text().startswith("You · ") and mine.meta.text().endswith("sending…")
    desk.server(said(2, send.text, "agent", client_msg_id=send.client_msg_id))
    assert view.transcript.bubbles[-1] is mine  # the same bubble, now stored
    assert not mine.meta.text().endswith("sending…")
    # The customer types, then writes.
    desk.server(p.ChatTypingUpdate(contact_id="k1", sender="customer", typing=True))
    assert view.typing.text() == "Carla Jones is typing…"
    desk.server(said(3, "Thanks!"))
    assert view.typing.text() == ""
    assert view.transcript.texts()[-1] == "Thanks!"


def test_typing_stops_after_a_pause(desk: Desk, qtbot: QtBot) -> None:
    view = open_chat(desk)
    view.typing_idle.setInterval(50)  # the 3 s pause, shortened for the test
    QTest.keyClicks(view.box, "Hm")
    qtbot.waitUntil(lambda: len(sent(desk, p.ChatTyping)) == 2)
    assert sent(desk, p.ChatTyping) == [
        p.ChatTyping(contact_id="k1", typing=True),
        p.ChatTyping(contact_id="k1", typing=False),
    ]
    QTest.keyClicks(view.box, "m")  # typing again: announced again
    assert sent(desk, p.ChatTyping)[-1] == p.ChatTyping(contact_id="k1", typing=True)


def test_a_second_chat_is_offered_quietly_and_a_background_tab_shows_unread(
    desk: Desk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    alerts: list[object] = []
    monkeypatch.setattr(QApplication, "alert", lambda w, msec=0: alerts.append(w))
    window = desk.window
    open_chat(desk)
    rings, alerts[:] = list(desk.engine.rings), []
    dana = p.CustomerCard(id=43, name="Dana Fox", emails=("dana@example.com",))
    who = {"caller_name": "Dana Fox", "caller_address": "dana@example.com"}
    offer = chat_offer("o-k2", "k2", queue_id=s.SALES.id, **who)
    desk.server(offer.model_copy(update={"customer": dana}))
    assert desk.engine.rings == rings  # no ring over a chat in progress
    assert desk.page() is window.idle and alerts == [window]
    bar = window.chat_offers.bars["o-k2"]
    assert window.chat_offers.isVisible()
    label = next(w.text() for w in bar.findChildren(QLabel))
    assert label == "New chat · Dana Fox · Sales"
    shot(desk, "chat-quiet-offer")
    next(b for b in bar.findChildren(type(window.ringing.answer)) if b.text() == "Accept").click()
    assert sent(desk, p.OfferAnswer)[-1] == p.OfferAnswer(offer_id="o-k2")
    desk.server(answered("k2", queue_id=s.SALES.id, **who))
    qtbot.waitUntil(lambda: not window.chat_offers.isVisible())
    tabs = window.chats.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Carla Jones", "Dana Fox"]
    assert tabs.currentWidget() is window.chats.view("k2")  # the new chat in front
    desk.server(said(2, "Are you still there?"), said(3, "Hello??"))
    assert not tabs.tabIcon(0).isNull() and tabs.tabToolTip(0) == "2 unread"
    assert tabs.tabIcon(1).isNull()
    assert window.work.tabText(1) == "Chats (2)" and not window.work.tabIcon(1).isNull()
    desk.server(
        said(1, "Hi, I'd like a quote for three lines.", "customer", "k2", sender_name="Dana Fox")
    )  # the chat on screen
    mine = desk.window.chats.view("k2").box
    mine.setPlainText("Of course! Which plan are you on now?")
    desk.window.chats.send_text("k2")
    mine.setPlainText("Basic or Premium?")
    assert tabs.tabIcon(1).isNull()
    shot(desk, "chat-two-chats-one-unread")
    tabs.setCurrentIndex(0)
    assert tabs.tabIcon(0).isNull() and window.work.tabIcon(1).isNull()
    # The chats are not on screen while the agent looks at the call tab.
    window.work.setCurrentWidget(window.call_tab)
    desk.server(said(2, "Thanks", contact_id="k2"))
    assert window.work.tabIcon(1).isNull() is False


def test_a_canned_response_goes_into_the_send_box_with_one_click(desk: Desk) -> None:
    view = open_chat(desk)
    assert [view.canned.item(i).text() for i in range(view.canned.count())] == [
        "Greeting",
        "Reboot",
    ]
    item = view.canned.item(1)
    rect = view.canned.visualItemRect(item)
    QTest.mouseClick(view.canned.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.box.toPlainText() == "Please unplug the router for 30 seconds."
    assert sent(desk, p.ChatTyping) == [p.ChatTyping(contact_id="k1", typing=True)]
    view.send.click()
    assert sent(desk, p.ChatSend)[0].text == CANNED[1].text


def test_a_queue_without_canned_responses_says_so(desk: Desk) -> None:
    view = open_chat(desk, queue_id=s.SALES.id)
    assert view.no_canned.isVisible() and not view.canned.isVisible()


def test_end_then_wrap_up_sends_the_disposition(desk: Desk) -> None:
    view = open_chat(desk)
    view.end.click()
    assert sent(desk, p.CallHangup) == [p.CallHangup(contact_id="k1")]
    desk.server(
        said(2, "Ann left the chat", "system"),
        p.ContactUpdate(contact=chat_contact(p.ContactPhase.WRAP_UP)),
    )
    page = view.wrap_up
    assert page.isVisible() and not view.composer.isVisible() and not view.end.isVisible()
    assert view.chip.text() == "Ended"
    assert page.email.text() == "carla@example.com"
    assert page.countdown.text() == "1:00"
    page.disposition.setCurrentIndex(1)
    page.notes.setPlainText("Router replaced.")
    desk.server(said(3, "late system line", "system"))  # a repaint keeps what was typed
    assert page.notes.toPlainText() == "Router replaced."
    shot(desk, "chat-wrap-up")
    page.ready.click()
    assert sent(desk, p.WrapupComplete) == [
        p.WrapupComplete(contact_id="k1", disposition_id=s.SOLD.id, notes="Router replaced.")
    ]
    desk.server(p.ContactUpdate(contact=chat_contact(p.ContactPhase.ENDED)))
    assert desk.window.chats.views == {}
    assert desk.window.chats.stack.currentWidget() is desk.window.chats.empty
    assert desk.window.work.tabText(1) == "Chats"


def test_a_chat_customer_is_promised_a_call_from_the_chats_wrap_up(desk: Desk) -> None:
    view = open_chat(desk)
    desk.server(p.ContactUpdate(contact=chat_contact(p.ContactPhase.WRAP_UP)))
    page = view.wrap_up
    page.schedule_callback.click()
    dialog = desk.window.callback_dialog
    assert dialog is not None and dialog.isVisible()
    # A chat comes from an e-mail address and Carla's card has no phone: none to offer.
    assert dialog.number.text() == ""
    dialog.ok_button.click()
    assert dialog.problem.text() == "Enter the number to call back."
    QTest.keyClicks(dialog.number, "+44 20 7946 0000")
    assert dialog.problem.isHidden()
    dialog.zone.setCurrentText("Europe/London")

    def scheduled(_method: str, _path: str, body: Any) -> Future[Any]:
        asked = {k: v for k, v in body.items() if k != "at"}
        return done(
            asked
            | {
                "id": "cb1",
                "contact_id": None,
                "source": "agent",
                "requested_by": s.ME.id,
                "requested_at": s.NOW,
                "promised_at": body["at"],
                "due_at": body["at"],
                "status": "scheduled",
                "attempts": 0,
                "last_outcome": None,
                "updated_at": s.NOW,
            }
        )

    desk.engine.rest_answer = scheduled
    dialog.ok_button.click()
    desk.qtbot.waitUntil(lambda: bool(page.callback_scheduled.text()))
    method, path, body = desk.engine.rest_calls[-1]
    assert (method, path) == ("POST", "/api/callbacks")
    assert body == {
        "queue_id": s.SUPPORT.id,
        "number": "+442079460000",
        "at": body["at"],
        "time_zone": "Europe/London",
        "name": "Carla Jones",
        "customer_id": CUSTOMER.id,
        "note": "",
    }
    assert page.callback_scheduled.text().endswith(", 10:00 (Europe/London)")
    assert sent(desk, p.WrapupComplete) == []  # the wrap-up itself is still the agent's to end


def test_a_bad_wrap_up_is_refused_in_words_and_not_sent(desk: Desk) -> None:
    view = open_chat(desk)
    left = chat_contact(p.ContactPhase.WRAP_UP, end_reason=p.EndReason.CALLER_HANGUP)
    desk.server(p.ContactUpdate(contact=left))
    assert view.chip.text() == "Customer left"
    view.wrap_up.email.setText("not an address")
    view.wrap_up.ready.click()
    assert desk.window.error.text() == "E-mail: that is not an e-mail address."
    assert sent(desk, p.WrapupComplete) == []


def test_transfer_uses_the_calls_menu_for_the_chat(desk: Desk) -> None:
    desk.qtbot.waitUntil(lambda: bool(desk.window.agents))
    view = open_chat(desk)
    view.transfer_menu.aboutToShow.emit()
    names = [a.text() for a in view.transfer_menu.actions() if not a.isSeparator()]
    assert names == ["Customer support", "Sales", "Bob Baker"]
    next(a for a in view.transfer_menu.actions() if a.text() == "Bob Baker").trigger()
    assert sent(desk, p.CallTransfer) == [
        p.CallTransfer(contact_id="k1", target=p.TransferTarget(agent_id=8))
    ]


def test_a_refused_message_is_kept_with_the_reason_and_can_be_sent_again(desk: Desk) -> None:
    view = open_chat(desk)
    desk.engine.reply = lambda m: (
        p.ErrorReply(
            ref=m.id, code=p.ErrorCode.NOT_CONNECTED, message="That chat is not connected."
        )
        if isinstance(m, p.ChatSend)
        else p.OkReply(ref=m.id or "r")
    )
    view.box.setPlainText("Are you there?")
    view.send.click()
    bubble = view.transcript.bubbles[-1]
    desk.qtbot.waitUntil(bubble.retry_button.isVisible)
    assert bubble.problem.text() == "Not sent: That chat is not connected."
    assert bubble.text.text() == "Are you there?"
    desk.engine.reply = lambda m: p.OkReply(ref=m.id or "r")
    bubble.retry_button.click()
    first, again = sent(desk, p.ChatSend)
    assert first == again  # the same client_msg_id: stored at most once
    assert not bubble.retry_button.isVisible()


def test_html_from_a_customer_is_shown_as_typed(desk: Desk) -> None:
    html = "<b>bold</b> <script>alert('x')</script> <a href='http://evil'>link</a> &amp;"
    view = open_chat(desk, caller_name="<i>Eve</i>")
    desk.server(said(2, html, sender_name="<i>Eve</i>"))
    bubble = view.transcript.bubbles[-1]
    assert bubble.text.textFormat() is Qt.TextFormat.PlainText
    assert bubble.text.text() == html
    assert bubble.meta.textFormat() is Qt.TextFormat.PlainText
    assert bubble.meta.text().startswith("<i>Eve</i> · ")
    for label in view.findChildren(QLabel):
        if label.text() and "<" in label.text():
            assert label.textFormat() is Qt.TextFormat.PlainText, label.text()
    # Rendered, the tags are on screen as characters: a wider label than "bold".
    plain = QLabel("bold")
    assert bubble.text.fontMetrics().horizontalAdvance(html) > plain.sizeHint().width() * 10
    shot(desk, "chat-html-literal")


def test_a_restart_mid_chat_shows_the_chat_and_fetches_its_card(desk: Desk) -> None:
    desk.engine.rest_replies["/api/customers/42/card"] = CUSTOMER.model_dump(mode="json")
    desk.server(s.welcome(contacts=(chat_contact(customer_id=42),)))
    desk.qtbot.waitUntil(lambda: "k1" in desk.window.chats.views)
    view = desk.window.chats.view("k1")
    desk.server(said(1, "Hello?"), said(1, "Hello?"))  # the history, twice
    assert view.transcript.texts() == ["Hello?"]
    desk.qtbot.waitUntil(lambda: view.card.contact.text() == "carla@example.com")


# ---------------------------------------------------------------- supervisors


def test_a_supervisor_reads_a_live_chat_from_the_wallboard(qtbot: QtBot, artifacts: Path) -> None:
    engine, bridge = FakeEngine(), EngineBridge()
    engine.welcome = s.welcome().model_copy(update={"queues": (SUPPORT, s.SALES)})
    engine.rest_replies["/api/chats"] = [
        {
            "contact_id": "k1",
            "queue_id": SUPPORT.id,
            "agent_id": 8,
            "customer_name": "Carla Jones",
            "state": "connected",
            "started_at": s.NOW - 60,
        }
    ]
    wallboard = WallboardWindow(engine, bridge, WallboardModel(clock=lambda: s.NOW))
    qtbot.addWidget(wallboard)
    bridge.post(ServerEvent(p.StatsSnapshot(at=s.NOW, agents=(BOB,))))
    shown: list[QMenu] = []
    wallboard.load_live_chats(lambda: shown.append(wallboard.agent_menu(BOB)))
    qtbot.waitUntil(lambda: bool(shown))
    assert engine.rest_calls[-1] == ("GET", "/api/chats", None)
    labels = [a.text() for a in shown[0].actions() if a.text()]
    assert "Read chat with Carla Jones" in labels
    assert "Listen" not in labels  # a chat is read, not listened to
    next(a for a in shown[0].actions() if a.text() == "Read chat with Carla Jones").trigger()
    reader = wallboard.readers["k1"]
    qtbot.addWidget(reader)
    assert reader.book.chat_seconds("k1") is not None  # from when the chat started
    assert reader.isVisible()
    assert engine.requests[-1:] == [p.ChatWatch(contact_id="k1")]
    bridge.post(ServerEvent(said(1, "Hello? My router is down.")))
    bridge.post(ServerEvent(said(2, "Let me check.", "agent", sender_name="Bob Baker")))
    bridge.post(ServerEvent(said(1, "another chat", contact_id="k9")))  # not this one
    view = reader.panel.view("k1")
    qtbot.waitUntil(lambda: len(view.transcript.bubbles) == 2)
    assert view.transcript.texts() == ["Hello? My router is down.", "Let me check."]
    assert view.transcript.bubbles[1].meta.text().startswith("Bob Baker · ")
    assert not view.composer.isVisible() and not view.end.isVisible()
    assert not view.transfer.isVisible() and not view.canned_box.isVisible()
    QApplication.processEvents()  # widgets added to a shown layout appear a turn later
    reader.grab().save(str(artifacts / "chat-supervisor-reads.png"))
    reader.close()
    assert engine.requests[-1] == p.ChatUnwatch(contact_id="k1")


def test_a_chat_the_supervisor_may_not_read_says_why(qtbot: QtBot) -> None:
    engine, bridge = FakeEngine(), EngineBridge()
    engine.reply = lambda m: p.ErrorReply(
        ref=m.id, code=p.ErrorCode.FORBIDDEN, message="Not your team."
    )
    reader = ChatReader(engine, bridge, chat_contact(), "Bob Baker")
    qtbot.addWidget(reader)
    reader.show()
    qtbot.waitUntil(reader.error.isVisible)
    assert reader.error.text() == "This chat cannot be read: Not your team."


# ---------------------------------------------------------------- a real server


async def test_a_public_chat_answered_in_the_app(
    qapp: QApplication,
    start_server: StartServer,
    settings: Settings,
    artifacts: Path,
    shots: Path,
) -> None:
    """A customer starts a chat over HTTP; the agent answers in the app; messages
    both ways, typing, a canned response, end and wrap-up with a disposition."""
    server: Running = await start_server()
    greeting = {"title": "Greeting", "text": "Hello! How can I help?"}
    await server.owner(
        "POST",
        "/api/queues",
        json={"name": "support", "display_name": "Support", "canned_responses": [greeting]},
    )
    solved = await server.owner("POST", "/api/dispositions", json={"name": "Solved"})
    await server.add_agent("ada", display_name="Ada Lovelace")
    bridge = EngineBridge()
    engine = Engine(bridge.post, client_name="callnest-test", audio=False)
    engine.start()
    model = AgentModel()
    bridge.event.connect(model.apply)
    window: AgentWindow | None = None
    frames: list[dict[str, Any]] = []
    customer: aiohttp.ClientWebSocketResponse | None = None
    listening: asyncio.Task[None] | None = None
    try:
        await asyncio.wrap_future(engine.login(server.url, "ada", "password-ada"))
        window = AgentWindow(engine, bridge, settings, model, list_devices=lambda: ([], []))
        window.resize(1000, 720)
        window.show()
        ready = await asyncio.wrap_future(
            engine.request(p.AgentSetState(state=p.AgentState.AVAILABLE))
        )
        assert isinstance(ready, p.OkReply), ready
        status, chat = await server.call(
            "POST",
            "/api/public/queues/support/chats",
            json={"name": "Grace Hopper", "email": "grace@example.com"},
        )
        assert status == 201, chat
        contact_id = chat["contact_id"]
        customer = await server.http.ws_connect(f"{server.url}/api/public/chats/{contact_id}/live")
        await customer.send_json({"type": "hello", "token": chat["token"], "after": 0})
        listening = asyncio.create_task(_collect(customer, frames))

        await until(lambda: model.ringing is not None, what="the chat offer")
        assert window.ringing.heading.text() == "Incoming chat"
        window.ringing.answer.click()
        await until(lambda: contact_id in window.chats.views, what="the chat's tab")
        view = window.chats.view(contact_id)
        assert view.card.name.text() == "Grace Hopper"

        html = "<script>alert('x')</script> <b>my order</b> is late"
        await customer.send_json({"type": "send", "text": html, "client_msg_id": "c1"})
        await until(lambda: html in view.transcript.texts(), what="the customer's message")
        assert view.transcript.bubbles[-1].text.textFormat() is Qt.TextFormat.PlainText

        view.box.insertPlainText("One moment")  # typing, as a key would
        await until(lambda: _said(frames, "typing", typing=True), what="typing shown")
        view.box.clear()
        view.canned.itemClicked.emit(view.canned.item(0))
        assert view.box.toPlainText() == greeting["text"]
        view.send.click()
        await until(
            lambda: _said(frames, "message", sender="agent", text=greeting["text"]),
            what="the agent's message at the customer",
        )
        await until(lambda: _state(view.transcript.bubbles[-1]) == "sent")
        texts = view.transcript.texts()
        assert texts.index(html) < texts.index(greeting["text"])
        window.grab().save(str(artifacts / "chat-real-server.png"))
        window.grab().save(str(shots / "agent-chat.png"))

        view.end.click()
        await until(view.wrap_up.isVisible, what="the chat's wrap-up")
        view.wrap_up.disposition.setCurrentIndex(view.wrap_up.disposition.findData(solved["id"]))
        view.wrap_up.ready.click()
        await until(lambda: contact_id not in window.chats.views, what="the chat closed")
        interaction = await server.owner("GET", f"/api/interactions/{contact_id}")
        assert (interaction["channel"], interaction["disposition_id"]) == ("chat", solved["id"])
    finally:
        if listening is not None:
            listening.cancel()
        if customer is not None:
            await customer.close()
        if window is not None:
            window.close()
        await asyncio.to_thread(engine.shutdown)


async def until(condition: Callable[[], object], within: float = 10.0, what: str = "") -> None:
    """Lets Qt and the server's loop run until ``condition()`` holds."""
    try:
        async with asyncio.timeout(within):
            while not condition():
                QApplication.processEvents()
                await asyncio.sleep(0.01)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what or condition}") from None
    QApplication.processEvents()


async def _collect(ws: aiohttp.ClientWebSocketResponse, frames: list[dict[str, Any]]) -> None:
    async for frame in ws:
        if frame.type is aiohttp.WSMsgType.TEXT:
            frames.append(json.loads(frame.data))


def _state(bubble: Bubble) -> LineState | None:
    return bubble.line.state if bubble.line is not None else None


def _said(frames: list[dict[str, Any]], type_: str, **match: Any) -> bool:
    return any(
        f.get("type") == type_ and all(f.get(k) == v for k, v in match.items()) for f in frames
    )
