"""AgentWindow over a real AgentModel fed real protocol messages, with a fake
engine recording what the buttons send. Each state is also rendered to PNG
(test-artifacts/desktop/) for a person to look at."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import Connection, DeviceProblem, Relink, ServerEvent
from callnest.desktop.models.agent import AgentModel
from callnest.desktop.notifications import DesktopNotifications
from callnest.desktop.settings import Settings
from callnest.desktop.ui.agent import NO_MICROPHONE, RECONNECTING, AgentWindow
from desktop import samples as s
from desktop.fakes import FakeEngine, failed

DIRECTORY = [
    {"id": s.ME.id, "display_name": s.ME.display_name, "team_id": None},
    {"id": 8, "display_name": "Bob Baker", "team_id": None},
]


class Desk:
    """The window and what drives it."""

    def __init__(
        self,
        qtbot: QtBot,
        settings: Settings,
        artifacts: Path,
        notifications: Callable[[], DesktopNotifications | None] | None = None,
    ) -> None:
        self.qtbot, self.artifacts = qtbot, artifacts
        self.clock = s.NOW
        self.engine = FakeEngine()
        self.engine.rest_replies["/api/directory"] = DIRECTORY
        self.bridge = EngineBridge()
        self.model = AgentModel(clock=lambda: self.clock)
        self.bridge.event.connect(self.model.apply)
        self.window = AgentWindow(
            self.engine,
            self.bridge,
            settings,
            self.model,
            list_devices=lambda: (["usb_headset_mic"], ["usb_headset", "laptop_speakers"]),
            notifications=notifications or (lambda: None),  # never the tester's own desktop
        )
        qtbot.addWidget(self.window)
        self.window.resize(1000, 720)
        self.window.show()

    def server(self, *messages: p.ServerMessage) -> None:
        for message in messages:
            self.bridge.post(ServerEvent(message))

    def sent(self) -> list[p.Message]:
        return [m.model_copy(update={"id": None}) for m in self.engine.requests]

    def shot(self, name: str) -> None:
        self.window.tick()
        QApplication.processEvents()  # widgets added to a shown layout appear a turn later
        self.window.grab().save(str(self.artifacts / f"{name}.png"))

    def page(self) -> QWidget | None:
        return self.window.pages.currentWidget()


@pytest.fixture
def desk(qtbot: QtBot, settings: Settings, artifacts: Path) -> Desk:
    desk = Desk(qtbot, settings, artifacts)
    desk.bridge.post(Connection("online"))
    desk.server(s.welcome())
    return desk


def ring(desk: Desk, **offer_fields: Any) -> None:
    desk.server(s.offer(**offer_fields))


def answer(desk: Desk) -> None:
    ring(desk)
    desk.window.ringing.answer.click()
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED, answered_at=s.NOW)))


def test_idle_shows_status_and_the_shift(desk: Desk) -> None:
    window = desk.window
    assert desk.page() is window.idle
    assert not window.pop.isVisible()
    labels = [window.status.itemText(i) for i in range(window.status.count())]
    assert labels == ["Available", "Break — Lunch", "Break — Training", "Offline"]
    assert window.status.currentText() == "Available"
    assert window.connection.text() == "Online"
    desk.clock += 125
    window.tick()
    assert window.shift_time.text() == "Shift 2:05"
    assert window.state_time.text() == "In status 3:35"  # since = NOW - 90
    desk.shot("idle")


def test_offer_pops_the_caller_card_script_and_rings(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    alerts: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", lambda w, msec=0: alerts.append(w))
    ring(desk)
    window = desk.window
    assert desk.page() is window.ringing
    assert window.ringing.caller.text() == "Carla Jones"
    assert "+44 20 7946 0000" in window.ringing.details.text()
    assert "Queue: Customer support" in window.ringing.details.text()
    card = window.pop.card
    assert card.name.text() == "Carla Jones"
    assert card.notes.text() == s.CARD.notes
    assert card.history.rowCount() == 2
    item = card.history.item(0, 5)
    assert item is not None and item.text() == "Router keeps rebooting"
    assert window.pop.script.text.toPlainText() == s.SCRIPT
    assert desk.engine.rings == [True]
    assert alerts == [window]  # no system tray offscreen: the window asks for attention
    assert window.ringing.countdown.text() == "0:20"
    desk.clock += 5
    window.tick()
    assert window.ringing.countdown.text() == "0:15"
    desk.shot("ringing")

    desk.server(p.OfferWithdrawn(offer_id="o1", reason="caller_hangup"))
    assert desk.page() is window.idle
    assert desk.engine.rings == [True, False]


def test_a_claimed_customer_shows_only_a_name_until_the_agent_confirms_them(desk: Desk) -> None:
    claimed = p.CustomerCard(id=s.CARD.id, name=s.CARD.name, identity="claimed")
    ring(desk, customer=claimed)
    card = desk.window.pop.card
    assert card.name.text() == s.CARD.name
    assert card.identity.isVisible() and card.identity.text().startswith("Unverified:")
    assert not card.notes.isVisible() and not card.contact.isVisible()
    assert not card.history.isVisible() and not card.no_history.isVisible()
    assert not card.confirm_button.isVisible()  # ringing: nobody to ask yet

    desk.window.ringing.answer.click()
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED, answered_at=s.NOW)))
    assert card.confirm_button.isVisible()
    desk.shot("call-unverified")
    confirmed = s.CARD.model_copy(update={"identity": "confirmed"})
    desk.engine.rest_replies["/api/contacts/c1/confirm-identity"] = {
        "customer": confirmed.model_dump(mode="json"),
        "script": "Greet Carla Jones, on the Gold plan.",
    }
    card.confirm_button.click()
    QApplication.processEvents()
    assert ("POST", "/api/contacts/c1/confirm-identity", None) in desk.engine.rest_calls
    assert card.notes.text() == s.CARD.notes and card.notes.isVisible()
    assert card.history.rowCount() == 2
    assert not card.identity.isVisible() and not card.confirm_button.isVisible()
    assert desk.window.pop.script.text.toPlainText() == "Greet Carla Jones, on the Gold plan."


def test_a_refused_confirmation_is_said(desk: Desk) -> None:
    ring(desk, customer=p.CustomerCard(id=s.CARD.id, name=s.CARD.name, identity="claimed"))
    desk.window.ringing.answer.click()
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED, answered_at=s.NOW)))
    desk.engine.rest_answer = lambda method, path, json: failed(RuntimeError("you are not on it"))
    desk.window.pop.card.confirm_button.click()
    QApplication.processEvents()
    assert "could not be confirmed: you are not on it" in desk.window.error.text()
    assert desk.window.pop.card.confirm_button.isVisible()


def test_a_caller_id_match_shows_the_card_marked_as_such(desk: Desk) -> None:
    ring(desk, customer=s.CARD.model_copy(update={"identity": "caller_id"}))
    card = desk.window.pop.card
    assert card.notes.text() == s.CARD.notes
    assert card.identity.text().startswith("Matched by the caller's number")
    assert not card.confirm_button.isVisible()


def test_markup_from_callers_and_scripts_is_shown_literally(desk: Desk) -> None:
    card = s.CARD.model_copy(update={"notes": "<i>VIP</i>", "name": "<b>x</b>"})
    ring(desk, caller_name="<b>x</b>", script="<b>x</b> & <a href='y'>link</a>", customer=card)
    window = desk.window
    for label in (window.ringing.caller, window.pop.card.name, window.pop.card.notes):
        assert label.textFormat() is Qt.TextFormat.PlainText
    assert window.ringing.caller.text() == "<b>x</b>"
    assert window.pop.card.notes.text() == "<i>VIP</i>"
    document = window.pop.script.text.document()
    assert document.toPlainText() == "<b>x</b> & <a href='y'>link</a>"
    # Not one character of the script is bold or a link.
    cursor = QTextCursor(document)
    for position in range(1, document.characterCount()):
        cursor.setPosition(position)
        assert not cursor.charFormat().font().bold()
        assert not cursor.charFormat().isAnchor()


def test_answer_sends_offer_answer_and_the_call_page_follows(desk: Desk) -> None:
    answer(desk)
    window = desk.window
    assert desk.sent() == [p.OfferAnswer(offer_id="o1")]
    assert desk.page() is window.in_call
    assert desk.engine.rings == [True, False]
    assert window.in_call.caller.text() == "Carla Jones"
    assert window.pop.isVisible()
    assert window.pop.script.text.toPlainText() == s.SCRIPT  # still there during the call
    desk.clock += 83
    window.tick()
    assert window.in_call.timer.text() == "1:23"
    desk.shot("in_call")


def test_decline_sends_offer_decline(desk: Desk) -> None:
    ring(desk)
    desk.window.ringing.decline.click()
    assert desk.sent() == [p.OfferDecline(offer_id="o1")]
    assert not desk.window.ringing.answer.isEnabled()


def test_mute_hold_resume_and_hang_up_send_their_requests(desk: Desk) -> None:
    answer(desk)
    window = desk.window
    window.in_call.mute.click()
    assert not window.in_call.mute.isChecked()  # until the server says it is muted
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED, muted=True)))
    assert window.in_call.mute.isChecked() and window.in_call.mute.text() == "Unmute"
    window.in_call.mute.click()
    window.in_call.hold.click()
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.ON_HOLD)))
    assert window.in_call.hold.text() == "Resume" and window.in_call.chip.text() == "On hold"
    desk.shot("on_hold")
    desk.qtbot.waitUntil(window.in_call.hold.isEnabled)
    window.in_call.hold.click()
    desk.qtbot.waitUntil(window.in_call.hangup.isEnabled)
    window.in_call.hangup.click()
    assert desk.sent()[1:] == [
        p.CallMute(contact_id="c1", muted=True),
        p.CallMute(contact_id="c1", muted=False),
        p.CallHold(contact_id="c1"),
        p.CallResume(contact_id="c1"),
        p.CallHangup(contact_id="c1"),
    ]


def test_the_recording_is_paused_and_resumed_from_the_call(desk: Desk) -> None:
    answer(desk)
    button = desk.window.in_call.recording
    assert button.isVisible() and button.text() == "Pause recording"
    button.click()
    assert not button.isChecked()  # until the server says it is paused
    paused = s.contact(p.ContactPhase.CONNECTED, recording_paused=True)
    desk.server(p.ContactUpdate(contact=paused))
    assert button.isChecked() and button.text() == "Resume recording"
    assert desk.window.in_call.chip.text() == "Recording paused"
    desk.shot("recording-paused")
    desk.qtbot.waitUntil(button.isEnabled)
    button.click()
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED)))
    assert button.text() == "Pause recording" and not desk.window.in_call.chip.isVisible()
    assert desk.sent()[1:] == [
        p.CallRecording(contact_id="c1", paused=True),
        p.CallRecording(contact_id="c1", paused=False),
    ]


def test_raise_hand_asks_for_help_and_comes_down_with_the_call(desk: Desk) -> None:
    answer(desk)
    hand = desk.window.in_call.hand
    hand.click()
    assert desk.sent()[-1] == p.AgentRaiseHand(raised=True)
    assert hand.isChecked() and hand.text() == "Lower hand"
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.WRAP_UP, answered_at=s.NOW)))
    assert not hand.isChecked()


def test_a_refused_raise_hand_is_undone(desk: Desk) -> None:
    answer(desk)
    desk.engine.reply = lambda m: p.ErrorReply(
        ref=m.id, code=p.ErrorCode.NOT_IN_CALL, message="No call."
    )
    desk.window.in_call.hand.click()
    QApplication.processEvents()
    assert not desk.window.in_call.hand.isChecked()
    assert desk.window.error.text() == "No call."


def test_transfer_offers_queues_and_other_agents(desk: Desk) -> None:
    desk.qtbot.waitUntil(lambda: bool(desk.window.agents))
    assert desk.engine.rest_calls[0] == ("GET", "/api/directory", None)
    answer(desk)
    menu = desk.window.transfer_menu
    menu.aboutToShow.emit()
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    # Not the agent herself; an outside number too (a call's menu only).
    assert names == ["Customer support", "Sales", "Bob Baker", "To a phone number…"]
    next(a for a in menu.actions() if a.text() == "Sales").trigger()
    next(a for a in menu.actions() if a.text() == "Bob Baker").trigger()
    assert desk.sent()[1:] == [
        p.CallTransfer(contact_id="c1", target=p.TransferTarget(queue_id=s.SALES.id)),
        p.CallTransfer(contact_id="c1", target=p.TransferTarget(agent_id=8)),
    ]


def test_transfer_to_a_phone_number_asks_for_it_and_says_what_is_wrong(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(desk)
    menu = desk.window.transfer_menu
    typed: list[str | None] = ["040 999 888", "+386 (41) 999-888", None]
    monkeypatch.setattr(desk.window, "ask_transfer_number", lambda: typed.pop(0))
    menu.aboutToShow.emit()
    to_number = next(a for a in menu.actions() if a.text() == "To a phone number…")
    to_number.trigger()  # no country code
    assert "cannot be called" in desk.window.error.text()
    assert len(desk.sent()) == 1  # the answer only
    to_number.trigger()
    assert desk.sent()[-1] == p.CallTransfer(
        contact_id="c1", target=p.TransferTarget(number="+38641999888")
    )
    to_number.trigger()  # cancelled: nothing
    assert len(desk.sent()) == 2
    # The server's refusal is shown in its words.
    desk.engine.reply = lambda m: p.ErrorReply(
        ref=m.id, code=p.ErrorCode.NOT_SUPPORTED, message="This server has no phone line yet."
    )
    typed.append("+386 41 999 888")
    to_number.trigger()
    QApplication.processEvents()
    assert desk.window.error.text() == "This server has no phone line yet."


def test_wrap_up_sends_disposition_notes_and_only_the_changed_customer_fields(
    desk: Desk,
) -> None:
    answer(desk)
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.WRAP_UP)))
    window, page = desk.window, desk.window.wrap_up
    assert desk.page() is page
    assert page.name.text() == "Carla Jones"
    assert page.email.text() == "carla@example.com"
    assert page.countdown.text() == "1:00"
    assert [page.disposition.itemText(i) for i in range(page.disposition.count())] == [
        "(no disposition)",
        "Sale made",
        "Call back later",
    ]
    page.disposition.setCurrentIndex(2)
    page.notes.setPlainText("Router replaced; call back Friday.")
    page.email.setText("carla.jones@example.com")
    desk.server(
        p.AgentStateUpdate(state=p.AgentState.AVAILABLE, activity=p.Activity.WRAP_UP, since=s.NOW)
    )  # a refresh in the middle keeps what was typed
    assert page.notes.toPlainText() == "Router replaced; call back Friday."
    desk.shot("wrap_up")
    page.ready.click()
    assert desk.sent()[-1] == p.WrapupComplete(
        contact_id="c1",
        disposition_id=s.CALLBACK.id,
        notes="Router replaced; call back Friday.",
        customer=p.CustomerEdit(emails=("carla.jones@example.com",)),
    )
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.ENDED)))
    assert desk.page() is window.idle


def test_a_caller_who_asks_never_to_be_called_goes_on_the_do_not_call_list(
    desk: Desk,
) -> None:
    answer(desk)
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.WRAP_UP)))
    page = desk.window.wrap_up
    assert not page.do_not_call.isHidden() and not page.do_not_call.isChecked()
    page.do_not_call.setChecked(True)
    page.ready.click()
    sent = desk.sent()[-1]
    assert isinstance(sent, p.WrapupComplete) and sent.do_not_call
    # A web caller's address is no number to list: the box is not offered.
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.ENDED)))
    web = s.contact(p.ContactPhase.WRAP_UP, contact_id="c2", caller_address="198.51.100.7")
    desk.server(p.ContactUpdate(contact=web))
    assert page.do_not_call.isHidden() and not page.do_not_call.isChecked()
    page.ready.click()
    sent = desk.sent()[-1]
    assert isinstance(sent, p.WrapupComplete) and not sent.do_not_call


def test_wrap_up_refuses_a_bad_email_without_sending(desk: Desk) -> None:
    answer(desk)
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.WRAP_UP)))
    desk.window.wrap_up.email.setText("not an address")
    desk.window.wrap_up.ready.click()
    assert desk.window.error.text() == "E-mail: that is not an e-mail address."
    assert desk.window.error.isVisible()
    assert not any(isinstance(m, p.WrapupComplete) for m in desk.sent())


def test_wrap_up_after_a_restart_with_no_card_creates_the_customer(desk: Desk) -> None:
    desk.server(s.welcome(contacts=(s.contact(p.ContactPhase.WRAP_UP, caller_name=None),)))
    page = desk.window.wrap_up
    assert desk.page() is page and page.name.text() == ""
    page.name.setText("Dana Fox")
    page.phone.setText("+1 555 0100")
    page.ready.click()
    assert desk.sent() == [
        p.WrapupComplete(
            contact_id="c1",
            customer=p.CustomerEdit(name="Dana Fox", phones=("+1 555 0100",)),
        )
    ]


def test_a_restart_mid_call_fetches_the_customer_card_again(desk: Desk, qtbot: QtBot) -> None:
    card = p.CustomerCard(id=5, name="Dana Fox", notes="Prefers e-mail.")
    desk.engine.rest_replies["/api/customers/5/card"] = card.model_dump(mode="json")
    desk.server(s.welcome(contacts=(s.contact(p.ContactPhase.CONNECTED, customer_id=5),)))
    qtbot.waitUntil(lambda: desk.window.model.pop.customer == card)
    assert desk.engine.rest_calls.count(("GET", "/api/customers/5/card", None)) == 1
    texts = [w.text() for w in desk.window.pop.findChildren(QLabel)]
    assert "Prefers e-mail." in texts


def test_an_error_reply_is_shown_and_cleared_by_the_next_success(desk: Desk) -> None:
    desk.engine.reply = lambda m: p.ErrorReply(
        ref=m.id,
        code=p.ErrorCode.OFFER_GONE,
        message="That call was answered by someone else.",
    )
    ring(desk)
    desk.window.ringing.answer.click()
    desk.qtbot.waitUntil(desk.window.error.isVisible)
    assert desk.window.error.text() == "That call was answered by someone else."
    assert desk.window.ringing.answer.isEnabled()
    desk.engine.reply = lambda m: p.OkReply(ref=m.id or "r")
    desk.window.ringing.answer.click()
    desk.qtbot.waitUntil(lambda: not desk.window.error.isVisible())


def test_available_is_refused_without_a_working_microphone(desk: Desk) -> None:
    desk.server(s.state(p.AgentState.BREAK, reason_id=s.LUNCH.id))
    window = desk.window
    assert window.status.currentText() == "Break — Lunch"
    desk.engine.headset.microphone_ok = False
    window.status.setCurrentIndex(0)
    window.status.activated.emit(0)
    assert window.error.text() == NO_MICROPHONE
    assert window.status.currentText() == "Break — Lunch"
    assert desk.sent() == []

    desk.engine.headset.microphone_ok = True
    window.status.setCurrentIndex(0)
    window.status.activated.emit(0)
    window.status.setCurrentIndex(2)
    window.status.activated.emit(2)
    assert desk.sent() == [
        p.AgentSetState(state=p.AgentState.AVAILABLE),
        p.AgentSetState(state=p.AgentState.BREAK, reason_id=s.TRAINING.id),
    ]


def test_a_refused_state_change_puts_the_selector_back(desk: Desk) -> None:
    desk.engine.reply = lambda m: p.ErrorReply(
        ref=m.id, code=p.ErrorCode.AGENT_BUSY, message="Finish the call."
    )
    desk.window.status.setCurrentIndex(3)
    desk.window.status.activated.emit(3)
    desk.qtbot.waitUntil(desk.window.error.isVisible)
    assert desk.window.status.currentText() == "Available"


def test_reconnecting_banner_comes_and_goes_while_the_call_goes_on(desk: Desk) -> None:
    answer(desk)
    window = desk.window
    assert not window.banner.isVisible()
    desk.bridge.post(Connection("reconnecting", "connection reset"))
    assert window.banner.isVisible() and window.banner.text() == RECONNECTING
    assert window.connection.text() == "Reconnecting…"
    assert desk.page() is window.in_call
    desk.shot("reconnecting")
    desk.bridge.post(Connection("online"))
    assert not window.banner.isVisible()


def test_device_problems_are_shown_until_the_device_is_back(desk: Desk) -> None:
    message = "The microphone “usb_headset_mic” is not connected."
    desk.bridge.post(DeviceProblem("microphone", "usb_headset_mic", message, working=False))
    assert desk.window.device_banner.isVisible()
    assert desk.window.device_banner.text() == message
    desk.bridge.post(DeviceProblem("microphone", "usb_headset_mic", "back", working=True))
    assert not desk.window.device_banner.isVisible()


def test_session_ended_is_said_plainly(desk: Desk) -> None:
    desk.server(p.SessionEnded(reason="you logged in on another computer"))
    assert desk.window.connection.text() == "Logged out: you logged in on another computer"


def test_headset_button_opens_the_set_up(desk: Desk) -> None:
    dialog = desk.window.open_headset()
    desk.qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.microphone.itemText(1) == "usb_headset_mic"


def test_an_owner_sees_each_alarm_in_words_until_it_is_cleared(desk: Desk) -> None:
    alarm = p.AlarmNotice(
        name="backups",
        title="Backups",
        summary="The newest backup is 3 days old.",
        fix="Back up now (Admin window, Backups tab).",
        raised_at=s.NOW - 600,
    )
    banner = desk.window.alarm_banner
    assert not banner.isVisible()

    desk.server(p.AlarmsUpdate(alarms=(alarm,)))

    assert banner.isVisible()
    text = banner.text.text()
    assert "Backups (since" in text and "3 days old" in text
    assert "What to do: Back up now" in text
    desk.shot("agent-alarm")
    desk.server(p.AlarmsUpdate(alarms=()))
    assert not banner.isVisible()


# ------------------------------------------------------------ home connection


def verdict(problem: p.LinkProblem | None, **figures: float) -> p.LinkVerdictUpdate:
    return p.LinkVerdictUpdate(verdict=p.LinkVerdict(problem=problem, since=s.NOW, **figures))


def shown(window: AgentWindow) -> list[str]:
    """Every text the window shows: its labels and its status choices."""
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    for box in window.findChildren(QComboBox):
        texts += [box.itemText(i) for i in range(box.count())]
    return texts


HELD = s.state(p.AgentState.BREAK, reason="home_connection")


def test_the_check_of_the_home_connection_is_said_in_words(desk: Desk) -> None:
    window, line = desk.window, desk.window.link_status
    assert not line.isVisible()  # nothing judged yet: nothing to say
    desk.server(verdict(p.LinkProblem.UNCONFIRMED), HELD)
    assert line.isVisible() and line.text() == "Checking your connection…"
    assert line.objectName() == "linkChecking"
    assert window.status.currentText() == "Break — Home connection"
    assert window.idle.headline.text() == "Checking your connection"
    assert "by yourself" in window.idle.detail.text()

    desk.server(
        verdict(None, loss_pct=0.0, jitter_ms=2.0, rtt_ms=30.2, mos=4.41),
        s.state(p.AgentState.AVAILABLE),
    )
    assert line.text() == (
        "Connection check passed: 0 % loss, 30 ms round trip (call quality 4.4 of 5)"
    )
    assert line.objectName() == "linkFit"
    assert window.status.currentText() == "Available"
    desk.shot("link-passed")


@pytest.mark.parametrize(
    ("problem", "figures", "said"),
    [
        (
            p.LinkProblem.POOR,
            {"loss_pct": 8.0, "jitter_ms": 12.0, "rtt_ms": 45.0, "mos": 3.3},
            "Home connection: 8 % loss — calls are held back until it recovers",
        ),
        (
            p.LinkProblem.POOR,
            {"loss_pct": 0.2, "jitter_ms": 10.0, "rtt_ms": 640.0, "mos": 3.5},
            "Home connection: 640 ms round trip — calls are held back until it recovers",
        ),
        (
            p.LinkProblem.DOWN,
            {},
            "No audio from your computer reaches the server — calls are held back",
        ),
        (
            p.LinkProblem.MICROPHONE,
            {"loss_pct": 0.0, "mos": 4.4},
            "Your microphone sends nothing — check your headset; calls are held back",
        ),
    ],
)
def test_a_connection_that_cannot_carry_a_call_says_why(
    desk: Desk, problem: p.LinkProblem, figures: dict[str, float], said: str
) -> None:
    window = desk.window
    desk.server(verdict(p.LinkProblem.UNCONFIRMED), verdict(problem, **figures), HELD)
    assert window.link_status.text() == said
    assert window.link_status.objectName() == "linkHeld"
    assert window.idle.headline.text() == "Calls are held back"
    assert window.status.currentText() == "Break — Home connection"
    assert not any("home_connection" in text for text in shown(window))
    if problem is p.LinkProblem.POOR and figures["loss_pct"] > 1:
        desk.shot("link-poor")

    desk.server(verdict(None, loss_pct=0.4, rtt_ms=31.0, mos=4.3), s.state(p.AgentState.AVAILABLE))
    assert window.link_status.text() == (
        "Your connection recovered: 0.4 % loss, 31 ms round trip (call quality 4.3 of 5)"
        " — calls are offered again"
    )
    assert window.idle.headline.text() == "Waiting for the next contact"


def test_a_wake_or_a_move_is_said_until_the_new_link_is_judged(desk: Desk) -> None:
    line = desk.window.link_status
    desk.server(verdict(None, loss_pct=0.0, rtt_ms=30.0, mos=4.4))
    desk.bridge.post(Relink("wake"))
    assert line.text() == "Woke from sleep: checking your connection…"
    desk.server(verdict(p.LinkProblem.UNCONFIRMED), HELD)
    assert line.text() == "Woke from sleep: checking your connection…"
    assert line.objectName() == "linkChecking"
    desk.shot("link-woke")
    desk.server(verdict(None, loss_pct=0.0, rtt_ms=30.0, mos=4.4))
    assert line.text().startswith("Connection check passed: ")

    desk.bridge.post(Relink("network"))
    desk.server(verdict(p.LinkProblem.UNCONFIRMED))
    assert line.text() == "Network changed: checking your connection…"
    desk.server(verdict(p.LinkProblem.POOR, loss_pct=12.0, mos=2.9))
    assert line.text().startswith("Home connection: 12 % loss")


def test_a_resync_while_held_back_still_names_the_break(desk: Desk) -> None:
    desk.server(verdict(p.LinkProblem.DOWN), HELD)
    desk.server(s.welcome(p.AgentState.BREAK, reason="home_connection"))
    assert desk.window.status.currentText() == "Break — Home connection"
    assert desk.window.idle.headline.text() == "Calls are held back"
    # Another system break after it is named anew, in words too.
    desk.server(s.state(p.AgentState.BREAK, reason="missed_offers"))
    assert desk.window.status.currentText() == "Break — Missed offers"
    # Said in words, never its code (the misses were counted before this desktop started).
    assert desk.window.idle.detail.text() == (
        "Offers to you rang out unanswered — choose Available when you are back."
    )
    assert not any("_" in text for text in shown(desk.window) if text.startswith("Break"))
