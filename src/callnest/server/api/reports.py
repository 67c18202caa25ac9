"""Figures and history: statistics folded from the event log, interactions."""

from __future__ import annotations

import dataclasses
import time
from typing import Any

from aiohttp import web

from callnest.server.acd import Event, StatsFold
from callnest.server.acd.stats import QueueFigures
from callnest.server.api.endpoints import Api, query_float, query_int
from callnest.server.auth import MANAGERS
from callnest.server.keys import CENTER, STORE


def queue_figures(f: QueueFigures, now: float) -> dict[str, Any]:
    return {
        "offered": f.offered,
        "answered": f.answered,
        "abandoned": f.abandoned,
        "short_abandoned": f.short_abandoned,
        "overflowed": f.overflowed,
        "closed": f.closed,
        "asa_s": f.asa_s,
        "aht_s": f.aht_s,
        "service_level": f.service_level,
        "abandon_rate": f.abandon_rate,
        "max_waiting": f.max_waiting,
        "waiting": len(f.waiting),
        "longest_wait_s": f.longest_wait_s(now),
    }


# Every counter and duration adds up across queues; derived from the
# dataclass so a new figure cannot be left out of the totals.
_SUMMED = tuple(
    f.name for f in dataclasses.fields(QueueFigures) if f.name not in ("max_waiting", "waiting")
)


def summarise(fold: StatsFold, names: dict[int, str], now: float) -> dict[str, Any]:
    total = QueueFigures()
    for f in fold.queues.values():
        for name in _SUMMED:
            setattr(total, name, getattr(total, name) + getattr(f, name))
        total.waiting.update(f.waiting)  # a contact waits in one queue at a time
    # The peak across the center is not the sum of each queue's peak.
    totals = queue_figures(total, now) | {"max_waiting": fold.peak_waiting}
    return {
        "queues": [
            {"queue_id": qid, "name": names.get(qid, str(qid))} | queue_figures(f, now)
            for qid, f in sorted(fold.queues.items())
        ],
        "totals": totals,
    }


def register(api: Api) -> None:
    @api.route(
        "GET",
        "/api/stats",
        roles=MANAGERS,
        tag="reports",
        summary="Queue figures from the event log: today live, or ?since=&until= (epoch s)",
    )
    async def stats(request: web.Request) -> Any:
        center = request.app[CENTER]
        now = time.time()
        since, until = query_float(request, "since"), query_float(request, "until")
        if since is None and until is None:
            fold = center.stats
        else:
            await center.flush()
            rows = await request.app[STORE].events_between(since or 0.0, until or now + 1)
            fold = StatsFold(center.service_level_s).apply_all(Event.from_row(r) for r in rows)
        names = {q.id: q.name for q in center.acd.queues.values()}
        return summarise(fold, names, now) | {"open_contacts": len(center.acd.contacts)}

    @api.route(
        "GET",
        "/api/interactions",
        roles=MANAGERS,
        tag="reports",
        summary="Interactions, newest first, filtered",
    )
    async def interactions(request: web.Request) -> Any:
        await request.app[CENTER].flush()
        filters = {
            name: query_int(request, name, -1)
            for name in ("queue_id", "agent_id", "customer_id")
            if name in request.query
        }
        return await request.app[STORE].list_interactions(
            start=query_float(request, "since"),
            end=query_float(request, "until"),
            state=request.query.get("state"),
            limit=min(query_int(request, "limit", 100), 1000),
            offset=query_int(request, "offset", 0),
            **filters,
        )

    @api.route(
        "GET", "/api/interactions/{id}", roles=MANAGERS, tag="reports", summary="One interaction"
    )
    async def interaction(request: web.Request) -> Any:
        await request.app[CENTER].flush()
        found = await request.app[STORE].get_interaction(request.match_info["id"])
        return found
