"""Refused commands, positions and configuration changes while contacts wait."""

from __future__ import annotations

import pytest

from callnest.server.acd import (
    AcdError,
    AgentState,
    Channel,
    EventType,
    Overflow,
    OverflowKind,
    SkillStep,
    Strategy,
)

from .harness import Center


def code(call: object, *args: object, **kwargs: object) -> str:
    assert callable(call)
    with pytest.raises(AcdError) as err:
        call(*args, **kwargs)
    assert err.value.message
    return err.value.code


def test_unknown_things(center: Center) -> None:
    acd = center.acd
    center.queue(1)
    center.agent(1)
    assert code(acd.enqueue, "c1", 9) == "unknown_queue"
    assert code(acd.remove_queue, 9) == "unknown_queue"
    assert code(acd.set_agent_state, 9, AgentState.AVAILABLE) == "unknown_agent"
    assert code(acd.agent_lost, 9) == "unknown_agent"
    assert code(acd.remove_agent, 9) == "unknown_agent"
    assert code(acd.hang_up, "nope") == "unknown_contact"
    assert code(acd.position, "nope") == "unknown_contact"
    assert code(acd.hold, "nope", 1) == "unknown_contact"
    assert code(acd.complete_wrap_up, "nope", 1) == "unknown_contact"
    assert code(acd.offers_for, "nope") == "unknown_contact"
    assert code(acd.answer, "o999", 1) == "offer_gone"
    assert code(acd.decline, "o999", 1) == "offer_gone"
    assert center.events[-1].type is EventType.AGENT_STATE  # nothing emitted by refusals


def test_duplicate_contact(center: Center) -> None:
    center.queue(1)
    center.call("c1")
    assert code(center.acd.enqueue, "c1", 1) == "duplicate_contact"


def test_stale_and_foreign_offer_ids(center: Center) -> None:
    center.queue(1, ring_timeout_s=10)
    center.agent(1)
    center.agent(2)
    center.call("c1")
    offer = center.offer_to(1)
    assert code(center.acd.answer, offer.id, 2) == "offer_gone"  # not yours
    center.advance(10)  # missed: rings agent 2 with a new offer
    assert code(center.acd.answer, offer.id, 1) == "offer_gone"
    assert code(center.acd.decline, offer.id, 1) == "offer_gone"
    second = center.offer_to(2)
    center.acd.answer(second.id, 2)
    assert code(center.acd.answer, second.id, 2) == "offer_gone"  # only once
    center.check()


