"""The live figures: the ACD's events folded and marked for the wallboard, the
figures of what still exists, and a waiting caller's estimate."""

from __future__ import annotations

from callnest import protocol as p
from callnest.server.acd import Acd, Agent, AgentConfig, AgentState, Event, QueueConfig
from callnest.server.acd.events import Ended, WrapUpEnded
from callnest.server.figures import LiveFigures
from callnest.server.health import HealthMonitor
from unit.server.acd.harness import FakeClock


class World:
    """Queues 1 and 2; agent 7 serves both, agent 8 only queue 1."""

    def __init__(self) -> None:
        self.clock = FakeClock(1_000.0)
        self.acd = Acd(self.clock, self._emit)
        health = HealthMonitor(
            self.acd,
            {},
            self.clock,
            changed=lambda agent_id: None,
            annotate=lambda contact_id, **values: None,
            judged=lambda agent_id, verdict: None,
        )
        self.figures = LiveFigures(self.acd, health, self.clock, self._break_reason)
        self.acd.configure_queue(QueueConfig(id=1, name="sales"))
        self.acd.configure_queue(QueueConfig(id=2, name="support"))
        self.acd.configure_agent(AgentConfig(id=7, name="Ann", queues=frozenset({1, 2})))
        self.acd.configure_agent(AgentConfig(id=8, name="Bob", queues=frozenset({1})))
        self.marks = 0
        self.figures.on_stats_dirty = self._marked
        self.figures.take_dirty()

    def _emit(self, event: Event) -> None:
        self.figures.on_event(event)

    def _marked(self) -> None:
        self.marks += 1

    @staticmethod
    def _break_reason(agent: Agent) -> str | None:
        return {4: "Lunch"}.get(agent.reason_id or -1)


def test_an_agents_change_marks_the_queues_it_serves() -> None:
    w = World()
    w.figures.mark_agent(7)
    assert w.figures.take_dirty() == ({7}, {1, 2})
    assert w.figures.take_dirty() == (set(), set())
    assert w.marks == 1


def test_events_are_folded_and_marked() -> None:
    w = World()
    w.acd.set_agent_state(8, AgentState.BREAK, 4)
    w.acd.enqueue("c1", 2)
    assert w.figures.stats.queues[2].offered == 1
    assert w.figures.take_dirty() == ({8}, {1, 2})
    assert w.figures.agent_stats(8, w.clock()).reason == "Lunch"


def test_an_update_leaves_out_what_was_removed_meanwhile() -> None:
    w = World()
    w.acd.remove_queue(2)
    w.acd.remove_agent(8)
    update = w.figures.stats_update({1, 2}, {7, 8})
    assert update.at == 1_000.0
    assert [q.queue_id for q in update.queues] == [1]
    assert [a.agent_id for a in update.agents] == [7]


def test_a_new_short_abandon_threshold_marks_every_queue() -> None:
    w = World()
    w.figures.set_short_abandon_s(10.0)
    assert w.figures.stats.short_abandon_s == 10.0
    assert w.figures.take_dirty() == (set(), {1, 2})


def test_a_callers_wait_is_the_line_shared_by_the_available_agents() -> None:
    w = World()
    assert w.figures.estimated_wait_s(1, 3) is None  # no handle time yet
    w.figures.on_event(Ended(1.0, "old", 1, 7, talk_s=100.0, hold_s=0.0, reason="agent_hangup"))
    w.figures.on_event(WrapUpEnded(2.0, "old", 1, 7, wrap_s=20.0, reason="agent"))
    assert w.figures.estimated_wait_s(1, 3) is None  # nobody available
    w.acd.set_agent_state(7, AgentState.AVAILABLE)
    w.acd.set_agent_state(8, AgentState.AVAILABLE)
    assert w.figures.estimated_wait_s(1, 3) == 3 * 120.0 / 2


def test_a_snapshot_shows_the_teams_asked_for() -> None:
    w = World()
    snapshot = w.figures.stats_snapshot(lambda team_id: False)
    assert [q.name for q in snapshot.queues] == ["sales", "support"]
    assert snapshot.agents == ()
    ann, bob = w.figures.stats_snapshot().agents
    assert (ann.name, ann.state, ann.activity) == ("Ann", p.AgentState.OFFLINE, p.Activity.IDLE)
    assert bob.name == "Bob"
