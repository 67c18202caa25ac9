"""The agent window's four pages — idle, ringing, in call, wrap-up — as dumb
widgets: the window fills them from the model and wires their buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.ui.customer import plain_label


def _caller_block(title: str) -> tuple[QVBoxLayout, QLabel, QLabel, QLabel]:
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    caller = plain_label()
    caller.setObjectName("caller")
    details = plain_label()
    details.setObjectName("hint")
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(heading)
    box.addWidget(caller)
    box.addWidget(details)
    return box, heading, caller, details


def _clock() -> QLabel:
    label = QLabel("0:00")
    label.setObjectName("clock")
    label.setMinimumWidth(120)  # "1:02:03" in the clock's large font, never clipped
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class IdlePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel("Waiting for the next contact")
        self.headline.setObjectName("idle")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = plain_label()
        self.detail.setObjectName("hint")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addStretch(1)


class RingingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        who, heading, self.caller, self.details = _caller_block("Incoming call")
        heading.setObjectName("ringTitle")
        self.countdown = _clock()
        self.countdown.setToolTip("Time left to answer")
        self.answer = QPushButton("Answer")
        self.answer.setObjectName("answer")
        self.decline = QPushButton("Decline")
        self.decline.setObjectName("decline")
        controls = QHBoxLayout()
        controls.addWidget(self.answer)
        controls.addWidget(self.decline)
        controls.addStretch(1)
        top = QGridLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(who, 0, 0)
        top.addWidget(self.countdown, 0, 1)
        top.addLayout(controls, 1, 0, 1, 2)
        top.setColumnStretch(0, 1)


class InCallPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        who, _, self.caller, self.details = _caller_block("On the call")
        self.timer = _clock()
        self.chip = QLabel()
        self.chip.setObjectName("chip")
        self.chip.hide()
        self.mute = QPushButton("Mute")
        self.mute.setCheckable(True)
        self.hold = QPushButton("Hold")
        self.hold.setCheckable(True)
        self.transfer = QPushButton("Transfer…")  # opens its menu (queues, agents)
        self.hand = QPushButton("Raise hand")
        self.hand.setCheckable(True)
        self.hand.setToolTip("Ask a supervisor for help: they see it on the wallboard")
        self.hangup = QPushButton("Hang up")
        self.hangup.setObjectName("hangup")
        status = QHBoxLayout()
        status.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        status.addWidget(self.timer)
        controls = QHBoxLayout()
        for button in (self.mute, self.hold, self.transfer, self.hand):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.hangup)
        top = QGridLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(who, 0, 0)
        top.addLayout(status, 0, 1)
        top.addLayout(controls, 1, 0, 1, 2)
        top.setColumnStretch(0, 1)


class WrapUpPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        who, _, self.caller, self.details = _caller_block("Wrap-up")
        self.countdown = _clock()
        self.countdown.setToolTip("Time left for wrap-up")
        self.disposition = QComboBox()
        self.disposition.setMinimumContentsLength(24)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("What happened on this contact")
        self.notes.setTabChangesFocus(True)
        self.ready = QPushButton("Ready")
        self.ready.setObjectName("answer")
        self.ready.setToolTip("Save the wrap-up and take the next contact")

        outcome = QGroupBox("Outcome")
        outcome_form = QFormLayout(outcome)
        outcome_form.addRow("Disposition", self.disposition)
        outcome_form.addRow("Notes", self.notes)

        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.customer_notes = QPlainTextEdit()
        self.customer_notes.setTabChangesFocus(True)
        self.customer_notes.setPlaceholderText("Kept on the customer's card for next time")
        customer = QGroupBox("Customer details")
        customer_form = QFormLayout(customer)
        customer_form.addRow("Name", self.name)
        customer_form.addRow("Phone", self.phone)
        customer_form.addRow("E-mail", self.email)
        customer_form.addRow("Notes", self.customer_notes)
        for editor in (self.notes, self.customer_notes):
            editor.setMinimumHeight(64)
            editor.setMaximumHeight(110)

        forms = QHBoxLayout()
        forms.addWidget(outcome, 1)
        forms.addWidget(customer, 1)
        ready = QHBoxLayout()
        ready.addStretch(1)
        ready.addWidget(self.ready)
        top = QGridLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(who, 0, 0)
        top.addWidget(self.countdown, 0, 1)
        top.addLayout(forms, 1, 0, 1, 2)
        top.addLayout(ready, 2, 0, 1, 2)
        top.setColumnStretch(0, 1)
