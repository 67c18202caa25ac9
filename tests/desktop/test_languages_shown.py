"""The operator's windows in each of the five languages, from the real
catalogues: nothing cut off, and every window rendered for a person who reads
the language to look at (test-artifacts/desktop/languages/; the README's
pictures of the operator's window in Slovenian and Spanish come from here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import Connection
from callnest.desktop.i18n import translations
from callnest.desktop.models.wallboard import WallboardModel
from callnest.desktop.settings import Settings
from callnest.desktop.ui.headset import HeadsetDialog
from callnest.desktop.ui.login import LoginWindow
from callnest.desktop.ui.wallboard import WallboardWindow
from callnest.protocol.languages import LANGUAGE_CODES
from desktop import samples as s
from desktop.fakes import FakeEngine
from desktop.test_ui_agent import Desk, answer
from desktop.test_ui_wallboard import agent, held_back, queue
from desktop.text_walk import cut

README_LANGUAGES = ("sl", "es")


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    code: str = request.param
    assert translations.use(code)
    try:
        yield code
    finally:
        translations.use("en")


def look(window: QWidget, folder: Path, name: str) -> list[str]:
    QApplication.processEvents()
    QApplication.processEvents()
    folder.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(folder / f"{name}.png"))
    return [f"{seen.where}: {seen.text}" for seen in cut(window, name)]


@pytest.mark.parametrize("language", LANGUAGE_CODES, indirect=True)
def test_the_operators_windows_in_each_language_show_all_their_words(
    language: str, qtbot: QtBot, settings: Settings, artifacts: Path, shots: Path
) -> None:
    folder = artifacts / "languages"
    cut_off: list[str] = []

    login = LoginWindow(FakeEngine(), EngineBridge(), settings, server_url="http://127.0.0.1:8730")
    qtbot.addWidget(login)
    login.show()
    cut_off += look(login, folder, f"{language}-login")
    # The catalogue is in use: the login window's button is not English
    # (except in English).
    english = language == "en"
    assert (login.button.text() == "Log in") is english

    desk = Desk(qtbot, settings, artifacts)
    desk.bridge.post(Connection("online"))
    desk.server(s.welcome())
    answer(desk)
    cut_off += look(desk.window, folder, f"{language}-call")
    if language in README_LANGUAGES:
        desk.window.grab().save(str(shots / f"agent-{language}.png"))

    headset = HeadsetDialog(
        FakeEngine(), EngineBridge(), settings, lambda: (["usb_headset_mic"], ["usb_headset"])
    )
    qtbot.addWidget(headset)
    headset.show()
    cut_off += look(headset, folder, f"{language}-headset")

    wallboard = WallboardWindow(FakeEngine(), EngineBridge(), WallboardModel(clock=lambda: s.NOW))
    qtbot.addWidget(wallboard)
    wallboard.resize(1180, 560)
    wallboard.show()
    wallboard.model.apply(
        p.StatsSnapshot(
            at=s.NOW,
            queues=(queue(3, name=s.SUPPORT.display_name),),
            agents=(
                agent(7, name=s.ME.display_name, activity=p.Activity.BUSY),
                held_back(8, p.LinkProblem.POOR, name="Bob Baker"),
            ),
        )
    )
    cut_off += look(wallboard, folder, f"{language}-wallboard")
    assert cut_off == []
