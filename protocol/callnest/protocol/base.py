"""Base models and the constrained scalar types every message is built from.

Every scalar is ``Strict``: JSON ``"5"`` is not an int and ``true`` is not a number.
Every string carries a pattern, which also makes pydantic refuse lone surrogates
(they cannot be encoded as UTF-8, so they could never be sent on or stored).
"""

from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field, Strict, StringConstraints

__all__ = [
    "ID_PATTERN",
    "ChatText",
    "Count",
    "DbId",
    "Ident",
    "Message",
    "Name",
    "Notes",
    "ProtocolModel",
    "RequestId",
    "Seconds",
    "ShortText",
    "Timestamp",
]

MAX_INT64: Final = 2**63 - 1

ID_PATTERN: Final = r"^[A-Za-z0-9_.:-]{1,64}$"
"""Request ids and server-issued ids (sessions, contacts, offers, chat messages)."""

# One line of text: no C0 control characters or DEL. NUL in particular must never
# reach the store: PostgreSQL text columns reject it.
LINE_PATTERN: Final = r"^[^\x00-\x1f\x7f]*$"
# Free text: as LINE_PATTERN but tab, newline and carriage return are allowed.
TEXT_PATTERN: Final = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"


def line(min_length: int, max_length: int) -> StringConstraints:
    """Constraints for a single-line string."""
    return StringConstraints(min_length=min_length, max_length=max_length, pattern=LINE_PATTERN)


def text(min_length: int, max_length: int) -> StringConstraints:
    """Constraints for a multi-line string."""
    return StringConstraints(min_length=min_length, max_length=max_length, pattern=TEXT_PATTERN)


Ident = Annotated[str, Strict(), StringConstraints(pattern=ID_PATTERN)]
"""Server-issued opaque id (session, contact, offer, chat message): 1..64 of [A-Za-z0-9_.:-]."""

RequestId = Annotated[str, Strict(), StringConstraints(pattern=ID_PATTERN)]
"""Client-chosen request id, echoed back as ``ref``."""

DbId = Annotated[int, Strict(), Field(ge=1, le=MAX_INT64)]
"""Database row id (user, team, queue, reason, disposition, customer)."""

Count = Annotated[int, Strict(), Field(ge=0, le=MAX_INT64)]
"""A non-negative counter."""

Seconds = Annotated[float, Strict(), Field(ge=0, allow_inf_nan=False)]
"""A non-negative duration in seconds."""

Timestamp = Annotated[float, Strict(), Field(ge=0, allow_inf_nan=False)]
"""Seconds since the Unix epoch (server clock)."""

Name = Annotated[str, Strict(), line(1, 200)]
"""A non-empty name or label."""

ShortText = Annotated[str, Strict(), line(0, 200)]
"""A short single-line text that may be empty."""

Notes = Annotated[str, Strict(), text(0, 4000)]
"""Free multi-line text such as wrap-up or customer notes."""

ChatText = Annotated[str, Strict(), text(1, 4000)]
"""The text of one chat message."""


class ProtocolModel(BaseModel):
    """Base of every model on the wire: frozen, no unknown fields, no NaN/Infinity."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=False,
        allow_inf_nan=False,
    )


class Message(ProtocolModel):
    """Base of every message: a ``type`` tag and an optional request ``id``.

    Subclasses declare ``type: Literal["dotted.name"] = "dotted.name"``. The protocol
    version ``"v"`` is an envelope field added by ``encode`` and checked by ``parse_*``;
    it is not stored on the message.
    """

    type: str
    id: RequestId | None = None
