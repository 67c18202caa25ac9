"""The Queues tab: every queue and everything about it — how it rings, who
may answer (skills with minimum levels, widened as callers wait), how long a
caller waits and where they go after, what they hear, the IVR menu in front
of it, its opening hours and holidays, the script agents read, the number
the people its agents call see (its caller ID on outbound calls), its
callbacks (offered to waiting callers; how they are placed), and the service
targets of its e-mails, tasks and callbacks (and the specialists' queue an
item past one moves to)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from typing import Any, NamedTuple, Protocol, cast

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.admin import (
    DAYS,
    business_hours,
    day_names,
    duplicates,
    format_spans,
    parse_target,
    target_kinds,
    target_text,
)
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import (
    MAX_LEVEL,
    MIN_LEVEL,
    AdminEditor,
    SkillLevels,
    counted_suffix,
    list_toolbar,
    rows_view,
    select_row_with_id,
)
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.setup import QUEUE_NAME, slug
from callnest.desktop.ui.time_zone import TimeZoneBox, system_time_zone
from callnest.protocol import rest
from callnest.protocol.languages import LANGUAGE_CODES, LANGUAGE_NAMES, LanguageCode
from callnest.protocol.rest import QueueStrategy

IVR_KEYS = tuple("123456789*0#")
TARGET_MAX_S = 90 * 86400  # the protocol's longest service target
MAX_IVR_CHOICES = 12
MAX_SKILL_STEPS = 10
DEFAULT_MUSIC = "default"


def strategies() -> tuple[tuple[QueueStrategy, str], ...]:
    """How a queue rings its agents, in words."""
    return (
        (
            QueueStrategy.LONGEST_IDLE,
            translate("ui.admin.queues", "Longest idle agent first", "a ringing strategy"),
        ),
        (
            QueueStrategy.ROUND_ROBIN,
            translate("ui.admin.queues", "Round robin", "a ringing strategy"),
        ),
        (
            QueueStrategy.FEWEST_CONTACTS,
            translate("ui.admin.queues", "Fewest contacts today", "a ringing strategy"),
        ),
        (
            QueueStrategy.RING_ALL,
            translate("ui.admin.queues", "Ring everyone", "a ringing strategy"),
        ),
        (
            QueueStrategy.SKILLS_BASED,
            translate("ui.admin.queues", "Best skill level first", "a ringing strategy"),
        ),
    )


def callback_priority_label() -> str:
    return translate("ui.admin.queues", "Scheduled callbacks' priority over new calls")


# A new queue starts from the server's defaults (protocol/rest/queues.py).
NEW_QUEUE = rest.QueueFields.model_construct(name="", display_name="")


class QueueSettings(Protocol):
    """What the form shows of a queue: one the server holds, or a new one's defaults."""

    @property
    def name(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def strategy(self) -> QueueStrategy: ...
    @property
    def priority(self) -> int: ...
    @property
    def ring_timeout_s(self) -> float: ...
    @property
    def wrap_up_s(self) -> float: ...
    @property
    def max_wait_s(self) -> float | None: ...
    @property
    def overflow_target(self) -> str | None: ...
    @property
    def service_level_s(self) -> float: ...
    @property
    def autopause_misses(self) -> int: ...
    @property
    def skill_steps(self) -> Sequence[rest.SkillStep]: ...
    @property
    def business_hours(self) -> Mapping[str, Any] | None: ...
    @property
    def after_hours_action(self) -> str: ...
    @property
    def script_id(self) -> int | None: ...
    @property
    def skills(self) -> Mapping[int, int]: ...
    @property
    def hold_music(self) -> str: ...
    @property
    def announce_every_s(self) -> float | None: ...
    @property
    def ivr_menu(self) -> Sequence[rest.MenuChoice] | None: ...
    @property
    def outbound_caller_id(self) -> str | None: ...
    @property
    def recording_notice(self) -> bool: ...
    @property
    def callbacks_offered(self) -> bool: ...
    @property
    def callback_preview_s(self) -> float: ...
    @property
    def callback_priority(self) -> int: ...
    @property
    def language(self) -> str: ...
    @property
    def caller_languages(self) -> Sequence[str]: ...
    @property
    def first_response_target_s(self) -> float | None: ...
    @property
    def resolution_target_s(self) -> float | None: ...
    @property
    def escalate_to_queue_id(self) -> int | None: ...


class TypedChoice(NamedTuple):
    """One IVR choice as typed in its table row: not yet checked."""

    key: str
    label: str
    queue: str | None


def _seconds(low: float, high: float, *, step: float = 1) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(0 if step >= 1 else 1)
    box.setSingleStep(step)
    box.setSuffix(translate("ui.admin.queues", " s", "a suffix after a number: seconds"))
    return box


class TargetPicker(QWidget):
    """Where a contact goes: another queue (chosen by name) or voicemail,
    a callback request, or a rejection; optionally nowhere in particular."""

    def __init__(self, none_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        if none_label is not None:
            self.kind.addItem(none_label, None)
        self.kind.addItem(
            translate("ui.admin.queues", "Another queue", "where a waiting caller is sent"), "queue"
        )
        for kind, label in target_kinds():
            self.kind.addItem(label, kind)
        self.queue = QComboBox()
        self.queue.setMinimumContentsLength(12)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.queue, 1)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    def set_queues(self, queues: list[rest.Queue], exclude: int | None) -> None:
        """The queues a contact may be sent to (not the one being edited); the choice stays."""
        chosen = self.queue.currentData()
        self.queue.clear()
        for queue in queues:
            if queue.id != exclude:
                self.queue.addItem(queue.display_name or queue.name, queue.id)
        self.queue.setCurrentIndex(max(0, self.queue.findData(chosen)))

    def set_target(self, text: str | None) -> None:
        kind, queue_id = parse_target(text)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if queue_id is not None:
            if self.queue.findData(queue_id) < 0:
                # Kept, though not listed.
                self.queue.addItem(
                    translate(
                        "ui.admin.queues", "queue #{id}", "a queue whose name is not known"
                    ).format(id=queue_id),
                    queue_id,
                )
            self.queue.setCurrentIndex(self.queue.findData(queue_id))

    def target(self) -> str | None:
        return target_text(self.kind.currentData(), self.queue.currentData())

    def _kind_chosen(self) -> None:
        self.queue.setVisible(self.kind.currentData() == "queue")


class QueuesTab(AdminEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.skills: list[rest.Skill] = []
        self.editing: int | None = None  # the queue in the form; None: a new one
        self._name_typed = False  # once the slug is typed, the display name stops making it
        self.queues = StatsTable[rest.Queue](
            (
                Column(
                    translate("ui.admin.queues", "Queue", "a column: the name people see"),
                    lambda q, _: q.display_name,
                ),
                Column(
                    translate("ui.admin.queues", "Name", "a column: the name in web addresses"),
                    lambda q, _: q.name,
                ),
                Column(
                    translate("ui.admin.queues", "Priority", "a column"),
                    lambda q, _: QLocale().toString(q.priority),
                ),
            ),
            key=lambda q: q.id,
        )
        self._build()
        self.new_queue()
        self.reload()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.table = rows_view(self.queues, translate("ui.admin.window", "Queues", "a tab"))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        new = QPushButton(translate("ui.admin.queues", "New queue", "a button"))
        new.clicked.connect(self.new_queue)
        top = list_toolbar(new, self.reload)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)

        groups = QWidget()
        grid = QGridLayout(groups)
        grid.addWidget(self._general(), 0, 0)
        grid.addWidget(self._waiting(), 1, 0)
        grid.addWidget(self._callbacks(), 2, 0)
        grid.addWidget(self._skills(), 3, 0)
        grid.addWidget(self._targets(), 4, 0)
        grid.addWidget(self._ivr(), 0, 1)
        grid.addWidget(self._hours(), 1, 1, 4, 1)
        grid.setRowStretch(5, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(groups)

        self.title = plain_label()
        self.title.setObjectName("pageTitle")
        buttons = self.save_and_delete_buttons()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.problem)
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 970])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.fields = {
            "name": (self.labels["name"], self.name),
            "display_name": (self.labels["display_name"], self.display_name),
            "strategy": (self.labels["strategy"], self.strategy),
            "priority": (self.labels["priority"], self.priority),
            "script_id": (self.labels["script_id"], self.script),
            "ring_timeout_s": (self.labels["ring_timeout_s"], self.ring_timeout),
            "wrap_up_s": (self.labels["wrap_up_s"], self.wrap_up),
            "autopause_misses": (
                translate("ui.admin.queues", "Pause after", "a field: pause an agent after misses"),
                self.autopause,
            ),
            "service_level_s": (self.labels["service_level_s"], self.service_level),
            "language": (self.labels["language"], self.language),
            "max_wait_s": (
                translate("ui.admin.queues", "Longest wait", "a field"),
                self.max_wait,
            ),
            "overflow_target": (self.labels["overflow_target"], self.overflow.kind),
            "hold_music": (self.labels["hold_music"], self.hold_music),
            "announce_every_s": (
                translate("ui.admin.queues", "Announce every", "a field: how often"),
                self.announce_every,
            ),
            "skills": (
                translate("ui.admin.queues", "Required skills", "a field"),
                self.skill_levels,
            ),
            "skill_steps": (
                translate(
                    "ui.admin.queues", "Widening", "a field: who may answer, as callers wait"
                ),
                self.steps,
            ),
            "ivr_menu": (translate("ui.admin.queues", "IVR menu", "a field"), self.ivr),
            "business_hours": (
                translate("ui.admin.queues", "Business hours", "a field"),
                self.hours_box,
            ),
            "after_hours_action": (
                translate(
                    "ui.admin.queues", "After hours", "a field: where callers go when closed"
                ),
                self.after_hours.kind,
            ),
            "outbound_caller_id": (self.labels["outbound_caller_id"], self.caller_id),
            "recording_notice": (
                translate("ui.admin.queues", "Recording notice", "a field"),
                self.recording_notice,
            ),
            "callbacks_offered": (self.labels["callbacks_offered"], self.callbacks_offered),
            "callback_preview_s": (self.labels["callback_preview_s"], self.callback_preview),
            "callback_priority": (callback_priority_label(), self.callback_priority),
            "first_response_target_s": (
                translate("ui.admin.queues", "First response within", "a field"),
                self.first_response_target,
            ),
            "resolution_target_s": (
                translate("ui.admin.queues", "Resolved within", "a field"),
                self.resolution_target,
            ),
            "escalate_to_queue_id": (
                translate("ui.admin.queues", "Escalate to", "a field: the specialists' queue"),
                self.escalate_to,
            ),
        }

    def _general(self) -> QGroupBox:
        # Each label names its field in the form and in the problems said of it.
        self.labels = {
            "display_name": translate("ui.admin.queues", "Display name", "a form's label"),
            "name": translate(
                "ui.admin.queues", "Name", "a form's label: the name in the caller's web address"
            ),
            "strategy": translate("ui.admin.queues", "Strategy", "a form's label: how it rings"),
            "priority": translate("ui.admin.queues", "Priority", "a form's label"),
            "ring_timeout_s": translate(
                "ui.admin.queues", "Ring for", "a form's label: how long an agent's phone rings"
            ),
            "wrap_up_s": translate(
                "ui.admin.queues", "Wrap-up", "a form's label: time after a call to finish it"
            ),
            "service_level_s": translate("ui.admin.queues", "Service level", "a form's label"),
            "script_id": translate(
                "ui.admin.queues", "Script", "a form's label: what agents read out"
            ),
            "language": translate(
                "ui.admin.queues", "Language", "a form's label: the queue's callers' language"
            ),
            "outbound_caller_id": translate("ui.admin.queues", "Caller ID on outbound calls"),
            "overflow_target": translate(
                "ui.admin.queues", "Then send to", "a form's label: after the longest wait"
            ),
            "hold_music": translate("ui.admin.queues", "Hold music", "a form's label"),
            "callbacks_offered": translate("ui.admin.queues", "Offer callbacks to waiting callers"),
            "callback_preview_s": translate(
                "ui.admin.queues", "Callback card shown for", "a form's label: how long"
            ),
        }
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(
            translate("ui.admin.queues", "e.g. Sales & Billing", "an example of a queue's name")
        )
        self.display_name.textEdited.connect(self._follow_display_name)
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            translate(
                "ui.admin.queues",
                "sales-billing (in the caller's web address)",
                "an example: lower-case letters, digits and dashes only",
            )
        )
        self.name.textEdited.connect(lambda text: setattr(self, "_name_typed", bool(text)))
        self.strategy = QComboBox()
        for value, label in strategies():
            self.strategy.addItem(label, value)
        self.priority = QSpinBox()
        self.priority.setRange(-100, 100)
        self.priority.setToolTip(
            translate("ui.admin.queues", "Agents in several queues take the higher priority first")
        )
        self.script = QComboBox()
        self.ring_timeout = _seconds(1, 300)
        self.wrap_up = _seconds(0, 3600)
        self.autopause = QSpinBox()
        self.autopause.setRange(0, 100)
        counted_suffix(
            self.autopause,
            lambda n: translate(
                "ui.admin.queues",
                " missed offer(s)",
                "a suffix after a number: pause an agent after this many calls not taken",
                n,
            ),
        )
        self.autopause.setSpecialValueText(
            translate("ui.admin.queues", "never", "pause an agent after: never")
        )
        self.service_level = _seconds(1, 3600)
        self.service_level.setToolTip(
            translate(
                "ui.admin.queues", "Answered within this many seconds counts as in service level"
            )
        )
        self.language = QComboBox()
        for code in LANGUAGE_CODES:
            self.language.addItem(LANGUAGE_NAMES[code], code)  # each in its own language
        self.language.setToolTip(
            translate(
                "ui.admin.queues",
                "What this queue's callers read on the call page and hear in announcements, "
                "unless they choose another language",
            )
        )
        # Phone callers pick one of these with a key before anything else.
        self.caller_languages = {code: QCheckBox(LANGUAGE_NAMES[code]) for code in LANGUAGE_CODES}
        self.caller_languages_row = QWidget()
        row = QHBoxLayout(self.caller_languages_row)
        row.setContentsMargins(0, 0, 0, 0)
        for choice in self.caller_languages.values():
            row.addWidget(choice)
        row.addStretch(1)
        self.caller_languages_row.setToolTip(
            translate(
                "ui.admin.queues",
                "With two or more ticked, phone callers first hear each language offered in "
                "itself and choose one with a key; web callers read their browser's language",
            )
        )
        self.caller_id = QLineEdit()
        self.caller_id.setPlaceholderText(
            translate(
                "ui.admin.queues",
                "e.g. +386 1 234 5678; empty: the trunk's own",
                "an example of a phone number (keep it, or use your country's)",
            )
        )
        self.caller_id.setToolTip(
            translate(
                "ui.admin.queues",
                "The number the people this queue's agents call see (any international way)",
            )
        )
        box = QGroupBox(translate("ui.admin.queues", "Queue", "a group's title"))
        form = QFormLayout(box)
        form.addRow(self.labels["display_name"], self.display_name)
        form.addRow(self.labels["name"], self.name)
        form.addRow(self.labels["strategy"], self.strategy)
        form.addRow(self.labels["priority"], self.priority)
        form.addRow(self.labels["ring_timeout_s"], self.ring_timeout)
        form.addRow(self.labels["wrap_up_s"], self.wrap_up)
        form.addRow(translate("ui.admin.queues", "Pause agent after"), self.autopause)
        form.addRow(self.labels["service_level_s"], self.service_level)
        form.addRow(self.labels["script_id"], self.script)
        form.addRow(self.labels["language"], self.language)
        form.addRow(
            translate("ui.admin.queues", "Phone callers choose", "a field: languages on offer"),
            self.caller_languages_row,
        )
        form.addRow(self.labels["outbound_caller_id"], self.caller_id)
        return box

    def _waiting(self) -> QGroupBox:
        self.limit_wait = QCheckBox(
            translate(
                "ui.admin.queues", "Limit the wait to", "a check box before a number of seconds"
            )
        )
        self.max_wait = _seconds(1, 86400)
        self.limit_wait.toggled.connect(self.max_wait.setEnabled)
        wait_row = QHBoxLayout()
        wait_row.addWidget(self.limit_wait)
        wait_row.addWidget(self.max_wait, 1)
        self.overflow = TargetPicker(
            none_label=translate(
                "ui.admin.queues",
                "Not set (the call is rejected)",
                "where a waiting caller is sent",
            )
        )
        self.hold_music = QComboBox()
        self.announce = QCheckBox(
            translate(
                "ui.admin.queues",
                "Announce place in line every",
                "a check box before a number of seconds",
            )
        )
        self.announce_every = _seconds(10, 600)
        self.announce.toggled.connect(self.announce_every.setEnabled)
        announce_row = QHBoxLayout()
        announce_row.addWidget(self.announce)
        announce_row.addWidget(self.announce_every, 1)
        self.recording_notice = QCheckBox(
            translate(
                "ui.admin.queues", "Tell callers their call may be recorded, and let them refuse"
            )
        )
        self.recording_notice.setToolTip(
            translate(
                "ui.admin.queues",
                "Before anyone answers, callers hear that the call may be recorded and that "
                "pressing 9 (or the caller page's button) stops it; their choice is kept with "
                "the call",
            )
        )
        box = QGroupBox(translate("ui.admin.queues", "Waiting callers", "a group's title"))
        form = QFormLayout(box)
        form.addRow(wait_row)
        form.addRow(self.labels["overflow_target"], self.overflow)
        form.addRow(self.labels["hold_music"], self.hold_music)
        form.addRow(announce_row)
        form.addRow(self.recording_notice)
        return box

    def _skills(self) -> QGroupBox:
        self.skill_levels = SkillLevels(
            translate("ui.admin.queues", "Minimum level", "a column: a skill's")
        )
        self.skill_levels.setMinimumHeight(110)
        self.steps = QTableWidget(0, 2)
        self.steps.setHorizontalHeaderLabels(
            [
                translate("ui.admin.queues", "After waiting", "a column: a number of seconds"),
                translate("ui.admin.queues", "Accept level from", "a column: a skill level"),
            ]
        )
        self.steps.verticalHeader().hide()
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setMinimumHeight(90)
        row = self._add_remove_row(
            self.steps,
            translate("ui.admin.queues", "Add step", "a button: a row of the widening"),
            translate("ui.admin.queues", "Remove step", "a button: a row of the widening"),
            lambda: self.add_step(),
        )
        box = QGroupBox(translate("ui.admin.queues", "Who may answer", "a group's title"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.skill_levels)
        said = plain_label(translate("ui.admin.queues", "As a caller waits, widen who may answer:"))
        said.setObjectName("hint")
        layout.addWidget(said)
        layout.addWidget(self.steps)
        layout.addLayout(row)
        return box

    def _add_remove_row(
        self, table: QTableWidget, add_text: str, remove_text: str, add_row: Callable[[], None]
    ) -> QHBoxLayout:
        """Buttons under ``table``: one adds a row, the other removes the selected rows."""
        add = QPushButton(add_text)
        add.clicked.connect(add_row)
        remove = QPushButton(remove_text)
        remove.clicked.connect(lambda: self._remove_selected(table))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        return row

    def _ivr(self) -> QGroupBox:
        self.ivr = QTableWidget(0, 3)
        self.ivr.setHorizontalHeaderLabels(
            [
                translate("ui.admin.queues", "Key", "a column: a phone key, 1 to 9, * 0 #"),
                translate("ui.admin.queues", "Label the caller sees", "a column"),
                translate("ui.admin.queues", "Sends to queue", "a column"),
            ]
        )
        self.ivr.verticalHeader().hide()
        header = self.ivr.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ivr.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ivr.setMinimumHeight(130)
        row = self._add_remove_row(
            self.ivr,
            translate("ui.admin.queues", "Add choice", "a button: a choice of the IVR menu"),
            translate("ui.admin.queues", "Remove choice", "a button: a choice of the IVR menu"),
            lambda: self.add_choice(),
        )
        box = QGroupBox(translate("ui.admin.queues", "IVR menu (none: callers queue here at once)"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.ivr)
        layout.addLayout(row)
        return box

    def _hours(self) -> QGroupBox:
        self.hours_box = QGroupBox(
            translate("ui.admin.queues", "Business hours (unticked: always open)")
        )
        self.hours_box.setCheckable(True)
        self.timezone = TimeZoneBox()
        self.days: dict[str, QLineEdit] = {}
        form = QFormLayout(self.hours_box)
        form.addRow(translate("ui.admin.queues", "Time zone"), self.timezone)
        for day, name in zip(DAYS, day_names(), strict=True):
            edit = QLineEdit()
            edit.setPlaceholderText(
                translate("ui.admin.queues", "closed", "a day's opening hours: none")
            )
            edit.setToolTip(
                translate(
                    "ui.admin.queues",
                    "e.g. 09:00-12:30, 13:30-17:00; empty: closed all day",
                    "keep the times' format: 09:00-12:30, spans parted by commas",
                )
            )
            self.days[day] = edit
            form.addRow(name, edit)
        self.holidays = QLineEdit()
        self.holidays.setPlaceholderText(
            translate(
                "ui.admin.queues",
                "e.g. 2026-12-25, 2027-01-01",
                "examples of dates: keep the format (year-month-day)",
            )
        )
        form.addRow(translate("ui.admin.queues", "Holidays (closed)"), self.holidays)
        self.after_hours = TargetPicker()
        form.addRow(translate("ui.admin.queues", "When closed, send to"), self.after_hours)
        return self.hours_box

    def _callbacks(self) -> QGroupBox:
        self.callbacks_offered = QCheckBox(self.labels["callbacks_offered"])
        self.callbacks_offered.setToolTip(
            translate(
                "ui.admin.queues",
                "Callers in line may leave their number and hang up (key 1 on the phone, "
                "the caller page's button): they keep their place and are called back",
            )
        )
        self.callback_preview = _seconds(0, 120)
        self.callback_preview.setSpecialValueText(
            translate("ui.admin.queues", "placed at once", "a callback card shown for: no time")
        )
        self.callback_preview.setToolTip(
            translate(
                "ui.admin.queues",
                "How long the agent reads the customer's card before the callback is placed "
                "(they may place it sooner, or skip it)",
            )
        )
        self.callback_priority = QSpinBox()
        self.callback_priority.setRange(0, 100)
        self.callback_priority.setSpecialValueText(
            translate("ui.admin.queues", "none", "a callbacks' priority of 0")
        )
        self.callback_priority.setToolTip(
            translate(
                "ui.admin.queues",
                "A callback scheduled for a time joins the line then. None: in line with new "
                "calls, by the time promised; above none: ahead of new calls waiting here. "
                "(A waiting caller's callback keeps the place they had.)",
                "None: the value shown for a priority of 0",
            )
        )
        box = QGroupBox(translate("ui.admin.queues", "Callbacks", "a group's title"))
        form = QFormLayout(box)
        form.addRow(self.callbacks_offered)
        form.addRow(self.labels["callback_preview_s"], self.callback_preview)
        form.addRow(callback_priority_label(), self.callback_priority)
        return box

    def _targets(self) -> QGroupBox:
        def target_row(check: QCheckBox, box: QDoubleSpinBox) -> QHBoxLayout:
            check.toggled.connect(box.setEnabled)
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(box, 1)
            return row

        self.limit_first_response = QCheckBox(
            translate(
                "ui.admin.queues",
                "First response within",
                "a check box before a number of seconds",
            )
        )
        self.first_response_target = _seconds(1, TARGET_MAX_S)
        self.first_response_target.setToolTip(
            translate(
                "ui.admin.queues",
                "An e-mail's first reply, a task's or a callback's answer, counted from its "
                "arrival here (e.g. 3600 s: an hour)",
            )
        )
        self.limit_resolution = QCheckBox(
            translate(
                "ui.admin.queues", "Resolved within", "a check box before a number of seconds"
            )
        )
        self.resolution_target = _seconds(1, TARGET_MAX_S)
        self.resolution_target.setToolTip(
            translate(
                "ui.admin.queues",
                "Until its agent has finished with it, counted from its arrival here "
                "(e.g. 86400 s: a day)",
            )
        )
        self.escalate_to = QComboBox()
        self.escalate_to.setMinimumContentsLength(12)
        self.escalate_to.setToolTip(
            translate(
                "ui.admin.queues",
                "Where an item still waiting past a target goes; past a target there too, "
                "or with an agent, or with no queue chosen, supervisors see it in their "
                "list of escalations",
            )
        )
        self._fill_escalate_to(None)
        box = QGroupBox(
            translate(
                "ui.admin.queues", "Service targets (e-mails, tasks, callbacks)", "a group's title"
            )
        )
        form = QFormLayout(box)
        form.addRow(target_row(self.limit_first_response, self.first_response_target))
        form.addRow(target_row(self.limit_resolution, self.resolution_target))
        form.addRow(
            translate("ui.admin.queues", "Past a target, send to", "a form's label"),
            self.escalate_to,
        )
        return box

    def _fill_escalate_to(self, chosen: int | None) -> None:
        """The queues an item may escalate to (not the one being edited); ``chosen`` selected."""
        self.escalate_to.clear()
        self.escalate_to.addItem(
            translate(
                "ui.admin.queues",
                "No specialists' queue (the supervisors)",
                "where an item past its target goes",
            ),
            None,
        )
        for index in range(self.queues.rowCount()):
            queue = self.queues.at(index)
            if queue is not None and queue.id != self.editing:
                self.escalate_to.addItem(queue.display_name or queue.name, queue.id)
        if chosen is not None and self.escalate_to.findData(chosen) < 0:
            self.escalate_to.addItem(
                translate(
                    "ui.admin.queues", "queue #{id}", "a queue whose name is not known"
                ).format(id=chosen),
                chosen,
            )
        self.escalate_to.setCurrentIndex(max(0, self.escalate_to.findData(chosen)))

    # ------------------------------------------------------------ rows of tables

    def add_step(self, after_s: float = 60, min_level: int = MIN_LEVEL) -> None:
        if self.steps.rowCount() >= MAX_SKILL_STEPS:
            return
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        after = _seconds(0, 86400)
        after.setValue(after_s)
        level = QSpinBox()
        level.setRange(MIN_LEVEL, MAX_LEVEL)
        level.setValue(min_level)
        self.steps.setCellWidget(row, 0, after)
        self.steps.setCellWidget(row, 1, level)
        for column, widget in enumerate((after, level)):  # named by their columns
            header = self.steps.horizontalHeaderItem(column)
            widget.setAccessibleName(header.text() if header is not None else "")

    def add_choice(self, key: str | None = None, label: str = "", queue: str | None = None) -> None:
        if self.ivr.rowCount() >= MAX_IVR_CHOICES:
            return
        used = {c.key for c in self._choices()}
        row = self.ivr.rowCount()
        self.ivr.insertRow(row)
        keys = QComboBox()
        keys.addItems(IVR_KEYS)
        free = next((k for k in IVR_KEYS if k not in used), IVR_KEYS[0])
        keys.setCurrentText(key if key is not None else free)
        target = QComboBox()
        self._fill_queue_names(target, queue)
        self.ivr.setCellWidget(row, 0, keys)
        self.ivr.setItem(row, 1, QTableWidgetItem(label))
        self.ivr.setCellWidget(row, 2, target)

    def _fill_queue_names(self, combo: QComboBox, chosen: str | None) -> None:
        combo.clear()
        for index in range(self.queues.rowCount()):
            queue = self.queues.at(index)
            if queue is not None:
                combo.addItem(f"{queue.display_name} ({queue.name})", queue.name)
        if chosen and combo.findData(chosen) < 0:
            combo.addItem(chosen, chosen)  # a queue not listed (yet): kept as typed
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _choices(self) -> list[TypedChoice]:
        choices = []
        for row in range(self.ivr.rowCount()):
            keys, label, target = (
                self.ivr.cellWidget(row, 0),
                self.ivr.item(row, 1),
                self.ivr.cellWidget(row, 2),
            )
            assert isinstance(keys, QComboBox) and isinstance(target, QComboBox)
            choices.append(
                TypedChoice(
                    keys.currentText(),
                    label.text().strip() if label is not None else "",
                    target.currentData(),
                )
            )
        return choices

    def _steps(self) -> list[rest.SkillStep]:
        steps = []
        for row in range(self.steps.rowCount()):
            after, level = self.steps.cellWidget(row, 0), self.steps.cellWidget(row, 1)
            assert isinstance(after, QDoubleSpinBox) and isinstance(level, QSpinBox)
            steps.append(rest.SkillStep(after_s=after.value(), min_level=level.value()))
        return steps

    @staticmethod
    def _remove_selected(table: QTableWidget) -> None:
        rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
        for row in rows or [table.rowCount() - 1]:
            if row >= 0:
                table.removeRow(row)

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.call(self.client.skills.list, self._skills_loaded)
        self.call(self.client.scripts.list, self._scripts_loaded)
        self.call(self.client.hold_music, self._music_loaded)
        self.call(self.client.queues.list, self._queues_loaded)

    def _queues_loaded(self, rows: list[rest.Queue]) -> None:
        self.queues.replace(sorted(rows, key=lambda q: q.display_name.lower()))
        listed = [q for q in (self.queues.at(i) for i in range(self.queues.rowCount())) if q]
        for picker in (self.overflow, self.after_hours):
            picker.set_queues(listed, self.editing)
        self._fill_escalate_to(self.escalate_to.currentData())
        for row in range(self.ivr.rowCount()):
            target = self.ivr.cellWidget(row, 2)
            assert isinstance(target, QComboBox)
            self._fill_queue_names(target, target.currentData())
        self._select(self.editing)

    def _skills_loaded(self, rows: list[rest.Skill]) -> None:
        self.skills = rows
        self.skill_levels.set_skills(rows)

    def _scripts_loaded(self, rows: list[rest.Script]) -> None:
        chosen = self.script.currentData()
        self.script.clear()
        self.script.addItem(translate("ui.admin.queues", "(no script)"), None)
        for script in sorted(rows, key=lambda s: s.name.lower()):
            self.script.addItem(script.name, script.id)
        self._choose(self.script, chosen)

    def _music_loaded(self, names: list[str]) -> None:
        chosen = self.hold_music.currentData() or DEFAULT_MUSIC
        self.hold_music.clear()
        for name in names:
            # The music the server ships is ours to name; the owner's own files keep theirs.
            shown = (
                translate("ui.admin.queues", "Default music", "the hold music the server ships")
                if name == DEFAULT_MUSIC
                else name.replace("_", " ").replace("-", " ").capitalize()
            )
            self.hold_music.addItem(shown, name)
        self._choose(self.hold_music, chosen)

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        """Selects ``value``; one not listed (a script since deleted, music not
        installed here) is added rather than silently changed."""
        if value is not None and combo.findData(value) < 0:
            combo.addItem(
                translate(
                    "ui.admin.queues",
                    "{value} (not available)",
                    "a script since deleted, or hold music not installed",
                ).format(value=value),
                value,
            )
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _select(self, queue_id: int | None) -> None:
        select_row_with_id(self.table, self.queues, queue_id)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        queue = self.queues.at(current.row()) if current.isValid() else None
        if queue is not None and queue.id != self.editing:  # a reload keeps what is typed
            self.edit(queue)

    # ------------------------------------------------------------ the form

    def new_queue(self) -> None:
        """An empty form with the server's defaults."""
        self.editing = None
        self.table.setCurrentIndex(QModelIndex())
        self._fill(NEW_QUEUE)
        self._name_typed = False
        self.title.setText(translate("ui.admin.queues", "New queue", "the form's title"))
        self.delete_button.setEnabled(False)
        self.display_name.setFocus()

    def edit(self, queue: rest.Queue) -> None:
        self.editing = queue.id
        self._fill(queue)
        self._name_typed = True
        self.title.setText(self._title(queue))
        self.delete_button.setEnabled(True)

    @staticmethod
    def _title(queue: rest.Queue) -> str:
        return translate(
            "ui.admin.queues", "Edit {name}", "the form's title: a queue's name"
        ).format(name=queue.display_name)

    def _fill(self, queue: QueueSettings) -> None:
        self.clear_problem()
        listed = [q for q in (self.queues.at(i) for i in range(self.queues.rowCount())) if q]
        for picker in (self.overflow, self.after_hours):
            picker.set_queues(listed, self.editing)
        self.display_name.setText(queue.display_name)
        self.name.setText(queue.name)
        self.strategy.setCurrentIndex(max(0, self.strategy.findData(queue.strategy)))
        self.priority.setValue(queue.priority)
        self.ring_timeout.setValue(queue.ring_timeout_s)
        self.wrap_up.setValue(queue.wrap_up_s)
        self.autopause.setValue(queue.autopause_misses)
        self.service_level.setValue(queue.service_level_s)
        self._choose(self.script, queue.script_id)
        self._choose(self.language, queue.language)
        for code, ticked in self.caller_languages.items():
            ticked.setChecked(code in queue.caller_languages)
        max_wait = queue.max_wait_s
        self.limit_wait.setChecked(max_wait is not None)
        self.max_wait.setEnabled(max_wait is not None)
        self.max_wait.setValue(max_wait if max_wait is not None else 120)
        self.overflow.set_target(queue.overflow_target)
        self._choose(self.hold_music, queue.hold_music)
        announce = queue.announce_every_s
        self.announce.setChecked(announce is not None)
        self.announce_every.setEnabled(announce is not None)
        self.announce_every.setValue(announce if announce is not None else 30)
        self.skill_levels.set_levels(queue.skills)
        self.steps.setRowCount(0)
        for step in queue.skill_steps:
            self.add_step(step.after_s, step.min_level)
        self.ivr.setRowCount(0)
        for choice in queue.ivr_menu or ():
            self.add_choice(choice.key, choice.label, choice.queue)
        self._fill_hours(queue.business_hours)
        self.after_hours.set_target(queue.after_hours_action or "reject")
        self.caller_id.setText(queue.outbound_caller_id or "")
        self.recording_notice.setChecked(queue.recording_notice)
        self.callbacks_offered.setChecked(queue.callbacks_offered)
        self.callback_preview.setValue(queue.callback_preview_s)
        self.callback_priority.setValue(queue.callback_priority)
        for check, box, value in (
            (
                self.limit_first_response,
                self.first_response_target,
                queue.first_response_target_s,
            ),
            (self.limit_resolution, self.resolution_target, queue.resolution_target_s),
        ):
            check.setChecked(value is not None)
            box.setEnabled(value is not None)
            box.setValue(value if value is not None else box.minimum())
        self._fill_escalate_to(queue.escalate_to_queue_id)

    def _fill_hours(self, hours: Mapping[str, Any] | None) -> None:
        self.hours_box.setChecked(hours is not None)
        hours = hours or {}
        self.timezone.setCurrentText(str(hours.get("timezone") or system_time_zone()))
        weekly = hours.get("weekly") or {}
        for day, edit in self.days.items():
            edit.setText(format_spans(weekly.get(day, [])))
        self.holidays.setText(", ".join(str(d) for d in hours.get("holidays") or []))

    def _follow_display_name(self, text: str) -> None:
        if not self._name_typed:
            self.name.setText(slug(text))

    def values(self) -> rest.QueueFields:
        """The form as the server's queue fields (those this tab edits: chat
        settings are left as they are); raises ValueError naming the day of
        hours it cannot read, and ValidationError naming a field that cannot be."""
        menu = [
            rest.MenuChoice(key=c.key, label=c.label, queue=c.queue or "") for c in self._choices()
        ]
        return rest.QueueFields(
            name=self.name.text().strip(),
            display_name=self.display_name.text().strip(),
            strategy=self.strategy.currentData(),
            priority=self.priority.value(),
            ring_timeout_s=self.ring_timeout.value(),
            wrap_up_s=self.wrap_up.value(),
            max_wait_s=self.max_wait.value() if self.limit_wait.isChecked() else None,
            overflow_target=self.overflow.target(),
            service_level_s=self.service_level.value(),
            autopause_misses=self.autopause.value(),
            skill_steps=self._steps(),
            business_hours=self._hours_value(),
            after_hours_action=self.after_hours.target() or "reject",
            script_id=self.script.currentData(),
            skills=self.skill_levels.levels(),
            hold_music=self.hold_music.currentData() or DEFAULT_MUSIC,
            announce_every_s=self.announce_every.value() if self.announce.isChecked() else None,
            ivr_menu=menu or None,
            outbound_caller_id=self.caller_id.text().strip() or None,
            recording_notice=self.recording_notice.isChecked(),
            callbacks_offered=self.callbacks_offered.isChecked(),
            callback_preview_s=self.callback_preview.value(),
            callback_priority=self.callback_priority.value(),
            language=self.language.currentData(),
            caller_languages=[
                cast(LanguageCode, code)
                for code in LANGUAGE_CODES
                if self.caller_languages[code].isChecked()
            ],
            first_response_target_s=self.first_response_target.value()
            if self.limit_first_response.isChecked()
            else None,
            resolution_target_s=self.resolution_target.value()
            if self.limit_resolution.isChecked()
            else None,
            escalate_to_queue_id=self.escalate_to.currentData(),
        )

    def _hours_value(self) -> dict[str, Any] | None:
        if not self.hours_box.isChecked():
            return None
        weekly = {day: edit.text() for day, edit in self.days.items()}
        return business_hours(self.timezone.currentText(), weekly, self.holidays.text())

    def _first_problem(self) -> tuple[str, str] | None:
        if not self.display_name.text().strip():
            return "display_name", translate(
                "ui.admin.queues", "Enter the name callers and agents see."
            )
        if not QUEUE_NAME.match(self.name.text().strip()):
            return (
                "name",
                translate(
                    "ui.admin.queues",
                    "The name takes lower-case letters, digits and dashes, starting with a "
                    "letter or digit (e.g. sales-billing).",
                ),
            )
        choices = self._choices()
        if any(not c.label for c in choices):
            return "ivr_menu", translate(
                "ui.admin.queues", "Every IVR choice needs a label the caller can read."
            )
        if any(not c.queue for c in choices):
            return "ivr_menu", translate(
                "ui.admin.queues", "Every IVR choice needs a queue to send the caller to."
            )
        repeated = duplicates(c.key for c in choices)
        if repeated:
            return "ivr_menu", translate(
                "ui.admin.queues",
                "Key {key} is used for two choices: give each its own.",
                "{key}: a phone key",
            ).format(key=repeated[0])
        if not self._steps():
            return "skill_steps", translate(
                "ui.admin.queues", "Keep at least one step (after 0 s, from level 1)."
            )
        return None

    def save(self) -> None:
        """Creates or changes the queue in the form."""
        problem = self._first_problem()
        if problem is None:
            try:
                self._hours_value()
            except ValueError as exc:
                problem = ("business_hours", str(exc))
        if problem is not None:
            self.show_problem(problem[1], problem[0])
            return
        self.save_button.setEnabled(False)
        editing = self.editing

        def saved(queue: rest.Queue) -> None:
            self.save_button.setEnabled(True)
            self.editing = queue.id
            self.title.setText(self._title(queue))
            self.delete_button.setEnabled(True)
            self._name_typed = True
            if editing is None:
                said = translate("ui.admin.queues", "Created queue {name}.")
            else:
                said = translate("ui.admin.queues", "Saved queue {name}.")
            self.report(said.format(name=queue.display_name))
            self.call(self.client.queues.list, self._queues_loaded)

        def refused() -> None:
            self.save_button.setEnabled(True)

        def send() -> Future[rest.Queue]:
            return self.client.queues.save(editing, self.values())

        self.call(send, saved, refused)

    def delete(self, *, confirm: bool = True) -> None:
        queue = self.queues.row(self.editing) if self.editing is not None else None
        if queue is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                translate("ui.admin.queues", "Delete queue", "a window title"),
                translate(
                    "ui.admin.queues",
                    "Delete the queue {name}? Its caller page stops working; reports keep its "
                    "past contacts.",
                ).format(name=queue.display_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def deleted(_answer: rest.Deleted) -> None:
            self.report(
                translate("ui.admin.queues", "Deleted queue {name}.").format(
                    name=queue.display_name
                )
            )
            self.new_queue()
            self.call(self.client.queues.list, self._queues_loaded)

        self.call(lambda: self.client.queues.delete(queue.id), deleted)
