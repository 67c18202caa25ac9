"""When a callee may be rung: a weekly window of hours on the callee's own clock.

A number does not always say where its owner is (a Spanish mobile may be on the Canary
Islands, an Idaho one on Pacific or Mountain time), so a call is allowed only when the window
is open in every zone the number may be in; a number of unknown zone is never allowed, since
nothing proves the hour is decent there."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from callnest.server.acd.hours import DAYS

HORIZON_DAYS = 8
_HORIZON_S = HORIZON_DAYS * 86400
# How often next_opening looks at a zone's UTC offset to find its transitions: no zone
# changes its offset twice within six hours.
_OFFSET_PROBE_S = 6 * 3600


@dataclass(frozen=True, slots=True)
class CallingWindow:
    """Whole minutes of local time, ``start`` to ``end`` (exclusive) on each of ``weekdays``
    (0 = Monday)."""

    start: time
    end: time
    weekdays: frozenset[int]

    def __post_init__(self) -> None:
        for name, at in (("start", self.start), ("end", self.end)):
            if at.tzinfo is not None or at.second or at.microsecond:
                raise ValueError(f"calling window: {name} {at} is not a whole minute of a day")
        if self.end <= self.start:
            raise ValueError(
                f"calling window: end {self.end:%H:%M} is not after start {self.start:%H:%M}"
            )
        if not self.weekdays:
            raise ValueError(f"calling window: no days: name at least one of {', '.join(DAYS)}")
        if not self.weekdays <= frozenset(range(7)):
            raise ValueError(f"calling window: weekdays {sorted(self.weekdays)} are not all 0..6")

    def open_at(self, local: datetime) -> bool:
        """Whether the window is open at ``local``, a time on the callee's clock."""
        return local.weekday() in self.weekdays and self.start <= local.time() < self.end

    def to_json(self) -> dict[str, object]:
        return {
            "start": f"{self.start:%H:%M}",
            "end": f"{self.end:%H:%M}",
            "days": [DAYS[d] for d in sorted(self.weekdays)],
        }

    @classmethod
    def from_json(cls, value: object) -> CallingWindow:
        """Reads ``{"start": "09:00", "end": "20:00", "days": ["mon", "tue"]}``; raises
        ValueError naming the bad part."""
        if not isinstance(value, dict):
            raise ValueError("calling window must be an object with start, end and days")
        unknown = sorted(set(value) - {"start", "end", "days"})
        if unknown:
            raise ValueError(f"calling window: unknown setting {unknown[0]!r}")
        days = value.get("days")
        if not isinstance(days, list):
            raise ValueError('calling window: days must be a list such as ["mon", "tue"]')
        for day in days:
            if day not in DAYS:
                raise ValueError(f"calling window: unknown day {day!r} (use {', '.join(DAYS)})")
        return cls(
            _parse_time(value.get("start"), "start"),
            _parse_time(value.get("end"), "end"),
            frozenset(DAYS.index(day) for day in days),
        )


def _parse_time(text: object, name: str) -> time:
    if text is None:
        raise ValueError(f"calling window: {name} is missing")
    if not (isinstance(text, str) and re.fullmatch(r"\d\d:\d\d", text)):
        raise ValueError(f"calling window: {name} {text!r} is not a time of day as HH:MM")
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise ValueError(f"calling window: {name} {text!r} is not a time of day") from None


_MON_FRI = frozenset(range(5))
_MON_SAT = frozenset(range(6))

# For a country of which we know nothing: working days, working hours and a little after.
DEFAULT_WINDOW = CallingWindow(time(9), time(20), _MON_FRI)

