"""The login window: server, user, password, "Remember me"."""

from __future__ import annotations

import contextlib
from concurrent.futures import Future
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnest import protocol as p
from callnest.desktop import credentials
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.credentials import CredentialStoreUnavailable
from callnest.desktop.engine.events import LoginError
from callnest.desktop.ports import EnginePort
from callnest.desktop.settings import DEFAULT_SERVER_URL, Settings
from callnest.desktop.ui.customer import plain_label

SAVED_SESSION_HINT = "Saved — leave empty to log in"


def login_message(error: LoginError, url: str) -> str:
    """What the window says for each way logging in can fail."""
    if error.kind == "wrong_password":
        return "Wrong user name or password."
    if error.kind == "unreachable":
        return f"Cannot reach the server at {url} — check the address and your internet connection."
    if error.kind == "tls":
        prefix = "The server's certificate could not be verified"
        return error.message if error.message.startswith(prefix) else f"{prefix}: {error.message}"
    return error.message  # refused / protocol: the server's own words


def url_problem(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"“{url}” is not a server address: it should look like https://calls.example.com"
    return None


class LoginWindow(QWidget):
    """Emits ``logged_in(welcome)`` once the engine holds a session."""

    logged_in = Signal(object)

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        settings: Settings,
        *,
        server_url: str | None = None,
        username: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine, self._bridge, self._settings = engine, bridge, settings
        self._saved_token: str | None = None
        self._keyring_ok = True
        self._pending: Future[p.Welcome] | None = None
        self.setWindowTitle("Callnest — log in")

        title = QLabel("Callnest")
        title.setObjectName("title")
        subtitle = QLabel("Log in to your call center")
        subtitle.setObjectName("hint")
        self.server = QLineEdit(server_url or settings.server_url or DEFAULT_SERVER_URL)
        self.server.setPlaceholderText("https://calls.example.com")
        self.user = QLineEdit(username or settings.username or "")
        self.user.setPlaceholderText("your user name")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox("Remember me on this computer")
        self.remember.setChecked(settings.remember_me)
        self.keyring_note = plain_label()
        self.keyring_note.setObjectName("hint")
        self.keyring_note.hide()
        self.button = QPushButton("Log in")
        self.button.setDefault(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: how long a login takes is unknown
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.message = plain_label()
        self.message.setObjectName("error")
        self.message.hide()

        form = QFormLayout()
        form.addRow("Server", self.server)
        form.addRow("User name", self.user)
        form.addRow("Password", self.password)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

        self.button.clicked.connect(self.submit)
        for field in (self.server, self.user, self.password):
            field.returnPressed.connect(self.submit)
        self.server.editingFinished.connect(self._look_up_saved)
        self.user.editingFinished.connect(self._look_up_saved)
        self._look_up_saved()
        (self.password if self.user.text() else self.user).setFocus()

    # ------------------------------------------------------------ saved session

    def _look_up_saved(self) -> None:
        self._saved_token = None
        self.password.setPlaceholderText("")
        url, user = self._url(), self.user.text().strip()
        try:
            credentials.backend()
            token = credentials.load(url, user) if url and user else None
        except CredentialStoreUnavailable as exc:
            self._keyring_ok = False
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.keyring_note.setText(str(exc))
            self.keyring_note.show()
            return
        if token:
            self._saved_token = token
            self.password.setPlaceholderText(SAVED_SESSION_HINT)

    def _url(self) -> str:
        return self.server.text().strip().rstrip("/")

    # ------------------------------------------------------------ logging in

    def submit(self) -> None:
        if self._pending is not None:
            return
        url, user, password = self._url(), self.user.text().strip(), self.password.text()
        problem = url_problem(url)
        if problem is None and not user:
            problem = "Enter your user name."
        if problem is None and not password and not self._saved_token:
            problem = "Enter your password."
        if problem:
            self._show(problem)
            return
        if password:
            future = self._engine.login(url, user, password)
        else:
            assert self._saved_token is not None
            future = self._engine.login_with_token(url, self._saved_token)
        self._set_busy(future)
        self._bridge.resolve(future, lambda f: self._finished(f, url, user, bool(password)))

    def _set_busy(self, future: Future[p.Welcome] | None) -> None:
        self._pending = future
        busy = future is not None
        for widget in (self.server, self.user, self.password, self.remember, self.button):
            widget.setEnabled(not busy and (widget is not self.remember or self._keyring_ok))
        self.busy.setVisible(busy)
        self.button.setText("Logging in…" if busy else "Log in")
        if busy:
            self.message.hide()

    def _finished(self, future: Future[p.Welcome], url: str, user: str, typed: bool) -> None:
        self._set_busy(None)
        error = future.exception()
        if error is not None:
            if not typed:
                # The saved session is over (expired, or logged out elsewhere).
                self._forget(url, user)
                self._saved_token = None
                self.password.setPlaceholderText("")
                self._show("Your saved session has ended: enter your password.")
            elif isinstance(error, LoginError):
                self._show(login_message(error, url))
            else:
                self._show(f"Logging in failed: {error}")
            self.password.setFocus()
            return
        self.password.clear()
        self._settings.server_url, self._settings.username = url, user
        self._settings.remember_me = self.remember.isChecked()
        self._settings.sync()
        if self.remember.isChecked() and self._engine.token:
            try:
                credentials.save(url, user, self._engine.token)
            except CredentialStoreUnavailable as exc:
                self.keyring_note.setText(str(exc))  # logged in all the same
                self.keyring_note.show()
        else:
            self._forget(url, user)
        self.logged_in.emit(future.result())

    def _forget(self, url: str, user: str) -> None:
        # No keyring: nothing can have been stored there either.
        with contextlib.suppress(CredentialStoreUnavailable):
            credentials.forget(url, user)

    def show_problem(self, text: str) -> None:
        """Says what went wrong before a login was even tried (e.g. a bad
        credentials file), where a failed login would."""
        self._show(text)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
