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

from .harness import Center

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


def test_max_wait_overflows_to_another_queue(center: Center) -> None:
    center.queue(1, max_wait_s=60, overflow=TO_Q2)
    center.queue(2)
    center.agent(1, skills={}, queues=frozenset())
    center.acd.set_agent_state(1, AgentState.BREAK)
    center.call("c1", 1)
    center.advance(59.9)
    assert center.acd.contacts["c1"].queue_id == 1
    center.advance(0.1)
    assert [(str(e.type), e.queue_id) for e in center.of_type(EventType.OVERFLOWED)] == [
        ("contact.overflowed", 1)
    ]
    overflowed = center.last(EventType.OVERFLOWED)
    assert overflowed.data == {"target": "queue:2", "queue_wait_s": 60.0, "reason": "max_wait"}
    entered = center.last(EventType.ENTERED)
    assert (entered.queue_id, entered.data["waited_s"]) == (2, 60.0)
    contact = center.acd.contacts["c1"]
    assert (contact.queue_id, contact.entered_at, contact.queue_entered_at) == (2, 1000.0, 1060.0)
    assert center.acd.position("c1") == 1
    center.check()


def test_overflow_target_queue_with_a_free_agent_offers_at_once(center: Center) -> None:
    center.queue(1, max_wait_s=30, overflow=TO_Q2, skills={1: 1})
    center.queue(2)
    center.agent(1)  # no skill 1: serves queue 2 only
    assert center.acd.members(1) == {}
    center.call("c1", 1)
    center.advance(30)
    assert center.ringing() == {"c1": [1]}
    center.answer(1)
    answered = center.last(EventType.ANSWERED)
    assert (answered.queue_id, answered.data["wait_s"], answered.data["queue_wait_s"]) == (
        2,
        30.0,
        0.0,
    )


def test_max_wait_to_voicemail_and_callback(center: Center) -> None:
    center.queue(1, max_wait_s=10, overflow=VOICEMAIL)
    center.queue(2, max_wait_s=20, overflow=CALLBACK)
    center.queue(3, max_wait_s=5)  # nowhere to go
    center.call("v", 1)
    center.call("c", 2)
    center.call("r", 3)
    center.advance(20)
    assert center.acd.contacts == {}
    outcomes = {e.contact_id: e.data["outcome"] for e in center.of_type(EventType.CLOSED)}
    assert outcomes == {"v": "voicemail", "c": "callback", "r": "rejected"}
    assert center.trail("v") == [
        ("contact.entered", None),
        ("contact.overflowed", None),
        ("contact.closed", None),
    ]
    assert center.last(EventType.CLOSED, "v").data["wait_s"] == 10.0
    assert center.last(EventType.OVERFLOWED, "r").data["target"] == "reject"


def test_ringing_contact_past_max_wait_overflows_when_the_ring_times_out() -> None:
    center = Center(no_answer_pause_s=5.0)
    center.queue(1, max_wait_s=60, overflow=VOICEMAIL, ring_timeout_s=20, autopause_misses=0)
    center.agent(1, state=AgentState.BREAK)
    center.call("c1")
    center.advance(50)
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert center.ringing() == {"c1": [1]}
    center.advance(10)  # 60 s: max wait, but it is ringing
    assert center.ringing() == {"c1": [1]}
    center.advance(10)  # 70 s: missed
    assert center.trail("c1")[-3:] == [
        ("contact.offer_missed", 1),
        ("contact.overflowed", None),
        ("contact.closed", None),
    ]
    assert center.last(EventType.OVERFLOWED).data["queue_wait_s"] == 70.0


def test_ringing_contact_past_max_wait_can_still_be_answered(center: Center) -> None:
    center.queue(1, max_wait_s=60, overflow=VOICEMAIL, ring_timeout_s=20)
    center.agent(1, state=AgentState.BREAK)
    center.call("c1")
    center.advance(50)
    center.acd.set_agent_state(1, AgentState.AVAILABLE)
    center.advance(15)
    center.answer(1)
    center.advance(100)
    assert center.of_type(EventType.OVERFLOWED) == []


