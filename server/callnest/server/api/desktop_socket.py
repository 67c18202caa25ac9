"""One desktop's WebSocket: authenticate with ``hello``, then protocol frames
both ways until it closes. What the ACD does to this agent arrives as events
and leaves as protocol messages, in order, through one outbox."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal

from aiohttp import WSMsgType, web

from callnest import protocol as p
from callnest.protocol.e164 import normalize_e164
from callnest.server.acd import AgentState, Channel, Event, Outcome, Phase
from callnest.server.acd import events as ev
from callnest.server.api.endpoints import principal_for_token
from callnest.server.auth import MANAGERS, Principal, Role
from callnest.server.center import Center
from callnest.server.figures import activity_of
from callnest.server.keys import ALARMS, CENTER, CHATS, DIALER, METRICS, SESSIONS, SETTINGS, STORE
from callnest.server.media.leg import InvalidSdp
from callnest.server.refused import Refused
from callnest.server.screenpop import customer_card, queue_script
from callnest.server.store.errors import NotFound
from callnest.server.store.store import Store

if TYPE_CHECKING:
    from callnest.server.campaigns import Dialer
    from callnest.server.chat import Chats
    from callnest.server.media.switchboard import Switchboard
    from callnest.server.phone.calls import PhoneCalls
    from callnest.server.wallboard import Wallboard

log = logging.getLogger("callnest.session")

OUTBOX_LIMIT = 2000  # a desktop this far behind is not reading: close it
CLOSE_HEARTBEAT = 4408
CLOSE_REPLACED = 4409
CLOSE_UNAUTHENTICATED = 4401
# The server is stopping (RFC 6455's "going away"): to the desktop a dropped
# line, so it reconnects, with its session, once the server is back.
CLOSE_GOING_AWAY = 1001
CONNECTION_LOST = "connection_lost"
# How a call out ends that never connected (its Closed outcome is the reason).
_CALL_OUT_FAILURES = (
    str(Outcome.BUSY),
    str(Outcome.NO_ANSWER),
    str(Outcome.FAILED),
    str(Outcome.CANCELLED),
)

Outgoing = p.Message | Callable[[], Awaitable[p.Message | None]]


class Sessions:
    """The live desktop sessions, and the agents whose desktop just dropped
    and may come back (resume) before their grace runs out."""

    def __init__(self, center: Center, grace_s: float, wallboard: Wallboard) -> None:
        self.center = center
        self.grace_s = grace_s
        self.wallboard = wallboard
        self.by_id: dict[str, DesktopSession] = {}
        self._grace: dict[int, asyncio.TimerHandle] = {}
        self.media: Switchboard | None = None  # set once the media plane is up
        self.phones: PhoneCalls | None = None  # and the phone side
        self._tasks: set[asyncio.Task[None]] = set()

    def attach(self, session: DesktopSession) -> None:
        grace = self._grace.pop(session.user_id, None)
        if grace is not None:
            grace.cancel()
        for other in [s for s in self.by_id.values() if s.user_id == session.user_id]:
            other.replace("logged in from another window")
        self.by_id[session.session_id] = session
        self.center.listen(session)

    def tell_owners(self, message: p.Message) -> None:
        """``message`` to every owner's desktop (an alarm raised or cleared)."""
        for session in list(self.by_id.values()):
            if session.principal.role is Role.OWNER:
                session.send(message)

    def detach(self, session: DesktopSession, *, lost_now: bool) -> None:
        if self.by_id.get(session.session_id) is not session:
            return  # replaced: the newer session owns the agent now
        del self.by_id[session.session_id]
        self.center.unlisten(session)
        self.wallboard.unsubscribe(session)
        if session.chats is not None:
            session.chats.unwatch(session)
        user_id = session.user_id
        if user_id not in self.center.agents:
            return
        if lost_now:
            self._lose(user_id)
        else:
            # Nothing new is offered to a desktop that is not there; what it
            # holds waits for it until the grace runs out.
            self.center.pause_agent(user_id, CONNECTION_LOST)
            loop = asyncio.get_running_loop()
            self._grace[user_id] = loop.call_later(self.grace_s, self._lose, user_id)

    def resume_routing(self, user_id: int) -> None:
        """A desktop back within its grace is available again if it was when it dropped."""
        agent = self.center.agents.get(user_id)
        if agent is not None and agent.system_reason == CONNECTION_LOST:
            self.center.set_agent_state(user_id, AgentState.AVAILABLE)

    def _lose(self, user_id: int) -> None:
        self._grace.pop(user_id, None)
        if any(s.user_id == user_id for s in self.by_id.values()):
            return
        if self.media is not None:
            task = asyncio.get_running_loop().create_task(self.media.drop_agent(user_id))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        if self.center.lose_agent(user_id):
            log.info("agent %d's desktop is gone: its contacts went back to their queues", user_id)

    def expire_silent(self, timeout_s: float) -> None:
        now = time.monotonic()
        for session in list(self.by_id.values()):
            if now - session.last_seen > timeout_s:
                session.expire()

    def end(
        self, reason: str, *, user_id: int | None = None, token_hash: str | None = None
    ) -> None:
        """Ends the desktop sessions of a user, or of one login token."""
        for session in list(self.by_id.values()):
            if session.user_id == user_id or session.principal.token_hash == token_hash:
                session.replace(reason)

    def log_out(self, user_id: int, reason: str) -> None:
        """Ends the user's desktop sessions with no grace: the agent is offline
        now and what they held goes back to its queue."""
        ending = [s for s in self.by_id.values() if s.user_id == user_id]
        for session in ending:
            session.lost_on_close = True
            session.replace(reason)
        if not ending:  # not connected (or within a drop's grace): lose them here
            grace = self._grace.pop(user_id, None)
            if grace is not None:
                grace.cancel()
            self._lose(user_id)

    def going_away(self) -> None:
        """The server is stopping: every desktop's socket is closed now, so the
        stop does not wait for each desktop's heartbeat to time out (12 s)."""
        for session in list(self.by_id.values()):
            session.going_away()

    def close_all(self) -> None:
        for handle in self._grace.values():
            handle.cancel()
        for session in list(self.by_id.values()):
            session.replace("the server is shutting down")


