"""Random days at a small harness: whatever happens, the ACD stays consistent and
its event log tells the same story as its state."""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Callable

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from callnest.server.acd import (
    AcdError,
    AgentConfig,
    AgentState,
    BusinessHours,
    Channel,
    EventType,
    Outcome,
    Overflow,
    OverflowKind,
    Phase,
    QueueConfig,
    SkillStep,
    StatsFold,
    Strategy,
)

from .harness import AcdHarness

QUEUES = (1, 2, 3)
SKILLS = (1, 2, 3)
# The clock starts at 1970-01-01 00:16:40 UTC (a Thursday): a queue open until
# 00:30 closes during a run.
EARLY_HOURS = BusinessHours.from_json({"weekly": {"thu": [["00:00", "00:30"]]}})

OVERFLOWS = (
    None,
    Overflow(OverflowKind.QUEUE, 1),
    Overflow(OverflowKind.QUEUE, 2),
    Overflow(OverflowKind.QUEUE, 3),
    Overflow(OverflowKind.VOICEMAIL),
    Overflow(OverflowKind.CALLBACK),
)

# Plain tuples are much cheaper for hypothesis to draw than composite strategies.
QUEUE_PLANS = st.tuples(
    st.sampled_from(list(Strategy)),
    st.integers(0, 2),  # priority
    st.sampled_from([5.0, 15.0]),  # ring timeout
    st.sampled_from([0.0, 5.0, 30.0]),  # wrap-up
    st.sampled_from([None, None, 0.0, 20.0, 90.0]),  # max wait
    st.integers(0, len(OVERFLOWS) - 1),
    st.integers(0, 3),  # autopause misses
    st.tuples(st.integers(0, 5), st.integers(0, 5)),  # minimum level of skills 1, 2 (0: none)
    st.integers(3, 9),  # skills-based: first level
    st.sampled_from([5.0, 30.0]),  # skills-based: widen to level 1 after
    st.integers(0, 3),  # 0: closes at 00:30
    st.integers(0, len(OVERFLOWS) - 1),  # after hours
    st.booleans(),  # calls may reach an agent who is chatting
)
QueuePlan = tuple[
    Strategy,
    int,
    float,
    float,
    float | None,
    int,
    int,
    tuple[int, int],
    int,
    float,
    int,
    int,
    bool,
]
AGENT_PLANS = st.lists(
    st.tuples(
        st.tuples(st.integers(0, 10), st.integers(0, 10), st.integers(0, 10)),  # skill levels
        st.integers(0, 3),  # chat capacity
        st.integers(0, 3),  # a static queue (0: none)
    ),
    min_size=3,
    max_size=6,
)


def make_queue(queue_id: int, plan: QueuePlan) -> QueueConfig:
    (strategy, priority, ring, wrap, max_wait, overflow, misses) = plan[:7]
    (skills, first, widen_at, hours, after_hours, calls_while_chatting) = plan[7:]
    return QueueConfig(
        id=queue_id,
        name=f"q{queue_id}",
        strategy=strategy,
        priority=priority,
        ring_timeout_s=ring,
        wrap_up_s=wrap,
        max_wait_s=max_wait,
        overflow=OVERFLOWS[overflow],
        autopause_misses=misses,
        skills={skill: level for skill, level in zip(SKILLS, skills, strict=False) if level},
        skill_steps=(SkillStep(0, first), SkillStep(widen_at, 1))
        if strategy is Strategy.SKILLS_BASED
        else (SkillStep(0, 1),),
        hours=EARLY_HOURS if hours == 0 else None,
        after_hours=OVERFLOWS[after_hours] or Overflow(OverflowKind.REJECT),
        calls_while_chatting=calls_while_chatting,
    )


