"""Any table the admin window shows, written as CSV exactly as it reads.

Every tab exports through here, so a figure in a spreadsheet is the figure on
screen (same rounding, same headers). UTF-8 with a BOM: Excel otherwise reads
names with accents as Latin-1. A cell a spreadsheet would run as a formula
is written as text (``callnest.protocol.spreadsheet``).
"""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt

from callnest.protocol.spreadsheet import neutralised


def table_rows(model: QAbstractItemModel) -> list[list[str]]:
    """The header row, then each row's displayed text."""
    columns = range(model.columnCount())
    header = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in columns
    ]
    rows = [header]
    for r in range(model.rowCount()):
        rows.append([_text(model.data(model.index(r, c))) for c in columns])
    return rows


def write_csv(model: QAbstractItemModel, path: str | Path) -> int:
    """Writes the model to ``path``; returns the number of data rows."""
    rows = table_rows(model)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([neutralised(cell) for cell in row] for row in rows)
    return len(rows) - 1


def _text(value: object) -> str:
    return "" if value is None else str(value)
