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

from PySide6.QtCore import QModelIndex
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
EVERY_CAMPAIGN = "Every campaign"


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
                Column("Number", lambda e, _: e.number),
                Column("Applies to", lambda e, _: self.scope_text(e.campaign_id)),
                Column("Reason", lambda e, _: " ".join(e.reason.split())),
                Column("Added by", lambda e, _: self._added_by(e.added_by)),
                Column("When", lambda e, _: moment(e.added_at)),
            ),
            key=lambda e: e.id,
            parent=self,
        )
        self._build()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.number = QLineEdit()
        self.number.setPlaceholderText("+386 40 111 222")
        self.scope = QComboBox()
        self.scope.setToolTip("Which campaigns may not call it (an import uses this too)")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("e.g. asked on the phone")
        self.reason.setToolTip("Why (an import uses this where its file gives no reason)")
        self.add_button = QPushButton("Add")
        self.add_button.clicked.connect(self.add)
        self.number.returnPressed.connect(self.add)
        adding = QHBoxLayout()
        for label, widget in (
            ("Number", self.number),
            ("For", self.scope),
            ("Reason", self.reason),
        ):
            adding.addWidget(QLabel(label))
            adding.addWidget(widget, 2 if widget is self.reason else 1)
        adding.addWidget(self.add_button)
        self.fields = {
            "number": ("Number", self.number),
            "campaign_id": ("For", self.scope),
            "reason": ("Reason", self.reason),
        }

        self.count = plain_label(wrap=False)
        self.count.setObjectName("hint")
        self.remove_button = QPushButton("Remove…")
        self.remove_button.clicked.connect(lambda: self.remove())
        self.import_button = QPushButton("Import CSV…")
        self.import_button.setToolTip(
            "A file of numbers: one a line, or a CSV with a “number” column "
            "(and a “reason” column, if you like)"
        )
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton("Export CSV…")
        self.export_button.clicked.connect(self._choose_export)
        refresh = QPushButton("Refresh")
        refresh.clicked.connect(self.reload)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.remove_button, self.import_button, self.export_button, refresh):
            actions.addWidget(button)

        self.progress = QProgressBar()
        self.progress.setFormat("%v of %m numbers sent")
        self.progress.hide()
        self.result = plain_label()
        self.result.hide()
        self.refused = RefusedLines()
        self.table = rows_view(self.rows)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        layout = QVBoxLayout(self)
        if self.read_only:
            note = plain_label("Only the owner adds numbers to the list or takes them off.")
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
        self.scope.addItem(EVERY_CAMPAIGN, None)
        for campaign in sorted(campaigns, key=lambda c: c.name.lower()):
            self.scope.addItem(f"Only “{campaign.name}”", campaign.id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        self.rows.redraw()

    def _loaded(self, entries: list[rest.DoNotCallEntry]) -> None:
        chosen = self.chosen()
        self.rows.replace(entries)
        self.count.setText(
            f"{len(entries):,} number(s) on the list." if entries else "No numbers on the list."
        )
        if chosen is not None:
            select_row_with_id(self.table, self.rows, chosen.id)
        self._row_chosen()

    def scope_text(self, campaign_id: int | None) -> str:
        if campaign_id is None:
            return EVERY_CAMPAIGN
        name = self.campaign_names.get(campaign_id)
        return f"Only “{name}”" if name else f"Only campaign #{campaign_id}"

    def _added_by(self, user_id: int | None) -> str:
        return "" if user_id is None else self.user_names.get(user_id, f"User #{user_id}")

    # ------------------------------------------------------------ adding, removing

    def add(self) -> None:
        number = self.number.text().strip()
        if self.read_only:
            return
        if not number:
            self.show_problem("Type the number never to call.", "number")
            return

        def added(new: bool) -> None:
            done = "is on the do-not-call list" if new else "was on the do-not-call list already"
            self.report(f"{number} {done} ({self.scope_text(campaign_id)}).")
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
            "Remove from the do-not-call list",
            f"Take {entry.number} off the do-not-call list ({scope})? It may be called again.",
        ):
            return

        def removed(_answer: rest.Deleted) -> None:
            self.report(f"{entry.number} is off the do-not-call list ({scope}).")
            self.call(self.client.do_not_call, self._loaded)

        self.call(lambda: self.client.remove_do_not_call(entry.id), removed)

    # ------------------------------------------------------------ CSV

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Import numbers never to call",
            "",
            "CSV or text files (*.csv *.txt);;All files (*)",
        )
        if path:
            self.import_file(path)

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the do-not-call list", "do-not-call.csv", "CSV files (*.csv)"
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
            self.show_problem(f"{source.name} could not be read: {exc.strerror or exc}")
            return
        if len(data) > MAX_FILE_BYTES:
            self.show_problem(f"{source.name} is over 10 MB: is it a list of numbers?")
            return
        found, unreadable = read_numbers_file(data.decode("utf-8", errors="replace"))
        fields, too_long = do_not_call_fields(found, self.scope.currentData(), self.reason.text())
        refused = tuple(unreadable + too_long)
        if not fields and not refused:
            self.show_problem(f"{source.name} has no numbers in it.")
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
        text = f"{name}: {result.text()}"
        if stopped_at is not None:
            text += f" (stopped after {stopped_at:,} of {self.progress.maximum():,}: see above)"
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
            self.show_problem(f"Could not write {target.name}: {exc.strerror or exc}")
            return
        self.report(f"Wrote {count:,} number(s) to {target.name}.")
