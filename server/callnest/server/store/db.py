"""Opening the database: URL normalisation, the async engine, SQLite's
per-connection settings, and migrations to the newest schema.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

from callnest.server.store.store import WRITE_OPTION, Store
from callnest.server.store.textmatch import SQLITE_CASEFOLD, sqlite_casefold

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")

# aiosqlite logs every statement with its values at DEBUG, so a server run
# with --log-level debug would write customers' details and trunks' passwords
# to its log. Quiet unless set otherwise, as SQLAlchemy's own loggers are.
_aiosqlite_log = logging.getLogger("aiosqlite")
if _aiosqlite_log.level == logging.NOTSET:
    _aiosqlite_log.setLevel(logging.INFO)

# How long an SQLite writer waits for another process's write lock before
# failing with "database is locked". Writers in this process queue on the
# store's own lock and never wait here.
SQLITE_BUSY_TIMEOUT_MS = 5000

# Taken by every process that migrates a PostgreSQL database, so that several
# server processes starting together do not race to create the same tables.
_PG_MIGRATION_LOCK = 0x63616C6C6E657374  # "callnest"

_ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+pysqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+psycopg2": "postgresql+asyncpg",
    "postgresql+psycopg": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}


def normalize_url(url: str | URL) -> URL:
    """The async-driver form of a database URL.

    ``sqlite:///path`` becomes ``sqlite+aiosqlite:///path``; ``postgresql://``
    and ``postgres://`` become ``postgresql+asyncpg://``. Anything else is a
    ValueError.
    """
    parsed = make_url(url)
    driver = _ASYNC_DRIVERS.get(parsed.drivername)
    if driver is None:
        raise ValueError(
            f"unsupported database URL scheme {parsed.drivername!r}: "
            "use sqlite:///path or postgresql://user:password@host/db"
        )
    return parsed.set(drivername=driver)


def is_sqlite_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def create_engine(url: str | URL, **kwargs: Any) -> AsyncEngine:
    """The async engine for ``url``, with SQLite configured as the store needs it."""
    url = normalize_url(url)
    # A statement's values stay out of its errors' text, and so out of the
    # log when one goes unhandled: they hold customers' details and trunks'
    # passwords.
    kwargs.setdefault("hide_parameters", True)
    if url.get_backend_name() == "postgresql":
        # A PostgreSQL restart (or failover) otherwise leaves dead connections
        # in the pool, and the next request on each of them fails.
        kwargs.setdefault("pool_pre_ping", True)
    engine = create_async_engine(url, **kwargs)
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # The sqlite3 driver's legacy transaction handling starts transactions
        # only before DML (so reads before a write are not in it, and DDL is
        # not transactional); switched off here, BEGIN is emitted in _on_begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL mode is stored in the file; open_store sets it once.
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        finally:
            cursor.close()
        dbapi_connection.create_function(SQLITE_CASEFOLD, 1, sqlite_casefold, deterministic=True)

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A deferred transaction that reads and then writes fails at once with
        # SQLITE_BUSY if another connection wrote in between; IMMEDIATE takes
        # the write lock up front (waiting up to busy_timeout for it).
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


async def use_wal(engine: AsyncEngine) -> None:
    """Put an SQLite database file in WAL mode (readers never wait for the writer).

    The switch needs an exclusive lock, and SQLite answers "database is
    locked" at once, without waiting on busy_timeout, when connections opening
    a new file at the same moment would deadlock on it: retry until the busy
    timeout has passed. A file already in WAL mode takes no lock.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            async with engine.connect() as connection:
                # On the driver's connection: SQLAlchemy's would open a
                # transaction first, and the mode cannot change inside one.
                driver = (await connection.get_raw_connection()).driver_connection
                assert driver is not None
                await driver.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
        await asyncio.sleep(0.01)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code (no ini file needed at run time)."""
    config = Config()
    # Config values go through configparser interpolation.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Upgrade the database to ``revision``, in one transaction."""
    async with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        await connection.run_sync(_upgrade, revision)


@functools.cache
def head_revision() -> str | None:
    """The newest migration shipped with this version of Callnest."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _upgrade(connection: Connection, revision: str) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    # The usual case on open; skips loading env.py and the revision files.
    if revision == "head" and current_revision(connection) == head_revision():
        return
    command.upgrade(alembic_config(connection), revision)


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def open_store(url: str | URL, *, clock: Callable[[], float] = time.time) -> Store:
    """Open (creating or migrating as needed) the database at ``url``.

    ``clock`` supplies ``created_at`` / ``updated_at`` for the generic CRUD
    methods. Close the store with :meth:`Store.close`.
    """
    normalized = normalize_url(url)
    engine = create_engine(normalized)
    try:
        if normalized.get_backend_name() == "sqlite" and not is_sqlite_memory(normalized):
            await use_wal(engine)
        await migrate(engine)
    except BaseException:
        await engine.dispose()
        raise
    return Store(
        engine,
        clock=clock,
        serialize_writes=normalized.get_backend_name() == "sqlite",
        serialize_all=is_sqlite_memory(normalized),
    )
