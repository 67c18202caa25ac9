"""The live contact center: the ACD core bound to real time, the store and the
people connected to it.

The ACD is pure; this is where its clock becomes the wall clock, its timers
become ``loop.call_at``, its events reach the event log (batched, in order)
and the interactions table, and where they are pushed to the desktops
concerned. Everything runs on the event loop's thread: no locks.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec, Protocol, TypeVar

from callnest import protocol as p
from callnest.server.acd import (
    Acd,
    AcdError,
    Agent,
    AgentConfig,
    AgentState,
    BusinessHours,
    Channel,
    Event,
    EventType,
    Outcome,
    Overflow,
    OverflowKind,
    Phase,
    QueueConfig,
    SkillStep,
    StatsFold,
    Strategy,
)
from callnest.server.auth import Principal
from callnest.server.health import MIC_SILENT_DBFS, AgentHealth, CallLink
from callnest.server.mos import estimate_mos
from callnest.server.report import SHORT_ABANDON_KEY
from callnest.server.settings import Settings
from callnest.server.store.errors import NotFound
from callnest.server.store.store import Store

log = logging.getLogger("callnest.center")

P = ParamSpec("P")
R = TypeVar("R")

CLOSED_CONTACT_MEMORY_S = 600.0  # a caller's page may still ask how it ended


class Listener(Protocol):
    """A desktop session: the center tells it what concerns its user."""

    user_id: int

    def on_event(self, event: Event) -> None: ...


@dataclass(slots=True)
class ContactMeta:
    """What the center knows of a contact beyond routing: who the caller is,
    the public token that lets the caller's page follow it, how it ended."""

    contact_id: str
    channel: Channel
    queue_name: str
    token_hash: str | None = None
    caller_name: str | None = None
    caller_address: str | None = None
    customer_id: int | None = None
    muted: bool = False
    outcome: str | None = None
    closed_at: float | None = None
    changed: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass(frozen=True, slots=True)
class QueueMedia:
    """What a queue's callers hear and choose, beyond routing."""

    hold_music: str = "default"
    announce_every_s: float | None = 30.0
    ivr_menu: tuple[dict[str, str], ...] = ()


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
        },
    )


def activity_of(agent: Agent) -> p.Activity:
    """What the agent is doing, the most demanding open contact first."""
    phases = set(agent.contacts.values())
    if Phase.RINGING in phases:
        return p.Activity.RINGING
    if Phase.CONNECTED in phases:
        return p.Activity.BUSY
    if Phase.WRAP_UP in phases:
        return p.Activity.WRAP_UP
    return p.Activity.IDLE


