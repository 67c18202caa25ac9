"""``callnest --credentials-file PATH``: a user name and password read from a
JSON file (the server's ``owner-credentials``), so ``make run`` logs the owner
in without the password ever appearing on a command line."""

from __future__ import annotations

import json
from pathlib import Path


class CredentialsFileError(Exception):
    """The file is missing, unreadable or not the expected JSON; the text says which."""


def read_credentials(path: Path) -> tuple[str, str]:
    """``(username, password)`` from ``{"username": ..., "password": ...}``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CredentialsFileError(f"The credentials file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise CredentialsFileError(
            f"The credentials file {path} cannot be read: {reason}."
        ) from exc
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    username = data.get("username") if isinstance(data, dict) else None
    password = data.get("password") if isinstance(data, dict) else None
    if not (isinstance(username, str) and username and isinstance(password, str) and password):
        raise CredentialsFileError(
            f"The credentials file {path} should hold JSON like "
            '{"username": "...", "password": "..."}.'
        )
    return username, password
