"""Phone calls in, end to end on real peers: SIPp plays the trunk's
signalling (its INVITE goes to the server's Kamailio), the test's own RTP
socket plays the phone's audio (G.711 A-law), rtpengine carries it to a
WebRTC caller leg (which turns it into Opus), and an aiortc agent answers on her desktop. What each
side heard is scored with PESQ."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from callnest.protocol.pcm import resample
from callnest.sim.certificates import issue
from callnest.sim.rtc import RATE, Phone, write_wav
from integration.baresip_phone import Baresip
from integration.conftest import Running, StartServer
from integration.media_fixtures import _spoken, phones
from integration.phones import agent_on_shift
from integration.rtp_phone import RATE as PHONE_RATE
from integration.rtp_phone import RtpPhone
from integration.sip_peers import free_sip_port
from integration.speech import SENTENCES, find, loudness, say
from integration.trunk_calls import (
    CALLER,
    NUMBER,
    add_trunk,
    answered,
    dial,
    narrowband_pesq,
    phone_settings,
    rtp,
)

__all__ = ["_spoken", "phones", "rtp"]  # the shared fixtures, used here

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "phone"


async def phone_server(
    start_server: StartServer, *, menu: list[dict[str, str]] | None = None, **settings: Any
) -> Running:
    server = await start_server(no_answer_pause_s=0.5, **phone_settings(), **settings)
    if menu:
        await server.owner("POST", "/api/queues", json={"name": "sales", "display_name": "Sales"})
    queue = await server.owner(
        "POST",
        "/api/queues",
        json={"name": "support", "display_name": "Support", "ivr_menu": menu},
    )
    await add_trunk(server, queue["id"])
    return server


async def test_a_phone_call_reaches_an_agent_with_its_number_and_both_hear_each_other(
    start_server: StartServer, phones: list[Phone], rtp: RtpPhone, tmp_path: Path
) -> None:
    server = await phone_server(start_server)
    customer = await server.owner(
        "POST", "/api/customers", json={"name": "Grace Hopper", "phones": ["+386 40 111 222"]}
    )
    desk, agent = await agent_on_shift(server, phones)
    trunk = await dial(server, rtp, tmp_path / "trunk")
    try:
        await answered(trunk, rtp)
        offer = await desk.expect("offer", within=10)
        contact: dict[str, Any] = offer["contact"]
        assert contact["caller_name"] == "Grace Hopper"
        assert contact["customer_id"] == customer["id"]
        # Matched by the trunk's caller ID: the whole card, marked as such.
        assert (offer["customer"]["phones"], offer["customer"]["identity"]) == (
            ["+386 40 111 222"],
            "caller_id",
        )
        assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
        await asyncio.sleep(0.5)

        to_agent = say(SENTENCES[0])
        mark = agent.ear.mark()
        rtp.say(resample(to_agent, RATE, PHONE_RATE))
        await asyncio.sleep(len(to_agent) / RATE + 0.8)
        heard_by_agent = agent.ear.since(mark)

        to_phone = say(SENTENCES[1])
        mark = rtp.mark()
        agent.mouth.say(to_phone)
        await asyncio.sleep(len(to_phone) / RATE + 0.8)
        heard_by_phone = rtp.since(mark)

        assert (await desk.request("call.hangup", contact_id=contact["contact_id"]))["type"] == "ok"
        assert await trunk.wait() == 0, trunk.output()  # the BYE reached the trunk
    finally:
        await trunk.stop()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)  # to listen to
    write_wav(ARTIFACTS / "phone-to-agent.wav", heard_by_agent)
    write_wav(ARTIFACTS / "agent-to-phone.wav", heard_by_phone, PHONE_RATE)
    phone_to_agent = narrowband_pesq(to_agent, heard_by_agent, RATE)
    agent_to_phone = narrowband_pesq(to_phone, heard_by_phone, PHONE_RATE)
    print(f"PESQ (narrow band): phone -> agent {phone_to_agent:.2f}, to phone {agent_to_phone:.2f}")
    assert phone_to_agent >= 3.0
    assert agent_to_phone >= 3.0

    interaction = await server.owner("GET", f"/api/interactions/{contact['contact_id']}")
    assert interaction["caller_address"] == CALLER
    assert (interaction["customer_id"], interaction["customer_identity"]) == (
        customer["id"],
        "caller_id",
    )
    assert interaction["state"] == "wrap_up"  # the agent hung up: her wrap-up runs
    assert interaction["talk_s"] > 5
    assert interaction["recording"] is not None


async def test_a_caller_who_hangs_up_in_the_queue_is_abandoned(
    start_server: StartServer, rtp: RtpPhone, tmp_path: Path
) -> None:
    server = await phone_server(start_server)
    trunk = await dial(
        server, rtp, tmp_path / "trunk", scenario="trunk_call_hangs_up.xml", pause_ms=1500
    )
    try:
        await answered(trunk, rtp)
        assert await trunk.wait() == 0, trunk.output()
    finally:
        await trunk.stop()
    rows: list[dict[str, Any]] = []
    for _ in range(50):
        rows = await server.owner("GET", "/api/interactions")
        if rows and rows[0]["outcome"] is not None:
            break
        await asyncio.sleep(0.1)
    assert [(r["caller_address"], r["outcome"]) for r in rows] == [(CALLER, "abandoned")]
    assert rows[0]["wait_s"] >= 1.0
    stats = await server.owner("GET", "/api/stats")
    assert all(q["waiting"] == 0 for q in stats["queues"])


async def test_a_number_that_is_not_ours_is_refused(
    start_server: StartServer, rtp: RtpPhone, tmp_path: Path
) -> None:
    server = await phone_server(start_server)
    trunk = await dial(
        server, rtp, tmp_path / "trunk", dialled="+38699999999", scenario="trunk_call_refused.xml"
    )
    try:
        assert await trunk.wait() == 0, trunk.output()
    finally:
        await trunk.stop()
    assert await server.owner("GET", "/api/interactions") == []


async def test_a_call_in_over_tls_from_a_baresip_phone_reaches_the_agent(
    start_server: StartServer, phones: list[Phone], tmp_path: Path
) -> None:
    # The edge shows the owner's certificate; the phone checks it against its CA.
    tls = issue(tmp_path / "certificates")
    server = await start_server(
        **phone_settings(),
        sip_tls_certificate=str(tls.certificate),
        sip_tls_private_key=str(tls.private_key),
        sip_tls_ca_file=str(tls.ca),
    )
    queue = await server.owner(
        "POST", "/api/queues", json={"name": "support", "display_name": "Support"}
    )
    to_agent = say(SENTENCES[0])
    # The phone speaks once it is answered: by the server at once, by the
    # agent a moment later.
    pause = np.zeros(5 * PHONE_RATE, dtype=np.int16)
    says = np.concatenate([pause, resample(to_agent, RATE, PHONE_RATE)])
    phone = await Baresip.start(
        tmp_path / "baresip", says, number=CALLER, port=free_sip_port(), auto_answer=True, tls=tls
    )
    await add_trunk(server, queue["id"], port=phone.tls_port, transport="tls")
    desk, agent = await agent_on_shift(server, phones)
    try:
        mark = agent.ear.mark()
        await phone.dial(f"sip:{NUMBER}@127.0.0.1:{server.settings.sip_tls_port};transport=tls")
        offer = await desk.expect("offer", within=15)
        contact: dict[str, Any] = offer["contact"]
        assert contact["caller_address"] == CALLER
        assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
        await asyncio.sleep(len(says) / PHONE_RATE + 0.5)
        heard_by_agent = agent.ear.since(mark)

        to_phone = say(SENTENCES[1])
        agent.mouth.say(to_phone)
        await asyncio.sleep(len(to_phone) / RATE + 0.8)
        assert (await desk.request("call.hangup", contact_id=contact["contact_id"]))["type"] == "ok"
        await phone.event("CALL_CLOSED")
        heard_by_phone = resample(phone.heard(), PHONE_RATE, RATE)
    finally:
        await phone.stop()
    phone_to_agent = narrowband_pesq(to_agent, find(to_agent, heard_by_agent), RATE)
    agent_to_phone = narrowband_pesq(to_phone, find(to_phone, heard_by_phone), RATE)
    print(
        f"PESQ (narrow band), TLS: phone -> agent {phone_to_agent:.2f}, {agent_to_phone:.2f} back"
    )
    assert phone_to_agent >= 3.0
    assert agent_to_phone >= 3.0


async def test_a_call_offering_no_g711_is_refused_with_488(
    start_server: StartServer, rtp: RtpPhone, tmp_path: Path
) -> None:
    server = await phone_server(start_server)
    trunk = await dial(server, rtp, tmp_path / "trunk", scenario="trunk_offers_no_g711.xml")
    try:
        assert await trunk.wait() == 0, trunk.output()
    finally:
        await trunk.stop()
    assert await server.owner("GET", "/api/interactions") == []


async def test_a_keypress_on_the_menu_picks_the_queue(
    start_server: StartServer, rtp: RtpPhone, tmp_path: Path
) -> None:
    menu = [
        {"key": "1", "label": "Sales", "queue": "sales"},
        {"key": "2", "label": "Support", "queue": "support"},
    ]
    server = await phone_server(start_server, menu=menu)
    trunk = await dial(
        server, rtp, tmp_path / "trunk", scenario="trunk_call_hangs_up.xml", pause_ms=4000
    )
    try:
        await answered(trunk, rtp)
        # The menu, read out: speech at once, before any queue's music.
        await asyncio.wait_for(rtp.answered.wait(), 5)
        await asyncio.sleep(1.0)
        assert loudness(rtp.since(0)) > 500
        rtp.press(1)
        assert await trunk.wait() == 0, trunk.output()
    finally:
        await trunk.stop()
    rows = await server.owner("GET", "/api/interactions")
    queues = {q["id"]: q["name"] for q in await server.owner("GET", "/api/queues")}
    assert [(queues[r["queue_id"]], r["caller_address"]) for r in rows] == [("sales", CALLER)]


async def test_the_phone_holds_and_resumes_and_the_call_goes_on(
    start_server: StartServer, phones: list[Phone], rtp: RtpPhone, tmp_path: Path
) -> None:
    server = await phone_server(start_server)
    desk, agent = await agent_on_shift(server, phones)
    # Held 1.5 s after the answer, resumed 1.5 s later (re-INVITEs the
    # server must answer through rtpengine without touching the leg).
    trunk = await dial(
        server, rtp, tmp_path / "trunk", scenario="trunk_call_hold.xml", pause_ms=1500
    )
    try:
        await answered(trunk, rtp)
        offer = await desk.expect("offer", within=10)
        assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
        await asyncio.sleep(3.5)  # held and resumed by now
        said = say(SENTENCES[0])
        mark = agent.ear.mark()
        rtp.say(resample(said, RATE, PHONE_RATE))
        await asyncio.sleep(len(said) / RATE + 0.8)
        heard = agent.ear.since(mark)
        contact_id = offer["contact"]["contact_id"]
        assert (await desk.request("call.hangup", contact_id=contact_id))["type"] == "ok"
        assert await trunk.wait() == 0, trunk.output()  # both re-INVITEs answered, then the BYE
    finally:
        await trunk.stop()
    after_resume = narrowband_pesq(said, heard, RATE)
    print(f"PESQ (narrow band) after hold and resume: phone -> agent {after_resume:.2f}")
    assert after_resume >= 3.0


async def test_a_trunk_that_vanishes_mid_call_ends_the_call(
    start_server: StartServer, phones: list[Phone], rtp: RtpPhone, tmp_path: Path
) -> None:
    server = await phone_server(start_server, phone_silence_timeout_s=2.0)
    desk, _ = await agent_on_shift(server, phones)
    trunk = await dial(server, rtp, tmp_path / "trunk")
    try:
        await answered(trunk, rtp)
        offer = await desk.expect("offer", within=10)
        assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
        await asyncio.sleep(1.0)
        rtp.vanish()  # no BYE, no audio: the trunk's network is gone
        update = await desk.expect("contact.update", within=10)
        while update["contact"]["phase"] != "wrap_up":
            update = await desk.expect("contact.update", within=10)
    finally:
        await trunk.stop()
    contact_id = offer["contact"]["contact_id"]
    assert update["contact"]["end_reason"] == "caller_hangup"
    interaction = await server.owner("GET", f"/api/interactions/{contact_id}")
    assert interaction["state"] == "wrap_up"  # not "connected": nobody stays in call
    assert 2.0 <= interaction["talk_s"] < 8.0
