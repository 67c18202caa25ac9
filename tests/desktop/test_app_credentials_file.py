"""``callnest --credentials-file PATH`` (what ``make run`` passes): the login
window logs in by itself with the file's user and password; a missing or
malformed file is said in the window, which stays for typing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from callnest.desktop.app import Desktop
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.cli import parse
from callnest.desktop.credentials_file import CredentialsFileError, read_credentials
from callnest.desktop.settings import Settings
from desktop import samples as s
from desktop.fakes import FakeEngine

URL = "http://127.0.0.1:8730"


def start(qtbot: QtBot, settings: Settings, path: Path) -> tuple[Desktop, FakeEngine]:
    engine = FakeEngine()
    engine.welcome = s.welcome()
    desktop = Desktop(
        engine,
        EngineBridge(),
        settings,
        server=URL,
        credentials_file=path,
        list_devices=lambda: ([], []),
    )
    qtbot.addWidget(desktop.login)
    desktop.show()
    return desktop, engine


def test_the_flag_is_read_as_a_path() -> None:
    assert parse(["--credentials-file", "data/owner-credentials"]).credentials_file == Path(
        "data/owner-credentials"
    )
    assert parse([]).credentials_file is None


@pytest.mark.usefixtures("memory_keyring")
def test_a_good_file_logs_in_without_asking(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "owner-credentials"
    path.write_text(json.dumps({"username": "owner", "password": "s3cret-owner-pw"}))
    desktop, engine = start(qtbot, settings, path)
    # The window shows, busy, while the engine logs in.
    assert desktop.login.isVisible() and desktop.login.busy.isVisible()
    assert engine.logins == [(URL, "owner", "s3cret-owner-pw")]
    qtbot.waitUntil(lambda: desktop.agent is not None)
    assert desktop.agent is not None
    qtbot.addWidget(desktop.agent)
    assert not desktop.login.isVisible()
    assert desktop.login.password.text() == ""  # not kept in the widget after use
    assert settings.username == "owner"


@pytest.mark.usefixtures("memory_keyring")
@pytest.mark.parametrize(
    ("content", "said"),
    [
        (None, "does not exist"),
        ("not json {", 'should hold JSON like {"username": "...", "password": "..."}'),
        (json.dumps({"username": "owner"}), "should hold JSON like"),
        (json.dumps(["owner", "pw"]), "should hold JSON like"),
    ],
    ids=["missing", "not-json", "no-password", "not-an-object"],
)
def test_a_bad_file_is_said_and_the_window_waits_for_a_password(
    qtbot: QtBot,
    settings: Settings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    said: str,
) -> None:
    path = tmp_path / "owner-credentials"
    if content is not None:
        path.write_text(content)
    desktop, engine = start(qtbot, settings, path)
    login = desktop.login
    assert engine.logins == []
    assert login.message.isVisible()
    assert said in login.message.text()
    assert str(path) in login.message.text()
    assert login.message.text().endswith("Log in with your password instead.")
    assert login.button.isEnabled() and not login.busy.isVisible()
    assert said in capsys.readouterr().err


def test_an_unreadable_file_says_why(tmp_path: Path) -> None:
    with pytest.raises(CredentialsFileError, match="cannot be read"):
        read_credentials(tmp_path)  # a directory: reading it fails
