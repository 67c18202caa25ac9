"""The agent window's pages — idle (with a number to call), ringing, calling
out, in call, wrap-up — as dumb widgets: the window fills them from the
model and wires their buttons. The wrap-up page also serves each chat (the
chat panel has one per chat), and says when a callback asked for there is
promised."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
from callnest.desktop.i18n import translate
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
    label = QLabel("0:00")  # a duration: the same in every language
    label.setObjectName("clock")
    label.setMinimumWidth(120)  # "1:02:03" in the clock's large font, never clipped
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class IdlePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(translate("ui.pages", "Waiting for the next contact"))
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
        who, self.heading, self.caller, self.details = _caller_block(
            translate("ui.pages", "Incoming call")
        )
        self.heading.setObjectName("ringTitle")
        self.countdown = _clock()
        self.countdown.setToolTip(translate("ui.pages", "Time left to answer"))
        self.answer = QPushButton(translate("ui.pages", "Answer", "a button: answer the call"))
        self.answer.setObjectName("answer")
        self.decline = QPushButton(translate("ui.pages", "Decline", "a button: decline the call"))
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
        self.answer.setText(
            translate("ui.pages", "Call now", "a button: place the call at once")
            if to_place
            else translate("ui.pages", "Answer", "a button: answer the call")
        )
        self.decline.setText(
            translate("ui.pages", "Skip", "a button: leave the call to place to a colleague")
            if to_place
            else translate("ui.pages", "Decline", "a button: decline the call")
        )
        self.decline.setToolTip(
            translate("ui.pages", "Leave it to a colleague") if to_place else ""
        )
        self.countdown.setToolTip(
            translate("ui.pages", "The call is placed when this reaches zero")
            if to_place
            else translate("ui.pages", "Time left to answer")
        )


class CallingPage(QWidget):
    """The agent's call out while the far end rings (the server plays the
    ringing tone into the headset): who, how long, and Hang up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        who, self.heading, self.caller, self.details = _caller_block(
            translate("ui.pages", "Calling out")
        )
        self.heading.setObjectName("ringTitle")
        self.timer = _clock()
        self.timer.setToolTip(translate("ui.pages", "Time since you called"))
        self.hangup = QPushButton(translate("ui.pages", "Hang up"))
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
        who, self.heading, self.caller, self.details = _caller_block(
            translate("ui.pages", "On the call")
        )
        self.timer = _clock()
        self.chip = QLabel()
        self.chip.setObjectName("chip")
        self.chip.hide()
        self.mute = QPushButton(translate("ui.pages", "Mute", "a button: mute the microphone"))
        self.mute.setCheckable(True)
        self.hold = QPushButton(translate("ui.pages", "Hold", "a button: put the call on hold"))
        self.hold.setCheckable(True)
        # Opens its menu (queues, agents).
        self.transfer = QPushButton(translate("ui.pages", "Transfer…", "a button"))
        self.hand = QPushButton(translate("ui.pages", "Raise hand", "a button: ask for help"))
        self.hand.setCheckable(True)
        self.hand.setToolTip(
            translate("ui.pages", "Ask a supervisor for help: they see it on the wallboard")
        )
        self.recording = QPushButton(translate("ui.pages", "Pause recording"))
        self.recording.setCheckable(True)
        self.recording.setToolTip(
            translate(
                "ui.pages",
                "While the caller reads out a card number: the recording keeps silence "
                "until you resume it (each pause is logged)",
            )
        )
        self.hangup = QPushButton(translate("ui.pages", "Hang up"))
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


SCHEDULE_CALLBACK = str(
    QT_TRANSLATE_NOOP("ui.pages", "Schedule a callback…")
)  # translated where shown


# The customer's fields, by the names the server gives them (translated where shown).
FIELD_LABELS = {
    "phones": str(QT_TRANSLATE_NOOP("ui.pages", "Phone")),
    "emails": str(QT_TRANSLATE_NOOP("ui.pages", "E-mail")),
    "name": str(QT_TRANSLATE_NOOP("ui.pages", "Name")),
    "notes": str(QT_TRANSLATE_NOOP("ui.pages", "Notes")),
}
WRAP_UP = str(QT_TRANSLATE_NOOP("ui.pages", "Wrap-up"))


