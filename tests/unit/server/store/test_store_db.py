"""Opening the store: URLs, SQLite settings, migrations."""

from __future__ import annotations

import asyncio
from argparse import Namespace
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from callnest.server.store import Store, normalize_url, open_store
from callnest.server.store.db import SQLITE_BUSY_TIMEOUT_MS, alembic_config, migrate
from callnest.server.store.schema import metadata

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///data/callnest.db", "sqlite+aiosqlite:///data/callnest.db"),
        ("sqlite:////abs/path.db", "sqlite+aiosqlite:////abs/path.db"),
        ("sqlite+aiosqlite:///x.db", "sqlite+aiosqlite:///x.db"),
        ("sqlite://", "sqlite+aiosqlite://"),
        ("postgresql://u:p@h:5432/db", "postgresql+asyncpg://u:p@h:5432/db"),
        ("postgres://u:p@h/db", "postgresql+asyncpg://u:p@h/db"),
        ("postgresql+psycopg2://u@h/db", "postgresql+asyncpg://u@h/db"),
        ("postgresql+asyncpg://u@h/db", "postgresql+asyncpg://u@h/db"),
    ],
)
def test_normalize_url(given: str, expected: str) -> None:
    assert normalize_url(given).render_as_string(hide_password=False) == expected


def test_normalize_url_keeps_awkward_passwords() -> None:
    url = normalize_url("postgres://ann:p%40ss%2Fw0rd@db.example/callnest")
    assert url.password == "p@ss/w0rd"
    assert url.drivername == "postgresql+asyncpg"


@pytest.mark.parametrize("given", ["mysql://u@h/db", "oracle://h/db"])
def test_normalize_url_rejects_other_databases(given: str) -> None:
    with pytest.raises(ValueError, match="unsupported database URL"):
        normalize_url(given)


async def test_sqlite_connection_settings(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        # Check more than one pooled connection: the settings are per connection.
        async with store.engine.connect() as a, store.engine.connect() as b:
            for conn in (a, b):
                assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
                assert (await conn.execute(text("PRAGMA foreign_keys"))).scalar() == 1
                busy = (await conn.execute(text("PRAGMA busy_timeout"))).scalar()
                assert busy == SQLITE_BUSY_TIMEOUT_MS
    finally:
        await store.close()


def _revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


async def test_open_twice_migrates_once_and_keeps_data(fresh_url: str) -> None:
    first = await open_store(fresh_url)
    try:
        team = await first.insert_row("teams", {"name": "night shift"})
    finally:
        await first.close()
    second = await open_store(fresh_url)
    try:
        assert await second.get_row("teams", team["id"]) == team
        async with second.engine.connect() as conn:
            assert await conn.run_sync(_revision) == HEAD
    finally:
        await second.close()


async def test_concurrent_opens_of_a_new_database(fresh_url: str) -> None:
    # Several server processes (or tasks) starting at once must not both
    # create the tables.
    stores = await asyncio.gather(*(open_store(fresh_url) for _ in range(3)))
    try:
        assert [await s.count_users() for s in stores] == [0, 0, 0]
    finally:
        for s in stores:
            await s.close()


def _diffs(conn: Connection) -> list[object]:
    context = MigrationContext.configure(conn, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


async def test_migrated_schema_matches_metadata(store: Store) -> None:
    async with store.engine.connect() as conn:
        assert await conn.run_sync(_diffs) == []


def _table_names(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


async def test_downgrade_to_base_and_back(store: Store) -> None:
    expected = set(metadata.tables) | {"alembic_version"}
    async with store.engine.connect() as conn:
        assert await conn.run_sync(_table_names) >= expected
    async with store.engine.begin() as conn:
        await conn.run_sync(lambda c: command.downgrade(alembic_config(c), "base"))
    async with store.engine.connect() as conn:
        assert await conn.run_sync(_table_names) & set(metadata.tables) == set()
    await migrate(store.engine)
    async with store.engine.connect() as conn:
        assert await conn.run_sync(_table_names) >= expected
        assert await conn.run_sync(_diffs) == []


def test_alembic_command_line_environment(tmp_path: Path) -> None:
    # What a developer runs (alembic -x url=... upgrade / check), in-process.
    # Synchronous on purpose: env.py runs its own event loop there.
    config = alembic_config()
    config.cmd_opts = Namespace(x=[f"url=sqlite:///{tmp_path / 'cli.db'}"])
    command.upgrade(config, "head")
    command.check(config)  # raises if autogenerate would find anything to do


async def test_in_memory_sqlite_allows_overlapping_use() -> None:
    # One shared connection underneath: the store must not let tasks interleave on it.
    store = await open_store("sqlite://")
    try:
        names = [f"team {i}" for i in range(20)]
        await asyncio.gather(
            *(store.insert_row("teams", {"name": n}) for n in names),
            *(store.list_rows("teams") for _ in range(5)),
        )
        rows = await store.list_rows("teams", order_by="name")
        assert sorted(r["name"] for r in rows) == sorted(names)
    finally:
        await store.close()
