"""Every message type survives encode -> parse unchanged, and every one is covered here."""

import json
from typing import Any, get_args

import pytest

from callnest.protocol import (
    CLIENT_MESSAGE_TYPES,
    PROTOCOL_VERSION,
    SERVER_MESSAGE_TYPES,
    Activity,
    AgentRaiseHand,
    AgentSetState,
    AgentSnapshot,
    AgentState,
    AgentStateUpdate,
    AgentStats,
    AlarmNotice,
    AlarmsUpdate,
    CallDial,
    CallHangup,
    CallHold,
    CallMute,
    CallRecording,
    CallResume,
    CallTransfer,
    Channel,
    ChatMessage,
    ChatSend,
    ChatTyping,
    ChatTypingUpdate,
    ChatUnwatch,
    ChatWatch,
    ClientMessage,
    ContactInfo,
    ContactPhase,
    ContactUpdate,
    CustomerCard,
    CustomerEdit,
    EmailThreadUpdate,
    EndReason,
    ErrorCode,
    ErrorDetail,
    ErrorReply,
    EscalationInfo,
    Hello,
    HistoryEntry,
    IceServer,
    LinkProblem,
    LinkQuality,
    LinkVerdict,
    LinkVerdictUpdate,
    Message,
    NamedItem,
    Offer,
    OfferAnswer,
    OfferDecline,
    OfferWithdrawn,
    OkReply,
    Ping,
    Pong,
    QueueInfo,
    QueueStats,
    Role,
    RtcAnswer,
    RtcIce,
    RtcOffer,
    RtcStats,
    ServerMessage,
    SessionEnded,
    SessionResync,
    StatsSnapshot,
    StatsSubscribe,
    StatsUnsubscribe,
    StatsUpdate,
    TransferTarget,
    UserInfo,
    Welcome,
    WrapupComplete,
    WrapupExtend,
    encode,
    parse_client,
    parse_server,
)

NOW = 1_760_000_000.25

CONTACT = ContactInfo(
    contact_id="c-42",
    channel=Channel.VOICE,
    queue_id=3,
    queue_name="Sales",
    phase=ContactPhase.CONNECTED,
    caller_name="Zoë Ångström",
    caller_address="+33 1 23 45 67 89",
    customer_id=7,
    entered_at=NOW - 30,
    answered_at=NOW - 5,
    wrap_up_deadline=None,
    muted=True,
    end_reason=None,
)
ENDED_CHAT = ContactInfo(
    contact_id="c-43",
    channel=Channel.CHAT,
    queue_id=4,
    queue_name="Support",
    phase=ContactPhase.ENDED,
    entered_at=NOW - 600,
    answered_at=NOW - 590,
    wrap_up_deadline=NOW + 30,
    end_reason=EndReason.CALLER_HANGUP,
)
QUEUE_STATS = QueueStats(
    queue_id=3,
    name="Sales",
    waiting=2,
    longest_wait_s=41.5,
    offered=120,
    answered=110,
    abandoned=4,
    asa_s=12.0,
    aht_s=245.75,
    service_level=0.92,
    service_level_threshold_s=20,
    agents_available=3,
    agents_busy=5,
    agents_wrap_up=1,
    agents_break=2,
)
AGENT_STATS = AgentStats(
    agent_id=12,
    name="Ana",
    team_id=2,
    state=AgentState.BREAK,
    activity=Activity.IDLE,
    since=NOW - 300,
    reason="Lunch",
    contact_id=None,
    handled=31,
    aht_s=200.0,
    occupancy=0.8,
    break_s=1800.0,
    verdict=LinkVerdict(
        problem=LinkProblem.POOR, loss_pct=8.0, jitter_ms=3.5, rtt_ms=40.0, mos=3.36, since=NOW
    ),
    network_s=120.0,
    offers_avoided=3,
)

