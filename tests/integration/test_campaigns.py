"""Campaigns end to end on real peers: the owner makes a campaign and fills
its list; the dialer places one call per free agent through Kamailio to
SIPp playing the people called (answering, or busy: tried again later);
numbers on the do-not-call list (every campaign's, or this one's) and
people outside their calling window are never called; pausing takes back
what was not placed; a restart loses nobody and dials nobody twice."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from integration.conftest import Desktop, Running, StartServer
from integration.polling import settled
from integration.sip_peers import Sipp, free_sip_port
from integration.trunk_calls import NUMBER, add_trunk, phone_settings

pytestmark = pytest.mark.slow

# Slovenian mobiles: callable Mon-Fri 09:00-20:00 Ljubljana time by default,
# so each test gives its campaign a window open all week, all day.
PEOPLE = ["+38640111222", "+38640111333", "+38641222444", "+38651333555"]
ALWAYS = {
    "start": "00:00",
    "end": "23:59",
    "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
}


async def campaign_line(
    start_server: StartServer, data_dir: Path, settings: dict[str, Any] | None = None
) -> tuple[Running, dict[str, Any], int]:
    """A server with queue 'outbound' calling out with NUMBER on a trunk at a
    free port, where SIPp plays the people called."""
    settings = settings or {**phone_settings(), "far": free_sip_port()}
    server = await start_server(
        data_dir, no_answer_pause_s=0.5, **{k: v for k, v in settings.items() if k != "far"}
    )
    if not await server.owner("GET", "/api/queues"):
        queue = await server.owner(
            "POST",
            "/api/queues",
            json={
                "name": "outbound",
                "display_name": "Outbound",
                "outbound_caller_id": NUMBER,
                "wrap_up_s": 0,
            },
        )
        await add_trunk(server, queue["id"], port=settings["far"])
    return server, settings, settings["far"]


async def new_campaign(server: Running, **fields: Any) -> dict[str, Any]:
    queue_id = (await server.owner("GET", "/api/queues"))[0]["id"]
    campaign: dict[str, Any] = await server.owner(
        "POST",
        "/api/campaigns",
        json={"name": "renewals", "queue_id": queue_id, "calling_window": ALWAYS} | fields,
    )
    return campaign


async def prospects(server: Running, campaign_id: int) -> dict[str, dict[str, Any]]:
    rows = await server.owner("GET", f"/api/campaigns/{campaign_id}/prospects")
    return {r["number"]: r for r in rows}


async def talk_and_hang_up(desk: Desktop) -> dict[str, Any]:
    """The agent's next call of the campaign, connected, then hung up."""
    async with asyncio.timeout(15):
        while True:
            update = await desk.expect("contact.update", within=15)
            contact: dict[str, Any] = update["contact"]
            if contact["phase"] == "connected":
                reply = await desk.request("call.hangup", contact_id=contact["contact_id"])
                assert reply["type"] == "ok", reply
                return contact


async def test_a_progressive_campaign_calls_its_list_and_never_a_listed_number(
    start_server: StartServer, tmp_path: Path
) -> None:
    server, _, far = await campaign_line(start_server, tmp_path / "center")
    campaign = await new_campaign(server, mode="progressive")
    cid = campaign["id"]
    added = await server.owner(
        "POST",
        f"/api/campaigns/{cid}/prospects",
        json={
            "region": "SI",
            "prospects": [
                {"number": "040 111 222", "name": "Ana"},
                {"number": "+386 40 111 333", "name": "Bor"},
                {"number": "041 222 444"},
                {"number": "051 333 555"},
                {"number": "+386 40 111 222"},  # Ana again
                {"number": "12"},
            ],
        },
    )
    assert (added["added"], added["already_listed"]) == (4, 1)
    assert [(p["line"], p["number"]) for p in added["refused"]] == [(6, "12")]
    # One number nobody may call, one only this campaign may not.
    await server.owner("POST", "/api/do-not-call", json={"number": PEOPLE[2]})
    await server.owner("POST", "/api/do-not-call", json={"number": PEOPLE[3], "campaign_id": cid})
    phone = await Sipp.start("callee_answers.xml", tmp_path / "far", port=far, calls=2)
    try:
        desks = []
        for name in ("ann", "bob"):
            _, token = await server.add_agent(name)
            desks.append(await server.desktop(token, available=True))
        await server.owner("POST", f"/api/campaigns/{cid}/start")
        # Two free agents: two calls at once, one each.
        called = await asyncio.gather(*(talk_and_hang_up(d) for d in desks))
        assert sorted(c["caller_address"] for c in called) == PEOPLE[:2]
        assert all(c["purpose"] is None for c in called)  # connected: a call like any other
        assert await phone.wait() == 0, phone.output()
    finally:
        await phone.stop()
    rows = await settled(
        lambda: prospects(server, cid), lambda r: all(r[n]["status"] == "done" for n in PEOPLE[:2])
    )
    assert {n: (r["status"], r["attempts"]) for n, r in rows.items()} == {
        PEOPLE[0]: ("done", 1),
        PEOPLE[1]: ("done", 1),
        PEOPLE[2]: ("pending", 0),
        PEOPLE[3]: ("pending", 0),
    }
    # The wallboard shows the campaign's day.
    board = await server.desktop(server.owner_token)
    assert (await board.request("stats.subscribe"))["type"] == "ok"
    (shown,) = (await board.expect("stats.snapshot"))["campaigns"]
    assert (shown["name"], shown["status"]) == ("renewals", "running")
    assert (shown["dialed_today"], shown["reached_today"], shown["in_calls"]) == (2, 2, 0)
    figures = await server.owner("GET", f"/api/campaigns/{cid}/figures")
    assert (figures["attempts"], figures["reached"], figures["abandon_pct"]) == (2, 2, 0.0)
    assert figures["prospects"] == {"done": 2, "pending": 2}
    assert sorted(figures["agents"]) == sorted(str(d.welcome["user"]["id"]) for d in desks)


