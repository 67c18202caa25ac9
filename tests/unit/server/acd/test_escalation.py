"""Escalation tiers: the ACD's command that moves a contact up a tier, and
the rules that decide when, on a fake clock. An item past a target moves to
the specialists' queue or to the supervisors, once per tier, and after any
check nothing past its target is left without an owner."""

from __future__ import annotations

import random
from typing import Any

import pytest

from callnest.protocol import ErrorCode
from callnest.server.acd import AcdError, AgentState, Channel, EventType, Phase
from callnest.server.acd.escalation import Escalator
from callnest.server.acd.events import Entered, Escalated, Event, OfferWithdrawn

from .harness import AcdHarness

FIRST_LINE, SPECIALISTS = 1, 2
EXPERTISE = 7  # the skill only specialists have


def bench(**first_line: Any) -> tuple[AcdHarness, Escalator]:
    """Queue 1, the first line (its targets ``first_line``), escalating to
    queue 2, the specialists' (who need EXPERTISE); nobody logged in yet."""
    h = AcdHarness()
    h.queue(SPECIALISTS, skills={EXPERTISE: 1}, first_response_target_s=50.0)
    h.queue(FIRST_LINE, **({"escalate_to": SPECIALISTS} | first_line))
    rules = Escalator(h.acd, h.clock)
    h.listeners.append(rules.on_event)
    return h, rules


def task(h: AcdHarness, contact_id: str, queue_id: int = FIRST_LINE) -> None:
    h.acd.enqueue(contact_id, queue_id, Channel.TASK)


def escalations(h: AcdHarness, contact_id: str | None = None) -> list[tuple[int, str, int | None]]:
    """(tier, reason, to queue) of each Escalated event, in order."""
    return [
        (e.tier, e.reason, e.to_queue_id)
        for e in h.events
        if isinstance(e, Escalated) and (contact_id is None or e.contact_id == contact_id)
    ]


def check(h: AcdHarness, rules: Escalator) -> None:
    rules.check()
    h.check()
    assert rules.unowned() == []


# ------------------------------------------------------------ the ACD's command


def test_escalating_a_waiting_task_moves_it_keeping_its_first_entry() -> None:
    h, _ = bench()
    task(h, "t1")
    h.advance(30)
    mark = h.mark()
    contact = h.acd.escalate("t1", 2, "first_response", SPECIALISTS)
    assert [e.type for e in h.since(mark)] == [EventType.ESCALATED, EventType.ENTERED]
    escalated, entered = h.since(mark)
    assert isinstance(escalated, Escalated) and isinstance(entered, Entered)
    assert (escalated.queue_id, escalated.to_queue_id, escalated.tier) == (1, 2, 2)
    assert (entered.queue_id, entered.waited_s) == (SPECIALISTS, 30.0)
    assert contact.entered_at == 1_000.0 and contact.queue_entered_at == h.now
    assert (contact.tier, contact.tier_since, contact.escalation_reason) == (
        2,
        h.now,
        "first_response",
    )
    assert h.acd.position("t1") == 1 and h.acd.waiting_count(FIRST_LINE) == 0
    h.check()
    # A specialist who logs in takes it.
    h.agent(5, skills={EXPERTISE: 3})
    assert h.offer_to(5).contact_id == "t1"


def test_a_ringing_task_is_taken_back_from_its_agent_and_moved() -> None:
    h, _ = bench()
    h.agent(1)
    task(h, "t1")
    assert h.offer_to(1).contact_id == "t1"
    mark = h.mark()
    h.acd.escalate("t1", 2, "first_response", SPECIALISTS)
    kinds = [type(e) for e in h.since(mark)]
    assert kinds[:2] == [Escalated, OfferWithdrawn] and Entered in kinds
    withdrawn = h.since(mark)[1]
    assert isinstance(withdrawn, OfferWithdrawn) and withdrawn.reason == "requeued"
    assert h.acd.contacts["t1"].queue_id == SPECIALISTS and h.offers_to(1) == []
    h.check()


