"""CSV cells a spreadsheet opens as text: formulas neutralised, plain
numbers kept, and the customer import restoring what an export wrote."""

from __future__ import annotations

import pytest

from callnest.protocol.spreadsheet import neutralised, restored


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://x.example","click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1"],
)
def test_a_formula_is_written_as_text_and_read_back(cell: str) -> None:
    assert neutralised(cell) == "'" + cell
    assert restored(neutralised(cell)) == cell


@pytest.mark.parametrize("cell", ["Ann", "", "-3.5", "+38612345678", "42", "it's", "'quoted'"])
def test_everything_else_is_left_as_it_is(cell: str) -> None:
    assert neutralised(cell) == cell
    assert restored(cell) == cell
