"""Errors raised while reading or writing frames."""

from enum import StrEnum
from typing import TypedDict

__all__ = ["ErrorCode", "FieldProblem", "ProtocolError"]


class ErrorCode(StrEnum):
    """Why a frame was refused; sent back as ``error.code``."""

    TOO_LARGE = "too_large"
    MALFORMED_JSON = "malformed_json"
    UNSUPPORTED_VERSION = "unsupported_version"
    UNKNOWN_TYPE = "unknown_type"
    INVALID_MESSAGE = "invalid_message"


class FieldProblem(TypedDict):
    """One field that failed validation: a dotted path and what is wrong with it."""

    field: str
    problem: str


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
