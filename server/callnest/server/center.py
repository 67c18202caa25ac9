"""The live contact center: the ACD core bound to real time, the store and the
people connected to it.

The ACD is pure; this is where its clock becomes the wall clock and its timers
become ``loop.call_at``, where its configuration is loaded from the store, and
where everyone else's requests become its commands. Its events go to
subscribers, each with one job: the live figures (:mod:`.figures`), the event
writer (:mod:`.event_writer`), the interaction tracker (:mod:`.interactions`),
the health monitor (:mod:`.health`), the desktops of the agents concerned, then
the media switchboard and the chats. Everything runs on the event loop's
thread: no locks.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ParamSpec, Protocol, TypeVar

from callnest import protocol as p
from callnest.protocol.languages import DEFAULT_LANGUAGE
from callnest.server.acd import (
    Acd,
    AcdError,
    Agent,
    AgentConfig,
    AgentState,
    BusinessHours,
    Channel,
    Contact,
    Event,
    Offer,
    Outcome,
    Overflow,
    OverflowKind,
    Phase,
    QueueConfig,
    SkillStep,
    Strategy,
)
from callnest.server.acd.events import HOME_CONNECTION, Feedback
from callnest.server.acd.model import EscalationReason
from callnest.server.auth import Principal
from callnest.server.event_writer import EventWriter
from callnest.server.figures import LiveFigures
from callnest.server.health import HealthMonitor
from callnest.server.ice_credentials import hand_out
from callnest.server.interactions import ContactMeta, InteractionTracker
from callnest.server.link_watch import WatchRules
from callnest.server.report import SHORT_ABANDON_KEY
from callnest.server.settings import Settings
from callnest.server.store.store import Store

log = logging.getLogger("callnest.center")

P = ParamSpec("P")
R = TypeVar("R")


class Listener(Protocol):
    """A desktop session: the center tells it what concerns its user."""

    user_id: int

    def on_event(self, event: Event) -> None: ...

    def send(self, message: p.Message) -> None: ...


@dataclass(frozen=True, slots=True)
class QueueMedia:
    """What a queue's callers hear and choose, and its calls out show, beyond routing."""

    hold_music: str = "default"
    announce_every_s: float | None = 30.0
    ivr_menu: tuple[dict[str, str], ...] = ()
    outbound_caller_id: str | None = None  # E.164: what the people its agents call see
    recording_notice: bool = False  # callers are told they are recorded, and may refuse
    # Waiting callers may leave a number and keep their place; a callback's
    # card shows this long before it is placed; scheduled ones go ahead of
    # new calls by this priority.
    callbacks_offered: bool = False
    callback_preview_s: float = 10.0
    callback_priority: int = 1
    language: str = DEFAULT_LANGUAGE  # what its callers hear unless they choose
    # What its phone callers may choose from first (keys 1.. in this order);
    # fewer than two: no choice.
    caller_languages: tuple[str, ...] = ()


def queue_config(row: dict[str, Any], skills: dict[int, int]) -> QueueConfig:
    """A stored queue row as the ACD sees it; raises ValueError on bad settings."""
    steps = tuple(
        SkillStep(float(s["after_s"]), int(s["min_level"])) for s in row.get("skill_steps") or []
    )
    hours = row.get("business_hours")
    after_hours = Overflow.parse(row.get("after_hours_action")) or Overflow(OverflowKind.REJECT)
    return QueueConfig(
        id=row["id"],
        name=row["name"],
        display_name=row.get("display_name") or row["name"],
        strategy=Strategy(row["strategy"]),
        priority=row["priority"],
        ring_timeout_s=row["ring_timeout_s"],
        wrap_up_s=row["wrap_up_s"],
        max_wait_s=row["max_wait_s"],
        overflow=Overflow.parse(row.get("overflow_target")),
        service_level_s=row["service_level_s"],
        autopause_misses=row["autopause_misses"],
        skills=skills,
        skill_steps=steps or (SkillStep(0.0, 1),),
        hours=BusinessHours.from_json(hours) if hours else None,
        after_hours=after_hours,
        calls_while_chatting=bool(row.get("calls_while_chatting")),
        first_response_target_s=row.get("first_response_target_s"),
        resolution_target_s=row.get("resolution_target_s"),
        escalate_to=row.get("escalate_to_queue_id"),
    )