def test_tier_three_leaves_the_contact_with_its_agent() -> None:
    h, _ = bench()
    h.agent(1)
    task(h, "t1")
    h.answer(1)
    mark = h.mark()
    h.acd.escalate("t1", 3, "resolution")
    [event] = h.since(mark)
    assert isinstance(event, Escalated)
    assert (event.agent_id, event.queue_id, event.to_queue_id) == (1, FIRST_LINE, None)
    contact = h.acd.contacts["t1"]
    assert (contact.phase, contact.agent_id, contact.tier) == (Phase.CONNECTED, 1, 3)
    h.check()


@pytest.mark.parametrize(
    ("tier", "to_queue", "code"),
    [
        (2, FIRST_LINE, ErrorCode.BAD_TRANSFER),  # where it is already
        (2, 99, ErrorCode.UNKNOWN_QUEUE),
        (1, None, ErrorCode.CONFLICT),  # its own tier
        (4, None, ErrorCode.CONFLICT),  # there is no fourth
    ],
)
def test_a_move_the_tiers_do_not_allow_is_refused(
    tier: int, to_queue: int | None, code: ErrorCode
) -> None:
    h, _ = bench()
    task(h, "t1")
    mark = h.mark()
    with pytest.raises(AcdError) as refused:
        h.acd.escalate("t1", tier, "resolution", to_queue)
    assert refused.value.code is code and h.since(mark) == []
    assert h.acd.contacts["t1"].tier == 1


def test_a_contact_moves_up_each_tier_once_and_an_agent_keeps_what_they_hold() -> None:
    h, _ = bench()
    h.agent(1)
    task(h, "t1")
    h.answer(1)
    with pytest.raises(AcdError) as held:
        h.acd.escalate("t1", 2, "resolution", SPECIALISTS)
    assert held.value.code is ErrorCode.CONFLICT
    h.acd.escalate("t1", 3, "resolution")
    for tier in (2, 3):
        with pytest.raises(AcdError):
            h.acd.escalate("t1", tier, "resolution")
    assert escalations(h) == [(3, "resolution", None)]


def test_the_log_keeps_an_escalation_as_a_row() -> None:
    event = Escalated(5.0, "c1", 1, None, tier=2, reason="first_response", to_queue_id=2)
    assert event.data == {"tier": 2, "reason": "first_response", "to_queue_id": 2}
    assert Event.from_row(event.as_row()) == event


def test_a_move_counts_as_leaving_the_first_queue_unanswered() -> None:
    from callnest.server.acd import StatsFold

    h, _ = bench()
    task(h, "t1")
    h.acd.escalate("t1", 2, "first_response", SPECIALISTS)
    stats = StatsFold(lambda _q: 20.0).apply_all(h.events)
    first, specialists = stats.queue(FIRST_LINE), stats.queue(SPECIALISTS)
    assert (first.offered, first.overflowed, first.waiting) == (1, 1, {})
    assert (specialists.offered, list(specialists.waiting)) == (1, ["t1"])


def test_a_restart_takes_up_the_tier_quietly() -> None:
    h, _ = bench()
    task(h, "t1")
    mark = h.mark()
    h.acd.restore_escalation("t1", 3, "resolution", 900.0)
    contact = h.acd.contacts["t1"]
    assert (contact.tier, contact.tier_since, contact.escalation_reason) == (3, 900.0, "resolution")
    assert h.since(mark) == []


# --------------------------------------------------------------------- rules


def test_a_task_nobody_answers_goes_to_the_specialists_then_the_supervisors() -> None:
    h, rules = bench(first_response_target_s=60.0)
    h.agent(5, skills={EXPERTISE: 3}, state=AgentState.BREAK)  # a specialist, logged in
    task(h, "t1")
    h.advance(59)
    check(h, rules)
    assert escalations(h) == []
    h.advance(1)
    check(h, rules)
    assert escalations(h) == [(2, "first_response", SPECIALISTS)]
    assert h.acd.contacts["t1"].queue_id == SPECIALISTS
    # The specialists' own target counts from its arrival there.
    h.advance(49)
    check(h, rules)
    assert len(escalations(h)) == 1
    h.advance(1)
    check(h, rules)
    assert escalations(h) == [
        (2, "first_response", SPECIALISTS),
        (3, "first_response", None),
    ]
    # It stays in line at the specialists', the supervisors' now; and nothing more happens.
    assert h.acd.contacts["t1"].queue_id == SPECIALISTS
    for _ in range(3):
        h.advance(1000)
        check(h, rules)
    assert len(escalations(h)) == 2