class DesktopSession:
    def __init__(
        self, ws: web.WebSocketResponse, principal: Principal, center: Center, store: Store
    ) -> None:
        self.ws = ws
        self.principal = principal
        self.user_id = principal.user_id
        self.center = center
        self.store = store
        self.session_id = uuid.uuid4().hex
        self.last_seen = time.monotonic()
        self.heartbeat_expired = False
        self.lost_on_close = False  # logged out by a supervisor: no grace
        self._outbox: asyncio.Queue[Outgoing | None] = asyncio.Queue(OUTBOX_LIMIT)
        self._last_state: tuple[Any, ...] | None = None
        self.media: Switchboard | None = None
        self.phones: PhoneCalls | None = None
        self.wallboard: Wallboard | None = None
        self.chats: Chats | None = None
        self.dialer: Dialer | None = None

    # ------------------------------------------------------------ sending

    def send(self, message: Outgoing | None) -> None:
        """Queues a message (None: nothing more, the pump stops)."""
        try:
            self._outbox.put_nowait(message)
        except asyncio.QueueFull:
            log.warning("session %s is not reading; closing it", self.session_id)
            self.expire()

    async def pump(self) -> None:
        while (item := await self._outbox.get()) is not None:
            message = item if isinstance(item, p.Message) else await item()
            if message is not None and not self.ws.closed:
                await self.ws.send_str(p.encode(message))

    def replace(self, reason: str) -> None:
        self.send(p.SessionEnded(reason=reason))
        self._close_later(CLOSE_REPLACED)

    def expire(self) -> None:
        self.heartbeat_expired = True
        self._close_later(CLOSE_HEARTBEAT)

    def going_away(self) -> None:
        self._close_later(CLOSE_GOING_AWAY)

    def _close_later(self, code: int) -> None:
        async def close() -> None:
            await asyncio.sleep(0)  # let the outbox flush what is queued
            self.send(None)
            await self.ws.close(code=code)

        asyncio.get_running_loop().create_task(close())

    # ------------------------------------------------------------ events in

    def on_event(self, event: Event) -> None:
        if isinstance(event, ev.Offered):
            self.send(self._offer_factory(event))
        elif isinstance(event, ev.OfferMissed):
            self.send(p.OfferWithdrawn(offer_id=event.offer_id, reason="timeout"))
        elif isinstance(event, ev.OfferDeclined):
            self.send(p.OfferWithdrawn(offer_id=event.offer_id, reason="declined"))
        elif isinstance(event, ev.OfferWithdrawn):
            self.send(p.OfferWithdrawn(offer_id=event.offer_id, reason=event.reason))
        elif isinstance(
            event, (ev.Dialled, ev.Answered, ev.Held, ev.Resumed, ev.Ended, ev.Escalated)
        ):
            self._send_contact(event)
        elif isinstance(event, ev.Closed) and event.outcome in _CALL_OUT_FAILURES:
            self._send_contact(event, ended=str(event.outcome))
        elif isinstance(event, ev.Requeued):
            self._send_contact(event, ended="requeued")
        elif isinstance(event, ev.Transferred):
            self._send_contact(event, ended="transferred")
        elif isinstance(event, ev.WrapUpEnded):
            self._send_contact(event, ended="done")
        self._send_state_if_changed()

    def _send_contact(self, event: Event, ended: str | None = None) -> None:
        contact = self.contact_info(event.contact_id or "", event, ended)
        self.send(p.ContactUpdate(contact=contact))

    def _send_state_if_changed(self) -> None:
        update = self.state_update()
        key = (update.state, update.reason_id, update.reason, update.activity)
        if key != self._last_state:
            self._last_state = key
            self.send(update)

    def state_update(self) -> p.AgentStateUpdate:
        agent = self.center.agents.get(self.user_id)
        if agent is None:
            return p.AgentStateUpdate(
                state=p.AgentState.OFFLINE, activity=p.Activity.IDLE, since=time.time()
            )
        activity = activity_of(agent)
        reason = self.center.break_reason(agent)
        return p.AgentStateUpdate(
            state=p.AgentState(agent.state.value),
            reason_id=agent.reason_id,
            reason=reason,
            activity=activity,
            since=agent.since,
        )

    def contact_info(
        self, contact_id: str, event: Event | None = None, ended: str | None = None
    ) -> p.ContactInfo:
        center = self.center
        contact = center.live_contact(contact_id)
        meta = center.contacts.get(contact_id)
        queue_id = contact.queue_id if contact else (event.queue_id if event else 0) or 0
        queue = center.queues.get(queue_id)
        phase = p.ContactPhase.ENDED
        if ended is None and contact is not None:
            phase = {
                Phase.RINGING: p.ContactPhase.RINGING,
                Phase.CONNECTED: p.ContactPhase.ON_HOLD
                if contact.held_since is not None
                else p.ContactPhase.CONNECTED,
                Phase.WRAP_UP: p.ContactPhase.WRAP_UP,
            }.get(contact.phase, p.ContactPhase.ENDED)
        end_reason = None
        if ended in ("requeued", "transferred", *_CALL_OUT_FAILURES):
            end_reason = p.EndReason(ended)
        elif isinstance(event, ev.Ended):
            end_reason = p.EndReason(event.reason)
        return p.ContactInfo(
            contact_id=contact_id,
            channel=p.Channel(meta.channel.value if meta else "voice"),
            queue_id=queue_id or 1,
            queue_name=(queue.display_name or queue.name)
            if queue
            else (meta.queue_name if meta else "?"),
            phase=phase,
            caller_name=meta.caller_name if meta else None,
            caller_address=meta.caller_address if meta else None,
            customer_id=meta.customer_id if meta else None,
            entered_at=contact.entered_at if contact else (event.at if event else time.time()),
            answered_at=contact.answered_at if contact else None,
            wrap_up_deadline=contact.wrap_deadline
            if contact and contact.phase is Phase.WRAP_UP
            else None,
            muted=meta.muted if meta else False,
            recording_paused=meta.recording_paused if meta else False,
            end_reason=end_reason,
            direction="outbound" if meta is not None and meta.outbound else "inbound",
            purpose=_purpose(contact.purpose if contact else None),
            escalation=p.EscalationInfo(tier=contact.tier, reason=contact.escalation_reason)
            if contact is not None and contact.tier > 1 and contact.escalation_reason
            else None,
        )

    def _offer_factory(self, event: ev.Offered) -> Callable[[], Awaitable[p.Message | None]]:
        # The contact as it is now; the script is looked up when it is sent.
        info = self.contact_info(event.contact_id or "")
        meta = self.center.contacts.get(info.contact_id)
        offer = self.center.offer(event.offer_id)
        expires_at = offer.expires_at if offer else event.at
        # The offer's own time: the queue's ring timeout, or a call to place's preview.
        ring_timeout_s = max(0.0, expires_at - event.at)

        async def build() -> p.Message | None:
            card = await self._card(info)
            return p.Offer(
                offer_id=event.offer_id,
                contact=info,
                ring_timeout_s=ring_timeout_s,
                expires_at=expires_at,
                script=await queue_script(
                    self.store,
                    info.queue_id,
                    card,
                    info.caller_name,
                    info.caller_address,
                    meta.script_id if meta is not None else None,
                ),
                customer=card,
            )

        return build

    async def _card(self, info: p.ContactInfo) -> p.CustomerCard | None:
        if info.customer_id is None:
            return None
        meta = self.center.contacts.get(info.contact_id)
        identity = (meta.identity if meta is not None else None) or "claimed"
        try:
            return await customer_card(self.store, info.customer_id, identity)
        except Exception:
            # The call matters more than the card: ring without it.
            log.exception("no customer card for contact %s", info.contact_id)
            return None

    # ------------------------------------------------------------ frames in

    async def handle(self, message: p.Message) -> None:
        handler = _HANDLERS.get(type(message))
        if handler is None:
            raise Refused(
                p.ErrorCode.NOT_SUPPORTED, f"{message.type} is not available on this server yet"
            )
        await handler(self, message)

    def snapshot(self) -> p.AgentSnapshot:
        update = self.state_update()
        agent = self.center.agents.get(self.user_id)
        contacts = tuple(self.contact_info(cid) for cid in (agent.contacts if agent else {}))
        return p.AgentSnapshot(
            state=update.state,
            reason_id=update.reason_id,
            reason=update.reason,
            activity=update.activity,
            since=update.since,
            contacts=contacts,
        )


