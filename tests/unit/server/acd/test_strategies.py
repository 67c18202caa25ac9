"""Each strategy offers a contact to the agent it should."""

from __future__ import annotations

from callnest.server.acd import AgentState, EventType, SkillStep, Strategy

from .harness import Center


def test_longest_idle_offers_the_agent_idle_longest(center: Center) -> None:
    center.queue(1, strategy=Strategy.LONGEST_IDLE, wrap_up_s=0)
    center.agent(2)  # idle since 1000
    center.advance(1)
    center.agent(3)  # since 1001
    center.advance(1)
    center.agent(1)  # since 1002
    center.call("c1")
    assert center.ringing() == {"c1": [2]}
    center.answer(2)
    center.call("c2")
    assert center.ringing() == {"c2": [3]}
    center.answer(3)
    # Agent 2 finishes: it is now the most recently idle, behind agent 1.
    center.advance(1)
    center.acd.hang_up("c1")
    center.call("c3")
    assert center.ringing() == {"c3": [1]}
    center.answer(1)
    center.call("c4")
    assert center.ringing() == {"c4": [2]}
    center.check()


def test_longest_idle_ignores_agents_not_available(center: Center) -> None:
    center.queue(1)
    center.agent(1, state=AgentState.BREAK)
    center.agent(2, state=None)  # offline
    center.advance(1)
    center.agent(3)
    center.call("c1")
    assert center.ringing() == {"c1": [3]}


def test_round_robin_rotates_wraps_around_and_skips_agents_not_free(center: Center) -> None:
    center.queue(1, strategy=Strategy.ROUND_ROBIN, wrap_up_s=0)
    for agent_id in (1, 2, 3, 4):
        center.agent(agent_id)
    center.acd.set_agent_state(3, AgentState.BREAK)
    picked = []
    for n in range(6):
        center.call(f"c{n}")
        (offer,) = center.acd.offers_for(f"c{n}")
        picked.append(offer.agent_id)
        center.answer(offer.agent_id)
        if n == 3:
            # agent 1 still talking when the rotation comes back to it
            continue
        center.acd.hang_up(f"c{n}")
    # 1, 2, (3 on break) 4, wrap to 1 (kept busy), 2, (3) 4
    assert picked == [1, 2, 4, 1, 2, 4]
    center.check()


def test_round_robin_next_turn_skips_a_busy_agent(center: Center) -> None:
    center.queue(1, strategy=Strategy.ROUND_ROBIN, wrap_up_s=0)
    for agent_id in (1, 2, 3):
        center.agent(agent_id)
    center.call("a")
    center.answer(1)  # cursor at 1; agent 1 stays busy
    center.call("b")
    center.answer(2)
    center.acd.hang_up("b")
    center.call("c")
    center.answer(3)
    center.acd.hang_up("c")
    center.call("d")  # after 3 comes 1 (busy), then 2
    assert center.ringing() == {"d": [2]}


def test_fewest_contacts_prefers_fewest_handled_over_longest_idle(center: Center) -> None:
    center.queue(1, strategy=Strategy.FEWEST_CONTACTS, wrap_up_s=0)
    center.agent(1)
    center.agent(2)
    center.agent(3, state=AgentState.BREAK)

    def handle(contact_id: str) -> int:
        center.call(contact_id)
        (offer,) = center.acd.offers_for(contact_id)
        center.answer(offer.agent_id)
        center.advance(1)
        center.acd.hang_up(contact_id)
        return offer.agent_id

    assert handle("c1") == 1  # 0 vs 0 handled: longest idle, then id
    assert handle("c2") == 2  # agent 1 has handled one
    assert handle("c3") == 1  # one each: agent 1 idle longer
    center.acd.set_agent_state(3, AgentState.AVAILABLE)  # idle the shortest, 0 handled
    assert handle("c4") == 3
    assert handle("c5") == 2  # handled: 1 -> 2, 2 -> 1, 3 -> 1 (idle since later)
    assert [center.acd.agents[a].handled for a in (1, 2, 3)] == [2, 2, 1]


