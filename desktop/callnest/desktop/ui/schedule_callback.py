"""The wrap-up's "Schedule a callback…": the number to call, when (on the
customer's clock: the time zone they are in), and a note for whoever makes
the call. Sent over REST off the GUI thread; a refusal is said in the
dialog, which stays open with everything as typed to put it right."""

from __future__ import annotations

from concurrent.futures import Future

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import RestClient
from callnest.desktop.i18n import translate
from callnest.desktop.models.callbacks import (
    MAX_DAYS_AHEAD,
    CallbackDraft,
    default_time,
    time_problem,
    when_text,
    zone_name,
)
from callnest.desktop.problems import describe
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.time_zone import TimeZoneBox, system_time_zone
from callnest.protocol import rest
from callnest.protocol.e164 import normalize_e164

# Marked for the catalogue, translated where shown (context "ui.schedule_callback").
SCHEDULE = str(QT_TRANSLATE_NOOP("ui.schedule_callback", "Schedule"))
_FIELD_LABELS = {
    "number": QT_TRANSLATE_NOOP("ui.schedule_callback", "Number"),
    "note": QT_TRANSLATE_NOOP("ui.schedule_callback", "Note"),
    "name": QT_TRANSLATE_NOOP("ui.schedule_callback", "Name"),
}


