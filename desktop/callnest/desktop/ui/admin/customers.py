"""The Customers tab: find a customer by name, phone (written any way) or
e-mail; edit their details and custom fields; read their history; import
and export the whole list as CSV.

An import is all or nothing on the server: the tab shows the busy bar while
it runs, then what was created and updated, or every refused line and why.
Everything about a customer is shown as plain text (names come from
callers and files)."""

from __future__ import annotations

import csv
import io
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.session import RestError
from callnest.desktop.models.format import moment
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor, confirmed, rows_view, select_row_with_id
from callnest.desktop.ui.customer import HISTORY_COLUMNS, plain_label
from callnest.desktop.ui.setup import error_text
from callnest.protocol import rest

MAX_IMPORT_BYTES = 10 * 1024 * 1024  # the server's limit: said before sending
LIST_LIMIT = 200  # customers listed when nothing is searched for
SEPARATOR = ";"  # between phones (and e-mails) in one field, as in the CSV


def _split(text: str) -> list[str]:
    return [v.strip() for v in text.replace("\n", SEPARATOR).split(SEPARATOR) if v.strip()]


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class CustomersTab(AdminEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.editing: int | None = None
        self.customers = StatsTable[rest.Customer](
            (
                Column("Name", lambda r, _: r.name),
                Column("Phones", lambda r, _: ", ".join(r.phones)),
                Column("E-mails", lambda r, _: ", ".join(r.emails)),
                Column("Notes", lambda r, _: r.notes.replace("\n", " ")[:120]),
            ),
            key=lambda r: r.id,
        )
        self._build()
        self.new_customer()
        self.search()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.query = QLineEdit()
        self.query.setPlaceholderText("Name, phone (any format) or e-mail")
        self.query.returnPressed.connect(self.search)
        find = QPushButton("Search")
        find.clicked.connect(self.search)
        new = QPushButton("New customer")
        new.clicked.connect(self.new_customer)
        self.import_button = QPushButton("Import CSV…")
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton("Export CSV…")
        self.export_button.clicked.connect(self._choose_export)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(find)
        top.addSpacing(12)
        top.addWidget(new)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the server answers once, at the end
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.transfer = plain_label()
        self.transfer.setObjectName("hint")
        self.transfer.hide()
        # An import's or export's refusal: above the list, not in the form.
        self.transfer_error = plain_label()
        self.transfer_error.setObjectName("errorBar")
        self.transfer_error.hide()
        self.line_errors = QListWidget()
        self.line_errors.setMaximumHeight(140)
        self.line_errors.hide()

        self.table = rows_view(self.customers)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.found = plain_label()
        self.found.setObjectName("hint")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.found)

        self.name = QLineEdit()
        self.phones = QLineEdit()
        self.phones.setPlaceholderText("+44 20 7946 0001; 020 7946 0002")
        self.emails = QLineEdit()
        self.emails.setPlaceholderText("one@example.com; two@example.com")
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.custom = QTableWidget(0, 2)
        self.custom.setHorizontalHeaderLabels(["Field", "Value"])
        self.custom.verticalHeader().hide()
        self.custom.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.custom.setMaximumHeight(130)
        add_field = QPushButton("Add field")
        add_field.clicked.connect(lambda: self.add_field("", ""))
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Phones", self.phones)
        form.addRow("E-mails", self.emails)
        form.addRow("Notes", self.notes)
        form.addRow("Custom fields", self.custom)
        form.addRow("", add_field)
        self.fields = {
            "name": ("Name", self.name),
            "phones": ("Phones", self.phones),
            "emails": ("E-mails", self.emails),
            "notes": ("Notes", self.notes),
            "custom_fields": ("Custom fields", self.custom),
        }
        buttons = self.save_and_delete_buttons()
        # A customer's rights over their data: a copy of all of it, or none kept.
        self.export_data_button = QPushButton("Export their data…")
        self.export_data_button.setToolTip(
            "Everything kept about this customer, as a zip: their card, interactions, "
            "chat transcripts and recordings (for an access request)"
        )
        self.export_data_button.clicked.connect(self._choose_data_export)
        self.erase_button = QPushButton("Erase…")
        self.erase_button.setToolTip(
            "Erase this customer for good: their card, the names, notes and recordings "
            "of their calls and chats, and their chat transcripts"
        )
        self.erase_button.clicked.connect(lambda: self.erase())
        buttons.insertWidget(buttons.count() - 1, self.export_data_button)
        buttons.insertWidget(buttons.count() - 1, self.erase_button)

        self.history = QTableWidget(0, len(HISTORY_COLUMNS))
        self.history.setHorizontalHeaderLabels(HISTORY_COLUMNS)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        history = QGroupBox("History (latest interactions)")
        QVBoxLayout(history).addWidget(self.history)

        self.editor = QGroupBox("New customer")
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.problem)
        editor_layout.addLayout(buttons)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.editor)
        right.addWidget(history)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.transfer)
        layout.addWidget(self.transfer_error)
        layout.addWidget(self.line_errors)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------ finding

    def reload(self) -> None:
        self.search()

    def search(self) -> None:
        """The customers matching the search box; all of them (the first
        ``LIST_LIMIT``) when it is empty."""
        text = self.query.text().strip()

        def found(rows: list[rest.Customer]) -> None:
            if not text:
                rows = sorted(rows, key=lambda r: r.name.lower())
            self.customers.replace(rows)
            self.found.setText(
                f"{len(rows)} customer(s) match “{text}”." if text else f"{len(rows)} customer(s)."
            )
            self._select(self.editing)

        if text:
            self.call(lambda: self.client.find_customers(text), found)
        else:
            self.call(lambda: self.client.customers.list(limit=LIST_LIMIT), found)

    def _select(self, customer_id: int | None) -> None:
        select_row_with_id(self.table, self.customers, customer_id)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer = self.customers.at(current.row()) if current.isValid() else None
        if customer is not None and customer.id != self.editing:
            self.edit(customer)

    # ------------------------------------------------------------ editing

    def new_customer(self) -> None:
        self.editing = None
        self.table.setCurrentIndex(QModelIndex())
        self.editor.setTitle("New customer")
        for edit in (self.name, self.phones, self.emails):
            edit.clear()
        self.notes.clear()
        self.custom.setRowCount(0)
        self.history.setRowCount(0)
        self._customer_actions(False)
        self.clear_problem()

    def edit(self, customer: rest.Customer) -> None:
        self.editing = customer.id
        self.editor.setTitle(f"Customer {customer.id}")
        self.name.setText(customer.name)
        self.phones.setText(f"{SEPARATOR} ".join(customer.phones))
        self.emails.setText(f"{SEPARATOR} ".join(customer.emails))
        self.notes.setPlainText(customer.notes)
        self.custom.setRowCount(0)
        for key, value in customer.custom_fields.items():
            self.add_field(key, value)
        self._customer_actions(True)
        self.clear_problem()
        self.history.setRowCount(0)
        self.call(lambda: self.client.customer_card(customer.id), self._card_loaded)

    def _card_loaded(self, loaded: p.CustomerCard) -> None:
        if loaded.id != self.editing:
            return  # another customer was chosen meanwhile
        self.history.setRowCount(len(loaded.history))
        for row, entry in enumerate(loaded.history):
            cells = (
                moment(entry.at),
                entry.channel.value,
                entry.queue,
                entry.outcome or "",
                entry.disposition or "",
                entry.notes.replace("\n", " "),
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def add_field(self, key: str, value: str) -> None:
        row = self.custom.rowCount()
        self.custom.insertRow(row)
        self.custom.setItem(row, 0, QTableWidgetItem(key))
        self.custom.setItem(row, 1, QTableWidgetItem(value))

    def custom_fields(self) -> dict[str, str]:
        fields = {}
        for row in range(self.custom.rowCount()):
            key, value = self.custom.item(row, 0), self.custom.item(row, 1)
            name = key.text().strip() if key else ""
            if name:
                fields[name] = value.text() if value else ""
        return fields

    def values(self) -> rest.CustomerFields:
        """The form as the server's customer fields; raises ValidationError
        naming a field that cannot be."""
        return rest.CustomerFields(
            name=self.name.text().strip(),
            phones=_split(self.phones.text()),
            emails=_split(self.emails.text()),
            notes=self.notes.toPlainText(),
            custom_fields=self.custom_fields(),
        )

    def save(self) -> None:
        if not self.name.text().strip():
            self.show_problem("give the customer a name", "name")
            return
        editing = self.editing

        def saved(customer: rest.Customer) -> None:
            self.editing = customer.id
            self.editor.setTitle(f"Customer {customer.id}")
            self._customer_actions(True)
            self.customers.merge([customer])
            self._select(self.editing)
            what = "added" if editing is None else "saved"
            self.report(f"Customer “{customer.name}” {what}.")

        def send() -> Future[rest.Customer]:
            return self.client.customers.save(editing, self.values())

        self.call(send, saved)

    def delete(self, *, confirm: bool = True) -> None:
        customer_id = self.editing
        if customer_id is None:
            return
        name = self.name.text()
        if confirm:
            answer = QMessageBox.question(
                self,
                "Delete customer",
                f"Delete “{name}” and their details? Their past interactions stay, unnamed.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def deleted(_answer: rest.Deleted) -> None:
            self.report(f"Customer “{name}” deleted.")
            self.new_customer()
            self.search()

        self.call(lambda: self.client.customers.delete(customer_id), deleted)

    # ------------------------------------------------------------ their data

    def _customer_actions(self, enabled: bool) -> None:
        """What only an existing customer can have done: delete, export, erase."""
        for button in (self.delete_button, self.export_data_button, self.erase_button):
            button.setEnabled(enabled)

    def _choose_data_export(self) -> None:
        if self.editing is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the customer's data", f"customer-{self.editing}.zip", "Zip (*.zip)"
        )
        if path:
            self.export_data_to(path)

    def export_data_to(self, path: str | Path) -> None:
        """Downloads everything kept about the customer being edited into ``path``."""
        customer_id, name = self.editing, self.name.text()
        if customer_id is None:
            return
        self._busy(f"Exporting everything kept about “{name}”…")
        future = self.client.export_customer(customer_id)
        self.bridge.resolve(future, lambda f: self._data_exported(Path(path), name, f))

    def _data_exported(self, path: Path, name: str, future: Future[bytes]) -> None:
        data = self._saved(path, future)
        if data is not None:
            self._done(f"Everything kept about “{name}” is in {path.name} ({_size(len(data))}).")

    def erase(self, *, confirm: bool = True) -> None:
        customer_id, name = self.editing, self.name.text()
        if customer_id is None:
            return
        question = (
            f"Erase “{name}” for good? Their card, the names, notes and recordings of "
            "their calls and chats, and their chat transcripts are deleted; the reports "
            "keep the calls, unnamed. This cannot be undone."
        )
        if confirm and not confirmed(self, "Erase customer", question):
            return

        def erased(result: rest.CustomerErased) -> None:
            text = (
                f"“{name}” erased: {result.interactions} interaction(s), "
                f"{result.chats} chat(s), {result.recordings} recording(s)."
            )
            if result.recordings_left:
                text += " Delete these recording files by hand: " + ", ".join(
                    result.recordings_left
                )
            self.report(text)
            self.new_customer()
            self.search()

        self.call(lambda: self.client.erase_customer(customer_id), erased)

    # ------------------------------------------------------------ CSV

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import customers", "", "CSV files (*.csv);;All files (*)"
        )
        if path:
            self.import_file(path)

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export customers", "customers.csv", "CSV files (*.csv)"
        )
        if path:
            self.export_to(path)

    def import_file(self, path: str | Path) -> None:
        """Sends the file to the server; shows the result or every refused line."""
        self.line_errors.clear()
        self.line_errors.hide()
        name = Path(path).name
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._transfer_failed(f"{name} could not be read: {exc.strerror or exc}")
            return
        if len(data) > MAX_IMPORT_BYTES:
            self._transfer_failed(f"{name} is {_size(len(data))}; the limit is 10 MB: split it.")
            return
        self._busy(
            f"Importing {name} ({_size(len(data))})… nothing changes unless every row is fine."
        )
        future = self.client.import_customers(data)
        self.bridge.resolve(future, lambda f: self._imported(name, f))

    def _imported(self, name: str, future: Future[rest.CustomersImported]) -> None:
        self._idle()
        error = future.exception()
        if error is None:
            result = future.result()
            text = f"{name}: {result.created} customer(s) created, {result.updated} updated."
            self.transfer.setText(text)
            self.transfer.show()
            self.report(text)
            self.search()
            return
        self._transfer_failed(error_text(error))
        # An import refused names its file's lines: [{"line", "problem"}].
        details = error.details if isinstance(error, RestError) else None
        if isinstance(details, list):
            for detail in details:
                if isinstance(detail, dict) and "line" in detail:
                    self.line_errors.addItem(f"Line {detail['line']}: {detail.get('problem', '')}")
            self.line_errors.setVisible(self.line_errors.count() > 0)

    def export_to(self, path: str | Path) -> None:
        """Downloads every customer as CSV into ``path``."""
        self._busy("Exporting every customer…")
        future = self.client.export_customers()
        self.bridge.resolve(future, lambda f: self._exported(Path(path), f))

    def _exported(self, path: Path, future: Future[bytes]) -> None:
        data = self._saved(path, future)
        if data is not None:
            # Counted as records, not lines: notes may hold line breaks.
            rows = sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8-sig")))) - 1
            self._done(f"Exported {rows} customer(s) to {path.name} ({_size(len(data))}).")

    def _saved(self, path: Path, future: Future[bytes]) -> bytes | None:
        """A download written to ``path``; None (and said) when it failed."""
        self._idle()
        error = future.exception()
        if error is not None:
            self._transfer_failed(error_text(error))
            return None
        data = future.result()
        try:
            path.write_bytes(data)
        except OSError as exc:
            self._transfer_failed(f"{path.name} could not be written: {exc.strerror or exc}")
            return None
        return data

    def _done(self, text: str) -> None:
        self.transfer.setText(text)
        self.transfer.show()
        self.report(text)

    def _transfer_failed(self, text: str) -> None:
        self.transfer_error.setText(text)
        self.transfer_error.show()
        self.status.emit(text, True)

    def _busy(self, text: str) -> None:
        self.transfer_error.hide()
        self.transfer.setText(text)
        self.transfer.show()
        self.progress.show()
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)

    def _idle(self) -> None:
        self.progress.hide()
        self.transfer.hide()
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(True)
