"""Calling windows: parsing, the per-country defaults, and when a number may be rung, in
every zone it may be in and across the clocks changing."""

from __future__ import annotations

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callnest.server.outreach import (
    COUNTRY_WINDOWS,
    DEFAULT_WINDOW,
    CallingWindow,
    callable_at,
    next_opening,
    time_zones,
    window_for,
)

LJUBLJANA = ("Europe/Ljubljana",)
SPANISH_MOBILE = ("Atlantic/Canary", "Europe/Madrid")
IDAHO = ("America/Boise", "America/Los_Angeles")
# Europe's clocks go forward at 01:00 UTC on Sunday 2026-03-29 and back on 2026-10-25.
SPRING = "2026-03-29"
AUTUMN = "2026-10-25"


def at(text: str, tz: str = "UTC") -> float:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz)).timestamp()


def window(start: str, end: str, *days: str) -> CallingWindow:
    return CallingWindow.from_json({"start": start, "end": end, "days": list(days)})


WORKING_DAYS = ("mon", "tue", "wed", "thu", "fri")


def test_json_round_trip() -> None:
    value = {"start": "08:30", "end": "19:45", "days": ["mon", "wed", "sat"]}
    parsed = CallingWindow.from_json(value)
    assert parsed == CallingWindow(time(8, 30), time(19, 45), frozenset({0, 2, 5}))
    assert parsed.to_json() == value
    assert DEFAULT_WINDOW.to_json() == {
        "start": "09:00",
        "end": "20:00",
        "days": list(WORKING_DAYS),
    }


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([], "calling window must be an object with start, end and days"),
        ({"start": "09:00", "end": "20:00"}, 'days must be a list such as ["mon", "tue"]'),
        ({"end": "20:00", "days": ["mon"]}, "start is missing"),
        ({"start": "9h", "end": "20:00", "days": ["mon"]}, "start '9h' is not a time of day"),
        ({"start": "9:00", "end": "20:00", "days": ["mon"]}, "start '9:00' is not a time of day"),
        ({"start": "09:00", "end": 20, "days": ["mon"]}, "end 20 is not a time of day as HH:MM"),
        ({"start": "09:00", "end": "24:00", "days": ["mon"]}, "end '24:00' is not a time of day"),
        ({"start": "20:00", "end": "09:00", "days": ["mon"]}, "end 09:00 is not after start 20:00"),
        ({"start": "09:00", "end": "09:00", "days": ["mon"]}, "end 09:00 is not after start 09:00"),
        ({"start": "09:00", "end": "20:00", "days": ["monday"]}, "unknown day 'monday' (use mon,"),
        ({"start": "09:00", "end": "20:00", "days": []}, "no days: name at least one of mon,"),
        ({"start": "09:00", "end": "20:00", "days": ["mon"], "tz": "UTC"}, "unknown setting 'tz'"),
    ],
)
def test_from_json_says_what_is_wrong(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        CallingWindow.from_json(value)


def test_window_is_whole_minutes_of_known_days() -> None:
    with pytest.raises(ValueError, match="start 09:00:30 is not a whole minute"):
        CallingWindow(time(9, 0, 30), time(20), frozenset({0}))
    with pytest.raises(ValueError, match=re.escape("weekdays [0, 7] are not all 0..6")):
        CallingWindow(time(9), time(20), frozenset({0, 7}))


def test_open_at_a_saturday_window() -> None:
    saturday = window("10:00", "14:00", "sat")
    assert saturday.open_at(datetime(2026, 5, 2, 10, 0))  # a Saturday
    assert saturday.open_at(datetime(2026, 5, 2, 13, 59, 59))
    assert not saturday.open_at(datetime(2026, 5, 2, 14, 0))  # the end is not in it
    assert not saturday.open_at(datetime(2026, 5, 2, 9, 59))
    assert not saturday.open_at(datetime(2026, 5, 1, 12, 0))  # a Friday


def test_window_for_a_country() -> None:
    assert {"SI", "SK", "ES", "RU", "US", "GB", "DE"} <= COUNTRY_WINDOWS.keys()
    assert window_for("ES") == window("09:00", "21:00", *WORKING_DAYS)
    assert window_for("FR") is DEFAULT_WINDOW
    assert window_for(None) is DEFAULT_WINDOW
    own = window("10:00", "12:00", "tue")
    assert window_for("ES", {"ES": own}) is own
    assert window_for("SI", {"ES": own}) is COUNTRY_WINDOWS["SI"]
    assert window_for("FR", {"ES": own}, default=own) is own
    assert window_for(None, {"ES": own}, default=own) is own


def test_callable_in_ljubljana() -> None:
    monday = "2026-05-04T"
    assert callable_at(DEFAULT_WINDOW, LJUBLJANA, at(monday + "09:00", LJUBLJANA[0]))
    assert callable_at(DEFAULT_WINDOW, LJUBLJANA, at(monday + "19:59:59", LJUBLJANA[0]))
    assert not callable_at(DEFAULT_WINDOW, LJUBLJANA, at(monday + "20:00", LJUBLJANA[0]))
    assert not callable_at(DEFAULT_WINDOW, LJUBLJANA, at(monday + "08:59", LJUBLJANA[0]))
    assert not callable_at(DEFAULT_WINDOW, LJUBLJANA, at("2026-05-03T12:00", LJUBLJANA[0]))


def test_unknown_zone_is_never_callable() -> None:
    noon = at("2026-05-04T12:00")
    assert not callable_at(DEFAULT_WINDOW, (), noon)
    assert not callable_at(DEFAULT_WINDOW, ("Mars/Olympus",), noon)
    assert not callable_at(DEFAULT_WINDOW, ("Europe/London", "Mars/Olympus"), noon)
    assert next_opening(DEFAULT_WINDOW, (), noon) is None
    assert next_opening(DEFAULT_WINDOW, ("Mars/Olympus",), noon) is None


def test_a_spanish_mobile_must_be_in_the_window_on_the_canaries_too() -> None:
    spain = COUNTRY_WINDOWS["ES"]
    # The Canaries are an hour behind Madrid: 09:30 in Madrid is 08:30 there.
    assert not callable_at(spain, SPANISH_MOBILE, at("2026-05-04T09:30", "Europe/Madrid"))
    assert callable_at(spain, SPANISH_MOBILE, at("2026-05-04T10:00", "Europe/Madrid"))
    assert callable_at(spain, SPANISH_MOBILE, at("2026-05-04T20:59", "Europe/Madrid"))
    assert not callable_at(spain, SPANISH_MOBILE, at("2026-05-04T21:00", "Europe/Madrid"))
    assert not callable_at(spain, SPANISH_MOBILE, at("2026-05-09T12:00", "Europe/Madrid"))
    friday_night = at("2026-05-08T22:00", "Europe/Madrid")
    monday = at("2026-05-11T10:00", "Europe/Madrid")
    assert next_opening(spain, SPANISH_MOBILE, friday_night) == monday


def test_a_us_number_in_two_zones() -> None:
    us = COUNTRY_WINDOWS["US"]
    # Boise is an hour ahead of Los Angeles: both are in 09:00-20:00 from 09:00 to 19:00
    # in Los Angeles.
    los_angeles = IDAHO[1]
    assert not callable_at(us, IDAHO, at("2026-05-04T08:30", los_angeles))
    assert callable_at(us, IDAHO, at("2026-05-04T09:00", los_angeles))
    assert callable_at(us, IDAHO, at("2026-05-04T18:59", los_angeles))
    assert not callable_at(us, IDAHO, at("2026-05-04T19:30", los_angeles))
    # Saturdays are in the US window; Sundays are not.
    assert callable_at(us, IDAHO, at("2026-05-09T12:00", los_angeles))
    assert not callable_at(us, IDAHO, at("2026-05-10T12:00", los_angeles))
    assert next_opening(us, IDAHO, at("2026-05-09T19:00", los_angeles)) == at(
        "2026-05-11T09:00", los_angeles
    )


def test_the_us_window_is_never_open_everywhere_a_toll_free_number_may_ring() -> None:
    # From Guam to Hawaii: twenty hours apart, so a number that may be anywhere is never
    # provably inside eleven hours of day.
    everywhere = time_zones("+18005550100")
    assert {"Pacific/Guam", "Pacific/Honolulu"} <= set(everywhere)
    assert next_opening(COUNTRY_WINDOWS["US"], everywhere, at("2026-05-04T00:00")) is None


def test_the_day_the_clocks_go_forward_in_ljubljana() -> None:
    # 09:00 is 08:00 UTC on the Saturday, 07:00 UTC from the Sunday on.
    every_day = window("09:00", "20:00", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
    assert callable_at(every_day, LJUBLJANA, at("2026-03-28T08:00"))
    assert not callable_at(every_day, LJUBLJANA, at("2026-03-29T06:30"))
    assert callable_at(every_day, LJUBLJANA, at("2026-03-29T07:00"))
    assert next_opening(every_day, LJUBLJANA, at("2026-03-28T19:00")) == at("2026-03-29T07:00")
    # 02:00-03:00 does not happen that night: a window from 02:30 opens as the clocks jump
    # to 03:00 (01:00 UTC), and one wholly inside the hour not until the Sunday after.
    night = window("02:30", "04:00", "sun")
    assert next_opening(night, LJUBLJANA, at(f"{SPRING}T00:00")) == at(f"{SPRING}T01:00")
    skipped = window("02:00", "03:00", "sun")
    assert next_opening(skipped, LJUBLJANA, at(f"{SPRING}T00:00")) == at(
        "2026-04-05T02:00", LJUBLJANA[0]
    )


def test_the_day_the_clocks_go_back_in_ljubljana() -> None:
    # 02:00-03:00 happens twice: 00:00-01:00 UTC in summer time, 01:00-02:00 in winter time.
    night = window("02:30", "03:00", "sun")
    assert next_opening(night, LJUBLJANA, at(f"{AUTUMN}T00:00")) == at(f"{AUTUMN}T00:30")
    assert next_opening(night, LJUBLJANA, at(f"{AUTUMN}T00:45")) == at(f"{AUTUMN}T00:45")
    assert next_opening(night, LJUBLJANA, at(f"{AUTUMN}T01:05")) == at(f"{AUTUMN}T01:30")
    assert not callable_at(night, LJUBLJANA, at(f"{AUTUMN}T02:00"))
    # A window to 02:30 is left at 00:30 UTC and entered again as the clocks go back.
    early = window("01:00", "02:30", "sun")
    assert next_opening(early, LJUBLJANA, at(f"{AUTUMN}T00:40")) == at(f"{AUTUMN}T01:00")


def test_next_opening_inside_the_window_is_now() -> None:
    now = at("2026-05-04T10:00:00.25", LJUBLJANA[0])
    assert next_opening(DEFAULT_WINDOW, LJUBLJANA, now) == now
    friday_evening = at("2026-05-08T20:00", LJUBLJANA[0])
    assert next_opening(DEFAULT_WINDOW, LJUBLJANA, friday_evening) == at(
        "2026-05-11T09:00", LJUBLJANA[0]
    )


# A coarse grid: windows that open on quarter hours, and zones whose offsets and transitions
# are quarter hours too (all are), so every opening falls on a quarter hour and any callable
# stretch that begins after `after` holds one.
QUARTER = 900
# Zones, and an instant at which one of them changes its clocks (all on a Sunday) or a
# quiet one: the searches start in the thirty hours before it.
CHANGES = (
    (LJUBLJANA, at(f"{SPRING}T01:00")),
    (LJUBLJANA, at(f"{AUTUMN}T01:00")),
    (SPANISH_MOBILE, at(f"{SPRING}T01:00")),
    (("America/St_Johns", "Europe/London"), at("2026-03-08T05:30")),
    (IDAHO, at("2026-03-08T10:00")),
    (IDAHO, at("2026-11-01T08:00")),
    (("America/Denver", "America/Phoenix"), at("2026-03-08T09:00")),  # no summer time in Arizona
    (("Australia/Lord_Howe",), at("2026-04-04T15:00")),  # back by half an hour
    (("Australia/Lord_Howe",), at("2026-10-03T15:30")),
    (("Asia/Kathmandu",), at("2026-06-17T12:00")),  # UTC+05:45
    (("Asia/Kamchatka", "Europe/Moscow"), at("2026-06-17T12:00")),
)


@st.composite
def quarter_windows(draw: st.DrawFn) -> CallingWindow:
    # Often starting or ending in the hours the clocks change, 01:00-03:00.
    start = draw(st.one_of(st.integers(0, 95), st.integers(4, 11)))
    end = draw(st.one_of(st.integers(start + 1, 96), st.integers(start + 1, min(start + 5, 96))))
    days = draw(st.frozensets(st.integers(0, 6), min_size=1))
    if draw(st.booleans()):
        days |= {6}
    # end 96 would be midnight: the last minute of the day stands for it
    end_time = time(23, 59) if end == 96 else time(end // 4, end % 4 * 15)
    return CallingWindow(time(start // 4, start % 4 * 15), end_time, days)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    quarter_windows(),
    st.sampled_from(CHANGES),
    st.floats(-30 * 3600, 3600, allow_nan=False),
)
def test_next_opening_is_the_earliest_callable_instant(
    window: CallingWindow, change: tuple[tuple[str, ...], float], offset: float
) -> None:
    zones, instant = change
    after = instant + offset
    opening = next_opening(window, zones, after)
    last = after + 8 * 86400 if opening is None else opening
    if opening is not None:
        assert after <= opening <= last
        assert callable_at(window, zones, opening)
    first_quarter = -(-after // QUARTER) * QUARTER
    earlier = [after, *range(int(first_quarter), int(last), QUARTER)]
    assert not any(callable_at(window, zones, t) for t in earlier if t < last)
