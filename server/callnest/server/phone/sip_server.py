"""Callnest's own SIP side: the user agent behind Kamailio.

Kamailio (:mod:`.edge`) relays a trunk's INVITE here over loopback TCP, with
its Record-Route (the dialog's later requests pass through it) and an
``X-Callnest-Trunk`` header; :class:`SipServer` answers it, and hands each
call to the application as an :class:`IncomingCall` to ring, answer, refuse
or hang up. Calls out go the other way (:meth:`SipServer.call_out`): an
INVITE to Kamailio's inner socket naming the trunk in ``X-Callnest-Trunk``,
which Kamailio sends on to the trunk (answering its digest challenge), as an
:class:`OutgoingCall` the application watches ring, be answered or refused,
cancels or hangs up.

Why our own, and why so small: no maintained asyncio SIP stack fits, and
Kamailio keeps the hard parts of facing a trunk (retransmission over UDP,
NAT, TLS, digest, floods). What is left is RFC 3261 over a reliable
transport: the INVITE server transaction (100 at once, CANCEL/487, the
retransmitted INVITE answered again, the hop-by-hop ACK of a refusal
absorbed), the 2xx retransmitted at T1 doubling to T2 until its ACK (that is
end to end, Kamailio forwards it), the INVITE client transaction (Timer B,
the ACK of a refusal, CANCEL, every 2xx ACKed), dialogs (route set, tags,
CSeq), our BYE as a client transaction, and re-INVITE/UPDATE offers and INFO
DTMF handed to the application. Neither 100rel nor session timers are
supported: a request requiring them is refused with 420, and we offer neither.

Logging: SDP bodies never go into the log, at any level.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import ipaddress
import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

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

__all__ = [
    "CallEnded",
    "Caller",
    "EndReason",
    "IncomingCall",
    "OutEndReason",
    "OutgoingCall",
    "OutgoingCallEnded",
    "Progress",
    "SipServer",
    "new_call_id",
    "new_tag",
]

log = logging.getLogger("callnest.phone.sip")

ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE"
_HANDLED = frozenset({"INVITE", "BYE", "OPTIONS", "INFO", "UPDATE"})  # beside ACK and CANCEL
_SDP = "application/sdp"
_DTMF_TYPES = ("application/dtmf-relay", "application/dtmf")
_DTMF_DIGITS = frozenset("0123456789*#ABCD")
# Some gateways send the RFC 4733 event numbers of * and # instead.
_DTMF_EVENTS = {"10": "*", "11": "#"}
_READ_SIZE = 65536
# What call_out() puts in a URI's user part (RFC 3261's unreserved and
# user-unreserved characters) and in X-Callnest-Trunk.
_URI_USER = re.compile(r"[A-Za-z0-9\-_.!~*'()&=+$,;?/%]{1,128}")
_TRUNK_ID = re.compile(r"[A-Za-z0-9\-_.]{1,64}")
_CALL_ID = re.compile(r"[A-Za-z0-9\-_.!%*+`'~]{1,64}(@[A-Za-z0-9\-_.]{1,64})?")
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_HOSTNAME = re.compile(rf"{_LABEL}(\.{_LABEL})*")


class EndReason(enum.Enum):
    """How a call ended."""

    CALLER_HUNG_UP = "caller hung up"  # a BYE from the caller's side
    CANCELLED = "cancelled"  # the caller gave up before we answered
    NO_ACK = "no ACK"  # our 200 OK was never acknowledged: we sent a BYE
    WE_HUNG_UP = "we hung up"  # hang_up()
    REFUSED = "refused"  # refuse()
    SERVER_STOPPED = "server stopped"  # SipServer.stop(): 503, or a BYE


class OutEndReason(enum.Enum):
    """How a call out ended."""

    BUSY = "busy"  # 486 Busy Here, 600 Busy Everywhere
    # 408, 480, or 487 to our CANCEL when the ring timeout (or invite_timeout) ran out
    NO_ANSWER = "no answer"
    REJECTED = "rejected"  # another final 3xx, 4xx or 6xx (final_status says which)
    FAILED = "failed"  # a 5xx, no response at all (Timer B), or a 2xx without an SDP answer
    CANCELLED = "cancelled"  # cancel() (or hang_up()) before the answer
    HUNG_UP_BY_FAR_END = "hung up by the far end"  # a BYE from the far end
    WE_HUNG_UP = "we hung up"  # hang_up() once answered
    NO_ACK = "no ACK"  # our 200 OK to the far end's re-INVITE was never acknowledged
    SERVER_STOPPED = "server stopped"  # SipServer.stop(): a CANCEL, or a BYE


_R = TypeVar("_R", EndReason, OutEndReason)


class CallEnded(Exception):
    """The call has ended (``reason``): it can no longer ring or be answered."""

    def __init__(self, reason: EndReason) -> None:
        super().__init__(f"the call has ended: {reason.value}")
        self.reason = reason


class OutgoingCallEnded(Exception):
    """A call out ended (``reason``) before it was answered; ``status`` and
    ``phrase`` are the final response's, if one came."""

    def __init__(self, reason: OutEndReason, status: int | None, phrase: str | None) -> None:
        answer = f" ({status} {phrase})" if status is not None else ""
        super().__init__(f"the call out has ended: {reason.value}{answer}")
        self.reason = reason
        self.status = status
        self.phrase = phrase


