"""The supervisors' live wallboard through the real server: deltas pushed as
things change, team scoping, agent health, raise hand, and what a supervisor
may do to an agent (and who may not)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest

from callnest import protocol as p
from callnest.server.keys import CENTER
from integration.conftest import Desktop, Running, StartServer

# The server gathers changes for 20 ms before pushing them; the old wallboard
# pushed every 0.5 s. Well under that, with room for a busy machine.
PROMPT_S = 0.3


async def _supervisor(server: Running, username: str, team_id: int | None = None) -> Desktop:
    """A supervisor watching the wallboard: of ``team_id``, else of the floor."""
    team_id = team_id if team_id is not None else await _floor(server)
    await server.add_agent(username, role="supervisor", team_id=team_id)
    desk = await server.desktop(await server.login(username, "password-" + username))
    assert (await desk.request("stats.subscribe"))["type"] == "ok"
    return desk


async def _team(server: Running, name: str) -> int:
    team_id: int = (await server.owner("POST", "/api/teams", json={"name": name}))["id"]
    return team_id


async def _floor(server: Running) -> int:
    """The team the tests' agents and supervisor share: a supervisor
    supervises her own team's agents only."""
    found = [t["id"] for t in await server.owner("GET", "/api/teams") if t["name"] == "floor"]
    return found[0] if found else await _team(server, "floor")


async def _agent(server: Running, username: str) -> tuple[int, str]:
    """An agent of the floor (her id and a login token)."""
    return await server.add_agent(username, team_id=await _floor(server))


