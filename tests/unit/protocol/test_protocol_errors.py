"""Invalid frames are refused with the right code, the request's ref and a readable message."""

import json
from typing import Any

import pytest

import callnest.protocol.codec as codec
from callnest.protocol import (
    MAX_FRAME_BYTES,
    MAX_SERVER_FRAME_BYTES,
    AgentSetState,
    AgentState,
    CallTransfer,
    ChatSend,
    ErrorCode,
    ErrorReply,
    OkReply,
    ProtocolError,
    RtcOffer,
    TransferTarget,
    encode,
    error_reply,
    parse_client,
    parse_server,
)


def frame(**fields: Any) -> str:
    return json.dumps({"v": 1, **fields})


def refused(raw: str | bytes, *, server: bool = False) -> ProtocolError:
    parse = parse_server if server else parse_client
    with pytest.raises(ProtocolError) as info:
        parse(raw)
    return info.value


# --- size --------------------------------------------------------------------------


def test_oversized_frame_is_refused_before_json_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_decode(*args: object, **kwargs: object) -> object:
        raise AssertionError("JSON decoder called for an oversized frame")

    monkeypatch.setattr(codec, "from_json", must_not_decode)
    padding = "x" * MAX_FRAME_BYTES
    for raw in (frame(type="ping", id="r1", pad=padding), frame(type="ping", pad=padding).encode()):
        err = refused(raw)
        assert err.code is ErrorCode.TOO_LARGE
        assert str(MAX_FRAME_BYTES) in err.message
        assert err.ref is None  # nothing was read, not even the id


def test_size_is_counted_in_utf8_bytes_not_characters() -> None:
    # 30,000 "é" are 30,000 characters but 60,000 bytes (+ envelope): over 64 KiB with 3,000 more.
    text = "é" * 33_000
    raw = frame(type="ping", pad=text).replace("\\u00e9", "é")
    assert len(raw) < MAX_FRAME_BYTES < len(raw.encode())
    assert refused(raw).code is ErrorCode.TOO_LARGE


def test_oversized_invalid_utf8_is_too_large_not_malformed() -> None:
    assert refused(b"\xff" * (MAX_FRAME_BYTES + 1)).code is ErrorCode.TOO_LARGE


def test_frame_at_the_limit_is_read() -> None:
    base = frame(type="chat.send", contact_id="c", client_msg_id="m", text="")
    raw = base.replace('"text": ""', '"text": "' + "a" * 1 + '"')
    assert parse_client(raw) == ChatSend(contact_id="c", client_msg_id="m", text="a")
    padded = raw + " " * (MAX_FRAME_BYTES - len(raw))  # JSON allows trailing whitespace
    assert len(padded.encode()) == MAX_FRAME_BYTES
    assert parse_client(padded) == ChatSend(contact_id="c", client_msg_id="m", text="a")
    assert refused(padded + " ").code is ErrorCode.TOO_LARGE


def test_server_frames_may_be_larger_than_client_frames() -> None:
    raw = frame(type="pong") + " " * MAX_FRAME_BYTES
    assert refused(raw).code is ErrorCode.TOO_LARGE
    assert parse_server(raw).type == "pong"
    assert refused(raw + " " * MAX_SERVER_FRAME_BYTES, server=True).code is ErrorCode.TOO_LARGE


def test_limit_can_be_lowered_per_call() -> None:
    with pytest.raises(ProtocolError) as info:
        parse_client(frame(type="ping"), max_bytes=10)
    assert info.value.code is ErrorCode.TOO_LARGE


def test_encode_refuses_a_frame_the_other_side_would_refuse() -> None:
    # 32,768 characters is a valid SDP, but not when each is 4 bytes of UTF-8.
    msg = RtcOffer(id="r9", sdp="𝄞" * 32_768)
    with pytest.raises(ProtocolError) as info:
        encode(msg)
    assert info.value.code is ErrorCode.TOO_LARGE
    assert info.value.ref == "r9"
    assert "rtc.offer" in info.value.message


