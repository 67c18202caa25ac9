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

from callnest.desktop.models.admin import DAYS
from callnest.desktop.models.format import outcome
from callnest.protocol.rest.campaigns import (
    CallingWindow,
    CampaignMode,
    ProspectStatus,
    RetryRules,
)

MODES: tuple[tuple[CampaignMode, str, str], ...] = (
    ("preview", "Preview", "The agent reads the person's card first, then the call goes out."),
    ("progressive", "Progressive", "The call goes out the moment an agent is free."),
)
_STATUSES = {
    "draft": "Not started",
    "running": "Running",
    "paused": "Paused",
    "finished": "Finished",
}
# In the order a person moves through them: what the report and the filter list.
PROSPECT_STATUSES: tuple[tuple[ProspectStatus, str], ...] = (
    ("pending", "To call"),
    ("queued", "Waiting for an agent"),
    ("dialing", "Being dialled"),
    ("done", "Reached"),
    ("exhausted", "Out of attempts"),
)
_PROSPECT_WORDS: dict[str, str] = dict(PROSPECT_STATUSES)
# Only what a campaign's call has and an interaction's outcome words lack.
_ATTEMPT_OUTCOMES = {
    "machine": "Answering machine",
    "interrupted": "Cut off by a restart",
    "open": "Under way",
}

# The outcomes the owner sets a wait for, as the server names them.
RETRY_OUTCOMES = (
    ("busy", "Busy"),
    ("no_answer", "No answer"),
    ("machine", "Answering machine"),
    ("failed", "Failed"),
)
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
    title = next((title for code, title, _ in MODES if code == mode), mode.capitalize())
    return f"{title} ({preview_s:g} s card)" if mode == "preview" else title


def status_text(status: str) -> str:
    """Where the campaign stands, in words (``draft`` → ``Not started``)."""
    return _STATUSES.get(status, status.capitalize())


def prospect_status_text(status: str) -> str:
    """Where a person on the list stands, in words (``done`` → ``Reached``)."""
    return _PROSPECT_WORDS.get(status, status.capitalize())


def attempt_outcome_text(code: str | None) -> str:
    """How a call to a person ended, in words (``machine`` → ``Answering machine``)."""
    return _ATTEMPT_OUTCOMES.get(code or "") or outcome(code)


def progress_text(counts: Mapping[str, int] | None) -> str:
    """``120 of 500 reached``, from how many people are in each status; empty
    while the counts are not known."""
    if counts is None:
        return ""
    total = sum(counts.values())
    if not total:
        return "Nobody listed yet"
    return f"{counts.get('done', 0):,} of {total:,} reached"


# ------------------------------------------------------------ calling window


def calling_window(start: str, end: str, days: Iterable[str]) -> CallingWindow:
    """One window for every callee, from the form's ``HH:MM`` times and the
    ticked days (the server's keys); ValueError in the form's words when it
    would never open."""
    chosen = [day for day in DAYS if day in set(days)]
    for name, at in (("start", start), ("end", end)):
        if not _TIME.match(at):
            raise ValueError(f"Write the {name} of the calling hours as HH:MM.")
    if end <= start:
        raise ValueError(f"The calling hours end ({end}) before they start ({start}).")
    if not chosen:
        raise ValueError("Tick at least one day to call on.")
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
        code: "" if waits.get(code) is None else f"{waits[code]:g}" for code, _ in RETRY_OUTCOMES
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
    for code, label in RETRY_OUTCOMES:
        text = minutes.get(code, "").strip()
        if not text:
            continue
        try:
            wait = float(text)
        except ValueError:
            wait = -1.0
        if not 1 <= wait <= MAX_WAIT_MIN:
            raise ValueError(
                f"{label}: wait from 1 to {MAX_WAIT_MIN} minutes (a week), "
                "or leave it empty not to try again."
            )
        spacing[code] = int(wait) if wait.is_integer() else wait
    return {"max_attempts": max_attempts, "spacing_min": spacing}


def _waits(rules: RetryRules) -> dict[str, float]:
    """The minutes after each outcome: the server's defaults when the rules name none."""
    waits = rules.get("spacing_min")
    if waits is None:
        return dict(DEFAULT_WAITS_MIN)
    return {str(code): float(wait) for code, wait in waits.items()}
