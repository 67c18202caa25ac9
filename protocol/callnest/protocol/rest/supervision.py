"""What a supervisor does to their team's live work: listen to a call (and
whisper into it, or barge in), put an agent on a break or offline, log them
out, and read the chats under way."""

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from callnest.protocol.rest.base import RestModel
from callnest.protocol.types import AgentState, Channel

__all__ = [
    "AgentLoggedOut",
    "AgentStateChange",
    "AgentStateChanged",
    "EscalatedItem",
    "LiveChat",
    "MonitorCall",
    "MonitorMode",
    "Monitoring",
]


class MonitorMode(StrEnum):
    """How a supervisor joins a call; neither party is told."""

    LISTEN = "listen"  # the supervisor hears both; nobody hears the supervisor
    WHISPER = "whisper"  # ... and the agent hears the supervisor too, the caller does not
    BARGE = "barge"  # everyone hears the two others
    OFF = "off"


class MonitorCall(RestModel):
    mode: MonitorMode


class Monitoring(RestModel):
    """The answer to a monitor request: whose call it is, and how it is monitored now."""

    contact_id: str
    agent_id: int | None
    mode: MonitorMode


class AgentStateChange(RestModel):
    """What a supervisor puts an agent in: a break (with one of the server's
    reasons), offline, or available."""

    state: AgentState
    reason_id: Annotated[int, Field(ge=1)] | None = None  # a break's, and only a break's


class AgentStateChanged(RestModel):
    agent_id: int
    state: AgentState
    reason_id: int | None


class AgentLoggedOut(RestModel):
    agent_id: int
    logged_out: bool
    logins_ended: int  # the agent's sessions that ended (each desktop they were logged in on)


class LiveChat(RestModel):
    """A chat under way that the supervisor asking may read."""

    contact_id: str
    queue_id: int
    agent_id: int | None  # None while it waits
    customer_name: str
    state: str
    started_at: float


class EscalatedItem(RestModel):
    """An open e-mail, task or callback that passed a service target of its
    queue and moved up a tier: 2, waiting in the specialists' queue; 3, the
    supervisors own it (it stays where it is, an agent may be working it)."""

    contact_id: str
    queue_id: int
    queue_name: str
    channel: Channel
    customer_name: str | None
    customer_id: int | None
    tier: Annotated[int, Field(ge=2, le=3)]
    reason: Literal["first_response", "resolution"]
    since: float  # at this tier
    entered_at: float  # the item's first entry
    state: str  # queued, ringing, connected, wrap_up
    agent_id: int | None  # who holds it now (None: it waits)
    agent_name: str | None
