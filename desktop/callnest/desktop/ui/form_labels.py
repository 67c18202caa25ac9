"""Every form's label names its field for a screen reader.

A screen reader names a field by the label whose buddy it is. QFormLayout
makes that link only for the rows it is given as text; a row given a QLabel
(as the app's forms do, so that they can be translated again when the
language changes) leaves the field nameless: "edit", "spin box". One filter
links each such label to its field as the form's widget is polished (before
it is first shown), wherever the form was built; and so does a label set
just before its field, left of it in a row or above it in a column.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLayout,
    QWidget,
)

_POLISH = QEvent.Type.Polish
_LABEL, _FIELD = QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole


class FormLabels(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _POLISH and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None:
                link_labels(layout)
        return False


def link_labels(layout: QLayout) -> None:
    """Makes each QLabel of the forms in ``layout`` the buddy of its row's
    field (the first widget one can focus, when the field is a layout)."""
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            label, field = layout.itemAt(row, _LABEL), layout.itemAt(row, _FIELD)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel) and widget.buddy() is None and field is not None:
                target = _focusable(field.widget(), field.layout())
                if target is not None:
                    widget.setBuddy(target)
    elif isinstance(layout, QBoxLayout):
        _link_next_to(layout)
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None:
            link_labels(inner)


def _link_next_to(line: QBoxLayout) -> None:
    """A label just before a field, left of it in a row ("From [date] to
    [date]") or above it in a column, names it. A hint (a sentence saying
    what to do) is not a name."""
    items = [line.itemAt(i) for i in range(line.count())]
    for before, after in itertools.pairwise(items):
        label = before.widget() if before is not None else None
        if (
            not isinstance(label, QLabel)
            or label.buddy() is not None
            or not label.text().strip()
            or label.objectName() == "hint"
            or after is None
        ):
            continue
        field = _focusable(after.widget(), after.layout())
        if field is not None and not field.accessibleName():
            label.setBuddy(field)


def _focusable(widget: QWidget | None, layout: QLayout | None) -> QWidget | None:
    """The field in a form's cell: the widget, or the first one in the layout
    a person can operate (a button names itself: it is nobody's field)."""
    if widget is not None:
        return None if isinstance(widget, QLabel | QAbstractButton) else widget
    if layout is None:
        return None
    for i in range(layout.count()):
        item = layout.itemAt(i)
        found = _focusable(item.widget(), item.layout()) if item is not None else None
        if found is not None and found.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return found
    return None


def link_form_labels(app: QApplication) -> None:
    """Installs the filter on ``app`` (once)."""
    if app.findChild(FormLabels) is None:
        app.installEventFilter(FormLabels(app))
