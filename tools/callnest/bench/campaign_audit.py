"""What ``callnest-bench campaign`` holds the dialer to, counted from what
the far end received (:mod:`callnest.bench.campaign_callees`) and what the
server recorded (its REST: interactions, do-not-call entries, callbacks,
reports).

The far end's trace is the evidence for every dial: a call the server
placed but that never reached the far end rang nobody, and a call the
server does not know of rang someone all the same. The rules are the
server's own (:mod:`callnest.server.outreach`), applied afresh to each
INVITE at the moment it arrived:

- ``dnc_violations``: an INVITE to a number listed by then, for every
  campaign or for this one;
- ``window_violations``: an INVITE to one of the campaign's numbers at a
  moment its window is shut in any of the number's zones;
- ``duplicate_dials``: an INVITE to a number while an earlier call to it was
  still going on at the far end, or after the campaign (or the callback)
  had reached that person: its call answered, and so done, whatever is
  written when the wrap-up ends;
- ``callbacks_lost``: a callback asked for before the restart that is not
  there afterwards, or stuck dialing once every call has ended;
- ``abandon_pct``: of the campaign's calls the far end answered, those no
  agent was connected to.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from callnest.bench.campaign_callees import FarEndCall
from callnest.server.outreach import CallingWindow, callable_at, e164

# The server writes a call's interaction when it dials and ends it when the
# call ends; the far end's trace is stamped by another process. Both read
# this machine's clock, so a little slack covers the hop between them.
MATCH_SLACK_S = 2.0

BUDGET: dict[str, float] = {
    "dnc_violations": 0,
    "window_violations": 0,
    "duplicate_dials": 0,
    "callbacks_lost": 0,
    "abandon_pct": 3.0,
}


@dataclass(frozen=True, slots=True)
class Listing:
    """A do-not-call entry: ``campaign_id`` None lists it for every campaign."""

    number: str
    campaign_id: int | None
    added_at: float

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Listing:
        return cls(str(row["number"]), row.get("campaign_id"), float(row["added_at"]))


@dataclass(frozen=True, slots=True)
class Violation:
    """One INVITE that broke a rule, and which."""

    number: str
    at: float
    call_id: str
    why: str

    def as_json(self) -> dict[str, str]:
        return {"number": self.number, "at": iso(self.at), "call_id": self.call_id, "why": self.why}


def iso(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).isoformat(timespec="milliseconds")


def same_number(number: str) -> str:
    """The E.164 form the server compares numbers in (as dialled, if none)."""
    try:
        return e164(number)
    except ValueError:
        return number


# ------------------------------------------------------------------- rules


def do_not_call_violations(
    calls: Iterable[FarEndCall], listings: Iterable[Listing], campaign_id: int
) -> list[Violation]:
    """INVITEs to a number on the list for every campaign or for this one at
    the time (a campaign's own entry does not bind a callback, but the
    bench's callbacks call numbers of no list)."""
    listed_at: dict[str, list[Listing]] = defaultdict(list)
    for entry in listings:
        if entry.campaign_id in (None, campaign_id):
            listed_at[same_number(entry.number)].append(entry)
    found = []
    for call in calls:
        for entry in listed_at.get(same_number(call.number), ()):
            if entry.added_at <= call.invited_at:
                whose = "every campaign" if entry.campaign_id is None else "this campaign"
                why = f"listed for {whose} at {iso(entry.added_at)}"
                found.append(Violation(call.number, call.invited_at, call.call_id, why))
                break
    return found


def window_violations(
    calls: Iterable[FarEndCall],
    window: CallingWindow,
    zones_of: Mapping[str, tuple[str, ...]],
) -> list[Violation]:
    """INVITEs to the campaign's numbers (``zones_of``: each one's zones, as
    the dialer reads them) while ``window`` was shut in any of them."""
    found = []
    for call in calls:
        zones = zones_of.get(same_number(call.number))
        if zones is not None and not callable_at(window, zones, call.invited_at):
            why = f"outside {window.to_json()} in {', '.join(zones) or 'no known zone'}"
            found.append(Violation(call.number, call.invited_at, call.call_id, why))
    return found


def duplicate_dials(
    calls: Iterable[FarEndCall], reached_at: Mapping[str, float]
) -> list[Violation]:
    """INVITEs to a number while an earlier call to it was still going on
    at the far end (from its INVITE to its latest message), or after that
    person was reached (``reached_at``: number -> when)."""
    by_number: dict[str, list[FarEndCall]] = defaultdict(list)
    for call in calls:
        by_number[same_number(call.number)].append(call)
    found = []
    for number, dialled in by_number.items():
        dialled.sort(key=lambda c: c.invited_at)
        for index, call in enumerate(dialled):
            going_on = [c for c in dialled[:index] if c.last_at > call.invited_at]
            reached = reached_at.get(number, math.inf)
            if going_on:
                why = f"while call {going_on[0].call_id} to it was still going on"
            elif reached < call.invited_at:
                why = f"after this person was reached at {iso(reached)}"
            else:
                continue
            found.append(Violation(call.number, call.invited_at, call.call_id, why))
    return found


def callbacks_lost(scheduled: Iterable[str], status_of: Mapping[str, str]) -> list[str]:
    """The callbacks of ``scheduled`` (ids) missing from ``status_of`` (id ->
    status, read once every call has ended), or still dialing then."""
    return [cid for cid in scheduled if status_of.get(cid, "dialing") == "dialing"]


# ------------------------------------------------------------ the server's


def of_campaign(
    interactions: Iterable[Mapping[str, Any]], campaign_id: int
) -> list[dict[str, Any]]:
    """The campaign's calls among the interactions (the dialer marks each)."""
    return [dict(r) for r in interactions if (r.get("data") or {}).get("campaign") == campaign_id]


def of_callbacks(
    interactions: Iterable[Mapping[str, Any]], callback_ids: Iterable[str]
) -> list[dict[str, Any]]:
    """The calls of these callbacks among the interactions (each is marked)."""
    ids = set(callback_ids)
    return [dict(r) for r in interactions if (r.get("data") or {}).get("callback") in ids]


def reached_at(
    calls: Iterable[Mapping[str, Any]], machine_dispositions: Collection[int] = ()
) -> dict[str, float]:
    """When each number was first reached: the answer of its earliest call
    the server recorded as answered (a prospect, a callback is done from
    then on) -- unless its agent said an answering machine took it (one of
    the campaign's ``machine_dispositions``): that one is tried again."""
    first: dict[str, float] = {}
    for row in calls:
        at = row.get("answered_at")
        if row.get("outcome") != "answered" or at is None or not row.get("caller_address"):
            continue
        if row.get("disposition_id") in machine_dispositions:
            continue
        number = same_number(str(row["caller_address"]))
        first[number] = min(first.get(number, math.inf), float(at))
    return first


@dataclass(frozen=True, slots=True)
class Connections:
    """The far end's answered calls, and those an agent was connected to."""

    answered: int
    connected: int

    @property
    def abandon_pct(self) -> float:
        return 100.0 * (self.answered - self.connected) / self.answered if self.answered else 0.0


def connections(
    calls: Iterable[FarEndCall], campaign_calls: Sequence[Mapping[str, Any]]
) -> Connections:
    """Of ``calls`` the far end answered, how many the server connected to an
    agent: an interaction of that number, placed by then and not over before
    the answer, with an agent and an answer of its own."""
    rows: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in campaign_calls:
        if row.get("caller_address"):
            rows[same_number(str(row["caller_address"]))].append(row)
    answered = connected = 0
    for call in calls:
        if call.answered_at is None:
            continue
        answered += 1
        connected += any(
            _covers(row, call.invited_at, call.answered_at)
            for row in rows.get(same_number(call.number), ())
        )
    return Connections(answered, connected)


def _covers(row: Mapping[str, Any], invited_at: float, answered_at: float) -> bool:
    placed = row.get("offered_at")
    over = row.get("ended_at") or row.get("closed_at")
    return (
        row.get("agent_id") is not None
        and row.get("answered_at") is not None
        and placed is not None
        and float(placed) <= invited_at + MATCH_SLACK_S
        and (over is None or float(over) >= answered_at - MATCH_SLACK_S)
    )


def occupancy(report: Mapping[str, Any]) -> float | None:
    """The agents' occupancy over a report's range: their time busy, on hold
    or in wrap-up over their time logged in and not on a break, all agents
    together (each agent's row weighted by that time)."""
    occupied = working = 0.0
    for row in report.get("agents", ()):
        share = row.get("occupancy")
        available = float(row.get("logged_in_s") or 0) - float(row.get("break_s") or 0)
        if share is None or available <= 0:
            continue
        occupied += float(share) * available
        working += available
    return occupied / working if working else None


def over_budget(figures: Mapping[str, Any]) -> list[str]:
    """Each figure over :data:`BUDGET`, in words; none: the budget holds."""
    failed = []
    for name, limit in BUDGET.items():
        value = figures.get(name)
        if value is None or value > limit:
            failed.append(f"{name} is {'missing' if value is None else value} (at most {limit:g})")
    return failed
