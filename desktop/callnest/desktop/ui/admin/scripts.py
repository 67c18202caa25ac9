"""The Scripts tab: what agents read out, with placeholders for the caller's
and the customer's details, a live preview, and which queues use each script.

The preview fills placeholders with :func:`callnest.protocol.scripts.fill_script`, the
function the server fills an offer's script with, from the same customer
card the agent gets (``/api/customers/{id}/card``): what the owner sees here
is what the agent will see."""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor, rows_view, select_row_with_id
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest
from callnest.protocol.scripts import STANDARD_PLACEHOLDERS, field_placeholder, fill_script

# Who the preview is for until the owner picks a real customer.
SAMPLE_PHONE = "+1 555 010 0100"
CUSTOMER_SCAN = 1000  # customers read to learn the site's custom field names


def sample_name() -> str:
    return translate("ui.admin.scripts", "Sam Sample", "a made-up customer's name, for a preview")


def sample_card() -> p.CustomerCard:
    """The made-up customer the preview fills a script for."""
    return p.CustomerCard(
        id=1,  # never looked up: it only fills the preview
        name=sample_name(),
        phones=(SAMPLE_PHONE,),
        emails=("sam@example.com",),
        notes=translate("ui.admin.scripts", "Prefers e-mail.", "a made-up customer's notes"),
    )


