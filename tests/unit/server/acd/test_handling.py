"""Talk, hold, wrap-up and capacity per channel."""

from __future__ import annotations

import pytest

from callnest.server.acd import AcdError, AgentState, Channel, EventType, Phase

from .harness import Center


def test_a_whole_call_is_one_event_per_transition(center: Center) -> None:
    center.queue(1, wrap_up_s=30)
    center.agent(1)
    center.call("c1")
    center.advance(3)
    center.answer(1)
    center.advance(10)
    center.acd.hold("c1", 1)
    center.advance(4)
    center.acd.resume("c1", 1)
    center.advance(6)
    center.acd.hang_up_by_agent("c1", 1)
    center.advance(30)
    assert center.trail("c1") == [
        ("contact.entered", None),
        ("contact.offered", 1),
        ("contact.answered", 1),
        ("contact.held", 1),
        ("contact.resumed", 1),
        ("contact.ended", 1),
        ("contact.wrapup_ended", 1),
        ("contact.closed", 1),
    ]
    answered = center.last(EventType.ANSWERED)
    assert answered.data == {"wait_s": 3.0, "queue_wait_s": 3.0, "ring_s": 3.0}
    ended = center.last(EventType.ENDED)
    assert ended.data == {"talk_s": 16.0, "hold_s": 4.0, "reason": "agent_hangup"}
    wrap = center.last(EventType.WRAPUP_ENDED)
    assert (wrap.at, wrap.data) == (1053.0, {"wrap_s": 30.0, "reason": "timeout"})
    closed = center.last(EventType.CLOSED)
    assert closed.data == {"outcome": "answered", "wait_s": 3.0}
    assert "c1" not in center.acd.contacts
    assert center.acd.agents[1].handled == 1
    center.check()


