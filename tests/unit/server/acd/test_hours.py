"""Business hours: parsing and opening times."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from callnest.server.acd import BusinessHours


def at(text: str, tz: str = "UTC") -> float:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz)).timestamp()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"timezone": 3}, "timezone must be a string"),
        ({"timezone": "Mars/Olympus"}, "unknown time zone 'Mars/Olympus'"),
        ({"weekly": []}, "weekly must be an object"),
        ({"weekly": {"monday": []}}, "unknown day 'monday'"),
        ({"weekly": {"mon": "09:00-17:00"}}, "weekly.mon must be a list"),
        ({"weekly": {"tue": [["09:00"]]}}, "weekly.tue: ['09:00'] is not [start, end]"),
        ({"weekly": {"wed": [["9h", "17:00"]]}}, "weekly.wed: '9h' is not HH:MM"),
        ({"weekly": {"thu": [[900, "17:00"]]}}, "weekly.thu: 900 is not HH:MM"),
        ({"weekly": {"fri": [["17:00", "09:00"]]}}, "ends before it starts"),
        ({"weekly": {"sat": [["09:00", "09:00"]]}}, "ends before it starts"),
        ({"holidays": "2026-12-25"}, "holidays must be a list"),
        ({"holidays": ["2026-13-01"]}, "business_hours.holidays"),
    ],
)
def test_from_json_names_the_bad_part(value: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match="business_hours") as err:
        BusinessHours.from_json(value)
    assert message in str(err.value)


def test_from_json_defaults_and_parsed_form() -> None:
    hours = BusinessHours.from_json({})
    assert (hours.timezone, hours.weekly, hours.holidays) == ("UTC", {}, frozenset())
    assert not hours.is_open(at("2026-01-05T12:00:00"))
    hours = BusinessHours.from_json(
        {
            "timezone": "Europe/Paris",
            "weekly": {"mon": [["09:00", "12:00"], ["13:30", "17:00"]], "sun": []},
            "holidays": ["2026-12-25"],
        }
    )
    assert len(hours.weekly[0]) == 2
    assert hours.weekly[6] == ()


WEEKDAYS = BusinessHours.from_json(
    {
        "timezone": "UTC",
        "weekly": {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
        "holidays": ["2026-01-07"],
    }
)


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        ("2026-01-05T08:59:59", False),  # Monday before opening
        ("2026-01-05T09:00:00", True),  # the start is inside
        ("2026-01-05T16:59:59", True),
        ("2026-01-05T17:00:00", False),  # the end is outside
        ("2026-01-06T12:00:00", True),  # Tuesday
        ("2026-01-07T12:00:00", False),  # Wednesday, a holiday
        ("2026-01-08T12:00:00", True),
        ("2026-01-10T12:00:00", False),  # Saturday
        ("2026-01-11T12:00:00", False),  # Sunday
    ],
)
def test_is_open_across_days_and_holidays(moment: str, is_open: bool) -> None:
    assert WEEKDAYS.is_open(at(moment)) is is_open


def test_is_open_in_the_business_time_zone_across_dst() -> None:
    paris = BusinessHours.from_json(
        {"timezone": "Europe/Paris", "weekly": {"mon": [["09:00", "17:00"]]}}
    )
    # winter: UTC+1
    assert not paris.is_open(at("2026-01-05T07:59:00"))
    assert paris.is_open(at("2026-01-05T08:00:00"))
    assert paris.is_open(at("2026-01-05T15:59:00"))
    assert not paris.is_open(at("2026-01-05T16:00:00"))
    # summer: UTC+2
    assert paris.is_open(at("2026-07-06T07:00:00"))
    assert not paris.is_open(at("2026-07-06T15:00:00"))
    # the same instants expressed in Paris time
    assert paris.is_open(at("2026-07-06T09:00:00", "Europe/Paris"))


def test_holiday_is_a_local_date() -> None:
    auckland = BusinessHours.from_json(
        {
            "timezone": "Pacific/Auckland",
            "weekly": {d: [["00:00", "00:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
            "holidays": ["2026-12-25"],
        }
    )
    # 2026-12-24 12:00 UTC is already Friday the 25th, 01:00 in Auckland
    assert not auckland.is_open(at("2026-12-24T12:00:00"))
    # 2026-12-24 10:00 UTC is still Thursday the 24th, 23:00 there
    assert auckland.is_open(at("2026-12-24T10:00:00"))


def test_midnight_end_means_end_of_day() -> None:
    late = BusinessHours.from_json(
        {"timezone": "UTC", "weekly": {"fri": [["22:00", "00:00"]], "sat": [["00:00", "02:00"]]}}
    )
    assert not late.is_open(at("2026-01-09T21:59:59"))
    assert late.is_open(at("2026-01-09T22:00:00"))
    assert late.is_open(at("2026-01-09T23:59:59"))
    assert late.is_open(at("2026-01-10T00:00:00"))  # Saturday's own span
    assert late.is_open(at("2026-01-10T01:59:59"))
    assert not late.is_open(at("2026-01-10T02:00:00"))
    assert not late.is_open(at("2026-01-10T23:00:00"))
    # Thursday has no hours: its midnight is closed
    assert not late.is_open(at("2026-01-08T23:59:59"))


def test_whole_day_span() -> None:
    always = BusinessHours.from_json({"weekly": {"sun": [["00:00", "00:00"]]}})
    assert always.is_open(datetime(2026, 1, 11, 0, 0, tzinfo=UTC).timestamp())
    assert always.is_open(datetime(2026, 1, 11, 23, 59, 59, tzinfo=UTC).timestamp())
    assert not always.is_open(datetime(2026, 1, 12, 0, 0, tzinfo=UTC).timestamp())