def test_commands_on_the_wrong_phase(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.call("c1")
    assert code(center.acd.hold, "c1", 1) == "not_connected"
    assert code(center.acd.hang_up_by_agent, "c1", 1) == "not_connected"
    assert code(center.acd.transfer, "c1", 1, to_queue=1) == "not_connected"
    assert code(center.acd.complete_wrap_up, "c1", 1) == "not_in_wrap_up"
    assert code(center.acd.extend_wrap_up, "c1", 1, 10) == "not_in_wrap_up"
    center.answer(1)
    assert code(center.acd.hold, "c1", 2) == "not_connected"


def test_going_offline_with_a_connected_call_is_refused(center: Center) -> None:
    center.queue(1, wrap_up_s=10)
    center.agent(1)
    center.call("c1")
    center.answer(1)
    assert code(center.acd.set_agent_state, 1, AgentState.OFFLINE) == "agent_busy"
    assert center.acd.agents[1].state is AgentState.AVAILABLE
    center.acd.hang_up("c1")
    # in wrap-up: still open
    assert code(center.acd.set_agent_state, 1, AgentState.OFFLINE) == "agent_busy"
    # a break is allowed: it takes effect for new contacts
    center.acd.set_agent_state(1, AgentState.BREAK, reason_id=4)
    center.advance(10)
    center.acd.set_agent_state(1, AgentState.OFFLINE)
    assert center.agent_states(1) == [("available", None), ("break", None), ("offline", None)]
    assert center.of_type(EventType.AGENT_STATE)[1].data["reason_id"] == 4


def test_going_offline_while_ringing_returns_the_contact(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.agent(2, state=AgentState.BREAK)
    center.call("c1")
    center.acd.set_agent_state(1, AgentState.OFFLINE)
    assert center.acd.position("c1") == 1
    assert center.last(EventType.OFFER_WITHDRAWN).agent_id == 1
    center.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert center.ringing() == {"c1": [2]}


def test_same_state_twice_emits_once(center: Center) -> None:
    center.agent(1)
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    center.acd.set_agent_state(1, AgentState.BREAK, 3)
    center.acd.set_agent_state(1, AgentState.BREAK, 3)
    center.acd.set_agent_state(1, AgentState.BREAK, 4)  # another reason is a change
    assert len(center.of_type(EventType.AGENT_STATE)) == 3


def test_removing_busy_queue_and_agent_is_refused(center: Center) -> None:
    center.queue(1)
    center.queue(2)
    center.agent(1)
    center.agent(2)
    center.call("c1")
    center.answer(1)
    assert code(center.acd.remove_queue, 1) == "queue_busy"
    assert code(center.acd.remove_agent, 1) == "agent_busy"
    center.acd.remove_queue(2)
    center.acd.remove_agent(2)
    assert set(center.acd.queues) == {1}
    assert set(center.acd.agents) == {1}
    assert code(center.acd.enqueue, "c2", 2) == "unknown_queue"
    center.check()


def test_removing_an_agent_with_a_directed_contact_is_refused(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.agent(2, state=AgentState.BREAK)
    center.call("c1")
    center.answer(1)
    center.acd.transfer("c1", 1, to_agent=2)
    assert code(center.acd.remove_agent, 2) == "agent_busy"


def test_positions(center: Center) -> None:
    center.queue(1)
    center.queue(2)
    center.agent(1, state=AgentState.BREAK)
    center.call("a")
    center.call("b")
    center.chat("t")  # chats have their own line
    center.call("vip", priority=3)
    center.call("other", 2)
    assert [center.acd.position(c) for c in ("vip", "a", "b", "t", "other")] == [1, 2, 3, 1, 1]
    assert center.acd.waiting_count(1) == 4
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert center.acd.position("vip") is None  # ringing
    assert [center.acd.position(c) for c in ("a", "b")] == [1, 2]
    center.answer(1)
    assert center.acd.position("vip") is None
    center.acd.hang_up("a", "caller_hangup")
    assert center.acd.position("b") == 1


def test_configure_queue_skills_change_reroutes_waiting_contacts(center: Center) -> None:
    center.queue(1, skills={1: 1})
    center.agent(1, skills={2: 5})  # not a member yet
    center.call("c1")
    assert center.ringing() == {}
    center.queue(1, skills={2: 1})
    assert center.acd.members(1) == {1: 5}
    assert center.ringing() == {"c1": [1]}
    center.check()


def test_configure_queue_to_skills_based_then_widening_applies(center: Center) -> None:
    center.queue(1, strategy=Strategy.LONGEST_IDLE, skills={1: 1}, wrap_up_s=0)
    center.agent(1, skills={1: 3}, state=AgentState.BREAK)
    center.call("c1")
    center.advance(10)
    center.queue(
        1,
        strategy=Strategy.SKILLS_BASED,
        skills={1: 1},
        skill_steps=(SkillStep(0, 8), SkillStep(30, 2)),
    )
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert center.ringing() == {}  # 10 s: level 8 needed
    center.advance(19.9)
    assert center.ringing() == {}
    center.advance(0.1)  # 30 s after it entered the queue
    assert center.ringing() == {"c1": [1]}
    center.check()


def test_configure_queue_from_skills_based_offers_at_once(center: Center) -> None:
    center.queue(
        1,
        strategy=Strategy.SKILLS_BASED,
        skills={1: 1},
        skill_steps=(SkillStep(0, 8),),
    )
    center.agent(1, skills={1: 3})
    center.call("c1")
    assert center.ringing() == {}
    center.queue(1, strategy=Strategy.ROUND_ROBIN, skills={1: 1})
    assert center.ringing() == {"c1": [1]}
    center.check()


def test_configure_queue_round_robin_to_longest_idle_with_free_agents(center: Center) -> None:
    center.queue(1, strategy=Strategy.ROUND_ROBIN)
    center.agent(2)
    center.advance(1)
    center.agent(1)
    center.queue(1, strategy=Strategy.LONGEST_IDLE)
    center.call("c1")
    assert center.ringing() == {"c1": [2]}
    center.check()


def test_configure_queue_adding_max_wait_applies_to_waiting_contacts(center: Center) -> None:
    center.queue(1)
    center.call("c1")
    center.advance(20)
    center.queue(1, max_wait_s=30, overflow=Overflow(OverflowKind.VOICEMAIL))
    center.advance(9.9)
    assert "c1" in center.acd.contacts
    center.advance(0.1)  # 30 s after it entered
    assert center.last(EventType.CLOSED, "c1").data["outcome"] == "voicemail"


def test_configure_queue_removing_max_wait_keeps_contacts_waiting(center: Center) -> None:
    center.queue(1, max_wait_s=30, overflow=Overflow(OverflowKind.VOICEMAIL))
    center.call("c1")
    center.advance(10)
    center.queue(1)
    center.advance(60)
    assert center.acd.position("c1") == 1
    assert center.of_type(EventType.OVERFLOWED) == []


def test_configure_agent_skills_change_routes(center: Center) -> None:
    center.queue(1, skills={1: 4})
    center.agent(1, skills={1: 2})
    center.chat("t1")
    assert center.ringing() == {}
    center.acd.configure_agent(
        center.acd.agents[1].config.__class__(id=1, skills={1: 4}, capacity={Channel.CHAT: 2})
    )
    assert center.ringing() == {"t1": [1]}
    center.check()
