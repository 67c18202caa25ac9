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
    )


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
        # Each agent's audio link, as the media switchboard last measured it.
        self.link_quality: dict[int, p.LinkQuality] = {}
        self._background: set[asyncio.Task[None]] = set()
        self.queue_names: dict[str, int] = {}
        self.break_reason_names: dict[int, str] = {}
        self.stats_changed = True  # since the last push to supervisors
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
        for row in await self.store.open_interactions():
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
        self.queue_names = {q.name: q.id for q in self.acd.queues.values()}
        self.queue_media[config.id] = QueueMedia(
            row.get("hold_music") or "default",
            row.get("announce_every_s"),
            tuple(row.get("ivr_menu") or ()),
        )

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
        queue = self.acd.queues[queue_id]
        meta = ContactMeta(
            contact_id,
            channel,
            queue.name,
            token_hash=token_hash,
            caller_name=caller_name,
            caller_address=caller_address,
            customer_id=customer_id,
        )
        self.contacts[contact_id] = meta
        self.run(self.acd.enqueue, contact_id, queue_id, channel)
        return meta

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
        self.stats_changed = True
        self._pending_events.append(event)
        if event.contact_id is not None:
            self._track_interaction(event)
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
                p.QueueInfo(id=q.id, name=q.name, display_name=q.name)
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

    def stats_snapshot(self) -> p.StatsSnapshot:
        now = self.clock()
        queues = []
        for queue in self.acd.queues.values():
            f = self.stats.queue(queue.id)
            counts = {"available": 0, "busy": 0, "wrap_up": 0, "break": 0}
            for agent_id in self.acd.members(queue.id):
                agent = self.acd.agents[agent_id]
                activity = activity_of(agent)
                if activity in (p.Activity.RINGING, p.Activity.BUSY):
                    counts["busy"] += 1
                elif activity is p.Activity.WRAP_UP:
                    counts["wrap_up"] += 1
                elif agent.state is AgentState.AVAILABLE:
                    counts["available"] += 1
                elif agent.state is AgentState.BREAK:
                    counts["break"] += 1
            queues.append(
                p.QueueStats(
                    queue_id=queue.id,
                    name=queue.name,
                    waiting=self.acd.waiting_count(queue.id),
                    longest_wait_s=f.longest_wait_s(now),
                    offered=f.offered,
                    answered=f.answered,
                    abandoned=f.abandoned,
                    asa_s=f.asa_s or 0.0,
                    aht_s=f.aht_s or 0.0,
                    service_level=f.service_level,
                    service_level_threshold_s=queue.service_level_s,
                    agents_available=counts["available"],
                    agents_busy=counts["busy"],
                    agents_wrap_up=counts["wrap_up"],
                    agents_break=counts["break"],
                )
            )
        agents = []
        for agent in self.acd.agents.values():
            a = self.stats.agent(agent.id)
            activity = activity_of(agent)
            on_break = a.break_s + (now - a.state_since if a.state == "break" else 0.0)
            agents.append(
                p.AgentStats(
                    agent_id=agent.id,
                    name=agent.config.name or str(agent.id),
                    team_id=agent.config.team_id,
                    state=p.AgentState(agent.state.value),
                    activity=activity,
                    since=agent.since,
                    reason=agent.system_reason
                    or self.break_reason_names.get(agent.reason_id or -1),
                    contact_id=next(iter(agent.contacts), None),
                    handled=a.handled,
                    aht_s=a.aht_s or 0.0,
                    occupancy=a.occupancy(now),
                    break_s=on_break,
                    link=self.link_quality.get(agent.id),
                )
            )
        return p.StatsSnapshot(at=now, queues=tuple(queues), agents=tuple(agents))

    # ---------------------------------------------------------------- helpers

    def require_agent(self, user_id: int) -> None:
        if user_id not in self.acd.agents:
            raise AcdError("not_an_agent", "this account cannot take contacts (inactive?)")
