"""Callbacks end to end on real peers: a waiting caller (the page's button,
or key 1 on a phone call from SIPp) leaves a number and hangs up, keeping
their place; across a restart the callback is neither lost nor placed twice;
when its turn comes the agent's card counts down and the call goes out
through Kamailio to SIPp playing the customer's phone (answering, or busy:
then it is tried again later). Scheduled callbacks and bad requests too."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from integration.conftest import Desktop, Running, StartServer
from integration.polling import settled
from integration.rtp_phone import RtpPhone
from integration.sip_peers import Sipp, free_sip_port
from integration.trunk_calls import CALLER, NUMBER, add_trunk, answered, dial, phone_settings, rtp

__all__ = ["rtp"]  # the shared fixture, used here

pytestmark = pytest.mark.slow


async def callback_line(
    start_server: StartServer, data_dir: Path, settings: dict[str, Any] | None = None
) -> tuple[Running, dict[str, Any], int]:
    """A server whose queue 'support' offers callbacks (a 1 s card) and calls
    out with NUMBER on a trunk at a free port (where SIPp plays the
    customer's phone): the server, its settings and that port."""
    settings = settings or {**phone_settings(), "far": free_sip_port()}
    far = settings["far"]
    server = await start_server(
        data_dir, no_answer_pause_s=0.5, **{k: v for k, v in settings.items() if k != "far"}
    )
    queues = await server.owner("GET", "/api/queues")
    if not queues:
        queue = await server.owner(
            "POST",
            "/api/queues",
            json={
                "name": "support",
                "display_name": "Support",
                "outbound_caller_id": NUMBER,
                "callbacks_offered": True,
                "callback_preview_s": 1,
                "wrap_up_s": 0,
            },
        )
        await add_trunk(server, queue["id"], port=far)
    return server, settings, far


async def callbacks(server: Running, status: str = "open") -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = await server.owner(
        "GET", "/api/callbacks", params={"status": status}
    )
    return rows


async def until_callback(server: Running, status: str) -> dict[str, Any]:
    """The first callback in ``status``, once there is one."""
    rows = await settled(lambda: callbacks(server, status), bool)
    return rows[0]


async def contact_in(desk: Desktop, phase: str, within: float = 10.0) -> dict[str, Any]:
    async with asyncio.timeout(within):
        while True:
            update = await desk.expect("contact.update", within=within)
            contact: dict[str, Any] = update["contact"]
            if contact["phase"] == phase:
                return contact


async def test_a_web_caller_keeps_their_place_across_a_restart_and_is_called_back_once(
    start_server: StartServer, tmp_path: Path
) -> None:
    data_dir = tmp_path / "center"
    first, settings, far = await callback_line(start_server, data_dir)
    await first.call_in("support", "Ahead")
    leaving = await first.call_in("support", "Leaving")
    # Written nationally: read in the country of the queue's caller ID.
    status, body = await first.call(
        "POST",
        f"/api/public/contacts/{leaving['contact_id']}/callback",
        headers={"X-Contact-Token": leaving["token"]},
        json={"phone": "040 111 222"},
    )
    assert status == 200, body
    assert (body["callback_number"], body["position"], body["state"]) == (CALLER, 2, "queued")
    await first.call_in("support", "Behind")
    (row,) = await callbacks(first)
    assert (row["status"], row["source"], row["number"]) == ("waiting", "web", CALLER)
    assert row["contact_id"] == leaving["contact_id"]
    await first.stop()

    second, _, _ = await callback_line(start_server, data_dir, settings)
    # The callers on the line died with the server; the callback did not.
    (row,) = await callbacks(second)
    assert (row["status"], row["contact_id"]) == ("waiting", leaving["contact_id"])
    newcomer = await second.call_in("support", "Newcomer")
    phone = await Sipp.start("trunk_answers.xml", tmp_path / "far", port=far)
    try:
        _, token = await second.add_agent("ann")
        desk = await second.desktop(token, available=True)
        offer = await desk.expect("offer")
        card = offer["contact"]
        # Its place: ahead of the caller who came after the restart.
        assert card["contact_id"] == leaving["contact_id"]
        assert (card["purpose"], card["caller_address"]) == ("callback", CALLER)
        assert offer["ring_timeout_s"] == pytest.approx(1.0, abs=0.05)
        placed = await contact_in(desk, "ringing")  # the countdown ran out
        assert placed["direction"] == "outbound"
        connected = await contact_in(desk, "connected")
        assert connected["contact_id"] == leaving["contact_id"]
        reply = await desk.request("call.hangup", contact_id=connected["contact_id"])
        assert reply["type"] == "ok", reply
        assert await phone.wait() == 0, phone.output()
        done = await until_callback(second, "done")
        assert (done["attempts"], done["last_outcome"]) == (1, "answered")
        # Free again (no wrap-up): the newcomer's turn.
        offer = await desk.expect("offer")
        assert offer["contact"]["contact_id"] == newcomer["contact_id"]
    finally:
        await phone.stop()
    interaction = await second.owner("GET", f"/api/interactions/{leaving['contact_id']}")
    assert interaction["outcome"] == "answered" and interaction["talk_s"] >= 0
    assert interaction["data"]["callback"] == row["id"]
    stats = await second.owner("GET", "/api/stats", params={"since": "0"})
    support = stats["queues"][0]
    assert (support["callbacks"], support["callbacks_connected"]) == (1, 1)


async def test_a_phone_caller_presses_1_and_is_told_they_will_be_called_back(
    start_server: StartServer, rtp: RtpPhone, tmp_path: Path
) -> None:
    server, _, _ = await callback_line(start_server, tmp_path / "center")
    trunk = await dial(server, rtp, tmp_path / "trunk")  # Callnest hangs up: its BYE
    try:
        await answered(trunk, rtp)
        await asyncio.wait_for(rtp.answered.wait(), 5)
        await asyncio.sleep(1.0)
        rtp.press(1)
        assert await trunk.wait() == 0, trunk.output()  # the BYE came, after the goodbye
    finally:
        await trunk.stop()
    row = await until_callback(server, "waiting")
    assert (row["source"], row["number"], row["attempts"]) == ("phone", CALLER, 0)
    # Still in line, though nobody is on it.
    stats = await server.owner("GET", "/api/stats")
    assert stats["queues"][0]["waiting"] == 1


async def test_a_busy_callback_is_tried_again_later_and_can_be_called_off(
    start_server: StartServer, tmp_path: Path
) -> None:
    server, _, far = await callback_line(start_server, tmp_path / "center")
    queue_id = (await server.owner("GET", "/api/queues"))[0]["id"]
    row = await server.owner(
        "POST",
        "/api/callbacks",
        json={"queue_id": queue_id, "number": "+386 40 111 222", "at": time.time() - 1},
    )
    assert (row["status"], row["source"], row["number"]) == ("scheduled", "agent", CALLER)
    phone = await Sipp.start("trunk_busy.xml", tmp_path / "far", port=far)
    try:
        _, token = await server.add_agent("ann")
        desk = await server.desktop(token, available=True)
        offer = await desk.expect("offer")
        await desk.request("offer.answer", offer_id=offer["offer_id"])  # "Call now"
        ended = await contact_in(desk, "ended")
        assert ended["end_reason"] == "busy"
        assert await phone.wait() == 0, phone.output()
    finally:
        await phone.stop()
    again = await until_callback(server, "scheduled")
    assert (again["attempts"], again["last_outcome"]) == (1, "busy")
    assert again["due_at"] == pytest.approx(time.time() + 300, abs=10)
    cancelled = await server.owner("DELETE", f"/api/callbacks/{again['id']}")
    assert cancelled["status"] == "cancelled"
    assert await callbacks(server) == []


async def test_bad_callback_requests_are_refused_in_words(
    start_server: StartServer, tmp_path: Path
) -> None:
    server, _, _ = await callback_line(start_server, tmp_path / "center")
    queue_id = (await server.owner("GET", "/api/queues"))[0]["id"]
    status, body = await server.call(
        "POST",
        "/api/callbacks",
        headers=server.auth(server.owner_token),
        json={"queue_id": queue_id, "number": "12", "at": 0},
    )
    assert status == 422 and body["error"]["code"] == "invalid_request", body
    status, body = await server.call(
        "POST",
        "/api/callbacks",
        headers=server.auth(server.owner_token),
        json={"queue_id": 999, "number": CALLER, "at": 0},
    )
    assert status == 409 and body["error"]["code"] == "unknown_queue", body
    status, body = await server.call(
        "GET", "/api/callbacks", headers=server.auth(server.owner_token), params={"status": "x"}
    )
    assert status == 422, body
    # A caller's number that is no number; a chat; a queue that does not offer it.
    caller = await server.call_in("support")
    path = f"/api/public/contacts/{caller['contact_id']}/callback"
    token = {"X-Contact-Token": caller["token"]}
    status, body = await server.call("POST", path, headers=token, json={"phone": "1234"})
    assert status == 422 and "not a phone number" in body["error"]["message"], body
    status, body = await server.call("POST", path, headers={}, json={"phone": CALLER})
    assert status == 404, body
    await server.owner("POST", "/api/queues", json={"name": "sales", "display_name": "Sales"})
    other = await server.call_in("sales")
    status, body = await server.call(
        "POST",
        f"/api/public/contacts/{other['contact_id']}/callback",
        headers={"X-Contact-Token": other["token"]},
        json={"phone": CALLER},
    )
    assert status == 409 and body["error"]["code"] == "not_supported", body
    assert [r["status"] for r in await callbacks(server, "cancelled")] == []
    # A web caller has no number to put on the do-not-call list: refused, nothing saved.
    _, agent_token = await server.add_agent("ann")
    desk = await server.desktop(agent_token, available=True)
    offer = await desk.expect("offer")
    await desk.request("offer.answer", offer_id=offer["offer_id"])
    contact_id = offer["contact"]["contact_id"]
    await desk.request("call.hangup", contact_id=contact_id)
    reply = await desk.request("wrapup.complete", contact_id=contact_id, do_not_call=True)
    assert reply["type"] == "error" and "no phone number" in reply["message"], reply
    assert await server.owner("GET", "/api/do-not-call") == []
