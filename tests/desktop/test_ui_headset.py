"""HeadsetDialog: devices by name, the live meter, the tests, and Save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog
from pytestqt.qtbot import QtBot

from callnest.desktop.audio.headset import DeviceChoice, DeviceError
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import DeviceProblem, MicLevel
from callnest.desktop.settings import Settings
from callnest.desktop.ui.headset import HeadsetDialog, meter_value
from desktop.fakes import FakeEngine

INPUTS = ["usb_headset_mic", "Built-in Microphone"]
OUTPUTS = ["usb_headset", "laptop_speakers"]


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def bridge() -> EngineBridge:
    return EngineBridge()


def open_dialog(
    qtbot: QtBot, engine: FakeEngine, bridge: EngineBridge, settings: Settings
) -> HeadsetDialog:
    dialog = HeadsetDialog(engine, bridge, settings, lambda: (INPUTS, OUTPUTS))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_lists_devices_by_name_and_preselects_the_saved_ones(
    qtbot: QtBot, engine: FakeEngine, bridge: EngineBridge, settings: Settings, artifacts: Path
) -> None:
    settings.devices = DeviceChoice(microphone="usb_headset_mic", speaker="Old USB", ring=None)
    dialog = open_dialog(qtbot, engine, bridge, settings)
    assert items(dialog.microphone) == ["System default", *INPUTS]
    assert dialog.microphone.currentText() == "usb_headset_mic"
    # A saved device that is unplugged now stays chosen, and says so.
    assert items(dialog.speaker) == ["System default", *OUTPUTS, "Old USB (not connected)"]
    assert dialog.speaker.currentText() == "Old USB (not connected)"
    assert items(dialog.ring) == ["Same as the speaker", *OUTPUTS]
    assert dialog.choice == DeviceChoice("usb_headset_mic", "Old USB", None)
    bridge.post(MicLevel(-18.0))
    assert dialog.meter.value() == 70
    QApplication.processEvents()
    dialog.grab().save(str(artifacts / "headset.png"))


def test_meter_scale() -> None:
    assert [meter_value(db) for db in (-100.0, -60.0, -30.0, 0.0, 6.0)] == [0, 0, 50, 100, 100]


def test_save_stores_the_choice_and_opens_it_in_the_engine(
    qtbot: QtBot, engine: FakeEngine, bridge: EngineBridge, settings: Settings
) -> None:
    dialog = open_dialog(qtbot, engine, bridge, settings)
    dialog.microphone.setCurrentIndex(1)
    dialog.speaker.setCurrentIndex(1)
    dialog.ring.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save.click()
    chosen = DeviceChoice("usb_headset_mic", "usb_headset", "laptop_speakers")
    assert engine.headsets == [chosen]
    assert settings.devices == chosen
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_device_that_will_not_open_is_said_and_the_dialog_stays(
    qtbot: QtBot, engine: FakeEngine, bridge: EngineBridge, settings: Settings
) -> None:
    message = "The microphone “usb_headset_mic” is not connected."
    engine.headset_error = DeviceError("microphone", "usb_headset_mic", message)
    dialog = open_dialog(qtbot, engine, bridge, settings)
    dialog.microphone.setCurrentIndex(1)
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.save.click()
        qtbot.waitUntil(dialog.message.isVisible)
    assert dialog.message.text() == message
    assert dialog.isVisible() and dialog.save.isEnabled()


def test_device_problems_while_open_are_shown_and_cleared(
    qtbot: QtBot, engine: FakeEngine, bridge: EngineBridge, settings: Settings
) -> None:
    dialog = open_dialog(qtbot, engine, bridge, settings)
    bridge.post(DeviceProblem("speaker", "usb_headset", "The speaker was unplugged.", False))
    assert dialog.message.isVisible() and dialog.message.text() == "The speaker was unplugged."
    bridge.post(DeviceProblem("speaker", "usb_headset", "back", True))
    assert not dialog.message.isVisible()


def test_test_tone_and_echo_test_run_off_the_gui_thread(
    qtbot: QtBot, engine: FakeEngine, bridge: EngineBridge, settings: Settings
) -> None:
    dialog = open_dialog(qtbot, engine, bridge, settings)
    dialog.tone.click()
    assert not dialog.tone.isEnabled() and not dialog.echo.isEnabled()
    qtbot.waitUntil(dialog.tone.isEnabled)
    assert engine.headset.tones == [1.0]
    assert dialog.status.text() == "Did you hear the tone?"
    dialog.echo.click()
    qtbot.waitUntil(dialog.echo.isEnabled)
    assert engine.headset.echoes == [3.0]
    assert dialog.status.text().startswith("Echo test done")


def test_unlistable_devices_are_said_not_fatal(
    qtbot: QtBot, engine: FakeEngine, bridge: EngineBridge, settings: Settings
) -> None:
    def broken() -> tuple[list[str], list[str]]:
        raise OSError("PortAudio library not found")

    dialog = HeadsetDialog(engine, bridge, settings, broken)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == (
        "The sound devices could not be listed: PortAudio library not found"
    )
    assert items(dialog.microphone) == ["System default"]
