"""``callnest --credentials-file PATH``: a user name and password read from a
JSON file (the server's ``owner-credentials``), so ``make run`` logs the owner
in without the password ever appearing on a command line."""

from __future__ import annotations

import json
from pathlib import Path

from callnest.desktop.i18n import translate

EXAMPLE = '{"username": "...", "password": "..."}'


class CredentialsFileError(Exception):
    """The file is missing, unreadable or not the expected JSON; the text says which."""


def read_credentials(path: Path) -> tuple[str, str]:
    """``(username, password)`` from ``{"username": ..., "password": ...}``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CredentialsFileError(
            translate("credentials_file", "The credentials file {path} does not exist.").format(
                path=path
            )
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise CredentialsFileError(
            translate(
                "credentials_file",
                "The credentials file {path} cannot be read: {reason}.",
                "{reason}: the system's technical words",
            ).format(path=path, reason=reason)
        ) from exc
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    username = data.get("username") if isinstance(data, dict) else None
    password = data.get("password") if isinstance(data, dict) else None
    if not (isinstance(username, str) and username and isinstance(password, str) and password):
        raise CredentialsFileError(
            translate(
                "credentials_file",
                "The credentials file {path} should hold JSON like {example}.",
                "{example}: a JSON object, never translated",
            ).format(path=path, example=EXAMPLE)
        )
    return username, password