# --- bytes and JSON ----------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b'{"v":1,"type":"ping","id":"\xff"}',
        b'{"v":1,"type":"ping"}\xc3',  # truncated multi-byte sequence
        b"\xed\xa0\x80",  # an encoded surrogate is not UTF-8
        '{"v":1,"type":"ping","id":"\ud800"}',  # str that cannot be UTF-8
    ],
)
def test_invalid_utf8_is_malformed(raw: str | bytes) -> None:
    err = refused(raw)
    assert err.code is ErrorCode.MALFORMED_JSON
    assert "UTF-8" in err.message


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", "JSON"),
        ("{", "JSON"),
        ('{"v":1,"type":"ping"', "JSON"),
        ('{"v":1,"type":"ping"} {}', "JSON"),
        ('{"v":NaN,"type":"ping"}', "JSON"),
        ('{"v":1,"type":"ping","id":"\\ud800"}', "JSON"),  # escaped lone surrogate
        ("[" * 10_000 + "]" * 10_000, "JSON"),  # deep nesting: an error, not a RecursionError
        ("[]", "array"),
        ('"ping"', "string"),
        ("1", "number"),
        ("null", "null"),
        ("true", "boolean"),
    ],
)
def test_non_json_or_non_object_is_malformed(raw: str, words: str) -> None:
    err = refused(raw)
    assert err.code is ErrorCode.MALFORMED_JSON
    assert words in err.message


def test_non_text_input_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        parse_client(123)  # type: ignore[arg-type]  # not text: what this test checks


# --- version -----------------------------------------------------------------------


@pytest.mark.parametrize("version", [0, 2, -1, 1.0, "1", True, None, [1]])
def test_wrong_version_names_the_supported_ones(version: object) -> None:
    err = refused(json.dumps({"v": version, "type": "ping", "id": "r1"}))
    assert err.code is ErrorCode.UNSUPPORTED_VERSION
    assert err.ref == "r1"
    assert "supported versions: 1" in err.message


def test_missing_version() -> None:
    err = refused(json.dumps({"type": "ping", "id": "r1"}))
    assert err.code is ErrorCode.UNSUPPORTED_VERSION
    assert err.ref == "r1"
    assert "'v'" in err.message


# --- type --------------------------------------------------------------------------


def test_unknown_type_is_named() -> None:
    err = refused(frame(type="call.teleport", id="r2", contact_id="c"))
    assert err.code is ErrorCode.UNKNOWN_TYPE
    assert err.ref == "r2"
    assert "'call.teleport'" in err.message


def test_type_of_the_other_direction_is_unknown() -> None:
    client_err = refused(frame(type="welcome", id="r3"))
    assert client_err.code is ErrorCode.UNKNOWN_TYPE
    assert "'welcome'" in client_err.message
    server_err = refused(frame(type="hello", id="r4"), server=True)
    assert server_err.code is ErrorCode.UNKNOWN_TYPE
    assert server_err.ref == "r4"


@pytest.mark.parametrize("type_", [None, 5, ["ping"], {"name": "ping"}])
def test_missing_or_non_string_type(type_: object) -> None:
    fields = {"id": "r5"} if type_ is None else {"id": "r5", "type": type_}
    err = refused(frame(**fields))
    assert err.code is ErrorCode.UNKNOWN_TYPE
    assert err.ref == "r5"
    assert "type" in err.message


def test_unknown_type_message_is_bounded_and_printable() -> None:
    err = refused(frame(type="x\n" * 1000))
    assert err.code is ErrorCode.UNKNOWN_TYPE
    assert len(err.message) < 200
    assert "\n" not in err.message


# --- fields ------------------------------------------------------------------------


def test_invalid_field_gives_a_readable_line_and_details() -> None:
    err = refused(frame(type="agent.set_state", id="r6", state="lunch"))
    assert err.code is ErrorCode.INVALID_MESSAGE
    assert err.ref == "r6"
    assert err.message == (
        "agent.set_state: field 'state': Input should be 'offline', 'available' or 'break'"
    )
    assert err.details == [
        {"field": "state", "problem": "Input should be 'offline', 'available' or 'break'"}
    ]


