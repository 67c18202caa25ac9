"""The first-run set-up wizard: the first queue and operator created through
the engine's REST calls, the headset saved, where callers find the queue; clear
messages for what the owner typed wrong and for what the server refused; and
the app offering it only to an owner whose server has no queue yet."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.app import Desktop
from callnest.desktop.audio.headset import DeviceChoice, DeviceError
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.session import RestError
from callnest.desktop.settings import Settings
from callnest.desktop.ui.setup import SetupWizard, slug
from callnest.protocol import rest
from desktop import samples as s
from desktop.fakes import FakeEngine, done, failed

SERVER = "https://calls.example.com"
DEVICES = (["usb_headset_mic"], ["usb_headset", "laptop_speakers"])
QUEUE = s.queue_row(1, "customer-support", "Customer support")
AGENT = {
    "id": 5,
    "username": "ada.lovelace",
    "display_name": "Ada Lovelace",
    "role": "agent",
    "team_id": None,
    "active": True,
    "voice_capacity": 1,
    "chat_capacity": 3,
    "email_capacity": 2,
    "created_at": s.NOW,
    "skills": {},
    "password": "made-up-once-Xy7",
}


@pytest.fixture
def engine() -> FakeEngine:
    engine = FakeEngine()
    engine.rest_replies = {"/api/queues": QUEUE, "/api/users": AGENT}
    return engine


def open_wizard(qtbot: QtBot, engine: FakeEngine, settings: Settings) -> SetupWizard:
    wizard = SetupWizard(engine, EngineBridge(), settings, SERVER + "/", lambda: DEVICES)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def press_next(qtbot: QtBot, wizard: SetupWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled)
    button.click()


def test_slug_makes_a_name_the_server_accepts() -> None:
    assert slug("Customer support") == "customer-support"
    assert slug("  Sales & Billing!! ") == "sales-billing"
    assert slug("Ünïcödé Café") == "unicode-cafe"
    assert slug("Ada Lovelace", ".") == "ada.lovelace"


def test_the_wizard_creates_the_first_queue_and_operator(
    qtbot: QtBot, engine: FakeEngine, settings: Settings, artifacts: Path
) -> None:
    wizard = open_wizard(qtbot, engine, settings)
    page = wizard.queue_page
    QTest.keyClicks(page.display_name, "Customer support")
    assert page.name.text() == "customer-support"  # follows what was typed
    assert page.address.text() == f"Callers reach it at {SERVER}/call/customer-support"
    page.wrap_up.setValue(45)
    wizard.grab().save(str(artifacts / "setup-queue.png"))
    press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.agent_page)
    assert engine.rest_calls == [
        (
            "POST",
            "/api/queues",
            {"name": "customer-support", "display_name": "Customer support", "wrap_up_s": 45},
        )
    ]
    assert wizard.queue == rest.Queue.model_validate(QUEUE)

    agent = wizard.agent_page
    QTest.keyClicks(agent.display_name, "Ada Lovelace")
    assert agent.username.text() == "ada.lovelace"
    press_next(qtbot, wizard)
    # Created: the password the server made up is shown, once, on this page.
    qtbot.waitUntil(agent.once.isVisible)
    assert wizard.currentPage() is agent
    assert engine.rest_calls[-1] == (
        "POST",
        "/api/users",
        {"username": "ada.lovelace", "display_name": "Ada Lovelace", "role": "agent"},
    )
    assert agent.password.text() == "made-up-once-Xy7"
    assert "ada.lovelace" in agent.once.text() and "shown only now" in agent.once.text()
    agent.copy.click()
    assert QGuiApplication.clipboard().text() == "made-up-once-Xy7"
    wizard.grab().save(str(artifacts / "setup-agent.png"))
    press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.headset_page)
    assert len(engine.rest_calls) == 2  # the second Next created nothing

    panel = wizard.headset_page.panel
    panel.microphone.setCurrentIndex(panel.microphone.findData("usb_headset_mic"))
    panel.speaker.setCurrentIndex(panel.speaker.findData("usb_headset"))
    wizard.grab().save(str(artifacts / "setup-headset.png"))
    press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    chosen = DeviceChoice(microphone="usb_headset_mic", speaker="usb_headset", ring=None)
    assert engine.headsets == [chosen]
    assert settings.devices == chosen

    done_page = wizard.done_page
    assert done_page.page_url.text() == f"{SERVER}/call/customer-support"
    assert done_page.code.toPlainText() == (
        f'<script src="{SERVER}/widget.js" data-queue="customer-support" '
        'data-label="Call us" async></script>'
    )
    assert "Ada Lovelace installs Callnest" in done_page.next_steps.text()
    wizard.grab().save(str(artifacts / "setup-done.png"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_what_was_typed_wrong_is_said_before_anything_is_sent(
    qtbot: QtBot, engine: FakeEngine, settings: Settings
) -> None:
    wizard = open_wizard(qtbot, engine, settings)
    page = wizard.queue_page
    press_next(qtbot, wizard)
    assert page.message.text() == "Give the queue a name, e.g. Customer support."
    QTest.keyClicks(page.display_name, "Support")
    page.name.clear()
    QTest.keyClicks(page.name, "Support Line")  # typed by hand: no longer follows
    QTest.keyClicks(page.display_name, " desk")
    assert page.name.text() == "Support Line"
    press_next(qtbot, wizard)
    assert page.message.text().startswith("The address name takes lower-case letters")
    assert engine.rest_calls == []
    assert wizard.currentPage() is page


def test_the_servers_refusal_is_shown_and_the_page_stays(
    qtbot: QtBot, engine: FakeEngine, settings: Settings
) -> None:
    answers: list[Future[Any]] = [
        failed(RestError(409, "conflict", "a queue named customer-support exists")),
        done(QUEUE),
    ]

    engine.rest_answer = lambda *_: answers.pop(0)
    wizard = open_wizard(qtbot, engine, settings)
    page = wizard.queue_page
    QTest.keyClicks(page.display_name, "Customer support")
    press_next(qtbot, wizard)
    qtbot.waitUntil(page.message.isVisible)
    assert page.message.text() == "a queue named customer-support exists"
    assert wizard.currentPage() is page and page.display_name.isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # the first page
    press_next(qtbot, wizard)  # tried again: accepted this time
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.agent_page)
    assert len(engine.rest_calls) == 2


def test_a_headset_that_will_not_open_can_be_set_up_later(
    qtbot: QtBot, engine: FakeEngine, settings: Settings
) -> None:
    engine.headset_error = DeviceError("microphone", None, "No microphone is connected.")
    wizard = open_wizard(qtbot, engine, settings)
    wizard.queue = rest.Queue.model_validate(QUEUE)  # as if created already
    wizard.agent = rest.User.model_validate(AGENT)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.headset_page
    press_next(qtbot, wizard)
    panel = wizard.headset_page.panel
    qtbot.waitUntil(panel.message.isVisible)
    assert panel.message.text() == "No microphone is connected."
    assert wizard.headset_page.message.text().startswith("Pick another device, or press Next")
    assert wizard.currentPage() is wizard.headset_page
    press_next(qtbot, wizard)  # the same choice again: go on without it
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    assert len(engine.headsets) == 1


def test_later_closes_the_wizard_without_creating_anything(
    qtbot: QtBot, engine: FakeEngine, settings: Settings
) -> None:
    wizard = open_wizard(qtbot, engine, settings)
    later = wizard.button(QWizard.WizardButton.CancelButton)
    assert later.text() == "Later"
    later.click()
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert engine.rest_calls == []


def _owner() -> p.Welcome:
    welcome = s.welcome()
    user = welcome.user.model_copy(update={"role": p.Role.OWNER, "username": "owner"})
    return welcome.model_copy(update={"user": user})


@pytest.mark.usefixtures("memory_keyring")
@pytest.mark.parametrize(
    ("welcome", "queues", "offered"),
    [(_owner(), [], True), (_owner(), [QUEUE], False), (s.welcome(), [], False)],
    ids=["owner-no-queue", "owner-with-queue", "agent"],
)
def test_the_app_offers_the_wizard_to_an_owner_with_no_queue(
    qtbot: QtBot,
    settings: Settings,
    welcome: p.Welcome,
    queues: list[dict[str, Any]],
    offered: bool,
) -> None:
    engine, bridge = FakeEngine(), EngineBridge()
    engine.welcome = welcome
    engine.rest_replies = {"/api/queues": queues}
    desktop = Desktop(
        engine, bridge, settings, server=SERVER, user="owner", list_devices=lambda: DEVICES
    )
    qtbot.addWidget(desktop.login)
    desktop.show()
    desktop.login.password.setText("pw")
    desktop.login.submit()
    qtbot.waitUntil(lambda: desktop.agent is not None)
    assert desktop.agent is not None
    qtbot.addWidget(desktop.agent)
    # The fake answers at once: GET /api/queues was answered while the agent
    # window opened, so one pass of the event loop delivers the answer (the
    # owner-no-queue case shows that this pass is enough).
    QApplication.processEvents()
    assert (desktop.setup is not None) == offered
    if desktop.setup is not None:
        assert desktop.setup.isVisible() and desktop.setup.server == SERVER
        assert desktop.setup.parent() is desktop.agent
        desktop.setup.reject()
    asked = [c for c in engine.rest_calls if c[1] == "/api/queues"]
    assert asked == ([("GET", "/api/queues", None)] if welcome.user.role is p.Role.OWNER else [])
