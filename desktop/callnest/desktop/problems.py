"""What the server refused, in the user's language.

The server sends a code from the protocol's catalogue (``ErrorCode``) with
parameters (``details``); its English ``message`` is for logs and programs,
never shown. ``describe`` words a refusal from its code.
"""

from __future__ import annotations

from typing import Any

from callnest import protocol as p


def describe(error: BaseException | p.ErrorReply | None) -> str:
    """A refusal (``RestError``, ``ErrorReply``, ...) or any other failure, to show."""
    if error is None:
        return ""
    code: Any = getattr(error, "code", None)
    message = getattr(error, "message", None)
    # Filled in per code (work in progress): until then, the server's text.
    del code
    return str(message or error)