def test_missing_required_field() -> None:
    err = refused(frame(type="hello", id="r7", client="callnest-desktop/0.1"))
    assert err.code is ErrorCode.INVALID_MESSAGE
    assert err.message == "hello: field 'token': Field required"


def test_every_problem_is_listed() -> None:
    err = refused(frame(type="chat.send", id="r8", contact_id="", text="", client_msg_id=7))
    assert err.details is not None
    assert {d["field"] for d in err.details} == {"contact_id", "text", "client_msg_id"}
    assert err.message.endswith("(and 2 more)")


def test_extra_fields_are_rejected() -> None:
    err = refused(frame(type="ping", id="r9", sneaky=True))
    assert err.code is ErrorCode.INVALID_MESSAGE
    assert err.ref == "r9"
    assert err.details == [{"field": "sneaky", "problem": "Extra inputs are not permitted"}]


def test_extra_fields_in_nested_models_are_rejected() -> None:
    err = refused(
        frame(type="call.transfer", contact_id="c", target={"queue_id": 1, "phone": "123"})
    )
    assert err.details == [{"field": "target.phone", "problem": "Extra inputs are not permitted"}]


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        # JSON types are not coerced: no "5" for 5, no 1 for true, no 5.0 for 5.
        ({"type": "wrapup.extend", "contact_id": "c", "seconds": "60"}, "seconds"),
        ({"type": "wrapup.extend", "contact_id": "c", "seconds": 60.0}, "seconds"),
        ({"type": "call.mute", "contact_id": "c", "muted": 1}, "muted"),
        ({"type": "call.transfer", "contact_id": "c", "target": [1]}, "target"),
        (
            {"type": "call.transfer", "contact_id": "c", "target": {"queue_id": "1"}},
            "target.queue_id",
        ),
        (
            {"type": "call.transfer", "contact_id": "c", "target": {"queue_id": True}},
            "target.queue_id",
        ),
        (
            {"type": "wrapup.complete", "contact_id": "c", "customer": {"phones": ["1", 2]}},
            "customer.phones.1",
        ),
        (
            {"type": "wrapup.complete", "contact_id": "c", "customer": {"emails": "a@b"}},
            "customer.emails",
        ),
        (
            {"type": "wrapup.complete", "contact_id": "c", "customer": {"custom_fields": {"k": 1}}},
            "customer.custom_fields.k",
        ),
        ({"type": "rtc.stats", "packets_lost": 0, "jitter_ms": "1.5"}, "jitter_ms"),
    ],
)
def test_nested_wrong_types_name_the_dotted_path(fields: dict[str, Any], path: str) -> None:
    err = refused(frame(id="r10", **fields))
    assert err.code is ErrorCode.INVALID_MESSAGE
    assert err.ref == "r10"
    assert err.details is not None
    assert path in [d["field"] for d in err.details]
    assert f"field '{path}'" in err.message


