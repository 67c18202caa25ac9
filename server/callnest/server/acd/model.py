"""What the ACD routes: queue and agent configuration, contacts, offers.

Configuration objects are frozen (the server rebuilds them from the store);
runtime objects are mutable and owned by :class:`callnest.server.acd.core.Acd`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from callnest.server.acd.hours import BusinessHours


class Channel(StrEnum):
    VOICE = "voice"
    CHAT = "chat"
    TASK = "task"
    EMAIL = "email"


# A call needs the agent's whole attention: while an agent has one, nothing
# else is offered, and a call is only offered to an agent with nothing open.
# Chats, tasks and e-mails share the agent up to their channel's capacity.
EXCLUSIVE_CHANNELS = frozenset({Channel.VOICE})
# What waits for the next agent however long it takes, in or out of hours:
# nobody is on the line to turn away or to tire of waiting.
PATIENT_CHANNELS = frozenset({Channel.TASK, Channel.EMAIL})


# Which service target a contact passed to be escalated (escalation.py).
EscalationReason = Literal["first_response", "resolution"]


class Strategy(StrEnum):
    LONGEST_IDLE = "longest-idle"
    ROUND_ROBIN = "round-robin"
    FEWEST_CONTACTS = "fewest-contacts"
    RING_ALL = "ring-all"
    SKILLS_BASED = "skills-based"


class AgentState(StrEnum):
    OFFLINE = "offline"
    AVAILABLE = "available"
    BREAK = "break"


# An alias for the routing hot path: reading a member through its Enum class is
# slow on CPython 3.11 (see the note in core.py).
_AVAILABLE = AgentState.AVAILABLE


class Phase(StrEnum):
    """Where a contact is in its life; the moves between phases are in
    :mod:`callnest.server.acd.transitions`."""

    QUEUED = "queued"
    RINGING = "ringing"
    CONNECTED = "connected"
    WRAP_UP = "wrap_up"
    CLOSED = "closed"  # its last phase: it has left the ACD (no longer in Acd.contacts)


class OverflowKind(StrEnum):
    QUEUE = "queue"
    VOICEMAIL = "voicemail"
    CALLBACK = "callback"
    REJECT = "reject"


@dataclass(frozen=True, slots=True)
class Overflow:
    """Where a contact goes when its queue's wait runs out or the queue is closed."""

    kind: OverflowKind
    queue_id: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> Overflow | None:
        """Reads the stored form: ``queue:<id>``, ``voicemail``, ``callback``, ``reject``."""
        if not text:
            return None
        kind, _, target = text.partition(":")
        if kind == OverflowKind.QUEUE:
            if not (target.isascii() and target.isdigit()):
                raise ValueError(f"overflow target {text!r}: expected queue:<id>")
            return cls(OverflowKind.QUEUE, int(target))
        if (
            kind in {OverflowKind.VOICEMAIL, OverflowKind.CALLBACK, OverflowKind.REJECT}
            and not target
        ):
            return cls(OverflowKind(kind))
        raise ValueError(
            f"overflow target {text!r}: expected queue:<id>, voicemail, callback or reject"
        )


@dataclass(frozen=True, slots=True)
class SkillStep:
    """From ``after_s`` of waiting on, agents down to ``min_level`` may take the contact."""

    after_s: float
    min_level: int


@dataclass(frozen=True, slots=True)
class QueueConfig:
    id: int
    name: str
    display_name: str = ""  # what people read; routing never looks at it
    strategy: Strategy = Strategy.LONGEST_IDLE
    priority: int = 0
    ring_timeout_s: float = 20.0
    wrap_up_s: float = 30.0
    max_wait_s: float | None = None
    overflow: Overflow | None = None
    service_level_s: float = 20.0
    autopause_misses: int = 3
    # skill_id -> minimum level an agent needs to be a member at all
    skills: dict[int, int] = field(default_factory=dict)
    skill_steps: tuple[SkillStep, ...] = (SkillStep(0.0, 1),)
    hours: BusinessHours | None = None
    after_hours: Overflow = Overflow(OverflowKind.REJECT)
    # The cross-channel rule: may a call reach an agent who has only chats
    # open? (False: a call needs an agent with nothing open.)
    calls_while_chatting: bool = False
    # Service targets for what waits here however long it takes (e-mails,
    # tasks, callbacks), counted from an item's entry into its tier (None: no
    # target); past one, an item waiting here moves up to ``escalate_to``
    # (the specialists' queue), else the supervisors own it (see escalation.py).
    first_response_target_s: float | None = None
    resolution_target_s: float | None = None
    escalate_to: int | None = None

    def min_level_after(self, waited_s: float) -> int:
        level = self.skill_steps[0].min_level if self.skill_steps else 1
        for step in self.skill_steps:
            if waited_s >= step.after_s:
                level = step.min_level
        return level

    def next_step_after(self, waited_s: float) -> float | None:
        """Seconds of waiting at which the next widening step applies, if any."""
        later = [s.after_s for s in self.skill_steps if s.after_s > waited_s]
        return min(later) if later else None


