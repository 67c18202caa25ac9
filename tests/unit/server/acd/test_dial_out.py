"""An agent's call out: the agent holds it from the start; it rings the far
end, then connects (talk and wrap-up as any call) or closes with why it did
not (busy, no answer, failed) and frees the agent at once."""

from __future__ import annotations

import pytest

from callnest.protocol import ErrorCode
from callnest.server.acd import AcdError, AgentState, EventType, Outcome, Phase, StatsFold

from .harness import AcdHarness


def test_a_call_out_rings_then_connects_and_wraps_up_like_any_call(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=10)
    harness.agent(1, state=AgentState.BREAK)  # agents call out from a break too
    harness.acd.dial_out("o1", 1, 1)
    assert harness.acd.agents[1].contacts == {"o1": Phase.RINGING}
    harness.check()
    harness.advance(4)
    harness.acd.far_end_answered("o1")
    harness.check()
    answered = harness.last(EventType.ANSWERED)
    assert answered.data["outbound"] is True and answered.data["ring_s"] == 4.0
    harness.advance(30)
    harness.acd.hang_up_by_agent("o1", 1)
    assert harness.acd.agents[1].contacts == {"o1": Phase.WRAP_UP}
    harness.advance(10)
    assert harness.trail("o1") == [
        ("contact.dialled", 1),
        ("contact.answered", 1),
        ("contact.ended", 1),
        ("contact.wrapup_ended", 1),
        ("contact.closed", 1),
    ]
    assert harness.last(EventType.CLOSED).data["outcome"] == "answered"
    assert harness.last(EventType.ENDED).data["talk_s"] == 30.0
    harness.check()


@pytest.mark.parametrize("outcome", [Outcome.BUSY, Outcome.NO_ANSWER, Outcome.FAILED])
def test_a_call_out_that_never_connects_frees_the_agent_at_once(
    harness: AcdHarness, outcome: Outcome
) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.acd.dial_out("o1", 1, 1)
    harness.call("c1")  # waits: the agent is on the call out
    assert harness.ringing() == {}
    harness.acd.dial_failed("o1", outcome)
    assert harness.last(EventType.CLOSED).data["outcome"] == str(outcome)
    assert harness.ringing() == {"c1": [1]}  # free again, no wrap-up
    harness.check()


def test_the_agent_giving_up_or_vanishing_is_no_answer(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.agent(2)
    harness.acd.dial_out("o1", 1, 1)
    harness.acd.hang_up_by_agent("o1", 1)
    assert harness.last(EventType.CLOSED).data["outcome"] == "no_answer"
    harness.acd.dial_out("o2", 1, 2)
    harness.acd.agent_lost(2)
    assert harness.last(EventType.CLOSED).contact_id == "o2"
    assert harness.last(EventType.CLOSED).data["outcome"] == "no_answer"
    harness.check()


def test_a_call_out_is_refused_offline_or_on_a_call(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1, state=AgentState.OFFLINE)
    harness.agent(2)
    with pytest.raises(AcdError) as offline:
        harness.acd.dial_out("o1", 1, 1)
    assert offline.value.code is ErrorCode.AGENT_UNAVAILABLE
    harness.acd.dial_out("o2", 1, 2)
    with pytest.raises(AcdError) as busy:
        harness.acd.dial_out("o3", 1, 2)
    assert busy.value.code is ErrorCode.AGENT_BUSY
    with pytest.raises(AcdError) as not_out:
        harness.acd.far_end_answered("o1")
    assert not_out.value.code is ErrorCode.UNKNOWN_CONTACT
    harness.check()


def test_a_call_out_is_the_agents_work_and_the_queues_calls_out(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=5)
    harness.agent(1)
    harness.acd.dial_out("o1", 1, 1)
    harness.advance(2)
    harness.acd.far_end_answered("o1")
    harness.advance(20)
    harness.acd.hang_up_by_agent("o1", 1)
    harness.advance(5)
    figures = StatsFold(lambda _: 20.0).apply_all(harness.events)
    queue, agent = figures.queue(1), figures.agent(1)
    assert (queue.offered, queue.answered, queue.handled, queue.talk_s) == (0, 0, 0, 0.0)
    assert (queue.calls_out, queue.calls_out_connected, queue.calls_out_talk_s) == (1, 1, 20.0)
    assert (agent.handled, agent.talk_s, agent.wrap_s) == (1, 20.0, 5.0)
    harness.acd.dial_out("o2", 1, 1)
    harness.acd.dial_failed("o2", Outcome.BUSY)
    figures = StatsFold(lambda _: 20.0).apply_all(harness.events)
    assert (figures.queue(1).calls_out, figures.queue(1).calls_out_connected) == (2, 1)
