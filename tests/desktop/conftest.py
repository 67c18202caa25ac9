"""Desktop tests run Qt offscreen: no display is needed, and none is touched."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# ---- windows (bridge, settings, credentials, models, ui) -------------------

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from callnest.desktop.app import set_up
from callnest.desktop.i18n import translations
from callnest.desktop.settings import Settings
from desktop.fakes import MemoryKeyring

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "desktop"


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """The tests read the app in English, whatever the machine's language,
    through the English catalogue (its plurals), as an English user would;
    and on a QApplication set up as the app sets up its own."""
    set_up(qapp)
    translations.use("en")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The OS keyring, replaced by a dict for the test (and put back after)."""
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def artifacts() -> Path:
    """Where window screenshots go, for a person to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def shots(artifacts: Path) -> Path:
    """Where the README's pictures go: ``CALLNEST_SCREENSHOTS`` (set by
    scripts/screenshots), else beside the other artifacts."""
    chosen = os.environ.get("CALLNEST_SCREENSHOTS")
    directory = Path(chosen) if chosen else artifacts / "screens"
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The app's settings in a throw-away ini file, never the user's."""
    return Settings(QSettings(str(tmp_path / "callnest.ini"), QSettings.Format.IniFormat))


# ---- headset (PortAudio devices through the virtual headset) ---------------

from desktop.virtual_headset import _virtual_pulse, virtual_headset  # noqa: E402, F401
