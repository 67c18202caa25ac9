"""``callnest-bench backup``: what a backup costs a server that is taking calls.

A real SQLite store in a temporary data dir gets ``--events`` events (the
ACD's log, the largest table), ``--customers`` customers and
``--recordings-mb`` of recordings in files of about a minute of a call
each. Then, on a running event loop that ticks every 5 ms (standing for
the server's, which forwards every call's audio), a backup is taken in a
thread as the server takes one; then a second (unchanged recordings are
linked); then a restore into a new data dir.

Figures: ``database_mb``, ``recordings_mb``, ``first_s``, ``first_mb_per_s``,
``again_s``, ``restore_s``, and the loop's lateness while the first backup
ran: ``loop_late_p99_ms``, ``loop_late_max_ms`` (a late tick is late audio).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from callnest.bench.report import show as show_figures

NAME = "backup"
HELP = "back up (and restore) a data dir of --events events and --recordings-mb of recordings"

RECORDING_BYTES = 240_000  # a minute of a call's two Opus streams, about
TICK_S = 0.005
BATCH = 5_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--events", type=int, default=500_000, help="events in the store")
    parser.add_argument("--customers", type=int, default=20_000, help="customers in the store")
    parser.add_argument("--recordings-mb", type=int, default=500, help="recordings, in MB")


def main(args: argparse.Namespace) -> int:
    if args.events < 0 or args.customers < 0 or args.recordings_mb < 0:
        print("callnest-bench backup: counts are >= 0", file=sys.stderr)
        return 2
    figures = asyncio.run(run(args.events, args.customers, args.recordings_mb))
    return show_figures(figures, args.json)


async def run(events: int, customers: int, recordings_mb: int) -> dict[str, Any]:
    from callnest.server.backup import back_up, restore
    from callnest.server.settings import Settings

    with tempfile.TemporaryDirectory(prefix="callnest-bench-backup-") as folder:
        root = Path(folder)
        settings = Settings(data_dir=root / "data")
        await _fill(settings, events, customers, recordings_mb)
        database = settings.sqlite_path.stat().st_size + _size(settings.sqlite_path, "-wal")

        lateness: list[float] = []
        ticking = asyncio.create_task(_tick(lateness))
        started = time.perf_counter()
        await asyncio.to_thread(back_up, settings, root / "backups")
        first_s = time.perf_counter() - started
        ticking.cancel()
        started = time.perf_counter()
        await asyncio.to_thread(back_up, settings, root / "backups")
        again_s = time.perf_counter() - started
        started = time.perf_counter()
        await asyncio.to_thread(restore, root / "backups", root / "restored")
        restore_s = time.perf_counter() - started

    lateness.sort()
    total_mb = (database + recordings_mb * 1e6) / 1e6
    return {
        "database_mb": round(database / 1e6, 1),
        "recordings_mb": recordings_mb,
        "first_s": round(first_s, 2),
        "first_mb_per_s": round(total_mb / first_s, 1),
        "again_s": round(again_s, 2),
        "restore_s": round(restore_s, 2),
        "loop_late_p99_ms": round(_percentile(lateness, 0.99) * 1000, 2),
        "loop_late_max_ms": round((lateness[-1] if lateness else 0.0) * 1000, 2),
    }


async def _fill(settings: Any, events: int, customers: int, recordings_mb: int) -> None:
    from sqlalchemy import insert

    from callnest.server.store import schema
    from callnest.server.store.db import open_store

    settings.data_dir.mkdir(mode=0o700)
    store = await open_store(settings.effective_database_url)
    try:
        rng = random.Random(1)
        log = [
            {"at": 1_700_000_000.0 + n, "type": "contact.queued", "contact_id": f"c{n}",
             "queue_id": 1, "agent_id": None, "data": {"priority": rng.randint(0, 9)}}
            for n in range(events)
        ]  # fmt: skip
        for first in range(0, events, BATCH):
            await store.append_events(log[first : first + BATCH])
        rows = [
            {"name": f"Customer {n}", "notes": "x" * rng.randint(0, 400),
             "created_at": 1_700_000_000.0, "updated_at": 1_700_000_000.0}
            for n in range(customers)
        ]  # fmt: skip
        async with store.engine.begin() as connection:  # one transaction, not one a row
            await connection.execute(insert(schema.customers), rows)
    finally:
        await store.close()
    day = settings.recordings_dir / "2026-12-01"
    day.mkdir(parents=True)
    for n in range(recordings_mb * 1_000_000 // RECORDING_BYTES):
        (day / f"call-{n}.ogg").write_bytes(os.urandom(RECORDING_BYTES))


async def _tick(lateness: list[float]) -> None:
    while True:
        due = time.perf_counter() + TICK_S
        await asyncio.sleep(TICK_S)
        lateness.append(max(0.0, time.perf_counter() - due))


def _size(path: Path, suffix: str) -> int:
    other = path.with_name(path.name + suffix)
    return other.stat().st_size if other.exists() else 0


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    return values[min(len(values) - 1, int(share * len(values)))]
