"""When to try a number again, by how the last attempt ended.

A busy line is worth another try soon, an answering machine only hours later; an answered
call is finished. Every attempt counts towards the maximum, an interrupted one too: a server
that keeps stopping while it dials must not keep ringing the same person."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class AttemptOutcome(StrEnum):
    ANSWERED = "answered"
    BUSY = "busy"
    NO_ANSWER = "no_answer"
    MACHINE = "machine"  # an answering machine took the call
    FAILED = "failed"
    INTERRUPTED = "interrupted"  # the server stopped while the call was being placed


DEFAULT_SPACING_S: Mapping[AttemptOutcome, float] = MappingProxyType(
    {
        AttemptOutcome.BUSY: 600.0,
        AttemptOutcome.NO_ANSWER: 3600.0,
        AttemptOutcome.MACHINE: 7200.0,
        AttemptOutcome.FAILED: 1800.0,
        AttemptOutcome.INTERRUPTED: 300.0,
    }
)
DEFAULT_MAX_ATTEMPTS = 3
MAX_ATTEMPTS = 20
MIN_SPACING_S = 60.0
MAX_SPACING_S = 7 * 86400.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """At most ``max_attempts`` attempts per number; after an attempt that ended with an
    outcome in ``spacing_s``, the next one that many seconds later; after any other, none."""

    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    spacing_s: Mapping[AttemptOutcome, float] = field(default_factory=lambda: DEFAULT_SPACING_S)

    def __post_init__(self) -> None:
        _attempts(self.max_attempts)
        spacing = {_outcome(outcome): wait for outcome, wait in self.spacing_s.items()}
        for outcome, wait in spacing.items():
            # not (a <= x <= b) also refuses NaN
            if not (MIN_SPACING_S <= wait <= MAX_SPACING_S):
                raise ValueError(
                    f"retry: the wait after {outcome} must be from 1 minute to 7 days,"
                    f" not {wait / 60:g} min"
                )
        # A copy nobody can change, so that the frozen policy stays what it was checked as.
        object.__setattr__(self, "spacing_s", MappingProxyType(spacing))

    def next_attempt(self, outcome: AttemptOutcome, attempts_made: int, now: float) -> float | None:
        """When to make the next attempt, after ``attempts_made`` of them (this one
        included) of which the last ended with ``outcome`` at ``now``; None when the number
        is finished with."""
        # ANSWERED is never in spacing_s: _outcome refuses it.
        wait = self.spacing_s.get(outcome)
        if wait is None or attempts_made >= self.max_attempts:
            return None
        return now + wait

    def to_json(self) -> dict[str, object]:
        return {
            "max_attempts": self.max_attempts,
            "spacing_min": {
                outcome.value: _minutes(self.spacing_s[outcome])
                for outcome in AttemptOutcome
                if outcome in self.spacing_s
            },
        }

    @classmethod
    def from_json(cls, value: object) -> RetryPolicy:
        """Reads ``{"max_attempts": 3, "spacing_min": {"busy": 10, "no_answer": 60}}``
        (either part may be left out for its default; an outcome left out of spacing_min
        is not retried); raises ValueError naming the bad part."""
        if not isinstance(value, dict):
            raise ValueError("retry policy must be an object with max_attempts and spacing_min")
        unknown = sorted(set(value) - {"max_attempts", "spacing_min"})
        if unknown:
            raise ValueError(f"retry: unknown setting {unknown[0]!r}")
        max_attempts = _attempts(value.get("max_attempts", DEFAULT_MAX_ATTEMPTS))
        if "spacing_min" not in value:
            return cls(max_attempts)
        minutes = value["spacing_min"]
        if not isinstance(minutes, dict):
            raise ValueError('retry: spacing_min must be an object such as {"busy": 10}')
        spacing: dict[AttemptOutcome, float] = {}
        for name, wait in minutes.items():
            if isinstance(wait, bool) or not isinstance(wait, int | float):
                raise ValueError(f"retry: the wait after {name} must be minutes, not {wait!r}")
            spacing[_outcome(name)] = wait * 60.0
        return cls(max_attempts, spacing)


_RETRYABLE = tuple(o for o in AttemptOutcome if o is not AttemptOutcome.ANSWERED)


def _attempts(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ATTEMPTS:
        raise ValueError(
            f"retry: max_attempts must be a whole number from 1 to {MAX_ATTEMPTS}, not {value!r}"
        )
    return value


def _outcome(value: object) -> AttemptOutcome:
    if isinstance(value, str) and value in _RETRYABLE:
        return AttemptOutcome(value)
    shown = repr(str(value)) if isinstance(value, str) else repr(value)  # not the enum's repr
    raise ValueError(f"retry: {shown} is not an outcome to retry (use {', '.join(_RETRYABLE)})")


def _minutes(seconds: float) -> float | int:
    minutes = seconds / 60
    return int(minutes) if minutes.is_integer() else minutes
