"""A contact's whole life through the real server: public caller endpoint,
desktop WebSocket, ACD, event log and interactions table."""

from __future__ import annotations

import asyncio

import aiohttp

from integration.conftest import Running, StartServer


async def test_call_is_offered_answered_ended_and_dispositioned(server: Running) -> None:
    agent_id, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    assert desk.welcome["user"]["id"] == agent_id
    # The queue's name for people, not its slug (the default queue's is "Support").
    assert [(q["name"], q["display_name"]) for q in desk.welcome["queues"]] == [
        ("support", "Support")
    ]
    dispositions = {d["name"]: d["id"] for d in desk.welcome["dispositions"]}

    contact = await server.call_in("support", "Bob")
    offer = await desk.expect("offer")
    assert offer["contact"]["contact_id"] == contact["contact_id"]
    assert offer["contact"]["caller_name"] == "Bob"
    assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
    update = await desk.expect("contact.update")
    assert update["contact"]["phase"] == "connected"
    status, seen = await server.contact(contact)
    assert (status, seen["state"]) == (200, "connected")

    assert (await desk.request("call.hold", contact_id=contact["contact_id"]))["type"] == "ok"
    assert (await desk.expect("contact.update"))["contact"]["phase"] == "on_hold"
    assert (await desk.request("call.resume", contact_id=contact["contact_id"]))["type"] == "ok"
    assert (await desk.request("call.hangup", contact_id=contact["contact_id"]))["type"] == "ok"
    wrap = await desk.expect("contact.update", within=5)
    while wrap["contact"]["phase"] != "wrap_up":
        wrap = await desk.expect("contact.update")
    assert wrap["contact"]["end_reason"] == "agent_hangup"
    assert wrap["contact"]["wrap_up_deadline"] is not None

    reply = await desk.request(
        "wrapup.complete",
        contact_id=contact["contact_id"],
        disposition_id=dispositions["Resolved"],
        notes="asked about invoice 42",
        customer={
            "name": "Bob Smith",
            "phones": ["+44 20 7946 0000"],
            "emails": [],
            "notes": "",
            "custom_fields": {},
        },
    )
    assert reply["type"] == "ok", reply

    interaction = await server.owner("GET", f"/api/interactions/{contact['contact_id']}")
    assert interaction["state"] == "closed"
    assert interaction["outcome"] == "answered"
    assert interaction["agent_id"] == agent_id
    assert interaction["disposition_id"] == dispositions["Resolved"]
    assert interaction["notes"] == "asked about invoice 42"
    assert interaction["hold_s"] > 0
    customer = await server.owner("GET", f"/api/customers/{interaction['customer_id']}")
    assert customer["name"] == "Bob Smith"
    found = await server.owner("GET", "/api/customer-search", params={"phone": "+442079460000"})
    assert [c["id"] for c in found] == [customer["id"]]

    stats = await server.owner("GET", "/api/stats")
    assert stats["totals"]["offered"] == 1
    assert stats["totals"]["answered"] == 1
    assert stats["open_contacts"] == 0
    # The same figures from the stored event log.
    stored = await server.owner("GET", "/api/stats", params={"since": "0"})
    assert stored["totals"]["answered"] == 1
    assert stored["totals"]["aht_s"] == stats["totals"]["aht_s"]
    await desk.close()


async def test_caller_hanging_up_while_queued_is_an_abandon(server: Running) -> None:
    first = await server.call_in("support", "First")
    second = await server.call_in("support", "Second")
    status, seen = await server.contact(second)
    assert (status, seen["state"], seen["position"]) == (200, "queued", 2)
    status, gone = await server.contact(first, "DELETE")
    assert (status, gone["state"], gone["outcome"]) == (200, "closed", "abandoned")
    _, seen = await server.contact(second)
    assert seen["position"] == 1
    stats = await server.owner("GET", "/api/stats")
    assert (stats["totals"]["offered"], stats["totals"]["abandoned"]) == (2, 1)
    assert stats["totals"]["waiting"] == 1
    assert stats["totals"]["longest_wait_s"] > 0


async def test_long_poll_returns_when_the_contact_changes(server: Running) -> None:
    _, token = await server.add_agent("ann")
    contact = await server.call_in("support")
    poll = asyncio.create_task(server.contact(contact, params={"wait_s": "10"}))
    await asyncio.sleep(0.2)
    assert not poll.done()
    desk = await server.desktop(token, available=True)
    await desk.expect("offer")
    status, seen = await asyncio.wait_for(poll, 5)
    assert (status, seen["state"]) == (200, "ringing")
    await desk.close()