@dataclass(frozen=True)
class Progress:
    """A provisional response to a call out: 180 Ringing, 183 Session
    Progress (``sdp``: early media's SDP answer, when it brought one), ..."""

    status: int
    reason: str
    sdp: str | None


@dataclass(frozen=True)
class Caller:
    """Who calls, as the INVITE's From says."""

    user: str | None  # the URI's user part, usually a number
    display_name: str | None
    uri: str


class _State(enum.Enum):
    OFFERED = "offered"  # a call in: the INVITE awaits our final response
    CALLING = "calling"  # a call out: our INVITE awaits its final response
    ANSWERED = "answered"  # a call in: 200 OK sent, no ACK yet
    CONFIRMED = "confirmed"  # the ACK came (a call in), or went (a call out)
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
        self, server: SipServer, request: SipRequest, conn: _Connection, owner: _Dialog[Any]
    ) -> None:
        self.server = server
        self.request = request
        self.conn = conn
        self.owner = owner  # the call it is for (a call in's INVITE, or a re-INVITE)
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


class _Dialog(Generic[_R]):
    """What a call in and a call out share once they are a dialog (RFC 3261
    12): the far end's requests within it (BYE, OPTIONS, INFO digits to
    ``on_dtmf``, re-INVITE/UPDATE offers to ``on_offer``), a 2xx of ours
    sent again until its ACK, our BYE, and the end (``ended``).

    ``_R`` is the subclass's enum of how it ended: ``far_hung_up`` and
    ``no_ack`` are its members for a BYE from the far end and for a 2xx of
    ours never acknowledged."""

    def __init__(
        self,
        server: SipServer,
        conn: _Connection,
        call_id: str,
        local_tag: str,
        *,
        far_hung_up: _R,
        no_ack: _R,
        state: _State,
    ) -> None:
        self._server = server
        self._conn = conn  # where our Contact's address comes from
        self.call_id = call_id
        self._local_tag = local_tag
        self.ended: asyncio.Future[_R] = asyncio.get_running_loop().create_future()
        self.on_offer: Callable[[str], Awaitable[str]] | None = None
        self.on_dtmf: Callable[[str], None] | None = None
        self._far_hung_up: _R = far_hung_up
        self._no_ack: _R = no_ack
        self._state = state
        # The dialog (RFC 3261 12.1), seen from our side, once it exists: its
        # key (Call-ID, our tag, theirs), our party and theirs as our requests
        # name them (From and To, with the tags), where they go and how.
        self._key: tuple[str, str, str] | None = None
        self._local_party = ""
        self._remote_party = ""
        self._remote_target = ""
        self._route_set: list[str] = []
        self._remote_cseq = 0
        self._local_cseq = 0
        self._local_sdp = b""
        # A 2xx of ours to an INVITE (first or re-) awaiting its ACK.
        self._ack_cseq: int | None = None
        self._acked = asyncio.Event()
        self._ack_deadline = 0.0
        self._retransmitter: asyncio.Task[None] | None = None
        self._reinvite: _InviteTransaction | None = None
        self._offer_task: asyncio.Task[None] | None = None
        self._bye: asyncio.Task[None] | None = None

    def _enter(self, key: tuple[str, str, str]) -> None:
        """The dialog exists: requests within it find it by ``key``."""
        self._key = key
        self._server._dialogs[key] = self

    # -- requests from the far end --------------------------------------------------

    def _cancelled(self, txn: _InviteTransaction) -> None:
        """A CANCEL matched a re-INVITE (or, in a call in, the INVITE) before
        its final response."""
        self._terminate(txn)
        if self._offer_task is not None:
            self._offer_task.cancel()
            self._offer_task = None  # its finally does not run if it never started

    def _terminate(self, txn: _InviteTransaction | None) -> None:
        """487 to an INVITE or re-INVITE still without a final response."""
        if txn is not None and not txn.final:
            txn.respond(
                self._server._response(
                    txn.request, 487, "Request Terminated", to_tag=self._local_tag
                )
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

    def _before_far_bye(self) -> None:
        """A BYE came: what else is pending is answered (RFC 3261 15.1.2)."""

    def _offer_pending(self) -> bool:
        """Whether an offer of the far end's awaits our answer outside the dialog."""
        return False

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
            self._before_far_bye()
            self._terminate(self._reinvite)
            self._end(self._far_hung_up)
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
            or (request.method == "INVITE" and self._offer_pending())
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

    # -- a 2xx of ours until its ACK ------------------------------------------------

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
        self._end(self._no_ack, bye=True)

    # -- ending -----------------------------------------------------------------------

    def _end(self, reason: _R, *, bye: bool = False) -> None:
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
        self._on_end()
        if bye:
            self._bye = self._server._spawn(self._send_bye(), f"sip-bye-{self.call_id}")
        else:
            self._forget_dialog()

    def _on_end(self) -> None:
        """What a subclass does the moment the call ends."""

    def _forget_dialog(self) -> None:
        if self._key is not None and self._server._dialogs.get(self._key) is self:
            del self._server._dialogs[self._key]

    async def _before_bye(self) -> None:
        """RFC 3261 15: our BYE not before the ACK of our 2xx, or before its
        retransmissions give up. (Stopping, there is no time for it.)"""
        if not (self._acked.is_set() or self._server._stopping):
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout_at(self._ack_deadline):
                    await self._acked.wait()

    async def _send_bye(self) -> None:
        server = self._server
        try:
            await self._before_bye()
            if self._retransmitter is not None:
                self._retransmitter.cancel()
            self._local_cseq += 1
            response = await server._send_request(self._request("BYE", self._local_cseq))
            log.debug("SIP call %s: our BYE answered %d", self.call_id, response.status)
        except (OSError, TimeoutError) as exc:
            log.info("SIP call %s: our BYE went unanswered: %s", self.call_id, exc or "timeout")
        finally:
            self._forget_dialog()

    # -- messages -------------------------------------------------------------------

    def _dialog_fields(self, sdp: bool) -> list[tuple[str, str]]:
        fields = [("Contact", self._server._contact(self._conn)), ("Allow", ALLOW)]
        if sdp:
            fields.append(("Content-Type", _SDP))
        return fields

    def _request(self, method: str, cseq: int) -> SipRequest:
        """A request of ours within the dialog (RFC 3261 12.2.1.1; the route
        set is Kamailio's, which routes loosely). No Via yet: the connection
        it goes on says which."""
        fields = [
            ("Max-Forwards", "70"),
            ("From", self._local_party),
            ("To", self._remote_party),
            ("Call-ID", self.call_id),
            ("CSeq", f"{cseq} {method}"),
        ]
        fields += [("Route", route) for route in self._route_set]
        return SipRequest(method, self._remote_target, Headers(fields))


class IncomingCall(_Dialog[EndReason]):
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
        to_tag = secrets.token_hex(8)
        super().__init__(
            server,
            conn,
            request.call_id,
            to_tag,
            far_hung_up=EndReason.CALLER_HUNG_UP,
            no_ack=EndReason.NO_ACK,
            state=_State.OFFERED,
        )
        self._invite = request
        self._txn = _InviteTransaction(server, request, conn, self)
        caller = request.from_addr
        self.trunk: str | None = request.headers.get(TRUNK_HEADER)
        self.caller = Caller(_uri_user(caller.uri), caller.display_name, caller.uri)
        self.dialed: str | None = _uri_user(request.uri) or _uri_user(request.to_addr.uri)
        self.headers = request.headers
        self.offer_sdp = request.body.decode("utf-8", errors="replace")
        # The dialog's tags (RFC 3261 12): the caller's, and ours (in every
        # response but the 100).
        self.from_tag = caller.tag or ""
        self.to_tag = to_tag
        # The dialog (RFC 3261 12.1.1), seen from our side.
        self._local_party = f"{request.headers.get('To') or ''};tag={to_tag}"
        self._remote_party = request.headers.get("From") or ""
        self._remote_target = parse_name_addr(request.headers.get("Contact") or "").uri
        self._route_set = request.headers.get_all("Record-Route")
        self._remote_cseq, _ = request.cseq
        self._enter((self.call_id, self.to_tag, self.from_tag))

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
        if txn is self._txn:
            self._terminate(txn)
            self._end(EndReason.CANCELLED)
        else:
            super()._cancelled(txn)

    def _before_far_bye(self) -> None:
        self._terminate(self._txn)

    def _offer_pending(self) -> bool:
        return self._state is _State.OFFERED

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


class OutgoingCall(_Dialog[OutEndReason]):
    """A call out through a trunk, as the application sees it
    (:meth:`SipServer.call_out`).

    ``call_id``, ``from_tag`` (ours) and ``to_tag`` (the far end's, once a
    response brought one) name the dialog; ``trunk``, ``number`` and
    ``caller_id`` are what was asked for. ``progress`` queues the provisional
    responses (:class:`Progress`: 180 ringing, 183 with early media's SDP);
    ``answered`` resolves with the far end's SDP answer (its 2xx, ACKed, as
    every retransmission of it is), or raises :class:`OutgoingCallEnded` if
    the call ends first; ``ended`` resolves with the :class:`OutEndReason`
    the moment the call ends. ``final_status``/``final_reason`` keep the
    final response (None while there is none, or when the call ended
    without one). ``on_offer``/``on_dtmf`` as for a call in, once answered.
    """

    def __init__(
        self,
        server: SipServer,
        conn: _Connection,
        *,
        trunk: str,
        number: str,
        caller_id: str | None,
        host: str,
        sdp: str,
        call_id: str,
        from_tag: str,
    ) -> None:
        super().__init__(
            server,
            conn,
            call_id,
            from_tag,
            far_hung_up=OutEndReason.HUNG_UP_BY_FAR_END,
            no_ack=OutEndReason.NO_ACK,
            state=_State.CALLING,
        )
        self.trunk = trunk
        self.number = number
        self.caller_id = caller_id
        self.from_tag = from_tag
        self.to_tag: str | None = None
        self.progress: asyncio.Queue[Progress] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        self.answered: asyncio.Future[str] = loop.create_future()
        self.final_status: int | None = None
        self.final_reason: str | None = None
        self._acked.set()  # no 2xx of ours awaits an ACK
        uri_host = _uri_host(host)
        self._uri = f"sip:{number}@{uri_host}"
        extra: list[tuple[str, str]] = []
        if caller_id is None:
            # RFC 3323: an anonymous From, and the trunk asked to keep the
            # identity it may know private.
            self._local_party = f'"Anonymous" <sip:anonymous@anonymous.invalid>;tag={from_tag}'
            extra.append(("Privacy", "id"))
        else:
            self._local_party = f"<sip:{caller_id}@{uri_host}>;tag={from_tag}"
        self._local_sdp = sdp.encode()
        self._local_cseq = 1
        self._branch = _new_branch()
        self._invite = SipRequest(
            "INVITE",
            self._uri,
            Headers(
                [
                    ("Via", server._via(conn, self._branch)),
                    ("Max-Forwards", "70"),
                    ("From", self._local_party),
                    ("To", f"<{self._uri}>"),
                    ("Call-ID", self.call_id),
                    ("CSeq", f"{self._local_cseq} INVITE"),
                    (TRUNK_HEADER, trunk),
                    *extra,
                    *self._dialog_fields(True),
                ]
            ),
            self._local_sdp,
        )
        self._timer_b: asyncio.TimerHandle | None = None  # no response at all
        self._provisional = False  # a provisional one: a CANCEL may go (RFC 3261 9.1)
        self._giving_up: OutEndReason | None = None  # why we cancel, once we do
        self._cancel_sent = False
        self._timers: list[asyncio.TimerHandle] = []
        # Our ACK to the 2xx as sent, and where: sent again for its retransmissions.
        self._ack: tuple[SipRequest, _Connection] | None = None
        self._acking: asyncio.Task[None] | None = None
        self._strays: set[str] = set()  # the to-tags of 2xx we did not keep (ACKed, BYEd)
        self._forget_handle: asyncio.TimerHandle | None = None

    def __repr__(self) -> str:
        return f"<OutgoingCall {self.call_id} {self._state.value}>"

    # -- the application's side ----------------------------------------------------

    async def cancel(self) -> None:
        """Gives up before the answer: a CANCEL (once a provisional response
        has come, RFC 3261 9.1), whose 487 ends the call CANCELLED. Returns
        once the call has ended (at the latest 64*T1 later). Once answered,
        it hangs up instead (WE_HUNG_UP). Does nothing once the call has ended."""
        if self._state is _State.CALLING:
            self._give_up(OutEndReason.CANCELLED)
        elif not self.ended.done():
            self._end(OutEndReason.WE_HUNG_UP, bye=True)
        await self._ending()

    async def hang_up(self) -> None:
        """Ends the call: a BYE once answered (returns when it is answered or
        timed out), :meth:`cancel` before. Does nothing once the call has ended."""
        await self.cancel()

    async def wait_answer(self) -> str:
        """The far end's SDP answer once answered; raises
        :class:`OutgoingCallEnded` if the call ends first."""
        return await asyncio.shield(self.answered)

    async def _ending(self) -> None:
        # Shielded: the CANCEL's or BYE's outcome is awaited even if whoever
        # awaits this is cancelled.
        await asyncio.shield(self.ended)
        if self._bye is not None:
            await asyncio.shield(self._bye)

    # -- the INVITE client transaction (RFC 3261 17.1.1, over TCP) ----------------------

    def _start(self, ring_timeout: float | None) -> None:
        """Sends the INVITE (raising ConnectionError if it cannot be), and
        has its responses come here."""
        server = self._server
        self._conn.send(self._invite)  # nothing can answer before this returns
        server._calls_out.add(self)
        server._invite_clients[self._branch] = self
        log.info("SIP call %s out on trunk %s to %s", self.call_id, self.trunk, self.number)
        loop = asyncio.get_running_loop()
        # Timer B: not even a 100 Trying from Kamailio.
        self._timer_b = loop.call_later(64 * server.t1, self._no_response)
        # Timer C's kind: nobody answers.
        self._timers = [
            loop.call_later(server.invite_timeout, self._give_up, OutEndReason.NO_ANSWER)
        ]
        if ring_timeout is not None:
            self._timers.append(
                loop.call_later(ring_timeout, self._give_up, OutEndReason.NO_ANSWER)
            )

    def _on_response(self, response: SipResponse) -> None:
        """A response to our INVITE (retransmitted 2xx included)."""
        status = response.status
        if status >= 200:
            if status < 300:
                self._on_2xx(response)
            else:
                self._on_refusal(response)
            return
        if self._state is not _State.CALLING:
            return
        if self._timer_b is not None:
            self._timer_b.cancel()
            self._timer_b = None
        self._provisional = True
        if status > 100:
            tag = response.to_addr.tag
            if tag is not None and self.to_tag is None:
                self.to_tag = tag  # an early dialog's
            sdp = response.body.decode("utf-8", errors="replace") if response.body else None
            self.progress.put_nowait(Progress(status, response.reason, sdp))
            log.info("SIP call %s: %d %s", self.call_id, status, response.reason)
        if self._giving_up is not None and not self._cancel_sent:
            self._send_cancel()

    def _on_2xx(self, response: SipResponse) -> None:
        tag = response.to_addr.tag or ""
        if self._key is not None and tag == self._key[2]:
            if self._ack is not None:
                self._server._send_quietly(*self._ack)  # the 2xx again: the ACK again
            return
        if self._key is not None or self.ended.done():
            # Another fork's answer, or one after we gave up: ACKed and ended
            # at once (RFC 3261 13.2.2.4).
            if tag not in self._strays:
                self._strays.add(tag)
                self._server._spawn(self._ack_and_bye(response), f"sip-stray-{self.call_id}")
            return
        # The answer: the dialog is confirmed (RFC 3261 12.1.2).
        self._stop_timers()
        self._schedule_forget()
        self.final_status, self.final_reason = response.status, response.reason
        self.to_tag = tag
        self._remote_party = response.headers.get("To") or ""
        self._remote_target = _contact_uri(response) or self._uri
        self._route_set = list(reversed(response.headers.get_all("Record-Route")))
        self._state = _State.CONFIRMED
        self._enter((self.call_id, self.from_tag, tag))
        self._send_ack()
        sdp = response.body.decode("utf-8", errors="replace")
        if self._giving_up is not None:
            log.info("SIP call %s: answered as we gave up: hanging up", self.call_id)
            self._end(self._giving_up, bye=True)
        elif not sdp or response.content_type != _SDP:
            log.warning("SIP call %s: answered without an SDP answer: hanging up", self.call_id)
            self._end(OutEndReason.FAILED, bye=True)
        else:
            log.info("SIP call %s answered", self.call_id)
            self.answered.set_result(sdp)

    def _on_refusal(self, response: SipResponse) -> None:
        """A final response 300-699: ACKed by the transaction (hop by hop)."""
        ack_fields = [(n, v) for n, v in self._invite.headers if n in ("Via", "From", "Call-ID")]
        ack_fields += [
            ("Max-Forwards", "70"),
            ("To", response.headers.get("To") or ""),
            ("CSeq", f"{self._local_cseq} ACK"),
        ]
        self._server._send_quietly(SipRequest("ACK", self._uri, Headers(ack_fields)), self._conn)
        if self.ended.done() or self._state is not _State.CALLING:
            return
        self.final_status, self.final_reason = response.status, response.reason
        log.info("SIP call %s: %d %s", self.call_id, response.status, response.reason)
        self._end(self._giving_up or _outcome(response.status))

    def _no_response(self) -> None:
        """Timer B: no response at all (Kamailio is not there)."""
        if self._state is _State.CALLING:
            log.warning("SIP call %s: no response to the INVITE", self.call_id)
            self.final_reason = "no response"
            self._end(self._giving_up or OutEndReason.FAILED)

    def _give_up(self, reason: OutEndReason) -> None:
        """Cancels the INVITE (once): now if a provisional response came,
        else as soon as one comes. Without a final response 64*T1 after,
        the call ends anyway."""
        if self._state is not _State.CALLING or self._giving_up is not None:
            return
        self._giving_up = reason
        log.info("SIP call %s: giving up (%s)", self.call_id, reason.value)
        self._stop_timers()
        if self._provisional:
            self._send_cancel()
        self._timers.append(
            asyncio.get_running_loop().call_later(64 * self._server.t1, self._cancel_unanswered)
        )

    def _send_cancel(self) -> None:
        """RFC 3261 9.1: the INVITE's Request-URI, top Via, From, To,
        Call-ID and CSeq number. Its own response is of no interest: the
        INVITE's final one is."""
        self._cancel_sent = True
        fields = [(n, v) for n, v in self._invite.headers if n in ("Via", "From", "To", "Call-ID")]
        fields += [("Max-Forwards", "70"), ("CSeq", f"{self._local_cseq} CANCEL")]
        self._server._send_quietly(SipRequest("CANCEL", self._uri, Headers(fields)), self._conn)

    def _connection_lost(self) -> None:
        """The connection the INVITE went on closed before its final response:
        Kamailio, and the transaction with it, is gone (a 2xx that still
        comes on another connection is ACKed and hung up)."""
        if self._state is _State.CALLING:
            log.warning("SIP call %s: the edge closed the connection", self.call_id)
            self.final_reason = "the edge closed the connection"
            self._end(self._giving_up or OutEndReason.FAILED)

    def _cancel_unanswered(self) -> None:
        if self._state is _State.CALLING and self._giving_up is not None:
            log.warning("SIP call %s: no final response after our CANCEL", self.call_id)
            self._end(self._giving_up)

    # -- the 2xx's ACK, and answers we do not keep -------------------------------------

    def _send_ack(self) -> None:
        """ACKs the 2xx (RFC 3261 13.2.2.4): the INVITE's CSeq number, along
        the route set; the BYE, if one follows, waits for it."""
        ack = self._request("ACK", self._local_cseq)

        async def send() -> None:
            try:
                self._ack = await self._server._send_2xx_ack(ack)
            except (OSError, ValueError) as exc:
                log.warning("SIP call %s: our ACK was not sent: %s", self.call_id, exc)

        self._acking = self._server._spawn(send(), f"sip-ack-{self.call_id}")

    async def _before_bye(self) -> None:
        if self._acking is not None:
            await asyncio.gather(self._acking, return_exceptions=True)  # the ACK first
        await super()._before_bye()

    async def _ack_and_bye(self, response: SipResponse) -> None:
        fields = [
            ("Max-Forwards", "70"),
            ("From", self._local_party),
            ("To", response.headers.get("To") or ""),
            ("Call-ID", self.call_id),
        ]
        fields += [("Route", r) for r in reversed(response.headers.get_all("Record-Route"))]
        target = _contact_uri(response) or self._uri
        ack = SipRequest("ACK", target, Headers([*fields, ("CSeq", "1 ACK")]))
        bye = SipRequest("BYE", target, Headers([*fields, ("CSeq", "2 BYE")]))
        try:
            await self._server._send_2xx_ack(ack)
            await self._server._send_request(bye)
        except (OSError, TimeoutError, ValueError) as exc:
            log.info("SIP call %s: a stray answer's BYE failed: %s", self.call_id, exc)

    # -- ending -----------------------------------------------------------------------

    def _stop_timers(self) -> None:
        if self._timer_b is not None:
            self._timer_b.cancel()
            self._timer_b = None
        for timer in self._timers:
            timer.cancel()
        self._timers = []

    def _schedule_forget(self) -> None:
        """The INVITE's responses are looked for until 64*T1 after its end
        (RFC 3261 13.2.2.4): a late or retransmitted 2xx is still ACKed."""
        if self._forget_handle is None:
            self._forget_handle = asyncio.get_running_loop().call_later(
                64 * self._server.t1, self._forget_transaction
            )

    def _forget_transaction(self) -> None:
        if self._server._invite_clients.get(self._branch) is self:
            del self._server._invite_clients[self._branch]

    def _on_end(self) -> None:
        self._stop_timers()
        self._schedule_forget()
        self._server._calls_out.discard(self)
        if not self.answered.done():
            reason = self.ended.result()
            self.answered.set_exception(
                OutgoingCallEnded(reason, self.final_status, self.final_reason)
            )
            # Retrieved here: an application that only watches ``ended`` is
            # not told of an exception nobody looked at.
            self.answered.exception()

    def _server_stopping(self) -> None:
        if self._state is _State.CALLING:
            if self._provisional and not self._cancel_sent:
                self._send_cancel()
            self._end(OutEndReason.SERVER_STOPPED)
        else:
            self._end(OutEndReason.SERVER_STOPPED, bye=True)


class SipServer:
    """Callnest's SIP user agent on (loopback) TCP.

    ``on_invite`` gets each new call, after the 100 Trying; it rings, answers
    or refuses it (now, or later from elsewhere). ``edge`` is Kamailio's inner
    socket (host, port), where :meth:`call_out` sends its INVITEs (None: no
    calls out). ``t1``/``t2`` are RFC 3261's timers; ``ack_timeout`` is how
    long a 200 OK waits for its ACK; ``invite_timeout`` how long a call out
    waits for an answer at most before it is cancelled (Timer C's kind);
    ``stop_timeout`` how long :meth:`stop` gives the BYEs it sends.
    """

    def __init__(
        self,
        host: str,
        port: int,
        on_invite: Callable[[IncomingCall], Awaitable[None]],
        *,
        edge: tuple[str, int] | None = None,
        t1: float = 0.5,
        t2: float = 4.0,
        ack_timeout: float = 32.0,
        invite_timeout: float = 180.0,
        stop_timeout: float = 2.0,
        connect_timeout: float = 5.0,
    ) -> None:
        self.host = host
        self._port = port
        self._on_invite = on_invite
        self.edge = edge
        self.t1 = t1
        self.t2 = t2
        self.ack_timeout = ack_timeout
        self.invite_timeout = invite_timeout
        self._stop_timeout = stop_timeout
        self._connect_timeout = connect_timeout
        self._server: asyncio.Server | None = None
        self._stopping = False
        self._connections: dict[tuple[str, int], _Connection] = {}  # by the peer's address
        self._open: set[_Connection] = set()  # every connection not yet closed, for stop()
        self._connecting = asyncio.Lock()  # one connection to Kamailio, however many BYEs
        self._readers: set[asyncio.Task[None]] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._invites: dict[tuple[str, str], _InviteTransaction] = {}
        # By Call-ID, our tag and theirs.
        self._dialogs: dict[tuple[str, str, str], _Dialog[Any]] = {}
        # Our requests awaiting their final response, by branch and method.
        self._requests: dict[tuple[str, str], asyncio.Future[SipResponse]] = {}
        # Calls out: those not over, and their INVITEs' transactions by branch.
        self._calls_out: set[OutgoingCall] = set()
        self._invite_clients: dict[str, OutgoingCall] = {}

    @property
    def port(self) -> int:
        """The port listened on (once started: the one given 0 was)."""
        return self._port

    @property
    def calls(self) -> list[IncomingCall]:
        """The calls in not yet over (or whose BYE is under way)."""
        return [call for call in self._dialogs.values() if isinstance(call, IncomingCall)]

    @property
    def calls_out(self) -> list[OutgoingCall]:
        """The calls out not yet over (or whose BYE is under way)."""
        answered = [call for call in self._dialogs.values() if isinstance(call, OutgoingCall)]
        return list(dict.fromkeys([*self._calls_out, *answered]))

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
        calls: list[IncomingCall | OutgoingCall] = [*self.calls, *self.calls_out]
        for call in calls:
            call._server_stopping()
        byes = [call._bye for call in calls if call._bye is not None]
        if byes:
            await asyncio.wait(byes, timeout=self._stop_timeout)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for txn in list(self._invites.values()):
            txn.forget()
        self._invite_clients.clear()
        for conn in list(self._open):
            conn.close()
        await asyncio.gather(*self._readers, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None
        self._dialogs.clear()

    async def call_out(
        self,
        *,
        trunk: str,
        number: str,
        caller_id: str | None,
        host: str,
        sdp: str,
        ring_timeout: float | None = None,
        call_id: str | None = None,
        from_tag: str | None = None,
    ) -> OutgoingCall:
        """Calls ``number`` out through trunk ``trunk`` (its id, as Kamailio's
        configuration knows it): an INVITE offering ``sdp`` to Kamailio's
        inner socket (``edge``), Request-URI ``sip:<number>@<host>`` and From
        ``sip:<caller_id>@<host>`` (``host``: the trunk's; no ``caller_id``:
        anonymous, with ``Privacy: id``). Returns once the INVITE is sent;
        the call then rings, is answered or ends as its :class:`OutgoingCall`
        says. ``ring_timeout``: seconds after which an unanswered call is
        cancelled (NO_ANSWER); ``invite_timeout`` in any case. ``call_id``
        and ``from_tag`` (from :func:`new_call_id` and :func:`new_tag`) when
        they are needed before the INVITE goes (e.g. rtpengine's offer);
        fresh ones otherwise.

        Raises ValueError for what cannot go into the INVITE, RuntimeError
        without an edge or once stopping, OSError (TimeoutError included)
        when Kamailio cannot be reached."""
        if self.edge is None:
            raise RuntimeError("calls out need the edge's inner address (SipServer(edge=...))")
        if self._stopping or self._server is None:
            raise RuntimeError("the SIP side is not running")
        if not _TRUNK_ID.fullmatch(trunk):
            raise ValueError(f"not a trunk id: {trunk!r}")
        if not _URI_USER.fullmatch(number):
            raise ValueError(f"not a number a SIP URI can hold: {number!r}")
        if caller_id is not None and not _URI_USER.fullmatch(caller_id):
            raise ValueError(f"not a caller ID a SIP URI can hold: {caller_id!r}")
        if not _is_host(host):
            raise ValueError(f"not a host name or an IP address: {host!r}")
        if not sdp:
            raise ValueError("a call out needs an SDP offer")
        if ring_timeout is not None and ring_timeout <= 0:
            raise ValueError("the ring timeout is positive")
        call_id = call_id or new_call_id()
        from_tag = from_tag or new_tag()
        if not _CALL_ID.fullmatch(call_id) or not _TRUNK_ID.fullmatch(from_tag):
            raise ValueError("a Call-ID and a tag are words (a Call-ID may hold one @)")
        conn = await self._connect(*self.edge)
        call = OutgoingCall(
            self,
            conn,
            trunk=trunk,
            number=number,
            caller_id=caller_id,
            host=host,
            sdp=sdp,
            call_id=call_id,
            from_tag=from_tag,
        )
        call._start(ring_timeout)
        return call

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
        async with self._connecting:
            # Several calls ending at once each want a connection: without the
            # lock each opened its own, and all but the last went unclosed.
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
        self._open.add(conn)
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
            self._open.discard(conn)
            conn.close()
            for call in [c for c in self._calls_out if c._conn is conn]:
                call._connection_lost()
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
        self._send_response(self._response(cancel, 200, "OK", to_tag=txn.owner._local_tag), conn)
        if not txn.final:
            txn.owner._cancelled(txn)

    def _on_response(self, response: SipResponse) -> None:
        branch = response.via.branch or ""
        _, method = response.cseq
        if method == "INVITE" and (call := self._invite_clients.get(branch)) is not None:
            call._on_response(response)
            return
        waiting = self._requests.get((branch, method))
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
        conn = await self._next_hop(request)
        branch = _new_branch()
        key = (branch, request.method)
        waiting: asyncio.Future[SipResponse] = asyncio.get_running_loop().create_future()
        self._requests[key] = waiting
        try:
            conn.send(self._with_via(request, conn, branch))
            async with asyncio.timeout(64 * self.t1):
                return await waiting
        finally:
            del self._requests[key]

    async def _send_2xx_ack(self, ack: SipRequest) -> tuple[SipRequest, _Connection]:
        """An ACK to a 2xx: a transaction of its own with no response (RFC
        3261 13.2.2.4), along the route set like any request in the dialog.
        Returns it as sent, and the connection it went on."""
        conn = await self._next_hop(ack)
        sent = self._with_via(ack, conn, _new_branch())
        conn.send(sent)
        return sent, conn

    def _send_quietly(self, request: SipRequest, conn: _Connection) -> None:
        """A request already carrying its Via (a CANCEL, the ACK of a
        refusal: hop by hop, on the INVITE's connection)."""
        try:
            conn.send(request)
        except (ConnectionError, ValueError) as exc:
            log.debug("SIP: %s not sent: %s", request.method, exc)

    async def _next_hop(self, request: SipRequest) -> _Connection:
        routes = request.headers.get_all("Route")
        target = parse_uri(parse_name_addr(routes[0]).uri if routes else request.uri)
        return await self._connect(target.host, target.port or 5060)

    def _via(self, conn: _Connection, branch: str) -> str:
        return f"SIP/2.0/TCP {_uri_host(conn.local_ip)}:{self._port};branch={branch}"

    def _with_via(self, request: SipRequest, conn: _Connection, branch: str) -> SipRequest:
        via = self._via(conn, branch)
        return SipRequest(
            request.method, request.uri, Headers([("Via", via), *request.headers]), request.body
        )

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


def _is_host(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return len(text) <= 253 and _HOSTNAME.fullmatch(text) is not None
    return True


def new_call_id() -> str:
    """A fresh Call-ID for a call out."""
    return f"{secrets.token_hex(16)}@callnest"


def new_tag() -> str:
    """A fresh tag (for a call out's From)."""
    return secrets.token_hex(8)


def _new_branch() -> str:
    return f"z9hG4bK{secrets.token_hex(10)}"


def _contact_uri(message: SipMessage) -> str | None:
    """The Contact's URI, if there is a usable one."""
    try:
        uri = parse_name_addr(message.headers.get("Contact") or "").uri
        parse_uri(uri)
    except SipParseError:
        return None
    return uri


def _outcome(status: int) -> OutEndReason:
    """How a final refusal of a call out ends it."""
    if status in (486, 600):
        return OutEndReason.BUSY
    if status in (408, 480, 487):
        return OutEndReason.NO_ANSWER
    if 500 <= status < 600:
        return OutEndReason.FAILED
    return OutEndReason.REJECTED


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
