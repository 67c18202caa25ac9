"""Customers: who calls, how to reach them, notes and site-defined fields."""

from typing import Annotated

from pydantic import Field, StringConstraints

from callnest.protocol.rest.base import LongText, Name, RestModel
from callnest.protocol.types import CustomerCard

__all__ = ["Customer", "CustomerErased", "CustomerFields", "CustomersImported", "IdentityConfirmed"]

PhoneText = Annotated[str, StringConstraints(max_length=40)]
EmailText = Annotated[str, StringConstraints(max_length=200)]
FieldText = Annotated[str, StringConstraints(max_length=2000)]


class CustomerFields(RestModel):
    """A customer as an owner creates or changes them. The server reads phones
    and e-mails as people write them and keeps one customer per phone and
    e-mail: a number another customer has is refused, naming the field."""

    name: Name
    phones: Annotated[list[PhoneText], Field(max_length=10)] = Field(default_factory=list)
    emails: Annotated[list[EmailText], Field(max_length=10)] = Field(default_factory=list)
    notes: LongText = ""
    custom_fields: Annotated[dict[str, FieldText], Field(max_length=50)] = Field(
        default_factory=dict
    )


class Customer(RestModel):
    id: int
    name: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    notes: str
    custom_fields: dict[str, str]
    created_at: float
    updated_at: float


class CustomersImported(RestModel):
    """The answer to a CSV import (all or nothing): how many were made, how many changed."""

    created: int
    updated: int


class IdentityConfirmed(RestModel):
    """The agent confirmed who is calling: the whole card, and the queue's
    script filled in with it (the offer's left the customer's details out)."""

    customer: CustomerCard
    script: str | None


class CustomerErased(RestModel):
    """What an erasure took away: how many interactions lost their personal
    fields, chats their transcripts, and recordings their files (any file
    that could not be deleted is named, to delete by hand)."""

    interactions: int
    chats: int
    recordings: int
    recordings_left: list[str]
