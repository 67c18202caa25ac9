"""The ACD's event log entries (Asterisk's queue_log, as typed records).

Every transition of a contact or an agent is one event; every statistic is
computed from the log (see :mod:`callnest.server.acd.stats`), so what the
wallboard shows and what a report says can never disagree.

Each kind of event is its own frozen dataclass, carrying the facts of that
kind as typed fields, so that a subscriber narrows an event with
``isinstance`` (or ``match``) and mypy checks what it reads. In the store an
event is a row: the fields every event has, and ``data``, a JSON object of
that kind's facts (:meth:`Event.as_row`, :meth:`Event.from_row`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import Enum, StrEnum
from typing import Any, ClassVar, Literal

from callnest.server.acd.model import AgentState, Channel, EscalationReason, Phase


class EventType(StrEnum):
    AGENT_STATE = "agent.state"
    ENTERED = "contact.entered"
    OFFERED = "contact.offered"
    OFFER_MISSED = "contact.offer_missed"  # no answer within the ring timeout
    OFFER_DECLINED = "contact.offer_declined"
    OFFER_WITHDRAWN = "contact.offer_withdrawn"
    DIALLED = "contact.dialled"  # an agent's call out started ringing the far end
    # A caller waiting in line asked to be called back, keeping their place.
    CALLBACK_REQUESTED = "contact.callback_requested"
    ANSWERED = "contact.answered"
    ABANDONED = "contact.abandoned"
    REQUEUED = "contact.requeued"  # its agent vanished, or the server restarted
    OVERFLOWED = "contact.overflowed"
    TRANSFERRED = "contact.transferred"
    HELD = "contact.held"
    RESUMED = "contact.resumed"
    ENDED = "contact.ended"  # talk ended
    WRAPUP_ENDED = "contact.wrapup_ended"
    CLOSED = "contact.closed"  # the contact's last event
    FEEDBACK = "contact.feedback"  # the customer's rating, after the end
    # Past a service target, the contact moved up a tier (escalation.py).
    ESCALATED = "contact.escalated"
    # An e-mail's first reply stored (the server's, not the ACD's: for the
    # other channels the first response is the contact's Answered).
    FIRST_RESPONSE = "contact.first_response"


# Why an offer was taken back without blaming the agent: the agent went away
# (declined) or dropped (requeued), someone else answered, the caller hung up.
WithdrawReason = Literal["declined", "requeued", "answered_elsewhere", "caller_hangup"]


class Outcome(StrEnum):
    ANSWERED = "answered"
    ABANDONED = "abandoned"
    VOICEMAIL = "voicemail"
    CALLBACK = "callback"
    REJECTED = "rejected"  # after hours, or overflow with nowhere to go
    LOST = "lost"  # the server went away under it (restart)
    # A call out that never connected:
    BUSY = "busy"
    NO_ANSWER = "no_answer"  # it rang out, or the agent gave up first
    FAILED = "failed"  # the number, the trunk or the network refused it
    # A call to place (a callback, a campaign's call) taken back before it
    # was placed: called off by the customer or the owner, its campaign paused.
    CANCELLED = "cancelled"


# The system's break for an agent whose home connection cannot carry a call
# (see callnest.server.link_watch); the system ends it when the link is fit.
HOME_CONNECTION = "home_connection"


@dataclass(frozen=True, slots=True)
class Event:
    """What every event has; a subclass per :class:`EventType` adds its facts.

    A fact's default is what a stored row that does not record it reads as
    (a log written by hand, say); the ACD always gives every fact.
    """

    type: ClassVar[EventType]
    at: float
    contact_id: str | None = None
    queue_id: int | None = None
    agent_id: int | None = None

    @property
    def data(self) -> dict[str, Any]:
        """This kind's facts, as the event log stores them."""
        return {name: _stored(getattr(self, name)) for name, _ in _FACTS[type(self)]}

    def as_row(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "type": str(self.type),
            "contact_id": self.contact_id,
            "queue_id": self.queue_id,
            "agent_id": self.agent_id,
            "data": self.data,
        }

    @staticmethod
    def from_row(row: Mapping[str, Any]) -> Event:
        """The event of a stored row: its kind from ``type``, its facts from ``data``."""
        kind = _KINDS[EventType(row["type"])]
        data = row.get("data") or {}
        facts: dict[str, Any] = {}
        for name, enum in _FACTS[kind]:
            if name in data:  # else the fact's default
                value = data[name]
                facts[name] = enum(value) if enum is not None and value is not None else value
        return kind(
            row["at"], row.get("contact_id"), row.get("queue_id"), row.get("agent_id"), **facts
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class AgentStateChanged(Event):
    type: ClassVar[EventType] = EventType.AGENT_STATE
    state: AgentState = AgentState.OFFLINE
    reason_id: int | None = None  # the break reason the agent chose
    system_reason: str | None = None  # or the system's, e.g. "missed_offers"


@dataclass(frozen=True, slots=True, kw_only=True)
class Entered(Event):
    """The contact entered a queue (its first, or another one)."""

    type: ClassVar[EventType] = EventType.ENTERED
    channel: Channel = Channel.VOICE
    priority: int = 0
    waited_s: float = 0.0  # before this queue
    purpose: str | None = None  # a call to place: "callback" or "campaign"

    @property
    def data(self) -> dict[str, Any]:
        # Said only of calls to place: the rows of callers stay as they were.
        data: dict[str, Any] = {
            "channel": str(self.channel),
            "priority": self.priority,
            "waited_s": self.waited_s,
        }
        if self.purpose is not None:
            data["purpose"] = self.purpose
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class CallbackRequested(Event):
    """A caller waiting in line left a number and hung up: the contact keeps
    its place as a call to place."""

    type: ClassVar[EventType] = EventType.CALLBACK_REQUESTED


@dataclass(frozen=True, slots=True, kw_only=True)
class OfferEvent(Event):
    """An offer of the contact to the agent: made, or ended unanswered."""

    offer_id: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Offered(OfferEvent):
    type: ClassVar[EventType] = EventType.OFFERED
    # The queue's agents held back for their home connection meanwhile: the
    # offer each of them was spared (named on a contact's first offer only).
    passed_over: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class OfferMissed(OfferEvent):
    type: ClassVar[EventType] = EventType.OFFER_MISSED


@dataclass(frozen=True, slots=True, kw_only=True)
class OfferDeclined(OfferEvent):
    type: ClassVar[EventType] = EventType.OFFER_DECLINED


@dataclass(frozen=True, slots=True, kw_only=True)
class OfferWithdrawn(OfferEvent):
    """Taken back without blaming the agent."""

    type: ClassVar[EventType] = EventType.OFFER_WITHDRAWN
    reason: WithdrawReason = "requeued"


@dataclass(frozen=True, slots=True, kw_only=True)
class Dialled(Event):
    """An agent's call out (its agent_id) is ringing the far end."""

    type: ClassVar[EventType] = EventType.DIALLED
    purpose: str | None = None  # a call to place's ("callback", "campaign"); None: click-to-dial

    @property
    def data(self) -> dict[str, Any]:
        return {} if self.purpose is None else {"purpose": self.purpose}


@dataclass(frozen=True, slots=True, kw_only=True)
class Answered(Event):
    type: ClassVar[EventType] = EventType.ANSWERED
    wait_s: float = 0.0  # since the contact's first entry
    queue_wait_s: float = 0.0  # in this queue
    ring_s: float = 0.0
    outbound: bool = False  # the far end answered an agent's call out

    @property
    def data(self) -> dict[str, Any]:
        # Said only of calls out: the rows of calls in stay as they were.
        data: dict[str, Any] = {
            "wait_s": self.wait_s,
            "queue_wait_s": self.queue_wait_s,
            "ring_s": self.ring_s,
        }
        if self.outbound:
            data["outbound"] = True
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class Abandoned(Event):
    type: ClassVar[EventType] = EventType.ABANDONED
    wait_s: float = 0.0
    queue_wait_s: float = 0.0
    phase: Phase = Phase.QUEUED  # queued or ringing


@dataclass(frozen=True, slots=True, kw_only=True)
class Requeued(Event):
    """Back at the head of its queue's line, keeping its wait."""

    type: ClassVar[EventType] = EventType.REQUEUED
    # What it left: "connected" (its agent vanished), "link_lost" (its agent's
    # home connection failed), "restart", or "outside" (its transfer to an
    # outside number was busy, not answered or failed).
    phase: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Overflowed(Event):
    type: ClassVar[EventType] = EventType.OVERFLOWED
    target: str = ""  # queue:<id>, voicemail, callback or reject
    queue_wait_s: float = 0.0
    reason: str = ""  # max_wait or after_hours


@dataclass(frozen=True, slots=True, kw_only=True)
class Transferred(Event):
    """A blind transfer, to exactly one of a queue or an agent."""

    type: ClassVar[EventType] = EventType.TRANSFERRED
    to_queue_id: int | None = None
    to_agent_id: int | None = None
    to_number: str | None = None  # an outside number (E.164): the call left the center

    @property
    def data(self) -> dict[str, Any]:
        # Said only of transfers out: the rows of the others stay as they were.
        data: dict[str, Any] = {"to_queue_id": self.to_queue_id, "to_agent_id": self.to_agent_id}
        if self.to_number is not None:
            data["to_number"] = self.to_number
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class Held(Event):
    type: ClassVar[EventType] = EventType.HELD


@dataclass(frozen=True, slots=True, kw_only=True)
class Resumed(Event):
    type: ClassVar[EventType] = EventType.RESUMED


@dataclass(frozen=True, slots=True, kw_only=True)
class Ended(Event):
    """The talk ended; wrap-up follows, unless it was transferred."""

    type: ClassVar[EventType] = EventType.ENDED
    talk_s: float = 0.0
    hold_s: float = 0.0
    reason: str = ""  # caller_hangup, agent_hangup or transferred


@dataclass(frozen=True, slots=True, kw_only=True)
class WrapUpEnded(Event):
    type: ClassVar[EventType] = EventType.WRAPUP_ENDED
    wrap_s: float = 0.0
    reason: str = ""  # agent, timeout or agent_lost


@dataclass(frozen=True, slots=True, kw_only=True)
class Closed(Event):
    type: ClassVar[EventType] = EventType.CLOSED
    outcome: Outcome = Outcome.LOST  # a row that does not say: we lost track of it
    wait_s: float | None = None  # until answered, or until the end; None: not known
    reason: str | None = None  # "server_restart" for a contact a restart cut off

    @property
    def data(self) -> dict[str, Any]:
        # The ACD's own closes never give a reason, and their rows have none.
        data: dict[str, Any] = {"outcome": str(self.outcome), "wait_s": self.wait_s}
        if self.reason is not None:
            data["reason"] = self.reason
        return data


@dataclass(frozen=True, slots=True, kw_only=True)
class Feedback(Event):
    type: ClassVar[EventType] = EventType.FEEDBACK
    rating: int = 0  # 1-5


@dataclass(frozen=True, slots=True, kw_only=True)
class Escalated(Event):
    """The contact passed a service target of its queue (``queue_id``, the one
    it was in) and moved up to ``tier``: 2, into the specialists' queue
    ``to_queue_id``, where it waits from now on; 3, the supervisors own it
    where it is (``to_queue_id`` None; ``agent_id``: the agent holding it, if any)."""

    type: ClassVar[EventType] = EventType.ESCALATED
    tier: int = 3
    reason: EscalationReason = "resolution"
    to_queue_id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FirstResponse(Event):
    """The first reply an agent (``agent_id``) stored for an e-mail contact,
    at ``at`` (the server writes it once it finds the reply, maybe later)."""

    type: ClassVar[EventType] = EventType.FIRST_RESPONSE


_KINDS: dict[EventType, type[Event]] = {
    kind.type: kind
    for kind in (
        AgentStateChanged,
        Entered,
        CallbackRequested,
        Dialled,
        Offered,
        OfferMissed,
        OfferDeclined,
        OfferWithdrawn,
        Answered,
        Abandoned,
        Requeued,
        Overflowed,
        Transferred,
        Held,
        Resumed,
        Ended,
        WrapUpEnded,
        Closed,
        Feedback,
        Escalated,
        FirstResponse,
    )
}

_COMMON = frozenset(f.name for f in fields(Event))

# Each kind's facts, each with the enum its stored text is read back into (if any).
_FACTS: dict[type[Event], tuple[tuple[str, type[Enum] | None], ...]] = {
    kind: tuple(
        (f.name, type(f.default) if isinstance(f.default, Enum) else None)
        for f in fields(kind)
        if f.name not in _COMMON
    )
    for kind in _KINDS.values()
}


def _stored(value: object) -> object:
    return str(value) if isinstance(value, Enum) else value
