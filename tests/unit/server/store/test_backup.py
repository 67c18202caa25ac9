"""Backups and restores (callnest.server.backup) on SQLite and PostgreSQL:
what comes back, hard links between generations, damage found, nothing
overwritten."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from callnest.server.backup import (
    MANIFEST,
    PARTIAL,
    BackupError,
    back_up,
    generations,
    restore,
    verify,
)
from callnest.server.bootstrap import CREDENTIALS_FILE
from callnest.server.settings import Settings
from callnest.server.store import open_store

from .conftest import PG_URL, reset_postgres

RECORDING = "recordings/2026-12-01/call-1.ogg"


async def _server_data(backend: str, data_dir: Path) -> Settings:
    """A data dir as a server leaves it: rows, a setting, a recording, the owner's file."""
    settings = Settings(data_dir=data_dir, database_url=None if backend == "sqlite" else PG_URL)
    data_dir.mkdir()  # noqa: ASYNC240 -- a test's set-up: nothing else waits
    if backend == "postgresql":
        await reset_postgres()
    store = await open_store(settings.effective_database_url)
    try:
        for name in ("Ana Kovač", "Boris Petrov"):
            await store.insert_row("customers", {"name": name})
        await store.set_setting("recording_retention_days", 30)
    finally:
        await store.close()
    (data_dir / RECORDING).parent.mkdir(parents=True)
    (data_dir / RECORDING).write_bytes(b"OggS" + os.urandom(5000))
    (data_dir / CREDENTIALS_FILE).write_text('{"username": "owner", "password": "x"}')
    return settings


@pytest.fixture
async def settings(backend: str, tmp_path: Path) -> Settings:
    return await _server_data(backend, tmp_path / "data")


