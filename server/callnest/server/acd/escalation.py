"""Escalation tiers: the rules, pure (the server's :mod:`callnest.server.escalation`
runs them on a clock and tells them what the ACD cannot know).

An *item* is an open contact that waits for someone however long it takes:
an e-mail, a task (an offline message), a callback (a call to place for
one, until it ends). Its queue may give it a first-response target and a
resolution target (:class:`~callnest.server.acd.model.QueueConfig`), counted
from its entry into its tier: tier 1 from its first entry (``entered_at``),
a later tier from its escalation there. The first response is an e-mail's
first reply (the server finds it and says so, :meth:`Escalator.responded`),
a task's or a callback's Answered (the customer reached); the resolution is
the contact's Closed.

An item past a target of the queue it is in moves up a tier, once per tier,
with the target it passed as the reason:

- waiting at tier 1 (nobody holds it; an offer ringing for it is taken
  back) in a queue that escalates to another: into that queue, tier 2; and
  on to tier 3 at once if nobody who serves that queue is logged in;
- at tier 1 with nowhere to escalate to, at tier 2, or held by an agent:
  tier 3, where it is: the supervisors own it (the agent keeps working it).

So nothing past its target is left without an owner: after a check, every
such item is held or offered by an agent, waits in a queue someone serving it
is logged in to, or is the supervisors' (:meth:`Escalator.unowned` lists any
that is not; an item at tier 2 whose queue's agents all logged out goes on to
tier 3 at the next check).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from callnest.server.acd.core import TOP_TIER, Acd, AcdError
from callnest.server.acd.events import Answered, Closed, Dialled, Event
from callnest.server.acd.model import (
    AgentState,
    Channel,
    Contact,
    EscalationReason,
    Phase,
    QueueConfig,
)
from callnest.server.acd.stats import CALLBACK_PURPOSES

FIRST_LINE, SPECIALISTS, SUPERVISORS = 1, 2, TOP_TIER
ITEM_CHANNELS = frozenset({Channel.EMAIL, Channel.TASK})

# The ACD's command: (contact, tier, reason, to queue or None).
Escalate = Callable[[str, int, EscalationReason, int | None], object]


@dataclass(frozen=True, slots=True)
class Escalation:
    """One move up a tier a check made."""

    contact_id: str
    tier: int
    reason: EscalationReason
    from_queue_id: int
    to_queue_id: int | None


class Escalator:
    """Which items are past their targets, and moving them up; an ACD event
    subscriber (:meth:`on_event`) for the first responses it can see itself."""

    def __init__(
        self,
        acd: Acd,
        clock: Callable[[], float],
        escalate: Escalate | None = None,
    ) -> None:
        self._acd = acd
        self._clock = clock
        self._escalate: Escalate = escalate if escalate is not None else acd.escalate
        # Open items' first responses, by contact.
        self.first_responses: dict[str, float] = {}
        # Calls placed for callbacks: once connected they no longer say what they are for.
        self._callbacks: set[str] = set()

    # ------------------------------------------------------------ what it knows

    def is_item(self, contact: Contact) -> bool:
        return (
            contact.channel in ITEM_CHANNELS
            or contact.purpose in CALLBACK_PURPOSES
            or contact.id in self._callbacks
        )

    def items(self) -> list[Contact]:
        return [c for c in self._acd.contacts.values() if self.is_item(c)]

    def responded(self, contact_id: str, at: float) -> None:
        """The item's first response came at ``at`` (the first one said counts)."""
        if contact_id in self._acd.contacts:
            self.first_responses.setdefault(contact_id, at)

    def on_event(self, event: Event) -> None:
        contact_id = event.contact_id
        if contact_id is None:
            return
        if isinstance(event, Dialled) and event.purpose in CALLBACK_PURPOSES:
            self._callbacks.add(contact_id)
        elif isinstance(event, Answered):
            contact = self._acd.contacts.get(contact_id)
            # An e-mail is answered when its reply is stored, not when it is opened.
            if contact is not None and (
                contact.channel is Channel.TASK or contact_id in self._callbacks
            ):
                self.first_responses.setdefault(contact_id, event.at)
        elif isinstance(event, Closed):
            self.first_responses.pop(contact_id, None)
            self._callbacks.discard(contact_id)

    def tier_since(self, contact: Contact) -> float:
        return contact.tier_since if contact.tier_since is not None else contact.entered_at

    def next_target(self, contact: Contact) -> tuple[float, EscalationReason] | None:
        """When the item passes the next target of its tier, and which; None
        when it has none ahead (none set, met, or at the last tier)."""
        queue = self._acd.queues.get(contact.queue_id)
        if queue is None or contact.tier >= SUPERVISORS:
            return None
        since = self.tier_since(contact)
        found: list[tuple[float, EscalationReason]] = []
        first = queue.first_response_target_s
        if first is not None and contact.id not in self.first_responses:
            found.append((since + first, "first_response"))
        if queue.resolution_target_s is not None:
            found.append((since + queue.resolution_target_s, "resolution"))
        return min(found) if found else None

    def staffed(self, queue_id: int) -> bool:
        """Someone who serves the queue is logged in."""
        agents = self._acd.agents
        return any(agents[a].state is not AgentState.OFFLINE for a in self._acd.members(queue_id))

    def owned(self, contact: Contact) -> bool:
        """Someone answers for the item: an agent holds it or is offered it,
        it waits where someone is logged in to take it, or the supervisors own it."""
        return (
            contact.tier >= SUPERVISORS
            or contact.agent_id is not None
            or contact.outside is not None
            or bool(contact.offers)
            or (contact.phase is Phase.QUEUED and self.staffed(contact.queue_id))
        )

    def overdue(self, contact: Contact, now: float) -> bool:
        """Past a target: of its tier now, or of the tier it was escalated from."""
        due = self.next_target(contact)
        return contact.tier > FIRST_LINE or (due is not None and now >= due[0])

    def unowned(self) -> list[Contact]:
        """Items past a target that nobody answers for (none, after a check)."""
        now = self._clock()
        return [c for c in self.items() if self.overdue(c, now) and not self.owned(c)]

    # ----------------------------------------------------------------- checking

    def check(self) -> list[Escalation]:
        """Moves every item past a target up a tier; what it did."""
        now = self._clock()
        done: list[Escalation] = []
        for contact in self.items():
            if contact.tier >= SUPERVISORS:
                continue
            due = self.next_target(contact)
            if due is not None and now >= due[0]:
                done += self._move_up(contact, due[1])
            elif contact.tier == SPECIALISTS and not self.owned(contact):
                # Escalated to a queue whose agents have all gone since.
                reason = contact.escalation_reason or "resolution"
                done += self._raise(contact, SUPERVISORS, reason, None)
        return done

    def _move_up(self, contact: Contact, reason: EscalationReason) -> list[Escalation]:
        queue = self._acd.queues[contact.queue_id]
        held = contact.agent_id is not None or contact.outside is not None
        specialists = self._specialists(queue)
        if held or contact.tier != FIRST_LINE or specialists is None:
            return self._raise(contact, SUPERVISORS, reason, None)
        done = self._raise(contact, SPECIALISTS, reason, specialists)
        if done and contact.id in self._acd.contacts and not self.owned(contact):
            done += self._raise(contact, SUPERVISORS, reason, None)
        return done

    def _specialists(self, queue: QueueConfig) -> int | None:
        target = queue.escalate_to
        if target is None or target == queue.id or target not in self._acd.queues:
            return None
        return target

    def _raise(
        self, contact: Contact, tier: int, reason: EscalationReason, to_queue: int | None
    ) -> list[Escalation]:
        from_queue = contact.queue_id
        try:
            self._escalate(contact.id, tier, reason, to_queue)
        except AcdError:
            return []  # it changed meanwhile (taken, closed): the next check sees it as it is
        return [Escalation(contact.id, tier, reason, from_queue, to_queue)]
