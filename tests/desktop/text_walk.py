"""What a window shows in words, and which of it is cut off: the pseudo-locale
check's eyes (tests/desktop/test_i18n_pseudo.py).

In the pseudo-locale every translated string arrives marked (``⟦Åñšŵéŕ ··⟧``,
see scripts/i18n). Text outside the marks either is data (a name the test
gave, a number, a time) or bypassed translation: ``hardcoded``. A label or
button whose text needs more room than it got is ``truncated``; the pseudo
strings are 40 % longer than English, as German or Russian often are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
TAG = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
WORD = re.compile(r"[A-Za-z]{3,}")


@dataclass(frozen=True, slots=True)
class Seen:
    window: str
    where: str  # the widget's class and object name, or its role ("tooltip")
    text: str


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''}"


def texts(window: QWidget, label: str) -> Iterator[Seen]:
    """Every string ``window`` shows or tells (tooltips, placeholders, headers,
    combo items, tab titles, menus), from its visible widgets."""
    if window.windowTitle():
        yield Seen(label, "window title", window.windowTitle())
    widgets: Iterable[QWidget] = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        where = _name(widget)
        if widget.toolTip():
            yield Seen(label, f"{where} tooltip", widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            yield Seen(label, where, widget.text())
        elif isinstance(widget, QGroupBox):
            yield Seen(label, where, widget.title())
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield Seen(label, f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield Seen(label, f"{where} item", widget.itemText(i))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield Seen(label, f"{where} tab", widget.tabText(i))
                yield Seen(label, f"{where} tab tooltip", widget.tabToolTip(i))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield Seen(label, f"{where} item", widget.item(i).text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _cells(widget, label, where)
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                yield Seen(label, f"{where} action", action.text())
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            yield Seen(label, "menu", action.text())
    for menu in window.findChildren(QMenu):
        for item in menu.actions():
            yield Seen(label, "menu action", item.text())


def _cells(view: QAbstractItemView, label: str, where: str) -> Iterator[Seen]:
    model = view.model()
    for orientation in (Qt.Orientation.Horizontal,):
        for section in range(model.columnCount()):
            header = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if header:
                yield Seen(label, f"{where} header", str(header))
            tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
            if tip:
                yield Seen(label, f"{where} header tooltip", str(tip))
    for row in range(min(model.rowCount(), 50)):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield Seen(label, f"{where} cell", value)


def bypassed(text: str, data: Iterable[str]) -> str | None:
    """The part of ``text`` that is words outside the pseudo-locale's marks and
    is not data; None if there is none."""
    rest = TAG.sub(" ", MARKED.sub(" ", text))
    for item in sorted(data, key=len, reverse=True):
        if item:
            rest = rest.replace(item, " ")
    words = WORD.findall(rest)
    return " ".join(words) if words else None


def cut(window: QWidget, label: str) -> Iterator[Seen]:
    """Labels and buttons, as laid out now, too small for their text."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.textFormat() == Qt.TextFormat.RichText or "<" in text:
                continue
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    yield Seen(label, _name(widget), text)
            elif widget.sizeHint().width() > widget.contentsRect().width() + 1 and (
                widget.minimumSizeHint().width() > widget.width() + 1
                or widget.fontMetrics().horizontalAdvance(text) > widget.contentsRect().width() + 1
            ):
                yield Seen(label, _name(widget), text)
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.sizeHint().width() > widget.width() + 1
        ):
            yield Seen(label, _name(widget), widget.text())
