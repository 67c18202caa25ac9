"""Enumerations and value models shared by client and server messages."""

from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import Field, Strict, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from callnest.protocol.base import (
    MAX_INT64,
    ChatText,
    Count,
    DbId,
    Ident,
    Name,
    Notes,
    ProtocolModel,
    Seconds,
    ShortText,
    Timestamp,
    line,
)

__all__ = [
    "Activity",
    "AgentSnapshot",
    "AgentState",
    "AgentStats",
    "AlarmNotice",
    "CampaignStats",
    "CannedResponse",
    "Channel",
    "ChatSender",
    "ContactInfo",
    "ContactPhase",
    "CustomFields",
    "CustomerCard",
    "CustomerEdit",
    "EndReason",
    "ErrorDetail",
    "EscalationInfo",
    "HistoryEntry",
    "IceServer",
    "LinkQuality",
    "NamedItem",
    "PhoneHealth",
    "QueueInfo",
    "QueueStats",
    "Ratio",
    "Role",
    "TransferTarget",
    "TrunkAlarm",
    "UserInfo",
]


class AgentState(StrEnum):
    """What the agent chose: logged off, ready for work, or on a break."""

    OFFLINE = "offline"
    AVAILABLE = "available"
    BREAK = "break"


class Activity(StrEnum):
    """What the agent is doing right now, as the router sees it."""

    IDLE = "idle"
    RINGING = "ringing"
    BUSY = "busy"
    WRAP_UP = "wrap_up"


class Channel(StrEnum):
    """The medium of a contact."""

    VOICE = "voice"
    CHAT = "chat"
    TASK = "task"
    EMAIL = "email"


class Role(StrEnum):
    """What a user may do."""

    OWNER = "owner"
    SUPERVISOR = "supervisor"
    AGENT = "agent"


class ContactPhase(StrEnum):
    """Where a contact stands from the agent's point of view."""

    RINGING = "ringing"
    CONNECTED = "connected"
    ON_HOLD = "on_hold"
    WRAP_UP = "wrap_up"
    ENDED = "ended"


class EndReason(StrEnum):
    """Why a contact left the agent."""

    CALLER_HANGUP = "caller_hangup"
    AGENT_HANGUP = "agent_hangup"
    TRANSFERRED = "transferred"
    REQUEUED = "requeued"
    ERROR = "error"
    # A call out that never connected:
    BUSY = "busy"
    NO_ANSWER = "no_answer"
    FAILED = "failed"
    CANCELLED = "cancelled"  # a callback called off before its call was placed


ChatSender = Literal["customer", "agent", "system"]
"""Who wrote a chat message (or is typing)."""

Ratio = Annotated[float, Strict(), Field(ge=0, le=1, allow_inf_nan=False)]
"""A fraction between 0 and 1 (service level, occupancy)."""

Phone = Annotated[str, Strict(), line(1, 64)]
Email = Annotated[
    str, Strict(), StringConstraints(min_length=3, max_length=254, pattern=r"^[^@\s]+@[^@\s]+$")
]
FieldKey = Annotated[str, Strict(), line(1, 64)]
FieldValue = Annotated[str, Strict(), line(0, 1000)]
CustomFields = Annotated[dict[FieldKey, FieldValue], Field(max_length=50)]
"""Site-defined customer attributes (account number, plan, ...): at most 50."""

IceUrl = Annotated[
    str,
    Strict(),
    StringConstraints(max_length=500, pattern=r"^(stun|stuns|turn|turns):[^\x00-\x20\x7f]+$"),
]


class NamedItem(ProtocolModel):
    """An id and a label: a break reason or a disposition."""

    id: DbId
    name: Name


class CannedResponse(ProtocolModel):
    """A ready answer an operator can drop into a chat."""

    title: Name
    text: ChatText


class QueueInfo(ProtocolModel):
    """A queue the user can see (transfer targets, filters)."""

    id: DbId
    name: Name
    display_name: Name
    canned_responses: Annotated[tuple[CannedResponse, ...], Field(max_length=200)] = ()


class UserInfo(ProtocolModel):
    """The logged-in user."""

    id: DbId
    username: Name
    display_name: Name
    role: Role
    team_id: DbId | None = None


class EscalationInfo(ProtocolModel):
    """Why a contact was raised above its first line: the tier it is at (2:
    the specialists' queue, 3: the supervisors own it) and the service target
    it passed to get there."""

    tier: Annotated[int, Strict(), Field(ge=2, le=3)]
    reason: Literal["first_response", "resolution"]


class ContactInfo(ProtocolModel):
    """One contact (call, chat or task) as the agent handling it sees it."""

    contact_id: Ident
    channel: Channel
    queue_id: DbId
    queue_name: Name
    phase: ContactPhase
    caller_name: ShortText | None = None
    caller_address: ShortText | None = None
    customer_id: DbId | None = None
    entered_at: Timestamp
    answered_at: Timestamp | None = None
    wrap_up_deadline: Timestamp | None = None
    muted: Annotated[bool, Strict()] = False
    recording_paused: Annotated[bool, Strict()] = False
    end_reason: EndReason | None = None
    # outbound: the agent's call out (ringing: the far end rings; caller_* is who is called)
    direction: Literal["inbound", "outbound"] = "inbound"
    # A call to place: offered as a card ("Call now" / "Skip") for the offer's
    # ring_timeout_s, then placed; caller_* is who will be called.
    purpose: Literal["callback", "campaign"] | None = None
    # Past a service target of its queue (an e-mail, a task, a callback): why,
    # and who answers for it now. None: at its first line.
    escalation: EscalationInfo | None = None