def test_hold_twice_and_hang_up_while_held_counts_hold_once(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.call("c1")
    center.answer(1)
    center.acd.hold("c1", 1)
    center.advance(5)
    center.acd.hold("c1", 1)  # already on hold: nothing new
    center.advance(5)
    center.acd.hang_up("c1", "caller_hangup")
    ended = center.last(EventType.ENDED)
    assert ended.data == {"talk_s": 0.0, "hold_s": 10.0, "reason": "caller_hangup"}
    assert len(center.of_type(EventType.HELD)) == 1
    with pytest.raises(AcdError) as err:
        center.acd.resume("c1", 1)
    assert err.value.code == "not_connected"


def test_wrap_up_keeps_the_agent_busy_until_the_timer_ends_it(center: Center) -> None:
    center.queue(1, wrap_up_s=30)
    center.agent(1)
    center.call("c1")
    center.answer(1)
    center.acd.hang_up("c1", "caller_hangup")
    assert center.acd.contacts["c1"].phase is Phase.WRAP_UP
    center.call("c2")
    center.advance(29.9)
    assert center.ringing() == {}
    center.advance(0.1)
    assert center.ringing() == {"c2": [1]}
    assert center.last(EventType.WRAPUP_ENDED, "c1").data == {"wrap_s": 30.0, "reason": "timeout"}
    center.check()


def test_complete_wrap_up_early(center: Center) -> None:
    center.queue(1, wrap_up_s=30)
    center.agent(1)
    center.call("c1")
    center.answer(1)
    center.acd.hang_up_by_agent("c1", 1)
    center.call("c2")
    center.advance(8)
    with pytest.raises(AcdError) as err:
        center.acd.complete_wrap_up("c1", 2)
    assert err.value.code == "not_in_wrap_up"
    center.acd.complete_wrap_up("c1", 1)
    assert center.last(EventType.WRAPUP_ENDED, "c1").data == {"wrap_s": 8.0, "reason": "agent"}
    assert center.ringing() == {"c2": [1]}
    center.answer(1)
    center.advance(30)  # the old wrap-up timer fires into nothing
    assert center.acd.contacts["c2"].phase is Phase.CONNECTED
    assert len(center.of_type(EventType.WRAPUP_ENDED)) == 1
    center.check()


def test_extend_wrap_up(center: Center) -> None:
    center.queue(1, wrap_up_s=30)
    center.agent(1)
    center.call("c1")
    center.answer(1)
    center.acd.hang_up_by_agent("c1", 1)
    center.advance(10)
    assert center.acd.extend_wrap_up("c1", 1, 20) == 1050.0
    center.call("c2")
    center.advance(20)  # the first deadline (1030) passes
    assert center.acd.contacts["c1"].phase is Phase.WRAP_UP
    assert center.ringing() == {}
    center.advance(20)
    assert center.last(EventType.WRAPUP_ENDED, "c1").data == {"wrap_s": 50.0, "reason": "timeout"}
    assert center.ringing() == {"c2": [1]}


def test_zero_wrap_up_frees_the_agent_at_once(center: Center) -> None:
    center.queue(1, wrap_up_s=0)
    center.agent(1)
    center.call("c1")
    center.call("c2")
    center.answer(1)
    center.advance(5)
    mark = center.mark()
    center.acd.hang_up_by_agent("c1", 1)
    assert [(str(e.type), e.contact_id) for e in center.since(mark)] == [
        ("contact.ended", "c1"),
        ("contact.wrapup_ended", "c1"),
        ("contact.closed", "c1"),
        ("contact.offered", "c2"),
    ]
    assert center.last(EventType.WRAPUP_ENDED, "c1").data["wrap_s"] == 0.0


def test_wrap_up_time_of_the_contact_s_queue(center: Center) -> None:
    center.queue(1, wrap_up_s=5)
    center.queue(2, wrap_up_s=60)
    center.agent(1)
    center.call("c2", 2)
    center.answer(1)
    center.acd.hang_up("c2")
    center.advance(5)
    assert center.acd.contacts["c2"].phase is Phase.WRAP_UP
    center.advance(55)
    assert "c2" not in center.acd.contacts


def test_chat_capacity_three_offers_three_chats_at_once(center: Center) -> None:
    center.queue(1)
    center.agent(1, capacity={Channel.VOICE: 1, Channel.CHAT: 3})
    for n in range(4):
        center.chat(f"t{n}")
    assert center.ringing() == {"t0": [1], "t1": [1], "t2": [1]}
    assert center.acd.position("t3") == 1
    for n in range(3):
        center.answer(1, f"t{n}")
    center.acd.hang_up("t1", "caller_hangup")
    # wrap-up still occupies the slot
    assert center.ringing() == {}
    center.acd.complete_wrap_up("t1", 1)
    assert center.ringing() == {"t3": [1]}
    center.check()


def test_no_call_offered_while_a_chat_is_open(center: Center) -> None:
    center.queue(1, wrap_up_s=10)
    center.agent(1)
    center.chat("t1")
    center.answer(1)
    center.call("v1")
    assert center.ringing() == {}
    center.chat("t2")  # chats still fit
    assert center.ringing() == {"t2": [1]}
    center.answer(1)
    center.acd.hang_up("t1")
    center.acd.hang_up("t2")
    center.advance(9)
    assert center.ringing() == {}  # both chats in wrap-up
    center.advance(1)
    assert center.ringing() == {"v1": [1]}
    center.check()


def test_no_chat_offered_during_a_call(center: Center) -> None:
    center.queue(1, wrap_up_s=0)
    center.agent(1)
    center.call("v1")
    center.chat("t1")
    assert center.ringing() == {"v1": [1]}  # even while the call only rings
    center.answer(1)
    center.chat("t2")
    assert center.ringing() == {}
    center.acd.hang_up("v1")
    assert center.ringing() == {"t1": [1], "t2": [1]}
    center.check()


def test_waiting_call_and_chat_for_a_free_agent_the_longer_wait_wins(center: Center) -> None:
    center.queue(1)
    center.agent(1, state=AgentState.BREAK)
    center.call("v1")
    center.advance(1)
    center.chat("t1")
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert center.ringing() == {"v1": [1]}


def test_agent_without_chat_capacity_gets_no_chats(center: Center) -> None:
    center.queue(1)
    center.agent(1, capacity={Channel.VOICE: 1})
    center.chat("t1")
    assert center.ringing() == {}
    center.call("v1")
    assert center.ringing() == {"v1": [1]}
