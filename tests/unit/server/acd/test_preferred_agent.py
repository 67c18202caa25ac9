"""A contact that waits first for one agent (a customer writing again in a
conversation that agent had), then for anyone in its queue."""

from __future__ import annotations

from callnest.server.acd import AgentState, Channel

from .harness import AcdHarness

GRACE_S = 600.0


def email(harness: AcdHarness, contact_id: str, prefer: int | None, queue_id: int = 1) -> None:
    harness.acd.enqueue(
        contact_id, queue_id, Channel.EMAIL, prefer_agent=prefer, prefer_for_s=GRACE_S
    )


def test_it_rings_its_agent_though_another_waited_longer(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.advance(5)
    harness.agent(2)
    email(harness, "m1", prefer=2)
    assert harness.ringing() == {"m1": [2]}
    harness.check()


def test_it_waits_for_its_agent_and_not_for_others(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    email(harness, "m1", prefer=2)
    harness.advance(GRACE_S / 2)
    assert harness.ringing() == {}  # agent 1 is free, but it waits for 2
    assert harness.acd.position("m1") is None
    harness.acd.set_agent_state(2, AgentState.AVAILABLE)
    assert harness.ringing() == {"m1": [2]}
    harness.check()


def test_past_the_grace_anyone_in_the_queue_takes_it(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2)
    harness.acd.set_agent_state(2, AgentState.BREAK)
    email(harness, "m1", prefer=2)
    harness.advance(GRACE_S - 1)
    assert harness.ringing() == {}
    harness.advance(1)
    assert harness.ringing() == {"m1": [1]}
    harness.check()


def test_its_agent_logged_out_means_the_queue_at_once(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2, state=AgentState.OFFLINE)
    email(harness, "m1", prefer=2)
    assert harness.ringing() == {"m1": [1]}
    harness.check()


def test_its_agent_logging_out_while_it_waits_releases_it(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    email(harness, "m1", prefer=2)
    assert harness.ringing() == {}
    harness.acd.set_agent_state(2, AgentState.OFFLINE)
    assert harness.ringing() == {"m1": [1]}
    harness.check()


def test_declined_by_its_agent_it_goes_to_the_queue(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2)
    email(harness, "m1", prefer=2)
    harness.acd.decline(harness.offer_to(2).id, 2)
    assert harness.ringing() == {"m1": [1]}
    harness.check()


def test_an_agent_who_no_longer_serves_the_queue_is_not_waited_for(
    harness: AcdHarness,
) -> None:
    harness.queue(1, skills={7: 1})
    harness.agent(1, skills={7: 3})
    harness.agent(2)  # without the queue's skill
    harness.acd.set_agent_state(1, AgentState.BREAK)
    email(harness, "m1", prefer=2)
    assert harness.acd.position("m1") == 1  # in the queue's line
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.ringing() == {"m1": [1]}
    harness.check()


def test_answered_in_time_the_grace_timer_changes_nothing(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2)
    email(harness, "m1", prefer=2)
    harness.answer(2, "m1")
    harness.advance(GRACE_S * 2)
    assert harness.acd.contacts["m1"].agent_id == 2
    assert harness.ringing() == {}
    harness.check()
