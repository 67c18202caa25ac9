"""rtpengine's ng protocol without rtpengine: bencode both ways (strict, with
one clear error for anything malformed), and the client against a fake ng
server -- replies matched by cookie, requests sent again, refusals and
silence as their own errors."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from callnest.server.phone.ng import (
    BencodeError,
    NgClient,
    NgError,
    NgTimeout,
    decode,
    encode,
)

# -- bencode -----------------------------------------------------------------------

values = st.recursive(
    st.binary(max_size=20) | st.integers(min_value=-(2**63), max_value=2**64 - 1),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.binary(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(values)
def test_what_is_encoded_decodes_to_the_same(value: Any) -> None:
    assert decode(encode(value)) == value


def spliced(parts: tuple[bytes, int, bytes]) -> bytes:
    data, at, junk = parts
    at %= len(data) + 1
    return data[:at] + junk + data[at:]


# Random bytes are seldom near bencode: valid encodings with bytes spliced
# in reach the decoder's deeper paths too.
garbage = st.binary(max_size=200) | st.tuples(
    values.map(encode), st.integers(min_value=0), st.binary(min_size=1, max_size=3)
).map(spliced)


@given(garbage)
def test_arbitrary_bytes_decode_or_raise_the_one_clear_error(data: bytes) -> None:
    with contextlib.suppress(BencodeError):
        decode(data)


@given(values)
def test_a_cut_off_value_raises_the_clear_error(value: Any) -> None:
    data = encode(value)
    for end in range(len(data)):
        with pytest.raises(BencodeError):
            decode(data[:end])


def test_the_encoding_is_bencodes() -> None:
    # Keys sorted, text as UTF-8.
    assert encode({"sdp": "v=0", "command": "offer", "flags": ["a", b"b"], "n": -3}) == (
        b"d7:command5:offer5:flagsl1:a1:be1:ni-3e3:sdp3:v=0e"
    )
    assert encode("é") == b"2:\xc3\xa9"
    assert encode(0) == b"i0e"
    assert encode([]) == b"le"


@pytest.mark.parametrize("value", [True, 1.5, None, {1: b"x"}])
def test_what_bencode_has_no_type_for_is_refused(value: Any) -> None:
    with pytest.raises(TypeError):
        encode(value)


def test_a_key_given_twice_is_refused() -> None:
    same_key: Any = {"a": 1, b"a": 2}
    with pytest.raises(ValueError, match="twice"):
        encode(same_key)


def test_keys_in_any_order_are_read() -> None:
    # rtpengine writes its keys in the order it adds them.
    assert decode(b"d6:result2:ok7:createdi5ee") == {b"result": b"ok", b"created": 5}


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "ends where a value should start"),
        (b"i01e", "malformed"),
        (b"i-0e", "malformed"),
        (b"ie", "malformed"),
        (b"i-e", "malformed"),
        (b"i1", "no end"),
        (b"01:a", "malformed length"),
        (b"5:abc", "past the end"),
        (b"3", "no ':'"),
        (b"l", "no end"),
        (b"d1:a", "ends where a value should start"),
        (b"d1:ai1e", "no end"),
        (b"di1ei2ee", "not a string"),
        (b"d1:ai1e1:ai2ee", "given twice"),
        (b"i1ei2e", "after the value"),
        (b"x", "unexpected byte"),
        (b"i" + b"9" * 5000 + b"e", "malformed"),  # no 64-bit number
        (b"9" * 5000 + b":", "malformed length"),
        (b"l" * 100 + b"e" * 100, "nested deeper"),
    ],
)
def test_malformed_input_says_what_is_wrong(data: bytes, problem: str) -> None:
    with pytest.raises(BencodeError, match=problem):
        decode(data)


# -- the client --------------------------------------------------------------------

Reply = Callable[[bytes, dict[bytes, Any]], list[bytes]]


class FakeRtpengine(asyncio.DatagramProtocol):
    """Answers each request with whatever ``reply`` makes of its cookie and
    dictionary (nothing, or several datagrams)."""

    def __init__(self, reply: Reply) -> None:
        self.reply = reply
        self.requests: list[bytes] = []
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        assert self.transport is not None
        self.requests.append(data)
        cookie, _, body = data.partition(b" ")
        request = decode(body)
        assert isinstance(request, dict)
        for datagram in self.reply(cookie, request):
            self.transport.sendto(datagram, addr)


Serve = Callable[[Reply], Awaitable[tuple[FakeRtpengine, NgClient]]]


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    opened: list[tuple[asyncio.DatagramTransport, NgClient]] = []

    async def start(reply: Reply) -> tuple[FakeRtpengine, NgClient]:
        loop = asyncio.get_running_loop()
        transport, server = await loop.create_datagram_endpoint(
            lambda: FakeRtpengine(reply), local_addr=("127.0.0.1", 0)
        )
        client = NgClient(
            "127.0.0.1", transport.get_extra_info("sockname")[1], timeout_s=0.1, tries=3
        )
        await client.open()
        opened.append((transport, client))
        return server, client

    yield start
    for transport, client in opened:
        client.close()
        transport.close()


def ok(cookie: bytes, **fields: Any) -> bytes:
    return cookie + b" " + encode({"result": "ok", **fields})


async def test_a_reply_is_matched_by_its_cookie_and_strays_are_ignored(serve: Serve) -> None:
    def reply(cookie: bytes, request: dict[bytes, Any]) -> list[bytes]:
        assert request[b"command"] == b"offer"
        assert request[b"call-id"] == b"c1" and request[b"from-tag"] == b"t1"
        assert request[b"ICE"] == b"force"
        return [
            ok(b"not-this-one", sdp="v=0 stray"),  # a late reply to another request
            b"other-cookie d6:result",  # unreadable, and not ours either
            b"garbage-without-a-space",
            ok(cookie, sdp="v=0\r\nm=audio 9 RTP/AVP 8\r\n"),
        ]

    server, client = await serve(reply)
    answer = await client.offer("c1", "t1", "v=0\r\n", {"ICE": "force"})
    assert answer == {"result": "ok", "sdp": "v=0\r\nm=audio 9 RTP/AVP 8\r\n"}
    assert len(server.requests) == 1


async def test_each_request_has_its_own_cookie(serve: Serve) -> None:
    server, client = await serve(lambda cookie, request: [ok(cookie)])
    await asyncio.gather(client.ping(), client.delete("a"), client.query("b"))
    cookies = {request.partition(b" ")[0] for request in server.requests}
    assert len(cookies) == 3


async def test_an_unanswered_request_is_sent_again_with_the_same_cookie(serve: Serve) -> None:
    def reply(cookie: bytes, request: dict[bytes, Any]) -> list[bytes]:
        return [ok(cookie, result="pong")] if len(server.requests) == 2 else []

    server, client = await serve(reply)
    await client.ping()
    assert len(server.requests) == 2
    assert server.requests[0] == server.requests[1]


async def test_silence_is_a_timeout_after_every_try(serve: Serve) -> None:
    server, client = await serve(lambda cookie, request: [])
    with pytest.raises(NgTimeout, match="did not answer 'query'"):
        await client.query("c1")
    assert len(server.requests) == 3


async def test_a_refusal_is_an_ng_error_with_rtpengines_reason(serve: Serve) -> None:
    def reply(cookie: bytes, request: dict[bytes, Any]) -> list[bytes]:
        return [cookie + b" " + encode({"result": "error", "error-reason": "Unknown call-id"})]

    _, client = await serve(reply)
    with pytest.raises(NgError, match="Unknown call-id") as refused:
        await client.answer("c1", "t1", "t2", "v=0\r\n", {})
    assert refused.value.reason == "Unknown call-id"
    assert not isinstance(refused.value, NgTimeout)


async def test_an_unreadable_reply_is_an_ng_error(serve: Serve) -> None:
    _, client = await serve(lambda cookie, request: [cookie + b" d6:result"])
    with pytest.raises(NgError, match="unreadable reply to 'ping'"):
        await client.ping()


async def test_a_warning_comes_with_the_reply(serve: Serve) -> None:
    _, client = await serve(lambda cookie, request: [ok(cookie, warning="Call-ID not found")])
    assert await client.delete("gone") == {"result": "ok", "warning": "Call-ID not found"}


async def test_closing_fails_the_requests_still_waiting(serve: Serve) -> None:
    _, client = await serve(lambda cookie, request: [])
    waiting = asyncio.ensure_future(client.query("c1"))
    await asyncio.sleep(0.05)
    client.close()
    with pytest.raises(NgError, match="closed"):
        await waiting
    with pytest.raises(NgError, match="not open"):
        await client.ping()