def test_overflow_loop_between_queues_moves_with_time(center: Center) -> None:
    center.queue(1, max_wait_s=10, overflow=TO_Q2)
    center.queue(2, max_wait_s=10, overflow=Overflow(OverflowKind.QUEUE, 1))
    center.call("c1", 1)
    center.advance(35)
    assert [e.queue_id for e in center.of_type(EventType.ENTERED)] == [1, 2, 1, 2]
    assert center.acd.contacts["c1"].queue_id == 2
    center.check()


def test_overflow_loop_with_no_wait_is_bounded(center: Center) -> None:
    # max_wait 0: "only if someone is free right now"; two such queues pointing
    # at each other must not spin forever.
    center.queue(1, max_wait_s=0, overflow=TO_Q2)
    center.queue(2, max_wait_s=0, overflow=Overflow(OverflowKind.QUEUE, 1))
    center.call("c1", 1)
    center.advance(1)
    assert "c1" not in center.acd.contacts
    assert center.last(EventType.CLOSED, "c1").data["outcome"] == "rejected"
    assert len(center.of_type(EventType.ENTERED)) <= 10
    center.check()


def test_zero_max_wait_still_offers_a_free_agent(center: Center) -> None:
    center.queue(1, max_wait_s=0, overflow=VOICEMAIL)
    center.agent(1)
    center.call("c1")
    assert center.ringing() == {"c1": [1]}
    center.call("c2")
    assert center.last(EventType.CLOSED, "c2").data["outcome"] == "voicemail"


def test_overflow_to_a_removed_queue_rejects(center: Center) -> None:
    center.queue(1, max_wait_s=5, overflow=Overflow(OverflowKind.QUEUE, 9))
    center.call("c1")
    center.advance(5)
    assert center.last(EventType.CLOSED, "c1").data["outcome"] == "rejected"


def epoch(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


HOURS = BusinessHours.from_json({"timezone": "UTC", "weekly": {"mon": [["09:00", "17:00"]]}})


def test_closed_queue_sends_arrivals_to_its_after_hours_target() -> None:
    center = Center(start=epoch("2026-01-05T08:00:00"))  # a Monday, before opening
    center.queue(1, hours=HOURS, after_hours=VOICEMAIL)
    center.agent(1)
    center.call("early")
    assert center.trail("early") == [
        ("contact.overflowed", None),
        ("contact.closed", None),
    ]
    assert center.last(EventType.OVERFLOWED).data == {
        "target": "voicemail",
        "queue_wait_s": 0.0,
        "reason": "after_hours",
    }
    assert center.last(EventType.CLOSED).data["outcome"] == "voicemail"
    center.advance(3600)  # 09:00
    center.call("open")
    assert center.ringing() == {"open": [1]}


def test_closed_queue_default_after_hours_is_reject() -> None:
    center = Center(start=epoch("2026-01-06T10:00:00"))  # Tuesday: closed all day
    center.queue(1, hours=HOURS)
    center.call("c1")
    assert center.last(EventType.CLOSED).data["outcome"] == "rejected"


def test_after_hours_to_another_open_queue() -> None:
    center = Center(start=epoch("2026-01-05T18:00:00"))
    center.queue(1, hours=HOURS, after_hours=TO_Q2)
    center.queue(2)
    center.call("c1", 1)
    assert center.acd.contacts["c1"].queue_id == 2
    assert [str(e.type) for e in center.events] == ["contact.overflowed", "contact.entered"]


def test_after_hours_loop_is_bounded() -> None:
    center = Center(start=epoch("2026-01-05T18:00:00"))
    center.queue(1, hours=HOURS, after_hours=TO_Q2)
    center.queue(2, hours=HOURS, after_hours=Overflow(OverflowKind.QUEUE, 1))
    center.call("c1", 1)
    assert "c1" not in center.acd.contacts
    hops = center.of_type(EventType.OVERFLOWED)
    assert [e.queue_id for e in hops] == [1, 2, 1, 2, 1, 2]
    assert center.last(EventType.CLOSED).data["outcome"] == "rejected"
