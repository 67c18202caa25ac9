"""The desktop app end to end, as an operator uses it: the real windows, the
real engine and its audio link, PortAudio devices of the virtual headset, a
real server, and a simulated caller (aiortc).

Log in through the login window, go Available, a caller rings (the ring
device rings, the screen pop shows the customer matched by phone and the
filled script), Answer; the home line is cut and comes back mid-call; speech
played into the headset microphone reaches the caller and the caller's speech
reaches the headset speaker (PESQ both ways); hold and resume; hang up;
wrap-up with a disposition and notes, saved on the server. The agent window is
rendered to PNG in each state.

The server runs on the test's loop and the engine on its own thread, so the
test drives Qt by processing its events while it awaits (never a blocking
Qt wait, which would stall the server)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QWidget

from callnest import protocol as p
from callnest.desktop.app import Desktop
from callnest.desktop.audio.headset import DeviceChoice
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.engine import Engine
from callnest.desktop.engine.events import EngineEvent, LinkQuality
from callnest.desktop.settings import Settings
from callnest.desktop.ui.agent import AgentWindow
from callnest.sim.rtc import write_wav
from desktop.fakes import MemoryKeyring
from desktop.proxy import LineProxy
from desktop.virtual_headset import VirtualHeadset
from integration.conftest import Running, StartServer, start_server
from integration.phones import call
from integration.speech import SENTENCES, find, loudness, say, score

__all__ = ["start_server"]  # the integration suite's server fixture, used here

pytestmark = pytest.mark.slow

HEADSET = DeviceChoice(microphone="usb_headset_mic", speaker="usb_headset", ring="laptop_speakers")


async def until(condition: Callable[[], object], within: float = 10.0, what: str = "") -> None:
    """Lets Qt and the server's loop run until ``condition()`` holds."""
    async with asyncio.timeout(within):
        while not condition():
            QApplication.processEvents()
            await asyncio.sleep(0.01)
    QApplication.processEvents()


def snapshot(window: QWidget, artifacts: Path, name: str) -> None:
    QApplication.processEvents()
    assert window.grab().save(str(artifacts / f"app-{name}.png"))


@pytest.fixture
async def server(start_server: StartServer) -> Running:
    running: Running = await start_server()
    script = await running.owner(
        "POST",
        "/api/scripts",
        json={"name": "Greeting", "body": "Hello {customer.name}, on the {customer.plan} plan."},
    )
    await running.owner(
        "POST",
        "/api/customers",
        json={
            "name": "Grace Hopper",
            "phones": ["+1 555 0100"],
            "notes": "Prefers e-mail.",
            "custom_fields": {"plan": "Gold"},
        },
    )
    await running.owner(
        "POST",
        "/api/queues",
        json={
            "name": "support",
            "display_name": "Support",
            "wrap_up_s": 120,
            "ring_timeout_s": 30,
            "script_id": script["id"],
        },
    )
    # Dispositions ("Resolved", ...) and break reasons come with a new server.
    await running.owner(
        "POST",
        "/api/users",
        json={"username": "ada", "display_name": "Ada Lovelace", "password": "password-ada"},
    )
    return running


@pytest.fixture
async def app(
    qapp: QApplication, settings: Settings, memory_keyring: MemoryKeyring
) -> AsyncIterator[tuple[Desktop, list[EngineEvent]]]:
    bridge = EngineBridge()
    events: list[EngineEvent] = []
    bridge.event.connect(events.append)
    engine = Engine(bridge.post, client_name="callnest-e2e")
    engine.start()
    settings.devices = HEADSET
    desktop = Desktop(engine, bridge, settings)
    try:
        yield desktop, events
    finally:
        for window in (desktop.agent, desktop.login):
            if window is not None:
                window.close()
        await asyncio.to_thread(engine.shutdown)


