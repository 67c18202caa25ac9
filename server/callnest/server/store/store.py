"""The :class:`Store`: every read and write the server makes, as async methods.

Rows come back as plain dicts keyed by column name. Writes happen in one
transaction per call. On SQLite, writers in this process take turns on an
asyncio lock instead of contending for SQLite's file lock (whose busy handler
sleeps and retries); reads run alongside them thanks to WAL.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Collection, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Table,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from callnest.protocol.e164 import normalize_e164
from callnest.server.store import contacts, schema
from callnest.server.store.errors import Conflict, DiskFull, Invalid, NotFound, StoreError
from callnest.server.store.integrity import NOUNS, describe

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class AuditNote:
    """Who changed something, written in the same transaction as the change:
    a record and its audit entry are kept together or not at all. The target
    is the changed row's ``<table>:<id>``."""

    at: float
    actor_id: int | None
    action: str
    details: Mapping[str, Any] | None = None
    remote_addr: str | None = None

    def row(self, target: str) -> dict[str, Any]:
        return {
            "at": self.at,
            "actor_id": self.actor_id,
            "action": self.action,
            "target": target,
            "details": dict(self.details or {}),
            "remote_addr": self.remote_addr,
        }


log = logging.getLogger("callnest.store")

# Execution option marking a connection that will write (SQLite begins those
# transactions IMMEDIATE; see db.py).
WRITE_OPTION = "callnest_write"

# The tables the generic CRUD methods accept.
CRUD_TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        schema.teams,
        schema.skills,
        schema.scripts,
        schema.queues,
        schema.customers,
        schema.dispositions,
        schema.break_reasons,
        schema.users,
        schema.phone_numbers,
        schema.campaigns,
    )
}

# What a new interaction must be given (the columns with no default).
_INTERACTION_REQUIRED = frozenset(
    c.name
    for c in schema.interactions.c
    if not c.nullable and c.server_default is None and not c.primary_key
)

_EVENT_FIELDS = frozenset({"at", "type", "contact_id", "queue_id", "agent_id", "data"})
_IN_CHUNK = 500  # ids in one IN (...): well under SQLite's and PostgreSQL's limits


def _guard(lock: asyncio.Lock | None) -> AbstractAsyncContextManager[None]:
    return lock if lock is not None else nullcontext()


def _check_fields(table: Table, values: Mapping[str, Any]) -> Row:
    unknown = sorted(k for k in values if k not in table.c)
    if unknown:
        noun = NOUNS.get(table.name, table.name)
        raise Invalid(f"unknown {noun} field: {', '.join(unknown)}", field=unknown[0])
    return dict(values)


def _check_page(limit: int | None, offset: int) -> None:
    if limit is not None and limit < 0:
        raise Invalid("limit must not be negative", field="limit")
    if offset < 0:
        raise Invalid("offset must not be negative", field="offset")


# The rows phone numbers lead through, which are not deleted while they do:
# each with the column of phone_numbers that refers to it and what to say.
_NUMBERS_USING: dict[str, tuple[ColumnElement[int], str]] = {
    "trunks": (
        schema.phone_numbers.c.trunk_id,
        "phone numbers come in on trunk {id}: {numbers}; move them to another trunk "
        "or delete them first",
    ),
    "queues": (
        schema.phone_numbers.c.queue_id,
        "phone numbers lead to queue {id}: {numbers}; send them to another queue "
        "or delete them first",
    ),
}


async def _refuse_if_numbers_use(conn: AsyncConnection, table_name: str, id: int) -> None:
    """Raise Conflict, naming them, when phone numbers use this trunk or queue:
    deleting it would leave numbers that lead nowhere."""
    if table_name not in _NUMBERS_USING:
        return
    column, message = _NUMBERS_USING[table_name]
    number = schema.phone_numbers.c.number
    used = list((await conn.execute(select(number).where(column == id).order_by(number))).scalars())
    if used:
        shown = ", ".join(used[:5]) + (f" and {len(used) - 5} more" if len(used) > 5 else "")
        raise Conflict(message.format(id=id, numbers=shown))


def _without_password(trunk: Row) -> Row:
    """A trunk as anyone but the SIP edge may see it: whether it has a password, not which."""
    shown = {k: v for k, v in trunk.items() if k != "password"}
    return shown | {"has_password": trunk["password"] is not None}


def _check_levels(levels: Mapping[int, int], field: str) -> None:
    for skill_id, level in levels.items():
        if not 1 <= level <= 10:
            raise Invalid(f"{field} for skill {skill_id} must be between 1 and 10", field=field)


