"""The database: SQLite's quick integrity check (every page and index
entry read, not cross-checked: seconds for a year's data), or PostgreSQL
answering at this version's schema."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import text

from callnest.protocol import rest
from callnest.server.backup import sqlite_problem
from callnest.server.doctor.report import FAILED, OK, finding, size
from callnest.server.store.store import Store

CHECK, TITLE = "database", "Database"
FIX = (
    "Stop the server, restore the newest backup into a new data dir (callnest-server "
    "restore --from FOLDER --data-dir NEW) and start it there; keep the damaged one for support."
)


async def check_database(store: Store | None, sqlite_path: Path | None) -> rest.Finding:
    """``sqlite_path`` for SQLite (checked on a connection of its own);
    otherwise ``store``'s PostgreSQL."""
    if sqlite_path is not None:
        if not await asyncio.to_thread(sqlite_path.exists):
            return finding(
                CHECK,
                TITLE,
                FAILED,
                f"The database is damaged: there is no database at {sqlite_path}.",
                FIX,
                code="database.missing",
                params={"path": str(sqlite_path)},
            )
        problem = await asyncio.to_thread(sqlite_problem, sqlite_path, quick=True)
        if problem:
            return finding(
                CHECK,
                TITLE,
                FAILED,
                f"The database is damaged: {problem}.",
                FIX,
                code="database.damaged",
                params={"problem": problem},
            )
        files = (sqlite_path, sqlite_path.with_name(sqlite_path.name + "-wal"))
        used = sum(await asyncio.to_thread(_sizes, files))
        return finding(
            CHECK,
            TITLE,
            OK,
            f"SQLite, {size(used)}: sound (quick check).",
            code="database.sqlite_sound",
            params={"size_bytes": used},
        )
    assert store is not None
    try:
        async with store.engine.connect() as connection:
            revision = (
                await connection.execute(text("SELECT version_num FROM alembic_version"))
            ).scalar()
    except Exception as exc:
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"PostgreSQL does not answer: {exc}.",
            FIX,
            code="database.postgres_down",
            params={"error": str(exc)},
        )
    return finding(
        CHECK,
        TITLE,
        OK,
        f"PostgreSQL answers, at schema {revision}.",
        code="database.postgres_sound",
        params={"revision": None if revision is None else str(revision)},
    )


def _sizes(paths: tuple[Path, ...]) -> list[int]:
    return [path.stat().st_size for path in paths if path.exists()]
