"""The server keeps its SIP edge in step with the trunks the owner configures
over REST: no trunk, no Kamailio; a registering trunk added -> Kamailio starts
and registers it with the provider (a SIPp registrar checking the digest);
the owner reads the registration's state; the trunk disabled -> Kamailio
stops."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import pytest

from callnest.server.keys import EDGE
from integration.conftest import Running, StartServer
from integration.sip_peers import Sipp, free_sip_port

pytestmark = pytest.mark.slow

ACCOUNT = {"user": "callnest-trunk", "password": "s3cret:pass", "refusal": "403"}
# What the owner is told the edge cannot serve, whatever runs: nothing, with
# every Kamailio module the set-up installs.
NOT_YET: dict[str, str] = {}


async def phone_server(start_server: StartServer) -> Running:
    return await start_server(
        sip_port=free_sip_port(),
        sip_inner_port=free_sip_port(),
        sip_callnest_port=free_sip_port(),
    )


async def until_state(server: Running, state: str, within: float = 30.0) -> dict[str, Any]:
    """Polls the owner's status until the one trunk's registration is ``state``
    (uac_reg's timer sends the first REGISTER within about 10 s)."""
    status: dict[str, Any] = {}
    try:
        async with asyncio.timeout(within):
            while True:
                status = await server.owner("GET", "/api/trunks/status")
                registrations = status["registrations"]
                if registrations and registrations[0]["state"] == state:
                    return status
                await asyncio.sleep(0.25)
    except TimeoutError:
        raise AssertionError(f"no {state} registration within {within} s: {status}") from None


async def test_no_trunk_runs_no_kamailio(start_server: StartServer) -> None:
    server = await phone_server(start_server)
    status = await server.owner("GET", "/api/trunks/status")
    assert status == {
        "running": False,
        "problem": None,
        "registrations": [],
        "unsupported_transports": NOT_YET,
    }
    assert not (server.settings.data_dir / "sip-edge" / "kamailio.cfg").exists()


async def test_a_trunk_added_over_rest_registers_and_is_shown(
    start_server: StartServer, tmp_path: Path
) -> None:
    server = await phone_server(start_server)
    registrar_port = free_sip_port()
    registrar = await Sipp.start(
        "registrar.xml", tmp_path / "registrar", port=registrar_port, keys=ACCOUNT
    )
    try:
        trunk = await server.owner(
            "POST",
            "/api/trunks",
            json={
                "name": "Provider",
                "host": "127.0.0.1",
                "port": registrar_port,
                "registers": True,
                "register_expires_s": 60,
                "username": ACCOUNT["user"],
                "password": ACCOUNT["password"],
            },
        )
        status = await until_state(server, "registered")
        assert status["running"] is True
        assert status["problem"] is None
        assert status["registrations"][0]["trunk_id"] == trunk["id"]
        # SIPp's verifyauth accepted the digest answer: its one call succeeded.
        assert await registrar.wait() == 0, registrar.output()
        # The owner's status never carries the password.
        assert ACCOUNT["password"] not in str(status)

        await server.owner("PATCH", f"/api/trunks/{trunk['id']}", json={"enabled": False})
        assert await server.owner("GET", "/api/trunks/status") == {
            "running": False,
            "problem": None,
            "registrations": [],
            "unsupported_transports": NOT_YET,
        }
        assert not server.app[EDGE].edge.running
    finally:
        await registrar.stop()


async def test_agents_and_supervisors_cannot_read_the_edge(server: Running) -> None:
    for role in ("agent", "supervisor"):
        _, token = await server.add_agent(f"a-{role}", role=role)
        status, _ = await server.call("GET", "/api/trunks/status", token)
        assert status == 403


async def test_an_edge_that_cannot_start_is_a_problem_in_words_not_a_dead_server(
    start_server: StartServer,
) -> None:
    taken = free_sip_port()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as squatter:
        squatter.bind(("127.0.0.1", taken))  # another SIP server on the edge's port
        server = await start_server(
            sip_port=taken,
            sip_inner_port=free_sip_port(),
            sip_callnest_port=free_sip_port(),
        )
        await server.owner(
            "POST",
            "/api/trunks",
            json={"name": "By address", "host": "127.0.0.1", "ip_addresses": ["127.0.0.1"]},
        )
        status = await server.owner("GET", "/api/trunks/status")
        assert status["running"] is False
        assert "Address already in use" in status["problem"], status
        # Everything else goes on: the owner still works with the server.
        assert await server.owner("GET", "/api/trunks")
