"""Opening the store at start, upgrading it when this version is newer.

A newer Callnest migrates the database to its schema (Alembic, in one
transaction: a migration that fails leaves the data exactly as the previous
version left it). Before it does, it takes a backup, so that even a
migration that succeeds but turns out wrong can be undone by going back to
the previous version and restoring. A database left by a newer version than
this one is refused: this version would not know its tables.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy.exc import SQLAlchemyError

from callnest.server.backup import BackupError, back_up
from callnest.server.settings import Settings
from callnest.server.store.db import (
    alembic_config,
    create_engine,
    current_revision,
    head_revision,
    open_store,
)
from callnest.server.store.store import Store

log = logging.getLogger("callnest.upgrade")

BACKUP_FOLDER = "backups"  # under the data dir, unless the owner chose another


class UpgradeError(Exception):
    """The store could not be opened at this version's schema; the message
    says what happened and what to do, in words."""


async def open_upgraded(settings: Settings, backup_folder: Path | None = None) -> Store:
    """The server's store at this version's schema, backed up into
    ``backup_folder`` (default: the data dir's ``backups``) first if it
    must be upgraded."""
    url = settings.effective_database_url
    found = await _stored_revision(url)
    head = head_revision()
    if found is not None and found != head:
        if not _known(found):
            raise UpgradeError(
                f"this database was last used by a newer version of Callnest (its schema is "
                f"{found}; this version knows up to {head}). Run that newer version, or "
                "restore a backup made by this one into a new data dir."
            )
        folder = backup_folder or settings.data_dir / BACKUP_FOLDER
        try:
            result = await asyncio.to_thread(
                back_up, settings, folder, reason=f"before upgrading from schema {found} to {head}"
            )
        except (BackupError, OSError) as exc:
            raise UpgradeError(
                f"the database needs an upgrade (schema {found} to {head}), and the backup "
                f"taken first failed: {exc}. Nothing was changed. Free some space or fix the "
                f"backup folder ({folder}), then start again."
            ) from exc
        log.info(
            "upgrading the database from schema %s to %s; backed up first: %s",
            found,
            head,
            result.generation.path,
        )
        try:
            return await open_store(url)
        except (SQLAlchemyError, CommandError, OSError) as exc:
            cause = getattr(exc, "orig", None) or exc  # the database's words, not the SQL
            raise UpgradeError(
                f"upgrading the database from schema {found} to {head} failed: {cause}. "
                "Nothing was changed: the upgrade runs as one transaction, and the data is "
                f"as the previous version left it. A backup taken just before is in "
                f"{result.generation.path}. Start the previous version of Callnest again, "
                "and send this message to whoever supports your installation."
            ) from exc
    return await open_store(url)


async def _stored_revision(url: str) -> str | None:
    """The schema the database is at; None for a new (empty) database."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(current_revision)
    finally:
        await engine.dispose()


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False
