"""Messages the desktop sends to the server, and their union :data:`ClientMessage`."""

from typing import Annotated, Literal, Self, TypeAlias

from pydantic import Field, Strict, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from callnest.protocol.base import (
    ChatText,
    Count,
    DbId,
    Ident,
    Message,
    Notes,
    RequestId,
    ShortText,
    line,
)
from callnest.protocol.rtc import RtcAnswer, RtcIce, RtcOffer
from callnest.protocol.types import AgentState, CustomerEdit, TransferTarget

__all__ = [
    "AgentRaiseHand",
    "AgentSetState",
    "CallDial",
    "CallHangup",
    "CallHold",
    "CallMute",
    "CallRecording",
    "CallResume",
    "CallTransfer",
    "ChatSend",
    "ChatTyping",
    "ChatUnwatch",
    "ChatWatch",
    "ClientMessage",
    "Hello",
    "OfferAnswer",
    "OfferDecline",
    "Ping",
    "RtcStats",
    "SessionResync",
    "StatsSubscribe",
    "StatsUnsubscribe",
    "WrapupComplete",
    "WrapupExtend",
]

# Bearer tokens are URL-safe base64 or JWT-like: printable ASCII, no spaces.
Token = Annotated[
    str, Strict(), StringConstraints(min_length=16, max_length=256, pattern=r"^[\x21-\x7e]+$")
]
Millis = Annotated[float, Strict(), Field(ge=0, allow_inf_nan=False)]
Decibels = Annotated[float, Strict(), Field(ge=-200, le=40, allow_inf_nan=False)]


class Hello(Message):
    """First frame on a new WebSocket: authenticate, optionally resuming a dropped session."""

    type: Literal["hello"] = "hello"
    token: Token
    client: Annotated[str, Strict(), line(1, 100)]
    resume_session: Ident | None = None
    # The desktop opens its audio link after the welcome: offer it no call
    # until that link has shown it carries audio.
    audio_link: Annotated[bool, Strict()] = False


class Ping(Message):
    """Heartbeat, sent every ``welcome.heartbeat_s`` seconds; answered with ``pong``."""

    type: Literal["ping"] = "ping"


class AgentSetState(Message):
    """Sent when the agent goes available, takes a break (with a reason) or goes offline."""

    type: Literal["agent.set_state"] = "agent.set_state"
    state: AgentState
    reason_id: DbId | None = None

    @model_validator(mode="after")
    def _reason_only_for_break(self) -> Self:
        if self.state is AgentState.BREAK and self.reason_id is None:
            raise PydanticCustomError(
                "break_reason_required",
                "reason_id is required when state is 'break'",
                {"field": "reason_id"},
            )
        if self.state is not AgentState.BREAK and self.reason_id is not None:
            raise PydanticCustomError(
                "break_reason_forbidden",
                "reason_id is only allowed when state is 'break', not '{state}'",
                {"field": "reason_id", "state": self.state.value},
            )
        return self


class AgentRaiseHand(Message):
    """Sent by an agent in a call to ask supervisors for help (or to take it back);
    the hand goes down by itself when the call ends."""

    type: Literal["agent.raise_hand"] = "agent.raise_hand"
    raised: Annotated[bool, Strict()]


class OfferAnswer(Message):
    """Sent when the agent accepts a ringing offer."""

    type: Literal["offer.answer"] = "offer.answer"
    offer_id: Ident


class OfferDecline(Message):
    """Sent when the agent rejects a ringing offer."""

    type: Literal["offer.decline"] = "offer.decline"
    offer_id: Ident
    reason: ShortText | None = None


class CallHold(Message):
    """Sent to put a connected call on hold (the caller hears hold music)."""

    type: Literal["call.hold"] = "call.hold"
    contact_id: Ident


class CallResume(Message):
    """Sent to take a held call back."""

    type: Literal["call.resume"] = "call.resume"
    contact_id: Ident


class CallHangup(Message):
    """Sent when the agent ends a call (or closes a chat); the contact goes to wrap-up."""

    type: Literal["call.hangup"] = "call.hangup"
    contact_id: Ident


