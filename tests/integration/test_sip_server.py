"""Callnest's SIP side (SipServer) against real peers: SIPp as a caller over
TCP straight at it (answered and hung up by either side, cancelled, refused,
never acknowledged, requiring an extension, offering and sending digits
within the dialog), a plain socket for what SIPp will not send (malformed
requests, retransmitted INVITEs, requests for no dialog), and a SIPp trunk
through the real Kamailio (SipEdge), whose route set our BYE must follow."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from callnest.server.phone.edge import SipEdge
from callnest.server.phone.kamailio_config import EdgeConfig, TrunkSpec
from callnest.server.phone.sip_message import (
    SipResponse,
    SipStreamReader,
    parse_name_addr,
    parse_uri,
)
from callnest.server.phone.sip_server import (
    CallEnded,
    Caller,
    EndReason,
    IncomingCall,
    SipServer,
)
from integration.sip_peers import Sipp, free_sip_port

pytestmark = pytest.mark.slow

# Quick timers: a 200 OK is sent again after 50 ms, 150 ms, ... and given up
# on after a second. Only where SIPp expects it: over TCP, SIPp takes a
# retransmission for an unexpected message and aborts the call.
FAST = {"t1": 0.05, "t2": 0.2, "ack_timeout": 1.0}

ANSWER = (
    "v=0\r\n"
    "o=callnest 1 1 IN IP4 127.0.0.1\r\n"
    "s=-\r\n"
    "c=IN IP4 127.0.0.1\r\n"
    "t=0 0\r\n"
    "m=audio 40000 RTP/AVP 8 101\r\n"
    "a=rtpmap:8 PCMA/8000\r\n"
    "a=rtpmap:101 telephone-event/8000\r\n"
    "a=sendrecv\r\n"
)

Calls = asyncio.Queue[IncomingCall]
StartServer = Callable[..., Awaitable[tuple[SipServer, Calls]]]


@pytest.fixture
async def start_server() -> AsyncIterator[StartServer]:
    """Starts a SipServer on a free loopback port whose calls queue up for
    the test to handle."""
    servers: list[SipServer] = []

    async def start(
        on_invite: Callable[[IncomingCall], Awaitable[None]] | None = None, **timers: float
    ) -> tuple[SipServer, Calls]:
        calls: Calls = asyncio.Queue()
        server = SipServer("127.0.0.1", 0, on_invite or calls.put, **timers)
        await server.start()
        servers.append(server)
        return server, calls

    yield start
    for server in servers:
        await server.stop()


async def next_call(calls: Calls, within: float = 5.0) -> IncomingCall:
    async with asyncio.timeout(within):
        return await calls.get()


async def end_of(call: IncomingCall, within: float = 5.0) -> EndReason:
    async with asyncio.timeout(within):
        return await call.ended


async def sipp_caller(scenario: str, tmp_path: Path, server: SipServer) -> Sipp:
    return await Sipp.start(
        scenario,
        tmp_path / "caller",
        port=free_sip_port(),
        remote=f"127.0.0.1:{server.port}",
        transport="t1",
    )


# -- SIPp straight at the server ------------------------------------------------------


async def test_answered_then_the_caller_hangs_up(start_server: StartServer, tmp_path: Path) -> None:
    server, calls = await start_server()
    sipp = await sipp_caller("caller_hangs_up.xml", tmp_path, server)
    try:
        call = await next_call(calls)
        assert call.trunk is None  # not through the edge
        assert call.caller == Caller("+38640111222", "Novak, Ana", "sip:+38640111222@127.0.0.1")
        assert call.dialed == "+38612345678"
        assert "a=rtpmap:8 PCMA/8000" in call.offer_sdp
        assert call.headers.get("Max-Forwards") == "70"
        assert call.from_tag.endswith("SIPpTag001") and call.to_tag
        await call.ringing()
        await call.answer(ANSWER)
        assert await end_of(call) is EndReason.CALLER_HUNG_UP
        assert await sipp.wait() == 0, sipp.output()
        assert server.calls == []
    finally:
        await sipp.stop()


async def test_answered_then_we_hang_up(
    start_server: StartServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="callnest.phone.sip")
    server, calls = await start_server()
    sipp = await sipp_caller("callee_hangs_up.xml", tmp_path, server)
    try:
        call = await next_call(calls)
        await call.answer(ANSWER)
        # At once: the BYE waits for the ACK (RFC 3261 15), then for its answer.
        await call.hang_up()
        assert call.ended.result() is EndReason.WE_HUNG_UP
        assert "our BYE answered 200" in caplog.text
        await call.hang_up()  # again: nothing more happens
        assert await sipp.wait() == 0, sipp.output()
        assert server.calls == []
        # The SDP bodies are not logged, even at DEBUG.
        assert "m=audio" not in caplog.text
    finally:
        await sipp.stop()


async def test_cancelled_while_ringing(start_server: StartServer, tmp_path: Path) -> None:
    server, calls = await start_server()
    sipp = await sipp_caller("caller_cancels.xml", tmp_path, server)
    try:
        call = await next_call(calls)
        await call.ringing()

        async def prepare_answer() -> None:
            await asyncio.sleep(1.0)  # e.g. setting up the media: the CANCEL comes first
            await call.answer(ANSWER)

        preparing = asyncio.create_task(prepare_answer())
        assert await end_of(call) is EndReason.CANCELLED
        assert not preparing.done()  # the application learns of it before it answers
        with pytest.raises(CallEnded) as caught:
            await preparing
        assert caught.value.reason is EndReason.CANCELLED
        assert await sipp.wait() == 0, sipp.output()
        await call.refuse(486, "Busy Here")  # too late: nothing happens
    finally:
        await sipp.stop()


async def test_refused(start_server: StartServer, tmp_path: Path) -> None:
    server, calls = await start_server()
    sipp = await sipp_caller("refused.xml", tmp_path, server)
    try:
        call = await next_call(calls)
        await call.refuse(486, "Busy Here")
        assert call.ended.result() is EndReason.REFUSED
        with pytest.raises(CallEnded):
            await call.ringing()
        assert await sipp.wait() == 0, sipp.output()
    finally:
        await sipp.stop()


async def test_no_ack_ends_the_call_with_a_bye(start_server: StartServer, tmp_path: Path) -> None:
    server, calls = await start_server(**FAST)
    sipp = await sipp_caller("no_ack.xml", tmp_path, server)
    try:
        call = await next_call(calls)
        loop = asyncio.get_running_loop()
        answered = loop.time()
        await call.answer(ANSWER)
        assert await end_of(call) is EndReason.NO_ACK
        assert loop.time() - answered >= FAST["ack_timeout"]
        assert await sipp.wait() == 0, sipp.output()  # it got the BYE
    finally:
        await sipp.stop()


async def test_an_unsupported_extension_is_refused_with_420(
    start_server: StartServer, tmp_path: Path
) -> None:
    server, calls = await start_server()
    sipp = await sipp_caller("requires_100rel.xml", tmp_path, server)
    try:
        assert await sipp.wait() == 0, sipp.output()
        assert calls.empty()
    finally:
        await sipp.stop()


async def test_digits_and_a_new_offer_within_the_dialog(
    start_server: StartServer, tmp_path: Path
) -> None:
    server, calls = await start_server()
    sipp = await sipp_caller("in_dialog.xml", tmp_path, server)
    digits: list[str] = []
    offers: list[str] = []

    async def on_offer(sdp: str) -> str:
        offers.append(sdp)
        return ANSWER.replace("a=sendrecv", "a=recvonly")

    try:
        call = await next_call(calls)
        call.on_dtmf = digits.append
        call.on_offer = on_offer
        await call.answer(ANSWER)
        assert await end_of(call) is EndReason.CALLER_HUNG_UP
        assert digits == ["5"]
        assert len(offers) == 1 and "a=sendonly" in offers[0]
        assert await sipp.wait() == 0, sipp.output()
    finally:
        await sipp.stop()


# -- a plain socket ---------------------------------------------------------------------


class RawPeer:
    """A SIP peer on a plain TCP connection, for what SIPp will not send."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.stream = SipStreamReader()
        self.port: int = writer.get_extra_info("sockname")[1]

    @classmethod
    async def connect(cls, server: SipServer) -> RawPeer:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        return cls(reader, writer)

    async def close(self) -> None:
        self.writer.close()
        await self.writer.wait_closed()

    def request(
        self,
        method: str,
        *,
        branch: str = "z9hG4bKraw1",
        call_id: str = "raw-1",
        cseq: str = "1",
        to_tag: str | None = None,
        extra: str = "",
        body: str = "",
    ) -> bytes:
        to = "<sip:+38612345678@127.0.0.1>" + (f";tag={to_tag}" if to_tag else "")
        return (
            f"{method} sip:+38612345678@127.0.0.1 SIP/2.0\r\n"
            f"Via: SIP/2.0/TCP 127.0.0.1:{self.port};branch={branch}\r\n"
            "From: <sip:+38640111222@127.0.0.1>;tag=raw\r\n"
            f"To: {to}\r\n"
            f"Call-ID: {call_id}\r\n"
            f"CSeq: {cseq} {method}\r\n"
            f"Contact: <sip:+38640111222@127.0.0.1:{self.port};transport=tcp>\r\n"
            f"{extra}"
            f"Content-Length: {len(body.encode())}\r\n\r\n{body}"
        ).encode()

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def response(self, within: float = 5.0) -> SipResponse:
        async with asyncio.timeout(within):
            while (message := self.stream.next_message()) is None:
                data = await self.reader.read(65536)
                assert data, "the connection was closed"
                self.stream.feed(data)
        assert isinstance(message, SipResponse), message
        return message

    async def nothing_more(self, within: float) -> None:
        with pytest.raises(TimeoutError):
            await self.response(within)

    async def closed_by_the_server(self) -> bool:
        async with asyncio.timeout(5):
            return await self.reader.read(65536) == b""


