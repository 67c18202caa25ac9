"""The pseudo-locale run: every window, tab, dialog and state the app shows,
built with a catalogue that marks and lengthens each translated string
(scripts/i18n pseudo), finds no text that bypassed translation and none cut off.

The operator's window, the headset dialog, the callback dialog, the set-up
wizard and the wallboard are fed the protocol's own messages; the login window
logs in to a real server and the admin window shows every tab from it. Each is
rendered to test-artifacts/desktop/pseudo/ for a person to look at.
``make i18n-check`` runs this test with ``CALLNEST_I18N_REPORT`` set and prints
its counts.
"""

from __future__ import annotations

import asyncio
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

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import Connection
from callnest.desktop.i18n import TRANSLATIONS_ENV, translations
from callnest.desktop.models.wallboard import WallboardModel
from callnest.desktop.settings import Settings
from callnest.desktop.ui.admin.campaigns import CampaignsTab
from callnest.desktop.ui.admin.phones import PhonesTab
from callnest.desktop.ui.admin.window import AdminWindow, build_admin_window
from callnest.desktop.ui.headset import HeadsetDialog
from callnest.desktop.ui.login import LoginWindow
from callnest.desktop.ui.setup import SetupWizard
from callnest.desktop.ui.style import STYLE_SHEET
from callnest.desktop.ui.wallboard import WallboardWindow
from callnest.protocol.languages import LANGUAGE_NAMES
from desktop import samples as s
from desktop.admin_server import OwnerDesk, owner_desk, until
from desktop.fakes import FakeEngine
from desktop.test_chat_model import chat_contact
from desktop.test_ui_agent import Desk, answer, ring
from desktop.test_ui_chat import SUPPORT, open_chat
from desktop.test_ui_wallboard import agent, held_back, queue
from desktop.text_walk import Seen, bypassed, cut, texts
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


def _shown(widget: QWidget, width: int, height: int) -> QWidget:
    widget.setStyleSheet(STYLE_SHEET)
    widget.resize(width, height)
    widget.show()
    return widget


def test_the_operators_windows_speak_only_through_the_catalogue(
    pseudo: None, findings: Findings, qtbot: QtBot, settings: Settings, artifacts: Path
) -> None:
    engine = FakeEngine()
    login = LoginWindow(engine, EngineBridge(), settings, server_url="http://127.0.0.1:8730")
    qtbot.addWidget(login)
    findings.look(_shown(login, 420, 360), "login")

    desk = Desk(qtbot, settings, artifacts)
    desk.bridge.post(Connection("online"))
    desk.server(s.welcome())
    findings.look(desk.window, "agent-idle")
    ring(desk)
    findings.look(desk.window, "agent-ringing")
    answer(desk)
    findings.look(desk.window, "agent-in-call")
    desk.server(p.ContactUpdate(contact=s.contact(p.ContactPhase.WRAP_UP, answered_at=s.NOW)))
    findings.look(desk.window, "agent-wrap-up")

    chat_desk = Desk(qtbot, settings, artifacts)
    chat_desk.engine.welcome = s.welcome().model_copy(update={"queues": (SUPPORT, s.SALES)})
    chat_desk.server(chat_desk.engine.welcome)
    view = open_chat(chat_desk)
    chat_desk.window.work.setCurrentIndex(1)
    findings.look(chat_desk.window, "chat")
    chat_desk.server(p.ContactUpdate(contact=chat_contact(p.ContactPhase.WRAP_UP)))
    findings.look(chat_desk.window, "chat-wrap-up")
    view.wrap_up.schedule_callback.click()
    dialog = chat_desk.window.callback_dialog
    assert dialog is not None
    dialog.ok_button.click()  # refused: no number yet, said in words
    findings.look(dialog, "schedule-callback")

    headset = HeadsetDialog(
        FakeEngine(), EngineBridge(), settings, lambda: (["usb_headset_mic"], ["usb_headset"])
    )
    qtbot.addWidget(headset)
    findings.look(_shown(headset, 520, 420), "headset")

    wizard = SetupWizard(
        FakeEngine(), EngineBridge(), settings, "http://127.0.0.1:8730/", lambda: ([], [])
    )
    qtbot.addWidget(wizard)
    _shown(wizard, 640, 520)
    for number, page_id in enumerate(wizard.pageIds()):
        wizard.setStartId(page_id)
        wizard.restart()
        findings.look(wizard, f"setup-{number + 1}")

    wallboard = WallboardWindow(engine, EngineBridge(), WallboardModel(clock=lambda: s.NOW))
    qtbot.addWidget(wallboard)
    _shown(wallboard, 1180, 560)
    link = p.LinkQuality(loss_pct=8.0, jitter_ms=12.0, rtt_ms=48.0)
    wallboard.model.apply(
        p.StatsSnapshot(
            at=s.NOW,
            queues=(queue(3, name=s.SUPPORT.display_name),),
            agents=(
                agent(7, name=s.ME.display_name, activity=p.Activity.BUSY, link=link),
                held_back(8, p.LinkProblem.POOR, name="Bob Baker"),
            ),
        )
    )
    findings.look(wallboard, "wallboard")


async def test_the_admin_window_speaks_only_through_the_catalogue(
    pseudo: None, findings: Findings, owner_desk: OwnerDesk
) -> None:
    server = owner_desk.server
    team = await server.owner("POST", "/api/teams", json={"name": "Day shift"})
    french = await server.owner("POST", "/api/skills", json={"name": "French"})
    await server.owner("POST", "/api/scripts", json={"name": "Greeting", "body": "Hello"})
    await server.add_agent(
        "ada", display_name="Ada Lovelace", team_id=team["id"], skills={french["id"]: 5}
    )
    await server.owner("POST", "/api/queues", json={"name": "sales", "display_name": "Sales"})
    findings.data |= {"Day shift", "French", "Greeting", "Hello", "ada", "Ada Lovelace", "sales"}
    window = build_admin_window(owner_desk.engine, owner_desk.bridge)
    assert isinstance(window, AdminWindow)
    _shown(window, 1280, 800)
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            await settle(2.0)  # the tab's first load from the server
            findings.look(window, f"admin-{index + 1:02d}")
        phones, campaigns = window.tab("Phones"), window.tab("Campaigns")
        assert isinstance(phones, PhonesTab) and isinstance(campaigns, CampaignsTab)
        await until(lambda: not phones.busy() and not campaigns.busy(), within=30)
    finally:
        window.close()


async def settle(seconds: float) -> None:
    """Lets Qt and the server's loop run for a while."""
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    while loop.time() < end:
        QApplication.processEvents()
        await asyncio.sleep(0.02)


def test_no_text_bypasses_translation_or_is_cut(findings: Findings) -> None:
    """Runs last in this module: everything the windows above showed."""
    report = findings.report()
    assert report["windows_checked"], "no window was looked at"
    assert report["hardcoded"] == [], json.dumps(report["hardcoded"], ensure_ascii=False, indent=1)
    assert report["truncated"] == [], json.dumps(report["truncated"], ensure_ascii=False, indent=1)