class AcdDay(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.harness = AcdHarness()
        self.acd = self.harness.acd
        self.enqueued: list[str] = []
        # Queues whose calls have been allowed to reach chatting agents at some
        # point: a call taken then stays beside the chats when the rule changes.
        self.mixing_queues: set[int] = set()

    @initialize(
        queues=st.tuples(QUEUE_PLANS, QUEUE_PLANS, QUEUE_PLANS),
        agents=AGENT_PLANS,
        pause=st.sampled_from([0.0, 3.0]),
    )
    def build(
        self,
        queues: tuple[QueuePlan, ...],
        agents: list[tuple[tuple[int, int, int], int, int]],
        pause: float,
    ) -> None:
        self.acd.no_answer_pause_s = pause
        self.acd.decline_pause_s = pause
        for queue_id, plan in zip(QUEUES, queues, strict=True):
            self.acd.configure_queue(make_queue(queue_id, plan))
            if plan[-1]:
                self.mixing_queues.add(queue_id)
        for n, (levels, chats, static) in enumerate(agents, start=1):
            self.acd.configure_agent(
                AgentConfig(
                    id=n,
                    team_id=n % 2,
                    skills={s: lvl for s, lvl in zip(SKILLS, levels, strict=True) if lvl},
                    capacity={Channel.VOICE: 1, Channel.CHAT: chats},
                    queues=frozenset({static}) if static else frozenset(),
                )
            )
            self.acd.set_agent_state(n, AgentState.AVAILABLE)

    # ------------------------------------------------------------ helpers

    def _contacts(self, *phases: Phase) -> list[str]:
        return sorted(c.id for c in self.acd.contacts.values() if c.phase in phases)

    def _pick(self, items: list[str], i: int) -> str:
        return items[i % len(items)]

    # -------------------------------------------------------------- rules

    @rule(
        queue=st.sampled_from(QUEUES),
        channel=st.sampled_from([Channel.VOICE, Channel.VOICE, Channel.CHAT]),
        priority=st.integers(0, 2),
        prefer=st.one_of(st.none(), st.integers(0, 5)),
        prefer_for=st.floats(0, 120),
    )
    def enqueue(
        self, queue: int, channel: Channel, priority: int, prefer: int | None, prefer_for: float
    ) -> None:
        contact_id = f"c{len(self.enqueued)}"
        self.enqueued.append(contact_id)
        self.acd.enqueue(
            contact_id,
            queue,
            channel,
            priority=priority,
            prefer_agent=prefer,
            prefer_for_s=prefer_for,
        )

    @precondition(lambda self: self.acd.offers)
    @rule(i=st.integers(0, 1000))
    def answer(self, i: int) -> None:
        offer = self.acd.offers[self._pick(sorted(self.acd.offers), i)]
        contact = self.acd.answer(offer.id, offer.agent_id)
        # A call to place is placed: its agent holds it while the far end rings.
        phase = Phase.CONNECTED if contact.preview_s is None else Phase.RINGING
        assert contact.phase is phase and contact.agent_id == offer.agent_id
        assert not contact.offers

    @rule(queue=st.sampled_from(QUEUES), preview=st.sampled_from([0.0, 5.0]))
    def place_call(self, queue: int, preview: float) -> None:
        contact_id = f"p{len(self.enqueued)}"
        self.enqueued.append(contact_id)
        self.acd.enqueue(contact_id, queue, Channel.VOICE, preview_s=preview, purpose="campaign")

    def _waiting_callers(self) -> list[str]:
        return sorted(
            c.id
            for c in self.acd.contacts.values()
            if c.phase is Phase.QUEUED and c.channel is Channel.VOICE and c.preview_s is None
        )

    @precondition(lambda self: self._waiting_callers())
    @rule(i=st.integers(0, 1000))
    def request_callback(self, i: int) -> None:
        contact_id = self._pick(self._waiting_callers(), i)
        position = self.acd.position(contact_id)
        self.acd.request_callback(contact_id, 5.0)
        assert self.acd.position(contact_id) == position  # the same place in line

    def _not_placed(self) -> list[str]:
        return sorted(
            c.id for c in self.acd.contacts.values() if c.preview_s is not None and not c.outbound
        )

    @precondition(lambda self: self._not_placed())
    @rule(i=st.integers(0, 1000))
    def cancel(self, i: int) -> None:
        contact_id = self._pick(self._not_placed(), i)
        self.acd.cancel(contact_id)
        assert self.harness.last(EventType.CLOSED, contact_id).data["outcome"] == "cancelled"

    def _dialling(self) -> list[str]:
        return sorted(
            c.id for c in self.acd.contacts.values() if c.outbound and c.phase is Phase.RINGING
        )

    @precondition(lambda self: self._dialling())
    @rule(i=st.integers(0, 1000), outcome=st.sampled_from([None, Outcome.BUSY, Outcome.FAILED]))
    def far_end(self, i: int, outcome: Outcome | None) -> None:
        contact_id = self._pick(self._dialling(), i)
        if outcome is None:
            self.acd.far_end_answered(contact_id)
        else:
            self.acd.dial_failed(contact_id, outcome)

    @precondition(lambda self: self.acd.offers)
    @rule(i=st.integers(0, 1000))
    def decline(self, i: int) -> None:
        offer = self.acd.offers[self._pick(sorted(self.acd.offers), i)]
        self.acd.decline(offer.id, offer.agent_id)

    @rule(seconds=st.sampled_from([0.5, 1.0, 5.0, 15.0, 30.0, 120.0]))
    def advance(self, seconds: float) -> None:
        self.harness.advance(seconds)

    @precondition(lambda self: self._contacts(Phase.CONNECTED))
    @rule(i=st.integers(0, 1000), caller=st.booleans())
    def hang_up_connected(self, i: int, caller: bool) -> None:
        contact = self.acd.contacts[self._pick(self._contacts(Phase.CONNECTED), i)]
        if caller:
            self.acd.hang_up(contact.id, "caller_hangup")
        else:
            assert contact.agent_id is not None
            self.acd.hang_up_by_agent(contact.id, contact.agent_id)
        after = self.acd.contacts.get(contact.id)
        assert after is None or after.phase is Phase.WRAP_UP

    def _callers_in_line(self) -> list[str]:
        # Calls to place have no caller on the line to give up (they are cancelled).
        return [
            c
            for c in self._contacts(Phase.QUEUED, Phase.RINGING)
            if self.acd.contacts[c].preview_s is None
        ]

    @precondition(lambda self: self._callers_in_line())
    @rule(i=st.integers(0, 1000))
    def caller_abandons(self, i: int) -> None:
        contact_id = self._pick(self._callers_in_line(), i)
        answered_before = self.acd.contacts[contact_id].answered_here
        self.acd.hang_up(contact_id, "caller_hangup")
        assert contact_id not in self.acd.contacts
        expected = "answered" if answered_before else "abandoned"
        assert self.harness.last(EventType.CLOSED, contact_id).data["outcome"] == expected

    @precondition(lambda self: self._contacts(Phase.CONNECTED))
    @rule(i=st.integers(0, 1000))
    def hold_or_resume(self, i: int) -> None:
        contact = self.acd.contacts[self._pick(self._contacts(Phase.CONNECTED), i)]
        assert contact.agent_id is not None
        if contact.held_since is None:
            self.acd.hold(contact.id, contact.agent_id)
        else:
            self.acd.resume(contact.id, contact.agent_id)

    @precondition(lambda self: self._contacts(Phase.WRAP_UP))
    @rule(i=st.integers(0, 1000), extend=st.booleans())
    def wrap_up(self, i: int, extend: bool) -> None:
        contact = self.acd.contacts[self._pick(self._contacts(Phase.WRAP_UP), i)]
        assert contact.agent_id is not None
        if extend:
            self.acd.extend_wrap_up(contact.id, contact.agent_id, 10.0)
        else:
            self.acd.complete_wrap_up(contact.id, contact.agent_id)
            assert contact.id not in self.acd.contacts

    @rule(
        agent=st.integers(1, 6), state=st.sampled_from(list(AgentState)), reason=st.integers(1, 2)
    )
    def set_state(self, agent: int, state: AgentState, reason: int) -> None:
        if agent not in self.acd.agents:
            return
        busy = any(p is not Phase.RINGING for p in self.acd.agents[agent].contacts.values())
        refused = _refusal(self.acd.set_agent_state, agent, state, reason)
        if state is AgentState.OFFLINE and busy:
            assert refused == "agent_busy"
        else:
            assert refused is None
            assert self.acd.agents[agent].state is state

    @rule(agent=st.integers(1, 6))
    def agent_lost(self, agent: int) -> None:
        if agent not in self.acd.agents:
            return
        self.acd.agent_lost(agent)
        assert self.acd.agents[agent].contacts == {}
        assert self.acd.agents[agent].state is AgentState.OFFLINE

    @precondition(lambda self: self._contacts(Phase.CONNECTED))
    @rule(i=st.integers(0, 1000), to_queue=st.sampled_from(QUEUES), to_agent=st.integers(0, 6))
    def transfer(self, i: int, to_queue: int, to_agent: int) -> None:
        contact = self.acd.contacts[self._pick(self._contacts(Phase.CONNECTED), i)]
        assert contact.agent_id is not None
        if to_agent:
            target = self.acd.agents.get(to_agent)
            refused = _refusal(self.acd.transfer, contact.id, contact.agent_id, to_agent=to_agent)
            if target is None or target.state is AgentState.OFFLINE:
                assert refused == "agent_unavailable"
            elif to_agent == contact.agent_id:
                assert refused == "bad_transfer"
            else:
                assert refused is None
        else:
            self.acd.transfer(contact.id, contact.agent_id, to_queue=to_queue)

    @rule(queue=st.sampled_from(QUEUES), plan=QUEUE_PLANS)
    def reconfigure_queue(self, queue: int, plan: QueuePlan) -> None:
        new = make_queue(queue, plan)
        ringing_several = any(
            len(c.offers) > 1 for c in self.acd.contacts.values() if c.queue_id == queue
        )
        if ringing_several and new.strategy is not Strategy.RING_ALL:
            # offers already out stay out; check_invariants would (rightly) object
            new = dataclasses.replace(new, strategy=Strategy.RING_ALL)
        self.acd.configure_queue(new)
        if new.calls_while_chatting:
            self.mixing_queues.add(queue)

    # --------------------------------------------------------- invariants

    @invariant()
    def consistent(self) -> None:
        self.acd.check_invariants()

    @invariant()
    def capacity_and_exclusive_offers(self) -> None:
        for agent in self.acd.agents.values():
            counts = Counter(self.acd.contacts[c].channel for c in agent.contacts)
            for channel, n in counts.items():
                assert n <= agent.config.capacity.get(channel, 0), (agent.id, counts)
            calls = [c for c in agent.contacts if self.acd.contacts[c].channel is Channel.VOICE]
            if calls:
                # A call needs the agent's whole attention: alone, or beside
                # chats only from a queue that lets calls reach chatting agents.
                (call,) = calls
                others = {ch for ch in counts if ch is not Channel.VOICE}
                mixing = self.acd.contacts[call].queue_id in self.mixing_queues
                assert len(agent.contacts) == 1 or (mixing and others <= {Channel.CHAT}), (
                    agent.id,
                    counts,
                )
        for contact in self.acd.contacts.values():
            if len(contact.offers) > 1:
                assert self.acd.queues[contact.queue_id].strategy is Strategy.RING_ALL
                assert contact.target_agent is None
                assert len(set(contact.offers.values())) == len(contact.offers)

    @invariant()
    def no_contact_disappears_or_reappears(self) -> None:
        closes: Counter[str] = Counter()
        for e in self.harness.events:
            if e.contact_id is None:
                continue
            assert closes[e.contact_id] == 0, f"{e.contact_id} has {e.type} after it closed"
            if e.type is EventType.CLOSED:
                closes[e.contact_id] += 1
        for contact_id in self.enqueued:
            if contact_id in self.acd.contacts:
                assert closes[contact_id] == 0, contact_id
            else:
                assert closes[contact_id] == 1, (contact_id, closes[contact_id])
        assert set(self.acd.contacts) <= set(self.enqueued)
        assert set(closes) <= set(self.enqueued)

    @invariant()
    def the_log_tells_the_state(self) -> None:
        """Offers and agent states rebuilt from the events alone match the ACD's."""
        offers: dict[str, tuple[str, int]] = {}
        states: dict[int, str] = {}
        for e in self.harness.events:
            if e.type is EventType.OFFERED:
                assert e.contact_id is not None and e.agent_id is not None
                offers[e.data["offer_id"]] = (e.contact_id, e.agent_id)
            elif e.type in (
                EventType.OFFER_MISSED,
                EventType.OFFER_DECLINED,
                EventType.OFFER_WITHDRAWN,
            ):
                assert offers.pop(e.data["offer_id"]) == (e.contact_id, e.agent_id)
            elif e.type is EventType.ANSWERED and not e.data.get("outbound"):
                (answered,) = [k for k, v in offers.items() if v == (e.contact_id, e.agent_id)]
                del offers[answered]
            elif e.type is EventType.DIALLED:
                # A call to place is placed from its card (an agent's own call out had none).
                for k in [k for k, v in offers.items() if v == (e.contact_id, e.agent_id)]:
                    del offers[k]
            elif e.type is EventType.AGENT_STATE:
                assert e.agent_id is not None
                states[e.agent_id] = e.data["state"]
        assert offers == {o.id: (o.contact_id, o.agent_id) for o in self.acd.offers.values()}
        for agent in self.acd.agents.values():
            assert states.get(agent.id, "offline") == agent.state

    @invariant()
    def stats_agree_with_outcomes(self) -> None:
        stats = StatsFold(lambda q: self.acd.queues[q].service_level_s)
        stats.apply_all(self.harness.events)
        outcomes = Counter(
            e.data["outcome"] for e in self.harness.events if e.type is EventType.CLOSED
        )
        abandons = len(self.harness.of_type(EventType.ABANDONED))
        queues = stats.queues.values()
        # A caller who gives up after being answered and requeued was answered:
        # the outcome and the figures say the same.
        assert outcomes[Outcome.ABANDONED] == sum(q.abandoned for q in queues)
        # every entry into a queue ends once: answered, abandoned, overflowed - or is open
        # (or, still unanswered, became a callback: answered by our call later)
        entry_open: dict[str, bool] = {}
        became_callbacks = 0
        for e in self.harness.events:
            if e.contact_id is None:
                continue
            if e.type is EventType.ENTERED:
                entry_open[e.contact_id] = "purpose" not in e.data  # calls to place: not offered
            elif e.type is EventType.CALLBACK_REQUESTED:
                became_callbacks += entry_open[e.contact_id]
                entry_open[e.contact_id] = False
            elif e.type in (EventType.ANSWERED, EventType.ABANDONED) or (
                e.type is EventType.OVERFLOWED and e.data["reason"] == "max_wait"
            ):
                entry_open[e.contact_id] = False
        unresolved = sum(entry_open.get(c, False) for c in self.acd.contacts)
        assert sum(q.offered for q in queues) == (
            sum(q.answered + q.abandoned + q.overflowed for q in queues)
            + became_callbacks
            + unresolved
        )
        assert sum(q.callbacks for q in queues) == len(
            self.harness.of_type(EventType.CALLBACK_REQUESTED)
        )
        assert sum(q.abandoned for q in queues) <= abandons
        # a contact closed as voicemail, callback or rejected got there by overflowing
        overflowed = self.harness.of_type(EventType.OVERFLOWED)
        assert sum(q.overflowed + q.closed for q in queues) <= len(overflowed)
        previous: dict[str, EventType] = {}
        for e in self.harness.events:
            if e.contact_id is None:
                continue
            if e.type is EventType.CLOSED and e.data["outcome"] in (
                Outcome.VOICEMAIL,
                Outcome.CALLBACK,
                Outcome.REJECTED,
            ):
                assert previous[e.contact_id] is EventType.OVERFLOWED, e
            previous[e.contact_id] = e.type
        answered_closed = {
            e.contact_id
            for e in self.harness.events
            if e.type is EventType.CLOSED and e.data["outcome"] == Outcome.ANSWERED
        }
        answered_once = {e.contact_id for e in self.harness.of_type(EventType.ANSWERED)}
        assert answered_closed <= answered_once
        # an agent has handled a contact once its talk ended and its wrap-up is over
        handled = sum(a.handled for a in self.acd.agents.values())
        ended = len(self.harness.of_type(EventType.ENDED))
        assert handled == ended - len(self._contacts(Phase.WRAP_UP))
        # Queues handle calls in: a call out counts once it is transferred into one.
        calls_out: set[str | None] = set()
        inbound_ended = 0
        for e in self.harness.events:
            if e.type is EventType.DIALLED:
                calls_out.add(e.contact_id)
            elif e.type is EventType.ENTERED:
                calls_out.discard(e.contact_id)
            elif e.type is EventType.ENDED:
                inbound_ended += e.contact_id not in calls_out
        assert sum(q.handled for q in queues) == inbound_ended


def _refusal(command: Callable[..., object], *args: object, **kwargs: object) -> str | None:
    try:
        command(*args, **kwargs)
    except AcdError as err:
        return err.code
    return None


# About 8 s on the 2-core CI machine. For a deeper hunt after changing the core:
#   CALLNEST_ACD_EXAMPLES=2000 pytest tests/unit/server/acd/test_properties.py
AcdDay.TestCase.settings = settings(
    max_examples=int(os.environ.get("CALLNEST_ACD_EXAMPLES", "50")),
    stateful_step_count=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestAcdDay = AcdDay.TestCase