async def test_malformed_requests(
    start_server: StartServer, caplog: pytest.LogCaptureFixture
) -> None:
    server, calls = await start_server()
    peer = await RawPeer.connect(server)
    secret = "o=secret-sdp 1 1 IN IP4 127.0.0.1"
    try:
        # Readable enough for an answer: 400, and the connection goes on.
        await peer.send(peer.request("INVITE", extra="a line without a colon\r\n", body=secret))
        response = await peer.response()
        assert (response.status, response.call_id) == (400, "raw-1")
        assert response.to_addr.tag  # a To-tag of its own (RFC 3261 8.2.6.2)
        await peer.send(peer.request("INVITE").replace(b";branch=z9hG4bKraw1", b""))
        assert (await peer.response()).status == 400  # a Via without a branch
        await peer.send(peer.request("OPTIONS"))
        assert (await peer.response()).status == 200
        # Unframed, nothing to answer to: the connection is dropped.
        await peer.send(b"HELLO\r\n\r\n")
        assert await peer.closed_by_the_server()
    finally:
        await peer.close()
    assert "malformed" in caplog.text
    assert secret not in caplog.text
    peer = await RawPeer.connect(server)  # the server serves on
    try:
        await peer.send(peer.request("OPTIONS"))
        response = await peer.response()
        assert response.status == 200
        assert "UPDATE" in (response.headers.get_all("Allow"))
        assert calls.empty()
    finally:
        await peer.close()


