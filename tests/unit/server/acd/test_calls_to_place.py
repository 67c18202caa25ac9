"""Calls to place (callbacks, campaigns' calls): a contact that waits its turn
like a caller, rings one agent as a card for its preview, and is placed --
by the agent's acceptance or the end of the countdown -- with the agent
holding it while the far end rings. A caller who asks to be called back keeps
their exact place in line."""

from __future__ import annotations

import pytest

from callnest.protocol import ErrorCode
from callnest.server.acd import AcdError, Channel, EventType, Outcome, Phase, StatsFold, Strategy

from .harness import AcdHarness


def test_a_waiting_caller_asking_for_a_callback_keeps_their_place(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1, state=None)
    for cid in ("c1", "c2", "c3"):
        harness.call(cid)
        harness.advance(1)
    harness.acd.request_callback("c2", preview_s=10)
    assert harness.acd.position("c2") == 2  # still behind c1, ahead of c3
    harness.call("c4")
    harness.acd.set_agent_state(1, harness.acd.agents[1].state.AVAILABLE)
    assert harness.ringing() == {"c1": [1]}
    harness.answer(1)
    harness.acd.hang_up_by_agent("c1", 1)
    harness.advance(30)  # wrap-up
    # Its turn: the card rings the agent, not c3 or c4.
    assert harness.ringing() == {"c2": [1]}
    assert harness.trail("c2")[:2] == [
        ("contact.entered", None),
        ("contact.callback_requested", None),
    ]
    harness.check()


def test_the_card_is_placed_when_its_countdown_runs_out(harness: AcdHarness) -> None:
    harness.queue(1, ring_timeout_s=20)
    harness.agent(1)
    harness.acd.enqueue("cb", 1, Channel.VOICE, preview_s=8, purpose="callback")
    offer = harness.offer_to(1)
    assert offer.expires_at == harness.now + 8  # the preview, not the ring timeout
    harness.advance(7.9)
    assert harness.acd.contacts["cb"].outbound is False
    harness.advance(0.2)
    contact = harness.acd.contacts["cb"]
    assert (contact.outbound, contact.phase, contact.agent_id) == (True, Phase.RINGING, 1)
    assert harness.acd.offers == {}
    dialled = harness.last(EventType.DIALLED, "cb")
    assert (dialled.agent_id, dialled.data) == (1, {"purpose": "callback"})
    # Not a missed offer: the agent is neither paused nor counted as missing it.
    assert harness.of_type(EventType.OFFER_MISSED) == []
    harness.check()


def test_call_now_places_it_at_once_and_the_far_end_connects(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=5)
    harness.agent(1)
    harness.acd.enqueue("cb", 1, Channel.VOICE, preview_s=10, purpose="callback")
    harness.advance(3)
    harness.answer(1)  # "Call now"
    assert harness.acd.contacts["cb"].outbound
    harness.advance(4)
    harness.acd.far_end_answered("cb")
    answered = harness.last(EventType.ANSWERED, "cb")
    assert answered.data["ring_s"] == 4.0 and answered.data["wait_s"] == 7.0
    harness.acd.hang_up("cb")
    harness.advance(5)
    assert harness.last(EventType.CLOSED, "cb").data["outcome"] == "answered"
    harness.check()


