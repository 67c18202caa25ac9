"""Talk, hold, wrap-up and capacity per channel."""

from __future__ import annotations

import pytest

from callnest.server.acd import AcdError, AgentState, Channel, EventType, Phase

from .harness import AcdHarness


def test_a_whole_call_is_one_event_per_transition(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=30)
    harness.agent(1)
    harness.call("c1")
    harness.advance(3)
    harness.answer(1)
    harness.advance(10)
    harness.acd.hold("c1", 1)
    harness.advance(4)
    harness.acd.resume("c1", 1)
    harness.advance(6)
    harness.acd.hang_up_by_agent("c1", 1)
    harness.advance(30)
    assert harness.trail("c1") == [
        ("contact.entered", None),
        ("contact.offered", 1),
        ("contact.answered", 1),
        ("contact.held", 1),
        ("contact.resumed", 1),
        ("contact.ended", 1),
        ("contact.wrapup_ended", 1),
        ("contact.closed", 1),
    ]
    answered = harness.last(EventType.ANSWERED)
    assert answered.data == {"wait_s": 3.0, "queue_wait_s": 3.0, "ring_s": 3.0}
    ended = harness.last(EventType.ENDED)
    assert ended.data == {"talk_s": 16.0, "hold_s": 4.0, "reason": "agent_hangup"}
    wrap = harness.last(EventType.WRAPUP_ENDED)
    assert (wrap.at, wrap.data) == (1053.0, {"wrap_s": 30.0, "reason": "timeout"})
    closed = harness.last(EventType.CLOSED)
    assert closed.data == {"outcome": "answered", "wait_s": 3.0}
    assert "c1" not in harness.acd.contacts
    assert harness.acd.agents[1].handled == 1
    harness.check()


