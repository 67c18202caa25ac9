"""Escalation tiers through a real server: an offline message nobody answers
within its queue's first-response target moves to the specialists' queue,
then to the supervisors, each step in the log and on the interaction; the
supervisors list it, the agent who takes it is told why, and the
service-targets report counts it in each tier it passed through."""

from __future__ import annotations

import time
from typing import Any

from callnest.server.keys import STORE
from integration.conftest import Running, StartServer
from integration.polling import settled


async def escalated(server: Running, contact_id: str) -> list[dict[str, Any]]:
    rows = await server.app[STORE].events_between(
        0, time.time() + 60, contact_id=contact_id, types=["contact.escalated"]
    )
    return [r | r["data"] for r in rows]


async def test_a_task_past_its_target_moves_up_to_the_specialists_then_the_supervisors(
    start_server: StartServer,
) -> None:
    server = await start_server(escalation_check_s=0.2, heartbeat_timeout_s=3.0)
    started = time.time()
    specialists = await server.owner(
        "POST",
        "/api/queues",
        json={"name": "specialists", "display_name": "Specialists", "first_response_target_s": 1},
    )
    support = await server.owner(
        "POST",
        "/api/queues",
        json={
            "name": "support",
            "display_name": "Support",
            "first_response_target_s": 1,
            "resolution_target_s": 3600,
            "escalate_to_queue_id": specialists["id"],
        },
    )
    assert (support["first_response_target_s"], support["escalate_to_queue_id"]) == (
        1.0,
        specialists["id"],
    )
    # A queue cannot escalate to itself, nor to a queue that is not there.
    for target, problem in ((support["id"], "itself"), (999, "there is no queue 999")):
        status, refused = await server.call(
            "PATCH",
            f"/api/queues/{support['id']}",
            server.owner_token,
            json={"escalate_to_queue_id": target},
        )
        assert status == 422, refused
        [detail] = refused["error"]["details"]
        assert detail["field"] == "escalate_to_queue_id" and problem in detail["problem"]

    # Someone who serves both queues is logged in, but on a break.
    [lunch, *_] = await server.owner("GET", "/api/break-reasons")
    agent_id, token = await server.add_agent("ann")
    desk = await server.desktop(token)
    reply = await desk.request("agent.set_state", state="break", reason_id=lunch["id"])
    assert reply["type"] == "ok", reply

    status, left = await server.call(
        "POST",
        "/api/public/queues/support/messages",
        json={"name": "Bob", "phone": "+1 555 0100", "text": "Call me about my order"},
    )
    assert status == 201, left
    contact_id = left["contact_id"]

    # Past 1 s unanswered: into the specialists' queue, then (1 s there) the supervisors'.
    steps = await settled(lambda: escalated(server, contact_id), lambda found: len(found) == 2)
    to_specialists, to_supervisors = steps
    assert (to_specialists["queue_id"], to_specialists["to_queue_id"]) == (
        support["id"],
        specialists["id"],
    )
    assert (to_specialists["tier"], to_specialists["reason"]) == (2, "first_response")
    assert (to_supervisors["queue_id"], to_supervisors["to_queue_id"]) == (specialists["id"], None)
    assert (to_supervisors["tier"], to_supervisors["reason"]) == (3, "first_response")
    assert to_supervisors["at"] - to_specialists["at"] >= 1.0

    # The supervisors see it; an agent may not list them.
    [item] = await server.owner("GET", "/api/escalations")
    assert item["contact_id"] == contact_id
    assert (item["tier"], item["reason"], item["queue_id"]) == (
        3,
        "first_response",
        specialists["id"],
    )
    assert (item["channel"], item["customer_name"], item["state"]) == ("task", "Bob", "queued")
    assert (item["agent_id"], item["since"]) == (None, to_supervisors["at"])
    status, _ = await server.call("GET", "/api/escalations", token)
    assert status == 403
    interaction = await server.owner("GET", f"/api/interactions/{contact_id}")
    assert interaction["data"]["escalation"] | {"at": 0} == {
        "tier": 3,
        "reason": "first_response",
        "at": 0,
        "from_queue_id": specialists["id"],
        "to_queue_id": None,
    }

    # The agent who takes it is told why it came to them this way.
    reply = await desk.request("agent.set_state", state="available")
    assert reply["type"] == "ok", reply
    offer = await desk.expect("offer")
    assert offer["contact"]["contact_id"] == contact_id
    assert offer["contact"]["escalation"] == {"tier": 3, "reason": "first_response"}
    assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
    [held] = await server.owner("GET", "/api/escalations")
    assert (held["agent_id"], held["agent_name"], held["state"]) == (agent_id, "Ann", "connected")
    assert (await desk.request("call.hangup", contact_id=contact_id))["type"] == "ok"
    done = await desk.request("wrapup.complete", contact_id=contact_id)
    assert done["type"] == "ok", done
    await settled(lambda: server.owner("GET", "/api/escalations"), lambda found: found == [])
    await desk.close()

    # The report counts it in each tier it passed through.
    report = await server.owner(
        "GET",
        "/api/reports/service-targets",
        params={"since": started - 1, "until": time.time() + 1},
    )
    rows = {(r["queue_id"], r["tier"]): r for r in report["rows"]}
    assert sorted(rows) == sorted(
        [(support["id"], 1), (specialists["id"], 2), (specialists["id"], 3)]
    )
    first = rows[(support["id"], 1)]
    assert (first["name"], first["items"], first["responded"]) == ("Support", 1, 0)
    assert (first["first_response_within_pct"], first["resolved"]) == (0.0, 0)
    assert (first["first_response_target_s"], first["resolution_target_s"]) == (1.0, 3600.0)
    second = rows[(specialists["id"], 2)]
    assert (second["items"], second["responded"], second["first_response_within_pct"]) == (
        1,
        0,
        0.0,
    )
    last = rows[(specialists["id"], 3)]
    assert (last["items"], last["responded"], last["resolved"]) == (1, 1, 1)
    assert last["first_response_mean_s"] == last["first_response_p90_s"] > 0
    assert last["resolution_mean_s"] >= last["first_response_mean_s"]
    status, bad = await server.call(
        "GET",
        "/api/reports/service-targets",
        server.owner_token,
        params={"since": 10, "until": 5},
    )
    assert status == 422, bad
