"""Ring timeout, missed offers, autopause and declines."""

from __future__ import annotations

from callnest.server.acd import AgentState, EventType, Strategy

from .harness import AcdHarness


def test_ring_timeout_offers_the_next_agent_and_pauses_the_missed_one() -> None:
    harness = AcdHarness(no_answer_pause_s=5.0)
    harness.queue(1, ring_timeout_s=20, autopause_misses=0)
    harness.agent(1)
    harness.advance(1)
    harness.agent(2)
    harness.advance(1)
    harness.agent(3)
    mark = harness.mark()
    harness.call("c1")
    assert harness.ringing() == {"c1": [1]}
    harness.advance(19.99)
    assert harness.ringing() == {"c1": [1]}
    harness.advance(0.01)
    assert harness.ringing() == {"c1": [2]}
    assert harness.trail("c1", mark) == [
        ("contact.entered", None),
        ("contact.offered", 1),
        ("contact.offer_missed", 1),
        ("contact.offered", 2),
    ]
    assert harness.last(EventType.OFFER_MISSED, "c1").at == 1022.0
    harness.answer(2)
    # agent 1 is paused for 5 s: a new call goes to agent 3
    harness.call("c2")
    assert harness.ringing() == {"c2": [3]}
    harness.answer(3)
    harness.call("c3")
    assert harness.ringing() == {}
    harness.advance(4.9)
    assert harness.ringing() == {}
    harness.advance(0.1)  # 1027: pause over
    assert harness.ringing() == {"c3": [1]}
    assert harness.acd.agents[1].state is AgentState.AVAILABLE
    harness.check()


def test_missed_agent_goes_to_the_back_of_the_idle_line() -> None:
    harness = AcdHarness(no_answer_pause_s=5.0)
    harness.queue(1, autopause_misses=0, wrap_up_s=0)
    harness.agent(1)  # idle since 1000, the longest
    harness.agent(2)
    harness.agent(3)
    harness.call("c1")
    harness.advance(20)  # agent 1 misses; rings agent 2
    harness.answer(2)
    harness.acd.hang_up("c1")  # agent 2 idle again since 1020
    harness.advance(10)  # agent 1's pause is over (idle since its miss, 1020)
    harness.call("c2")
    assert harness.ringing() == {"c2": [3]}  # idle since 1000


def test_autopause_after_n_misses_in_a_row() -> None:
    harness = AcdHarness(no_answer_pause_s=5.0)
    harness.queue(1, ring_timeout_s=10, autopause_misses=2)
    harness.agent(1)
    harness.call("c1")
    harness.advance(10)  # miss 1: contact waits, the only agent is paused 5 s
    assert harness.ringing() == {}
    assert harness.acd.agents[1].missed_in_a_row == 1
    assert harness.acd.agents[1].state is AgentState.AVAILABLE
    harness.advance(5)
    assert harness.ringing() == {"c1": [1]}
    harness.advance(10)  # miss 2
    agent = harness.acd.agents[1]
    assert agent.state is AgentState.BREAK
    assert agent.system_reason == "missed_offers"
    assert harness.agent_states(1)[-1] == ("break", "missed_offers")
    harness.advance(60)
    assert harness.ringing() == {}  # on break: nothing offered
    assert harness.acd.position("c1") == 1
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.acd.agents[1].missed_in_a_row == 0
    assert harness.acd.agents[1].system_reason is None
    assert harness.ringing() == {"c1": [1]}
    harness.check()


def test_answering_resets_the_miss_count() -> None:
    harness = AcdHarness(no_answer_pause_s=1.0)
    harness.queue(1, ring_timeout_s=10, autopause_misses=2, wrap_up_s=0)
    harness.agent(1)
    harness.call("c1")
    harness.advance(10)  # miss 1
    harness.advance(1)
    harness.answer(1)
    assert harness.acd.agents[1].missed_in_a_row == 0
    harness.acd.hang_up("c1")
    harness.call("c2")
    harness.advance(10)  # miss 1 again, not 2
    assert harness.agent_states(1)[-1] == ("available", None)
    harness.advance(1)
    harness.advance(10)  # miss 2 in a row
    assert harness.agent_states(1)[-1] == ("break", "missed_offers")


