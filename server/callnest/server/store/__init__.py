"""Persistence: SQLite (embedded default) or PostgreSQL through SQLAlchemy Core.

Open with :func:`open_store`; the tables are in :mod:`.schema`; migrations
(Alembic) run to the newest revision on open.
"""

from callnest.server.store.contacts import normalize_email, normalize_phone
from callnest.server.store.db import normalize_url, open_store
from callnest.server.store.errors import Conflict, Invalid, NotFound, StoreError
from callnest.server.store.store import CRUD_TABLES, Row, Store

__all__ = [
    "CRUD_TABLES",
    "Conflict",
    "Invalid",
    "NotFound",
    "Row",
    "Store",
    "StoreError",
    "normalize_email",
    "normalize_phone",
    "normalize_url",
    "open_store",
]