async def _set_state(s: DesktopSession, m: p.AgentSetState) -> None:
    s.center.require_agent(s.user_id)
    reason_id = m.reason_id
    if m.state is p.AgentState.BREAK and reason_id not in s.center.break_reason_names:
        raise Refused(p.ErrorCode.UNKNOWN_REASON, "choose one of the server's break reasons")
    s.center.set_agent_state(s.user_id, AgentState(m.state.value), reason_id)


async def _answer(s: DesktopSession, m: p.OfferAnswer) -> None:
    s.center.answer(m.offer_id, s.user_id)


async def _decline(s: DesktopSession, m: p.OfferDecline) -> None:
    s.center.decline(m.offer_id, s.user_id)


def _require_call(s: DesktopSession, contact_id: str) -> None:
    meta = s.center.contacts.get(contact_id)
    if meta is not None and meta.channel is not Channel.VOICE:
        raise Refused(p.ErrorCode.NOT_A_CALL, f"a {meta.channel} cannot be held or muted")


async def _hold(s: DesktopSession, m: p.CallHold) -> None:
    _require_call(s, m.contact_id)
    s.center.hold(m.contact_id, s.user_id)


async def _resume(s: DesktopSession, m: p.CallResume) -> None:
    _require_call(s, m.contact_id)
    s.center.resume(m.contact_id, s.user_id)