@pytest.mark.parametrize("number", ["1e400", "-1e400"])
def test_numbers_too_big_for_a_float_are_refused(number: str) -> None:
    raw = '{"v":1,"type":"rtc.stats","packets_lost":0,"jitter_ms":' + number + "}"
    err = refused(raw)
    assert err.code is ErrorCode.INVALID_MESSAGE
    assert err.details is not None
    assert err.details[0]["field"] == "jitter_ms"


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"type": "hello", "token": "short", "client": "d"}, "token"),
        ({"type": "hello", "token": "t" * 257, "client": "d"}, "token"),
        ({"type": "hello", "token": "with space 012345", "client": "d"}, "token"),
        ({"type": "hello", "token": "t" * 16, "client": "d" * 101}, "client"),
        ({"type": "offer.answer", "offer_id": "o" * 65}, "offer_id"),
        ({"type": "offer.answer", "offer_id": "o/1"}, "offer_id"),
        ({"type": "offer.decline", "offer_id": "o", "reason": "r" * 201}, "reason"),
        ({"type": "wrapup.complete", "contact_id": "c", "notes": "n" * 4001}, "notes"),
        ({"type": "wrapup.complete", "contact_id": "c", "disposition_id": 0}, "disposition_id"),
        ({"type": "wrapup.complete", "contact_id": "c", "notes": "a\u0000b"}, "notes"),
        (
            {"type": "wrapup.complete", "contact_id": "c", "customer": {"phones": ["1"] * 11}},
            "customer.phones",
        ),
        (
            {
                "type": "wrapup.complete",
                "contact_id": "c",
                "customer": {"custom_fields": {f"k{i}": "v" for i in range(51)}},
            },
            "customer.custom_fields",
        ),
        ({"type": "wrapup.extend", "contact_id": "c", "seconds": 0}, "seconds"),
        ({"type": "wrapup.extend", "contact_id": "c", "seconds": 601}, "seconds"),
        ({"type": "chat.send", "contact_id": "c", "text": "", "client_msg_id": "m"}, "text"),
        (
            {"type": "chat.send", "contact_id": "c", "text": "t" * 4001, "client_msg_id": "m"},
            "text",
        ),
        ({"type": "rtc.offer", "sdp": "v=0", "sdp_type": "answer"}, "sdp_type"),
        ({"type": "rtc.offer", "sdp": "s" * 32769}, "sdp"),
        ({"type": "rtc.ice", "candidate": "c" * 1001}, "candidate"),
        ({"type": "rtc.stats", "packets_lost": -1, "jitter_ms": 0}, "packets_lost"),
        ({"type": "rtc.stats", "packets_lost": 0, "jitter_ms": -0.5}, "jitter_ms"),
        ({"type": "rtc.stats", "packets_lost": 0, "jitter_ms": 0, "rtt_ms": -1}, "rtt_ms"),
        ({"type": "ping", "id": ""}, "id"),
    ],
)
def test_limits_are_enforced(fields: dict[str, Any], path: str) -> None:
    err = refused(frame(**fields))
    assert err.code is ErrorCode.INVALID_MESSAGE
    assert err.details is not None
    assert path in [d["field"] for d in err.details]


def test_ref_is_filled_even_for_invalid_messages_but_only_with_a_valid_id() -> None:
    assert refused(frame(type="call.hold", id="ok-1")).ref == "ok-1"
    bad_id = refused(frame(type="call.hold", id="x" * 65, contact_id="c"))
    assert bad_id.ref is None
    assert bad_id.details is not None
    assert [d["field"] for d in bad_id.details] == ["id"]
    assert "64" in bad_id.message
    assert refused(frame(type="call.hold", id=17, contact_id="c")).ref is None


def test_pattern_problems_are_explained_in_words() -> None:
    err = refused(frame(type="call.hold", contact_id="c 1"))
    assert err.details is not None
    assert "pattern" not in err.details[0]["problem"]
    assert "A-Z" in err.details[0]["problem"]


def test_field_paths_from_the_network_are_sanitised() -> None:
    err = refused(frame(type="ping", **{"evil\nkey" + "k" * 500: 1}))
    assert err.details is not None
    field = err.details[0]["field"]
    assert "\n" not in field
    assert len(field) <= 200
    assert "\n" not in err.message


# --- cross-field validators --------------------------------------------------------


def test_break_needs_a_reason() -> None:
    err = refused(frame(type="agent.set_state", id="b1", state="break"))
    assert err.code is ErrorCode.INVALID_MESSAGE
    assert err.ref == "b1"
    assert err.details == [
        {"field": "reason_id", "problem": "reason_id is required when state is 'break'"}
    ]
    assert err.message == (
        "agent.set_state: field 'reason_id': reason_id is required when state is 'break'"
    )


@pytest.mark.parametrize("state", ["available", "offline"])
def test_reason_is_forbidden_outside_a_break(state: str) -> None:
    err = refused(frame(type="agent.set_state", state=state, reason_id=3))
    assert err.details is not None
    assert err.details[0]["field"] == "reason_id"
    assert f"not '{state}'" in err.message