class Center:
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
        self.stats = StatsFold(self.service_level_s)
        self.contacts: dict[str, ContactMeta] = {}
        self.listeners: dict[int, set[Listener]] = {}
        self.watchers: set[Callable[[Event], None]] = set()
        self.queue_media: dict[int, QueueMedia] = {}
        self.canned_responses: dict[int, tuple[p.CannedResponse, ...]] = {}
        # Each agent's audio link, as the media switchboard last measured it,
        # its estimated MOS, and the link over each call in progress.
        self.link_quality: dict[int, p.LinkQuality] = {}
        self.link_mos: dict[int, float] = {}
        self.call_links: dict[str, CallLink] = {}
        self.health: dict[int, AgentHealth] = {}
        self._background: set[asyncio.Task[None]] = set()
        self.queue_names: dict[str, int] = {}
        self.break_reason_names: dict[int, str] = {}
        # What moved since the wallboard's last update; on_stats_dirty is told
        # of each mark (the wallboard arms its timer on the first).
        self.dirty_agents: set[int] = set()
        self.dirty_queues: set[int] = set()
        self.on_stats_dirty: Callable[[], None] | None = None
        self._health_checks: set[int] = set()
        self._interactions: dict[str, dict[str, Any]] = {}
        self._pending_events: list[Event] = []
        self._dirty: set[str] = set()
        self._writer: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at: float | None = None
        self._stopping = False

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
        await self._close_interrupted_contacts()
        # The owner's short-abandon threshold, so the wallboard and the reports agree.
        self.stats.short_abandon_s = float(
            await self.store.get_setting(SHORT_ABANDON_KEY, self.stats.short_abandon_s)
        )
        # The wallboard's figures are today's: fold today's log back in.
        midnight = time.mktime((*time.localtime(self.clock())[:3], 0, 0, 0, 0, 0, -1))
        for row in await self.store.events_between(midnight, self.clock() + 1):
            self.stats.apply(Event.from_row(row))
        log.info("center started: %d queues, %d agents", len(self.acd.queues), len(self.acd.agents))

    async def _close_interrupted_contacts(self) -> None:
        """Contacts open when the server last stopped: a call's media died with
        the process, so they are closed -- answered if an agent had taken them
        (as the statistics already count them), lost otherwise -- and recorded,
        so that every contact in the log has an end and the figures add up."""
        now = self.clock()
        events = []
        live_chats = {c["contact_id"] for c in await self.store.open_chats()}
        for row in await self.store.open_interactions():
            if row["id"] in live_chats:
                continue  # a chat outlives the process: server/chat.py puts it back in line
            outcome = Outcome.ANSWERED if row.get("answered_at") is not None else Outcome.LOST
            events.append(
                Event(
                    now,
                    EventType.CLOSED,
                    row["id"],
                    row["queue_id"],
                    row["agent_id"],
                    {"outcome": str(outcome), "wait_s": None, "reason": "server_restart"},
                )
            )
            row.update(state="closed", outcome=str(outcome), closed_at=now)
            await self.store.upsert_interaction(row)
        if events:
            await self.store.append_events([e.as_row() for e in events])
            log.warning("closed %d contacts interrupted by the last shutdown", len(events))

    async def stop(self) -> None:
        self._stopping = True
        if self._timer is not None:
            self._timer.cancel()
        await self.flush()
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)

    async def flush(self) -> None:
        """Returns once every event so far is in the store."""
        while self._pending_events or self._dirty or (self._writer and not self._writer.done()):
            if self._writer is None or self._writer.done():
                self._writer = asyncio.create_task(self._write())
            await asyncio.shield(self._writer)

    # --------------------------------------------------------- configuration

    def service_level_s(self, queue_id: int) -> float:
        queue = self.acd.queues.get(queue_id)
        return queue.service_level_s if queue else 20.0

    def _configure_queue(self, row: dict[str, Any], skills: dict[int, int]) -> None:
        try:
            config = queue_config(row, skills)
        except ValueError as exc:
            log.error("queue %s has invalid settings, not routing to it: %s", row["name"], exc)
            return
        self.run(self.acd.configure_queue, config)
        self.mark_queue(config.id)
        self.queue_names = {q.name: q.id for q in self.acd.queues.values()}
        self.queue_media[config.id] = QueueMedia(
            row.get("hold_music") or "default",
            row.get("announce_every_s"),
            tuple(row.get("ivr_menu") or ()),
        )
        self.canned_responses[config.id] = canned_responses(row)

    async def reload_queue(self, queue_id: int) -> None:
        row = await self.store.get_row("queues", queue_id)
        self._configure_queue(row, await self.store.get_queue_skills(queue_id))

    def remove_queue(self, queue_id: int) -> None:
        if queue_id in self.acd.queues:
            self.run(self.acd.remove_queue, queue_id)
        self.queue_media.pop(queue_id, None)
        self.queue_names = {q.name: q.id for q in self.acd.queues.values()}

    async def reload_user(self, user_id: int) -> None:
        row = await self.store.get_row("users", user_id)
        if not row["active"]:
            self.remove_user(user_id)
            return
        config = agent_config(row, await self.store.get_user_skills(user_id))
        self.run(self.acd.configure_agent, config)
        self.mark_agent(user_id)  # a new name or team

    def remove_user(self, user_id: int) -> None:
        agent = self.acd.agents.get(user_id)
        if agent is None:
            return
        if agent.state is not AgentState.OFFLINE or agent.contacts:
            self.run(self.acd.agent_lost, user_id)
        self.run(self.acd.remove_agent, user_id)

    # ------------------------------------------------------------- commands

    def run(self, command: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
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
    ) -> ContactMeta:
        meta = self._register(
            queue_id, channel, contact_id, token_hash, caller_name, caller_address, customer_id
        )
        self.run(self.acd.enqueue, contact_id, queue_id, channel)
        return meta

    def _register(
        self,
        queue_id: int,
        channel: Channel,
        contact_id: str,
        token_hash: str | None,
        caller_name: str | None,
        caller_address: str | None,
        customer_id: int | None,
    ) -> ContactMeta:
        meta = ContactMeta(
            contact_id,
            channel,
            self.acd.queues[queue_id].name,
            token_hash=token_hash,
            caller_name=caller_name,
            caller_address=caller_address,
            customer_id=customer_id,
        )
        self.contacts[contact_id] = meta
        return meta

    # ------------------------------------------------------------------ chat

    def restore_contact(
        self,
        queue_id: int,
        channel: Channel,
        *,
        contact_id: str,
        token_hash: str,
        caller_name: str | None,
        caller_address: str | None,
        customer_id: int | None,
        entered_at: float,
        interaction: dict[str, Any] | None,
    ) -> ContactMeta:
        """A chat still open when the server stopped goes back to the head of
        its queue, its interaction's figures kept."""
        meta = self._register(
            queue_id, channel, contact_id, token_hash, caller_name, caller_address, customer_id
        )
        if interaction is not None:
            self._interactions[contact_id] = dict(interaction)
            entered_at = interaction["entered_at"]
        answered = interaction is not None and interaction.get("answered_at") is not None
        self.run(
            self.acd.restore,
            contact_id,
            queue_id,
            channel,
            entered_at=entered_at,
            answered=answered,
        )
        return meta

    def record_feedback(self, contact_id: str, queue_id: int | None, rating: int) -> None:
        """The customer rated the contact (stored already): into the log and the figures."""
        event = Event(
            self.clock(), EventType.FEEDBACK, contact_id, queue_id, None, {"rating": rating}
        )
        self.stats.apply(event)
        self._pending_events.append(event)
        if queue_id is not None:
            self.mark_queue(queue_id)
        self._kick_writer()

    def phase_of(self, contact_id: str) -> Phase | None:
        contact = self.acd.contacts.get(contact_id)
        return contact.phase if contact else None

    def estimated_wait_s(self, queue_id: int, position: int) -> float | None:
        """Erlang-free estimate a caller can follow: the calls ahead, shared by
        the agents serving the queue, at today's handle time."""
        figures = self.stats.queues.get(queue_id)
        aht = figures.aht_s if figures else None
        serving = sum(
            1
            for agent_id in self.acd.members(queue_id)
            if self.acd.agents[agent_id].state is AgentState.AVAILABLE
        )
        if aht is None or serving == 0:
            return None
        return position * aht / serving

    # -------------------------------------------------------------- listeners

    def listen(self, listener: Listener) -> None:
        self.listeners.setdefault(listener.user_id, set()).add(listener)

    def unlisten(self, listener: Listener) -> None:
        group = self.listeners.get(listener.user_id)
        if group is not None:
            group.discard(listener)
            if not group:
                del self.listeners[listener.user_id]

    # ----------------------------------------------------------------- events

    def _on_event(self, event: Event) -> None:
        self.stats.apply(event)
        self._pending_events.append(event)
        if event.queue_id is not None:
            self.mark_queue(event.queue_id)
        if event.agent_id is not None:
            self.mark_agent(event.agent_id)
            self._check_health_soon(event.agent_id)
        if event.contact_id is not None:
            self._track_interaction(event)
            if event.type in (EventType.ENDED, EventType.CLOSED):
                self._keep_call_link(event.contact_id)
        if event.agent_id is not None:
            for listener in list(self.listeners.get(event.agent_id, ())):
                listener.on_event(event)
        for watcher in list(self.watchers):
            watcher(event)
        self._kick_writer()

    def _kick_writer(self) -> None:
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(self._write())

    def _track_interaction(self, event: Event) -> None:
        cid = event.contact_id
        assert cid is not None
        meta = self.contacts.get(cid)
        row = self._interactions.get(cid)
        if row is None:
            row = self._interactions[cid] = {
                "id": cid,
                "channel": str(meta.channel) if meta else "voice",
                "queue_id": event.queue_id,
                "caller_name": meta.caller_name if meta else None,
                "caller_address": meta.caller_address if meta else None,
                "customer_id": meta.customer_id if meta else None,
                "entered_at": event.at - float(event.data.get("waited_s", 0.0)),
                "wait_s": 0.0,
                "ring_s": 0.0,
                "talk_s": 0.0,
                "hold_s": 0.0,
                "wrap_s": 0.0,
            }
        data, t = event.data, event.type
        row["queue_id"] = event.queue_id
        if t is EventType.OFFERED:
            row.setdefault("offered_at", event.at)
            row["agent_id"] = event.agent_id
        elif t is EventType.ANSWERED:
            row.update(answered_at=event.at, agent_id=event.agent_id, wait_s=data["wait_s"])
            row["ring_s"] += data["ring_s"]
        elif t is EventType.ENDED:
            row["ended_at"] = event.at
            row["talk_s"] += data["talk_s"]
            row["hold_s"] += data["hold_s"]
        elif t is EventType.WRAPUP_ENDED:
            row["wrap_s"] += data["wrap_s"]
        elif t is EventType.CLOSED:
            row.update(outcome=data["outcome"], closed_at=event.at)
            if data.get("wait_s") is not None and row.get("answered_at") is None:
                row["wait_s"] = data["wait_s"]
        phase = self.phase_of(cid)
        row["state"] = "closed" if t is EventType.CLOSED or phase is None else str(phase)
        self._dirty.add(cid)
        if meta is not None:
            if t is EventType.CLOSED:
                meta.outcome, meta.closed_at = data["outcome"], event.at
            meta.changed.set()
            meta.changed = asyncio.Event()

    def annotate(self, contact_id: str, **values: Any) -> None:
        """Adds facts the ACD does not know (a recording's path) to a contact's
        interaction, in order with the rest of its writes."""
        row = self._interactions.get(contact_id)
        if row is not None:
            row.update(values)
            self._dirty.add(contact_id)
            self._kick_writer()
        else:  # already written as closed: a direct update
            self._background.add(
                task := asyncio.get_running_loop().create_task(
                    self.store.upsert_interaction({"id": contact_id, **values})
                )
            )
            task.add_done_callback(self._background.discard)

    async def _write(self) -> None:
        """Writes pending events and interaction changes, in order, in batches:
        one transaction carries whatever accumulated while the last one ran."""
        while self._pending_events or self._dirty:
            events, self._pending_events = self._pending_events, []
            dirty, self._dirty = self._dirty, set()
            rows = [dict(self._interactions[cid]) for cid in dirty]
            try:
                if events:
                    await self.store.append_events([e.as_row() for e in events])
                if rows:
                    await self.store.upsert_interactions(rows)
            except Exception:
                # Keep everything and try again: a locked or restarting
                # database must not cost a statistic.
                log.exception("writing %d events failed; retrying", len(events))
                self._pending_events[:0] = events
                self._dirty |= dirty
                await asyncio.sleep(0.5)
                continue
            for row in rows:
                if row["state"] == "closed":
                    self._interactions.pop(row["id"], None)
        self._forget_old_contacts()

    def _forget_old_contacts(self) -> None:
        horizon = self.clock() - CLOSED_CONTACT_MEMORY_S
        for cid in [c for c, m in self.contacts.items() if m.closed_at and m.closed_at < horizon]:
            del self.contacts[cid]

    # --------------------------------------------------------------- desktop

    async def reload_break_reasons(self) -> None:
        rows = await self.store.list_rows("break_reasons")
        self.break_reason_names = {r["id"]: r["name"] for r in rows if r["active"]}

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
                    display_name=q.name,
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
                for s in self.settings.ice_servers
            ),
            heartbeat_s=self.settings.heartbeat_s,
        )

    async def record_wrap_up(self, agent_id: int, done: p.WrapupComplete) -> None:
        """Saves the disposition, notes and customer edits on the interaction,
        then ends wrap-up. Accepted after the wrap-up timer ran out too: the
        operator's notes are never thrown away."""
        if done.disposition_id is not None:
            await self.store.get_row("dispositions", done.disposition_id)  # NotFound
        contact = self.acd.contacts.get(done.contact_id)
        row = self._interactions.get(done.contact_id)
        if row is None:
            try:
                row = await self.store.get_interaction(done.contact_id)
            except NotFound:
                row = None
        if row is None or row.get("agent_id") != agent_id:
            raise AcdError("not_in_wrap_up", "this contact was not yours")
        if done.customer is not None:
            # A partial edit: fields left out stay as they are.
            values = done.customer.model_dump(mode="json", exclude_none=True)
            if row.get("customer_id"):
                await self.store.update_row("customers", row["customer_id"], values)
            else:
                values.setdefault("name", row.get("caller_name") or "Unknown caller")
                row["customer_id"] = (await self.store.insert_row("customers", values))["id"]
        row.update(disposition_id=done.disposition_id, notes=done.notes)
        if contact is not None and contact.phase is Phase.WRAP_UP:
            self.run(self.acd.complete_wrap_up, done.contact_id, agent_id)
        if done.contact_id in self._interactions:
            self._dirty.add(done.contact_id)
            self._kick_writer()
        else:
            await self.store.upsert_interaction(row)

    # ------------------------------------------------------------- wallboard

    def mark_agent(self, agent_id: int) -> None:
        """The agent's figures changed, and so may the counts of their queues."""
        self.dirty_agents.add(agent_id)
        self.dirty_queues.update(self.acd.queues_of(agent_id))
        if self.on_stats_dirty is not None:
            self.on_stats_dirty()

    def mark_queue(self, queue_id: int) -> None:
        self.dirty_queues.add(queue_id)
        if self.on_stats_dirty is not None:
            self.on_stats_dirty()

    def take_dirty(self) -> tuple[set[int], set[int]]:
        """The agents and queues marked since the last call, forgetting them."""
        agents, queues = self.dirty_agents, self.dirty_queues
        self.dirty_agents, self.dirty_queues = set(), set()
        return agents, queues

    def queue_stats(self, queue_id: int, now: float) -> p.QueueStats:
        queue = self.acd.queues[queue_id]
        f = self.stats.queue(queue_id)
        available = busy = wrap_up = on_break = 0
        for agent_id in self.acd.members(queue_id):
            agent = self.acd.agents[agent_id]
            activity = activity_of(agent)
            if activity in (p.Activity.RINGING, p.Activity.BUSY):
                busy += 1
            elif activity is p.Activity.WRAP_UP:
                wrap_up += 1
            elif agent.state is AgentState.AVAILABLE:
                available += 1
            elif agent.state is AgentState.BREAK:
                on_break += 1
        return p.QueueStats(
            queue_id=queue_id,
            name=queue.name,
            waiting=self.acd.waiting_count(queue_id),
            longest_wait_s=f.longest_wait_s(now),
            offered=f.offered,
            answered=f.answered,
            abandoned=f.abandoned,
            asa_s=f.asa_s or 0.0,
            aht_s=f.aht_s or 0.0,
            service_level=f.service_level,
            service_level_threshold_s=queue.service_level_s,
            agents_available=available,
            agents_busy=busy,
            agents_wrap_up=wrap_up,
            agents_break=on_break,
            csat=f.csat,
        )

    def agent_stats(self, agent_id: int, now: float) -> p.AgentStats:
        agent = self.acd.agents[agent_id]
        a = self.stats.agent(agent_id)
        on_break = a.break_s + (now - a.state_since if a.state == "break" else 0.0)
        health = self.health.get(agent_id) or AgentHealth()
        silent_since = health.mic_silent_since
        return p.AgentStats(
            agent_id=agent_id,
            name=agent.config.name or str(agent_id),
            team_id=agent.config.team_id,
            state=p.AgentState(agent.state.value),
            activity=activity_of(agent),
            since=agent.since,
            reason=agent.system_reason or self.break_reason_names.get(agent.reason_id or -1),
            contact_id=next(iter(agent.contacts), None),
            handled=a.handled,
            aht_s=a.aht_s or 0.0,
            occupancy=a.occupancy(now),
            break_s=max(0.0, on_break),
            link=self.link_quality.get(agent_id),
            mos=self.link_mos.get(agent_id),
            mic_silent_s=None if silent_since is None else max(0.0, now - silent_since),
            last_heartbeat_at=health.last_heartbeat_at,
            hand_raised=health.hand_raised,
        )

    def stats_snapshot(
        self, sees_team: Callable[[int | None], bool] | None = None
    ) -> p.StatsSnapshot:
        """Every queue, and the agents of the teams ``sees_team`` accepts (all by default)."""
        now = self.clock()
        return p.StatsSnapshot(
            at=now,
            queues=tuple(self.queue_stats(q, now) for q in self.acd.queues),
            agents=tuple(
                self.agent_stats(agent.id, now)
                for agent in self.acd.agents.values()
                if sees_team is None or sees_team(agent.config.team_id)
            ),
        )

    # ----------------------------------------------------------- agent health

    def _health(self, agent_id: int) -> AgentHealth:
        health = self.health.get(agent_id)
        if health is None:
            health = self.health[agent_id] = AgentHealth()
        return health

    def _talking(self, agent_id: int) -> bool:
        """In a voice call, not on hold: when the microphone should hear the agent."""
        agent = self.acd.agents.get(agent_id)
        if agent is None:
            return False
        for contact_id, phase in agent.contacts.items():
            contact = self.acd.contacts.get(contact_id)
            if (
                phase is Phase.CONNECTED
                and contact is not None
                and contact.channel is Channel.VOICE
                and contact.held_since is None
            ):
                return True
        return False

    def in_conversation(self, agent_id: int) -> bool:
        agent = self.acd.agents.get(agent_id)
        return agent is not None and any(
            phase is Phase.CONNECTED for phase in agent.contacts.values()
        )

    def heard_from(self, agent_id: int) -> None:
        """The agent's desktop sent something: it is alive (shown on the next refresh)."""
        self._health(agent_id).last_heartbeat_at = self.clock()

    def mic_level(self, agent_id: int, level_db: float | None) -> None:
        """The desktop's microphone level report (every few seconds)."""
        self._health(agent_id).mic_level_db = level_db
        self._check_health(agent_id)

    def raise_hand(self, agent_id: int, raised: bool) -> None:
        if raised and not self.in_conversation(agent_id):
            raise AcdError("not_in_call", "raise your hand during a call")
        health = self._health(agent_id)
        if health.hand_raised != raised:
            health.hand_raised = raised
            self.mark_agent(agent_id)

    def _check_health_soon(self, agent_id: int) -> None:
        """Once the ACD command that emitted the event is over: an event may
        come before the change it announces (a transfer lets go after)."""
        if agent_id in self.health and agent_id not in self._health_checks:
            self._health_checks.add(agent_id)
            asyncio.get_running_loop().call_soon(self._deferred_health_check, agent_id)

    def _deferred_health_check(self, agent_id: int) -> None:
        self._health_checks.discard(agent_id)
        self._check_health(agent_id)

    def _check_health(self, agent_id: int) -> None:
        """Starts or stops the microphone's silence clock, and lowers a raised
        hand once the conversation is over."""
        health = self.health.get(agent_id)
        if health is None:
            return
        changed = False
        if health.hand_raised and not self.in_conversation(agent_id):
            health.hand_raised = False
            changed = True
        silent = self._talking(agent_id) and (
            self._muted(agent_id)
            or (health.mic_level_db is not None and health.mic_level_db < MIC_SILENT_DBFS)
        )
        if silent and health.mic_silent_since is None:
            health.mic_silent_since = self.clock()
            changed = True
        elif not silent and health.mic_silent_since is not None:
            health.mic_silent_since = None
            changed = True
        if changed:
            self.mark_agent(agent_id)

    def _muted(self, agent_id: int) -> bool:
        agent = self.acd.agents.get(agent_id)
        if agent is None:
            return False
        return any((m := self.contacts.get(c)) is not None and m.muted for c in agent.contacts)

    def mute_changed(self, agent_id: int) -> None:
        """A muted microphone is silent to the customer: its clock starts now."""
        self._health(agent_id)
        self._check_health(agent_id)

    def update_link(self, agent_id: int, quality: p.LinkQuality | None) -> None:
        """The media plane's latest figures for the agent's link (None: it is gone)."""
        if quality is None:
            changed = self.link_quality.pop(agent_id, None) is not None
            self.link_mos.pop(agent_id, None)
        else:
            loss = max(quality.loss_pct, quality.remote_loss_pct or 0.0)
            mos = estimate_mos(loss, quality.jitter_ms, quality.rtt_ms)
            changed = self.link_quality.get(agent_id) != quality
            self.link_quality[agent_id] = quality
            self.link_mos[agent_id] = mos
            agent = self.acd.agents.get(agent_id)
            for contact_id, phase in agent.contacts.items() if agent else ():
                if phase is Phase.CONNECTED:
                    self.call_links.setdefault(contact_id, CallLink()).add(quality, mos)
        if changed:
            self.mark_agent(agent_id)

    def _keep_call_link(self, contact_id: str) -> None:
        """The call is over: its link figures go onto its interaction."""
        link = self.call_links.pop(contact_id, None)
        if link is not None and link.samples:
            self.annotate(contact_id, data={"link": link.figures()})

    # ---------------------------------------------------------------- helpers

    def require_agent(self, user_id: int) -> None:
        if user_id not in self.acd.agents:
            raise AcdError("not_an_agent", "this account cannot take contacts (inactive?)")
