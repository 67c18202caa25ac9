"""Callnest's SIP side (SipServer) against real peers: SIPp as a caller over
TCP straight at it (answered and hung up by either side, cancelled, refused,
never acknowledged, requiring an extension, offering and sending digits
within the dialog), a plain socket for what SIPp will not send (malformed
requests, retransmitted INVITEs, requests for no dialog), and a SIPp trunk
through the real Kamailio (SipEdge), whose route set our BYE must follow."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from callnest.server.phone.edge import SipEdge
from callnest.server.phone.kamailio_config import EdgeConfig, TrunkSpec
from callnest.server.phone.registrations import RegistrationState
from callnest.server.phone.sip_message import (
    SipRequest,
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
    OutEndReason,
    OutgoingCall,
    OutgoingCallEnded,
    Progress,
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
        on_invite: Callable[[IncomingCall], Awaitable[None]] | None = None,
        edge: tuple[str, int] | None = None,
        **timers: float,
    ) -> tuple[SipServer, Calls]:
        calls: Calls = asyncio.Queue()
        server = SipServer("127.0.0.1", 0, on_invite or calls.put, edge=edge, **timers)
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

    async def message(self, within: float = 5.0) -> SipResponse | SipRequest:
        async with asyncio.timeout(within):
            while (message := self.stream.next_message()) is None:
                data = await self.reader.read(65536)
                assert data, "the connection was closed"
                self.stream.feed(data)
        return message

    async def response(self, within: float = 5.0) -> SipResponse:
        message = await self.message(within)
        assert isinstance(message, SipResponse), message
        return message

    async def next_request(self, within: float = 5.0) -> SipRequest:
        message = await self.message(within)
        assert isinstance(message, SipRequest), message
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


# -- calls out: a fake Kamailio ---------------------------------------------------------

OFFER = ANSWER.replace("40000", "40002")
DIALLED = "+38640111222"
CALLER_ID = "+38612345678"


class FakeEdge:
    """Kamailio's inner socket as a call out meets it, played by the test:
    each connection the SIP side opens is a RawPeer."""

    def __init__(self) -> None:
        self.peers: asyncio.Queue[RawPeer] = asyncio.Queue()
        self._all: list[RawPeer] = []
        self._server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = RawPeer(reader, writer)
        self._all.append(peer)
        await self.peers.put(peer)

    async def peer(self) -> RawPeer:
        async with asyncio.timeout(5):
            return await self.peers.get()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for peer in self._all:
            with contextlib.suppress(OSError):
                await peer.close()
        if self._server is not None:
            await self._server.wait_closed()


@pytest.fixture
async def fake_edge() -> AsyncIterator[FakeEdge]:
    edge = FakeEdge()
    await edge.start()
    yield edge
    await edge.stop()


def reply(
    request: SipRequest,
    status: int,
    reason: str,
    *,
    port: int,
    tag: str | None = "far1",
    body: str = "",
    extra: str = "",
) -> bytes:
    """The far end's response to ``request``, with its Contact at ``port``."""
    to = request.headers.get("To") or ""
    if tag is not None and ";tag=" not in to:
        to += f";tag={tag}"
    vias = "".join(f"Via: {via}\r\n" for via in request.headers.get_all("Via"))
    content = "Content-Type: application/sdp\r\n" if body else ""
    return (
        f"SIP/2.0 {status} {reason}\r\n{vias}"
        f"From: {request.headers.get('From')}\r\n"
        f"To: {to}\r\n"
        f"Call-ID: {request.call_id}\r\n"
        f"CSeq: {request.headers.get('CSeq')}\r\n"
        f"Contact: <sip:{DIALLED}@127.0.0.1:{port};transport=tcp>\r\n"
        f"{extra}{content}Content-Length: {len(body.encode())}\r\n\r\n{body}"
    ).encode()


async def call_out_to(server: SipServer, **fields: object) -> OutgoingCall:
    arguments: dict[str, object] = {
        "trunk": "5",
        "number": DIALLED,
        "caller_id": CALLER_ID,
        "host": "127.0.0.1",
        "sdp": OFFER,
    } | fields
    return await server.call_out(**arguments)  # type: ignore[arg-type]


async def ending_of(call: OutgoingCall, within: float = 5.0) -> OutEndReason:
    async with asyncio.timeout(within):
        return await call.ended


