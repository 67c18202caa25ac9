"""Callnest's own SIP side: the user-agent server behind Kamailio.

Kamailio (:mod:`.edge`) relays a trunk's INVITE here over loopback TCP, with
its Record-Route (the dialog's later requests pass through it) and an
``X-Callnest-Trunk`` header; :class:`SipServer` answers it, and hands each
call to the application as an :class:`IncomingCall` to ring, answer, refuse
or hang up.

Why our own, and why so small: no maintained asyncio SIP stack fits, and
Kamailio keeps the hard parts of facing a trunk (retransmission over UDP,
NAT, TLS, digest, floods). What is left is RFC 3261 over a reliable
transport: the INVITE server transaction (100 at once, CANCEL/487, the
retransmitted INVITE answered again, the hop-by-hop ACK of a refusal
absorbed), the 2xx retransmitted at T1 doubling to T2 until its ACK (that is
end to end, Kamailio forwards it), dialogs (route set, tags, CSeq), our BYE
as a client transaction, and re-INVITE/UPDATE offers and INFO DTMF handed to
the application. Neither 100rel nor session timers are supported: a request
requiring them is refused with 420.

Logging: SDP bodies never go into the log, at any level.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import secrets
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from dataclasses import dataclass
from typing import Any

from callnest.server.phone.kamailio_config import TRUNK_HEADER
from callnest.server.phone.sip_message import (
    Headers,
    SipMessage,
    SipParseError,
    SipRequest,
    SipResponse,
    SipStreamReader,
    parse_name_addr,
    parse_uri,
)

__all__ = ["CallEnded", "Caller", "EndReason", "IncomingCall", "SipServer"]

log = logging.getLogger("callnest.phone.sip")

ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE"
_HANDLED = frozenset({"INVITE", "BYE", "OPTIONS", "INFO", "UPDATE"})  # beside ACK and CANCEL
_SDP = "application/sdp"
_DTMF_TYPES = ("application/dtmf-relay", "application/dtmf")
_DTMF_DIGITS = frozenset("0123456789*#ABCD")
# Some gateways send the RFC 4733 event numbers of * and # instead.
_DTMF_EVENTS = {"10": "*", "11": "#"}
_READ_SIZE = 65536


class EndReason(enum.Enum):
    """How a call ended."""

    CALLER_HUNG_UP = "caller hung up"  # a BYE from the caller's side
    CANCELLED = "cancelled"  # the caller gave up before we answered
    NO_ACK = "no ACK"  # our 200 OK was never acknowledged: we sent a BYE
    WE_HUNG_UP = "we hung up"  # hang_up()
    REFUSED = "refused"  # refuse()
    SERVER_STOPPED = "server stopped"  # SipServer.stop(): 503, or a BYE


class CallEnded(Exception):
    """The call has ended (``reason``): it can no longer ring or be answered."""

    def __init__(self, reason: EndReason) -> None:
        super().__init__(f"the call has ended: {reason.value}")
        self.reason = reason


@dataclass(frozen=True)
class Caller:
    """Who calls, as the INVITE's From says."""

    user: str | None  # the URI's user part, usually a number
    display_name: str | None
    uri: str


class _State(enum.Enum):
    OFFERED = "offered"  # the INVITE awaits our final response
    ANSWERED = "answered"  # 200 OK sent, no ACK yet
    CONFIRMED = "confirmed"  # the ACK came
    ENDED = "ended"