class AgentSnapshot(ProtocolModel):
    """The agent's whole state at one moment, with every contact they hold."""

    state: AgentState
    reason_id: DbId | None = None
    # A break's name, or the system's code for a break of its own
    # ("home_connection", "missed_offers", "connection_lost"), as agent.state says.
    reason: ShortText | None = None
    activity: Activity
    since: Timestamp
    contacts: Annotated[tuple[ContactInfo, ...], Field(max_length=50)] = ()


class IceServer(ProtocolModel):
    """A STUN or TURN server for the desktop's peer connection."""

    urls: Annotated[tuple[IceUrl, ...], Field(min_length=1, max_length=10)]
    username: Annotated[str, Strict(), line(0, 500)] | None = None
    credential: Annotated[str, Strict(), line(0, 500)] | None = None


class HistoryEntry(ProtocolModel):
    """One earlier interaction with a customer, shown on the screen pop."""

    interaction_id: Ident
    channel: Channel
    queue: Name
    at: Timestamp
    outcome: ShortText | None = None
    disposition: ShortText | None = None
    notes: Notes = ""


Identity = Literal["claimed", "caller_id", "confirmed"]
"""How a contact was matched to its customer. ``claimed``: by what the caller
typed (anyone can type a customer's e-mail or phone); ``caller_id``: by a
phone trunk's caller ID (stronger, still forgeable); ``confirmed``: the agent
checked and said so."""


class CustomerCard(ProtocolModel):
    """What the server knows about a caller, shown when the contact rings.

    ``identity`` says how the contact it came with was matched (None: not
    through a contact, as in a search). A ``claimed`` card holds the name
    alone -- no details, notes or history -- until the agent confirms who
    is calling (``POST /api/contacts/{id}/confirm-identity``)."""

    id: DbId
    name: ShortText
    phones: Annotated[tuple[Phone, ...], Field(max_length=10)] = ()
    emails: Annotated[tuple[Email, ...], Field(max_length=10)] = ()
    notes: Notes = ""
    custom_fields: CustomFields = Field(default_factory=dict)
    history: Annotated[tuple[HistoryEntry, ...], Field(max_length=20)] = ()
    identity: Identity | None = None


class CustomerEdit(ProtocolModel):
    """Changes to the contact's customer made during wrap-up; ``None`` leaves a field as it is.

    If the contact has no customer yet, the server creates one from these fields.
    """

    name: ShortText | None = None
    phones: Annotated[tuple[Phone, ...], Field(max_length=10)] | None = None
    emails: Annotated[tuple[Email, ...], Field(max_length=10)] | None = None
    notes: Notes | None = None
    custom_fields: CustomFields | None = None


class TransferTarget(ProtocolModel):
    """Where to transfer a contact: exactly one of a queue, an agent or (a
    call) an outside phone ``number``, written any international way, as
    :class:`~callnest.protocol.client.CallDial`'s (the server reads it)."""

    queue_id: DbId | None = None
    agent_id: DbId | None = None
    number: Annotated[str, Strict(), StringConstraints(min_length=1, max_length=40)] | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        if sum(t is not None for t in (self.queue_id, self.agent_id, self.number)) != 1:
            raise PydanticCustomError(
                "transfer_target",
                "give exactly one of queue_id, agent_id or number",
            )
        return self


class QueueStats(ProtocolModel):
    """Live figures of one queue for the wallboard (today, since midnight site time)."""

    queue_id: DbId
    name: Name
    waiting: Count
    longest_wait_s: Seconds
    offered: Count
    answered: Count
    abandoned: Count
    asa_s: Seconds
    aht_s: Seconds
    service_level: Ratio | None = None
    service_level_threshold_s: Seconds
    agents_available: Count
    agents_busy: Count
    agents_wrap_up: Count
    agents_break: Count
    csat: Annotated[float, Strict(), Field(ge=1, le=5, allow_inf_nan=False)] | None = None
    """Today's average customer rating (1-5), None until someone rated."""
    callbacks: Count = 0  # asked for today (a waiting caller's, or due today)
    callbacks_connected: Count = 0
    callback_asa_s: Seconds | None = None  # from the request to the customer answering us


class CampaignStats(ProtocolModel):
    """A campaign on the wallboard (running or paused): today's calls and what is left."""

    campaign_id: DbId
    name: Name
    status: Literal["running", "paused"]
    dialed_today: Count  # calls placed
    reached_today: Count  # of them, answered by the person called
    in_calls: Count  # its calls out now: ringing or talking
    left: Count  # people still to reach (waiting for an attempt, or being called)


