"""What the store raises when a request cannot be carried out.

The messages are meant for people (an admin reading an error in the admin
window), so they name the field and the value; ``field`` carries the field's
name for callers that want to point at the input that caused it.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base of the store's own errors."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(StoreError):
    """The row asked for does not exist."""


class Conflict(StoreError):
    """The write would break a uniqueness or reference rule (e.g. a username already taken)."""


class Invalid(StoreError, ValueError):
    """The values themselves are unacceptable (unknown field, missing required field, bad value)."""


class DiskFull(StoreError):
    """The database could not be written: its disk (or, for SQLite, its file's
    limit) is full. Nothing of the write was kept."""
