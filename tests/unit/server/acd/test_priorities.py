"""Order of service: contact priority, queue priority, then wait."""

from __future__ import annotations

from callnest.server.acd import AgentState, EventType

from .harness import Center


def test_higher_priority_contact_is_served_first(center: Center) -> None:
    center.queue(1, wrap_up_s=0)
    center.agent(1, state=AgentState.BREAK)
    center.call("low", priority=0)
    center.advance(1)
    center.call("high", priority=5)
    center.advance(1)
    center.call("mid", priority=2)
    assert [center.acd.position(c) for c in ("high", "mid", "low")] == [1, 2, 3]
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    served = []
    for _ in range(3):
        (offer,) = center.offers_to(1)
        served.append(offer.contact_id)
        center.acd.answer(offer.id, 1)
        center.acd.hang_up(offer.contact_id)
    assert served == ["high", "mid", "low"]


def test_contacts_of_equal_priority_in_order_of_wait(center: Center) -> None:
    center.queue(1, wrap_up_s=0)
    center.agent(1, state=AgentState.BREAK)
    for n in range(4):
        center.call(f"c{n}")
        center.advance(1)
    assert [center.acd.position(f"c{n}") for n in range(4)] == [1, 2, 3, 4]
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    served = []
    for _ in range(4):
        (offer,) = center.offers_to(1)
        served.append(offer.contact_id)
        center.acd.answer(offer.id, 1)
        center.acd.hang_up(offer.contact_id)
    assert served == ["c0", "c1", "c2", "c3"]


def test_restored_contact_keeps_its_first_entry_time(center: Center) -> None:
    center.queue(1)
    center.agent(1, state=AgentState.BREAK)
    center.call("new")
    center.advance(1)
    center.call("restored", entered_at=900.0)
    # the place in line counts from entry into this queue ...
    assert center.acd.position("new") == 1
    assert center.acd.position("restored") == 2
    # ... the wait the customer feels from the first entry
    assert center.last(EventType.ENTERED, "restored").data["waited_s"] == 101.0
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    center.answer(1)
    center.acd.hang_up("new")
    center.acd.complete_wrap_up("new", 1)
    center.advance(4)
    center.answer(1)
    answered = center.last(EventType.ANSWERED, "restored")
    assert answered.data["wait_s"] == 105.0
    assert answered.data["queue_wait_s"] == 4.0


def test_agent_in_two_queues_takes_the_higher_priority_queue_first(center: Center) -> None:
    center.queue(1, priority=0, wrap_up_s=0)
    center.queue(2, priority=10, wrap_up_s=0)
    center.agent(1, state=AgentState.BREAK)
    center.call("q1-old", 1)
    center.advance(5)
    center.call("q2-new", 2)
    center.advance(5)
    center.call("q1-vip", 1, priority=9)
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    served = []
    for _ in range(3):
        (offer,) = center.offers_to(1)
        served.append(offer.contact_id)
        center.acd.answer(offer.id, 1)
        center.acd.hang_up(offer.contact_id)
    # queue priority beats contact priority and wait
    assert served == ["q2-new", "q1-vip", "q1-old"]


def test_equal_queue_priority_longest_wait_across_queues(center: Center) -> None:
    center.queue(1, wrap_up_s=0)
    center.queue(2, wrap_up_s=0)
    center.agent(1, state=AgentState.BREAK)
    center.call("b1", 2)
    center.advance(1)
    center.call("a1", 1)
    center.advance(1)
    center.call("b2", 2)
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    served = []
    for _ in range(3):
        (offer,) = center.offers_to(1)
        served.append(offer.contact_id)
        center.acd.answer(offer.id, 1)
        center.acd.hang_up(offer.contact_id)
    assert served == ["b1", "a1", "b2"]