# One valid instance of every message class, with optional fields filled in so that
# nested models and non-ASCII text are exercised too.
SAMPLES: list[Message] = [
    # desktop -> server
    Hello(
        id="req-1",
        token="tok_0123456789abcdef",
        client="callnest-desktop/0.1",
        resume_session="s-99",
        audio_link=True,
    ),
    Ping(),
    AgentSetState(id="req-2", state=AgentState.BREAK, reason_id=4),
    AgentRaiseHand(id="req-16", raised=True),
    OfferAnswer(id="req-3", offer_id="o-1"),
    OfferDecline(id="req-4", offer_id="o-1", reason="Headset problem"),
    CallHold(id="req-5", contact_id="c-42"),
    CallResume(id="req-6", contact_id="c-42"),
    CallHangup(id="req-7", contact_id="c-42"),
    CallDial(id="req-7b", number="+386 40 111 222", queue_id=3, customer_id=12),
    CallMute(id="req-8", contact_id="c-42", muted=True),
    CallRecording(id="req-8b", contact_id="c-42", paused=True),
    CallTransfer(id="req-9", contact_id="c-42", target=TransferTarget(agent_id=12)),
    WrapupComplete(
        id="req-10",
        contact_id="c-42",
        disposition_id=5,
        notes="Wants a callback.\nPrefers mornings.",
        customer=CustomerEdit(
            name="Zoë Ångström",
            phones=("+33 1 23 45 67 89",),
            emails=("zoe@example.org",),
            notes="VIP",
            custom_fields={"account": "A-1001", "plan": "gold"},
        ),
    ),
    WrapupExtend(id="req-11", contact_id="c-42", seconds=60),
    ChatSend(id="req-12", contact_id="c-43", text="Bonjour ! 👋", client_msg_id="m-1"),
    ChatTyping(contact_id="c-43", typing=True),
    ChatWatch(id="req-13", contact_id="c-43"),
    ChatUnwatch(contact_id="c-43"),
    RtcOffer(sdp="v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n"),
    RtcAnswer(sdp="v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\n"),
    RtcIce(
        candidate="candidate:1 1 udp 2122260223 192.0.2.1 54400 typ host",
        sdp_mid="0",
        sdp_mline_index=0,
    ),
    RtcStats(packets_lost=3, jitter_ms=4.5, rtt_ms=38.0, mic_level_db=-23.5, mic_delivering=True),
    StatsSubscribe(id="req-13"),
    StatsUnsubscribe(id="req-14"),
    SessionResync(id="req-15"),
    # server -> desktop
    Welcome(
        session_id="s-100",
        user=UserInfo(id=12, username="ana", display_name="Ana Lima", role=Role.AGENT, team_id=2),
        agent=AgentSnapshot(
            state=AgentState.AVAILABLE,
            activity=Activity.BUSY,
            since=NOW - 10,
            contacts=(CONTACT, ENDED_CHAT),
        ),
        queues=(QueueInfo(id=3, name="sales", display_name="Sales"),),
        break_reasons=(NamedItem(id=4, name="Lunch"),),
        dispositions=(NamedItem(id=5, name="Sold"),),
        ice_servers=(
            IceServer(urls=("stun:stun.example.org:3478",)),
            IceServer(urls=("turn:turn.example.org:3478",), username="u", credential="p"),
        ),
        heartbeat_s=15.0,
    ),
    Pong(),
    OkReply(ref="req-2"),
    ErrorReply(
        ref="req-2",
        code=ErrorCode.INVALID_MESSAGE,
        message="agent.set_state: field 'reason_id': reason_id is required",
        details=(ErrorDetail(field="reason_id", problem="reason_id is required"),),
    ),
    AgentStateUpdate(
        state=AgentState.BREAK,
        reason_id=4,
        reason="Lunch",
        activity=Activity.IDLE,
        since=NOW,
    ),
    LinkVerdictUpdate(verdict=LinkVerdict(problem=LinkProblem.UNCONFIRMED, since=NOW)),
    Offer(
        offer_id="o-1",
        contact=CONTACT.model_copy(update={"phase": ContactPhase.RINGING, "answered_at": None}),
        ring_timeout_s=20.0,
        expires_at=NOW + 20,
        script="Hello Zoë, thank you for calling Sales.",
        customer=CustomerCard(
            id=7,
            name="Zoë Ångström",
            phones=("+33 1 23 45 67 89",),
            emails=("zoe@example.org",),
            notes="VIP",
            custom_fields={"account": "A-1001"},
            history=(
                HistoryEntry(
                    interaction_id="c-1",
                    channel=Channel.CHAT,
                    queue="Support",
                    at=NOW - 86_400,
                    outcome="answered",
                    disposition="Resolved",
                    notes="Password reset.",
                ),
            ),
        ),
    ),
    OfferWithdrawn(offer_id="o-1", reason="answered_elsewhere"),
    ContactUpdate(contact=ENDED_CHAT),
    # A task past its queue's resolution target: the supervisors own it now.
    ContactUpdate(
        contact=ENDED_CHAT.model_copy(
            update={
                "channel": Channel.TASK,
                "phase": ContactPhase.CONNECTED,
                "end_reason": None,
                "escalation": EscalationInfo(tier=3, reason="resolution"),
            }
        )
    ),
    ChatMessage(
        contact_id="c-43",
        message_id="cm-1",
        sender="agent",
        text="Bonjour ! 👋",
        at=NOW,
        client_msg_id="m-1",
    ),
    ChatTypingUpdate(contact_id="c-43", sender="customer", typing=False),
    EmailThreadUpdate(contact_id="c-44"),
    StatsSnapshot(at=NOW, queues=(QUEUE_STATS,), agents=(AGENT_STATS,)),
    StatsUpdate(
        at=NOW,
        agents=(
            AGENT_STATS.model_copy(
                update={
                    "handled": 32,
                    "link": LinkQuality(loss_pct=1.5, jitter_ms=8.0, rtt_ms=60.0),
                    "mos": 4.2,
                    "mic_silent_s": 12.5,
                    "last_heartbeat_at": NOW - 2,
                    "hand_raised": True,
                }
            ),
        ),
    ),
    AlarmsUpdate(
        alarms=(
            AlarmNotice(
                name="backups",
                title="Backups",
                summary="The newest backup is 3 days old.",
                fix="Back up now (Admin window, Backups tab).",
                raised_at=NOW,
            ),
        )
    ),
    SessionEnded(reason="logged in elsewhere"),
]