def test_ring_all_offers_every_free_agent_first_answer_wins(center: Center) -> None:
    center.queue(1, strategy=Strategy.RING_ALL)
    for agent_id in (1, 2, 3, 4):
        center.agent(agent_id)
    center.call("busy")
    assert center.offered_agents("busy") == [1, 2, 3, 4]
    center.answer(4)
    mark = center.mark()
    center.call("c1")
    assert center.offered_agents("c1") == [1, 2, 3]
    center.answer(2)
    trail = [(str(e.type), e.agent_id, e.data.get("reason")) for e in center.since(mark)]
    assert trail == [
        ("contact.entered", None, None),
        ("contact.offered", 1, None),
        ("contact.offered", 2, None),
        ("contact.offered", 3, None),
        ("contact.offer_withdrawn", 1, "answered_elsewhere"),
        ("contact.offer_withdrawn", 3, "answered_elsewhere"),
        ("contact.answered", 2, None),
    ]
    assert center.acd.offers == {}
    # the losers are free again: the next contact rings both of them
    center.call("c2")
    assert center.offered_agents("c2") == [1, 3]
    center.check()


def test_ring_all_withdrawn_agents_take_the_next_waiting_contact(center: Center) -> None:
    center.queue(1, strategy=Strategy.RING_ALL)
    center.agent(1)
    center.agent(2)
    center.call("c1")
    center.call("c2")  # nobody free: waits
    assert center.acd.position("c2") == 1
    center.answer(1, "c1")
    # agent 2's offer for c1 is withdrawn and c2 rings it at once
    assert center.ringing() == {"c2": [2]}
    center.check()


def skills_center() -> Center:
    center = Center()
    center.queue(
        1,
        strategy=Strategy.SKILLS_BASED,
        skills={7: 1},
        skill_steps=(SkillStep(0, 8), SkillStep(30, 5), SkillStep(60, 1)),
    )
    return center


def test_skills_based_offers_the_highest_level_first() -> None:
    center = skills_center()
    center.agent(1, skills={7: 3})
    center.agent(2, skills={7: 9})
    center.agent(3, skills={7: 8})
    center.agent(4, skills={6: 10})  # not a member: lacks skill 7
    assert center.acd.members(1) == {1: 3, 2: 9, 3: 8}
    center.call("c1")
    assert center.ringing() == {"c1": [2]}
    center.answer(2)
    center.call("c2")
    assert center.ringing() == {"c2": [3]}
    center.check()


def test_skills_based_widens_to_lower_levels_only_when_the_step_is_due() -> None:
    center = skills_center()
    center.agent(1, skills={7: 9})
    center.call("busy")
    center.answer(1)
    center.agent(2, skills={7: 6})
    center.agent(3, skills={7: 2})
    center.call("c1")
    assert center.ringing() == {}  # nobody at level 8+ free
    center.advance(29.9)
    assert center.ringing() == {}
    center.advance(0.1)  # 30 s: down to level 5
    assert center.ringing() == {"c1": [2]}
    offered = center.last(EventType.OFFERED, "c1")
    assert offered.at == 1030.0
    center.check()


def test_skills_based_lowest_level_after_last_step() -> None:
    center = skills_center()
    center.agent(3, skills={7: 2})
    center.call("c1")
    center.advance(59)
    assert center.ringing() == {}
    center.advance(1)
    assert center.ringing() == {"c1": [3]}


def test_skills_based_freed_agent_takes_only_contacts_its_level_allows() -> None:
    center = skills_center()
    center.queue(
        1,
        strategy=Strategy.SKILLS_BASED,
        skills={7: 1},
        skill_steps=(SkillStep(0, 8), SkillStep(30, 5), SkillStep(60, 1)),
        wrap_up_s=0,
    )
    center.agent(1, skills={7: 6})
    center.agent(2, skills={7: 9})
    center.call("x")
    center.answer(2)
    center.call("y")  # agent 1 is free but below level 8
    center.advance(10)
    center.acd.set_agent_state(1, AgentState.BREAK)
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert center.ringing() == {}  # still only 10 s: needs level 8
    center.acd.hang_up("x")  # agent 2 (level 9) frees up
    assert center.ringing() == {"y": [2]}
