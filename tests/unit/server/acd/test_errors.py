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

from .harness import AcdHarness


def code(call: object, *args: object, **kwargs: object) -> str:
    assert callable(call)
    with pytest.raises(AcdError) as err:
        call(*args, **kwargs)
    assert err.value.message
    return err.value.code


def test_unknown_things(harness: AcdHarness) -> None:
    acd = harness.acd
    harness.queue(1)
    harness.agent(1)
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
    assert harness.events[-1].type is EventType.AGENT_STATE  # nothing emitted by refusals


def test_duplicate_contact(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.call("c1")
    assert code(harness.acd.enqueue, "c1", 1) == "duplicate_contact"


def test_stale_and_foreign_offer_ids(harness: AcdHarness) -> None:
    harness.queue(1, ring_timeout_s=10)
    harness.agent(1)
    harness.agent(2)
    harness.call("c1")
    offer = harness.offer_to(1)
    assert code(harness.acd.answer, offer.id, 2) == "offer_gone"  # not yours
    harness.advance(10)  # missed: rings agent 2 with a new offer
    assert code(harness.acd.answer, offer.id, 1) == "offer_gone"
    assert code(harness.acd.decline, offer.id, 1) == "offer_gone"
    second = harness.offer_to(2)
    harness.acd.answer(second.id, 2)
    assert code(harness.acd.answer, second.id, 2) == "offer_gone"  # only once
    harness.check()


def test_commands_on_the_wrong_phase(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.call("c1")
    assert code(harness.acd.hold, "c1", 1) == "not_connected"
    assert code(harness.acd.hang_up_by_agent, "c1", 1) == "not_connected"
    assert code(harness.acd.transfer, "c1", 1, to_queue=1) == "not_connected"
    assert code(harness.acd.complete_wrap_up, "c1", 1) == "not_in_wrap_up"
    assert code(harness.acd.extend_wrap_up, "c1", 1, 10) == "not_in_wrap_up"
    harness.answer(1)
    assert code(harness.acd.hold, "c1", 2) == "not_connected"


def test_going_offline_with_a_connected_call_is_refused(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=10)
    harness.agent(1)
    harness.call("c1")
    harness.answer(1)
    assert code(harness.acd.set_agent_state, 1, AgentState.OFFLINE) == "agent_busy"
    assert harness.acd.agents[1].state is AgentState.AVAILABLE
    harness.acd.hang_up("c1")
    # in wrap-up: still open
    assert code(harness.acd.set_agent_state, 1, AgentState.OFFLINE) == "agent_busy"
    # a break is allowed: it takes effect for new contacts
    harness.acd.set_agent_state(1, AgentState.BREAK, reason_id=4)
    harness.advance(10)
    harness.acd.set_agent_state(1, AgentState.OFFLINE)
    assert harness.agent_states(1) == [("available", None), ("break", None), ("offline", None)]
    assert harness.of_type(EventType.AGENT_STATE)[1].data["reason_id"] == 4


def test_going_offline_while_ringing_returns_the_contact(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    harness.call("c1")
    harness.acd.set_agent_state(1, AgentState.OFFLINE)
    assert harness.acd.position("c1") == 1
    assert harness.last(EventType.OFFER_WITHDRAWN).agent_id == 1
    harness.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert harness.ringing() == {"c1": [2]}


def test_same_state_twice_emits_once(harness: AcdHarness) -> None:
    harness.agent(1)
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    harness.acd.set_agent_state(1, AgentState.BREAK, 3)
    harness.acd.set_agent_state(1, AgentState.BREAK, 3)
    harness.acd.set_agent_state(1, AgentState.BREAK, 4)  # another reason is a change
    assert len(harness.of_type(EventType.AGENT_STATE)) == 3


def test_removing_busy_queue_and_agent_is_refused(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.queue(2)
    harness.agent(1)
    harness.agent(2)
    harness.call("c1")
    harness.answer(1)
    assert code(harness.acd.remove_queue, 1) == "queue_busy"
    assert code(harness.acd.remove_agent, 1) == "agent_busy"
    harness.acd.remove_queue(2)
    harness.acd.remove_agent(2)
    assert set(harness.acd.queues) == {1}
    assert set(harness.acd.agents) == {1}
    assert code(harness.acd.enqueue, "c2", 2) == "unknown_queue"
    harness.check()


def test_removing_an_agent_with_a_directed_contact_is_refused(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    harness.call("c1")
    harness.answer(1)
    harness.acd.transfer("c1", 1, to_agent=2)
    assert code(harness.acd.remove_agent, 2) == "agent_busy"


def test_positions(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.queue(2)
    harness.agent(1, state=AgentState.BREAK)
    harness.call("a")
    harness.call("b")
    harness.chat("t")  # chats have their own line
    harness.call("vip", priority=3)
    harness.call("other", 2)
    assert [harness.acd.position(c) for c in ("vip", "a", "b", "t", "other")] == [1, 2, 3, 1, 1]
    assert harness.acd.waiting_count(1) == 4
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.acd.position("vip") is None  # ringing
    assert [harness.acd.position(c) for c in ("a", "b")] == [1, 2]
    harness.answer(1)
    assert harness.acd.position("vip") is None
    harness.acd.hang_up("a", "caller_hangup")
    assert harness.acd.position("b") == 1


def test_configure_queue_skills_change_reroutes_waiting_contacts(harness: AcdHarness) -> None:
    harness.queue(1, skills={1: 1})
    harness.agent(1, skills={2: 5})  # not a member yet
    harness.call("c1")
    assert harness.ringing() == {}
    harness.queue(1, skills={2: 1})
    assert harness.acd.members(1) == {1: 5}
    assert harness.ringing() == {"c1": [1]}
    harness.check()


def test_configure_queue_to_skills_based_then_widening_applies(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.LONGEST_IDLE, skills={1: 1}, wrap_up_s=0)
    harness.agent(1, skills={1: 3}, state=AgentState.BREAK)
    harness.call("c1")
    harness.advance(10)
    harness.queue(
        1,
        strategy=Strategy.SKILLS_BASED,
        skills={1: 1},
        skill_steps=(SkillStep(0, 8), SkillStep(30, 2)),
    )
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.ringing() == {}  # 10 s: level 8 needed
    harness.advance(19.9)
    assert harness.ringing() == {}
    harness.advance(0.1)  # 30 s after it entered the queue
    assert harness.ringing() == {"c1": [1]}
    harness.check()


def test_configure_queue_from_skills_based_offers_at_once(harness: AcdHarness) -> None:
    harness.queue(
        1,
        strategy=Strategy.SKILLS_BASED,
        skills={1: 1},
        skill_steps=(SkillStep(0, 8),),
    )
    harness.agent(1, skills={1: 3})
    harness.call("c1")
    assert harness.ringing() == {}
    harness.queue(1, strategy=Strategy.ROUND_ROBIN, skills={1: 1})
    assert harness.ringing() == {"c1": [1]}
    harness.check()


def test_configure_queue_round_robin_to_longest_idle_with_free_agents(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.ROUND_ROBIN)
    harness.agent(2)
    harness.advance(1)
    harness.agent(1)
    harness.queue(1, strategy=Strategy.LONGEST_IDLE)
    harness.call("c1")
    assert harness.ringing() == {"c1": [2]}
    harness.check()


def test_configure_queue_adding_max_wait_applies_to_waiting_contacts(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.call("c1")
    harness.advance(20)
    harness.queue(1, max_wait_s=30, overflow=Overflow(OverflowKind.VOICEMAIL))
    harness.advance(9.9)
    assert "c1" in harness.acd.contacts
    harness.advance(0.1)  # 30 s after it entered
    assert harness.last(EventType.CLOSED, "c1").data["outcome"] == "voicemail"


def test_configure_queue_removing_max_wait_keeps_contacts_waiting(harness: AcdHarness) -> None:
    harness.queue(1, max_wait_s=30, overflow=Overflow(OverflowKind.VOICEMAIL))
    harness.call("c1")
    harness.advance(10)
    harness.queue(1)
    harness.advance(60)
    assert harness.acd.position("c1") == 1
    assert harness.of_type(EventType.OVERFLOWED) == []


def test_configure_agent_skills_change_routes(harness: AcdHarness) -> None:
    harness.queue(1, skills={1: 4})
    harness.agent(1, skills={1: 2})
    harness.chat("t1")
    assert harness.ringing() == {}
    harness.acd.configure_agent(
        harness.acd.agents[1].config.__class__(id=1, skills={1: 4}, capacity={Channel.CHAT: 2})
    )
    assert harness.ringing() == {"t1": [1]}
    harness.check()
