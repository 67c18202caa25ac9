"""The screen pop: who is calling, what we know about them, and the queue's
script. Everything here comes from callers or the server's users, so every
text is shown as plain text — never interpreted as HTML.

The card can also call the customer back (its Call button, and one on each
earlier interaction): the agent window allows it and says when it cannot."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callnest import protocol as p
from callnest.desktop.i18n import translate
from callnest.desktop.models.format import channel, moment, outcome

# Marked for the catalogue; shown through history_headers() (context "ui.customer").
HISTORY_COLUMNS = tuple(
    str(header)
    for header in (
        QT_TRANSLATE_NOOP("ui.customer", "When"),
        QT_TRANSLATE_NOOP("ui.customer", "Channel"),
        QT_TRANSLATE_NOOP("ui.customer", "Queue"),
        QT_TRANSLATE_NOOP("ui.customer", "Outcome"),
        QT_TRANSLATE_NOOP("ui.customer", "Disposition"),
        QT_TRANSLATE_NOOP("ui.customer", "Notes"),
    )
)
_NOTES = HISTORY_COLUMNS.index("Notes")
_CALL_COLUMN = len(HISTORY_COLUMNS)  # a Call button per row, when calls are allowed


def history_headers() -> list[str]:
    """The history table's column headers, in the language installed."""
    return [translate("ui.customer", header) for header in HISTORY_COLUMNS]


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never renders markup (Qt's AutoText would guess HTML)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class HistoryTable(QTableWidget):
    """As tall as its rows (up to about ten), so no empty white box below
    them — and its horizontal scroll bar, when a narrow card needs one."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.fit())

    def fit(self) -> None:
        rows = sum(self.rowHeight(r) for r in range(min(self.rowCount(), 10)))
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        if self.horizontalHeader().length() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt names it
        super().resizeEvent(event)
        self.fit()  # the width decides the scroll bar; the height follows, not the width


# Marked for the catalogue, translated where shown (context "ui.customer").
_IDENTITY = {
    "claimed": QT_TRANSLATE_NOOP(
        "ui.customer",
        "Unverified: the caller gave this customer's phone or e-mail, which anyone "
        "can type. Check who they are before you discuss the account.",
    ),
    "caller_id": QT_TRANSLATE_NOOP(
        "ui.customer",
        "Matched by the caller's number (caller ID): likely them, though a number can be faked.",
    ),
}


class CustomerCardView(QGroupBox):
    """Name, contact details, notes, custom fields and past interactions;
    with :meth:`set_calls`, Call buttons too."""

    # (number, queue): the queue of the history entry clicked, "" for the queue chosen
    dial = Signal(str, str)
    # The agent has checked that the caller is the customer the card names.
    confirm = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.customer", "Customer", "the card's title"), parent)
        self.name = plain_label()
        self.name.setObjectName("customerName")
        self.call = QPushButton(translate("ui.customer", "Call", "a button: calls the customer"))
        self.call.setObjectName("call")
        self.call.hide()
        self.call.clicked.connect(self._card_call)
        self.call_buttons: list[QPushButton] = []  # the card's and each history row's
        self._card: p.CustomerCard | None = None
        self._calls: tuple[str | None, str, tuple[str, ...]] | None = None  # see set_calls
        self._armed: tuple[object, ...] | None = None  # what the buttons were made for
        # How sure the match is: the caller may only have typed the
        # customer's e-mail or phone (protocol.Identity).
        self.identity = plain_label()
        self.identity.setObjectName("identity")
        self.confirm_button = QPushButton(translate("ui.customer", "Confirm identity"))
        self.confirm_button.setObjectName("confirmIdentity")
        self.confirm_button.setToolTip(
            translate(
                "ui.customer",
                "Once the caller has answered a question only the customer could: "
                "shows their details, notes and history",
            )
        )
        self.confirm_button.clicked.connect(self.confirm)
        self.contact = plain_label()
        self.notes = plain_label()
        self.notes.setObjectName("customerNotes")
        self.fields_box = QWidget()
        self.fields = QFormLayout(self.fields_box)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.history = HistoryTable(0, len(HISTORY_COLUMNS) + 1)
        self.history.setHorizontalHeaderLabels([*history_headers(), ""])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_NOTES, QHeaderView.ResizeMode.Stretch)
        self.history.setColumnHidden(_CALL_COLUMN, True)
        self.no_history = plain_label(translate("ui.customer", "No earlier interactions."))
        self.no_history.setObjectName("hint")

        name = QHBoxLayout()
        name.addWidget(self.name, 1)
        name.addWidget(self.call, 0, Qt.AlignmentFlag.AlignTop)
        identity = QHBoxLayout()
        identity.addWidget(self.identity, 1)
        identity.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignTop)
        top = QVBoxLayout()
        top.addLayout(name)
        top.addLayout(identity)
        top.addWidget(self.contact)
        top.addWidget(self.notes)
        top.addWidget(self.fields_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_history)
        layout.addWidget(self.history)
        layout.addStretch(1)

    @property
    def customer(self) -> p.CustomerCard | None:
        """The card on show (None: an unknown caller)."""
        return self._card

    def show_card(
        self, card: p.CustomerCard | None, caller_name: str | None, *, confirmable: bool = False
    ) -> None:
        """``confirmable``: the agent is talking to the caller, so may confirm
        that a claimed customer is who is calling."""
        self._card = card
        identity = card.identity if card is not None else None
        known = _IDENTITY.get(identity or "")
        self.identity.setText(translate("ui.customer", str(known)) if known is not None else "")
        self.identity.setVisible(identity in _IDENTITY)
        self.confirm_button.setVisible(identity == "claimed" and confirmable)
        if card is None:
            self.name.setText(caller_name or translate("ui.customer", "Unknown caller"))
            self.contact.setText(
                translate(
                    "ui.customer", "Not a known customer yet: wrap-up can save their details."
                )
            )
            self.contact.show()
            self.notes.hide()
            self._set_fields({})
            self._set_history(())
            self._show_calls()
            return
        self.name.setText(card.name or caller_name or translate("ui.customer", "Unnamed customer"))
        if identity == "claimed":  # the server sent the name alone
            self.contact.hide()
            self.notes.hide()
            self._set_fields({})
            self._set_history(())
            self.no_history.hide()
            self._show_calls()
            return
        self.contact.show()
        self.contact.setText(
            "   ".join((*card.phones, *card.emails))
            or translate("ui.customer", "No phone or e-mail")
        )
        self.notes.setText(card.notes)
        self.notes.setVisible(bool(card.notes))
        self._set_fields(card.custom_fields)
        self._set_history(card.history)
        self._show_calls()

    # ------------------------------------------------------------ calling back

    def set_calls(self, blocked: str | None, queue: str, queues: Collection[str]) -> None:
        """Shows the Call buttons (on a card with a phone): ``blocked`` says
        why they cannot call now; a call goes out for ``queue``, or, from a
        history entry, for the entry's queue when it is one of ``queues``."""
        calls = (blocked, queue, tuple(queues))
        if self._calls != calls:
            self._calls = calls
            self._show_calls()

    def _show_calls(self) -> None:
        card, calls = self._card, self._calls
        phones = card.phones if card is not None else ()
        shown = calls is not None and bool(phones)
        self.call.setVisible(shown)
        # A row's Call only when it can call: in a call the notes need the room.
        self.history.setColumnHidden(
            _CALL_COLUMN, not shown or calls is None or calls[0] is not None
        )
        # The window shows the card again on every change: the same buttons stay.
        armed = (card, calls, self.history.rowCount())
        if armed == self._armed:
            return
        self._armed = armed
        for row in range(self.history.rowCount()):
            old = self.history.cellWidget(row, _CALL_COLUMN)
            if old is not None:
                old.hide()  # deleted later by the table; not painted meanwhile
                self.history.removeCellWidget(row, _CALL_COLUMN)
        self.call_buttons = []
        if not shown or card is None or calls is None:
            return
        blocked, queue, queues = calls
        self._arm(self.call, card, phones, "", queue, blocked)
        self.call_buttons.append(self.call)
        for row, entry in enumerate(card.history):
            own = entry.queue if entry.queue in queues else ""
            button = QPushButton(translate("ui.customer", "Call", "a button: calls the customer"))
            button.setObjectName("rowCall")
            self._arm(button, card, phones, own, own or queue, blocked)
            if len(phones) == 1:
                button.clicked.connect(lambda _=False, q=own: self.dial.emit(phones[0], q))
            self.history.setCellWidget(row, _CALL_COLUMN, button)
            self.call_buttons.append(button)

    def _card_call(self) -> None:
        card = self._card
        if card is not None and len(card.phones) == 1:
            self.dial.emit(card.phones[0], "")

    def _arm(
        self,
        button: QPushButton,
        card: p.CustomerCard,
        phones: tuple[str, ...],
        queue: str,
        queue_label: str,
        blocked: str | None,
    ) -> None:
        """Enabled or why not; with several numbers, a menu of them (with
        one, the caller connects the click)."""
        button.setEnabled(blocked is None)
        if blocked is not None:
            button.setToolTip(blocked)
        elif len(phones) == 1:
            button.setToolTip(
                translate(
                    "ui.customer",
                    "Call {name} on {number} for {queue}",
                    "a button's tooltip; {queue}: the queue the call goes out for",
                ).format(name=card.name, number=phones[0], queue=queue_label)
            )
        else:
            button.setToolTip(
                translate(
                    "ui.customer",
                    "Call {name} for {queue}: choose the number",
                    "a button's tooltip; {queue}: the queue the call goes out for",
                ).format(name=card.name, queue=queue_label)
            )
        old = button.menu()
        button.setMenu(None)  # type: ignore[arg-type]  # Qt takes None: no menu
        if old is not None:
            old.deleteLater()
        if len(phones) == 1:
            return
        menu = QMenu(button)
        for phone in phones:
            action = menu.addAction(phone)
            action.triggered.connect(lambda _=False, n=phone: self.dial.emit(n, queue))
        button.setMenu(menu)

    def _set_fields(self, fields: dict[str, str]) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        for key, value in fields.items():
            self.fields.addRow(plain_label(f"{key}:", wrap=False), plain_label(value))
        self.fields_box.setVisible(bool(fields))

    def _set_history(self, history: tuple[p.HistoryEntry, ...]) -> None:
        self.history.setRowCount(len(history))
        for row, entry in enumerate(history):
            cells = (
                moment(entry.at),
                channel(entry.channel.value),
                entry.queue,
                outcome(entry.outcome),
                entry.disposition or "",
                entry.notes.replace("\n", " "),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # table items are always plain text
                item.setToolTip(entry.notes if column == _NOTES else "")
                self.history.setItem(row, column, item)
        self.history.fit()
        self.history.setVisible(bool(history))
        self.no_history.setVisible(not history)


class ScriptView(QGroupBox):
    """The queue's script, already filled in by the server: plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.customer", "Script", "the call script's title"), parent)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("script")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_script(self, script: str | None) -> None:
        self.text.setPlainText(script or translate("ui.customer", "This queue has no script."))


class PopPanel(QWidget):
    """Customer card and script side by side, below the page's controls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = CustomerCardView()
        self.script = ScriptView()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card, 3)
        layout.addWidget(self.script, 2)