def test_break_validator_in_python_too() -> None:
    assert AgentSetState(state=AgentState.BREAK, reason_id=3).reason_id == 3
    assert AgentSetState(state=AgentState.OFFLINE).reason_id is None
    with pytest.raises(ValueError, match="reason_id is required"):
        AgentSetState(state=AgentState.BREAK)
    with pytest.raises(ValueError, match="only allowed"):
        AgentSetState(state=AgentState.AVAILABLE, reason_id=1)


@pytest.mark.parametrize(
    "target",
    [{}, {"queue_id": 1, "agent_id": 2}, {"queue_id": None}, {"agent_id": 2, "number": "+1"}],
)
def test_transfer_needs_exactly_one_target(target: dict[str, Any]) -> None:
    err = refused(frame(type="call.transfer", id="t1", contact_id="c", target=target))
    assert err.code is ErrorCode.INVALID_MESSAGE
    assert err.ref == "t1"
    assert err.details == [
        {"field": "target", "problem": "give exactly one of queue_id, agent_id or number"}
    ]


def test_transfer_to_a_phone_number() -> None:
    message = frame(type="call.transfer", contact_id="c", target={"number": "+386 40 123 456"})
    assert parse_client(message) == CallTransfer(
        contact_id="c", target=TransferTarget(number="+386 40 123 456")
    )


def test_transfer_to_a_queue_or_an_agent() -> None:
    to_queue = parse_client(frame(type="call.transfer", contact_id="c", target={"queue_id": 1}))
    assert to_queue == CallTransfer(contact_id="c", target=TransferTarget(queue_id=1))
    to_agent = parse_client(frame(type="call.transfer", contact_id="c", target={"agent_id": 2}))
    assert to_agent == CallTransfer(contact_id="c", target=TransferTarget(agent_id=2))


# --- server side validation --------------------------------------------------------


def test_server_frames_are_validated_too() -> None:
    err = refused(frame(type="stats.update", at=1.0, queues=[{"queue_id": 1}]), server=True)
    assert err.code is ErrorCode.INVALID_MESSAGE
    assert err.details is not None
    assert "queues.0.name" in [d["field"] for d in err.details]
    withdrawn = refused(frame(type="offer.withdrawn", offer_id="o", reason="bored"), server=True)
    assert withdrawn.details is not None
    assert withdrawn.details[0]["field"] == "reason"


# --- replying ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff",
        "[]",
        frame(type="ping", v=7, id="e1"),
        frame(type="nope", id="e2"),
        frame(type="agent.set_state", id="e3", state="break"),
        frame(type="ping", **{f"k{i}": i for i in range(100)}),
    ],
)
def test_error_reply_answers_the_failed_request(raw: str | bytes) -> None:
    err = refused(raw)
    reply = error_reply(err)
    assert isinstance(reply, ErrorReply)
    assert reply.code == err.code.value
    assert reply.ref == err.ref
    assert reply.message == err.message
    if err.details is not None:
        assert reply.details is not None
        assert 0 < len(reply.details) <= 20
    # The reply itself is a valid server frame.
    assert parse_server(encode(reply)) == reply


def test_error_reply_cleans_what_it_cannot_send() -> None:
    reply = error_reply(
        ProtocolError(
            ErrorCode.INVALID_MESSAGE,
            "bad\nthing \ud800" + "!" * 2000,
            ref="not a valid id",
            details=[{"field": "a\tb", "problem": ""}],
        )
    )
    assert reply.ref is None
    assert "\n" not in reply.message
    assert len(reply.message) <= 1000
    assert reply.details is not None
    assert reply.details[0].field == "a?b"
    assert parse_server(encode(reply)) == reply


def test_protocol_error_reads_well() -> None:
    err = ProtocolError(ErrorCode.UNKNOWN_TYPE, "unknown type 'x'", ref="r")
    assert str(err) == "unknown_type: unknown type 'x'"
    assert "ref='r'" in repr(err)
    assert OkReply(ref="r").ref == "r"
