"""How a campaign's figures read (``GET /api/campaigns/{id}/figures``): the
headline numbers, and rows of words for its calls' outcomes, the
dispositions agents chose, where its list stands and each agent's time on
it. No widgets here, so it is tested without a screen.

The figures are the server's (server/campaign_figures.py says how each is
counted); this module names what they count, with disposition and agent
names in place of ids."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from callnest.desktop.engine.rest import CampaignFigures
from callnest.desktop.models.campaigns import (
    PROSPECT_STATUSES,
    attempt_outcome_text,
    prospect_status_text,
)
from callnest.desktop.models.format import duration
from callnest.desktop.models.report import percent
from callnest.desktop.models.wallboard import Column


@dataclass(frozen=True, slots=True)
class Headline:
    """One of the figures above the tables: what, how many, and of what."""

    title: str
    value: str
    note: str


@dataclass(frozen=True, slots=True)
class Share:
    """A row of a count and its part of the whole: an outcome, a disposition, a status."""

    label: str
    count: int
    share: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class AgentTime:
    name: str
    calls: int
    talk_s: float
    hold_s: float
    wrap_s: float


def _share_columns(label: str, share_of: str, note: str = "") -> tuple[Column[Share], ...]:
    columns: tuple[Column[Share], ...] = (
        Column(label, lambda r, _: r.label),
        Column("Count", lambda r, _: f"{r.count:,}"),
        Column("Share", lambda r, _: r.share, tip=f"of {share_of}"),
    )
    return (*columns, Column(note, lambda r, _: r.note)) if note else columns


OUTCOME_COLUMNS = _share_columns("Outcome", "the calls placed")
DISPOSITION_COLUMNS = _share_columns("Disposition", "the people reached", "Success")
PROGRESS_COLUMNS = _share_columns("Status", "everyone on the list")
AGENT_COLUMNS: tuple[Column[AgentTime], ...] = (
    Column("Agent", lambda r, _: r.name),
    Column("Calls", lambda r, _: f"{r.calls:,}"),
    Column("Talk", lambda r, _: duration(r.talk_s), tip="all their talk on the campaign's calls"),
    Column("Hold", lambda r, _: duration(r.hold_s)),
    Column("Wrap-up", lambda r, _: duration(r.wrap_s)),
)


def headlines(figures: CampaignFigures, success: Collection[int]) -> list[Headline]:
    """Calls placed, people reached, conversion and abandon rate, each with
    what it counts; conversion says how to have one when no disposition
    counts as a success."""
    attempts, reached = int(figures.get("attempts", 0)), int(figures.get("reached", 0))
    converted, abandoned = int(figures.get("converted", 0)), int(figures.get("abandoned", 0))
    if not success:
        conversion = Headline("Conversion", "—", "tick the dispositions that count as success")
    else:
        conversion = Headline(
            "Conversion",
            percent(figures.get("conversion")),
            f"{converted:,} of those reached ended in success",
        )
    return [
        Headline("Calls placed", f"{attempts:,}", "attempts, retries included"),
        Headline("People reached", f"{reached:,}", f"{_of(reached, attempts)} of the calls"),
        conversion,
        Headline(
            "Abandon rate",
            f"{float(figures.get('abandon_pct', 0.0)):.1f}%",
            f"{abandoned:,} answered with no agent to take them",
        ),
    ]


def outcome_rows(figures: CampaignFigures) -> list[Share]:
    """How the calls placed ended, the most frequent first."""
    outcomes: Mapping[str, int] = figures.get("outcomes") or {}
    total = sum(outcomes.values())
    return _ranked(
        Share(attempt_outcome_text(code), n, _of(n, total)) for code, n in outcomes.items()
    )


def disposition_rows(
    figures: CampaignFigures, names: Mapping[int, str], success: Collection[int]
) -> list[Share]:
    """What agents chose at wrap-up on the calls that reached someone, the
    most frequent first; shares are of everyone reached, some of whom may
    have none."""
    chosen: Mapping[str, int] = figures.get("dispositions") or {}
    reached = int(figures.get("reached", 0))
    rows = []
    for key, n in chosen.items():
        disposition_id = int(key)
        name = names.get(disposition_id, f"Disposition #{disposition_id}")
        counts = "Yes" if disposition_id in success else ""
        rows.append(Share(name, n, _of(n, reached), counts))
    return _ranked(rows)


def progress_rows(figures: CampaignFigures) -> list[Share]:
    """How many of the list are in each status, in the order people move
    through them (those none is in left out)."""
    counts: Mapping[str, int] = figures.get("prospects") or {}
    total = sum(counts.values())
    known = [code for code, _ in PROSPECT_STATUSES]
    order = known + sorted(set(counts) - set(known))
    return [
        Share(prospect_status_text(code), counts[code], _of(counts[code], total))
        for code in order
        if counts.get(code)
    ]


def agent_rows(figures: CampaignFigures, names: Mapping[int, str]) -> list[AgentTime]:
    """Each agent's calls and time on the campaign, the busiest first."""
    agents: Mapping[str, Mapping[str, Any]] = figures.get("agents") or {}
    rows = [
        AgentTime(
            names.get(int(key), f"Agent #{key}"),
            int(times.get("calls", 0)),
            float(times.get("talk_s", 0.0)),
            float(times.get("hold_s", 0.0)),
            float(times.get("wrap_s", 0.0)),
        )
        for key, times in agents.items()
    ]
    return sorted(rows, key=lambda r: (-r.calls, r.name.lower()))


def _ranked(rows: Iterable[Share]) -> list[Share]:
    """The most frequent first; ties by name, as a reader looks one up."""
    return sorted(rows, key=lambda r: (-r.count, r.label.lower()))


def _of(part: int, whole: int) -> str:
    return percent(part / whole if whole else None)
