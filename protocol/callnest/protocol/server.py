"""Messages the server sends to the desktop, and their union :data:`ServerMessage`."""

from typing import Annotated, Literal, TypeAlias

from pydantic import Field, Strict

from callnest.protocol.base import (
    ChatText,
    DbId,
    Ident,
    Message,
    Name,
    RequestId,
    Seconds,
    ShortText,
    Timestamp,
    line,
    text,
)
from callnest.protocol.errors import ErrorCode
from callnest.protocol.rtc import RtcAnswer, RtcIce, RtcOffer
from callnest.protocol.types import (
    Activity,
    AgentSnapshot,
    AgentState,
    AgentStats,
    AlarmNotice,
    CampaignStats,
    ChatSender,
    ContactInfo,
    CustomerCard,
    ErrorDetail,
    IceServer,
    LinkVerdict,
    NamedItem,
    PhoneHealth,
    QueueInfo,
    QueueStats,
    UserInfo,
)

__all__ = [
    "AgentStateUpdate",
    "AlarmsUpdate",
    "ChatMessage",
    "ChatTypingUpdate",
    "ContactUpdate",
    "EmailThreadUpdate",
    "ErrorReply",
    "LinkVerdictUpdate",
    "Offer",
    "OfferWithdrawn",
    "OkReply",
    "Pong",
    "ServerMessage",
    "SessionEnded",
    "StatsSnapshot",
    "StatsUpdate",
    "Welcome",
]

QueueStatsList = Annotated[tuple[QueueStats, ...], Field(max_length=1000)]
AgentStatsList = Annotated[tuple[AgentStats, ...], Field(max_length=5000)]
CampaignStatsList = Annotated[tuple[CampaignStats, ...], Field(max_length=1000)]


class Welcome(Message):
    """Reply to a valid ``hello`` (and to ``session.resync``): everything the desktop needs."""

    type: Literal["welcome"] = "welcome"
    session_id: Ident
    user: UserInfo
    agent: AgentSnapshot
    queues: Annotated[tuple[QueueInfo, ...], Field(max_length=1000)] = ()
    break_reasons: Annotated[tuple[NamedItem, ...], Field(max_length=200)] = ()
    dispositions: Annotated[tuple[NamedItem, ...], Field(max_length=1000)] = ()
    ice_servers: Annotated[tuple[IceServer, ...], Field(max_length=10)] = ()
    heartbeat_s: Annotated[float, Strict(), Field(gt=0, le=3600, allow_inf_nan=False)]


class Pong(Message):
    """Reply to ``ping``."""

    type: Literal["pong"] = "pong"


class OkReply(Message):
    """Reply to a request carrying an ``id``, when it succeeded."""

    type: Literal["ok"] = "ok"
    ref: RequestId


class ErrorReply(Message):
    """Reply to a request that failed (``ref`` is its ``id``, if it could be read)."""

    type: Literal["error"] = "error"
    ref: RequestId | None = None
    code: ErrorCode
    message: Annotated[str, Strict(), line(1, 1000)]
    details: Annotated[tuple[ErrorDetail, ...], Field(max_length=50)] | None = None


class AgentStateUpdate(Message):
    """Sent whenever the agent's state or activity changes (from any window or the server)."""

    type: Literal["agent.state"] = "agent.state"
    state: AgentState
    reason_id: DbId | None = None
    reason: ShortText | None = None
    activity: Activity
    since: Timestamp


class LinkVerdictUpdate(Message):
    """Sent to the agent whenever routing's verdict on their home connection
    changes: the first one after a link opens is the pre-shift check."""

    type: Literal["link.verdict"] = "link.verdict"
    verdict: LinkVerdict


class Offer(Message):
    """Sent when a contact rings at this agent: the screen pop."""

    type: Literal["offer"] = "offer"
    offer_id: Ident
    contact: ContactInfo
    ring_timeout_s: Seconds
    expires_at: Timestamp
    script: Annotated[str, Strict(), text(0, 20000)] | None = None
    customer: CustomerCard | None = None


class OfferWithdrawn(Message):
    """Sent when a ringing offer goes away before the agent answered it."""

    type: Literal["offer.withdrawn"] = "offer.withdrawn"
    offer_id: Ident
    reason: Literal["timeout", "answered_elsewhere", "caller_hangup", "requeued", "declined"]


class ContactUpdate(Message):
    """Sent whenever a contact the agent holds changes (answered, held, ended, ...)."""

    type: Literal["contact.update"] = "contact.update"
    contact: ContactInfo


class ChatMessage(Message):
    """Sent for every chat message of a contact, including the agent's own (with its id)."""

    type: Literal["chat.message"] = "chat.message"
    contact_id: Ident
    message_id: Ident
    sender: ChatSender
    text: ChatText
    at: Timestamp
    client_msg_id: RequestId | None = None
    sender_name: ShortText | None = None
    seq: Annotated[int, Strict(), Field(ge=1)] | None = None  # the order within the chat


class ChatTypingUpdate(Message):
    """Sent when the other party of a chat starts or stops typing."""

    type: Literal["chat.typing"] = "chat.typing"
    contact_id: Ident
    sender: ChatSender
    typing: Annotated[bool, Strict()]


class EmailThreadUpdate(Message):
    """Sent when an e-mail thread the agent holds changes (the customer wrote
    again, a reply was sent or failed): the desktop reads it again."""

    type: Literal["email.thread"] = "email.thread"
    contact_id: Ident


class StatsSnapshot(Message):
    """Sent to a supervisor after ``stats.subscribe``: every queue and agent they
    may see, and what is wrong with phone calls (``phones``: nothing, by default)."""

    type: Literal["stats.snapshot"] = "stats.snapshot"
    at: Timestamp
    queues: QueueStatsList = ()
    agents: AgentStatsList = ()
    phones: PhoneHealth = PhoneHealth()
    campaigns: CampaignStatsList = ()  # running or paused; in snapshots only (slow figures)


class StatsUpdate(Message):
    """Sent to subscribed supervisors: only the queues and agents that changed,
    and ``phones`` only when what is wrong with phone calls changed (an empty
    one: the trouble is over)."""

    type: Literal["stats.update"] = "stats.update"
    at: Timestamp
    queues: QueueStatsList = ()
    agents: AgentStatsList = ()
    phones: PhoneHealth | None = None


class AlarmsUpdate(Message):
    """Sent to owners after the welcome, and whenever an alarm is raised or
    cleared: every alarm still raised (none: all is well)."""

    type: Literal["alarms"] = "alarms"
    alarms: Annotated[tuple[AlarmNotice, ...], Field(max_length=100)] = ()


class SessionEnded(Message):
    """Sent just before the server closes the session (logged in elsewhere, forced out, expired)."""

    type: Literal["session.ended"] = "session.ended"
    reason: Name


ServerMessage: TypeAlias = Annotated[
    Welcome
    | Pong
    | OkReply
    | ErrorReply
    | AgentStateUpdate
    | LinkVerdictUpdate
    | Offer
    | OfferWithdrawn
    | ContactUpdate
    | ChatMessage
    | ChatTypingUpdate
    | EmailThreadUpdate
    | RtcOffer
    | RtcAnswer
    | RtcIce
    | StatsSnapshot
    | StatsUpdate
    | AlarmsUpdate
    | SessionEnded,
    Field(discriminator="type"),
]
"""Any server -> desktop message, discriminated by ``type``."""
