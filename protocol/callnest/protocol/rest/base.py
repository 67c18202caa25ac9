"""What every REST body is built from: the base model and the scalar types
the admin endpoints share.

Unlike the WebSocket's messages, REST bodies are read leniently (``"5"`` is
the integer 5, a JSON object's keys are text even when they are ids), as the
HTTP API always has; they refuse unknown fields all the same, so a typo in a
field's name is an error rather than silently ignored. Requests hold lists
where answers hold tuples: pydantic words a list's limits for people ("List
should have at most 10 items").
"""

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, WithJsonSchema

from callnest.protocol.base import MAX_INT64
from callnest.protocol.e164 import E164_MAX_DIGITS, E164_MIN_DIGITS, normalize_e164

__all__ = [
    "E164",
    "Deactivated",
    "Deleted",
    "Level",
    "LongText",
    "Name",
    "RestModel",
    "RowId",
    "Slug",
    "Text",
]


class RestModel(BaseModel):
    """Base of every REST request and response body: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
"""A name or label, as typed: spaces around it are dropped."""

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]
"""A name that goes in a web address: lower-case letters, digits and dashes."""

Text = Annotated[str, StringConstraints(max_length=2000)]
"""A short free text (a description)."""

LongText = Annotated[str, StringConstraints(max_length=20000)]
"""A long free text (a script, a customer's notes)."""

Level = Annotated[int, Field(ge=1, le=10)]
"""A skill level: 1 (some) to 10 (expert)."""

RowId = Annotated[int, Field(ge=1, le=MAX_INT64)]
"""The id of a row a body refers to (a team, a skill, a script, a trunk): the
store's ids are positive and 64-bit, and a larger number cannot even be
looked up (it was a 500)."""

E164 = Annotated[
    str,
    AfterValidator(normalize_e164),
    # The OpenAPI document gives the form it is kept in, which is always
    # accepted; the looser forms people write are read too.
    WithJsonSchema(
        {
            "type": "string",
            "pattern": rf"^\+[1-9][0-9]{{{E164_MIN_DIGITS - 1},{E164_MAX_DIGITS - 1}}}$",
        }
    ),
]
"""A phone number as people write it internationally (``+386 1 234 5678``,
``00386 1 234 5678``), kept in E.164 (``+38612345678``); see
:mod:`callnest.protocol.e164` for what is read and what is refused."""


class Deleted(RestModel):
    """The answer to a DELETE: the id of the row that is gone."""

    deleted: int


class Deactivated(RestModel):
    """The answer to deleting a user: users are deactivated, never deleted."""

    deactivated: int
