"""Ring timeout, missed offers, autopause and declines."""

from __future__ import annotations

from callnest.server.acd import AgentState, EventType, Strategy

from .harness import Center


def test_ring_timeout_offers_the_next_agent_and_pauses_the_missed_one() -> None:
    center = Center(no_answer_pause_s=5.0)
    center.queue(1, ring_timeout_s=20, autopause_misses=0)
    center.agent(1)
    center.advance(1)
    center.agent(2)
    center.advance(1)
    center.agent(3)
    mark = center.mark()
    center.call("c1")
    assert center.ringing() == {"c1": [1]}
    center.advance(19.99)
    assert center.ringing() == {"c1": [1]}
    center.advance(0.01)
    assert center.ringing() == {"c1": [2]}
    assert center.trail("c1", mark) == [
        ("contact.entered", None),
        ("contact.offered", 1),
        ("contact.offer_missed", 1),
        ("contact.offered", 2),
    ]
    assert center.last(EventType.OFFER_MISSED, "c1").at == 1022.0
    center.answer(2)
    # agent 1 is paused for 5 s: a new call goes to agent 3
    center.call("c2")
    assert center.ringing() == {"c2": [3]}
    center.answer(3)
    center.call("c3")
    assert center.ringing() == {}
    center.advance(4.9)
    assert center.ringing() == {}
    center.advance(0.1)  # 1027: pause over
    assert center.ringing() == {"c3": [1]}
    assert center.acd.agents[1].state is AgentState.AVAILABLE
    center.check()


def test_missed_agent_goes_to_the_back_of_the_idle_line() -> None:
    center = Center(no_answer_pause_s=5.0)
    center.queue(1, autopause_misses=0, wrap_up_s=0)
    center.agent(1)  # idle since 1000, the longest
    center.agent(2)
    center.agent(3)
    center.call("c1")
    center.advance(20)  # agent 1 misses; rings agent 2
    center.answer(2)
    center.acd.hang_up("c1")  # agent 2 idle again since 1020
    center.advance(10)  # agent 1's pause is over (idle since its miss, 1020)
    center.call("c2")
    assert center.ringing() == {"c2": [3]}  # idle since 1000


def test_autopause_after_n_misses_in_a_row() -> None:
    center = Center(no_answer_pause_s=5.0)
    center.queue(1, ring_timeout_s=10, autopause_misses=2)
    center.agent(1)
    center.call("c1")
    center.advance(10)  # miss 1: contact waits, the only agent is paused 5 s
    assert center.ringing() == {}
    assert center.acd.agents[1].missed_in_a_row == 1
    assert center.acd.agents[1].state is AgentState.AVAILABLE
    center.advance(5)
    assert center.ringing() == {"c1": [1]}
    center.advance(10)  # miss 2
    agent = center.acd.agents[1]
    assert agent.state is AgentState.BREAK
    assert agent.system_reason == "missed_offers"
    assert center.agent_states(1)[-1] == ("break", "missed_offers")
    center.advance(60)
    assert center.ringing() == {}  # on break: nothing offered
    assert center.acd.position("c1") == 1
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert center.acd.agents[1].missed_in_a_row == 0
    assert center.acd.agents[1].system_reason is None
    assert center.ringing() == {"c1": [1]}
    center.check()


def test_answering_resets_the_miss_count() -> None:
    center = Center(no_answer_pause_s=1.0)
    center.queue(1, ring_timeout_s=10, autopause_misses=2, wrap_up_s=0)
    center.agent(1)
    center.call("c1")
    center.advance(10)  # miss 1
    center.advance(1)
    center.answer(1)
    assert center.acd.agents[1].missed_in_a_row == 0
    center.acd.hang_up("c1")
    center.call("c2")
    center.advance(10)  # miss 1 again, not 2
    assert center.agent_states(1)[-1] == ("available", None)
    center.advance(1)
    center.advance(10)  # miss 2 in a row
    assert center.agent_states(1)[-1] == ("break", "missed_offers")


def test_autopause_disabled_with_zero() -> None:
    center = Center(no_answer_pause_s=1.0)
    center.queue(1, ring_timeout_s=5, autopause_misses=0)
    center.agent(1)
    center.call("c1")
    for _ in range(10):
        center.advance(6)
    assert center.acd.agents[1].missed_in_a_row == 10
    assert center.acd.agents[1].state is AgentState.AVAILABLE


def test_decline_offers_the_next_agent_without_autopause() -> None:
    center = Center(decline_pause_s=2.0)
    center.queue(1, autopause_misses=1)
    center.agent(1)
    center.agent(2)
    center.call("c1")
    mark = center.mark()
    offer = center.offer_to(1)
    center.acd.decline(offer.id, 1)
    assert center.ringing() == {"c1": [2]}
    assert center.trail("c1", mark) == [
        ("contact.offer_declined", 1),
        ("contact.offered", 2),
    ]
    agent = center.acd.agents[1]
    assert agent.state is AgentState.AVAILABLE
    assert agent.missed_in_a_row == 0
    # a short pause after declining
    center.call("c2")
    assert center.ringing() == {"c1": [2]}
    center.advance(2)
    assert center.ringing() == {"c1": [2], "c2": [1]}
    center.check()


def test_declined_by_everyone_waits_then_goes_to_whoever_is_free_first() -> None:
    center = Center(decline_pause_s=3.0)
    center.queue(1)
    center.agent(1)
    center.call("c1")
    center.acd.decline(center.offer_to(1).id, 1)
    assert center.ringing() == {}
    assert center.acd.position("c1") == 1
    center.advance(3)
    assert center.ringing() == {"c1": [1]}


def test_ring_all_timeout_misses_every_agent_then_rings_again() -> None:
    center = Center(no_answer_pause_s=5.0, decline_pause_s=2.0)
    center.queue(1, strategy=Strategy.RING_ALL, ring_timeout_s=10, autopause_misses=0)
    center.agent(1)
    center.agent(2)
    center.agent(3)
    center.call("c1")
    center.acd.decline(center.offer_to(1).id, 1)
    assert center.ringing() == {"c1": [2, 3]}  # still ringing the others
    center.advance(10)
    assert sorted(e.agent_id or 0 for e in center.of_type(EventType.OFFER_MISSED)) == [2, 3]
    # agent 1's decline pause is long over: the returning contact rings it alone
    assert center.ringing() == {"c1": [1]}
    center.acd.decline(center.offer_to(1).id, 1)
    assert center.ringing() == {}  # everyone pausing
    center.advance(2)  # 1012: agent 1 back
    assert center.ringing() == {"c1": [1]}
    center.advance(3)  # 1015: agents 2 and 3 back, c1 is not re-offered while ringing
    assert center.ringing() == {"c1": [1]}
    center.acd.decline(center.offer_to(1).id, 1)
    assert center.ringing() == {"c1": [2, 3]}
    center.check()


def test_autopause_hands_the_agents_other_ringing_chats_to_someone_present() -> None:
    center = Center(no_answer_pause_s=5.0)
    center.queue(1, ring_timeout_s=10, autopause_misses=1)
    center.agent(1)
    center.chat("c1")
    center.advance(5)
    center.chat("c2")
    assert center.ringing() == {"c1": [1], "c2": [1]}
    center.agent(2)
    center.advance(5)  # c1 rings out: agent 1 is paused, c2 leaves it too
    assert center.acd.agents[1].state is AgentState.BREAK
    assert center.ringing() == {"c1": [2], "c2": [2]}
    center.check()
