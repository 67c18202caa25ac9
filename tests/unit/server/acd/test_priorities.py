"""Order of service: contact priority, queue priority, then wait."""

from __future__ import annotations

from callnest.server.acd import AgentState, EventType

from .harness import AcdHarness


def test_higher_priority_contact_is_served_first(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=0)
    harness.agent(1, state=AgentState.BREAK)
    harness.call("low", priority=0)
    harness.advance(1)
    harness.call("high", priority=5)
    harness.advance(1)
    harness.call("mid", priority=2)
    assert [harness.acd.position(c) for c in ("high", "mid", "low")] == [1, 2, 3]
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    served = []
    for _ in range(3):
        (offer,) = harness.offers_to(1)
        served.append(offer.contact_id)
        harness.acd.answer(offer.id, 1)
        harness.acd.hang_up(offer.contact_id)
    assert served == ["high", "mid", "low"]


def test_contacts_of_equal_priority_in_order_of_wait(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=0)
    harness.agent(1, state=AgentState.BREAK)
    for n in range(4):
        harness.call(f"c{n}")
        harness.advance(1)
    assert [harness.acd.position(f"c{n}") for n in range(4)] == [1, 2, 3, 4]
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    served = []
    for _ in range(4):
        (offer,) = harness.offers_to(1)
        served.append(offer.contact_id)
        harness.acd.answer(offer.id, 1)
        harness.acd.hang_up(offer.contact_id)
    assert served == ["c0", "c1", "c2", "c3"]


def test_restored_contact_keeps_its_first_entry_time(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1, state=AgentState.BREAK)
    harness.call("new")
    harness.advance(1)
    harness.call("restored", entered_at=900.0)
    # the place in line counts from entry into this queue ...
    assert harness.acd.position("new") == 1
    assert harness.acd.position("restored") == 2
    # ... the wait the customer feels from the first entry
    assert harness.last(EventType.ENTERED, "restored").data["waited_s"] == 101.0
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    harness.answer(1)
    harness.acd.hang_up("new")
    harness.acd.complete_wrap_up("new", 1)
    harness.advance(4)
    harness.answer(1)
    answered = harness.last(EventType.ANSWERED, "restored")
    assert answered.data["wait_s"] == 105.0
    assert answered.data["queue_wait_s"] == 4.0


def test_agent_in_two_queues_takes_the_higher_priority_queue_first(harness: AcdHarness) -> None:
    harness.queue(1, priority=0, wrap_up_s=0)
    harness.queue(2, priority=10, wrap_up_s=0)
    harness.agent(1, state=AgentState.BREAK)
    harness.call("q1-old", 1)
    harness.advance(5)
    harness.call("q2-new", 2)
    harness.advance(5)
    harness.call("q1-vip", 1, priority=9)
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    served = []
    for _ in range(3):
        (offer,) = harness.offers_to(1)
        served.append(offer.contact_id)
        harness.acd.answer(offer.id, 1)
        harness.acd.hang_up(offer.contact_id)
    # queue priority beats contact priority and wait
    assert served == ["q2-new", "q1-vip", "q1-old"]


def test_equal_queue_priority_longest_wait_across_queues(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=0)
    harness.queue(2, wrap_up_s=0)
    harness.agent(1, state=AgentState.BREAK)
    harness.call("b1", 2)
    harness.advance(1)
    harness.call("a1", 1)
    harness.advance(1)
    harness.call("b2", 2)
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    served = []
    for _ in range(3):
        (offer,) = harness.offers_to(1)
        served.append(offer.contact_id)
        harness.acd.answer(offer.id, 1)
        harness.acd.hang_up(offer.contact_id)
    assert served == ["b1", "a1", "b2"]
