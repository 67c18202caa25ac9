"""Scripts: the text an operator reads out, with ``{customer.*}`` and
``{caller.*}`` placeholders filled in.

Shared by the server (the script an offer carries) and the desktop (the admin
window's live preview), so the owner previews exactly what the agent will see.
Pure: no I/O, no Qt, no aiohttp.
"""

from __future__ import annotations

import re
from typing import Any

from callnest import protocol as p

# {caller.name}, {customer.plan}, {customer.account number}: a custom field's
# key is any single line without braces.
PLACEHOLDER = re.compile(r"\{(customer|caller)\.([^{}\x00-\x1f\x7f]{1,64})\}")
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ELLIPSIS = "…"

SCRIPT_LIMIT = 20000  # an offer's script

# What every script may use, whatever the site's custom fields are.
STANDARD_PLACEHOLDERS = (
    "{customer.name}",
    "{customer.phone}",
    "{customer.email}",
    "{customer.notes}",
    "{caller.name}",
    "{caller.address}",
)


def cut(value: str, limit: int) -> str:
    """``value``, ending in an ellipsis if it had to be shortened to ``limit``."""
    return value if len(value) <= limit else value[: limit - 1] + _ELLIPSIS


def plain_text(value: Any, limit: int) -> str:
    """Text with control characters (but not line breaks or tabs) made spaces, cut to ``limit``."""
    return cut(_NOT_TEXT.sub(" ", str(value or "")), limit)


def field_placeholder(key: str) -> str:
    """The placeholder of a custom field: ``{customer.plan}``."""
    return "{customer." + key + "}"


def fill_script(
    body: str,
    card: p.CustomerCard | None,
    caller_name: str | None,
    caller_address: str | None,
) -> str:
    """The script with its placeholders replaced by plain text.

    ``{caller.name}`` and ``{caller.address}`` are what the caller gave;
    ``{customer.name}``, ``.phone`` (the first), ``.email`` (the first),
    ``.notes`` and ``.<custom field key>`` come from the card. Without a card,
    ``{customer.name}`` and ``{customer.address}`` fall back to the caller's,
    as before there were cards. Anything unknown stays as written, so that
    the agent sees what is missing. The result is cut to what an offer carries.
    """
    caller = {"name": caller_name or "", "address": caller_address or ""}
    customer = dict(caller)
    if card is not None:
        # A custom field never hides one of the card's own.
        customer |= card.custom_fields
        customer |= {
            "phone": card.phones[0] if card.phones else "",
            "email": card.emails[0] if card.emails else "",
            "notes": card.notes,
        }
        if card.name:
            customer["name"] = card.name
    values = {"caller": caller, "customer": customer}
    filled = PLACEHOLDER.sub(lambda m: values[m.group(1)].get(m.group(2), m.group(0)), body)
    return plain_text(filled, SCRIPT_LIMIT)
