"""TURN with time-limited credentials, against a real coturn: what the
server hands out lets a caller whose network allows nothing but the relay
talk to an operator, and stops working once it has expired."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from aioice.stun import TransactionFailed
from aioice.turn import create_turn_endpoint
from aiortc import RTCIceServer

from callnest.server.settings import IceServer
from callnest.sim.rtc import Phone
from integration.conftest import Running, StartServer
from integration.media_fixtures import _spoken, phones
from integration.phones import call, link
from integration.speech import SENTENCES, loudness, say
from integration.test_caller_candidates import network_address
from integration.test_media import answered, heard_while
from integration.turn_server import SECRET, Coturn, coturn

__all__ = ["_spoken", "coturn", "phones"]

pytestmark = pytest.mark.slow


async def turn_server_of(server: Running) -> dict[str, Any]:
    """The TURN server as the caller's page receives it."""
    status, queue = await server.call("GET", "/api/public/queues/support")
    assert status == 200, queue
    (turn,) = [s for s in queue["ice_servers"] if str(s["urls"][0]).startswith("turn:")]
    assert SECRET not in str(queue)
    found: dict[str, Any] = turn
    return found


async def allocate(turn: dict[str, Any], coturn: Coturn) -> tuple[str, int]:
    """A relayed address from coturn with ``turn``'s credentials."""
    host, port = coturn.url.removeprefix("turn:").rsplit(":", 1)
    transport, _ = await create_turn_endpoint(
        asyncio.DatagramProtocol,
        server_addr=(host, int(port)),
        username=str(turn["username"]),
        password=str(turn["credential"]),
    )
    relayed: tuple[str, int] = transport.get_extra_info("sockname")
    transport.close()
    return relayed


async def test_a_caller_reaching_the_server_only_through_the_relay_talks_to_the_operator(
    start_server: StartServer, coturn: Coturn, phones: list[Phone]
) -> None:
    server = await start_server(
        no_answer_pause_s=0.5, ice_servers=(IceServer((coturn.url,), secret=SECRET),)
    )
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    agent = await link(desk)
    phones.append(agent)

    turn = await turn_server_of(server)
    assert str(turn["username"]).endswith(":caller")
    # Relay candidates alone: as a browser on a network that lets out no UDP
    # but to the relay.
    phone = Phone(
        [RTCIceServer([coturn.url], str(turn["username"]), str(turn["credential"]))],
        relay_only=True,
    )
    phones.append(phone)

    def relay_only(sdp: str) -> str:
        assert " typ relay" in sdp and " typ host" not in sdp
        return sdp

    caller = await call(server, endpoint=phone, offer=relay_only)
    await answered(server, desk, caller)
    assert loudness(await heard_while(agent, phone, say(SENTENCES[0]))) > 300
    assert loudness(await heard_while(phone, agent, say(SENTENCES[1]))) > 300
    assert "caller" in coturn.output()  # the allocation was the caller's


async def test_credentials_work_until_they_expire(
    start_server: StartServer, coturn: Coturn, tmp_path: Path
) -> None:
    fresh = await start_server(ice_servers=(IceServer((coturn.url,), secret=SECRET),))
    await fresh.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    host, _ = await allocate(await turn_server_of(fresh), coturn)
    assert host == network_address()

    stale = await start_server(
        tmp_path / "stale",
        ice_servers=(IceServer((coturn.url,), secret=SECRET),),
        turn_credential_lifetime_s=-1.0,
    )
    await stale.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    with pytest.raises(TransactionFailed):
        await allocate(await turn_server_of(stale), coturn)