async def _hangup(s: DesktopSession, m: p.CallHangup) -> None:
    s.center.hang_up_by_agent(m.contact_id, s.user_id)


async def _dial(s: DesktopSession, m: p.CallDial) -> None:
    if s.phones is None:
        raise Refused(p.ErrorCode.NOT_SUPPORTED, "this server cannot place phone calls")
    # The call comes as a contact (Dialled) before this answers ok.
    await s.phones.dial(s.user_id, m.number, m.queue_id, m.customer_id)


async def _mute(s: DesktopSession, m: p.CallMute) -> None:
    _require_call(s, m.contact_id)
    s.center.mute(m.contact_id, s.user_id, m.muted)
    s.send(p.ContactUpdate(contact=s.contact_info(m.contact_id)))


async def _pause_recording(s: DesktopSession, m: p.CallRecording) -> None:
    _require_call(s, m.contact_id)
    meta = s.center.contacts.get(m.contact_id)
    changed = meta is not None and meta.recording_paused != m.paused
    s.center.pause_recording(m.contact_id, s.user_id, m.paused)
    if changed:  # a pause hides what was said: who paused it, and when, is kept
        action = "recording.pause" if m.paused else "recording.resume"
        await s.store.audit(time.time(), s.user_id, action, f"interactions:{m.contact_id}")
    s.send(p.ContactUpdate(contact=s.contact_info(m.contact_id)))