def test_autopause_disabled_with_zero() -> None:
    harness = AcdHarness(no_answer_pause_s=1.0)
    harness.queue(1, ring_timeout_s=5, autopause_misses=0)
    harness.agent(1)
    harness.call("c1")
    for _ in range(10):
        harness.advance(6)
    assert harness.acd.agents[1].missed_in_a_row == 10
    assert harness.acd.agents[1].state is AgentState.AVAILABLE


def test_decline_offers_the_next_agent_without_autopause() -> None:
    harness = AcdHarness(decline_pause_s=2.0)
    harness.queue(1, autopause_misses=1)
    harness.agent(1)
    harness.agent(2)
    harness.call("c1")
    mark = harness.mark()
    offer = harness.offer_to(1)
    harness.acd.decline(offer.id, 1)
    assert harness.ringing() == {"c1": [2]}
    assert harness.trail("c1", mark) == [
        ("contact.offer_declined", 1),
        ("contact.offered", 2),
    ]
    agent = harness.acd.agents[1]
    assert agent.state is AgentState.AVAILABLE
    assert agent.missed_in_a_row == 0
    # a short pause after declining
    harness.call("c2")
    assert harness.ringing() == {"c1": [2]}
    harness.advance(2)
    assert harness.ringing() == {"c1": [2], "c2": [1]}
    harness.check()


def test_declined_by_everyone_waits_then_goes_to_whoever_is_free_first() -> None:
    harness = AcdHarness(decline_pause_s=3.0)
    harness.queue(1)
    harness.agent(1)
    harness.call("c1")
    harness.acd.decline(harness.offer_to(1).id, 1)
    assert harness.ringing() == {}
    assert harness.acd.position("c1") == 1
    harness.advance(3)
    assert harness.ringing() == {"c1": [1]}


def test_ring_all_timeout_misses_every_agent_then_rings_again() -> None:
    harness = AcdHarness(no_answer_pause_s=5.0, decline_pause_s=2.0)
    harness.queue(1, strategy=Strategy.RING_ALL, ring_timeout_s=10, autopause_misses=0)
    harness.agent(1)
    harness.agent(2)
    harness.agent(3)
    harness.call("c1")
    harness.acd.decline(harness.offer_to(1).id, 1)
    assert harness.ringing() == {"c1": [2, 3]}  # still ringing the others
    harness.advance(10)
    assert sorted(e.agent_id or 0 for e in harness.of_type(EventType.OFFER_MISSED)) == [2, 3]
    # agent 1's decline pause is long over: the returning contact rings it alone
    assert harness.ringing() == {"c1": [1]}
    harness.acd.decline(harness.offer_to(1).id, 1)
    assert harness.ringing() == {}  # everyone pausing
    harness.advance(2)  # 1012: agent 1 back
    assert harness.ringing() == {"c1": [1]}
    harness.advance(3)  # 1015: agents 2 and 3 back, c1 is not re-offered while ringing
    assert harness.ringing() == {"c1": [1]}
    harness.acd.decline(harness.offer_to(1).id, 1)
    assert harness.ringing() == {"c1": [2, 3]}
    harness.check()


def test_autopause_hands_the_agents_other_ringing_chats_to_someone_present() -> None:
    harness = AcdHarness(no_answer_pause_s=5.0)
    harness.queue(1, ring_timeout_s=10, autopause_misses=1)
    harness.agent(1)
    harness.chat("c1")
    harness.advance(5)
    harness.chat("c2")
    assert harness.ringing() == {"c1": [1], "c2": [1]}
    harness.agent(2)
    harness.advance(5)  # c1 rings out: agent 1 is paused, c2 leaves it too
    assert harness.acd.agents[1].state is AgentState.BREAK
    assert harness.ringing() == {"c1": [2], "c2": [2]}
    harness.check()
