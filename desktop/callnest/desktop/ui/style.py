"""The look shared by the windows: one style sheet, the coloured status
dot used for the connection indicator and the tray icon, and colours that
flag a figure, readable in a light or a dark palette (WCAG contrast)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

GREEN, AMBER, RED, GREY = "#2e7d32", "#ef8f00", "#c62828", "#78909c"
MONITOR_BLUE = "#1565c0"  # a supervisor in a call: white on it is 5.7:1 (WCAG AA)


@dataclass(frozen=True, slots=True)
class Tones:
    """The style sheet's own colours in one palette, each reading at WCAG AA
    (4.5:1) on what it is drawn on: the window, a chat bubble, a chip."""

    muted: str  # hints, page titles, a message's sender and time
    positive: str  # green words: ringing, confirmed
    negative: str  # red words: errors, a message not sent
    transcript: str  # behind a chat's bubbles
    customer_bubble: str
    agent_bubble: str
    bubble_text: str
    offer_bar: str  # a chat offered beside the work in hand
    offer_border: str
    disabled: str  # a button that cannot be pressed now, and its words
    disabled_text: str


TONES = {
    False: Tones(
        muted="#57636b",
        positive="#1b5e20",
        negative=RED,
        transcript="#ffffff",
        customer_bubble="#eef1f3",
        agent_bubble="#dcebfa",
        bubble_text="#1d2327",
        offer_bar="#e8f5e9",
        offer_border="#a5d6a7",
        disabled="#cfd8dc",
        disabled_text="#7b868c",
    ),
    True: Tones(
        muted="#b0bac0",
        positive="#81c784",
        negative="#ef9a9a",
        transcript="#2a2a2a",
        customer_bubble="#3a4248",
        agent_bubble="#1f3a56",
        bubble_text="#f0f0f0",
        offer_bar="#1e3a22",
        offer_border="#2e7d32",
        disabled="#3a4044",
        disabled_text="#8d979d",
    ),
}
# A selected row: Qt's and GNOME's own blues carry white text at 3.7-4:1.
SELECTION_BLUE = MONITOR_BLUE


def style_sheet(dark: bool) -> str:
    """The app's one style sheet, in a light or a dark palette's tones."""
    t = TONES[dark]
    return f"""
QLabel#title {{ font-size: 22px; font-weight: 600; }}
QLabel#hint {{ color: {t.muted}; }}
QLabel#error {{ color: {t.negative}; }}
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
QLabel#pageTitle {{ font-size: 13px; color: {t.muted}; font-weight: 600; }}
QLabel#ringTitle {{ font-size: 14px; color: {t.positive}; font-weight: 700; }}
QLabel#caller {{ font-size: 22px; font-weight: 600; }}
QLabel#clock {{ font-size: 22px; font-family: monospace; }}
QLabel#idle {{ font-size: 20px; color: {t.muted}; }}
QLabel#chip {{
    background: {AMBER}; color: {DARK_TEXT.name()}; border-radius: 9px; padding: 2px 10px;
    font-weight: 600;
}}
QLabel#customerName {{ font-size: 15px; font-weight: 600; }}
QLabel#confirmation {{ color: {t.positive}; font-weight: 600; }}
QPushButton {{ padding: 6px 14px; }}
/* With a border Qt paints the colour flat; with a background alone the
   native style shades it lighter, and white on it read 2.9-3.7:1. */
QPushButton#answer, QPushButton#hangup, QPushButton#call {{
    color: white; font-weight: 600; border-radius: 4px; padding: 8px 22px;
}}
QPushButton#answer, QPushButton#call {{ background: {GREEN}; border: 1px solid #1b5e20; }}
QPushButton#hangup {{ background: {RED}; border: 1px solid #8e0000; }}
QPushButton#answer:hover, QPushButton#call:hover {{ background: #1b5e20; }}
QPushButton#hangup:hover {{ background: #a31515; }}
QPushButton#call {{ padding: 6px 18px; }}
QPushButton#decline {{ padding: 8px 18px; }}
QPushButton#rowCall {{ padding: 1px 10px; }}
QPushButton:disabled {{ background: {t.disabled}; color: {t.disabled_text}; }}
QPushButton#call:disabled {{ background: {t.disabled}; color: {t.disabled_text}; }}
QAbstractItemView {{ selection-background-color: {SELECTION_BLUE}; selection-color: white; }}
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
QWidget#transcript {{ background: {t.transcript}; }}
QFrame#bubble {{ background: {t.customer_bubble}; border-radius: 10px; }}
QFrame#bubble[tone="agent"] {{ background: {t.agent_bubble}; }}
QFrame#bubble[tone="failed"] {{ background: #fdecea; border: 1px solid #f5c2c0; }}
QFrame#bubble[tone="system"] {{ background: transparent; }}
QFrame#bubble[tone="failed"] QLabel#chatText {{ color: #1d2327; }}
QFrame#bubble[tone="failed"] QLabel#chatMeta {{ color: #5a4040; }}
QLabel#chatName {{ font-size: 18px; font-weight: 600; }}
QLabel#chatMeta {{ color: {t.muted}; font-size: 11px; }}
QLabel#chatText {{ color: {t.bubble_text}; }}
QLabel#chatSystem {{ color: {t.muted}; font-style: italic; }}
QLabel#chatTyping {{ color: {t.muted}; font-style: italic; }}
QLabel#chatProblem {{ color: #8a1c1c; font-size: 11px; }}
QFrame#offerBar {{
    background: {t.offer_bar}; border: 1px solid {t.offer_border}; border-radius: 4px;
}}
"""


class FollowThePalette(QObject):
    """Puts the style sheet in the application's tones again whenever its
    palette changes (the desktop switched between light and dark)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is self.parent():
            _restyle(cast(QApplication, watched))
        return False


def follow_the_palette(app: QApplication) -> None:
    """Styles ``app`` for its palette now and on every change (once)."""
    if app.findChild(FollowThePalette) is None:
        app.installEventFilter(FollowThePalette(app))
    _restyle(app)


def _restyle(app: QApplication) -> None:
    sheet = style_sheet(is_dark(app.palette()))
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


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
    """A hint's grey that still reads 4.5:1 on the palette's window."""
    return QColor(TONES[is_dark(palette)].muted)


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
