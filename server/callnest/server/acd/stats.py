"""Call-center statistics, folded from the event log and nothing else.

The definitions are the industry's standard ones, written once in
``DEFINITIONS`` below (the live wallboard and the reports both use this fold,
and a report sends the definitions along so a window can show them):

- **offered**: contacts that entered the queue (after-hours arrivals are
  counted apart, as ``closed``); **abandoned** counts every abandon,
  **short_abandoned** those shorter than the short-abandon threshold;
- **ASA**, **AHT**, **abandon rate**, **service level**, **occupancy**: see
  ``DEFINITIONS``. Ring, talk, hold and wrap-up times are each reported as an
  average per handled contact (AHT is talk + hold + wrap-up; ring is apart).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

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
    Feedback,
    Offered,
    OfferMissed,
    Overflowed,
    Requeued,
    WrapUpEnded,
)

SHORT_ABANDON_S = 5.0

# The purposes of calls to place (the ACD's Contact.purpose) that are callbacks:
# a new one, or another attempt at one that did not reach the customer.
CALLBACK_PURPOSES = frozenset({"callback", "callback_retry"})

DEFINITIONS: dict[str, str] = {
    "asa": "average speed of answer = time answered contacts waited in the queue / answered",
    "aht": "average handle time = (talk + hold + wrap-up) / handled",
    "abandon_rate": (
        "abandoned / offered, abandons shorter than the short-abandon threshold excluded from both"
    ),
    "service_level": (
        "answered within the queue's threshold T / (answered + abandoned after the "
        "short-abandon threshold): short abandons do not count against the queue"
    ),
    "callback_asa": (
        "callback speed of answer = time from a callback's request (or its scheduled time) "
        "to the customer answering our call / callbacks connected"
    ),
    "occupancy": (
        "handle time (talk + hold + wrap-up; in a report, the part inside the range) / "
        "(logged-in time - break time)"
    ),
}


@dataclass(slots=True)
class QueueFigures:
    offered: int = 0
    answered: int = 0
    abandoned: int = 0
    short_abandoned: int = 0
    overflowed: int = 0
    closed: int = 0  # arrived after hours
    answered_within_sl: int = 0
    wait_answered_s: float = 0.0
    handled: int = 0
    ring_s: float = 0.0  # ringing before each answer
    talk_s: float = 0.0
    hold_s: float = 0.0
    wrap_s: float = 0.0
    max_waiting: int = 0
    waiting: dict[str, float] = field(default_factory=dict)  # contact -> entered queue at
    csat_sum: int = 0  # customers' ratings (1-5) after the contact
    csat_count: int = 0
    # Agents' calls out made for the queue (its caller ID): none of the above.
    calls_out: int = 0
    calls_out_connected: int = 0
    calls_out_talk_s: float = 0.0
    # Callbacks: a waiting caller's, or one scheduled, entering the queue.
    # A caller who asks for one is neither answered nor abandoned here.
    callbacks: int = 0
    callbacks_connected: int = 0
    callback_wait_s: float = 0.0  # request to connected, of those connected

    @property
    def csat(self) -> float | None:
        return self.csat_sum / self.csat_count if self.csat_count else None

    @property
    def asa_s(self) -> float | None:
        return self.wait_answered_s / self.answered if self.answered else None

    @property
    def aht_s(self) -> float | None:
        total = self.talk_s + self.hold_s + self.wrap_s
        return total / self.handled if self.handled else None

    @property
    def callback_asa_s(self) -> float | None:
        connected = self.callbacks_connected
        return self.callback_wait_s / connected if connected else None

    @property
    def abandon_rate(self) -> float | None:
        counted = self.offered - self.short_abandoned
        return (self.abandoned - self.short_abandoned) / counted if counted > 0 else None

    @property
    def service_level(self) -> float | None:
        counted = self.answered + self.abandoned - self.short_abandoned
        return self.answered_within_sl / counted if counted > 0 else None

    def longest_wait_s(self, now: float) -> float:
        return max((now - t for t in self.waiting.values()), default=0.0)


@dataclass(slots=True)
class AgentFigures:
    state: str = "offline"
    state_since: float = 0.0
    logged_in_s: float = 0.0
    break_s: float = 0.0
    system_reason: str | None = None  # of the break the agent is on, if the system's
    network_s: float = 0.0  # on the system's break for the home connection
    offers_avoided: int = 0  # contacts offered in the agent's queues meanwhile
    handled: int = 0
    ring_s: float = 0.0  # ringing before each answer
    talk_s: float = 0.0
    hold_s: float = 0.0
    wrap_s: float = 0.0
    offered: int = 0
    missed: int = 0

    @property
    def handle_s(self) -> float:
        return self.talk_s + self.hold_s + self.wrap_s

    @property
    def aht_s(self) -> float | None:
        return self.handle_s / self.handled if self.handled else None

    def logged_in_until(self, now: float) -> float:
        """Logged-in time, the state the agent is still in counted up to ``now``."""
        open_s = now - self.state_since if self.state != "offline" else 0.0
        return self.logged_in_s + open_s

    def break_until(self, now: float) -> float:
        open_s = now - self.state_since if self.state == "break" else 0.0
        return self.break_s + open_s

    def network_until(self, now: float) -> float:
        held = self.state == "break" and self.system_reason == HOME_CONNECTION
        return self.network_s + (now - self.state_since if held else 0.0)

    def occupancy(self, now: float) -> float | None:
        working = self.logged_in_until(now) - self.break_until(now)
        return min(1.0, self.handle_s / working) if working > 0 else None


class StatsFold:
    """Applies events one by one; the figures are always those of the events so far."""

    def __init__(
        self,
        service_level_s: Callable[[int], float],
        short_abandon_s: float = SHORT_ABANDON_S,
    ) -> None:
        self._service_level_s = service_level_s
        self.short_abandon_s = short_abandon_s
        self.queues: dict[int, QueueFigures] = {}
        self.agents: dict[int, AgentFigures] = {}
        self.peak_waiting = 0
        self._answered_entries: set[str] = set()  # contacts answered in their current queue
        # Agents' calls out: their talk and wrap-up are the agent's work, but
        # no queue was offered or answered them.
        self._outbound: set[str] = set()
        # Callbacks: since when the customer waits for our call (None once it connected).
        self._callbacks: dict[str, float | None] = {}
        # Calls to place that are not callbacks (campaigns): only the agent's work counts here.
        self._placed: set[str] = set()
        self._waiting_total = 0
        # Each queue's abandons' queue waits, so a new short-abandon threshold
        # can reclassify the abandons already counted.
        self._abandon_waits: dict[int, list[float]] = {}

    def queue(self, queue_id: int) -> QueueFigures:
        figures = self.queues.get(queue_id)
        if figures is None:
            figures = self.queues[queue_id] = QueueFigures()
        return figures

    def agent(self, agent_id: int) -> AgentFigures:
        figures = self.agents.get(agent_id)
        if figures is None:
            figures = self.agents[agent_id] = AgentFigures()
        return figures

    def set_short_abandon_s(self, seconds: float) -> None:
        """A new short-abandon threshold, applied to the abandons already counted too."""
        self.short_abandon_s = seconds
        for queue_id, waits in self._abandon_waits.items():
            self.queue(queue_id).short_abandoned = sum(1 for w in waits if w < seconds)

    def restart_counting(self, at: float) -> None:
        """Zeroes every figure but keeps what is open (contacts waiting or
        answered, agents' states), so the figures from here on are those of
        the events from ``at`` on, read with what happened before."""
        for queue_id, q in self.queues.items():
            self.queues[queue_id] = QueueFigures(max_waiting=len(q.waiting), waiting=q.waiting)
        for agent_id, a in self.agents.items():
            self.agents[agent_id] = AgentFigures(
                state=a.state, system_reason=a.system_reason, state_since=max(a.state_since, at)
            )
        self.peak_waiting = self._waiting_total
        self._abandon_waits.clear()

    def apply_all(self, events: Iterable[Event]) -> StatsFold:
        for event in events:
            self.apply(event)
        return self

    def apply(self, event: Event) -> None:
        if isinstance(event, AgentStateChanged):
            self._agent_state(event)
            return
        if event.queue_id is None or event.contact_id is None:
            return
        q = self.queue(event.queue_id)
        a = self.agent(event.agent_id) if event.agent_id is not None else None
        cid = event.contact_id
        if isinstance(event, Entered) and event.purpose is not None:
            if event.purpose in CALLBACK_PURPOSES:
                # A retry enters with the wait since the request already behind it.
                q.callbacks += event.purpose == "callback"
                self._callbacks[cid] = event.at - event.waited_s
            else:
                self._placed.add(cid)
            self._start_waiting(q, cid, event.at)
        elif isinstance(event, Entered):
            # A call out that connected and was then transferred is a call in like any other.
            self._outbound.discard(cid)
            self._callbacks.pop(cid, None)
            self._placed.discard(cid)
            q.offered += 1
            self._answered_entries.discard(cid)
            self._start_waiting(q, cid, event.at)
        elif isinstance(event, CallbackRequested):
            q.callbacks += 1
            self._callbacks[cid] = event.at
            self._answered_entries.add(cid)  # an entry answered by our call, not abandoned
        elif isinstance(event, Requeued):
            self._start_waiting(q, cid, event.at)
        elif isinstance(event, Offered) and a is not None:
            a.offered += 1
            for held in event.passed_over:
                self.agent(held).offers_avoided += 1
        elif isinstance(event, OfferMissed) and a is not None:
            a.missed += 1
        elif isinstance(event, Dialled):
            self._outbound.add(cid)
            self._stop_waiting(q, cid)
            if event.purpose is None:
                q.calls_out += 1
        elif cid in self._outbound:
            self._outbound_work(event, q, a)
        elif isinstance(event, Answered):
            self._stop_waiting(q, cid)
            q.ring_s += event.ring_s
            if a is not None:
                a.ring_s += event.ring_s
            if cid not in self._answered_entries:
                self._answered_entries.add(cid)
                q.answered += 1
                q.wait_answered_s += event.queue_wait_s
                if event.queue_wait_s <= self._service_level_s(event.queue_id):
                    q.answered_within_sl += 1
        elif isinstance(event, Abandoned):
            self._stop_waiting(q, cid)
            # Once answered in this queue, a contact requeued because its agent
            # vanished is not offered again: each entry counts once, answered,
            # abandoned or overflowed.
            if cid not in self._answered_entries:
                q.abandoned += 1
                wait = event.queue_wait_s
                self._abandon_waits.setdefault(event.queue_id, []).append(wait)
                if wait < self.short_abandon_s:
                    q.short_abandoned += 1
        elif isinstance(event, Overflowed):
            self._stop_waiting(q, cid)
            if event.reason == "after_hours":
                q.closed += 1
            elif cid not in self._answered_entries:
                q.overflowed += 1
        elif isinstance(event, Ended):
            q.handled += 1
            q.talk_s += event.talk_s
            q.hold_s += event.hold_s
            if a is not None:
                a.handled += 1
                a.talk_s += event.talk_s
                a.hold_s += event.hold_s
        elif isinstance(event, WrapUpEnded):
            q.wrap_s += event.wrap_s
            if a is not None:
                a.wrap_s += event.wrap_s
        elif isinstance(event, Escalated) and event.to_queue_id is not None:
            # Moved on to the specialists' queue unanswered: it left this
            # queue the way an overflow does (a call to place is not counted).
            self._stop_waiting(q, cid)
            if cid not in self._answered_entries and cid not in self._callbacks:
                q.overflowed += cid not in self._placed
        elif isinstance(event, Closed):
            self._stop_waiting(q, cid)
            self._answered_entries.discard(cid)
            self._callbacks.pop(cid, None)  # cancelled before it was placed
            self._placed.discard(cid)
        elif isinstance(event, Feedback):
            q.csat_sum += event.rating
            q.csat_count += 1

    def _outbound_work(self, event: Event, q: QueueFigures, a: AgentFigures | None) -> None:
        cid = event.contact_id or ""
        if isinstance(event, Answered):
            if cid in self._callbacks:
                since = self._callbacks[cid]
                if since is not None:
                    q.callbacks_connected += 1
                    q.callback_wait_s += event.at - since
                    self._callbacks[cid] = None
            elif cid not in self._placed:
                q.calls_out_connected += 1
        elif isinstance(event, Ended):
            if cid not in self._placed and cid not in self._callbacks:
                q.calls_out_talk_s += event.talk_s
            if a is not None:
                a.handled += 1
                a.talk_s += event.talk_s
                a.hold_s += event.hold_s
        elif isinstance(event, WrapUpEnded) and a is not None:
            a.wrap_s += event.wrap_s
        elif isinstance(event, Closed):
            self._outbound.discard(cid)
            self._callbacks.pop(cid, None)
            self._placed.discard(cid)

    def _start_waiting(self, q: QueueFigures, contact_id: str, at: float) -> None:
        if contact_id not in q.waiting:
            q.waiting[contact_id] = at
            self._waiting_total += 1
            q.max_waiting = max(q.max_waiting, len(q.waiting))
            self.peak_waiting = max(self.peak_waiting, self._waiting_total)

    def _stop_waiting(self, q: QueueFigures, contact_id: str) -> None:
        if q.waiting.pop(contact_id, None) is not None:
            self._waiting_total -= 1

    def _agent_state(self, event: AgentStateChanged) -> None:
        if event.agent_id is None:
            return
        a = self.agent(event.agent_id)
        spent = event.at - a.state_since
        if a.state != "offline":
            a.logged_in_s += spent
        if a.state == "break":
            a.break_s += spent
            if a.system_reason == HOME_CONNECTION:
                a.network_s += spent
        a.state = str(event.state)
        a.system_reason = event.system_reason
        a.state_since = event.at
