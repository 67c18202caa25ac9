"""A campaign's settings: its name, the queue whose agents take its calls,
the script they read, how calls go out (preview or progressive), when
people may be called, when a number is tried again, and which dispositions
count as a success or say an answering machine took the call. The owner's
to change; a supervisor reads them.

A value the form can tell is wrong is said before sending, in the form's
words; anything else the server refuses is said beside the form, the field
it names outlined."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import Future

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.admin import DAYS
from callnest.desktop.models.campaigns import (
    DEFAULT_WINDOW,
    MAX_ATTEMPTS,
    MAX_WAIT_MIN,
    calling_window,
    modes,
    retry_form,
    retry_outcomes,
    retry_rules,
)
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest
from callnest.protocol.rest.campaigns import CallingWindow, CampaignMode, RetryRules

MAX_PREVIEW_S = 120  # the server's
DEFAULT_PREVIEW_S = 10


def _days() -> dict[str, tuple[str, str]]:
    """The days to call on, by the server's keys: (on the box, its tooltip)."""
    return {
        "mon": (
            translate("ui.admin.campaign_editor", "Mon", "Monday, shortened: a checkbox"),
            translate("ui.admin.campaign_editor", "Monday"),
        ),
        "tue": (
            translate("ui.admin.campaign_editor", "Tue", "Tuesday, shortened: a checkbox"),
            translate("ui.admin.campaign_editor", "Tuesday"),
        ),
        "wed": (
            translate("ui.admin.campaign_editor", "Wed", "Wednesday, shortened: a checkbox"),
            translate("ui.admin.campaign_editor", "Wednesday"),
        ),
        "thu": (
            translate("ui.admin.campaign_editor", "Thu", "Thursday, shortened: a checkbox"),
            translate("ui.admin.campaign_editor", "Thursday"),
        ),
        "fri": (
            translate("ui.admin.campaign_editor", "Fri", "Friday, shortened: a checkbox"),
            translate("ui.admin.campaign_editor", "Friday"),
        ),
        "sat": (
            translate("ui.admin.campaign_editor", "Sat", "Saturday, shortened: a checkbox"),
            translate("ui.admin.campaign_editor", "Saturday"),
        ),
        "sun": (
            translate("ui.admin.campaign_editor", "Sun", "Sunday, shortened: a checkbox"),
            translate("ui.admin.campaign_editor", "Sunday"),
        ),
    }


def _hint(text: str) -> QLabel:
    label = plain_label(text)
    label.setObjectName("hint")
    return label


