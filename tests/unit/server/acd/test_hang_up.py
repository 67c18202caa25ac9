"""The caller leaves: abandoned while waiting or ringing, ended when talking."""

from __future__ import annotations

from callnest.server.acd import AgentState, EventType, Phase, Strategy

from .harness import Center


def test_caller_hangs_up_while_queued(center: Center) -> None:
    center.queue(1)
    center.agent(1, state=AgentState.BREAK)
    center.call("c1")
    center.call("c2")
    center.advance(12)
    center.acd.hang_up("c1", "caller_hangup")
    assert center.trail("c1") == [
        ("contact.entered", None),
        ("contact.abandoned", None),
        ("contact.closed", None),
    ]
    assert center.last(EventType.ABANDONED).data == {
        "wait_s": 12.0,
        "queue_wait_s": 12.0,
        "phase": "queued",
    }
    assert center.last(EventType.CLOSED).data == {"outcome": "abandoned", "wait_s": 12.0}
    assert "c1" not in center.acd.contacts
    assert center.acd.position("c2") == 1
    center.check()


def test_caller_hangs_up_while_ringing_withdraws_the_offer(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.call("c1")
    center.call("c2")
    center.advance(3)
    mark = center.mark()
    center.acd.hang_up("c1", "caller_hangup")
    assert [(str(e.type), e.contact_id, e.agent_id) for e in center.since(mark)] == [
        ("contact.offer_withdrawn", "c1", 1),
        ("contact.offered", "c2", 1),  # the agent is free again at once
        ("contact.abandoned", "c1", None),
        ("contact.closed", "c1", None),
    ]
    assert center.of_type(EventType.OFFER_WITHDRAWN)[0].data["reason"] == "caller_hangup"
    assert center.last(EventType.ABANDONED).data["phase"] == "ringing"
    assert center.ringing() == {"c2": [1]}
    # no miss, no pause for the agent
    assert center.acd.agents[1].missed_in_a_row == 0
    center.check()


def test_caller_hangs_up_while_ringing_all(center: Center) -> None:
    center.queue(1, strategy=Strategy.RING_ALL)
    for agent_id in (1, 2, 3):
        center.agent(agent_id)
    center.call("c1")
    center.acd.hang_up("c1", "caller_hangup")
    withdrawn = center.of_type(EventType.OFFER_WITHDRAWN)
    assert sorted(e.agent_id for e in withdrawn if e.agent_id is not None) == [1, 2, 3]
    assert center.acd.offers == {}
    center.check()


def test_caller_hangs_up_while_connected_then_wrap_up(center: Center) -> None:
    center.queue(1, wrap_up_s=15)
    center.agent(1)
    center.call("c1")
    center.answer(1)
    center.advance(40)
    center.acd.hang_up("c1", "caller_hangup")
    assert center.trail("c1")[-1] == ("contact.ended", 1)
    assert center.last(EventType.ENDED).data == {
        "talk_s": 40.0,
        "hold_s": 0.0,
        "reason": "caller_hangup",
    }
    assert center.acd.contacts["c1"].phase is Phase.WRAP_UP
    center.acd.hang_up("c1", "caller_hangup")  # a second hang-up in wrap-up: nothing
    assert center.trail("c1")[-1] == ("contact.ended", 1)
    center.advance(15)
    assert center.trail("c1")[-2:] == [("contact.wrapup_ended", 1), ("contact.closed", 1)]
    assert center.of_type(EventType.ABANDONED) == []


def test_abandoned_transferred_contact_waiting_for_an_agent(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.agent(2, state=AgentState.BREAK)
    center.call("c1")
    center.answer(1)
    center.acd.transfer("c1", 1, to_agent=2)
    center.acd.hang_up("c1", "caller_hangup")
    assert "c1" not in center.acd.contacts
    center.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert center.ringing() == {}
    center.check()
