"""The Callbacks tab: the calls the center owes its customers, the soonest
due first — who asked (a waiting caller, the web form, an agent), how many
attempts were made and how the last went — and those done, failed or called
off. One not yet being dialled can be called off. While the tab is shown
the list is asked again every few seconds: open callbacks move by
themselves (into line, dialled, done)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, Qt
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
from callnest.desktop.i18n import translate
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
# The filter's choices, by key: what each lists (all: one request per status).
SHOWN: tuple[tuple[str, tuple[CallbackStatusFilter, ...]], ...] = (
    ("open", ("open",)),
    ("done", ("done",)),
    ("failed", ("failed",)),
    ("cancelled", ("cancelled",)),
    ("all", ("open", "done", "failed", "cancelled")),
)
CALLED_OFF_WHILE = ("scheduled", "waiting")  # the server's: never while being dialled
# Marked for the catalogue, translated where shown ("ui.admin.callbacks").
WHAT_CALLBACKS_ARE = str(
    QT_TRANSLATE_NOOP(
        "ui.admin.callbacks",
        "A callback is a call the center owes a customer. A caller waiting in line may leave "
        "their number (key 1 on the phone, or the caller page's button) and keep their place; "
        "a customer may ask for a time on the web form, or an agent at wrap-up. When its turn "
        "comes an agent sees the customer's card, then the call is placed, and tried again if "
        "it does not reach them. A queue offers callbacks to waiting callers once ticked so in "
        "the Queues tab.",
    )
)


def _titles() -> dict[str, str]:
    """The filter's choices in words."""
    return {
        "open": translate("ui.admin.callbacks", "Open", "a filter: callbacks still owed"),
        "done": translate("ui.admin.callbacks", "Done", "a filter: callbacks done"),
        "failed": translate("ui.admin.callbacks", "Failed", "a filter: callbacks that failed"),
        "cancelled": translate("ui.admin.callbacks", "Cancelled", "a filter: called off"),
        "all": translate("ui.admin.callbacks", "All", "a filter: every callback"),
    }


def _none() -> dict[str, str]:
    """What an empty list says, per filter."""
    return {
        "open": translate("ui.admin.callbacks", "No callbacks are owed right now."),
        "done": translate("ui.admin.callbacks", "No callback has reached its customer yet."),
        "failed": translate("ui.admin.callbacks", "No callback has failed."),
        "cancelled": translate("ui.admin.callbacks", "No callback has been called off."),
        "all": translate("ui.admin.callbacks", "No callbacks yet."),
    }


