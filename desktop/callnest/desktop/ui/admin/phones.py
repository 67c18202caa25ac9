"""The Phones tab (the owner's alone: trunks hold the provider's password):
the SIP trunks above, with how each one's registration is doing, asked
again every few seconds while the tab is shown; the phone numbers below,
each with the trunk its calls arrive on and the queue that answers them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.phone_numbers import PhoneNumbersEditor
from callnest.desktop.ui.admin.trunks import TrunksEditor


class PhonesTab(QWidget):
    status = Signal(str, bool)  # the admin window's status line

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.trunks = TrunksEditor(engine, bridge)
        self.numbers = PhoneNumbersEditor(engine, bridge)
        self.trunks.trunks_loaded.connect(self.numbers.set_trunks)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, editor in (
            (
                translate("ui.admin.phones", "SIP trunks (how phone calls reach Callnest)"),
                self.trunks,
            ),
            (
                translate("ui.admin.phones", "Phone numbers (which queue answers each)"),
                self.numbers,
            ),
        ):
            forward: Callable[[str, bool], None] = self.status.emit
            editor.status.connect(forward)
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(editor)
            splitter.addWidget(box)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        self.trunks.reload()
        self.numbers.reload()

    def busy(self) -> bool:
        """Whether an answer from the server is still awaited."""
        return bool(self.trunks.in_flight or self.trunks.asking or self.numbers.in_flight)

    def showEvent(self, event: QShowEvent) -> None:  # Qt names it
        super().showEvent(event)
        self.trunks.start_watching()
        self.numbers.reload()  # queues made in their tab meanwhile

    def hideEvent(self, event: QHideEvent) -> None:  # Qt names it
        self.trunks.stop_watching()
        super().hideEvent(event)
