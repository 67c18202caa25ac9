"""The wallboard for a wall: full screen, a row of big figures per queue that
a team reads from across the room -- waiting now, the longest wait, agents
free and busy, today's service level, answered and abandoned -- each tile
coloured by its queue's thresholds in the palette's colours. Esc leaves.

It shows the wallboard's own model, so it costs no subscription of its own
and stays live while the wallboard window behind it is open."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from callnest import protocol as p
from callnest.desktop.i18n import translate
from callnest.desktop.models.format import duration
from callnest.desktop.models.wallboard import (
    ABANDON_RATE,
    SERVICE_LEVEL,
    Names,
    WallboardModel,
    abandon_rate,
    level_above,
    level_below,
    percent,
    whole_number,
)
from callnest.desktop.ui.style import NO_LEVEL, tile_colours

# Figures take about half a tile's height, a caption a tenth, narrowed to the
# tile's width. Never below what a desk screen reads (12 px).
VALUE_SHARE, CAPTION_SHARE, SMALLEST_PX = 0.5, 0.09, 12


@dataclass(frozen=True, slots=True)
class Figure:
    """One tile: what it is, its value, and its level (NO_LEVEL, 0 fine, 1, 2)."""

    caption: str
    value: str
    level: int


def _waiting_level(q: p.QueueStats) -> int:
    # The queue defines no limit on how many may wait: what matters is
    # whether anyone can take them. Waiting with nobody free: watch; waiting
    # with nobody there at all: act.
    if not q.waiting:
        return 0
    staffed = q.agents_available + q.agents_busy + q.agents_wrap_up
    return 2 if staffed == 0 else 1 if q.agents_available == 0 else 0


def queue_figures(q: p.QueueStats, names: Names) -> tuple[Figure, ...]:
    """A queue's tiles, in the language installed now."""
    rate = abandon_rate(q)
    return (
        Figure(
            translate("ui.wall_view", "Waiting now"), whole_number(q.waiting), _waiting_level(q)
        ),
        Figure(
            translate("ui.wall_view", "Longest wait"),
            duration(q.longest_wait_s) if q.waiting else "—",
            names.wait_level(q),
        ),
        Figure(
            translate("ui.wall_view", "Agents free / busy"),
            translate("ui.wall_view", "{free} / {busy}", "agents free / agents busy").format(
                free=whole_number(q.agents_available), busy=whole_number(q.agents_busy)
            ),
            1 if _waiting_level(q) else 0,  # callers wait and no one is free
        ),
        Figure(
            translate("ui.wall_view", "Service level in {seconds} s").format(
                seconds=QLocale().toString(q.service_level_threshold_s, "f", 0)
            ),
            percent(q.service_level),
            NO_LEVEL if q.service_level is None else level_below(q.service_level, SERVICE_LEVEL),
        ),
        Figure(
            translate("ui.wall_view", "Answered / abandoned"),
            translate("ui.wall_view", "{answered} / {abandoned}").format(
                answered=whole_number(q.answered), abandoned=whole_number(q.abandoned)
            ),
            NO_LEVEL if rate is None else level_above(rate, ABANDON_RATE),
        ),
    )


