"""Max wait, overflow targets, business hours and loops of overflowing queues."""

from __future__ import annotations

from datetime import UTC, datetime

from callnest.server.acd import (
    AgentState,
    BusinessHours,
    EventType,
    Overflow,
    OverflowKind,
)

from .harness import AcdHarness

TO_Q2 = Overflow(OverflowKind.QUEUE, 2)
VOICEMAIL = Overflow(OverflowKind.VOICEMAIL)
CALLBACK = Overflow(OverflowKind.CALLBACK)


def test_overflow_parse() -> None:
    assert Overflow.parse("queue:12") == Overflow(OverflowKind.QUEUE, 12)
    assert Overflow.parse("voicemail") == VOICEMAIL
    assert Overflow.parse("") is None
    assert Overflow.parse(None) is None
    for bad in ("queue:", "queue:x", "voicemail:3", "elsewhere"):
        try:
            Overflow.parse(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_max_wait_overflows_to_another_queue(harness: AcdHarness) -> None:
    harness.queue(1, max_wait_s=60, overflow=TO_Q2)
    harness.queue(2)
    harness.agent(1, skills={}, queues=frozenset())
    harness.acd.set_agent_state(1, AgentState.BREAK)
    harness.call("c1", 1)
    harness.advance(59.9)
    assert harness.acd.contacts["c1"].queue_id == 1
    harness.advance(0.1)
    assert [(str(e.type), e.queue_id) for e in harness.of_type(EventType.OVERFLOWED)] == [
        ("contact.overflowed", 1)
    ]
    overflowed = harness.last(EventType.OVERFLOWED)
    assert overflowed.data == {"target": "queue:2", "queue_wait_s": 60.0, "reason": "max_wait"}
    entered = harness.last(EventType.ENTERED)
    assert (entered.queue_id, entered.data["waited_s"]) == (2, 60.0)
    contact = harness.acd.contacts["c1"]
    assert (contact.queue_id, contact.entered_at, contact.queue_entered_at) == (2, 1000.0, 1060.0)
    assert harness.acd.position("c1") == 1
    harness.check()


def test_overflow_target_queue_with_a_free_agent_offers_at_once(harness: AcdHarness) -> None:
    harness.queue(1, max_wait_s=30, overflow=TO_Q2, skills={1: 1})
    harness.queue(2)
    harness.agent(1)  # no skill 1: serves queue 2 only
    assert harness.acd.members(1) == {}
    harness.call("c1", 1)
    harness.advance(30)
    assert harness.ringing() == {"c1": [1]}
    harness.answer(1)
    answered = harness.last(EventType.ANSWERED)
    assert (answered.queue_id, answered.data["wait_s"], answered.data["queue_wait_s"]) == (
        2,
        30.0,
        0.0,
    )


def test_max_wait_to_voicemail_and_callback(harness: AcdHarness) -> None:
    harness.queue(1, max_wait_s=10, overflow=VOICEMAIL)
    harness.queue(2, max_wait_s=20, overflow=CALLBACK)
    harness.queue(3, max_wait_s=5)  # nowhere to go
    harness.call("v", 1)
    harness.call("c", 2)
    harness.call("r", 3)
    harness.advance(20)
    assert harness.acd.contacts == {}
    outcomes = {e.contact_id: e.data["outcome"] for e in harness.of_type(EventType.CLOSED)}
    assert outcomes == {"v": "voicemail", "c": "callback", "r": "rejected"}
    assert harness.trail("v") == [
        ("contact.entered", None),
        ("contact.overflowed", None),
        ("contact.closed", None),
    ]
    assert harness.last(EventType.CLOSED, "v").data["wait_s"] == 10.0
    assert harness.last(EventType.OVERFLOWED, "r").data["target"] == "reject"


def test_ringing_contact_past_max_wait_overflows_when_the_ring_times_out() -> None:
    harness = AcdHarness(no_answer_pause_s=5.0)
    harness.queue(1, max_wait_s=60, overflow=VOICEMAIL, ring_timeout_s=20, autopause_misses=0)
    harness.agent(1, state=AgentState.BREAK)
    harness.call("c1")
    harness.advance(50)
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.ringing() == {"c1": [1]}
    harness.advance(10)  # 60 s: max wait, but it is ringing
    assert harness.ringing() == {"c1": [1]}
    harness.advance(10)  # 70 s: missed
    assert harness.trail("c1")[-3:] == [
        ("contact.offer_missed", 1),
        ("contact.overflowed", None),
        ("contact.closed", None),
    ]
    assert harness.last(EventType.OVERFLOWED).data["queue_wait_s"] == 70.0


def test_ringing_contact_past_max_wait_can_still_be_answered(harness: AcdHarness) -> None:
    harness.queue(1, max_wait_s=60, overflow=VOICEMAIL, ring_timeout_s=20)
    harness.agent(1, state=AgentState.BREAK)
    harness.call("c1")
    harness.advance(50)
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    harness.advance(15)
    harness.answer(1)
    harness.advance(100)
    assert harness.of_type(EventType.OVERFLOWED) == []


def test_overflow_loop_between_queues_moves_with_time(harness: AcdHarness) -> None:
    harness.queue(1, max_wait_s=10, overflow=TO_Q2)
    harness.queue(2, max_wait_s=10, overflow=Overflow(OverflowKind.QUEUE, 1))
    harness.call("c1", 1)
    harness.advance(35)
    assert [e.queue_id for e in harness.of_type(EventType.ENTERED)] == [1, 2, 1, 2]
    assert harness.acd.contacts["c1"].queue_id == 2
    harness.check()


def test_overflow_loop_with_no_wait_is_bounded(harness: AcdHarness) -> None:
    # max_wait 0: "only if someone is free right now"; two such queues pointing
    # at each other must not spin forever.
    harness.queue(1, max_wait_s=0, overflow=TO_Q2)
    harness.queue(2, max_wait_s=0, overflow=Overflow(OverflowKind.QUEUE, 1))
    harness.call("c1", 1)
    harness.advance(1)
    assert "c1" not in harness.acd.contacts
    assert harness.last(EventType.CLOSED, "c1").data["outcome"] == "rejected"
    assert len(harness.of_type(EventType.ENTERED)) <= 10
    harness.check()


def test_zero_max_wait_still_offers_a_free_agent(harness: AcdHarness) -> None:
    harness.queue(1, max_wait_s=0, overflow=VOICEMAIL)
    harness.agent(1)
    harness.call("c1")
    assert harness.ringing() == {"c1": [1]}
    harness.call("c2")
    assert harness.last(EventType.CLOSED, "c2").data["outcome"] == "voicemail"


def test_overflow_to_a_removed_queue_rejects(harness: AcdHarness) -> None:
    harness.queue(1, max_wait_s=5, overflow=Overflow(OverflowKind.QUEUE, 9))
    harness.call("c1")
    harness.advance(5)
    assert harness.last(EventType.CLOSED, "c1").data["outcome"] == "rejected"


def epoch(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


HOURS = BusinessHours.from_json({"timezone": "UTC", "weekly": {"mon": [["09:00", "17:00"]]}})


def test_closed_queue_sends_arrivals_to_its_after_hours_target() -> None:
    harness = AcdHarness(start=epoch("2026-01-05T08:00:00"))  # a Monday, before opening
    harness.queue(1, hours=HOURS, after_hours=VOICEMAIL)
    harness.agent(1)
    harness.call("early")
    assert harness.trail("early") == [
        ("contact.overflowed", None),
        ("contact.closed", None),
    ]
    assert harness.last(EventType.OVERFLOWED).data == {
        "target": "voicemail",
        "queue_wait_s": 0.0,
        "reason": "after_hours",
    }
    assert harness.last(EventType.CLOSED).data["outcome"] == "voicemail"
    harness.advance(3600)  # 09:00
    harness.call("open")
    assert harness.ringing() == {"open": [1]}


def test_closed_queue_default_after_hours_is_reject() -> None:
    harness = AcdHarness(start=epoch("2026-01-06T10:00:00"))  # Tuesday: closed all day
    harness.queue(1, hours=HOURS)
    harness.call("c1")
    assert harness.last(EventType.CLOSED).data["outcome"] == "rejected"


def test_after_hours_to_another_open_queue() -> None:
    harness = AcdHarness(start=epoch("2026-01-05T18:00:00"))
    harness.queue(1, hours=HOURS, after_hours=TO_Q2)
    harness.queue(2)
    harness.call("c1", 1)
    assert harness.acd.contacts["c1"].queue_id == 2
    assert [str(e.type) for e in harness.events] == ["contact.overflowed", "contact.entered"]


def test_after_hours_loop_is_bounded() -> None:
    harness = AcdHarness(start=epoch("2026-01-05T18:00:00"))
    harness.queue(1, hours=HOURS, after_hours=TO_Q2)
    harness.queue(2, hours=HOURS, after_hours=Overflow(OverflowKind.QUEUE, 1))
    harness.call("c1", 1)
    assert "c1" not in harness.acd.contacts
    hops = harness.of_type(EventType.OVERFLOWED)
    assert [e.queue_id for e in hops] == [1, 2, 1, 2, 1, 2]
    assert harness.last(EventType.CLOSED).data["outcome"] == "rejected"
