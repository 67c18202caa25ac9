"""SIP messages as Kamailio and trunks write them: compact forms, folded
lines, lists on one line or several, commas inside display names; messages
written back canonically; framing on a TCP stream however the reads split
it; and nothing but SipParseError out of arbitrary bytes."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callnest.server.phone.sip_message import (
    MAX_MESSAGE_SIZE,
    Headers,
    SipParseError,
    SipRequest,
    SipResponse,
    SipStreamReader,
    canonical_name,
    parse_cseq,
    parse_message,
    parse_name_addr,
    parse_uri,
    parse_via,
    split_list,
)

SDP = b"v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"

# An INVITE as Kamailio relays a trunk's call to Callnest's side: its own Via
# and the trunk's on one line, the caller's Via across lines, compact forms,
# a folded Subject, a display name with a comma.
RELAYED_INVITE = (
    b"INVITE sip:+38612345678@127.0.0.1:5060 SIP/2.0\r\n"
    b"Record-Route: <sip:127.0.0.1:5070;transport=tcp;r2=on;lr>\r\n"
    b"Record-Route: <sip:127.0.0.1:5060;r2=on;lr>\r\n"
    b"v: SIP/2.0/TCP 127.0.0.1:5070;branch=z9hG4bKk1.0;i=1 ,"
    b" SIP/2.0/UDP 10.0.0.9:5062;branch=z9hG4bKgw;rport=5062\r\n"
    b"Via: SIP / 2.0 / UDP [2001:db8::9]:5063;branch=z9hG4bKfirst;received=2001:db8::9\r\n"
    b'f: "Novak, Ana \\"Ani\\"" <sip:+38640111222@10.0.0.9>;tag=a-1\r\n'
    b"t: <sip:+38612345678@127.0.0.1>\r\n"
    b"i: 4e1c@10.0.0.9\r\n"
    b"CSeq: 102 INVITE\r\n"
    b'm: "Desk, 2" <sip:gw@10.0.0.9:5062;transport=udp>\r\n'
    b"Max-Forwards: 69\r\n"
    b"k: replaces,\r\n"
    b"\ttimer\r\n"
    b"s: a call\r\n"
    b"  about an order\r\n"
    b"c: application/sdp\r\n"
    b"X-Callnest-Trunk: 5\r\n"
    b"l: " + str(len(SDP)).encode() + b"\r\n\r\n" + SDP
)

OPTIONS = (
    b"OPTIONS sip:127.0.0.1:5080 SIP/2.0\r\n"
    b"Via: SIP/2.0/TCP 127.0.0.1:5070;branch=z9hG4bKo1\r\n"
    b"From: <sip:ping@127.0.0.1>;tag=p\r\n"
    b"To: <sip:127.0.0.1:5080>\r\n"
    b"Call-ID: ping-1\r\n"
    b"CSeq: 1 OPTIONS\r\n"
    b"Content-Length: 0\r\n\r\n"
)


def invite() -> SipRequest:
    message = parse_message(RELAYED_INVITE)
    assert isinstance(message, SipRequest)
    return message


# -- parsing ----------------------------------------------------------------------


def test_a_relayed_invite() -> None:
    message = invite()
    assert (message.method, message.uri) == ("INVITE", "sip:+38612345678@127.0.0.1:5060")
    assert message.body == SDP
    assert message.call_id == "4e1c@10.0.0.9"
    assert message.cseq == (102, "INVITE")
    assert message.content_type == "application/sdp"
    assert message.headers.get("x-callnest-trunk") == "5"
    assert message.headers.get("Subject") == "a call about an order"
    assert message.headers.get_all("Supported") == ["replaces", "timer"]


def test_compact_forms_read_under_their_long_names() -> None:
    headers = invite().headers
    for compact, long in [("i", "Call-ID"), ("f", "From"), ("t", "To"), ("m", "Contact")]:
        assert headers.get(compact) == headers.get(long) == headers.get(long.upper())
        assert compact in headers and long.lower() in headers
    names = {name for name, _ in headers}
    assert {"Via", "Call-ID", "Content-Length", "Supported", "Subject", "Content-Type"} <= names
    assert not names & {"v", "i", "l", "k", "s", "c"}


@pytest.mark.parametrize(
    ("compact", "name"),
    [
        ("i", "Call-ID"),
        ("F", "From"),
        ("t", "To"),
        ("v", "Via"),
        ("m", "Contact"),
        ("l", "Content-Length"),
        ("c", "Content-Type"),
        ("k", "Supported"),
        ("s", "Subject"),
        ("e", "Content-Encoding"),
        ("o", "Event"),
        ("u", "Allow-Events"),
        ("CALL-ID", "Call-ID"),
        ("cseq", "CSeq"),
        ("www-authenticate", "WWW-Authenticate"),
        ("x-callnest-trunk", "X-Callnest-Trunk"),
        ("record-route", "Record-Route"),
    ],
)
def test_canonical_names(compact: str, name: str) -> None:
    assert canonical_name(compact) == name


def test_vias_in_order_on_one_line_and_across_lines() -> None:
    vias = [parse_via(v) for v in invite().headers.get_all("Via")]
    assert [v.branch for v in vias] == ["z9hG4bKk1.0", "z9hG4bKgw", "z9hG4bKfirst"]
    assert [v.transport for v in vias] == ["TCP", "UDP", "UDP"]
    assert vias[0].sent_by == "127.0.0.1:5070"
    assert vias[1].params == {"branch": "z9hG4bKgw", "rport": "5062"}
    assert (vias[2].host, vias[2].port) == ("2001:db8::9", 5063)
    assert invite().via == vias[0]


def test_the_record_route_in_order() -> None:
    routes = [parse_name_addr(r) for r in invite().headers.get_all("Record-Route")]
    assert [r.uri for r in routes] == [
        "sip:127.0.0.1:5070;transport=tcp;r2=on;lr",
        "sip:127.0.0.1:5060;r2=on;lr",
    ]
    first = parse_uri(routes[0].uri)
    assert (first.host, first.port, first.params) == (
        "127.0.0.1",
        5070,
        {"transport": "tcp", "r2": "on", "lr": None},
    )


def test_display_names_with_commas_and_quotes() -> None:
    caller = invite().from_addr
    assert caller.display_name == 'Novak, Ana "Ani"'
    assert caller.uri == "sip:+38640111222@10.0.0.9"
    assert caller.tag == "a-1"
    assert invite().to_addr.tag is None
    assert parse_name_addr(invite().headers.get("Contact") or "").display_name == "Desk, 2"


def test_contact_lists_split_outside_quotes_and_angle_brackets() -> None:
    value = '"Doe, J" <sip:a@h;x=1,2>;q=0.5, <sip:b@h>, sip:c@h;expires=60'
    assert split_list(value) == [
        '"Doe, J" <sip:a@h;x=1,2>;q=0.5',
        "<sip:b@h>",
        "sip:c@h;expires=60",
    ]
    headers = Headers([("Contact", value), ("m", "<sip:d@h>")])
    assert len(headers.get_all("contact")) == 4
    # Not a list: a comma in a Subject stays.
    assert Headers([("Subject", "a, b")]).get_all("subject") == ["a, b"]


@pytest.mark.parametrize(
    ("value", "display", "uri", "params"),
    [
        ("<sip:100@h>", None, "sip:100@h", {}),
        ("Ana Novak <sip:100@h>;tag=x", "Ana Novak", "sip:100@h", {"tag": "x"}),
        ('"" <sip:100@h>', None, "sip:100@h", {}),
        # Without <>, the parameters are the header's (RFC 3261 20.10).
        ("sip:100@h;tag=1;x", None, "sip:100@h", {"tag": "1", "x": None}),
        (
            '<sip:100@h;lr>;Expires=60;q="a;b"',
            None,
            "sip:100@h;lr",
            {"expires": "60", "q": '"a;b"'},
        ),
    ],
)
def test_name_addrs(
    value: str, display: str | None, uri: str, params: dict[str, str | None]
) -> None:
    parsed = parse_name_addr(value)
    assert (parsed.display_name, parsed.uri, parsed.params) == (display, uri, params)


@pytest.mark.parametrize("value", ['"open <sip:a@h>', "Name <sip:a@h", "", "a b", "<>"])
def test_bad_name_addrs(value: str) -> None:
    with pytest.raises(SipParseError):
        parse_name_addr(value)


@pytest.mark.parametrize(
    ("text", "user", "host", "port"),
    [
        ("sip:+38612345678@127.0.0.1:5060;user=phone", "+38612345678", "127.0.0.1", 5060),
        ("sips:alice:secret@Example.COM", "alice", "Example.COM", None),
        ("sip:%2B386100@h", "+386100", "h", None),
        ("sip:[2001:db8::1]:5070;transport=tcp", None, "2001:db8::1", 5070),
        ("sip:0123;phone-context=+386@gw", "0123;phone-context=+386", "gw", None),
        ("tel:+38612345678;phone-context=x", "+38612345678", "", None),
    ],
)
def test_uris(text: str, user: str | None, host: str, port: int | None) -> None:
    uri = parse_uri(text)
    assert (uri.user, uri.host, uri.port) == (user, host, port)


@pytest.mark.parametrize(
    "text", ["127.0.0.1", "http://x", "sip:", "sip:h:99999", "sip:[::1", "sip:a@", "sip:h:x"]
)
def test_bad_uris(text: str) -> None:
    with pytest.raises(SipParseError):
        parse_uri(text)


def test_cseq() -> None:
    assert parse_cseq(" 7  BYE ") == (7, "BYE")
    for bad in ["BYE", "x BYE", "1", "99999999999 BYE", "-1 BYE"]:
        with pytest.raises(SipParseError):
            parse_cseq(bad)


def test_a_response() -> None:
    message = parse_message(
        b"SIP/2.0 486 Busy Here Now\r\n"
        b"Via: SIP/2.0/TCP 127.0.0.1:5080;branch=z9hG4bKb\r\n"
        b"From: <sip:a@h>;tag=1\r\nTo: <sip:b@h>;tag=2\r\nCall-ID: c\r\nCSeq: 2 BYE\r\n"
        b"Content-Length: 0\r\n\r\n"
    )
    assert isinstance(message, SipResponse)
    assert (message.status, message.reason, message.cseq) == (486, "Busy Here Now", (2, "BYE"))
    assert message.to_addr.tag == "2"


@pytest.mark.parametrize(
    ("broken", "problem"),
    [
        (OPTIONS.replace(b"CSeq: 1 OPTIONS\r\n", b""), "no CSeq"),
        (OPTIONS.replace(b"1 OPTIONS", b"1 INVITE"), "CSeq method"),
        (OPTIONS.replace(b"1 OPTIONS", b"one OPTIONS"), "bad CSeq"),
        (OPTIONS.replace(b" SIP/2.0\r\n", b" SIP/3.0\r\n", 1), "request line"),
        (OPTIONS.replace(b"OPTIONS sip:", b"OPTIONS  sip:"), "request line"),
        (OPTIONS.replace(b"Max", b"Max"), ""),  # (unchanged: parses)
        (OPTIONS.replace(b"Call-ID: ping-1", b"Call-ID ping-1"), "without a name"),
        (OPTIONS.replace(b"To: <sip", b"To: x\nEvil: <sip"), "control characters"),
        (OPTIONS.replace(b"Via: SIP/2.0/TCP", b"Via: TCP"), "bad Via"),
        (OPTIONS.replace(b"From: <sip:ping@127.0.0.1>", b"From: <sip:ping@127.0.0.1"), "unclosed"),
        (OPTIONS.replace(b" sip:127.0.0.1:5080 SIP/2.0", b""), "request line"),
        (OPTIONS.replace(b"Length: 0", b"Length: 5"), "shorter than Content-Length"),
        (OPTIONS.replace(b"\r\n\r\n", b"\r\n"), "no blank line"),
    ],
)
def test_malformed_messages_keep_what_headers_could_be_read(broken: bytes, problem: str) -> None:
    if not problem:
        parse_message(broken)
        return
    with pytest.raises(SipParseError, match=problem) as caught:
        parse_message(broken)
    if problem != "no blank line":
        assert caught.value.headers is not None
        assert not caught.value.is_response


def test_a_malformed_response_says_so() -> None:
    with pytest.raises(SipParseError) as caught:
        parse_message(b"SIP/2.0 2000 OK\r\nCall-ID: x\r\n\r\n")
    assert caught.value.is_response
    assert caught.value.headers is not None and caught.value.headers.get("Call-ID") == "x"


def test_latin1_in_a_display_name_is_no_reason_to_refuse_a_call() -> None:
    message = parse_message(OPTIONS.replace(b"From: <", b'From: "Ma\xf0a" <'))
    assert message.from_addr.display_name == "Ma\ufffda"


# -- serialising -------------------------------------------------------------------


def test_written_canonically_with_the_right_content_length() -> None:
    message = invite()
    message.body = b"v=0\r\n"
    text = message.encode()
    head, _, body = text.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    assert lines[0] == "INVITE sip:+38612345678@127.0.0.1:5060 SIP/2.0"
    assert "Call-ID: 4e1c@10.0.0.9" in lines
    assert "Supported: replaces, timer" in lines  # unfolded
    assert "Subject: a call about an order" in lines
    assert [line for line in lines if line.startswith("Content-Length")] == ["Content-Length: 5"]
    assert lines[-1] == "Content-Length: 5"
    assert body == b"v=0\r\n"


def test_round_trips() -> None:
    for raw in (RELAYED_INVITE, OPTIONS):
        message = parse_message(raw)
        again = parse_message(message.encode())
        assert again == message
        assert again.encode() == message.encode()
    # A hand-built one, with a wrong Content-Length: the right one is written.
    response = SipResponse(180, "Ringing", Headers([*invite().headers]))
    again = parse_message(response.encode())
    assert isinstance(again, SipResponse)
    assert (again.status, again.reason, again.body) == (180, "Ringing", b"")
    assert again.headers.get("Content-Length") == "0"
    assert again.encode() == response.encode()


@pytest.mark.parametrize("bad", ["x\r\nEvil: 1", "x\nEvil: 1", "x\rEvil", "x\x00"])
def test_a_line_break_in_a_value_is_refused(bad: str) -> None:
    message = invite()
    with pytest.raises(ValueError, match="control characters"):
        SipResponse(486, bad, message.headers).encode()
    with pytest.raises(ValueError, match="control characters"):
        SipRequest("BYE", "sip:a@h", Headers([*message.headers, ("Subject", bad)])).encode()


# -- framing on a stream ---------------------------------------------------------------


def read_all(reader: SipStreamReader) -> list[SipRequest | SipResponse]:
    messages = []
    while (message := reader.next_message()) is not None:
        messages.append(message)
    return messages


def test_messages_split_across_reads_byte_by_byte() -> None:
    reader = SipStreamReader()
    found = []
    for byte in RELAYED_INVITE + OPTIONS:
        reader.feed(bytes([byte]))
        found += read_all(reader)
    assert [m.call_id for m in found] == ["4e1c@10.0.0.9", "ping-1"]
    assert found[0].body == SDP


def test_concatenated_messages_and_keep_alives_between() -> None:
    reader = SipStreamReader()
    reader.feed(b"\r\n\r\n" + OPTIONS + b"\r\n\r\n\r\n" + RELAYED_INVITE + OPTIONS + b"\r\n")
    assert [m.cseq for m in read_all(reader)] == [(1, "OPTIONS"), (102, "INVITE"), (1, "OPTIONS")]
    reader.feed(b"\r\n")  # a keep-alive alone
    assert reader.next_message() is None
    reader.feed(OPTIONS[:10])
    assert reader.next_message() is None
    reader.feed(OPTIONS[10:])
    assert [m.call_id for m in read_all(reader)] == ["ping-1"]


def test_a_framed_but_malformed_message_is_skipped() -> None:
    reader = SipStreamReader()
    reader.feed(OPTIONS.replace(b"1 OPTIONS", b"x OPTIONS") + OPTIONS)
    with pytest.raises(SipParseError) as caught:
        reader.next_message()
    assert not caught.value.stream_broken
    assert caught.value.headers is not None and caught.value.headers.get("Call-ID") == "ping-1"
    assert [m.call_id for m in read_all(reader)] == ["ping-1"]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (OPTIONS.replace(b"Content-Length: 0\r\n", b""), "no Content-Length"),
        (OPTIONS.replace(b"Content-Length: 0", b"Content-Length: zero"), "bad Content-Length"),
        (OPTIONS.replace(b"Content-Length: 0", b"l: 0\r\nContent-Length: 2"), "conflicting"),
        (
            OPTIONS.replace(b"Content-Length: 0", f"l: {MAX_MESSAGE_SIZE}".encode()),
            "larger than",
        ),
        (b"INVITE sip:a@h SIP/2.0\r\nSubject: " + b"x" * MAX_MESSAGE_SIZE, "larger than"),
    ],
)
def test_a_stream_that_cannot_be_framed_is_broken(data: bytes, problem: str) -> None:
    reader = SipStreamReader()
    reader.feed(data)
    with pytest.raises(SipParseError, match=problem) as caught:
        reader.next_message()
    assert caught.value.stream_broken
    reader.feed(OPTIONS)
    with pytest.raises(SipParseError, match=problem):
        reader.next_message()  # and stays so


def test_a_missing_content_length_still_leaves_the_headers_for_a_400() -> None:
    reader = SipStreamReader()
    reader.feed(OPTIONS.replace(b"Content-Length: 0\r\n", b""))
    with pytest.raises(SipParseError) as caught:
        reader.next_message()
    assert caught.value.headers is not None
    assert caught.value.headers.get("CSeq") == "1 OPTIONS"


def test_the_size_cap_is_the_readers() -> None:
    reader = SipStreamReader(max_size=len(OPTIONS) - 1)
    reader.feed(OPTIONS)
    with pytest.raises(SipParseError, match="larger than"):
        reader.next_message()
    roomy = SipStreamReader(max_size=len(OPTIONS))
    roomy.feed(OPTIONS)
    assert roomy.next_message() is not None


# -- properties ----------------------------------------------------------------------------

TOKEN = st.text("abcdefghijklmnopqrstuvwxyz0123456789-.!%*_+`'~", min_size=1, max_size=12)
DISPLAY = st.text(
    st.characters(min_codepoint=32, max_codepoint=0x2FF, exclude_characters="\x7f"), max_size=20
)


SYNTAX = st.sampled_from([b":", b";", b"<", b">", b'"', b"\\", b",", b"\r\n", b" ", b"[", b"]"])


@st.composite
def mangled(draw: st.DrawFn) -> bytes:
    """A real message with a few stretches replaced: mostly still framed, so
    the parsing goes deep."""
    data = draw(st.sampled_from([RELAYED_INVITE, OPTIONS]))
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 20)))
        data = data[:start] + draw(st.binary(max_size=8) | SYNTAX) + data[end:]
    return data


@settings(max_examples=500)
@given(st.binary(max_size=600) | mangled())
def test_arbitrary_bytes_only_ever_raise_sip_parse_error(data: bytes) -> None:
    with contextlib.suppress(SipParseError):
        parse_message(data)


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=80),
            mangled(),
            st.sampled_from(
                [OPTIONS, RELAYED_INVITE, b"\r\n", b"\r\n\r\n", b"Content-Length: 3\r\n", b"l: 99"]
            ),
        ),
        max_size=12,
    )
)
def test_arbitrary_reads_only_ever_raise_sip_parse_error(chunks: list[bytes]) -> None:
    reader = SipStreamReader(max_size=2048)
    for chunk in chunks:
        reader.feed(chunk)
        try:
            read_all(reader)
        except SipParseError as exc:
            if exc.stream_broken:
                return


@settings(max_examples=200)
@given(display=DISPLAY, tag=TOKEN, user=TOKEN, subject=DISPLAY, body=st.binary(max_size=64))
def test_any_caller_round_trips(
    display: str, tag: str, user: str, subject: str, body: bytes
) -> None:
    quoted = display.replace("\\", "\\\\").replace('"', '\\"')
    request = SipRequest(
        "INVITE",
        f"sip:{user}@127.0.0.1",
        Headers(
            [
                ("v", "SIP/2.0/TCP 127.0.0.1:5070;branch=z9hG4bK1"),
                ("f", f'"{quoted}" <sip:{user}@h>;tag={tag}'),
                ("t", f"<sip:{user}@127.0.0.1>"),
                ("i", f"{tag}@h"),
                ("CSeq", "1 INVITE"),
                ("Subject", subject),
            ]
        ),
        body,
    )
    again = parse_message(request.encode())
    assert again.encode() == request.encode()
    assert [f for f in again.headers if f[0] != "Content-Length"] == [*request.headers]
    assert again.from_addr.display_name == (display or None)
    assert again.from_addr.tag == tag
    assert again.body == body
