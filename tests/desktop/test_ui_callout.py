"""Calling out from the agent window, over a real AgentModel fed real protocol
messages, with a fake engine recording what the clicks and keys send: a
number typed (Enter calls), the last customer's card and its history, a
chat's card; the calling page, an answered call out, and the calls that
never connect, said in words. Rendered to PNG (test-artifacts/desktop/)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.engine.events import Connection
from callnest.desktop.settings import Settings
from desktop import samples as s
from desktop.callout_samples import CALLER_ID, E164, GRACE, NUMBER, ended, update
from desktop.test_chat_model import answered, chat_contact
from desktop.test_ui_agent import Desk

RAW_CODES = re.compile(r"\b(no_answer|busy|failed|outbound|inbound|voice|answered)\b")


def queues() -> list[dict[str, Any]]:
    """GET /api/queues: Sales shows customers a caller ID of its own."""
    return [
        s.queue_row(s.SUPPORT.id, s.SUPPORT.name, s.SUPPORT.display_name),
        s.queue_row(s.SALES.id, s.SALES.name, s.SALES.display_name)
        | {"outbound_caller_id": CALLER_ID},
    ]


def open_desk(qtbot: QtBot, settings: Settings, artifacts: Path) -> Desk:
    desk = Desk(qtbot, settings, artifacts)
    desk.engine.rest_replies["/api/queues"] = queues()
    desk.engine.rest_replies[f"/api/customers/{GRACE.id}/card"] = GRACE.model_dump(mode="json")
    desk.bridge.post(Connection("online"))
    desk.server(s.welcome())
    qtbot.waitUntil(lambda: desk.window.caller_ids is not None)
    return desk


@pytest.fixture
def desk(qtbot: QtBot, settings: Settings, artifacts: Path) -> Desk:
    return open_desk(qtbot, settings, artifacts)


def dials(desk: Desk) -> list[p.Message]:
    return [m for m in desk.sent() if isinstance(m, p.CallDial)]


def settle(desk: Desk) -> None:
    """The fake engine's replies arrive through the event loop."""
    desk.qtbot.waitUntil(lambda: desk.model.dial is None or desk.model.calling is not None)
    QApplication.processEvents()


def type_and_enter(desk: Desk, number: str) -> None:
    field = desk.window.dialer.number
    field.clear()
    QTest.keyClicks(field, number)
    QTest.keyClick(field, Qt.Key.Key_Return)