# Defaults per country, on the callee's clock. Public holidays are not modelled: a centre
# that must keep them closes its campaigns on those days. Where we know of no rule, the
# conservative default stands.
COUNTRY_WINDOWS: dict[str, CallingWindow] = {
    # Slovenia, Slovakia: no statutory calling hours that we know of; the default.
    "SI": DEFAULT_WINDOW,
    "SK": DEFAULT_WINDOW,
    # Spain: the consumer law (TRLGDCU art. 96, as amended in 2022) forbids commercial
    # calls before 09:00, after 21:00, at weekends and on public holidays.
    "ES": CallingWindow(time(9), time(21), _MON_FRI),
    # Russia: the debt-collection law (230-FZ art. 7) allows calls 08:00-22:00 on working
    # days and 09:00-20:00 at weekends; 09:00-20:00 keeps to both, Sundays left alone.
    "RU": CallingWindow(time(9), time(20), _MON_SAT),
    # United States: the TCPA allows 08:00-21:00 every day; some states are stricter
    # (Texas from 09:00, Florida until 20:00, some with no calls on Sundays), and a number
    # does not tell its state for sure, so Monday to Saturday 09:00-20:00.
    "US": CallingWindow(time(9), time(20), _MON_SAT),
    # United Kingdom: no statutory hours (PECR rules consent and the TPS, not the time);
    # regulators treat calls at unsociable hours as harassment. Working days, 09:00-20:00.
    "GB": DEFAULT_WINDOW,
    # Germany: advertising calls need prior consent (UWG §7) and no hours are set by law;
    # Sundays and public holidays are protected rest days. Working days, 09:00-20:00.
    "DE": DEFAULT_WINDOW,
}


def window_for(
    country: str | None,
    overrides: Mapping[str, CallingWindow] | None = None,
    default: CallingWindow | None = None,
) -> CallingWindow:
    """The window for a callee in ``country``: the centre's override for that country, else
    the built-in one, else ``default`` (DEFAULT_WINDOW unless given)."""
    if country is not None:
        for table in (overrides or {}, COUNTRY_WINDOWS):
            if country in table:
                return table[country]
    return DEFAULT_WINDOW if default is None else default


def callable_at(window: CallingWindow, zones: tuple[str, ...], at: float) -> bool:
    """Whether ``window`` is open at ``at`` (UNIX seconds) in every one of ``zones``."""
    return bool(zones) and all(_open_in(window, name, at) for name in zones)


def next_opening(window: CallingWindow, zones: tuple[str, ...], after: float) -> float | None:
    """The earliest instant from ``after`` at which ``callable_at`` holds, or None if there
    is none within HORIZON_DAYS days (or no zone)."""
    until = after + _HORIZON_S
    candidates = {after}
    for name in zones:
        zone = _zone(name)
        if zone is None:
            return None
        candidates.update(_openings(window, zone, after, until))
    # callable_at only turns true where some zone's window opens: its clock reaching the
    # start, or jumping into the window at a transition. The earliest such moment wins.
    for at in sorted(candidates):
        if after <= at <= until and callable_at(window, zones, at):
            return at
    return None


def _open_in(window: CallingWindow, name: str, at: float) -> bool:
    zone = _zone(name)
    return zone is not None and window.open_at(datetime.fromtimestamp(at, zone))


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Europe" is a folder
        return None


def _openings(window: CallingWindow, zone: ZoneInfo, after: float, until: float) -> Iterator[float]:
    """The instants in [after, until] at which the window may open in ``zone``: its clock
    showing the start on a day of the window, and the zone's transitions."""
    first = datetime.fromtimestamp(after, zone).date()
    for offset in range(HORIZON_DAYS + 1):
        day = first + timedelta(days=offset)
        if day.weekday() not in window.weekdays:
            continue
        wall = datetime.combine(day, window.start)
        # Twice on the night the clocks go back; never when they skip the start, which the
        # transition then stands for.
        for fold in (0, 1):
            at = wall.replace(tzinfo=zone, fold=fold).timestamp()
            if datetime.fromtimestamp(at, zone).replace(tzinfo=None) == wall:
                yield at
    yield from _transitions(zone, math.floor(after), math.ceil(until))


def _transitions(zone: ZoneInfo, start: int, stop: int) -> Iterator[int]:
    """The instants in (start, stop] at which ``zone`` changes its UTC offset."""
    offset = _offset(zone, start)
    while start < stop:
        probe = min(start + _OFFSET_PROBE_S, stop)
        probed = _offset(zone, probe)
        if probed != offset:
            low, high = start, probe
            while high - low > 1:
                middle = (low + high) // 2
                if _offset(zone, middle) == offset:
                    low = middle
                else:
                    high = middle
            yield high
        start, offset = probe, probed


def _offset(zone: ZoneInfo, at: int) -> timedelta | None:
    return datetime.fromtimestamp(at, zone).utcoffset()
