"""The look shared by the windows: one style sheet, the coloured status
dot used for the connection indicator and the tray icon, and colours that
flag a figure, readable in a light or a dark palette (WCAG contrast)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

GREEN, AMBER, RED, GREY = "#2e7d32", "#ef8f00", "#c62828", "#78909c"
MONITOR_BLUE = "#1565c0"  # a supervisor in a call: white on it is 5.7:1 (WCAG AA)

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
QFrame#monitorBar {{ background: {MONITOR_BLUE}; border-radius: 4px; }}
QFrame#monitorBar QLabel {{ color: white; font-size: 14px; font-weight: 600; }}
QFrame#monitorBar QPushButton {{
    background: white; color: {MONITOR_BLUE}; font-weight: 600; border-radius: 4px;
}}
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


# ------------------------------------------------ colours people can read
#
# WCAG 2.x: text needs a contrast ratio of 4.5:1 with its background (3:1 when
# large). The app follows the desktop's light or dark palette, so colours
# that flag a figure are chosen per palette and their text is computed, not
# fixed: a pale amber meant for a light window glares in a dark one, and a
# fixed white text vanishes on it.

AA_TEXT, AA_LARGE_TEXT = 4.5, 3.0
DARK_TEXT, LIGHT_TEXT = QColor("#1f1f1f"), QColor("#ffffff")


def relative_luminance(color: QColor | str) -> float:
    """WCAG 2.x relative luminance: 0 for black, 1 for white."""
    c = QColor(color)

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())


def contrast_ratio(fg: QColor | str, bg: QColor | str) -> float:
    """WCAG 2.x contrast ratio of two colours, 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_on(background: QColor | str) -> QColor:
    """Near-black or white, whichever reads better on ``background``."""
    dark, light = contrast_ratio(DARK_TEXT, background), contrast_ratio(LIGHT_TEXT, background)
    return QColor(DARK_TEXT if dark >= light else LIGHT_TEXT)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme's: its windows are darker than mid-grey."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


NO_LEVEL = -1  # a figure with nothing to judge yet (no calls today)


@dataclass(frozen=True, slots=True)
class Levels:
    """The backgrounds of a figure not judged, fine, to watch, and to act on."""

    neutral: QColor
    fine: QColor
    watch: QColor
    act: QColor

    def background(self, level: int) -> QColor:
        if level < 0:
            return self.neutral
        return self.act if level >= 2 else self.watch if level == 1 else self.fine


# Table cells: tints that leave a busy table calm. Light: the pale amber and
# pink supervisors know; dark: deep versions of them (pale ones glared).
CELL_LEVELS = {
    False: Levels(
        neutral=QColor("#f5f7f8"),
        fine=QColor("#edf7ee"),
        watch=QColor("#fff3cd"),
        act=QColor("#fdecea"),
    ),
    True: Levels(
        neutral=QColor("#2b3034"),
        fine=QColor("#1e3a22"),
        watch=QColor("#4d3800"),
        act=QColor("#5c1a1a"),
    ),
}
# Wall tiles: full colours read from across a room.
TILE_LEVELS = {
    False: Levels(
        neutral=QColor("#eceff1"), fine=QColor(GREEN), watch=QColor(AMBER), act=QColor(RED)
    ),
    True: Levels(
        neutral=QColor("#37474f"),
        fine=QColor("#1b5e20"),
        watch=QColor("#e08600"),
        act=QColor("#b71c1c"),
    ),
}


def quiet_text(palette: QPalette) -> QColor:
    """A hint's grey that still reads 4.5:1 on the palette's window (the
    style sheet's #5f6b73 reads 2.5:1 on a dark theme's)."""
    return QColor("#a7b1b7" if is_dark(palette) else "#5f6b73")


def tile_colours(level: int, palette: QPalette) -> tuple[QColor, QColor]:
    """A wall tile's background and text in ``palette``."""
    background = TILE_LEVELS[is_dark(palette)].background(level)
    return background, text_on(background)


def cell_colours(level: int) -> tuple[QColor, QColor] | None:
    """A flagged table cell's background and text in the application's
    palette now; None for a figure that is fine (the table's own colours)."""
    if level <= 0:
        return None
    return _cell_colours(level, is_dark(QGuiApplication.palette()))


@cache  # asked for every flagged cell at every repaint
def _cell_colours(level: int, dark: bool) -> tuple[QColor, QColor]:
    background = CELL_LEVELS[dark].background(level)
    return background, text_on(background)
