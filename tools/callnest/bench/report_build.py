"""``callnest-bench report``: how long a month's report takes to build.

A real SQLite store in a temporary folder gets a month of log with the
shapes the ACD writes (shifts with breaks; calls that ring, are answered,
sometimes held, transferred or abandoned; wrap-ups) -- about ``--events``
events over ``--days`` days. Then the report is built the way
``GET /api/reports`` builds it, timed in its steps: reading the range from
the store, folding it, encoding the JSON.

Figures: ``events``, ``read_s``, ``fold_s``, ``json_s``, ``total_s``,
``json_bytes``, ``events_per_s`` (folded).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from callnest.bench.report import show as show_figures

NAME = "report"
HELP = "build a report of --days days from about --events events in a real SQLite store"

START = 1_700_000_000.0  # a fixed epoch: the log is the same every run with one seed
QUEUES = (1, 2, 3)
TEAMS = 4
BATCH = 5_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--days", type=int, default=30, help="days in the report")
    parser.add_argument("--events", type=int, default=200_000, help="events in the log (about)")
    parser.add_argument("--agents", type=int, default=40, help="agents working shifts")
    parser.add_argument("--interval", type=int, default=1800, help="interval_s of the report")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the log")


def main(args: argparse.Namespace) -> int:
    if args.days < 1 or args.days > 93 or args.events < 1 or args.agents < 1:
        print("callnest-bench report: --days 1..93, --events and --agents >= 1", file=sys.stderr)
        return 2
    figures = asyncio.run(run(args.days, args.events, args.agents, args.interval, args.seed))
    return show_figures(figures, args.json)


def synthetic_log(days: int, events: int, agents: int, seed: int) -> list[dict[str, Any]]:
    """About ``events`` event rows, in time order, shaped as the ACD writes them."""
    rng = random.Random(seed)
    # A call writes about 6 events; shifts write 4 a day per agent.
    calls_per_day = max(1, (events - 4 * agents * days) // (6 * days))
    rows: list[dict[str, Any]] = []

    def add(at: float, type_: str, cid: str | None = None, q: int | None = None,
            a: int | None = None, **data: Any) -> None:  # fmt: skip
        rows.append(
            {"at": at, "type": type_, "contact_id": cid, "queue_id": q, "agent_id": a, "data": data}
        )

    def state(at: float, agent: int, name: str, reason: int | None = None) -> None:
        add(at, "agent.state", a=agent, state=name, reason_id=reason, system_reason=None)

    for day in range(days):
        opens = START + day * 86400 + 8 * 3600
        for agent in range(1, agents + 1):
            state(opens + rng.uniform(0, 600), agent, "available")
            lunch = opens + 4 * 3600 + rng.uniform(0, 3600)
            state(lunch, agent, "break", 1)
            state(lunch + 1800, agent, "available")
            state(opens + 9 * 3600 + rng.uniform(0, 600), agent, "offline")
        for n in range(calls_per_day):
            cid, q = f"d{day}c{n}", rng.choice(QUEUES)
            at = opens + rng.uniform(0, 9 * 3600 - 1200)
            agent = rng.randint(1, agents)
            wait = rng.expovariate(1 / 25)
            add(at, "contact.entered", cid, q, channel="voice", priority=0, waited_s=0.0)
            if rng.random() < 0.08:
                add(at + wait, "contact.abandoned", cid, q, queue_wait_s=wait, phase="queued")
                add(at + wait, "contact.closed", cid, q, outcome="abandoned")
                continue
            ring = rng.uniform(2, 8)
            offered = at + wait - ring
            add(offered, "contact.offered", cid, q, agent, offer_id=f"o{cid}")
            add(at + wait, "contact.answered", cid, q, agent, queue_wait_s=wait, ring_s=ring)
            talk = rng.expovariate(1 / 200)
            hold = 0.0
            if rng.random() < 0.2:
                hold = rng.uniform(10, 60)
                add(at + wait + talk / 2, "contact.held", cid, q, agent)
                add(at + wait + talk / 2 + hold, "contact.resumed", cid, q, agent)
            ended = at + wait + talk + hold
            add(ended, "contact.ended", cid, q, agent, talk_s=talk, hold_s=hold, reason="agent")
            wrap = rng.uniform(5, 30)
            add(ended + wrap, "contact.wrapup_ended", cid, q, agent, wrap_s=wrap, reason="agent")
            add(ended + wrap, "contact.closed", cid, q, agent, outcome="answered")
    rows.sort(key=lambda row: row["at"])
    return rows


async def run(days: int, events: int, agents: int, interval_s: int, seed: int) -> dict[str, Any]:
    from callnest.server.report import (
        PREROLL_S,
        AgentInfo,
        Directory,
        ReportRange,
        build_report,
    )
    from callnest.server.store.db import open_store

    log = synthetic_log(days, events, agents, seed)
    with tempfile.TemporaryDirectory() as folder:
        store = await open_store(f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}")
        try:
            for first in range(0, len(log), BATCH):
                await store.append_events(log[first : first + BATCH])
            span = ReportRange(START, START + days * 86400, interval_s, 5.0)
            directory = Directory(
                queue_names={q: f"queue {q}" for q in QUEUES},
                service_level_s=lambda _queue_id: 20.0,
                agents={a: AgentInfo(f"agent {a}", a % TEAMS + 1) for a in range(1, agents + 1)},
                roster=frozenset(range(1, agents + 1)),
                team_names={t: f"team {t}" for t in range(1, TEAMS + 1)},
                reason_names={1: "Lunch"},
            )
            began = time.perf_counter()
            rows = await store.events_between(span.since - PREROLL_S, span.until)
            read = time.perf_counter()
            # As the endpoint does it: the fold off the event loop.
            report = await asyncio.to_thread(build_report, rows, span, directory, time.time())
            folded = time.perf_counter()
            encoded = json.dumps(report)
            done = time.perf_counter()
        finally:
            await store.close()
    return {
        "events": len(rows),
        "days": days,
        "agents": agents,
        "read_s": round(read - began, 3),
        "fold_s": round(folded - read, 3),
        "json_s": round(done - folded, 3),
        "total_s": round(done - began, 3),
        "json_bytes": len(encoded),
        "events_per_s": round(len(rows) / (folded - read)),
        "offered": report["totals"]["offered"],
    }
