"""An agent's desktop vanishes: its contacts go back to the head of their queue."""

from __future__ import annotations

from callnest.server.acd import AgentState, Channel, EventType, Phase, Strategy

from .harness import Center


def test_connected_contact_goes_to_the_head_of_the_line_keeping_its_wait() -> None:
    center = Center(decline_pause_s=2.0)
    center.queue(1)
    center.agent(1)
    center.agent(2)
    center.call("c0")  # 1000 -> agent 1
    center.advance(1)
    center.call("c1")  # 1001 -> agent 2
    center.answer(2)
    center.advance(1)
    center.call("c2")  # 1002, waits
    center.acd.decline(center.offer_to(1).id, 1)  # c0 back in line, agent 1 pauses 2 s
    center.advance(1)
    center.acd.hold("c1", 2)
    mark = center.mark()
    center.acd.agent_lost(2)
    assert [(str(e.type), e.contact_id, e.agent_id) for e in center.since(mark)] == [
        ("agent.state", None, 2),
        ("contact.requeued", "c1", 2),
    ]
    assert center.last(EventType.REQUEUED).data == {"phase": "connected"}
    assert center.agent_states(2)[-1] == ("offline", None)
    # c1 entered after c0 but goes first
    assert [center.acd.position(c) for c in ("c1", "c0", "c2")] == [1, 2, 3]
    contact = center.acd.contacts["c1"]
    assert (contact.phase, contact.agent_id, contact.entered_at) == (Phase.QUEUED, None, 1001.0)
    assert contact.held_since is None
    center.advance(1)  # 1004: agent 1's pause is over
    assert center.ringing() == {"c1": [1]}
    center.advance(2)
    center.answer(1)
    answered = center.last(EventType.ANSWERED, "c1")
    assert answered.data["wait_s"] == 5.0  # from 1001, not from the requeue
    assert answered.data["queue_wait_s"] == 5.0
    center.check()


def test_ringing_contact_goes_back_to_the_head_and_rings_someone_else(center: Center) -> None:
    center.queue(1, ring_timeout_s=20)
    center.agent(1)
    center.agent(2, state=AgentState.BREAK)
    center.call("c1")
    center.advance(1)
    center.call("c2")
    mark = center.mark()
    center.acd.agent_lost(1)
    assert center.trail("c1", mark) == [("contact.offer_withdrawn", 1)]
    assert center.last(EventType.OFFER_WITHDRAWN).data["reason"] == "requeued"
    assert center.acd.contacts["c1"].head_of_line
    assert center.acd.position("c1") == 1
    center.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert center.ringing() == {"c1": [2]}
    # the lost agent is not blamed for a miss
    assert center.acd.agents[1].missed_in_a_row == 0
    center.check()


def test_ring_all_contact_keeps_ringing_the_others(center: Center) -> None:
    center.queue(1, strategy=Strategy.RING_ALL)
    center.agent(1)
    center.agent(2)
    center.call("c1")
    center.acd.agent_lost(1)
    assert center.ringing() == {"c1": [2]}
    center.check()


def test_wrap_up_contact_is_closed(center: Center) -> None:
    center.queue(1, wrap_up_s=30)
    center.agent(1)
    center.call("c1")
    center.answer(1)
    center.advance(5)
    center.acd.hang_up_by_agent("c1", 1)
    center.advance(3)
    mark = center.mark()
    center.acd.agent_lost(1)
    assert center.trail("c1", mark) == [
        ("contact.wrapup_ended", 1),
        ("contact.closed", 1),
    ]
    assert center.last(EventType.WRAPUP_ENDED).data == {"wrap_s": 3.0, "reason": "agent_lost"}
    assert center.last(EventType.CLOSED).data["outcome"] == "answered"
    assert center.acd.agents[1].contacts == {}
    center.check()


def test_several_chats_in_every_phase(center: Center) -> None:
    center.queue(1, wrap_up_s=30)
    center.agent(1)
    center.agent(2, state=AgentState.BREAK)
    for n in range(3):
        center.chat(f"t{n}")
    center.answer(1, "t0")
    center.answer(1, "t1")
    center.acd.hang_up("t1")  # t0 connected, t1 wrap-up, t2 ringing
    center.acd.agent_lost(1)
    assert center.acd.agents[1].contacts == {}
    assert "t1" not in center.acd.contacts
    assert [center.acd.position(c) for c in ("t0", "t2")] == [1, 2]
    center.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert center.ringing() == {"t0": [2], "t2": [2]}
    center.check()


def test_contact_transferred_to_the_lost_agent_is_released_to_the_queue(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.agent(2)
    center.agent(3, state=AgentState.BREAK)
    center.call("busy")
    center.answer(1)
    center.call("c1")
    center.answer(2)
    center.acd.transfer("c1", 2, to_agent=1)  # agent 1 busy: c1 waits for it
    assert center.acd.position("c1") is None
    assert center.acd.contacts["c1"].target_agent == 1
    center.acd.agent_lost(1)
    contact = center.acd.contacts["c1"]
    assert contact.target_agent is None
    # agent 1's call went back to the head and rings agent 2; c1 waits in line
    assert center.ringing() == {"busy": [2]}
    assert center.acd.position("c1") == 1
    center.check()


def test_lost_agent_is_offline_and_offered_nothing(center: Center) -> None:
    center.queue(1)
    center.agent(1)
    center.acd.agent_lost(1)
    center.call("c1")
    assert center.ringing() == {}
    assert center.acd.agents[1].state is AgentState.OFFLINE


def test_requeued_contact_still_widens_to_lower_skill_levels(center: Center) -> None:
    from callnest.server.acd import SkillStep

    center.queue(
        1,
        strategy=Strategy.SKILLS_BASED,
        skills={1: 1},
        skill_steps=(SkillStep(0, 8), SkillStep(60, 1)),
    )
    center.agent(1, skills={1: 9})
    center.agent(2, skills={1: 2})
    center.call("c1")
    center.answer(1)
    center.advance(10)
    center.acd.agent_lost(1)  # back in line after 10 s; level 8 still needed
    assert center.ringing() == {}
    center.advance(49.9)
    assert center.ringing() == {}
    center.advance(0.1)  # 60 s after it entered: any level
    assert center.ringing() == {"c1": [2]}
    center.check()


def test_pause_keeps_the_call_and_hands_ringing_offers_back() -> None:
    center = Center()
    center.queue(1)
    center.agent(1, capacity={Channel.VOICE: 1, Channel.CHAT: 3})
    center.chat("c1")
    center.chat("c2")
    center.answer(1, "c1")
    assert center.ringing() == {"c2": [1]}
    center.acd.pause(1, "connection_lost")
    agent = center.acd.agents[1]
    assert (agent.state, agent.system_reason) == (AgentState.BREAK, "connection_lost")
    assert center.ringing() == {}
    assert center.acd.contacts["c1"].phase is Phase.CONNECTED
    assert center.acd.contacts["c2"].head_of_line
    assert center.acd.position("c2") == 1
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert center.ringing() == {"c2": [1]}
    center.check()