async def test_requests_for_nothing_we_know(start_server: StartServer) -> None:
    server, _ = await start_server()
    peer = await RawPeer.connect(server)
    try:
        for method, to_tag, status in [
            ("BYE", "nope", 481),
            ("INVITE", "nope", 481),  # a re-INVITE for no dialog
            ("INFO", None, 481),
            ("CANCEL", None, 481),
            ("MESSAGE", None, 405),
            ("REGISTER", None, 405),
        ]:
            await peer.send(peer.request(method, to_tag=to_tag))
            response = await peer.response()
            assert response.status == status, method
            if status == 405:
                assert response.headers.get_all("Allow") == [
                    "INVITE",
                    "ACK",
                    "CANCEL",
                    "BYE",
                    "OPTIONS",
                    "INFO",
                    "UPDATE",
                ]
        await peer.send(peer.request("ACK", to_tag="nope"))  # dropped, unanswered
        await peer.send(peer.request("OPTIONS", extra="Require: timer\r\n"))
        response = await peer.response()
        assert (response.status, response.headers.get("Unsupported")) == (420, "timer")
    finally:
        await peer.close()


async def test_a_retransmitted_invite_gets_the_last_response_again(
    start_server: StartServer,
) -> None:
    server, calls = await start_server()
    peer = await RawPeer.connect(server)
    try:
        invite = peer.request("INVITE", body=ANSWER, extra="Content-Type: application/sdp\r\n")
        await peer.send(invite)
        assert (await peer.response()).status == 100
        call = await next_call(calls)
        await peer.send(invite)
        assert (await peer.response()).status == 100
        await call.ringing()
        ringing = await peer.response()
        assert ringing.status == 180
        assert ringing.to_addr.tag == call.to_tag
        await peer.send(invite)
        assert (await peer.response()).encode() == ringing.encode()
        assert calls.empty()
        # Same Call-ID, no To-tag, another branch: another transaction, another call.
        await peer.send(peer.request("INVITE", branch="z9hG4bKraw2"))
        assert (await peer.response()).status == 100
        other = await next_call(calls)
        assert other.call_id == call.call_id and other.to_tag != call.to_tag
        await other.refuse(603, "Decline")
        assert (await peer.response()).status == 603
        await call.refuse(480, "Temporarily Unavailable")
        assert (await peer.response()).status == 480
        await peer.send(peer.request("CANCEL"))  # after the final response: no effect
        assert (await peer.response()).status == 200
    finally:
        await peer.close()


