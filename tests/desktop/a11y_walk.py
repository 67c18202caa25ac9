"""What a window offers a screen reader and a weak eye: the accessibility
check's eyes (tests/desktop/test_a11y.py).

``unnamed``: a control a person can operate (a button, a field, a list) whose
accessible name is empty, so a screen reader says only "button" or "edit".
The name is asked of Qt's accessibility layer, as a screen reader asks it: a
button's text, a form label's buddy or an ``accessibleName`` all count; a
tooltip does not.

``low_contrast``: text whose colour, as drawn, stands out from its
background by less than WCAG 2.x's AA ratio (4.5:1; 3:1 for large text, 18 pt
or 14 pt bold). The colours are read from the rendered pixels, not from
palettes or style sheets, so whatever decides them (a palette, a style sheet,
a delegate painting a wallboard cell) is measured as the user sees it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from callnest.desktop.ui.style import AA_LARGE_TEXT, AA_TEXT, contrast_ratio

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QAbstractItemView,
)
# Pixels the darkest (most contrasting) part of a glyph covers at least: a
# short word at the app's smallest size has as few as three.
MIN_TEXT_PIXELS = 3
CELLS_LOOKED_AT = 40
# A button's or field's frame, left out when finding its background.
FRAME_PX = 3


@dataclass(frozen=True, slots=True)
class Finding:
    window: str
    where: str
    detail: str


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''}"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _active(widget: QWidget, window: QWidget) -> bool:
    """Shown and enabled: WCAG asks no contrast of an inactive control's text."""
    return _shown(widget, window) and widget.isEnabled()


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return "" if face is None else face.text(QAccessible.Text.Name).strip()


def unnamed(window: QWidget, label: str) -> Iterator[Finding]:
    """The visible controls a screen reader cannot name."""
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not _shown(widget, window):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox) or isinstance(
            widget, QHeaderView | QScrollBar
        ):
            # A spin box's or combo's own line edit, a table's header, a
            # scroll area's bar: parts of a control, named with it.
            continue
        if not accessible_name(widget):
            yield Finding(label, _name(widget), _hint(widget))


def _hint(widget: QWidget) -> str:
    """What the control shows, to find it by."""
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.placeholderText() or widget.text()
    return widget.toolTip()


# ------------------------------------------------------------------ contrast


def drawn_contrast(image: QImage) -> tuple[float, QColor, QColor] | None:
    """The contrast between the background of ``image`` and the colour that
    stands out most from it among those drawn often enough to be text; None
    when nothing is drawn on it.

    The background is the most common colour once near shades are taken
    together (a button's face is a gradient of many), read inside the
    widget's frame (a button's border is one colour, and long)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    if width == 0 or height == 0:
        return None
    rows = np.frombuffer(image.constBits(), np.uint32, height * image.bytesPerLine() // 4)
    pixels = rows.reshape(height, -1)[:, :width]
    if width > 4 * FRAME_PX and height > 4 * FRAME_PX:
        pixels = pixels[FRAME_PX:-FRAME_PX, FRAME_PX:-FRAME_PX]
    pixels = pixels.ravel()
    shades = (pixels >> 3) & 0x1F1F1F  # 5 bits a channel: near shades together
    values, tally = np.unique(shades, return_counts=True)
    common = pixels[shades == values[np.argmax(tally)]]
    background = QColor(*(int(np.median((common >> shift) & 0xFF)) for shift in (16, 8, 0)))
    colours, counts = np.unique(pixels, return_counts=True)
    if len(colours) < 2:
        return None
    # The text's colour: the one standing out most from the background once
    # at least MIN_TEXT_PIXELS pixels stand out that much (so a stray pixel
    # decides nothing, and a short anti-aliased word still counts).
    standing_out = sorted(
        (
            (contrast_ratio(QColor.fromRgb(rgb), background), rgb, count)
            for rgb, count in zip(colours.tolist(), counts.tolist(), strict=True)
        ),
        reverse=True,
    )
    seen = 0
    best: tuple[float, QColor] | None = None
    for ratio, rgb, count in standing_out:
        seen += count
        if seen >= MIN_TEXT_PIXELS:
            best = (ratio, QColor.fromRgb(rgb))
            break
    if best is None or best[0] <= 1.0:
        return None
    return best[0], best[1], background


def _large(font: QFont) -> bool:
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return points >= 18 or (points >= 14 and font.weight() >= QFont.Weight.Bold)


def _shows_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) and widget.pixmap().isNull()
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    return False


def low_contrast(window: QWidget, label: str) -> Iterator[Finding]:
    """Text drawn too faintly on its background: labels, buttons, tab titles
    and the cells of lists and tables, each read from the window as drawn
    (a label's own rendering would lack the bubble or banner behind it)."""
    shot = window.grab().toImage()
    for widget in window.findChildren(QWidget):
        if not _active(widget, window):
            continue
        if _shows_text(widget):
            area = _seen(widget, window, widget.rect())
            if area is not None:
                yield from _judge(label, _name(widget), shot.copy(area), widget.font())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                area = _seen(widget, window, widget.tabRect(i))
                if area is not None and widget.isTabEnabled(i):
                    where = f"{_name(widget)} tab {widget.tabText(i)!r}"
                    yield from _judge(label, where, shot.copy(area), widget.font())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _cells(widget, window, shot, label)


def _seen(widget: QWidget, window: QWidget, rect: QRect) -> QRect | None:
    """``rect`` of ``widget`` in the window's coordinates, when all of it is in
    sight (not scrolled away or clipped by a parent, wholly or in part)."""
    if not widget.visibleRegion().boundingRect().contains(rect):
        return None
    return QRect(widget.mapTo(window, rect.topLeft()), rect.size())


def _cells(view: QAbstractItemView, window: QWidget, shot: QImage, label: str) -> Iterator[Finding]:
    model = view.model()
    viewport = view.viewport()
    # A list model's column count is private in PySide6: it has one.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for row in range(min(model.rowCount(), CELLS_LOOKED_AT)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if (
                not isinstance(text, str)
                or not text.strip()
                or not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
            ):
                continue
            area = _seen(viewport, window, view.visualRect(index))
            if area is None:
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole) or view.font()
            where = f"{_name(view)} cell {text[:30]!r}"
            yield from _judge(label, where, shot.copy(area), font)


def _judge(label: str, where: str, image: QImage, font: QFont) -> Iterator[Finding]:
    found = drawn_contrast(image)
    if found is None:
        return
    ratio, text, background = found
    needed = AA_LARGE_TEXT if _large(font) else AA_TEXT
    if ratio < needed:
        yield Finding(
            label,
            where,
            f"{ratio:.2f}:1 ({text.name()} on {background.name()}; needs {needed}:1)",
        )
