"""Picking a time zone: every IANA zone this computer knows, found by typing
any part of its name ("york" finds America/New_York), this computer's own
chosen at first."""

from __future__ import annotations

import functools
import zoneinfo

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from callnest.desktop.models.callbacks import zone_name

FALLBACK_ZONE = "UTC"


@functools.cache
def zone_names() -> tuple[str, ...]:
    """Every zone, sorted: read once (the system's tz database is hundreds of files)."""
    return tuple(sorted(zoneinfo.available_timezones()))


def system_time_zone() -> str:
    """This computer's time zone by its IANA name; UTC when it has none known."""
    name = zone_name(QTimeZone.systemTimeZone())
    return name if name in zone_names() else FALLBACK_ZONE


class TimeZoneBox(QComboBox):
    """An editable list of the zones; what is typed may still be no zone at
    all (a form whose server judges it sends it as typed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(zone_names())
        # Qt's default completes from the start of the name only: "Europe/" for "ljubljana".
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentText(system_time_zone())

    def zone(self) -> QTimeZone | None:
        """The zone chosen or typed, if it is one this computer knows."""
        text = self.currentText().strip()
        return QTimeZone(text.encode()) if text in zone_names() else None