async def test_busy_is_tried_again_later_and_a_closed_window_calls_nobody(
    start_server: StartServer, tmp_path: Path
) -> None:
    server, _, far = await campaign_line(start_server, tmp_path / "center")
    # Open only on a day that is not today in Ljubljana: nobody is called.
    today = time.strftime("%a", time.gmtime()).lower()
    other = "sun" if today != "sun" else "mon"
    closed = {"start": "09:00", "end": "10:00", "days": [other]}
    campaign = await new_campaign(server, mode="preview", preview_s=1, calling_window=closed)
    cid = campaign["id"]
    await server.owner(
        "POST", f"/api/campaigns/{cid}/prospects", json={"prospects": [{"number": PEOPLE[0]}]}
    )
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    await server.owner("POST", f"/api/campaigns/{cid}/start")
    with pytest.raises(TimeoutError):
        await desk.expect("offer", within=2.5)
    await server.owner("PATCH", f"/api/campaigns/{cid}", json={"calling_window": ALWAYS})
    phone = await Sipp.start("trunk_busy.xml", tmp_path / "far", port=far)
    try:
        offer = await desk.expect("offer", within=5)
        card = offer["contact"]
        assert (card["purpose"], card["caller_address"]) == ("campaign", PEOPLE[0])
        assert await phone.wait() == 0, phone.output()  # placed when the 1 s card ran out
    finally:
        await phone.stop()
    rows = await settled(lambda: prospects(server, cid), lambda r: r[PEOPLE[0]]["last_outcome"])
    busy = rows[PEOPLE[0]]
    assert busy["attempts"] == 1
    assert (busy["status"], busy["last_outcome"]) == ("pending", "busy")
    assert busy["next_attempt_at"] == pytest.approx(time.time() + 600, abs=15)


async def test_a_person_who_does_not_answer_is_given_up_on_and_tried_again_later(
    start_server: StartServer, tmp_path: Path
) -> None:
    settings = {**phone_settings(), "far": free_sip_port(), "dial_timeout_s": 2.0}
    server, _, far = await campaign_line(start_server, tmp_path / "center", settings)
    campaign = await new_campaign(server, mode="progressive")
    cid = campaign["id"]
    await server.owner(
        "POST", f"/api/campaigns/{cid}/prospects", json={"prospects": [{"number": PEOPLE[1]}]}
    )
    phone = await Sipp.start("trunk_rings_forever.xml", tmp_path / "far", port=far)
    try:
        _, token = await server.add_agent("ann")
        desk = await server.desktop(token, available=True)
        await server.owner("POST", f"/api/campaigns/{cid}/start")
        ended = await unanswered_end(desk)
        assert ended["end_reason"] == "no_answer"
        assert await phone.wait() == 0, phone.output()  # our CANCEL reached it
    finally:
        await phone.stop()
    rows = await settled(lambda: prospects(server, cid), lambda r: r[PEOPLE[1]]["last_outcome"])
    quiet = rows[PEOPLE[1]]
    assert (quiet["status"], quiet["last_outcome"], quiet["attempts"]) == (
        "pending",
        "no_answer",
        1,
    )
    assert quiet["next_attempt_at"] == pytest.approx(time.time() + 3600, abs=15)


async def unanswered_end(desk: Desktop) -> dict[str, Any]:
    """The agent's call out, once it ended without being answered."""
    async with asyncio.timeout(15):
        while True:
            update = await desk.expect("contact.update", within=15)
            contact: dict[str, Any] = update["contact"]
            assert contact["phase"] != "connected", contact
            if contact["phase"] == "ended":
                return contact