SAMPLE_BY_CLASS: dict[type[Message], Message] = {type(m): m for m in SAMPLES}


def union_members(union: object) -> list[type[Message]]:
    """The classes of an ``Annotated[A | B | ..., Field(discriminator=...)]`` union."""
    members: list[type[Message]] = list(get_args(get_args(union)[0]))
    return members


CASES = [("client", cls) for cls in union_members(ClientMessage)] + [
    ("server", cls) for cls in union_members(ServerMessage)
]


def parse(direction: str, frame: str | bytes) -> Message:
    return parse_client(frame) if direction == "client" else parse_server(frame)


def test_every_union_member_has_a_sample() -> None:
    missing = [cls.__name__ for _, cls in CASES if cls not in SAMPLE_BY_CLASS]
    assert missing == [], f"add a sample to SAMPLES for: {missing}"


def test_unions_and_type_maps_agree() -> None:
    assert set(CLIENT_MESSAGE_TYPES.values()) == set(union_members(ClientMessage))
    assert set(SERVER_MESSAGE_TYPES.values()) == set(union_members(ServerMessage))
    for tag, cls in {**CLIENT_MESSAGE_TYPES, **SERVER_MESSAGE_TYPES}.items():
        assert cls.model_fields["type"].default == tag


@pytest.mark.parametrize(("direction", "cls"), CASES, ids=[f"{d}:{c.__name__}" for d, c in CASES])
def test_round_trip(direction: str, cls: type[Message]) -> None:
    msg = SAMPLE_BY_CLASS.get(cls)
    if msg is None:
        pytest.fail(f"no sample for {cls.__name__}")
    frame = encode(msg)
    back = parse(direction, frame)
    assert back == msg
    assert type(back) is cls
    # Bytes as they come off a socket parse the same.
    assert parse(direction, frame.encode("utf-8")) == msg


@pytest.mark.parametrize("msg", SAMPLES, ids=[type(m).__name__ for m in SAMPLES])
def test_frame_is_one_flat_compact_object_with_version_first(msg: Message) -> None:
    frame = encode(msg)
    data: dict[str, Any] = json.loads(frame)
    assert list(data)[:2] == ["v", "type"]
    assert data["v"] == PROTOCOL_VERSION
    assert data["type"] == msg.type
    assert ("id" in data) == (msg.id is not None)
    assert frame == json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def test_request_id_is_carried_at_top_level() -> None:
    frame = encode(CallHold(id="abc:1", contact_id="c-1"))
    assert json.loads(frame) == {"v": 1, "type": "call.hold", "id": "abc:1", "contact_id": "c-1"}


def test_minimal_frames_use_defaults() -> None:
    assert parse_client('{"v":1,"type":"ping"}') == Ping()
    msg = parse_client('{"v":1,"type":"wrapup.complete","contact_id":"c-1"}')
    assert msg == WrapupComplete(contact_id="c-1", disposition_id=None, notes="", customer=None)


def test_same_type_name_means_different_messages_per_direction() -> None:
    # "chat.typing" from the desktop has no sender; from the server it has one.
    assert parse_client('{"v":1,"type":"chat.typing","contact_id":"c","typing":true}') == (
        ChatTyping(contact_id="c", typing=True)
    )
    assert parse_server(
        '{"v":1,"type":"chat.typing","contact_id":"c","sender":"customer","typing":true}'
    ) == ChatTypingUpdate(contact_id="c", sender="customer", typing=True)


def test_messages_are_immutable() -> None:
    msg = CallMute(contact_id="c-1", muted=True)
    with pytest.raises(ValueError, match="frozen"):
        msg.muted = False  # type: ignore[misc]  # frozen: what this test checks
