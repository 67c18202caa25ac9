"""The WCAG 2.x contrast maths the wallboard's colours are chosen by, against
figures published for it, and the colours themselves held to AA."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from callnest.desktop.ui.style import (
    AA_TEXT,
    CELL_LEVELS,
    MONITOR_BLUE,
    TILE_LEVELS,
    contrast_ratio,
    relative_luminance,
    text_on,
)


@pytest.mark.parametrize(
    ("fg", "bg", "ratio"),
    [
        ("#000000", "#ffffff", 21.0),  # the largest there is
        ("#ffffff", "#ffffff", 1.0),  # none
        ("#767676", "#ffffff", 4.54),  # the lightest grey that passes AA on white
        ("#777777", "#ffffff", 4.48),  # ... and the one just past it, which fails
        ("#0000ff", "#ffffff", 8.59),
        ("#ff0000", "#ffffff", 4.0),
        ("#008000", "#ffffff", 5.14),
    ],
)
def test_contrast_ratio_matches_wcag_figures(fg: str, bg: str, ratio: float) -> None:
    assert contrast_ratio(fg, bg) == pytest.approx(ratio, abs=0.01)
    assert contrast_ratio(bg, fg) == pytest.approx(ratio, abs=0.01)  # either way round


def test_relative_luminance_runs_from_black_to_white() -> None:
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance(QColor("#ffffff")) == pytest.approx(1.0)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)


def test_text_on_a_colour_is_whichever_of_dark_and_white_reads_better() -> None:
    assert text_on("#fff3cd").name() == "#1f1f1f"  # pale amber: dark text
    assert text_on("#5c1a1a").name() == "#ffffff"  # deep red: white text
    assert text_on("#ef8f00").name() == "#1f1f1f"  # amber: white would read 2.3:1


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("level", [-1, 0, 1, 2])
def test_every_flag_colour_reads_at_least_4_5_to_1_with_its_text(dark: bool, level: int) -> None:
    for levels in (CELL_LEVELS[dark], TILE_LEVELS[dark]):
        background = levels.background(level)
        assert contrast_ratio(text_on(background), background) >= AA_TEXT, background.name()


def test_the_monitoring_bar_reads_white_on_blue() -> None:
    assert contrast_ratio("#ffffff", MONITOR_BLUE) >= AA_TEXT
