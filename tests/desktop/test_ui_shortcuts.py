"""The agent window's keyboard shortcuts, pressed on the real window (also
while the cursor is in a chat's box): the request each sends, the reason
said when it can do nothing, the help sheet, and rebinding them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.engine.events import Connection
from callnest.desktop.settings import Settings
from callnest.desktop.ui.shortcuts import SHORTCUTS, ShortcutsDialog
from desktop import samples as s
from desktop.test_chat_model import answered, chat_offer, said
from desktop.test_ui_agent import Desk, answer, ring

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def desk(qtbot: QtBot, settings: Settings, artifacts: Path) -> Desk:
    desk = Desk(qtbot, settings, artifacts)
    desk.bridge.post(Connection("online"))
    desk.engine.welcome = s.welcome()
    desk.server(desk.engine.welcome)
    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow)
    return desk


def press(desk: Desk, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL_SHIFT) -> None:
    """A key pressed where the keyboard's focus is (the window when nothing has it)."""
    target = QApplication.focusWidget() or desk.window
    QTest.keyClick(target, key, modifiers)


def said_in_status_bar(desk: Desk) -> str:
    return desk.window.statusBar().currentMessage()


def test_answer_and_decline_keys_act_on_the_ringing_offer(desk: Desk) -> None:
    ring(desk)
    press(desk, Qt.Key.Key_D)
    assert desk.sent() == [p.OfferDecline(offer_id="o1")]
    desk.server(p.OfferWithdrawn(offer_id="o1", reason="declined"))
    ring(desk, offer_id="o2")
    press(desk, Qt.Key.Key_A)
    assert desk.sent()[-1] == p.OfferAnswer(offer_id="o2")


def test_the_call_keys_mute_hold_and_hang_up_then_the_wrap_up_has_the_focus(desk: Desk) -> None:
    answer(desk)
    window = desk.window
    press(desk, Qt.Key.Key_M)
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED, muted=True)))
    press(desk, Qt.Key.Key_L)
    desk.qtbot.waitUntil(window.in_call.hold.isEnabled)
    press(desk, Qt.Key.Key_H)
    assert desk.sent()[1:] == [
        p.CallMute(contact_id="c1", muted=True),
        p.CallHold(contact_id="c1"),
        p.CallHangup(contact_id="c1"),
    ]
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.WRAP_UP)))
    # The next thing to do after hanging up: choose how the call went.
    desk.qtbot.waitUntil(window.wrap_up.disposition.hasFocus)
    press(desk, Qt.Key.Key_H)
    assert said_in_status_bar(desk) == "The call has ended: finish the wrap-up."
    assert not any(isinstance(m, p.CallHangup) for m in desk.sent()[4:])


@pytest.mark.parametrize(
    ("key", "said"),
    [
        (Qt.Key.Key_A, "Nothing is ringing."),
        (Qt.Key.Key_D, "Nothing is ringing."),
        (Qt.Key.Key_H, "There is no call to hang up."),
        (Qt.Key.Key_M, "There is no call in progress."),
        (Qt.Key.Key_L, "There is no call in progress."),
        (Qt.Key.Key_T, "There is nothing to transfer."),
        (Qt.Key.Key_R, "You are available already."),
    ],
)
def test_a_key_that_can_do_nothing_sends_nothing_and_says_why(
    desk: Desk, key: Qt.Key, said: str
) -> None:
    press(desk, key)
    assert desk.sent() == []
    assert said_in_status_bar(desk) == said


def test_ready_and_break_set_the_status(desk: Desk) -> None:
    window = desk.window
    desk.server(s.state(p.AgentState.BREAK, reason_id=s.LUNCH.id))
    press(desk, Qt.Key.Key_R)
    assert desk.sent() == [p.AgentSetState(state=p.AgentState.AVAILABLE)]
    desk.server(s.state(p.AgentState.AVAILABLE))
    # Two breaks to choose from: the list opens under the status.
    press(desk, Qt.Key.Key_B)
    desk.qtbot.waitUntil(window.break_menu.isVisible)
    names = [a.text() for a in window.break_menu.actions()]
    assert names == ["Lunch", "Training"]
    window.break_menu.actions()[1].trigger()
    window.break_menu.close()
    assert desk.sent()[-1] == p.AgentSetState(state=p.AgentState.BREAK, reason_id=s.TRAINING.id)