async def test_a_call_out_as_sent_answered_and_within_its_dialog(
    start_server: StartServer, fake_edge: FakeEdge
) -> None:
    server, _ = await start_server(edge=("127.0.0.1", fake_edge.port))
    call = await call_out_to(server)
    edge = await fake_edge.peer()
    invite = await edge.next_request()
    assert (invite.method, invite.uri) == ("INVITE", f"sip:{DIALLED}@127.0.0.1")
    assert invite.call_id == call.call_id
    assert invite.from_addr.uri == f"sip:{CALLER_ID}@127.0.0.1"
    assert invite.from_addr.tag == call.from_tag
    assert (invite.to_addr.uri, invite.to_addr.tag) == (f"sip:{DIALLED}@127.0.0.1", None)
    assert invite.headers.get("X-Callnest-Trunk") == "5"
    assert invite.cseq == (1, "INVITE")
    assert invite.body == OFFER.encode() and invite.content_type == "application/sdp"
    contact = parse_uri(parse_name_addr(invite.headers.get("Contact") or "").uri)
    assert (contact.host, contact.port, contact.params) == (
        "127.0.0.1",
        server.port,
        {"transport": "tcp"},
    )
    assert server.calls_out == [call] and server.calls == []

    await edge.send(reply(invite, 100, "Trying", port=fake_edge.port, tag=None))
    await edge.send(reply(invite, 180, "Ringing", port=fake_edge.port))
    early = ANSWER.replace("s=-", "s=early")
    await edge.send(reply(invite, 183, "Session Progress", port=fake_edge.port, body=early))
    async with asyncio.timeout(5):
        assert await call.progress.get() == Progress(180, "Ringing", None)
        assert await call.progress.get() == Progress(183, "Session Progress", early)
    assert call.to_tag == "far1"
    assert not call.answered.done()

    ok = reply(invite, 200, "OK", port=fake_edge.port, body=ANSWER)
    await edge.send(ok)
    async with asyncio.timeout(5):
        assert await call.wait_answer() == ANSWER
    assert (call.final_status, call.final_reason) == (200, "OK")
    ack = await edge.next_request()
    assert (ack.method, ack.uri, ack.cseq) == (
        "ACK",
        f"sip:{DIALLED}@127.0.0.1:{fake_edge.port};transport=tcp",
        (1, "ACK"),
    )
    assert ack.to_addr.tag == "far1" and ack.from_addr.tag == call.from_tag
    assert ack.via.branch != invite.via.branch  # a transaction of its own
    await edge.send(ok)  # the 200 OK again: the same ACK again
    assert (await edge.next_request()).encode() == ack.encode()

    # The far end's requests within the dialog, on a connection of its own
    # (as Kamailio opens one to our Contact).
    far = await RawPeer.connect(server)
    digits: list[str] = []
    offers: list[str] = []

    async def on_offer(sdp: str) -> str:
        offers.append(sdp)
        return OFFER.replace("a=sendrecv", "a=recvonly")

    call.on_dtmf = digits.append
    call.on_offer = on_offer
    our_contact = parse_name_addr(invite.headers.get("Contact") or "").uri

    def within(method: str, cseq: int, branch: str, body: str = "", extra: str = "") -> bytes:
        return (
            f"{method} {our_contact} SIP/2.0\r\n"
            f"Via: SIP/2.0/TCP 127.0.0.1:{far.port};branch={branch}\r\n"
            f"From: {ack.headers.get('To')}\r\n"
            f"To: {ack.headers.get('From')}\r\n"
            f"Call-ID: {call.call_id}\r\n"
            f"CSeq: {cseq} {method}\r\n"
            f"Contact: <sip:{DIALLED}@127.0.0.1:{far.port};transport=tcp>\r\n"
            f"{extra}Content-Length: {len(body.encode())}\r\n\r\n{body}"
        ).encode()

    try:
        dtmf = "Content-Type: application/dtmf-relay\r\n"
        await far.send(within("INFO", 1, "z9hG4bKi1", "Signal=7\r\nDuration=160\r\n", dtmf))
        assert (await far.response()).status == 200
        assert digits == ["7"]
        sdp = "Content-Type: application/sdp\r\n"
        held = ANSWER.replace("a=sendrecv", "a=sendonly")
        await far.send(within("INVITE", 2, "z9hG4bKr2", held, sdp))
        assert (await far.response()).status == 100
        answer = await far.response()
        assert (answer.status, answer.body) == (
            200,
            OFFER.replace("a=sendrecv", "a=recvonly").encode(),
        )
        assert offers == [held]
        await far.send(within("ACK", 2, "z9hG4bKa2"))
        await far.send(within("BYE", 3, "z9hG4bKb3"))
        assert (await far.response()).status == 200
        assert await ending_of(call) is OutEndReason.HUNG_UP_BY_FAR_END
        assert server.calls_out == []
    finally:
        await far.close()


