"""The Lists tab: the dispositions an agent picks at wrap-up and the reasons
they give for a break. Add, rename, deactivate (kept for history, no longer
offered) and delete after a confirmation."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Signal
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
from callnest.desktop.i18n import translate
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor, confirmed, rows_view
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
    return (
        translate("ui.admin.lists", "Yes", "a table's cell")
        if value
        else translate("ui.admin.lists", "No", "a table's cell")
    )


@dataclass(frozen=True)
class ListWords:
    """What a list's editor says about its items, whole sentences each (a
    noun put into a shared sentence would not agree in every language)."""

    new: str  # the New button
    added: str  # "... “{name}” added."
    saved: str  # "... “{name}” saved."
    deleted: str  # "... “{name}” deleted."
    this_one: str  # the item, when the form has no name in it
    delete_title: str  # the Delete question's title


class ListEditor(AdminEditor, Generic[Item]):
    """One list (dispositions or break reasons): its rows and a small form.
    A subclass says which list, and what its items have besides a name and
    being active: a description (dispositions), or a yes/no of their own
    (``flag``: a break reason is paid or not)."""

    describe = False
    # The label of the items' own yes/no, if they have one: marked with
    # QT_TRANSLATE_NOOP("ui.admin.lists", ...), translated where shown.
    flag: str | None = None

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        *,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.words = self.list_words()
        self.editing: int | None = None
        name = translate("ui.admin.lists", "Name", "a column and a field: the item's name")
        description = translate("ui.admin.lists", "Description", "a column and a field")
        active = translate("ui.admin.lists", "Active", "a column and a field: offered to agents")
        flag = translate("ui.admin.lists", self.flag) if self.flag is not None else ""
        columns: list[Column[Item]] = [Column(name, lambda r, _: r.name)]
        if self.describe:
            columns.append(Column(description, lambda r, _: self.description_of(r)))
        if self.flag is not None:
            columns.append(Column(flag, lambda r, _: _yes(self.flag_of(r))))
        columns.append(Column(active, lambda r, _: _yes(r.active)))
        self.rows = StatsTable[Item](columns, key=lambda r: r.id)
        self.table = rows_view(self.rows, title)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names take the room
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.name = QLineEdit()
        self.description = QLineEdit()
        self.flag_box = QCheckBox(flag)
        self.active = QCheckBox(translate("ui.admin.lists", "Offered to agents", "a check box"))
        form = QFormLayout()
        form.addRow(name, self.name)
        self.fields = {"name": (name, self.name)}
        if self.describe:
            form.addRow(description, self.description)
            self.fields["description"] = (description, self.description)
        if self.flag is not None:
            form.addRow("", self.flag_box)
        form.addRow(active, self.active)

        self.new_button = QPushButton(self.words.new)
        self.new_button.clicked.connect(self.new_item)
        self.save_button = QPushButton(translate("ui.admin.lists", "Save", "a button"))
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.toggle_button = QPushButton(_deactivate())
        self.toggle_button.clicked.connect(lambda: self.set_active(not self.active.isChecked()))
        self.delete_button = QPushButton(translate("ui.admin.lists", "Delete…", "a button"))
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

    def list_words(self) -> ListWords:
        """What the editor says about the list's items."""
        raise NotImplementedError

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
            translate("ui.admin.lists", "Reactivate", "a button: offer it to agents again")
            if item is not None and not item.active
            else _deactivate()
        )

    def save(self) -> None:
        if not self.name.text().strip():
            self.show_problem(translate("ui.admin.lists", "give it a name"), "name")
            return
        editing = self.editing

        def saved(item: Item) -> None:
            self.editing = item.id
            self._editing_buttons(item)
            done = self.words.added if editing is None else self.words.saved
            self.report(done.format(name=item.name))
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
        name = self.name.text().strip() or self.words.this_one
        if confirm and not confirmed(
            self,
            self.words.delete_title,
            translate(
                "ui.admin.lists",
                "Delete “{name}”? Past contacts keep their history but lose this name; "
                "to stop offering it and keep the name, untick Active instead.",
            ).format(name=name),
        ):
            return

        def deleted(_answer: rest.Deleted) -> None:
            self.report(self.words.deleted.format(name=name))
            self.new_item()
            self.reload()

        self.call(lambda: self.deleted(item_id), deleted)


class DispositionsEditor(ListEditor[rest.Disposition]):
    """What became of a contact, chosen at wrap-up: each with a description."""

    describe = True

    def list_words(self) -> ListWords:
        return ListWords(
            new=translate("ui.admin.lists", "New disposition", "a button"),
            added=translate("ui.admin.lists", "Disposition “{name}” added."),
            saved=translate("ui.admin.lists", "Disposition “{name}” saved."),
            deleted=translate("ui.admin.lists", "Disposition “{name}” deleted."),
            this_one=translate(
                "ui.admin.lists", "this disposition", "in “Delete “this disposition”?”"
            ),
            delete_title=translate("ui.admin.lists", "Delete disposition", "a dialog's title"),
        )

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

    flag = str(QT_TRANSLATE_NOOP("ui.admin.lists", "Paid"))  # a break reason: a paid break

    def list_words(self) -> ListWords:
        return ListWords(
            new=translate("ui.admin.lists", "New break reason", "a button"),
            added=translate("ui.admin.lists", "Break reason “{name}” added."),
            saved=translate("ui.admin.lists", "Break reason “{name}” saved."),
            deleted=translate("ui.admin.lists", "Break reason “{name}” deleted."),
            this_one=translate(
                "ui.admin.lists", "this break reason", "in “Delete “this break reason”?”"
            ),
            delete_title=translate("ui.admin.lists", "Delete break reason", "a dialog's title"),
        )

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
        self.dispositions = DispositionsEditor(
            engine,
            bridge,
            title=translate(
                "ui.admin.lists", "Dispositions (what became of a contact, chosen at wrap-up)"
            ),
        )
        self.break_reasons = BreakReasonsEditor(
            engine, bridge, title=translate("ui.admin.lists", "Break reasons", "a box's title")
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


def _deactivate() -> str:
    return translate("ui.admin.lists", "Deactivate", "a button: no longer offer it to agents")
