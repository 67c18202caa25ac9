"""A ringing offer reaches an operator who looks elsewhere: the window comes
forward, a desktop notification (over a private D-Bus with a stand-in
notification service) offers Answer and Decline; a warning counts down when
missing the offer would put the operator on a break; and that break says why
in words."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.engine.events import Connection
from callnest.desktop.notifications import DesktopNotifications
from callnest.desktop.settings import Settings
from desktop import samples as s
from desktop.test_ui_agent import Desk, ring

PATH = "/org/freedesktop/Notifications"
NAME = "org.freedesktop.Notifications"


class NotificationService(QDBusVirtualObject):
    """The desktop's notification service, as far as Callnest uses it."""

    def __init__(self, connection: QDBusConnection) -> None:
        super().__init__()
        self.connection = connection
        self.calls: list[tuple[str, str, list[object]]] = []  # member, signature, arguments

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        self.calls.append((message.member(), message.signature(), list(message.arguments())))
        reply = message.createReply()
        if message.member() == "Notify":
            reply.setArguments([len(self.calls)])  # the notification's id
        connection.send(reply)
        return True

    def click(self, notification_id: int, action: str) -> None:
        signal = QDBusMessage.createSignal(PATH, NAME, "ActionInvoked")
        signal.setArguments([notification_id, action])
        self.connection.send(signal)

    def shown(self) -> list[tuple[str, str, list[object]]]:
        return [call for call in self.calls if call[0] == "Notify"]


