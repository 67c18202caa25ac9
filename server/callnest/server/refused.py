"""What the server raises to turn a request down: a code from the protocol's
catalogue for programs, a message for people. The desktop's WebSocket answers
it with an ``error`` reply and the REST API with an error body, so whoever
refuses need not know which of the two asked."""

from __future__ import annotations

from callnest.protocol import ErrorCode


class Refused(Exception):
    """A request the server will not carry out; ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
