"""Blind transfers to a queue or to one agent."""

from __future__ import annotations

from typing import Any

import pytest

from callnest.server.acd import AcdError, AgentState, EventType, Overflow, OverflowKind

from .harness import AcdHarness


def connected(harness: AcdHarness, contact_id: str, agent_id: int, queue_id: int = 1) -> None:
    harness.call(contact_id, queue_id)
    harness.answer(agent_id, contact_id)


def test_transfer_to_a_queue(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.queue(2, skills={5: 1})
    harness.agent(1)
    harness.agent(2, skills={5: 3})
    harness.acd.set_agent_state(2, AgentState.BREAK)
    connected(harness, "c1", 1)
    harness.acd.set_agent_state(2, AgentState.AVAILABLE)
    harness.advance(10)
    harness.acd.hold("c1", 1)
    harness.advance(2)
    mark = harness.mark()
    harness.acd.transfer("c1", 1, to_queue=2)
    assert [(str(e.type), e.queue_id, e.agent_id) for e in harness.since(mark)] == [
        ("contact.transferred", 1, 1),
        ("contact.ended", 1, 1),
        ("contact.entered", 2, None),
        ("contact.offered", 2, 2),
    ]
    assert harness.last(EventType.TRANSFERRED).data == {"to_queue_id": 2, "to_agent_id": None}
    assert harness.last(EventType.ENDED).data == {
        "talk_s": 10.0,
        "hold_s": 2.0,
        "reason": "transferred",
    }
    assert harness.last(EventType.ENTERED).data["waited_s"] == 12.0
    agent = harness.acd.agents[1]
    assert (agent.contacts, agent.handled) == ({}, 1)
    harness.answer(2)
    answered = harness.last(EventType.ANSWERED)
    assert (answered.data["wait_s"], answered.data["queue_wait_s"]) == (12.0, 0.0)
    harness.acd.hang_up("c1")
    assert harness.last(EventType.ENDED).data["hold_s"] == 0.0  # the first leg's hold is gone
    harness.check()


def test_transfer_to_a_free_agent_skips_the_line(harness: AcdHarness) -> None:
    harness.queue(1)
    for agent_id in (3, 1, 4, 2):
        harness.agent(agent_id)
        harness.advance(1)
    connected(harness, "c1", 3)
    harness.acd.transfer("c1", 3, to_agent=2)  # agents 1 and 4 have been idle longer
    assert harness.ringing() == {"c1": [2]}
    harness.check()


def test_transfer_to_a_busy_agent_waits_for_that_agent(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=10)
    harness.agent(2)
    harness.advance(1)
    harness.agent(1)
    connected(harness, "c0", 2)
    connected(harness, "c1", 1)
    harness.call("older")  # waits in line before the transfer
    harness.acd.transfer("c1", 1, to_agent=2)
    # agent 1 is free again and takes the queue's contact, not the directed one
    assert harness.ringing() == {"older": [1]}
    assert harness.acd.position("c1") is None
    assert harness.acd.contacts["c1"].target_agent == 2
    harness.answer(1)
    harness.call("newer")
    harness.acd.hang_up("c0")
    harness.advance(10)  # agent 2's wrap-up ends: its directed contact comes first
    assert harness.ringing() == {"c1": [2]}
    harness.answer(2)
    assert harness.acd.position("newer") == 1
    harness.check()


def test_transfer_errors(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2, state=None)
    connected(harness, "c1", 1)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"to_agent": 2}, "agent_unavailable"),
        ({"to_agent": 99}, "agent_unavailable"),
        ({"to_agent": 1}, "bad_transfer"),
        ({"to_queue": 9}, "unknown_queue"),
        ({}, "bad_transfer"),
        ({"to_queue": 1, "to_agent": 2}, "bad_transfer"),
    ]
    for kwargs, code in cases:
        with pytest.raises(AcdError) as err:
            harness.acd.transfer("c1", 1, **kwargs)
        assert err.value.code == code, kwargs
    with pytest.raises(AcdError) as err:
        harness.acd.transfer("c1", 2, to_queue=1)
    assert err.value.code == "not_connected"
    assert harness.acd.contacts["c1"].agent_id == 1
    assert harness.of_type(EventType.TRANSFERRED) == []


def test_transfer_to_an_agent_on_break_waits_for_that_agent(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    harness.agent(3, state=AgentState.BREAK)
    connected(harness, "c1", 1)
    harness.acd.transfer("c1", 1, to_agent=2)
    harness.acd.set_agent_state(3, AgentState.AVAILABLE)
    harness.acd.set_agent_state(1, AgentState.BREAK)
    assert harness.ringing() == {}
    harness.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert harness.ringing() == {"c1": [2]}


def test_directed_contact_released_when_its_agent_logs_off(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    connected(harness, "c1", 1)
    harness.acd.transfer("c1", 1, to_agent=2)
    harness.acd.set_agent_state(1, AgentState.BREAK)
    harness.acd.set_agent_state(2, AgentState.OFFLINE)
    assert harness.acd.contacts["c1"].target_agent is None
    assert harness.acd.position("c1") == 1
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.ringing() == {"c1": [1]}


def test_directed_contact_past_max_wait_overflows_to_the_target_queue(harness: AcdHarness) -> None:
    harness.queue(1, max_wait_s=30, overflow=Overflow(OverflowKind.QUEUE, 2))
    harness.queue(2, skills={4: 1})
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    harness.agent(3, skills={4: 5}, state=AgentState.BREAK)
    connected(harness, "c1", 1)
    harness.acd.transfer("c1", 1, to_agent=2)  # agent 2 never comes back
    harness.acd.set_agent_state(3, AgentState.AVAILABLE)
    harness.advance(30)
    # in queue 2 the contact waits for queue 2's agents, not for agent 2
    contact = harness.acd.contacts["c1"]
    assert (contact.queue_id, contact.target_agent) == (2, None)
    assert harness.ringing() == {"c1": [3]}
    harness.check()


def test_contact_declined_by_its_transfer_target_goes_back_to_the_queue(
    harness: AcdHarness,
) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2)
    harness.agent(3, state=AgentState.BREAK)
    connected(harness, "c1", 1)
    harness.acd.transfer("c1", 1, to_agent=2)
    (offer,) = harness.offers_to(2)
    harness.acd.set_agent_state(3, AgentState.AVAILABLE)
    harness.acd.decline(offer.id, 2)
    # Not rung at agent 2 again: any agent of the queue may take it now.
    assert harness.acd.contacts["c1"].target_agent is None
    assert [o.contact_id for o in harness.offers_to(1) + harness.offers_to(3)] == ["c1"]