async def test_a_restore_brings_back_rows_settings_recordings_and_the_owners_file(
    backend: str, settings: Settings, tmp_path: Path
) -> None:
    result = await asyncio.to_thread(back_up, settings, tmp_path / "backups")
    assert result.generation.manifest["counts"] == (
        {"customers": 2, "interactions": 0, "chat_messages": 0, "users": 0, "queues": 0}
        if backend == "sqlite"
        else {}
    )
    if backend == "postgresql":
        await reset_postgres()  # the new machine's empty database

    new_dir = tmp_path / "new"
    restored = restore(tmp_path / "backups", new_dir, settings.database_url)

    assert restored.path == result.generation.path
    assert (new_dir / RECORDING).read_bytes() == (settings.data_dir / RECORDING).read_bytes()
    assert (new_dir / CREDENTIALS_FILE).stat().st_mode & 0o777 == 0o600
    assert new_dir.stat().st_mode & 0o777 == 0o700
    new = Settings(data_dir=new_dir, database_url=settings.database_url)
    store = await open_store(new.effective_database_url)
    try:
        names = {row["name"] for row in await store.list_rows("customers")}
        assert names == {"Ana Kovač", "Boris Petrov"}
        assert await store.get_setting("recording_retention_days") == 30
    finally:
        await store.close()


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_an_unchanged_recording_is_linked_and_old_generations_go(
    settings: Settings, tmp_path: Path
) -> None:
    to = tmp_path / "backups"
    first = back_up(settings, to, keep=2)
    second = back_up(settings, to, keep=2)
    (settings.data_dir / "recordings/2026-12-02").mkdir()
    (settings.data_dir / "recordings/2026-12-02/call-2.ogg").write_bytes(b"OggS new")
    third = back_up(settings, to, keep=2)

    assert (first.copied_files, first.linked_files) == (2, 0)
    assert (second.copied_files, second.linked_files) == (0, 2)
    assert (third.copied_files, third.linked_files) == (1, 2)
    assert third.removed == (first.generation.path.name,)
    assert [g.path for g in generations(to)] == [second.generation.path, third.generation.path]
    # One copy on disk for both generations.
    inodes = {(g.path / RECORDING).stat().st_ino for g in generations(to)}
    assert len(inodes) == 1


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_damage_to_a_backup_is_found_before_restoring(
    settings: Settings, tmp_path: Path
) -> None:
    generation = back_up(settings, tmp_path / "backups").generation
    copy = generation.path / RECORDING
    copy.chmod(0o600)
    damaged = bytearray(copy.read_bytes())
    damaged[100] ^= 0xFF
    copy.write_bytes(bytes(damaged))

    with pytest.raises(BackupError, match="differs from what was backed up"):
        verify(generation.path)
    with pytest.raises(BackupError, match="differs"):
        restore(generation.path, tmp_path / "new")
    assert not (tmp_path / "new" / "callnest.sqlite3").exists()


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_a_damaged_database_copy_is_said_so(settings: Settings, tmp_path: Path) -> None:
    generation = back_up(settings, tmp_path / "backups").generation
    database = generation.path / "database.sqlite3"
    database.chmod(0o600)
    damaged = bytearray(database.read_bytes())
    damaged[2 * 4096 : 3 * 4096] = b"\xff" * 4096  # a page of the tables' b-trees
    database.write_bytes(bytes(damaged))
    # Even with a manifest that agrees (damage before the checksum was taken).
    manifest = json.loads((generation.path / MANIFEST).read_text())
    manifest["database"]["sha256"] = hashlib.sha256(database.read_bytes()).hexdigest()
    (generation.path / MANIFEST).chmod(0o600)
    (generation.path / MANIFEST).write_text(json.dumps(manifest))

    with pytest.raises(BackupError, match="the database copy is damaged"):
        verify(generation.path)


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_a_restore_never_overwrites_a_database(settings: Settings, tmp_path: Path) -> None:
    back_up(settings, tmp_path / "backups")
    before = settings.sqlite_path.read_bytes()

    with pytest.raises(BackupError, match="already holds a database"):
        restore(tmp_path / "backups", settings.data_dir)
    assert settings.sqlite_path.read_bytes() == before


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_a_backup_cut_short_is_never_a_generation(settings: Settings, tmp_path: Path) -> None:
    to = tmp_path / "backups"
    leftover = to / (PARTIAL + "callnest-20260101T000000Z")  # a crash's
    leftover.mkdir(parents=True)
    wrong = Settings(data_dir=tmp_path / "not-a-data-dir")
    with pytest.raises(BackupError, match="no database at"):
        back_up(wrong, to)

    result = back_up(settings, to)

    assert not leftover.exists()
    assert [g.path for g in generations(to)] == [result.generation.path]
    assert not list(to.glob(PARTIAL + "*"))
    with pytest.raises(BackupError, match="no backup in"):
        restore(tmp_path / "empty", tmp_path / "new")


async def test_the_wrong_kind_of_database_is_said_so(
    backend: str, settings: Settings, tmp_path: Path
) -> None:
    back_up(settings, tmp_path / "backups")
    other = None if backend == "postgresql" else "postgresql://nobody@127.0.0.1:1/none"
    with pytest.raises(BackupError, match="this backup holds a"):
        restore(tmp_path / "backups", tmp_path / "new", other)


@pytest.mark.parametrize("backend", ["sqlite"])
async def test_rows_still_in_the_write_ahead_log_are_backed_up(
    settings: Settings, tmp_path: Path
) -> None:
    # A server's connection, open, whose last writes are in the WAL alone.
    with contextlib.closing(sqlite3.connect(settings.sqlite_path)) as server:
        server.execute("PRAGMA wal_autocheckpoint=0")
        server.execute("INSERT INTO customers (name, created_at, updated_at) VALUES ('Cene', 1, 1)")
        server.commit()
        assert settings.sqlite_path.with_name("callnest.sqlite3-wal").stat().st_size > 0

        back_up(settings, tmp_path / "backups")

    restore(tmp_path / "backups", tmp_path / "new")
    with contextlib.closing(sqlite3.connect(tmp_path / "new" / "callnest.sqlite3")) as db:
        names = {row[0] for row in db.execute("SELECT name FROM customers")}
    assert names == {"Ana Kovač", "Boris Petrov", "Cene"}