async def test_the_200_ok_is_sent_again_until_the_ack(start_server: StartServer) -> None:
    server, calls = await start_server(**(FAST | {"ack_timeout": 5.0}))
    peer = await RawPeer.connect(server)
    try:
        await peer.send(peer.request("INVITE"))
        assert (await peer.response()).status == 100
        call = await next_call(calls)
        await call.answer(ANSWER)
        loop = asyncio.get_running_loop()
        sent: list[float] = []
        while len(sent) < 5:
            response = await peer.response()
            assert response.status == 200
            assert response.body == ANSWER.encode()
            sent.append(loop.time())
        gaps = [b - a for a, b in itertools.pairwise(sent)]
        # T1 (0.05 s), doubling up to T2 (0.2 s).
        for gap, wanted in zip(gaps, [0.05, 0.1, 0.2, 0.2], strict=True):
            assert wanted * 0.9 <= gap < wanted + 0.3, gaps
        tag = response.to_addr.tag
        contact = parse_uri(parse_name_addr(response.headers.get("Contact") or "").uri)
        assert (contact.host, contact.port, contact.params) == (
            "127.0.0.1",
            server.port,
            {"transport": "tcp"},
        )
        await peer.send(peer.request("ACK", branch="z9hG4bKack", to_tag=tag))
        while True:  # one may have crossed the ACK
            try:
                await peer.response(0.5)
            except TimeoutError:
                break
        await peer.send(peer.request("BYE", branch="z9hG4bKbye", cseq="2", to_tag=tag))
        assert (await peer.response()).status == 200
        assert await end_of(call) is EndReason.CALLER_HUNG_UP
    finally:
        await peer.close()


async def test_a_bye_while_it_rings_ends_the_invite_too(start_server: StartServer) -> None:
    server, calls = await start_server()
    peer = await RawPeer.connect(server)
    try:
        await peer.send(peer.request("INVITE"))
        assert (await peer.response()).status == 100
        call = await next_call(calls)
        await call.ringing()
        tag = (await peer.response()).to_addr.tag
        await peer.send(peer.request("BYE", branch="z9hG4bKbye", cseq="2", to_tag=tag))
        answers = {(await peer.response()).cseq for _ in range(2)}
        assert answers == {(2, "BYE"), (1, "INVITE")}
        assert call.ended.result() is EndReason.CALLER_HUNG_UP
    finally:
        await peer.close()


