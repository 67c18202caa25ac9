"""The accessibility check: the app's whole tour (window_tour.py) in a light
and a dark palette, looking for controls a screen reader cannot name and text
under WCAG AA contrast (a11y_walk.py).

``make a11y-check`` runs this module with ``CALLNEST_A11Y_REPORT`` set and
prints its counts; each window is rendered to test-artifacts/desktop/a11y/.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from callnest.desktop.settings import Settings
from desktop.a11y_walk import Finding, low_contrast, unnamed
from desktop.admin_server import OwnerDesk, owner_desk
from desktop.window_tour import admin_windows, operator_windows
from integration.conftest import start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here

ROOT = Path(__file__).resolve().parents[2]
PALETTES = ("light", "dark")


def dark_palette() -> QPalette:
    """A system's dark theme as Qt applications receive it (Fusion's dark
    scheme, close to KDE's Breeze Dark and GNOME's Adwaita dark)."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#353535",
        role.WindowText: "#ffffff",
        role.Base: "#2a2a2a",
        role.AlternateBase: "#424242",
        role.ToolTipBase: "#353535",
        role.ToolTipText: "#ffffff",
        role.PlaceholderText: "#a0a0a0",
        role.Text: "#ffffff",
        role.Button: "#353535",
        role.ButtonText: "#ffffff",
        role.BrightText: "#ff5252",
        role.Light: "#505050",
        role.Midlight: "#454545",
        role.Mid: "#2b2b2b",
        role.Dark: "#1e1e1e",
        role.Shadow: "#000000",
        role.Highlight: "#2a82da",
        role.HighlightedText: "#ffffff",
        role.Link: "#6cb4ff",
        role.LinkVisited: "#c39bff",
    }
    for colour_role, name in colours.items():
        palette.setColor(colour_role, QColor(name))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#9a9a9a"))
    return palette


class Findings:
    def __init__(self, folder: Path) -> None:
        self.unnamed: list[Finding] = []
        self.low_contrast: list[Finding] = []
        self.windows = 0
        self.folder = folder
        self.palette = "light"

    def look(self, window: QWidget, label: str) -> None:
        QApplication.processEvents()
        QApplication.processEvents()
        self.windows += 1
        named = f"{self.palette}/{label}"
        self.unnamed.extend(unnamed(window, named))
        self.low_contrast.extend(low_contrast(window, named))
        (self.folder / self.palette).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(self.folder / self.palette / f"{label}.png"))

    def report(self) -> dict[str, object]:
        def unique(found: list[Finding]) -> list[dict[str, str]]:
            seen = sorted({(f.window, f.where, f.detail) for f in found})
            return [{"window": w, "where": x, "detail": d} for w, x, d in seen]

        return {
            "unnamed_controls": len(unique(self.unnamed)),
            "low_contrast": len(unique(self.low_contrast)),
            "windows_checked": self.windows,
            "unnamed": unique(self.unnamed),
            "contrast": unique(self.low_contrast),
        }


@pytest.fixture(scope="module")
def findings() -> Iterator[Findings]:
    folder = ROOT / "test-artifacts" / "desktop" / "a11y"
    found = Findings(folder)
    yield found
    report = os.environ.get("CALLNEST_A11Y_REPORT")
    if report:
        Path(report).write_text(json.dumps(found.report(), ensure_ascii=False, indent=1))


@pytest.fixture(params=PALETTES)
def palette(
    request: pytest.FixtureRequest, qapp: QApplication, findings: Findings
) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    findings.palette = request.param
    try:
        yield request.param
    finally:
        qapp.setPalette(before)


def test_the_operators_windows(
    palette: str, findings: Findings, qtbot: QtBot, settings: Settings, artifacts: Path
) -> None:
    operator_windows(findings.look, qtbot, settings, artifacts)


async def test_the_admin_window(palette: str, findings: Findings, owner_desk: OwnerDesk) -> None:
    await admin_windows(findings.look, owner_desk)


def test_every_control_is_named_and_every_text_readable(findings: Findings) -> None:
    """Runs last in this module: everything the windows above showed."""
    report = findings.report()
    assert report["windows_checked"], "no window was looked at"
    assert report["unnamed"] == [], json.dumps(report["unnamed"], ensure_ascii=False, indent=1)
    assert report["contrast"] == [], json.dumps(report["contrast"], ensure_ascii=False, indent=1)
