"""Today's live figures: each queue's and each agent's, as the wallboard,
the metrics and a waiting caller's estimate read them.

Why it exists: the figures are folded from the ACD's events as they happen
(the same fold the reports use, so the two never disagree), then joined with
what the ACD and the health monitor know now (who is free, on a break, in a
call, silent). It also marks what changed since the wallboard's last update,
so the wallboard sends only that.
"""

from __future__ import annotations

from collections.abc import Callable

from callnest import protocol as p
from callnest.server.acd import Acd, Agent, AgentState, Event, Phase, StatsFold
from callnest.server.acd.events import Offered
from callnest.server.health import HealthMonitor

DEFAULT_SERVICE_LEVEL_S = 20.0  # for a queue removed since its contacts were counted


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


class LiveFigures:
    def __init__(
        self,
        acd: Acd,
        health: HealthMonitor,
        clock: Callable[[], float],
        break_reason: Callable[[Agent], str | None],
    ) -> None:
        self._acd = acd
        self._health = health
        self._clock = clock
        self._break_reason = break_reason
        self.stats = StatsFold(self.service_level_s)
        # What moved since the wallboard's last update; on_stats_dirty is told
        # of each mark (the wallboard arms its timer on the first).
        self.dirty_agents: set[int] = set()
        self.dirty_queues: set[int] = set()
        self.on_stats_dirty: Callable[[], None] | None = None

    def service_level_s(self, queue_id: int) -> float:
        queue = self._acd.queues.get(queue_id)
        return queue.service_level_s if queue else DEFAULT_SERVICE_LEVEL_S

    def on_event(self, event: Event) -> None:
        """An ACD event (or the center's own, a rating): into the figures, and marked."""
        self.stats.apply(event)
        if event.queue_id is not None:
            self.mark_queue(event.queue_id)
        if event.agent_id is not None:
            self.mark_agent(event.agent_id)
        if isinstance(event, Offered):
            for held in event.passed_over:  # their offers avoided moved
                self.mark_agent(held)

    def set_short_abandon_s(self, seconds: float) -> None:
        """A new short-abandon threshold: every queue's figures change."""
        self.stats.set_short_abandon_s(seconds)
        for queue_id in self._acd.queues:
            self.mark_queue(queue_id)

    # ----------------------------------------------------------- dirty marks

    def mark_agent(self, agent_id: int) -> None:
        """The agent's figures changed, and so may the counts of their queues."""
        self.dirty_agents.add(agent_id)
        self.dirty_queues.update(self._acd.queues_of(agent_id))
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

    # --------------------------------------------------------------- figures

    def queue_stats(self, queue_id: int, now: float) -> p.QueueStats:
        queue = self._acd.queues[queue_id]
        f = self.stats.queue(queue_id)
        available = busy = wrap_up = on_break = 0
        for agent_id in self._acd.members(queue_id):
            agent = self._acd.agents[agent_id]
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
            waiting=self._acd.waiting_count(queue_id),
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
            callbacks=f.callbacks,
            callbacks_connected=f.callbacks_connected,
            callback_asa_s=f.callback_asa_s,
        )

    def agent_stats(self, agent_id: int, now: float) -> p.AgentStats:
        agent = self._acd.agents[agent_id]
        a = self.stats.agent(agent_id)
        on_break = a.break_s + (now - a.state_since if a.state == "break" else 0.0)
        health = self._health.of(agent_id)
        silent_since = health.mic_silent_since
        return p.AgentStats(
            agent_id=agent_id,
            name=agent.config.name or str(agent_id),
            team_id=agent.config.team_id,
            state=p.AgentState(agent.state.value),
            activity=activity_of(agent),
            since=agent.since,
            reason=self._break_reason(agent),
            contact_id=next(iter(agent.contacts), None),
            handled=a.handled,
            aht_s=a.aht_s or 0.0,
            occupancy=a.occupancy(now),
            break_s=max(0.0, on_break),
            link=self._health.link_quality.get(agent_id),
            mos=self._health.link_mos.get(agent_id),
            mic_silent_s=None if silent_since is None else max(0.0, now - silent_since),
            last_heartbeat_at=health.last_heartbeat_at,
            hand_raised=health.hand_raised,
            verdict=self._health.links.verdict(agent_id),
            network_s=max(0.0, a.network_until(now)),
            offers_avoided=a.offers_avoided,
        )

    def stats_update(self, queue_ids: set[int], agent_ids: set[int]) -> p.StatsUpdate:
        """The figures of the queues and agents given that still exist, in id order."""
        now = self._clock()
        return p.StatsUpdate(
            at=now,
            queues=tuple(
                self.queue_stats(q, now) for q in sorted(queue_ids) if q in self._acd.queues
            ),
            agents=tuple(
                self.agent_stats(a, now) for a in sorted(agent_ids) if a in self._acd.agents
            ),
        )

    def stats_snapshot(
        self, sees_team: Callable[[int | None], bool] | None = None
    ) -> p.StatsSnapshot:
        """Every queue, and the agents of the teams ``sees_team`` accepts (all by default)."""
        now = self._clock()
        return p.StatsSnapshot(
            at=now,
            queues=tuple(self.queue_stats(q, now) for q in self._acd.queues),
            agents=tuple(
                self.agent_stats(agent.id, now)
                for agent in self._acd.agents.values()
                if sees_team is None or sees_team(agent.config.team_id)
            ),
        )

    def estimated_wait_s(self, queue_id: int, position: int) -> float | None:
        """Erlang-free estimate a caller can follow: the calls ahead, shared by
        the agents serving the queue, at today's handle time."""
        figures = self.stats.queues.get(queue_id)
        aht = figures.aht_s if figures else None
        serving = sum(
            1
            for agent_id in self._acd.members(queue_id)
            if self._acd.agents[agent_id].state is AgentState.AVAILABLE
        )
        if aht is None or serving == 0:
            return None
        return position * aht / serving
