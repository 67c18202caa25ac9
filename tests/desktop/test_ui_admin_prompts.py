"""The Announcements tab against a real server: a language's prompts listed
in words, a recording uploaded in a prompt's place (shown as the owner's),
one the server refuses said as what is wrong with it, the audio saved to a
file, and the made prompt brought back."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from callnest.desktop.engine.session import RestError
from callnest.desktop.ui.admin.prompts import AnnouncementsTab, recording_problem
from callnest.protocol.languages import LANGUAGE_CODES
from callnest.server.keys import SWITCHBOARD
from callnest.server.media.prompts import REQUIRED_PROMPTS
from desktop.admin_server import OwnerDesk, cell, owner_desk, shot, until
from integration.conftest import start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here


def tone_wav(path: Path, seconds: float, amplitude: float = 0.3, rate: int = 8000) -> Path:
    t = np.arange(round(seconds * rate)) / rate
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((amplitude * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2").tobytes())
    path.write_bytes(out.getvalue())
    return path


def row_of(tab: AnnouncementsTab, name: str) -> int:
    return [p.name for p in tab.shown].index(name)


def choose(monkeypatch: pytest.MonkeyPatch, dialog: str, path: Path) -> None:
    """The file dialog ``dialog`` answers ``path`` at once, as if the owner picked it."""
    monkeypatch.setattr(QFileDialog, dialog, lambda *_args, **_kw: (str(path), ""))


async def test_the_announcements_tab_uploads_refuses_saves_and_restores(
    owner_desk: OwnerDesk,
    qtbot: QtBot,
    tmp_path: Path,
    artifacts: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    library = owner_desk.server.app[SWITCHBOARD].library
    tab = AnnouncementsTab(owner_desk.engine, owner_desk.bridge)
    qtbot.addWidget(tab)
    tab.resize(900, 700)
    tab.show()
    await until(lambda: tab.listing is not None)
    assert [tab.language.itemText(i) for i in range(tab.language.count())] == [
        "English",
        "Slovenščina",
        "Русский",
        "Español",
        "Slovenčina",
    ]
    tab.language.setCurrentIndex(LANGUAGE_CODES.index("sl"))
    assert tab.table.rowCount() == len(REQUIRED_PROMPTS)
    assert {p.language for p in tab.shown} == {"sl"}
    texts = {
        name: cell(tab.table, row_of(tab, name), 0).text()
        for name in ("welcome", "position_05", "wait_01", "wait_05", "language_choice_2")
    }
    assert texts == {
        "welcome": "Welcome",
        "position_05": "Place in line: 5",
        "wait_01": "Estimated wait: 1 minute",
        "wait_05": "Estimated wait: 5 minutes",
        "language_choice_2": "This language offered on key 2",
    }
    welcome = row_of(tab, "welcome")
    assert cell(tab.table, welcome, 1).text() == "Made by the server"
    assert cell(tab.table, welcome, 2).text().endswith(" s")
    assert not tab.upload_button.isEnabled()  # nothing chosen yet

    tab.table.selectRow(welcome)
    assert tab.upload_button.isEnabled() and not tab.made_button.isEnabled()
    choose(monkeypatch, "getOpenFileName", tone_wav(tmp_path / "welcome.wav", 2.0))
    tab.upload_button.click()
    await until(lambda: cell(tab.table, welcome, 1).text() == "Your recording")
    assert cell(tab.table, welcome, 2).text() == "2.0 s"
    assert tab.made_button.isEnabled()
    assert library.own("welcome", "sl") is not None
    assert library.own("welcome", "en") is None
    assert not tab.problem.isVisible()
    shot(tab, artifacts, "announcements")

    # Too long for a welcome: refused, and said as such.
    choose(monkeypatch, "getOpenFileName", tone_wav(tmp_path / "long.wav", 70.0))
    tab.upload_button.click()
    await until(lambda: tab.problem.isVisible())
    assert tab.problem.text() == (
        "The recording lasts 70.0 s without the silence around it; this announcement "
        "may last at most 60 s. Say it shorter."
    )
    assert cell(tab.table, welcome, 1).text() == "Your recording"  # the earlier one stays
    assert tab.upload_button.isEnabled()
    shot(tab, artifacts, "announcements-refused")

    choose(monkeypatch, "getSaveFileName", tmp_path / "heard.ogg")
    tab.save_audio_button.click()
    await until(lambda: (tmp_path / "heard.ogg").exists())
    assert (tmp_path / "heard.ogg").read_bytes()[:4] == b"OggS"

    tab.use_made(confirm=False)
    await until(lambda: cell(tab.table, welcome, 1).text() == "Made by the server")
    assert library.own("welcome", "sl") is None
    assert not tab.made_button.isEnabled()


@pytest.mark.parametrize(
    ("details", "sentence"),
    [
        ({"problem": "not_audio"}, "This is not a sound file the server can read"),
        ({"problem": "no_audio"}, "The file has no sound in it."),
        ({"problem": "too_short", "seconds": 0.3, "min_s": 0.5}, "lasts 0.3 s"),
        ({"problem": "too_quiet", "dbfs": -52.4, "min_dbfs": -40}, "too quiet (-52.4 dBFS"),
        ({"problem": "mostly_silence", "percent": 4, "min_percent": 40}, "only 4 % of it"),
        ({"problem": "clipped", "percent": 2.5, "max_percent": 0.1}, "2.50 % of it"),
    ],
)
def test_each_problem_with_a_recording_has_its_sentence(
    qtbot: QtBot, details: dict[str, object], sentence: str
) -> None:
    said = recording_problem(RestError(422, "invalid_request", "refused", details))
    assert said is not None and sentence in said


def test_a_refusal_not_about_the_recording_is_left_to_the_usual_words() -> None:
    assert recording_problem(RestError(422, "invalid_request", "x", [{"field": "a"}])) is None
    assert recording_problem(RestError(404, "not_found", "x")) is None
    too_large = recording_problem(RestError(413, "too_large", "x", {"max_bytes": 10_000_000}))
    assert too_large is not None and "10.0 MB" in too_large
