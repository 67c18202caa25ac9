"""The ACD: which contact goes to which agent, and when.

Pure and deterministic: no I/O, no threads, no wall clock. Time comes from the
injected ``clock``; timers (ring timeout, wrap-up, max wait, skill widening,
an agent's pause after a missed offer) are kept here and fired by ``tick()``,
which the server calls at ``next_deadline()``. Every transition is reported
to ``emit`` as an :class:`Event`; the server writes those to the event log.

Invariants (checked by ``check_invariants`` in the property tests):
a contact is in exactly one place (waiting, ringing, connected, wrap-up);
only ring-all offers one contact to several agents at once; no agent holds
more than its capacity; no free agent is left idle while a contact it may
take is waiting.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from callnest.protocol import ErrorCode
from callnest.server.acd.events import (
    HOME_CONNECTION,
    Abandoned,
    AgentStateChanged,
    Answered,
    CallbackRequested,
    Closed,
    Dialled,
    Ended,
    Entered,
    Escalated,
    Event,
    Held,
    OfferDeclined,
    Offered,
    OfferMissed,
    OfferWithdrawn,
    Outcome,
    Overflowed,
    Requeued,
    Resumed,
    Transferred,
    WithdrawReason,
    WrapUpEnded,
)
from callnest.server.acd.indexes import FreeAgents, WaitingContacts
from callnest.server.acd.model import (
    EXCLUSIVE_CHANNELS,
    PATIENT_CHANNELS,
    Agent,
    AgentConfig,
    AgentState,
    Channel,
    Contact,
    EscalationReason,
    Overflow,
    OverflowKind,
    Phase,
    QueueConfig,
    Strategy,
)
from callnest.server.acd.transitions import AGENT_MOVES, CONTACT_MOVES, IllegalTransition
from callnest.server.refused import Refused

# On CPython 3.11 reading an Enum member through its class (Phase.RINGING)
# costs ~0.2 µs: EnumType.__getattr__ puts every attribute lookup on the class
# on a slow path (3.12 removed it). Routing does this dozens of times per
# decision, so the hot path reads these module-level aliases instead.
_CHANNELS = tuple(Channel)
_VOICE = Channel.VOICE
_AVAILABLE = AgentState.AVAILABLE
_QUEUED = Phase.QUEUED
_RINGING = Phase.RINGING
_CONNECTED = Phase.CONNECTED
_WRAP_UP = Phase.WRAP_UP
_RING_ALL = Strategy.RING_ALL
_ROUND_ROBIN = Strategy.ROUND_ROBIN
_SKILLS_BASED = Strategy.SKILLS_BASED
_CLOSED = Phase.CLOSED
_OUTCOME_ANSWERED = Outcome.ANSWERED

AUTOPAUSE_REASON = "missed_offers"
MAX_OVERFLOW_HOPS = 5
TOP_TIER = 3  # escalation's last tier: the supervisors own the contact


class AcdError(Refused):
    """A command the ACD refuses (a routing question); ``code`` is stable,
    ``message`` is for people."""


class _Timer:
    """Kinds of timer (plain strings: read on every timer, and Enum reads are slow)."""

    RING = "ring"
    WRAP = "wrap"
    MAX_WAIT = "max_wait"
    WIDEN = "widen"
    COOLDOWN = "cooldown"
    PREFERRED = "preferred"


@dataclass(frozen=True, slots=True)
class Offer:
    id: str
    contact_id: str
    agent_id: int
    expires_at: float


class Acd:
    def __init__(
        self,
        clock: Callable[[], float],
        emit: Callable[[Event], None],
        *,
        no_answer_pause_s: float = 5.0,
        decline_pause_s: float = 2.0,
    ) -> None:
        self._clock = clock
        self._emit = emit
        self.no_answer_pause_s = no_answer_pause_s
        self.decline_pause_s = decline_pause_s
        self.queues: dict[int, QueueConfig] = {}
        self.agents: dict[int, Agent] = {}
        self.contacts: dict[str, Contact] = {}
        self.offers: dict[str, Offer] = {}
        self._members: dict[int, dict[int, int]] = {}  # queue -> agent -> level
        self._agent_queues: dict[int, set[int]] = {}
        self._waiting: dict[tuple[int, Channel], WaitingContacts] = {}
        self._waiting_on: dict[Channel, int] = dict.fromkeys(_CHANNELS, 0)  # in all queues
        self._free: dict[tuple[int, Channel], FreeAgents] = {}
        # Agents that may be in some free index (never missing one that is): lets
        # reindexing a busy agent, the common case, skip every index.
        self._indexed: set[int] = set()
        # Agents on the system's break for their home connection: each offer
        # in their queues names them (Offered.passed_over) for the figures.
        self._held_for_link: set[int] = set()
        self._directed: dict[int, dict[str, Contact]] = {}  # agent -> contacts sent to them
        self._rr_cursor: dict[int, int] = {}
        self._timers: list[tuple[float, int, str, str, int]] = []
        self._seq = 0

    # ------------------------------------------------------------ configuration

    def configure_queue(self, config: QueueConfig) -> None:
        """Adds a queue or changes one; waiting contacts stay where they are."""
        old = self.queues.get(config.id)
        self.queues[config.id] = config
        for channel in Channel:
            if old is None or old.strategy is not config.strategy:
                self._free[(config.id, channel)] = FreeAgents(config.strategy)
            self._waiting.setdefault((config.id, channel), WaitingContacts())
        for agent in self.agents.values():
            self._update_membership(agent, config)
        if old is not None and (old.max_wait_s, old.strategy, old.skill_steps) != (
            config.max_wait_s,
            config.strategy,
            config.skill_steps,
        ):
            # Contacts already waiting get the new queue's timers, from their entry.
            for contact in self.contacts.values():
                if contact.queue_id == config.id and contact.phase in (
                    Phase.QUEUED,
                    Phase.RINGING,
                ):
                    contact.timer_gen += 1
                    self._arm_wait_timers(contact, config, max_wait=True)
        self._reroute_queue(config.id)

    def remove_queue(self, queue_id: int) -> None:
        self._queue(queue_id)
        if any(c.queue_id == queue_id for c in self.contacts.values()):
            raise AcdError(
                ErrorCode.QUEUE_BUSY, "the queue still has contacts; wait until they are done"
            )
        del self.queues[queue_id]
        for channel in Channel:
            del self._free[(queue_id, channel)]
            del self._waiting[(queue_id, channel)]
        for agent_id in self._members.pop(queue_id, {}):
            self._agent_queues[agent_id].discard(queue_id)

    def configure_agent(self, config: AgentConfig) -> None:
        """Adds an agent (offline) or changes one's skills, team or capacity."""
        agent = self.agents.get(config.id)
        if agent is None:
            agent = self.agents[config.id] = Agent(config, since=self._clock())
            self._agent_queues[config.id] = set()
            self._directed[config.id] = {}
        else:
            agent.config = config
        for queue in self.queues.values():
            self._update_membership(agent, queue)
        self._reindex(agent)
        self._route_agent(agent)

    def remove_agent(self, agent_id: int) -> None:
        agent = self._agent(agent_id)
        if agent.contacts or self._directed[agent_id]:
            raise AcdError(ErrorCode.AGENT_BUSY, "the agent still has contacts")
        for queue_id in self._agent_queues.pop(agent_id):
            self._members[queue_id].pop(agent_id, None)
            for channel in Channel:
                self._free[(queue_id, channel)].discard(agent_id)
        del self.agents[agent_id]
        del self._directed[agent_id]
        self._indexed.discard(agent_id)

    # ------------------------------------------------------------------ agents

    def set_agent_state(
        self, agent_id: int, state: AgentState, reason_id: int | None = None
    ) -> None:
        agent = self._agent(agent_id)
        now = self._clock()
        if state is AgentState.OFFLINE and any(
            phase is not Phase.RINGING for phase in agent.contacts.values()
        ):
            raise AcdError(
                ErrorCode.AGENT_BUSY, "finish or transfer your open contacts before going offline"
            )
        if state is not AgentState.BREAK:
            reason_id = None
        if (state, reason_id) == (agent.state, agent.reason_id) and agent.system_reason is None:
            return
        if state is AgentState.AVAILABLE:
            agent.missed_in_a_row = 0
            agent.cooldown_until = 0.0
            if not agent.contacts:
                agent.idle_since = now
        # The new state first, so that contacts handed back below are not
        # offered straight back to this agent.
        self._change_state(agent, state, reason_id)
        if state is not AgentState.AVAILABLE:
            self._withdraw_ringing(agent, "declined")
        if state is AgentState.OFFLINE:
            self._release_directed(agent)
        self._route_agent(agent)

    def pause(self, agent_id: int, system_reason: str) -> None:
        """The system stops routing to an available agent (its connection
        dropped, say) without touching its open contacts; ringing offers go
        back to the head of their queues."""
        agent = self._agent(agent_id)
        if agent.state is not _AVAILABLE:
            return
        self._change_state(agent, AgentState.BREAK, system_reason=system_reason)
        self._withdraw_ringing(agent, "requeued")

    def hold_back(self, agent_id: int, system_reason: str) -> None:
        """The agent asks to be available (or is), but the system offers them
        nothing for now: a break of the system's that the system ends (by
        :meth:`set_agent_state`) once ``system_reason`` is gone. Ringing
        offers go back to the head of their queues."""
        agent = self._agent(agent_id)
        if agent.state is AgentState.BREAK and agent.system_reason == system_reason:
            return
        agent.missed_in_a_row = 0
        agent.cooldown_until = 0.0
        self._change_state(agent, AgentState.BREAK, system_reason=system_reason)
        self._withdraw_ringing(agent, "requeued")

    def calls_lost(self, agent_id: int) -> list[str]:
        """The agent's audio is gone but the agent is not (their home link
        failed): each call they were talking in goes back to the head of its
        queue, keeping its wait. Chats and wrap-ups stay. The calls' ids."""
        agent = self._agent(agent_id)
        lost = [
            contact_id
            for contact_id, phase in agent.contacts.items()
            if phase is _CONNECTED and self.contacts[contact_id].channel is _VOICE
        ]
        for contact_id in lost:
            self._back_in_line(agent, self.contacts[contact_id], "link_lost")
        return lost

    def agent_lost(self, agent_id: int) -> None:
        """The agent's desktop is gone (no heartbeat, logged out by force): every
        contact it had goes back to the head of its queue, keeping its wait."""
        agent = self._agent(agent_id)
        self._change_state(agent, AgentState.OFFLINE)
        for contact_id, phase in list(agent.contacts.items()):
            contact = self.contacts[contact_id]
            if phase is Phase.RINGING and contact.outbound:
                self.dial_failed(contact_id, Outcome.NO_ANSWER)  # nobody to talk to
            elif phase is Phase.RINGING:
                self._withdraw_ringing(agent, "requeued", only=contact_id)
            elif phase is Phase.CONNECTED:
                self._back_in_line(agent, contact, str(phase))
            elif phase is Phase.WRAP_UP:
                self._finish_wrap_up(contact, "agent_lost")
        self._release_directed(agent)

    def _back_in_line(self, agent: Agent, contact: Contact, left: str) -> None:
        """A connected contact whose agent cannot go on goes back to the head
        of its queue's line, keeping its wait (``left``: the Requeued event's phase)."""
        self._close_hold(contact, self._clock())
        self._detach(agent, contact)
        self._emit(Requeued(self._clock(), contact.id, contact.queue_id, agent.id, phase=left))
        contact.agent_id = None
        self._first_in_line(contact)

    def _first_in_line(self, contact: Contact) -> None:
        """An answered contact waits again, at the head of its queue's line."""
        contact.answered_at = None
        contact.head_of_line = True
        self._move(contact, _QUEUED)
        # answering cancelled its timers; skill steps still ahead apply again
        contact.timer_gen += 1
        self._arm_wait_timers(contact, self.queues[contact.queue_id], max_wait=False)
        self._place(contact)

    # ---------------------------------------------------------------- contacts

    def enqueue(
        self,
        contact_id: str,
        queue_id: int,
        channel: Channel = Channel.VOICE,
        *,
        priority: int = 0,
        entered_at: float | None = None,
        preview_s: float | None = None,
        purpose: str | None = None,
        prefer_agent: int | None = None,
        prefer_for_s: float = 0.0,
    ) -> Contact:
        """A new contact asks for an agent. ``entered_at`` lets a contact restored
        after a restart keep the wait it already had. With ``preview_s`` it is
        a call to place (see :attr:`Contact.preview_s`) for ``purpose``.

        With ``prefer_agent`` (a customer writing again in a conversation
        that agent had) it waits for that agent alone for ``prefer_for_s``,
        then for anyone in its queue; at once when that agent is logged out,
        no longer serves the queue, lets the offer ring out or declines it."""
        queue = self._queue(queue_id)
        if preview_s is not None and channel is not _VOICE:
            raise AcdError(ErrorCode.NOT_A_CALL, "only a call can be placed")
        contact = self._new_contact(contact_id, queue_id, channel, priority, entered_at)
        contact.preview_s, contact.purpose = preview_s, purpose
        preferred = self.agents.get(prefer_agent) if prefer_agent is not None else None
        if (
            preferred is not None
            and preferred.state is not AgentState.OFFLINE
            and queue_id in self._agent_queues[preferred.id]
        ):
            contact.target_agent = preferred.id
        self._enter_queue(contact, queue, hops=0)
        if contact.target_agent is not None and contact.phase is not _CLOSED:
            self._push(
                self._clock() + prefer_for_s, _Timer.PREFERRED, contact.id, contact.timer_gen
            )
        return contact

    def request_callback(self, contact_id: str, preview_s: float) -> Contact:
        """A caller waiting in line asks to be called back and hangs up: the
        contact keeps its place (and its wait) as a call to place. Refused
        once an agent is ringing for it: the caller is about to be answered."""
        contact = self._contact(contact_id)
        if contact.channel is not _VOICE:
            raise AcdError(ErrorCode.NOT_A_CALL, "only a caller can be called back")
        if contact.preview_s is not None:
            raise AcdError(ErrorCode.CONFLICT, "a callback is already asked for")
        if contact.phase is not _QUEUED:
            raise AcdError(ErrorCode.OFFER_GONE, "an agent is about to answer this call")
        contact.preview_s, contact.purpose = preview_s, "callback"
        contact.timer_gen += 1  # no overflow for a call we place ourselves
        self._arm_wait_timers(contact, self.queues[contact.queue_id], max_wait=False)
        self._emit(CallbackRequested(self._clock(), contact.id, contact.queue_id))
        return contact

    def cancel(self, contact_id: str) -> None:
        """Takes back a call to place that has not been placed yet."""
        contact = self._contact(contact_id)
        if contact.preview_s is None or contact.outbound:
            raise AcdError(ErrorCode.CONFLICT, "only a call not yet placed can be called off")
        if contact.phase is _QUEUED:
            self._unplace(contact)
        for offer_id in list(contact.offers):
            self._withdraw(self.offers[offer_id], "caller_hangup")
        self._close(contact, Outcome.CANCELLED)

    def _new_contact(
        self,
        contact_id: str,
        queue_id: int,
        channel: Channel,
        priority: int,
        entered_at: float | None,
        *,
        head_of_line: bool = False,
        answered_here: bool = False,
    ) -> Contact:
        if contact_id in self.contacts:
            raise AcdError(ErrorCode.DUPLICATE_CONTACT, f"contact {contact_id} already exists")
        now = self._clock()
        self._seq += 1
        contact = Contact(
            id=contact_id,
            channel=channel,
            queue_id=queue_id,
            priority=priority,
            entered_at=now if entered_at is None else entered_at,
            queue_entered_at=now,
            seq=self._seq,
            head_of_line=head_of_line,
            answered_here=answered_here,
        )
        self.contacts[contact_id] = contact
        return contact

    def restore(
        self,
        contact_id: str,
        queue_id: int,
        channel: Channel,
        *,
        entered_at: float,
        answered: bool,
        queue_entered_at: float | None = None,
        priority: int = 0,
        preview_s: float | None = None,
        purpose: str | None = None,
    ) -> Contact:
        """A contact still open when the server stopped that did not die with it
        (a chat, a task) goes back to the head of its queue's line, keeping its
        wait; the log says REQUEUED, so it is not offered (counted) twice. A
        call to place (``preview_s``) takes back its own place in line instead,
        from ``queue_entered_at``: it was never answered, and the callers who
        were ahead of it died with the server."""
        queue = self._queue(queue_id)
        contact = self._new_contact(
            contact_id,
            queue_id,
            channel,
            priority,
            entered_at,
            head_of_line=preview_s is None,
            answered_here=answered,
        )
        contact.preview_s, contact.purpose = preview_s, purpose
        if preview_s is not None and queue_entered_at is not None:
            contact.queue_entered_at = queue_entered_at
        self._emit(Requeued(self._clock(), contact.id, contact.queue_id, phase="restart"))
        self._arm_wait_timers(contact, queue, max_wait=False)
        self._place(contact)
        return contact

    def answer(self, offer_id: str, agent_id: int) -> Contact:
        offer = self.offers.get(offer_id)
        if offer is None or offer.agent_id != agent_id:
            raise AcdError(ErrorCode.OFFER_GONE, "this offer is no longer available")
        now = self._clock()
        contact = self.contacts[offer.contact_id]
        if contact.preview_s is not None:
            self._place_call(offer)  # "Call now": the agent holds it while it rings
            return contact
        agent = self.agents[agent_id]
        del self.offers[offer_id]
        del contact.offers[offer_id]
        for other_id in list(contact.offers):
            self._withdraw(self.offers[other_id], "answered_elsewhere")
        self._move(contact, _CONNECTED, agent)
        contact.agent_id = agent_id
        contact.answered_at = now
        contact.answered_here = True
        contact.timer_gen += 1
        agent.missed_in_a_row = 0
        self._emit(
            Answered(
                self._clock(),
                contact.id,
                contact.queue_id,
                agent_id,
                wait_s=now - contact.entered_at,
                queue_wait_s=now - contact.queue_entered_at,
                ring_s=now - (contact.offered_at or now),
            )
        )
        return contact

    def dial_out(self, contact_id: str, queue_id: int, agent_id: int) -> Contact:
        """An agent's call out (click-to-dial), made for ``queue_id`` (whose
        caller ID, wrap-up and reports it takes). The agent holds it from the
        start, available or on a break: it rings the far end until
        :meth:`far_end_answered` connects it or :meth:`dial_failed` closes it."""
        agent = self.agents.get(agent_id)
        if agent is None or agent.state is AgentState.OFFLINE:
            raise AcdError(ErrorCode.AGENT_UNAVAILABLE, "log in before you call out")
        if agent.channels.get(_VOICE):
            raise AcdError(ErrorCode.AGENT_BUSY, "you are on a call already")
        self._queue(queue_id)
        now = self._clock()
        contact = self._new_contact(contact_id, queue_id, _VOICE, 0, now)
        contact.outbound = True
        self._move(contact, _RINGING)
        contact.agent_id = agent_id
        contact.offered_at = now
        self._attach(agent, contact)
        self._emit(Dialled(now, contact.id, queue_id, agent_id))
        return contact

    def far_end_answered(self, contact_id: str) -> Contact:
        contact = self._dialling(contact_id)
        assert contact.agent_id is not None  # dial_out's
        now = self._clock()
        self._move(contact, _CONNECTED, self.agents[contact.agent_id])
        contact.answered_at = now
        contact.answered_here = True
        # From here on a call like any other (transferred, it is offered as one).
        contact.outbound = False
        placed, contact.preview_s, contact.purpose = contact.preview_s, None, None
        ring_s = now - (contact.offered_at or now)
        # A call to place waited in line before it rang: that wait is the customer's.
        wait_s = ring_s if placed is None else now - contact.entered_at
        self._emit(
            Answered(
                now,
                contact.id,
                contact.queue_id,
                contact.agent_id,
                wait_s=wait_s,
                queue_wait_s=now - contact.queue_entered_at,
                ring_s=ring_s,
                outbound=True,
            )
        )
        return contact

    def dial_failed(self, contact_id: str, outcome: Outcome) -> None:
        """The call out never connected: busy, no answer (or the agent gave
        up), failed. The agent is free again at once, with no wrap-up."""
        contact = self._dialling(contact_id)
        assert contact.agent_id is not None  # dial_out's
        agent = self.agents[contact.agent_id]
        self._detach(agent, contact)
        self._close(contact, outcome)
        self._agent_freed(agent)

    def _dialling(self, contact_id: str) -> Contact:
        contact = self._contact(contact_id)
        if not contact.outbound or contact.phase is not _RINGING:
            raise AcdError(ErrorCode.NOT_IN_CALL, "this is not a call out still ringing")
        return contact

    def decline(self, offer_id: str, agent_id: int) -> None:
        offer = self.offers.get(offer_id)
        if offer is None or offer.agent_id != agent_id:
            raise AcdError(ErrorCode.OFFER_GONE, "this offer is no longer available")
        agent = self.agents[agent_id]
        agent.cooldown_until = self._clock() + self.decline_pause_s
        self._push(agent.cooldown_until, _Timer.COOLDOWN, str(agent_id), 0)
        self._drop_offer(offer, OfferDeclined)

    def hold(self, contact_id: str, agent_id: int) -> None:
        contact = self.connected(contact_id, agent_id)
        if contact.held_since is None:
            contact.held_since = self._clock()
            self._emit(Held(self._clock(), contact.id, contact.queue_id, agent_id))

    def resume(self, contact_id: str, agent_id: int) -> None:
        contact = self.connected(contact_id, agent_id)
        if contact.held_since is not None:
            self._close_hold(contact, self._clock())
            self._emit(Resumed(self._clock(), contact.id, contact.queue_id, agent_id))

    def hang_up(self, contact_id: str, reason: str = "caller_hangup") -> None:
        """The conversation ends (either side). A contact still waiting or ringing
        when the caller leaves has abandoned."""
        contact = self._contact(contact_id)
        if contact.outside is not None:
            # Either end of a call transferred out hung up (or it was cancelled).
            self._close(contact, Outcome.ANSWERED)
        elif contact.phase is _CONNECTED:
            self._end_talk(contact, reason)
        elif contact.outbound and contact.phase is _RINGING:
            # A call out that ends before the far end answers never connected.
            self.dial_failed(contact_id, Outcome.NO_ANSWER)
        elif contact.phase in (_QUEUED, _RINGING):
            self._abandon(contact)
        # in wrap-up the conversation is already over: nothing to do

    def hang_up_by_agent(self, contact_id: str, agent_id: int) -> None:
        contact = self._contact(contact_id)
        if contact.outbound and contact.phase is _RINGING and contact.agent_id == agent_id:
            self.dial_failed(contact_id, Outcome.NO_ANSWER)  # the agent gave up waiting
            return
        self._end_talk(self.connected(contact_id, agent_id), "agent_hangup")

    def complete_wrap_up(self, contact_id: str, agent_id: int) -> None:
        contact = self._contact(contact_id)
        if contact.phase is not _WRAP_UP or contact.agent_id != agent_id:
            raise AcdError(ErrorCode.NOT_IN_WRAP_UP, "this contact is not in wrap-up with you")
        self._finish_wrap_up(contact, "agent")

    def extend_wrap_up(self, contact_id: str, agent_id: int, seconds: float) -> float:
        contact = self._contact(contact_id)
        if contact.phase is not Phase.WRAP_UP or contact.agent_id != agent_id:
            raise AcdError(ErrorCode.NOT_IN_WRAP_UP, "this contact is not in wrap-up with you")
        assert contact.wrap_deadline is not None  # set on entering wrap-up
        contact.wrap_deadline += seconds
        self._push(contact.wrap_deadline, _Timer.WRAP, contact.id, contact.timer_gen)
        return contact.wrap_deadline

    def transfer(
        self,
        contact_id: str,
        agent_id: int,
        *,
        to_queue: int | None = None,
        to_agent: int | None = None,
        to_number: str | None = None,
    ) -> None:
        """Blind transfer: the agent lets go at once; the contact waits for the
        target queue, or for one agent (in its current queue's line), or (a
        call, ``to_number``) stays connected to no agent while the phone side
        calls that outside number: :meth:`outside_failed` brings it back,
        :meth:`hang_up` ends it."""
        if sum(t is not None for t in (to_queue, to_agent, to_number)) != 1:
            raise AcdError(
                ErrorCode.BAD_TRANSFER, "transfer to exactly one queue, agent or phone number"
            )
        contact = self.connected(contact_id, agent_id)
        if to_number is not None and contact.channel is not _VOICE:
            raise AcdError(ErrorCode.BAD_TRANSFER, "only a call can be transferred to a number")
        target_queue = None
        if to_queue is not None:
            target_queue = self._queue(to_queue)
        elif to_agent is not None:
            target = self.agents.get(to_agent)
            if target is None or target.state is AgentState.OFFLINE:
                raise AcdError(ErrorCode.AGENT_UNAVAILABLE, "that agent is not logged in")
            if to_agent == agent_id:
                raise AcdError(ErrorCode.BAD_TRANSFER, "you cannot transfer a contact to yourself")
            target_queue = self.queues[contact.queue_id]
        now = self._clock()
        agent = self.agents[agent_id]
        talk_s = self._close_talk(contact, now)
        self._emit(
            Transferred(
                self._clock(),
                contact.id,
                contact.queue_id,
                agent_id,
                to_queue_id=to_queue,
                to_agent_id=to_agent,
                to_number=to_number,
            )
        )
        self._emit(
            Ended(
                self._clock(),
                contact.id,
                contact.queue_id,
                agent_id,
                talk_s=talk_s,
                hold_s=contact.hold_s,
                reason="transferred",
            )
        )
        self._detach(agent, contact)
        agent.handled += 1
        contact.agent_id = None
        contact.hold_s = 0.0
        if target_queue is None:
            # Out of the center: still connected (answered_at kept, for its wait).
            contact.outside = to_number
            self._agent_freed(agent)
            return
        self._agent_freed(agent)
        contact.answered_at = None
        contact.target_agent = to_agent
        contact.head_of_line = False
        self._enter_queue(contact, target_queue, hops=0)

    def outside_failed(self, contact_id: str) -> None:
        """The outside number a call was transferred to was busy, did not
        answer or failed: the caller goes back to the head of its queue's
        line, keeping its wait (as when its agent vanishes)."""
        contact = self._contact(contact_id)
        if contact.outside is None:
            raise AcdError(ErrorCode.NOT_IN_CALL, "this call is not transferred to a number")
        contact.outside = None
        self._emit(Requeued(self._clock(), contact.id, contact.queue_id, phase="outside"))
        self._first_in_line(contact)

    def escalate(
        self,
        contact_id: str,
        tier: int,
        reason: EscalationReason,
        to_queue: int | None = None,
    ) -> Contact:
        """The contact passed a service target and moves up to ``tier``: with
        ``to_queue`` (the specialists'), a contact no agent holds waits there
        from now on, keeping its first entry (an offer ringing for it is
        taken back); without, it stays where it is and the supervisors own
        it. Once per tier: never to its own tier or a lower one."""
        contact = self._contact(contact_id)
        if not contact.tier < tier <= TOP_TIER:
            raise AcdError(
                ErrorCode.CONFLICT, f"this contact is at tier {contact.tier}: not to {tier}"
            )
        target = None
        if to_queue is not None:
            target = self._queue(to_queue)
            if to_queue == contact.queue_id:
                raise AcdError(ErrorCode.BAD_TRANSFER, "the contact is in that queue already")
            if contact.agent_id is not None or contact.outside is not None:
                raise AcdError(ErrorCode.CONFLICT, "an agent holds this contact: it stays")
        now = self._clock()
        self._emit(
            Escalated(
                now,
                contact.id,
                contact.queue_id,
                contact.agent_id,
                tier=tier,
                reason=reason,
                to_queue_id=to_queue,
            )
        )
        contact.tier, contact.tier_since, contact.escalation_reason = tier, now, reason
        if target is None:
            return contact
        if contact.phase is _RINGING:
            for offer_id in list(contact.offers):
                self._withdraw(self.offers[offer_id], "requeued")
        else:
            self._unplace(contact)
        contact.target_agent = None
        contact.head_of_line = False
        self._enter_queue(contact, target, hops=0)
        return contact

    def restore_escalation(
        self, contact_id: str, tier: int, reason: EscalationReason | None, since: float | None
    ) -> None:
        """A contact back after a restart takes up the tier it had reached
        (from the log: nothing is logged again)."""
        contact = self._contact(contact_id)
        if not 1 <= tier <= TOP_TIER:
            raise AcdError(ErrorCode.CONFLICT, f"there is no tier {tier}")
        contact.tier, contact.tier_since, contact.escalation_reason = tier, since, reason

    # ------------------------------------------------------------------ timers

    def next_deadline(self) -> float | None:
        return self._timers[0][0] if self._timers else None

    def tick(self) -> None:
        """Fires every timer that is due."""
        now = self._clock()
        while self._timers and self._timers[0][0] <= now:
            deadline, _, kind, key, gen = heapq.heappop(self._timers)
            self._fire(kind, key, gen, deadline, now)

    # ----------------------------------------------------------------- queries

    def position(self, contact_id: str) -> int | None:
        """1-based place in line, or None when not waiting."""
        contact = self._contact(contact_id)
        if contact.phase is not Phase.QUEUED or contact.target_agent is not None:
            return None
        return self._waiting[(contact.queue_id, contact.channel)].position(contact)

    def waiting_count(self, queue_id: int) -> int:
        return sum(len(self._waiting[(queue_id, ch)]) for ch in Channel)

    def members(self, queue_id: int) -> dict[int, int]:
        """Agents who serve the queue, with their level for it."""
        return dict(self._members.get(queue_id, {}))

    def queues_of(self, agent_id: int) -> AbstractSet[int]:
        """The queues the agent serves (a live view: do not change it)."""
        return self._agent_queues.get(agent_id, frozenset())

    def offers_for(self, contact_id: str) -> list[Offer]:
        return [self.offers[o] for o in self._contact(contact_id).offers]

    def check_invariants(self) -> None:
        """Raises AssertionError if the ACD's state is inconsistent (for tests)."""
        now = self._clock()
        waiting_ids = {line: set(waiting.ids()) for line, waiting in self._waiting.items()}
        for (queue_id, channel), waiting in self._waiting.items():
            for cid in waiting.ids():
                c = self.contacts[cid]
                assert c.phase is Phase.QUEUED and c.queue_id == queue_id, cid
                assert c.channel is channel and c.target_agent is None, cid
        for contact in self.contacts.values():
            assert contact.phase is not Phase.CLOSED, f"closed contact {contact.id} still open"
            assert 1 <= contact.tier <= TOP_TIER, contact.id
            places = 0
            if contact.phase is Phase.QUEUED:
                if contact.target_agent is None:
                    places += contact.id in waiting_ids[(contact.queue_id, contact.channel)]
                else:
                    places += contact.id in self._directed[contact.target_agent]
                assert not contact.offers, contact.id
            elif contact.phase is Phase.RINGING and contact.outbound:
                # A call out ringing the far end: its agent's from the start.
                assert not contact.offers and contact.agent_id is not None, contact.id
                assert self.agents[contact.agent_id].contacts[contact.id] is Phase.RINGING
                places += 1
            elif contact.outside is not None:
                # Transferred to an outside number: nobody's here any more.
                assert contact.phase is Phase.CONNECTED and contact.agent_id is None, contact.id
                assert not contact.offers, contact.id
                places += 1
            elif contact.phase is Phase.RINGING:
                assert contact.offers, contact.id
                strategy = self.queues[contact.queue_id].strategy
                assert len(contact.offers) == 1 or strategy is Strategy.RING_ALL, contact.id
                for offer_id, agent_id in contact.offers.items():
                    assert self.offers[offer_id].agent_id == agent_id
                    assert self.agents[agent_id].contacts.get(contact.id) is Phase.RINGING
                places += 1
            else:
                assert contact.agent_id is not None, contact.id
                assert self.agents[contact.agent_id].contacts[contact.id] is contact.phase
                places += 1
            assert places == 1, f"contact {contact.id} is in {places} places"
        for agent in self.agents.values():
            counts: dict[Channel, int] = {}
            for cid in agent.contacts:
                ch = self.contacts[cid].channel
                counts[ch] = counts.get(ch, 0) + 1
            assert counts == {c: n for c, n in agent.channels.items() if n}, agent.id
            for channel, n in counts.items():
                assert n <= max(agent.config.capacity.get(channel, 0), 1), agent.id
            if any(counts.get(c) for c in EXCLUSIVE_CHANNELS):
                # A call shares the agent with chats only (and only where allowed).
                others = {c for c in counts if c not in EXCLUSIVE_CHANNELS}
                assert others <= {Channel.CHAT}, f"agent {agent.id} has a call and more"
                assert sum(counts[c] for c in EXCLUSIVE_CHANNELS) == 1, agent.id
            blended = agent.free_for_call_while_chatting(now)
            for queue_id in self._agent_queues[agent.id]:
                for channel in Channel:
                    indexed = agent.id in self._free[(queue_id, channel)]
                    expected = agent.free_for(channel, now) or (
                        channel is Channel.VOICE
                        and blended
                        and self.queues[queue_id].calls_while_chatting
                    )
                    assert indexed == expected, (agent.id, queue_id, channel)
        for channel in _CHANNELS:
            total = sum(len(w) for (_, ch), w in self._waiting.items() if ch is channel)
            assert self._waiting_on[channel] == total, channel
        for (queue_id, channel), free in self._free.items():
            waiting = self._waiting[(queue_id, channel)]
            queue = self.queues[queue_id]
            if not free or not len(waiting) or queue.strategy is Strategy.SKILLS_BASED:
                continue
            raise AssertionError(f"queue {queue_id} has free agents and waiting {channel}")

    # --------------------------------------------------------------- internals

    def _queue(self, queue_id: int) -> QueueConfig:
        queue = self.queues.get(queue_id)
        if queue is None:
            raise AcdError(ErrorCode.UNKNOWN_QUEUE, f"there is no queue {queue_id}")
        return queue

    def _agent(self, agent_id: int) -> Agent:
        agent = self.agents.get(agent_id)
        if agent is None:
            raise AcdError(ErrorCode.UNKNOWN_AGENT, f"there is no agent {agent_id}")
        return agent

    def _contact(self, contact_id: str) -> Contact:
        contact = self.contacts.get(contact_id)
        if contact is None:
            raise AcdError(ErrorCode.UNKNOWN_CONTACT, f"there is no open contact {contact_id}")
        return contact

    def connected(self, contact_id: str, agent_id: int) -> Contact:
        """The contact, if it is in conversation with this agent; AcdError otherwise."""
        contact = self._contact(contact_id)
        if contact.phase is not _CONNECTED or contact.agent_id != agent_id:
            raise AcdError(ErrorCode.NOT_CONNECTED, "this contact is not connected to you")
        return contact

    def _change_state(
        self,
        agent: Agent,
        state: AgentState,
        reason_id: int | None = None,
        system_reason: str | None = None,
    ) -> None:
        """The one place an agent's state changes: checked against
        ``AGENT_MOVES``, then the free-agent indexes follow and the log says so."""
        if state not in AGENT_MOVES[agent.state]:
            raise IllegalTransition("agent", agent.id, agent.state, state)
        agent.state, agent.reason_id, agent.system_reason = state, reason_id, system_reason
        agent.since = self._clock()
        if system_reason == HOME_CONNECTION:
            self._held_for_link.add(agent.id)
        else:
            self._held_for_link.discard(agent.id)
        self._reindex(agent)
        self._emit(
            AgentStateChanged(
                self._clock(),
                agent_id=agent.id,
                state=state,
                reason_id=reason_id,
                system_reason=system_reason,
            )
        )

    def _move(self, contact: Contact, phase: Phase, agent: Agent | None = None) -> None:
        """The one place a contact changes phase, checked against ``CONTACT_MOVES``;
        ``agent``, the one holding it, keeps its record of the phase in step."""
        if phase not in CONTACT_MOVES[contact.phase]:
            raise IllegalTransition("contact", contact.id, contact.phase, phase)
        contact.phase = phase
        if agent is not None:
            agent.contacts[contact.id] = phase

    def _push(self, deadline: float, kind: str, key: str, gen: int) -> None:
        self._seq += 1
        heapq.heappush(self._timers, (deadline, self._seq, kind, key, gen))

    def _fire(self, kind: str, key: str, gen: int, deadline: float, now: float) -> None:
        if kind == _Timer.RING:
            offer = self.offers.get(key)
            if offer is not None and offer.expires_at == deadline:
                if self.contacts[offer.contact_id].preview_s is not None:
                    self._place_call(offer)  # the preview's countdown ran out
                else:
                    self._miss(offer)
            return
        elif kind == _Timer.COOLDOWN:
            agent = self.agents.get(int(key))
            if agent is not None and agent.cooldown_until <= now:
                self._reindex(agent)
                self._route_agent(agent)
            return
        contact = self.contacts.get(key)
        if contact is None or contact.timer_gen != gen:
            return
        if kind == _Timer.WRAP:
            if contact.phase is _WRAP_UP and contact.wrap_deadline == deadline:
                self._finish_wrap_up(contact, "timeout")
        elif kind == _Timer.MAX_WAIT:
            if contact.phase is _QUEUED:
                self._unplace(contact)
                self._overflow(contact, "max_wait")
            # a ringing contact overflows only if it comes back unanswered
        elif kind == _Timer.WIDEN and contact.phase is _QUEUED:
            self._unplace(contact)
            self._place(contact)
        elif (
            kind == _Timer.PREFERRED
            and contact.phase is _QUEUED
            and contact.target_agent is not None
        ):
            # Its agent did not come in time: anyone in the queue may take it.
            self._unplace(contact)
            contact.target_agent = None
            self._place(contact)

    def _update_membership(self, agent: Agent, queue: QueueConfig) -> None:
        level = agent.config.level_for(queue)
        members = self._members.setdefault(queue.id, {})
        if level is None:
            if members.pop(agent.id, None) is not None:
                self._agent_queues[agent.id].discard(queue.id)
                for channel in Channel:
                    self._free[(queue.id, channel)].discard(agent.id)
        else:
            members[agent.id] = level
            self._agent_queues[agent.id].add(queue.id)

    def _reindex(self, agent: Agent) -> None:
        now = self._clock()
        if agent.config.id not in self._indexed and agent.takes_nothing(now):
            return  # the common case: a busy agent, in no index
        free_on = [channel for channel in _CHANNELS if agent.free_for(channel, now)]
        # Free for calls only where the queue lets calls reach an agent in chats.
        blended = _VOICE not in free_on and agent.free_for_call_while_chatting(now)
        if free_on or blended:
            self._indexed.add(agent.id)
        elif agent.id in self._indexed:
            self._indexed.discard(agent.id)
        else:
            return
        for queue_id in self._agent_queues[agent.id]:
            level = self._members[queue_id][agent.id]
            calls_here = blended and self.queues[queue_id].calls_while_chatting
            for channel in _CHANNELS:
                free = self._free[(queue_id, channel)]
                if channel in free_on or (calls_here and channel is _VOICE):
                    free.put(agent, level)
                else:
                    free.discard(agent.id)

    def _reroute_queue(self, queue_id: int) -> None:
        for agent_id in list(self._members.get(queue_id, {})):
            agent = self.agents[agent_id]
            self._reindex(agent)
            self._route_agent(agent)

    # A contact enters a queue: opened or closed, timers, then a place in line.
    def _enter_queue(self, contact: Contact, queue: QueueConfig, hops: int) -> None:
        now = self._clock()
        contact.queue_id = queue.id
        contact.queue_entered_at = now
        self._move(contact, _QUEUED)
        contact.answered_here = False
        contact.timer_gen += 1
        # A task (an offline message), an e-mail or a call to place waits for
        # the next agent: nobody is on the line to turn away.
        if (
            queue.hours is not None
            and contact.channel not in PATIENT_CHANNELS
            and contact.preview_s is None
            and not queue.hours.is_open(now)
        ):
            self._emit(
                Overflowed(
                    self._clock(),
                    contact.id,
                    queue.id,
                    target=_target_text(queue.after_hours),
                    queue_wait_s=0.0,
                    reason="after_hours",
                )
            )
            self._send_on(contact, queue.after_hours, hops)
            return
        self._emit(
            Entered(
                self._clock(),
                contact.id,
                queue.id,
                channel=contact.channel,
                priority=contact.priority,
                waited_s=now - contact.entered_at,
                purpose=contact.purpose,
            )
        )
        self._arm_wait_timers(contact, queue, max_wait=(queue.max_wait_s or 0) > 0)
        self._place(contact)
        if (
            queue.max_wait_s is not None
            and queue.max_wait_s <= 0
            and contact.phase is _QUEUED
            and contact.preview_s is None
            and contact.channel not in PATIENT_CHANNELS
        ):
            # No wait allowed and nobody free: overflow now, counting the hop, so
            # that queues overflowing into each other end instead of spinning in tick().
            self._unplace(contact)
            self._overflow(contact, "max_wait", hops)

    def _arm_wait_timers(self, contact: Contact, queue: QueueConfig, *, max_wait: bool) -> None:
        """Max wait and the skill steps still ahead, counted from entry into the queue
        (callers bump ``timer_gen`` first to cancel the old ones)."""
        start, now = contact.queue_entered_at, self._clock()
        # A call to place, a task or an e-mail never overflows: nobody is on
        # the line to tire of waiting.
        if (
            max_wait
            and queue.max_wait_s is not None
            and contact.preview_s is None
            and contact.channel not in PATIENT_CHANNELS
        ):
            self._push(start + queue.max_wait_s, _Timer.MAX_WAIT, contact.id, contact.timer_gen)
        if queue.strategy is _SKILLS_BASED:
            for step in queue.skill_steps:
                if start + step.after_s > now:
                    self._push(start + step.after_s, _Timer.WIDEN, contact.id, contact.timer_gen)

    def _send_on(self, contact: Contact, target: Overflow, hops: int) -> None:
        if (
            target.kind is OverflowKind.QUEUE
            and target.queue_id in self.queues
            and hops < MAX_OVERFLOW_HOPS
        ):
            self._enter_queue(contact, self.queues[target.queue_id], hops + 1)
            return
        outcome = {
            OverflowKind.VOICEMAIL: Outcome.VOICEMAIL,
            OverflowKind.CALLBACK: Outcome.CALLBACK,
        }.get(target.kind, Outcome.REJECTED)
        self._close(contact, outcome)

    def _overflow(self, contact: Contact, reason: str, hops: int = 0) -> None:
        queue = self.queues[contact.queue_id]
        target = queue.overflow or Overflow(OverflowKind.REJECT)
        self._emit(
            Overflowed(
                self._clock(),
                contact.id,
                queue.id,
                target=_target_text(target),
                queue_wait_s=self._clock() - contact.queue_entered_at,
                reason=reason,
            )
        )
        contact.head_of_line = False
        # A contact transferred to one agent who never came: the overflow target
        # serves it, not that agent.
        contact.target_agent = None
        self._send_on(contact, target, hops)

    def _close(self, contact: Contact, outcome: Outcome) -> None:
        contact.timer_gen += 1
        until = contact.answered_at if contact.answered_at is not None else self._clock()
        self._emit(
            Closed(
                self._clock(),
                contact.id,
                contact.queue_id,
                contact.agent_id,
                outcome=outcome,
                wait_s=until - contact.entered_at,
            )
        )
        self._move(contact, _CLOSED)
        del self.contacts[contact.id]

    def _place(self, contact: Contact) -> None:
        """Offers a queued contact to the agent(s) its queue picks, or puts it in line."""
        agents = self._pick_agents(contact)
        if agents:
            self._offer(contact, agents)
        elif contact.target_agent is not None:
            self._directed[contact.target_agent][contact.id] = contact
        else:
            self._waiting[(contact.queue_id, contact.channel)].add(contact)
            self._waiting_on[contact.channel] += 1

    def _unplace(self, contact: Contact) -> None:
        if contact.target_agent is not None:
            del self._directed[contact.target_agent][contact.id]
        else:
            self._waiting[(contact.queue_id, contact.channel)].remove(contact)
            self._waiting_on[contact.channel] -= 1

    def _pick_agents(self, contact: Contact) -> list[Agent]:
        now = self._clock()
        if contact.target_agent is not None:
            agent = self.agents[contact.target_agent]
            return [agent] if agent.free_for(contact.channel, now) else []
        queue = self.queues[contact.queue_id]
        free = self._free[(queue.id, contact.channel)]
        strategy = queue.strategy
        if strategy is _RING_ALL:
            if contact.preview_s is not None:  # one agent places a call, never several
                first = next(iter(free.ids()), None)
                return [] if first is None else [self.agents[first]]
            return [self.agents[a] for a in free.ids()]
        if strategy is _ROUND_ROBIN:
            chosen = free.after(self._rr_cursor.get(queue.id, -1))
        elif strategy is _SKILLS_BASED:
            best = free.first_key()
            needed = queue.min_level_after(now - contact.queue_entered_at)
            ok = best is not None and -int(best[0]) >= needed
            chosen = int(best[-1]) if best is not None and ok else None
        else:
            chosen = free.first()
        return [] if chosen is None else [self.agents[chosen]]

    def _offer(self, contact: Contact, agents: list[Agent]) -> None:
        now = self._clock()
        queue = self.queues[contact.queue_id]
        self._move(contact, _RINGING)
        contact.offered_at = now
        if queue.strategy is _ROUND_ROBIN:
            self._rr_cursor[queue.id] = agents[0].id
        # A call to place rings as a card for its preview, then is placed.
        ring_s = queue.ring_timeout_s if contact.preview_s is None else contact.preview_s
        members = self._members[queue.id]
        passed_over = tuple(sorted(a for a in self._held_for_link if a in members))
        for agent in agents:
            agent_id = agent.config.id
            self._seq += 1
            offer = Offer(f"o{self._seq}", contact.id, agent_id, now + ring_s)
            self.offers[offer.id] = offer
            contact.offers[offer.id] = agent_id
            self._attach(agent, contact)
            self._emit(
                Offered(
                    self._clock(),
                    contact.id,
                    queue.id,
                    agent_id,
                    offer_id=offer.id,
                    passed_over=passed_over,
                )
            )
            passed_over = ()  # ring-all: one contact, one offer avoided each
            if contact.preview_s is not None and ring_s <= 0:
                self._place_call(offer)  # progressive: no card to read first
                return
            self._push(offer.expires_at, _Timer.RING, offer.id, 0)

    def _place_call(self, offer: Offer) -> None:
        """A call to place goes out: the agent its card rang at holds it,
        ringing the far end, as an agent's own call out."""
        contact = self.contacts[offer.contact_id]
        del self.offers[offer.id]
        del contact.offers[offer.id]
        now = self._clock()
        contact.outbound = True
        contact.agent_id = offer.agent_id
        contact.offered_at = now
        contact.timer_gen += 1
        self.agents[offer.agent_id].missed_in_a_row = 0
        self._emit(
            Dialled(now, contact.id, contact.queue_id, offer.agent_id, purpose=contact.purpose)
        )

    def _attach(self, agent: Agent, contact: Contact) -> None:
        agent.contacts[contact.id] = contact.phase
        agent.channels[contact.channel] = agent.channels.get(contact.channel, 0) + 1
        self._reindex(agent)

    def _detach(self, agent: Agent, contact: Contact) -> None:
        del agent.contacts[contact.id]
        agent.channels[contact.channel] -= 1
        if not agent.channels[contact.channel]:
            del agent.channels[contact.channel]

    def _agent_freed(self, agent: Agent) -> None:
        if not agent.contacts:
            agent.idle_since = self._clock()
        # Routing reads the waiting lines, not the free-agent index; indexing the
        # agent only afterwards saves putting it in and taking it straight out of
        # every (queue, channel) index when it gets a contact at once.
        self._route_agent(agent)
        self._reindex(agent)

    def _route_agent(self, agent: Agent) -> None:
        """The agent can take more: give it the best contact it may take, repeatedly
        (chats fill up to capacity)."""
        now = self._clock()
        directed = self._directed[agent.config.id]
        agent_queues = self._agent_queues[agent.config.id]
        waiting_lines = self._waiting
        while True:
            # The order of service: queue priority, contact priority, returned
            # contacts first, then the longest wait (Contact.sort_key, inlined).
            best: tuple[tuple[int, int, int, float, int], Contact] | None = None
            for channel in _CHANNELS:
                if not (directed or self._waiting_on[channel]):
                    continue
                # A call may still reach an agent in chats, from the queues that allow it.
                only_blending = False
                if not agent.free_for(channel, now):
                    if channel is not _VOICE or not agent.free_for_call_while_chatting(now):
                        continue
                    only_blending = True
                for contact in directed.values() if not only_blending else ():
                    if contact.channel is channel:
                        key = (-(1 << 30), -contact.priority, *contact.sort_key())
                        if best is None or key < best[0]:
                            best = (key, contact)
                for queue_id in agent_queues:
                    waiting = waiting_lines[(queue_id, channel)]
                    if not waiting:
                        continue
                    queue = self.queues[queue_id]
                    if only_blending and not queue.calls_while_chatting:
                        continue
                    if queue.strategy is _SKILLS_BASED:
                        candidate = self._best_skilled(agent, queue, waiting, now)
                    else:
                        candidate = self.contacts[waiting.first_id()]
                    if candidate is not None:
                        key = (
                            -queue.priority,
                            -candidate.priority,
                            0 if candidate.head_of_line else 1,
                            candidate.queue_entered_at,
                            candidate.seq,
                        )
                        if best is None or key < best[0]:
                            best = (key, candidate)
            if best is None:
                return
            contact = best[1]
            self._unplace(contact)
            self._offer(contact, [agent])
            if contact.channel in EXCLUSIVE_CHANNELS:
                return  # a call: nothing more for this agent

    def _best_skilled(
        self, agent: Agent, queue: QueueConfig, waiting: WaitingContacts, now: float
    ) -> Contact | None:
        """The first contact in a skills-based queue's line the agent's level allows."""
        level = self._members[queue.id][agent.id]
        for band in waiting.bands():
            contact = self.contacts[band[0][3]]
            if level >= queue.min_level_after(now - contact.queue_entered_at):
                return contact
            # Within a band, contacts behind the first one in the normal order
            # have waited less, so need an even better agent; but returned
            # contacts go first whatever their wait, so look past those.
            if not contact.head_of_line:
                continue
            for key in band.islice(1):
                contact = self.contacts[key[3]]
                if level >= queue.min_level_after(now - contact.queue_entered_at):
                    return contact
                if not contact.head_of_line:
                    break
        return None

    def _end_offer(self, offer: Offer) -> tuple[Agent, Contact]:
        """Forgets a ringing offer on both sides; the caller logs why it ended."""
        contact = self.contacts[offer.contact_id]
        agent = self.agents[offer.agent_id]
        del self.offers[offer.id]
        del contact.offers[offer.id]
        self._detach(agent, contact)
        return agent, contact

    def _take_back(self, offer: Offer, reason: WithdrawReason) -> tuple[Agent, Contact]:
        """Ends a ringing offer on both sides without blaming the agent."""
        agent, contact = self._end_offer(offer)
        self._emit(
            OfferWithdrawn(
                self._clock(),
                contact.id,
                contact.queue_id,
                agent.id,
                offer_id=offer.id,
                reason=reason,
            )
        )
        return agent, contact

    def _withdraw(self, offer: Offer, reason: WithdrawReason) -> None:
        agent, _ = self._take_back(offer, reason)
        self._agent_freed(agent)

    def _withdraw_ringing(
        self, agent: Agent, reason: WithdrawReason, only: str | None = None
    ) -> None:
        for offer in [o for o in self.offers.values() if o.agent_id == agent.id]:
            if only is not None and offer.contact_id != only:
                continue
            _, contact = self._take_back(offer, reason)
            self._reindex(agent)
            if not contact.offers:
                contact.head_of_line = contact.head_of_line or reason == "requeued"
                self._return_to_queue(contact)

    def _drop_offer(self, offer: Offer, how: type[OfferMissed | OfferDeclined]) -> None:
        """An offer ends unanswered (missed or declined): the agent pauses briefly
        and the contact goes back to its place in line once no one else rings."""
        agent, contact = self._end_offer(offer)
        self._emit(how(self._clock(), contact.id, contact.queue_id, agent.id, offer_id=offer.id))
        if contact.target_agent == agent.id:
            # Transferred to this agent, who did not take it: back to the
            # queue's line rather than ringing the same person again.
            contact.target_agent = None
        if not agent.contacts:
            agent.idle_since = self._clock()  # to the back of the line
        self._reindex(agent)
        if not contact.offers:
            self._return_to_queue(contact)
        self._route_agent(agent)

    def _miss(self, offer: Offer) -> None:
        agent = self.agents[offer.agent_id]
        queue = self.queues[self.contacts[offer.contact_id].queue_id]
        now = self._clock()
        agent.missed_in_a_row += 1
        agent.cooldown_until = now + self.no_answer_pause_s
        self._push(agent.cooldown_until, _Timer.COOLDOWN, str(agent.id), 0)
        if 0 < queue.autopause_misses <= agent.missed_in_a_row:
            self._change_state(agent, AgentState.BREAK, system_reason=AUTOPAUSE_REASON)
        self._drop_offer(offer, OfferMissed)
        if agent.state is not _AVAILABLE:
            # Paused: its other ringing offers (chats) go to someone present.
            self._withdraw_ringing(agent, "declined")

    def _return_to_queue(self, contact: Contact) -> None:
        self._move(contact, _QUEUED)
        contact.offered_at = None
        queue = self.queues[contact.queue_id]
        now = self._clock()
        if (
            queue.max_wait_s is not None
            and contact.preview_s is None
            and now >= contact.queue_entered_at + queue.max_wait_s
        ):
            self._overflow(contact, "max_wait")
        else:
            self._place(contact)

    def _release_directed(self, agent: Agent) -> None:
        """Contacts transferred to an agent who leaves go back to their queue's line."""
        for contact in list(self._directed[agent.id].values()):
            del self._directed[agent.id][contact.id]
            contact.target_agent = None
            self._place(contact)

    def _close_hold(self, contact: Contact, now: float) -> None:
        if contact.held_since is not None:
            contact.hold_s += now - contact.held_since
            contact.held_since = None

    def _close_talk(self, contact: Contact, now: float) -> float:
        self._close_hold(contact, now)
        return max(0.0, now - (contact.answered_at or now) - contact.hold_s)

    def _end_talk(self, contact: Contact, reason: str) -> None:
        now = self._clock()
        queue = self.queues[contact.queue_id]
        assert contact.agent_id is not None
        agent = self.agents[contact.agent_id]
        talk_s = self._close_talk(contact, now)
        contact.ended_at = now
        self._move(contact, _WRAP_UP, agent)
        contact.wrap_deadline = now + queue.wrap_up_s
        self._emit(
            Ended(
                self._clock(),
                contact.id,
                queue.id,
                agent.id,
                talk_s=talk_s,
                hold_s=contact.hold_s,
                reason=reason,
            )
        )
        if queue.wrap_up_s <= 0:
            self._finish_wrap_up(contact, "timeout")
        else:
            self._push(contact.wrap_deadline, _Timer.WRAP, contact.id, contact.timer_gen)

    def _finish_wrap_up(self, contact: Contact, reason: str) -> None:
        assert contact.agent_id is not None and contact.ended_at is not None
        agent = self.agents[contact.agent_id]
        # A timer fires a little late; the wrap-up lasted until its deadline.
        done = self._clock()
        if reason == "timeout" and contact.wrap_deadline is not None:
            done = min(done, contact.wrap_deadline)
        self._emit(
            WrapUpEnded(
                self._clock(),
                contact.id,
                contact.queue_id,
                agent.id,
                wrap_s=done - contact.ended_at,
                reason=reason,
            )
        )
        self._detach(agent, contact)
        agent.handled += 1
        self._close(contact, _OUTCOME_ANSWERED)
        self._agent_freed(agent)

    def _abandon(self, contact: Contact) -> None:
        now = self._clock()
        phase = contact.phase
        if phase is Phase.QUEUED:
            self._unplace(contact)
        for offer_id in list(contact.offers):
            self._withdraw(self.offers[offer_id], "caller_hangup")
        self._emit(
            Abandoned(
                self._clock(),
                contact.id,
                contact.queue_id,
                wait_s=now - contact.entered_at,
                queue_wait_s=now - contact.queue_entered_at,
                phase=phase,
            )
        )
        self._close(contact, Outcome.ANSWERED if contact.answered_here else Outcome.ABANDONED)


def _target_text(target: Overflow) -> str:
    return f"queue:{target.queue_id}" if target.kind is OverflowKind.QUEUE else str(target.kind)
