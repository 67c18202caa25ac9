"""What the desktop remembers between runs (never a secret: those go to the
keyring), typed over ``QSettings("Callnest", "callnest")``."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from callnest.desktop.audio.headset import DeviceChoice

DEFAULT_SERVER_URL = "http://127.0.0.1:8730"


class Settings:
    """Typed accessors; pass a ``QSettings`` (tests use an ini file) or get the user's."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store if store is not None else QSettings("Callnest", "callnest")

    def sync(self) -> None:
        self._s.sync()

    # QSettings' ini backend gives strings back for everything it read from
    # disk, so each accessor converts instead of trusting the stored type.

    def _text(self, key: str) -> str | None:
        value = self._s.value(key)
        return str(value) if value not in (None, "") else None

    def _set_text(self, key: str, value: str | None) -> None:
        if value:
            self._s.setValue(key, value)
        else:
            self._s.remove(key)

    @property
    def server_url(self) -> str | None:
        return self._text("login/server_url")

    @server_url.setter
    def server_url(self, value: str | None) -> None:
        self._set_text("login/server_url", value)

    @property
    def username(self) -> str | None:
        return self._text("login/username")

    @username.setter
    def username(self, value: str | None) -> None:
        self._set_text("login/username", value)

    @property
    def remember_me(self) -> bool:
        value = self._s.value("login/remember_me", False)
        return value is True or str(value).lower() in ("true", "1")

    @remember_me.setter
    def remember_me(self, value: bool) -> None:
        self._s.setValue("login/remember_me", bool(value))

    @property
    def devices(self) -> DeviceChoice:
        return DeviceChoice(
            microphone=self._text("headset/microphone"),
            speaker=self._text("headset/speaker"),
            ring=self._text("headset/ring"),
        )

    @devices.setter
    def devices(self, choice: DeviceChoice) -> None:
        self._set_text("headset/microphone", choice.microphone)
        self._set_text("headset/speaker", choice.speaker)
        self._set_text("headset/ring", choice.ring)

    @property
    def dial_queue(self) -> int | None:
        """The queue the agent last called out for (its caller ID is what customers see)."""
        value = self._text("calls/queue")
        return int(value) if value is not None and value.isdigit() else None

    @dial_queue.setter
    def dial_queue(self, value: int | None) -> None:
        self._set_text("calls/queue", None if value is None else str(value))

    @property
    def language(self) -> str | None:
        """The language chosen in the app (``"sl"``, ...); None follows the system."""
        return self._text("app/language")

    @language.setter
    def language(self, value: str | None) -> None:
        self._set_text("app/language", value)

    def shortcut(self, action: str) -> str | None:
        """The keys the operator bound to ``action`` (portable text, ``Ctrl+Shift+A``;
        ``""``: none at all); None: the default."""
        value = self._s.value(f"shortcuts/{action}")
        return None if value is None else str(value)

    def set_shortcut(self, action: str, keys: str | None) -> None:
        """None forgets the operator's choice (back to the default); ``""`` unbinds."""
        if keys is None:
            self._s.remove(f"shortcuts/{action}")
        else:
            self._s.setValue(f"shortcuts/{action}", keys)

    def geometry(self, window: str) -> QByteArray | None:
        value = self._s.value(f"windows/{window}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, window: str, geometry: QByteArray) -> None:
        self._s.setValue(f"windows/{window}", geometry)
