"""The run's result: the server's figures, checked against what the sim saw.

The figures come from the server's statistics (folded from its event log).
``lost`` counts what does not add up: contacts the sim created whose end the
server never reported (or reported as ``lost``), plus every difference
between the server's offered/answered/abandoned and the sim's own count.
``offers_to_impaired`` counts offers made to agents whose audio link the sim
impaired (the server should hold those agents back): like a lost contact,
any fails the run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from callnest.sim.agents import AgentTally
from callnest.sim.callers import CallerRecord

CHECKED = ("offered", "answered", "abandoned")
MAX_SAMPLES = 20


@dataclass(slots=True)
class SimCount:
    """What the callers saw."""

    offered: int = 0
    answered: int = 0
    abandoned: int = 0
    unresolved: int = 0  # created, but never seen closed
    outcomes: Counter[str] = field(default_factory=Counter)
    not_created: int = 0
    hung_up_talking: int = 0
    requeued_seen: int = 0
    requeued_then_abandoned: int = 0  # cut off mid-call, back in line, gave up
    wait_answered_s: float = 0.0
    waited: int = 0

    @classmethod
    def of(cls, records: Iterable[CallerRecord]) -> SimCount:
        count = cls()
        for rec in records:
            if not rec.offered:
                count.not_created += 1
                continue
            count.offered += 1
            count.hung_up_talking += rec.hung_up_talking
            count.requeued_seen += rec.requeued
            if rec.outcome is None:
                count.unresolved += 1
                continue
            count.outcomes[rec.outcome] += 1
            if rec.outcome == "answered":
                count.answered += 1
                if rec.waited_s is not None:
                    count.wait_answered_s += rec.waited_s
                    count.waited += 1
            elif rec.outcome == "abandoned":
                count.abandoned += 1
                count.requeued_then_abandoned += rec.requeued > 0
        return count

    @property
    def asa_s(self) -> float | None:
        return self.wait_answered_s / self.waited if self.waited else None


def _round(value: Any) -> Any:
    return round(value, 3) if isinstance(value, float) else value


def summarise(
    records: list[CallerRecord],
    tally: AgentTally,
    server: Mapping[str, Any] | None,
    *,
    open_contacts: int | None,
    errors: list[str],
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """One JSON-able dict; ``server`` is the sim queue's entry of GET /api/stats."""
    sim = SimCount.of(records)
    figures: Mapping[str, Any] = server or {}
    mismatches = {
        name: {"server": int(figures.get(name) or 0), "sim": getattr(sim, name)}
        for name in CHECKED
        if int(figures.get(name) or 0) != getattr(sim, name)
    }
    lost = (
        sim.unresolved
        + sim.outcomes.get("lost", 0)
        + sum(abs(m["server"] - m["sim"]) for m in mismatches.values())
    )
    if server is None:  # nothing could be confirmed
        lost = sim.offered
    offered = int(figures.get("offered") or 0)
    answered = int(figures.get("answered") or 0)
    abandoned = int(figures.get("abandoned") or 0)
    caller_errors = [e for rec in records for e in rec.errors]
    all_errors = [*errors, *tally.errors, *caller_errors]
    ok = (
        server is not None
        and lost == 0
        and answered + abandoned == offered
        and tally.offers_to_impaired == 0
        and not tally.protocol_errors
    )
    agent_figures = {
        name: getattr(tally, name)
        for name in tally.__dataclass_fields__
        if isinstance(getattr(tally, name), int)
    }
    agent_figures["withdrawn"] = dict(sorted(tally.withdrawn.items()))
    agent_figures["link_verdicts"] = dict(sorted(tally.link_verdicts.items()))
    agent_figures["answered_unseen"] = sum(
        1
        for rec in records
        if rec.outcome == "answered" and rec.contact_id not in tally.answered_contacts
    )
    result: dict[str, Any] = {
        "ok": ok,
        "offered": offered,
        "answered": answered,
        "abandoned": abandoned,
        "lost": lost,
        "impaired_agents": tally.impaired_agents,
        "offers_to_impaired": tally.offers_to_impaired,
        "impaired_held": tally.impaired_held,
        "asa_s": figures.get("asa_s"),
        "aht_s": figures.get("aht_s"),
        "service_level": figures.get("service_level"),
        "abandon_rate": figures.get("abandon_rate"),
        "short_abandoned": figures.get("short_abandoned"),
        "overflowed": figures.get("overflowed"),
        "max_waiting": figures.get("max_waiting"),
        "open_contacts": open_contacts,
        "mismatches": mismatches,
        "sim": {
            "offered": sim.offered,
            "answered": sim.answered,
            "abandoned": sim.abandoned,
            "unresolved": sim.unresolved,
            "outcomes": dict(sorted(sim.outcomes.items())),
            "not_created": sim.not_created,
            "hung_up_talking": sim.hung_up_talking,
            "requeued_seen": sim.requeued_seen,
            "requeued_then_abandoned": sim.requeued_then_abandoned,
            "asa_s": sim.asa_s,
        },
        "agents": agent_figures,
        "protocol_errors": len(tally.protocol_errors),
        "errors": len(all_errors),
        "error_samples": [*tally.protocol_errors, *all_errors][:MAX_SAMPLES],
    }
    if extra:
        result |= dict(extra)
    rounded: dict[str, Any] = _rounded(result)
    return rounded


def _rounded(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return _round(value)


def progress_line(elapsed_s: float, live: Mapping[str, str], records: list[CallerRecord]) -> str:
    """One line for a person watching: how far along, and what is happening now."""
    states = Counter(live.values())
    done = Counter(rec.outcome for rec in records if rec.outcome is not None)
    offered = sum(1 for rec in records if rec.offered)
    return (
        f"[{elapsed_s:6.1f}s] offered {offered}  answered {done.get('answered', 0)}  "
        f"abandoned {done.get('abandoned', 0)}  waiting {states['queued'] + states['ringing']}  "
        f"talking {states['connected'] + states['on_hold']}  wrap-up {states['wrap_up']}"
    )