@pytest.fixture
def bus() -> Iterator[str]:
    """A private session bus, its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("no dbus-daemon on this machine")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    yield address
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


@pytest.fixture
def service(bus: str) -> Iterator[NotificationService]:
    connection = QDBusConnection.connectToBus(bus, "notification-service")
    fake = NotificationService(connection)
    assert connection.registerService(NAME)
    assert connection.registerVirtualObject(PATH, fake)
    yield fake
    connection.unregisterObject(PATH)
    QDBusConnection.disconnectFromBus("notification-service")


def open_desk(
    qtbot: QtBot, settings: Settings, artifacts: Path, bus: str | None = None, autopause: int = 3
) -> Desk:
    desk = Desk(
        qtbot,
        settings,
        artifacts,
        notifications=(lambda: DesktopNotifications.connect_to(bus)) if bus else None,
    )
    desk.engine.rest_replies["/api/queues"] = [
        s.queue_row(s.SUPPORT.id, s.SUPPORT.name, s.SUPPORT.display_name)
        | {"autopause_misses": autopause},
        s.queue_row(s.SALES.id, s.SALES.name, s.SALES.display_name) | {"autopause_misses": 0},
    ]
    desk.bridge.post(Connection("online"))
    desk.server(s.welcome())
    qtbot.waitUntil(lambda: desk.model.autopause is not None)
    return desk


def test_a_ring_brings_the_minimised_window_forward_with_answer_and_decline(
    qtbot: QtBot, settings: Settings, artifacts: Path, bus: str, service: NotificationService
) -> None:
    desk = open_desk(qtbot, settings, artifacts, bus)
    window = desk.window
    assert window.notifier.desktop is not None
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    ring(desk)

    qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible())
    qtbot.waitUntil(lambda: bool(service.shown()))
    _, signature, arguments = service.shown()[0]
    # The service's own signature (an int where the uint is due would be refused).
    assert signature == "susssasa{sv}i"
    assert arguments[0] == "Callnest"
    assert arguments[3] == "Incoming call"
    assert arguments[4] == "Carla Jones — support"
    assert arguments[5] == ["answer", "Answer", "decline", "Decline"]

    service.click(1, "answer")  # the operator clicks Answer on the notification
    qtbot.waitUntil(lambda: desk.sent() == [p.OfferAnswer(offer_id="o1")])
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED, answered_at=s.NOW)))
    # Answered: the notification goes, its buttons would do nothing now.
    qtbot.waitUntil(lambda: any(call[0] == "CloseNotification" for call in service.calls))


def test_decline_on_the_notification_declines(
    qtbot: QtBot, settings: Settings, artifacts: Path, bus: str, service: NotificationService
) -> None:
    desk = open_desk(qtbot, settings, artifacts, bus)
    desk.window.showMinimized()
    qtbot.waitUntil(desk.window.isMinimized)
    ring(desk)
    qtbot.waitUntil(lambda: bool(service.shown()))
    service.click(1, "decline")
    qtbot.waitUntil(lambda: desk.sent() == [p.OfferDecline(offer_id="o1")])
    service.click(99, "answer")  # not ours: nothing
    qtbot.wait(50)
    assert desk.sent() == [p.OfferDecline(offer_id="o1")]


def test_without_a_session_bus_the_desktop_notifications_are_left_out(
    qtbot: QtBot, settings: Settings, artifacts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert DesktopNotifications.connect_to() is None
    assert DesktopNotifications.connect_to("unix:path=/nonexistent/callnest-bus") is None
    # The window rings all the same: the taskbar entry asks for attention instead.
    alerts: list[object] = []
    monkeypatch.setattr(QApplication, "alert", lambda w, msec=0: alerts.append(w))
    desk = open_desk(qtbot, settings, artifacts)
    desk.window.showMinimized()
    qtbot.waitUntil(desk.window.isMinimized)
    ring(desk)
    qtbot.waitUntil(lambda: not desk.window.isMinimized())
    assert desk.window in alerts


def test_the_ring_warns_when_missing_it_would_mean_a_break(
    qtbot: QtBot, settings: Settings, artifacts: Path
) -> None:
    desk = open_desk(qtbot, settings, artifacts, autopause=2)
    window = desk.window
    ring(desk)
    assert not window.break_warning.isVisible()  # a first miss pauses nobody
    desk.server(p.OfferWithdrawn(offer_id="o1", reason="timeout"))
    assert desk.model.misses == [p.Channel.VOICE]

    ring(desk, offer_id="o2")
    assert window.break_warning.isVisible()
    assert window.break_warning.text() == "Answer within 20 s or you will be put on a break"
    desk.clock += 8
    window.tick()
    assert window.break_warning.text() == "Answer within 12 s or you will be put on a break"
    desk.shot("ringing-break-warning")

    # It rings out: the break says why, in words, and the way back.
    desk.server(
        p.OfferWithdrawn(offer_id="o2", reason="timeout"),
        s.state(p.AgentState.BREAK, reason="missed_offers"),
    )
    assert not window.break_warning.isVisible()
    assert window.idle.headline.text() == "On a break"
    detail = window.idle.detail.text()
    assert detail.startswith("2 call") and "in a row were not answered" in detail
    assert detail.endswith("choose Available when you are back.")
    assert "missed_offers" not in detail
    desk.shot("break-missed-offers")


def test_no_warning_where_missing_pauses_nobody_or_after_an_answer(
    qtbot: QtBot, settings: Settings, artifacts: Path
) -> None:
    desk = open_desk(qtbot, settings, artifacts, autopause=2)
    window = desk.window
    ring(desk, queue_id=s.SALES.id, queue_name=s.SALES.name)  # Sales never pauses
    desk.server(p.OfferWithdrawn(offer_id="o1", reason="timeout"))
    ring(desk, offer_id="o2", queue_id=s.SALES.id, queue_name=s.SALES.name)
    assert not window.break_warning.isVisible()
    desk.server(p.OfferWithdrawn(offer_id="o2", reason="caller_hangup"))

    ring(desk, offer_id="o3")  # Support: a second miss in a row would pause
    assert window.break_warning.isVisible()
    window.ringing.answer.click()
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED, answered_at=s.NOW)))
    assert desk.model.misses == []  # answered: the count starts again, as the server's does
    assert not window.break_warning.isVisible()
