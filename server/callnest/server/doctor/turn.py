"""The TURN relay home operators behind strict NATs depend on: it answers,
and accepts the credentials this server mints (a secret that differs from
coturn's static-auth-secret fails every relayed call, silently)."""

from __future__ import annotations

import asyncio
import ssl
import time

from aioice.stun import TransactionFailed
from aioice.turn import create_turn_endpoint

from callnest.protocol import rest
from callnest.server.doctor.report import FAILED, OK, SKIPPED, finding
from callnest.server.ice_credentials import turn_credentials
from callnest.server.settings import IceServer

CHECK, TITLE = "turn", "TURN relay"
TIMEOUT_S = 5.0
CREDENTIALS_S = 300.0


async def check_turn(servers: tuple[IceServer, ...], timeout_s: float = TIMEOUT_S) -> rest.Finding:
    urls = [
        (url, s.secret) for s in servers for url in s.urls if url.startswith(("turn:", "turns:"))
    ]
    if not urls:
        return finding(
            CHECK,
            TITLE,
            SKIPPED,
            "No TURN server is set up: operators and callers on networks that allow only a "
            "relay cannot connect (most connect without one).",
            "If some cannot connect, set one up: README, 'TURN'.",
            code="turn.none",
        )
    relayed = []
    for url, secret in urls:
        problem = await _allocation_problem(url, secret, timeout_s)
        if problem:
            said, fix, code, params = problem
            return finding(
                CHECK,
                TITLE,
                FAILED,
                f"{url}: {said}",
                fix,
                code=code,
                params={"url": url, **params},
            )
        relayed.append(url)
    return finding(
        CHECK,
        TITLE,
        OK,
        f"{', '.join(relayed)}: relays with this server's credentials.",
        code="turn.relays",
        params={"urls": ", ".join(relayed)},
    )


async def _allocation_problem(
    url: str, secret: str | None, timeout_s: float
) -> tuple[str, str, str, dict[str, str | int | float | None]] | None:
    """What is wrong with relaying through ``url``: in English, what to do,
    and the finding's code with the values it names; None: nothing."""
    scheme, _, rest_of = url.partition(":")
    address, _, query = rest_of.partition("?")
    host, _, port_text = address.rpartition(":")
    if not host:
        host, port_text = address, "5349" if scheme == "turns" else "3478"
    transport = "tcp" if scheme == "turns" or "transport=tcp" in query else "udp"
    username, password = (
        turn_credentials(secret, "callnest-doctor", time.time() + CREDENTIALS_S)
        if secret is not None
        else (None, None)
    )
    try:
        async with asyncio.timeout(timeout_s):
            relay, _ = await create_turn_endpoint(
                asyncio.DatagramProtocol,
                server_addr=(host, int(port_text)),
                username=username,
                password=password,
                ssl=ssl.create_default_context() if scheme == "turns" else None,
                transport=transport,
            )
    except TransactionFailed as exc:
        code = exc.response.attributes.get("ERROR-CODE", (0, ""))
        if code[0] == 401:
            return (
                "refuses this server's credentials (401 Unauthorized).",
                "The secret given to callnest-server (--turn-secret-file) must be the TURN "
                "server's static-auth-secret; and the TURN server needs use-auth-secret.",
                "turn.unauthorized",
                {},
            )
        return (
            f"refused a relay: {code[0]} {code[1]}.",
            "See the TURN server's log.",
            "turn.refused",
            {"error_code": int(code[0]), "reason": str(code[1])},
        )
    except (OSError, TimeoutError, ValueError) as exc:
        fix = "Check that the TURN server runs and that its port is open to this machine."
        if str(exc):
            return f"does not answer ({exc}).", fix, "turn.unreachable", {"error": str(exc)}
        return (
            f"does not answer (no reply in {timeout_s:.0f} s).",
            fix,
            "turn.no_reply",
            {"timeout_s": timeout_s},
        )
    relay.close()
    return None
