"""GET /api/reports and /api/settings/reports through the real server: real
calls in, the report's figures out; who may see what; what is refused."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from callnest.server.keys import STORE
from integration.conftest import Desktop, Running, StartServer


async def _team(server: Running, name: str) -> int:
    team_id: int = (await server.owner("POST", "/api/teams", json={"name": name}))["id"]
    return team_id


async def _answered_held_and_wrapped(server: Running, desk: Desktop) -> str:
    contact = await server.call_in("support", "Bob")
    offer = await desk.expect("offer")
    assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
    cid = contact["contact_id"]
    for step in ("call.hold", "call.resume", "call.hangup"):
        assert (await desk.request(step, contact_id=cid))["type"] == "ok"
    reply = await desk.request("wrapup.complete", contact_id=cid, notes="")
    assert reply["type"] == "ok", reply
    return str(cid)


def _report_params(since: float, **more: Any) -> dict[str, str]:
    params = {"since": since, "until": time.time() + 60} | more
    return {name: str(value) for name, value in params.items()}


async def test_a_report_of_real_calls_with_each_role_s_view(server: Running) -> None:
    since = time.time() - 1
    red, blue = await _team(server, "red"), await _team(server, "blue")
    ann_id, ann_token = await server.add_agent("ann", team_id=red)
    bob_id, _ = await server.add_agent("bob", team_id=blue)
    await server.add_agent("sue", role="supervisor", team_id=red)
    sue_token = await server.login("sue", "password-sue")

    # A caller who gives up at once (a short abandon), then a call Ann takes.
    hasty = await server.call_in("support", "Hasty")
    status, _ = await server.contact(hasty, "DELETE")
    assert status == 200
    desk = await server.desktop(ann_token, available=True)
    await _answered_held_and_wrapped(server, desk)

    report = await server.owner("GET", "/api/reports", params=_report_params(since, interval_s=900))
    totals = report["totals"]
    assert (totals["offered"], totals["answered"], totals["handled"]) == (2, 1, 1)
    assert (totals["abandoned"], totals["short_abandoned"]) == (1, 1)
    assert totals["abandon_rate"] == 0.0 and totals["service_level"] == 1.0
    assert totals["hold_s"] > 0 and totals["aht_s"] >= totals["hold_s"]
    (support,) = report["queues"]
    assert (support["name"], support["offered"]) == ("Support", 2)
    assert report["short_abandon_s"] == 5.0
    assert report["definitions"]["service_level"].startswith("answered within")
    # One interval (the range is a minute or so), every one from since.
    assert report["intervals"][0]["start"] == since
    assert sum(i["offered"] for i in report["intervals"]) == 2

    agents = {a["agent_id"]: a for a in report["agents"]}
    assert set(agents) == {ann_id, bob_id}  # the roster: agents, not the supervisor
    ann = agents[ann_id]
    assert (ann["team"], ann["offered"], ann["handled"]) == ("red", 1, 1)
    assert ann["logged_in_s"] > 0 and 0 < ann["occupancy"] <= 1
    assert agents[bob_id]["logged_in_s"] == 0 and agents[bob_id]["occupancy"] is None
    timeline = {t["agent_id"]: [s["state"] for s in t["spans"]] for t in report["timeline"]}
    ann_states = [s for s in timeline[ann_id] if s != "offline"]
    assert ann_states[:1] == ["available"]
    assert ann_states[1:7] == ["ringing", "busy", "hold", "busy", "wrap_up", "available"]
    assert timeline[bob_id] == ["offline"]

    # A supervisor sees every queue but only their own team's agents.
    status, theirs = await server.call(
        "GET", "/api/reports", sue_token, params=_report_params(since)
    )
    assert status == 200, theirs
    assert [a["agent_id"] for a in theirs["agents"]] == [ann_id]
    assert [t["team_id"] for t in theirs["teams"]] == [red]
    assert [t["agent_id"] for t in theirs["timeline"]] == [ann_id]
    assert theirs["totals"]["offered"] == 2
    status, refused = await server.call(
        "GET", "/api/reports", sue_token, params=_report_params(since, team_id=blue)
    )
    assert status == 403, refused
    # An agent has no reports at all.
    status, refused = await server.call(
        "GET", "/api/reports", ann_token, params=_report_params(since)
    )
    assert status == 403 and "owner or supervisor" in refused["error"]["message"]
    await desk.close()


async def test_bad_ranges_are_refused_with_a_reason(server: Running) -> None:
    now = time.time()
    cases: list[tuple[dict[str, str], str]] = [
        ({"until": str(now)}, "since and until"),
        ({"since": "yesterday", "until": str(now)}, "since must be a number"),
        ({"since": str(now), "until": str(now - 60)}, "since must be before until"),
        ({"since": str(now - 94 * 86400), "until": str(now)}, "at most 93 days"),
        ({"since": str(now - 60), "until": str(now), "interval_s": "600"}, "one of 900"),
        ({"since": str(now - 60), "until": str(now), "short_abandon_s": "121"}, "between 0"),
        ({"since": str(now - 60), "until": str(now), "queue_id": "999"}, "no queue 999"),
        ({"since": str(now - 60), "until": str(now), "team_id": "999"}, "no team 999"),
        ({"since": "nan", "until": str(now)}, "finite"),
    ]
    for params, message in cases:
        status, body = await server.call("GET", "/api/reports", server.owner_token, params=params)
        assert status == 422, (params, body)
        assert message in body["error"]["message"], (params, body)


async def test_the_short_abandon_setting_drives_reports_and_the_wallboard(
    start_server: StartServer, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    server: Running = await start_server(data_dir)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    since = time.time() - 1
    hasty = await server.call_in("support", "Hasty")
    await server.contact(hasty, "DELETE")
    assert await server.owner("GET", "/api/settings/reports") == {"short_abandon_s": 5.0}
    assert (await server.owner("GET", "/api/stats"))["totals"]["short_abandoned"] == 1

    _, sue_token = await server.add_agent("sue", role="supervisor")
    status, _ = await server.call(
        "PUT", "/api/settings/reports", sue_token, json={"short_abandon_s": 0}
    )
    assert status == 403
    for bad in ({"short_abandon_s": 121}, {"short_abandon_s": -1}, {"short": 3}, {}):
        status, body = await server.call(
            "PUT", "/api/settings/reports", server.owner_token, json=bad
        )
        assert status == 422, (bad, body)
    assert await server.owner("GET", "/api/settings/reports") == {"short_abandon_s": 5.0}

    saved = await server.owner("PUT", "/api/settings/reports", json={"short_abandon_s": 0})
    assert saved == {"short_abandon_s": 0.0}
    status, seen = await server.call("GET", "/api/settings/reports", sue_token)
    assert (status, seen) == (200, {"short_abandon_s": 0.0})
    # The live figures follow at once, and reports default to it.
    assert (await server.owner("GET", "/api/stats"))["totals"]["short_abandoned"] == 0
    report = await server.owner("GET", "/api/reports", params=_report_params(since))
    assert (report["short_abandon_s"], report["totals"]["short_abandoned"]) == (0.0, 0)
    assert report["totals"]["abandon_rate"] == 1.0
    # ... unless the report asks for another threshold.
    report = await server.owner(
        "GET", "/api/reports", params=_report_params(since, short_abandon_s=30)
    )
    assert report["totals"]["short_abandoned"] == 1
    audit = await server.owner("GET", "/api/audit")
    assert any(a["action"] == "settings.reports" for a in audit)

    # A restarted server's wallboard reads today's log with the saved threshold.
    await server.stop()
    again: Running = await start_server(data_dir)
    assert (await again.owner("GET", "/api/stats"))["totals"]["short_abandoned"] == 0


async def test_a_report_of_one_channel_counts_only_its_contacts(server: Running) -> None:
    """A call, a chat and an e-mail in the log; an e-mail that came in two
    days before the range (beyond the log the report replays) is known by
    its interaction. Each channel's report counts its own contacts only; the
    agent's day stays whole whichever channel is asked for."""
    red, blue = await _team(server, "red"), await _team(server, "blue")
    ann_id, ann_token = await server.add_agent("ann", team_id=red)
    _, sue_token = await server.add_agent("sue", role="supervisor", team_id=red)
    queue_id = next(q["id"] for q in await server.owner("GET", "/api/queues"))
    store = server.app[STORE]
    t = time.time() - 3600

    def event(cid: str | None, at: float, kind: str, **data: Any) -> dict[str, Any]:
        agent = None if kind in ("contact.entered", "contact.abandoned") else ann_id
        return {"at": at, "type": kind, "contact_id": cid, "queue_id": queue_id if cid else None,
                "agent_id": agent, "data": data}  # fmt: skip

    def answered(cid: str, at: float, channel: str | None) -> list[dict[str, Any]]:
        entered = [event(cid, at, "contact.entered", channel=channel)] if channel else []
        return [
            *entered,
            event(cid, at + 5, "contact.offered", offer_id=f"o-{cid}"),
            event(cid, at + 10, "contact.answered", wait_s=10, queue_wait_s=10, ring_s=5),
            event(cid, at + 70, "contact.ended", talk_s=60, hold_s=0, reason="agent"),
            event(cid, at + 80, "contact.wrapup_ended", wrap_s=10, reason="agent"),
        ]

    old_mail = "mail-from-two-days-ago"
    await store.upsert_interactions(
        [{"id": old_mail, "channel": "email", "state": "queued", "entered_at": t - 2 * 86400}]
    )
    await store.append_events(
        [
            {"at": t, "type": "agent.state", "agent_id": ann_id, "data": {"state": "available"}},
            event(old_mail, t - 2 * 86400, "contact.entered", channel="email"),
            *answered("a-call", t + 100, "voice"),
            *answered("a-chat", t + 300, "chat"),
            event("gone-chat", t + 500, "contact.entered", channel="chat"),
            event("gone-chat", t + 560, "contact.abandoned", wait_s=60, queue_wait_s=60),
            *answered(old_mail, t + 700, None),
        ]
    )

    async def report(token: str, **more: Any) -> tuple[int, Any]:
        return await server.call("GET", "/api/reports", token, params=_report_params(t, **more))

    figures = {}
    for channel in ("voice", "chat", "email", None):
        status, body = await report(server.owner_token, **({"channel": channel} if channel else {}))
        assert status == 200, body
        assert body["channel"] == channel
        totals = body["totals"]
        figures[channel] = (totals["offered"], totals["answered"], totals["abandoned"])
        ann = next(a for a in body["agents"] if a["agent_id"] == ann_id)
        assert ann["logged_in_s"] > 3000  # the agent's time is theirs, not a channel's
        if channel == "voice":
            assert (ann["handled"], ann["talk_s"]) == (1, 60)
    assert figures == {
        "voice": (1, 1, 0),
        "chat": (2, 1, 1),
        "email": (0, 1, 0),  # offered before the range, answered in it
        None: (3, 3, 1),
    }

    status, body = await report(server.owner_token, channel="fax")
    assert status == 422 and "channel must be one of" in body["error"]["message"]
    # The channel narrows what a reader may see; it opens nothing more.
    status, body = await report(sue_token, channel="chat", team_id=blue)
    assert status == 403, body
    status, body = await report(sue_token, channel="chat")
    assert status == 200 and [a["agent_id"] for a in body["agents"]] == [ann_id]
    status, body = await report(ann_token, channel="chat")
    assert status == 403 and "owner or supervisor" in body["error"]["message"]
