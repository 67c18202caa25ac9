"""The login window: server, user, password, "Remember me", and the app's
language (the choice takes effect at once, in this window and every window
opened after it)."""

from __future__ import annotations

import contextlib
from concurrent.futures import Future
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from callnest.desktop.engine.session import certificate_problem
from callnest.desktop.i18n import resolve, translate, translations
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.settings import DEFAULT_SERVER_URL, Settings
from callnest.desktop.ui.customer import plain_label
from callnest.protocol.languages import LANGUAGE_NAMES

# Translated where shown.
SAVED_SESSION_HINT = str(QT_TRANSLATE_NOOP("ui.login", "Saved — leave empty to log in"))


def login_message(error: LoginError, url: str) -> str:
    """What the window says for each way logging in can fail."""
    if error.kind == "wrong_password":
        return translate("ui.login", "Wrong user name or password.")
    if error.kind == "unreachable":
        return translate(
            "ui.login",
            "Cannot reach the server at {url} — check the address and your internet connection.",
        ).format(url=url)
    if error.kind == "tls":
        # The engine's own sentence as it is; a bare reason gets the window's words.
        worded = certificate_problem("\0").partition("\0")[0]
        if worded and error.message.startswith(worded):
            return error.message
        return translate(
            "ui.login",
            "The server's certificate could not be verified: {reason}",
            "{reason}: the system's technical words",
        ).format(reason=error.message)
    return error.message  # refused / protocol: the engine's words for the server's answer


def url_problem(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return translate(
            "ui.login",
            "“{url}” is not a server address: it should look like https://calls.example.com",
        ).format(url=url)
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

        title = QLabel("Callnest")  # the product's name, in every language
        title.setObjectName("title")
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.addItem("", None)  # "System language": its words come in retranslate()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each in its own language: never translated
        chosen = self.language.findData(settings.language) if settings.language else 0
        self.language.setCurrentIndex(max(0, chosen))
        self.language_label.setBuddy(self.language)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.server = QLineEdit(server_url or settings.server_url or DEFAULT_SERVER_URL)
        self.user = QLineEdit(username or settings.username or "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.remember.setChecked(settings.remember_me)
        self.keyring_note = plain_label()
        self.keyring_note.setObjectName("hint")
        self.keyring_note.hide()
        self.button = QPushButton()
        self.button.setDefault(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: how long a login takes is unknown
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.message = plain_label()
        self.message.setObjectName("error")
        self.message.hide()
        self.server_label, self.user_label = QLabel(), QLabel()
        self.password_label = QLabel()

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.language_label)
        header.addWidget(self.language)
        form = QFormLayout()
        form.addRow(self.server_label, self.server)
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.retranslate()

        self.button.clicked.connect(self.submit)
        for field in (self.server, self.user, self.password):
            field.returnPressed.connect(self.submit)
        self.server.editingFinished.connect(self._look_up_saved)
        self.user.editingFinished.connect(self._look_up_saved)
        self.language.currentIndexChanged.connect(self._choose_language)
        self._look_up_saved()
        (self.password if self.user.text() else self.user).setFocus()

    # ------------------------------------------------------------ language

    def retranslate(self) -> None:
        """Every text of the window, in the language installed now."""
        self.setWindowTitle(translate("ui.login", "Callnest — log in"))
        self.language_label.setText(translate("ui.login", "Language"))
        self.language.setItemText(
            0, translate("ui.login", "System language", "the app speaks the computer's language")
        )
        self.subtitle.setText(translate("ui.login", "Log in to your call center"))
        self.server.setPlaceholderText(
            translate(
                "ui.login",
                "https://calls.example.com",
                "an example server address: keep https:// and example.com",
            )
        )
        self.user.setPlaceholderText(translate("ui.login", "your user name"))
        self.remember.setText(translate("ui.login", "Remember me on this computer"))
        self.server_label.setText(translate("ui.login", "Server", "the server's address"))
        self.user_label.setText(translate("ui.login", "User name"))
        self.password_label.setText(translate("ui.login", "Password"))
        self._button_text()
        if self._saved_token:
            self.password.setPlaceholderText(translate("ui.login", SAVED_SESSION_HINT))

    def _button_text(self) -> None:
        self.button.setText(
            translate("ui.login", "Logging in…")
            if self._pending is not None
            else translate("ui.login", "Log in", "a button")
        )

    def _choose_language(self) -> None:
        """Saves the language chosen and speaks it at once; None follows the system."""
        choice = self.language.currentData()
        self._settings.language = choice
        self._settings.sync()
        translations.use(resolve(choice))
        self.retranslate()
        self._look_up_saved()  # the keyring's note, if any, in the new language

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
            self.password.setPlaceholderText(translate("ui.login", SAVED_SESSION_HINT))

    def _url(self) -> str:
        return self.server.text().strip().rstrip("/")

    # ------------------------------------------------------------ logging in

    def submit(self) -> None:
        if self._pending is not None:
            return
        url, user, password = self._url(), self.user.text().strip(), self.password.text()
        problem = url_problem(url)
        if problem is None and not user:
            problem = translate("ui.login", "Enter your user name.")
        if problem is None and not password and not self._saved_token:
            problem = translate("ui.login", "Enter your password.")
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
        self.language.setEnabled(not busy)
        self.busy.setVisible(busy)
        self._button_text()
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
                self._show(
                    translate("ui.login", "Your saved session has ended: enter your password.")
                )
            elif isinstance(error, LoginError):
                self._show(login_message(error, url))
            else:
                self._show(
                    translate("ui.login", "Logging in failed: {problem}").format(
                        problem=describe(error)
                    )
                )
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
