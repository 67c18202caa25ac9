"""The look shared by the windows: one style sheet, and the coloured status
dot used for the connection indicator and the tray icon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

GREEN, AMBER, RED, GREY = "#2e7d32", "#ef8f00", "#c62828", "#78909c"

STYLE_SHEET = f"""
QLabel#title {{ font-size: 22px; font-weight: 600; }}
QLabel#hint {{ color: #5f6b73; }}
QLabel#error {{ color: {RED}; }}
QLabel#banner {{
    background: #fff3cd; color: #6b4e00; border: 1px solid #f0d78c;
    border-radius: 4px; padding: 6px 10px; font-weight: 600;
}}
QLabel#deviceBanner {{
    background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;
    border-radius: 4px; padding: 6px 10px;
}}
QLabel#linkChecking, QLabel#linkHeld, QLabel#linkFit {{
    border: 1px solid; border-radius: 4px; padding: 6px 10px;
}}
QLabel#linkChecking {{ background: #fff8e1; color: #6b4e00; border-color: #f0d78c; }}
QLabel#linkHeld {{
    background: #fdecea; color: #8a1c1c; border-color: #f5c2c0; font-weight: 600;
}}
QLabel#linkFit {{ background: #edf7ee; color: #1b5e20; border-color: #c3e6c5; }}
QLabel#errorBar {{
    background: #fdecea; color: #8a1c1c; border-radius: 4px; padding: 6px 10px;
}}
QLabel#alarm {{
    background: {RED}; color: white; border-radius: 4px; padding: 8px 12px;
    font-size: 14px; font-weight: 600;
}}
QLabel#pageTitle {{ font-size: 13px; color: #5f6b73; font-weight: 600; }}
QLabel#ringTitle {{ font-size: 14px; color: {GREEN}; font-weight: 700; }}
QLabel#caller {{ font-size: 22px; font-weight: 600; }}
QLabel#clock {{ font-size: 22px; font-family: monospace; }}
QLabel#idle {{ font-size: 20px; color: #5f6b73; }}
QLabel#chip {{
    background: {AMBER}; color: white; border-radius: 9px; padding: 2px 10px; font-weight: 600;
}}
QLabel#customerName {{ font-size: 15px; font-weight: 600; }}
QLabel#confirmation {{ color: {GREEN}; font-weight: 600; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton#answer {{ background: {GREEN}; color: white; font-weight: 600; padding: 8px 22px; }}
QPushButton#hangup {{ background: {RED}; color: white; font-weight: 600; padding: 8px 22px; }}
QPushButton#decline {{ padding: 8px 18px; }}
QPushButton#call {{ background: {GREEN}; color: white; font-weight: 600; padding: 6px 18px; }}
QPushButton#rowCall {{ padding: 1px 10px; }}
QPushButton:disabled {{ background: #cfd8dc; color: #7b868c; }}
QPushButton#call:disabled {{ background: #cfd8dc; color: #7b868c; }}
QFrame#callNotice {{ background: #fff3cd; border: 1px solid #f0d78c; border-radius: 4px; }}
QFrame#callNotice QLabel {{ color: #6b4e00; font-weight: 600; }}
QFrame#callProblem {{ background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }}
QFrame#callProblem QLabel {{ color: #8a1c1c; font-weight: 600; }}
QFrame#topBar {{ border-bottom: 1px solid #d5dbdf; }}
"""


def dot(color: str, size: int = 16) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


def dot_icon(color: str) -> QIcon:
    return QIcon(dot(color, 64))