def test_progressive_places_the_call_the_moment_an_agent_is_free(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.acd.enqueue("p1", 1, Channel.VOICE, preview_s=0, purpose="campaign")
    assert harness.acd.contacts["p1"].outbound and harness.acd.offers == {}
    assert [t for t, _ in harness.trail("p1")] == [
        "contact.entered",
        "contact.offered",
        "contact.dialled",
    ]
    harness.check()


def test_skip_passes_the_card_to_another_agent(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.acd.enqueue("cb", 1, Channel.VOICE, preview_s=10, purpose="callback")
    harness.agent(2)
    harness.acd.decline(harness.offer_to(1).id, 1)
    assert harness.ringing() == {"cb": [2]}
    harness.check()


def test_ring_all_still_gives_a_call_to_place_to_one_agent(harness: AcdHarness) -> None:
    harness.queue(1, strategy=Strategy.RING_ALL)
    for agent_id in (1, 2, 3):
        harness.agent(agent_id)
    harness.acd.enqueue("cb", 1, Channel.VOICE, preview_s=5, purpose="callback")
    assert len(harness.ringing()["cb"]) == 1
    harness.advance(5)
    assert sum(bool(a.contacts) for a in harness.acd.agents.values()) == 1
    harness.check()


def test_a_call_to_place_never_overflows_and_waits_through_closed_hours(
    harness: AcdHarness,
) -> None:
    harness.queue(1, max_wait_s=0)
    harness.acd.enqueue("cb", 1, Channel.VOICE, preview_s=5, purpose="callback")
    harness.advance(3600)
    assert harness.acd.contacts["cb"].phase is Phase.QUEUED
    assert harness.of_type(EventType.OVERFLOWED) == []
    harness.check()


def test_a_callback_is_refused_for_a_chat_a_ringing_call_or_twice(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.queue(2)
    harness.chat("ch", queue_id=2)
    harness.call("c1")
    with pytest.raises(AcdError) as chat:
        harness.acd.request_callback("ch", 10)
    assert chat.value.code is ErrorCode.NOT_A_CALL
    harness.acd.request_callback("c1", 10)
    with pytest.raises(AcdError) as twice:
        harness.acd.request_callback("c1", 10)
    assert twice.value.code is ErrorCode.CONFLICT
    harness.call("c2")
    for agent_id in (1, 2, 3):  # one takes the chat
        harness.agent(agent_id)
    assert set(harness.ringing()) == {"ch", "c1", "c2"}  # c1's card, c2 about to be answered
    with pytest.raises(AcdError) as about_to:
        harness.acd.request_callback("c2", 10)
    assert about_to.value.code is ErrorCode.OFFER_GONE
    harness.check()


def test_cancel_takes_back_a_call_not_yet_placed(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.acd.enqueue("waiting", 1, Channel.VOICE, preview_s=5, purpose="campaign")
    harness.acd.cancel("waiting")
    assert harness.last(EventType.CLOSED, "waiting").data["outcome"] == "cancelled"
    harness.agent(1)
    harness.acd.enqueue("ringing", 1, Channel.VOICE, preview_s=5, purpose="campaign")
    harness.acd.cancel("ringing")  # its card goes away; the agent is free
    assert harness.acd.offers == {} and harness.acd.agents[1].contacts == {}
    harness.acd.enqueue("placed", 1, Channel.VOICE, preview_s=0, purpose="campaign")
    with pytest.raises(AcdError) as placed:
        harness.acd.cancel("placed")
    assert placed.value.code is ErrorCode.CONFLICT
    harness.acd.dial_failed("placed", Outcome.BUSY)
    assert harness.last(EventType.CLOSED, "placed").data["outcome"] == "busy"
    harness.check()


def test_a_restored_callback_keeps_its_place_against_new_callers(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.call("new")  # arrived after the restart
    harness.acd.restore(
        "cb",
        1,
        Channel.VOICE,
        entered_at=harness.now - 100,
        queue_entered_at=harness.now - 100,
        answered=False,
        preview_s=10,
        purpose="callback",
    )
    assert harness.acd.position("cb") == 1 and harness.acd.position("new") == 2
    assert harness.acd.contacts["cb"].head_of_line is False
    harness.check()


def test_callback_figures_are_their_own(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=0)
    harness.call("c1")
    harness.advance(10)
    harness.acd.request_callback("c1", 5)
    harness.advance(50)
    harness.agent(1)
    harness.advance(5)  # the countdown
    harness.advance(6)  # the far end rings
    harness.acd.far_end_answered("c1")
    harness.advance(60)
    harness.acd.hang_up("c1")
    # A retry of another callback, whose request was 300 s ago.
    harness.acd.enqueue(
        "c2",
        1,
        Channel.VOICE,
        entered_at=harness.now - 300,
        preview_s=0,
        purpose="callback_retry",
    )
    harness.acd.far_end_answered("c2")
    q = StatsFold(lambda _: 20.0).apply_all(harness.events).queues[1]
    assert (q.offered, q.answered, q.abandoned) == (1, 0, 0)  # c1's entry, answered by neither
    assert (q.callbacks, q.callbacks_connected) == (1, 2)
    assert q.callback_wait_s == pytest.approx((50 + 5 + 6) + 300)
    assert (q.calls_out, q.calls_out_connected, q.calls_out_talk_s) == (0, 0, 0.0)
    assert q.handled == 0  # no inbound call was handled
    harness.check()
