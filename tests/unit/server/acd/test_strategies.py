"""Each strategy offers a contact to the agent it should."""

from __future__ import annotations

from callnest.server.acd import AgentState, EventType, SkillStep, Strategy

from .harness import AcdHarness


def test_longest_idle_offers_the_agent_idle_longest(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.LONGEST_IDLE, wrap_up_s=0)
    harness.agent(2)  # idle since 1000
    harness.advance(1)
    harness.agent(3)  # since 1001
    harness.advance(1)
    harness.agent(1)  # since 1002
    harness.call("c1")
    assert harness.ringing() == {"c1": [2]}
    harness.answer(2)
    harness.call("c2")
    assert harness.ringing() == {"c2": [3]}
    harness.answer(3)
    # Agent 2 finishes: it is now the most recently idle, behind agent 1.
    harness.advance(1)
    harness.acd.hang_up("c1")
    harness.call("c3")
    assert harness.ringing() == {"c3": [1]}
    harness.answer(1)
    harness.call("c4")
    assert harness.ringing() == {"c4": [2]}
    harness.check()


def test_longest_idle_ignores_agents_not_available(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1, state=AgentState.BREAK)
    harness.agent(2, state=None)  # offline
    harness.advance(1)
    harness.agent(3)
    harness.call("c1")
    assert harness.ringing() == {"c1": [3]}


def test_round_robin_rotates_wraps_around_and_skips_agents_not_free(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.ROUND_ROBIN, wrap_up_s=0)
    for agent_id in (1, 2, 3, 4):
        harness.agent(agent_id)
    harness.acd.set_agent_state(3, AgentState.BREAK)
    picked = []
    for n in range(6):
        harness.call(f"c{n}")
        (offer,) = harness.acd.offers_for(f"c{n}")
        picked.append(offer.agent_id)
        harness.answer(offer.agent_id)
        if n == 3:
            # agent 1 still talking when the rotation comes back to it
            continue
        harness.acd.hang_up(f"c{n}")
    # 1, 2, (3 on break) 4, wrap to 1 (kept busy), 2, (3) 4
    assert picked == [1, 2, 4, 1, 2, 4]
    harness.check()


def test_round_robin_next_turn_skips_a_busy_agent(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.ROUND_ROBIN, wrap_up_s=0)
    for agent_id in (1, 2, 3):
        harness.agent(agent_id)
    harness.call("a")
    harness.answer(1)  # cursor at 1; agent 1 stays busy
    harness.call("b")
    harness.answer(2)
    harness.acd.hang_up("b")
    harness.call("c")
    harness.answer(3)
    harness.acd.hang_up("c")
    harness.call("d")  # after 3 comes 1 (busy), then 2
    assert harness.ringing() == {"d": [2]}


def test_fewest_contacts_prefers_fewest_handled_over_longest_idle(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.FEWEST_CONTACTS, wrap_up_s=0)
    harness.agent(1)
    harness.agent(2)
    harness.agent(3, state=AgentState.BREAK)

    def handle(contact_id: str) -> int:
        harness.call(contact_id)
        (offer,) = harness.acd.offers_for(contact_id)
        harness.answer(offer.agent_id)
        harness.advance(1)
        harness.acd.hang_up(contact_id)
        return offer.agent_id

    assert handle("c1") == 1  # 0 vs 0 handled: longest idle, then id
    assert handle("c2") == 2  # agent 1 has handled one
    assert handle("c3") == 1  # one each: agent 1 idle longer
    harness.acd.set_agent_state(3, AgentState.AVAILABLE)  # idle the shortest, 0 handled
    assert handle("c4") == 3
    assert handle("c5") == 2  # handled: 1 -> 2, 2 -> 1, 3 -> 1 (idle since later)
    assert [harness.acd.agents[a].handled for a in (1, 2, 3)] == [2, 2, 1]


