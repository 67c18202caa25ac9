"""The Lists tab: the dispositions an agent picks at wrap-up and the reasons
they give for a break. Add, rename, deactivate (kept for history, no longer
offered) and delete after a confirmation."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor, confirmed, rows_view
from callnest.desktop.ui.style import STYLE_SHEET
from callnest.protocol import rest


class ListItem(Protocol):
    """What every list's items have."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def active(self) -> bool: ...


Item = TypeVar("Item", bound=ListItem)


def _yes(value: bool) -> str:
    return "Yes" if value else "No"


class ListEditor(AdminEditor, Generic[Item]):
    """One list (dispositions or break reasons): its rows and a small form.
    A subclass says which list, and what its items have besides a name and
    being active: a description (dispositions), or a yes/no of their own
    (``flag``: a break reason is paid or not)."""

    describe = False
    flag: str | None = None  # the label of the items' own yes/no, if they have one

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        *,
        title: str,
        noun: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.noun = noun
        self.editing: int | None = None
        columns: list[Column[Item]] = [Column("Name", lambda r, _: r.name)]
        if self.describe:
            columns.append(Column("Description", lambda r, _: self.description_of(r)))
        if self.flag is not None:
            columns.append(Column(self.flag, lambda r, _: _yes(self.flag_of(r))))
        columns.append(Column("Active", lambda r, _: _yes(r.active)))
        self.rows = StatsTable[Item](columns, key=lambda r: r.id)
        self.table = rows_view(self.rows)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names take the room
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.name = QLineEdit()
        self.description = QLineEdit()
        self.flag_box = QCheckBox(self.flag or "")
        self.active = QCheckBox("Offered to agents")
        form = QFormLayout()
        form.addRow("Name", self.name)
        self.fields = {"name": ("Name", self.name)}
        if self.describe:
            form.addRow("Description", self.description)
            self.fields["description"] = ("Description", self.description)
        if self.flag is not None:
            form.addRow("", self.flag_box)
        form.addRow("Active", self.active)

        self.new_button = QPushButton(f"New {noun}")
        self.new_button.clicked.connect(self.new_item)
        self.save_button = QPushButton("Save")
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.toggle_button = QPushButton("Deactivate")
        self.toggle_button.clicked.connect(lambda: self.set_active(not self.active.isChecked()))
        self.delete_button = QPushButton("Delete…")
        self.delete_button.clicked.connect(lambda: self.delete())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.delete_button)

        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(self.table, 1)
        inner.addLayout(form)
        inner.addWidget(self.problem)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.new_item()

    # ------------------------------------------------------------ the list's own

    def listed(self) -> Future[list[Item]]:
        """Asks for the list's items."""
        raise NotImplementedError

    def saved_as(self, item_id: int | None) -> Future[Item]:
        """Sends the form: creates the item (``item_id`` None) or changes it."""
        raise NotImplementedError

    def deleted(self, item_id: int) -> Future[rest.Deleted]:
        """Deletes the item."""
        raise NotImplementedError

    def description_of(self, item: Item) -> str:
        return ""

    def flag_of(self, item: Item) -> bool:
        return False

    # ------------------------------------------------------------ the editor

    def reload(self) -> None:
        self.call(self.listed, self._loaded)

    def _loaded(self, rows: list[Item]) -> None:
        self.rows.replace(sorted(rows, key=lambda r: (not r.active, r.name.lower())))
        for row in range(self.rows.rowCount()):
            item = self.rows.at(row)
            if item is not None and item.id == self.editing:
                self.table.selectRow(row)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.rows.at(current.row()) if current.isValid() else None
        if item is not None and item.id != self.editing:
            self.edit(item)

    def new_item(self) -> None:
        self.editing = None
        self.table.setCurrentIndex(QModelIndex())
        self.name.clear()
        self.description.clear()
        self.flag_box.setChecked(False)
        self.active.setChecked(True)
        self._editing_buttons(None)
        self.clear_problem()

    def edit(self, item: Item) -> None:
        self.editing = item.id
        self.name.setText(item.name)
        self.description.setText(self.description_of(item))
        self.flag_box.setChecked(self.flag_of(item))
        self.active.setChecked(item.active)
        self._editing_buttons(item)
        self.clear_problem()

    def _editing_buttons(self, item: Item | None) -> None:
        self.delete_button.setEnabled(item is not None)
        self.toggle_button.setEnabled(item is not None)
        self.toggle_button.setText(
            "Reactivate" if item is not None and not item.active else "Deactivate"
        )

    def save(self) -> None:
        if not self.name.text().strip():
            self.show_problem("give it a name", "name")
            return
        editing = self.editing

        def saved(item: Item) -> None:
            self.editing = item.id
            self._editing_buttons(item)
            what = "added" if editing is None else "saved"
            self.report(f"{self.noun.capitalize()} “{item.name}” {what}.")
            self.reload()

        self.call(lambda: self.saved_as(editing), saved)

    def set_active(self, active: bool) -> None:
        """Deactivates (or brings back) the item being edited, at once."""
        self.active.setChecked(active)
        if self.editing is not None:
            self.save()

    def delete(self, *, confirm: bool = True) -> None:
        item_id = self.editing
        if item_id is None:
            return
        name = self.name.text().strip() or f"this {self.noun}"
        if confirm and not confirmed(
            self,
            f"Delete {self.noun}",
            f"Delete “{name}”? Past contacts keep their history but lose this name; "
            "to stop offering it and keep the name, untick Active instead.",
        ):
            return

        def deleted(_answer: rest.Deleted) -> None:
            self.report(f"{self.noun.capitalize()} “{name}” deleted.")
            self.new_item()
            self.reload()

        self.call(lambda: self.deleted(item_id), deleted)


