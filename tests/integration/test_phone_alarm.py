"""Trunk health on the wallboard, through the real server: what is wrong with
phone calls reaches supervisors and owners in their snapshots and as an
update when it changes, never agents; and with a real registrar (SIPp)
refusing the trunk's password, the alarm comes within 60 s, in the
registrar's words, is logged once, and clears when the trunk registers."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

import pytest

from callnest import protocol as p
from callnest.server.keys import SESSIONS
from integration.conftest import Desktop, Running, StartServer
from integration.sip_peers import Sipp, free_sip_port

ACCOUNT = {"user": "callnest-trunk", "password": "s3cret:pass", "refusal": "403"}
ALARM_WITHIN_S = 60.0  # what the product promises


async def _subscribed(server: Running, username: str, role: str) -> Desktop:
    _, token = await server.add_agent(username, role=role)
    desk = await server.desktop(token)
    assert (await desk.request("stats.subscribe"))["type"] == "ok"
    return desk


async def _phones_update(desk: Desktop, within: float) -> dict[str, Any]:
    """The ``phones`` of the next stats.update that carries them."""
    deadline = time.monotonic() + within
    while True:
        update = await desk.expect("stats.update", within=max(0.01, deadline - time.monotonic()))
        p.parse_server(json.dumps(update))  # as the desktop reads it
        if update.get("phones") is not None:
            phones: dict[str, Any] = update["phones"]
            return phones


async def test_phone_health_goes_to_supervisors_and_owners_and_never_to_agents(
    server: Running,
) -> None:
    wallboard = server.app[SESSIONS].wallboard
    sue = await _subscribed(server, "sue", "supervisor")
    assert (await sue.expect("stats.snapshot"))["phones"] == {"edge_problem": None, "trunks": []}
    _, ann_token = await server.add_agent("ann")
    ann = await server.desktop(ann_token)
    assert (await ann.request("stats.subscribe"))["code"] == "forbidden"

    alarm = p.TrunkAlarm(trunk_id=4, name="Provider", failure="403 Forbidden", since=1e9)
    wallboard.set_phones(p.PhoneHealth(trunks=(alarm,)))
    wallboard.set_phones(p.PhoneHealth(trunks=(alarm,)))  # the same again: not sent again
    told = await _phones_update(sue, within=2)
    assert told["trunks"] == [alarm.model_dump(mode="json")]
    # Someone subscribing later gets it in their snapshot; so does each refresh.
    owner = await server.desktop(server.owner_token)
    assert (await owner.request("stats.subscribe"))["type"] == "ok"
    assert (await owner.expect("stats.snapshot"))["phones"]["trunks"][0]["name"] == "Provider"

    wallboard.set_phones(p.PhoneHealth())
    assert await _phones_update(sue, within=2) == {"edge_problem": None, "trunks": []}
    assert await _phones_update(owner, within=2) == {"edge_problem": None, "trunks": []}
    assert (await sue.expect("stats.snapshot", within=10))["phones"]["trunks"] == []
    # The agent heard nothing of it: what came before this reply is all they got.
    assert (await ann.request("agent.set_state", state="available"))["type"] == "ok"
    assert not [m["type"] for m in ann._backlog if m["type"].startswith("stats.")]
    for desk in (sue, owner, ann):
        await desk.close()


@pytest.mark.slow
async def test_a_refused_trunk_is_an_alarm_within_a_minute_and_clears_when_it_registers(
    start_server: StartServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="callnest.phone")
    server = await start_server(
        sip_port=free_sip_port(),
        sip_inner_port=free_sip_port(),
        sip_callnest_port=free_sip_port(),
        rtp_control_port=free_sip_port(),
        trunk_check_s=1.0,
    )
    sue = await _subscribed(server, "sue", "supervisor")
    port = free_sip_port()
    refusing = await Sipp.start("registrar.xml", tmp_path / "refusing", port=port, keys=ACCOUNT)
    registrar = None
    try:
        adding = time.time()
        trunk = await server.owner(
            "POST",
            "/api/trunks",
            json={
                "name": "Provider",
                "host": "127.0.0.1",
                "port": port,
                "registers": True,
                "register_expires_s": 60,
                "username": ACCOUNT["user"],
                "password": "not-the-password",
            },
        )
        phones = await _phones_update(sue, within=ALARM_WITHIN_S)
        assert time.time() - adding < ALARM_WITHIN_S
        [alarm] = phones["trunks"]
        assert alarm["trunk_id"] == trunk["id"] and alarm["name"] == "Provider"
        assert alarm["failure"] == "403 Wrong Password"  # the registrar's own words
        # Kamailio notes the refusal in whole seconds.
        assert int(adding) <= alarm["since"] <= time.time()
        assert phones["edge_problem"] is None
        assert await refusing.wait() == 1, refusing.output()  # it refused the digest

        # Put right: the alarm clears once the trunk registers.
        registrar = await Sipp.start(
            "registrar.xml", tmp_path / "registrar", port=port, keys=ACCOUNT
        )
        await server.owner(
            "PATCH", f"/api/trunks/{trunk['id']}", json={"password": ACCOUNT["password"]}
        )
        assert await _phones_update(sue, within=ALARM_WITHIN_S) == {
            "edge_problem": None,
            "trunks": [],
        }
        assert await registrar.wait() == 0, registrar.output()
    finally:
        await refusing.stop()
        if registrar is not None:
            await registrar.stop()
        await sue.close()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    said = [w for w in warnings if w.startswith("phone alarm")]
    assert len(said) == 2, warnings  # once raised, once over
    assert said[0].startswith("phone alarm: trunk Provider is not registered: 403 Wrong Password")
    assert said[1] == "phone alarm over: trunk Provider is registered again"
    assert ACCOUNT["password"] not in caplog.text
