"""Settings: typed values that survive a restart (a fresh QSettings on the same file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from callnest.desktop.audio.headset import DeviceChoice
from callnest.desktop.settings import Settings


def _open(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_values_survive_a_restart_with_their_types(tmp_path: Path) -> None:
    path = tmp_path / "callnest.ini"
    first = _open(path)
    assert (first.server_url, first.username, first.remember_me) == (None, None, False)
    assert first.devices == DeviceChoice(None, None, None)
    first.server_url = "https://calls.example.com"
    first.username = "ann"
    first.remember_me = True
    first.devices = DeviceChoice(microphone="usb_headset_mic", speaker="usb_headset", ring=None)
    first.set_geometry("agent", QByteArray(b"\x01\x02geometry"))
    first.sync()
    del first

    again = _open(path)
    assert again.server_url == "https://calls.example.com"
    assert again.username == "ann"
    assert again.remember_me is True  # the ini file holds "true": still a bool here
    assert again.devices == DeviceChoice("usb_headset_mic", "usb_headset", None)
    assert again.geometry("agent") == QByteArray(b"\x01\x02geometry")
    assert again.geometry("supervisor") is None


def test_clearing_a_value_forgets_it(tmp_path: Path) -> None:
    path = tmp_path / "callnest.ini"
    first = _open(path)
    first.username = "ann"
    first.devices = DeviceChoice(microphone="usb_headset_mic")
    first.remember_me = True
    first.sync()
    first.username = None
    first.devices = DeviceChoice()
    first.remember_me = False
    first.sync()
    again = _open(path)
    assert again.username is None
    assert again.devices == DeviceChoice()
    assert again.remember_me is False
    assert "usb_headset_mic" not in path.read_text()
