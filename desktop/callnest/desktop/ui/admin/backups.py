"""The Backups tab: the daily schedule (when, where, how many), Back up
now with its progress, and the backups kept, newest first."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.health import last_run_text, size_text, when
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor, counted_suffix
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest

POLL_MS = 1000  # while a backup runs


def reason_text(reason: str) -> str:
    """Why a backup was taken, in words: the server says ``daily`` or ``by hand``."""
    if reason in ("", "daily"):
        return translate("ui.admin.backups", "daily", "why a backup was taken: the schedule")
    if reason == "by hand":
        return translate("ui.admin.backups", "by hand", "why a backup was taken: Back up now")
    return reason


class BackupsTab(AdminEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.status_now: rest.Backups | None = None
        self.loaded_once = False
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.reload)
        self._build()

    def _build(self) -> None:
        every_day = translate("ui.admin.backups", "Back up every day")
        at = translate("ui.admin.backups", "At", "a form's label: the time of day backups run")
        folder = translate("ui.admin.backups", "Folder", "a form's label")
        self.enabled = QCheckBox(every_day)
        self.daily_at = QTimeEdit()
        self.daily_at.setDisplayFormat("HH:mm")
        self.daily_at.setToolTip(
            translate("ui.admin.backups", "The server's local time; pick a quiet hour")
        )
        self.folder = QLineEdit()
        self.folder.setToolTip(
            translate("ui.admin.backups", "A folder on the server's machine: best on another disk")
        )
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        counted_suffix(
            self.keep,
            lambda n: translate(
                "ui.admin.backups", " backup(s)", "a suffix after a number: how many kept", n
            ),
        )
        self.fields = {
            "enabled": (every_day, self.enabled),
            "daily_at": (at, self.daily_at),
            "folder": (folder, self.folder),
            "keep": (
                translate("ui.admin.backups", "Keep", "a field: how many backups are kept"),
                self.keep,
            ),
        }
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(at, self.daily_at)
        form.addRow(folder, self.folder)
        form.addRow(
            translate("ui.admin.backups", "Keep the newest", "a form's label: how many backups"),
            self.keep,
        )
        self.save_button = QPushButton(translate("ui.admin.backups", "Save", "a button"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        schedule = QGroupBox(translate("ui.admin.backups", "Schedule", "when backups are taken"))
        column = QVBoxLayout(schedule)
        column.addLayout(form)
        column.addWidget(self.save_button)

        self.now_button = QPushButton(translate("ui.admin.backups", "Back up now", "a button"))
        self.now_button.clicked.connect(self.back_up_now)
        self.last = plain_label()
        now_row = QHBoxLayout()
        now_row.addWidget(self.now_button)
        now_row.addWidget(self.last, 1)

        self.generations = QTableWidget(0, 4)
        self.generations.setAccessibleName(translate("ui.admin.window", "Backups", "a tab"))
        self.generations.setHorizontalHeaderLabels(
            [
                translate("ui.admin.backups", "Taken", "a column: when a backup was taken"),
                translate("ui.admin.backups", "Why", "a column: why a backup was taken"),
                translate("ui.admin.backups", "Size", "a column"),
                translate("ui.admin.backups", "Recordings", "a column: how many recordings"),
            ]
        )
        self.generations.horizontalHeader().setStretchLastSection(True)
        self.generations.verticalHeader().hide()
        self.generations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        hint = plain_label()
        hint.setObjectName("hint")
        hint.setText(
            translate(
                "ui.admin.backups",
                "A backup on another disk or a network share outlives this machine's disk. To "
                "bring one back on a new machine: callnest-server restore --from FOLDER "
                "--data-dir NEW",
                "the command is typed as it is: leave callnest-server restore --from "
                "--data-dir in English (FOLDER and NEW may be translated)",
            )
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(schedule)
        layout.addLayout(now_row)
        layout.addWidget(self.generations, 1)
        layout.addWidget(hint)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded_once or self.poll.isActive():
            self.loaded_once = True
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        # A backup's progress is asked only while someone looks: shown again,
        # the tab asks at once.
        self.poll.stop()
        super().hideEvent(event)

    def reload(self) -> None:
        self.call(self.client.backups, self._loaded)

    def _loaded(self, backups: rest.Backups) -> None:
        first = self.status_now is None
        self.status_now = backups
        if first:
            self._show_schedule(backups)
        running = backups.last is not None and backups.last.finished_at is None
        self.now_button.setEnabled(not running)
        self.last.setText(last_run_text(backups.last))
        self.last.setObjectName("error" if backups.last and backups.last.ok is False else "")
        self.last.style().unpolish(self.last)  # the style of its new name
        self.last.style().polish(self.last)
        if running and self.isVisible():
            self.poll.start()
        else:
            self.poll.stop()
        self.generations.setRowCount(len(backups.generations))
        for row, generation in enumerate(backups.generations):
            cells = (
                when(generation.created_at),
                reason_text(generation.reason),
                size_text(generation.bytes),
                QLocale().toString(generation.recordings),
            )
            for column, text in enumerate(cells):
                self.generations.setItem(row, column, QTableWidgetItem(text))
        self.generations.resizeColumnsToContents()

    def _show_schedule(self, backups: rest.Backups) -> None:
        schedule = backups.schedule
        self.enabled.setChecked(schedule.enabled)
        self.daily_at.setTime(QTime.fromString(schedule.daily_at, "HH:mm"))
        self.folder.setText(schedule.folder or "")
        self.folder.setPlaceholderText(backups.folder)
        self.keep.setValue(schedule.keep)

    def save(self) -> None:
        values = {
            "enabled": self.enabled.isChecked(),
            "daily_at": self.daily_at.time().toString("HH:mm"),
            "folder": self.folder.text().strip() or None,
            "keep": self.keep.value(),
        }
        self.call(
            lambda: self.client.set_backup_schedule(rest.BackupSchedule.model_validate(values)),
            self._saved,
        )

    def _saved(self, backups: rest.Backups) -> None:
        self.status_now = None  # show the schedule as the server now has it
        self._loaded(backups)
        self.report(
            translate(
                "ui.admin.backups", "Backup schedule saved: into {folder}.", "{folder}: a path"
            ).format(folder=backups.folder)
        )

    def back_up_now(self) -> None:
        self.now_button.setEnabled(False)
        self.call(self.client.back_up_now, lambda _: self.reload(), lambda: self.reload())
