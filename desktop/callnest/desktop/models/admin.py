"""What the admin editors turn typed text into, and back: opening hours,
holidays, where a contact goes (overflow / after hours), and which fields a
refusal names. No widgets here, so it is tested without a screen.

The server is the judge of every value; these only read what a person typed
into the shape the server takes, and say plainly when they cannot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from callnest.desktop.engine.session import RestError
from callnest.desktop.i18n import translate
from callnest.protocol import FieldProblem

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # the server's weekday keys


def day_names() -> tuple[str, ...]:
    """The weekdays in words, in :data:`DAYS`' order (in the language installed now)."""
    return (
        translate("models.admin", "Monday"),
        translate("models.admin", "Tuesday"),
        translate("models.admin", "Wednesday"),
        translate("models.admin", "Thursday"),
        translate("models.admin", "Friday"),
        translate("models.admin", "Saturday"),
        translate("models.admin", "Sunday"),
    )


def target_kinds() -> tuple[tuple[str, str], ...]:
    """Where a contact can be sent (server/acd Overflow.parse) besides another
    queue: (the server's word, what the form says)."""
    return (
        ("voicemail", translate("models.admin", "Voicemail", "where a waiting caller is sent")),
        (
            "callback",
            translate("models.admin", "Callback request", "where a waiting caller is sent"),
        ),
        (
            "reject",
            translate(
                "models.admin",
                "Reject (caller is told we are closed)",
                "where a waiting caller is sent",
            ),
        ),
    )


_SPAN = re.compile(r"^\s*(\d{1,2}:\d{2})\s*[-\u2013\u2014]\s*(\d{1,2}:\d{2})\s*$")


def refusal_problems(error: BaseException) -> tuple[FieldProblem, ...]:
    """The fields a refusal names: those in the server's details, or those the
    protocol's request model found wrong before anything was sent."""
    if isinstance(error, RestError):
        return error.problems
    if isinstance(error, ValidationError):
        return tuple(
            {"field": ".".join(str(part) for part in e["loc"]), "problem": e["msg"]}
            for e in error.errors(include_url=False)
        )
    return ()


def form_problem(problem: FieldProblem) -> tuple[str, str]:
    """The form field a problem is about, and what to say of it. A form edits
    whole fields: ``ivr_menu.1.key`` is its ``ivr_menu``. A validator's own
    words lose pydantic's "Value error, " and the field's name said again
    (``business_hours.timezone: unknown time zone`` is ``timezone: ...``)."""
    field = problem["field"].split(".")[0]
    text = problem["problem"].removeprefix("Value error, ").removeprefix(f"{field}.")
    return field, text


def parse_spans(text: str, day: str) -> list[list[str]]:
    """``"09:00-12:00, 13:00-17:30"`` → ``[["09:00", "12:00"], ["13:00", "17:30"]]``;
    empty means closed. Raises ValueError naming ``day`` when it cannot read it."""
    spans = []
    for part in (p for p in text.split(",") if p.strip()):
        found = _SPAN.match(part)
        if found is None:
            raise ValueError(
                translate(
                    "models.admin",
                    "{day}: write the opening hours as 09:00-17:00 (or leave it empty)",
                    "{day}: a weekday's name",
                ).format(day=day)
            )
        spans.append([_two_digit_hour(t) for t in found.groups()])
    return spans


def format_spans(spans: Iterable[Iterable[str]]) -> str:
    return ", ".join("-".join(span) for span in spans)


def _two_digit_hour(text: str) -> str:
    hours, minutes = text.split(":")
    return f"{int(hours):02d}:{minutes}"


def parse_holidays(text: str) -> list[str]:
    """Dates separated by commas, spaces or lines, as typed: the server checks them."""
    return [d for d in re.split(r"[\s,;]+", text) if d]


def business_hours(
    timezone: str, weekly_text: Mapping[str, str], holidays_text: str
) -> dict[str, Any]:
    """The server's ``business_hours`` from the form: a day left empty is closed."""
    weekly = {}
    for day, name in zip(DAYS, day_names(), strict=True):
        spans = parse_spans(weekly_text.get(day, ""), name)
        if spans:
            weekly[day] = spans
    return {
        "timezone": timezone.strip(),
        "weekly": weekly,
        "holidays": parse_holidays(holidays_text),
    }


def target_text(kind: str | None, queue_id: int | None) -> str | None:
    """The stored form of a destination: ``queue:<id>``, ``voicemail``, ...; None for none."""
    if kind is None:
        return None
    if kind == "queue":
        return None if queue_id is None else f"queue:{queue_id}"
    return kind


def parse_target(text: str | None) -> tuple[str | None, int | None]:
    """``"queue:4"`` → ``("queue", 4)``; ``"voicemail"`` → ``("voicemail", None)``."""
    if not text:
        return None, None
    kind, _, rest = text.partition(":")
    return kind, int(rest) if kind == "queue" and rest.isdigit() else None


def duplicates(values: Iterable[str]) -> list[str]:
    """The values given more than once, in the order they first repeat."""
    seen: set[str] = set()
    repeated: list[str] = []
    for value in values:
        if value in seen and value not in repeated:
            repeated.append(value)
        seen.add(value)
    return repeated


def skills_text(levels: Mapping[int, int], names: Mapping[int, str]) -> str:
    """``{3: 7}`` → ``"French 7"``: skills by name with their levels, by name."""
    named = sorted((names.get(k, f"#{k}"), v) for k, v in levels.items())
    return ", ".join(f"{name} {level}" for name, level in named)
