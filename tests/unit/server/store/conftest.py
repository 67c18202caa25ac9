"""Fixtures for the store tests: every test runs on SQLite, and on PostgreSQL
too when CALLNEST_TEST_DATABASE_URL names one (``scripts/start-test-postgres``
starts a local one and prints its URL).

Each test gets a clean, fully migrated database. Migrating from nothing takes
a few tenths of a second, so it is done once per session and backend: SQLite
tests get a copy of a migrated file; on PostgreSQL the ``public`` schema is
dropped once, and each test opens it (migrating to the newest schema if
needed) and deletes every row. Tests about migrations themselves use
``fresh_url``, which drops the whole ``public`` schema first.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from callnest.server.store import Store, normalize_url, open_store
from callnest.server.store.schema import metadata

PG_URL = os.environ.get("CALLNEST_TEST_DATABASE_URL", "")

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgresql",
        id="postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(
                not PG_URL,
                reason="CALLNEST_TEST_DATABASE_URL is not set "
                "(scripts/start-test-postgres starts PostgreSQL and prints one)",
            ),
        ],
    ),
]


@dataclass
class FakeClock:
    now: float = 1_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# One round trip; DELETE is cheaper than TRUNCATE on tables this small.
_DELETE_EVERYTHING = (
    "DO $$BEGIN "
    + " ".join(f"DELETE FROM {table.name};" for table in reversed(metadata.sorted_tables))
    + " END$$"
)


class _Prepared:
    """What this session has already set up."""

    sqlite_template: Path | None = None
    # A database left by an earlier session may hold a schema from an older
    # checkout under the same revision number: start from nothing once.
    postgres_reset = False


async def reset_postgres() -> None:
    """Drop everything in the test database: the next open migrates from scratch."""
    engine = create_async_engine(normalize_url(PG_URL), poolclass=NullPool)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()
    _Prepared.postgres_reset = True


async def _clean_sqlite(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    if _Prepared.sqlite_template is None:
        template = tmp_path_factory.mktemp("store-template") / "callnest.db"
        await (await open_store(f"sqlite:///{template}")).close()
        _Prepared.sqlite_template = template
    path = tmp_path / "callnest.db"
    # A cleanly closed WAL database has everything in the main file.
    shutil.copyfile(_Prepared.sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def fresh_url(backend: str, tmp_path: Path) -> str:
    """The URL of an empty database (nothing migrated yet)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'fresh.db'}"
    await reset_postgres()
    return PG_URL


@pytest.fixture
async def store_url(backend: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The URL for the ``store`` fixture (on PostgreSQL, maybe with rows left by another test)."""
    if backend == "sqlite":
        return await _clean_sqlite(tmp_path, tmp_path_factory)
    if not _Prepared.postgres_reset:
        await reset_postgres()
    return PG_URL


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def store(backend: str, store_url: str, clock: FakeClock) -> AsyncIterator[Store]:
    opened = await open_store(store_url, clock=clock)
    try:
        if backend == "postgresql":
            # Opening migrated it to the newest schema; now empty it.
            async with opened.engine.begin() as conn:
                await conn.exec_driver_sql(_DELETE_EVERYTHING)
        yield opened
    finally:
        await opened.close()
