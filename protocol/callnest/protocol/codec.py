"""Frames <-> messages: :func:`parse_client`, :func:`parse_server`, :func:`encode`.

A frame is one flat JSON object: ``{"v": 1, "type": "...", "id": "...", <fields>}``.
Parsing checks, in order, the size (before decoding anything), UTF-8, JSON, that it
is an object, the version, the type, and finally the message's own fields; each
failure is a :class:`ProtocolError` with its own :class:`ErrorCode`.
"""

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, TypeVar, get_args

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails, from_json

from callnest.protocol.base import ID_PATTERN, LINE_PATTERN, TEXT_PATTERN, Message
from callnest.protocol.client import ClientMessage
from callnest.protocol.errors import ErrorCode, FieldProblem, ProtocolError
from callnest.protocol.server import ErrorReply, ServerMessage
from callnest.protocol.types import ErrorDetail
from callnest.protocol.version import (
    MAX_FRAME_BYTES,
    MAX_SERVER_FRAME_BYTES,
    PROTOCOL_VERSION,
    SUPPORTED_VERSIONS,
)

__all__ = [
    "CLIENT_MESSAGE_TYPES",
    "SERVER_MESSAGE_TYPES",
    "encode",
    "error_reply",
    "parse_client",
    "parse_server",
]

_M = TypeVar("_M", bound=Message)

MAX_DETAILS: Final = 20
"""At most this many field problems are reported for one invalid frame."""

_ID_RE: Final = re.compile(ID_PATTERN)
_UNPRINTABLE_RE: Final = re.compile(r"[\x00-\x1f\x7f]")

# pydantic's "String should match pattern '^[^\x00-...'" helps nobody; say what is meant.
_PATTERN_PROBLEMS: Final[Mapping[str, str]] = {
    ID_PATTERN: "should be 1 to 64 characters of A-Z, a-z, 0-9, '_', '.', ':' or '-'",
    LINE_PATTERN: "should be one line of text without control characters",
    TEXT_PATTERN: "should be text without control characters other than tab and line breaks",
}


def _members(union: object) -> Mapping[str, type[Message]]:
    """Map each ``type`` tag of an ``Annotated[A | B | ..., discriminator]`` to its class."""
    members: dict[str, type[Message]] = {}
    for cls in get_args(get_args(union)[0]):
        tag = cls.model_fields["type"].default
        if not isinstance(tag, str) or tag in members:
            raise TypeError(f"{cls.__name__} needs a unique default for its 'type' literal")
        members[tag] = cls
    return MappingProxyType(members)


CLIENT_MESSAGE_TYPES: Final = _members(ClientMessage)
"""``type`` tag -> class, for every desktop -> server message."""

SERVER_MESSAGE_TYPES: Final = _members(ServerMessage)
"""``type`` tag -> class, for every server -> desktop message."""

_CLIENT_ADAPTER: Final[TypeAdapter[ClientMessage]] = TypeAdapter(ClientMessage)
_SERVER_ADAPTER: Final[TypeAdapter[ServerMessage]] = TypeAdapter(ServerMessage)
_CLIENT_CLASSES: Final = frozenset(CLIENT_MESSAGE_TYPES.values())


def parse_client(raw: str | bytes, *, max_bytes: int = MAX_FRAME_BYTES) -> ClientMessage:
    """Read one desktop -> server frame; raise :class:`ProtocolError` if it is not valid."""
    body, tag, ref = _envelope(raw, max_bytes, CLIENT_MESSAGE_TYPES, "desktop-to-server")
    try:
        return _CLIENT_ADAPTER.validate_python(body)
    except ValidationError as exc:
        raise _invalid(tag, exc, ref) from None


def parse_server(raw: str | bytes, *, max_bytes: int = MAX_SERVER_FRAME_BYTES) -> ServerMessage:
    """Read one server -> desktop frame; raise :class:`ProtocolError` if it is not valid."""
    body, tag, ref = _envelope(raw, max_bytes, SERVER_MESSAGE_TYPES, "server-to-desktop")
    try:
        return _SERVER_ADAPTER.validate_python(body)
    except ValidationError as exc:
        raise _invalid(tag, exc, ref) from None


def encode(msg: Message) -> str:
    """Write one message as a compact JSON frame carrying the protocol version.

    Raises :class:`ProtocolError` (``too_large``) if the frame would exceed what the
    receiving side accepts, so the sender finds out instead of the receiver.
    """
    body = msg.model_dump_json(exclude={"id"} if msg.id is None else None)
    # Every message dumps to a non-empty object ("type" at least), so the version
    # can be spliced in front without a second serialisation pass.
    frame = f'{{"v":{PROTOCOL_VERSION},{body[1:]}'
    limit = MAX_FRAME_BYTES if type(msg) in _CLIENT_CLASSES else MAX_SERVER_FRAME_BYTES
    if len(frame) > limit or len(frame.encode("utf-8")) > limit:
        raise ProtocolError(
            ErrorCode.TOO_LARGE,
            f"{msg.type}: encoded frame exceeds the limit of {limit} bytes",
            ref=msg.id,
        )
    return frame


def error_reply(exc: ProtocolError) -> ErrorReply:
    """The ``error`` message that answers a frame which failed with ``exc``."""
    details = None
    if exc.details is not None:
        details = tuple(
            ErrorDetail(field=_clean(d["field"], 500), problem=_clean(d["problem"], 1000) or "?")
            for d in exc.details[:MAX_DETAILS]
        )
    ref = exc.ref if exc.ref is not None and _ID_RE.fullmatch(exc.ref) else None
    return ErrorReply(
        ref=ref,
        code=exc.code,
        message=_clean(exc.message, 1000) or exc.code.value,
        details=details,
    )