@dataclass(frozen=True, slots=True)
class AgentConfig:
    id: int
    name: str = ""
    team_id: int | None = None
    skills: dict[int, int] = field(default_factory=dict)  # skill_id -> level 1..10
    capacity: dict[Channel, int] = field(
        default_factory=lambda: {
            Channel.VOICE: 1,
            Channel.CHAT: 3,
            Channel.TASK: 1,
            Channel.EMAIL: 2,
        }
    )
    # Queues the agent serves regardless of skills (an explicit membership,
    # like an Asterisk static member). A queue that requires no skill is
    # served by every agent; one that does, by the agents who have them.
    queues: frozenset[int] = frozenset()

    def level_for(self, queue: QueueConfig) -> int | None:
        """The agent's level for ``queue`` (its weakest required skill), or None if not a member."""
        if not queue.skills or queue.id in self.queues:
            return 10
        level = 10
        for skill_id, minimum in queue.skills.items():
            own = self.skills.get(skill_id)
            if own is None or own < minimum:
                return None
            level = min(level, own)
        return level


@dataclass(slots=True)
class Contact:
    id: str
    channel: Channel
    queue_id: int
    priority: int
    entered_at: float  # first entry: the wait a customer feels never restarts
    queue_entered_at: float  # entry into the current queue (service level, max wait)
    seq: int
    phase: Phase = Phase.QUEUED
    head_of_line: bool = False  # returned after its agent vanished
    target_agent: int | None = None  # a transfer to one agent
    agent_id: int | None = None
    # Answered in its current queue: if the agent is then lost and the caller
    # gives up while waiting again, the contact was still answered here.
    answered_here: bool = False
    outbound: bool = False  # an agent's call out: the agent holds it from the start
    # A call to place (a callback, a campaign's call), not a caller on the
    # line: it waits its turn like a caller, then rings one agent as a card
    # for ``preview_s`` (0: at once); the agent's acceptance, or the end of
    # the countdown, places the call with the agent holding it (``outbound``).
    preview_s: float | None = None
    purpose: str | None = None  # what the call to place is for: "callback", "campaign"
    # Transferred to this outside number: connected to no agent, the phone
    # side calls it (and then bridges it) until the call ends or fails.
    outside: str | None = None
    offers: dict[str, int] = field(default_factory=dict)  # offer_id -> agent_id
    offered_at: float | None = None
    answered_at: float | None = None
    held_since: float | None = None
    hold_s: float = 0.0
    ended_at: float | None = None
    wrap_deadline: float | None = None
    timer_gen: int = 0  # bumped to cancel this contact's pending timers
    # Its escalation (escalation.py): 1 the first line, 2 the specialists'
    # queue, 3 the supervisors own it; since when (None: tier 1, since
    # ``entered_at``), and which target it passed to get there.
    tier: int = 1
    tier_since: float | None = None
    escalation_reason: EscalationReason | None = None

    def sort_key(self) -> tuple[int, float, int]:
        return (0 if self.head_of_line else 1, self.queue_entered_at, self.seq)


@dataclass(slots=True)
class Agent:
    config: AgentConfig
    state: AgentState = AgentState.OFFLINE
    reason_id: int | None = None
    system_reason: str | None = None  # e.g. "missed_offers" for autopause
    since: float = 0.0
    idle_since: float = 0.0
    cooldown_until: float = 0.0
    handled: int = 0
    missed_in_a_row: int = 0
    contacts: dict[str, Phase] = field(default_factory=dict)  # contact_id -> phase
    channels: dict[Channel, int] = field(default_factory=dict)  # open contacts per channel

    @property
    def id(self) -> int:
        return self.config.id

    def takes_nothing(self, now: float) -> bool:
        """Not free for any channel (a quick test; False does not promise a free channel)."""
        if self.state is not _AVAILABLE or now < self.cooldown_until:
            return True
        channels = self.channels
        for exclusive in EXCLUSIVE_CHANNELS:  # noqa: SIM110 - any(<genexpr>) is slower here
            if channels.get(exclusive):
                return True
        return False

    def free_for(self, channel: Channel, now: float) -> bool:
        if self.state is not _AVAILABLE or now < self.cooldown_until:
            return False
        channels = self.channels
        for exclusive in EXCLUSIVE_CHANNELS:  # a loop, not any(): this is the hot path
            if channels.get(exclusive):
                return False
        if channel in EXCLUSIVE_CHANNELS:
            return not self.contacts
        return channels.get(channel, 0) < self.config.capacity.get(channel, 0)

    def free_for_call_while_chatting(self, now: float) -> bool:
        """Free for a call from a queue whose rule lets calls reach an agent in
        chats: available, and nothing open but chats."""
        if self.state is not _AVAILABLE or now < self.cooldown_until:
            return False
        if self.config.capacity.get(Channel.VOICE, 0) <= 0:
            return False
        return all(ch is Channel.CHAT for ch in self.channels)
