"""Every label in the app shows its text as written, never as HTML.

Qt's labels (and the message boxes built on them) guess: text with
something like a tag in its first line is rendered as rich text. Names,
notes and reasons come from data anyone can type -- a caller's name
``<b>Bold</b> & Sons`` rendered bold in a confirmation dialog, an ``<img>``
could fetch a file. The app's text has no markup of its own, so one filter
makes every label plain as it is polished (before it is first shown),
wherever it was created.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel

_POLISH = QEvent.Type.Polish


class PlainTextLabels(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _POLISH and isinstance(watched, QLabel):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def make_labels_plain(app: QApplication) -> None:
    """Installs the filter on ``app`` (once)."""
    if app.findChild(PlainTextLabels) is None:
        app.installEventFilter(PlainTextLabels(app))
