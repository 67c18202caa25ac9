"""History: the interactions one by one, the questions a report answers, and
the reports' one setting."""

from typing import Annotated, Any, Final, Literal

from pydantic import Field

from callnest.protocol.base import MAX_INT64
from callnest.protocol.rest.base import RestModel, RowId
from callnest.protocol.types import Channel, Identity

__all__ = [
    "SHORT_ABANDON_MAX_S",
    "Interaction",
    "InteractionFilter",
    "ReportQuery",
    "ReportSettings",
    "ServiceTargetRow",
    "ServiceTargets",
    "ServiceTargetsQuery",
    "Transcript",
    "TranscriptLine",
]

SHORT_ABANDON_MAX_S: Final = 120.0
"""The longest a caller may wait and hang up and still not count as abandoned."""


class ReportSettings(RestModel):
    """Reports' defaults, which the wallboard's figures follow too."""

    # A caller hanging up sooner is a short abandon: a wrong number, not a lost customer.
    short_abandon_s: Annotated[float, Field(ge=0, le=SHORT_ABANDON_MAX_S, allow_inf_nan=False)]


class ReportQuery(RestModel):
    """What ``GET /api/reports`` is asked: a period (epoch seconds, at most 93
    days), the length of its intervals, and optionally one queue or one team.
    The server's OpenAPI document gives these fields as the query's parameters."""

    since: float
    until: float
    interval_s: int | None = None  # 900, 1800 (the server's default), 3600 or 86400
    short_abandon_s: float | None = None  # None: the setting's
    queue_id: RowId | None = None
    team_id: RowId | None = None
    channel: Channel | None = None  # only this channel's contacts (calls, chats...)


class InteractionFilter(RestModel):
    """What ``GET /api/interactions`` is asked: those that entered in
    ``[since, until)`` (epoch seconds), newest first, narrowed by any of the rest.
    The server's OpenAPI document gives these fields as the query's parameters."""

    since: float | None = None
    until: float | None = None
    queue_id: RowId | None = None
    agent_id: RowId | None = None
    customer_id: RowId | None = None
    state: str | None = None
    outcome: str | None = None
    limit: Annotated[int, Field(ge=0, le=1000)] | None = None  # the server's default: 100
    offset: Annotated[int, Field(ge=0, le=MAX_INT64)] | None = None


class Interaction(RestModel):
    """One contact as the store keeps it once it is over (or while it runs)."""

    id: str
    channel: Channel
    queue_id: int | None
    customer_id: int | None
    agent_id: int | None
    caller_name: str | None
    caller_address: str | None
    # How the caller was matched to customer_id (None: no customer, or kept
    # from before this was recorded)
    customer_identity: Identity | None = None
    # After the queue's recording notice: the caller's choice (None: no notice)
    recording_consent: Literal["given", "refused"] | None = None
    direction: Literal["inbound", "outbound"]  # the customer called in, or an agent called out
    state: str
    outcome: str | None
    entered_at: float
    offered_at: float | None
    answered_at: float | None
    ended_at: float | None
    closed_at: float | None
    wait_s: float
    ring_s: float
    talk_s: float
    hold_s: float
    wrap_s: float
    disposition_id: int | None
    notes: str
    data: dict[str, Any]  # what else was measured: the agent's link quality ("link")...
    recording: str | None  # where the server keeps it; fetch it at .../recording
    csat_rating: int | None
    csat_comment: str | None
    csat_at: float | None


class TranscriptLine(RestModel):
    """One message of a chat or an e-mail thread, as plain text: who wrote it
    (``customer``, ``agent`` or ``system``), under what name, and when."""

    sender: Literal["customer", "agent", "system"]
    name: str
    at: float
    text: str
    subject: str = ""  # an e-mail's; a chat message has none


class Transcript(RestModel):
    """What was written in an interaction: a chat's messages, or its e-mail
    thread's, oldest first (none for a call)."""

    contact_id: str
    channel: Channel
    lines: tuple[TranscriptLine, ...]


class ServiceTargetsQuery(RestModel):
    """What ``GET /api/reports/service-targets`` is asked: the e-mails, tasks
    and callbacks closed in ``[since, until)`` (epoch seconds, at most 93 days)."""

    since: float
    until: float


class ServiceTargetRow(RestModel):
    """One queue's items at one tier (1: its first line, 2: escalated to it
    as the specialists' queue, 3: the supervisors owned them while there),
    each timed from its entry into the tier. An item escalated counts in
    each tier it passed through; ``None``: nothing to count (or no target)."""

    queue_id: int
    name: str
    tier: Annotated[int, Field(ge=1, le=3)]
    items: int
    # Items whose first response came in this tier, and how soon.
    responded: int
    first_response_mean_s: float | None
    first_response_p90_s: float | None
    first_response_target_s: float | None  # the queue's, as set now
    # Of the items still without a response on entering the tier: answered within the target.
    first_response_within_pct: float | None
    # Items closed in this tier, and how soon after entering it.
    resolved: int
    resolution_mean_s: float | None
    resolution_p90_s: float | None
    resolution_target_s: float | None
    # Of all the tier's items: closed in it within the target.
    resolution_within_pct: float | None


class ServiceTargets(RestModel):
    since: float
    until: float
    rows: tuple[ServiceTargetRow, ...]
    definitions: dict[str, str]
