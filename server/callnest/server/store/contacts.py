"""The customer_contacts index: each customer's phones and e-mail addresses,
normalised, one row each, so that finding the customer behind an incoming
call is an indexed lookup on both databases (JSON containment is not
portable). The store keeps it in step with ``customers.phones`` and
``customers.emails`` in the same transaction as every change to them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, insert, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from callnest.server.store.errors import Conflict, Invalid
from callnest.server.store.schema import customer_contacts, customers
from callnest.server.store.textmatch import LIKE_ESCAPE, casefold, contains_pattern


def normalize_phone(phone: str) -> str:
    """Digits only, keeping a leading '+': ``"+1 (555) 010-0199"`` → ``"+15550100199"``.

    Returns '' when there are no digits at all.
    """
    digits = "".join(c for c in phone if c in "0123456789")
    if not digits:
        return ""
    return "+" + digits if phone.strip().startswith("+") else digits


def normalize_email(email: str) -> str:
    return email.strip().lower()


# customers column -> (customer_contacts.kind, normaliser)
_FIELDS: dict[str, tuple[str, Callable[[str], str]]] = {
    "phones": ("phone", normalize_phone),
    "emails": ("email", normalize_email),
}


def contacts_of(values: Mapping[str, Any]) -> dict[str, list[str]]:
    """Normalised phones/emails by kind, for the contact columns present in ``values``."""
    contacts: dict[str, list[str]] = {}
    for column, (kind, normalize) in _FIELDS.items():
        if column not in values:
            continue
        items = values[column]
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise Invalid(f"{column} must be a list of strings", field=column)
        normalized = (normalize(item) for item in items)
        contacts[kind] = list(dict.fromkeys(v for v in normalized if v))
    return contacts


async def check_free(
    conn: AsyncConnection, customer_id: int | None, contacts: Mapping[str, list[str]]
) -> None:
    """Raise Conflict if another customer has one of ``contacts``."""
    # The primary key on (kind, value) would catch this too, but without
    # saying which number or address, or whose it is.
    cc = customer_contacts
    wanted = [and_(cc.c.kind == k, cc.c.value.in_(v)) for k, v in contacts.items() if v]
    if not wanted:
        return
    stmt = select(cc.c.kind, cc.c.value, cc.c.customer_id).where(or_(*wanted))
    if customer_id is not None:
        stmt = stmt.where(cc.c.customer_id != customer_id)
    taken = (await conn.execute(stmt.order_by(cc.c.kind, cc.c.value).limit(1))).first()
    if taken is not None:
        kind, value, owner = taken
        raise Conflict(f"{kind} {value!r} already belongs to customer {owner}", field=f"{kind}s")


async def replace(
    conn: AsyncConnection, customer_id: int, contacts: Mapping[str, list[str]]
) -> None:
    """Make the customer's contacts of each kind in ``contacts`` exactly those given."""
    cc = customer_contacts
    for kind, values in contacts.items():
        await conn.execute(delete(cc).where(cc.c.customer_id == customer_id, cc.c.kind == kind))
        if values:
            await conn.execute(
                insert(cc),
                [{"customer_id": customer_id, "kind": kind, "value": v} for v in values],
            )


# Values per IN (...): well under SQLite's bound-parameter limit.
BATCH = 500


async def owners(
    conn: AsyncConnection, keys: Collection[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """The customer id holding each (kind, normalised value) of ``keys`` that is taken."""
    cc = customer_contacts
    found: dict[tuple[str, str], int] = {}
    for kind in ("phone", "email"):
        values = sorted({v for k, v in keys if k == kind})
        for start in range(0, len(values), BATCH):
            stmt = select(cc.c.value, cc.c.customer_id).where(
                cc.c.kind == kind, cc.c.value.in_(values[start : start + BATCH])
            )
            found |= {(kind, value): owner for value, owner in await conn.execute(stmt)}
    return found


async def replace_many(
    conn: AsyncConnection, contacts: Mapping[int, Mapping[str, list[str]]]
) -> None:
    """:func:`replace` for many customers at once (an import): one delete and
    one insert per batch rather than per customer."""
    cc = customer_contacts
    ids = sorted(contacts)
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        for kind in ("phone", "email"):
            replaced = [i for i in batch if kind in contacts[i]]
            if replaced:
                await conn.execute(
                    delete(cc).where(cc.c.kind == kind, cc.c.customer_id.in_(replaced))
                )
    rows = [
        {"customer_id": customer_id, "kind": kind, "value": value}
        for customer_id, by_kind in contacts.items()
        for kind, values in by_kind.items()
        for value in values
    ]
    # In batches: SQLAlchemy prepares a statement's rows on the event loop,
    # and between batches the loop goes on with the calls.
    for start in range(0, len(rows), BATCH):
        await conn.execute(insert(cc), rows[start : start + BATCH])


def lookup_keys(phone: str | None, email: str | None) -> list[tuple[str, str]]:
    """(kind, normalised value) pairs to look a caller up by, phone first."""
    keys = []
    if phone is not None and (value := normalize_phone(phone)):
        keys.append(("phone", value))
    if email is not None and (value := normalize_email(email)):
        keys.append(("email", value))
    return keys


def search_condition(needle: str) -> ColumnElement[bool]:
    """Customers whose name, notes, a phone or an e-mail contains ``needle``, in any case."""
    cc = customer_contacts
    pattern = casefold(literal(contains_pattern(needle)))
    in_contacts: list[ColumnElement[bool]] = [
        casefold(cc.c.value).like(pattern, escape=LIKE_ESCAPE)
    ]
    # "555-0100" should find "+15550100": compare digits with digits.
    digits = normalize_phone(needle).lstrip("+")
    if digits:
        in_contacts.append(and_(cc.c.kind == "phone", cc.c.value.contains(digits, autoescape=True)))
    return or_(
        casefold(customers.c.name).like(pattern, escape=LIKE_ESCAPE),
        casefold(customers.c.notes).like(pattern, escape=LIKE_ESCAPE),
        customers.c.id.in_(select(cc.c.customer_id).where(or_(*in_contacts))),
    )
