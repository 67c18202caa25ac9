"""StatsFold: the standard figures, folded from a scripted day."""

from __future__ import annotations

import pytest

from callnest.server.acd import (
    AgentState,
    Event,
    EventType,
    Outcome,
    Overflow,
    OverflowKind,
    StatsFold,
)
from callnest.server.acd.events import Closed, Overflowed

from .harness import AcdHarness


def fold(harness: AcdHarness) -> StatsFold:
    service_levels = {q.id: q.service_level_s for q in harness.acd.queues.values()}
    return StatsFold(service_levels.__getitem__).apply_all(harness.events)


def test_figures_of_a_scripted_scenario() -> None:
    harness = AcdHarness()  # t = 1000
    harness.queue(1, service_level_s=20, wrap_up_s=10)
    harness.agent(1)  # logged in (available) at 1000
    harness.call("c1")  # 1000, rings agent 1 at once
    harness.advance(4)
    harness.answer(1)  # 1004: queue wait 4
    harness.advance(6)
    harness.call("c2")  # 1010, waits
    harness.advance(10)
    harness.call("c3")  # 1020
    harness.advance(3)
    harness.acd.hang_up("c3", "caller_hangup")  # 1023: waited 3 s, a short abandon
    harness.advance(1)
    harness.acd.hold("c1", 1)  # 1024
    harness.advance(6)
    harness.call("c4")  # 1030
    harness.advance(4)
    harness.acd.resume("c1", 1)  # 1034: 10 s hold
    harness.advance(26)
    harness.acd.hang_up("c4", "caller_hangup")  # 1060: waited 30 s, counted
    harness.advance(4)
    harness.acd.hang_up("c1", "caller_hangup")  # 1064: talk 60 - 10 hold = 50
    harness.advance(10)  # 1074: wrap-up (10) ends, c2 rings
    harness.advance(2)
    harness.answer(1)  # 1076: c2 waited 66 s, outside the 20 s service level
    harness.advance(20)
    harness.acd.hang_up_by_agent("c2", 1)  # 1096: talk 20
    harness.advance(14)  # 1106 wrap-up ends (10); 1110 c5 arrives
    harness.call("c5")
    harness.advance(2)
    harness.answer(1)  # 1112: waited 2
    harness.advance(30)
    harness.acd.hang_up("c5")  # 1142: talk 30
    harness.advance(4)
    harness.acd.complete_wrap_up("c5", 1)  # 1146: wrap 4
    harness.advance(4)
    harness.acd.set_agent_state(1, AgentState.BREAK)  # 1150
    harness.advance(50)
    harness.acd.set_agent_state(1, AgentState.OFFLINE)  # 1200
    harness.check()

    stats = fold(harness)
    q = stats.queues[1]
    assert (q.offered, q.answered, q.abandoned, q.short_abandoned) == (5, 3, 2, 1)
    assert (q.overflowed, q.closed, q.handled) == (0, 0, 3)
    # ASA: (4 + 66 + 2) / 3 answered = 24
    assert q.asa_s == pytest.approx(24.0)
    # AHT: talk 50 + 20 + 30, hold 10, wrap 10 + 10 + 4 = 134 over 3
    assert (q.talk_s, q.hold_s, q.wrap_s) == (100.0, 10.0, 24.0)
    assert q.aht_s == pytest.approx(134 / 3)
    # abandon rate: short abandons out of both sides: (2 - 1) / (5 - 1)
    assert q.abandon_rate == pytest.approx(0.25)
    # service level: answered within 20 s (c1, c5) / (3 answered + 2 - 1 short abandon)
    assert q.answered_within_sl == 2
    assert q.service_level == pytest.approx(0.5)
    # never three at once: c2 + c3 from 1020 to 1023, then c2 + c4 from 1030 to 1060
    assert stats.peak_waiting == 2
    assert q.max_waiting == 2
    assert q.waiting == {}
    a = stats.agents[1]
    assert (a.offered, a.missed, a.handled) == (3, 0, 3)
    assert a.aht_s == pytest.approx(134 / 3)
    # logged in 1000..1200 = 200, break 1150..1200 = 50: occupancy 134 / 150
    assert (a.logged_in_s, a.break_s) == (200.0, 50.0)
    assert a.occupancy(1300.0) == pytest.approx(134 / 150)


def test_peak_waiting_and_longest_wait_live() -> None:
    harness = AcdHarness()
    harness.queue(1)
    harness.queue(2)
    harness.call("a", 1)
    harness.advance(5)
    harness.call("b", 2)
    harness.call("c", 1)
    stats = fold(harness)
    assert stats.peak_waiting == 3
    assert (stats.queues[1].max_waiting, stats.queues[2].max_waiting) == (2, 1)
    assert stats.queues[1].longest_wait_s(1010.0) == 10.0
    assert stats.queues[2].longest_wait_s(1010.0) == 5.0
    harness.acd.hang_up("a", "caller_hangup")
    stats = fold(harness)
    assert stats.peak_waiting == 3
    assert stats.queues[1].longest_wait_s(1010.0) == 5.0


