"""An agent whose home link cannot carry a call: held back on the system's
break, their call back at the head of the line, and the offers they were
spared counted in the figures."""

from __future__ import annotations

from callnest.server.acd import AgentState, EventType, Phase, StatsFold, Strategy
from callnest.server.acd.events import HOME_CONNECTION

from .harness import AcdHarness


def test_an_agent_held_back_gets_no_offer_and_their_ringing_one_goes_to_a_colleague(
    harness: AcdHarness,
) -> None:
    harness.queue(1, ring_timeout_s=20)
    harness.agent(1)
    harness.call("c1")
    assert harness.ringing() == {"c1": [1]}
    harness.acd.hold_back(1, HOME_CONNECTION)
    assert harness.agent_states(1)[-1] == ("break", HOME_CONNECTION)
    assert harness.last(EventType.OFFER_WITHDRAWN).data["reason"] == "requeued"
    assert harness.acd.contacts["c1"].head_of_line
    harness.agent(2)
    assert harness.ringing() == {"c1": [2]}
    harness.check()


def test_an_offline_agent_asking_to_be_available_can_be_held_back(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1, state=None)
    harness.acd.hold_back(1, HOME_CONNECTION)
    assert harness.agent_states(1) == [("break", HOME_CONNECTION)]
    harness.acd.hold_back(1, HOME_CONNECTION)  # held already: nothing new
    assert len(harness.agent_states(1)) == 1
    harness.call("c1")
    assert harness.ringing() == {}
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.ringing() == {"c1": [1]}
    harness.check()


def test_calls_lost_puts_the_agents_call_back_first_in_line_keeping_its_wait(
    harness: AcdHarness,
) -> None:
    harness.queue(1, ring_timeout_s=20)
    harness.agent(1)
    harness.call("c1")
    harness.answer(1)
    harness.advance(3)
    harness.call("c2")  # waits: agent 1 is in a call
    harness.acd.hold_back(1, HOME_CONNECTION)
    assert harness.acd.calls_lost(1) == ["c1"]
    assert harness.last(EventType.REQUEUED, "c1").data == {"phase": "link_lost"}
    c1 = harness.acd.contacts["c1"]
    assert (c1.phase, c1.agent_id, c1.entered_at) == (Phase.QUEUED, None, 1000.0)
    assert harness.acd.position("c1") == 1 and harness.acd.position("c2") == 2
    assert harness.acd.agents[1].contacts == {}
    assert harness.acd.calls_lost(1) == []
    harness.check()


def test_each_contact_offered_meanwhile_counts_once_for_each_held_back_member(
    harness: AcdHarness,
) -> None:
    harness.queue(1, strategy=Strategy.RING_ALL, skills={1: 1})
    harness.queue(2, skills={2: 1})
    for agent_id in (1, 2, 3):
        harness.agent(agent_id, skills={1: 5})
    harness.agent(4, skills={2: 5})  # not in queue 1: nothing avoided for them
    harness.acd.hold_back(1, HOME_CONNECTION)
    harness.acd.hold_back(4, HOME_CONNECTION)
    harness.call("c1")
    assert harness.ringing() == {"c1": [2, 3]}
    offered = harness.of_type(EventType.OFFERED, "c1")
    assert [e.data["passed_over"] for e in offered] == [(1,), ()]

    fold = StatsFold(lambda queue_id: 20.0)
    for event in harness.events:
        fold.apply(event)
    harness.advance(30)
    assert fold.agent(1).offers_avoided == 1
    assert fold.agent(4).offers_avoided == 0
    assert fold.agent(1).network_until(harness.now) == 30.0
    harness.acd.set_agent_state(1, AgentState.BREAK, reason_id=9)  # a break of their own
    fold.apply(harness.events[-1])
    harness.advance(30)
    assert fold.agent(1).network_until(harness.now) == 30.0
