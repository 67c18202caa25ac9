"""Blind transfers to a queue or to one agent."""

from __future__ import annotations

import pytest

from callnest.server.acd import AcdError, AgentState, EventType, Overflow, OverflowKind

from .harness import Center


def connected(center: Center, contact_id: str, agent_id: int, queue_id: int = 1) -> None:
    center.call(contact_id, queue_id)
    center.answer(agent_id, contact_id)


def test_transfer_to_a_queue(center: Center) -> None:
    center.queue(1)
    center.queue(2, skills={5: 1})
    center.agent(1)
    center.agent(2, skills={5: 3})
    center.acd.set_agent_state(2, AgentState.BREAK)
    connected(center, "c1", 1)
    center.acd.set_agent_state(2, AgentState.AVAILABLE)
    center.advance(10)
    center.acd.hold("c1", 1)
    center.advance(2)
    mark = center.mark()
    center.acd.transfer("c1", 1, to_queue=2)
    assert [(str(e.type), e.queue_id, e.agent_id) for e in center.since(mark)] == [
        ("contact.transferred", 1, 1),
        ("contact.ended", 1, 1),
        ("contact.entered", 2, None),
        ("contact.offered", 2, 2),
    ]
    assert center.last(EventType.TRANSFERRED).data == {"to_queue_id": 2, "to_agent_id": None}
    assert center.last(EventType.ENDED).data == {
        "talk_s": 10.0,
        "hold_s": 2.0,
        "reason": "transferred",
    }
    assert center.last(EventType.ENTERED).data["waited_s"] == 12.0
    agent = center.acd.agents[1]
    assert (agent.contacts, agent.handled) == ({}, 1)
    center.answer(2)
    answered = center.last(EventType.ANSWERED)
    assert (answered.data["wait_s"], answered.data["queue_wait_s"]) == (12.0, 0.0)
    center.acd.hang_up("c1")
    assert center.last(EventType.ENDED).data["hold_s"] == 0.0  # the first leg's hold is gone
    center.check()


def test_transfer_to_a_free_agent_skips_the_line(center: Center) -> None:
    center.queue(1)
    for agent_id in (3, 1, 4, 2):
        center.agent(agent_id)
        center.advance(1)
    connected(center, "c1", 3)
    center.acd.transfer("c1", 3, to_agent=2)  # agents 1 and 4 have been idle longer
    assert center.ringing() == {"c1": [2]}
    center.check()


def test_transfer_to_a_busy_agent_waits_for_that_agent(center: Center) -> None:
    center.queue(1, wrap_up_s=10)
    center.agent(2)
    center.advance(1)
    center.agent(1)
    connected(center, "c0", 2)
    connected(center, "c1", 1)
    center.call("older")  # waits in line before the transfer
    center.acd.transfer("c1", 1, to_agent=2)
    # agent 1 is free again and takes the queue's contact, not the directed one
    assert center.ringing() == {"older": [1]}
    assert center.acd.position("c1") is None
    assert center.acd.contacts["c1"].target_agent == 2
    center.answer(1)
    center.call("newer")
    center.acd.hang_up("c0")
    center.advance(10)  # agent 2's wrap-up ends: its directed contact comes first
    assert center.ringing() == {"c1": [2]}
    center.answer(2)
    assert center.acd.position("newer") == 1
    center.check()


def test_transfer_errors(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.agent(2, state=None)
    connected(center, "c1", 1)
    cases = [
        ({"to_agent": 2}, "agent_unavailable"),
        ({"to_agent": 99}, "agent_unavailable"),
        ({"to_agent": 1}, "bad_transfer"),
        ({"to_queue": 9}, "unknown_queue"),
        ({}, "bad_transfer"),
        ({"to_queue": 1, "to_agent": 2}, "bad_transfer"),
    ]
    for kwargs, code in cases:
        with pytest.raises(AcdError) as err:
            center.acd.transfer("c1", 1, **kwargs)
        assert err.value.code == code, kwargs
    with pytest.raises(AcdError) as err:
        center.acd.transfer("c1", 2, to_queue=1)
    assert err.value.code == "not_connected"
    assert center.acd.contacts["c1"].agent_id == 1
    assert center.of_type(EventType.TRANSFERRED) == []


def test_transfer_to_an_agent_on_break_waits_for_that_agent(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.agent(2, state=AgentState.BREAK)
    center.agent(3, state=AgentState.BREAK)
    connected(center, "c1", 1)
    center.acd.transfer("c1", 1, to_agent=2)
    center.acd.set_agent_state(3, AgentState.AVAILABLE)
    center.acd.set_agent_state(1, AgentState.BREAK)
    assert center.ringing() == {}
    center.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert center.ringing() == {"c1": [2]}


def test_directed_contact_released_when_its_agent_logs_off(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.agent(2, state=AgentState.BREAK)
    connected(center, "c1", 1)
    center.acd.transfer("c1", 1, to_agent=2)
    center.acd.set_agent_state(1, AgentState.BREAK)
    center.acd.set_agent_state(2, AgentState.OFFLINE)
    assert center.acd.contacts["c1"].target_agent is None
    assert center.acd.position("c1") == 1
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert center.ringing() == {"c1": [1]}


def test_directed_contact_past_max_wait_overflows_to_the_target_queue(center: Center) -> None:
    center.queue(1, max_wait_s=30, overflow=Overflow(OverflowKind.QUEUE, 2))
    center.queue(2, skills={4: 1})
    center.agent(1)
    center.agent(2, state=AgentState.BREAK)
    center.agent(3, skills={4: 5}, state=AgentState.BREAK)
    connected(center, "c1", 1)
    center.acd.transfer("c1", 1, to_agent=2)  # agent 2 never comes back
    center.acd.set_agent_state(3, AgentState.AVAILABLE)
    center.advance(30)
    # in queue 2 the contact waits for queue 2's agents, not for agent 2
    contact = center.acd.contacts["c1"]
    assert (contact.queue_id, contact.target_agent) == (2, None)
    assert center.ringing() == {"c1": [3]}
    center.check()


def test_contact_declined_by_its_transfer_target_goes_back_to_the_queue(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.agent(2)
    center.agent(3, state=AgentState.BREAK)
    connected(center, "c1", 1)
    center.acd.transfer("c1", 1, to_agent=2)
    (offer,) = center.offers_to(2)
    center.acd.set_agent_state(3, AgentState.AVAILABLE)
    center.acd.decline(offer.id, 2)
    # Not rung at agent 2 again: any agent of the queue may take it now.
    assert center.acd.contacts["c1"].target_agent is None
    assert [o.contact_id for o in center.offers_to(1) + center.offers_to(3)] == ["c1"]