async def test_requests_within_the_dialog(start_server: StartServer) -> None:
    server, calls = await start_server()
    peer = await RawPeer.connect(server)
    sdp = "Content-Type: application/sdp\r\n"
    try:
        await peer.send(peer.request("INVITE", body=ANSWER, extra=sdp))
        assert (await peer.response()).status == 100
        call = await next_call(calls)
        await call.answer(ANSWER)
        tag = (await peer.response()).to_addr.tag
        await peer.send(peer.request("ACK", branch="z9hG4bKa1", to_tag=tag))

        async def send(method: str, cseq: int, **fields: str) -> SipResponse:
            await peer.send(
                peer.request(method, branch=f"z9hG4bK{cseq}", cseq=str(cseq), to_tag=tag, **fields)
            )
            response = await peer.response()
            if response.status == 100:
                response = await peer.response()
            return response

        # Offers with nobody to take them: 488 (and the refusal's ACK is absorbed).
        assert (await send("INVITE", 2, body=ANSWER, extra=sdp)).status == 488
        await peer.send(peer.request("ACK", branch="z9hG4bK2", cseq="2", to_tag=tag))
        assert (await send("UPDATE", 3, body=ANSWER, extra=sdp)).status == 488
        # Refreshes: the session as it is.
        assert (await send("UPDATE", 4)).body == b""
        refreshed = await send("INVITE", 5)
        assert (refreshed.status, refreshed.body) == (200, ANSWER.encode())
        await peer.send(peer.request("ACK", branch="z9hG4bKa5", cseq="5", to_tag=tag))
        assert (await send("OPTIONS", 6)).status == 200
        assert (
            await send("INFO", 7, body="hi", extra="Content-Type: text/plain\r\n")
        ).status == 415
        dtmf = "Content-Type: application/dtmf-relay\r\n"
        assert (await send("INFO", 8, body="Signal=x", extra=dtmf)).status == 400
        assert (await send("INFO", 3, body="Signal=1", extra=dtmf)).status == 500  # CSeq went back

        # An offer the application takes its time over, cancelled meanwhile.
        offered = asyncio.Event()

        async def slow(sdp: str) -> str:
            offered.set()
            await asyncio.sleep(10)
            return ANSWER

        call.on_offer = slow
        await peer.send(
            peer.request("INVITE", branch="z9hG4bK9", cseq="9", to_tag=tag, body=ANSWER, extra=sdp)
        )
        assert (await peer.response()).status == 100
        await asyncio.wait_for(offered.wait(), 5)
        await peer.send(peer.request("CANCEL", branch="z9hG4bK9", cseq="9", to_tag=tag))
        answers = {((r := await peer.response()).status, r.cseq[1]) for _ in range(2)}
        assert answers == {(200, "CANCEL"), (487, "INVITE")}
        assert not call.ended.done()  # a cancelled re-INVITE leaves the call as it was
        call.on_offer = None
        assert (await send("UPDATE", 10)).status == 200  # no offer is pending any more

        await peer.send(peer.request("BYE", branch="z9hG4bK11", cseq="11", to_tag=tag))
        assert (await peer.response()).status == 200
        assert await end_of(call) is EndReason.CALLER_HUNG_UP
        assert (await send("INFO", 12)).status == 481  # the dialog is gone
    finally:
        await peer.close()


async def test_a_failing_application_refuses_the_call(start_server: StartServer) -> None:
    ended: list[IncomingCall] = []

    async def broken(call: IncomingCall) -> None:
        ended.append(call)
        raise RuntimeError("no queue for it")

    server, _ = await start_server(broken)
    peer = await RawPeer.connect(server)
    try:
        await peer.send(peer.request("INVITE"))
        assert [(await peer.response()).status for _ in range(2)] == [100, 500]
        assert ended[0].ended.result() is EndReason.REFUSED
    finally:
        await peer.close()


async def test_stopping_refuses_the_unanswered_and_hangs_up_the_answered(
    start_server: StartServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="callnest.phone.sip")
    server, calls = await start_server()
    sipp = await sipp_caller("callee_hangs_up.xml", tmp_path, server)
    peer = await RawPeer.connect(server)
    try:
        answered = await next_call(calls)
        await answered.answer(ANSWER)
        await peer.send(peer.request("INVITE"))
        assert (await peer.response()).status == 100
        waiting = await next_call(calls)
        # Once SIPp has acknowledged the 200 OK: it expects the BYE after that.
        async with asyncio.timeout(5):
            while f"{answered.call_id}: ACK" not in caplog.text:  # noqa: ASYNC110 -- no event for it
                await asyncio.sleep(0.01)
        await server.stop()
        assert (await peer.response()).status == 503
        assert waiting.ended.result() is EndReason.SERVER_STOPPED
        assert answered.ended.result() is EndReason.SERVER_STOPPED
        assert await sipp.wait() == 0, sipp.output()  # it got the BYE
    finally:
        await peer.close()
        await sipp.stop()


