"""The lines of a list that were not numbers to call, each with its line,
what it said and why: under the result of adding people to a campaign, and
of importing a do-not-call file. Hidden while there are none."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from callnest.desktop.models.campaign_lists import RefusedLine, refused_columns
from callnest.desktop.models.wallboard import StatsTable

MAX_HEIGHT = 170  # about six lines: the result above them stays in sight


class RefusedLines(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Rows are only ever replaced as a whole: identity keys them well enough.
        self.rows = StatsTable[RefusedLine](refused_columns(), key=id, parent=self)
        self.setModel(self.rows)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMaximumHeight(MAX_HEIGHT)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the why takes the room left
        self.hide()

    def show_lines(self, lines: Iterable[RefusedLine]) -> None:
        """Shows ``lines`` in their list's order; hides the table when there are none."""
        self.rows.replace(sorted(lines, key=lambda r: r.line))
        self.setVisible(self.rows.rowCount() > 0)

    def texts(self) -> list[tuple[int, str, str]]:
        """The lines shown, as (line, number, why)."""
        return [
            (r.line, r.number, r.why) for i in range(self.rows.rowCount()) if (r := self.rows.at(i))
        ]
