"""A public caller cannot make the server probe addresses near it: ICE checks
go to no loopback, link-local or private candidate of a caller's SDP (unless
the owner allows that network), and the call still connects.

The lure is a UDP service on this machine's own network address (where the
server's ICE sends from: aioice leaves loopback out), which is no public
address on a test machine."""

from __future__ import annotations

import asyncio
import ipaddress

import pytest
from aioice.ice import get_host_addresses

from callnest.sim.rtc import Phone
from integration.conftest import Running, StartServer
from integration.media_fixtures import _spoken, phones
from integration.phones import Caller, call, link
from integration.speech import SENTENCES, loudness, say
from integration.test_media import answered, heard_while

__all__ = ["_spoken", "phones"]

pytestmark = pytest.mark.slow


class Probed(asyncio.DatagramProtocol):
    """A UDP service on this machine; counts what reaches it."""

    def __init__(self) -> None:
        self.datagrams = 0

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.datagrams += 1


def network_address() -> str:
    addresses = get_host_addresses(use_ipv4=True, use_ipv6=False)
    assert addresses, "the machine has no network address besides loopback"
    assert not ipaddress.ip_address(addresses[0]).is_global
    return addresses[0]


async def call_naming(server: Running, lure: tuple[str, int], phones: list[Phone]) -> Caller:
    """A caller whose offer also names ``lure`` (host, port) as its candidate."""
    phone = Phone()
    phones.append(phone)
    # The highest priority: its pair is the first the server would check.
    line = f"a=candidate:9 1 udp 2147483647 {lure[0]} {lure[1]} typ host\r\n"

    def luring(sdp: str) -> str:
        assert "a=end-of-candidates" in sdp
        return sdp.replace("a=end-of-candidates", line + "a=end-of-candidates")

    return await call(server, endpoint=phone, offer=luring)


async def probed_service() -> tuple[asyncio.DatagramTransport, Probed, tuple[str, int]]:
    transport, probed = await asyncio.get_running_loop().create_datagram_endpoint(
        Probed, local_addr=(network_address(), 0)
    )
    return transport, probed, transport.get_extra_info("sockname")[:2]


async def test_a_callers_private_candidate_gets_no_check_and_the_call_connects(
    start_server: StartServer, phones: list[Phone]
) -> None:
    server = await start_server(no_answer_pause_s=0.5)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    transport, probed, lure = await probed_service()
    try:
        _, token = await server.add_agent("ann")
        desk = await server.desktop(token, available=True)
        agent = await link(desk)
        phones.append(agent)
        caller = await call_naming(server, lure, phones)
        await answered(server, desk, caller)
        # The connection works through the caller's own checks.
        heard = await heard_while(agent, caller.phone, say(SENTENCES[0]))
        assert loudness(heard) > 300
        assert probed.datagrams == 0
    finally:
        transport.close()


async def test_a_network_the_owner_allows_is_checked(
    start_server: StartServer, phones: list[Phone]
) -> None:
    server = await start_server(caller_networks=(f"{network_address()}/32",))
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    transport, probed, lure = await probed_service()
    try:
        await call_naming(server, lure, phones)
        for _ in range(50):
            if probed.datagrams:
                break
            await asyncio.sleep(0.1)
        assert probed.datagrams > 0  # STUN binding requests
    finally:
        transport.close()