async def test_silent_desktop_goes_offline_and_its_offer_returns_to_the_queue(
    server: Running,
) -> None:
    # Heartbeat timeout is 1.5 s in this fixture (12 s by default: offline within 15 s).
    _, silent_token = await server.add_agent("silent")
    _, ready_token = await server.add_agent("ready")
    silent = await server.desktop(silent_token, available=True, heartbeat=False)
    contact = await server.call_in("support")
    offer = await silent.expect("offer")
    assert offer["contact"]["contact_id"] == contact["contact_id"]
    ready = await server.desktop(ready_token, available=True)
    # The silent desktop sends nothing more (no pings): it is dropped, and the
    # contact it was offered is offered to the other agent.
    second_offer = await ready.expect("offer", within=6)
    assert second_offer["contact"]["contact_id"] == contact["contact_id"]
    closed = await silent.ws.receive(timeout=5)
    while closed.type is aiohttp.WSMsgType.TEXT:
        closed = await silent.ws.receive(timeout=5)
    assert (closed.type, closed.data) == (aiohttp.WSMsgType.CLOSE, 4408)
    stats = await server.owner("GET", "/api/stats")
    assert stats["open_contacts"] == 1
    await ready.close()


async def test_dropped_connection_keeps_the_call_when_it_resumes_in_time(
    start_server: StartServer,
) -> None:
    server: Running = await start_server(heartbeat_timeout_s=3.0)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    contact = await server.call_in("support")
    offer = await desk.expect("offer")
    await desk.request("offer.answer", offer_id=offer["offer_id"])
    await desk.close()  # the home network drops
    await asyncio.sleep(0.5)
    again = await server.desktop(token)
    contacts = again.welcome["agent"]["contacts"]
    assert [c["contact_id"] for c in contacts] == [contact["contact_id"]]
    assert contacts[0]["phase"] == "connected"
    await asyncio.sleep(3.5)  # past the grace period: still connected
    _, seen = await server.contact(contact)
    assert seen["state"] == "connected"
    await again.close()


async def test_agent_who_never_comes_back_returns_the_call_to_the_head_of_the_queue(
    server: Running,
) -> None:
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    first = await server.call_in("support", "First")
    offer = await desk.expect("offer")
    await desk.request("offer.answer", offer_id=offer["offer_id"])
    later = await server.call_in("support", "Later")
    await desk.close()
    await asyncio.sleep(2.5)  # grace (1.5 s) runs out
    _, seen = await server.contact(first)
    assert (seen["state"], seen["position"]) == ("queued", 1)
    _, seen_later = await server.contact(later)
    assert seen_later["position"] == 2


async def test_supervisor_gets_live_figures_pushed(server: Running) -> None:
    team = await server.owner("POST", "/api/teams", json={"name": "floor"})
    supervisor = await server.owner(
        "POST",
        "/api/users",
        json={
            "username": "sue",
            "display_name": "Sue",
            "role": "supervisor",
            "password": "password-sue",
            "team_id": team["id"],  # a supervisor sees her own team
        },
    )
    desk = await server.desktop(await server.login("sue", "password-sue"))
    assert (await desk.request("stats.subscribe"))["type"] == "ok"
    snapshot = await desk.expect("stats.snapshot")
    assert [q["name"] for q in snapshot["queues"]] == ["support"]
    assert snapshot["queues"][0]["waiting"] == 0
    assert supervisor["id"] in [a["agent_id"] for a in snapshot["agents"]]
    await server.call_in("support")
    update = await desk.expect("stats.update", within=3)
    assert update["queues"][0]["waiting"] == 1
    assert update["queues"][0]["offered"] == 1
    await desk.close()


async def test_long_poll_answers_at_once_when_the_state_already_moved_on(server: Running) -> None:
    contact = await server.call_in("support")
    status, seen = await asyncio.wait_for(
        server.contact(contact, params={"wait_s": "20", "state": "ringing"}), 2
    )
    assert (status, seen["state"]) == (200, "queued")


async def test_a_dropped_desktop_gets_no_new_offers_and_hands_ringing_ones_on(
    server: Running,
) -> None:
    _, dropping_token = await server.add_agent("dropping")
    _, other_token = await server.add_agent("other")
    dropping = await server.desktop(dropping_token, available=True)
    contact = await server.call_in("support")
    await dropping.expect("offer")
    other = await server.desktop(other_token, available=True)
    await dropping.close()  # well inside the 1.5 s grace, the offer moves on
    offer = await other.expect("offer", within=1.0)
    assert offer["contact"]["contact_id"] == contact["contact_id"]
    # Back within the grace: available again, as it was.
    again = await server.desktop(dropping_token)
    assert again.welcome["agent"]["state"] == "break"
    state = await again.expect("agent.state")
    assert (state["state"], state["reason"]) == ("available", None)
    await again.close()
    await other.close()