class Store:
    """Async access to the database. Made by :func:`callnest.server.store.open_store`."""

    def __init__(
        self,
        engine: AsyncEngine,
        *,
        clock: Callable[[], float] = time.time,
        serialize_writes: bool = False,
        serialize_all: bool = False,
    ) -> None:
        self._engine = engine
        self._write_engine = engine.execution_options(**{WRITE_OPTION: True})
        self._clock = clock
        self._write_lock = asyncio.Lock() if serialize_writes or serialize_all else None
        # Since when writes fail for a full disk (None: they do not); and the
        # logins made meanwhile, kept here as they could not be written.
        self.full_since: float | None = None
        self._unsaved_sessions: dict[str, Row] = {}
        # An in-memory SQLite database is one shared connection: nothing may
        # overlap on it, reads included.
        self._read_lock = self._write_lock if serialize_all else None

    @property
    def engine(self) -> AsyncEngine:
        """For queries the methods here do not cover (reports); use :mod:`.schema`'s tables."""
        return self._engine

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self._engine.dialect.name

    async def close(self) -> None:
        await self._engine.dispose()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @asynccontextmanager
    async def _read(self) -> AsyncIterator[AsyncConnection]:
        async with _guard(self._read_lock), self._engine.connect() as conn:
            yield conn

    @asynccontextmanager
    async def _write(self) -> AsyncIterator[AsyncConnection]:
        try:
            async with _guard(self._write_lock), self._write_engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            if not _disk_full(exc):
                raise
            if self.full_since is None:
                self.full_since = self._clock()
                log.error("the database cannot be written, its disk is full: %s", exc.orig)
            raise DiskFull("the disk is full: nothing was saved") from exc
        if self.full_since is not None:
            log.warning("the database can be written again")
            self.full_since = None

    async def _translate(
        self, exc: IntegrityError, table: Table, rows: Sequence[Mapping[str, Any]]
    ) -> StoreError:
        async with self._read() as conn:
            return await describe(exc, conn, table, rows)

    def _upsert(self, table: Table, keys: Collection[str]) -> postgresql.Insert | sqlite.Insert:
        """INSERT ... ON CONFLICT (primary key) DO UPDATE SET the given ``keys``."""
        stmt: postgresql.Insert | sqlite.Insert = (
            postgresql.insert(table) if self.dialect == "postgresql" else sqlite.insert(table)
        )
        primary_key = [c.name for c in table.primary_key.columns]
        changed = {k: stmt.excluded[k] for k in keys if k not in primary_key}
        if not changed:
            return stmt.on_conflict_do_nothing(index_elements=primary_key)
        return stmt.on_conflict_do_update(index_elements=primary_key, set_=changed)

    # -- generic CRUD ------------------------------------------------------

    @staticmethod
    def _crud_table(table_name: str) -> Table:
        table = CRUD_TABLES.get(table_name)
        if table is None:
            raise Invalid(f"no such table: {table_name!r}", field="table")
        return table

    async def list_rows(
        self,
        table_name: str,
        *,
        limit: int | None = None,
        offset: int = 0,
        order_by: str = "id",
    ) -> list[Row]:
        """Rows of ``table_name``; ``order_by`` is a column name, '-name' for descending."""
        return await self._list(
            self._crud_table(table_name), limit=limit, offset=offset, order_by=order_by
        )

    async def get_row(self, table_name: str, id: int) -> Row:
        return await self._get(self._crud_table(table_name), id)

    async def insert_row(
        self, table_name: str, values: Mapping[str, Any], audit: AuditNote | None = None
    ) -> Row:
        """Insert and return the whole new row (id and defaults included)."""
        return await self._insert(self._crud_table(table_name), values, audit)

    async def update_row(
        self, table_name: str, id: int, values: Mapping[str, Any], audit: AuditNote | None = None
    ) -> Row:
        """Change the given columns and return the whole row."""
        return await self._update(self._crud_table(table_name), id, values, audit)

    async def delete_row(self, table_name: str, id: int, audit: AuditNote | None = None) -> None:
        """Delete the row; a queue that phone numbers lead to is refused (Conflict)."""
        await self._delete(self._crud_table(table_name), id, audit)

    async def _list(
        self, table: Table, *, limit: int | None = None, offset: int = 0, order_by: str = "id"
    ) -> list[Row]:
        _check_page(limit, offset)
        column_name = order_by.removeprefix("-")
        if column_name not in table.c:
            raise Invalid(f"cannot order {table.name} by {column_name!r}", field="order_by")
        column = table.c[column_name]
        stmt = (
            select(table)
            .order_by(column.desc() if order_by.startswith("-") else column.asc(), table.c.id)
            .limit(limit)
            .offset(offset)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def _get(self, table: Table, id: int) -> Row:
        async with self._read() as conn:
            return await self._get_in(conn, table, id)

    @staticmethod
    async def _get_in(conn: AsyncConnection, table: Table, id: int) -> Row:
        row = (await conn.execute(select(table).where(table.c.id == id))).one_or_none()
        if row is None:
            raise NotFound(f"{NOUNS[table.name]} {id} not found")
        return dict(row._mapping)

    async def _insert(
        self, table: Table, values: Mapping[str, Any], audit: AuditNote | None = None
    ) -> Row:
        row = _check_fields(table, values)
        # An explicit id would not advance PostgreSQL's sequence, and the
        # next insert would then collide with it.
        if row.pop("id", None) is not None:
            raise Invalid("id is assigned by the database", field="id")
        now = self._clock()
        for column in ("created_at", "updated_at"):
            if column in table.c:
                row.setdefault(column, now)
        found_contacts = contacts.contacts_of(row) if table is schema.customers else {}
        try:
            async with self._write() as conn:
                await contacts.check_free(conn, None, found_contacts)
                stmt = insert(table).values(row).returning(*table.c)
                inserted = dict((await conn.execute(stmt)).one()._mapping)
                await contacts.replace(conn, inserted["id"], found_contacts)
                await _audit_in(conn, audit, f"{table.name}:{inserted['id']}")
        except IntegrityError as exc:
            raise await self._translate(exc, table, [row]) from exc
        return inserted

    async def _update(
        self, table: Table, id: int, values: Mapping[str, Any], audit: AuditNote | None = None
    ) -> Row:
        row = _check_fields(table, values)
        if "id" in row and row.pop("id") != id:
            raise Invalid("id cannot be changed", field="id")
        if "updated_at" in table.c:
            row.setdefault("updated_at", self._clock())
        if not row:
            return await self._get(table, id)
        found_contacts = contacts.contacts_of(row) if table is schema.customers else {}
        try:
            async with self._write() as conn:
                await contacts.check_free(conn, id, found_contacts)
                stmt = update(table).where(table.c.id == id).values(row).returning(*table.c)
                updated = (await conn.execute(stmt)).one_or_none()
                if updated is None:
                    raise NotFound(f"{NOUNS[table.name]} {id} not found")
                await contacts.replace(conn, id, found_contacts)
                await _audit_in(conn, audit, f"{table.name}:{id}")
        except IntegrityError as exc:
            raise await self._translate(exc, table, [row]) from exc
        return dict(updated._mapping)

    async def _delete(self, table: Table, id: int, audit: AuditNote | None = None) -> None:
        try:
            async with self._write() as conn:
                await _refuse_if_numbers_use(conn, table.name, id)
                result = await conn.execute(delete(table).where(table.c.id == id))
                if result.rowcount == 0:
                    raise NotFound(f"{NOUNS[table.name]} {id} not found")
                await _audit_in(conn, audit, f"{table.name}:{id}")
        except IntegrityError as exc:
            # A number added between the check and the delete (PostgreSQL).
            raise Conflict(f"{NOUNS[table.name]} {id} is in use; try again") from exc

    async def check_unused(self, table_name: Literal["trunks", "queues"], id: int) -> None:
        """Raise Conflict, naming them, when phone numbers use this trunk or
        queue: for a caller that must know before it starts deleting one (the
        delete itself checks again)."""
        async with self._read() as conn:
            await _refuse_if_numbers_use(conn, table_name, id)

    # -- trunks and phone numbers ------------------------------------------
    #
    # Trunks are not among the generic CRUD tables: what those methods answer
    # reaches clients, and a trunk's password must not. These answer a trunk
    # with ``has_password`` instead; only trunks_for_edge and
    # get_trunk_with_password hand the password out. Phone numbers are a
    # generic CRUD table ("phone_numbers").

    async def list_trunks(self) -> list[Row]:
        """Every trunk, by id, without its password."""
        return [_without_password(t) for t in await self._list(schema.trunks)]

    async def get_trunk(self, id: int) -> Row:
        """The trunk, without its password."""
        return _without_password(await self._get(schema.trunks, id))

    async def create_trunk(self, values: Mapping[str, Any]) -> Row:
        """Insert a trunk (``password`` among the values, or None) and return
        it without its password."""
        return _without_password(await self._insert(schema.trunks, values))

    async def update_trunk(self, id: int, values: Mapping[str, Any]) -> Row:
        """Change the given columns and return the trunk without its password.
        A ``password`` left out of ``values`` is kept; None removes it."""
        return _without_password(await self._update(schema.trunks, id, values))

    async def delete_trunk(self, id: int) -> None:
        """Delete the trunk; refused (Conflict, naming them) while phone numbers use it."""
        await self._delete(schema.trunks, id)

    async def trunks_for_edge(self) -> list[Row]:
        """The enabled trunks, by id, WITH their passwords: for the server's
        SIP edge to register and authenticate with, and nothing else. Never
        hand these rows to a client or put them in a log."""
        trunks = schema.trunks
        stmt = select(trunks).where(trunks.c.enabled).order_by(trunks.c.id)
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def get_trunk_with_password(self, id: int) -> Row:
        """One trunk WITH its password: for checking a change as the whole
        trunk it makes (a change that leaves the password out keeps it).
        Never hand it to a client or put it in a log."""
        return await self._get(schema.trunks, id)

    async def find_phone_number(self, number: str) -> Row | None:
        """The phone number row for a dialled number written any international
        way (``00386 1 234 5678``); None when it is not ours or not a number."""
        try:
            wanted = normalize_e164(number)
        except ValueError:
            return None
        table = schema.phone_numbers
        async with self._read() as conn:
            row = (await conn.execute(select(table).where(table.c.number == wanted))).first()
        return None if row is None else dict(row._mapping)

    # -- users and skills --------------------------------------------------

    async def get_user_by_username(self, username: str) -> Row | None:
        users = schema.users
        async with self._read() as conn:
            row = (await conn.execute(select(users).where(users.c.username == username))).first()
        return None if row is None else dict(row._mapping)

    async def count_users(self, role: str | None = None) -> int:
        users = schema.users
        stmt = select(func.count()).select_from(users)
        if role is not None:
            stmt = stmt.where(users.c.role == role)
        async with self._read() as conn:
            return int((await conn.execute(stmt)).scalar_one())

    async def get_user_skills(self, user_id: int) -> dict[int, int]:
        """skill_id -> level (1..10)."""
        link = schema.user_skills
        return await self._get_levels(link.c.skill_id, link.c.level, link.c.user_id == user_id)

    async def set_user_skills(self, user_id: int, skills: Mapping[int, int]) -> None:
        """Replace all of the user's skills with ``skills`` (skill_id -> level)."""
        _check_levels(skills, "level")
        await self._set_levels(
            schema.users, schema.user_skills, "user_id", "level", user_id, skills
        )

    async def get_queue_skills(self, queue_id: int) -> dict[int, int]:
        """skill_id -> minimum level an agent needs."""
        link = schema.queue_skills
        return await self._get_levels(
            link.c.skill_id, link.c.min_level, link.c.queue_id == queue_id
        )

    async def set_queue_skills(self, queue_id: int, skills: Mapping[int, int]) -> None:
        """Replace all of the queue's required skills with ``skills`` (skill_id -> min_level)."""
        _check_levels(skills, "min_level")
        await self._set_levels(
            schema.queues, schema.queue_skills, "queue_id", "min_level", queue_id, skills
        )

    async def _get_levels(
        self, key: ColumnElement[int], level: ColumnElement[int], where: ColumnElement[bool]
    ) -> dict[int, int]:
        async with self._read() as conn:
            rows = await conn.execute(select(key, level).where(where).order_by(key))
            return {skill_id: value for skill_id, value in rows}

    async def _set_levels(
        self,
        owner: Table,
        link: Table,
        owner_column: str,
        level_column: str,
        owner_id: int,
        levels: Mapping[int, int],
    ) -> None:
        rows = [
            {owner_column: owner_id, "skill_id": skill_id, level_column: level}
            for skill_id, level in levels.items()
        ]
        try:
            async with self._write() as conn:
                found = await conn.scalar(select(owner.c.id).where(owner.c.id == owner_id))
                if found is None:
                    raise NotFound(f"{NOUNS[owner.name]} {owner_id} not found")
                await conn.execute(delete(link).where(link.c[owner_column] == owner_id))
                if rows:
                    await conn.execute(insert(link), rows)
        except IntegrityError as exc:
            raise await self._translate(exc, link, rows) from exc

    # -- customers ---------------------------------------------------------

    async def find_customer(self, phone: str | None = None, email: str | None = None) -> Row | None:
        """The customer with this phone number (tried first) or e-mail address."""
        customers, cc = schema.customers, schema.customer_contacts
        async with self._read() as conn:
            for kind, value in contacts.lookup_keys(phone, email):
                stmt = (
                    select(customers)
                    .join(cc, cc.c.customer_id == customers.c.id)
                    .where(cc.c.kind == kind, cc.c.value == value)
                )
                row = (await conn.execute(stmt)).first()
                if row is not None:
                    return dict(row._mapping)
        return None

    async def search_customers(self, text: str, limit: int = 50) -> list[Row]:
        """Customers whose name, notes, a phone or an e-mail contains ``text``, in any case.

        Ordered by name; an empty ``text`` lists them all (up to ``limit``).
        """
        _check_page(limit, 0)
        customers = schema.customers
        stmt = select(customers).order_by(customers.c.name, customers.c.id).limit(limit)
        if needle := text.strip():
            stmt = stmt.where(contacts.search_condition(needle))
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def customers_by_contacts(
        self, keys: Collection[tuple[str, str]]
    ) -> dict[tuple[str, str], Row]:
        """The customer holding each (kind, normalised value) of ``keys``
        (``("phone", "+15550100")``); keys nobody holds are left out."""
        customers = schema.customers
        async with self._read() as conn:
            owner_of = await contacts.owners(conn, keys)
            ids = sorted(set(owner_of.values()))
            rows: dict[int, Row] = {}
            for start in range(0, len(ids), contacts.BATCH):
                stmt = select(customers).where(
                    customers.c.id.in_(ids[start : start + contacts.BATCH])
                )
                rows |= {r.id: dict(r._mapping) for r in await conn.execute(stmt)}
        return {key: rows[owner] for key, owner in owner_of.items() if owner in rows}

    async def save_customers(
        self, new: Sequence[Mapping[str, Any]], changed: Mapping[int, Mapping[str, Any]]
    ) -> list[int]:
        """Inserts ``new`` customers and updates ``changed`` ones (id -> the
        columns to set), contacts index included, in ONE transaction: all or
        nothing. Returns the new customers' ids, in order."""
        customers = schema.customers
        now = self._clock()
        updates = {
            i: _check_fields(customers, row) | {"updated_at": now} for i, row in changed.items()
        }
        try:
            async with self._write() as conn:
                by_id: dict[int, dict[str, list[str]]] = {}
                for customer_id, row in updates.items():
                    stmt = update(customers).where(customers.c.id == customer_id).values(row)
                    if (await conn.execute(stmt)).rowcount == 0:
                        raise NotFound(f"customer {customer_id} not found")
                    by_id[customer_id] = contacts.contacts_of(row)
                ids: list[int] = []
                adding = insert(customers).returning(customers.c.id, sort_by_parameter_order=True)
                # In batches: checking and preparing rows is CPU work on the
                # event loop, and between batches the loop goes on with the calls.
                for start in range(0, len(new), contacts.BATCH):
                    batch = [
                        _check_fields(customers, row) | {"created_at": now, "updated_at": now}
                        for row in new[start : start + contacts.BATCH]
                    ]
                    batch_ids = list((await conn.execute(adding, batch)).scalars())
                    by_id |= {
                        i: contacts.contacts_of(row)
                        for i, row in zip(batch_ids, batch, strict=True)
                    }
                    ids += batch_ids
                await contacts.replace_many(conn, by_id)
        except IntegrityError as exc:
            raise Conflict(
                "a phone number or e-mail address in these customers belongs to another "
                "customer (changed meanwhile?)"
            ) from exc
        return ids

    # -- a customer's own data: access requests and erasure (GDPR) ---------

    async def customer_data(self, customer_id: int) -> dict[str, Any]:
        """Everything kept about the customer: their card, their interactions
        and the transcripts of their chats (an access request's export)."""
        interactions, chats = schema.interactions, schema.chats
        async with self._read() as conn:
            customer = await self._get_in(conn, schema.customers, customer_id)
            rows = await conn.execute(
                select(interactions)
                .where(interactions.c.customer_id == customer_id)
                .order_by(interactions.c.entered_at)
            )
            found = [dict(r._mapping) for r in rows]
            chat_rows = await conn.execute(select(chats).where(chats.c.customer_id == customer_id))
            transcripts = {}
            for chat in chat_rows:
                messages = await conn.execute(
                    select(schema.chat_messages)
                    .where(schema.chat_messages.c.contact_id == chat.contact_id)
                    .order_by(schema.chat_messages.c.seq)
                )
                transcripts[chat.contact_id] = {
                    "chat": dict(chat._mapping),
                    "messages": [dict(m._mapping) for m in messages],
                }
        return {"customer": customer, "interactions": found, "chats": transcripts}

    async def erase_customer(self, customer_id: int, actor_id: int | None, at: float) -> Row:
        """Erases the customer in one transaction: their card, the personal
        fields of their interactions (name, address, notes, comments, data,
        the recording's link), their chats' messages and details, and the
        details of audit entries about them. What stays is what reports count
        (times, queue, agent, outcome) with nobody's name on it, and an audit
        entry of the erasure. Returns the recordings' paths (their files are
        the caller's to delete once this has committed) and the counts."""
        interactions, chats, messages = schema.interactions, schema.chats, schema.chat_messages
        async with self._write() as conn:
            await self._get_in(conn, schema.customers, customer_id)  # NotFound
            theirs = interactions.c.customer_id == customer_id
            recordings = [
                r.recording
                for r in await conn.execute(
                    select(interactions.c.recording).where(
                        theirs, interactions.c.recording.is_not(None)
                    )
                )
            ]
            erased = await conn.execute(
                update(interactions)
                .where(theirs)
                .values(
                    customer_id=None,
                    customer_identity=None,
                    caller_name=None,
                    caller_address=None,
                    notes="",
                    data={},
                    recording=None,
                    csat_comment=None,
                )
            )
            chat_ids = [
                c.contact_id
                for c in await conn.execute(
                    select(chats.c.contact_id).where(chats.c.customer_id == customer_id)
                )
            ]
            if chat_ids:
                await conn.execute(delete(messages).where(messages.c.contact_id.in_(chat_ids)))
                await conn.execute(
                    update(chats)
                    .where(chats.c.contact_id.in_(chat_ids))
                    .values(
                        customer_name="", email=None, phone=None, address=None, customer_id=None
                    )
                )
            audit = schema.audit_log
            await conn.execute(
                update(audit).where(audit.c.target == f"customers:{customer_id}").values(details={})
            )
            await conn.execute(delete(schema.customers).where(schema.customers.c.id == customer_id))
            counts = {
                "interactions": erased.rowcount,
                "chats": len(chat_ids),
                "recordings": len(recordings),
            }
            await conn.execute(
                insert(audit).values(
                    at=at,
                    actor_id=actor_id,
                    action="customer.erase",
                    target=f"customers:{customer_id}",
                    details=counts,
                )
            )
        return {"recording_files": recordings, **counts}

    async def expire_transcripts(self, ended_before: float) -> int:
        """Deletes the messages of chats that ended before ``ended_before``, and
        their customers' details; returns how many chats lost them."""
        chats, messages = schema.chats, schema.chat_messages
        async with self._write() as conn:
            old = select(chats.c.contact_id).where(
                chats.c.ended_at < ended_before, chats.c.customer_name != ""
            )
            ids = [r.contact_id for r in await conn.execute(old)]
            if ids:
                await conn.execute(delete(messages).where(messages.c.contact_id.in_(ids)))
                await conn.execute(
                    update(chats)
                    .where(chats.c.contact_id.in_(ids))
                    .values(customer_name="", email=None, phone=None, address=None)
                )
        return len(ids)

    async def expire_contact_details(self, closed_before: float) -> int:
        """Clears who called and what was noted on interactions closed before
        ``closed_before`` (what reports count stays); returns how many."""
        table = schema.interactions
        named = (
            table.c.caller_name.is_not(None)
            | table.c.caller_address.is_not(None)
            | (table.c.notes != "")
            | table.c.csat_comment.is_not(None)
        )
        async with self._write() as conn:
            result = await conn.execute(
                update(table)
                .where(table.c.closed_at < closed_before, named)
                .values(caller_name=None, caller_address=None, notes="", data={}, csat_comment=None)
            )
        return result.rowcount

    # -- sessions ----------------------------------------------------------

    async def create_session(self, token_hash: str, user_id: int, now: float, ttl_s: float) -> None:
        row = {
            "token_hash": token_hash,
            "user_id": user_id,
            "created_at": now,
            "expires_at": now + ttl_s,
            "last_seen_at": now,
        }
        try:
            async with self._write() as conn:
                await conn.execute(insert(schema.sessions).values(row))
        except IntegrityError as exc:
            raise await self._translate(exc, schema.sessions, [row]) from exc
        except DiskFull:
            # People must still log in to deal with it (and to take calls):
            # the login lives in memory, until the server stops.
            log.warning("user %d's login is kept in memory: the disk is full", user_id)
            self._unsaved_sessions[token_hash] = row

    async def get_session(self, token_hash: str, now: float) -> Row | None:
        """The live session with its user's username, role, team_id and active; None if expired."""
        sessions, users = schema.sessions, schema.users
        stmt = (
            select(sessions, users.c.username, users.c.role, users.c.team_id, users.c.active)
            .join(users, users.c.id == sessions.c.user_id)
            .where(sessions.c.token_hash == token_hash, sessions.c.expires_at > now)
        )
        async with self._read() as conn:
            row = (await conn.execute(stmt)).first()
            unsaved = self._unsaved_sessions.get(token_hash)
            if row is None and unsaved is not None and unsaved["expires_at"] > now:
                user = (
                    await conn.execute(
                        select(
                            users.c.username, users.c.role, users.c.team_id, users.c.active
                        ).where(users.c.id == unsaved["user_id"])
                    )
                ).first()
                return None if user is None else unsaved | dict(user._mapping)
        return None if row is None else dict(row._mapping)

    async def touch_session(self, token_hash: str, now: float, ttl_s: float) -> bool:
        """Slide a live session's expiry to ``now + ttl_s``; False if it has already expired."""
        sessions = schema.sessions
        stmt = (
            update(sessions)
            .where(sessions.c.token_hash == token_hash, sessions.c.expires_at > now)
            .values(expires_at=now + ttl_s, last_seen_at=now)
        )
        unsaved = self._unsaved_sessions.get(token_hash)
        if unsaved is not None:
            unsaved.update(expires_at=now + ttl_s, last_seen_at=now)
            return True
        try:
            async with self._write() as conn:
                return (await conn.execute(stmt)).rowcount > 0
        except DiskFull:
            return True  # the session stays as it was stored: a full disk ends no login

    async def delete_session(self, token_hash: str) -> None:
        sessions = schema.sessions
        self._unsaved_sessions.pop(token_hash, None)
        async with self._write() as conn:
            await conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash))

    async def delete_user_sessions(self, user_id: int) -> int:
        """Ends every login of one user; returns how many there were."""
        sessions = schema.sessions
        unsaved = [t for t, row in self._unsaved_sessions.items() if row["user_id"] == user_id]
        for token in unsaved:
            del self._unsaved_sessions[token]
        async with self._write() as conn:
            result = await conn.execute(delete(sessions).where(sessions.c.user_id == user_id))
        return result.rowcount + len(unsaved)

    async def delete_expired_sessions(self, now: float) -> int:
        sessions = schema.sessions
        async with self._write() as conn:
            result = await conn.execute(delete(sessions).where(sessions.c.expires_at <= now))
        return result.rowcount

    # -- events ------------------------------------------------------------

    async def append_events(self, events: Sequence[Mapping[str, Any]]) -> None:
        """Append to the event log, all in one transaction.

        Each event has ``at`` and ``type``; ``contact_id``, ``queue_id``,
        ``agent_id`` and ``data`` may be left out.
        """
        rows = []
        for event in events:
            unknown = sorted(set(event) - _EVENT_FIELDS)
            if unknown:
                raise Invalid(f"unknown event field: {', '.join(unknown)}", field=unknown[0])
            if event.get("at") is None or not event.get("type"):
                raise Invalid("an event needs 'at' and 'type'", field="at")
            rows.append(
                {
                    "at": event["at"],
                    "type": event["type"],
                    "contact_id": event.get("contact_id"),
                    "queue_id": event.get("queue_id"),
                    "agent_id": event.get("agent_id"),
                    "data": event.get("data") or {},
                }
            )
        if not rows:
            return
        async with self._write() as conn:
            await conn.execute(insert(schema.events), rows)

    async def events_between(
        self,
        start: float,
        end: float,
        *,
        queue_id: int | None = None,
        agent_id: int | None = None,
        contact_id: str | None = None,
        types: Collection[str] | None = None,
    ) -> list[Row]:
        """Events with ``start <= at < end``, in the order they were appended."""
        events = schema.events
        stmt = select(events).where(events.c.at >= start, events.c.at < end).order_by(events.c.id)
        if queue_id is not None:
            stmt = stmt.where(events.c.queue_id == queue_id)
        if agent_id is not None:
            stmt = stmt.where(events.c.agent_id == agent_id)
        if contact_id is not None:
            stmt = stmt.where(events.c.contact_id == contact_id)
        if types is not None:
            stmt = stmt.where(events.c.type.in_(list(types)))
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def events_of_contacts(
        self, contact_ids: Collection[str], *, types: Collection[str] | None = None
    ) -> list[Row]:
        """Every event of these contacts (of ``types``), in the order they were appended."""
        events = schema.events
        ids = sorted(set(contact_ids))
        found: list[Row] = []
        async with self._read() as conn:
            for start in range(0, len(ids), _IN_CHUNK):
                stmt = select(events).where(events.c.contact_id.in_(ids[start : start + _IN_CHUNK]))
                if types is not None:
                    stmt = stmt.where(events.c.type.in_(list(types)))
                found += [dict(r._mapping) for r in await conn.execute(stmt)]
        return sorted(found, key=lambda row: int(row["id"]))

    async def last_event_id(self) -> int:
        """The id of the newest event; 0 when the log is empty."""
        async with self._read() as conn:
            last = await conn.scalar(select(func.max(schema.events.c.id)))
        return int(last or 0)

    # -- interactions ------------------------------------------------------

    async def upsert_interaction(self, values: Mapping[str, Any]) -> None:
        """Insert the interaction, or update the given columns if its id exists.

        Inserting needs ``id``, ``channel``, ``state`` and ``entered_at``; an
        update may give just ``id`` and the columns that change. A reference
        to a queue, agent, customer or disposition that has been deleted is
        stored as NULL (and logged) rather than refused.
        """
        await self.upsert_interactions([values])

    async def upsert_interactions(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """:meth:`upsert_interaction` for each of ``rows``, in order, in one transaction."""
        table = schema.interactions
        checked = [_check_fields(table, row) for row in rows]
        if any(not row.get("id") for row in checked):
            raise Invalid("an interaction needs its id", field="id")
        try:
            async with self._write() as conn:
                await self._unlink_deleted(conn, table, checked)
                # One executemany per run of rows with the same columns (the
                # statement names them); runs keep the rows' order.
                for keys, run in itertools.groupby(checked, key=lambda r: tuple(sorted(r))):
                    if _INTERACTION_REQUIRED.issubset(keys):
                        await conn.execute(self._upsert(table, keys), list(run))
                    else:
                        # Both databases check NOT NULL before ON CONFLICT, so
                        # a partial row can only be an UPDATE.
                        for row in run:
                            await self._update_interaction(conn, row)
        except IntegrityError as exc:
            raise await self._translate(exc, table, checked) from exc

    @staticmethod
    async def _unlink_deleted(conn: AsyncConnection, table: Table, rows: list[Row]) -> None:
        """Store references to rows deleted meanwhile as NULL.

        The ACD holds a contact's queue, agent and customer ids in memory; if
        an admin deletes one of those while the contact is in flight, the
        next write would break the foreign key and the writer, retrying,
        would hold up every event behind it. NULL is what ON DELETE SET NULL
        would have left had the write come first.
        """
        for foreign_key in table.foreign_keys:
            column, target = foreign_key.parent.name, foreign_key.column
            wanted = {row[column] for row in rows if row.get(column) is not None}
            if not wanted:
                continue
            found = set((await conn.execute(select(target).where(target.in_(wanted)))).scalars())
            gone = wanted - found
            if gone:
                for row in rows:
                    if row.get(column) in gone:
                        log.warning(
                            "interaction %s: %s %s no longer exists; stored as NULL",
                            row["id"],
                            column,
                            row[column],
                        )
                        row[column] = None

    @staticmethod
    async def _update_interaction(conn: AsyncConnection, row: Mapping[str, Any]) -> None:
        table = schema.interactions
        changes = {k: v for k, v in row.items() if k != "id"}
        where = table.c.id == row["id"]
        if changes:
            found = (await conn.execute(update(table).where(where).values(changes))).rowcount
        else:
            found = len((await conn.execute(select(table.c.id).where(where))).all())
        if not found:
            missing = sorted(_INTERACTION_REQUIRED - set(row))
            raise Invalid(
                f"interaction {row['id']!r} is new: {', '.join(missing)} required",
                field=missing[0],
            )

    async def get_interaction(self, id: str) -> Row:
        table = schema.interactions
        async with self._read() as conn:
            row = (await conn.execute(select(table).where(table.c.id == id))).one_or_none()
        if row is None:
            raise NotFound(f"interaction {id} not found")
        return dict(row._mapping)

    async def interaction_channels(self, ids: Collection[str]) -> dict[str, str]:
        """The channel of each of these interactions the store has."""
        table = schema.interactions
        found: dict[str, str] = {}
        wanted = sorted(set(ids))
        async with self._read() as conn:
            for start in range(0, len(wanted), _IN_CHUNK):
                stmt = select(table.c.id, table.c.channel).where(
                    table.c.id.in_(wanted[start : start + _IN_CHUNK])
                )
                found |= {row.id: row.channel for row in await conn.execute(stmt)}
        return found

    async def list_interactions(
        self,
        *,
        start: float | None = None,
        end: float | None = None,
        queue_id: int | None = None,
        agent_id: int | None = None,
        customer_id: int | None = None,
        state: str | None = None,
        outcome: str | None = None,
        agent_team_id: int | None = None,
        limit: int | None = 100,
        offset: int = 0,
        newest_first: bool = False,
    ) -> list[Row]:
        """Interactions that entered in ``[start, end)``, oldest first (or newest
        first: a page of them is then the latest ones); with ``agent_team_id``
        only those an agent of that team handled."""
        _check_page(limit, offset)
        table = schema.interactions
        conditions: list[ColumnElement[bool]] = []
        if agent_team_id is not None:
            users = schema.users
            team = select(users.c.id).where(users.c.team_id == agent_team_id)
            conditions.append(table.c.agent_id.in_(team))
        if start is not None:
            conditions.append(table.c.entered_at >= start)
        if end is not None:
            conditions.append(table.c.entered_at < end)
        for column, value in (
            (table.c.queue_id, queue_id),
            (table.c.agent_id, agent_id),
            (table.c.customer_id, customer_id),
            (table.c.state, state),
            (table.c.outcome, outcome),
        ):
            if value is not None:
                conditions.append(column == value)
        stmt = (
            select(table)
            .where(*conditions)
            .order_by(
                *(
                    (table.c.entered_at.desc(), table.c.id.desc())
                    if newest_first
                    else (table.c.entered_at, table.c.id)
                )
            )
            .limit(limit)
            .offset(offset)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def customer_history(self, customer_id: int, limit: int = 10) -> list[Row]:
        """The customer's closed interactions, newest first, each with its
        ``queue_name`` and ``disposition_name`` (None once those are deleted)."""
        _check_page(limit, 0)
        table, queues, dispositions = schema.interactions, schema.queues, schema.dispositions
        stmt = (
            select(
                table,
                # What people read: the display name, the slug when there is none.
                func.coalesce(func.nullif(queues.c.display_name, ""), queues.c.name).label(
                    "queue_name"
                ),
                dispositions.c.name.label("disposition_name"),
            )
            .select_from(
                table.outerjoin(queues, queues.c.id == table.c.queue_id).outerjoin(
                    dispositions, dispositions.c.id == table.c.disposition_id
                )
            )
            .where(table.c.customer_id == customer_id, table.c.state == "closed")
            .order_by(table.c.entered_at.desc(), table.c.id.desc())
            .limit(limit)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def open_interactions(self) -> list[Row]:
        """Interactions not yet closed (what was in flight when the server stopped)."""
        table = schema.interactions
        stmt = select(table).where(table.c.state != "closed").order_by(table.c.entered_at)
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    # -- audit -------------------------------------------------------------

    async def audit(
        self,
        at: float,
        actor_id: int | None,
        action: str,
        target: str,
        details: Mapping[str, Any] | None = None,
        remote_addr: str | None = None,
    ) -> None:
        note = AuditNote(at, actor_id, action, details, remote_addr)
        async with self._write() as conn:
            await conn.execute(insert(schema.audit_log).values(note.row(target)))

    async def list_audit(self, limit: int = 100, offset: int = 0) -> list[Row]:
        """Audit records, newest first."""
        _check_page(limit, offset)
        table = schema.audit_log
        stmt = select(table).order_by(table.c.id.desc()).limit(limit).offset(offset)
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    # -- settings ----------------------------------------------------------

    async def get_setting(self, key: str, default: Any = None) -> Any:
        table = schema.settings
        async with self._read() as conn:
            row = (await conn.execute(select(table.c.value).where(table.c.key == key))).first()
        return default if row is None else row[0]

    async def set_setting(self, key: str, value: Any) -> None:
        """Store any JSON-serialisable ``value`` under ``key``."""
        async with self._write() as conn:
            await conn.execute(
                self._upsert(schema.settings, ("key", "value")), {"key": key, "value": value}
            )

    # -- alarms --------------------------------------------------------------

    async def alarms(self, *, cleared_limit: int = 20) -> list[Row]:
        """Alarms still raised, newest first, then the ``cleared_limit`` last cleared."""
        table = schema.alarms
        raised = select(table).where(table.c.cleared_at.is_(None)).order_by(table.c.id.desc())
        cleared = (
            select(table)
            .where(table.c.cleared_at.is_not(None))
            .order_by(table.c.cleared_at.desc(), table.c.id.desc())
            .limit(cleared_limit)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for q in (raised, cleared) for r in await conn.execute(q)]

    async def raise_alarm(
        self,
        name: str,
        title: str,
        summary: str,
        fix: str,
        at: float,
        *,
        code: str = "",
        params: Mapping[str, Any] | None = None,
    ) -> Row:
        """``code`` and ``params``: the finding's (rest.Finding), for the app's languages."""
        async with self._write() as conn:
            stmt = (
                insert(schema.alarms)
                .values(
                    name=name,
                    title=title,
                    summary=summary,
                    fix=fix,
                    raised_at=at,
                    code=code,
                    params=dict(params or {}),
                )
                .returning(*schema.alarms.c)
            )
            return dict((await conn.execute(stmt)).one()._mapping)

    async def alarm_changed(self, id: int, **values: float | None) -> None:
        """Sets ``cleared_at`` or ``mailed_at``."""
        async with self._write() as conn:
            table = schema.alarms
            await conn.execute(update(table).where(table.c.id == id).values(**values))

    # -- callbacks -----------------------------------------------------------

    async def insert_callback(self, values: Mapping[str, Any]) -> Row:
        """A new callback (see ``schema.callbacks``), as stored."""
        table = schema.callbacks
        row = {**_check_fields(table, values), "updated_at": self._clock()}
        try:
            async with self._write() as conn:
                stmt = insert(table).values(row).returning(*table.c)
                return dict((await conn.execute(stmt)).one()._mapping)
        except IntegrityError as exc:  # a queue or customer that is not there
            raise await self._translate(exc, table, [row]) from exc

    async def set_callback(
        self, id: str, values: Mapping[str, Any], *, if_status: Collection[str] | None = None
    ) -> Row | None:
        """Changes a callback, only while its status is one of ``if_status``
        (when given); the row as now stored, or None when it did not match
        (gone, or moved on meanwhile)."""
        return await self._set_if(schema.callbacks, id, values, if_status)

    async def _set_if(
        self,
        table: Table,
        id: str | int,
        values: Mapping[str, Any],
        if_status: Collection[str] | None,
    ) -> Row | None:
        """Changes one row (and its updated_at) while its status is one of
        ``if_status``: a compare-and-set, so that two parties moving the same
        row on (a restart, a cancel, a call's end) never both succeed."""
        stmt = update(table).where(table.c.id == id)
        if if_status is not None:
            stmt = stmt.where(table.c.status.in_(tuple(if_status)))
        row = {**_check_fields(table, values), "updated_at": self._clock()}
        async with self._write() as conn:
            found = (await conn.execute(stmt.values(row).returning(*table.c))).one_or_none()
        return None if found is None else dict(found._mapping)

    async def get_callback(self, id: str) -> Row:
        table = schema.callbacks
        async with self._read() as conn:
            found = (await conn.execute(select(table).where(table.c.id == id))).one_or_none()
        if found is None:
            raise NotFound(f"there is no callback {id}")
        return dict(found._mapping)

    async def list_callbacks(
        self,
        *,
        statuses: Collection[str] | None = None,
        queue_id: int | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[Row]:
        """Callbacks, the soonest due first."""
        _check_page(limit, offset)
        table = schema.callbacks
        stmt = select(table).order_by(table.c.due_at, table.c.id).limit(limit).offset(offset)
        if statuses is not None:
            stmt = stmt.where(table.c.status.in_(tuple(statuses)))
        if queue_id is not None:
            stmt = stmt.where(table.c.queue_id == queue_id)
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    # -- campaigns -----------------------------------------------------------

    async def add_prospects(self, campaign_id: int, rows: Sequence[Mapping[str, Any]]) -> int:
        """People for a campaign to call (number, name, customer_id, time_zone),
        due at once; a number the campaign has already is left as it is. How
        many were added."""
        table = schema.campaign_prospects
        now = self._clock()
        values = [
            {
                **_check_fields(table, row),
                "campaign_id": campaign_id,
                "next_attempt_at": now,
                "updated_at": now,
            }
            for row in rows
        ]
        if not values:
            return 0
        added = 0
        async with self._write() as conn:
            for start in range(0, len(values), 500):
                stmt = self._insert_new(table, ("campaign_id", "number")).returning(table.c.id)
                added += len((await conn.execute(stmt, values[start : start + 500])).all())
        return added

    def _insert_new(self, table: Table, keys: Collection[str]) -> postgresql.Insert | sqlite.Insert:
        """INSERT ... ON CONFLICT (``keys``) DO NOTHING."""
        stmt: postgresql.Insert | sqlite.Insert = (
            postgresql.insert(table) if self.dialect == "postgresql" else sqlite.insert(table)
        )
        return stmt.on_conflict_do_nothing(index_elements=list(keys))

    async def due_prospects(self, campaign_id: int, now: float, limit: int) -> list[Row]:
        """A campaign's people waiting for a call, due by ``now``, the longest due first."""
        table = schema.campaign_prospects
        stmt = (
            select(table)
            .where(
                table.c.campaign_id == campaign_id,
                table.c.status == "pending",
                table.c.next_attempt_at <= now,
            )
            .order_by(table.c.next_attempt_at, table.c.id)
            .limit(limit)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def set_prospect(
        self, id: int, values: Mapping[str, Any], *, if_status: Collection[str] | None = None
    ) -> Row | None:
        """Changes a campaign's person to call, only while its status is one of
        ``if_status`` (when given); as now stored, or None when it did not match."""
        return await self._set_if(schema.campaign_prospects, id, values, if_status)

    async def get_prospect(self, id: int) -> Row:
        table = schema.campaign_prospects
        async with self._read() as conn:
            return await self._get_in(conn, table, id)

    async def list_prospects(
        self,
        *,
        campaign_id: int | None = None,
        statuses: Collection[str] | None = None,
        limit: int | None = 200,
        offset: int = 0,
    ) -> list[Row]:
        _check_page(limit, offset)
        table = schema.campaign_prospects
        stmt = select(table).order_by(table.c.id).limit(limit).offset(offset)
        if campaign_id is not None:
            stmt = stmt.where(table.c.campaign_id == campaign_id)
        if statuses is not None:
            stmt = stmt.where(table.c.status.in_(tuple(statuses)))
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def prospect_counts(self, campaign_id: int) -> dict[str, int]:
        """How many of a campaign's people are in each status."""
        table = schema.campaign_prospects
        stmt = (
            select(table.c.status, func.count())
            .where(table.c.campaign_id == campaign_id)
            .group_by(table.c.status)
        )
        async with self._read() as conn:
            return {status: n for status, n in await conn.execute(stmt)}

    async def campaign_interactions(
        self, campaign_id: int, since: float = 0.0, until: float | None = None
    ) -> list[Row]:
        """The interactions of a campaign's calls (their data names it)."""
        table = schema.interactions
        stmt = select(table).where(
            table.c.data["campaign"].as_integer() == campaign_id, table.c.entered_at >= since
        )
        if until is not None:
            stmt = stmt.where(table.c.entered_at < until)
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def do_not_call(self) -> list[Row]:
        table = schema.do_not_call
        async with self._read() as conn:
            stmt = select(table).order_by(table.c.number, table.c.id)
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def add_do_not_call(self, values: Sequence[Mapping[str, Any]]) -> int:
        """Numbers never to be called (number, campaign_id or None, reason,
        added_by); one already listed stays as it was. How many were added."""
        table = schema.do_not_call
        now = self._clock()
        added = 0
        rows = [{**_check_fields(table, row), "added_at": now} for row in values]
        try:
            async with self._write() as conn:
                for row in rows:
                    listed = table.c.number == row["number"]
                    scope = (
                        table.c.campaign_id.is_(None)
                        if row.get("campaign_id") is None
                        else table.c.campaign_id == row["campaign_id"]
                    )
                    if (await conn.execute(select(table.c.id).where(listed, scope))).first():
                        continue
                    await conn.execute(insert(table).values(row))
                    added += 1
        except IntegrityError as exc:  # a campaign or user that is not there
            raise await self._translate(exc, table, rows) from exc
        return added

    async def remove_do_not_call(self, id: int) -> None:
        await self._delete(schema.do_not_call, id)

    # -- chats ---------------------------------------------------------------

    async def insert_chat(self, values: Mapping[str, Any]) -> None:
        """A new chat or offline message (see ``schema.chats``)."""
        async with self._write() as conn:
            await conn.execute(insert(schema.chats).values(_check_fields(schema.chats, values)))

    async def open_chats(self) -> list[Row]:
        """Chats and offline messages not yet ended, oldest first, each with the
        ``last_seq`` of its messages (0 when it has none)."""
        chats, messages = schema.chats, schema.chat_messages
        last = (
            select(func.max(messages.c.seq))
            .where(messages.c.contact_id == chats.c.contact_id)
            .scalar_subquery()
        )
        stmt = (
            select(chats, func.coalesce(last, 0).label("last_seq"))
            .where(chats.c.ended_at.is_(None))
            .order_by(chats.c.started_at)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def get_chat(self, contact_id: str) -> Row:
        table = schema.chats
        async with self._read() as conn:
            stmt = select(table).where(table.c.contact_id == contact_id)
            row = (await conn.execute(stmt)).one_or_none()
        if row is None:
            raise NotFound(f"chat {contact_id} not found")
        return dict(row._mapping)

    async def end_chat(self, contact_id: str, at: float) -> None:
        table = schema.chats
        async with self._write() as conn:
            await conn.execute(
                update(table)
                .where(table.c.contact_id == contact_id, table.c.ended_at.is_(None))
                .values(ended_at=at)
            )

    async def add_chat_message(self, values: Mapping[str, Any]) -> int:
        """Stores one message (``contact_id``, ``seq``, ``sender``, ``text``,
        ``at``, ``sender_name``); returns its id."""
        table = schema.chat_messages
        checked = _check_fields(table, values)
        try:
            async with self._write() as conn:
                result = await conn.execute(insert(table).values(checked).returning(table.c.id))
                return int(result.scalar_one())
        except IntegrityError as exc:
            raise await self._translate(exc, table, [checked]) from exc

    async def chat_message_by_client_id(self, contact_id: str, client_msg_id: str) -> Row | None:
        table = schema.chat_messages
        stmt = select(table).where(
            table.c.contact_id == contact_id, table.c.client_msg_id == client_msg_id
        )
        async with self._read() as conn:
            row = (await conn.execute(stmt)).one_or_none()
        return None if row is None else dict(row._mapping)

    async def chat_messages(self, contact_id: str, after_seq: int = 0) -> list[Row]:
        """The chat's messages numbered after ``after_seq``, in order."""
        table = schema.chat_messages
        stmt = (
            select(table)
            .where(table.c.contact_id == contact_id, table.c.seq > after_seq)
            .order_by(table.c.seq)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def set_feedback(self, contact_id: str, rating: int, comment: str, at: float) -> bool:
        """Stores the customer's rating on the interaction, once: False if it
        already had one (or does not exist)."""
        table = schema.interactions
        async with self._write() as conn:
            result = await conn.execute(
                update(table)
                .where(table.c.id == contact_id, table.c.csat_rating.is_(None))
                .values(csat_rating=rating, csat_comment=comment, csat_at=at)
            )
        return bool(result.rowcount)

    # -- e-mail ---------------------------------------------------------------
    #
    # Mailboxes, like trunks, are not generic CRUD tables: their passwords
    # must not reach clients. Only mailboxes_with_passwords hands them out.

    async def list_mailboxes(self) -> list[Row]:
        return [_without_password(m) for m in await self._list(schema.mailboxes)]

    async def get_mailbox(self, id: int) -> Row:
        return _without_password(await self._get(schema.mailboxes, id))

    async def create_mailbox(self, values: Mapping[str, Any]) -> Row:
        return _without_password(await self._insert(schema.mailboxes, values))

    async def update_mailbox(self, id: int, values: Mapping[str, Any]) -> Row:
        """A ``password`` left out of ``values`` is kept."""
        return _without_password(await self._update(schema.mailboxes, id, values))

    async def delete_mailbox(self, id: int) -> None:
        await self._delete(schema.mailboxes, id)

    async def mailboxes_with_passwords(self, id: int | None = None) -> list[Row]:
        """The enabled mailboxes (or mailbox ``id``, enabled or not) WITH their
        passwords: for fetching and sending mail, and nothing else. Never hand
        these rows to a client or put them in a log."""
        table = schema.mailboxes
        stmt = select(table).order_by(table.c.id)
        stmt = stmt.where(table.c.id == id) if id is not None else stmt.where(table.c.enabled)
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def set_uid_validity(self, mailbox_id: int, uid_validity: int) -> int:
        """The folder's UIDVALIDITY as the server gives it now; returns the
        last UID taken in, which starts again from 0 when it changed (the
        folder was rebuilt: its messages are read again, and the ones known
        by their Message-ID are not taken twice)."""
        table = schema.mailboxes
        async with self._write() as conn:
            row = (
                await conn.execute(
                    select(table.c.uid_validity, table.c.last_uid).where(table.c.id == mailbox_id)
                )
            ).one_or_none()
            if row is None:
                raise NotFound(f"mailbox {mailbox_id} not found")
            if row.uid_validity == uid_validity:
                return int(row.last_uid)
            await conn.execute(
                update(table)
                .where(table.c.id == mailbox_id)
                .values(uid_validity=uid_validity, last_uid=0)
            )
            return 0

    async def set_last_uid(self, mailbox_id: int, uid: int) -> None:
        """A message the server passes over (one it already has) is taken in."""
        table = schema.mailboxes
        async with self._write() as conn:
            await conn.execute(
                update(table)
                .where(table.c.id == mailbox_id, table.c.last_uid < uid)
                .values(last_uid=uid)
            )

    async def email_threads_answered(
        self, mailbox_id: int, message_ids: Collection[str]
    ) -> dict[str, tuple[int, str]]:
        """Of ``message_ids``, those this mailbox knows: each with its thread's
        id and customer address."""
        messages, threads = schema.email_messages, schema.email_threads
        if not message_ids:
            return {}
        stmt = (
            select(messages.c.message_id, threads.c.id, threads.c.customer_address)
            .join(threads, threads.c.id == messages.c.thread_id)
            .where(
                messages.c.mailbox_id == mailbox_id,
                messages.c.message_id.in_(list(message_ids)[:100]),
            )
        )
        async with self._read() as conn:
            return {r[0]: (r[1], r[2]) for r in await conn.execute(stmt)}

    async def get_email_thread(self, id: int) -> Row:
        return await self._get(schema.email_threads, id)

    async def take_in_email(
        self,
        *,
        mailbox_id: int,
        uid: int,
        thread_id: int | None,
        thread: Mapping[str, Any],
        message: Mapping[str, Any],
        attachments: Sequence[Mapping[str, Any]],
        new_contact_id: str | None,
    ) -> tuple[Row, Row] | None:
        """One incoming message, in one transaction with the mailbox's new
        last UID: into thread ``thread_id``, or a new thread of ``thread``'s
        values (its customer found by address, or made). A thread with no
        open contact gets ``new_contact_id``. Returns the thread and the
        message; None when the mailbox has the message already."""
        threads, messages, mailboxes = (
            schema.email_threads,
            schema.email_messages,
            schema.mailboxes,
        )
        now = self._clock()
        async with self._write() as conn:
            await conn.execute(
                update(mailboxes)
                .where(mailboxes.c.id == mailbox_id, mailboxes.c.last_uid < uid)
                .values(last_uid=uid)
            )
            known = (
                await conn.execute(
                    select(messages.c.id).where(
                        messages.c.mailbox_id == mailbox_id,
                        messages.c.message_id == message["message_id"],
                    )
                )
            ).first()
            if known is not None:
                return None
            current = None
            if thread_id is not None:
                current = (
                    await conn.execute(select(threads).where(threads.c.id == thread_id))
                ).first()
            if current is None:
                values = dict(thread) | {"mailbox_id": mailbox_id}
                values["customer_id"] = await self._customer_by_address(
                    conn, values["customer_address"], values.get("customer_name", "")
                )
                values.update(created_at=now, updated_at=now, contact_id=new_contact_id)
                stmt: Any = insert(threads).values(values).returning(*threads.c)
            else:
                changes: dict[str, Any] = {"updated_at": now}
                if current.contact_id is None:
                    changes["contact_id"] = new_contact_id
                stmt = (
                    update(threads)
                    .where(threads.c.id == current.id)
                    .values(changes)
                    .returning(*threads.c)
                )
            saved_thread = dict((await conn.execute(stmt)).one()._mapping)
            values = dict(message) | {
                "mailbox_id": mailbox_id,
                "thread_id": saved_thread["id"],
                "contact_id": saved_thread["contact_id"],
            }
            stmt = insert(messages).values(values).returning(*messages.c)
            saved_message = dict((await conn.execute(stmt)).one()._mapping)
            if attachments:
                await conn.execute(
                    insert(schema.email_attachments),
                    [dict(a) | {"message_id": saved_message["id"]} for a in attachments],
                )
        return saved_thread, saved_message

    async def _customer_by_address(self, conn: AsyncConnection, address: str, name: str) -> int:
        """The customer with this e-mail address; a new one if nobody has it."""
        cc = schema.customer_contacts
        value = contacts.normalize_email(address)
        found = (
            await conn.execute(
                select(cc.c.customer_id).where(cc.c.kind == "email", cc.c.value == value)
            )
        ).first()
        if found is not None:
            return int(found[0])
        now = self._clock()
        customers = schema.customers
        stmt = (
            insert(customers)
            .values(name=name, emails=[value], created_at=now, updated_at=now)
            .returning(customers.c.id)
        )
        customer_id = int((await conn.execute(stmt)).scalar_one())
        await contacts.replace(conn, customer_id, {"email": [value]})
        return customer_id

    async def email_thread_by_contact(self, contact_id: str) -> Row | None:
        threads = schema.email_threads
        async with self._read() as conn:
            row = (
                await conn.execute(select(threads).where(threads.c.contact_id == contact_id))
            ).first()
        return None if row is None else dict(row._mapping)

    async def email_thread_of_contact(self, contact_id: str) -> int | None:
        """The thread a message came in or left during this contact, open or
        closed (None: no message did)."""
        messages = schema.email_messages
        stmt = select(messages.c.thread_id).where(messages.c.contact_id == contact_id).limit(1)
        async with self._read() as conn:
            thread_id = await conn.scalar(stmt)
        return None if thread_id is None else int(thread_id)

    async def open_email_threads(self) -> list[Row]:
        """Threads with an open contact (waiting, or with an agent), oldest first."""
        threads = schema.email_threads
        stmt = (
            select(threads).where(threads.c.contact_id.is_not(None)).order_by(threads.c.updated_at)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def set_email_thread(self, open_contact: str, **values: Any) -> None:
        """Changes the thread whose open contact is ``open_contact``
        (``contact_id=None``: it has none any more)."""
        threads = schema.email_threads
        async with self._write() as conn:
            await conn.execute(
                update(threads)
                .where(threads.c.contact_id == open_contact)
                .values(values | {"updated_at": self._clock()})
            )

    async def email_messages(self, thread_id: int) -> list[Row]:
        """A thread's messages, oldest first, each with its ``attachments``
        (id, filename, content_type, size)."""
        messages, files = schema.email_messages, schema.email_attachments
        async with self._read() as conn:
            rows = [
                dict(r._mapping)
                for r in await conn.execute(
                    select(messages)
                    .where(messages.c.thread_id == thread_id)
                    .order_by(messages.c.at, messages.c.id)
                )
            ]
            ids = [r["id"] for r in rows]
            attached: dict[int, list[Row]] = {i: [] for i in ids}
            if ids:
                stmt = (
                    select(files.c.id, files.c.message_id, files.c.filename)
                    .add_columns(files.c.content_type, files.c.size, files.c.path)
                    .where(files.c.message_id.in_(ids))
                    .order_by(files.c.id)
                )
                for r in await conn.execute(stmt):
                    attached[r.message_id].append(
                        {"id": r.id, "filename": r.filename}
                        | {"content_type": r.content_type, "size": r.size, "kept": bool(r.path)}
                    )
        return [r | {"attachments": attached[r["id"]]} for r in rows]

    async def email_attachment_rows(self, ids: Collection[int]) -> list[Row]:
        """Attachments as rows to attach to another message (the same files)."""
        files = schema.email_attachments
        if not ids:
            return []
        stmt = (
            select(files.c.filename, files.c.content_type, files.c.size, files.c.path)
            .where(files.c.id.in_(list(ids)))
            .order_by(files.c.id)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def email_attachment_files(self, message_id: int) -> list[Row]:
        """The kept files of a message (to send with it): name, type, path."""
        files = schema.email_attachments
        stmt = (
            select(files.c.filename, files.c.content_type, files.c.path)
            .where(files.c.message_id == message_id, files.c.path != "")
            .order_by(files.c.id)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def get_email_attachment(self, id: int) -> Row:
        """An attachment with its message's thread_id (who may read it)."""
        files, messages = schema.email_attachments, schema.email_messages
        stmt = (
            select(files, messages.c.thread_id)
            .join(messages, messages.c.id == files.c.message_id)
            .where(files.c.id == id)
        )
        async with self._read() as conn:
            row = (await conn.execute(stmt)).first()
        if row is None:
            raise NotFound(f"attachment {id} not found")
        return dict(row._mapping)

    async def first_replies(self, contact_ids: Collection[str]) -> dict[str, Row]:
        """Of these contacts (e-mail threads' open ones), those an agent has
        written to the customer during (a reply, not a forward to someone
        else): the first such message's ``at`` and ``sent_by``, by contact."""
        messages, threads = schema.email_messages, schema.email_threads
        ids = sorted(set(contact_ids))
        first: dict[str, Row] = {}
        async with self._read() as conn:
            for start in range(0, len(ids), _IN_CHUNK):
                stmt = (
                    select(messages.c.contact_id, messages.c.at, messages.c.sent_by)
                    .add_columns(messages.c.to_addresses, threads.c.customer_address)
                    .join(threads, threads.c.id == messages.c.thread_id)
                    .where(
                        messages.c.direction == "out",
                        messages.c.contact_id.in_(ids[start : start + _IN_CHUNK]),
                    )
                    .order_by(messages.c.at, messages.c.id)
                )
                for row in await conn.execute(stmt):
                    customer = row.customer_address.lower()
                    if any(str(a).lower() == customer for a in row.to_addresses or ()):
                        first.setdefault(row.contact_id, {"at": row.at, "sent_by": row.sent_by})
        return first

    async def queue_email(
        self, values: Mapping[str, Any], attachments: Sequence[Mapping[str, Any]] = ()
    ) -> Row:
        """A reply (or a forward, with ``attachments``: rows naming files
        already kept), stored before it is sent (status queued). The same
        Message-ID again (a retry of the same message) is the stored one."""
        table = schema.email_messages
        row = _check_fields(table, values) | {"status": "queued", "direction": "out"}
        same = (table.c.mailbox_id == row["mailbox_id"]) & (table.c.message_id == row["message_id"])
        try:
            async with self._write() as conn:
                known = (await conn.execute(select(table).where(same))).first()
                if known is None:
                    stmt = insert(table).values(row).returning(*table.c)
                    known = (await conn.execute(stmt)).one()
                    if attachments:
                        await conn.execute(
                            insert(schema.email_attachments),
                            [dict(a) | {"message_id": known.id} for a in attachments],
                        )
        except IntegrityError:  # the same reply, stored meanwhile by another request
            async with self._read() as conn:
                known = (await conn.execute(select(table).where(same))).one()
        stored = dict(known._mapping)
        if (stored["thread_id"], stored["direction"]) != (row["thread_id"], "out"):
            raise Conflict("this message id belongs to another message", field="client_msg_id")
        return stored

    async def emails_to_send(self, now: float) -> list[Row]:
        """Queued replies whose turn has come, oldest first."""
        table = schema.email_messages
        stmt = (
            select(table)
            .where(
                table.c.status == "queued",
                (table.c.next_attempt_at.is_(None)) | (table.c.next_attempt_at <= now),
            )
            .order_by(table.c.id)
            .limit(100)
        )
        async with self._read() as conn:
            return [dict(r._mapping) for r in await conn.execute(stmt)]

    async def next_email_attempt(self) -> float | None:
        """When the earliest queued reply is due (None: none is queued)."""
        table = schema.email_messages
        stmt = select(func.min(func.coalesce(table.c.next_attempt_at, 0.0))).where(
            table.c.status == "queued"
        )
        async with self._read() as conn:
            value = (await conn.execute(stmt)).scalar()
        return None if value is None else float(value)

    async def set_email_status(self, id: int, **values: Any) -> None:
        table = schema.email_messages
        async with self._write() as conn:
            await conn.execute(update(table).where(table.c.id == id).values(values))


def _disk_full(exc: DBAPIError) -> bool:
    """Whether a write failed for want of space: SQLite's SQLITE_FULL (a full
    disk, or the file's own page limit), PostgreSQL's disk_full (53100)."""
    orig = exc.orig
    if getattr(orig, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return True
    if getattr(orig, "sqlstate", None) == "53100" or getattr(orig, "pgcode", None) == "53100":
        return True
    return "database or disk is full" in str(orig) or "No space left on device" in str(orig)


async def _audit_in(conn: AsyncConnection, note: AuditNote | None, target: str) -> None:
    """``note`` about ``target``, in the transaction of the change it records."""
    if note is not None:
        await conn.execute(insert(schema.audit_log).values(note.row(target)))