class ScheduleCallbackDialog(QDialog):
    """Asks for one callback to ``draft``'s customer. ``scheduled`` carries
    the callback once the server has it; the dialog then closes."""

    scheduled = Signal(object)  # rest.Callback

    def __init__(
        self,
        client: RestClient,
        bridge: EngineBridge,
        draft: CallbackDraft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._client, self._bridge, self.draft = client, bridge, draft
        self.sending = False
        self.setWindowTitle(translate("ui.schedule_callback", "Schedule a callback"))

        who = plain_label(draft.name or translate("ui.schedule_callback", "The customer"))
        who.setObjectName("customerName")
        line = plain_label(
            translate("ui.schedule_callback", "Queue: {queue}").format(queue=draft.queue_name)
        )
        line.setObjectName("hint")
        self.number = QLineEdit(draft.number)
        self.number.setPlaceholderText(
            translate("ui.schedule_callback", "with its country code, e.g. +386 41 123 456")
        )
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        clock = QLocale().timeFormat(QLocale.FormatType.ShortFormat)  # 10:00 or 10:00 AM
        date = translate(
            "ui.schedule_callback",
            "ddd d MMM yyyy",
            "the callback's date in Qt's date format (ddd: the weekday, d: the day, MMM: the "
            "month, both shortened; yyyy: the year): write the pattern, in your language's order",
        )
        self.when.setDisplayFormat(f"{date}   {clock}")
        self.zone = TimeZoneBox()
        self.zone.setToolTip(
            translate(
                "ui.schedule_callback", "The time above is on this clock: where the customer is"
            )
        )
        self.here = plain_label()
        self.here.setObjectName("hint")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            translate("ui.schedule_callback", "What the call is about, for whoever makes it")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        self.problem = plain_label()
        self.problem.setObjectName("errorBar")
        self.problem.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # how long the server takes is unknown: it only says "working"
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(translate("ui.schedule_callback", SCHEDULE))

        form = QFormLayout()
        form.addRow(translate("ui.schedule_callback", "Number"), self.number)
        form.addRow(
            translate("ui.schedule_callback", "When", "a field: the callback's time"), self.when
        )
        form.addRow(translate("ui.schedule_callback", "Customer's time zone"), self.zone)
        form.addRow("", self.here)
        form.addRow(translate("ui.schedule_callback", "Note"), self.note)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(who)
        layout.addWidget(line)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.when.dateTimeChanged.connect(lambda _: self._show_here())
        self.zone.currentTextChanged.connect(lambda _: self._show_here())
        # A problem said is about what was typed then: it goes once that changes.
        self.number.textEdited.connect(lambda _: self.show_problem(""))
        self.when.dateTimeChanged.connect(lambda _: self.show_problem(""))
        self.zone.currentTextChanged.connect(lambda _: self.show_problem(""))
        self._offer_times()

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    # ------------------------------------------------------------ the time

    def _offer_times(self) -> None:
        """Tomorrow at 10:00 on the customer's clock; the calendar offers the
        month ahead (a day either side: the customer's today may not be ours)."""
        today = QDate.currentDate()
        self.when.setDateRange(today.addDays(-1), today.addDays(MAX_DAYS_AHEAD + 1))
        zone = self.zone.zone() or QTimeZone.systemTimeZone()
        start = default_time(QDateTime.currentDateTime().toTimeZone(zone))
        self.when.setDateTime(QDateTime(start.date(), start.time()))

    def promised_at(self) -> QDateTime | None:
        """The time typed, on the chosen zone's clock (None: no such zone)."""
        zone = self.zone.zone()
        if zone is None:
            return None
        return QDateTime(self.when.date(), self.when.time(), zone)

    def _show_here(self) -> None:
        """The same moment on this computer's clock, when the customer's differs."""
        at = self.promised_at()
        elsewhere = self.zone.currentText().strip() != system_time_zone()
        here = at.toTimeZone(QTimeZone.systemTimeZone()) if at is not None else None
        said = (
            translate(
                "ui.schedule_callback",
                "That is {when} here.",
                "{when}: the same moment on this computer's clock",
            ).format(when=when_text(here))
            if here is not None and elsewhere
            else ""
        )
        self.here.setText(said)
        self._fit(self.here, bool(said))

    # ------------------------------------------------------------ sending

    def fields(self) -> rest.CallbackFields:
        """The callback as typed; raises ValueError saying what to put right."""
        typed = self.number.text().strip()
        if not typed:
            raise ValueError(translate("ui.schedule_callback", "Enter the number to call back."))
        try:
            number = normalize_e164(typed)
        except ValueError as exc:
            raise ValueError(
                translate(
                    "ui.schedule_callback",
                    "That number cannot be called: {reason}",
                    "{reason}: what is wrong with the number",
                ).format(reason=exc)
            ) from exc
        at = self.promised_at()
        if at is None:
            raise ValueError(
                translate("ui.schedule_callback", "Pick the customer's time zone from the list.")
            )
        problem = time_problem(at, QDateTime.currentDateTime())
        if problem is not None:
            raise ValueError(problem)
        draft = self.draft
        try:
            return rest.CallbackFields(
                queue_id=draft.queue_id,
                number=number,
                at=at.toSecsSinceEpoch(),
                time_zone=zone_name(at.timeZone()),
                name=draft.name or None,
                customer_id=draft.customer_id,
                note=self.note.toPlainText().strip(),
            )
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            known = _FIELD_LABELS.get(str(first["loc"][0]))
            label = (
                translate("ui.schedule_callback", str(known))
                if known is not None
                else translate("ui.schedule_callback", "Callback", "the callback as a whole")
            )
            raise ValueError(
                translate(
                    "ui.schedule_callback",
                    "{field}: {problem}.",
                    "{field}: a field's name; {problem}: what is wrong with it (English)",
                ).format(field=label, problem=first["msg"])
            ) from exc

    def submit(self) -> None:
        """Sends the callback; what cannot be sent is said, and nothing is."""
        if self.sending:
            return
        try:
            fields = self.fields()
        except ValueError as exc:
            self.show_problem(str(exc))
            return
        self._set_sending(True)
        self._bridge.resolve(self._client.schedule_callback(fields), self._answered)

    def _answered(self, future: Future[rest.Callback]) -> None:
        self._set_sending(False)
        error = future.exception()
        if error is not None:
            self.show_problem(describe(error))
            return
        self.scheduled.emit(future.result())
        self.accept()

    def _set_sending(self, sending: bool) -> None:
        self.sending = sending
        for widget in (self.number, self.when, self.zone, self.note, self.buttons):
            widget.setEnabled(not sending)
        self.ok_button.setText(
            translate("ui.schedule_callback", "Scheduling…")
            if sending
            else translate("ui.schedule_callback", SCHEDULE)
        )
        self._fit(self.busy, sending)
        if sending:
            self.show_problem("")

    def show_problem(self, text: str) -> None:
        """Says what stops the callback; an empty ``text`` takes it away."""
        self.problem.setText(text)
        self._fit(self.problem, bool(text))

    def _fit(self, line: QWidget, shown: bool) -> None:
        """Shows or hides a line that comes and goes, leaving no gap where it was."""
        if line.isHidden() == shown:
            line.setVisible(shown)
            self.adjustSize()

    def reject(self) -> None:
        # Closed while the server decides, the agent would not learn whether
        # the customer is to be called: the answer comes first (it is quick).
        if not self.sending:
            super().reject()