def _already(status: str) -> str:
    """Why a callback in ``status`` (done, failed...) cannot be called off."""
    known = {
        "done": translate("ui.admin.callbacks", "It is done already", "a callback"),
        "failed": translate("ui.admin.callbacks", "It is failed already", "a callback"),
        "cancelled": translate("ui.admin.callbacks", "It is cancelled already", "a callback"),
    }
    if status in known:
        return known[status]
    return translate(
        "ui.admin.callbacks", "It is {status} already", "{status}: a callback's status"
    ).format(status=status_text(status).lower())


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
            Column(
                translate("ui.admin.callbacks", "Due", "a column: when a callback is due"),
                lambda c, _: local_when(c.due_at),
                tip=translate(
                    "ui.admin.callbacks", "on this computer's clock", "a column's tooltip"
                ),
            ),
            Column(
                translate("ui.admin.callbacks", "Customer", "a column"),
                lambda c, _: c.name or c.number,
            ),
            Column(
                translate("ui.admin.callbacks", "Number", "a column: a phone number"),
                lambda c, _: c.number,
            ),
            Column(
                translate("ui.admin.callbacks", "Queue", "a column"),
                lambda c, _: self.queue_names.get(c.queue_id, f"#{c.queue_id}"),
            ),
            Column(
                translate("ui.admin.callbacks", "Source", "a column: who asked for it"),
                lambda c, _: source_text(c.source),
            ),
            Column(
                translate("ui.admin.callbacks", "Attempts", "a column: calls made"),
                lambda c, _: QLocale().toString(c.attempts),
            ),
            Column(
                translate(
                    "ui.admin.callbacks", "Last outcome", "a column: how the last call ended"
                ),
                lambda c, _: last_outcome_text(c.last_outcome),
            ),
            Column(
                translate("ui.admin.callbacks", "Status", "a column"),
                lambda c, _: status_text(c.status),
            ),
            Column(
                translate("ui.admin.callbacks", "Note", "a column"),
                lambda c, _: " ".join(c.note.split()),
            ),
        )

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.shown = QComboBox()
        titles = _titles()
        for key, _statuses in SHOWN:
            self.shown.addItem(titles[key], key)
        self.shown.currentIndexChanged.connect(lambda _: self.refresh())
        self.count = plain_label(wrap=False)
        self.count.setObjectName("hint")
        refresh = QPushButton(translate("ui.admin.callbacks", "Refresh", "a button"))
        refresh.clicked.connect(self.refresh)
        self.call_off_button = QPushButton(
            translate("ui.admin.callbacks", "Call off…", "a button: cancel the callback")
        )
        self.call_off_button.clicked.connect(lambda: self.call_off())
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ui.admin.callbacks", "Show", "then a filter")))
        top.addWidget(self.shown)
        top.addSpacing(12)
        top.addWidget(self.count, 1)
        top.addWidget(refresh)
        top.addWidget(self.call_off_button)

        self.table = rows_view(self.rows, translate("ui.admin.window", "Callbacks", "a tab"))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.none = plain_label()
        self.none.setObjectName("idle")
        self.none.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explained = explained = plain_label(
            translate("ui.admin.callbacks", WHAT_CALLBACKS_ARE)
        )
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
        key, statuses = SHOWN[self.shown.currentIndex()]
        self.call(
            lambda: every([self.client.callbacks(status) for status in statuses]),
            lambda lists: self._loaded(key, lists),
        )

    def _queues_loaded(self, queues: list[rest.Queue]) -> None:
        self.queue_names = {q.id: q.display_name for q in queues}
        self.rows.redraw()

    def _loaded(self, key: str, lists: list[list[rest.Callback]]) -> None:
        if key != self.shown.currentData():
            return  # another filter was chosen meanwhile: its answer follows
        chosen = self.chosen()
        self.rows.replace(row for rows in lists for row in rows)
        count = self.rows.rowCount()
        if not count:
            self.count.setText("")
        elif any(len(r) >= LIMIT for r in lists):
            self.count.setText(
                translate(
                    "ui.admin.callbacks",
                    "%n callback(s) (the first {limit} of a status).",
                    None,
                    count,
                ).format(limit=LIMIT)
            )
        else:
            self.count.setText(translate("ui.admin.callbacks", "%n callback(s).", None, count))
        self.none.setText(_none()[key])
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
            tip = translate("ui.admin.callbacks", "Choose an open callback to call it off")
        elif chosen.status == "dialing":
            tip = translate(
                "ui.admin.callbacks", "It is being dialled: it cannot be called off now"
            )
        elif not can:
            tip = _already(chosen.status)
        else:
            tip = translate("ui.admin.callbacks", "The customer is not called (nor told)")
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
            translate("ui.admin.callbacks", "Call off callback", "a dialog's title"),
            translate(
                "ui.admin.callbacks",
                "Call off the callback to {who}, due {due}? "
                "They will not be called, and nobody tells them.",
                "{who}: a customer's name or number; {due}: a date and time",
            ).format(who=who, due=local_when(chosen.due_at)),
        ):
            return

        def called_off(_callback: rest.Callback) -> None:
            self.report(
                translate("ui.admin.callbacks", "The callback to {who} is called off.").format(
                    who=who
                )
            )
            self.reload()

        self.call(lambda: self.client.cancel_callback(chosen.id), called_off, self.reload)
