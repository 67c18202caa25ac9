"""The Callbacks tab: the calls the center owes its customers, the soonest
due first — who asked (a waiting caller, the web form, an agent), how many
attempts were made and how the last went — and those done, failed or called
off. One not yet being dialled can be called off. While the tab is shown
the list is asked again every few seconds: open callbacks move by
themselves (into line, dialled, done)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import CallbackStatusFilter, every
from callnest.desktop.models.callbacks import (
    last_outcome_text,
    local_when,
    source_text,
    status_text,
)
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import LiveEditor, confirmed, rows_view
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest

LIMIT = 200  # the most the server lists of one status
REFRESH_MS = 10_000
# The filter's choices: what each lists (All: one request per status).
SHOWN: tuple[tuple[str, tuple[CallbackStatusFilter, ...]], ...] = (
    ("Open", ("open",)),
    ("Done", ("done",)),
    ("Failed", ("failed",)),
    ("Cancelled", ("cancelled",)),
    ("All", ("open", "done", "failed", "cancelled")),
)
CALLED_OFF_WHILE = ("scheduled", "waiting")  # the server's: never while being dialled
WHAT_CALLBACKS_ARE = (
    "A callback is a call the center owes a customer. A caller waiting in line may leave "
    "their number (key 1 on the phone, or the caller page's button) and keep their place; "
    "a customer may ask for a time on the web form, or an agent at wrap-up. When its turn "
    "comes an agent sees the customer's card, then the call is placed, and tried again if "
    "it does not reach them. A queue offers callbacks to waiting callers once ticked so in "
    "the Queues tab."
)
_NONE = {
    "Open": "No callbacks are owed right now.",
    "Done": "No callback has reached its customer yet.",
    "Failed": "No callback has failed.",
    "Cancelled": "No callback has been called off.",
    "All": "No callbacks yet.",
}


class CallbacksTab(LiveEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, REFRESH_MS, parent)
        self.queue_names: dict[int, str] = {}
        # The table keys rows by an int; callback ids are text. Rows are only
        # ever replaced, and found again by their own id, so identity will do.
        self.rows = StatsTable[rest.Callback](self._columns(), key=id, parent=self)
        self._build()

    def _columns(self) -> tuple[Column[rest.Callback], ...]:
        return (
            Column("Due", lambda c, _: local_when(c.due_at), tip="on this computer's clock"),
            Column("Customer", lambda c, _: c.name or c.number),
            Column("Number", lambda c, _: c.number),
            Column("Queue", lambda c, _: self.queue_names.get(c.queue_id, f"#{c.queue_id}")),
            Column("Source", lambda c, _: source_text(c.source)),
            Column("Attempts", lambda c, _: str(c.attempts)),
            Column("Last outcome", lambda c, _: last_outcome_text(c.last_outcome)),
            Column("Status", lambda c, _: status_text(c.status)),
            Column("Note", lambda c, _: " ".join(c.note.split())),
        )

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.shown = QComboBox()
        for title, _statuses in SHOWN:
            self.shown.addItem(title)
        self.shown.currentIndexChanged.connect(lambda _: self.refresh())
        self.count = plain_label(wrap=False)
        self.count.setObjectName("hint")
        refresh = QPushButton("Refresh")
        refresh.clicked.connect(self.refresh)
        self.call_off_button = QPushButton("Call off…")
        self.call_off_button.clicked.connect(lambda: self.call_off())
        top = QHBoxLayout()
        top.addWidget(QLabel("Show"))
        top.addWidget(self.shown)
        top.addSpacing(12)
        top.addWidget(self.count, 1)
        top.addWidget(refresh)
        top.addWidget(self.call_off_button)

        self.table = rows_view(self.rows)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.none = plain_label()
        self.none.setObjectName("idle")
        self.none.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explained = explained = plain_label(WHAT_CALLBACKS_ARE)
        explained.setObjectName("hint")
        explained.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explained.setMaximumWidth(620)
        # Centred by stretches, not by alignment: an aligned label is laid out
        # at its narrow size hint, and a wrapped one then loses its last lines.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(explained, 4)
        centred.addStretch(1)
        self.empty = QWidget()
        empty = QVBoxLayout(self.empty)
        empty.addStretch(1)
        empty.addWidget(self.none)
        empty.addSpacing(6)
        empty.addLayout(centred)
        empty.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.stack, 1)
        self._chosen_changed()

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.call(self.client.queues.list, self._queues_loaded)
        title, statuses = SHOWN[self.shown.currentIndex()]
        self.call(
            lambda: every([self.client.callbacks(status) for status in statuses]),
            lambda lists: self._loaded(title, lists),
        )

    def _queues_loaded(self, queues: list[rest.Queue]) -> None:
        self.queue_names = {q.id: q.display_name for q in queues}
        self.rows.redraw()

    def _loaded(self, title: str, lists: list[list[rest.Callback]]) -> None:
        if title != self.shown.currentText():
            return  # another filter was chosen meanwhile: its answer follows
        chosen = self.chosen()
        self.rows.replace(row for rows in lists for row in rows)
        count = self.rows.rowCount()
        more = f" (the first {LIMIT} of a status)" if any(len(r) >= LIMIT for r in lists) else ""
        self.count.setText(f"{count} callback(s){more}." if count else "")
        self.none.setText(_NONE[title])
        self.stack.setCurrentWidget(self.table if count else self.empty)
        if chosen is not None:
            self._select(chosen.id)
        self._chosen_changed()

    def _select(self, callback_id: str) -> None:
        for row in range(self.rows.rowCount()):
            found = self.rows.at(row)
            if found is not None and found.id == callback_id:
                self.table.selectRow(row)
                return

    # ------------------------------------------------------------ calling off

    def chosen(self) -> rest.Callback | None:
        index = self.table.currentIndex()
        return self.rows.at(index.row()) if index.isValid() else None

    def _row_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        chosen = self.chosen()
        can = chosen is not None and chosen.status in CALLED_OFF_WHILE
        self.call_off_button.setEnabled(can)
        if chosen is None:
            tip = "Choose an open callback to call it off"
        elif chosen.status == "dialing":
            tip = "It is being dialled: it cannot be called off now"
        elif not can:
            tip = f"It is {status_text(chosen.status).lower()} already"
        else:
            tip = "The customer is not called (nor told)"
        self.call_off_button.setToolTip(tip)

    def call_off(self, *, confirm: bool = True) -> None:
        """Calls off the chosen callback, after asking; a refusal (it is
        being dialled meanwhile, say) is said, and the list shows why."""
        chosen = self.chosen()
        if chosen is None or chosen.status not in CALLED_OFF_WHILE:
            return
        who = chosen.name or chosen.number
        if confirm and not confirmed(
            self,
            "Call off callback",
            f"Call off the callback to {who}, due {local_when(chosen.due_at)}? "
            "They will not be called, and nobody tells them.",
        ):
            return

        def called_off(_callback: rest.Callback) -> None:
            self.report(f"The callback to {who} is called off.")
            self.reload()

        self.call(lambda: self.client.cancel_callback(chosen.id), called_off, self.reload)
