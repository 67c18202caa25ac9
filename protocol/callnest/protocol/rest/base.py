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

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

__all__ = ["Deactivated", "Deleted", "Level", "LongText", "Name", "RestModel", "Slug", "Text"]


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


class Deleted(RestModel):
    """The answer to a DELETE: the id of the row that is gone."""

    deleted: int


class Deactivated(RestModel):
    """The answer to deleting a user: users are deactivated, never deleted."""

    deactivated: int