def test_with_nobody_logged_in_at_the_specialists_it_goes_on_to_the_supervisors() -> None:
    h, rules = bench(first_response_target_s=60.0)
    h.agent(5, skills={EXPERTISE: 3}, state=None)  # a specialist, not logged in
    task(h, "t1")
    h.advance(60)
    check(h, rules)
    assert escalations(h) == [(2, "first_response", SPECIALISTS), (3, "first_response", None)]
    assert h.acd.contacts["t1"].queue_id == SPECIALISTS  # first for them when they come


def test_with_nowhere_to_escalate_to_the_supervisors_own_it_where_it_is() -> None:
    h, rules = bench(first_response_target_s=60.0, escalate_to=None)
    task(h, "t1")
    h.advance(60)
    check(h, rules)
    assert escalations(h) == [(3, "first_response", None)]
    assert h.acd.contacts["t1"].queue_id == FIRST_LINE


@pytest.mark.parametrize("target", [FIRST_LINE, 99])
def test_a_queue_that_escalates_to_itself_or_to_no_queue_escalates_to_the_supervisors(
    target: int,
) -> None:
    h, rules = bench(first_response_target_s=60.0, escalate_to=target)
    task(h, "t1")
    h.advance(60)
    check(h, rules)
    assert escalations(h) == [(3, "first_response", None)]


def test_an_answered_task_has_had_its_first_response_and_past_resolution_goes_up() -> None:
    h, rules = bench(first_response_target_s=60.0, resolution_target_s=600.0)
    h.agent(1, capacity={Channel.TASK: 1})
    task(h, "t1")
    h.advance(30)
    h.answer(1)
    assert rules.first_responses == {"t1": h.now}
    h.advance(569)
    check(h, rules)
    assert escalations(h) == []
    h.advance(1)
    check(h, rules)
    # Held by its agent: not moved, the supervisors own it; the agent keeps it.
    assert escalations(h) == [(3, "resolution", None)]
    contact = h.acd.contacts["t1"]
    assert (contact.agent_id, contact.phase) == (1, Phase.CONNECTED)
    h.acd.hang_up_by_agent("t1", 1)
    h.acd.complete_wrap_up("t1", 1)
    assert "t1" not in rules.first_responses and h.acd.contacts == {}


def test_an_e_mail_is_answered_by_its_reply_not_by_being_opened() -> None:
    h, rules = bench(first_response_target_s=60.0, escalate_to=None)
    h.agent(1)
    h.acd.enqueue("m1", FIRST_LINE, Channel.EMAIL)
    h.acd.enqueue("m2", FIRST_LINE, Channel.EMAIL)
    h.answer(1, "m1")
    h.answer(1, "m2")
    assert rules.first_responses == {}
    h.advance(30)
    rules.responded("m1", h.now)  # the server found its reply
    h.advance(30)
    check(h, rules)
    assert escalations(h) == [(3, "first_response", None)]
    assert [e.contact_id for e in h.events if isinstance(e, Escalated)] == ["m2"]


def test_a_callback_is_an_item_until_it_ends_and_reaching_the_customer_answers_it() -> None:
    h, rules = bench(first_response_target_s=60.0, escalate_to=None)
    h.acd.enqueue("cb1", FIRST_LINE, preview_s=0.0, purpose="callback")
    h.call("caller")  # a caller is no item
    assert [c.id for c in rules.items()] == ["cb1"]
    h.agent(1, capacity={Channel.VOICE: 1})
    contact = h.acd.contacts["cb1"]
    assert contact.outbound and contact.agent_id == 1  # placed at once, dialling
    h.acd.far_end_answered("cb1")
    assert contact.purpose is None and rules.is_item(contact)
    assert rules.first_responses == {"cb1": h.now}
    h.advance(120)
    check(h, rules)
    assert escalations(h, "cb1") == [] and escalations(h, "caller") == []


def test_specialists_who_all_log_out_hand_their_escalated_items_to_the_supervisors() -> None:
    h, rules = bench(first_response_target_s=60.0)
    h.agent(5, skills={EXPERTISE: 3}, state=AgentState.BREAK)
    task(h, "t1")
    h.advance(60)
    check(h, rules)
    assert escalations(h) == [(2, "first_response", SPECIALISTS)]
    h.acd.set_agent_state(5, AgentState.OFFLINE)
    assert [c.id for c in rules.unowned()] == ["t1"]
    check(h, rules)
    assert escalations(h) == [(2, "first_response", SPECIALISTS), (3, "first_response", None)]