def _envelope(
    raw: str | bytes, max_bytes: int, types: Mapping[str, type[Message]], direction: str
) -> tuple[dict[str, Any], str, str | None]:
    """Check everything but the message's own fields; return (body without "v", type, ref)."""
    text = _decode(raw, max_bytes)
    try:
        data = from_json(text, allow_inf_nan=False)
    except ValueError as exc:
        raise ProtocolError(ErrorCode.MALFORMED_JSON, f"frame is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ProtocolError(
            ErrorCode.MALFORMED_JSON,
            f"frame must be a JSON object, not {_json_kind(data)}",
        )

    # Read the request id first so every later error can still be matched to its request.
    # An id that is not well-formed cannot be echoed; the field check below reports it.
    raw_id = data.get("id")
    ref = raw_id if isinstance(raw_id, str) and _ID_RE.fullmatch(raw_id) else None

    supported = ", ".join(str(v) for v in sorted(SUPPORTED_VERSIONS))
    if "v" not in data:
        raise ProtocolError(
            ErrorCode.UNSUPPORTED_VERSION,
            f"frame has no protocol version 'v'; supported versions: {supported}",
            ref=ref,
        )
    version = data.pop("v")
    # type() rather than isinstance(): JSON true is a Python bool, and True == 1.
    if type(version) is not int or version not in SUPPORTED_VERSIONS:
        raise ProtocolError(
            ErrorCode.UNSUPPORTED_VERSION,
            f"protocol version {_shorten(version)} is not supported; "
            f"supported versions: {supported}",
            ref=ref,
        )

    if "type" not in data:
        raise ProtocolError(ErrorCode.UNKNOWN_TYPE, "frame has no message 'type'", ref=ref)
    tag = data["type"]
    if not isinstance(tag, str):
        raise ProtocolError(
            ErrorCode.UNKNOWN_TYPE,
            f"message 'type' must be a string, not {_json_kind(tag)}",
            ref=ref,
        )
    if tag not in types:
        raise ProtocolError(
            ErrorCode.UNKNOWN_TYPE,
            f"unknown {direction} message type {_shorten(tag)}",
            ref=ref,
        )
    return data, tag, ref


def _decode(raw: str | bytes, max_bytes: int) -> str:
    """Enforce the size limit before any decoding, then make sure the text is UTF-8."""
    if isinstance(raw, str):
        # A character is at least one UTF-8 byte: a long string is refused without encoding it.
        if len(raw) > max_bytes:
            raise _too_large(f"more than {max_bytes}", max_bytes)
        try:
            size = len(raw.encode("utf-8"))
        except UnicodeEncodeError:
            raise ProtocolError(
                ErrorCode.MALFORMED_JSON, "frame is not valid UTF-8 (lone surrogate)"
            ) from None
        if size > max_bytes:
            raise _too_large(str(size), max_bytes)
        return raw
    if isinstance(raw, bytes | bytearray):
        if len(raw) > max_bytes:
            raise _too_large(str(len(raw)), max_bytes)
        try:
            return bytes(raw).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ProtocolError(
                ErrorCode.MALFORMED_JSON, f"frame is not valid UTF-8 (byte {exc.start})"
            ) from None
    raise TypeError(f"a frame is str or bytes, not {type(raw).__name__}")


def _too_large(size: str, limit: int) -> ProtocolError:
    return ProtocolError(ErrorCode.TOO_LARGE, f"frame is {size} bytes; the limit is {limit}")


def _invalid(tag: str, exc: ValidationError, ref: str | None) -> ProtocolError:
    """Turn pydantic's errors into one readable line plus per-field details."""
    problems: list[FieldProblem] = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = err["loc"]
        # Discriminated unions put the tag first; it is already in the message line.
        if loc and loc[0] == tag:
            loc = loc[1:]
        # Cross-field validators raise on the model and name the field they blame.
        blamed = (err.get("ctx") or {}).get("field")
        if isinstance(blamed, str):
            loc = (*loc, blamed)
        problems.append(
            {
                "field": _clean(".".join(str(part) for part in loc), 200),
                "problem": _clean(_problem(err), 500),
            }
        )
    first = problems[0]
    where = f"field '{first['field']}': " if first["field"] else ""
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return ProtocolError(
        ErrorCode.INVALID_MESSAGE,
        f"{tag}: {where}{first['problem']}{more}",
        ref=ref,
        details=problems[:MAX_DETAILS],
    )


def _problem(err: ErrorDetails) -> str:
    if err["type"] == "string_pattern_mismatch":
        pattern = (err.get("ctx") or {}).get("pattern")
        if isinstance(pattern, str) and pattern in _PATTERN_PROBLEMS:
            return _PATTERN_PROBLEMS[pattern]
    return err["msg"]


def _clean(text: str, limit: int) -> str:
    """Make text that may come from the network safe to log and to send back on one line."""
    # Lone surrogates cannot be encoded (nor sent); replace them like control characters.
    text = _UNPRINTABLE_RE.sub("?", text.encode("utf-8", "replace").decode("utf-8"))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shorten(value: object) -> str:
    return _clean(repr(value), 80)


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
