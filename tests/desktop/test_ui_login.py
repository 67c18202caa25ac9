"""LoginWindow: a clear message per failure, a busy indicator, Enter submits,
and "Remember me" keeps the session token (never the password) in the keyring."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop import credentials
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import LoginError, LoginProblem
from callnest.desktop.i18n import TRANSLATIONS_ENV, translations
from callnest.desktop.settings import Settings
from callnest.desktop.ui.login import SAVED_SESSION_HINT, LoginWindow
from callnest.protocol.languages import LANGUAGE_NAMES
from desktop import samples as s
from desktop.fakes import FakeEngine, MemoryKeyring, failed

URL = "https://calls.example.com"


@pytest.fixture
def engine() -> FakeEngine:
    engine = FakeEngine()
    engine.welcome = s.welcome()
    return engine


def open_login(
    qtbot: QtBot,
    engine: FakeEngine,
    settings: Settings,
    server_url: str | None = None,
    username: str | None = None,
) -> LoginWindow:
    window = LoginWindow(engine, EngineBridge(), settings, server_url=server_url, username=username)
    qtbot.addWidget(window)
    window.show()
    return window


def fill(window: LoginWindow, password: str = "correct horse", url: str = URL) -> None:
    window.server.setText(url)
    window.user.setText("ann")
    window.password.setText(password)


@pytest.mark.parametrize(
    ("kind", "engine_says", "shown"),
    [
        ("wrong_password", "401 bad_credentials", "Wrong user name or password."),
        (
            "unreachable",
            "connect failed",
            f"Cannot reach the server at {URL} — check the address and your internet connection.",
        ),
        (
            "tls",
            "certificate verify failed: self-signed certificate",
            "The server's certificate could not be verified: "
            "certificate verify failed: self-signed certificate",
        ),
        (
            "refused",
            "Your account is locked; ask the owner.",
            "Your account is locked; ask the owner.",
        ),
        (
            "protocol",
            "The server speaks protocol 3; update Callnest.",
            "The server speaks protocol 3; update Callnest.",
        ),
    ],
)
def test_each_failure_says_what_to_do(
    qtbot: QtBot,
    engine: FakeEngine,
    settings: Settings,
    memory_keyring: MemoryKeyring,
    kind: LoginProblem,
    engine_says: str,
    shown: str,
) -> None:
    engine.login_result = lambda: failed(LoginError(kind, engine_says))
    window = open_login(qtbot, engine, settings)
    fill(window)
    with qtbot.assertNotEmitted(window.logged_in):
        QTest.mouseClick(window.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(window.message.isVisible)
    assert window.message.text() == shown
    assert window.button.isEnabled() and window.password.isEnabled()
    assert memory_keyring.entries == {}


def test_a_bad_address_is_caught_before_the_engine_is_asked(
    qtbot: QtBot, engine: FakeEngine, settings: Settings, memory_keyring: MemoryKeyring
) -> None:
    window = open_login(qtbot, engine, settings)
    fill(window, url="calls.example.com")
    window.submit()
    assert "is not a server address" in window.message.text()
    fill(window, password="")
    window.submit()
    assert window.message.text() == "Enter your password."
    assert engine.logins == []


def test_enter_submits_and_the_window_is_busy_until_the_engine_answers(
    qtbot: QtBot,
    engine: FakeEngine,
    settings: Settings,
    memory_keyring: MemoryKeyring,
    artifacts: Path,
) -> None:
    pending: Future[p.Welcome] = Future()
    engine.login_result = lambda: pending
    window = open_login(qtbot, engine, settings)
    window.resize(window.sizeHint())
    window.grab().save(str(artifacts / "login.png"))
    fill(window)
    QTest.keyClick(window.password, Qt.Key.Key_Return)
    assert engine.logins == [(URL, "ann", "correct horse")]
    assert window.busy.isVisible()
    assert not window.button.isEnabled() and window.button.text() == "Logging in…"
    window.submit()  # a second Enter while busy does not log in twice
    assert len(engine.logins) == 1
    with qtbot.waitSignal(window.logged_in) as signal:
        pending.set_result(s.welcome())
    assert signal.args == [s.welcome()]
    assert not window.busy.isVisible()
    assert window.password.text() == ""  # not kept in memory longer than needed


def test_remember_me_keeps_the_token_and_the_next_start_uses_it(
    qtbot: QtBot, engine: FakeEngine, settings: Settings, memory_keyring: MemoryKeyring
) -> None:
    window = open_login(qtbot, engine, settings)
    fill(window)
    window.remember.setChecked(True)
    with qtbot.waitSignal(window.logged_in):
        window.submit()
    token = engine.token
    assert token is not None
    assert credentials.load(URL, "ann") == token
    assert "correct horse" not in memory_keyring.entries.values()
    window.close()

    # Next start: server and user filled in, the saved session offered.
    again = open_login(qtbot, engine, settings)
    assert (again.server.text(), again.user.text()) == (URL, "ann")
    assert again.remember.isChecked()
    assert again.password.placeholderText() == SAVED_SESSION_HINT
    with qtbot.waitSignal(again.logged_in):
        QTest.keyClick(again.password, Qt.Key.Key_Return)
    assert engine.logins[-1] == (URL, token)


def test_a_dead_saved_session_is_forgotten_and_the_password_asked_for(
    qtbot: QtBot, engine: FakeEngine, settings: Settings, memory_keyring: MemoryKeyring
) -> None:
    settings.server_url, settings.username, settings.remember_me = URL, "ann", True
    credentials.save(URL, "ann", "expired-token-0123456789")
    engine.login_result = lambda: failed(LoginError("refused", "the session has expired"))
    window = open_login(qtbot, engine, settings)
    window.submit()
    qtbot.waitUntil(window.message.isVisible)
    assert window.message.text() == "Your saved session has ended: enter your password."
    assert engine.logins == [(URL, "expired-token-0123456789")]
    assert credentials.load(URL, "ann") is None
    assert window.password.placeholderText() == ""
    window.submit()
    assert window.message.text() == "Enter your password."


def test_unticking_remember_me_forgets_the_saved_session(
    qtbot: QtBot, engine: FakeEngine, settings: Settings, memory_keyring: MemoryKeyring
) -> None:
    credentials.save(URL, "ann", "old-token-0123456789")
    window = open_login(qtbot, engine, settings, server_url=URL, username="ann")
    fill(window)
    window.remember.setChecked(False)
    with qtbot.waitSignal(window.logged_in):
        window.submit()
    assert memory_keyring.entries == {}
    assert settings.remember_me is False


def test_without_a_keyring_remember_me_is_unavailable_but_login_works(
    qtbot: QtBot, engine: FakeEngine, settings: Settings
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())  # type: ignore[no-untyped-call]  # keyring's own __init__
    try:
        settings.remember_me = True
        window = open_login(qtbot, engine, settings)
        assert not window.remember.isEnabled() and not window.remember.isChecked()
        assert window.keyring_note.isVisible()
        assert window.keyring_note.text().startswith("Remember me is unavailable:")
        fill(window)
        with qtbot.waitSignal(window.logged_in):
            window.submit()
        assert not window.remember.isEnabled()
    finally:
        keyring.set_keyring(before)


# A tiny Slovenian catalogue of the login window's words (the real one may not
# be translated yet): enough to see the window change language.
SLOVENIAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl" sourcelanguage="en">
<context>
    <name>ui.login</name>
    <message>
        <source>Log in</source>
        <comment>a button</comment>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
</context>
</TS>
"""


