"""Alembic environment for the store.

The server runs migrations itself on open (``db.migrate``), handing over its
connection in ``config.attributes["connection"]``. For developers, the
``alembic`` command works too, with the ini file next to this package:

    alembic -c server/callnest/server/store/alembic.ini -x url=sqlite:///data/callnest.db current
    alembic -c server/callnest/server/store/alembic.ini -x url=... revision --autogenerate \\
        --rev-id 0002 -m "what changed"
"""

from __future__ import annotations

import asyncio
import os
from logging.config import fileConfig
from typing import Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection

from callnest.server.store.db import create_engine, normalize_url
from callnest.server.store.schema import Seconds, metadata

config = context.config


def _render_item(kind: str, obj: object, autogen_context: AutogenContext) -> str | Literal[False]:
    # Migrations spell out plain SQLAlchemy types, not the store's decorators.
    if kind == "type" and isinstance(obj, Seconds):
        return "sa.Double()"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_item=_render_item,
        # SQLite can only alter tables by copying them; batch mode makes
        # autogenerate write migrations that do that.
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _url() -> str:
    url = (
        context.get_x_argument(as_dictionary=True).get("url")
        or os.environ.get("CALLNEST_DATABASE_URL")
        or config.get_main_option("sqlalchemy.url")
    )
    if not url:
        raise SystemExit("give the database: -x url=... or CALLNEST_DATABASE_URL")
    return url


async def _run_online() -> None:
    engine = create_engine(_url())
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run)
            await connection.commit()
    finally:
        await engine.dispose()


given = config.attributes.get("connection")
if given is not None:
    # Run by the server, whose logging is its own business.
    _run(given)
else:
    if config.config_file_name is not None:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    if context.is_offline_mode():
        context.configure(
            url=normalize_url(_url()),
            target_metadata=metadata,
            literal_binds=True,
            render_as_batch=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    else:
        asyncio.run(_run_online())