class ScriptsTab(AdminEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.editing: int | None = None
        self.queues: list[rest.Queue] = []
        self.field_keys: list[str] = []
        self.card: p.CustomerCard | None = None  # the chosen customer's; None: the sample
        self.scripts = StatsTable[rest.Script](
            (
                Column(translate("ui.admin.scripts", "Script", "a column"), lambda r, _: r.name),
                Column(
                    translate("ui.admin.scripts", "Used by", "a column: the queues using a script"),
                    lambda r, _: self._users_of(r.id),
                ),
            ),
            key=lambda r: r.id,
        )
        self._build()
        self.new_script()
        self.reload()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.table = rows_view(
            self.scripts, translate("ui.admin.window", "Scripts", "a tab: what agents read out")
        )
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        new = QPushButton(translate("ui.admin.scripts", "New script", "a button"))
        new.clicked.connect(self.new_script)
        self.delete_button = QPushButton(translate("ui.admin.scripts", "Delete…", "a button"))
        self.delete_button.clicked.connect(lambda: self.delete())
        top = QHBoxLayout()
        top.addWidget(new)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        self.queue_list = QListWidget()
        self.queue_list.setToolTip(
            translate("ui.admin.scripts", "Tick the queues whose agents read this script")
        )
        self.queue_list.itemChanged.connect(self._queue_ticked)
        queues = QGroupBox(translate("ui.admin.scripts", "Queues using this script"))
        QVBoxLayout(queues).addWidget(self.queue_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 2)
        left_layout.addWidget(queues, 1)

        self.name = QLineEdit()
        self.name.setPlaceholderText(
            translate("ui.admin.scripts", "e.g. Support greeting", "an example of a script's name")
        )
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(
            translate(
                "ui.admin.scripts",
                "Hello {customer.name}, thank you for calling…",
                "an example of a script: keep {customer.name} as it is",
            )
        )
        self.body.textChanged.connect(self.update_preview)
        self.placeholders = QListWidget()
        self.placeholders.setToolTip(
            translate("ui.admin.scripts", "Double-click to insert at the cursor")
        )
        self.placeholders.itemDoubleClicked.connect(lambda item: self.insert(item.text()))
        insert = QPushButton(
            translate("ui.admin.scripts", "Insert", "a button: insert the placeholder")
        )
        insert.clicked.connect(self._insert_chosen)
        self.save_button = QPushButton(translate("ui.admin.scripts", "Save", "a button"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        name = translate("ui.admin.scripts", "Name", "a form's label: the script's")
        self.fields = {
            "name": (name, self.name),
            "body": (translate("ui.admin.scripts", "Script", "a field: the text"), self.body),
        }
        form = QFormLayout()
        form.addRow(name, self.name)
        places = QVBoxLayout()
        places.addWidget(
            QLabel(
                translate(
                    "ui.admin.scripts", "Placeholders", "a list's title: {customer.name} and such"
                )
            )
        )
        places.addWidget(self.placeholders, 1)
        places.addWidget(insert)
        text_row = QHBoxLayout()
        text_row.addWidget(self.body, 3)
        text_row.addLayout(places, 1)
        self.editor = QGroupBox(translate("ui.admin.scripts", "New script", "the form's title"))
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(form)
        editor_layout.addLayout(text_row, 1)
        editor_layout.addWidget(self.problem)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        editor_layout.addLayout(save_row)

        self.customer_search = QLineEdit()
        self.customer_search.setPlaceholderText(
            translate("ui.admin.scripts", "Name, phone or e-mail", "what to search customers by")
        )
        self.customer_search.returnPressed.connect(self.find_customers)
        find = QPushButton(translate("ui.admin.scripts", "Find", "a button: find customers"))
        find.clicked.connect(self.find_customers)
        self.customer = QComboBox()
        self.customer.addItem(translate("ui.admin.scripts", "Sample customer"), None)
        self.customer.currentIndexChanged.connect(self._customer_chosen)
        self.caller_name = QLineEdit(sample_name())
        self.caller_address = QLineEdit(SAMPLE_PHONE)
        for edit in (self.caller_name, self.caller_address):
            edit.textChanged.connect(self.update_preview)
        search_row = QHBoxLayout()
        search_row.addWidget(self.customer_search, 1)
        search_row.addWidget(find)
        as_form = QFormLayout()
        as_form.addRow(translate("ui.admin.scripts", "Customer", "a form's label"), search_row)
        as_form.addRow("", self.customer)
        as_form.addRow(
            translate("ui.admin.scripts", "Caller gave name", "a form's label"), self.caller_name
        )
        as_form.addRow(
            translate("ui.admin.scripts", "Caller gave phone", "a form's label"),
            self.caller_address,
        )
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("script")
        self.preview_note = plain_label()
        self.preview_note.setObjectName("hint")
        preview = QGroupBox(translate("ui.admin.scripts", "Preview — as the agent sees it"))
        preview_layout = QVBoxLayout(preview)
        preview_layout.addLayout(as_form)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(self.preview_note)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.editor)
        right.addWidget(preview)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.call(self.client.queues.list, self._queues_loaded)
        self.call(self.client.scripts.list, self._scripts_loaded)
        self.call(lambda: self.client.customers.list(limit=CUSTOMER_SCAN), self._customers_loaded)

    def _scripts_loaded(self, rows: list[rest.Script]) -> None:
        self.scripts.replace(sorted(rows, key=lambda r: r.name.lower()))
        self._select(self.editing)

    def _queues_loaded(self, rows: list[rest.Queue]) -> None:
        self.queues = sorted(rows, key=lambda q: q.display_name.lower())
        self._fill_queue_list()
        self.scripts.replace(self._script_rows())  # "Used by" changed

    def _customers_loaded(self, rows: list[rest.Customer]) -> None:
        keys = {k for r in rows for k in r.custom_fields}
        self.field_keys = sorted(keys, key=str.lower)
        self.placeholders.clear()
        for text in (*STANDARD_PLACEHOLDERS, *map(field_placeholder, self.field_keys)):
            self.placeholders.addItem(text)
        self.update_preview()

    def _script_rows(self) -> list[rest.Script]:
        return [r for r in (self.scripts.at(i) for i in range(self.scripts.rowCount())) if r]

    def _users_of(self, script_id: int) -> str:
        names = [q.display_name for q in self.queues if q.script_id == script_id]
        return ", ".join(names) or "—"

    def _select(self, script_id: int | None) -> None:
        select_row_with_id(self.table, self.scripts, script_id)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        script = self.scripts.at(current.row()) if current.isValid() else None
        if script is not None and script.id != self.editing:
            self.edit(script)

    # ------------------------------------------------------------ editing

    def new_script(self) -> None:
        self.editing = None
        self.table.setCurrentIndex(QModelIndex())
        self.editor.setTitle(translate("ui.admin.scripts", "New script", "the form's title"))
        self.name.clear()
        self.body.clear()
        self.delete_button.setEnabled(False)
        self._fill_queue_list()
        self.clear_problem()

    def edit(self, script: rest.Script) -> None:
        self.editing = script.id
        self.editor.setTitle(self._title(script))
        self.name.setText(script.name)
        self.body.setPlainText(script.body)
        self.delete_button.setEnabled(True)
        self._fill_queue_list()
        self.clear_problem()

    @staticmethod
    def _title(script: rest.Script) -> str:
        return translate("ui.admin.scripts", "Script “{name}”", "the form's title").format(
            name=script.name
        )

    def insert(self, placeholder: str) -> None:
        """Types ``placeholder`` at the cursor of the script."""
        self.body.insertPlainText(placeholder)
        self.body.setFocus()

    def _insert_chosen(self) -> None:
        item = self.placeholders.currentItem()
        if item is not None:
            self.insert(item.text())

    def save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_problem(translate("ui.admin.scripts", "give the script a name"), "name")
            return
        editing = self.editing

        def saved(script: rest.Script) -> None:
            self.editing = script.id
            self.editor.setTitle(self._title(script))
            self.delete_button.setEnabled(True)
            self._fill_queue_list()
            if editing is None:
                said = translate("ui.admin.scripts", "Script “{name}” created.")
            else:
                said = translate("ui.admin.scripts", "Script “{name}” saved.")
            self.report(said.format(name=script.name))
            self.call(self.client.scripts.list, self._scripts_loaded)

        def send() -> Future[rest.Script]:
            fields = rest.ScriptFields(name=name, body=self.body.toPlainText())
            return self.client.scripts.save(editing, fields)

        self.call(send, saved)

    def delete(self, *, confirm: bool = True) -> None:
        script_id = self.editing
        if script_id is None:
            return
        users = self._users_of(script_id)
        if confirm:
            if users == "—":
                question = translate("ui.admin.scripts", "Delete “{name}”?")
            else:
                question = translate(
                    "ui.admin.scripts",
                    "Delete “{name}”? {queues} will have no script.",
                    "{queues}: the names of the queues using it",
                )
            answer = QMessageBox.question(
                self,
                translate("ui.admin.scripts", "Delete script", "a window title"),
                question.format(name=self.name.text(), queues=users),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def deleted(_answer: rest.Deleted) -> None:
            self.report(translate("ui.admin.scripts", "Script deleted."))
            self.new_script()
            self.reload()

        self.call(lambda: self.client.scripts.delete(script_id), deleted)

    # ------------------------------------------------------------ queues

    def _fill_queue_list(self) -> None:
        self.queue_list.blockSignals(True)
        self.queue_list.clear()
        for queue in self.queues:
            item = QListWidgetItem(self._queue_label(queue))
            item.setData(Qt.ItemDataRole.UserRole, queue.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ours = self.editing is not None and queue.script_id == self.editing
            item.setCheckState(Qt.CheckState.Checked if ours else Qt.CheckState.Unchecked)
            if self.editing is None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # save the script first
            self.queue_list.addItem(item)
        self.queue_list.blockSignals(False)

    def _queue_label(self, queue: rest.Queue) -> str:
        other = queue.script_id
        label = queue.display_name
        if other is not None and other != self.editing:
            name = next((s.name for s in self._script_rows() if s.id == other), "")
            label = translate(
                "ui.admin.scripts",
                "{queue}   (now: {script})",
                "a queue, and the script it uses now",
            ).format(
                queue=label,
                script=name or translate("ui.admin.scripts", "another script", "its name unknown"),
            )
        return label

    def use_for_queue(self, queue_id: int, use: bool) -> None:
        """Sets (or clears) this script as the queue's."""
        script_id = self.editing if use else None

        def saved(queue: rest.Queue) -> None:
            self.queues = [queue if q.id == queue.id else q for q in self.queues]
            self._fill_queue_list()
            self.scripts.replace(self._script_rows())
            if use:
                said = translate("ui.admin.scripts", "Queue “{name}” uses this script.")
            else:
                said = translate("ui.admin.scripts", "Queue “{name}” has no script now.")
            self.report(said.format(name=queue.display_name))

        self.call(
            lambda: self.client.set_queue_script(queue_id, script_id),
            saved,
            on_error=self._fill_queue_list,
        )

    def _queue_ticked(self, item: QListWidgetItem) -> None:
        use = item.checkState() == Qt.CheckState.Checked
        self.use_for_queue(int(item.data(Qt.ItemDataRole.UserRole)), use)

    # ------------------------------------------------------------ preview

    def find_customers(self) -> None:
        text = self.customer_search.text().strip()
        if not text:
            return

        def found(rows: list[rest.Customer]) -> None:
            self.customer.blockSignals(True)
            self.customer.clear()
            self.customer.addItem(translate("ui.admin.scripts", "Sample customer"), None)
            for row in rows:
                phones = ", ".join(row.phones)
                label = f"{row.name} — {phones}" if phones else row.name
                self.customer.addItem(label, row.id)
            self.customer.blockSignals(False)
            self.preview_note.setText(
                translate("ui.admin.scripts", "%n customer(s) found.", None, len(rows))
                if rows
                else ""
            )
            self.customer.setCurrentIndex(1 if rows else 0)
            self._customer_chosen()

        self.call(lambda: self.client.find_customers(text), found)

    def preview_customer(self, customer_id: int | None) -> None:
        """Previews for this customer (their card, as an offer carries it), or the sample."""
        if customer_id is None:
            self.card = None
            self.caller_name.setText(sample_name())
            self.caller_address.setText(SAMPLE_PHONE)
            self.update_preview()
            return

        def loaded(card: p.CustomerCard) -> None:
            self.card = card
            self.caller_name.setText(card.name)
            self.caller_address.setText(card.phones[0] if card.phones else "")
            self.update_preview()

        self.call(lambda: self.client.customer_card(customer_id), loaded)

    def _customer_chosen(self) -> None:
        self.preview_customer(self.customer.currentData())

    def update_preview(self) -> None:
        card = self.card or sample_card().model_copy(
            update={"custom_fields": {k: f"<{k}>" for k in self.field_keys[:50]}}
        )
        self.preview.setPlainText(
            fill_script(
                self.body.toPlainText(),
                card,
                self.caller_name.text() or None,
                self.caller_address.text() or None,
            )
        )
