"""First start: the owner account, and the defaults a new business expects."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from callnest.server.auth import Role, hash_password_async, new_password
from callnest.server.store.store import Store

log = logging.getLogger("callnest.bootstrap")

CREDENTIALS_FILE = "owner-credentials"


async def ensure_owner(store: Store, data_dir: Path, username: str = "owner") -> str | None:
    """Creates the owner (``username``: chosen at first start, so an attacker
    does not know it in advance) if there is none; returns the new password
    and writes it, with the username, to a file only its user can read."""
    if await store.count_users(role=str(Role.OWNER)) > 0:
        return None
    password = new_password()
    await store.insert_row(
        "users",
        {
            "username": username,
            "display_name": "Owner",
            "role": str(Role.OWNER),
            "password_hash": await hash_password_async(password),
        },
    )
    for name in ("Resolved", "Follow-up needed", "Wrong number"):
        await store.insert_row("dispositions", {"name": name, "description": "", "active": True})
    for name, paid in (("Lunch", False), ("Coffee", True), ("Training", True)):
        await store.insert_row("break_reasons", {"name": name, "paid": paid, "active": True})
    path = data_dir / CREDENTIALS_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump({"username": username, "password": password}, out)
    os.chmod(path, 0o600)  # also when the file existed with looser rights
    return password
