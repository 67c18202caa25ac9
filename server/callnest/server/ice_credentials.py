"""The STUN/TURN servers as handed to a desktop, a caller's page or one of
the server's own legs: each TURN server with a user name and password of its
own that expire.

A static TURN user and password would be handed to anyone who opens a
queue's public page, and work for ever. With coturn's shared-secret scheme
("TURN REST API": ``use-auth-secret`` and ``static-auth-secret`` in
turnserver.conf), the server and coturn share a secret, and the server mints
``username = "<expiry unix time>:<who>"`` and ``password =
base64(HMAC-SHA1(secret, username))``; coturn checks the signature and
refuses a user name whose time has passed. The secret itself never leaves
the server.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass

from callnest.server.settings import IceServer


@dataclass(frozen=True, slots=True)
class HandedOut:
    """One server in the browser's RTCIceServer shape."""

    urls: tuple[str, ...]
    username: str | None = None
    credential: str | None = None


def turn_credentials(secret: str, who: str, expires_at: float) -> tuple[str, str]:
    """coturn's time-limited user name and password for ``who`` (any text
    without a colon: it shows in coturn's log)."""
    username = f"{int(expires_at)}:{who.replace(':', '-')}"
    signature = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return username, base64.b64encode(signature).decode()


def hand_out(
    servers: tuple[IceServer, ...], who: str, lifetime_s: float, now: float | None = None
) -> tuple[HandedOut, ...]:
    """``servers`` for ``who``: TURN ones with credentials valid ``lifetime_s``."""
    expires_at = (time.time() if now is None else now) + lifetime_s
    out = []
    for server in servers:
        if server.secret is None:
            out.append(HandedOut(server.urls))
        else:
            out.append(HandedOut(server.urls, *turn_credentials(server.secret, who, expires_at)))
    return tuple(out)