async def test_no_response_at_all_fails_the_call_out(
    start_server: StartServer, fake_edge: FakeEdge
) -> None:
    server, _ = await start_server(edge=("127.0.0.1", fake_edge.port), t1=0.02)
    loop = asyncio.get_running_loop()
    sent = loop.time()
    call = await call_out_to(server)
    assert (await (await fake_edge.peer()).next_request()).method == "INVITE"
    assert await ending_of(call) is OutEndReason.FAILED
    assert loop.time() - sent >= 64 * 0.02  # Timer B
    with pytest.raises(OutgoingCallEnded) as caught:
        await call.wait_answer()
    assert (caught.value.reason, caught.value.status) == (OutEndReason.FAILED, None)


async def test_a_call_out_whose_edge_connection_closes_fails(
    start_server: StartServer, fake_edge: FakeEdge
) -> None:
    server, _ = await start_server(edge=("127.0.0.1", fake_edge.port))
    call = await call_out_to(server)
    edge = await fake_edge.peer()
    invite = await edge.next_request()
    await edge.send(reply(invite, 180, "Ringing", port=fake_edge.port))
    async with asyncio.timeout(5):
        await call.progress.get()
    await edge.close()  # Kamailio restarted: the transaction is gone with it
    assert await ending_of(call) is OutEndReason.FAILED
    assert (call.final_status, call.final_reason) == (None, "the edge closed the connection")
    # Its answer coming after all, on a new connection: acknowledged and hung up.
    far = await RawPeer.connect(server)
    try:
        await far.send(reply(invite, 200, "OK", port=fake_edge.port, body=ANSWER))
        edge = await fake_edge.peer()
        ack, bye = await edge.next_request(), await edge.next_request()
        assert (ack.method, bye.method) == ("ACK", "BYE")
        await edge.send(reply(bye, 200, "OK", port=fake_edge.port))
    finally:
        await far.close()


async def test_a_cancel_waits_for_a_provisional_response_and_ends_with_the_487(
    start_server: StartServer, fake_edge: FakeEdge
) -> None:
    server, _ = await start_server(edge=("127.0.0.1", fake_edge.port))
    call = await call_out_to(server)
    edge = await fake_edge.peer()
    invite = await edge.next_request()
    cancelling = asyncio.create_task(call.cancel())
    await edge.nothing_more(0.3)  # RFC 3261 9.1: no CANCEL before a provisional response
    await edge.send(reply(invite, 100, "Trying", port=fake_edge.port, tag=None))
    cancel = await edge.next_request()
    assert (cancel.method, cancel.uri, cancel.cseq) == ("CANCEL", invite.uri, (1, "CANCEL"))
    assert cancel.headers.get_all("Via") == invite.headers.get_all("Via")
    assert (cancel.from_addr, cancel.to_addr) == (invite.from_addr, invite.to_addr)
    await edge.send(reply(cancel, 200, "OK", port=fake_edge.port))
    assert not cancelling.done()  # until the INVITE's final response
    await edge.send(reply(invite, 487, "Request Terminated", port=fake_edge.port))
    ack = await edge.next_request()  # hop by hop: the INVITE's branch, the 487's To-tag
    assert (ack.method, ack.uri, ack.cseq) == ("ACK", invite.uri, (1, "ACK"))
    assert ack.via.branch == invite.via.branch and ack.to_addr.tag == "far1"
    async with asyncio.timeout(5):
        await cancelling
    assert call.ended.result() is OutEndReason.CANCELLED
    assert (call.final_status, call.final_reason) == (487, "Request Terminated")


