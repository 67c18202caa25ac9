"""The do-not-call list: numbers no campaign calls (or one campaign does not),
why, who listed each and when. The owner adds and removes numbers, imports
a file of them and exports the list; a supervisor reads and exports it.

The server takes one number at a time, so an import sends them a few at
once, the bar showing how far it has got; a line that is not a number is
refused before anything is sent, and listed with its line and why. The
export is the table as it reads, by the admin window's CSV writer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import every
from callnest.desktop.i18n import translate
from callnest.desktop.models.campaign_lists import (
    Tally,
    do_not_call_fields,
    read_numbers_file,
)
from callnest.desktop.models.format import moment
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import (
    AdminEditor,
    confirmed,
    rows_view,
    select_row_with_id,
)
from callnest.desktop.ui.admin.refused_lines import RefusedLines
from callnest.desktop.ui.admin.table_csv import write_csv
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest

WAVE = 10  # numbers sent at once by an import
MAX_FILE_BYTES = 10 * 1024 * 1024
# Translated where shown (``translate("ui.admin.do_not_call", EVERY_CAMPAIGN)``).
EVERY_CAMPAIGN = str(QT_TRANSLATE_NOOP("ui.admin.do_not_call", "Every campaign"))


class DoNotCallPage(AdminEditor):
    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        *,
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.read_only = read_only
        self.campaign_names: dict[int, str] = {}
        self.user_names: dict[int, str] = {}
        self.rows = StatsTable[rest.DoNotCallEntry](
            (
                Column(
                    translate("ui.admin.do_not_call", "Number", "a column: a phone number"),
                    lambda e, _: e.number,
                ),
                Column(
                    translate("ui.admin.do_not_call", "Applies to", "a column: which campaigns"),
                    lambda e, _: self.scope_text(e.campaign_id),
                ),
                Column(
                    translate("ui.admin.do_not_call", "Reason", "a column: why it is listed"),
                    lambda e, _: " ".join(e.reason.split()),
                ),
                Column(
                    translate("ui.admin.do_not_call", "Added by", "a column: who listed it"),
                    lambda e, _: self._added_by(e.added_by),
                ),
                Column(
                    translate("ui.admin.do_not_call", "When", "a column: when it was listed"),
                    lambda e, _: moment(e.added_at),
                ),
            ),
            key=lambda e: e.id,
            parent=self,
        )
        self._build()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.number = QLineEdit()
        self.number.setPlaceholderText("+386 40 111 222")  # an example: no words
        self.scope = QComboBox()
        self.scope.setToolTip(
            translate(
                "ui.admin.do_not_call", "Which campaigns may not call it (an import uses this too)"
            )
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            translate("ui.admin.do_not_call", "e.g. asked on the phone", "an example of a reason")
        )
        self.reason.setToolTip(
            translate(
                "ui.admin.do_not_call", "Why (an import uses this where its file gives no reason)"
            )
        )
        self.add_button = QPushButton(
            translate("ui.admin.do_not_call", "Add", "a button: add the number to the list")
        )
        self.add_button.clicked.connect(self.add)
        self.number.returnPressed.connect(self.add)
        self.fields = {
            "number": (
                translate("ui.admin.do_not_call", "Number", "a field: a phone number"),
                self.number,
            ),
            "campaign_id": (
                translate("ui.admin.do_not_call", "For", "a field: the campaigns it applies to"),
                self.scope,
            ),
            "reason": (
                translate("ui.admin.do_not_call", "Reason", "a field: why it is listed"),
                self.reason,
            ),
        }
        adding = QHBoxLayout()
        for label, widget in self.fields.values():
            adding.addWidget(QLabel(label))
            adding.addWidget(widget, 2 if widget is self.reason else 1)
        adding.addWidget(self.add_button)

        self.count = plain_label(wrap=False)
        self.count.setObjectName("hint")
        self.remove_button = QPushButton(
            translate("ui.admin.do_not_call", "Remove…", "a button: take the number off")
        )
        self.remove_button.clicked.connect(lambda: self.remove())
        self.import_button = QPushButton(
            translate("ui.admin.do_not_call", "Import CSV…", "a button")
        )
        # The columns' names a file is read by stay English: the reader looks for them.
        self.import_button.setToolTip(
            translate(
                "ui.admin.do_not_call",
                "A file of numbers: one a line, or a CSV with a “number” column "
                "(and a “reason” column, if you like)",
                "“number” and “reason” are a file's column names: keep them in English",
            )
        )
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton(
            translate("ui.admin.do_not_call", "Export CSV…", "a button")
        )
        self.export_button.clicked.connect(self._choose_export)
        refresh = QPushButton(translate("ui.admin.do_not_call", "Refresh", "a button"))
        refresh.clicked.connect(self.reload)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.remove_button, self.import_button, self.export_button, refresh):
            actions.addWidget(button)

        self.progress = QProgressBar()
        self.progress.setFormat(
            translate(
                "ui.admin.do_not_call",
                "%v of %m numbers sent",
                "a progress bar: Qt puts the numbers sent for %v and all of them for %m",
            )
        )
        self.progress.hide()
        self.result = plain_label()
        self.result.hide()
        self.refused = RefusedLines()
        self.table = rows_view(self.rows, translate("ui.admin.do_not_call", "Numbers not to call"))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        layout = QVBoxLayout(self)
        if self.read_only:
            note = plain_label(
                translate(
                    "ui.admin.do_not_call",
                    "Only the owner adds numbers to the list or takes them off.",
                )
            )
            note.setObjectName("hint")
            layout.addWidget(note)
        else:
            layout.addLayout(adding)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.refused)
        layout.addWidget(self.table, 1)
        for button in (self.remove_button, self.import_button):
            button.setVisible(not self.read_only)
        self._row_chosen()

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.call(self.client.users, self._users_loaded)
        self.call(self.client.campaigns.list, self._campaigns_loaded)
        self.call(self.client.do_not_call, self._loaded)

    def _users_loaded(self, users: list[rest.User]) -> None:
        self.user_names = {u.id: u.display_name for u in users}
        self.rows.redraw()

    def _campaigns_loaded(self, campaigns: list[rest.Campaign]) -> None:
        self.campaign_names = {c.id: c.name for c in campaigns}
        chosen = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(translate("ui.admin.do_not_call", EVERY_CAMPAIGN), None)
        for campaign in sorted(campaigns, key=lambda c: c.name.lower()):
            self.scope.addItem(_only(campaign.name), campaign.id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        self.rows.redraw()

    def _loaded(self, entries: list[rest.DoNotCallEntry]) -> None:
        chosen = self.chosen()
        self.rows.replace(entries)
        self.count.setText(
            translate(
                "ui.admin.do_not_call",
                "%n number(s) on the list.",
                "phone numbers on the do-not-call list",
                len(entries),
            )
            if entries
            else translate("ui.admin.do_not_call", "No numbers on the list.")
        )
        if chosen is not None:
            select_row_with_id(self.table, self.rows, chosen.id)
        self._row_chosen()

    def scope_text(self, campaign_id: int | None) -> str:
        if campaign_id is None:
            return translate("ui.admin.do_not_call", EVERY_CAMPAIGN)
        name = self.campaign_names.get(campaign_id)
        if name:
            return _only(name)
        return translate(
            "ui.admin.do_not_call", "Only campaign #{id}", "one whose name is not known"
        ).format(id=campaign_id)

    def _added_by(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        if user_id in self.user_names:
            return self.user_names[user_id]
        return translate(
            "ui.admin.do_not_call", "User #{id}", "one whose name is not known"
        ).format(id=user_id)

    # ------------------------------------------------------------ adding, removing

    def add(self) -> None:
        number = self.number.text().strip()
        if self.read_only:
            return
        if not number:
            self.show_problem(
                translate("ui.admin.do_not_call", "Type the number never to call."), "number"
            )
            return

        def added(new: bool) -> None:
            if new:
                done = translate(
                    "ui.admin.do_not_call",
                    "{number} is on the do-not-call list ({scope}).",
                    "{scope}: the campaigns it applies to",
                )
            else:
                done = translate(
                    "ui.admin.do_not_call",
                    "{number} was on the do-not-call list already ({scope}).",
                    "{scope}: the campaigns it applies to",
                )
            self.report(done.format(number=number, scope=self.scope_text(campaign_id)))
            self.number.clear()
            self.call(self.client.do_not_call, self._loaded)

        campaign_id: int | None = self.scope.currentData()
        self.call(
            lambda: self.client.add_do_not_call(
                rest.DoNotCallFields(
                    number=number, campaign_id=campaign_id, reason=self.reason.text()
                )
            ),
            added,
        )

    def chosen(self) -> rest.DoNotCallEntry | None:
        index = self.table.currentIndex()
        return self.rows.at(index.row()) if index.isValid() else None

    def _row_chosen(self, *_: QModelIndex) -> None:
        self.remove_button.setEnabled(self.chosen() is not None)

    def remove(self, *, confirm: bool = True) -> None:
        entry = self.chosen()
        if entry is None or self.read_only:
            return
        scope = self.scope_text(entry.campaign_id)
        if confirm and not confirmed(
            self,
            translate(
                "ui.admin.do_not_call", "Remove from the do-not-call list", "a dialog's title"
            ),
            translate(
                "ui.admin.do_not_call",
                "Take {number} off the do-not-call list ({scope})? It may be called again.",
                "{scope}: the campaigns it applies to",
            ).format(number=entry.number, scope=scope),
        ):
            return

        def removed(_answer: rest.Deleted) -> None:
            self.report(
                translate(
                    "ui.admin.do_not_call",
                    "{number} is off the do-not-call list ({scope}).",
                    "{scope}: the campaigns it applies to",
                ).format(number=entry.number, scope=scope)
            )
            self.call(self.client.do_not_call, self._loaded)

        self.call(lambda: self.client.remove_do_not_call(entry.id), removed)

    # ------------------------------------------------------------ CSV

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate(
                "ui.admin.do_not_call", "Import numbers never to call", "a file dialog's title"
            ),
            "",
            translate(
                "ui.admin.do_not_call",
                "CSV or text files (*.csv *.txt);;All files (*)",
                "a file dialog's filters",
            ),
        )
        if path:
            self.import_file(path)

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate(
                "ui.admin.do_not_call", "Export the do-not-call list", "a file dialog's title"
            ),
            "do-not-call.csv",  # a file's name: not translated
            translate("ui.admin.do_not_call", "CSV files (*.csv)", "a file dialog's filter"),
        )
        if path:
            self.export_to(path)

    def import_file(self, path: str | Path) -> None:
        """Lists every number in the file, for the campaigns chosen in "For"."""
        if self.read_only:
            return
        source = Path(path)
        self.result.hide()
        self.refused.show_lines(())
        try:
            data = source.read_bytes()
        except OSError as exc:
            self.show_problem(
                translate(
                    "ui.admin.do_not_call",
                    "{file} could not be read: {reason}",
                    "{reason}: the system's own words",
                ).format(file=source.name, reason=exc.strerror or exc)
            )
            return
        if len(data) > MAX_FILE_BYTES:
            self.show_problem(
                translate(
                    "ui.admin.do_not_call", "{file} is over 10 MB: is it a list of numbers?"
                ).format(file=source.name)
            )
            return
        found, unreadable = read_numbers_file(data.decode("utf-8", errors="replace"))
        fields, too_long = do_not_call_fields(found, self.scope.currentData(), self.reason.text())
        refused = tuple(unreadable + too_long)
        if not fields and not refused:
            self.show_problem(
                translate("ui.admin.do_not_call", "{file} has no numbers in it.").format(
                    file=source.name
                )
            )
            return
        self.clear_problem()
        self.progress.setRange(0, len(fields))
        self.progress.setValue(0)
        self.progress.show()
        self.import_button.setEnabled(False)
        waves = [fields[i : i + WAVE] for i in range(0, len(fields), WAVE)]
        self._send(source.name, waves, 0, Tally(refused=refused))

    def _send(
        self,
        name: str,
        waves: Sequence[Sequence[tuple[int, rest.DoNotCallFields]]],
        sent: int,
        so_far: Tally,
    ) -> None:
        if not waves:
            self._imported(name, so_far)
            return
        wave, left = waves[0], waves[1:]

        def answered(new: list[bool]) -> None:
            self.progress.setValue(sent + len(wave))
            added = sum(new)
            step = Tally(added, len(new) - added)
            self._send(name, left, sent + len(wave), so_far.plus(step))

        self.call(
            lambda: every([self.client.add_do_not_call(fields) for _, fields in wave]),
            answered,
            lambda: self._imported(name, so_far, stopped_at=sent),
        )

    def _imported(self, name: str, result: Tally, stopped_at: int | None = None) -> None:
        self.progress.hide()
        self.import_button.setEnabled(True)
        if stopped_at is None:
            text = translate(
                "ui.admin.do_not_call", "{file}: {tally}", "{tally}: Added 2 · 1 already listed…"
            ).format(file=name, tally=result.text())
        else:
            text = translate(
                "ui.admin.do_not_call",
                "{file}: {tally} (stopped after {sent} of {total}: see above)",
                "{tally}: Added 2 · 1 already listed…",
            ).format(
                file=name,
                tally=result.text(),
                sent=QLocale().toString(stopped_at),
                total=QLocale().toString(self.progress.maximum()),
            )
        self.result.setText(text)
        self.result.show()
        self.refused.show_lines(result.refused)
        if stopped_at is None:
            self.report(text + ".")
        self.call(self.client.do_not_call, self._loaded)

    def export_to(self, path: str | Path) -> None:
        """Writes the list, as the table reads, to ``path``."""
        target = Path(path)
        try:
            count = write_csv(self.rows, target)
        except OSError as exc:
            self.show_problem(
                translate(
                    "ui.admin.do_not_call",
                    "Could not write {file}: {reason}",
                    "{reason}: the system's own words",
                ).format(file=target.name, reason=exc.strerror or exc)
            )
            return
        self.report(
            translate(
                "ui.admin.do_not_call",
                "Wrote %n number(s) to {file}.",
                "phone numbers written to a file",
                count,
            ).format(file=target.name)
        )


def _only(campaign: str) -> str:
    """The list's entry for one campaign alone."""
    return translate(
        "ui.admin.do_not_call", "Only “{campaign}”", "applies to this campaign alone"
    ).format(campaign=campaign)
