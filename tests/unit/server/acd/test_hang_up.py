"""The caller leaves: abandoned while waiting or ringing, ended when talking."""

from __future__ import annotations

from callnest.server.acd import AgentState, EventType, Phase, Strategy

from .harness import AcdHarness


def test_caller_hangs_up_while_queued(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1, state=AgentState.BREAK)
    harness.call("c1")
    harness.call("c2")
    harness.advance(12)
    harness.acd.hang_up("c1", "caller_hangup")
    assert harness.trail("c1") == [
        ("contact.entered", None),
        ("contact.abandoned", None),
        ("contact.closed", None),
    ]
    assert harness.last(EventType.ABANDONED).data == {
        "wait_s": 12.0,
        "queue_wait_s": 12.0,
        "phase": "queued",
    }
    assert harness.last(EventType.CLOSED).data == {"outcome": "abandoned", "wait_s": 12.0}
    assert "c1" not in harness.acd.contacts
    assert harness.acd.position("c2") == 1
    harness.check()


def test_caller_hangs_up_while_ringing_withdraws_the_offer(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.call("c1")
    harness.call("c2")
    harness.advance(3)
    mark = harness.mark()
    harness.acd.hang_up("c1", "caller_hangup")
    assert [(str(e.type), e.contact_id, e.agent_id) for e in harness.since(mark)] == [
        ("contact.offer_withdrawn", "c1", 1),
        ("contact.offered", "c2", 1),  # the agent is free again at once
        ("contact.abandoned", "c1", None),
        ("contact.closed", "c1", None),
    ]
    assert harness.of_type(EventType.OFFER_WITHDRAWN)[0].data["reason"] == "caller_hangup"
    assert harness.last(EventType.ABANDONED).data["phase"] == "ringing"
    assert harness.ringing() == {"c2": [1]}
    # no miss, no pause for the agent
    assert harness.acd.agents[1].missed_in_a_row == 0
    harness.check()


def test_caller_hangs_up_while_ringing_all(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.RING_ALL)
    for agent_id in (1, 2, 3):
        harness.agent(agent_id)
    harness.call("c1")
    harness.acd.hang_up("c1", "caller_hangup")
    withdrawn = harness.of_type(EventType.OFFER_WITHDRAWN)
    assert sorted(e.agent_id for e in withdrawn if e.agent_id is not None) == [1, 2, 3]
    assert harness.acd.offers == {}
    harness.check()


def test_caller_hangs_up_while_connected_then_wrap_up(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=15)
    harness.agent(1)
    harness.call("c1")
    harness.answer(1)
    harness.advance(40)
    harness.acd.hang_up("c1", "caller_hangup")
    assert harness.trail("c1")[-1] == ("contact.ended", 1)
    assert harness.last(EventType.ENDED).data == {
        "talk_s": 40.0,
        "hold_s": 0.0,
        "reason": "caller_hangup",
    }
    assert harness.acd.contacts["c1"].phase is Phase.WRAP_UP
    harness.acd.hang_up("c1", "caller_hangup")  # a second hang-up in wrap-up: nothing
    assert harness.trail("c1")[-1] == ("contact.ended", 1)
    harness.advance(15)
    assert harness.trail("c1")[-2:] == [("contact.wrapup_ended", 1), ("contact.closed", 1)]
    assert harness.of_type(EventType.ABANDONED) == []


def test_abandoned_transferred_contact_waiting_for_an_agent(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    harness.call("c1")
    harness.answer(1)
    harness.acd.transfer("c1", 1, to_agent=2)
    harness.acd.hang_up("c1", "caller_hangup")
    assert "c1" not in harness.acd.contacts
    harness.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert harness.ringing() == {}
    harness.check()
