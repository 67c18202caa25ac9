"""A campaign's figures, from its calls' interactions and its list.

attempts (calls placed), contacts reached (the callee answered), outcomes,
dispositions and conversion (reached calls with a success disposition),
abandon rate (reached calls no agent took: the dialer places a call only for
an agent who holds it, so this stays 0 unless something broke), and each
agent's time on the campaign's calls, by state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from callnest.server.store.store import Row


def campaign_figures(
    interactions: Iterable[Row], prospects: dict[str, int], success: Iterable[int]
) -> dict[str, Any]:
    placed = [r for r in interactions if r.get("outcome") != "cancelled" and r.get("offered_at")]
    reached = [r for r in placed if r.get("answered_at") is not None]
    abandoned = sum(1 for r in reached if r.get("agent_id") is None)
    dispositions = Counter(r["disposition_id"] for r in reached if r.get("disposition_id"))
    converted = sum(n for d, n in dispositions.items() if d in set(success))
    agents: dict[int, dict[str, float]] = {}
    for r in placed:
        if r.get("agent_id") is None:
            continue
        a = agents.setdefault(
            r["agent_id"], {"calls": 0, "ring_s": 0.0, "talk_s": 0.0, "hold_s": 0.0, "wrap_s": 0.0}
        )
        a["calls"] += 1
        for state in ("ring_s", "talk_s", "hold_s", "wrap_s"):
            a[state] += r.get(state) or 0.0
    return {
        "attempts": len(placed),
        "reached": len(reached),
        "outcomes": dict(Counter(r.get("outcome") or "open" for r in placed)),
        "dispositions": {str(d): n for d, n in sorted(dispositions.items())},
        "converted": converted,
        "conversion": converted / len(reached) if reached else None,
        "abandoned": abandoned,
        "abandon_pct": 100.0 * abandoned / len(reached) if reached else 0.0,
        "agents": {str(a): v for a, v in sorted(agents.items())},
        "prospects": prospects,
    }