async def test_an_answer_crossing_our_cancel_is_acknowledged_and_hung_up(
    start_server: StartServer, fake_edge: FakeEdge
) -> None:
    server, _ = await start_server(edge=("127.0.0.1", fake_edge.port))
    call = await call_out_to(server, ring_timeout=0.3)
    edge = await fake_edge.peer()
    invite = await edge.next_request()
    await edge.send(reply(invite, 180, "Ringing", port=fake_edge.port))
    cancel = await edge.next_request()  # the ring timeout
    assert cancel.method == "CANCEL"
    await edge.send(reply(cancel, 481, "Call/Transaction Does Not Exist", port=fake_edge.port))
    await edge.send(reply(invite, 200, "OK", port=fake_edge.port, body=ANSWER))
    ack, bye = await edge.next_request(), await edge.next_request()
    assert (ack.method, bye.method) == ("ACK", "BYE")
    assert bye.to_addr.tag == "far1" and bye.cseq == (2, "BYE")
    await edge.send(reply(bye, 200, "OK", port=fake_edge.port))
    assert await ending_of(call) is OutEndReason.NO_ANSWER
    with pytest.raises(OutgoingCallEnded):
        await call.wait_answer()
    await call.hang_up()  # nothing more happens
    assert server.calls_out == []


async def test_answers_we_do_not_keep_are_acknowledged_and_hung_up(
    start_server: StartServer, fake_edge: FakeEdge
) -> None:
    server, _ = await start_server(edge=("127.0.0.1", fake_edge.port))
    # An answer without an SDP answer: no call.
    call = await call_out_to(server)
    edge = await fake_edge.peer()
    invite = await edge.next_request()
    await edge.send(reply(invite, 200, "OK", port=fake_edge.port))
    assert [(await edge.next_request()).method for _ in range(2)] == ["ACK", "BYE"]
    assert await ending_of(call) is OutEndReason.FAILED

    # A forked call's second answer: acknowledged and hung up, the first kept.
    call = await call_out_to(server)
    invite = await edge.next_request()
    await edge.send(reply(invite, 200, "OK", port=fake_edge.port, body=ANSWER))
    assert (await edge.next_request()).method == "ACK"
    await edge.send(reply(invite, 200, "OK", port=fake_edge.port, tag="far2", body=ANSWER))
    ack, bye = await edge.next_request(), await edge.next_request()
    assert (ack.method, ack.to_addr.tag, bye.method, bye.to_addr.tag) == (
        "ACK",
        "far2",
        "BYE",
        "far2",
    )
    await edge.send(reply(bye, 200, "OK", port=fake_edge.port))
    assert call.answered.result() == ANSWER and not call.ended.done()
    assert call.to_tag == "far1"
    hanging_up = asyncio.create_task(call.hang_up())
    bye = await edge.next_request()
    assert (bye.method, bye.to_addr.tag) == ("BYE", "far1")
    await edge.send(reply(bye, 200, "OK", port=fake_edge.port))
    async with asyncio.timeout(5):
        await hanging_up
    assert call.ended.result() is OutEndReason.WE_HUNG_UP


@pytest.mark.parametrize(
    ("status", "reason", "outcome"),
    [
        (486, "Busy Here", OutEndReason.BUSY),
        (600, "Busy Everywhere", OutEndReason.BUSY),
        (480, "Temporarily Unavailable", OutEndReason.NO_ANSWER),
        (408, "Request Timeout", OutEndReason.NO_ANSWER),
        (404, "Not Found", OutEndReason.REJECTED),
        (603, "Decline", OutEndReason.REJECTED),
        (503, "Service Unavailable", OutEndReason.FAILED),
    ],
)
async def test_final_refusals(
    start_server: StartServer,
    fake_edge: FakeEdge,
    status: int,
    reason: str,
    outcome: OutEndReason,
) -> None:
    server, _ = await start_server(edge=("127.0.0.1", fake_edge.port))
    call = await call_out_to(server, caller_id=None)
    edge = await fake_edge.peer()
    invite = await edge.next_request()
    assert invite.from_addr.uri == "sip:anonymous@anonymous.invalid"
    assert invite.headers.get("Privacy") == "id"
    await edge.send(reply(invite, status, reason, port=fake_edge.port))
    assert (await edge.next_request()).method == "ACK"
    assert await ending_of(call) is outcome
    assert (call.final_status, call.final_reason) == (status, reason)
    with pytest.raises(OutgoingCallEnded, match=f"{status} {reason}"):
        await call.wait_answer()


