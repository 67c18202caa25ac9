"""A table written as CSV: what a caller typed never becomes a spreadsheet
formula."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel

from callnest.desktop.ui.admin.table_csv import write_csv


def test_a_callers_formula_is_written_as_text(tmp_path: Path) -> None:
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Caller", "Wait"])
    formula = '=HYPERLINK("http://x.example","call me")'
    model.appendRow([QStandardItem(formula), QStandardItem("-3")])
    model.appendRow([QStandardItem("Ann"), QStandardItem("12")])
    assert write_csv(model, tmp_path / "t.csv") == 2
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows == [
        ["Caller", "Wait"],
        ['\'=HYPERLINK("http://x.example","call me")', "-3"],
        ["Ann", "12"],
    ]
