"""Business hours: weekly opening times in the business's time zone, and holidays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, slots=True)
class BusinessHours:
    timezone: str
    # weekday index (0 = Monday) -> opening intervals [start, end)
    weekly: dict[int, tuple[tuple[time, time], ...]]
    holidays: frozenset[date] = frozenset()

    @classmethod
    def from_json(cls, value: dict[str, object]) -> BusinessHours:
        """Reads ``{"timezone": "Europe/Paris", "weekly": {"mon": [["09:00", "17:00"]]},
        "holidays": ["2026-12-25"]}``; raises ValueError naming the bad part."""
        tz = value.get("timezone", "UTC")
        if not isinstance(tz, str):
            raise ValueError("business_hours.timezone must be a string")
        try:
            ZoneInfo(tz)
        except Exception as exc:
            raise ValueError(f"business_hours.timezone: unknown time zone {tz!r}") from exc
        weekly_in = value.get("weekly", {})
        if not isinstance(weekly_in, dict):
            raise ValueError("business_hours.weekly must be an object keyed by mon..sun")
        weekly: dict[int, tuple[tuple[time, time], ...]] = {}
        for day, spans in weekly_in.items():
            if day not in DAYS:
                raise ValueError(
                    f"business_hours.weekly: unknown day {day!r} (use {', '.join(DAYS)})"
                )
            if not isinstance(spans, list):
                raise ValueError(f"business_hours.weekly.{day} must be a list of [start, end]")
            parsed = []
            for span in spans:
                if not (isinstance(span, list | tuple) and len(span) == 2):
                    raise ValueError(f"business_hours.weekly.{day}: {span!r} is not [start, end]")
                start, end = (_parse_time(x, day) for x in span)
                if end <= start and end != time(0, 0):
                    raise ValueError(f"business_hours.weekly.{day}: {span!r} ends before it starts")
                parsed.append((start, end))
            weekly[DAYS.index(day)] = tuple(parsed)
        holidays_in = value.get("holidays", [])
        if not isinstance(holidays_in, list):
            raise ValueError("business_hours.holidays must be a list of YYYY-MM-DD dates")
        try:
            holidays = frozenset(date.fromisoformat(str(d)) for d in holidays_in)
        except ValueError as exc:
            raise ValueError(f"business_hours.holidays: {exc}") from exc
        return cls(tz, weekly, holidays)

    def is_open(self, epoch_s: float) -> bool:
        local = datetime.fromtimestamp(epoch_s, ZoneInfo(self.timezone))
        if local.date() in self.holidays:
            return False
        now = local.time()
        for start, end in self.weekly.get(local.weekday(), ()):
            # "00:00" as an end means midnight, the end of the day.
            if start <= now and (now < end or end == time(0, 0)):
                return True
        return False


def _parse_time(text: object, day: str) -> time:
    if not isinstance(text, str):
        raise ValueError(f"business_hours.weekly.{day}: {text!r} is not HH:MM")
    try:
        return time.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"business_hours.weekly.{day}: {text!r} is not HH:MM") from exc