async def test_stopping_cancels_the_ringing_calls_out_and_hangs_up_the_answered(
    start_server: StartServer, fake_edge: FakeEdge
) -> None:
    server, _ = await start_server(edge=("127.0.0.1", fake_edge.port))
    ringing, answered = await call_out_to(server), await call_out_to(server)
    edge = await fake_edge.peer()
    invites = {(r := await edge.next_request()).call_id: r for _ in range(2)}
    await edge.send(reply(invites[ringing.call_id], 180, "Ringing", port=fake_edge.port))
    await edge.send(reply(invites[answered.call_id], 200, "OK", port=fake_edge.port, body=ANSWER))
    async with asyncio.timeout(5):
        await ringing.progress.get()
        await answered.wait_answer()
    assert (await edge.next_request()).method == "ACK"
    stopping = asyncio.create_task(server.stop())
    sent = {(r := await edge.next_request()).method: r for _ in range(2)}
    assert sent.keys() == {"CANCEL", "BYE"}
    await edge.send(reply(sent["BYE"], 200, "OK", port=fake_edge.port))
    async with asyncio.timeout(5):
        await stopping
    assert ringing.ended.result() is answered.ended.result() is OutEndReason.SERVER_STOPPED


async def test_calls_out_at_once_share_one_connection_and_stop_does_not_hang(
    start_server: StartServer, fake_edge: FakeEdge
) -> None:
    # Calls placed (or hung up) together once each opened a connection to
    # Kamailio and all but the last were never closed: stop() then waited
    # for their readers for ever.
    server, _ = await start_server(edge=("127.0.0.1", fake_edge.port))
    calls = await asyncio.gather(*(call_out_to(server) for _ in range(3)))
    edge = await fake_edge.peer()
    assert {(await edge.next_request()).call_id for _ in calls} == {c.call_id for c in calls}
    assert fake_edge.peers.empty()  # one connection for all three
    async with asyncio.timeout(5):
        await server.stop()


async def test_what_cannot_be_called_out(start_server: StartServer, fake_edge: FakeEdge) -> None:
    server, _ = await start_server()
    with pytest.raises(RuntimeError, match="edge"):
        await call_out_to(server)
    server, _ = await start_server(edge=("127.0.0.1", fake_edge.port))
    for fields in (
        {"number": "+386 40"},
        {"number": "a@b"},
        {"caller_id": "x\r\nVia: evil"},
        {"host": "sip:provider.example"},
        {"trunk": "5\r\n"},
        {"sdp": ""},
        {"ring_timeout": 0},
    ):
        with pytest.raises(ValueError):  # noqa: PT011 -- each its own message
            await call_out_to(server, **fields)
    assert fake_edge.peers.empty()  # nothing was sent


# -- calls out through Kamailio, to a SIPp trunk ------------------------------------------

TRUNK_ACCOUNT = {"user": "callnest-out", "password": 'pa:ss\\wo"rd 42'}


async def registered(edge: SipEdge) -> bool:
    return any(r.state is RegistrationState.REGISTERED for r in await edge.registrations())


def digest_answers(header: str, method: str, *, user: str, password: str) -> bool:
    """Whether a digest answer (qop=auth, MD5: RFC 2617) is right for the
    account: the hashes SIPp's verifyauth computes for Authorization."""
    scheme, _, rest = header.strip().partition(" ")
    assert scheme == "Digest", header
    fields = {
        name.strip().lower(): value.strip().strip('"')
        for name, _, value in (part.partition("=") for part in re.split(r",(?=[^,]*=)", rest))
    }
    assert (fields["username"], fields["qop"]) == (user, "auth"), fields

    def md5(text: str) -> str:
        return hashlib.md5(text.encode()).hexdigest()

    ha1 = md5(f"{user}:{fields['realm']}:{password}")
    ha2 = md5(f"{method}:{fields['uri']}")
    parts = (ha1, fields["nonce"], fields["nc"], fields["cnonce"], fields["qop"], ha2)
    return fields["response"] == md5(":".join(parts))


async def edge_out(
    start_server: StartServer, edges: list[SipEdge], tmp_path: Path, trunk: TrunkSpec
) -> tuple[SipServer, SipEdge]:
    """A SipServer calling out through a Kamailio that serves ``trunk``."""
    inner_port = free_sip_port()
    server, _ = await start_server(edge=("127.0.0.1", inner_port))
    config = EdgeConfig(
        trunk_host="127.0.0.1",
        trunk_port=free_sip_port(),
        inner_port=inner_port,
        callnest_port=server.port,
        register_timer_s=1,
    )
    edge = SipEdge(tmp_path / "sip-edge", config, restart_delays_s=(0.2, 1.0))
    edges.append(edge)
    await edge.apply([trunk])
    return server, edge


