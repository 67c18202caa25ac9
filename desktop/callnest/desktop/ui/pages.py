"""The agent window's pages — idle (with a number to call), ringing, calling
out, in call, wrap-up — as dumb widgets: the window fills them from the
model and wires their buttons. The wrap-up page also serves each chat (the
chat panel has one per chat), and says when a callback asked for there is
promised."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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

from callnest import protocol as p
from callnest.desktop.models.callbacks import promised_text
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.dialer import DialBar
from callnest.protocol import rest


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
        self.dialer = DialBar()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addSpacing(14)
        layout.addWidget(self.dialer)
        layout.addStretch(1)


class RingingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        who, self.heading, self.caller, self.details = _caller_block("Incoming call")
        self.heading.setObjectName("ringTitle")
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

    def show_call_to_place(self, to_place: bool) -> None:
        """A call to place (a callback, a campaign's call) rings as a card:
        the call goes out by itself when the countdown ends."""
        self.answer.setText("Call now" if to_place else "Answer")
        self.decline.setText("Skip" if to_place else "Decline")
        self.decline.setToolTip("Leave it to a colleague" if to_place else "")
        self.countdown.setToolTip(
            "The call is placed when this reaches zero" if to_place else "Time left to answer"
        )


class CallingPage(QWidget):
    """The agent's call out while the far end rings (the server plays the
    ringing tone into the headset): who, how long, and Hang up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        who, self.heading, self.caller, self.details = _caller_block("Calling out")
        self.heading.setObjectName("ringTitle")
        self.timer = _clock()
        self.timer.setToolTip("Time since you called")
        self.hangup = QPushButton("Hang up")
        self.hangup.setObjectName("hangup")
        controls = QHBoxLayout()
        controls.addWidget(self.hangup)
        controls.addStretch(1)
        top = QGridLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(who, 0, 0)
        top.addWidget(self.timer, 0, 1)
        top.addLayout(controls, 1, 0, 1, 2)
        top.setColumnStretch(0, 1)


class InCallPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        who, self.heading, self.caller, self.details = _caller_block("On the call")
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
        self.recording = QPushButton("Pause recording")
        self.recording.setCheckable(True)
        self.recording.setToolTip(
            "While the caller reads out a card number: the recording keeps silence "
            "until you resume it (each pause is logged)"
        )
        self.hangup = QPushButton("Hang up")
        self.hangup.setObjectName("hangup")
        status = QHBoxLayout()
        status.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        status.addWidget(self.timer)
        controls = QHBoxLayout()
        for button in (self.mute, self.hold, self.transfer, self.hand, self.recording):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.hangup)
        top = QGridLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(who, 0, 0)
        top.addLayout(status, 0, 1)
        top.addLayout(controls, 1, 0, 1, 2)
        top.setColumnStretch(0, 1)


SCHEDULE_CALLBACK = "Schedule a callback…"


class WrapUpProblem(ValueError):
    """The wrap-up cannot be sent as typed; the message says what to fix."""


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
        self.schedule_callback = QPushButton(SCHEDULE_CALLBACK)
        self.schedule_callback.setToolTip("Promise the customer a call at a time of their choosing")
        self.callback_scheduled = plain_label()
        self.callback_scheduled.setObjectName("confirmation")

        # Shown for a call with a phone number (start()); the server lists it.
        self.do_not_call = QCheckBox("Never call this number again")
        self.do_not_call.setToolTip(
            "The customer asked not to be called: no campaign will call this number again"
        )
        outcome = QGroupBox("Outcome")
        outcome_form = QFormLayout(outcome)
        outcome_form.addRow("Disposition", self.disposition)
        outcome_form.addRow("Notes", self.notes)
        outcome_form.addRow("", self.do_not_call)

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
        ready.addWidget(self.schedule_callback)
        ready.addWidget(self.callback_scheduled, 1)
        ready.addWidget(self.ready)
        top = QGridLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(who, 0, 0)
        top.addWidget(self.countdown, 0, 1)
        top.addLayout(forms, 1, 0, 1, 2)
        top.addLayout(ready, 2, 0, 1, 2)
        top.setColumnStretch(0, 1)

    def start(
        self,
        caller_name: str | None,
        card: p.CustomerCard | None,
        dispositions: tuple[p.NamedItem, ...],
        phone_number: bool = False,
    ) -> None:
        """A fresh wrap-up: the dispositions, no notes, the customer as known;
        ``phone_number``: the contact is a call from or to a phone number."""
        self.ready.setEnabled(True)
        self.do_not_call.setChecked(False)
        self.do_not_call.setVisible(phone_number)
        self.disposition.clear()
        self.disposition.addItem("(no disposition)", None)
        for item in dispositions:
            self.disposition.addItem(item.name, item.id)
        self.notes.clear()
        self.name.setText(card.name if card else caller_name or "")
        self.phone.setText(card.phones[0] if card and card.phones else "")
        self.email.setText(card.emails[0] if card and card.emails else "")
        self.customer_notes.setPlainText(card.notes if card else "")
        self.schedule_callback.setText(SCHEDULE_CALLBACK)
        self.callback_scheduled.clear()

    def show_callback(self, callback: rest.Callback) -> None:
        """The callback the agent just scheduled: when the customer expects it."""
        self.callback_scheduled.setText(f"Callback scheduled for {promised_text(callback)}")
        self.schedule_callback.setText("Schedule another callback…")

    def outcome(self, contact: p.ContactInfo, card: p.CustomerCard | None) -> p.WrapupComplete:
        """The wrap-up as typed; :class:`WrapUpProblem` if a field is not valid."""
        try:
            return p.WrapupComplete(
                contact_id=contact.contact_id,
                disposition_id=self.disposition.currentData(),
                notes=self.notes.toPlainText(),
                customer=self._customer_edit(contact, card),
                do_not_call=not self.do_not_call.isHidden() and self.do_not_call.isChecked(),
            )
        except ValidationError as exc:
            raise WrapUpProblem(_first_problem(exc)) from exc

    def _customer_edit(
        self, contact: p.ContactInfo, card: p.CustomerCard | None
    ) -> p.CustomerEdit | None:
        """Only what the agent changed; ``None`` when nothing was."""
        before = {
            "name": card.name if card else contact.caller_name or "",
            "phone": card.phones[0] if card and card.phones else "",
            "email": card.emails[0] if card and card.emails else "",
            "notes": card.notes if card else "",
        }
        after = {
            "name": self.name.text().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "notes": self.customer_notes.toPlainText(),
        }
        changed: dict[str, Any] = {}
        if after["name"] != before["name"] or (card is None and after["name"]):
            changed["name"] = after["name"]
        if after["phone"] != before["phone"]:
            rest = card.phones[1:] if card else ()
            changed["phones"] = (after["phone"], *rest) if after["phone"] else rest
        if after["email"] != before["email"]:
            rest = card.emails[1:] if card else ()
            changed["emails"] = (after["email"], *rest) if after["email"] else rest
        if after["notes"] != before["notes"]:
            changed["notes"] = after["notes"]
        return p.CustomerEdit(**changed) if changed else None


_FIELD_LABELS = {"phones": "Phone", "emails": "E-mail", "name": "Name", "notes": "Notes"}


def _first_problem(error: ValidationError) -> str:
    problem = error.errors()[0]
    where = next((str(part) for part in problem["loc"] if str(part) in _FIELD_LABELS), "")
    label = _FIELD_LABELS.get(where, "Wrap-up")
    if where == "emails":
        return f"{label}: that is not an e-mail address."
    return f"{label}: {problem['msg']}."
