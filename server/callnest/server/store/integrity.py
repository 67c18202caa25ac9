"""Turning a database's integrity errors into :class:`Conflict` / :class:`Invalid`
with messages a person can act on ("username 'ann' already exists").

The two databases report violations differently: asyncpg carries the
constraint's name (and the column for NOT NULL); SQLite puts table and
columns in the message text, and says nothing about which foreign key failed,
so that is found out afterwards by looking the referenced ids up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ForeignKeyConstraint, Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.schema import ColumnCollectionConstraint

from callnest.server.store.errors import Conflict, Invalid, StoreError
from callnest.server.store.schema import CHECK_MESSAGES, metadata

Kind = Literal["unique", "foreign_key", "not_null", "check", "other"]

# What one row is called in messages.
NOUNS = {
    "teams": "team",
    "skills": "skill",
    "users": "user",
    "user_skills": "user skill",
    "scripts": "script",
    "queues": "queue",
    "queue_skills": "queue skill",
    "customers": "customer",
    "customer_contacts": "customer contact",
    "dispositions": "disposition",
    "break_reasons": "break reason",
    "interactions": "interaction",
    "sessions": "session",
    "settings": "setting",
    "trunks": "trunk",
    "phone_numbers": "phone number",
    "callbacks": "callback",
    "campaigns": "campaign",
    "campaign_prospects": "person to call",
    "do_not_call": "do-not-call number",
    "mailboxes": "mailbox",
    "email_threads": "e-mail thread",
    "email_messages": "e-mail",
    "email_attachments": "attachment",
}

_PG_SQLSTATES: dict[str, Kind] = {
    "23505": "unique",
    "23503": "foreign_key",
    "23502": "not_null",
    "23514": "check",
}

_SQLITE_MESSAGE = re.compile(
    r"^(?P<what>UNIQUE|NOT NULL|CHECK|FOREIGN KEY) constraint failed(?::\s*(?P<detail>.*))?$"
)
_SQLITE_KINDS: dict[str, Kind] = {
    "UNIQUE": "unique",
    "NOT NULL": "not_null",
    "CHECK": "check",
    "FOREIGN KEY": "foreign_key",
}


def _constraint_columns() -> dict[str, tuple[str, tuple[str, ...]]]:
    index: dict[str, tuple[str, tuple[str, ...]]] = {}
    for table in metadata.tables.values():
        for constraint in table.constraints:
            if isinstance(constraint, ColumnCollectionConstraint) and isinstance(
                constraint.name, str
            ):
                index[constraint.name] = (table.name, tuple(c.name for c in constraint.columns))
    return index


_CONSTRAINTS = _constraint_columns()


@dataclass(frozen=True, slots=True)
class Violation:
    kind: Kind
    table: str | None = None
    columns: tuple[str, ...] = ()
    constraint: str | None = None


def classify(exc: IntegrityError) -> Violation:
    """What kind of rule ``exc`` reports as broken, and on which table and columns."""
    driver = _driver_error(exc)
    sqlstate = getattr(driver, "sqlstate", None)
    if isinstance(sqlstate, str):
        kind = _PG_SQLSTATES.get(sqlstate, "other")
        constraint = getattr(driver, "constraint_name", None)
        table = getattr(driver, "table_name", None)
        if kind == "not_null":
            column = getattr(driver, "column_name", None)
            return Violation(kind, table, (column,) if column else ())
        if constraint in _CONSTRAINTS:
            table, columns = _CONSTRAINTS[constraint]
            return Violation(kind, table, columns, constraint)
        return Violation(kind, table, (), constraint)

    match = _SQLITE_MESSAGE.match(str(exc.orig))
    if match is None:
        return Violation("other")
    kind = _SQLITE_KINDS[match["what"]]
    detail = match["detail"] or ""
    if kind == "check":
        constraint = detail.strip()
        table, columns = _CONSTRAINTS.get(constraint, (None, ()))
        return Violation(kind, table, columns, constraint)
    if kind in ("unique", "not_null") and detail:
        # "users.username" or "customer_contacts.kind, customer_contacts.value"
        qualified = [part.strip().split(".", 1) for part in detail.split(",")]
        return Violation(kind, qualified[0][0], tuple(p[-1] for p in qualified))
    return Violation(kind)


def _driver_error(exc: IntegrityError) -> object:
    # SQLAlchemy 2.1 keeps asyncpg's exception as ``orig.orig``; 2.0 only chains it.
    orig: object = exc.orig
    for candidate in (getattr(orig, "orig", None), getattr(orig, "__cause__", None)):
        if candidate is not None and hasattr(candidate, "constraint_name"):
            return candidate
    return orig


async def describe(
    exc: IntegrityError,
    conn: AsyncConnection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
) -> StoreError:
    """The store error for ``exc``, raised while writing ``rows`` into ``table``.

    ``conn`` must not be the connection whose transaction failed (PostgreSQL
    refuses further statements in it); it is used to find which referenced
    row is missing.
    """
    violation = classify(exc)
    columns = violation.columns
    if violation.kind == "unique":
        if len(columns) == 1 and violation.table in (None, table.name):
            column = columns[0]
            values = [row[column] for row in rows if column in row]
            if len(values) == 1:
                return Conflict(f"{column} {values[0]!r} already exists", field=column)
            return Conflict(f"this {column} already exists", field=column)
        noun = NOUNS.get(violation.table or table.name, "row")
        return Conflict(
            f"a {noun} with this {' and '.join(columns) or 'key'} already exists",
            field=columns[0] if columns else None,
        )
    if violation.kind == "foreign_key":
        only = columns[0] if columns and violation.table == table.name else None
        missing = await missing_reference(conn, table, rows, only)
        if missing is not None:
            column, value = missing
            return Conflict(f"{column} {value!r} does not exist", field=column)
        return Conflict("a referenced row does not exist", field=only)
    if violation.kind == "not_null" and columns:
        return Invalid(f"{columns[0]} is required", field=columns[0])
    if violation.kind == "check" and violation.constraint in CHECK_MESSAGES:
        field, message = CHECK_MESSAGES[violation.constraint]
        return Invalid(message, field=field)
    return Conflict(f"the change breaks a database rule: {exc.orig}")


async def missing_reference(
    conn: AsyncConnection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    only_column: str | None = None,
) -> tuple[str, Any] | None:
    """The first (column, value) in ``rows`` that refers to a row that does not exist."""
    for constraint in table.constraints:
        if not isinstance(constraint, ForeignKeyConstraint) or len(constraint.elements) != 1:
            continue
        element = constraint.elements[0]
        column = element.parent.name
        if only_column is not None and column != only_column:
            continue
        wanted = list(dict.fromkeys(row[column] for row in rows if row.get(column) is not None))
        if not wanted:
            continue
        target = element.column
        found = set((await conn.execute(select(target).where(target.in_(wanted)))).scalars())
        for value in wanted:
            if value not in found:
                return column, value
    return None