async def _transfer(s: DesktopSession, m: p.CallTransfer) -> None:
    if m.target.number is not None:
        if s.phones is None:
            raise Refused(p.ErrorCode.NOT_SUPPORTED, "this server cannot place phone calls")
        # The agent lets go before this answers ok; the number is called after.
        await s.phones.transfer_out(m.contact_id, s.user_id, m.target.number)
        return
    s.center.transfer(
        m.contact_id,
        s.user_id,
        to_queue=m.target.queue_id,
        to_agent=m.target.agent_id,
    )


async def _wrapup_complete(s: DesktopSession, m: p.WrapupComplete) -> None:
    number = _do_not_call_number(s, m) if m.do_not_call else None
    await s.center.record_wrap_up(s.user_id, m)
    if number is not None and s.dialer is not None:
        reason = "asked during a call"
        await s.dialer.list_numbers(
            [{"number": number, "campaign_id": None, "reason": reason, "added_by": s.user_id}]
        )


def _do_not_call_number(s: DesktopSession, m: p.WrapupComplete) -> str:
    """The number of the call being wrapped up, for the do-not-call list;
    refused before anything is saved when the contact has none."""
    meta = s.center.contacts.get(m.contact_id)
    try:
        if meta is None or meta.channel is not Channel.VOICE:
            raise ValueError("not a call")
        return normalize_e164(meta.caller_address or "")
    except ValueError:
        raise Refused(
            p.ErrorCode.INVALID_REQUEST,
            "this contact has no phone number to put on the do-not-call list",
        ) from None


async def _wrapup_extend(s: DesktopSession, m: p.WrapupExtend) -> None:
    s.center.extend_wrap_up(m.contact_id, s.user_id, m.seconds)
    s.send(p.ContactUpdate(contact=s.contact_info(m.contact_id)))


async def _resync(s: DesktopSession, m: p.SessionResync) -> None:
    snapshot = s.snapshot()  # now, so that what happens next arrives after it
    s.send(lambda: s.center.welcome(s.principal, s.session_id, snapshot))


async def _subscribe(s: DesktopSession, m: p.StatsSubscribe) -> None:
    if s.principal.role not in MANAGERS or s.wallboard is None:
        raise Refused(p.ErrorCode.FORBIDDEN, "live statistics are for supervisors and owners")
    s.wallboard.subscribe(s)


async def _unsubscribe(s: DesktopSession, m: p.StatsUnsubscribe) -> None:
    if s.wallboard is not None:
        s.wallboard.unsubscribe(s)


async def _raise_hand(s: DesktopSession, m: p.AgentRaiseHand) -> None:
    s.center.require_agent(s.user_id)
    s.center.health.raise_hand(s.user_id, m.raised)


async def _rtc_stats(s: DesktopSession, m: p.RtcStats) -> None:
    # The link's own figures come from the server's side of it (RTCP); the
    # microphone level only the desktop knows.
    if s.user_id in s.center.agents:
        s.center.health.mic_level(s.user_id, m.mic_level_db, m.mic_delivering)