def _dispositions_box(title: str, explained: str, checks: QListWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(_hint(explained))
    layout.addWidget(checks, 1)
    return box


class DispositionChecks(QListWidget):
    """Every disposition, ticked where it means something to the campaign
    (a success, an answering machine)."""

    def set_dispositions(self, dispositions: Iterable[rest.Disposition]) -> None:
        """The dispositions to tick; ticks stay. An inactive one is offered
        only where it is ticked already: agents no longer choose it."""
        ticked = set(self.ticked())
        self.clear()
        shown = [d for d in dispositions if d.active or d.id in ticked]
        for disposition in sorted(shown, key=lambda d: d.name.lower()):
            item = QListWidgetItem(disposition.name)
            item.setToolTip(disposition.description)
            item.setData(Qt.ItemDataRole.UserRole, disposition.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            self.addItem(item)
        self.tick(ticked)

    def ticked(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def tick(self, ids: Iterable[int]) -> None:
        """Ticks the dispositions in ``ids``, unticks the rest."""
        wanted = set(ids)
        for item in self._items():
            chosen = int(item.data(Qt.ItemDataRole.UserRole)) in wanted
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [item for i in range(self.count()) if (item := self.item(i))]


class CampaignEditor(AdminEditor):
    """The settings of one campaign (or of a new one); ``saved`` carries
    the campaign as the server kept it."""

    saved = Signal(object)  # rest.Campaign

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
        self.editing: rest.Campaign | None = None
        self._build()
        self.new_campaign()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            translate("ui.admin.campaign_editor", "e.g. Spring renewals", "a campaign's name")
        )
        self.queue = QComboBox()
        self.queue.setToolTip(
            translate(
                "ui.admin.campaign_editor",
                "Its agents take the campaign's calls; people see its caller ID (Queues tab)",
            )
        )
        self.script = QComboBox()
        self.script.setToolTip(
            translate(
                "ui.admin.campaign_editor", "What the agents read on the campaign's card and calls"
            )
        )
        self.preview_s = QSpinBox()
        self.preview_s.setRange(0, MAX_PREVIEW_S)
        self.preview_s.setSuffix(
            translate("ui.admin.campaign_editor", " s", "after a number: seconds")
        )
        self.preview_s.setToolTip(
            translate(
                "ui.admin.campaign_editor",
                "How long the agent reads the card before the call goes out",
            )
        )
        self.modes = QButtonGroup(self)
        mode_box = QWidget()
        mode_layout = QVBoxLayout(mode_box)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        mode_layout.setSpacing(2)
        self.mode_buttons: dict[CampaignMode, QRadioButton] = {}
        for code, title, explained in modes():
            button = QRadioButton(title)
            self.modes.addButton(button)
            self.mode_buttons[code] = button
            mode_layout.addWidget(button)
            hint = _hint(explained)
            hint.setIndent(22)  # under the button's text, not its circle
            mode_layout.addWidget(hint)
        self.modes.buttonToggled.connect(lambda *_: self._mode_changed())
        self.form = QFormLayout()
        words = {
            "name": translate("ui.admin.campaign_editor", "Name", "a campaign's"),
            "queue_id": translate("ui.admin.campaign_editor", "Queue"),
            "script_id": translate("ui.admin.campaign_editor", "Script"),
            "mode": translate("ui.admin.campaign_editor", "Calls go out", "preview or progressive"),
            "preview_s": translate(
                "ui.admin.campaign_editor", "Card shown for", "then a number of seconds"
            ),
            "calling_window": translate("ui.admin.campaign_editor", "Calling hours"),
            "retry": translate(
                "ui.admin.campaign_editor", "Trying again", "calling a person again"
            ),
            "success_dispositions": translate("ui.admin.campaign_editor", "Counts as a success"),
            "machine_dispositions": translate(
                "ui.admin.campaign_editor", "Means an answering machine"
            ),
        }
        self.form.addRow(words["name"], self.name)
        self.form.addRow(words["queue_id"], self.queue)
        self.form.addRow(words["script_id"], self.script)
        self.form.addRow(words["mode"], mode_box)
        self.form.addRow(words["preview_s"], self.preview_s)
        self.success = DispositionChecks()
        success = _dispositions_box(
            words["success_dispositions"],
            translate(
                "ui.admin.campaign_editor",
                "The report's conversion: the people reached who end with one of these.",
            ),
            self.success,
        )
        self.machine = DispositionChecks()
        machine = _dispositions_box(
            words["machine_dispositions"],
            translate(
                "ui.admin.campaign_editor",
                "The agent says so with one of these: the person is called again after "
                "the answering machine's wait.",
            ),
            self.machine,
        )
        lists = QHBoxLayout()
        lists.addWidget(success, 1)
        lists.addWidget(machine, 1)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addLayout(lists, 1)

        self.fields = {
            "name": (words["name"], self.name),
            "queue_id": (words["queue_id"], self.queue),
            "script_id": (words["script_id"], self.script),
            "mode": (words["mode"], mode_box),
            "preview_s": (words["preview_s"], self.preview_s),
            "calling_window": (words["calling_window"], self._window_box()),
            "retry": (words["retry"], self._retry_box()),
            "success_dispositions": (words["success_dispositions"], success),
            "machine_dispositions": (words["machine_dispositions"], machine),
        }
        right = QVBoxLayout()
        right.addWidget(self.fields["calling_window"][1])
        right.addWidget(self.fields["retry"][1])
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        body = QWidget()
        body.setLayout(columns)
        body.setEnabled(not self.read_only)  # a supervisor reads, never changes
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.save_button = QPushButton(translate("ui.admin.campaign_editor", "Save", "a button"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(not self.read_only)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.heading = plain_label(wrap=False)
        self.heading.setObjectName("customerName")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def _window_box(self) -> QGroupBox:
        self.country_hours = QRadioButton(
            translate("ui.admin.campaign_editor", "Each country's default hours")
        )
        self.own_hours = QRadioButton(
            translate("ui.admin.campaign_editor", "One window for everyone:", "calling hours")
        )
        hours = QButtonGroup(self)
        hours.addButton(self.country_hours)
        hours.addButton(self.own_hours)
        self.own_hours.toggled.connect(self._hours_changed)
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        day_words = _days()
        self.days = {day: QCheckBox(day_words[day][0]) for day in DAYS}
        for day in DAYS:
            self.days[day].setToolTip(day_words[day][1])
        times = QHBoxLayout()
        times.addSpacing(22)
        times.addWidget(
            QLabel(translate("ui.admin.campaign_editor", "from", "calling hours: from 09:00"))
        )
        times.addWidget(self.start)
        times.addWidget(
            QLabel(translate("ui.admin.campaign_editor", "to", "calling hours: to 20:00"))
        )
        times.addWidget(self.end)
        times.addStretch(1)
        days = QHBoxLayout()
        days.addSpacing(22)
        for day_box in self.days.values():
            days.addWidget(day_box)
        days.addStretch(1)
        self.own_window = QWidget()
        own = QVBoxLayout(self.own_window)
        own.setContentsMargins(0, 0, 0, 0)
        own.addLayout(times)
        own.addLayout(days)
        box = QGroupBox(translate("ui.admin.campaign_editor", "Calling hours"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.country_hours)
        layout.addWidget(self.own_hours)
        layout.addWidget(self.own_window)
        hint = translate(
            "ui.admin.campaign_editor",
            "On each person's own clock. A country's default keeps to its law where we know one "
            "(Spain: weekdays 09:00-21:00; Russia and the US: Monday to Saturday 09:00-20:00); "
            "elsewhere, weekdays 09:00-20:00.",
        )
        layout.addWidget(_hint(hint))
        return box

    def _retry_box(self) -> QGroupBox:
        self.max_attempts = QSpinBox()
        self.max_attempts.setRange(1, MAX_ATTEMPTS)
        self.max_attempts.setToolTip(
            translate("ui.admin.campaign_editor", "Calls to one person at most, the first included")
        )
        self.waits: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.addWidget(
            QLabel(translate("ui.admin.campaign_editor", "Calls to a person, at most")), 0, 0
        )
        grid.addWidget(self.max_attempts, 0, 1)
        then = translate(
            "ui.admin.campaign_editor",
            "Then wait, after a call that was…",
            "followed by rows: Busy, No answer... and the minutes to wait",
        )
        grid.addWidget(QLabel(then), 1, 0, 1, 3)
        for row, (code, label) in enumerate(retry_outcomes(), start=2):
            wait = QLineEdit()
            wait.setValidator(QIntValidator(1, MAX_WAIT_MIN, wait))
            wait.setPlaceholderText(
                translate("ui.admin.campaign_editor", "not again", "an empty wait: no retry")
            )
            wait.setMaximumWidth(110)
            self.waits[code] = wait
            grid.addWidget(QLabel(f"    {label}"), row, 0)
            grid.addWidget(wait, row, 1)
            grid.addWidget(
                QLabel(translate("ui.admin.campaign_editor", "minutes", "after a wait's field")),
                row,
                2,
            )
        grid.setColumnStretch(3, 1)
        box = QGroupBox(
            translate("ui.admin.campaign_editor", "Trying again", "calling a person again")
        )
        layout = QVBoxLayout(box)
        layout.addLayout(grid)
        layout.addWidget(
            _hint(
                translate(
                    "ui.admin.campaign_editor",
                    "Leave a wait empty not to call again after that outcome.",
                )
            )
        )
        return box

    # ------------------------------------------------------------ choices

    def set_choices(
        self,
        queues: Sequence[rest.Queue],
        scripts: Sequence[rest.Script],
        dispositions: Sequence[rest.Disposition],
    ) -> None:
        """What the combos and the dispositions' lists offer; what was chosen stays."""
        queue_id, script_id = self.queue.currentData(), self.script.currentData()
        self.queue.clear()
        for queue in sorted(queues, key=lambda q: q.display_name.lower()):
            self.queue.addItem(queue.display_name, queue.id)
        self.script.clear()
        # A campaign without a script: its agents read the queue's.
        self.script.addItem(translate("ui.admin.campaign_editor", "The queue's script"), None)
        for script in sorted(scripts, key=lambda s: s.name.lower()):
            self.script.addItem(script.name, script.id)
        self._choose(self.queue, queue_id)
        self._choose(self.script, script_id)
        self.success.set_dispositions(dispositions)
        self.machine.set_dispositions(dispositions)

    @staticmethod
    def _choose(combo: QComboBox, data: object) -> None:
        at = combo.findData(data)
        combo.setCurrentIndex(at if at >= 0 else 0)

    # ------------------------------------------------------------ editing

    def _show_heading(self) -> None:
        self.heading.setText(
            translate("ui.admin.campaign_editor", "New campaign", "a heading")
            if self.editing is None
            else translate("ui.admin.campaign_editor", "Campaign “{name}”", "a heading").format(
                name=self.editing.name
            )
        )

    def new_campaign(self) -> None:
        self.editing = None
        self.name.clear()
        self.queue.setCurrentIndex(0)
        self.script.setCurrentIndex(0)
        self.mode_buttons["preview"].setChecked(True)
        self.preview_s.setValue(DEFAULT_PREVIEW_S)
        self._show_window(None)
        self._show_retry(None)
        self.success.tick(())
        self.machine.tick(())
        self._show_heading()
        self.clear_problem()

    def edit(self, campaign: rest.Campaign) -> None:
        self.editing = campaign
        self.name.setText(campaign.name)
        self._choose(self.queue, campaign.queue_id)
        self._choose(self.script, campaign.script_id)
        self.mode_buttons[campaign.mode].setChecked(True)
        self.preview_s.setValue(round(campaign.preview_s))
        self._show_window(campaign.calling_window)
        self._show_retry(campaign.retry)
        self.success.tick(campaign.success_dispositions)
        self.machine.tick(campaign.machine_dispositions)
        self._show_heading()
        self.clear_problem()

    def _show_window(self, window: CallingWindow | None) -> None:
        shown = window or DEFAULT_WINDOW
        (self.country_hours if window is None else self.own_hours).setChecked(True)
        self.start.setTime(QTime.fromString(shown["start"], "HH:mm"))
        self.end.setTime(QTime.fromString(shown["end"], "HH:mm"))
        for day, box in self.days.items():
            box.setChecked(day in shown["days"])
        self._hours_changed()

    def _show_retry(self, retry: RetryRules | None) -> None:
        max_attempts, waits = retry_form(retry)
        self.max_attempts.setValue(max_attempts)
        for code, edit in self.waits.items():
            edit.setText(waits[code])

    def _mode_changed(self) -> None:
        self.form.setRowVisible(self.preview_s, self.mode() == "preview")

    def _hours_changed(self) -> None:
        self.own_window.setEnabled(self.own_hours.isChecked())

    def mode(self) -> CampaignMode:
        return next(code for code, b in self.mode_buttons.items() if b.isChecked())

    def values(self) -> rest.CampaignFields:
        """The form as the server's campaign fields: every one of them, so a
        change leaves nothing as it was by omission. Raises FormProblem
        (the form's words) or ValidationError (the model's) when one cannot be."""
        window = None
        if self.own_hours.isChecked():
            try:
                window = calling_window(
                    self.start.time().toString("HH:mm"),
                    self.end.time().toString("HH:mm"),
                    [day for day, box in self.days.items() if box.isChecked()],
                )
            except ValueError as exc:
                raise FormProblem("calling_window", str(exc)) from None
        kept = self.editing.retry if self.editing is not None else None
        try:
            retry = retry_rules(
                self.max_attempts.value(),
                {code: edit.text() for code, edit in self.waits.items()},
                kept,
            )
        except ValueError as exc:
            raise FormProblem("retry", str(exc)) from None
        return rest.CampaignFields(
            name=self.name.text().strip(),
            queue_id=self.queue.currentData(),
            script_id=self.script.currentData(),
            mode=self.mode(),
            preview_s=self.preview_s.value(),
            calling_window=window,
            retry=retry,
            success_dispositions=self.success.ticked(),
            machine_dispositions=self.machine.ticked(),
        )

    def save(self) -> None:
        if self.read_only:
            return
        if not self.name.text().strip():
            self.show_problem(
                translate("ui.admin.campaign_editor", "Give the campaign a name."), "name"
            )
            return
        if self.queue.currentData() is None:
            self.show_problem(
                translate(
                    "ui.admin.campaign_editor",
                    "Make a queue first (Queues tab): its agents take the campaign's calls.",
                ),
                "queue_id",
            )
            return
        try:
            fields = self.values()
        except FormProblem as problem:
            self.show_problem(problem.text, problem.field)
            return
        except ValidationError as exc:  # said as the server would, the field outlined
            self.show_refusal(exc)
            return
        editing = self.editing

        def saved(campaign: rest.Campaign) -> None:
            self.edit(campaign)  # as the server keeps it: the name trimmed, say
            if editing is None:
                done = translate("ui.admin.campaign_editor", "Campaign “{name}” created.")
            else:
                done = translate("ui.admin.campaign_editor", "Campaign “{name}” saved.")
            self.report(done.format(name=campaign.name))
            self.saved.emit(campaign)

        def send() -> Future[rest.Campaign]:
            return self.client.campaigns.save(None if editing is None else editing.id, fields)

        self.call(send, saved)


class FormProblem(ValueError):
    """A value the form can tell is wrong: the server's name of its field, and why."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(text)
        self.field, self.text = field, text