def test_ring_all_offers_every_free_agent_first_answer_wins(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.RING_ALL)
    for agent_id in (1, 2, 3, 4):
        harness.agent(agent_id)
    harness.call("busy")
    assert harness.offered_agents("busy") == [1, 2, 3, 4]
    harness.answer(4)
    mark = harness.mark()
    harness.call("c1")
    assert harness.offered_agents("c1") == [1, 2, 3]
    harness.answer(2)
    trail = [(str(e.type), e.agent_id, e.data.get("reason")) for e in harness.since(mark)]
    assert trail == [
        ("contact.entered", None, None),
        ("contact.offered", 1, None),
        ("contact.offered", 2, None),
        ("contact.offered", 3, None),
        ("contact.offer_withdrawn", 1, "answered_elsewhere"),
        ("contact.offer_withdrawn", 3, "answered_elsewhere"),
        ("contact.answered", 2, None),
    ]
    assert harness.acd.offers == {}
    # the losers are free again: the next contact rings both of them
    harness.call("c2")
    assert harness.offered_agents("c2") == [1, 3]
    harness.check()


def test_ring_all_withdrawn_agents_take_the_next_waiting_contact(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.RING_ALL)
    harness.agent(1)
    harness.agent(2)
    harness.call("c1")
    harness.call("c2")  # nobody free: waits
    assert harness.acd.position("c2") == 1
    harness.answer(1, "c1")
    # agent 2's offer for c1 is withdrawn and c2 rings it at once
    assert harness.ringing() == {"c2": [2]}
    harness.check()


def skills_center() -> AcdHarness:
    harness = AcdHarness()
    harness.queue(
        1,
        strategy=Strategy.SKILLS_BASED,
        skills={7: 1},
        skill_steps=(SkillStep(0, 8), SkillStep(30, 5), SkillStep(60, 1)),
    )
    return harness


def test_skills_based_offers_the_highest_level_first() -> None:
    harness = skills_center()
    harness.agent(1, skills={7: 3})
    harness.agent(2, skills={7: 9})
    harness.agent(3, skills={7: 8})
    harness.agent(4, skills={6: 10})  # not a member: lacks skill 7
    assert harness.acd.members(1) == {1: 3, 2: 9, 3: 8}
    harness.call("c1")
    assert harness.ringing() == {"c1": [2]}
    harness.answer(2)
    harness.call("c2")
    assert harness.ringing() == {"c2": [3]}
    harness.check()


def test_skills_based_widens_to_lower_levels_only_when_the_step_is_due() -> None:
    harness = skills_center()
    harness.agent(1, skills={7: 9})
    harness.call("busy")
    harness.answer(1)
    harness.agent(2, skills={7: 6})
    harness.agent(3, skills={7: 2})
    harness.call("c1")
    assert harness.ringing() == {}  # nobody at level 8+ free
    harness.advance(29.9)
    assert harness.ringing() == {}
    harness.advance(0.1)  # 30 s: down to level 5
    assert harness.ringing() == {"c1": [2]}
    offered = harness.last(EventType.OFFERED, "c1")
    assert offered.at == 1030.0
    harness.check()


def test_skills_based_lowest_level_after_last_step() -> None:
    harness = skills_center()
    harness.agent(3, skills={7: 2})
    harness.call("c1")
    harness.advance(59)
    assert harness.ringing() == {}
    harness.advance(1)
    assert harness.ringing() == {"c1": [3]}


def test_skills_based_freed_agent_takes_only_contacts_its_level_allows() -> None:
    harness = skills_center()
    harness.queue(
        1,
        strategy=Strategy.SKILLS_BASED,
        skills={7: 1},
        skill_steps=(SkillStep(0, 8), SkillStep(30, 5), SkillStep(60, 1)),
        wrap_up_s=0,
    )
    harness.agent(1, skills={7: 6})
    harness.agent(2, skills={7: 9})
    harness.call("x")
    harness.answer(2)
    harness.call("y")  # agent 1 is free but below level 8
    harness.advance(10)
    harness.acd.set_agent_state(1, AgentState.BREAK)
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.ringing() == {}  # still only 10 s: needs level 8
    harness.acd.hang_up("x")  # agent 2 (level 9) frees up
    assert harness.ringing() == {"y": [2]}