def test_without_targets_nothing_escalates() -> None:
    h, rules = bench()
    task(h, "t1")
    h.acd.enqueue("m1", FIRST_LINE, Channel.EMAIL)
    h.advance(10 * 86400)
    check(h, rules)
    assert escalations(h) == []


# ------------------------------------------------------------- the invariant


@pytest.mark.parametrize("seed", range(25))
def test_after_every_check_nothing_past_its_target_is_without_an_owner(seed: int) -> None:
    """A day of random e-mails, tasks and callbacks, agents coming and going,
    answering, replying and closing, checked every 15 s: after each check
    every item past a target is held, offered, waiting where someone is
    logged in, or the supervisors'; and each moved up each tier at most once."""
    rnd = random.Random(seed)
    h = AcdHarness()
    h.queue(3, skills={EXPERTISE: 1}, first_response_target_s=rnd.choice([None, 120.0]))
    h.queue(
        2,
        skills={EXPERTISE: 1},
        first_response_target_s=rnd.choice([None, 90.0, 300.0]),
        resolution_target_s=rnd.choice([None, 900.0]),
        escalate_to=rnd.choice([None, 3]),
    )
    h.queue(
        1,
        first_response_target_s=rnd.choice([60.0, 200.0]),
        resolution_target_s=rnd.choice([None, 600.0]),
        escalate_to=rnd.choice([2, 3, None, 1]),
    )
    rules = Escalator(h.acd, h.clock)
    h.listeners.append(rules.on_event)
    agents = {1: {}, 2: {}, 3: {EXPERTISE: 2}, 4: {EXPERTISE: 9}}
    for agent_id, skills in agents.items():
        h.agent(agent_id, skills=skills, state=None)
    made = 0
    for step in range(400):
        roll = rnd.random()
        if roll < 0.15:
            made += 1
            kind = rnd.choice(["task", "email", "callback"])
            cid = f"{kind}{made}"
            if kind == "callback":
                h.acd.enqueue(cid, rnd.choice([1, 1, 2]), preview_s=5.0, purpose="callback")
            else:
                channel = Channel.TASK if kind == "task" else Channel.EMAIL
                h.acd.enqueue(cid, rnd.choice([1, 1, 2]), channel)
        elif roll < 0.30:
            agent_id = rnd.choice(list(agents))
            agent = h.acd.agents[agent_id]
            if agent.state is AgentState.OFFLINE:
                h.acd.set_agent_state(
                    agent_id, rnd.choice([AgentState.AVAILABLE] * 3 + [AgentState.BREAK])
                )
            elif not agent.contacts:
                h.acd.set_agent_state(agent_id, AgentState.OFFLINE)
        elif roll < 0.45 and h.acd.offers:
            offer = rnd.choice(list(h.acd.offers.values()))
            h.acd.answer(offer.id, offer.agent_id)
        elif roll < 0.55:
            for contact in list(h.acd.contacts.values()):
                if contact.phase is Phase.CONNECTED and contact.agent_id is not None:
                    if contact.channel is Channel.EMAIL and rnd.random() < 0.5:
                        rules.responded(contact.id, h.now)
                    elif contact.outbound or contact.channel is Channel.VOICE:
                        h.acd.hang_up(contact.id, "caller_hangup")
                    elif rnd.random() < 0.3:
                        h.acd.hang_up_by_agent(contact.id, contact.agent_id)
                    break
        elif roll < 0.60:
            for contact in list(h.acd.contacts.values()):
                if contact.outbound and contact.phase is Phase.RINGING:
                    h.acd.far_end_answered(contact.id)
                    break
        h.advance(rnd.choice([1.0, 5.0, 15.0, 40.0]))
        if step % 3 == 0:
            check(h, rules)
    per_contact: dict[str, list[int]] = {}
    for event in h.events:
        if isinstance(event, Escalated):
            per_contact.setdefault(event.contact_id or "", []).append(event.tier)
    for tiers in per_contact.values():
        assert tiers == sorted(set(tiers)), tiers  # each tier once, always upwards
    assert made > 20
