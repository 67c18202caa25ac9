"""The phone numbers (DIDs), in the Phones tab: each number the business is
called on, the trunk its calls arrive on and the queue that answers them;
added, changed and deleted here. A number is typed any international way
(``+386 1 234 5678``, ``00386 1 234 5678``) and kept as E.164."""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import (
    AdminEditor,
    confirmed,
    list_toolbar,
    rows_view,
    select_row_with_id,
)
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest


class PhoneNumbersEditor(AdminEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.editing: int | None = None  # the number in the form; None: a new one
        self.trunk_names: dict[int, str] = {}
        self.queue_names: dict[int, str] = {}
        self.numbers = StatsTable[rest.PhoneNumber](
            (
                Column(
                    translate("ui.admin.phone_numbers", "Number", "a column: a phone number"),
                    lambda n, _: n.number,
                ),
                Column(
                    translate("ui.admin.phone_numbers", "Label", "a column: a number's own name"),
                    lambda n, _: n.label or "—",
                ),
                Column(
                    translate("ui.admin.phone_numbers", "Trunk", "a column"),
                    lambda n, _: self.trunk_names.get(n.trunk_id, f"#{n.trunk_id}"),
                ),
                Column(
                    translate("ui.admin.phone_numbers", "Queue", "a column"),
                    lambda n, _: self._queue_name(n.queue_id),
                ),
            ),
            key=lambda n: n.id,
        )
        self._build()
        self.new_number()

    def _queue_name(self, queue_id: int | None) -> str:
        if queue_id is None:
            return translate(
                "ui.admin.phone_numbers", "— (refused)", "a number's queue: none, calls are refused"
            )
        return self.queue_names.get(queue_id, f"#{queue_id}")

    def _build(self) -> None:
        self.table = rows_view(self.numbers, translate("ui.admin.phone_numbers", "Phone numbers"))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.new_button = QPushButton(
            translate("ui.admin.phone_numbers", "New number", "a button: a new phone number")
        )
        self.new_button.clicked.connect(self.new_number)
        top = list_toolbar(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)

        self.number = QLineEdit()
        self.number.setPlaceholderText(
            translate(
                "ui.admin.phone_numbers",
                "+386 1 234 5678 or 00386 1 234 5678",
                "two ways of writing a phone number: keep the numbers (or use your country's)",
            )
        )
        self.trunk = QComboBox()
        self.trunk.setPlaceholderText(
            translate("ui.admin.phone_numbers", "add a trunk above first")
        )
        self.queue = QComboBox()
        self.label = QLineEdit()
        self.label.setPlaceholderText(
            translate("ui.admin.phone_numbers", "optional: e.g. Sales line", "a number's label")
        )
        self.title = plain_label()
        self.title.setObjectName("pageTitle")
        number = translate("ui.admin.phone_numbers", "Number", "a form's label: a phone number")
        label = translate("ui.admin.phone_numbers", "Label", "a form's label: a number's own name")
        form = QFormLayout()
        form.addRow(number, self.number)
        form.addRow(translate("ui.admin.phone_numbers", "Arrives on trunk"), self.trunk)
        form.addRow(translate("ui.admin.phone_numbers", "Answered by queue"), self.queue)
        form.addRow(label, self.label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addLayout(form)
        right_layout.addStretch(1)
        right_layout.addWidget(self.problem)
        right_layout.addLayout(self.save_and_delete_buttons())

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.fields = {
            "number": (number, self.number),
            "trunk_id": (translate("ui.admin.phone_numbers", "Trunk", "a field"), self.trunk),
            "queue_id": (translate("ui.admin.phone_numbers", "Queue", "a field"), self.queue),
            "label": (label, self.label),
        }

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.call(self.client.queues.list, self._queues_loaded)
        self.call(self.client.phone_numbers.list, self._numbers_loaded)

    def set_trunks(self, trunks: list[rest.Trunk]) -> None:
        """The trunks a number's calls may arrive on; the choice stays."""
        self.trunk_names = {t.id: t.name for t in trunks}
        chosen = self.trunk.currentData()
        self.trunk.clear()
        for trunk in trunks:
            self.trunk.addItem(trunk.name, trunk.id)
        self._choose(self.trunk, chosen)
        self.numbers.redraw()

    def _queues_loaded(self, queues: list[rest.Queue]) -> None:
        self.queue_names = {q.id: q.display_name for q in queues}
        chosen = self.queue.currentData()
        self.queue.clear()
        self.queue.addItem(
            translate(
                "ui.admin.phone_numbers", "(none yet: calls are refused)", "a number's queue"
            ),
            None,
        )
        for queue in sorted(queues, key=lambda q: q.display_name.lower()):
            self.queue.addItem(queue.display_name, queue.id)
        self._choose(self.queue, chosen)
        self.numbers.redraw()

    def _numbers_loaded(self, rows: list[rest.PhoneNumber]) -> None:
        self.numbers.replace(sorted(rows, key=lambda n: n.number))
        select_row_with_id(self.table, self.numbers, self.editing)

    @staticmethod
    def _choose(combo: QComboBox, value: int | None) -> None:
        if value is not None and combo.findData(value) < 0:
            combo.addItem(
                translate(
                    "ui.admin.phone_numbers",
                    "#{id} (not available)",
                    "a trunk or queue since deleted",
                ).format(id=value),
                value,
            )
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        number = self.numbers.at(current.row()) if current.isValid() else None
        if number is not None and number.id != self.editing:
            self.edit(number)

    # ------------------------------------------------------------ the form

    def new_number(self) -> None:
        self.editing = None
        self.table.setCurrentIndex(QModelIndex())
        self.clear_problem()
        self.title.setText(
            translate("ui.admin.phone_numbers", "New phone number", "the form's title")
        )
        self.number.clear()
        self.label.clear()
        self.queue.setCurrentIndex(max(0, self.queue.findData(None)))
        self.delete_button.setEnabled(False)

    def edit(self, number: rest.PhoneNumber) -> None:
        self.editing = number.id
        self.clear_problem()
        self.title.setText(
            translate("ui.admin.phone_numbers", "Edit {number}", "the form's title").format(
                number=number.number
            )
        )
        self.number.setText(number.number)
        self._choose(self.trunk, number.trunk_id)
        self._choose(self.queue, number.queue_id)
        self.label.setText(number.label)
        self.delete_button.setEnabled(True)

    def values(self) -> rest.PhoneNumberFields:
        """The form as the server's fields; raises ValidationError naming a
        field the protocol refuses (a number it cannot read, say)."""
        return rest.PhoneNumberFields.model_validate(
            {
                "number": self.number.text().strip(),
                "trunk_id": self.trunk.currentData(),
                "queue_id": self.queue.currentData(),
                "label": self.label.text().strip(),
            }
        )

    def save(self) -> None:
        if self.trunk.currentData() is None:
            self.show_problem(
                translate(
                    "ui.admin.phone_numbers",
                    "Trunk: add a trunk first: a number's calls arrive on one.",
                ),
                "trunk_id",
            )
            return
        editing = self.editing

        def saved(number: rest.PhoneNumber) -> None:
            if editing is None:
                said = translate("ui.admin.phone_numbers", "Added phone number {number}.")
            else:
                said = translate("ui.admin.phone_numbers", "Saved phone number {number}.")
            self.report(said.format(number=number.number))
            self.editing = None
            self.edit(number)
            self.call(self.client.phone_numbers.list, self._numbers_loaded)

        def send() -> Future[rest.PhoneNumber]:
            return self.client.phone_numbers.save(editing, self.values())

        self.call(send, saved)

    def delete(self, *, confirm: bool = True) -> None:
        number = self.numbers.row(self.editing) if self.editing is not None else None
        if number is None:
            return
        if confirm and not confirmed(
            self,
            translate("ui.admin.phone_numbers", "Delete phone number", "a window title"),
            translate(
                "ui.admin.phone_numbers",
                "Delete {number}? Calls to it are no longer answered here.",
            ).format(number=number.number),
        ):
            return

        def deleted(_answer: rest.Deleted) -> None:
            self.report(
                translate("ui.admin.phone_numbers", "Deleted phone number {number}.").format(
                    number=number.number
                )
            )
            self.new_number()
            self.call(self.client.phone_numbers.list, self._numbers_loaded)

        self.call(lambda: self.client.phone_numbers.delete(number.id), deleted)
