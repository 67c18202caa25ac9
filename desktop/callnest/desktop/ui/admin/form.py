"""What the admin editors share: REST calls that report to the window's status
line, an error bar that names (and outlines) the field a refusal names, the
table of rows to pick from, and the table of skills with levels."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

from pydantic import ValidationError
from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import RestClient
from callnest.desktop.i18n import translate
from callnest.desktop.models.admin import form_problem, refusal_problems
from callnest.desktop.models.wallboard import StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.style import RED

T = TypeVar("T")


class Named(Protocol):
    """A row with an id and a name: a skill, say."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


def marked_style(widget: QWidget) -> str:
    """A red outline for this widget alone: a bare rule would reach every child."""
    name = widget.metaObject().className()
    rule = f".{name} {{ border: 2px solid {RED}; border-radius: 3px; }}"
    if isinstance(widget, QGroupBox):  # styled, a group box needs room for its title again
        rule = (
            f".{name} {{ border: 2px solid {RED}; border-radius: 3px; margin-top: 1.4em; }}"
            f".{name}::title {{ subcontrol-origin: margin; left: 8px; padding: 0 3px; }}"
        )
    return rule


MIN_LEVEL, MAX_LEVEL = 1, 10  # the server's skill levels


class AdminEditor(QWidget):
    """A tab that edits rows over REST. ``status`` carries what the admin
    window's status line shows: the last save, or the last refusal."""

    status = Signal(str, bool)  # text, is it an error

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine, self.bridge = engine, bridge
        self.client = RestClient(engine)
        self.problem = plain_label()
        self.problem.setObjectName("errorBar")
        self.problem.hide()
        # The server's field name -> what the form calls it and where it is typed.
        self.fields: dict[str, tuple[str, QWidget]] = {}
        self._marked: list[QWidget] = []
        self.in_flight = 0  # calls made and not answered yet

    def save(self) -> None:
        """Sends the form: each tab with a Save button says how."""
        raise NotImplementedError

    def delete(self, *, confirm: bool = True) -> None:
        """Deletes the chosen row, asking first unless ``confirm`` is False."""
        raise NotImplementedError

    def save_and_delete_buttons(self) -> QHBoxLayout:
        """Save (the default button) on the left, Delete… apart on the right."""
        self.save_button = QPushButton(translate("ui.admin.form", "Save", "a button"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(translate("ui.admin.form", "Delete…", "a button"))
        self.delete_button.clicked.connect(lambda: self.delete())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        return buttons

    def call(
        self,
        request: Callable[[], Future[T]],
        on_ok: Callable[[T], None],
        on_error: Callable[[], None] | None = None,
    ) -> None:
        """Makes one REST call, ``request()`` (a method of ``self.client``),
        and waits for it. A refusal is shown in the server's words, and the
        form keeps whatever was typed; so is a value the request's own model
        refuses, and then nothing is sent."""

        def done(answered: Future[T]) -> None:
            self.in_flight -= 1
            error = answered.exception()
            if error is None:
                on_ok(answered.result())
            else:
                refused(error)

        def refused(error: BaseException) -> None:
            self.show_refusal(error)
            if on_error is not None:
                on_error()

        try:
            future = request()
        except ValidationError as exc:
            refused(exc)
            return
        self.in_flight += 1
        self.bridge.resolve(future, done)

    def show_refusal(self, error: BaseException) -> None:
        """Shows why a request failed. A field the refusal names (the server's
        details, or the request model's own check) is outlined, and its
        problem said under the form's name for it."""
        problems = refusal_problems(error)
        for problem in problems:
            field, text = form_problem(problem)
            if field in self.fields:
                label, _ = self.fields[field]
                self.show_problem(field_problem(label, text), field)
                return
        if problems and isinstance(error, ValidationError):
            first = problems[0]  # found before sending, on a field the form lacks
            self.show_problem(field_problem(first["field"], first["problem"]))
            return
        self.show_problem(describe(error))

    def show_problem(self, message: str, field: str | None = None) -> None:
        """Shows ``message`` beside the form; outlines ``field``, if the form has it."""
        self.clear_problem()
        _, widget = self.fields.get(field or "", ("", None))
        self.problem.setText(message)
        self.problem.show()
        if widget is not None:
            widget.setStyleSheet(marked_style(widget))
            widget.setToolTip(message)
            self._marked.append(widget)
        self.status.emit(message, True)

    def marked(self) -> list[QWidget]:
        """The fields outlined as the problem's."""
        return list(self._marked)

    def clear_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._marked.clear()

    def report(self, text: str) -> None:
        """A change the server accepted: the problem goes, the status line says so."""
        self.clear_problem()
        self.status.emit(text, False)


def field_problem(field: str, problem: str) -> str:
    """``Name: too long``: a form's field, and what is wrong with it (as the
    server or the request's model said it)."""
    return translate(
        "ui.admin.form",
        "{field}: {problem}",
        "{field}: a form field's label; {problem}: what is wrong with it",
    ).format(field=field, problem=problem)


def counted_suffix(spin: QSpinBox, suffix: Callable[[int], str]) -> None:
    """Keeps ``spin``'s suffix the right plural for its value: ``suffix(n)``
    is a numerus ``translate`` (`` backup(s)``)."""
    spin.valueChanged.connect(lambda n: spin.setSuffix(suffix(n)))
    spin.setSuffix(suffix(spin.value()))


def confirmed(parent: QWidget, title: str, question: str) -> bool:
    """The owner's Yes to a question before something cannot be undone."""
    return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes


def select_row_with_id(table: QTableView, rows: StatsTable[Any], row_id: int | None) -> None:
    """Selects the row whose ``id`` is ``row_id``; none such: the selection stays."""
    for row in range(rows.rowCount()):
        found = rows.at(row)
        if found is not None and found.id == row_id:
            table.selectRow(row)
            return


def list_toolbar(new: QPushButton, refresh: Callable[[], object] | None = None) -> QHBoxLayout:
    """The row above an editor's list: its "New ..." button on the left and,
    when the list can change under it, Refresh on the right."""
    top = QHBoxLayout()
    top.addWidget(new)
    top.addStretch(1)
    if refresh is not None:
        button = QPushButton(translate("ui.admin.form", "Refresh", "a button"))
        button.clicked.connect(refresh)
        top.addWidget(button)
    return top


def rows_view(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only table of rows, one selected at a time, ``name`` what a
    screen reader calls it."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class SkillLevels(QTableWidget):
    """Every skill, ticked with a level 1-10 where it applies: what an agent
    has, or what a queue requires."""

    def __init__(self, level_title: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        if level_title is None:
            level_title = translate("ui.admin.form", "Level", "a column: a skill's level")
        self._level_title = level_title
        self.setHorizontalHeaderLabels(
            [translate("ui.admin.form", "Skill", "a column"), level_title]
        )
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.itemChanged.connect(self._ticked)

    def set_skills(self, skills: Iterable[Named]) -> None:
        """The skills to choose from; ticks and levels stay."""
        keep = self.levels()
        self.blockSignals(True)
        self.setRowCount(0)
        for skill in sorted(skills, key=lambda s: s.name.lower()):
            row = self.rowCount()
            self.insertRow(row)
            item = QTableWidgetItem(skill.name)
            item.setData(Qt.ItemDataRole.UserRole, skill.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.setItem(row, 0, item)
            level = QSpinBox()
            level.setAccessibleName(f"{self._level_title}: {skill.name}")
            level.setRange(MIN_LEVEL, MAX_LEVEL)
            level.setEnabled(False)
            self.setCellWidget(row, 1, level)
        self.blockSignals(False)
        self.set_levels(keep)

    def set_levels(self, levels: Mapping[int, int]) -> None:
        """Ticks the skills in ``levels`` (skill id -> level), unticks the rest."""
        wanted = dict(levels)
        for row in range(self.rowCount()):
            item, spin = self._row(row)
            spin.setValue(wanted.get(self._id(item), MIN_LEVEL))
            checked = self._id(item) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            spin.setEnabled(checked)

    def levels(self) -> dict[int, int]:
        """The ticked skills: id -> level."""
        chosen = {}
        for row in range(self.rowCount()):
            item, spin = self._row(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen[self._id(item)] = spin.value()
        return chosen

    def tick(self, skill_id: int, level: int) -> None:
        """Gives one skill a level (a skill just created, say)."""
        self.set_levels(self.levels() | {skill_id: level})

    def _row(self, row: int) -> tuple[QTableWidgetItem, QSpinBox]:
        item, spin = self.item(row, 0), self.cellWidget(row, 1)
        assert item is not None and isinstance(spin, QSpinBox)
        return item, spin

    @staticmethod
    def _id(item: QTableWidgetItem) -> int:
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _ticked(self, item: QTableWidgetItem) -> None:
        spin = self.cellWidget(item.row(), 1)
        if spin is not None:
            spin.setEnabled(item.checkState() == Qt.CheckState.Checked)


class LiveEditor(AdminEditor):
    """A tab showing what changes without it (callbacks dialled, campaigns
    calling): asked again every ``every_ms`` while it is shown, and never
    while an answer is still awaited (a slow server is not asked twice);
    shown again, it asks at once."""

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        every_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.poll = QTimer(self)
        self.poll.setInterval(every_ms)
        self.poll.timeout.connect(self._poll)

    def reload(self) -> None:
        """Everything the tab shows, asked again."""
        raise NotImplementedError

    def poll_again(self) -> None:
        """What a poll asks again: everything, unless the tab says less."""
        self.reload()

    def refresh(self) -> None:
        """Everything again, the last problem gone (Refresh)."""
        self.clear_problem()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # Qt names it
        super().showEvent(event)
        self.reload()
        self.poll.start()

    def hideEvent(self, event: QHideEvent) -> None:  # Qt names it
        self.poll.stop()
        super().hideEvent(event)

    def _poll(self) -> None:
        if self.in_flight == 0:
            self.poll_again()
