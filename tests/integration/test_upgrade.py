"""Starting this version on a store made by the previous release (issue 23,
item 2): backed up first, then migrated with every row kept; a migration
that fails changes nothing and says what to do; a newer store is refused.

``stores/release-0007.sql`` is the previous release's database (schema
0007) as its own server left it after the demo's set-up, forty simulated
callers and three chats (``sqlite3 .dump``), with its owner's credentials
file beside it."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sqlite3
from pathlib import Path

import aiohttp
import pytest

from callnest.server.backup import generations, verify
from callnest.server.settings import Settings
from callnest.server.store.db import head_revision
from callnest.server.upgrade import open_upgraded
from callnest.sim.ports import free_port
from callnest.sim.server_process import ServerProcess, server_command
from integration.remote import connect

pytestmark = pytest.mark.slow

STORES = Path(__file__).with_name("stores")
PREVIOUS = "0007"


def previous_release(data_dir: Path) -> Path:
    """A data dir as the previous release left it; returns its database."""
    data_dir.mkdir(mode=0o700)
    database = data_dir / "callnest.sqlite3"
    with contextlib.closing(sqlite3.connect(database)) as db:
        db.executescript((STORES / f"release-{PREVIOUS}.sql").read_text())
    shutil.copy(STORES / f"release-{PREVIOUS}-owner-credentials", data_dir / "owner-credentials")
    return database


def rows(database: Path, tables: list[str] | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every row of ``tables`` (default: all), in the columns the previous release had."""
    with contextlib.closing(sqlite3.connect(database)) as db:
        names = tables or [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in names}


def columns_of(database: Path) -> dict[str, list[str]]:
    with contextlib.closing(sqlite3.connect(database)) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: [c[1] for c in db.execute(f"PRAGMA table_info({t})")] for t in tables}


async def test_the_previous_releases_store_is_backed_up_then_upgraded_keeping_every_row(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    database = previous_release(data_dir)
    old_columns = columns_of(database)
    before = rows(database)
    before.pop("alembic_version")

    store = await open_upgraded(Settings(data_dir=data_dir))
    await store.close()

    # Every row, every value the previous release wrote, is there.
    with contextlib.closing(sqlite3.connect(database)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        for table, old_rows in before.items():
            listed = ", ".join(old_columns[table])
            now = sorted(db.execute(f"SELECT {listed} FROM {table}").fetchall(), key=repr)
            assert now == old_rows, table
    # The backup taken first holds the store as it was.
    [backup] = generations(data_dir / "backups")
    verify(backup.path)
    assert backup.manifest["database"]["revision"] == PREVIOUS
    assert (
        backup.manifest["reason"] == f"before upgrading from schema {PREVIOUS} to {head_revision()}"
    )
    assert rows(backup.path / "database.sqlite3", list(before)) == before

    # The server starts on it, and its owner logs in with the same password.
    async with aiohttp.ClientSession() as http, ServerProcess(data_dir, keep_data=True) as server:
        remote = await connect(server, http)
        customers = await remote.owner("GET", "/api/customers?limit=5000")
        assert len(customers) == len(before["customers"]) == 20
        interactions = await remote.owner("GET", "/api/interactions?limit=5000")
        assert {r["id"] for r in interactions} == {r[0] for r in before["interactions"]}


async def start_to_exit(data_dir: Path) -> tuple[int, str]:
    """Starts ``callnest-server`` on ``data_dir``, expecting it to give up."""
    process = await asyncio.create_subprocess_exec(
        *server_command(),
        "--data-dir",
        str(data_dir),
        "--port",
        str(free_port("127.0.0.1")),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        out, _ = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode is not None
    return process.returncode, out.decode()


async def test_a_failed_upgrade_changes_nothing_and_says_what_to_do(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    database = previous_release(data_dir)
    with contextlib.closing(sqlite3.connect(database)) as db:
        # In the way of the next migration: it creates its table, then fails
        # on its index, whose name is taken.
        db.execute("CREATE TABLE left_over (x TEXT)")
        db.execute("CREATE INDEX ix_alarms_name_cleared_at ON left_over (x)")
        db.commit()
    before = rows(database)

    code, output = await start_to_exit(data_dir)

    assert code != 0
    assert f"upgrading the database from schema {PREVIOUS} to {head_revision()} failed" in output
    assert "Nothing was changed" in output
    [backup] = generations(data_dir / "backups")
    assert str(backup.path) in output
    assert rows(database) == before  # and no alarms table: rolled back
    assert "Traceback" not in output


async def test_a_store_of_a_newer_version_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    database = previous_release(data_dir)
    with contextlib.closing(sqlite3.connect(database)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    before = rows(database)

    code, output = await start_to_exit(data_dir)

    assert code != 0
    assert "last used by a newer version of Callnest" in output
    assert rows(database) == before
    assert not (data_dir / "backups").exists()
