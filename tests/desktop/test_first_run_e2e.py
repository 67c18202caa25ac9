"""The first run against a real server, as ``make run`` starts it: the app
logs in as the owner from the server's owner-credentials file, offers the
set-up wizard (the server has no queue), and the wizard creates the queue and
the operator on the server; the operator then logs in with the password the
wizard showed, and a caller who gives a customer's number rings with that
customer's card. Real windows, the real engine, the virtual headset's devices.

The windows are rendered to PNG on the way: into test-artifacts, or into the
directory named by ``CALLNEST_SCREENSHOTS`` (``scripts/screenshots`` uses this
for the README's pictures)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from callnest import protocol as p
from callnest.desktop.app import Desktop
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.engine import Engine
from callnest.desktop.settings import Settings
from callnest.desktop.ui.agent import AgentWindow
from callnest.desktop.ui.setup import SetupWizard
from callnest.server.bootstrap import CREDENTIALS_FILE
from desktop.virtual_headset import VirtualHeadset
from integration.conftest import Running, StartServer, start_server

__all__ = ["start_server"]  # the integration suite's server fixture, used here

pytestmark = pytest.mark.slow


async def until(condition: Callable[[], object], within: float = 10.0) -> None:
    """Lets Qt and the server's loop run until ``condition()`` holds."""
    async with asyncio.timeout(within):
        while not condition():
            QApplication.processEvents()
            await asyncio.sleep(0.01)
    QApplication.processEvents()


def snapshot(window: QWidget, directory: Path, name: str) -> None:
    QApplication.processEvents()
    assert window.grab().save(str(directory / f"{name}.png"))


@pytest.fixture
async def engines(qapp: QApplication) -> AsyncIterator[Callable[[EngineBridge], Engine]]:
    """Engines without the WebRTC link (nothing here is heard), shut down after."""
    started: list[Engine] = []

    def make(bridge: EngineBridge) -> Engine:
        engine = Engine(bridge.post, client_name="callnest-first-run-test", audio=False)
        engine.start()
        started.append(engine)
        return engine

    yield make
    for engine in started:
        await asyncio.to_thread(engine.shutdown)


def close(desktop: Desktop) -> None:
    for window in (desktop.setup, desktop.agent, desktop.login):
        if window is not None:
            window.close()


