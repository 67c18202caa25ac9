"""The desktop's notifications: a ringing offer with Answer and Decline
buttons where the desktop can show them, and plain news (a break the system
set) otherwise.

Linux desktops show buttons through the freedesktop notification service on
the session D-Bus (``org.freedesktop.Notifications``, its ``actions``).
PySide6's QtDBus cannot call it: Python has no way to hand QtDBus an unsigned
32-bit integer, so ``Notify``'s ``replaces_id`` goes out as ``i`` instead of
``u``, and GNOME's, KDE's and dunst's services refuse a call whose signature is
not theirs. jeepney (pure Python; keyring already brings it on Linux for the
Secret Service) writes the exact signature; its socket is read when a
QSocketNotifier says it is readable, so nothing here waits on the GUI thread.

Without a session bus (tests, Windows, macOS, a bare X server) the tray
icon's message is shown instead (it has no buttons), and without a tray the
taskbar entry flashes (``QApplication.alert``).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from callnest.desktop.i18n import translate

log = logging.getLogger(__name__)

ANSWER, DECLINE = "answer", "decline"  # the notification's action keys
_PATH = "/org/freedesktop/Notifications"
_NAME = "org.freedesktop.Notifications"
_CRITICAL = 2  # the ``urgency`` hint: stays until acted on, on most desktops


class DesktopNotifications(QObject):
    """The freedesktop notification service over one D-Bus connection.
    ``acted(key, action)`` when the operator clicks a button of the
    notification shown under ``key``."""

    acted = Signal(str, str)

    def __init__(self, connection: Any, parent: QObject | None = None) -> None:
        from jeepney import MatchRule, message_bus  # type: ignore[import-untyped]

        super().__init__(parent)
        self._connection = connection
        self._asked: dict[int, str] = {}  # the Notify call's serial -> our key
        self._shown: dict[int, str] = {}  # the service's notification id -> our key
        rule = MatchRule(type="signal", interface=_NAME, path=_PATH)
        connection.send(message_bus.AddMatch(rule))
        self._reader = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._read)

    @classmethod
    def connect_to(cls, address: str | None = None) -> DesktopNotifications | None:
        """On the session bus (or ``address``); None where there is none."""
        address = address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if not address:
            return None
        try:
            from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

            return cls(open_dbus_connection(bus=address, auth_timeout=0.5))
        except Exception as exc:  # no jeepney, no bus, a refused login: the tray will do
            log.info("no desktop notifications over D-Bus: %s", exc)
            return None

    @property
    def working(self) -> bool:
        return self._reader.isEnabled()

    def show(self, key: str, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        """Shows (or replaces) the notification named ``key``; ``actions``:
        (action key, button text) pairs."""
        from jeepney import DBusAddress, new_method_call

        replaces = next((nid for nid, k in self._shown.items() if k == key), 0)
        flat = [part for action in actions for part in action]
        hints = {"urgency": ("y", _CRITICAL)} if actions else {}
        address = DBusAddress(_PATH, bus_name=_NAME, interface=_NAME)
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            ("Callnest", replaces, "", title, body, flat, hints, 0 if actions else -1),
        )
        self._send(message, key)

    def close(self, key: str) -> None:
        from jeepney import DBusAddress, new_method_call

        for nid in [nid for nid, k in self._shown.items() if k == key]:
            del self._shown[nid]
            address = DBusAddress(_PATH, bus_name=_NAME, interface=_NAME)
            self._send(new_method_call(address, "CloseNotification", "u", (nid,)))
        self._asked = {serial: k for serial, k in self._asked.items() if k != key}

    def stop(self) -> None:
        """Lets go of the bus (the window closes)."""
        if self.working:
            self._reader.setEnabled(False)
            self._connection.close()

    def _send(self, message: Any, key: str | None = None) -> None:
        if not self.working:
            return
        serial = next(self._connection.outgoing_serial)
        if key is not None:
            self._asked[serial] = key
        try:
            self._connection.send(message, serial=serial)
        except OSError as exc:
            self._lost(exc)

    def _read(self) -> None:
        from jeepney import HeaderFields, MessageType

        while self.working:
            try:
                message = self._connection.receive(timeout=0)
            except TimeoutError:
                return  # all read
            except (OSError, ValueError) as exc:
                self._lost(exc)
                return
            header = message.header
            if header.message_type is MessageType.method_return:
                key = self._asked.pop(header.fields.get(HeaderFields.reply_serial, -1), None)
                if key is not None and message.body and isinstance(message.body[0], int):
                    self._shown[message.body[0]] = key
            elif header.message_type is MessageType.signal:
                self._signal(header.fields.get(HeaderFields.member), message.body)

    def _signal(self, member: str | None, body: tuple[Any, ...]) -> None:
        if not body or not isinstance(body[0], int):
            return  # not the service's signals
        if member == "ActionInvoked" and len(body) >= 2:
            key = self._shown.get(body[0])
            if key is not None:
                self.acted.emit(key, str(body[1]))
        elif member == "NotificationClosed":
            self._shown.pop(body[0], None)

    def _lost(self, exc: BaseException) -> None:
        log.warning("desktop notifications stopped: %s", exc)
        self.stop()  # the tray's messages from now on


class Notifier(QObject):
    """What the agent window tells the desktop. ``answer(offer)`` and
    ``decline(offer)`` when the operator clicks the notification's button."""

    answer = Signal(str)
    decline = Signal(str)

    def __init__(
        self,
        window: QWidget,
        tray: QSystemTrayIcon | None,
        desktop: DesktopNotifications | None,
    ) -> None:
        super().__init__(window)
        self._window, self._tray, self.desktop = window, tray, desktop
        if desktop is not None:
            desktop.setParent(self)
            desktop.acted.connect(self._acted)

    def ring(self, offer_id: str, title: str, body: str, icon: QIcon) -> None:
        """An offer rings: with Answer and Decline where the desktop shows buttons."""
        if self.desktop is not None and self.desktop.working:
            actions = [
                (ANSWER, translate("notifications", "Answer", "a notification's button")),
                (DECLINE, translate("notifications", "Decline", "a notification's button")),
            ]
            self.desktop.show(offer_id, title, body, actions)
        elif self._tray is not None:
            self._tray.showMessage(title, body, icon)
        else:
            QApplication.alert(self._window)

    def stop_ringing(self, offer_id: str) -> None:
        """The offer is answered, declined or gone: its buttons would do nothing now."""
        if self.desktop is not None:
            self.desktop.close(offer_id)

    def tell(self, title: str, body: str) -> None:
        """News with nothing to click (a break the system set)."""
        if self.desktop is not None and self.desktop.working:
            self.desktop.show(f"news:{title}", title, body, [])
        elif self._tray is not None:
            self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning)
        else:
            QApplication.alert(self._window)

    def _acted(self, key: str, action: str) -> None:
        if action == ANSWER:
            self.answer.emit(key)
        elif action == DECLINE:
            self.decline.emit(key)
