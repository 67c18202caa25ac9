"""Callbacks: calls the center owes a customer, at a time or in their place in line."""

from __future__ import annotations

from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, Field, StringConstraints

from callnest.protocol.rest.base import E164, Name, RestModel, RowId, Text

CallbackStatus = Literal["scheduled", "waiting", "dialing", "done", "failed", "cancelled"]
"""scheduled: waits for its time; waiting: in its queue's line; dialing: its
call is being placed; then done (the customer answered), failed (every
attempt did not reach them) or cancelled."""

CallbackSource = Literal["phone", "web", "form", "agent"]
"""Who asked: a waiting phone or web caller, the page's form, an agent."""


def _known_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Europe" is a folder
        raise ValueError(
            f"{name!r} is not a time zone we know (one such as 'Europe/Ljubljana')"
        ) from None
    return name


TimeZone = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z0-9_+/-]{1,64}$"), AfterValidator(_known_zone)
]
"""An IANA time zone name that this machine's zone database knows."""


class CallbackFields(RestModel):
    """A callback to schedule: call ``number`` for ``queue_id`` at ``at``
    (UNIX time; a time already past means as soon as an agent is free)."""

    queue_id: RowId
    number: E164
    at: Annotated[float, Field(ge=0, le=32503680000)]  # before the year 3000
    # The zone the customer picked the time in, shown beside it (at is absolute).
    time_zone: TimeZone | None = None
    name: Name | None = None
    customer_id: RowId | None = None
    note: Text = ""


class Callback(RestModel):
    id: str
    queue_id: int
    contact_id: str | None  # the current attempt's contact (its interaction)
    number: str  # E.164
    name: str | None
    customer_id: int | None
    source: CallbackSource
    note: str
    requested_by: int | None
    requested_at: float
    promised_at: float  # when the customer expects our call
    due_at: float  # the next attempt joins the queue then
    time_zone: str | None
    status: CallbackStatus
    attempts: int
    last_outcome: str | None  # answered, busy, no_answer, failed, interrupted
    updated_at: float