async def next_page(wizard: SetupWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    await until(button.isEnabled)
    button.click()


@pytest.mark.usefixtures("memory_keyring")
async def test_first_run_from_owner_credentials_to_a_ringing_customer_card(
    start_server: StartServer,
    engines: Callable[[EngineBridge], Engine],
    settings: Settings,
    virtual_headset: VirtualHeadset,
    shots: Path,
) -> None:
    server: Running = await start_server()
    owner_file = server.settings.data_dir / CREDENTIALS_FILE

    # --- the owner: logged in from the file, offered the wizard -------------
    bridge = EngineBridge()
    owner = Desktop(
        engines(bridge), bridge, settings, server=server.url, credentials_file=owner_file
    )
    try:
        owner.show()
        await until(lambda: owner.setup is not None and owner.setup.isVisible())
        wizard = owner.setup
        assert wizard is not None
        assert isinstance(owner.agent, AgentWindow)
        assert owner.engine.welcome is not None
        assert owner.engine.welcome.user.role is p.Role.OWNER

        queue_page = wizard.queue_page
        queue_page.display_name.setText("Customer support")
        queue_page.display_name.textEdited.emit("Customer support")  # as typed
        queue_page.wrap_up.setValue(45)
        snapshot(wizard, shots, "setup-queue")
        await next_page(wizard)
        await until(lambda: wizard.currentPage() is wizard.agent_page)

        agent_page = wizard.agent_page
        agent_page.display_name.setText("Ada Lovelace")
        agent_page.display_name.textEdited.emit("Ada Lovelace")
        await next_page(wizard)
        await until(agent_page.once.isVisible)
        password = agent_page.password.text()
        assert len(password) >= 8
        snapshot(wizard, shots, "setup-agent")
        await next_page(wizard)
        await until(lambda: wizard.currentPage() is wizard.headset_page)

        panel = wizard.headset_page.panel
        for combo, device in (
            (panel.microphone, "usb_headset_mic"),
            (panel.speaker, "usb_headset"),
            (panel.ring, "laptop_speakers"),
        ):
            index = combo.findData(device)
            assert index > 0, f"{device} is not listed"
            combo.setCurrentIndex(index)
        snapshot(wizard, shots, "setup-headset")
        await next_page(wizard)
        # Saving opens the chosen devices in the engine (PortAudio, for real).
        await until(lambda: wizard.currentPage() is wizard.done_page)
        assert settings.devices.microphone == "usb_headset_mic"
        assert wizard.done_page.page_url.text() == f"{server.url}/call/customer-support"
        snapshot(wizard, shots, "setup-done")
        wizard.button(QWizard.WizardButton.FinishButton).click()
    finally:
        close(owner)

    # What the wizard made is on the server.
    queues = await server.owner("GET", "/api/queues")
    assert [(q["name"], q["display_name"], q["wrap_up_s"]) for q in queues] == [
        ("customer-support", "Customer support", 45)
    ]
    users = {u["username"]: u for u in await server.owner("GET", "/api/users")}
    assert users["ada.lovelace"]["role"] == "agent"

    # A customer and a script, so the call below pops a card.
    script = await server.owner(
        "POST",
        "/api/scripts",
        json={"name": "Greeting", "body": "Hello {customer.name}, on the {customer.plan} plan."},
    )
    await server.owner("PATCH", f"/api/queues/{queues[0]['id']}", json={"script_id": script["id"]})
    await server.owner(
        "POST",
        "/api/customers",
        json={
            "name": "Grace Hopper",
            "phones": ["+1 555 0100"],
            "emails": ["grace@example.com"],
            "notes": "Prefers e-mail for follow-ups.",
            "custom_fields": {"plan": "Business", "company": "Acme Bakery"},
        },
    )

    # --- the operator: logs in with the shown password, takes a ring -------
    bridge = EngineBridge()
    ada = Desktop(engines(bridge), bridge, settings, server=server.url, user="ada.lovelace")
    try:
        ada.show()
        ada.login.password.setText(password)
        snapshot(ada.login, shots, "login")
        ada.login.button.click()
        await until(lambda: ada.agent is not None)
        window = ada.agent
        assert isinstance(window, AgentWindow)
        assert ada.setup is None  # an operator never sees the wizard
        # The headset the wizard saved opens for the operator too.
        await until(lambda: ada.engine.headset.microphone_ok)
        window.status.setCurrentIndex(window.status.findText("Available"))
        window.status.activated.emit(window.status.currentIndex())
        await until(lambda: ada.model.state is p.AgentState.AVAILABLE)

        status, contact = await server.call(
            "POST",
            "/api/public/queues/customer-support/contacts",
            json={"caller_name": "Grace", "phone": "+1 555 0100"},
        )
        assert status == 201, contact
        await until(lambda: window.pages.currentWidget() is window.ringing)
        texts = [_text(w) for w in window.pop.findChildren(QWidget)]
        # She typed a customer's phone: the card names them, unverified.
        assert "Grace Hopper" in texts
        assert "Prefers e-mail for follow-ups." not in texts
        assert "Hello Grace, on the {customer.plan} plan." in texts
        snapshot(window, shots, "agent-ringing")

        dialog = window.open_headset()
        assert dialog.microphone.currentData() == "usb_headset_mic"
        # A voice-loud tone into the microphone: the meter shows it.
        tone = (8000 * np.sin(2 * np.pi * 300 * np.arange(96_000) / 48_000)).astype(np.int16)
        playing = asyncio.create_task(
            asyncio.to_thread(virtual_headset.play_samples_into_mic, tone)
        )
        await until(lambda: dialog.meter.value() >= 60, within=5)
        snapshot(dialog, shots, "headset")
        await playing
        dialog.reject()
        await server.contact(contact, "DELETE")
    finally:
        close(ada)


def _text(widget: QWidget) -> str:
    text = getattr(widget, "text", None) or getattr(widget, "toPlainText", None)
    return str(text()) if callable(text) else ""