class WrapUpProblem(ValueError):
    """The wrap-up cannot be sent as typed; the message says what to fix."""


class WrapUpPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        who, _, self.caller, self.details = _caller_block(translate("ui.pages", WRAP_UP))
        self.countdown = _clock()
        self.countdown.setToolTip(translate("ui.pages", "Time left for wrap-up"))
        self.disposition = QComboBox()
        self.disposition.setMinimumContentsLength(24)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(translate("ui.pages", "What happened on this contact"))
        self.notes.setTabChangesFocus(True)
        self.ready = QPushButton(translate("ui.pages", "Ready", "a button: ready for the next"))
        self.ready.setObjectName("answer")
        self.ready.setToolTip(translate("ui.pages", "Save the wrap-up and take the next contact"))
        self.schedule_callback = QPushButton(translate("ui.pages", SCHEDULE_CALLBACK))
        self.schedule_callback.setToolTip(
            translate("ui.pages", "Promise the customer a call at a time of their choosing")
        )
        self.callback_scheduled = plain_label()
        self.callback_scheduled.setObjectName("confirmation")

        # Shown for a call with a phone number (start()); the server lists it.
        self.do_not_call = QCheckBox(translate("ui.pages", "Never call this number again"))
        self.do_not_call.setToolTip(
            translate(
                "ui.pages",
                "The customer asked not to be called: no campaign will call this number again",
            )
        )
        outcome = QGroupBox(translate("ui.pages", "Outcome", "of a call or chat"))
        outcome_form = QFormLayout(outcome)
        outcome_form.addRow(
            translate("ui.pages", "Disposition", "how a contact ended: sold, no interest..."),
            self.disposition,
        )
        outcome_form.addRow(translate("ui.pages", "Notes", "on this contact"), self.notes)
        outcome_form.addRow("", self.do_not_call)

        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.customer_notes = QPlainTextEdit()
        self.customer_notes.setTabChangesFocus(True)
        self.customer_notes.setPlaceholderText(
            translate("ui.pages", "Kept on the customer's card for next time")
        )
        customer = QGroupBox(translate("ui.pages", "Customer details"))
        customer_form = QFormLayout(customer)
        customer_form.addRow(translate("ui.pages", FIELD_LABELS["name"]), self.name)
        customer_form.addRow(translate("ui.pages", FIELD_LABELS["phones"]), self.phone)
        customer_form.addRow(translate("ui.pages", FIELD_LABELS["emails"]), self.email)
        customer_form.addRow(translate("ui.pages", FIELD_LABELS["notes"]), self.customer_notes)
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
        self.disposition.addItem(translate("ui.pages", "(no disposition)"), None)
        for item in dispositions:
            self.disposition.addItem(item.name, item.id)
        self.notes.clear()
        self.name.setText(card.name if card else caller_name or "")
        self.phone.setText(card.phones[0] if card and card.phones else "")
        self.email.setText(card.emails[0] if card and card.emails else "")
        self.customer_notes.setPlainText(card.notes if card else "")
        self.schedule_callback.setText(translate("ui.pages", SCHEDULE_CALLBACK))
        self.callback_scheduled.clear()

    def show_callback(self, callback: rest.Callback) -> None:
        """The callback the agent just scheduled: when the customer expects it."""
        self.callback_scheduled.setText(
            translate(
                "ui.pages", "Callback scheduled for {when}", "{when}: a date and time"
            ).format(when=promised_text(callback))
        )
        self.schedule_callback.setText(translate("ui.pages", "Schedule another callback…"))

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


def _first_problem(error: ValidationError) -> str:
    problem = error.errors()[0]
    where = next((str(part) for part in problem["loc"] if str(part) in FIELD_LABELS), "")
    label = translate("ui.pages", FIELD_LABELS.get(where, WRAP_UP))
    if where == "emails":
        return translate("ui.pages", "{field}: that is not an e-mail address.").format(field=label)
    return translate(
        "ui.pages", "{field}: {problem}.", "{problem}: the system's technical words"
    ).format(field=label, problem=problem["msg"])