class _Connection:
    """One TCP connection, accepted or opened by us."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        peer = writer.get_extra_info("peername")
        local = writer.get_extra_info("sockname")
        self.peer: tuple[str, int] = (peer[0], peer[1])
        self.local_ip: str = local[0]

    def send(self, message: SipMessage) -> None:
        # No drain: messages are small and the peer is on loopback. Sending
        # without awaiting keeps each one atomic with the state change it
        # goes with (no CANCEL can slip between deciding and sending).
        if self.writer.is_closing():
            raise ConnectionError(f"the connection to {self.peer[0]}:{self.peer[1]} is closed")
        self.writer.write(message.encode())
        log.debug("SIP -> %s:%d %s", *self.peer, message.start_line())

    def close(self) -> None:
        self.writer.close()


class _InviteTransaction:
    """An INVITE server transaction over a reliable transport (RFC 3261
    17.2.1): remembered until 64*T1 after its final response, to answer a
    retransmitted INVITE again, to match a CANCEL, and to absorb the ACK of
    a non-2xx final response."""

    def __init__(
        self, server: SipServer, request: SipRequest, conn: _Connection, owner: IncomingCall
    ) -> None:
        self.server = server
        self.request = request
        self.conn = conn
        self.owner = owner  # the call it is for (the first INVITE or a re-INVITE)
        self.key = _transaction_key(request)
        self.last: SipResponse | None = None
        self.expiry: asyncio.TimerHandle | None = None
        server._invites[self.key] = self

    @property
    def final(self) -> bool:
        return self.last is not None and self.last.status >= 200

    def respond(self, response: SipResponse) -> None:
        if self.final:
            raise RuntimeError("the INVITE has had its final response")
        self.server._send_response(response, self.conn)
        self.last = response  # once sent: encoding raises ValueError for a bad reason phrase
        if response.status >= 200:
            self.expiry = asyncio.get_running_loop().call_later(64 * self.server.t1, self.forget)

    def retransmitted(self, conn: _Connection) -> None:
        if self.last is not None:
            self.server._send_response(self.last, conn)

    def forget(self) -> None:
        if self.expiry is not None:
            self.expiry.cancel()
        if self.server._invites.get(self.key) is self:
            del self.server._invites[self.key]


class IncomingCall:
    """A call in, as the application sees it.

    From the INVITE: ``call_id``, ``trunk`` (Kamailio's X-Callnest-Trunk, None
    without it), ``caller``, ``dialed`` (the Request-URI's user, else the
    To's), ``headers`` and ``offer_sdp``. An empty ``offer_sdp`` is a delayed
    offer: the answer would come in the ACK, which is not passed on, so such
    a call is better refused (488). ``from_tag``/``to_tag`` are the dialog's
    tags (the caller's, ours).

    ``ended`` resolves with the :class:`EndReason` the moment the call ends,
    whatever the application is doing. Set ``on_offer`` to take the caller's
    new offers (re-INVITE, UPDATE): it gets the offered SDP and returns the
    answer (without it they are refused with 488); ``on_dtmf`` gets the
    digits sent by INFO.
    """

    def __init__(self, server: SipServer, request: SipRequest, conn: _Connection) -> None:
        self._server = server
        self._invite = request
        self._txn = _InviteTransaction(server, request, conn, self)
        self._conn = conn
        caller = request.from_addr
        self.call_id = request.call_id
        self.trunk: str | None = request.headers.get(TRUNK_HEADER)
        self.caller = Caller(_uri_user(caller.uri), caller.display_name, caller.uri)
        self.dialed: str | None = _uri_user(request.uri) or _uri_user(request.to_addr.uri)
        self.headers = request.headers
        self.offer_sdp = request.body.decode("utf-8", errors="replace")
        self.ended: asyncio.Future[EndReason] = asyncio.get_running_loop().create_future()
        # The dialog's tags (RFC 3261 12): the caller's, and ours (in every
        # response but the 100).
        self.from_tag = caller.tag or ""
        self.to_tag = secrets.token_hex(8)
        self.on_offer: Callable[[str], Awaitable[str]] | None = None
        self.on_dtmf: Callable[[str], None] | None = None
        # The dialog (RFC 3261 12.1.1), seen from our side.
        self._key = (self.call_id, self.to_tag, self.from_tag)
        self._remote_target = parse_name_addr(request.headers.get("Contact") or "").uri
        self._route_set = request.headers.get_all("Record-Route")
        self._remote_cseq, _ = request.cseq
        self._local_cseq = 0
        self._state = _State.OFFERED
        self._local_sdp = b""
        # The 2xx to an INVITE (first or re-) awaiting its ACK.
        self._ack_cseq: int | None = None
        self._acked = asyncio.Event()
        self._ack_deadline = 0.0
        self._retransmitter: asyncio.Task[None] | None = None
        self._reinvite: _InviteTransaction | None = None
        self._offer_task: asyncio.Task[None] | None = None
        self._bye: asyncio.Task[None] | None = None
        server._dialogs[self._key] = self

    def __repr__(self) -> str:
        return f"<IncomingCall {self.call_id} {self._state.value}>"

    # -- the application's side ----------------------------------------------------

    async def ringing(self) -> None:
        """180 Ringing."""
        self._check_offered("ringing()")
        self._txn.respond(self._response(180, "Ringing"))

    async def answer(self, sdp: str) -> None:
        """200 OK with this SDP answer, retransmitted until the ACK; without an
        ACK within ``ack_timeout`` the call ends (NO_ACK) with a BYE.
        Raises :class:`CallEnded` once the call has ended (e.g. cancelled)."""
        self._check_offered("answer()")
        if not sdp:
            raise ValueError("an answer needs an SDP")
        self._local_sdp = sdp.encode()
        response = self._response(200, "OK", self._local_sdp)
        self._state = _State.ANSWERED
        self._txn.respond(response)
        self._await_ack(self._remote_cseq, response, self._conn)
        log.info("SIP call %s answered", self.call_id)

    async def refuse(self, code: int, reason: str) -> None:
        """A final refusal (300-699). Does nothing once the call has ended."""
        if not 300 <= code <= 699:
            raise ValueError(f"a refusal is 300 to 699, not {code}")
        if self.ended.done():
            return
        self._check_offered("refuse()")
        self._txn.respond(self._response(code, reason))
        self._end(EndReason.REFUSED)

    async def hang_up(self) -> None:
        """Ends the call: a BYE once answered (returns when it is answered or
        timed out), 480 before. Does nothing more once the call has ended."""
        if self._state is _State.OFFERED:
            self._txn.respond(self._response(480, "Temporarily Unavailable"))
            self._end(EndReason.WE_HUNG_UP)
        elif not self.ended.done():
            self._end(EndReason.WE_HUNG_UP, bye=True)
        if self._bye is not None:
            # Shielded: the BYE goes on even if whoever awaits it is cancelled.
            await asyncio.shield(self._bye)

    # -- requests from the caller's side --------------------------------------------

    def _cancelled(self, txn: _InviteTransaction) -> None:
        """A CANCEL matched this INVITE or re-INVITE before its final response."""
        self._terminate(txn)
        if txn is self._txn:
            self._end(EndReason.CANCELLED)
        elif self._offer_task is not None:
            self._offer_task.cancel()
            self._offer_task = None  # its finally does not run if it never started

    def _terminate(self, txn: _InviteTransaction | None) -> None:
        """487 to an INVITE or re-INVITE still without a final response."""
        if txn is not None and not txn.final:
            txn.respond(
                self._server._response(txn.request, 487, "Request Terminated", to_tag=self.to_tag)
            )
        if txn is self._reinvite:
            self._reinvite = None

    def _on_ack(self, ack: SipRequest) -> None:
        if ack.cseq[0] != self._ack_cseq or self._acked.is_set():
            return
        self._acked.set()
        if self._state is _State.ANSWERED:
            self._state = _State.CONFIRMED
        log.debug("SIP call %s: ACK (CSeq %d)", self.call_id, self._ack_cseq)

    def _on_request(self, request: SipRequest, conn: _Connection) -> None:
        """A request within this dialog (not ACK, not CANCEL)."""
        server = self._server
        cseq, _ = request.cseq
        if cseq < self._remote_cseq:
            server._reply(request, conn, 500, "Server Internal Error", [("Retry-After", "1")])
            return
        self._remote_cseq = cseq
        if request.method == "BYE":
            server._reply(request, conn, 200, "OK")
            # RFC 3261 15.1.2: pending INVITEs are answered too.
            self._terminate(self._txn)
            self._terminate(self._reinvite)
            self._end(EndReason.CALLER_HUNG_UP)
        elif self.ended.done():
            server._reply(request, conn, 481, "Call/Transaction Does Not Exist")
        elif request.method == "OPTIONS":
            server._reply(request, conn, 200, "OK", _capabilities())
        elif request.method == "INFO":
            self._on_info(request, conn)
        else:
            self._on_offer_request(request, conn)

    def _on_info(self, request: SipRequest, conn: _Connection) -> None:
        server = self._server
        if request.content_type in _DTMF_TYPES:
            digit = _dtmf_digit(request)
            if digit is None:
                server._reply(request, conn, 400, "Bad DTMF")
                return
            server._reply(request, conn, 200, "OK")
            log.debug("SIP call %s: DTMF %s", self.call_id, digit)
            if self.on_dtmf is not None:
                try:
                    self.on_dtmf(digit)
                except Exception:
                    log.exception("SIP call %s: on_dtmf failed", self.call_id)
        elif not request.body:
            server._reply(request, conn, 200, "OK")
        else:
            accept = [("Accept", ", ".join(_DTMF_TYPES))]
            server._reply(request, conn, 415, "Unsupported Media Type", accept)

    def _on_offer_request(self, request: SipRequest, conn: _Connection) -> None:
        """A re-INVITE or UPDATE: a new offer, or (without a body) a refresh."""
        server = self._server
        if request.body and request.content_type != _SDP:
            server._reply(request, conn, 415, "Unsupported Media Type", [("Accept", _SDP)])
            return
        if (
            self._offer_task is not None
            or self._reinvite is not None
            or (request.method == "INVITE" and self._state is _State.OFFERED)
        ):
            # RFC 3261 14.2: an offer while another is being answered.
            server._reply(request, conn, 500, "Server Internal Error", [("Retry-After", "1")])
            return
        if contact := request.headers.get("Contact"):
            self._remote_target = parse_name_addr(contact).uri  # a target refresh (checked)
        txn: _InviteTransaction | None = None
        if request.method == "INVITE":
            txn = _InviteTransaction(server, request, conn, self)
            txn.respond(server._response(request, 100, "Trying"))
            self._reinvite = txn
        if not request.body:
            # A refresh: the session as it is. A re-INVITE gets our SDP as the
            # offer, unchanged (the answer in the ACK then changes nothing);
            # an UPDATE no SDP at all.
            self._answer_offer(request, conn, txn, self._local_sdp if txn is not None else b"")
        elif self.on_offer is None:
            self._refuse_offer(request, conn, txn)
        else:
            self._offer_task = server._spawn(
                self._take_offer(self.on_offer, request, conn, txn), f"sip-offer-{self.call_id}"
            )

    async def _take_offer(
        self,
        on_offer: Callable[[str], Awaitable[str]],
        request: SipRequest,
        conn: _Connection,
        txn: _InviteTransaction | None,
    ) -> None:
        try:
            answer = await on_offer(request.body.decode("utf-8", errors="replace"))
        except Exception:
            log.exception("SIP call %s: on_offer failed", self.call_id)
            answer = ""
        finally:
            self._offer_task = None
        if self.ended.done() or (txn is not None and txn.final):
            return
        if answer:
            self._local_sdp = answer.encode()
            self._answer_offer(request, conn, txn, self._local_sdp)
        else:
            self._refuse_offer(request, conn, txn)

    def _answer_offer(
        self, request: SipRequest, conn: _Connection, txn: _InviteTransaction | None, sdp: bytes
    ) -> None:
        response = self._server._response(
            request, 200, "OK", extra=self._dialog_fields(bool(sdp)), body=sdp
        )
        if txn is None:
            self._server._send_response(response, conn)
            return
        self._reinvite = None
        txn.respond(response)
        self._await_ack(request.cseq[0], response, conn)

    def _refuse_offer(
        self, request: SipRequest, conn: _Connection, txn: _InviteTransaction | None
    ) -> None:
        response = self._server._response(request, 488, "Not Acceptable Here")
        if txn is None:
            self._server._send_response(response, conn)
            return
        self._reinvite = None
        txn.respond(response)

    # -- the 2xx until its ACK -----------------------------------------------------

    def _await_ack(self, cseq: int, response: SipResponse, conn: _Connection) -> None:
        self._ack_cseq = cseq
        self._acked.clear()
        self._ack_deadline = asyncio.get_running_loop().time() + self._server.ack_timeout
        if self._retransmitter is not None:
            self._retransmitter.cancel()
        self._retransmitter = self._server._spawn(
            self._retransmit(response, conn), f"sip-2xx-{self.call_id}"
        )

    async def _retransmit(self, response: SipResponse, conn: _Connection) -> None:
        """RFC 3261 13.3.1.4: the 2xx again at T1, doubling up to T2, until
        the ACK; none by the deadline ends the call with a BYE."""
        interval = self._server.t1
        while True:
            try:
                async with asyncio.timeout_at(
                    min(asyncio.get_running_loop().time() + interval, self._ack_deadline)
                ):
                    await self._acked.wait()
                return
            except TimeoutError:
                if asyncio.get_running_loop().time() >= self._ack_deadline:
                    break
            self._server._send_response(response, conn)
            interval = min(interval * 2, self._server.t2)
        log.warning("SIP call %s: no ACK for the 200 OK", self.call_id)
        self._end(EndReason.NO_ACK, bye=True)

    # -- ending -----------------------------------------------------------------------

    def _end(self, reason: EndReason, *, bye: bool = False) -> None:
        """Ends the call (once); ``bye``: with a BYE of ours. The dialog is
        forgotten once that is answered (before, the ACK it may wait for must
        still find the call)."""
        if self.ended.done():
            return
        self._state = _State.ENDED
        self.ended.set_result(reason)
        log.info("SIP call %s ended: %s", self.call_id, reason.value)
        if not bye and self._retransmitter is not None:
            self._retransmitter.cancel()  # they hung up: nobody will ACK it
        if self._offer_task is not None:
            self._offer_task.cancel()
        if bye:
            self._bye = self._server._spawn(self._send_bye(), f"sip-bye-{self.call_id}")
        else:
            self._server._dialogs.pop(self._key, None)

    async def _send_bye(self) -> None:
        server = self._server
        try:
            if not (self._acked.is_set() or server._stopping):
                # RFC 3261 15: not before the ACK, or before the 2xx's
                # retransmissions give up. (Stopping, there is no time for it.)
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout_at(self._ack_deadline):
                        await self._acked.wait()
            if self._retransmitter is not None:
                self._retransmitter.cancel()
            self._local_cseq += 1
            response = await server._send_request(self._request("BYE", self._local_cseq))
            log.debug("SIP call %s: our BYE answered %d", self.call_id, response.status)
        except (OSError, TimeoutError) as exc:
            log.info("SIP call %s: our BYE went unanswered: %s", self.call_id, exc or "timeout")
        finally:
            server._dialogs.pop(self._key, None)

    def _server_stopping(self) -> None:
        if self._state is _State.OFFERED:
            self._txn.respond(self._response(503, "Service Unavailable"))
            self._end(EndReason.SERVER_STOPPED)
        else:
            self._end(EndReason.SERVER_STOPPED, bye=True)

    # -- messages -------------------------------------------------------------------

    def _check_offered(self, what: str) -> None:
        if self.ended.done():
            raise CallEnded(self.ended.result())
        if self._state is not _State.OFFERED:
            raise RuntimeError(f"{what}: the call has been answered already")

    def _dialog_fields(self, sdp: bool) -> list[tuple[str, str]]:
        fields = [("Contact", self._server._contact(self._conn)), ("Allow", ALLOW)]
        if sdp:
            fields.append(("Content-Type", _SDP))
        return fields

    def _response(self, status: int, reason: str, body: bytes = b"") -> SipResponse:
        """A response to the call's INVITE; 18x and 2xx set up the dialog (RFC
        3261 12.1.1: the Record-Route copied, our Contact)."""
        extra: list[tuple[str, str]] = []
        if status < 300:
            extra += [(n, v) for n, v in self._invite.headers if n == "Record-Route"]
            extra += self._dialog_fields(bool(body))
        return self._server._response(
            self._invite, status, reason, to_tag=self.to_tag, extra=extra, body=body
        )

    def _request(self, method: str, cseq: int) -> SipRequest:
        """A request of ours within the dialog (RFC 3261 12.2.1.1; the route
        set is Kamailio's, which routes loosely). No Via yet: the connection
        it goes on says which."""
        to = self._invite.headers.get("To") or ""
        fields = [
            ("Max-Forwards", "70"),
            ("From", f"{to};tag={self.to_tag}"),
            ("To", self._invite.headers.get("From") or ""),
            ("Call-ID", self.call_id),
            ("CSeq", f"{cseq} {method}"),
        ]
        fields += [("Route", route) for route in self._route_set]
        return SipRequest(method, self._remote_target, Headers(fields))


class SipServer:
    """Callnest's SIP user-agent server on (loopback) TCP.

    ``on_invite`` gets each new call, after the 100 Trying; it rings, answers
    or refuses it (now, or later from elsewhere). ``t1``/``t2`` are RFC
    3261's timers; ``ack_timeout`` is how long a 200 OK waits for its ACK;
    ``stop_timeout`` how long :meth:`stop` gives the BYEs it sends.
    """

    def __init__(
        self,
        host: str,
        port: int,
        on_invite: Callable[[IncomingCall], Awaitable[None]],
        *,
        t1: float = 0.5,
        t2: float = 4.0,
        ack_timeout: float = 32.0,
        stop_timeout: float = 2.0,
        connect_timeout: float = 5.0,
    ) -> None:
        self.host = host
        self._port = port
        self._on_invite = on_invite
        self.t1 = t1
        self.t2 = t2
        self.ack_timeout = ack_timeout
        self._stop_timeout = stop_timeout
        self._connect_timeout = connect_timeout
        self._server: asyncio.Server | None = None
        self._stopping = False
        self._connections: dict[tuple[str, int], _Connection] = {}  # by the peer's address
        self._readers: set[asyncio.Task[None]] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._invites: dict[tuple[str, str], _InviteTransaction] = {}
        self._dialogs: dict[tuple[str, str, str], IncomingCall] = {}
        self._requests: dict[str, asyncio.Future[SipResponse]] = {}  # ours, by branch

    @property
    def port(self) -> int:
        """The port listened on (once started: the one given 0 was)."""
        return self._port

    @property
    def calls(self) -> list[IncomingCall]:
        """The calls not yet over (or whose BYE is under way)."""
        return list(self._dialogs.values())

    async def start(self) -> None:
        self._stopping = False
        self._server = await asyncio.start_server(self._accept, self.host, self._port)
        self._port = self._server.sockets[0].getsockname()[1]
        log.info("SIP side listening on %s:%d (TCP)", self.host, self._port)

    async def stop(self) -> None:
        """Refuses the unanswered calls (503), says BYE to the answered ones
        (best effort, within ``stop_timeout``), closes every connection."""
        self._stopping = True
        if self._server is not None:
            self._server.close()
        for call in list(self._dialogs.values()):
            call._server_stopping()
        byes = [call._bye for call in self._dialogs.values() if call._bye is not None]
        if byes:
            await asyncio.wait(byes, timeout=self._stop_timeout)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for txn in list(self._invites.values()):
            txn.forget()
        for conn in list(self._connections.values()):
            conn.close()
        await asyncio.gather(*self._readers, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None
        self._dialogs.clear()

    # -- connections --------------------------------------------------------------

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._readers.add(task)
        try:
            await self._serve(_Connection(reader, writer))
        finally:
            self._readers.discard(task)

    async def _connect(self, host: str, port: int) -> _Connection:
        """An open connection to host:port: the one we have, or a new one."""
        conn = self._connections.get((host, port))
        if conn is not None and not conn.writer.is_closing():
            return conn
        async with asyncio.timeout(self._connect_timeout):
            reader, writer = await asyncio.open_connection(host, port)
        conn = _Connection(reader, writer)
        self._connections[conn.peer] = conn
        task = asyncio.create_task(self._serve(conn), name=f"sip-connection-{host}:{port}")
        self._readers.add(task)
        task.add_done_callback(self._readers.discard)
        return conn

    async def _serve(self, conn: _Connection) -> None:
        self._connections[conn.peer] = conn
        stream = SipStreamReader()
        try:
            while data := await conn.reader.read(_READ_SIZE):
                stream.feed(data)
                while True:
                    try:
                        message = stream.next_message()
                    except SipParseError as exc:
                        if not self._malformed(exc, conn):
                            return
                        continue
                    if message is None:
                        break
                    try:
                        self._dispatch(message, conn)
                    except Exception:
                        # A bug met by one message must not cut Kamailio off.
                        log.exception("SIP: handling %s failed", message.start_line())
        except OSError as exc:
            log.debug("SIP connection %s:%d: %s", *conn.peer, exc)
        finally:
            if self._connections.get(conn.peer) is conn:
                del self._connections[conn.peer]
            conn.close()
            with contextlib.suppress(OSError):
                await conn.writer.wait_closed()

    def _malformed(self, exc: SipParseError, conn: _Connection) -> bool:
        """Answers an unreadable message with 400 where it can; whether the
        connection can go on."""
        log.warning("SIP: a malformed message from %s:%d: %s", *conn.peer, exc)
        headers = exc.headers
        if (
            exc.is_response
            or headers is None
            or not all(n in headers for n in ("Via", "From", "To", "Call-ID", "CSeq"))
        ):
            return False
        if (headers.get("CSeq") or "").split()[-1:] != ["ACK"]:
            response = self._response(headers, 400, "Bad Request")
            with contextlib.suppress(ConnectionError, ValueError):
                conn.send(response)
        return not exc.stream_broken

    # -- dispatching --------------------------------------------------------------

    def _dispatch(self, message: SipMessage, conn: _Connection) -> None:
        if isinstance(message, SipResponse):
            log.debug("SIP <- %s:%d %s", *conn.peer, message.start_line())
            self._on_response(message)
            return
        log.debug("SIP <- %s:%d %s (Call-ID %s)", *conn.peer, message.start_line(), message.call_id)
        if message.method not in _HANDLED and message.method not in ("ACK", "CANCEL"):
            self._reply(message, conn, 405, "Method Not Allowed", [("Allow", ALLOW)])
            return
        try:
            problem = _problem(message)
        except SipParseError as exc:
            problem = str(exc)
        if problem is not None:
            log.warning("SIP: a bad %s from %s:%d: %s", message.method, *conn.peer, problem)
            if message.method != "ACK":
                self._reply(message, conn, 400, "Bad Request")
            return
        if message.method == "ACK":
            self._on_ack(message)
        elif message.method == "CANCEL":
            self._on_cancel(message, conn)
        elif required := message.headers.get_all("Require"):
            # We support no extension a request could require.
            self._reply(message, conn, 420, "Bad Extension", [("Unsupported", ", ".join(required))])
        elif message.method == "INVITE" and (txn := self._invites.get(_transaction_key(message))):
            txn.retransmitted(conn)
        elif message.to_addr.tag is not None:
            call = self._dialogs.get(_dialog_key(message))
            if call is None:
                self._reply(message, conn, 481, "Call/Transaction Does Not Exist")
            else:
                call._on_request(message, conn)
        elif message.method == "INVITE":
            self._on_new_invite(message, conn)
        elif message.method == "OPTIONS":
            self._reply(message, conn, 200, "OK", _capabilities())
        else:
            self._reply(message, conn, 481, "Call/Transaction Does Not Exist")

    def _on_new_invite(self, invite: SipRequest, conn: _Connection) -> None:
        if invite.body and invite.content_type != _SDP:
            self._reply(invite, conn, 415, "Unsupported Media Type", [("Accept", _SDP)])
            return
        if self._stopping:
            self._reply(invite, conn, 503, "Service Unavailable")
            return
        call = IncomingCall(self, invite, conn)
        call._txn.respond(self._response(invite, 100, "Trying"))
        log.info(
            "SIP call %s in on trunk %s for %s", call.call_id, call.trunk or "-", call.dialed or "-"
        )
        self._spawn(self._hand_over(call), f"sip-invite-{call.call_id}")

    async def _hand_over(self, call: IncomingCall) -> None:
        try:
            await self._on_invite(call)
        except Exception:
            log.exception("SIP call %s: on_invite failed", call.call_id)
            if call._state is _State.OFFERED:
                await call.refuse(500, "Server Internal Error")
            else:
                await call.hang_up()

    def _on_ack(self, ack: SipRequest) -> None:
        txn = self._invites.get(_transaction_key(ack))
        if txn is not None and txn.last is not None and txn.last.status >= 300:
            return  # the hop-by-hop ACK of a refusal: the transaction's own
        call = self._dialogs.get(_dialog_key(ack))
        if call is not None:
            call._on_ack(ack)

    def _on_cancel(self, cancel: SipRequest, conn: _Connection) -> None:
        txn = self._invites.get(_transaction_key(cancel))
        if txn is None:
            self._reply(cancel, conn, 481, "Call/Transaction Does Not Exist")
            return
        # RFC 3261 9.2: the CANCEL's response carries the INVITE's To-tag;
        # after the final response it changes nothing.
        self._send_response(self._response(cancel, 200, "OK", to_tag=txn.owner.to_tag), conn)
        if not txn.final:
            txn.owner._cancelled(txn)

    def _on_response(self, response: SipResponse) -> None:
        waiting = self._requests.get(response.via.branch or "")
        if waiting is not None and not waiting.done() and response.status >= 200:
            waiting.set_result(response)

    # -- sending --------------------------------------------------------------------

    def _response(
        self,
        request: SipRequest | Headers,
        status: int,
        reason: str,
        extra: Iterable[tuple[str, str]] = (),
        *,
        to_tag: str | None = None,
        body: bytes = b"",
    ) -> SipResponse:
        """A response to ``request`` (or to the header fields of one that could
        not be parsed): Via, From, To, Call-ID and CSeq copied; a To-tag of its
        own unless given one or it is a 100 (RFC 3261 8.2.6.2)."""
        headers = request.headers if isinstance(request, SipRequest) else request
        to = headers.get("To") or ""
        if status > 100 and _tag(to) is None:
            to = f"{to};tag={to_tag or secrets.token_hex(8)}"
        fields = [(n, v) for n, v in headers if n == "Via"]
        fields += [
            ("From", headers.get("From") or ""),
            ("To", to),
            ("Call-ID", headers.get("Call-ID") or ""),
            ("CSeq", headers.get("CSeq") or ""),
            ("Server", "Callnest"),
            *extra,
        ]
        return SipResponse(status, reason, Headers(fields), body)

    def _reply(
        self,
        request: SipRequest,
        conn: _Connection,
        status: int,
        reason: str,
        extra: Iterable[tuple[str, str]] = (),
    ) -> None:
        self._send_response(self._response(request, status, reason, extra), conn)

    def _send_response(self, response: SipResponse, conn: _Connection) -> None:
        """On the connection the request came on: if that is gone, so is
        whoever asked (Kamailio)."""
        try:
            conn.send(response)
        except ConnectionError as exc:
            log.debug("SIP: %d not sent: %s", response.status, exc)

    async def _send_request(self, request: SipRequest) -> SipResponse:
        """Sends a request of ours to its first Route (else its Request-URI)
        over TCP; its final response, within Timer F (64*T1)."""
        routes = request.headers.get_all("Route")
        target = parse_uri(parse_name_addr(routes[0]).uri if routes else request.uri)
        conn = await self._connect(target.host, target.port or 5060)
        branch = f"z9hG4bK{secrets.token_hex(10)}"
        via = f"SIP/2.0/TCP {_uri_host(conn.local_ip)}:{self._port};branch={branch}"
        sent = SipRequest(
            request.method, request.uri, Headers([("Via", via), *request.headers]), request.body
        )
        waiting: asyncio.Future[SipResponse] = asyncio.get_running_loop().create_future()
        self._requests[branch] = waiting
        try:
            conn.send(sent)
            async with asyncio.timeout(64 * self.t1):
                return await waiting
        finally:
            del self._requests[branch]

    def _contact(self, conn: _Connection) -> str:
        return f"<sip:{_uri_host(conn.local_ip)}:{self._port};transport=tcp>"

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (exc := task.exception()) is not None:
            log.error("SIP: %s failed", task.get_name(), exc_info=exc)


# -- helpers -------------------------------------------------------------------------


def _problem(request: SipRequest) -> str | None:
    """What makes a (parsed) request unusable here, or None."""
    if request.via.branch is None:
        return "no branch in the Via"
    # Where our requests go: to the Contact (also a target refresh within the
    # dialog), through the Record-Route. Unusable ones raise SipParseError.
    contact = request.headers.get("Contact")
    if contact is not None:
        parse_uri(parse_name_addr(contact).uri)
    elif request.method == "INVITE":
        return "no Contact"
    for route in request.headers.get_all("Record-Route"):
        parse_uri(parse_name_addr(route).uri)
    return None


def _transaction_key(request: SipRequest) -> tuple[str, str]:
    via = request.via
    return (via.branch or "", via.sent_by)


def _dialog_key(request: SipRequest) -> tuple[str, str, str]:
    return (request.call_id, request.to_addr.tag or "", request.from_addr.tag or "")


def _tag(name_addr: str) -> str | None:
    try:
        return parse_name_addr(name_addr).tag
    except SipParseError:
        return None


def _uri_user(uri: str) -> str | None:
    try:
        return parse_uri(uri).user or None
    except SipParseError:
        return None


def _uri_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _capabilities() -> list[tuple[str, str]]:
    return [("Allow", ALLOW), ("Accept", _SDP)]


def _dtmf_digit(info: SipRequest) -> str | None:
    """The digit an INFO carries: ``Signal=5`` (application/dtmf-relay) or
    the bare digit (application/dtmf)."""
    text = info.body.decode("utf-8", errors="replace").strip()
    if info.content_type == "application/dtmf-relay":
        signals = [
            value.strip()
            for name, _, value in (line.partition("=") for line in text.splitlines())
            if name.strip().lower() == "signal"
        ]
        text = signals[0] if signals else ""
    digit = _DTMF_EVENTS.get(text, text.upper())
    return digit if digit in _DTMF_DIGITS else None