def _expect_link(s: DesktopSession, hello: p.Hello) -> None:
    """A desktop bringing an audio link is offered nothing until the link has
    shown it carries audio (its first seconds are the pre-shift check); one
    whose link outlived its drop (a call went on) is told the verdict again."""
    if s.user_id not in s.center.agents:
        return
    if hello.audio_link:
        s.center.health.expect_link(s.user_id)
    verdict = s.center.health.links.verdict(s.user_id)
    if verdict is not None and verdict.problem is not p.LinkProblem.UNCONFIRMED:
        s.send(p.LinkVerdictUpdate(verdict=verdict))  # the check's was sent just now


def _media(s: DesktopSession) -> Switchboard:
    if s.media is None:
        raise Refused(p.ErrorCode.NOT_SUPPORTED, "this server has no media plane")
    return s.media


async def _rtc_offer(s: DesktopSession, m: p.RtcOffer) -> None:
    try:
        answer = await _media(s).agent_offer(s.user_id, m.sdp)
    except InvalidSdp as exc:
        raise Refused(p.ErrorCode.INVALID_SDP, str(exc)) from exc
    s.send(p.RtcAnswer(sdp=answer))


async def _rtc_ice(s: DesktopSession, m: p.RtcIce) -> None:
    link = _media(s).links.get(s.user_id)
    if link is None:
        raise Refused(p.ErrorCode.NO_LINK, "send rtc.offer first: there is no audio link to add to")
    try:
        await link.add_candidate(m.candidate, m.sdp_mid, m.sdp_mline_index)
    except InvalidSdp as exc:
        raise Refused(p.ErrorCode.INVALID_SDP, str(exc)) from exc


async def _rtc_answer(s: DesktopSession, m: p.RtcAnswer) -> None:
    raise Refused(
        p.ErrorCode.UNEXPECTED, "the server never sends offers: there is nothing to answer"
    )


async def _ping(s: DesktopSession, m: p.Ping) -> None:
    s.send(p.Pong())


# ------------------------------------------------------------------ chat


def _chats(s: DesktopSession) -> Chats:
    if s.chats is None:
        raise Refused(p.ErrorCode.NOT_SUPPORTED, "this server has no chat")
    return s.chats


async def _chat_send(s: DesktopSession, m: p.ChatSend) -> None:
    await _chats(s).agent_send(s.user_id, m)


async def _chat_typing(s: DesktopSession, m: p.ChatTyping) -> None:
    _chats(s).agent_typing(s.user_id, m)


async def _chat_watch(s: DesktopSession, m: p.ChatWatch) -> None:
    await _chats(s).watch(s, m.contact_id)


async def _chat_unwatch(s: DesktopSession, m: p.ChatUnwatch) -> None:
    _chats(s).unwatch(s, m.contact_id)


_HANDLERS: dict[type[p.Message], Callable[[DesktopSession, Any], Awaitable[None]]] = {
    p.Ping: _ping,
    p.AgentSetState: _set_state,
    p.AgentRaiseHand: _raise_hand,
    p.OfferAnswer: _answer,
    p.OfferDecline: _decline,
    p.CallHold: _hold,
    p.CallResume: _resume,
    p.CallDial: _dial,
    p.CallHangup: _hangup,
    p.CallMute: _mute,
    p.CallRecording: _pause_recording,
    p.CallTransfer: _transfer,
    p.WrapupComplete: _wrapup_complete,
    p.WrapupExtend: _wrapup_extend,
    p.SessionResync: _resync,
    p.StatsSubscribe: _subscribe,
    p.StatsUnsubscribe: _unsubscribe,
    p.RtcOffer: _rtc_offer,
    p.RtcIce: _rtc_ice,
    p.RtcAnswer: _rtc_answer,
    p.RtcStats: _rtc_stats,
    p.ChatSend: _chat_send,
    p.ChatTyping: _chat_typing,
    p.ChatWatch: _chat_watch,
    p.ChatUnwatch: _chat_unwatch,
}


