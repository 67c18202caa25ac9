"""The accessibility check's eyes, on widgets whose answer is known."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.a11y_walk import low_contrast, unnamed


def window_with(qtbot: QtBot, *rows: tuple[str, QWidget]) -> QWidget:
    window = QWidget()
    window.setStyleSheet("QWidget { background: white; }")
    form = QFormLayout(window)
    for label, widget in rows:
        if label:
            form.addRow(label, widget)
        else:
            form.addRow(widget)
    qtbot.addWidget(window)
    window.resize(360, 200)
    window.show()
    return window


def test_a_control_named_by_its_text_or_label_passes_and_one_without_fails(
    qtbot: QtBot,
) -> None:
    labelled, bare, icon_only = QLineEdit(), QLineEdit(), QToolButton()
    icon_only.setToolTip("Mute")  # a tooltip is no name
    window = window_with(
        qtbot, ("Name", labelled), ("", QPushButton("Send")), ("", bare), ("", icon_only)
    )
    bare.setPlaceholderText("e-mail")
    found = list(unnamed(window, "w"))
    assert sorted((f.where, f.detail) for f in found) == [
        ("QLineEdit", "e-mail"),
        ("QToolButton", "Mute"),
    ]
    bare.setAccessibleName("E-mail")
    icon_only.setAccessibleName("Mute")
    assert list(unnamed(window, "w")) == []


def test_faint_text_is_found_and_readable_or_inactive_text_is_not(qtbot: QtBot) -> None:
    faint, readable, inactive = QLabel("Waiting 0:42"), QLabel("Waiting 0:42"), QLabel("Off")
    faint.setStyleSheet("color: #999999; font-size: 13px;")  # 2.85:1 on white
    readable.setStyleSheet("color: #595959; font-size: 13px;")  # 7:1
    inactive.setStyleSheet("color: #bbbbbb; font-size: 13px;")
    inactive.setEnabled(False)  # WCAG asks nothing of an inactive control
    window = window_with(qtbot, ("", faint), ("", readable), ("", inactive))
    found = list(low_contrast(window, "w"))
    assert len(found) == 1, found
    assert found[0].detail.startswith("2.8"), found[0]
