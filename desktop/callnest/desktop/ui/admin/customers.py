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

from PySide6.QtCore import QLocale, QModelIndex, Qt
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
from callnest.desktop.i18n import translate
from callnest.desktop.models.format import moment
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.ui.admin.form import AdminEditor, confirmed, rows_view, select_row_with_id
from callnest.desktop.ui.customer import HISTORY_COLUMNS, plain_label
from callnest.protocol import rest

MAX_IMPORT_BYTES = 10 * 1024 * 1024  # the server's limit: said before sending
LIST_LIMIT = 200  # customers listed when nothing is searched for
SEPARATOR = ";"  # between phones (and e-mails) in one field, as in the CSV


def _split(text: str) -> list[str]:
    return [v.strip() for v in text.replace("\n", SEPARATOR).split(SEPARATOR) if v.strip()]


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return translate("ui.admin.customers", "{size} MB", "megabytes").format(
            size=QLocale().toString(n / 1024 / 1024, "f", 1)
        )
    return translate("ui.admin.customers", "{size} KB", "kilobytes").format(
        size=QLocale().toString(max(1, n // 1024))
    )


class CustomersTab(AdminEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.editing: int | None = None
        self.customers = StatsTable[rest.Customer](
            (
                Column(
                    translate("ui.admin.customers", "Name", "a column: the customer's"),
                    lambda r, _: r.name,
                ),
                Column(
                    translate("ui.admin.customers", "Phones", "a column: phone numbers"),
                    lambda r, _: ", ".join(r.phones),
                ),
                Column(
                    translate("ui.admin.customers", "E-mails", "a column: e-mail addresses"),
                    lambda r, _: ", ".join(r.emails),
                ),
                Column(
                    translate("ui.admin.customers", "Notes", "a column"),
                    lambda r, _: r.notes.replace("\n", " ")[:120],
                ),
            ),
            key=lambda r: r.id,
        )
        self._build()
        self.new_customer()
        self.search()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.query = QLineEdit()
        self.query.setAccessibleName(translate("ui.admin.customers", "Search", "a button"))
        self.query.setPlaceholderText(
            translate("ui.admin.customers", "Name, phone (any format) or e-mail")
        )
        self.query.returnPressed.connect(self.search)
        find = QPushButton(translate("ui.admin.customers", "Search", "a button"))
        find.clicked.connect(self.search)
        new = QPushButton(translate("ui.admin.customers", "New customer", "a button"))
        new.clicked.connect(self.new_customer)
        self.import_button = QPushButton(translate("ui.admin.customers", "Import CSV…", "a button"))
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton(translate("ui.admin.customers", "Export CSV…", "a button"))
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

        self.table = rows_view(self.customers, translate("ui.admin.window", "Customers", "a tab"))
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
        self.custom.setHorizontalHeaderLabels(
            [
                translate("ui.admin.customers", "Field", "a column: a custom field's name"),
                translate("ui.admin.customers", "Value", "a column: a custom field's value"),
            ]
        )
        self.custom.verticalHeader().hide()
        self.custom.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.custom.setMaximumHeight(130)
        add_field = QPushButton(
            translate("ui.admin.customers", "Add field", "a button: a custom field")
        )
        add_field.clicked.connect(lambda: self.add_field("", ""))
        self.fields = {
            "name": (translate("ui.admin.customers", "Name", "a field"), self.name),
            "phones": (translate("ui.admin.customers", "Phones", "a field"), self.phones),
            "emails": (translate("ui.admin.customers", "E-mails", "a field"), self.emails),
            "notes": (translate("ui.admin.customers", "Notes", "a field"), self.notes),
            "custom_fields": (
                translate("ui.admin.customers", "Custom fields", "a field"),
                self.custom,
            ),
        }
        form = QFormLayout()
        for label, widget in self.fields.values():
            form.addRow(label, widget)
        form.addRow("", add_field)
        buttons = self.save_and_delete_buttons()
        # A customer's rights over their data: a copy of all of it, or none kept.
        self.export_data_button = QPushButton(
            translate("ui.admin.customers", "Export their data…", "a button")
        )
        self.export_data_button.setToolTip(
            translate(
                "ui.admin.customers",
                "Everything kept about this customer, as a zip: their card, interactions, "
                "chat transcripts and recordings (for an access request)",
            )
        )
        self.export_data_button.clicked.connect(self._choose_data_export)
        self.erase_button = QPushButton(translate("ui.admin.customers", "Erase…", "a button"))
        self.erase_button.setToolTip(
            translate(
                "ui.admin.customers",
                "Erase this customer for good: their card, the names, notes and recordings "
                "of their calls and chats, and their chat transcripts",
            )
        )
        self.erase_button.clicked.connect(lambda: self.erase())
        buttons.insertWidget(buttons.count() - 1, self.export_data_button)
        buttons.insertWidget(buttons.count() - 1, self.erase_button)

        self.history = QTableWidget(0, len(HISTORY_COLUMNS))
        # The agent's customer card's columns: translated under its context.
        self.history.setHorizontalHeaderLabels(
            [translate("ui.customer", title) for title in HISTORY_COLUMNS]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        history = QGroupBox(translate("ui.admin.customers", "History (latest interactions)"))
        QVBoxLayout(history).addWidget(self.history)

        self.editor = QGroupBox(_new_customer_title())
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
                translate(
                    "ui.admin.customers", "%n customer(s) match “{text}”.", None, len(rows)
                ).format(text=text)
                if text
                else translate("ui.admin.customers", "%n customer(s).", None, len(rows))
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
        self.editor.setTitle(_new_customer_title())
        for edit in (self.name, self.phones, self.emails):
            edit.clear()
        self.notes.clear()
        self.custom.setRowCount(0)
        self.history.setRowCount(0)
        self._customer_actions(False)
        self.clear_problem()

    def edit(self, customer: rest.Customer) -> None:
        self.editing = customer.id
        self.editor.setTitle(_customer_title(customer.id))
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
            self.show_problem(translate("ui.admin.customers", "give the customer a name"), "name")
            return
        editing = self.editing

        def saved(customer: rest.Customer) -> None:
            self.editing = customer.id
            self.editor.setTitle(_customer_title(customer.id))
            self._customer_actions(True)
            self.customers.merge([customer])
            self._select(self.editing)
            if editing is None:
                done = translate("ui.admin.customers", "Customer “{name}” added.")
            else:
                done = translate("ui.admin.customers", "Customer “{name}” saved.")
            self.report(done.format(name=customer.name))

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
                translate("ui.admin.customers", "Delete customer", "a dialog's title"),
                translate(
                    "ui.admin.customers",
                    "Delete “{name}” and their details? Their past interactions stay, unnamed.",
                ).format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def deleted(_answer: rest.Deleted) -> None:
            self.report(
                translate("ui.admin.customers", "Customer “{name}” deleted.").format(name=name)
            )
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
            self,
            translate("ui.admin.customers", "Export the customer's data", "a file dialog's title"),
            f"customer-{self.editing}.zip",  # a file's name: not translated
            translate("ui.admin.customers", "Zip (*.zip)", "a file dialog's filter"),
        )
        if path:
            self.export_data_to(path)

    def export_data_to(self, path: str | Path) -> None:
        """Downloads everything kept about the customer being edited into ``path``."""
        customer_id, name = self.editing, self.name.text()
        if customer_id is None:
            return
        self._busy(
            translate("ui.admin.customers", "Exporting everything kept about “{name}”…").format(
                name=name
            )
        )
        future = self.client.export_customer(customer_id)
        self.bridge.resolve(future, lambda f: self._data_exported(Path(path), name, f))

    def _data_exported(self, path: Path, name: str, future: Future[bytes]) -> None:
        data = self._saved(path, future)
        if data is not None:
            self._done(
                translate(
                    "ui.admin.customers", "Everything kept about “{name}” is in {file} ({size})."
                ).format(name=name, file=path.name, size=_size(len(data)))
            )

    def erase(self, *, confirm: bool = True) -> None:
        customer_id, name = self.editing, self.name.text()
        if customer_id is None:
            return
        question = translate(
            "ui.admin.customers",
            "Erase “{name}” for good? Their card, the names, notes and recordings of "
            "their calls and chats, and their chat transcripts are deleted; the reports "
            "keep the calls, unnamed. This cannot be undone.",
        ).format(name=name)
        title = translate("ui.admin.customers", "Erase customer", "a dialog's title")
        if confirm and not confirmed(self, title, question):
            return

        def erased(result: rest.CustomerErased) -> None:
            # Three counts: each its own plural, in one sentence.
            text = translate(
                "ui.admin.customers",
                "“{name}” erased: {interactions}, {chats}, {recordings}.",
                "{interactions}: 3 interactions; {chats}: 2 chats; {recordings}: 1 recording",
            ).format(
                name=name,
                interactions=translate(
                    "ui.admin.customers", "%n interaction(s)", "erased", result.interactions
                ),
                chats=translate("ui.admin.customers", "%n chat(s)", "erased", result.chats),
                recordings=translate(
                    "ui.admin.customers", "%n recording(s)", "erased", result.recordings
                ),
            )
            if result.recordings_left:
                left = translate(
                    "ui.admin.customers",
                    "Delete these recording files by hand: {files}",
                    "{files}: the files' names, comma-separated",
                ).format(files=", ".join(result.recordings_left))
                text = f"{text} {left}"
            self.report(text)
            self.new_customer()
            self.search()

        self.call(lambda: self.client.erase_customer(customer_id), erased)

    # ------------------------------------------------------------ CSV

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ui.admin.customers", "Import customers", "a file dialog's title"),
            "",
            translate(
                "ui.admin.customers", "CSV files (*.csv);;All files (*)", "a file dialog's filters"
            ),
        )
        if path:
            self.import_file(path)

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ui.admin.customers", "Export customers", "a file dialog's title"),
            "customers.csv",  # a file's name: not translated
            translate("ui.admin.customers", "CSV files (*.csv)", "a file dialog's filter"),
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
            self._transfer_failed(
                translate(
                    "ui.admin.customers",
                    "{file} could not be read: {reason}",
                    "{reason}: the system's own words",
                ).format(file=name, reason=exc.strerror or exc)
            )
            return
        if len(data) > MAX_IMPORT_BYTES:
            self._transfer_failed(
                translate(
                    "ui.admin.customers", "{file} is {size}; the limit is 10 MB: split it."
                ).format(file=name, size=_size(len(data)))
            )
            return
        self._busy(
            translate(
                "ui.admin.customers",
                "Importing {file} ({size})… nothing changes unless every row is fine.",
            ).format(file=name, size=_size(len(data)))
        )
        future = self.client.import_customers(data)
        self.bridge.resolve(future, lambda f: self._imported(name, f))

    def _imported(self, name: str, future: Future[rest.CustomersImported]) -> None:
        self._idle()
        error = future.exception()
        if error is None:
            result = future.result()
            text = translate(
                "ui.admin.customers",
                "{file}: %n customer(s) created, {updated} updated.",
                "{updated}: how many other customers were updated",
                result.created,
            ).format(file=name, updated=QLocale().toString(result.updated))
            self.transfer.setText(text)
            self.transfer.show()
            self.report(text)
            self.search()
            return
        self._transfer_failed(describe(error))
        # An import refused names its file's lines: [{"line", "problem"}].
        details = error.details if isinstance(error, RestError) else None
        if isinstance(details, list):
            for detail in details:
                if isinstance(detail, dict) and "line" in detail:
                    self.line_errors.addItem(
                        translate(
                            "ui.admin.customers",
                            "Line {line}: {problem}",
                            "{problem}: what the server found wrong in the file's line",
                        ).format(line=detail["line"], problem=detail.get("problem", ""))
                    )
            self.line_errors.setVisible(self.line_errors.count() > 0)

    def export_to(self, path: str | Path) -> None:
        """Downloads every customer as CSV into ``path``."""
        self._busy(translate("ui.admin.customers", "Exporting every customer…"))
        future = self.client.export_customers()
        self.bridge.resolve(future, lambda f: self._exported(Path(path), f))

    def _exported(self, path: Path, future: Future[bytes]) -> None:
        data = self._saved(path, future)
        if data is not None:
            # Counted as records, not lines: notes may hold line breaks.
            rows = sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8-sig")))) - 1
            self._done(
                translate(
                    "ui.admin.customers", "Exported %n customer(s) to {file} ({size}).", None, rows
                ).format(file=path.name, size=_size(len(data)))
            )

    def _saved(self, path: Path, future: Future[bytes]) -> bytes | None:
        """A download written to ``path``; None (and said) when it failed."""
        self._idle()
        error = future.exception()
        if error is not None:
            self._transfer_failed(describe(error))
            return None
        data = future.result()
        try:
            path.write_bytes(data)
        except OSError as exc:
            self._transfer_failed(
                translate(
                    "ui.admin.customers",
                    "{file} could not be written: {reason}",
                    "{reason}: the system's own words",
                ).format(file=path.name, reason=exc.strerror or exc)
            )
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


def _new_customer_title() -> str:
    return translate("ui.admin.customers", "New customer", "the form's title")


def _customer_title(customer_id: int) -> str:
    return translate(
        "ui.admin.customers", "Customer {id}", "the form's title: the customer's number"
    ).format(id=customer_id)
