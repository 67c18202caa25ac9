"""Calls out, end to end on real peers: an agent asks her desktop to call a
customer; the server offers through rtpengine and Kamailio (over UDP or TLS)
to the far end: a real phone, baresip, that rings and answers -- or SIPp,
busy or refusing. The agent hears the ringing tone, then the customer; the
customer hears her; the call is registered as outbound."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from callnest.protocol.pcm import resample
from callnest.sim.certificates import issue
from callnest.sim.rtc import RATE, Phone
from integration.baresip_phone import Baresip
from integration.conftest import Desktop, Running, StartServer
from integration.media_fixtures import _spoken, phones
from integration.phones import agent_on_shift
from integration.rtp_phone import RATE as PHONE_RATE
from integration.sip_peers import Sipp, free_sip_port
from integration.speech import SENTENCES, find, loudness, say
from integration.trunk_calls import (
    CALLER,
    NUMBER,
    add_trunk,
    narrowband_pesq,
    phone_settings,
)

__all__ = ["_spoken", "phones"]  # the shared fixtures, used here

pytestmark = pytest.mark.slow


async def line_out(start_server: StartServer) -> tuple[Running, int, int]:
    """A server whose queue calls out with NUMBER, on a trunk at a free port
    (returned, with the queue's id) where SIPp will play the far end."""
    server = await start_server(no_answer_pause_s=0.5, **phone_settings())
    queue = await server.owner(
        "POST",
        "/api/queues",
        json={"name": "sales", "display_name": "Sales", "outbound_caller_id": NUMBER},
    )
    far = free_sip_port()
    await add_trunk(server, queue["id"], port=far)
    return server, queue["id"], far


async def contact_in(desk: Desktop, phase: str, within: float = 10) -> dict[str, Any]:
    """The desktop's next view of its contact in ``phase``."""
    async with asyncio.timeout(within):
        while True:
            update = await desk.expect("contact.update", within=within)
            contact: dict[str, Any] = update["contact"]
            if contact["phase"] == phase:
                return contact


@pytest.mark.parametrize("transport", ["udp", "tls"])
async def test_an_agent_calls_a_customer_out_and_both_hear_each_other(
    start_server: StartServer, phones: list[Phone], tmp_path: Path, transport: str
) -> None:
    # The customer's phone is baresip. Over TLS the edge checks its
    # certificate against the CA it is given.
    tls = issue(tmp_path / "certificates") if transport == "tls" else None
    settings: dict[str, Any] = phone_settings()
    if tls is not None:
        settings["sip_tls_ca_file"] = str(tls.ca)
    server = await start_server(no_answer_pause_s=0.5, **settings)
    queue = await server.owner(
        "POST",
        "/api/queues",
        json={"name": "sales", "display_name": "Sales", "outbound_caller_id": NUMBER},
    )
    customer = await server.owner(
        "POST", "/api/customers", json={"name": "Grace Hopper", "phones": [CALLER]}
    )
    to_agent = say(SENTENCES[1])
    pause = np.zeros(2 * PHONE_RATE, dtype=np.int16)
    says = np.concatenate([pause, resample(to_agent, RATE, PHONE_RATE)])
    phone = await Baresip.start(
        tmp_path / "baresip",
        says,
        number=CALLER,
        port=free_sip_port(),
        auto_answer=False,
        tls=tls,
    )
    await add_trunk(
        server,
        queue["id"],
        port=phone.port if tls is None else phone.tls_port,
        transport=transport,
    )
    desk, agent = await agent_on_shift(server, phones)
    try:
        mark = agent.ear.mark()
        reply = await desk.request(
            "call.dial", number="+386 40 111 222", queue_id=queue["id"], customer_id=customer["id"]
        )
        assert reply["type"] == "ok", reply
        ringing = await contact_in(desk, "ringing")
        assert ringing["direction"] == "outbound"
        assert (ringing["caller_address"], ringing["caller_name"]) == (CALLER, "Grace Hopper")
        await phone.event("CALL_INCOMING")
        await asyncio.sleep(2.0)  # it rings a while
        ringback = agent.ear.since(mark)
        mark = agent.ear.mark()
        await phone.answer()
        connected = await contact_in(desk, "connected")
        await asyncio.sleep(len(says) / PHONE_RATE + 1.0)
        heard_by_agent = agent.ear.since(mark)

        to_phone = say(SENTENCES[0])
        agent.mouth.say(to_phone)
        await asyncio.sleep(len(to_phone) / RATE + 0.8)
        reply = await desk.request("call.hangup", contact_id=connected["contact_id"])
        assert reply["type"] == "ok", reply
        await phone.event("CALL_CLOSED")  # the agent's hang-up reached the phone
        heard_by_phone = resample(phone.heard(), PHONE_RATE, RATE)
    finally:
        await phone.stop()
    # The ringing tone while the phone rang: 1 s of tone in every 5.
    assert loudness(ringback) > 300
    phone_heard = narrowband_pesq(to_phone, find(to_phone, heard_by_phone), RATE)
    agent_heard = narrowband_pesq(to_agent, find(to_agent, heard_by_agent), RATE)
    print(f"PESQ (narrow band), call out over {transport}: {phone_heard:.2f} / {agent_heard:.2f}")
    assert phone_heard >= 3.0
    assert agent_heard >= 3.0

    interaction = await server.owner("GET", f"/api/interactions/{connected['contact_id']}")
    assert interaction["direction"] == "outbound"
    assert (interaction["caller_address"], interaction["customer_id"]) == (CALLER, customer["id"])
    assert interaction["state"] == "wrap_up"
    assert interaction["ring_s"] >= 1.5
    assert interaction["talk_s"] > 5
    assert interaction["recording"] is not None


async def test_a_tls_trunk_whose_certificate_is_not_trusted_is_not_called(
    start_server: StartServer, phones: list[Phone], tmp_path: Path
) -> None:
    # The phone's certificate is signed by a CA the edge was not given.
    tls = issue(tmp_path / "certificates")
    server = await start_server(no_answer_pause_s=0.5, **phone_settings())
    queue = await server.owner(
        "POST",
        "/api/queues",
        json={"name": "sales", "display_name": "Sales", "outbound_caller_id": NUMBER},
    )
    silence = np.zeros(PHONE_RATE, dtype=np.int16)
    phone = await Baresip.start(
        tmp_path / "baresip",
        silence,
        number=CALLER,
        port=free_sip_port(),
        auto_answer=True,
        tls=tls,
    )
    await add_trunk(server, queue["id"], port=phone.tls_port, transport="tls")
    desk, _ = await agent_on_shift(server, phones)
    try:
        reply = await desk.request("call.dial", number=CALLER, queue_id=queue["id"])
        assert reply["type"] == "ok", reply
        ringing = await contact_in(desk, "ringing")
        # The edge drops the connection at the handshake (its log says the
        # certificate failed), so the phone, which would answer at once, never
        # rings; the agent gives up.
        await asyncio.sleep(3)
        reply = await desk.request("call.hangup", contact_id=ringing["contact_id"])
        assert reply["type"] == "ok", reply
        await contact_in(desk, "ended")
    finally:
        await phone.stop()
    assert "Incoming call" not in phone.output()


async def test_a_busy_number_ends_the_call_out_as_busy_and_frees_the_agent(
    start_server: StartServer, phones: list[Phone], tmp_path: Path
) -> None:
    server, queue_id, far = await line_out(start_server)
    desk, _ = await agent_on_shift(server, phones)
    phone = await Sipp.start("trunk_busy.xml", tmp_path / "far", port=far)
    try:
        reply = await desk.request("call.dial", number=CALLER, queue_id=queue_id)
        assert reply["type"] == "ok", reply
        ended = await contact_in(desk, "ended")
        assert await phone.wait() == 0, phone.output()
    finally:
        await phone.stop()
    assert ended["end_reason"] == "busy"
    interaction = await server.owner("GET", f"/api/interactions/{ended['contact_id']}")
    assert (interaction["direction"], interaction["outcome"]) == ("outbound", "busy")
    # Free again at once: a caller in the queue reaches her.
    await server.call_in("sales", "Bob")
    await desk.expect("offer", within=5)


async def test_a_number_that_cannot_be_called_is_refused_in_words(
    start_server: StartServer, phones: list[Phone]
) -> None:
    server, queue_id, _ = await line_out(start_server)
    desk, _ = await agent_on_shift(server, phones)
    reply = await desk.request("call.dial", number="040 111 222", queue_id=queue_id)
    assert reply["type"] == "error"
    assert "international" in reply["message"]
    assert await server.owner("GET", "/api/interactions") == []
