"""The list ``callnest-bench campaign`` calls: numbers across the world's
clocks, a calling window that is open for all but one country, and the
numbers never to call.

The numbers are real mobile numbers' formats (each country's example
number, its last four digits varied), every one valid by the server's own
rules (:func:`callnest.server.outreach.e164`) and in the same zones as the
example -- some countries' in more than one (Spain's mobiles may be on the
Canaries, New Zealand's on the Chathams), so the window must hold in each.

The campaign has one window for everyone, on each callee's clock. It is
chosen at run time from where each country's clock stands: a span of the
day that holds every open country's clock for the whole run, and none of one
country's -- whose numbers the dialer must then leave alone. A country whose
clock passes midnight during the run cannot be inside a window (windows do
not wrap) and takes no part.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from callnest.server.outreach import CallingWindow, callable_at, e164, time_zones

# One country per clock, or two sharing one only where a country spans two
# zones: the more clocks apart, the likelier a window fits all but one.
REGIONS = ("SI", "GB", "ES", "FI", "US", "BR", "MX", "IN", "SG", "JP", "NZ")
DAY_MIN = 24 * 60
LAST_END_MIN = DAY_MIN - 1  # a window ends at 23:59 at the latest
MARGIN_MIN = 2  # between the window's edges and any clock it must (not) hold
EVERY_DAY = frozenset(range(7))
VARIED_DIGITS = 4


@dataclass(frozen=True, slots=True)
class Country:
    region: str
    zones: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WindowPlan:
    """The campaign's window, who it is open for and who not."""

    window: CallingWindow
    open: tuple[Country, ...]
    closed: Country


@dataclass(frozen=True, slots=True)
class ListPlan:
    """The people to call, and who of them may not be called."""

    prospects: tuple[str, ...]  # E.164, the countries taking turns
    do_not_call: tuple[str, ...]  # listed for every campaign before the start
    campaign_do_not_call: tuple[str, ...]  # listed for this campaign before the start
    listed_later: tuple[str, ...]  # listed for every campaign while it runs
    callbacks: tuple[str, ...]  # numbers customers asked to be called back at


def country(region: str) -> Country:
    example = _example(region)
    return Country(region, time_zones(phonenumbers.format_number(example, PhoneNumberFormat.E164)))


def numbers(region: str, count: int) -> list[str]:
    """``count`` valid mobile numbers of ``region`` (E.164), in its example
    number's zones: the example's, its last digits counting up from 0.
    ValueError when the country has too few such numbers."""
    example = _example(region)
    zones = country(region).zones
    national = str(example.national_number)
    stem = f"+{example.country_code}{national[:-VARIED_DIGITS]}"
    found: list[str] = []
    for suffix in range(10**VARIED_DIGITS):
        number = f"{stem}{suffix:0{VARIED_DIGITS}d}"
        try:
            valid = e164(number)
        except ValueError:
            continue
        if time_zones(valid) == zones:
            found.append(valid)
            if len(found) == count:
                return found
    raise ValueError(f"{region} has fewer than {count} numbers of its kind")


def _example(region: str) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    if example is None:
        raise ValueError(f"phonenumbers has no example mobile number for {region}")
    return example


# ------------------------------------------------------------------ window


def clock_spans(zones: Sequence[str], start: float, end: float) -> list[tuple[float, float]]:
    """The minutes of the day the clocks of ``zones`` show from ``start`` to
    ``end`` (UNIX): one span per zone, its end past DAY_MIN when the clock
    passes midnight."""
    spans = []
    for name in zones:
        local = datetime.fromtimestamp(start, ZoneInfo(name))
        first = local.hour * 60 + local.minute + local.second / 60
        spans.append((first, first + (end - start) / 60))
    return spans


def plan_window(countries: Sequence[Country], start: float, end: float) -> WindowPlan:
    """The window open from ``start`` to ``end`` for as many of ``countries``
    as can share one while one other country stays outside it throughout;
    ValueError if no country can be kept out."""
    spans = {c: clock_spans(c.zones, start, end) for c in countries}
    best: WindowPlan | None = None
    for closed in countries:
        for low, high in _gaps(spans[closed]):
            inside = [
                c
                for c in countries
                if c is not closed
                and all(low + MARGIN_MIN <= a and b + MARGIN_MIN <= high for a, b in spans[c])
            ]
            if not inside or (best is not None and len(inside) <= len(best.open)):
                continue
            first = math.floor(min(a for c in inside for a, _ in spans[c]) - MARGIN_MIN)
            last = math.ceil(max(b for c in inside for _, b in spans[c]) + MARGIN_MIN)
            window = CallingWindow(_clock(first), _clock(last), EVERY_DAY)
            best = WindowPlan(window, tuple(inside), closed)
    if best is None:
        raise ValueError("no calling window keeps one country out and lets another in")
    _check(best, start, end)
    return best


def _gaps(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The stretches of the day (0 to LAST_END_MIN) that none of ``spans``
    touches, a span past midnight counted on both sides of it."""
    taken = []
    for a, b in spans:
        taken.append((a, min(b, DAY_MIN)))
        if b > DAY_MIN:
            taken.append((0.0, b - DAY_MIN))
    gaps, at = [], 0.0
    for a, b in sorted(taken):
        if a - MARGIN_MIN > at:
            gaps.append((at, a - MARGIN_MIN))
        at = max(at, b + MARGIN_MIN)
    if at < LAST_END_MIN:
        gaps.append((at, float(LAST_END_MIN)))
    return gaps


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def _check(plan: WindowPlan, start: float, end: float) -> None:
    """The server's own rule, each minute of the run: open for the open
    countries, shut for the closed one (a clock change would show here)."""
    for at in range(math.floor(start), math.ceil(end) + 60, 60):
        for c in plan.open:
            if not callable_at(plan.window, c.zones, at):
                raise ValueError(f"the window {plan.window} shuts on {c.region} at {at}")
        if callable_at(plan.window, plan.closed.zones, at):
            raise ValueError(f"the window {plan.window} opens on {plan.closed.region} at {at}")


# -------------------------------------------------------------------- list


def plan_list(
    countries: Sequence[Country],
    *,
    prospects: int,
    callbacks: int,
    rng: random.Random,
    listed_share: float = 0.05,
    campaign_listed_share: float = 0.02,
    later_share: float = 0.01,
) -> ListPlan:
    """``prospects`` numbers, the countries taking turns; of them a share on
    the do-not-call list for every campaign, one on the campaign's own, one
    listed later (at least one number each, so that every list is tried);
    ``callbacks`` more numbers of the first country, apart from the list."""
    per_country = math.ceil(prospects / len(countries))
    pools = [
        numbers(c.region, per_country + (callbacks if i == 0 else 0))
        for i, c in enumerate(countries)
    ]
    listed = [pools[i % len(pools)][i // len(pools)] for i in range(prospects)]
    shares = (listed_share, campaign_listed_share, later_share)
    counts = [max(1, round(prospects * share)) for share in shares]
    if sum(counts) > prospects:
        raise ValueError(f"{prospects} prospects are too few to list {sum(counts)} of them")
    drawn = rng.sample(listed, sum(counts))
    everyone, campaign, later = (
        drawn[: counts[0]],
        drawn[counts[0] : counts[0] + counts[1]],
        drawn[counts[0] + counts[1] :],
    )
    extra = pools[0][per_country:]
    return ListPlan(tuple(listed), tuple(everyone), tuple(campaign), tuple(later), tuple(extra))
