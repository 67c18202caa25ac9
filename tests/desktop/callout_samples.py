"""A customer the agent calls out to, and her call out's contact as the server
sends it (``direction="outbound"``), for the call-out tests."""

from __future__ import annotations

from typing import Any

from callnest import protocol as p
from desktop import samples as s

NUMBER = "+386 40 111 222"  # as the card (and the agent) writes it
E164 = "+38640111222"  # as the server sends it back
CALLER_ID = "+38616000000"  # the Sales queue's caller ID (E.164, as the server keeps it)

GRACE = p.CustomerCard(
    id=77,
    name="Grace Hopper",
    phones=(NUMBER,),
    emails=("grace@example.com",),
    notes="Asked for a call back about the invoice.",
    history=(
        p.HistoryEntry(
            interaction_id="i21",
            channel=p.Channel.VOICE,
            queue="Customer support",
            at=s.NOW - 86400,
            outcome="no_answer",
            notes="Rang out",
        ),
        p.HistoryEntry(
            interaction_id="i20",
            channel=p.Channel.CHAT,
            queue="Sales",
            at=s.NOW - 86400 * 9,
            outcome="answered",
            disposition="Sale made",
            notes="Bought the yearly plan",
        ),
    ),
)


def outbound(
    phase: p.ContactPhase = p.ContactPhase.RINGING, contact_id: str = "out1", **fields: Any
) -> p.ContactInfo:
    """The call out to Grace for Sales, in ``phase``."""
    values: dict[str, Any] = {
        "direction": "outbound",
        "queue_id": s.SALES.id,
        "queue_name": s.SALES.name,
        "caller_name": GRACE.name,
        "caller_address": E164,
        "customer_id": GRACE.id,
        "entered_at": s.NOW,
    }
    return s.contact(phase, contact_id, **(values | fields))


def update(phase: p.ContactPhase, contact_id: str = "out1", **fields: Any) -> p.ContactUpdate:
    return p.ContactUpdate(contact=outbound(phase, contact_id, **fields))


def ended(reason: p.EndReason, contact_id: str = "out1") -> p.ContactUpdate:
    return update(p.ContactPhase.ENDED, contact_id, end_reason=reason)