def test_empty_figures_are_none() -> None:
    stats = StatsFold(lambda _: 20.0)
    q = stats.queue(1)
    assert (q.asa_s, q.aht_s, q.abandon_rate, q.service_level) == (None, None, None, None)
    assert q.longest_wait_s(0.0) == 0.0
    assert stats.agent(1).occupancy(0.0) is None


def test_overflow_and_after_hours_are_counted_apart() -> None:
    harness = AcdHarness()
    harness.queue(1, max_wait_s=10, overflow=Overflow(OverflowKind.QUEUE, 2))
    harness.queue(2, max_wait_s=10, overflow=Overflow(OverflowKind.VOICEMAIL))
    harness.call("c1", 1)
    harness.advance(25)
    stats = fold(harness)
    q1, q2 = stats.queues[1], stats.queues[2]
    assert (q1.offered, q1.overflowed, q1.abandoned) == (1, 1, 0)
    assert (q2.offered, q2.overflowed) == (1, 1)
    assert (q1.waiting, q2.waiting) == ({}, {})
    events = [
        Overflowed(0.0, "x", 3, reason="after_hours"),
        Closed(0.0, "x", 3, outcome=Outcome.VOICEMAIL),
    ]
    stats = StatsFold(lambda _: 20.0).apply_all(events)
    assert (stats.queues[3].closed, stats.queues[3].offered, stats.queues[3].overflowed) == (
        1,
        0,
        0,
    )


def test_requeued_contact_is_answered_once_per_queue_entry() -> None:
    harness = AcdHarness()
    harness.queue(1, service_level_s=20)
    harness.agent(1)
    harness.agent(2, state=AgentState.BREAK)
    harness.call("c1")
    harness.advance(5)
    harness.answer(1)
    harness.advance(30)
    harness.acd.agent_lost(1)
    harness.acd.set_agent_state(2, AgentState.AVAILABLE)
    harness.advance(5)
    harness.answer(2)
    stats = fold(harness)
    q = stats.queues[1]
    assert (q.offered, q.answered) == (1, 1)
    assert q.asa_s == 5.0  # the first answer's wait
    assert q.answered_within_sl == 1


def test_transfer_is_a_new_offer_to_the_target_queue() -> None:
    harness = AcdHarness()
    harness.queue(1)
    harness.queue(2)
    harness.agent(1)
    harness.call("c1", 1)
    harness.answer(1)
    harness.advance(10)
    harness.acd.transfer("c1", 1, to_queue=2)
    harness.advance(3)
    harness.answer(1)
    stats = fold(harness)
    assert (stats.queues[1].offered, stats.queues[1].answered, stats.queues[1].handled) == (1, 1, 1)
    assert (stats.queues[2].offered, stats.queues[2].answered) == (1, 1)
    assert stats.queues[2].asa_s == 3.0


def test_events_survive_a_round_trip_through_rows() -> None:
    harness = AcdHarness()
    harness.queue(1)
    harness.agent(1)
    harness.call("c1")
    harness.answer(1)
    rows = [e.as_row() for e in harness.events]
    assert [Event.from_row(r) for r in rows] == harness.events
    assert rows[-1]["type"] == "contact.answered"


def test_answered_then_requeued_then_abandoned_counts_once() -> None:
    # Found by the property test: the agent vanished mid-call, the caller then
    # hung up while waiting again. One entry into the queue, answered once:
    # not also an abandon (offered = answered + abandoned + overflowed).
    harness = AcdHarness()
    harness.queue(1, max_wait_s=60, overflow=Overflow(OverflowKind.VOICEMAIL))
    harness.agent(1)
    harness.call("c1")
    harness.call("c2")
    harness.answer(1, "c1")
    harness.advance(10)
    harness.acd.agent_lost(1)
    harness.acd.hang_up("c1", "caller_hangup")
    harness.advance(60)  # c2 overflows to voicemail
    stats = fold(harness)
    q = stats.queues[1]
    assert (q.offered, q.answered, q.abandoned, q.overflowed) == (2, 1, 0, 1)
    assert q.offered == q.answered + q.abandoned + q.overflowed
    # Its outcome agrees with the figures: answered (the second wait's
    # abandon is still in the log, as contact.abandoned).
    assert harness.last(EventType.CLOSED, "c1").data["outcome"] == "answered"
    assert harness.last(EventType.ABANDONED, "c1").data["phase"] == "queued"