async def _authenticate(
    request: web.Request, ws: web.WebSocketResponse
) -> tuple[Principal, p.Hello] | None:
    settings = request.app[SETTINGS]
    try:
        first = await ws.receive(timeout=settings.hello_timeout_s)
    except TimeoutError:
        await ws.send_str(
            p.encode(p.ErrorReply(code=p.ErrorCode.UNAUTHENTICATED, message="send hello first"))
        )
        return None
    if first.type is not WSMsgType.TEXT:
        return None
    try:
        hello = p.parse_client(first.data)
    except p.ProtocolError as exc:
        await ws.send_str(p.encode(p.error_reply(exc)))
        return None
    if not isinstance(hello, p.Hello):
        await ws.send_str(
            p.encode(
                p.ErrorReply(
                    ref=hello.id,
                    code=p.ErrorCode.UNAUTHENTICATED,
                    message="the first frame must be hello",
                )
            )
        )
        return None
    found = await principal_for_token(request, hello.token)
    if found is None:
        await ws.send_str(
            p.encode(
                p.ErrorReply(
                    ref=hello.id,
                    code=p.ErrorCode.UNAUTHENTICATED,
                    message="the session has expired or was ended; log in again",
                )
            )
        )
        return None
    return found, hello


async def websocket(request: web.Request) -> web.StreamResponse:
    """GET /api/ws: the desktop session."""
    center, store = request.app[CENTER], request.app[STORE]
    metrics = request.app[METRICS]
    # aiohttp refuses frames past max_msg_size outright; leave room above the
    # protocol's own limit so an oversized frame gets a clear error reply.
    ws = web.WebSocketResponse(max_msg_size=4 * p.MAX_FRAME_BYTES, heartbeat=None)
    await ws.prepare(request)
    auth = await _authenticate(request, ws)
    if auth is None:
        await ws.close(code=CLOSE_UNAUTHENTICATED)
        return ws
    principal, hello = auth
    session = DesktopSession(ws, principal, center, store)
    sessions = request.app[SESSIONS]
    session.media = sessions.media
    session.phones = sessions.phones
    session.wallboard = sessions.wallboard
    session.chats = request.app.get(CHATS)
    session.dialer = request.app.get(DIALER)
    sessions.attach(session)
    center.health.heard_from(principal.user_id)
    pump = asyncio.create_task(session.pump())
    # Queued, not awaited: an offer routed while the welcome is built must follow it.
    snapshot = session.snapshot()
    session.send(lambda: center.welcome(principal, session.session_id, snapshot))
    session._last_state = None
    if principal.role is Role.OWNER and ALARMS in request.app:
        session.send(p.AlarmsUpdate(alarms=request.app[ALARMS].raised))
    _expect_link(session, hello)
    sessions.resume_routing(principal.user_id)
    if session.chats is not None:  # after the welcome: the chats this agent holds
        await session.chats.resend_history(session)
    try:
        async for frame in ws:
            session.last_seen = time.monotonic()
            center.health.heard_from(session.user_id)
            if frame.type is WSMsgType.BINARY:
                session.send(
                    p.ErrorReply(
                        code=p.ErrorCode.MALFORMED_JSON, message="send JSON text frames, not binary"
                    )
                )
                continue
            if frame.type is not WSMsgType.TEXT:
                continue
            try:
                message = p.parse_client(frame.data)
            except p.ProtocolError as exc:
                metrics.protocol_errors.labels(exc.code.value).inc()
                log.info("session %s sent an invalid frame: %s", session.session_id, exc.message)
                session.send(p.error_reply(exc))
                continue
            try:
                await session.handle(message)
            except Refused as exc:  # the ACD's routing refusals among them
                session.send(p.ErrorReply(ref=message.id, code=exc.code, message=exc.message))
            except NotFound as exc:
                session.send(
                    p.ErrorReply(ref=message.id, code=p.ErrorCode.NOT_FOUND, message=str(exc))
                )
            else:
                if message.id is not None:
                    session.send(p.OkReply(ref=message.id))
    finally:
        sessions.detach(session, lost_now=session.heartbeat_expired or session.lost_on_close)
        session.send(None)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(pump, 2)
        pump.cancel()
    return ws


def _purpose(purpose: str | None) -> Literal["callback", "campaign"] | None:
    """A call to place's purpose as the agent reads it (a retry is a callback too)."""
    if purpose is None:
        return None
    return "campaign" if purpose == "campaign" else "callback"