def test_ready_without_a_microphone_says_so(desk: Desk) -> None:
    desk.server(s.state(p.AgentState.BREAK, reason_id=s.LUNCH.id))
    desk.engine.headset.microphone_ok = False
    press(desk, Qt.Key.Key_R)
    assert desk.sent() == []
    assert desk.window.error.text() == "No working microphone: open Headset set-up"


def test_transfer_opens_the_calls_transfer_menu(desk: Desk) -> None:
    answer(desk)
    press(desk, Qt.Key.Key_T)
    menu = desk.window.transfer_menu
    desk.qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions() if not a.isSeparator()][:2] == [
        "Customer support",
        "Sales",
    ]
    menu.close()


def test_an_answered_chat_takes_the_typing_and_the_keys_work_while_typing(desk: Desk) -> None:
    window = desk.window
    desk.server(chat_offer())
    press(desk, Qt.Key.Key_A)
    assert desk.sent() == [p.OfferAnswer(offer_id="o-k1")]
    desk.server(answered(), said(1, "Hello?"))
    box = window.chats.view("k1").box
    desk.qtbot.waitUntil(box.hasFocus)  # the first reply typed is not lost
    QTest.keyClicks(box, "Hi Carla")
    assert box.toPlainText() == "Hi Carla"

    # A second chat; Ctrl+Tab goes from one to the other, the cursor with it.
    desk.server(chat_offer("o-k2", "k2", caller_name="Dan Moss"))
    press(desk, Qt.Key.Key_A)
    desk.server(answered("k2", caller_name="Dan Moss"))
    second = window.chats.view("k2").box
    desk.qtbot.waitUntil(second.hasFocus)
    press(desk, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.chats.current_view() is window.chats.view("k1")
    desk.qtbot.waitUntil(box.hasFocus)
    press(desk, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.chats.current_view() is window.chats.view("k2")

    # A shortcut pressed in a chat's box acts, and types nothing there.
    press(desk, Qt.Key.Key_B)
    desk.qtbot.waitUntil(window.break_menu.isVisible)
    window.break_menu.close()
    assert second.toPlainText() == ""
    assert box.toPlainText() == "Hi Carla"


def test_each_control_names_its_shortcut_and_the_menu_lists_them(desk: Desk) -> None:
    window = desk.window
    assert window.ringing.answer.toolTip() == "Answer (Ctrl+Shift+A)"
    assert window.ringing.decline.toolTip() == "Decline (Ctrl+Shift+D)"
    assert window.in_call.hangup.toolTip() == "Hang up (Ctrl+Shift+H)"
    assert window.in_call.mute.toolTip().endswith("(Ctrl+Shift+M)")
    assert window.in_call.hold.toolTip().endswith("(Ctrl+Shift+L)")
    assert window.in_call.transfer.toolTip().endswith("(Ctrl+Shift+T)")
    assert "Available (Ctrl+Shift+R)" in window.status.toolTip()
    assert "Break (Ctrl+Shift+B)" in window.status.toolTip()
    keys = {a.text(): a.shortcut().toString() for a in window.keyboard.actions.values()}
    assert keys["Answer"] == "Ctrl+Shift+A" and keys["Next chat"] == "Ctrl+Tab"


def test_f1_opens_the_help_sheet_with_every_shortcut(desk: Desk) -> None:
    press(desk, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    desk.qtbot.waitUntil(lambda: desk.window.help_sheet is not None)
    sheet = desk.window.help_sheet
    assert sheet is not None
    desk.qtbot.waitUntil(sheet.isVisible)
    shown = {action: label.text() for action, label in sheet.rows.items()}
    assert shown["answer"] == "Ctrl+Shift+A"
    assert shown["hold"] == "Ctrl+Shift+L"
    assert shown["next_chat"] == "Ctrl+Tab"
    assert shown["help"] == "F1"
    assert set(shown) == {sc.action for sc in SHORTCUTS} | {"help"}
    sheet.grab().save(str(desk.artifacts / "shortcuts-help.png"))
    sheet.close()


def choose(dialog: ShortcutsDialog, action: str, keys: str) -> None:
    dialog.edits[action].setKeySequence(QKeySequence(keys))


def test_a_rebound_key_is_saved_and_works_at_once(
    desk: Desk, settings: Settings, qtbot: QtBot
) -> None:
    dialog = desk.window.open_shortcuts_dialog()
    choose(dialog, "answer", "Ctrl+Alt+A")
    assert not dialog.problem.isVisible()
    dialog.grab().save(str(desk.artifacts / "shortcuts-dialog.png"))
    dialog.accept()
    assert settings.shortcut("answer") == "Ctrl+Alt+A"
    assert settings.shortcut("decline") is None  # a default is not written down
    assert desk.window.ringing.answer.toolTip() == "Answer (Ctrl+Alt+A)"

    ring(desk)
    press(desk, Qt.Key.Key_A)  # the old keys do nothing now
    assert desk.sent() == []
    press(desk, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert desk.sent() == [p.OfferAnswer(offer_id="o1")]


@pytest.mark.parametrize(
    ("keys", "said"),
    [
        ("Ctrl+Shift+D", "Ctrl+Shift+D is already the shortcut for Decline."),
        ("Ctrl+C", "Ctrl+C is used for writing (copy, paste, undo, send…): choose other keys."),
        (
            "Ctrl+Shift+Z",
            "Ctrl+Shift+Z is used for writing (copy, paste, undo, send…): choose other keys.",
        ),
        ("Shift+A", "Shift+A alone is for typing: add Ctrl or Alt."),
        ("F1", "F1 already opens the keyboard shortcuts."),
        ("Ctrl+Q", "Ctrl+Q already opens Quit."),
    ],
)
def test_a_key_in_use_is_refused_in_words(
    desk: Desk, settings: Settings, keys: str, said: str
) -> None:
    dialog = desk.window.open_shortcuts_dialog()
    choose(dialog, "answer", keys)
    assert dialog.problem.isVisible() and dialog.problem.text() == said
    assert dialog.edits["answer"].keySequence().toString() == "Ctrl+Shift+A"  # kept
    if keys == "Ctrl+Shift+D":
        dialog.grab().save(str(desk.artifacts / "shortcuts-dialog-refused.png"))
    dialog.accept()
    assert settings.shortcut("answer") is None


def test_restore_defaults_puts_every_key_back(desk: Desk, settings: Settings) -> None:
    settings.set_shortcut("hold", "Ctrl+Alt+H")
    settings.set_shortcut("next_chat", "")  # none at all
    dialog = ShortcutsDialog(settings)
    desk.qtbot.addWidget(dialog)
    assert dialog.edits["hold"].keySequence().toString() == "Ctrl+Alt+H"
    assert dialog.edits["next_chat"].keySequence().isEmpty()
    dialog.restore_defaults()
    assert {a: e.keySequence().toString() for a, e in dialog.edits.items()} == {
        sc.action: sc.default for sc in SHORTCUTS
    }
    dialog.accept()
    assert all(settings.shortcut(sc.action) is None for sc in SHORTCUTS)


def test_keys_pressed_in_another_window_do_not_act_except_answer(desk: Desk, qtbot: QtBot) -> None:
    """Answer reaches a ringing call from the app's other windows too; the
    call's own keys only act in the agent window."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    ring(desk)
    QTest.keyClick(other, Qt.Key.Key_D, CTRL_SHIFT)
    QTest.keyClick(other, Qt.Key.Key_B, CTRL_SHIFT)
    assert desk.sent() == [p.OfferDecline(offer_id="o1")]
    assert not desk.window.break_menu.isVisible()
