"""Campaigns as the admin window shows and edits them: the server's codes in
words, how far a campaign's list has got, and its calling window and retry
rules between the form and the server's JSON. No widgets here, so it is
tested without a screen.

The server is the judge of every value; these read what the owner typed into
the shape the server takes, and say plainly (naming the form's own words)
what cannot be, before anything is sent."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QLocale

from callnest.desktop.i18n import translate
from callnest.desktop.models.admin import DAYS
from callnest.desktop.models.format import outcome
from callnest.protocol.rest.campaigns import (
    CallingWindow,
    CampaignMode,
    ProspectStatus,
    RetryRules,
)

# The words below are functions, not constants: they are translated when
# shown, in the language installed by then.


def modes() -> tuple[tuple[CampaignMode, str, str], ...]:
    """How a campaign's calls go out: (code, title, what it means)."""
    return (
        (
            "preview",
            translate("models.campaigns", "Preview", "a campaign's mode: the card first"),
            translate(
                "models.campaigns",
                "The agent reads the person's card first, then the call goes out.",
            ),
        ),
        (
            "progressive",
            translate("models.campaigns", "Progressive", "a campaign's mode: calls at once"),
            translate("models.campaigns", "The call goes out the moment an agent is free."),
        ),
    )


def _statuses() -> dict[str, str]:
    return {
        "draft": translate("models.campaigns", "Not started", "a campaign's status"),
        "running": translate("models.campaigns", "Running", "a campaign's status"),
        "paused": translate("models.campaigns", "Paused", "a campaign's status"),
        "finished": translate("models.campaigns", "Finished", "a campaign's status"),
    }


# In the order a person moves through them: what the report and the filter list.
PROSPECT_ORDER: tuple[ProspectStatus, ...] = ("pending", "queued", "dialing", "done", "exhausted")


def prospect_statuses() -> tuple[tuple[ProspectStatus, str], ...]:
    """Where a person on a campaign's list may stand, in words, in order."""
    words = {
        "pending": translate("models.campaigns", "To call", "a person on a campaign's list"),
        "queued": translate(
            "models.campaigns", "Waiting for an agent", "a person on a campaign's list"
        ),
        "dialing": translate("models.campaigns", "Being dialled", "a person on a campaign's list"),
        "done": translate("models.campaigns", "Reached", "a person on a campaign's list"),
        "exhausted": translate(
            "models.campaigns", "Out of attempts", "a person on a campaign's list"
        ),
    }
    return tuple((code, words[code]) for code in PROSPECT_ORDER)


def _attempt_outcomes() -> dict[str, str]:
    """Only what a campaign's call has and an interaction's outcome words lack."""
    return {
        "machine": translate("models.campaigns", "Answering machine", "how a call ended"),
        "interrupted": translate("models.campaigns", "Cut off by a restart", "how a call ended"),
        "open": translate("models.campaigns", "Under way", "how a call ended: not yet"),
    }


# The outcomes the owner sets a wait for, as the server names them.
RETRY_CODES = ("busy", "no_answer", "machine", "failed")


def retry_outcomes() -> tuple[tuple[str, str], ...]:
    """The outcomes the owner sets a wait for: (the server's code, in words)."""
    words = {
        "busy": translate("models.campaigns", "Busy", "how a call ended"),
        "no_answer": translate("models.campaigns", "No answer", "how a call ended"),
        "machine": translate("models.campaigns", "Answering machine", "how a call ended"),
        "failed": translate("models.campaigns", "Failed", "how a call ended"),
    }
    return tuple((code, words[code]) for code in RETRY_CODES)


# The server's own limits and defaults (server/outreach/retry.py), for a
# campaign that has none of its own: the form starts from what it will do.
MAX_ATTEMPTS = 20
MAX_WAIT_MIN = 7 * 24 * 60
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_WAITS_MIN: dict[str, float] = {
    "busy": 10,
    "no_answer": 60,
    "machine": 120,
    "failed": 30,
    "interrupted": 5,
}
# A call cut off by a server restart is not the callee's doing: the form does
# not ask about it, and a save keeps whatever the campaign had.
_KEPT_OUTCOMES = ("interrupted",)

# A window to start a campaign's own from: working days, working hours.
DEFAULT_WINDOW: CallingWindow = {
    "start": "09:00",
    "end": "20:00",
    "days": ["mon", "tue", "wed", "thu", "fri"],
}
_TIME = re.compile(r"^\d\d:\d\d$")