def test_choosing_a_language_saves_it_and_the_window_speaks_it_at_once(
    qtbot: QtBot,
    engine: FakeEngine,
    settings: Settings,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ts = tmp_path / "callnest_sl.ts"
    ts.write_text(SLOVENIAN, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "callnest_sl.qm")], check=True
    )
    monkeypatch.setenv(TRANSLATIONS_ENV, str(tmp_path))
    window = open_login(qtbot, engine, settings)
    chooser = window.language
    assert chooser.currentData() is None and chooser.currentText() == "System language"
    # Each language by its own name, whatever the language shown.
    assert [chooser.itemText(i) for i in range(1, chooser.count())] == list(LANGUAGE_NAMES.values())
    assert [chooser.itemData(i) for i in range(1, chooser.count())] == list(LANGUAGE_NAMES)
    before = window.button.text()
    try:
        chooser.setCurrentIndex(chooser.findData("sl"))
        assert settings.language == "sl"
        assert translations.language == "sl"
        assert (before, window.button.text()) == ("Log in", "Prijava")
        assert window.language_label.text() == "Jezik"
        assert chooser.currentText() == "Slovenščina"
        # The next start shows the choice.
        again = open_login(qtbot, engine, settings)
        assert again.language.currentData() == "sl" and again.button.text() == "Prijava"
        chooser.setCurrentIndex(0)  # back to the system's language
        assert settings.language is None
    finally:
        monkeypatch.undo()  # the real catalogues again, English among them
        translations.use("en")