def canned_responses(row: dict[str, Any]) -> tuple[p.CannedResponse, ...]:
    """A queue's ready chat answers; one that is not valid is left out (and logged)."""
    out = []
    for item in row.get("canned_responses") or ():
        try:
            out.append(p.CannedResponse.model_validate(item))
        except ValueError:
            log.error("queue %s: canned response %r is not valid; left out", row["name"], item)
    return tuple(out)


def agent_config(row: dict[str, Any], skills: dict[int, int]) -> AgentConfig:
    return AgentConfig(
        id=row["id"],
        name=row["display_name"] or row["username"],
        team_id=row["team_id"],
        skills=skills,
        capacity={
            Channel.VOICE: row["voice_capacity"],
            Channel.CHAT: row["chat_capacity"],
            Channel.TASK: 1,
            Channel.EMAIL: row["email_capacity"],
        },
    )


class Center:
    """The ACD with its configuration, its timers and its command surface.

    Other code changes the ACD only through the commands below (each one
    re-arms the ACD's timer) and reads it through the small queries; the
    ``acd`` itself is for tests and the center's own parts.
    """

    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.acd = Acd(clock, self._on_event, no_answer_pause_s=settings.no_answer_pause_s)
        self.interactions = InteractionTracker(
            store, self.acd, clock, recordings_dir=settings.recordings_dir
        )
        self.event_writer = EventWriter(store, self.interactions)
        self.health = HealthMonitor(
            self.acd,
            self.interactions.contacts,
            clock,
            # The figures read the health monitor, so they come second.
            changed=lambda agent_id: self.figures.mark_agent(agent_id),
            annotate=self.annotate,
            judged=self._link_judged,
            rules=WatchRules(
                mos_threshold=settings.link_mos_threshold, check_s=settings.link_check_s
            ),
        )
        self.figures = LiveFigures(self.acd, self.health, clock, self.break_reason)
        self.listeners: dict[int, set[Listener]] = {}
        self.queue_media: dict[int, QueueMedia] = {}
        self.canned_responses: dict[int, tuple[p.CannedResponse, ...]] = {}
        self.queue_names: dict[str, int] = {}
        self.break_reason_names: dict[int, str] = {}
        # The center's own records first, so that the desktops and the
        # outside subscribers (switchboard, chats) find them up to date; the
        # tracker before the health monitor, which adds to the rows it keeps.
        self._subscribers: tuple[Callable[[Event], None], ...] = (
            self.figures.on_event,
            self.event_writer.append,
            self.interactions.on_event,
            self.health.on_event,
            self._tell_listeners,
        )
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at: float | None = None
        self._stopping = False

    @property
    def contacts(self) -> dict[str, ContactMeta]:
        """Every contact the center knows beyond routing, by id (closed ones for a while)."""
        return self.interactions.contacts

    # ------------------------------------------------------------ life cycle

    async def start(self) -> None:
        for row in await self.store.list_rows("queues"):
            self._configure_queue(row, await self.store.get_queue_skills(row["id"]))
        for row in await self.store.list_rows("users"):
            if row["active"]:
                self.acd.configure_agent(
                    agent_config(row, await self.store.get_user_skills(row["id"]))
                )
        await self.reload_break_reasons()
        await self.interactions.close_interrupted()
        # The owner's short-abandon threshold, so the wallboard and the reports agree.
        stats = self.figures.stats
        stats.short_abandon_s = float(
            await self.store.get_setting(SHORT_ABANDON_KEY, stats.short_abandon_s)
        )
        # The wallboard's figures are today's: fold today's log back in.
        midnight = time.mktime((*time.localtime(self.clock())[:3], 0, 0, 0, 0, 0, -1))
        for row in await self.store.events_between(midnight, self.clock() + 1):
            stats.apply(Event.from_row(row))
        log.info("center started: %d queues, %d agents", len(self.acd.queues), len(self.acd.agents))

    async def stop(self) -> None:
        self._stopping = True
        if self._timer is not None:
            self._timer.cancel()
        await self.flush()
        await self.interactions.stop()

    async def flush(self) -> None:
        """Returns once every event so far is in the store."""
        await self.event_writer.flush()

    # --------------------------------------------------------- configuration

    def _configure_queue(self, row: dict[str, Any], skills: dict[int, int]) -> None:
        try:
            config = queue_config(row, skills)
        except ValueError as exc:
            log.error("queue %s has invalid settings, not routing to it: %s", row["name"], exc)
            return
        self._run(self.acd.configure_queue, config)
        self.figures.mark_queue(config.id)
        self.queue_names = {q.name: q.id for q in self.acd.queues.values()}
        self.queue_media[config.id] = QueueMedia(
            row.get("hold_music") or "default",
            row.get("announce_every_s"),
            tuple(row.get("ivr_menu") or ()),
            row.get("outbound_caller_id"),
            bool(row.get("recording_notice")),
            bool(row.get("callbacks_offered")),
            float(row.get("callback_preview_s", 10.0)),
            int(row.get("callback_priority", 1)),
            row.get("language") or DEFAULT_LANGUAGE,
            tuple(row.get("caller_languages") or ()),
        )
        self.canned_responses[config.id] = canned_responses(row)

    async def reload_queue(self, queue_id: int) -> None:
        row = await self.store.get_row("queues", queue_id)
        self._configure_queue(row, await self.store.get_queue_skills(queue_id))

    def remove_queue(self, queue_id: int) -> None:
        if queue_id in self.acd.queues:
            self._run(self.acd.remove_queue, queue_id)
        self.queue_media.pop(queue_id, None)
        self.queue_names = {q.name: q.id for q in self.acd.queues.values()}

    async def reload_user(self, user_id: int) -> None:
        row = await self.store.get_row("users", user_id)
        if not row["active"]:
            self.remove_user(user_id)
            return
        config = agent_config(row, await self.store.get_user_skills(user_id))
        self._run(self.acd.configure_agent, config)
        self.figures.mark_agent(user_id)  # a new name or team

    def remove_user(self, user_id: int) -> None:
        if user_id not in self.acd.agents:
            return
        self.lose_agent(user_id)
        self._run(self.acd.remove_agent, user_id)

    async def reload_break_reasons(self) -> None:
        rows = await self.store.list_rows("break_reasons")
        self.break_reason_names = {r["id"]: r["name"] for r in rows if r["active"]}

    # ------------------------------------------------------------- timers

    def _run(self, command: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        """Runs one ACD command, then re-arms the timer for whatever it changed."""
        try:
            return command(*args, **kwargs)
        finally:
            self._arm_timer()

    def _arm_timer(self) -> None:
        deadline = self.acd.next_deadline()
        if deadline == self._timer_at or self._stopping:
            return
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._timer_at = deadline
        if deadline is not None:
            loop = asyncio.get_running_loop()
            delay = max(0.0, deadline - self.clock())
            self._timer = loop.call_at(loop.time() + delay, self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        self._timer_at = None
        try:
            self.acd.tick()
        except Exception:  # a bug must not stop the clock for every other contact
            log.exception("ACD timer failed")
        self._arm_timer()

    # -------------------------------------------------------------- contacts

    def open_contact(
        self,
        queue_id: int,
        channel: Channel,
        *,
        contact_id: str,
        token_hash: str | None,
        caller_name: str | None,
        caller_address: str | None,
        customer_id: int | None = None,
        identity: p.Identity = "claimed",
        prefer_agent: int | None = None,
        prefer_for_s: float = 0.0,
    ) -> ContactMeta:
        """``identity``: how ``customer_id`` was found (see protocol.Identity);
        ``prefer_agent``: who it waits for first, and how long (see Acd.enqueue)."""
        meta = self.interactions.register(
            queue_id,
            channel,
            contact_id,
            token_hash,
            caller_name,
            caller_address,
            customer_id,
            identity,
        )
        self._run(
            self.acd.enqueue,
            contact_id,
            queue_id,
            channel,
            prefer_agent=prefer_agent,
            prefer_for_s=prefer_for_s,
        )
        return meta

    def restore_contact(
        self,
        queue_id: int,
        channel: Channel,
        *,
        contact_id: str,
        token_hash: str | None,
        caller_name: str | None,
        caller_address: str | None,
        customer_id: int | None,
        entered_at: float,
        interaction: dict[str, Any] | None,
    ) -> ContactMeta:
        """A chat still open when the server stopped goes back to the head of
        its queue, its interaction's figures kept."""
        # What the agent had confirmed survives; anything else is a claim again.
        kept = (interaction or {}).get("customer_identity")
        identity: p.Identity = "confirmed" if kept == "confirmed" else "claimed"
        meta = self.interactions.register(
            queue_id,
            channel,
            contact_id,
            token_hash,
            caller_name,
            caller_address,
            customer_id,
            identity,
        )
        if interaction is not None:
            self.interactions.resume_row(interaction)
            entered_at = interaction["entered_at"]
        answered = interaction is not None and interaction.get("answered_at") is not None
        self._run(
            self.acd.restore,
            contact_id,
            queue_id,
            channel,
            entered_at=entered_at,
            answered=answered,
        )
        return meta

    def dial_out(
        self,
        queue_id: int,
        agent_id: int,
        *,
        contact_id: str,
        number: str,
        caller_name: str | None,
        customer_id: int | None,
    ) -> ContactMeta:
        """An agent's call out to ``number`` for ``queue_id``: ringing the far
        end from now (the phone side places it)."""
        # The agent chose whom to call: the card is theirs to see.
        meta = self.interactions.register(
            queue_id, Channel.VOICE, contact_id, None, caller_name, number, customer_id, "confirmed"
        )
        meta.outbound = True
        try:
            self._run(self.acd.dial_out, contact_id, queue_id, agent_id)
        except BaseException:
            self.interactions.contacts.pop(contact_id, None)
            raise
        return meta

    def place_call(
        self,
        queue_id: int,
        *,
        contact_id: str,
        number: str,
        name: str | None,
        customer_id: int | None,
        identity: p.Identity,
        preview_s: float,
        purpose: str,
        priority: int = 0,
        entered_at: float | None = None,
    ) -> ContactMeta:
        """A call to place (a callback, a campaign's call) to ``number``
        joins ``queue_id``'s line; its agent's card rings for ``preview_s``."""
        meta = self.interactions.register(
            queue_id, Channel.VOICE, contact_id, None, name, number, customer_id, identity
        )
        meta.outbound = True
        try:
            self._run(
                self.acd.enqueue,
                contact_id,
                queue_id,
                Channel.VOICE,
                priority=priority,
                entered_at=entered_at,
                preview_s=preview_s,
                purpose=purpose,
            )
        except BaseException:
            self.interactions.contacts.pop(contact_id, None)
            raise
        return meta

    def restore_call_to_place(
        self,
        queue_id: int,
        *,
        contact_id: str,
        number: str,
        name: str | None,
        customer_id: int | None,
        queue_entered_at: float,
        purpose: str,
        priority: int,
        interaction: dict[str, Any] | None,
    ) -> None:
        """A call to place that was waiting when the server stopped takes its
        place in line again (see :meth:`Acd.restore`)."""
        identity: p.Identity = (interaction or {}).get("customer_identity") or "claimed"
        meta = self.interactions.register(
            queue_id, Channel.VOICE, contact_id, None, name, number, customer_id, identity
        )
        meta.outbound = True
        entered_at = queue_entered_at
        if interaction is not None:
            self.interactions.resume_row(interaction)
            entered_at = interaction["entered_at"]
        self._run(
            self.acd.restore,
            contact_id,
            queue_id,
            Channel.VOICE,
            entered_at=entered_at,
            queue_entered_at=queue_entered_at,
            answered=False,
            priority=priority,
            preview_s=self.queue_media[queue_id].callback_preview_s,
            purpose=purpose,
        )

    def request_callback(self, contact_id: str) -> Contact:
        """A caller waiting in line is to be called back, keeping their place
        (see :meth:`Acd.request_callback`); the contact, now a call to place."""
        contact = self.acd.contacts.get(contact_id)
        if contact is None:
            raise AcdError(p.ErrorCode.UNKNOWN_CONTACT, "this call is over")
        preview_s = self.queue_media[contact.queue_id].callback_preview_s
        contact = self._run(self.acd.request_callback, contact_id, preview_s)
        self.contacts[contact_id].outbound = True  # from now on caller_* is whom we call
        return contact

    def cancel_call(self, contact_id: str) -> None:
        """Takes back a call to place not placed yet (see :meth:`Acd.cancel`)."""
        self._run(self.acd.cancel, contact_id)

    def confirm_identity(self, contact_id: str) -> None:
        """The agent has checked that the caller is the contact's customer."""
        meta = self.interactions.contacts[contact_id]
        meta.identity = "confirmed"
        self.annotate(contact_id, customer_identity="confirmed")

    def far_end_answered(self, contact_id: str) -> None:
        self._run(self.acd.far_end_answered, contact_id)

    def dial_failed(self, contact_id: str, outcome: Outcome) -> None:
        self._run(self.acd.dial_failed, contact_id, outcome)

    def caller_left(self, contact_id: str) -> None:
        """The caller hung up, left the chat or lost the connection: a contact
        still waiting or ringing is abandoned, a conversation ends; one in
        wrap-up or closed is over already."""
        contact = self.acd.contacts.get(contact_id)
        # A caller who asked to be called back has hung up: we call them.
        if contact is not None and not (contact.preview_s is not None and not contact.outbound):
            self._run(self.acd.hang_up, contact_id, "caller_hangup")

    def annotate(self, contact_id: str, **values: Any) -> None:
        """Adds facts the ACD does not know (a recording's path) to a contact's
        interaction, in order with the rest of its writes."""
        self.interactions.annotate(contact_id, **values)
        self.event_writer.kick()

    def record_feedback(self, contact_id: str, queue_id: int | None, rating: int) -> None:
        """The customer rated the contact (stored already): into the log and the figures."""
        self.record(Feedback(self.clock(), contact_id, queue_id, rating=rating))

    def record(self, event: Event) -> None:
        """An event of the center's own (not the ACD's; a contact's rating,
        an e-mail's first reply): into the log and the figures only."""
        self.figures.on_event(event)
        self.event_writer.append(event)

    def escalate(
        self, contact_id: str, tier: int, reason: EscalationReason, to_queue: int | None = None
    ) -> Contact:
        """The contact passed a service target: up a tier (see :meth:`Acd.escalate`)."""
        return self._run(self.acd.escalate, contact_id, tier, reason, to_queue)

    def restore_escalation(
        self, contact_id: str, tier: int, reason: EscalationReason | None, since: float | None
    ) -> None:
        """A contact back after a restart takes up its tier (see :meth:`Acd.restore_escalation`)."""
        self.acd.restore_escalation(contact_id, tier, reason, since)

    # ------------------------------------------------------- agents' commands

    def require_agent(self, user_id: int) -> None:
        if user_id not in self.acd.agents:
            raise AcdError(
                p.ErrorCode.NOT_AN_AGENT, "this account cannot take contacts (inactive?)"
            )

    def set_agent_state(
        self, agent_id: int, state: AgentState, reason_id: int | None = None
    ) -> None:
        if state is AgentState.AVAILABLE and not self.health.links.fit(agent_id):
            # Their link cannot carry a call yet: the system's break until it can.
            self._run(self.acd.hold_back, agent_id, HOME_CONNECTION)
            return
        self._run(self.acd.set_agent_state, agent_id, state, reason_id)

    def _link_judged(self, agent_id: int, verdict: p.LinkVerdict) -> None:
        """Routing follows the verdict on the agent's home connection: nothing
        is offered while it cannot carry a call, the calls in progress go back
        to the head of their lines when it is down, and the agent is available
        again once it is fit (if the system had held them back)."""
        for listener in list(self.listeners.get(agent_id, ())):
            listener.send(p.LinkVerdictUpdate(verdict=verdict))
        agent = self.acd.agents.get(agent_id)
        if agent is None:
            return
        if verdict.problem is None:
            if agent.system_reason == HOME_CONNECTION:
                self._run(self.acd.set_agent_state, agent_id, AgentState.AVAILABLE)
            return
        if agent.state is AgentState.AVAILABLE:
            self._run(self.acd.hold_back, agent_id, HOME_CONNECTION)
        if verdict.problem is p.LinkProblem.DOWN:
            for contact_id in self._run(self.acd.calls_lost, agent_id):
                log.info(
                    "agent %d's audio stopped mid-call: %s first in line", agent_id, contact_id[:8]
                )
                self.annotate(
                    contact_id, data={"link_lost": {"agent_id": agent_id, "at": self.clock()}}
                )

    def pause_agent(self, agent_id: int, system_reason: str) -> None:
        """Nothing new is offered to an available agent (its desktop dropped,
        say); what it holds stays with it, its ringing offers go back in line."""
        self._run(self.acd.pause, agent_id, system_reason)

    def lose_agent(self, agent_id: int) -> bool:
        """The agent's desktop is gone for good: offline, and every contact it
        held goes back to the head of its queue. False when there was nothing
        to lose: an agent offline with no contacts is left as it is."""
        agent = self.acd.agents.get(agent_id)
        if agent is None or (agent.state is AgentState.OFFLINE and not agent.contacts):
            return False
        self._run(self.acd.agent_lost, agent_id)
        return True

    def answer(self, offer_id: str, agent_id: int) -> None:
        self._run(self.acd.answer, offer_id, agent_id)

    def decline(self, offer_id: str, agent_id: int) -> None:
        self._run(self.acd.decline, offer_id, agent_id)

    def hold(self, contact_id: str, agent_id: int) -> None:
        self._run(self.acd.hold, contact_id, agent_id)

    def resume(self, contact_id: str, agent_id: int) -> None:
        self._run(self.acd.resume, contact_id, agent_id)

    def hang_up_by_agent(self, contact_id: str, agent_id: int) -> None:
        self._run(self.acd.hang_up_by_agent, contact_id, agent_id)

    def mute(self, contact_id: str, agent_id: int, muted: bool) -> None:
        """The agent's microphone goes quiet for the customer (or back)."""
        self.require_connected(contact_id, agent_id)
        meta = self.contacts.get(contact_id)
        if meta is not None:
            meta.muted = muted
        self.health.mute_changed(agent_id)

    def pause_recording(self, contact_id: str, agent_id: int, paused: bool) -> None:
        """The call's recording keeps silence from now (or the call again)."""
        self.require_connected(contact_id, agent_id)
        meta = self.contacts.get(contact_id)
        if meta is not None:
            meta.recording_paused = paused

    def transfer(
        self,
        contact_id: str,
        agent_id: int,
        *,
        to_queue: int | None = None,
        to_agent: int | None = None,
        to_number: str | None = None,
    ) -> None:
        self._run(
            self.acd.transfer,
            contact_id,
            agent_id,
            to_queue=to_queue,
            to_agent=to_agent,
            to_number=to_number,
        )

    def outside_failed(self, contact_id: str) -> None:
        """The number a call was transferred to never answered: back to the line."""
        self._run(self.acd.outside_failed, contact_id)

    def extend_wrap_up(self, contact_id: str, agent_id: int, seconds: float) -> float:
        return self._run(self.acd.extend_wrap_up, contact_id, agent_id, seconds)

    async def record_wrap_up(self, agent_id: int, done: p.WrapupComplete) -> None:
        """Saves the disposition, notes and customer edits on the interaction,
        then ends wrap-up. Accepted after the wrap-up timer ran out too: the
        operator's notes are never thrown away."""
        if done.disposition_id is not None:
            await self.store.get_row("dispositions", done.disposition_id)  # NotFound
        row = await self.interactions.row(done.contact_id)
        if row is None or row.get("agent_id") != agent_id:
            raise AcdError(p.ErrorCode.NOT_IN_WRAP_UP, "this contact was not yours")
        values: dict[str, Any] = {"disposition_id": done.disposition_id, "notes": done.notes}
        if done.customer is not None:
            # A partial edit: fields left out stay as they are.
            edits = done.customer.model_dump(mode="json", exclude_none=True)
            if row.get("customer_id"):
                await self.store.update_row("customers", row["customer_id"], edits)
            else:
                edits.setdefault("name", row.get("caller_name") or "Unknown caller")
                values["customer_id"] = (await self.store.insert_row("customers", edits))["id"]
        contact = self.acd.contacts.get(done.contact_id)
        if contact is not None and contact.phase is Phase.WRAP_UP:
            self._run(self.acd.complete_wrap_up, done.contact_id, agent_id)
        if self.interactions.live_row(done.contact_id) is not None:
            self.annotate(done.contact_id, **values)
        else:  # written as closed already
            await self.store.upsert_interaction({"id": done.contact_id, **values})

    # --------------------------------------------------------------- queries

    @property
    def queues(self) -> Mapping[int, QueueConfig]:
        """The queues the ACD routes to, by id."""
        return self.acd.queues

    @property
    def agents(self) -> Mapping[int, Agent]:
        """The active agents, logged in or not, by id."""
        return self.acd.agents

    def live_contact(self, contact_id: str) -> Contact | None:
        """The contact as the ACD routes it; None once it is closed."""
        return self.acd.contacts.get(contact_id)

    def phase_of(self, contact_id: str) -> Phase | None:
        contact = self.acd.contacts.get(contact_id)
        return contact.phase if contact else None

    def position(self, contact_id: str) -> int | None:
        """1-based place in its queue's line while the contact waits; None otherwise."""
        return self.acd.position(contact_id) if contact_id in self.acd.contacts else None

    def offer(self, offer_id: str) -> Offer | None:
        return self.acd.offers.get(offer_id)

    def open_contact_count(self) -> int:
        return len(self.acd.contacts)

    def waiting_count(self, queue_id: int) -> int:
        return self.acd.waiting_count(queue_id)

    def members(self, queue_id: int) -> list[Agent]:
        """The agents who serve the queue, logged in or not."""
        return [self.acd.agents[agent_id] for agent_id in self.acd.members(queue_id)]

    def numbers_on_the_line(self, besides: str | None = None) -> set[str]:
        """The numbers the center is on a call with now (but for contact
        ``besides``): callers on the line (waiting, ringing, talking) and
        calls out ringing or talking -- not a callback or campaign call
        still waiting for its agent."""
        busy = (Phase.QUEUED, Phase.RINGING, Phase.CONNECTED)
        return {
            meta.caller_address
            for contact_id, contact in self.acd.contacts.items()
            if contact_id != besides
            and (meta := self.contacts.get(contact_id)) is not None
            and meta.caller_address
            and (contact.outbound or (contact.preview_s is None and contact.phase in busy))
        }

    def require_connected(self, contact_id: str, agent_id: int) -> None:
        """AcdError unless the contact is in conversation with the agent."""
        self.acd.connected(contact_id, agent_id)

    def break_reason(self, agent: Agent) -> str | None:
        """What the agent's break is called: the system's reason, or the chosen one's name."""
        return agent.system_reason or self.break_reason_names.get(agent.reason_id or -1)

    # -------------------------------------------------------------- desktops

    def listen(self, listener: Listener) -> None:
        self.listeners.setdefault(listener.user_id, set()).add(listener)

    def unlisten(self, listener: Listener) -> None:
        group = self.listeners.get(listener.user_id)
        if group is not None:
            group.discard(listener)
            if not group:
                del self.listeners[listener.user_id]

    async def welcome(self, who: Principal, session_id: str, agent: p.AgentSnapshot) -> p.Welcome:
        user = await self.store.get_row("users", who.user_id)
        dispositions = await self.store.list_rows("dispositions")
        return p.Welcome(
            session_id=session_id,
            user=p.UserInfo(
                id=user["id"],
                username=user["username"],
                display_name=user["display_name"] or user["username"],
                role=p.Role(user["role"]),
                team_id=user["team_id"],
            ),
            agent=agent,
            queues=tuple(
                p.QueueInfo(
                    id=q.id,
                    name=q.name,
                    display_name=q.display_name,
                    canned_responses=self.canned_responses.get(q.id, ()),
                )
                for q in self.acd.queues.values()
            ),
            break_reasons=tuple(
                p.NamedItem(id=i, name=n) for i, n in self.break_reason_names.items()
            ),
            dispositions=tuple(
                p.NamedItem(id=d["id"], name=d["name"]) for d in dispositions if d["active"]
            ),
            ice_servers=tuple(
                p.IceServer(urls=s.urls, username=s.username, credential=s.credential)
                for s in hand_out(
                    self.settings.ice_servers,
                    who.username,
                    self.settings.turn_credential_lifetime_s,
                )
            ),
            heartbeat_s=self.settings.heartbeat_s,
        )

    # ----------------------------------------------------------------- events

    def subscribe(self, subscriber: Callable[[Event], None]) -> None:
        """``subscriber`` is told of every ACD event from now on, after the center's own parts."""
        self._subscribers = (*self._subscribers, subscriber)

    def unsubscribe(self, subscriber: Callable[[Event], None]) -> None:
        self._subscribers = tuple(s for s in self._subscribers if s != subscriber)

    def _on_event(self, event: Event) -> None:
        for subscriber in self._subscribers:
            subscriber(event)

    def _tell_listeners(self, event: Event) -> None:
        """The desktops of the agent concerned."""
        if event.agent_id is not None:
            for listener in list(self.listeners.get(event.agent_id, ())):
                listener.on_event(event)
