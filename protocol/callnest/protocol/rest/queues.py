"""Queues: how a queue rings, who may answer it, what a waiting caller hears,
its IVR menu and opening hours, and the number its outbound calls show.

Where a contact goes (``overflow_target``, ``after_hours_action``) and the
opening hours are checked by the server's router, which alone runs them: a
value of the right shape that it cannot use is refused there, naming the
field."""

from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, StringConstraints, field_validator

from callnest.protocol.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, LanguageCode
from callnest.protocol.rest.base import E164, Level, Name, RestModel, RowId, Slug

__all__ = [
    "CannedAnswer",
    "MenuChoice",
    "Queue",
    "QueueFields",
    "QueueScript",
    "QueueStrategy",
    "SkillStep",
]


class QueueStrategy(StrEnum):
    """Which free agent a contact rings first."""

    LONGEST_IDLE = "longest-idle"
    ROUND_ROBIN = "round-robin"
    FEWEST_CONTACTS = "fewest-contacts"
    RING_ALL = "ring-all"
    SKILLS_BASED = "skills-based"


class SkillStep(RestModel):
    """From ``after_s`` of waiting on, agents down to ``min_level`` may take the contact."""

    after_s: Annotated[float, Field(ge=0, le=86400)]
    min_level: Level


class MenuChoice(RestModel):
    """One IVR button on the caller's page: "1 - Sales" sends the call to queue ``sales``."""

    key: Annotated[str, StringConstraints(pattern=r"^[0-9*#]$")]
    label: Name
    queue: Slug


class CannedAnswer(RestModel):
    """A ready answer an operator can drop into a chat."""

    title: Name
    text: Annotated[str, StringConstraints(min_length=1, max_length=4000)]


Seconds = Annotated[float, Field(ge=0)]
TargetSeconds = Annotated[float, Field(gt=0, le=90 * 86400)]
"""A service target: up to a quarter of a year."""
HoldMusic = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_-]{1,64}$")]
BusinessHours = dict[str, Any]
"""``{"timezone": "Europe/Paris", "weekly": {"mon": [["09:00", "17:00"]], ...},
"holidays": ["2026-12-25"]}``: a day left out is closed all day."""


class QueueFields(RestModel):
    """A queue as an owner creates or changes it (a change sends only the
    fields it sets; the rest keep their values)."""

    name: Slug
    display_name: Name
    strategy: QueueStrategy = QueueStrategy.LONGEST_IDLE
    priority: Annotated[int, Field(ge=-100, le=100)] = 0
    ring_timeout_s: Annotated[float, Field(ge=1, le=300)] = 20
    wrap_up_s: Annotated[float, Field(ge=0, le=3600)] = 30
    max_wait_s: Annotated[float, Field(gt=0, le=86400)] | None = None
    overflow_target: str | None = None  # queue:<id>, voicemail, callback or reject
    service_level_s: Annotated[float, Field(gt=0, le=3600)] = 20
    autopause_misses: Annotated[int, Field(ge=0, le=100)] = 3
    skill_steps: Annotated[list[SkillStep], Field(min_length=1, max_length=10)] = Field(
        default_factory=lambda: [SkillStep(after_s=0, min_level=1)]
    )
    business_hours: BusinessHours | None = None  # None: always open
    after_hours_action: str = "reject"
    script_id: RowId | None = None
    skills: dict[RowId, Level] = Field(default_factory=dict)  # skill id -> minimum level
    hold_music: HoldMusic = "default"
    announce_every_s: Annotated[float, Field(ge=10, le=600)] | None = 30
    ivr_menu: Annotated[list[MenuChoice], Field(min_length=1, max_length=12)] | None = None
    # Chat: ready answers for the operators, and whether calls may reach an agent in chats.
    canned_responses: Annotated[list[CannedAnswer], Field(max_length=200)] = Field(
        default_factory=list
    )
    calls_while_chatting: bool = False
    # The number (E.164) the people this queue's agents call see; None: the trunk's default.
    outbound_caller_id: E164 | None = None
    # Callers hear (and the page says) that the call is recorded, and may refuse.
    recording_notice: bool = False
    # Waiting callers may leave a number and hang up, keeping their place (the
    # page's button, key 1 on the phone). A callback's card shows its agent
    # callback_preview_s before the call goes out; scheduled callbacks go
    # ahead of new calls by callback_priority.
    callbacks_offered: bool = False
    callback_preview_s: Annotated[float, Field(ge=0, le=120)] = 10
    callback_priority: Annotated[int, Field(ge=0, le=100)] = 1
    # What its callers read and hear unless they choose (the page follows the
    # browser's languages; the phone menu may offer a choice).
    language: LanguageCode = DEFAULT_LANGUAGE
    # The languages a phone caller may choose from before anything else ("For
    # English, press 1. Za slovenščino pritisnite tipko 2."), keys 1.. in this
    # order; fewer than two: no choice, the queue's language.
    caller_languages: Annotated[list[LanguageCode], Field(max_length=len(LANGUAGE_CODES))] = Field(
        default_factory=list
    )
    # Service targets for its e-mails, tasks and callbacks, counted from an
    # item's entry into its tier (None: no target). An item waiting past one
    # moves to escalate_to_queue_id (the specialists' queue; another queue);
    # at the specialists', with an agent, or with nowhere to go, the
    # supervisors own it (GET /api/escalations).
    first_response_target_s: TargetSeconds | None = None
    resolution_target_s: TargetSeconds | None = None
    escalate_to_queue_id: RowId | None = None

    @field_validator("caller_languages")
    @classmethod
    def _each_language_once(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("each language may be offered once")
        return value

    @field_validator("ivr_menu")
    @classmethod
    def _one_choice_per_key(cls, value: list[MenuChoice] | None) -> list[MenuChoice] | None:
        if value is not None and len({c.key for c in value}) != len(value):
            raise ValueError("each menu key may be used once")
        return value


class QueueScript(RestModel):
    """The one change the Scripts tab makes to a queue: the script its agents read."""

    script_id: int | None


class Queue(RestModel):
    id: int
    name: str
    display_name: str
    strategy: QueueStrategy
    priority: int
    ring_timeout_s: Seconds
    wrap_up_s: Seconds
    max_wait_s: Seconds | None
    overflow_target: str | None
    service_level_s: Seconds
    autopause_misses: int
    skill_steps: tuple[SkillStep, ...]
    business_hours: BusinessHours | None
    after_hours_action: str
    script_id: int | None
    created_at: float
    hold_music: str
    announce_every_s: Seconds | None
    ivr_menu: tuple[MenuChoice, ...] | None
    canned_responses: tuple[CannedAnswer, ...]
    calls_while_chatting: bool
    outbound_caller_id: str | None  # E.164
    recording_notice: bool
    callbacks_offered: bool
    callback_preview_s: Seconds
    callback_priority: int
    language: LanguageCode = DEFAULT_LANGUAGE
    caller_languages: tuple[LanguageCode, ...] = ()
    first_response_target_s: Seconds | None = None
    resolution_target_s: Seconds | None = None
    escalate_to_queue_id: int | None = None
    skills: dict[int, int]  # skill id -> minimum level