class DispositionsEditor(ListEditor[rest.Disposition]):
    """What became of a contact, chosen at wrap-up: each with a description."""

    describe = True

    def listed(self) -> Future[list[rest.Disposition]]:
        return self.client.dispositions.list()

    def saved_as(self, item_id: int | None) -> Future[rest.Disposition]:
        fields = rest.DispositionFields(
            name=self.name.text().strip(),
            description=self.description.text().strip(),
            active=self.active.isChecked(),
        )
        return self.client.dispositions.save(item_id, fields)

    def deleted(self, item_id: int) -> Future[rest.Deleted]:
        return self.client.dispositions.delete(item_id)

    def description_of(self, item: rest.Disposition) -> str:
        return item.description


class BreakReasonsEditor(ListEditor[rest.BreakReason]):
    """The reasons an agent gives for a break: each paid or not."""

    flag = "Paid"

    def listed(self) -> Future[list[rest.BreakReason]]:
        return self.client.break_reasons.list()

    def saved_as(self, item_id: int | None) -> Future[rest.BreakReason]:
        fields = rest.BreakReasonFields(
            name=self.name.text().strip(),
            paid=self.flag_box.isChecked(),
            active=self.active.isChecked(),
        )
        return self.client.break_reasons.save(item_id, fields)

    def deleted(self, item_id: int) -> Future[rest.Deleted]:
        return self.client.break_reasons.delete(item_id)

    def flag_of(self, item: rest.BreakReason) -> bool:
        return item.paid


class ListsTab(QWidget):
    """Dispositions beside break reasons."""

    status = Signal(str, bool)  # the admin window's status line

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE_SHEET)
        self.dispositions = DispositionsEditor(
            engine,
            bridge,
            title="Dispositions (what became of a contact, chosen at wrap-up)",
            noun="disposition",
        )
        self.break_reasons = BreakReasonsEditor(
            engine, bridge, title="Break reasons", noun="break reason"
        )
        layout = QHBoxLayout(self)
        for editor in (self.dispositions, self.break_reasons):
            forward: Callable[[str, bool], None] = self.status.emit
            editor.status.connect(forward)
            layout.addWidget(editor, 1)
        self.reload()

    def reload(self) -> None:
        self.dispositions.reload()
        self.break_reasons.reload()
