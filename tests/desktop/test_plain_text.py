"""Text from data shows as written in every label and dialog of the app,
never as HTML (issue 18, item 20): a customer named ``<b>Bold</b> & Sons``
is not rendered bold in a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from callnest.desktop.app import application

NAME = '<b>Bold</b> & Sons <img src="http://x.example/track.png">'


def test_a_dialog_and_a_label_show_a_name_as_written(qtbot: QtBot) -> None:
    application()  # as the app starts
    box = QMessageBox(QMessageBox.Icon.Question, "Delete customer", f"Delete {NAME}?")
    qtbot.addWidget(box)
    box.show()
    labels = [label for label in box.findChildren(QLabel) if NAME in label.text()]
    assert labels
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in labels)

    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel(NAME, window)
    window.show()
    assert label.textFormat() is Qt.TextFormat.PlainText
    # Set after it was shown, too.
    label.setText("<i>Ann</i>")
    assert label.textFormat() is Qt.TextFormat.PlainText
