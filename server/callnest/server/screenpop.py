"""The screen pop: the customer card an offer carries, and the queue's script
with the caller's and the customer's details filled in (by
:func:`callnest.protocol.scripts.fill_script`, which the admin window's preview shares).

The admin API stores more than the protocol carries (longer notes and field
values, any text in names), so the card is cut to fit rather than refused: an
agent sees most of a long note instead of an offer that never arrives.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from pydantic import TypeAdapter, ValidationError

from callnest import protocol as p
from callnest.protocol.scripts import SCRIPT_LIMIT, cut, fill_script, plain_text
from callnest.protocol.types import Email, FieldKey, Phone
from callnest.server.store.errors import NotFound
from callnest.server.store.store import Store

__all__ = ["SCRIPT_LIMIT", "customer_card", "fill_script", "history_entry", "queue_script"]

log = logging.getLogger("callnest.screenpop")

HISTORY_LENGTH = 10

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

_PHONE: TypeAdapter[str] = TypeAdapter(Phone)
_EMAIL: TypeAdapter[str] = TypeAdapter(Email)
_FIELD_KEY: TypeAdapter[str] = TypeAdapter(FieldKey)

# The protocol's limits (protocol/base.py and protocol/types.py).
_SHORT, _NOTES, _FIELD_VALUE, _NAME = 200, 4000, 1000, 200
_MAX_CONTACTS, _MAX_FIELDS = 10, 50


def _line(value: Any, limit: int) -> str:
    """One line of at most ``limit`` characters: line breaks become spaces."""
    return cut(_CONTROL.sub(" ", str(value or "")).strip(), limit)


def _valid(adapter: TypeAdapter[str], values: Any) -> tuple[str, ...]:
    if not isinstance(values, list):
        return ()
    kept: list[str] = []
    for value in values:
        try:
            kept.append(adapter.validate_python(value))
        except ValidationError:
            log.info("left %r off a customer card: the protocol cannot carry it", value)
    return tuple(dict.fromkeys(kept))[:_MAX_CONTACTS]


def _fields(values: Any) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key, value in (values if isinstance(values, Mapping) else {}).items():
        try:
            fields[_FIELD_KEY.validate_python(key)] = _line(value, _FIELD_VALUE)
        except ValidationError:
            log.info("left custom field %r off a customer card: its key is too long", key)
        if len(fields) == _MAX_FIELDS:
            break
    return fields


def history_entry(row: Mapping[str, Any]) -> p.HistoryEntry:
    """One of :meth:`Store.customer_history`'s rows as the agent sees it."""
    return p.HistoryEntry(
        interaction_id=row["id"],
        channel=p.Channel(row["channel"]),
        queue=_line(row["queue_name"], _NAME) or "(deleted queue)",
        at=float(row["entered_at"]),
        outcome=_line(row["outcome"], _SHORT) or None,
        disposition=_line(row["disposition_name"], _SHORT) or None,
        notes=plain_text(row["notes"], _NOTES),
    )


async def customer_card(
    store: Store, customer_id: int, identity: p.Identity | None = None
) -> p.CustomerCard | None:
    """The customer's card with their latest closed interactions; None if
    the customer has been deleted. ``identity``: how the contact it is shown
    with was matched; a ``claimed`` match (anyone can type a customer's
    e-mail) gets the name alone, until the agent confirms who is calling."""
    try:
        row = await store.get_row("customers", customer_id)
    except NotFound:
        return None
    if identity == "claimed":
        return p.CustomerCard(id=row["id"], name=_line(row["name"], _SHORT), identity=identity)
    history = await store.customer_history(customer_id, HISTORY_LENGTH)
    return p.CustomerCard(
        id=row["id"],
        name=_line(row["name"], _SHORT),
        phones=_valid(_PHONE, row["phones"]),
        emails=_valid(_EMAIL, row["emails"]),
        notes=plain_text(row["notes"], _NOTES),
        custom_fields=_fields(row["custom_fields"]),
        history=tuple(history_entry(h) for h in history),
        identity=identity,
    )


async def queue_script(
    store: Store,
    queue_id: int,
    card: p.CustomerCard | None,
    caller_name: str | None,
    caller_address: str | None,
    script_id: int | None = None,
) -> str | None:
    """The queue's script (or ``script_id``, a campaign's) filled in for this
    caller and card (None: there is none). A claimed customer is not greeted
    by name, nor their details read out: the caller may not be them."""
    try:
        if script_id is None:
            script_id = (await store.get_row("queues", queue_id))["script_id"]
        if script_id is None:
            return None
        script = await store.get_row("scripts", script_id)
    except NotFound:
        return None
    known = card if card is None or card.identity != "claimed" else None
    return fill_script(script["body"], known, caller_name, caller_address)
