"""The wall view: big figures per queue, coloured by the queue's thresholds
in the palette's colours, type that grows with the screen, live as updates
come, and Esc to leave."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.models.wallboard import Names, QueueFacts, WallboardModel
from callnest.desktop.ui.style import NO_LEVEL, contrast_ratio
from callnest.desktop.ui.wall_view import Tile, WallView, queue_figures
from callnest.protocol import rest
from desktop import samples as s
from desktop.a11y_walk import drawn_contrast
from desktop.test_ui_wallboard import NOW, dark, queue

__all__ = ["dark"]  # the wallboard tests' dark-palette fixture, used here

CAPTIONS = [
    "Waiting now",
    "Longest wait",
    "Agents free / busy",
    "Service level in 20 s",
    "Answered / abandoned",
]


def figures(q: p.QueueStats, names: Names | None = None) -> list[tuple[str, int]]:
    return [(f.value, f.level) for f in queue_figures(q, names or Names())]


def test_a_calm_queue_is_all_green() -> None:
    calm = queue(waiting=1, longest_wait_s=8.0, service_level=0.92, abandoned=1)
    assert [f.caption for f in queue_figures(calm, Names())] == CAPTIONS
    assert figures(calm) == [("1", 0), ("0:08", 0), ("1 / 3", 0), ("92%", 0), ("36 / 1", 0)]


def test_tiles_turn_by_the_queues_own_thresholds() -> None:
    # Waiting past the 20 s service-level threshold: the caller now counts
    # against the target (amber); with the queue's max wait of 2 minutes,
    # red at three quarters of it.
    names = Names(queues={3: QueueFacts("Customer support", max_wait_s=120.0)})
    assert figures(queue(waiting=2, longest_wait_s=25.0), names)[1] == ("0:25", 1)
    assert figures(queue(waiting=2, longest_wait_s=95.0), names)[1] == ("1:35", 2)
    # No max wait: red at the fixed 90 s.
    assert figures(queue(waiting=2, longest_wait_s=95.0))[1] == ("1:35", 2)
    assert figures(queue(waiting=2, longest_wait_s=85.0))[1] == ("1:25", 1)
    # Service level below the 80 % target: amber; below 60 %: red.
    assert figures(queue(service_level=0.7))[3] == ("70%", 1)
    assert figures(queue(service_level=0.5))[3] == ("50%", 2)
    # Abandoned: 10 % of those offered is red.
    assert figures(queue(abandoned=4, offered=40))[4] == ("36 / 4", 2)


def test_callers_waiting_with_nobody_free_or_nobody_there() -> None:
    nobody_free = queue(waiting=3, agents_available=0, agents_busy=2)
    assert figures(nobody_free)[0] == ("3", 1)
    assert figures(nobody_free)[2] == ("0 / 2", 1)
    nobody_there = queue(waiting=3, agents_available=0, agents_busy=0, agents_wrap_up=0)
    assert figures(nobody_there)[0] == ("3", 2)


def test_a_quiet_morning_judges_nothing_it_cannot() -> None:
    morning = queue(waiting=0, offered=0, answered=0, abandoned=0, service_level=None)
    assert figures(morning) == [
        ("0", 0),
        ("—", 0),
        ("1 / 3", 0),
        ("—", NO_LEVEL),
        ("0 / 0", NO_LEVEL),
    ]


def wall_of(qtbot: QtBot, *queues: p.QueueStats) -> tuple[WallboardModel, WallView]:
    model = WallboardModel(clock=lambda: NOW)
    model.apply(p.StatsSnapshot(at=NOW, queues=queues))
    wall = WallView(model)
    qtbot.addWidget(wall)
    wall.resize(1280, 720)
    wall.show()
    qtbot.waitExposed(wall)
    return model, wall


def tile_texts(wall: WallView) -> list[list[str]]:
    return [[t.value.text() for t in row] for row in wall.tiles]


BUSY = (
    queue(3, name="support", waiting=4, longest_wait_s=130.0, service_level=0.55, abandoned=6),
    queue(4, name="sales", waiting=0, service_level=0.91, abandoned=1, answered=50, offered=51),
)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_wall_shows_every_queue_in_big_readable_figures(
    qtbot: QtBot, artifacts: Path, request: pytest.FixtureRequest, theme: str
) -> None:
    if theme == "dark":
        request.getfixturevalue("dark")
    model, wall = wall_of(qtbot, *BUSY)
    model.set_queues([])  # no names known: the statistics' own
    assert [n.text() for n in wall.names] == ["support", "sales"]
    assert tile_texts(wall) == [
        ["4", "2:10", "1 / 3", "55%", "36 / 6"],
        ["0", "—", "1 / 3", "91%", "50 / 1"],
    ]
    QApplication.processEvents()
    for tile in (t for row in wall.tiles for t in row):
        background, text = (QColor(c) for c in tile.colours)
        assert contrast_ratio(text, background) >= 4.5, tile.value.text()
        # The painted tile is the colour its level says, and so are its words.
        shot = tile.grab().toImage()
        assert shot.pixelColor(3, 3).name() == background.name()
        drawn = drawn_contrast(shot.copy(tile.value.geometry()))
        assert drawn is not None and drawn[0] >= 4.5, (tile.value.text(), drawn)
        assert tile.value.font().pixelSize() >= 40  # read from across a room (30 pt)
        # Nothing cut off: the figure and its caption fit their tile.
        for label in (tile.value, tile.caption):
            assert label.fontMetrics().horizontalAdvance(label.text()) <= tile.width()
            assert label.height() >= label.fontMetrics().height(), label.text()
    red, green = wall.tiles[0][1], wall.tiles[1][1]
    assert QColor(red.colours[0]).red() > 150  # a wait past limits
    assert QColor(green.colours[0]).green() > 70
    wall.grab().save(str(artifacts / f"wall-view-{theme}.png"))


def test_the_type_grows_with_the_screen(qtbot: QtBot) -> None:
    _, wall = wall_of(qtbot, BUSY[0])
    tile = wall.tiles[0][0]
    small = tile.value.font().pixelSize()
    wall.resize(1920, 1080)
    qtbot.waitUntil(lambda: tile.value.font().pixelSize() > small)
    wall.resize(640, 360)
    qtbot.waitUntil(lambda: tile.value.font().pixelSize() < small)


def test_updates_change_the_figures_in_the_same_tiles(qtbot: QtBot) -> None:
    model, wall = wall_of(qtbot, *BUSY)
    model.set_queues([])
    before = [t for row in wall.tiles for t in row]
    model.apply(p.StatsUpdate(at=NOW + 1, queues=(queue(4, name="sales", waiting=7),)))
    assert tile_texts(wall)[1][0] == "7"
    assert [t for row in wall.tiles for t in row] == before  # not rebuilt
    assert all(isinstance(t, Tile) for t in before)
    model.apply(p.StatsUpdate(at=NOW + 2, queues=(queue(5, name="billing"),)))
    assert [n.text() for n in wall.names] == ["support", "sales", "billing"]  # a new queue: a row


def test_queue_names_are_the_ones_people_gave_them(qtbot: QtBot) -> None:
    model, wall = wall_of(qtbot, BUSY[0])
    assert wall.names[0].text() == "support"

    model.set_queues([rest.Queue.model_validate(s.queue_row(3, "support", "Customer support"))])
    assert wall.names[0].text() == "Customer support"


def test_esc_leaves_the_wall(qtbot: QtBot) -> None:
    _, wall = wall_of(qtbot, BUSY[0])
    wall.activateWindow()
    QTest.keyClick(wall, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wall.isVisible())
