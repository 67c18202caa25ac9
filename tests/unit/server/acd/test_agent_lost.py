"""An agent's desktop vanishes: its contacts go back to the head of their queue."""

from __future__ import annotations

from callnest.server.acd import AgentState, Channel, EventType, Phase, Strategy

from .harness import AcdHarness


def test_connected_contact_goes_to_the_head_of_the_line_keeping_its_wait() -> None:
    harness = AcdHarness(decline_pause_s=2.0)
    harness.queue(1)
    harness.agent(1)
    harness.agent(2)
    harness.call("c0")  # 1000 -> agent 1
    harness.advance(1)
    harness.call("c1")  # 1001 -> agent 2
    harness.answer(2)
    harness.advance(1)
    harness.call("c2")  # 1002, waits
    harness.acd.decline(harness.offer_to(1).id, 1)  # c0 back in line, agent 1 pauses 2 s
    harness.advance(1)
    harness.acd.hold("c1", 2)
    mark = harness.mark()
    harness.acd.agent_lost(2)
    assert [(str(e.type), e.contact_id, e.agent_id) for e in harness.since(mark)] == [
        ("agent.state", None, 2),
        ("contact.requeued", "c1", 2),
    ]
    assert harness.last(EventType.REQUEUED).data == {"phase": "connected"}
    assert harness.agent_states(2)[-1] == ("offline", None)
    # c1 entered after c0 but goes first
    assert [harness.acd.position(c) for c in ("c1", "c0", "c2")] == [1, 2, 3]
    contact = harness.acd.contacts["c1"]
    assert (contact.phase, contact.agent_id, contact.entered_at) == (Phase.QUEUED, None, 1001.0)
    assert contact.held_since is None
    harness.advance(1)  # 1004: agent 1's pause is over
    assert harness.ringing() == {"c1": [1]}
    harness.advance(2)
    harness.answer(1)
    answered = harness.last(EventType.ANSWERED, "c1")
    assert answered.data["wait_s"] == 5.0  # from 1001, not from the requeue
    assert answered.data["queue_wait_s"] == 5.0
    harness.check()


def test_ringing_contact_goes_back_to_the_head_and_rings_someone_else(harness: AcdHarness) -> None:
    harness.queue(1, ring_timeout_s=20)
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    harness.call("c1")
    harness.advance(1)
    harness.call("c2")
    mark = harness.mark()
    harness.acd.agent_lost(1)
    assert harness.trail("c1", mark) == [("contact.offer_withdrawn", 1)]
    assert harness.last(EventType.OFFER_WITHDRAWN).data["reason"] == "requeued"
    assert harness.acd.contacts["c1"].head_of_line
    assert harness.acd.position("c1") == 1
    harness.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert harness.ringing() == {"c1": [2]}
    # the lost agent is not blamed for a miss
    assert harness.acd.agents[1].missed_in_a_row == 0
    harness.check()


def test_ring_all_contact_keeps_ringing_the_others(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.RING_ALL)
    harness.agent(1)
    harness.agent(2)
    harness.call("c1")
    harness.acd.agent_lost(1)
    assert harness.ringing() == {"c1": [2]}
    harness.check()


def test_wrap_up_contact_is_closed(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=30)
    harness.agent(1)
    harness.call("c1")
    harness.answer(1)
    harness.advance(5)
    harness.acd.hang_up_by_agent("c1", 1)
    harness.advance(3)
    mark = harness.mark()
    harness.acd.agent_lost(1)
    assert harness.trail("c1", mark) == [
        ("contact.wrapup_ended", 1),
        ("contact.closed", 1),
    ]
    assert harness.last(EventType.WRAPUP_ENDED).data == {"wrap_s": 3.0, "reason": "agent_lost"}
    assert harness.last(EventType.CLOSED).data["outcome"] == "answered"
    assert harness.acd.agents[1].contacts == {}
    harness.check()


def test_several_chats_in_every_phase(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=30)
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    for n in range(3):
        harness.chat(f"t{n}")
    harness.answer(1, "t0")
    harness.answer(1, "t1")
    harness.acd.hang_up("t1")  # t0 connected, t1 wrap-up, t2 ringing
    harness.acd.agent_lost(1)
    assert harness.acd.agents[1].contacts == {}
    assert "t1" not in harness.acd.contacts
    assert [harness.acd.position(c) for c in ("t0", "t2")] == [1, 2]
    harness.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert harness.ringing() == {"t0": [2], "t2": [2]}
    harness.check()


def test_contact_transferred_to_the_lost_agent_is_released_to_the_queue(
    harness: AcdHarness,
) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2)
    harness.agent(3, state=AgentState.BREAK)
    harness.call("busy")
    harness.answer(1)
    harness.call("c1")
    harness.answer(2)
    harness.acd.transfer("c1", 2, to_agent=1)  # agent 1 busy: c1 waits for it
    assert harness.acd.position("c1") is None
    assert harness.acd.contacts["c1"].target_agent == 1
    harness.acd.agent_lost(1)
    contact = harness.acd.contacts["c1"]
    assert contact.target_agent is None
    # agent 1's call went back to the head and rings agent 2; c1 waits in line
    assert harness.ringing() == {"busy": [2]}
    assert harness.acd.position("c1") == 1
    harness.check()


def test_lost_agent_is_offline_and_offered_nothing(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.acd.agent_lost(1)
    harness.call("c1")
    assert harness.ringing() == {}
    assert harness.acd.agents[1].state is AgentState.OFFLINE


def test_requeued_contact_still_widens_to_lower_skill_levels(harness: AcdHarness) -> None:
    from callnest.server.acd import SkillStep

    harness.queue(
        1,
        strategy=Strategy.SKILLS_BASED,
        skills={1: 1},
        skill_steps=(SkillStep(0, 8), SkillStep(60, 1)),
    )
    harness.agent(1, skills={1: 9})
    harness.agent(2, skills={1: 2})
    harness.call("c1")
    harness.answer(1)
    harness.advance(10)
    harness.acd.agent_lost(1)  # back in line after 10 s; level 8 still needed
    assert harness.ringing() == {}
    harness.advance(49.9)
    assert harness.ringing() == {}
    harness.advance(0.1)  # 60 s after it entered: any level
    assert harness.ringing() == {"c1": [2]}
    harness.check()


def test_pause_keeps_the_call_and_hands_ringing_offers_back() -> None:
    harness = AcdHarness()
    harness.queue(1)
    harness.agent(1, capacity={Channel.VOICE: 1, Channel.CHAT: 3})
    harness.chat("c1")
    harness.chat("c2")
    harness.answer(1, "c1")
    assert harness.ringing() == {"c2": [1]}
    harness.acd.pause(1, "connection_lost")
    agent = harness.acd.agents[1]
    assert (agent.state, agent.system_reason) == (AgentState.BREAK, "connection_lost")
    assert harness.ringing() == {}
    assert harness.acd.contacts["c1"].phase is Phase.CONNECTED
    assert harness.acd.contacts["c2"].head_of_line
    assert harness.acd.position("c2") == 1
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.ringing() == {"c2": [1]}
    harness.check()