class Tile(QFrame):
    """A figure in a coloured box; its type grows and shrinks with the box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.caption = QLabel()
        self.value = QLabel()
        for label in (self.caption, self.value):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The type follows the tile, never the other way round; the caption
        # keeps the height of its line.
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        bold = self.value.font()
        bold.setWeight(QFont.Weight.Bold)
        self.value.setFont(bold)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value, 1)
        self.figure: Figure | None = None
        self.colours: tuple[str, str] = ("", "")

    def show_figure(self, figure: Figure) -> None:
        if figure == self.figure:
            return  # most updates change another queue: nothing to lay out again
        resize = self.figure is None or len(figure.value) != len(self.figure.value)
        self.figure = figure
        self.caption.setText(figure.caption)
        self.value.setText(figure.value)
        self.paint()
        if resize:  # a figure one digit longer may no longer fit
            self._fit()

    def paint(self) -> None:
        """Colours for the figure's level in the application's palette now."""
        if self.figure is None:
            return
        background, text = tile_colours(self.figure.level, QGuiApplication.palette())
        if (background.name(), text.name()) == self.colours:
            return
        self.colours = (background.name(), text.name())
        # A style sheet, not a palette: under the app's style sheet a
        # palette set here does not reach the labels.
        self.setStyleSheet(
            f"QFrame#tile {{ background: {self.colours[0]}; }}"
            f" QFrame#tile QLabel {{ color: {self.colours[1]}; background: transparent; }}"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt names it
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The largest type that fits the tile's height and width."""
        height, room = self.height(), self.width() * 0.9
        for label, share in ((self.value, VALUE_SHARE), (self.caption, CAPTION_SHARE)):
            font = label.font()
            wanted = max(SMALLEST_PX, int(height * share))
            font.setPixelSize(wanted)
            advance = QFontMetrics(font).horizontalAdvance(label.text() or "0")
            if advance > room:
                font.setPixelSize(max(SMALLEST_PX, int(wanted * room / advance)))
            if label.font().pixelSize() != font.pixelSize():
                label.setFont(font)


class WallView(QWidget):
    """Big figures per queue, full screen; Esc (or F11) leaves."""

    def __init__(self, model: WallboardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWindowTitle(translate("ui.wall_view", "Callnest — wall view"))
        self.hint = QLabel(translate("ui.wall_view", "Esc leaves the wall view"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.empty = QLabel(translate("ui.wall_view", "Waiting for the first figures…"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid, 1)
        self.names: list[QLabel] = []
        self.tiles: list[list[Tile]] = []
        self._queue_ids: list[int] = []
        queues = model.queues
        queues.modelReset.connect(self.refresh)
        queues.rowsInserted.connect(self.refresh)
        queues.rowsRemoved.connect(self.refresh)
        queues.dataChanged.connect(self.refresh)
        model.names_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """New figures into the tiles; rows are laid out anew only when the
        queues themselves change."""
        table = self.model.queues
        shown = [q for q in (table.at(r) for r in range(table.rowCount())) if q is not None]
        if [q.queue_id for q in shown] != self._queue_ids:
            self._lay_out(len(shown))
            self._queue_ids = [q.queue_id for q in shown]
        names = self.model.names
        for q, name, tiles in zip(shown, self.names, self.tiles, strict=True):
            name.setText(names.queue(q))
            for tile, figure in zip(tiles, queue_figures(q, names), strict=True):
                tile.show_figure(figure)
        self.empty.setVisible(not shown)

    def _lay_out(self, count: int) -> None:
        for widget in [*self.names, *(t for row in self.tiles for t in row)]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.names, self.tiles = [], []
        for row in range(count):
            name = QLabel()
            name.setObjectName("wallQueue")
            name.setWordWrap(True)
            tiles = [Tile(self) for _ in range(5)]
            self.grid.addWidget(name, row, 0)
            for column, tile in enumerate(tiles, start=1):
                self.grid.addWidget(tile, row, column)
                self.grid.setColumnStretch(column, 1)
            self.grid.setRowStretch(row, 1)
            self.names.append(name)
            self.tiles.append(tiles)
        self._fit_names()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt names it
        super().resizeEvent(event)
        self._fit_names()

    def _fit_names(self) -> None:
        rows = max(1, len(self.names))
        px = max(SMALLEST_PX, int(min(self.height() / rows * 0.2, self.width() / 40)))
        for name in self.names:
            font = name.font()
            font.setPixelSize(px)
            font.setWeight(QFont.Weight.DemiBold)
            name.setFont(font)

    def changeEvent(self, event: QEvent) -> None:  # Qt names it
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for tile in (t for row in self.tiles for t in row):
                tile.paint()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt names it
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        super().keyPressEvent(event)