def test_hold_twice_and_hang_up_while_held_counts_hold_once(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.call("c1")
    harness.answer(1)
    harness.acd.hold("c1", 1)
    harness.advance(5)
    harness.acd.hold("c1", 1)  # already on hold: nothing new
    harness.advance(5)
    harness.acd.hang_up("c1", "caller_hangup")
    ended = harness.last(EventType.ENDED)
    assert ended.data == {"talk_s": 0.0, "hold_s": 10.0, "reason": "caller_hangup"}
    assert len(harness.of_type(EventType.HELD)) == 1
    with pytest.raises(AcdError) as err:
        harness.acd.resume("c1", 1)
    assert err.value.code == "not_connected"


def test_wrap_up_keeps_the_agent_busy_until_the_timer_ends_it(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=30)
    harness.agent(1)
    harness.call("c1")
    harness.answer(1)
    harness.acd.hang_up("c1", "caller_hangup")
    assert harness.acd.contacts["c1"].phase is Phase.WRAP_UP
    harness.call("c2")
    harness.advance(29.9)
    assert harness.ringing() == {}
    harness.advance(0.1)
    assert harness.ringing() == {"c2": [1]}
    assert harness.last(EventType.WRAPUP_ENDED, "c1").data == {"wrap_s": 30.0, "reason": "timeout"}
    harness.check()


def test_complete_wrap_up_early(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=30)
    harness.agent(1)
    harness.call("c1")
    harness.answer(1)
    harness.acd.hang_up_by_agent("c1", 1)
    harness.call("c2")
    harness.advance(8)
    with pytest.raises(AcdError) as err:
        harness.acd.complete_wrap_up("c1", 2)
    assert err.value.code == "not_in_wrap_up"
    harness.acd.complete_wrap_up("c1", 1)
    assert harness.last(EventType.WRAPUP_ENDED, "c1").data == {"wrap_s": 8.0, "reason": "agent"}
    assert harness.ringing() == {"c2": [1]}
    harness.answer(1)
    harness.advance(30)  # the old wrap-up timer fires into nothing
    assert harness.acd.contacts["c2"].phase is Phase.CONNECTED
    assert len(harness.of_type(EventType.WRAPUP_ENDED)) == 1
    harness.check()


def test_extend_wrap_up(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=30)
    harness.agent(1)
    harness.call("c1")
    harness.answer(1)
    harness.acd.hang_up_by_agent("c1", 1)
    harness.advance(10)
    assert harness.acd.extend_wrap_up("c1", 1, 20) == 1050.0
    harness.call("c2")
    harness.advance(20)  # the first deadline (1030) passes
    assert harness.acd.contacts["c1"].phase is Phase.WRAP_UP
    assert harness.ringing() == {}
    harness.advance(20)
    assert harness.last(EventType.WRAPUP_ENDED, "c1").data == {"wrap_s": 50.0, "reason": "timeout"}
    assert harness.ringing() == {"c2": [1]}


def test_zero_wrap_up_frees_the_agent_at_once(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=0)
    harness.agent(1)
    harness.call("c1")
    harness.call("c2")
    harness.answer(1)
    harness.advance(5)
    mark = harness.mark()
    harness.acd.hang_up_by_agent("c1", 1)
    assert [(str(e.type), e.contact_id) for e in harness.since(mark)] == [
        ("contact.ended", "c1"),
        ("contact.wrapup_ended", "c1"),
        ("contact.closed", "c1"),
        ("contact.offered", "c2"),
    ]
    assert harness.last(EventType.WRAPUP_ENDED, "c1").data["wrap_s"] == 0.0


def test_wrap_up_time_of_the_contact_s_queue(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=5)
    harness.queue(2, wrap_up_s=60)
    harness.agent(1)
    harness.call("c2", 2)
    harness.answer(1)
    harness.acd.hang_up("c2")
    harness.advance(5)
    assert harness.acd.contacts["c2"].phase is Phase.WRAP_UP
    harness.advance(55)
    assert "c2" not in harness.acd.contacts


def test_chat_capacity_three_offers_three_chats_at_once(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1, capacity={Channel.VOICE: 1, Channel.CHAT: 3})
    for n in range(4):
        harness.chat(f"t{n}")
    assert harness.ringing() == {"t0": [1], "t1": [1], "t2": [1]}
    assert harness.acd.position("t3") == 1
    for n in range(3):
        harness.answer(1, f"t{n}")
    harness.acd.hang_up("t1", "caller_hangup")
    # wrap-up still occupies the slot
    assert harness.ringing() == {}
    harness.acd.complete_wrap_up("t1", 1)
    assert harness.ringing() == {"t3": [1]}
    harness.check()


def test_no_call_offered_while_a_chat_is_open(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=10)
    harness.agent(1)
    harness.chat("t1")
    harness.answer(1)
    harness.call("v1")
    assert harness.ringing() == {}
    harness.chat("t2")  # chats still fit
    assert harness.ringing() == {"t2": [1]}
    harness.answer(1)
    harness.acd.hang_up("t1")
    harness.acd.hang_up("t2")
    harness.advance(9)
    assert harness.ringing() == {}  # both chats in wrap-up
    harness.advance(1)
    assert harness.ringing() == {"v1": [1]}
    harness.check()


def test_no_chat_offered_during_a_call(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=0)
    harness.agent(1)
    harness.call("v1")
    harness.chat("t1")
    assert harness.ringing() == {"v1": [1]}  # even while the call only rings
    harness.answer(1)
    harness.chat("t2")
    assert harness.ringing() == {}
    harness.acd.hang_up("v1")
    assert harness.ringing() == {"t1": [1], "t2": [1]}
    harness.check()


def test_waiting_call_and_chat_for_a_free_agent_the_longer_wait_wins(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1, state=AgentState.BREAK)
    harness.call("v1")
    harness.advance(1)
    harness.chat("t1")
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.ringing() == {"v1": [1]}


def test_agent_without_chat_capacity_gets_no_chats(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1, capacity={Channel.VOICE: 1})
    harness.chat("t1")
    assert harness.ringing() == {}
    harness.call("v1")
    assert harness.ringing() == {"v1": [1]}
