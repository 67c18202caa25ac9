"""A simulated agent: a desktop session over the real WebSocket protocol.

It answers offers after a ring, talks, hangs up, wraps up, sometimes lets an
offer ring out or declines it, takes breaks, notices when the server pauses it
for missed offers, and now and then loses its connection and comes back.
Its desktop brings an audio link (``Hello(audio_link=True)``) that sends
silence like a real microphone track, so the server checks the link before
offering anything; an impaired agent's link loses packets or sends nothing,
and the server should offer that agent nothing at all.
Every frame from the server goes through :func:`callnest.protocol.parse_server`:
one that does not validate is a protocol error the run reports.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import math
import random
import time
from collections import Counter
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, Literal

import aiohttp

from callnest import protocol as p
from callnest.sim.api import Api, ApiError
from callnest.sim.config import Impairment, SimConfig
from callnest.sim.rtc import QuietLink

log = logging.getLogger("callnest.sim.agent")

CLIENT_NAME = "callnest-sim/0.1"
REPLY_TIMEOUT_S = 15.0
FINISH_TIMEOUT_S = 30.0
AUTOPAUSE_REASON = "missed_offers"

# Error replies that are a race the agent lost, not a fault: the caller hung
# up as the agent clicked, or a timer ran out first.
EXPECTED_ERRORS: dict[type[p.Message], frozenset[str]] = {
    p.OfferAnswer: frozenset({"offer_gone"}),
    p.OfferDecline: frozenset({"offer_gone"}),
    p.CallHangup: frozenset({"not_connected", "unknown_contact"}),
    p.WrapupComplete: frozenset({"not_in_wrap_up", "unknown_contact"}),
}

ShiftEnd = Literal["stop", "drop", "closed"]

# What the server holds an agent back for, of the link's problems.
LINK_PROBLEMS = frozenset({p.LinkProblem.UNCONFIRMED, p.LinkProblem.DOWN, p.LinkProblem.POOR})


@dataclass(slots=True)
class AgentTally:
    offers: int = 0
    answered: int = 0
    answer_too_late: int = 0  # the offer was gone when the answer arrived
    missed: int = 0  # let ring out on purpose, and the server timed it out
    declined: int = 0
    withdrawn: Counter[str] = field(default_factory=Counter)  # by reason
    agent_hangups: int = 0
    caller_hangups: int = 0
    wrapups: int = 0
    wrapups_late: int = 0  # the server's wrap-up timer ended it first
    requeued: int = 0  # contacts taken away after a drop
    resumed_contacts: int = 0  # contacts still held after reconnecting
    breaks: int = 0
    autopauses: int = 0
    audio_links: int = 0  # links set up with the server (one per login)
    drops: int = 0
    long_drops: int = 0  # outages past the server's grace
    logins: int = 0
    # Impaired agents (1 per impaired agent), the offers they were made
    # anyway (each one a fault: the server should hold them back), and those
    # the server held back (a link problem said, nothing offered).
    impaired_agents: int = 0
    offers_to_impaired: int = 0
    impaired_held: int = 0
    # link.verdict messages by problem ("fit": none).
    link_verdicts: Counter[str] = field(default_factory=Counter)
    answered_contacts: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    protocol_errors: list[str] = field(default_factory=list)

    def merge(self, other: AgentTally) -> None:
        for name in self.__dataclass_fields__:
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, int):
                setattr(self, name, mine + theirs)
            elif isinstance(mine, Counter | set):
                mine.update(theirs)
            else:
                mine.extend(theirs)


class SessionClosed(Exception):
    """The WebSocket went away while a request waited for its reply."""


class SimAgent:
    def __init__(
        self,
        index: int,
        username: str,
        password: str,
        api: Api,
        config: SimConfig,
        rng: random.Random,
        *,
        impairment: Impairment | None = None,
    ) -> None:
        self.index = index
        self.username = username
        self.password = password
        self.api = api
        self.config = config
        self.rng = rng
        self.impairment = impairment
        # Which packets an impaired link loses: a generator of its own, so
        # that the agent's behaviour draws the same whatever the packets do.
        self._link_rng = config.link_rng(index)
        self.tally = AgentTally(impaired_agents=int(impairment is not None))
        # Logged in, connected and available (an agent whose link the
        # server checks first: once the server made it available); an
        # impaired agent once it asked to be available.
        self.ready = asyncio.Event()
        self.verdict: p.LinkVerdict | None = None  # the server's last on our link
        self._held = False  # the server said our link had a problem
        self._state_news = 0  # agent.state messages so far
        self.state: p.AgentState = p.AgentState.OFFLINE
        self.busy: set[str] = set()  # contacts held (connected or in wrap-up)
        self._idle = asyncio.Event()  # set while busy is empty
        self._idle.set()
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._http: aiohttp.ClientSession | None = None
        self._ids = itertools.count(1)
        self._pending: dict[str, asyncio.Future[p.OkReply | p.ErrorReply]] = {}
        self._work: set[asyncio.Task[None]] = set()
        self._talks: dict[str, asyncio.Task[None]] = {}
        self._wraps: dict[str, asyncio.Task[None]] = {}
        self._offers: dict[str, str] = {}  # ringing offer -> contact
        self._letting_ring: set[str] = set()
        self._withdrawn: set[str] = set()
        self._notice: asyncio.Task[None] | None = None
        self._on_break = False
        self._stopping = False
        self._break_reasons: tuple[int, ...] = ()
        self._dispositions: tuple[int, ...] = ()
        self._heartbeat_s = 5.0
        self._early: list[p.ServerMessage] = []  # frames that came before welcome
        self._link: QuietLink | None = None
        self._rtc_answer: asyncio.Future[str] | None = None

    # ------------------------------------------------------------ the shift

    async def run(self, stop: asyncio.Event) -> AgentTally:
        """Works until ``stop`` is set and nothing is left open, then logs off."""
        cfg = self.config
        token = await self._login()
        session_id: str | None = None
        while True:
            drop_at = self._next_drop()
            welcome = await self._connect(token, session_id)
            session_id = welcome.session_id
            end = await self._shift(welcome, stop, drop_at)
            if end == "stop":
                return self.tally
            if end == "drop":
                self.tally.drops += 1
            if self.rng.random() < cfg.long_drop_prob:
                outage_s = cfg.long_drop_s
                self.tally.long_drops += 1
            else:
                outage_s = cfg.s(self.rng.uniform(cfg.reconnect_min_s, cfg.reconnect_max_s))
            await asyncio.sleep(outage_s)
            if end == "closed" or self.rng.random() >= cfg.resume_prob:
                token = await self._login()
                session_id = None

    def _next_drop(self) -> float:
        if self.config.drop_per_min <= 0:
            return math.inf
        return time.monotonic() + self.config.s(self.rng.expovariate(self.config.drop_per_min / 60))

    async def _login(self) -> str:
        for attempt in range(5):
            try:
                api = await self.api.login(self.username, self.password)
            except ApiError as exc:
                if exc.status != 429 or attempt == 4:
                    raise
                await asyncio.sleep(float(exc.details) if isinstance(exc.details, int) else 1.0)
                continue
            self.tally.logins += 1
            assert api.token is not None
            return api.token
        raise AssertionError("unreachable")

    async def _connect(self, token: str, resume: str | None) -> p.Welcome:
        url = self.api.base_url + "/api/ws"
        self._http = aiohttp.ClientSession()
        try:
            self._ws = await self._http.ws_connect(
                url, max_msg_size=p.MAX_SERVER_FRAME_BYTES, autoping=True, heartbeat=None
            )
            hello = p.Hello(
                token=token,
                client=CLIENT_NAME,
                resume_session=resume,
                audio_link=self.config.audio_links,
            )
            await self._ws.send_str(p.encode(hello))
            welcome = await self._await_welcome(self._ws)
        except BaseException:
            await self._abort()
            raise
        self._heartbeat_s = welcome.heartbeat_s
        self._break_reasons = tuple(r.id for r in welcome.break_reasons)
        self._dispositions = tuple(d.id for d in welcome.dispositions)
        return welcome

    async def _await_welcome(self, ws: aiohttp.ClientWebSocketResponse) -> p.Welcome:
        """The server's answer to hello. Anything before it breaks the protocol
        (the desktop cannot know the session yet): recorded, and kept for later."""
        self._early = []
        deadline = time.monotonic() + REPLY_TIMEOUT_S
        while True:
            frame = await ws.receive(timeout=max(0.0, deadline - time.monotonic()))
            if frame.type is not aiohttp.WSMsgType.TEXT:
                raise SessionClosed(f"no welcome: the server sent {frame.type.name}")
            message = self._parse(frame.data)
            if isinstance(message, p.Welcome):
                return message
            if isinstance(message, p.ErrorReply):
                raise SessionClosed(f"hello refused: {message.code}: {message.message}")
            if message is not None:
                self.tally.protocol_errors.append(
                    f"{self.username}: the server sent {message.type} before welcome"
                )
                self._early.append(message)

    async def _shift(self, welcome: p.Welcome, stop: asyncio.Event, drop_at: float) -> ShiftEnd:
        reader = asyncio.create_task(self._read())
        heartbeat = asyncio.create_task(self._heartbeat())
        stopped = asyncio.create_task(stop.wait())
        try:
            self._take_over(welcome.agent)
            early, self._early = self._early, []
            for message in early:
                self._on_message(message)
            if self.config.audio_links:
                await self._open_link()
            if self.state is not p.AgentState.AVAILABLE and not self._on_break:
                await self._set_state(p.AgentState.AVAILABLE)
            if self.state is p.AgentState.AVAILABLE or not self._awaits_check:
                self.ready.set()  # else once the server makes us available
            timeout = None if math.isinf(drop_at) else max(0.0, drop_at - time.monotonic())
            await asyncio.wait({reader, stopped}, timeout=timeout, return_when="FIRST_COMPLETED")
            if stopped.done():
                await self._finish()
                return "stop"
            if reader.done():
                if not self._stopping:
                    self.tally.errors.append(f"{self.username}: the server closed the session")
                return "closed"
            return "drop"
        except SessionClosed as exc:
            self.tally.errors.append(f"{self.username}: {exc}")
            return "closed"
        finally:
            for task in (reader, heartbeat, stopped):
                task.cancel()
            await asyncio.gather(reader, heartbeat, stopped, return_exceptions=True)
            await self._forget_everything()
            await self._abort()

    def _take_over(self, snapshot: p.AgentSnapshot) -> None:
        """After (re)connecting: carry on with whatever the server says we hold."""
        self.state = snapshot.state
        self._on_break = snapshot.state is p.AgentState.BREAK and snapshot.reason_id is not None
        if self._on_break:  # the break we were on when the line dropped: end it soon
            self._spawn(self._back_after(self.config.s(self.config.notice_s)))
        for contact in snapshot.contacts:
            self.tally.resumed_contacts += 1
            if contact.phase in (p.ContactPhase.CONNECTED, p.ContactPhase.ON_HOLD):
                self._start_talk(contact.contact_id)
            elif contact.phase is p.ContactPhase.WRAP_UP:
                self._start_wrap(contact.contact_id)
            # A ringing contact has no offer id here: it rings out.

    async def _finish(self) -> None:
        """End of shift: let open work finish, go offline, close cleanly."""
        self._stopping = True
        deadline = time.monotonic() + FINISH_TIMEOUT_S
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), max(0.0, deadline - time.monotonic()))
        if self.busy:
            self.tally.errors.append(f"{self.username}: still holds {sorted(self.busy)} at the end")
        await self._set_state(p.AgentState.OFFLINE)
        ws = self._ws
        if ws is not None:
            await ws.close()

    async def _forget_everything(self) -> None:
        tasks = list(self._work)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._work.clear()
        self._talks.clear()
        self._wraps.clear()
        self._offers.clear()
        self._letting_ring.clear()
        self._withdrawn.clear()
        self.busy.clear()
        self._idle.set()
        self._notice = None
        for future in self._pending.values():
            if not future.done():
                future.set_exception(SessionClosed("the connection closed"))
        self._pending.clear()

    @property
    def _awaits_check(self) -> bool:
        """The server offers us nothing until our link passed its check, and
        it should pass (an impaired agent's should not)."""
        return self.config.audio_links and self.impairment is None

    def settle_tally(self) -> AgentTally:
        """The tally with what only the whole run tells (call once it is over)."""
        if self.impairment is not None:
            self.tally.impaired_held = int(self._held and self.tally.offers == 0)
        return self.tally

    async def _open_link(self) -> None:
        """The desktop's audio link for the shift: offer over the session, answer back."""
        impairment = self.impairment
        link = self._link = QuietLink(
            loss=impairment.loss if impairment is not None else 0.0,
            sends=impairment is None or not impairment.down,
            rng=self._link_rng,
        )

        async def signal(sdp: str) -> str:
            self._rtc_answer = asyncio.get_running_loop().create_future()
            reply = await self._request(p.RtcOffer(sdp=sdp))
            if isinstance(reply, p.ErrorReply):
                raise SessionClosed(f"the audio link was refused: {reply.message}")
            return await asyncio.wait_for(self._rtc_answer, REPLY_TIMEOUT_S)

        await link.connect(signal)
        self.tally.audio_links += 1

    async def _abort(self) -> None:
        """Closes the connection without a WebSocket close frame when the
        session was not closed cleanly: to the server it is a dropped line."""
        link, self._link = self._link, None
        if link is not None:
            await link.close()
        http, self._http, self._ws = self._http, None, None
        if http is not None:
            await http.close()

    # ---------------------------------------------------------- the socket

    def _parse(self, raw: str) -> p.ServerMessage | None:
        try:
            return p.parse_server(raw)
        except p.ProtocolError as exc:
            self.tally.protocol_errors.append(f"{self.username}: {exc} in {raw[:300]}")
            return None

    async def _read(self) -> None:
        ws = self._ws
        assert ws is not None
        async for frame in ws:
            if frame.type is aiohttp.WSMsgType.TEXT:
                message = self._parse(frame.data)
                if message is not None:
                    self._on_message(message)
            elif frame.type is aiohttp.WSMsgType.BINARY:
                self.tally.protocol_errors.append(f"{self.username}: a binary frame")
            elif frame.type is aiohttp.WSMsgType.ERROR:
                break

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(self._heartbeat_s)
            await self._send(p.Ping())

    async def _send(self, message: p.Message) -> None:
        ws = self._ws
        if ws is None or ws.closed:
            raise SessionClosed("the connection is closed")
        try:
            await ws.send_str(p.encode(message))
        except (ConnectionError, aiohttp.ClientError) as exc:
            raise SessionClosed(f"sending failed: {exc!r}") from exc

    async def _request(self, message: p.Message) -> p.OkReply | p.ErrorReply:
        """Sends a request and waits for its ok or error; unexpected errors are recorded."""
        request_id = f"r{next(self._ids)}"
        message = message.model_copy(update={"id": request_id})
        future: asyncio.Future[p.OkReply | p.ErrorReply] = (
            asyncio.get_running_loop().create_future()
        )
        self._pending[request_id] = future
        try:
            await self._send(message)
            reply = await asyncio.wait_for(future, REPLY_TIMEOUT_S)
        except TimeoutError:
            raise SessionClosed(f"no reply to {message.type} within {REPLY_TIMEOUT_S} s") from None
        finally:
            self._pending.pop(request_id, None)
        if isinstance(reply, p.ErrorReply):
            expected = EXPECTED_ERRORS.get(type(message), frozenset())
            if reply.code not in expected:
                self.tally.errors.append(
                    f"{self.username}: {message.type} refused: {reply.code}: {reply.message}"
                )
        return reply

    def _spawn(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(self._guard(work))
        self._work.add(task)
        task.add_done_callback(self._work.discard)
        return task

    async def _guard(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        except SessionClosed:
            pass  # the shift loop notices and reconnects
        except Exception as exc:
            log.exception("%s: sim agent task failed", self.username)
            self.tally.errors.append(f"{self.username}: {exc!r}")

    # ---------------------------------------------------- what the server says

    def _on_message(self, message: p.ServerMessage) -> None:
        match message:
            case p.OkReply() | p.ErrorReply() if message.ref in self._pending:
                future = self._pending[message.ref]
                if not future.done():
                    future.set_result(message)
            case p.ErrorReply():
                self.tally.errors.append(
                    f"{self.username}: unsolicited error {message.code}: {message.message}"
                )
            case p.Offer():
                self._on_offer(message)
            case p.OfferWithdrawn():
                self._on_withdrawn(message)
            case p.ContactUpdate():
                self._on_contact(message.contact)
            case p.AgentStateUpdate():
                self._on_state(message)
            case p.LinkVerdictUpdate():
                self._on_verdict(message.verdict)
            case p.RtcAnswer() if self._rtc_answer is not None:
                if not self._rtc_answer.done():
                    self._rtc_answer.set_result(message.sdp)
            case p.SessionEnded():
                log.info("%s: session ended: %s", self.username, message.reason)
            case _:
                pass  # pong, resync welcomes, chat, RTC, statistics

    def _on_verdict(self, verdict: p.LinkVerdict) -> None:
        self.verdict = verdict
        problem = verdict.problem
        self.tally.link_verdicts[problem.value if problem is not None else "fit"] += 1
        if problem in LINK_PROBLEMS:
            self._held = True

    def _on_offer(self, offer: p.Offer) -> None:
        cfg = self.config
        self.tally.offers += 1
        if self.impairment is not None:
            self.tally.offers_to_impaired += 1
            self.tally.errors.append(
                f"{self.username}: offered {offer.contact.contact_id} although its link is "
                f"impaired ({self.impairment}); the server's last verdict: {self.verdict_text()}"
            )
        self._offers[offer.offer_id] = offer.contact.contact_id
        roll = self.rng.random()
        ring_s = cfg.s(self.rng.uniform(cfg.ring_min_s, cfg.ring_max_s))
        if roll < cfg.miss_prob:
            self._letting_ring.add(offer.offer_id)
        elif roll < cfg.miss_prob + cfg.decline_prob:
            self._spawn(self._decline(offer.offer_id, ring_s / 2))
        else:
            self._spawn(self._answer(offer.offer_id, offer.contact.contact_id, ring_s))

    def _on_withdrawn(self, message: p.OfferWithdrawn) -> None:
        self.tally.withdrawn[message.reason] += 1
        self._offers.pop(message.offer_id, None)
        self._withdrawn.add(message.offer_id)
        if message.offer_id in self._letting_ring:
            self._letting_ring.discard(message.offer_id)
            if message.reason == "timeout":
                self.tally.missed += 1

    def _on_contact(self, contact: p.ContactInfo) -> None:
        cid = contact.contact_id
        match contact.phase:
            case p.ContactPhase.CONNECTED | p.ContactPhase.ON_HOLD:
                self._start_talk(cid)
            case p.ContactPhase.WRAP_UP:
                if contact.end_reason is p.EndReason.CALLER_HANGUP:
                    self.tally.caller_hangups += 1
                elif contact.end_reason is p.EndReason.AGENT_HANGUP:
                    self.tally.agent_hangups += 1
                talk = self._talks.pop(cid, None)
                if talk is not None:
                    talk.cancel()
                self._start_wrap(cid)
            case p.ContactPhase.ENDED:
                self._release(cid)
                talk = self._talks.pop(cid, None)
                if talk is not None:
                    talk.cancel()
                if contact.end_reason is p.EndReason.REQUEUED:
                    self.tally.requeued += 1
            case p.ContactPhase.RINGING:
                pass

    def verdict_text(self) -> str:
        """The server's last verdict on our link, in words."""
        verdict = self.verdict
        if verdict is None:
            return "none"
        return (
            f"{verdict.problem.value if verdict.problem else 'fit'} "
            f"(loss {verdict.loss_pct} %, MOS {verdict.mos}, since {verdict.since:.3f})"
        )

    def _on_state(self, update: p.AgentStateUpdate) -> None:
        was, self.state = self.state, update.state
        self._state_news += 1
        if update.state is p.AgentState.AVAILABLE:
            self.ready.set()
        if update.state is p.AgentState.BREAK and update.reason == AUTOPAUSE_REASON:
            if was is not p.AgentState.BREAK or self._notice is None:
                self.tally.autopauses += 1
                # Someone at the desk notices the pause after a moment.
                self._notice = self._spawn(self._back_after(self._notice_s()))
        elif (
            update.state is p.AgentState.OFFLINE
            and not self._stopping
            and (self._notice is None or self._notice.done())
        ):
            self.tally.errors.append(f"{self.username}: the server set us offline")
            self._notice = self._spawn(self._back_after(self._notice_s()))

    def _notice_s(self) -> float:
        return self.config.s(self.config.notice_s * self.rng.uniform(0.5, 1.5))

    # ------------------------------------------------------------ behaviour

    async def _answer(self, offer_id: str, contact_id: str, after_s: float) -> None:
        await asyncio.sleep(after_s)
        if offer_id in self._withdrawn:
            return
        reply = await self._request(p.OfferAnswer(offer_id=offer_id))
        if isinstance(reply, p.OkReply):
            self.tally.answered += 1
            self.tally.answered_contacts.add(contact_id)
            self._start_talk(contact_id)
        elif reply.code == "offer_gone":
            self.tally.answer_too_late += 1

    async def _decline(self, offer_id: str, after_s: float) -> None:
        await asyncio.sleep(after_s)
        if offer_id in self._withdrawn:
            return
        reply = await self._request(p.OfferDecline(offer_id=offer_id, reason=None))
        if isinstance(reply, p.OkReply):
            self.tally.declined += 1

    def _hold(self, contact_id: str) -> None:
        self.busy.add(contact_id)
        self._idle.clear()

    def _release(self, contact_id: str) -> None:
        self.busy.discard(contact_id)
        if not self.busy:
            self._idle.set()

    def _start_talk(self, contact_id: str) -> None:
        self._hold(contact_id)
        if contact_id not in self._talks and contact_id not in self._wraps:
            talk_s = self.config.draw_talk_s(self.rng)
            self._talks[contact_id] = self._spawn(self._talk(contact_id, talk_s))

    async def _talk(self, contact_id: str, talk_s: float) -> None:
        await asyncio.sleep(talk_s)
        # Hanging up ends the talk; the contact.update to wrap-up follows.
        await self._request(p.CallHangup(contact_id=contact_id))
        self._talks.pop(contact_id, None)

    def _start_wrap(self, contact_id: str) -> None:
        self._hold(contact_id)
        if contact_id not in self._wraps:
            cfg = self.config
            wrap_s = cfg.s(self.rng.uniform(cfg.wrap_min_s, cfg.wrap_max_s))
            self._wraps[contact_id] = self._spawn(self._wrap(contact_id, wrap_s))

    async def _wrap(self, contact_id: str, wrap_s: float) -> None:
        cfg = self.config
        try:
            await asyncio.sleep(wrap_s)
            # A break is chosen during wrap-up, as an operator would: nothing
            # rings in between.
            take_break = (
                bool(self._break_reasons)
                and not self._stopping
                and self.rng.random() < cfg.break_prob
            )
            if take_break:
                reason = self.rng.choice(self._break_reasons)
                if isinstance(await self._set_state(p.AgentState.BREAK, reason), p.OkReply):
                    self.tally.breaks += 1
                    self._on_break = True
            disposition = self.rng.choice(self._dispositions) if self._dispositions else None
            reply = await self._request(
                p.WrapupComplete(contact_id=contact_id, disposition_id=disposition, notes="")
            )
            if isinstance(reply, p.OkReply):
                self.tally.wrapups += 1
            else:
                self.tally.wrapups_late += 1
            self._release(contact_id)
            if self._on_break:
                await self._back_after(cfg.s(cfg.break_s * self.rng.uniform(0.5, 1.5)))
        finally:
            self._wraps.pop(contact_id, None)

    async def _back_after(self, delay_s: float) -> None:
        await asyncio.sleep(delay_s)
        if not self._stopping:
            await self._set_state(p.AgentState.AVAILABLE)

    async def _set_state(
        self, state: p.AgentState, reason_id: int | None = None
    ) -> p.OkReply | p.ErrorReply:
        news = self._state_news
        reply = await self._request(p.AgentSetState(state=state, reason_id=reason_id))
        if isinstance(reply, p.OkReply):
            # The server's agent.state (sent before its ok) has the last word:
            # asked to be available, an agent whose link is not fit is held
            # back on the system's break instead.
            if self._state_news == news:
                self.state = state
            self._on_break = state is p.AgentState.BREAK
        return reply
