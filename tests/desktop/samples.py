"""Real protocol messages, as the server would send them, for the windows' tests."""

from __future__ import annotations

from typing import Any

from callnest import protocol as p
from callnest.protocol import rest

NOW = 1_700_000_000.0
ME = p.UserInfo(id=7, username="ann", display_name="Ann Archer", role=p.Role.AGENT)
LUNCH = p.NamedItem(id=1, name="Lunch")
TRAINING = p.NamedItem(id=2, name="Training")
SOLD = p.NamedItem(id=11, name="Sale made")
CALLBACK = p.NamedItem(id=12, name="Call back later")
SUPPORT = p.QueueInfo(id=3, name="support", display_name="Customer support")
SALES = p.QueueInfo(id=4, name="sales", display_name="Sales")


def contact(
    phase: p.ContactPhase = p.ContactPhase.RINGING, contact_id: str = "c1", **fields: Any
) -> p.ContactInfo:
    values: dict[str, Any] = {
        "contact_id": contact_id,
        "channel": p.Channel.VOICE,
        "queue_id": SUPPORT.id,
        "queue_name": SUPPORT.name,
        "phase": phase,
        "caller_name": "Carla Jones",
        "caller_address": "+44 20 7946 0000",
        "entered_at": NOW - 30,
    }
    if phase in (p.ContactPhase.CONNECTED, p.ContactPhase.ON_HOLD, p.ContactPhase.WRAP_UP):
        values["answered_at"] = NOW - 20
    if phase is p.ContactPhase.WRAP_UP:
        values["wrap_up_deadline"] = NOW + 60
    return p.ContactInfo(**(values | fields))


def welcome(
    state: p.AgentState = p.AgentState.AVAILABLE,
    contacts: tuple[p.ContactInfo, ...] = (),
    **agent: Any,
) -> p.Welcome:
    activity = p.Activity.IDLE
    if contacts:
        activity = (
            p.Activity.WRAP_UP if contacts[0].phase is p.ContactPhase.WRAP_UP else p.Activity.BUSY
        )
    snapshot: dict[str, Any] = {
        "state": state,
        "activity": activity,
        "since": NOW - 90,
        "contacts": contacts,
    }
    return p.Welcome(
        session_id="s1",
        user=ME,
        agent=p.AgentSnapshot(**(snapshot | agent)),
        queues=(SUPPORT, SALES),
        break_reasons=(LUNCH, TRAINING),
        dispositions=(SOLD, CALLBACK),
        heartbeat_s=15.0,
    )


CARD = p.CustomerCard(
    id=42,
    name="Carla Jones",
    phones=("+44 20 7946 0000",),
    emails=("carla@example.com",),
    notes="Prefers e-mail. Premium plan since 2021.",
    custom_fields={"Account": "AC-1042", "Plan": "Premium"},
    history=(
        p.HistoryEntry(
            interaction_id="i9",
            channel=p.Channel.VOICE,
            queue="Customer support",
            at=NOW - 86400 * 3,
            outcome="answered",
            disposition="Call back later",
            notes="Router keeps rebooting",
        ),
        p.HistoryEntry(
            interaction_id="i8",
            channel=p.Channel.CHAT,
            queue="Sales",
            at=NOW - 86400 * 40,
            outcome="answered",
            disposition="Sale made",
            notes="Upgraded to Premium",
        ),
    ),
)

SCRIPT = (
    "Greet Carla Jones by name.\n"
    "1. Confirm the account number.\n"
    "2. Ask what we can help with today.\n"
    "3. Offer the Premium support line if the problem is technical."
)


def offer(
    offer_id: str = "o1",
    *,
    script: str | None = SCRIPT,
    customer: p.CustomerCard | None = CARD,
    ring_timeout_s: float = 20.0,
    server_now: float = NOW,
    **contact_fields: Any,
) -> p.Offer:
    return p.Offer(
        offer_id=offer_id,
        contact=contact(p.ContactPhase.RINGING, **contact_fields),
        ring_timeout_s=ring_timeout_s,
        expires_at=server_now + ring_timeout_s,
        script=script,
        customer=customer,
    )


def state(
    state: p.AgentState, activity: p.Activity = p.Activity.IDLE, **fields: Any
) -> p.AgentStateUpdate:
    values: dict[str, Any] = {"state": state, "activity": activity, "since": NOW}
    return p.AgentStateUpdate(**(values | fields))


# ------------------------------------------------------------ REST answers


def queue_row(queue_id: int, name: str, display_name: str) -> dict[str, Any]:
    """A queue as ``GET /api/queues`` answers it: the server's defaults but for its names."""
    fields = rest.QueueFields(name=name, display_name=display_name).model_dump(mode="json")
    return rest.Queue.model_validate(fields | {"id": queue_id, "created_at": NOW}).model_dump(
        mode="json"
    )


def team_row(team_id: int, name: str) -> dict[str, Any]:
    """A team as ``GET /api/teams`` answers it."""
    return rest.Team(id=team_id, name=name, created_at=NOW).model_dump(mode="json")
