"""What the caller's page reads before calling: GET /api/public/queues/{queue}."""

from __future__ import annotations

import time

from callnest.server.ice_credentials import turn_credentials
from callnest.server.settings import IceServer
from integration.conftest import Running, StartServer

ALL_WEEK = {d: [["00:00", "00:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


async def test_a_queue_as_the_callers_page_sees_it(start_server: StartServer) -> None:
    server: Running = await start_server(
        ice_servers=(
            IceServer(("stun:stun.example.net:3478",)),
            IceServer(("turn:turn.example.net:3478", "turns:turn.example.net:5349"), secret="s3"),
        )
    )
    for name in ("sales", "billing"):
        await server.owner("POST", "/api/queues", json={"name": name, "display_name": name.title()})
    menu = [
        {"key": "1", "label": "Buy something", "queue": "sales"},
        {"key": "2", "label": "A bill", "queue": "billing"},
    ]
    await server.owner(
        "POST",
        "/api/queues",
        json={"name": "front", "display_name": "Front desk", "ivr_menu": menu},
    )

    # No account needed.
    status, body = await server.call("GET", "/api/public/queues/front")
    assert status == 200, body
    turn_username = body["ice_servers"][1]["username"]
    expires_at = int(turn_username.split(":")[0])
    assert abs(expires_at - (time.time() + 12 * 3600)) < 60
    assert body == {
        "name": "front",
        "display_name": "Front desk",
        "open": True,
        "menu": menu,
        "recording_notice": False,
        "language": "en",
        "callbacks": False,  # no phone line to call back on
        "ice_servers": [
            {"urls": ["stun:stun.example.net:3478"]},
            {
                "urls": ["turn:turn.example.net:3478", "turns:turn.example.net:5349"],
                # Minted for the caller, valid for a shift; never the secret.
                "username": turn_username,
                "credential": turn_credentials("s3", "caller", expires_at)[1],
            },
        ],
    }
    status, body = await server.call("GET", "/api/public/queues/sales")
    assert status == 200, body
    assert (body["display_name"], body["menu"]) == ("Sales", None)


async def test_business_hours_decide_open(server: Running) -> None:
    never = {"timezone": "Europe/Paris", "weekly": {}}
    always = {"timezone": "Europe/Paris", "weekly": ALL_WEEK}
    for name, hours in (("night", never), ("always", always)):
        await server.owner(
            "POST",
            "/api/queues",
            json={"name": name, "display_name": name.title(), "business_hours": hours},
        )
    assert (await server.call("GET", "/api/public/queues/night"))[1]["open"] is False
    assert (await server.call("GET", "/api/public/queues/always"))[1]["open"] is True
    # Without hours a queue is always open.
    assert (await server.call("GET", "/api/public/queues/support"))[1]["open"] is True


async def test_unknown_queue_is_a_clear_404(server: Running) -> None:
    status, body = await server.call("GET", "/api/public/queues/nope")
    assert status == 404
    assert body["error"]["code"] == "not_found"
    assert "nope" in body["error"]["message"]
