"""E-mail: each queue's mailbox (where its customers write, and where the
replies leave from), and the threads agents answer.

A mailbox's password (often an app password from the provider) is write-only,
as a trunk's: no answer carries it, ``has_password`` says there is one, and
a change that leaves it out keeps it.
"""

from enum import StrEnum
from typing import Annotated

from pydantic import Field, SecretStr, StringConstraints, field_serializer

from callnest.protocol.rest.base import RestModel, RowId
from callnest.protocol.rest.maintenance import Address
from callnest.protocol.rest.phones import Host, TrunkPassword

__all__ = [
    "EmailAttachment",
    "EmailForwardIn",
    "EmailMessage",
    "EmailReplyIn",
    "EmailThread",
    "MailSecurity",
    "Mailbox",
    "MailboxFields",
    "MailboxState",
]

MAX_REPLY_CHARS = 100_000


class MailSecurity(StrEnum):
    TLS = "tls"  # TLS from the start: IMAP 993, SMTP 465
    STARTTLS = "starttls"  # plain, then STARTTLS: IMAP 143, SMTP 587


class MailboxState(StrEnum):
    OK = "ok"  # connected, taking mail in
    CONNECTING = "connecting"  # not connected yet
    FAILING = "failing"  # cannot be read: ``error`` says why
    OFF = "off"  # not enabled


_OneLine = Annotated[str, StringConstraints(max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")]


class MailboxFields(RestModel):
    """A mailbox as an owner creates or changes it."""

    queue_id: RowId
    address: Address  # what customers write to, and the replies' From
    display_name: _OneLine = ""  # the replies' From name ("Example Support")
    imap_host: Host
    imap_port: Annotated[int, Field(ge=1, le=65535)] = 993
    imap_security: MailSecurity = MailSecurity.TLS
    folder: Annotated[str, StringConstraints(min_length=1, max_length=200)] = "INBOX"
    smtp_host: Host
    smtp_port: Annotated[int, Field(ge=1, le=65535)] = 465
    smtp_security: MailSecurity = MailSecurity.TLS
    username: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    password: TrunkPassword
    signature: Annotated[str, StringConstraints(max_length=2000)] = ""
    enabled: bool = True

    @field_serializer("password", when_used="json")
    def _password_in_full(self, value: SecretStr) -> str:
        return value.get_secret_value()


class Mailbox(RestModel):
    """A mailbox as the server answers it: never with its password."""

    id: int
    queue_id: int
    address: str
    display_name: str
    imap_host: str
    imap_port: int
    imap_security: MailSecurity
    folder: str
    smtp_host: str
    smtp_port: int
    smtp_security: MailSecurity
    username: str
    has_password: bool
    signature: str
    enabled: bool
    created_at: float
    updated_at: float
    state: MailboxState = MailboxState.OFF
    error: str = ""  # why it fails, in the mail server's words
    failing_since: float | None = None


class EmailAttachment(RestModel):
    id: int
    filename: str
    content_type: str
    size: int
    kept: bool = True  # False: too large to keep (the customer is to send it another way)


class EmailMessage(RestModel):
    id: int
    direction: str  # in | out
    message_id: str
    from_address: str
    from_name: str
    to_addresses: tuple[str, ...]
    cc_addresses: tuple[str, ...]
    subject: str
    text: str
    html: str | None  # sanitised; remote images still named in it
    at: float
    status: str  # received | queued | sent | failed
    error: str | None = None  # why a reply failed for good, or why it waits
    attempts: int = 0
    attachments: tuple[EmailAttachment, ...] = ()


class EmailThread(RestModel):
    id: int
    contact_id: str | None
    mailbox_address: str
    customer_id: int | None
    customer_address: str
    customer_name: str
    subject: str
    messages: tuple[EmailMessage, ...]


class EmailForwardIn(RestModel):
    """The customer's last message forwarded (attachments included) to
    ``to``, with the agent's ``note`` above it."""

    to: Address
    note: Annotated[str, StringConstraints(max_length=MAX_REPLY_CHARS)] = ""


class EmailReplyIn(RestModel):
    """An agent's reply to the thread's customer; the queue's signature is
    added below it."""

    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_REPLY_CHARS)]
