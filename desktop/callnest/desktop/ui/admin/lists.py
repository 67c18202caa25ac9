"""The Lists tab: the dispositions an agent picks at wrap-up and the reasons
they give for a break. Add, rename, deactivate (kept for history, no longer
offered) and delete after a confirmation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor, rows_view
from callnest.desktop.ui.style import STYLE_SHEET

Item = dict[str, Any]


def _yes(value: Any) -> str:
    return "Yes" if value else "No"


class ListEditor(AdminEditor):
    """One list (dispositions or break reasons): its rows and a small form.

    ``flag`` is the list's own yes/no column besides ``active``, if it has
    one (a break reason is paid or not); ``describe`` whether items have a
    description (dispositions do)."""

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        *,
        title: str,
        noun: str,
        path: str,
        describe: bool = False,
        flag: tuple[str, str] | None = None,  # (field, label)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.noun, self.path, self.describe, self.flag = noun, path, describe, flag
        self.editing: int | None = None
        columns: list[Column[Item]] = [Column("Name", lambda r, _: str(r["name"]))]
        if describe:
            columns.append(Column("Description", lambda r, _: str(r.get("description", ""))))
        if flag is not None:
            columns.append(Column(flag[1], lambda r, _: _yes(r.get(flag[0]))))
        columns.append(Column("Active", lambda r, _: _yes(r.get("active"))))
        self.rows = StatsTable[Item](columns, key=lambda r: int(r["id"]))
        self.table = rows_view(self.rows)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names take the room
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.name = QLineEdit()
        self.description = QLineEdit()
        self.flag_box = QCheckBox(flag[1] if flag else "")
        self.active = QCheckBox("Offered to agents")
        form = QFormLayout()
        form.addRow("Name", self.name)
        self.fields = {"name": ("Name", self.name)}
        if describe:
            form.addRow("Description", self.description)
            self.fields["description"] = ("Description", self.description)
        if flag is not None:
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

    def reload(self) -> None:
        self.call("GET", f"/api/{self.path}", None, self._loaded)

    def _loaded(self, rows: list[Item]) -> None:
        self.rows.replace(sorted(rows, key=lambda r: (not r.get("active"), str(r["name"]).lower())))
        for row in range(self.rows.rowCount()):
            item = self.rows.at(row)
            if item is not None and item["id"] == self.editing:
                self.table.selectRow(row)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.rows.at(current.row()) if current.isValid() else None
        if item is not None and item["id"] != self.editing:
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
        self.editing = int(item["id"])
        self.name.setText(str(item["name"]))
        self.description.setText(str(item.get("description", "")))
        self.flag_box.setChecked(bool(self.flag and item.get(self.flag[0])))
        self.active.setChecked(bool(item.get("active")))
        self._editing_buttons(item)
        self.clear_problem()

    def _editing_buttons(self, item: Item | None) -> None:
        self.delete_button.setEnabled(item is not None)
        self.toggle_button.setEnabled(item is not None)
        self.toggle_button.setText(
            "Reactivate" if item and not item.get("active") else "Deactivate"
        )

    def values(self) -> Item:
        values: Item = {"name": self.name.text().strip(), "active": self.active.isChecked()}
        if self.describe:
            values["description"] = self.description.text().strip()
        if self.flag is not None:
            values[self.flag[0]] = self.flag_box.isChecked()
        return values

    def save(self) -> None:
        values = self.values()
        if not values["name"]:
            self.show_problem("give it a name", "name")
            return
        creating = self.editing is None
        method, path = ("POST", f"/api/{self.path}") if creating else ("PATCH", self._item_path())

        def saved(item: Item) -> None:
            self.editing = int(item["id"])
            self._editing_buttons(item)
            self.report(
                f"{self.noun.capitalize()} “{item['name']}” {'added' if creating else 'saved'}."
            )
            self.reload()

        self.call(method, path, values, saved)

    def set_active(self, active: bool) -> None:
        """Deactivates (or brings back) the item being edited, at once."""
        self.active.setChecked(active)
        if self.editing is not None:
            self.save()

    def delete(self, *, confirm: bool = True) -> None:
        if self.editing is None:
            return
        name = self.name.text().strip() or f"this {self.noun}"
        if confirm and not _confirmed(
            self,
            f"Delete {self.noun}",
            f"Delete “{name}”? Past contacts keep their history but lose this name; "
            "to stop offering it and keep the name, untick Active instead.",
        ):
            return

        def deleted(_answer: Any) -> None:
            self.report(f"{self.noun.capitalize()} “{name}” deleted.")
            self.new_item()
            self.reload()

        self.call("DELETE", self._item_path(), None, deleted)

    def _item_path(self) -> str:
        return f"/api/{self.path}/{self.editing}"


def _confirmed(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class ListsTab(QWidget):
    """Dispositions beside break reasons."""

    status = Signal(str, bool)  # the admin window's status line

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE_SHEET)
        self.dispositions = ListEditor(
            engine,
            bridge,
            title="Dispositions (what became of a contact, chosen at wrap-up)",
            noun="disposition",
            path="dispositions",
            describe=True,
        )
        self.break_reasons = ListEditor(
            engine,
            bridge,
            title="Break reasons",
            noun="break reason",
            path="break-reasons",
            flag=("paid", "Paid"),
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
