"""The service-targets report: how soon e-mails, tasks and callbacks had
their first response and were resolved, per queue and escalation tier, and
the share within the queues' targets; folded from the event log.

An item (see :mod:`callnest.server.acd.escalation`) closed in the range
counts once in each tier it passed through, in the queue that tier began in:
tier 1 from its first entry, in the queue it entered; a later tier from its
``contact.escalated`` event, in the specialists' queue it moved to (tier 2)
or the queue it was in (tier 3). In each tier it is timed from its entry
into the tier, as the targets are: its first response (an e-mail's
``contact.first_response``, a task's or a callback's first
``contact.answered``), when it came in that tier, and its resolution (its
``contact.closed``), when it closed in that tier. The targets are the
queues' as they are set now.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from callnest.server.acd import Channel, Event, EventType
from callnest.server.acd.escalation import FIRST_LINE, ITEM_CHANNELS
from callnest.server.acd.events import (
    Answered,
    CallbackRequested,
    Closed,
    Dialled,
    Entered,
    Escalated,
    FirstResponse,
)
from callnest.server.acd.stats import CALLBACK_PURPOSES

# The events an item's figures are read from.
ITEM_EVENT_TYPES = tuple(
    str(t)
    for t in (
        EventType.ENTERED,
        EventType.CALLBACK_REQUESTED,
        EventType.DIALLED,
        EventType.ANSWERED,
        EventType.ESCALATED,
        EventType.FIRST_RESPONSE,
        EventType.CLOSED,
    )
)

DEFINITIONS: dict[str, str] = {
    "items": (
        "e-mails, tasks and callbacks closed in the range that were at this tier in this "
        "queue; an item escalated counts in each tier it passed through"
    ),
    "tier": (
        "1: the queue the item entered; 2: the specialists' queue it was escalated to; "
        "3: the supervisors owned it, in the queue it was in"
    ),
    "first_response": (
        "an e-mail's first reply to the customer, a task's or a callback's answer, "
        "timed from the item's entry into the tier"
    ),
    "first_response_within_pct": (
        "of the items still without a first response on entering the tier, those that "
        "had it in the tier within the queue's first-response target"
    ),
    "resolution": "the item's close (wrap-up done), timed from its entry into the tier",
    "resolution_within_pct": (
        "of the tier's items, those closed in the tier within the queue's resolution target"
    ),
}


@dataclass(frozen=True, slots=True)
class Targets:
    """A queue's name and targets, as set now."""

    name: str
    first_response_s: float | None = None
    resolution_s: float | None = None


@dataclass(slots=True)
class _Tally:
    items: int = 0
    responses: list[float] = field(default_factory=list)
    awaiting: int = 0  # items that entered the tier without a first response
    responded_within: int = 0
    resolutions: list[float] = field(default_factory=list)
    resolved_within: int = 0


@dataclass(slots=True)
class _Item:
    channel: Channel | None = None
    callback: bool = False
    entered_at: float | None = None
    queue_id: int | None = None
    tiers: list[tuple[int, int, float]] = field(default_factory=list)  # tier, queue, since
    first_response: float | None = None
    closed_at: float | None = None

    def apply(self, event: Event) -> None:
        if isinstance(event, Entered):
            if self.entered_at is None:
                self.channel = event.channel
                self.entered_at = event.at - event.waited_s
                self.queue_id = event.queue_id
            self.callback = self.callback or event.purpose in CALLBACK_PURPOSES
        elif isinstance(event, CallbackRequested):
            self.callback = True
        elif isinstance(event, Dialled):
            self.callback = self.callback or event.purpose in CALLBACK_PURPOSES
        elif isinstance(event, Escalated):
            queue_id = event.to_queue_id if event.to_queue_id is not None else event.queue_id
            if queue_id is not None:
                self.tiers.append((event.tier, queue_id, event.at))
        elif isinstance(event, FirstResponse):
            if self.channel is Channel.EMAIL:
                self.first_response = min(event.at, self.first_response or math.inf)
        elif isinstance(event, Answered):
            if self.channel is not Channel.EMAIL and self.first_response is None:
                self.first_response = event.at
        elif isinstance(event, Closed):
            self.closed_at = event.at

    @property
    def is_item(self) -> bool:
        return self.channel in ITEM_CHANNELS or self.callback


def build_service_targets(
    rows: Iterable[Mapping[str, Any]],
    since: float,
    until: float,
    targets: Mapping[int, Targets],
) -> dict[str, Any]:
    """The report from the log rows (``ITEM_EVENT_TYPES``, in log order) of
    the contacts closed in ``[since, until)``: ``GET /api/reports/service-targets``'s answer."""
    items: dict[str, _Item] = {}
    for row in rows:
        contact_id = row.get("contact_id")
        if contact_id:
            items.setdefault(contact_id, _Item()).apply(Event.from_row(row))
    tallies: dict[tuple[int, int], _Tally] = {}
    for item in items.values():
        closed_at, start, queue_id = item.closed_at, item.entered_at, item.queue_id
        if not item.is_item or closed_at is None or start is None or queue_id is None:
            continue
        if not since <= closed_at < until:
            continue
        tiers = [(FIRST_LINE, queue_id, start), *item.tiers]
        for index, (tier, tier_queue, tier_start) in enumerate(tiers):
            last = index == len(tiers) - 1
            tier_end = closed_at if last else tiers[index + 1][2]
            queue = targets.get(tier_queue, Targets(f"queue {tier_queue}"))
            tally = tallies.setdefault((tier_queue, tier), _Tally())
            tally.items += 1
            answered = item.first_response
            if answered is None or answered >= tier_start:
                tally.awaiting += 1
                if answered is not None and answered <= tier_end:
                    tally.responses.append(answered - tier_start)
                    if queue.first_response_s is not None:
                        tally.responded_within += answered - tier_start <= queue.first_response_s
            if last:
                tally.resolutions.append(closed_at - tier_start)
                if queue.resolution_s is not None:
                    tally.resolved_within += closed_at - tier_start <= queue.resolution_s
    out = []
    for (queue_id, tier), tally in sorted(tallies.items()):
        queue = targets.get(queue_id, Targets(f"queue {queue_id}"))
        out.append(
            {
                "queue_id": queue_id,
                "name": queue.name,
                "tier": tier,
                "items": tally.items,
                "responded": len(tally.responses),
                "first_response_mean_s": _mean(tally.responses),
                "first_response_p90_s": p90(tally.responses),
                "first_response_target_s": queue.first_response_s,
                "first_response_within_pct": _pct(tally.responded_within, tally.awaiting)
                if queue.first_response_s is not None
                else None,
                "resolved": len(tally.resolutions),
                "resolution_mean_s": _mean(tally.resolutions),
                "resolution_p90_s": p90(tally.resolutions),
                "resolution_target_s": queue.resolution_s,
                "resolution_within_pct": _pct(tally.resolved_within, tally.items)
                if queue.resolution_s is not None
                else None,
            }
        )
    return {"since": since, "until": until, "rows": out, "definitions": dict(DEFINITIONS)}


def p90(values: list[float]) -> float | None:
    """The 90th percentile (nearest rank): 90 % of the values are at most this."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _pct(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None