def last_customer(desk: Desk, card: p.CustomerCard = GRACE) -> None:
    """An inbound call from Grace, answered and done: her card stays on the idle page."""
    desk.server(s.offer(customer=card, caller_name=card.name, caller_address=E164))
    desk.window.ringing.answer.click()
    desk.server(
        p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED, caller_name=card.name)),
        p.ContactUpdate(contact=s.contact(p.ContactPhase.ENDED)),
    )
    desk.engine.requests.clear()
    assert desk.page() is desk.window.idle


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a person sees: visible labels and table cells."""
    texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    for table in widget.findChildren(QTableWidget):
        if table.isVisible():
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    texts.append(item.text() if item is not None else "")
    return texts


def assert_no_raw_codes(desk: Desk) -> None:
    for text in shown_texts(desk.window):
        assert not RAW_CODES.search(text), text


def test_a_number_typed_and_enter_calls_it_for_the_queue_with_a_caller_id(desk: Desk) -> None:
    dialer = desk.window.dialer
    names = [dialer.queue.itemText(i) for i in range(dialer.queue.count())]
    assert names == [f"Sales  ·  {CALLER_ID}", "Customer support"]  # its caller ID first
    assert dialer.queue_id() == s.SALES.id
    assert dialer.call.isEnabled()
    desk.shot("callout_idle")

    type_and_enter(desk, "+386 40 111 222")
    assert dials(desk) == [p.CallDial(number=E164, queue_id=s.SALES.id)]
    page = desk.window.calling
    assert desk.page() is page  # at once, before the server's contact
    assert page.caller.text() == "Calling +386 40 111 222…"
    assert page.details.text().startswith("Placing the call")
    assert not page.hangup.isEnabled()  # nothing to hang up yet


def test_the_queue_chosen_is_remembered(qtbot: QtBot, settings: Settings, artifacts: Path) -> None:
    desk = open_desk(qtbot, settings, artifacts)
    combo = desk.window.dialer.queue
    index = combo.findData(s.SUPPORT.id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert settings.dial_queue == s.SUPPORT.id
    desk.window.close()
    again = open_desk(qtbot, settings, artifacts)
    assert again.window.dialer.queue_id() == s.SUPPORT.id
    type_and_enter(again, NUMBER)
    assert dials(again) == [p.CallDial(number=E164, queue_id=s.SUPPORT.id)]


def test_the_calling_page_shows_who_and_how_long_and_hang_up_gives_up(desk: Desk) -> None:
    last_customer(desk)
    window = desk.window
    card = window.pop.card
    assert window.pop.isVisible() and card.title() == "Last customer"
    assert not window.pop.script.isVisible()
    assert card.call.isVisible() and card.call.isEnabled()
    assert card.call.toolTip() == f"Call Grace Hopper on {NUMBER} for Sales"
    rings = list(desk.engine.rings)
    card.call.click()
    assert dials(desk) == [p.CallDial(number=E164, queue_id=s.SALES.id, customer_id=GRACE.id)]
    desk.server(update(p.ContactPhase.RINGING))
    settle(desk)

    page = window.calling
    assert desk.page() is page
    assert page.heading.text() == "Calling out"
    assert page.caller.text() == "Calling +386 40 111 222 (Grace Hopper)…"
    assert page.details.text() == f"Ringing   ·   Queue: Sales   ·   they see {CALLER_ID}"
    assert card.title() == "Customer" and card.name.text() == "Grace Hopper"
    assert not card.call.isEnabled()
    assert card.call.toolTip() == "A call out is on its way already."
    assert not window.dialer.call.isEnabled()
    assert desk.engine.rings == rings  # the ringing tone comes from the server, not a ring
    desk.clock += 7
    desk.shot("callout_calling")
    assert page.timer.text() == "0:07"
    assert_no_raw_codes(desk)

    assert page.hangup.isEnabled()
    page.hangup.click()
    assert desk.sent()[-1] == p.CallHangup(contact_id="out1")
    desk.server(ended(p.EndReason.NO_ANSWER))
    assert desk.page() is window.idle
    assert window.call_notice.isVisible()
    assert window.call_notice.text.text() == (
        "Call cancelled: you hung up before +386 40 111 222 (Grace Hopper) answered."
    )


def test_busy_is_said_in_words_and_the_agent_is_back_at_idle(desk: Desk) -> None:
    last_customer(desk)
    window = desk.window
    window.pop.card.call.click()
    desk.server(update(p.ContactPhase.RINGING))
    settle(desk)
    desk.clock += 4
    desk.server(ended(p.EndReason.BUSY))
    assert desk.page() is window.idle
    notice = window.call_notice
    assert notice.isVisible()
    assert notice.text.text() == (
        "Busy: +386 40 111 222 (Grace Hopper) is on another call. Try again later."
    )
    assert window.dialer.call.isEnabled()
    assert window.pop.card.call.isEnabled()  # try again from her card
    assert not window.error.isVisible()
    desk.shot("callout_busy")
    assert_no_raw_codes(desk)
    history = window.pop.card.history
    assert [history.item(r, 3).text() for r in range(2)] == ["No answer", "Answered"]  # type: ignore[union-attr]

    notice.dismiss.click()
    assert not notice.isVisible()


def test_an_answered_call_out_is_the_call_page_of_an_outbound_call(desk: Desk) -> None:
    window = desk.window
    type_and_enter(desk, "+386 40 111 222")
    desk.server(update(p.ContactPhase.RINGING))
    settle(desk)
    # Typed by hand: the server found the customer, the window fetches her card.
    desk.qtbot.waitUntil(lambda: window.pop.card.name.text() == "Grace Hopper")
    desk.server(update(p.ContactPhase.CONNECTED, answered_at=s.NOW))
    page = window.in_call
    assert desk.page() is page
    assert page.heading.text() == "Outbound call"
    assert page.caller.text() == "Grace Hopper"
    assert page.details.text() == "+386 40 111 222   ·   Queue: Sales"
    assert not window.dialer.call.isEnabled()
    assert window.dialer.call.toolTip() == "You are on a call."
    assert not window.pop.card.call.isEnabled()
    desk.clock += 65
    desk.shot("callout_in_call")
    assert page.timer.text() == "1:05"
    assert_no_raw_codes(desk)

    page.mute.click()
    page.hangup.click()
    assert desk.sent()[-2:] == [
        p.CallMute(contact_id="out1", muted=True),
        p.CallHangup(contact_id="out1"),
    ]
    desk.server(update(p.ContactPhase.WRAP_UP, wrap_up_deadline=s.NOW + 120))
    assert desk.page() is window.wrap_up
    assert window.wrap_up.name.text() == "Grace Hopper"
    desk.server(update(p.ContactPhase.ENDED))
    assert desk.page() is window.idle and not window.call_notice.isVisible()


def test_a_refused_call_and_a_number_that_is_not_one_are_said_in_words(desk: Desk) -> None:
    def reply(message: p.Message) -> p.OkReply | p.ErrorReply:
        if isinstance(message, p.CallDial):
            return p.ErrorReply(
                ref=message.id,
                code=p.ErrorCode.NOT_SUPPORTED,
                message="no phone line: the owner adds a trunk first",
            )
        return p.OkReply(ref=message.id or "r")

    desk.engine.reply = reply
    window = desk.window
    type_and_enter(desk, NUMBER)
    desk.qtbot.waitUntil(window.call_notice.isVisible)
    assert desk.page() is window.idle
    assert window.call_notice.text.text() == (
        "The call to +386 40 111 222 could not be placed: "
        "no phone line: the owner adds a trunk first."
    )
    assert window.dialer.call.isEnabled()
    desk.shot("callout_failed")
    assert_no_raw_codes(desk)

    desk.server(update(p.ContactPhase.RINGING), ended(p.EndReason.FAILED))
    assert window.call_notice.text.text().startswith(
        "The call could not be placed: the phone line did not put it through to "
        "+386 40 111 222 (Grace Hopper)."
    )

    desk.engine.requests.clear()
    type_and_enter(desk, "040 111 222")
    assert desk.sent() == []
    assert window.call_notice.text.text().startswith(
        "“040 111 222” cannot be called: write the number in international form"
    )


def test_calling_is_off_with_the_reason_while_on_a_call_or_offline(desk: Desk) -> None:
    window, dialer = desk.window, desk.window.dialer
    desk.server(s.offer())
    assert not dialer.call.isEnabled()
    assert dialer.call.toolTip() == "A call is ringing: answer or decline it first."
    window.ringing.answer.click()
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED)))
    assert dialer.call.toolTip() == "You are on a call."
    card = window.pop.card  # Carla's, with one phone
    assert card.call.isVisible() and not card.call.isEnabled()
    assert card.call.toolTip() == "You are on a call."
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.ENDED)))
    assert dialer.call.isEnabled()

    desk.server(s.state(p.AgentState.OFFLINE))
    assert dialer.call.toolTip() == "You are offline: choose Available or a break to call out."
    desk.server(s.state(p.AgentState.BREAK, reason_id=s.LUNCH.id))
    assert dialer.call.isEnabled()  # a break does not stop a call out
    desk.bridge.post(Connection("reconnecting", "connection reset"))
    assert not dialer.call.isEnabled()
    assert dialer.call.toolTip().startswith("Not connected to the server")
    desk.engine.requests.clear()
    type_and_enter(desk, NUMBER)  # Enter cannot get round it
    assert dials(desk) == []


def test_several_phones_give_a_menu_and_a_history_entry_calls_for_its_queue(
    desk: Desk,
) -> None:
    both = GRACE.model_copy(update={"phones": (NUMBER, "+44 20 7946 0001")})
    desk.engine.rest_replies[f"/api/customers/{GRACE.id}/card"] = both.model_dump(mode="json")
    last_customer(desk, both)
    card = desk.window.pop.card
    menu = card.call.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [NUMBER, "+44 20 7946 0001"]
    menu.actions()[1].trigger()
    settle(desk)
    history = card.history
    first_row = history.cellWidget(0, history.columnCount() - 1)  # Customer support
    assert isinstance(first_row, QPushButton)
    row_menu = first_row.menu()
    assert row_menu is not None
    assert first_row.toolTip() == "Call Grace Hopper for Customer support: choose the number"
    row_menu.actions()[0].trigger()
    settle(desk)
    assert dials(desk) == [
        p.CallDial(number="+442079460001", queue_id=s.SALES.id, customer_id=GRACE.id),
        p.CallDial(number=E164, queue_id=s.SUPPORT.id, customer_id=GRACE.id),
    ]
    desk.shot("callout_card_menu")


def test_a_customer_in_a_chat_can_be_called_from_the_chat_card(desk: Desk) -> None:
    desk.server(
        p.Offer(
            offer_id="o-k1",
            contact=chat_contact(p.ContactPhase.RINGING, caller_name=GRACE.name),
            ring_timeout_s=20.0,
            expires_at=s.NOW + 20,
            customer=GRACE,
        )
    )
    desk.window.ringing.answer.click()
    desk.server(answered(caller_name=GRACE.name))
    card = desk.window.chats.view("k1").card
    assert card.call.isVisible() and card.call.isEnabled()  # a chat is not a call
    desk.shot("callout_chat_card")
    card.call.click()
    assert dials(desk) == [p.CallDial(number=E164, queue_id=s.SALES.id, customer_id=GRACE.id)]
