"""Headset set-up: which microphone, speaker and ring device; a live level
meter; a test tone and an echo test; saving opens the devices in the engine.

:class:`HeadsetPanel` is the whole set-up as one widget, so the headset dialog
and the first-run wizard show the same thing; :class:`HeadsetDialog` adds Save
and Cancel around it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.audio.headset import DeviceChoice
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import DeviceProblem, EngineEvent, MicLevel
from callnest.desktop.i18n import translate
from callnest.desktop.ports import EnginePort
from callnest.desktop.settings import Settings
from callnest.desktop.ui.customer import plain_label

DeviceLister = Callable[[], tuple[list[str], list[str]]]
"""Returns (input names, output names)."""

METER_FLOOR_DB = -60.0  # below this the meter is empty: room noise, not speech
TEST_TONE_S = 1.0
ECHO_TEST_S = 3.0


def system_devices() -> tuple[list[str], list[str]]:
    from callnest.desktop.audio import devices  # PortAudio: only when the dialog opens

    return devices.input_names(), devices.output_names()


def meter_value(dbfs: float) -> int:
    """A level in dBFS as 0..100 on the meter."""
    clamped = min(0.0, max(METER_FLOOR_DB, dbfs))
    return round(100 * (clamped - METER_FLOOR_DB) / -METER_FLOOR_DB)


class HeadsetPanel(QWidget):
    """Device pickers, meter and tests. ``save()`` stores the choice and opens
    it in the engine, then emits ``saved(error)``: ``None`` when the devices
    opened, else what went wrong (also shown on the panel)."""

    saved = Signal(object)

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        settings: Settings,
        list_devices: DeviceLister = system_devices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine, self._settings = engine, settings
        # Tests run on a worker: the headset's test calls may block for seconds.
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="callnest-headset-test")
        self._bridge = bridge
        self.saving = False

        self.message = plain_label()
        self.message.setObjectName("error")
        self.message.hide()
        try:
            inputs, outputs = list_devices()
        except Exception as exc:  # PortAudio fails in varied ways: say it
            inputs, outputs = [], []
            self._show(
                translate(
                    "ui.headset",
                    "The sound devices could not be listed: {reason}",
                    "{reason}: the system's technical words",
                ).format(reason=exc)
            )
        saved = settings.devices
        self.microphone = self._combo(inputs, saved.microphone)
        self.speaker = self._combo(outputs, saved.speaker)
        self.ring = self._combo(
            outputs,
            saved.ring,
            default=translate("ui.headset", "Same as the speaker", "where the phone rings"),
        )
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(14)
        self.meter.setToolTip(translate("ui.headset", "Speak: the bar should move"))
        self.status = plain_label(
            translate("ui.headset", "Speak into the microphone: the bar shows what it hears.")
        )
        self.status.setObjectName("hint")
        self.tone = QPushButton(translate("ui.headset", "Play test tone"))
        self.echo = QPushButton(translate("ui.headset", "Echo test"))
        self.echo.setToolTip(
            translate(
                "ui.headset",
                "Records {seconds} s, then plays it back to you",
                "{seconds}: a number of seconds",
            ).format(seconds=QLocale().toString(ECHO_TEST_S, "f", 0))
        )

        form = QFormLayout()
        form.addRow(translate("ui.headset", "Microphone"), self.microphone)
        form.addRow(translate("ui.headset", "Level", "the microphone's sound level"), self.meter)
        form.addRow(translate("ui.headset", "Speaker"), self.speaker)
        form.addRow(translate("ui.headset", "Ring on", "the device the phone rings on"), self.ring)
        tests = QHBoxLayout()
        tests.addWidget(self.tone)
        tests.addWidget(self.echo)
        tests.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(tests)
        layout.addWidget(self.message)

        self.tone.clicked.connect(self.play_test_tone)
        self.echo.clicked.connect(self.echo_test)
        bridge.event.connect(self.on_event)

    def _combo(self, names: list[str], saved: str | None, default: str | None = None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(
            default or translate("ui.headset", "System default", "the system's default device"),
            None,
        )
        for name in names:
            combo.addItem(name, name)
        if saved is not None:
            if saved not in names:
                combo.addItem(
                    translate(
                        "ui.headset",
                        "{device} (not connected)",
                        "{device}: a sound device's name",
                    ).format(device=saved),
                    saved,
                )
            combo.setCurrentIndex(combo.findData(saved))
        return combo

    @property
    def choice(self) -> DeviceChoice:
        return DeviceChoice(
            microphone=self.microphone.currentData(),
            speaker=self.speaker.currentData(),
            ring=self.ring.currentData(),
        )

    # ------------------------------------------------------------ events

    def on_event(self, event: EngineEvent) -> None:
        if isinstance(event, MicLevel):
            self.meter.setValue(meter_value(event.dbfs))
        elif isinstance(event, DeviceProblem):
            if event.working:
                self.message.hide()
            else:
                self._show(event.message)

    # ------------------------------------------------------------ tests

    def play_test_tone(self) -> None:
        self._run_test(
            translate("ui.headset", "Playing a test tone…"),
            translate("ui.headset", "Did you hear the tone?"),
            lambda: self._engine.headset.play_test_tone(TEST_TONE_S),
        )

    def echo_test(self) -> None:
        self._run_test(
            translate(
                "ui.headset",
                "Speak now: recording {seconds} s, then playing it back…",
                "{seconds}: a number of seconds",
            ).format(seconds=QLocale().toString(ECHO_TEST_S, "f", 0)),
            translate("ui.headset", "Echo test done: did you hear yourself clearly?"),
            lambda: self._engine.headset.echo_test(ECHO_TEST_S),
        )

    def _run_test(self, running: str, done: str, start: Callable[[], Any]) -> None:
        def run() -> None:
            result = start()
            # The headset may return at once with an Event set when it is done.
            if isinstance(result, threading.Event):
                result.wait(ECHO_TEST_S + 10)

        self.status.setText(running)
        self.tone.setEnabled(False)
        self.echo.setEnabled(False)
        self._bridge.resolve(self._worker.submit(run), lambda f: self._test_done(f, done))

    def _test_done(self, future: Future[None], done: str) -> None:
        self.tone.setEnabled(True)
        self.echo.setEnabled(True)
        error = future.exception()
        if error is not None:
            self.status.setText(translate("ui.headset", "The test could not run."))
            self._show(getattr(error, "message", None) or str(error))
        else:
            self.status.setText(done)

    # ------------------------------------------------------------ saving

    def save(self) -> None:
        choice = self.choice
        self._settings.devices = choice
        self._settings.sync()
        self.saving = True
        self.message.hide()
        self._bridge.resolve(self._engine.set_headset(choice), self._applied)

    def _applied(self, future: Future[None]) -> None:
        self.saving = False
        error = future.exception()
        if error is not None:
            # DeviceError has an operator-readable .message; anything else, its text.
            self._show(getattr(error, "message", None) or str(error))
        self.saved.emit(error)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def close_panel(self) -> None:
        """Stops listening and lets the test worker go (its owner is closing)."""
        self._worker.shutdown(wait=False)
        self._bridge.event.disconnect(self.on_event)


class HeadsetDialog(QDialog):
    """The panel with Save (opens the devices, closes on success) and Cancel."""

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        settings: Settings,
        list_devices: DeviceLister = system_devices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.headset", "Headset set-up"))
        self.setMinimumWidth(520)
        self.panel = HeadsetPanel(engine, bridge, settings, list_devices)
        # The panel's parts, under the names the dialog always had.
        panel = self.panel
        self.microphone, self.speaker, self.ring = panel.microphone, panel.speaker, panel.ring
        self.meter, self.status, self.message = panel.meter, panel.status, panel.message
        self.tone, self.echo = panel.tone, panel.echo
        self.save = QPushButton(translate("ui.headset", "Save", "a button"))
        self.save.setDefault(True)
        self.cancel = QPushButton(translate("ui.headset", "Cancel", "a button"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(panel)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.save.clicked.connect(self.apply)
        self.cancel.clicked.connect(self.reject)
        panel.saved.connect(self._applied)
        self.finished.connect(lambda _: panel.close_panel())

    @property
    def choice(self) -> DeviceChoice:
        return self.panel.choice

    def on_event(self, event: EngineEvent) -> None:
        self.panel.on_event(event)

    def play_test_tone(self) -> None:
        self.panel.play_test_tone()

    def echo_test(self) -> None:
        self.panel.echo_test()

    def apply(self) -> None:
        self.save.setEnabled(False)
        self.panel.save()

    def _applied(self, error: BaseException | None) -> None:
        self.save.setEnabled(True)
        if error is None:
            self.accept()
