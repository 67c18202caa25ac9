"""Blind transfers of a call to an outside number (the phone side calls it)."""

from __future__ import annotations

import pytest

from callnest.server.acd import AcdError, EventType, Phase
from callnest.server.acd.events import Event

from .harness import AcdHarness


def connected(harness: AcdHarness, contact_id: str = "c1", agent_id: int = 1) -> None:
    harness.queue(1, wrap_up_s=30)
    harness.agent(agent_id)
    harness.call(contact_id)
    harness.answer(agent_id, contact_id)


def test_the_agent_lets_go_and_the_call_stays_connected(harness: AcdHarness) -> None:
    connected(harness)
    harness.advance(10)
    mark = harness.mark()
    harness.acd.transfer("c1", 1, to_number="+38640123456")
    assert [(str(e.type), e.agent_id) for e in harness.since(mark)] == [
        ("contact.transferred", 1),
        ("contact.ended", 1),
    ]
    transferred = harness.last(EventType.TRANSFERRED)
    assert transferred.data == {
        "to_queue_id": None,
        "to_agent_id": None,
        "to_number": "+38640123456",
    }
    assert Event.from_row(transferred.as_row()) == transferred
    assert harness.last(EventType.ENDED).data["reason"] == "transferred"
    contact = harness.acd.contacts["c1"]
    assert (contact.phase, contact.agent_id, contact.outside) == (
        Phase.CONNECTED,
        None,
        "+38640123456",
    )
    agent = harness.acd.agents[1]
    assert (agent.contacts, agent.handled) == ({}, 1)
    harness.check()
    # Nobody can hold, transfer or hang it up as theirs any more.
    with pytest.raises(AcdError):
        harness.acd.hold("c1", 1)
    # The next caller goes to the freed agent.
    harness.call("c2")
    assert harness.ringing() == {"c2": [1]}
    harness.check()


def test_either_end_hanging_up_closes_it_as_answered(harness: AcdHarness) -> None:
    connected(harness)
    harness.acd.transfer("c1", 1, to_number="+38640123456")
    harness.advance(60)  # no wait timer fires on it
    mark = harness.mark()
    harness.acd.hang_up("c1")
    assert [(str(e.type), e.agent_id) for e in harness.since(mark)] == [("contact.closed", None)]
    assert harness.last(EventType.CLOSED).data["outcome"] == "answered"
    assert "c1" not in harness.acd.contacts
    harness.check()


def test_a_failed_number_sends_the_caller_back_to_the_head_of_the_line(
    harness: AcdHarness,
) -> None:
    connected(harness)
    harness.agent(2)
    harness.call("c2")
    assert harness.ringing() == {"c2": [2]}
    harness.answer(2, "c2")
    harness.call("c3")  # waits: both agents busy
    harness.acd.transfer("c1", 1, to_number="+38640123456")  # agent 1 takes c3
    harness.answer(1, "c3")
    harness.call("c4")
    mark = harness.mark()
    harness.acd.outside_failed("c1")
    assert [str(e.type) for e in harness.since(mark)] == ["contact.requeued"]
    assert harness.last(EventType.REQUEUED).data == {"phase": "outside"}
    assert harness.acd.position("c1") == 1  # ahead of c4, who came later anyway
    assert harness.acd.position("c4") == 2
    harness.acd.hang_up("c2")
    harness.acd.complete_wrap_up("c2", 2)
    assert harness.ringing() == {"c1": [2]}
    harness.check()
    with pytest.raises(AcdError):
        harness.acd.outside_failed("c1")


def test_only_one_target_and_only_calls(harness: AcdHarness) -> None:
    connected(harness)
    with pytest.raises(AcdError):
        harness.acd.transfer("c1", 1, to_queue=1, to_number="+38640123456")
    harness.agent(2)
    harness.chat("t1")
    harness.answer(2, "t1")
    with pytest.raises(AcdError):
        harness.acd.transfer("t1", 2, to_number="+38640123456")
    harness.check()
