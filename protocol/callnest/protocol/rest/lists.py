"""The short lists an owner keeps: scripts agents read, dispositions chosen at
wrap-up, and the reasons for a break."""

from callnest.protocol.rest.base import LongText, Name, RestModel, Text

__all__ = [
    "BreakReason",
    "BreakReasonFields",
    "Disposition",
    "DispositionFields",
    "Script",
    "ScriptFields",
]


class ScriptFields(RestModel):
    """What the operator reads out, shown as plain text when a contact rings.

    ``{caller.name}`` and ``{caller.address}`` are what the caller gave;
    ``{customer.name}``, ``{customer.phone}``, ``{customer.email}``,
    ``{customer.notes}`` and ``{customer.<custom field>}`` come from the
    customer the call was matched to. Anything unknown stays as written.
    """

    name: Name
    body: LongText = ""


class Script(RestModel):
    id: int
    name: str
    body: str
    created_at: float
    updated_at: float


class DispositionFields(RestModel):
    name: Name
    description: Text = ""
    active: bool = True  # offered at wrap-up; an inactive one is kept for history


class Disposition(RestModel):
    id: int
    name: str
    description: str
    active: bool


class BreakReasonFields(RestModel):
    name: Name
    paid: bool = False
    active: bool = True  # offered to agents; an inactive one is kept for history


class BreakReason(RestModel):
    id: int
    name: str
    paid: bool
    active: bool