Millis = Annotated[float, Strict(), Field(ge=0, le=1e7, allow_inf_nan=False)]
Percent = Annotated[float, Strict(), Field(ge=0, le=100, allow_inf_nan=False)]


class LinkQuality(ProtocolModel):
    """The agent's persistent audio link to the server, from RTCP: the home
    network's quality, known before a customer hears it."""

    loss_pct: Percent  # of what the agent's desktop sent the server
    jitter_ms: Millis
    remote_loss_pct: Percent | None = None  # of what the server sent, as the desktop reports
    rtt_ms: Millis | None = None


Mos = Annotated[float, Strict(), Field(ge=1, le=5, allow_inf_nan=False)]
"""A mean opinion score, 1 (bad) to 5 (excellent)."""


class LinkProblem(StrEnum):
    """Why the server offers an agent nothing for their home connection."""

    UNCONFIRMED = "unconfirmed"  # a new link (login, wake, reconnect) not measured yet
    DOWN = "down"  # no audio has arrived from the desktop for seconds
    POOR = "poor"  # the estimated MOS has stayed under the threshold
    MICROPHONE = "microphone"  # the desktop's microphone delivers nothing


class LinkVerdict(ProtocolModel):
    """How routing judges an agent's home connection, with the figures it
    judged by (over the last seconds, the worse of the two directions). The
    desktop words it ("Home connection: 8 % loss")."""

    problem: LinkProblem | None = None  # None: fit to take calls
    loss_pct: Percent | None = None
    jitter_ms: Millis | None = None
    rtt_ms: Millis | None = None
    mos: Mos | None = None
    since: Timestamp  # when this verdict began


class AgentStats(ProtocolModel):
    """Live figures of one agent for the wallboard, with the health of their
    home connection (``link``, ``mos``), microphone and desktop."""

    agent_id: DbId
    name: Name
    team_id: DbId | None = None
    state: AgentState
    activity: Activity
    since: Timestamp
    reason: ShortText | None = None
    contact_id: Ident | None = None
    handled: Count
    aht_s: Seconds
    occupancy: Ratio | None = None
    break_s: Seconds
    link: LinkQuality | None = None
    mos: Mos | None = None  # estimated from ``link`` (ITU-T G.107 E-model, simplified)
    mic_silent_s: Seconds | None = None  # in a call, how long the microphone has been silent
    last_heartbeat_at: Timestamp | None = None  # the desktop's last frame; None: not connected
    hand_raised: Annotated[bool, Strict()] = False  # asks for a supervisor's help in a call
    # The home connection as routing judges it (None: no audio link watched).
    verdict: LinkVerdict | None = None
    network_s: Seconds = 0.0  # today, on a break the server imposed for the home connection
    offers_avoided: Count = 0  # today, contacts offered in the agent's queues meanwhile


class TrunkAlarm(ProtocolModel):
    """A trunk that registers with its provider and is not registered: the
    provider's registrar refused it, did not answer, or the edge cannot
    serve it. The desktop words it ("Trunk Provider is not registered: 403
    Forbidden since 14:02")."""

    trunk_id: DbId
    name: Name
    # The registrar's answer ("403 Forbidden"), "no answer from the
    # registrar", or why the edge leaves the trunk out; None: not known.
    failure: ShortText | None = None
    since: Timestamp | None = None  # when it stopped being registered, as far as the server saw


PhoneProblem = Annotated[str, Strict(), line(1, 500)]


class PhoneHealth(ProtocolModel):
    """What is wrong with phone calls, for supervisors' and owners'
    wallboards: nothing (the default) while every trunk that registers is
    registered, or when no trunk is configured."""

    # Why the SIP edge does not run as configured (the server's words, with
    # what to do); None: it does, or nothing needs it.
    edge_problem: PhoneProblem | None = None
    trunks: Annotated[tuple[TrunkAlarm, ...], Field(max_length=1000)] = ()


AlarmCode = Annotated[str, Strict(), StringConstraints(pattern=r"^[a-z0-9_.]{0,64}$")]
AlarmParamName = Annotated[str, Strict(), StringConstraints(pattern=r"^[a-z0-9_]{1,64}$")]
AlarmParam = (
    Notes
    | Annotated[int, Strict(), Field(ge=-MAX_INT64 - 1, le=MAX_INT64)]
    | Annotated[float, Strict(), Field(allow_inf_nan=False)]
    | None
)


class AlarmNotice(ProtocolModel):
    """An alarm still raised: a check of the server's doctor failing (the
    disk nearly full, no recent backup, a certificate about to expire...),
    with what to do about it."""

    name: Name  # the check's
    title: Name  # what was checked, for people: "Backups"
    summary: Notes
    fix: Notes = ""
    raised_at: Timestamp
    # The finding's code ("clock.behind") and the values its sentences name,
    # for the desktop to say in its user's language; "": English only.
    code: AlarmCode = ""
    params: Annotated[dict[AlarmParamName, AlarmParam], Field(max_length=30)] = {}


class ErrorDetail(ProtocolModel):
    """One field of a refused request and what was wrong with it."""

    field: Annotated[str, Strict(), line(0, 500)]
    problem: Annotated[str, Strict(), line(1, 1000)]