def mode_text(mode: str, preview_s: float) -> str:
    """How a campaign's calls go out: ``Preview (10 s card)``, ``Progressive``."""
    title = next((title for code, title, _ in modes() if code == mode), mode.capitalize())
    if mode != "preview":
        return title
    return translate(
        "models.campaigns", "{mode} ({seconds} s card)", "a campaign's mode, then the card's time"
    ).format(mode=title, seconds=QLocale().toString(float(preview_s), "g", 6))


def status_text(status: str) -> str:
    """Where the campaign stands, in words (``draft`` → ``Not started``)."""
    return _statuses().get(status, status.capitalize())


def prospect_status_text(status: str) -> str:
    """Where a person on the list stands, in words (``done`` → ``Reached``)."""
    words: dict[str, str] = dict(prospect_statuses())
    return words.get(status, status.capitalize())


def attempt_outcome_text(code: str | None) -> str:
    """How a call to a person ended, in words (``machine`` → ``Answering machine``)."""
    return _attempt_outcomes().get(code or "") or outcome(code)


def progress_text(counts: Mapping[str, int] | None) -> str:
    """``120 of 500 reached``, from how many people are in each status; empty
    while the counts are not known."""
    if counts is None:
        return ""
    total = sum(counts.values())
    if not total:
        return translate("models.campaigns", "Nobody listed yet", "a campaign's progress")
    return translate(
        "models.campaigns", "{reached} of {total} reached", "a campaign's progress: people"
    ).format(reached=QLocale().toString(counts.get("done", 0)), total=QLocale().toString(total))


# ------------------------------------------------------------ calling window


def calling_window(start: str, end: str, days: Iterable[str]) -> CallingWindow:
    """One window for every callee, from the form's ``HH:MM`` times and the
    ticked days (the server's keys); ValueError in the form's words when it
    would never open."""
    chosen = [day for day in DAYS if day in set(days)]
    if not _TIME.match(start):
        raise ValueError(
            translate("models.campaigns", "Write the start of the calling hours as HH:MM.")
        )
    if not _TIME.match(end):
        raise ValueError(
            translate("models.campaigns", "Write the end of the calling hours as HH:MM.")
        )
    if end <= start:
        raise ValueError(
            translate(
                "models.campaigns", "The calling hours end ({end}) before they start ({start})."
            ).format(end=end, start=start)
        )
    if not chosen:
        raise ValueError(translate("models.campaigns", "Tick at least one day to call on."))
    return {"start": start, "end": end, "days": chosen}


# ------------------------------------------------------------ retry rules


def retry_form(retry: RetryRules | None) -> tuple[int, dict[str, str]]:
    """What the form shows of the retry rules (the server's defaults for
    none, or for a part left out): the most attempts, and the minutes to
    wait after each outcome (empty: not tried again)."""
    rules = retry or {}
    max_attempts = int(rules.get("max_attempts") or DEFAULT_MAX_ATTEMPTS)
    waits = _waits(rules)
    return max_attempts, {
        code: "" if waits.get(code) is None else f"{waits[code]:g}" for code in RETRY_CODES
    }


def retry_rules(
    max_attempts: int, minutes: Mapping[str, str], kept: RetryRules | None = None
) -> RetryRules:
    """The server's retry rules from the form: a wait left empty is not
    tried again. What the form does not show is kept from ``kept`` (the
    campaign's rules, or the defaults). ValueError names the outcome whose
    wait cannot be."""
    before = _waits(kept or {})
    spacing: dict[str, Any] = {code: before[code] for code in _KEPT_OUTCOMES if code in before}
    for code, label in retry_outcomes():
        text = minutes.get(code, "").strip()
        if not text:
            continue
        try:
            wait = float(text)
        except ValueError:
            wait = -1.0
        if not 1 <= wait <= MAX_WAIT_MIN:
            raise ValueError(
                translate(
                    "models.campaigns",
                    "{outcome}: wait from 1 to {most} minutes (a week), "
                    "or leave it empty not to try again.",
                    "{outcome}: how a call ended (Busy, No answer...)",
                ).format(outcome=label, most=MAX_WAIT_MIN)
            )
        spacing[code] = int(wait) if wait.is_integer() else wait
    return {"max_attempts": max_attempts, "spacing_min": spacing}


def _waits(rules: RetryRules) -> dict[str, float]:
    """The minutes after each outcome: the server's defaults when the rules name none."""
    waits = rules.get("spacing_min")
    if waits is None:
        return dict(DEFAULT_WAITS_MIN)
    return {str(code): float(wait) for code, wait in waits.items()}