async def test_the_campaigns_script_is_read_and_an_answering_machine_is_tried_again(
    start_server: StartServer, tmp_path: Path
) -> None:
    server, _, far = await campaign_line(start_server, tmp_path / "center")
    await server.owner("PATCH", "/api/queues/1", json={"wrap_up_s": 60})
    script = await server.owner(
        "POST", "/api/scripts", json={"name": "renewal", "body": "Hello, about your renewal."}
    )
    machine = await server.owner("POST", "/api/dispositions", json={"name": "Answering machine"})
    campaign = await new_campaign(
        server,
        mode="preview",
        preview_s=0.5,
        script_id=script["id"],
        machine_dispositions=[machine["id"]],
        retry={"max_attempts": 3, "spacing_min": {"machine": 30}},
    )
    cid = campaign["id"]
    await server.owner(
        "POST", f"/api/campaigns/{cid}/prospects", json={"prospects": [{"number": PEOPLE[0]}]}
    )
    phone = await Sipp.start("callee_answers.xml", tmp_path / "far", port=far)
    try:
        _, token = await server.add_agent("ann")
        desk = await server.desktop(token, available=True)
        await server.owner("POST", f"/api/campaigns/{cid}/start")
        offer = await desk.expect("offer", within=5)
        assert offer["script"] == "Hello, about your renewal."  # the campaign's, not the queue's
        connected = await talk_and_hang_up(desk)
        # The person asked never to be called again: the agent says so at wrap-up.
        reply = await desk.request(
            "wrapup.complete",
            contact_id=connected["contact_id"],
            disposition_id=machine["id"],
            do_not_call=True,
        )
        assert reply["type"] == "ok", reply
        assert await phone.wait() == 0, phone.output()
    finally:
        await phone.stop()
    # Reached (written at the answer), then back to pending by the disposition.
    rows = await settled(
        lambda: prospects(server, cid), lambda r: r[PEOPLE[0]]["last_outcome"] == "machine"
    )
    again = rows[PEOPLE[0]]
    assert (again["status"], again["last_outcome"], again["attempts"]) == ("pending", "machine", 1)
    assert again["disposition_id"] == machine["id"]
    assert again["next_attempt_at"] == pytest.approx(time.time() + 1800, abs=15)
    (listed,) = await server.owner("GET", "/api/do-not-call")
    assert (listed["number"], listed["campaign_id"]) == (PEOPLE[0], None)
    assert listed["reason"] == "asked during a call"


async def test_pause_takes_back_what_was_not_placed_and_a_restart_loses_nobody(
    start_server: StartServer, tmp_path: Path
) -> None:
    data_dir = tmp_path / "center"
    first, settings, _ = await campaign_line(start_server, data_dir)
    campaign = await new_campaign(first, mode="preview", preview_s=60)
    cid = campaign["id"]
    await first.owner(
        "POST",
        f"/api/campaigns/{cid}/prospects",
        json={"prospects": [{"number": n} for n in PEOPLE[:2]]},
    )
    _, token = await first.add_agent("ann")
    desk = await first.desktop(token, available=True)
    await first.owner("POST", f"/api/campaigns/{cid}/start")
    offer = await desk.expect("offer", within=5)  # a 60 s card: queued, not placed
    rows = await prospects(first, cid)
    queued = [n for n, r in rows.items() if r["status"] == "queued"]
    assert queued == [offer["contact"]["caller_address"]]  # one agent: one person at a time
    await first.owner("POST", f"/api/campaigns/{cid}/pause")
    withdrawn = await desk.expect("offer.withdrawn", within=5)
    assert withdrawn["offer_id"] == offer["offer_id"]
    rows = await settled(
        lambda: prospects(first, cid), lambda r: all(p["status"] == "pending" for p in r.values())
    )
    assert all(r["attempts"] == 0 for r in rows.values())

    # Running again, the card out, the server stops: nobody lost, nobody dialled.
    await first.owner("POST", f"/api/campaigns/{cid}/start")
    await desk.expect("offer", within=5)
    await desk.close()
    await first.stop()
    second, _, _ = await campaign_line(start_server, data_dir, settings)
    rows = await prospects(second, cid)
    assert {r["status"] for r in rows.values()} == {"pending"}
    assert all(r["attempts"] == 0 for r in rows.values())


async def test_bad_campaigns_and_lists_are_refused_in_words(
    start_server: StartServer, tmp_path: Path
) -> None:
    server, _, _ = await campaign_line(start_server, tmp_path / "center")
    queue_id = (await server.owner("GET", "/api/queues"))[0]["id"]
    owner = server.auth(server.owner_token)
    for fields, words in (
        ({"calling_window": {"start": "20:00", "end": "09:00", "days": ["mon"]}}, "end"),
        ({"calling_window": {"start": "09:00", "end": "17:00", "days": ["someday"]}}, "day"),
        ({"retry": {"max_attempts": 0}}, "max_attempts"),
        ({"mode": "predictive"}, "mode"),
    ):
        status, body = await server.call(
            "POST",
            "/api/campaigns",
            headers=owner,
            json={"name": "bad", "queue_id": queue_id} | fields,
        )
        assert status == 422, body
        assert words in str(body["error"]), body
    status, body = await server.call(
        "POST", "/api/campaigns/999/prospects", headers=owner, json={"prospects": []}
    )
    assert status == 404, body
    status, body = await server.call(
        "POST", "/api/do-not-call", headers=owner, json={"number": "not a number"}
    )
    assert status == 422, body
    campaign = await new_campaign(server)
    await server.owner("POST", f"/api/campaigns/{campaign['id']}/finish")
    status, body = await server.call(
        "POST", f"/api/campaigns/{campaign['id']}/start", headers=owner
    )
    assert status == 409 and "finished" in body["error"]["message"], body