def _by_id(message: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {a["agent_id"]: a for a in message["agents"]}


def _valid(message: dict[str, Any]) -> None:
    """The frame as the desktop parses it: every figure within the protocol."""
    p.parse_server(json.dumps(message))


async def _update_about(desk: Desktop, agent_id: int, within: float = 3.0) -> dict[str, Any]:
    """The next stats.update carrying ``agent_id``."""
    deadline = time.monotonic() + within
    while True:
        update = await desk.expect("stats.update", within=max(0.01, deadline - time.monotonic()))
        if agent_id in _by_id(update):
            return _by_id(update)[agent_id]


async def _answered_call(server: Running, desk: Desktop) -> str:
    contact = await server.call_in("support")
    offer = await desk.expect("offer")
    assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
    contact_id: str = contact["contact_id"]
    return contact_id


# ------------------------------------------------------------------ pushing


async def test_a_change_reaches_the_supervisor_promptly_and_alone(server: Running) -> None:
    ann_id, ann_token = await _agent(server, "ann")
    bob_id, bob_token = await _agent(server, "bob")
    sue = await _supervisor(server, "sue")
    snapshot = await sue.expect("stats.snapshot")
    assert {ann_id, bob_id} <= set(_by_id(snapshot))
    _valid(snapshot)
    ann = await server.desktop(ann_token)
    bob = await server.desktop(bob_token)

    sent = time.monotonic()
    assert (await ann.request("agent.set_state", state="available"))["type"] == "ok"
    update = await sue.expect("stats.update", within=PROMPT_S)
    assert time.monotonic() - sent < PROMPT_S
    # Only what moved: Ann, and the queue whose available count she changed.
    assert [a["agent_id"] for a in update["agents"]] == [ann_id]
    assert update["agents"][0]["state"] == "available"
    assert [(q["name"], q["agents_available"]) for q in update["queues"]] == [("support", 1)]
    _valid(update)

    # A caller rings Ann: the queue and Ann move together, Bob not at all.
    await server.call_in("support")
    update = await sue.expect("stats.update", within=PROMPT_S)
    assert [(a["agent_id"], a["activity"]) for a in update["agents"]] == [(ann_id, "ringing")]
    assert [(q["offered"], q["agents_busy"]) for q in update["queues"]] == [(1, 1)]
    await ann.close()
    await bob.close()
    await sue.close()


async def test_clock_driven_figures_come_with_a_whole_snapshot(
    start_server: StartServer,
) -> None:
    server = await start_server(heartbeat_timeout_s=1.5, stats_refresh_s=0.3)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    ann_id, ann_token = await _agent(server, "ann")
    ann = await server.desktop(ann_token)
    reasons = {r["name"]: r["id"] for r in ann.welcome["break_reasons"]}
    await ann.request("agent.set_state", state="break", reason_id=reasons["Lunch"])
    sue = await _supervisor(server, "sue")
    subscribed = await sue.expect("stats.snapshot")
    first = _by_id(subscribed)[ann_id]
    # The next snapshot taken later (a refresh may coincide with the subscription's).
    async with asyncio.timeout(2):
        refreshed = await sue.expect("stats.snapshot")
        while refreshed["at"] <= subscribed["at"]:
            refreshed = await sue.expect("stats.snapshot")
    again = _by_id(refreshed)[ann_id]
    assert again["break_s"] > first["break_s"]
    assert again["last_heartbeat_at"] == pytest.approx(time.time(), abs=2)
    await ann.close()
    await sue.close()


# ------------------------------------------------------------------ teams


async def test_a_supervisor_sees_their_team_and_every_queue(server: Running) -> None:
    red, blue = await _team(server, "red"), await _team(server, "blue")
    ann_id, ann_token = await server.add_agent("ann", team_id=red)
    bob_id, bob_token = await server.add_agent("bob", team_id=blue)
    sue = await _supervisor(server, "sue", team_id=red)
    owner = await server.desktop(server.owner_token)
    assert (await owner.request("stats.subscribe"))["type"] == "ok"

    mine = _by_id(await sue.expect("stats.snapshot"))
    everyone = _by_id(await owner.expect("stats.snapshot"))
    assert ann_id in mine and bob_id not in mine
    assert {ann_id, bob_id} <= set(everyone)

    bob = await server.desktop(bob_token)
    assert (await bob.request("agent.set_state", state="available"))["type"] == "ok"
    assert (await _update_about(owner, bob_id))["state"] == "available"
    # Sue is told the queue's count changed, never about Bob.
    async with asyncio.timeout(1.0):
        while True:
            update = await sue.expect("stats.update")
            assert bob_id not in _by_id(update)
            if any(q["agents_available"] == 1 for q in update["queues"]):
                break
    ann = await server.desktop(ann_token)
    assert (await ann.request("agent.set_state", state="available"))["type"] == "ok"
    assert (await _update_about(sue, ann_id))["state"] == "available"
    for desk in (ann, bob, sue, owner):
        await desk.close()


async def test_agents_get_no_figures(server: Running) -> None:
    _, token = await server.add_agent("ann")
    ann = await server.desktop(token)
    reply = await ann.request("stats.subscribe")
    assert (reply["type"], reply["code"]) == ("error", "forbidden")
    await ann.close()


# ------------------------------------------------------------------ health


async def test_raised_hand_shows_and_drops_when_the_call_ends(server: Running) -> None:
    ann_id, token = await _agent(server, "ann")
    ann = await server.desktop(token, available=True)
    sue = await _supervisor(server, "sue")

    refused = await ann.request("agent.raise_hand", raised=True)
    assert (refused["type"], refused["code"]) == ("error", "not_in_call")
    refused = await sue.request("agent.raise_hand", raised=True)
    assert (refused["type"], refused["code"]) == ("error", "not_in_call")

    contact_id = await _answered_call(server, ann)
    assert (await ann.request("agent.raise_hand", raised=True))["type"] == "ok"
    while not (await _update_about(sue, ann_id))["hand_raised"]:
        pass
    assert (await ann.request("call.hangup", contact_id=contact_id))["type"] == "ok"
    figures = await _update_about(sue, ann_id)
    assert (figures["activity"], figures["hand_raised"]) == ("wrap_up", False)
    await ann.close()
    await sue.close()


async def test_a_silent_or_muted_microphone_is_timed_in_a_call(server: Running) -> None:
    ann_id, token = await _agent(server, "ann")
    ann = await server.desktop(token, available=True)
    sue = await _supervisor(server, "sue")

    async def mic(level_db: float) -> None:
        reply = await ann.request("rtc.stats", packets_lost=0, jitter_ms=3.0, mic_level_db=level_db)
        assert reply["type"] == "ok", reply

    await mic(-25.0)
    contact_id = await _answered_call(server, ann)
    figures = await _update_about(sue, ann_id)
    while figures["activity"] != "busy":
        figures = await _update_about(sue, ann_id)
    assert figures["mic_silent_s"] is None
    await mic(-80.0)
    figures = await _update_about(sue, ann_id)
    assert figures["mic_silent_s"] is not None and figures["mic_silent_s"] < 1
    await mic(-25.0)
    assert (await _update_about(sue, ann_id))["mic_silent_s"] is None
    # Muted is silent too, whatever the microphone hears.
    assert (await ann.request("call.mute", contact_id=contact_id, muted=True))["type"] == "ok"
    assert (await _update_about(sue, ann_id))["mic_silent_s"] is not None
    assert (await ann.request("call.hangup", contact_id=contact_id))["type"] == "ok"
    figures = await _update_about(sue, ann_id)
    assert (figures["activity"], figures["mic_silent_s"]) == ("wrap_up", None)
    # Outside a call, silence is nobody's concern.
    await mic(-90.0)
    await ann.close()
    await sue.close()


async def test_link_figures_show_with_a_mos_and_stay_on_the_call(server: Running) -> None:
    ann_id, token = await _agent(server, "ann")
    ann = await server.desktop(token, available=True)
    sue = await _supervisor(server, "sue")
    center = server.app[CENTER]
    contact_id = await _answered_call(server, ann)
    # What the media plane reads from RTCP every 2 s (no audio link in this test).
    for loss, jitter in ((0.0, 4.0), (4.0, 12.0)):
        center.health.update_link(
            ann_id, p.LinkQuality(loss_pct=loss, jitter_ms=jitter, rtt_ms=40.0)
        )
        figures = await _update_about(sue, ann_id)
        assert figures["link"]["loss_pct"] == loss
    assert 3.0 < figures["mos"] < 4.2  # 4 % loss costs a clean link (4.4) dearly
    assert (await ann.request("call.hangup", contact_id=contact_id))["type"] == "ok"
    assert (await ann.request("wrapup.complete", contact_id=contact_id))["type"] == "ok"
    await center.flush()
    interaction = await server.owner("GET", f"/api/interactions/{contact_id}")
    link = interaction["data"]["link"]
    assert link["samples"] == 2
    assert (link["loss_pct_avg"], link["loss_pct_max"]) == (2.0, 4.0)
    assert link["jitter_ms_max"] == 12.0
    assert link["mos_min"] == figures["mos"]
    await ann.close()
    await sue.close()


# ------------------------------------------------------------ supervisor acts


async def test_a_supervisor_puts_an_agent_of_their_team_on_break_and_offline(
    server: Running,
) -> None:
    red = await _team(server, "red")
    ann_id, token = await server.add_agent("ann", team_id=red)
    ann = await server.desktop(token, available=True)
    await server.add_agent("sue", role="supervisor", team_id=red)
    sue = await server.login("sue", "password-sue")
    reasons = {r["name"]: r["id"] for r in ann.welcome["break_reasons"]}

    status, body = await server.call(
        "POST",
        f"/api/agents/{ann_id}/state",
        sue,
        json={"state": "break", "reason_id": reasons["Training"]},
    )
    assert (status, body["state"], body["reason_id"]) == (200, "break", reasons["Training"])
    state = await ann.expect("agent.state", state="break")
    assert state["reason"] == "Training"

    status, body = await server.call(
        "POST", f"/api/agents/{ann_id}/state", sue, json={"state": "offline"}
    )
    assert (status, body["state"]) == (200, "offline")
    await ann.expect("agent.state", state="offline")

    audit = await server.owner("GET", "/api/audit")
    mine = [a for a in audit if a["target"] == f"users:{ann_id}"]
    assert [a["action"] for a in mine][:2] == ["agent.set_state", "agent.set_state"]
    assert mine[1]["details"] == {"state": "break", "reason_id": reasons["Training"]}
    await ann.close()


async def test_going_offline_with_a_call_open_is_refused(server: Running) -> None:
    ann_id, token = await server.add_agent("ann")
    ann = await server.desktop(token, available=True)
    await _answered_call(server, ann)
    status, body = await server.call(
        "POST", f"/api/agents/{ann_id}/state", server.owner_token, json={"state": "offline"}
    )
    assert (status, body["error"]["code"]) == (409, "agent_busy")
    status, body = await server.call(
        "POST", f"/api/agents/{ann_id}/state", server.owner_token, json={"state": "break"}
    )
    assert (status, body["error"]["code"]) == (422, "unknown_reason")
    await ann.close()


async def test_a_supervisor_logs_an_agent_out(server: Running) -> None:
    ann_id, token = await _agent(server, "ann")
    ann = await server.desktop(token, available=True)
    contact_id = await _answered_call(server, ann)
    sue = await _supervisor(server, "sue")
    # The snapshot may be folded just before the answer reaches the figures:
    # then the next update says busy.
    figures = _by_id(await sue.expect("stats.snapshot"))[ann_id]
    while figures["activity"] != "busy":
        figures = await _update_about(sue, ann_id, within=3.0)

    status, body = await server.call(
        "POST", f"/api/agents/{ann_id}/logout", await server.login("sue", "password-sue")
    )
    assert (status, body["logged_out"], body["logins_ended"]) == (200, True, 1)
    ended = await ann.expect("session.ended")
    assert "supervisor" in ended["reason"]
    # No grace (1.5 s here): offline at once, the call back in its queue.
    figures = await _update_about(sue, ann_id, within=1.0)
    while figures["state"] != "offline":
        figures = await _update_about(sue, ann_id, within=1.0)
    assert figures["contact_id"] is None
    contact = server.app[CENTER].acd.contacts[contact_id]
    assert (contact.phase, contact.agent_id) == ("queued", None)
    status, _ = await server.call("GET", "/api/me", token)
    assert status == 401
    audit = await server.owner("GET", "/api/audit")
    assert audit[0]["action"] == "agent.logout"
    assert audit[0]["target"] == f"users:{ann_id}"
    await sue.close()


async def test_a_supervisor_never_acts_on_an_owner_or_another_supervisor(
    server: Running,
) -> None:
    # An outside tester's find: a supervisor with no team could log the owner
    # (who has no team either) out, again and again.
    red = await _team(server, "red")
    owner = await server.desktop(server.owner_token)
    owner_id = owner.welcome["user"]["id"]
    _, loner = await server.add_agent("lou", role="supervisor")
    max_id, max_token = await server.add_agent("max", role="supervisor", team_id=red)
    max_desk = await server.desktop(max_token)
    _, sue = await server.add_agent("sue", role="supervisor", team_id=red)
    for token, target in ((loner, owner_id), (sue, owner_id), (sue, max_id)):
        for path, payload in (
            (f"/api/agents/{target}/logout", None),
            (f"/api/agents/{target}/state", {"state": "offline"}),
        ):
            status, body = await server.call("POST", path, token, json=payload)
            assert (status, body["error"]["code"]) == (403, "forbidden"), (path, token)
    status, _ = await server.call("GET", "/api/me", server.owner_token)
    assert status == 200
    # ... and sees nobody on the wallboard: no team is no team.
    lou = await server.desktop(loner)
    assert (await lou.request("stats.subscribe"))["type"] == "ok"
    assert _by_id(await lou.expect("stats.snapshot")) == {}
    for desk in (owner, max_desk, lou):
        await desk.close()


async def test_only_the_agents_team_supervisors_and_owners_may_act(server: Running) -> None:
    red, blue = await _team(server, "red"), await _team(server, "blue")
    ann_id, ann_token = await server.add_agent("ann", team_id=red)
    bob_id, bob_token = await server.add_agent("bob", team_id=red)
    ann = await server.desktop(ann_token, available=True)
    await server.add_agent("sue", role="supervisor", team_id=blue)
    other_team = await server.login("sue", "password-sue")
    for path, payload in (
        (f"/api/agents/{ann_id}/state", {"state": "offline"}),
        (f"/api/agents/{ann_id}/logout", None),
    ):
        status, body = await server.call("POST", path, other_team, json=payload)
        assert (status, body["error"]["code"]) == (403, "forbidden"), path
        status, body = await server.call("POST", path, bob_token, json=payload)
        assert (status, body["error"]["code"]) == (403, "forbidden"), path
    status, body = await server.call(
        "POST", "/api/agents/9999/state", server.owner_token, json={"state": "offline"}
    )
    assert status == 404
    # Nothing happened to Ann, and refusals are not audited as actions.
    assert server.app[CENTER].acd.agents[ann_id].state == "available"
    status, _ = await server.call("GET", "/api/me", ann_token)
    assert status == 200
    audit = await server.owner("GET", "/api/audit")
    assert not [a for a in audit if a["action"].startswith("agent.")]
    # An owner may, whatever the team.
    status, body = await server.call(
        "POST", f"/api/agents/{bob_id}/state", server.owner_token, json={"state": "available"}
    )
    assert (status, body["state"]) == (200, "available")
    await ann.close()