async def sipp_trunk(
    scenario: str, tmp_path: Path, port: int, calls: int = 1, keys: dict[str, str] | None = None
) -> Sipp:
    """SIPp as the trunk (UDP), taking the calls out the edge sends it."""
    return await Sipp.start(
        scenario, tmp_path / "trunk", port=port, calls=calls, keys=keys, pause_ms=300
    )


def ip_trunk(port: int) -> TrunkSpec:
    return TrunkSpec(id=5, host="127.0.0.1", port=port, ip_addresses=("127.0.0.1",))


async def test_through_kamailio_a_call_out_is_answered_and_we_hang_up(
    start_server: StartServer, edges: list[SipEdge], tmp_path: Path
) -> None:
    port = free_sip_port()
    trunk = await sipp_trunk("trunk_answers.xml", tmp_path, port)
    try:
        server, _ = await edge_out(start_server, edges, tmp_path, ip_trunk(port))
        call = await call_out_to(server)
        async with asyncio.timeout(10):
            answer = await call.wait_answer()
        assert "o=trunk" in answer
        assert call.to_tag is not None and call.to_tag.endswith("SIPpTag011")
        await call.hang_up()
        assert call.ended.result() is OutEndReason.WE_HUNG_UP
        assert await trunk.wait() == 0, trunk.output()
        assert server.calls_out == []
    finally:
        await trunk.stop()


async def test_through_kamailio_a_call_out_rings_is_answered_and_the_far_end_hangs_up(
    start_server: StartServer, edges: list[SipEdge], tmp_path: Path
) -> None:
    port = free_sip_port()
    trunk = await sipp_trunk("trunk_rings_answers_hangs_up.xml", tmp_path, port)
    try:
        server, _ = await edge_out(start_server, edges, tmp_path, ip_trunk(port))
        call = await call_out_to(server)
        async with asyncio.timeout(10):
            ringing = await call.progress.get()
            early = await call.progress.get()
            answer = await call.wait_answer()
        assert (ringing.status, ringing.sdp) == (180, None)
        assert early.status == 183 and early.sdp is not None and "s=early" in early.sdp
        assert "o=trunk 1 2" in answer
        assert await ending_of(call, within=10) is OutEndReason.HUNG_UP_BY_FAR_END
        assert await trunk.wait() == 0, trunk.output()
        assert server.calls_out == []
    finally:
        await trunk.stop()


async def test_through_kamailio_a_busy_trunk(
    start_server: StartServer, edges: list[SipEdge], tmp_path: Path
) -> None:
    port = free_sip_port()
    trunk = await sipp_trunk("trunk_busy.xml", tmp_path, port)
    try:
        server, _ = await edge_out(start_server, edges, tmp_path, ip_trunk(port))
        call = await call_out_to(server)
        assert await ending_of(call, within=10) is OutEndReason.BUSY
        assert (call.final_status, call.final_reason) == (486, "Busy Here")
        assert await trunk.wait() == 0, trunk.output()  # the edge acknowledged it
    finally:
        await trunk.stop()


@pytest.mark.parametrize("how", ["cancel", "ring timeout"])
async def test_through_kamailio_a_call_out_nobody_answers_is_cancelled(
    start_server: StartServer, edges: list[SipEdge], tmp_path: Path, how: str
) -> None:
    port = free_sip_port()
    trunk = await sipp_trunk("trunk_rings_forever.xml", tmp_path, port)
    try:
        server, _ = await edge_out(start_server, edges, tmp_path, ip_trunk(port))
        call = await call_out_to(server, ring_timeout=1.0 if how == "ring timeout" else None)
        async with asyncio.timeout(10):
            assert (await call.progress.get()).status == 180
        if how == "cancel":
            await call.cancel()
            assert call.ended.result() is OutEndReason.CANCELLED
        else:
            assert await ending_of(call, within=10) is OutEndReason.NO_ANSWER
        assert call.final_status == 487
        assert await trunk.wait() == 0, trunk.output()
    finally:
        await trunk.stop()


