"""The desktop app: Qt, the engine beside it, the login window, then the
agent window. The engine is shut down before the QApplication goes away, so
its thread never outlives the objects its events are posted to."""

from __future__ import annotations

import signal
import sys
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.credentials_file import CredentialsFileError, read_credentials
from callnest.desktop.engine.rest import RestClient
from callnest.desktop.i18n import resolve, translate, translations
from callnest.desktop.models.agent import AgentModel
from callnest.desktop.ports import EnginePort
from callnest.desktop.settings import DEFAULT_SERVER_URL, Settings
from callnest.desktop.ui.form_labels import link_form_labels
from callnest.desktop.ui.headset import DeviceLister, system_devices
from callnest.desktop.ui.login import LoginWindow
from callnest.desktop.ui.plain_text import make_labels_plain
from callnest.desktop.ui.setup import SetupWizard
from callnest.desktop.ui.style import follow_the_palette
from callnest.protocol import rest


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        set_up(existing)
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Callnest")
    app.setApplicationName("callnest")
    app.setApplicationDisplayName("Callnest")
    set_up(app)
    return app


def set_up(app: QApplication) -> None:
    """What every window of the app relies on, wherever it was built: labels
    showing their text as written, form labels naming their fields, and the
    one style sheet in the palette's light or dark tones."""
    make_labels_plain(app)
    link_form_labels(app)
    follow_the_palette(app)


def speak(settings: Settings) -> str:
    """Installs the language chosen in the settings (else the system's) before
    any window is built; returns it."""
    language = resolve(settings.language)
    translations.use(language)
    return language


def server_url(given: str | None, settings: Settings) -> str:
    return given or settings.server_url or DEFAULT_SERVER_URL


class Desktop:
    """The windows of one run, wired to one engine. With ``credentials_file``
    the login window logs in by itself with what the file holds; an owner
    whose server has no queue yet gets the set-up wizard after logging in."""

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        settings: Settings,
        *,
        server: str | None = None,
        user: str | None = None,
        credentials_file: Path | None = None,
        list_devices: DeviceLister = system_devices,
    ) -> None:
        self.engine, self.bridge, self.settings = engine, bridge, settings
        self.credentials_file = credentials_file
        self.list_devices = list_devices
        self.model = AgentModel()
        # From the first event: the welcome comes before the agent window exists.
        bridge.event.connect(self.model.apply)
        self.login = LoginWindow(
            engine, bridge, settings, server_url=server_url(server, settings), username=user
        )
        self.login.logged_in.connect(self._logged_in)
        self.agent: QWidget | None = None
        self.setup: SetupWizard | None = None

    def show(self) -> None:
        self.login.show()
        if self.credentials_file is not None:
            self._log_in_from_file(self.credentials_file)

    def _log_in_from_file(self, path: Path) -> None:
        try:
            user, password = read_credentials(path)
        except CredentialsFileError as exc:
            # Said in the window and the terminal; the window stays, for typing.
            print(f"callnest: {exc}", file=sys.stderr)
            self.login.show_problem(
                translate(
                    "app",
                    "{problem} Log in with your password instead.",
                    "{problem}: a sentence on the credentials file",
                ).format(problem=exc)
            )
            return
        self.login.user.setText(user)
        self.login.password.setText(password)
        self.login.submit()

    def _logged_in(self, welcome: p.Welcome) -> None:
        from callnest.desktop.ui.admin.window import build_admin_window
        from callnest.desktop.ui.agent import AgentWindow

        window = AgentWindow(
            self.engine,
            self.bridge,
            self.settings,
            self.model,
            admin_window=lambda: build_admin_window(self.engine, self.bridge),
        )
        self.agent = window
        window.setWindowTitle(
            translate("app", "Callnest — {name}", "the window's title: the user's name").format(
                name=welcome.user.display_name
            )
        )
        window.show()
        self.login.close()

        def opened(future: Future[Any]) -> None:
            error = future.exception()
            if error is not None:
                problem = getattr(error, "message", None) or error  # a DeviceError's words
                window.show_error(translate("app", "Headset: {problem}").format(problem=problem))

        self.bridge.resolve(self.engine.set_headset(self.settings.devices), opened)
        if welcome.user.role is p.Role.OWNER:
            self.bridge.resolve(RestClient(self.engine).queues.list(), self._offer_setup)

    def _offer_setup(self, future: Future[list[rest.Queue]]) -> None:
        # Not knowing is not a reason for a wizard: the owner can still set up by hand.
        if future.exception() is not None or future.result() or self.agent is None:
            return
        wizard = SetupWizard(
            self.engine,
            self.bridge,
            self.settings,
            self.login.server.text().strip(),
            self.list_devices,
            parent=self.agent,
        )
        wizard.setModal(True)
        self.setup = wizard
        wizard.show()


def quit_on_ctrl_c(app: QApplication) -> QTimer:
    """Ctrl+C in the terminal quits cleanly (engine shut down). Python runs
    signal handlers only between bytecodes, so a timer wakes it now and then."""
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def run(server: str | None, user: str | None, credentials_file: Path | None = None) -> int:
    from callnest.desktop.engine.engine import Engine

    app = application()
    quit_on_ctrl_c(app)
    settings = Settings()
    speak(settings)
    bridge = EngineBridge()
    engine = Engine(bridge.post)
    engine.start()
    try:
        desktop = Desktop(
            engine, bridge, settings, server=server, user=user, credentials_file=credentials_file
        )
        desktop.show()
        app.exec()
    finally:
        engine.shutdown()
    return 0
