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

from PySide6.QtCore import QLocale

from callnest.desktop.engine.rest import CampaignFigures
from callnest.desktop.i18n import translate
from callnest.desktop.models.campaigns import (
    PROSPECT_ORDER,
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


def _number(n: int) -> str:
    return QLocale().toString(n)


# The tables' columns are functions: their titles are translated when a
# table is made, in the language installed by then.


def _share_columns(label: str, share_tip: str, note: str = "") -> tuple[Column[Share], ...]:
    columns: tuple[Column[Share], ...] = (
        Column(label, lambda r, _: r.label),
        Column(
            translate("models.campaign_figures", "Count", "a column: how many"),
            lambda r, _: _number(r.count),
        ),
        Column(
            translate("models.campaign_figures", "Share", "a column: the part of the whole"),
            lambda r, _: r.share,
            tip=share_tip,
        ),
    )
    return (*columns, Column(note, lambda r, _: r.note)) if note else columns


def outcome_columns() -> tuple[Column[Share], ...]:
    return _share_columns(
        translate("models.campaign_figures", "Outcome", "a column: how a call ended"),
        translate("models.campaign_figures", "of the calls placed", "a column's tooltip: a share"),
    )


def disposition_columns() -> tuple[Column[Share], ...]:
    return _share_columns(
        translate("models.campaign_figures", "Disposition", "a column"),
        translate(
            "models.campaign_figures", "of the people reached", "a column's tooltip: a share"
        ),
        translate("models.campaign_figures", "Success", "a column: counts as a success"),
    )


def progress_columns() -> tuple[Column[Share], ...]:
    return _share_columns(
        translate("models.campaign_figures", "Status", "a column: where a person stands"),
        translate(
            "models.campaign_figures", "of everyone on the list", "a column's tooltip: a share"
        ),
    )


def agent_columns() -> tuple[Column[AgentTime], ...]:
    return (
        Column(translate("models.campaign_figures", "Agent", "a column"), lambda r, _: r.name),
        Column(
            translate("models.campaign_figures", "Calls", "a column: how many"),
            lambda r, _: _number(r.calls),
        ),
        Column(
            translate("models.campaign_figures", "Talk", "a column: time talking"),
            lambda r, _: duration(r.talk_s),
            tip=translate("models.campaign_figures", "all their talk on the campaign's calls"),
        ),
        Column(
            translate("models.campaign_figures", "Hold", "a column: time on hold"),
            lambda r, _: duration(r.hold_s),
        ),
        Column(
            translate("models.campaign_figures", "Wrap-up", "a column: time in wrap-up"),
            lambda r, _: duration(r.wrap_s),
        ),
    )


def headlines(figures: CampaignFigures, success: Collection[int]) -> list[Headline]:
    """Calls placed, people reached, conversion and abandon rate, each with
    what it counts; conversion says how to have one when no disposition
    counts as a success."""
    attempts, reached = int(figures.get("attempts", 0)), int(figures.get("reached", 0))
    converted, abandoned = int(figures.get("converted", 0)), int(figures.get("abandoned", 0))
    conversion_title = translate("models.campaign_figures", "Conversion", "a headline figure")
    if not success:
        conversion = Headline(
            conversion_title,
            "—",
            translate("models.campaign_figures", "tick the dispositions that count as success"),
        )
    else:
        conversion = Headline(
            conversion_title,
            percent(figures.get("conversion")),
            translate(
                "models.campaign_figures", "{converted} of those reached ended in success"
            ).format(converted=_number(converted)),
        )
    abandon_pct = QLocale().toString(float(figures.get("abandon_pct", 0.0)), "f", 1)
    return [
        Headline(
            translate("models.campaign_figures", "Calls placed", "a headline figure"),
            _number(attempts),
            translate("models.campaign_figures", "attempts, retries included"),
        ),
        Headline(
            translate("models.campaign_figures", "People reached", "a headline figure"),
            _number(reached),
            translate(
                "models.campaign_figures", "{share} of the calls", "{share}: a percentage"
            ).format(share=_of(reached, attempts)),
        ),
        conversion,
        Headline(
            translate("models.campaign_figures", "Abandon rate", "a headline figure"),
            translate(
                "models.campaign_figures", "{value}%", "a percentage, as your language writes it"
            ).format(value=abandon_pct),
            translate(
                "models.campaign_figures", "{abandoned} answered with no agent to take them"
            ).format(abandoned=_number(abandoned)),
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
        name = (
            names[disposition_id]
            if disposition_id in names
            else translate(
                "models.campaign_figures", "Disposition #{id}", "one whose name is not known"
            ).format(id=disposition_id)
        )
        counts = (
            translate("models.campaign_figures", "Yes", "counts as a success: a table's cell")
            if disposition_id in success
            else ""
        )
        rows.append(Share(name, n, _of(n, reached), counts))
    return _ranked(rows)


def progress_rows(figures: CampaignFigures) -> list[Share]:
    """How many of the list are in each status, in the order people move
    through them (those none is in left out)."""
    counts: Mapping[str, int] = figures.get("prospects") or {}
    total = sum(counts.values())
    known: list[str] = list(PROSPECT_ORDER)
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
            names[int(key)]
            if int(key) in names
            else translate(
                "models.campaign_figures", "Agent #{id}", "one whose name is not known"
            ).format(id=key),
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