# -- through Kamailio ---------------------------------------------------------------------

TRUNK = TrunkSpec(id=5, host="127.0.0.1", ip_addresses=("127.0.0.1",))


@pytest.fixture
async def edges() -> AsyncIterator[list[SipEdge]]:
    running: list[SipEdge] = []
    yield running
    for edge in running:
        await edge.stop()


async def edge_to(server: SipServer, tmp_path: Path, edges: list[SipEdge]) -> SipEdge:
    """Kamailio relaying trunk 5's calls (from 127.0.0.1) to ``server``."""
    config = EdgeConfig(
        trunk_host="127.0.0.1",
        trunk_port=free_sip_port(),
        inner_port=free_sip_port(),
        callnest_port=server.port,
    )
    edge = SipEdge(tmp_path / "sip-edge", config, restart_delays_s=(0.2, 1.0))
    edges.append(edge)
    await edge.apply([TRUNK])
    return edge


async def trunk_call(scenario: str, edge: SipEdge, tmp_path: Path) -> Sipp:
    """The phone-call scenarios of the end-to-end tests; nobody listens at
    the SDP's RTP port here."""
    return await Sipp.start(
        scenario,
        tmp_path / "trunk",
        port=free_sip_port(),
        remote=f"127.0.0.1:{edge.config.trunk_port}",
        keys={
            "dialled": "+38612345678",
            "caller": "+38640111222",
            "caller_name": "Novak, Ana",
            "rtp_port": "9",
        },
        pause_ms=300,
    )


def check_relayed(call: IncomingCall, edge: SipEdge) -> None:
    """What Kamailio hands on: the trunk's id, the caller and the number as
    the trunk sent them, and a route set back through its inner socket."""
    assert call.trunk == "5"
    assert call.dialed == "+38612345678"
    assert call.caller.user == "+38640111222"
    assert call.caller.display_name == "Novak, Ana"
    routes = [parse_uri(parse_name_addr(r).uri) for r in call.headers.get_all("Record-Route")]
    inner, outer = routes
    assert (inner.host, inner.port) == ("127.0.0.1", edge.config.inner_port)
    assert inner.params.get("transport") == "tcp" and "lr" in inner.params
    assert (outer.host, outer.port) == ("127.0.0.1", edge.config.trunk_port)


async def test_through_kamailio_our_bye_reaches_the_trunk(
    start_server: StartServer,
    edges: list[SipEdge],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="callnest.phone.sip")
    server, calls = await start_server()
    edge = await edge_to(server, tmp_path, edges)
    trunk = await trunk_call("trunk_call.xml", edge, tmp_path)
    try:
        call = await next_call(calls)
        check_relayed(call, edge)
        await call.ringing()
        await call.answer(ANSWER)
        await call.hang_up()
        assert call.ended.result() is EndReason.WE_HUNG_UP
        assert "our BYE answered 200" in caplog.text
        assert await trunk.wait() == 0, trunk.output()
    finally:
        await trunk.stop()


async def test_through_kamailio_the_trunks_bye_reaches_us(
    start_server: StartServer, edges: list[SipEdge], tmp_path: Path
) -> None:
    server, calls = await start_server()
    edge = await edge_to(server, tmp_path, edges)
    trunk = await trunk_call("trunk_call_hangs_up.xml", edge, tmp_path)
    try:
        call = await next_call(calls)
        check_relayed(call, edge)
        await call.answer(ANSWER)
        assert await end_of(call) is EndReason.CALLER_HUNG_UP
        assert await trunk.wait() == 0, trunk.output()
        assert server.calls == []
    finally:
        await trunk.stop()
