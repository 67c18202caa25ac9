"""A connected call transferred blind to an outside number, end to end on
real peers: a phone call in (SIPp as the trunk, the test's RTP socket as
the phone) answered by an aiortc agent, who transfers it to a number whose
far end is a real phone (baresip) -- or SIPp, busy. The two phones hear each
other; the agent is free; a busy number sends the caller back to the line."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from callnest.protocol.pcm import resample
from callnest.sim.rtc import RATE, Phone, write_wav
from integration.baresip_phone import Baresip
from integration.conftest import Desktop, Running, StartServer
from integration.media_fixtures import _spoken, phones
from integration.phones import agent_on_shift
from integration.rtp_phone import RATE as PHONE_RATE
from integration.rtp_phone import RtpPhone
from integration.sip_peers import Sipp, free_sip_port
from integration.speech import SENTENCES, find, loudness, say
from integration.trunk_calls import (
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
SPECIALIST = "+386 41 999 888"  # the specialist's mobile, as the agent types it


async def line(start_server: StartServer) -> tuple[Running, int]:
    """A server whose queue takes NUMBER's calls and calls out with it, on a
    trunk at a free port (returned) where SIPp will play the far end."""
    server = await start_server(no_answer_pause_s=0.5, **phone_settings())
    queue = await server.owner(
        "POST",
        "/api/queues",
        json={"name": "support", "display_name": "Support", "outbound_caller_id": NUMBER},
    )
    far = free_sip_port()
    await add_trunk(server, queue["id"], port=far)
    return server, far


async def answer(desk: Desktop) -> str:
    """The agent answers the call offered to her: its contact id."""
    offer = await desk.expect("offer", within=10)
    assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
    contact_id: str = offer["contact"]["contact_id"]
    return contact_id


async def ended_for_agent(desk: Desktop, contact_id: str) -> dict[str, Any]:
    async with asyncio.timeout(10):
        while True:
            update = await desk.expect("contact.update", within=10)
            contact: dict[str, Any] = update["contact"]
            if contact["contact_id"] == contact_id and contact["phase"] == "ended":
                return contact


async def test_a_phone_call_transferred_to_a_mobile_connects_the_two_phones(
    start_server: StartServer, phones: list[Phone], rtp: RtpPhone, tmp_path: Path
) -> None:
    server, far = await line(start_server)
    desk, _ = await agent_on_shift(server, phones)
    # The specialist's mobile is baresip; it rings 1.5 s, then answers.
    to_caller = say(SENTENCES[1])
    pause = np.zeros(2 * PHONE_RATE, dtype=np.int16)
    says = np.concatenate([pause, resample(to_caller, RATE, PHONE_RATE)])
    mobile = await Baresip.start(
        tmp_path / "baresip", says, number="+38641999888", port=far, auto_answer=False
    )
    # The caller hangs up 15 s after the answer: the mobile must get the BYE.
    trunk = await dial(
        server, rtp, tmp_path / "trunk", scenario="trunk_call_hangs_up.xml", pause_ms=15_000
    )
    try:
        await answered(trunk, rtp)
        cid = await answer(desk)
        mark = rtp.mark()
        reply = await desk.request("call.transfer", contact_id=cid, target={"number": SPECIALIST})
        assert reply["type"] == "ok", reply
        left = await ended_for_agent(desk, cid)
        assert left["end_reason"] == "transferred"
        await mobile.event("CALL_INCOMING")
        await asyncio.sleep(1.5)
        ringback = rtp.since(mark)  # what the caller heard while the mobile rang
        mark = rtp.mark()
        await mobile.answer()
        await asyncio.sleep(len(says) / PHONE_RATE + 1.0)
        heard_by_caller = resample(rtp.since(mark), PHONE_RATE, RATE)

        to_mobile = say(SENTENCES[0])
        rtp.say(resample(to_mobile, RATE, PHONE_RATE))
        await asyncio.sleep(len(to_mobile) / RATE + 0.8)
        assert await trunk.wait() == 0, trunk.output()  # the caller hung up...
        await mobile.event("CALL_CLOSED")  # ...and the mobile got the BYE
        heard_by_mobile = resample(mobile.heard(), PHONE_RATE, RATE)
    finally:
        await trunk.stop()
        await mobile.stop()
    assert loudness(ringback) > 300  # the ringing tone (1 s in every 5)
    mobile_heard = narrowband_pesq(to_mobile, find(to_mobile, heard_by_mobile), RATE)
    caller_heard = narrowband_pesq(to_caller, find(to_caller, heard_by_caller), RATE)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)  # to listen to
    write_wav(ARTIFACTS / "caller-to-mobile.wav", heard_by_mobile)
    write_wav(ARTIFACTS / "mobile-to-caller.wav", heard_by_caller)
    print(f"PESQ (narrow band): to the mobile {mobile_heard:.2f}, to the caller {caller_heard:.2f}")
    assert mobile_heard >= 3.0
    assert caller_heard >= 3.0

    # Free at once (no wrap-up, as for any transfer): the next caller reaches her.
    await server.call_in("support", "Bob")
    await desk.expect("offer", within=5)
    interaction = await server.owner("GET", f"/api/interactions/{cid}")
    assert interaction["data"] == {"transferred_to": "+38641999888"}
    assert (interaction["state"], interaction["outcome"]) == ("closed", "answered")


async def test_a_busy_number_sends_the_caller_back_to_the_head_of_the_line(
    start_server: StartServer, phones: list[Phone], rtp: RtpPhone, tmp_path: Path
) -> None:
    server, far = await line(start_server)
    desk, _ = await agent_on_shift(server, phones)
    trunk = await dial(server, rtp, tmp_path / "trunk")
    mobile = await Sipp.start("trunk_busy.xml", tmp_path / "mobile", port=far)
    try:
        await answered(trunk, rtp)
        cid = await answer(desk)
        reply = await desk.request("call.transfer", contact_id=cid, target={"number": SPECIALIST})
        assert reply["type"] == "ok", reply
        await ended_for_agent(desk, cid)
        assert await mobile.wait() == 0, mobile.output()
        # Back in line, and (the agent being free) offered to her again.
        again = await desk.expect("offer", within=10)
        assert again["contact"]["contact_id"] == cid
        assert trunk.process.returncode is None  # the caller is still on the line
    finally:
        await trunk.stop()
        await mobile.stop()
