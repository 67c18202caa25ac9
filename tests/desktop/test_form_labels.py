"""A form's QLabel names its field for a screen reader, however the form was built."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot


def name_of(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Name)


def test_labels_given_as_widgets_name_their_fields_once_shown(qtbot: QtBot) -> None:
    window = QWidget()
    form = QFormLayout(window)
    user, minutes = QLineEdit(), QSpinBox()
    unit = QHBoxLayout()
    unit.addWidget(QLabel("minutes"))  # not focusable: the spin box is the field
    unit.addWidget(minutes)
    user_label, wait_label = QLabel(), QLabel()
    form.addRow(user_label, user)
    form.addRow(wait_label, unit)
    user_label.setText("User name")  # as a retranslate() sets it, after the row
    wait_label.setText("Longest wait")
    assert name_of(user) == ""  # QFormLayout links only the rows it is given as text
    qtbot.addWidget(window)
    window.show()
    assert (name_of(user), name_of(minutes)) == ("User name", "Longest wait")
    assert user_label.buddy() is user and wait_label.buddy() is minutes


def test_a_label_just_left_of_a_field_in_a_row_names_it(qtbot: QtBot) -> None:
    window = QWidget()
    row = QHBoxLayout(window)
    since, until, search = QLineEdit(), QLineEdit(), QPushButton("Search")
    for widget in (QLabel("From"), since, QLabel("to"), until, QLabel("then"), search):
        row.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    assert (name_of(since), name_of(until), name_of(search)) == ("From", "to", "Search")
