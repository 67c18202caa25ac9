"""The pseudo-locale run: every window, tab, dialog and state the app shows,
built with a catalogue that marks and lengthens each translated string
(scripts/i18n pseudo), finds no text that bypassed translation and none cut off.

The windows are those of the app's tour (window_tour.py). Each is rendered to
test-artifacts/desktop/pseudo/ for a person to look at.
``make i18n-check`` runs this test with ``CALLNEST_I18N_REPORT`` set and prints
its counts.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from callnest.desktop.i18n import TRANSLATIONS_ENV, translations
from callnest.desktop.settings import Settings
from callnest.protocol.languages import LANGUAGE_NAMES
from callnest.server.acd.stats import DEFINITIONS
from desktop import samples as s
from desktop.admin_server import OwnerDesk, owner_desk
from desktop.text_walk import Seen, bypassed, cut, texts
from desktop.window_tour import ADMIN_DATA, admin_windows, operator_windows
from integration.conftest import start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here

ROOT = Path(__file__).resolve().parents[2]
PSEUDO = "xx"

# What the windows show that is data, not the app's words: the samples'
# names and the test server's.
DATA = {
    *LANGUAGE_NAMES.values(),
    "Callnest",
    s.ME.display_name,
    s.ME.username,
    s.LUNCH.name,
    s.TRAINING.name,
    s.SOLD.name,
    s.CALLBACK.name,
    s.SUPPORT.name,
    s.SUPPORT.display_name,
    s.SALES.name,
    s.SALES.display_name,
    "Bob Baker",
    "Bo Diddley",
    "usb_headset_mic",
    "usb_headset",
    "laptop_speakers",
    "http://",
    "https://",
    "127.0.0.1",
    "owner",
    "Owner",
    "default",
    # the customer card's
    s.CARD.name,
    *s.CARD.phones,
    *s.CARD.emails,
    s.CARD.notes,
    *s.CARD.custom_fields,
    *s.CARD.custom_fields.values(),
    *(entry.notes for entry in s.CARD.history),
    # the server's first dispositions and breaks (the owner's to rename)
    "Resolved",
    "Follow-up needed",
    "Wrong number",
    "Coffee",
    # the sample chat's: the customer's words and the queue's ready answers
    "Hello? My router is down.",
    "Greeting",
    "Reboot",
    # protocols' own names
    "UDP",
    "TCP",
    "TLS",
}
# Lists of data: the IANA time zones' own names.
DATA_WIDGETS = {"TimeZoneBox item"}
# Data by its shape: a script's fields ({customer.name}), time zones
# (Europe/Ljubljana), paths, e-mail addresses.
DATA_SHAPES = re.compile(
    r"\{[a-z_.]+\}|\b[A-Z][A-Za-z_-]+(?:/[A-Za-z0-9_+-]+)+|(?:/[\w.-]+){2,}|[\w.+-]+@[\w.-]+"
    # keys, as QKeySequence writes them in the system's own words
    r"|\b(?:(?:Ctrl|Shift|Alt|Meta)\+)+\w+|\bF\d{1,2}\b"
)


class Findings:
    """What the windows showed, kept per window."""

    def __init__(self, artifacts: Path) -> None:
        self.hardcoded: list[Seen] = []
        self.truncated: list[Seen] = []
        self.windows = 0
        self.data = set(DATA)
        self.folder = artifacts / "pseudo"
        self.folder.mkdir(parents=True, exist_ok=True)

    def look(self, window: QWidget, label: str) -> None:
        QApplication.processEvents()
        QApplication.processEvents()
        self.windows += 1
        for seen in texts(window, label):
            if seen.where in DATA_WIDGETS:
                continue
            if seen.text and bypassed(DATA_SHAPES.sub(" ", seen.text), self.data):
                self.hardcoded.append(seen)
        self.truncated.extend(cut(window, label))
        window.grab().save(str(self.folder / f"{label}.png"))

    def report(self) -> dict[str, object]:
        def unique(found: list[Seen]) -> list[dict[str, str]]:
            seen = {(f.window, f.where, f.text) for f in found}
            return [{"window": w, "where": x, "text": t} for w, x, t in sorted(seen)]

        return {
            "hardcoded": unique(self.hardcoded),
            "truncated": unique(self.truncated),
            "windows_checked": self.windows,
        }


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n"), "pseudo", str(folder)],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture(scope="module")
def findings(artifacts_dir: Path) -> Iterator[Findings]:
    found = Findings(artifacts_dir)
    yield found
    report = os.environ.get("CALLNEST_I18N_REPORT")
    if report:
        Path(report).write_text(json.dumps(found.report(), ensure_ascii=False, indent=1))


@pytest.fixture(scope="module")
def artifacts_dir() -> Path:
    folder = ROOT / "test-artifacts" / "desktop"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def pseudo(pseudo_catalogue: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(TRANSLATIONS_ENV, str(pseudo_catalogue))
    assert translations.use(PSEUDO)
    try:
        yield
    finally:
        translations.use("en")


def test_the_operators_windows_speak_only_through_the_catalogue(
    pseudo: None, findings: Findings, qtbot: QtBot, settings: Settings, artifacts: Path
) -> None:
    operator_windows(findings.look, qtbot, settings, artifacts)


async def test_the_admin_window_speaks_only_through_the_catalogue(
    pseudo: None, findings: Findings, owner_desk: OwnerDesk
) -> None:
    # The report's tooltip gives the server's own definitions of its figures.
    findings.data |= ADMIN_DATA | set(DEFINITIONS.values())
    findings.data |= {name.upper().replace("_", " ") for name in DEFINITIONS}
    await admin_windows(findings.look, owner_desk)


def test_no_text_bypasses_translation_or_is_cut(findings: Findings) -> None:
    """Runs last in this module: everything the windows above showed."""
    report = findings.report()
    assert report["windows_checked"], "no window was looked at"
    assert report["hardcoded"] == [], json.dumps(report["hardcoded"], ensure_ascii=False, indent=1)
    assert report["truncated"] == [], json.dumps(report["truncated"], ensure_ascii=False, indent=1)