async def test_an_operator_takes_a_call_from_login_to_wrap_up(
    server: Running,
    app: tuple[Desktop, list[EngineEvent]],
    virtual_headset: VirtualHeadset,
    artifacts: Path,
) -> None:
    desktop, events = app
    engine = desktop.engine
    login = desktop.login
    # The operator's home line runs through a proxy the test can cut.
    line = LineProxy("127.0.0.1", int(server.url.rsplit(":", 1)[1]))
    login.server.setText(f"http://127.0.0.1:{await line.start()}")
    login.user.setText("ada")
    login.password.setText("password-ada")
    desktop.show()
    snapshot(login, artifacts, "login")
    login.button.click()

    await until(lambda: desktop.agent is not None, what="the agent window")
    window = desktop.agent
    assert isinstance(window, AgentWindow)
    await until(lambda: engine.headset.microphone_ok, what="the headset microphone")
    await until(
        lambda: any(isinstance(e, LinkQuality) and e.connected for e in events),
        within=15,
        what="the audio link",
    )

    # What the headset plays, recorded from the start: a recording that joins
    # a PulseAudio null sink later stalls its playback for a moment (a
    # virtual-device artifact, which the headset's watchdog then repairs).
    speaker = virtual_headset.record("headset_speaker.monitor")

    # Available, from the status selector as the operator picks it.
    window.status.setCurrentIndex(window.status.findText("Available"))
    window.status.activated.emit(window.status.currentIndex())
    await until(lambda: desktop.model.state is p.AgentState.AVAILABLE)
    snapshot(window, artifacts, "idle")

    ring = virtual_headset.record("laptop_speakers.monitor")
    caller = await call(server, caller_name="Grace", phone="+1 555 0100")
    try:
        await until(lambda: desktop.model.ringing is not None, what="the offer")
        await until(lambda: window.pages.currentWidget() is window.ringing)
        pop = window.pop.findChildren(QWidget)
        # The screen pop: the customer the caller's phone matched, by name alone
        # and marked unverified (anyone can type a phone number); the script
        # greets the caller by the name they gave.
        assert any("Grace Hopper" in _text(w) for w in pop)
        assert any(_text(w).startswith("Unverified:") for w in pop)
        assert not any("Prefers e-mail." in _text(w) for w in pop)
        assert any("Hello Grace, on the {customer.plan} plan." in _text(w) for w in pop)
        await asyncio.sleep(1.0)  # a moment of ringing to hear
        snapshot(window, artifacts, "ringing")
        await until(lambda: len(ring.samples()) > 48_000, within=5, what="ring recording")
        rang = ring.stop()
        assert loudness(rang) > 300, "the ring device stayed silent while the call rang"

        window.ringing.answer.click()
        await until(lambda: window.pages.currentWidget() is window.in_call, what="in call")
        snapshot(window, artifacts, "in_call")

        # She checks who is calling, then confirms: the whole card arrives.
        confirm = window.pop.card.confirm_button
        assert confirm.isVisible()
        confirm.click()
        await until(
            lambda: any("Prefers e-mail." in _text(w) for w in window.pop.findChildren(QWidget)),
            what="the confirmed card",
        )
        assert not confirm.isVisible()
        assert not window.pop.card.identity.isVisible()
        texts = [_text(w) for w in window.pop.findChildren(QWidget)]
        assert "Hello Grace Hopper, on the Gold plan." in texts  # the script, filled in again
        snapshot(window, artifacts, "in_call_confirmed")

        # The home network drops mid-call: a banner says so, the call goes on.
        line.cut()
        await until(lambda: window.banner.isVisible(), what="the reconnecting banner")
        snapshot(window, artifacts, "reconnecting")
        line.restore()
        await until(lambda: not window.banner.isVisible(), within=15, what="back online")
        assert window.pages.currentWidget() is window.in_call

        # The caller speaks: the headset speaker plays it.
        said = say(SENTENCES[0])
        start = len(speaker.samples())
        caller.phone.mouth.say(said)
        await asyncio.sleep(len(said) / 48_000 + 1.0)
        heard = speaker.samples()[start:]
        write_wav(artifacts / "app-heard-by-headset.wav", heard)  # to listen to
        to_agent = score(said, find(said, heard))

        # The operator speaks into the headset: the caller hears it.
        said = say(SENTENCES[1])
        mark = caller.phone.ear.mark()
        # PulseAudio stalls a null sink's monitor ~0.5 s after a new stream
        # joins it (a virtual-device artifact: the link then re-primes its
        # margin): the speech starts after a second of silence.
        lead_in = np.zeros(48_000, np.int16)
        await asyncio.to_thread(
            virtual_headset.play_samples_into_mic, np.concatenate([lead_in, said])
        )
        await asyncio.sleep(1.0)
        heard = caller.phone.ear.since(mark)
        write_wav(artifacts / "app-heard-by-caller.wav", heard)
        to_caller = score(said, find(said, heard))
        print(f"PESQ caller -> headset {to_agent:.2f}, headset -> caller {to_caller:.2f}")
        assert to_agent >= 3.5
        assert to_caller >= 3.5

        window.in_call.hold.click()
        await until(lambda: _phase(desktop) is p.ContactPhase.ON_HOLD, what="on hold")
        snapshot(window, artifacts, "on_hold")
        window.in_call.hold.click()
        await until(lambda: _phase(desktop) is p.ContactPhase.CONNECTED, what="resumed")

        window.in_call.hangup.click()
        await until(lambda: window.pages.currentWidget() is window.wrap_up, what="wrap-up")
        page = window.wrap_up
        page.disposition.setCurrentIndex(page.disposition.findText("Resolved"))
        page.notes.setPlainText("Card blocked; new one ordered.")
        snapshot(window, artifacts, "wrap_up")
        page.ready.click()
        await until(lambda: window.pages.currentWidget() is window.idle, what="back to idle")
    finally:
        await caller.phone.close()
        await line.close()
        speaker.stop()

    contact_id = caller.contact["contact_id"]
    interaction = await server.owner("GET", f"/api/interactions/{contact_id}")
    dispositions = await server.owner("GET", "/api/dispositions")
    resolved = next(d["id"] for d in dispositions if d["name"] == "Resolved")
    assert interaction["disposition_id"] == resolved
    assert interaction["notes"] == "Card blocked; new one ordered."
    assert interaction["hold_s"] > 0


def _phase(desktop: Desktop) -> p.ContactPhase | None:
    contact = desktop.model.contact
    return None if contact is None else contact.phase


def _text(widget: QWidget) -> str:
    text = getattr(widget, "text", None) or getattr(widget, "toPlainText", None)
    return str(text()) if callable(text) else ""
