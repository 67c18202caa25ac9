"""The owner's alarm banner: every alarm the server has raised, in words,
with what to do and a way to the Health tab."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from callnest import protocol as p
from callnest.desktop.i18n import translate
from callnest.desktop.models.health import alarm_text
from callnest.desktop.ui.customer import plain_label


class AlarmBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callProblem")
        self.text = plain_label()  # the server's words: never markup
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.setAccessibleName(
            translate("ui.alarms", "Server alarms", "a screen reader's name for the banner")
        )
        self.details = QPushButton(
            translate("ui.alarms", "Health…", "a button: opens the admin window's Health tab")
        )
        self.details.setToolTip(
            translate("ui.alarms", "The doctor's report, alarms and backups (admin window)")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.details)
        self.hide()

    def show_alarms(self, alarms: tuple[p.AlarmNotice, ...], with_details: bool) -> None:
        self.text.setText(alarm_text(alarms))
        self.details.setVisible(with_details)
        self.setVisible(bool(alarms))
