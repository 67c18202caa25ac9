"""The dialer's choice: which of the numbers waiting to be called to dial now.

Only as many as there are free agents to take the answered calls, the most urgent first, and
none that any rule forbids at this moment: not yet due, listed as do-not-call, outside the
callee's calling window, or already being called."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from callnest.server.outreach.do_not_call import DoNotCall
from callnest.server.outreach.numbers import e164
from callnest.server.outreach.windows import CallingWindow, callable_at


@dataclass(frozen=True, slots=True)
class Prospect:
    """A number waiting to be called: a campaign's contact, or a callback when
    ``campaign_id`` is None."""

    id: int
    number: str  # E.164
    zones: tuple[str, ...]  # the IANA zones the number may be in
    window: CallingWindow
    due_at: float  # not to be dialled before (UNIX seconds)
    attempts: int  # made so far
    campaign_id: int | None
    priority: int = 0  # higher first


def pick(
    prospects: Iterable[Prospect],
    *,
    now: float,
    slots: int,
    dnc: DoNotCall,
    in_flight: Collection[str],
) -> list[Prospect]:
    """At most ``slots`` prospects to dial at ``now``, best first (higher priority, then
    longest due, then lowest id), none of them to a number in ``in_flight`` (ringing or
    connected) and no two to one number."""
    if slots <= 0:
        return []
    taken = {_same_number(number) for number in in_flight}
    chosen: list[Prospect] = []
    for prospect in sorted(prospects, key=lambda p: (-p.priority, p.due_at, p.id)):
        if (
            prospect.due_at > now
            or not callable_at(prospect.window, prospect.zones, now)
            or dnc.blocks(prospect.number, prospect.campaign_id)
        ):
            continue
        # Not blocked, so the number is valid: e164 cannot fail here.
        number = e164(prospect.number)
        if number in taken:
            continue
        taken.add(number)
        chosen.append(prospect)
        if len(chosen) == slots:
            break
    return chosen


def _same_number(number: str) -> str:
    """The form under which two writings of one number compare equal."""
    try:
        return e164(number)
    except ValueError:
        return number