class CallDial(Message):
    """Sent to call a customer out (click-to-dial): ``number`` written any
    international way, for ``queue_id`` (whose caller ID the customer sees,
    whose wrap-up and reports the call takes). The server answers ok at
    once; the call then comes as a contact (ringing the far end, then
    connected, or closed as busy, no answer or failed)."""

    type: Literal["call.dial"] = "call.dial"
    number: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    queue_id: DbId
    customer_id: DbId | None = None


class CallMute(Message):
    """Sent to mute or unmute the agent's microphone towards the caller."""

    type: Literal["call.mute"] = "call.mute"
    contact_id: Ident
    muted: Annotated[bool, Strict()]


class CallRecording(Message):
    """Sent to pause the call's recording (the caller reads out a card
    number) or resume it: the paused stretch is silence in the file."""

    type: Literal["call.recording"] = "call.recording"
    contact_id: Ident
    paused: Annotated[bool, Strict()]


class CallTransfer(Message):
    """Sent to hand a contact over to a queue or to another agent."""

    type: Literal["call.transfer"] = "call.transfer"
    contact_id: Ident
    target: TransferTarget


class WrapupComplete(Message):
    """Sent when the agent finishes after-contact work: outcome, notes, customer changes."""

    type: Literal["wrapup.complete"] = "wrapup.complete"
    contact_id: Ident
    disposition_id: DbId | None = None
    notes: Notes = ""
    customer: CustomerEdit | None = None
    # The customer asked never to be called again: their number goes on the
    # do-not-call list of every campaign (a call's contact only).
    do_not_call: Annotated[bool, Strict()] = False


class WrapupExtend(Message):
    """Sent to ask for more wrap-up time before the deadline."""

    type: Literal["wrapup.extend"] = "wrapup.extend"
    contact_id: Ident
    seconds: Annotated[int, Strict(), Field(ge=1, le=600)]


class ChatSend(Message):
    """Sent when the agent sends a chat message; echoed back as ``chat.message``."""

    type: Literal["chat.send"] = "chat.send"
    contact_id: Ident
    text: ChatText
    client_msg_id: RequestId


class ChatTyping(Message):
    """Sent when the agent starts or stops typing in a chat."""

    type: Literal["chat.typing"] = "chat.typing"
    contact_id: Ident
    typing: Annotated[bool, Strict()]


class ChatWatch(Message):
    """Sent by a supervisor or owner to read a live chat: its history, then
    every new message, as ``chat.message``."""

    type: Literal["chat.watch"] = "chat.watch"
    contact_id: Ident


class ChatUnwatch(Message):
    """Sent to stop following a chat opened with ``chat.watch``."""

    type: Literal["chat.unwatch"] = "chat.unwatch"
    contact_id: Ident


class RtcStats(Message):
    """Sent by the desktop every few seconds: its view of the peer connection's quality."""

    type: Literal["rtc.stats"] = "rtc.stats"
    packets_lost: Count
    jitter_ms: Millis
    rtt_ms: Millis | None = None
    mic_level_db: Decibels | None = None
    # False: the microphone delivered no audio at all since the last report
    # (unplugged, taken by another program); None: not known.
    mic_delivering: Annotated[bool, Strict()] | None = None


class StatsSubscribe(Message):
    """Sent by a supervisor opening the wallboard: start ``stats.snapshot``/``stats.update``."""

    type: Literal["stats.subscribe"] = "stats.subscribe"


class StatsUnsubscribe(Message):
    """Sent by a supervisor closing the wallboard."""

    type: Literal["stats.unsubscribe"] = "stats.unsubscribe"


class SessionResync(Message):
    """Sent when the desktop doubts its state: the server answers with a fresh ``welcome``."""

    type: Literal["session.resync"] = "session.resync"


ClientMessage: TypeAlias = Annotated[
    Hello
    | Ping
    | AgentSetState
    | AgentRaiseHand
    | OfferAnswer
    | OfferDecline
    | CallHold
    | CallResume
    | CallDial
    | CallHangup
    | CallMute
    | CallRecording
    | CallTransfer
    | WrapupComplete
    | WrapupExtend
    | ChatSend
    | ChatTyping
    | ChatWatch
    | ChatUnwatch
    | RtcOffer
    | RtcAnswer
    | RtcIce
    | RtcStats
    | StatsSubscribe
    | StatsUnsubscribe
    | SessionResync,
    Field(discriminator="type"),
]
"""Any desktop -> server message, discriminated by ``type``."""
