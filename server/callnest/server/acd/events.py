"""The ACD's event log entries (Asterisk's queue_log, as typed records).

Every transition of a contact or an agent is one event; every statistic is
computed from the log (see :mod:`callnest.server.acd.stats`), so what the
wallboard shows and what a report says can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class EventType(StrEnum):
    AGENT_STATE = "agent.state"  # data: state, reason_id, system_reason
    ENTERED = "contact.entered"  # data: channel, priority, waited_s (before this queue)
    OFFERED = "contact.offered"  # data: offer_id
    OFFER_MISSED = "contact.offer_missed"  # no answer within the ring timeout; data: offer_id
    OFFER_DECLINED = "contact.offer_declined"  # data: offer_id
    OFFER_WITHDRAWN = "contact.offer_withdrawn"  # data: offer_id, reason
    ANSWERED = "contact.answered"  # data: wait_s, queue_wait_s, ring_s
    ABANDONED = "contact.abandoned"  # data: wait_s, queue_wait_s, phase
    REQUEUED = "contact.requeued"  # its agent vanished; data: phase
    OVERFLOWED = "contact.overflowed"  # data: target, queue_wait_s, reason (max_wait|after_hours)
    TRANSFERRED = "contact.transferred"  # data: to_queue_id | to_agent_id
    HELD = "contact.held"
    RESUMED = "contact.resumed"
    ENDED = "contact.ended"  # talk ended; data: talk_s, hold_s, reason
    WRAPUP_ENDED = "contact.wrapup_ended"  # data: wrap_s, reason (agent|timeout)
    CLOSED = "contact.closed"  # the contact's last event; data: outcome, wait_s
    FEEDBACK = "contact.feedback"  # the customer's rating, after the end; data: rating


class Outcome(StrEnum):
    ANSWERED = "answered"
    ABANDONED = "abandoned"
    VOICEMAIL = "voicemail"
    CALLBACK = "callback"
    REJECTED = "rejected"  # after hours, or overflow with nowhere to go
    LOST = "lost"  # the server went away under it (restart)


@dataclass(frozen=True, slots=True)
class Event:
    at: float
    type: EventType
    contact_id: str | None = None
    queue_id: int | None = None
    agent_id: int | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def as_row(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "type": str(self.type),
            "contact_id": self.contact_id,
            "queue_id": self.queue_id,
            "agent_id": self.agent_id,
            "data": self.data,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Event:
        return cls(
            at=row["at"],
            type=EventType(row["type"]),
            contact_id=row.get("contact_id"),
            queue_id=row.get("queue_id"),
            agent_id=row.get("agent_id"),
            data=dict(row.get("data") or {}),
        )
