"""Calling out by hand: the idle page's number field, the queue the call goes
out for (remembered), and the notice that says how the last call out ended."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from callnest.desktop.i18n import translate
from callnest.desktop.models.callout import CallOutResult
from callnest.desktop.ui.customer import plain_label

# Marked for the catalogue, translated where shown (``translate("ui.dialer", NUMBER_HINT)``).
NUMBER_HINT = str(QT_TRANSLATE_NOOP("ui.dialer", "e.g. +386 40 111 222"))


class DialBar(QWidget):
    """[number] for [queue] [Call]; Enter in the number calls too."""

    call_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit()
        self.number.setPlaceholderText(translate("ui.dialer", NUMBER_HINT))
        self.number.setClearButtonEnabled(True)
        self.number.setMinimumWidth(190)
        self.number.setToolTip(
            translate("ui.dialer", "A number in international form: + and the country code")
        )
        self.queue = QComboBox()
        self.queue.setMinimumContentsLength(14)
        self.queue.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.queue.setToolTip(
            translate(
                "ui.dialer",
                "The queue you call for: customers see its caller ID, and the call "
                "counts in its reports",
            )
        )
        self.call = QPushButton(translate("ui.dialer", "Call", "a button: calls the number"))
        self.call.setObjectName("call")
        label = QLabel(translate("ui.dialer", "Call a number", "the dial bar's title"))
        label.setObjectName("pageTitle")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(self.number, 2)
        row.addWidget(
            QLabel(
                translate(
                    "ui.dialer", "for", "between the number field and the queue: call … for Sales"
                )
            )
        )
        row.addWidget(self.queue)
        row.addWidget(self.call)
        row.addStretch(1)
        self.number.returnPressed.connect(self.call_requested)
        self.call.clicked.connect(self.call_requested)

    def set_queues(self, queues: list[tuple[int, str]], chosen: int | None) -> None:
        """(id, label) in the order to offer; ``chosen`` selected if it is
        there, else the first."""
        wanted = [(label, queue_id) for queue_id, label in queues]
        shown = [
            (self.queue.itemText(i), self.queue.itemData(i)) for i in range(self.queue.count())
        ]
        if wanted != shown:
            self.queue.blockSignals(True)
            self.queue.clear()
            for label, queue_id in wanted:
                self.queue.addItem(label, queue_id)
            self.queue.blockSignals(False)
        index = self.queue.findData(chosen)
        self.queue.setCurrentIndex(max(index, 0) if self.queue.count() else -1)

    def queue_id(self) -> int | None:
        data = self.queue.currentData()
        return data if isinstance(data, int) else None

    def queue_label(self) -> str:
        return self.queue.currentText()

    def set_blocked(self, why: str | None) -> None:
        """The Call button, off with the reason as its tooltip."""
        self.call.setEnabled(why is None)
        self.call.setToolTip(
            why or translate("ui.dialer", "Call this number (or press Enter in it)")
        )


class CallNotice(QFrame):
    """How the last call out ended, in words, until the next call or Dismiss."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callNotice")
        self.text = plain_label()  # names and numbers come from the server: never markup
        self.text.setObjectName("noticeText")
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.dismiss = QPushButton(translate("ui.dialer", "Dismiss", "a button: hides the notice"))
        self.dismiss.setObjectName("flat")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.dismiss)
        self.dismiss.clicked.connect(self.dismissed)
        self.hide()

    def show_result(self, result: CallOutResult | None) -> None:
        if result is None:
            self.hide()
            return
        self.text.setText(result.text)
        name = "callProblem" if result.is_error else "callNotice"
        if self.objectName() != name:
            self.setObjectName(name)
            self.style().unpolish(self)
            self.style().polish(self)
        self.show()
