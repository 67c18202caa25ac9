"""The dialer's choice on random queues: whatever it is given, it never picks a number any
rule forbids, never more than the free slots, and never leaves a slot empty while an
allowed number waits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import time
from typing import Any

import phonenumbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callnest.server.outreach import (
    COUNTRY_WINDOWS,
    DEFAULT_WINDOW,
    CallingWindow,
    DoNotCall,
    Prospect,
    callable_at,
    pick,
    time_zones,
)

# Few numbers, so that prospects share them; countries across the world's clocks.
POOL = (
    "+38640111222",
    "+38612345678",
    "+34612345678",  # the mainland or the Canaries
    "+34912345678",
    "+12083201234",  # Pacific or Mountain time
    "+12125550100",
    "+442079460958",
    "+4930123456",
    "+74951234567",
    "+421912123456",
)
ZONES = {number: time_zones(number) for number in POOL}


def international(number: str) -> str:
    return phonenumbers.format_number(
        phonenumbers.parse(number), phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )


# Numbers as people type them, for the do-not-call list and the calls in flight.
WRITINGS: tuple[Callable[[str], str], ...] = (str, international, lambda n: "00" + n[1:])
ALWAYS = CallingWindow(time(0), time(23, 59), frozenset(range(7)))  # but for a minute
# Half the prospects may be called at any hour, so that rounds have something to pick.
WINDOWS = st.one_of(
    st.just(ALWAYS),
    st.sampled_from(
        (
            DEFAULT_WINDOW,
            *COUNTRY_WINDOWS.values(),
            CallingWindow(time(6), time(22), frozenset(range(7))),
            CallingWindow(time(10), time(12), frozenset({5})),
        )
    ),
)
# A week from Monday 2026-03-23 00:00 UTC: Europe's clocks go forward on its Sunday.
MONDAY = 1_774_224_000.0
CAMPAIGNS = (None, 1, 2)


@dataclass(frozen=True)
class Round:
    prospects: tuple[Prospect, ...]
    now: float
    slots: int
    dnc: DoNotCall
    in_flight: tuple[str, ...]  # as written
    # The same in E.164, for the oracle: (number, campaign or None for everyone)
    listed: frozenset[tuple[str, int | None]]
    ringing: frozenset[str]

    def pick(self) -> list[Prospect]:
        return pick(
            self.prospects, now=self.now, slots=self.slots, dnc=self.dnc, in_flight=self.in_flight
        )

    def forbidden(self, prospect: Prospect) -> bool:
        """Whether a rule forbids dialling ``prospect`` now, worked out afresh."""
        return (
            prospect.due_at > self.now
            or not callable_at(prospect.window, prospect.zones, self.now)
            or (prospect.number, None) in self.listed
            or (prospect.number, prospect.campaign_id) in self.listed
            or prospect.number in self.ringing
        )


@st.composite
def rounds(draw: st.DrawFn) -> Round:
    now = MONDAY + draw(st.integers(0, 7 * 86400 - 1))
    plans = draw(
        st.lists(
            st.tuples(
                st.sampled_from(POOL),
                WINDOWS,
                st.sampled_from([0, -1, -3600, -86400, 1, 3600, 86400]),  # due, from now
                st.integers(0, 4),  # attempts
                st.sampled_from(CAMPAIGNS),
                st.integers(0, 2),  # priority
            ),
            max_size=14,
        )
    )
    prospects = tuple(
        Prospect(i, number, ZONES[number], window, now + due, attempts, campaign, priority)
        for i, (number, window, due, attempts, campaign, priority) in enumerate(plans)
    )
    writings = st.sampled_from(WRITINGS)
    entries = draw(
        st.lists(st.tuples(st.sampled_from(POOL), st.sampled_from(CAMPAIGNS), writings), max_size=5)
    )
    dnc = DoNotCall()
    for number, campaign, writing in entries:
        dnc.add(writing(number), campaign)
    in_flight = draw(st.lists(st.tuples(st.sampled_from(POOL), writings), max_size=3))
    return Round(
        prospects=prospects,
        now=now,
        slots=draw(st.integers(0, 10)),
        dnc=dnc,
        in_flight=tuple(writing(number) for number, writing in in_flight),
        listed=frozenset((number, campaign) for number, campaign, _ in entries),
        ringing=frozenset(number for number, _ in in_flight),
    )


def rank(prospect: Prospect) -> tuple[int, float, int]:
    return (-prospect.priority, prospect.due_at, prospect.id)


PROPERTIES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTIES
@given(rounds())
def test_pick_breaks_no_rule(round_: Round) -> None:
    chosen = round_.pick()
    assert len(chosen) <= max(round_.slots, 0)
    assert not [p for p in chosen if round_.forbidden(p)]
    assert all(n == 1 for n in Counter(p.number for p in chosen).values())
    assert all(p in round_.prospects for p in chosen)
    assert chosen == sorted(chosen, key=rank)


@PROPERTIES
@given(rounds())
def test_pick_leaves_no_slot_empty_and_no_better_prospect_waiting(round_: Round) -> None:
    chosen = round_.pick()
    numbers = {p.number for p in chosen}
    # The allowed prospects not chosen: each one's number is taken, or every slot is filled
    # with better ones.
    for waiting in round_.prospects:
        if waiting in chosen or round_.forbidden(waiting) or waiting.number in numbers:
            continue
        assert len(chosen) == round_.slots
        assert not chosen or rank(waiting) > rank(chosen[-1])
    # Of prospects sharing a number, the best allowed one is the one chosen.
    for p in chosen:
        rivals = [q for q in round_.prospects if q.number == p.number and not round_.forbidden(q)]
        assert p == min(rivals, key=rank)


@PROPERTIES
@given(rounds())
def test_pick_changes_nothing_it_is_given(round_: Round) -> None:
    entries = len(round_.dnc)
    first = round_.pick()
    assert round_.pick() == first
    assert (
        pick(
            iter(round_.prospects),
            now=round_.now,
            slots=round_.slots,
            dnc=round_.dnc,
            in_flight=frozenset(round_.in_flight),
        )
        == first
    )
    assert len(round_.dnc) == entries


def test_pick_in_one_round() -> None:
    """A worked example: the rules one by one, the best first."""
    ljubljana, madrid, new_york, london = POOL[0], POOL[3], POOL[5], POOL[6]
    dnc = DoNotCall()
    dnc.add("+44 20 7946 0958", campaign_id=2)
    now = MONDAY + 12 * 3600

    def prospect(id_: int, number: str, **changes: Any) -> Prospect:
        return replace(Prospect(id_, number, ZONES[number], ALWAYS, now - 60, 0, 1), **changes)

    prospects = [
        prospect(1, ljubljana),
        prospect(2, ljubljana, priority=1),  # before 1, which then waits for its number
        prospect(3, madrid, due_at=now + 1),  # not yet
        prospect(4, london, campaign_id=2),  # listed for campaign 2
        prospect(5, london),  # not for campaign 1
        prospect(6, new_york, window=DEFAULT_WINDOW),  # 08:00 in New York
        prospect(7, POOL[1], due_at=now - 3600),
        prospect(8, POOL[2]),  # ringing already
    ]
    in_flight = ["0034 612 345 678"]
    chosen = pick(prospects, now=now, slots=10, dnc=dnc, in_flight=in_flight)
    assert [p.id for p in chosen] == [2, 7, 5]
    assert [p.id for p in pick(prospects, now=now, slots=2, dnc=dnc, in_flight=in_flight)] == [2, 7]
    assert pick(prospects, now=now, slots=0, dnc=dnc, in_flight=in_flight) == []
    assert pick(prospects, now=now, slots=-1, dnc=dnc, in_flight=in_flight) == []