async def test_through_kamailio_an_unknown_trunk_is_404(
    start_server: StartServer, edges: list[SipEdge], tmp_path: Path
) -> None:
    server, _ = await edge_out(start_server, edges, tmp_path, ip_trunk(free_sip_port()))
    call = await call_out_to(server, trunk="99")
    assert await ending_of(call) is OutEndReason.REJECTED
    assert (call.final_status, call.final_reason) == (404, "Unknown Trunk")


def registering_trunk(port: int, password: str = TRUNK_ACCOUNT["password"]) -> TrunkSpec:
    return TrunkSpec(
        id=7,
        host="127.0.0.1",
        port=port,
        username=TRUNK_ACCOUNT["user"],
        password=password,
        register=True,
        expires_s=60,
    )


async def registering_trunk_sipp(
    tmp_path: Path, port: int, challenge: str, then: str = "answer"
) -> Sipp:
    """SIPp as a registering trunk challenging calls out: two "calls", the
    trunk's registration and the call out."""
    keys = TRUNK_ACCOUNT | {"challenge": challenge, "then": then}
    return await sipp_trunk("trunk_challenges.xml", tmp_path, port, calls=2, keys=keys)


async def registered_edge_out(
    start_server: StartServer, edges: list[SipEdge], tmp_path: Path, trunk: TrunkSpec
) -> tuple[SipServer, SipEdge]:
    server, edge = await edge_out(start_server, edges, tmp_path, trunk)
    async with asyncio.timeout(10):  # registered first: SIPp takes one call at a time
        while not await registered(edge):  # noqa: ASYNC110 -- no event for it
            await asyncio.sleep(0.1)
    return server, edge


@pytest.mark.parametrize("challenge", ["401", "407"])
async def test_through_kamailio_a_registering_trunks_challenge_is_answered(
    start_server: StartServer,
    edges: list[SipEdge],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    challenge: str,
) -> None:
    caplog.set_level(logging.DEBUG, logger="callnest.phone")
    port = free_sip_port()
    trunk = await registering_trunk_sipp(tmp_path, port, challenge)
    try:
        server, edge = await registered_edge_out(
            start_server, edges, tmp_path, registering_trunk(port)
        )
        call = await call_out_to(server, trunk="7")
        async with asyncio.timeout(10):
            assert "o=trunk" in await call.wait_answer()
        await call.hang_up()
        assert call.ended.result() is OutEndReason.WE_HUNG_UP
        assert await trunk.wait() == 0, trunk.output()
        if challenge == "407":  # SIPp's verifyauth does not read Proxy-Authorization
            text = await asyncio.to_thread((tmp_path / "trunk" / "proxy-authorization").read_text)
            assert digest_answers(text, "INVITE", **TRUNK_ACCOUNT)
        # The password stays in db/uacreg: not in kamailio.cfg, not in our log.
        cfg = await asyncio.to_thread((edge.run_dir / "kamailio.cfg").read_text)
        assert "callnest-out" not in cfg and "rd 42" not in cfg
        assert "rd 42" not in caplog.text
    finally:
        await trunk.stop()


async def test_through_kamailio_a_challenged_call_out_is_cancelled(
    start_server: StartServer, edges: list[SipEdge], tmp_path: Path
) -> None:
    port = free_sip_port()
    trunk = await registering_trunk_sipp(tmp_path, port, "401", then="ring")
    try:
        server, _ = await registered_edge_out(
            start_server, edges, tmp_path, registering_trunk(port)
        )
        call = await call_out_to(server, trunk="7")
        async with asyncio.timeout(10):
            assert (await call.progress.get()).status == 180
        await call.cancel()
        assert call.ended.result() is OutEndReason.CANCELLED
        assert call.final_status == 487
        assert await trunk.wait() == 0, trunk.output()  # the CANCEL went with CSeq 2
    finally:
        await trunk.stop()


async def test_through_kamailio_a_wrong_password_comes_back_as_the_trunks_refusal(
    start_server: StartServer, edges: list[SipEdge], tmp_path: Path
) -> None:
    port = free_sip_port()
    trunk = await registering_trunk_sipp(tmp_path, port, "401")
    try:
        server, _ = await registered_edge_out(
            start_server, edges, tmp_path, registering_trunk(port, password="not-it")
        )
        call = await call_out_to(server, trunk="7")
        assert await ending_of(call, within=10) is OutEndReason.REJECTED
        assert (call.final_status, call.final_reason) == (403, "Wrong Password")
        assert await trunk.wait() == 1, trunk.output()  # its call out failed, as it should
    finally:
        await trunk.stop()
