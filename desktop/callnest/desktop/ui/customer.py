"""The screen pop: who is calling, what we know about them, and the queue's
script. Everything here comes from callers or the server's users, so every
text is shown as plain text — never interpreted as HTML."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callnest import protocol as p
from callnest.desktop.models.format import moment

HISTORY_COLUMNS = ("When", "Channel", "Queue", "Outcome", "Disposition", "Notes")


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never renders markup (Qt's AutoText would guess HTML)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CustomerCardView(QGroupBox):
    """Name, contact details, notes, custom fields and past interactions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Customer", parent)
        self.name = plain_label()
        self.name.setObjectName("customerName")
        self.contact = plain_label()
        self.notes = plain_label()
        self.notes.setObjectName("customerNotes")
        self.fields_box = QWidget()
        self.fields = QFormLayout(self.fields_box)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.history = QTableWidget(0, len(HISTORY_COLUMNS))
        self.history.setHorizontalHeaderLabels(HISTORY_COLUMNS)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.no_history = plain_label("No earlier interactions.")
        self.no_history.setObjectName("hint")

        top = QVBoxLayout()
        top.addWidget(self.name)
        top.addWidget(self.contact)
        top.addWidget(self.notes)
        top.addWidget(self.fields_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_history)
        layout.addWidget(self.history)
        layout.addStretch(1)

    def show_card(self, card: p.CustomerCard | None, caller_name: str | None) -> None:
        if card is None:
            self.name.setText(caller_name or "Unknown caller")
            self.contact.setText("Not a known customer yet: wrap-up can save their details.")
            self.notes.hide()
            self._set_fields({})
            self._set_history(())
            return
        self.name.setText(card.name or caller_name or "Unnamed customer")
        self.contact.setText("   ".join((*card.phones, *card.emails)) or "No phone or e-mail")
        self.notes.setText(card.notes)
        self.notes.setVisible(bool(card.notes))
        self._set_fields(card.custom_fields)
        self._set_history(card.history)

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
                entry.channel.value,
                entry.queue,
                entry.outcome or "",
                entry.disposition or "",
                entry.notes.replace("\n", " "),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # table items are always plain text
                item.setToolTip(entry.notes if column == len(cells) - 1 else "")
                self.history.setItem(row, column, item)
        # As tall as its rows (up to about ten), so no empty white box below them.
        rows = sum(self.history.rowHeight(r) for r in range(min(len(history), 10)))
        frame = 2 * self.history.frameWidth()
        self.history.setFixedHeight(
            self.history.horizontalHeader().sizeHint().height() + rows + frame
        )
        self.history.setVisible(bool(history))
        self.no_history.setVisible(not history)


class ScriptView(QGroupBox):
    """The queue's script, already filled in by the server: plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Script", parent)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("script")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_script(self, script: str | None) -> None:
        self.text.setPlainText(script or "This queue has no script.")


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
