"""The error catalogue: every ``code`` the server sends, on the desktop's
WebSocket (``error`` replies), on the customers' chat socket and in REST error
bodies (``{"error": {"code", "message", "details"}}``), plus the errors raised
while reading or writing frames.

The codes are one enum so the server cannot send one the clients have never
heard of: every place that refuses something takes an :class:`ErrorCode`, and
mypy rejects a bare string there. The values are the wire's: never rename one.
"""

from enum import StrEnum
from typing import TypedDict

__all__ = ["ErrorCode", "FieldProblem", "ProtocolError", "field_problems"]


class ErrorCode(StrEnum):
    """Why the server refused something; sent as ``error.code``, stable for programs
    (the message beside it is for people)."""

    # A frame that cannot be read (the codec; also a REST body that is not JSON).
    TOO_LARGE = "too_large"
    MALFORMED_JSON = "malformed_json"
    UNSUPPORTED_VERSION = "unsupported_version"
    UNKNOWN_TYPE = "unknown_type"
    INVALID_MESSAGE = "invalid_message"
    INVALID_FRAME = "invalid_frame"  # a customer's chat page sent a frame that does not validate

    # Who is asking.
    UNAUTHENTICATED = "unauthenticated"
    BAD_CREDENTIALS = "bad_credentials"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    FORBIDDEN = "forbidden"

    # A REST request that cannot be carried out as sent.
    INVALID_REQUEST = "invalid_request"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    INVALID_CSV = "invalid_csv"
    HTTP_ERROR = "http_error"  # any other HTTP refusal (aiohttp's own)

    # Routing: what the ACD refuses.
    QUEUE_BUSY = "queue_busy"
    AGENT_BUSY = "agent_busy"
    AGENT_UNAVAILABLE = "agent_unavailable"
    DUPLICATE_CONTACT = "duplicate_contact"
    OFFER_GONE = "offer_gone"
    NOT_CONNECTED = "not_connected"
    NOT_IN_WRAP_UP = "not_in_wrap_up"
    NOT_IN_CALL = "not_in_call"
    NOT_AN_AGENT = "not_an_agent"
    BAD_TRANSFER = "bad_transfer"
    UNKNOWN_QUEUE = "unknown_queue"
    UNKNOWN_AGENT = "unknown_agent"
    UNKNOWN_CONTACT = "unknown_contact"

    # A desktop's request that is not a routing question.
    NOT_SUPPORTED = "not_supported"
    UNKNOWN_REASON = "unknown_reason"
    STORAGE_FULL = "storage_full"  # 507: the server's disk is full, nothing was saved
    NOT_A_CALL = "not_a_call"
    NOT_A_CHAT = "not_a_chat"
    INVALID_SDP = "invalid_sdp"
    NO_LINK = "no_link"
    MONITORED = "monitored"
    UNEXPECTED = "unexpected"

    # Callers and customers (the public pages).
    CLOSED = "closed"
    INVALID_CHOICE = "invalid_choice"
    TOO_MANY_CALLS = "too_many_calls"
    TOO_MANY_CONTACTS = "too_many_contacts"
    TOO_MANY_CHATS = "too_many_chats"
    CHAT_OFFLINE = "chat_offline"
    CHAT_ENDED = "chat_ended"
    TOO_FAST = "too_fast"
    NOT_OVER = "not_over"
    ALREADY_RATED = "already_rated"

    # The desktop's own reply to a request the server never answered (one it
    # could not send at all is NOT_CONNECTED).
    TIMEOUT = "timeout"


class FieldProblem(TypedDict):
    """One field that failed validation: a dotted path and what is wrong with it."""

    field: str
    problem: str


def field_problems(details: object) -> tuple[FieldProblem, ...]:
    """The fields a refusal's ``details`` name, when that is what they are
    (a CSV file's refusal names its lines instead); none otherwise."""
    if not isinstance(details, list):
        return ()
    problems = []
    for detail in details:
        field = detail.get("field") if isinstance(detail, dict) else None
        problem = detail.get("problem") if isinstance(detail, dict) else None
        if not (isinstance(field, str) and isinstance(problem, str)):
            return ()
        problems.append(FieldProblem(field=field, problem=problem))
    return tuple(problems)


class ProtocolError(Exception):
    """A frame could not be turned into a message (or a message into a frame).

    ``ref`` is the frame's request ``id`` whenever it could be read, so the server
    can still answer the request that failed.
    """

    code: ErrorCode
    message: str
    ref: str | None
    details: list[FieldProblem] | None

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        ref: str | None = None,
        details: list[FieldProblem] | None = None,
    ) -> None:
        super().__init__(code, message, ref, details)
        self.code = code
        self.message = message
        self.ref = ref
        self.details = details

    def __str__(self) -> str:
        return f"{self.code.value}: {self.message}"

    def __repr__(self) -> str:
        return (
            f"ProtocolError(code={self.code.value!r}, message={self.message!r}, "
            f"ref={self.ref!r}, details={self.details!r})"
        )
