"""The body of every refused REST request: ``{"error": {"code", "message", "details"}}``."""

from typing import Any

from callnest.protocol.errors import ErrorCode
from callnest.protocol.rest.base import RestModel

__all__ = ["ErrorBody", "ErrorResponse"]


class ErrorBody(RestModel):
    """Why a request was refused. ``details`` depends on the code: for
    ``invalid_request`` (and a conflict that names its field) the fields and
    their problems, ``[{"field", "problem"}]``; for ``invalid_csv`` the file's
    lines, ``[{"line", "problem"}]``; for a 429 the seconds to wait."""

    code: ErrorCode
    message: str
    details: Any = None


class ErrorResponse(RestModel):
    error: ErrorBody
