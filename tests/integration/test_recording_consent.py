"""Recording consent (issue 18, item 21): a queue may tell its callers their
call is recorded and let them refuse -- on the page, or with key 9 on a
phone -- before anyone answers or during the call. The choice is kept on the
interaction and honoured: a refused call leaves no recording behind."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from callnest.protocol.pcm import resample
from callnest.server.keys import SETTINGS
from callnest.sim.rtc import RATE, Phone
from integration.conftest import Desktop, Running, StartServer
from integration.media_fixtures import _spoken, phones
from integration.phones import Caller, agent_on_shift, call
from integration.rtp_phone import RATE as PHONE_RATE
from integration.rtp_phone import RtpPhone
from integration.speech import SENTENCES, say
from integration.test_media import heard_while, loud_seconds
from integration.test_phone_calls import phone_server
from integration.trunk_calls import answered, dial, rtp

__all__ = ["_spoken", "phones", "rtp"]

pytestmark = pytest.mark.slow


async def noticed_queue(server: Running) -> None:
    (queue,) = await server.owner("GET", "/api/queues")
    await server.owner("PATCH", f"/api/queues/{queue['id']}", json={"recording_notice": True})


async def take(server: Running, desk: Desktop, contact_id: str) -> None:
    offer = await desk.expect("offer", within=10)
    assert offer["contact"]["contact_id"] == contact_id
    assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"


async def finish(server: Running, desk: Desktop, contact_id: str) -> dict[str, Any]:
    """Hangs up and wraps up; the interaction as stored."""
    assert (await desk.request("call.hangup", contact_id=contact_id))["type"] == "ok"
    assert (await desk.request("wrapup.complete", contact_id=contact_id))["type"] == "ok"
    found: dict[str, Any] = await server.owner("GET", f"/api/interactions/{contact_id}")
    return found


def recordings(server: Running) -> list[Path]:
    return sorted(server.app[SETTINGS].recordings_dir.rglob("*.ogg"))


async def refuse(server: Running, caller: Caller) -> dict[str, Any]:
    contact = caller.contact
    status, body = await server.call(
        "POST",
        f"/api/public/contacts/{contact['contact_id']}/refuse-recording",
        headers={"X-Contact-Token": contact["token"]},
    )
    assert status == 200, body
    found: dict[str, Any] = body
    return found


async def test_a_web_caller_who_refuses_leaves_no_recording_one_who_stays_is_recorded(
    start_server: StartServer, phones: list[Phone]
) -> None:
    server = await start_server(no_answer_pause_s=0.5)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    await noticed_queue(server)
    _, queue = await server.call("GET", "/api/public/queues/support")
    assert queue["recording_notice"] is True  # the page shows the notice and the button

    # Refused before anyone answered: nothing is recorded.
    desk, agent = await agent_on_shift(server, phones)
    caller = await call(server)
    phones.append(caller.phone)
    assert (await refuse(server, caller))["recording_refused"] is True
    contact_id = caller.contact["contact_id"]
    await take(server, desk, contact_id)
    await heard_while(agent, caller.phone, say(SENTENCES[0]))
    stored = await finish(server, desk, contact_id)
    assert (stored["recording_consent"], stored["recording"]) == ("refused", None)
    assert recordings(server) == []

    # Stayed on the line: recorded, and the consent is on the record.
    stays = await call(server)
    phones.append(stays.phone)
    await take(server, desk, stays.contact["contact_id"])
    await heard_while(agent, stays.phone, say(SENTENCES[0]))
    stored = await finish(server, desk, stays.contact["contact_id"])
    assert stored["recording_consent"] == "given" and stored["recording"] is not None
    assert len(recordings(server)) == 1

    # Refused in the middle of the call: what was recorded is deleted.
    late = await call(server)
    phones.append(late.phone)
    await take(server, desk, late.contact["contact_id"])
    await heard_while(agent, late.phone, say(SENTENCES[0]))
    assert len(recordings(server)) == 2
    await refuse(server, late)
    stored = await finish(server, desk, late.contact["contact_id"])
    assert (stored["recording_consent"], stored["recording"]) == ("refused", None)
    assert len(recordings(server)) == 1


async def test_without_the_notice_nothing_is_asked_and_nothing_said(
    start_server: StartServer, phones: list[Phone]
) -> None:
    server = await start_server(no_answer_pause_s=0.5)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    desk, _ = await agent_on_shift(server, phones)
    caller = await call(server)
    phones.append(caller.phone)
    await take(server, desk, caller.contact["contact_id"])
    await asyncio.sleep(0.5)
    stored = await finish(server, desk, caller.contact["contact_id"])
    assert stored["recording_consent"] is None and stored["recording"] is not None


async def test_a_phone_caller_hears_the_whole_notice_first_and_refuses_with_key_9(
    start_server: StartServer, phones: list[Phone], rtp: RtpPhone, tmp_path: Path
) -> None:
    server = await phone_server(start_server)
    await noticed_queue(server)
    desk, _ = await agent_on_shift(server, phones)  # free at once: still, the notice first
    trunk = await dial(server, rtp, tmp_path / "trunk")
    try:
        await answered(trunk, rtp)
        mark = rtp.mark()
        await asyncio.sleep(1.0)
        rtp.press(9)  # during the notice
        offer = await desk.expect("offer", within=15)
        heard_first = rtp.since(mark)
        contact_id = offer["contact"]["contact_id"]
        assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
        await asyncio.sleep(1.0)
        stored = await finish(server, desk, contact_id)
        assert await trunk.wait() == 0, trunk.output()
    finally:
        await trunk.stop()
    # The notice (several seconds of speech) played before the call was offered.
    assert loud_seconds(resample(heard_first, PHONE_RATE, RATE)) > 3.0
    assert (stored["recording_consent"], stored["recording"]) == ("refused", None)
    assert recordings(server) == []
