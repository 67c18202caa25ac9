"""A server in its own process (``ServerProcess``), reached through its HTTP
API and desktop WebSocket as the suites' helpers reach an in-process one."""

from __future__ import annotations

import io

import aiohttp
import av

from callnest.sim.rtc import Phone
from callnest.sim.server_process import ServerProcess
from integration.conftest import Desktop, Remote
from integration.phones import link


async def connect(server: ServerProcess, http: aiohttp.ClientSession) -> Remote:
    username, password = server.owner
    remote = Remote(server.url, http, "")
    remote.owner_token = await remote.login(username, password)
    return remote


async def desktop(remote: Remote, token: str) -> Desktop:
    desk = Desktop(await remote.http.ws_connect(remote.url + "/api/ws"))
    await desk.ws.send_json({"v": 1, "type": "hello", "token": token, "client": "test"})
    desk.welcome = await desk.expect("welcome")
    desk.start_heartbeat(3.0)
    assert (await desk.request("agent.set_state", state="available"))["type"] == "ok"
    return desk


async def operator_on_shift(remote: Remote, phones: list[Phone]) -> Desktop:
    """Queue ``support`` and its operator ann, available with her audio link
    (closed with ``phones``)."""
    await remote.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    _, token = await remote.add_agent("ann")
    desk = await desktop(remote, token)
    phones.append(await link(desk))
    return desk


async def recording_seconds(remote: Remote, contact_id: str) -> float:
    """How long the interaction's recording, as the owner downloads it, lasts."""
    status, data = await remote.recording(contact_id)
    assert status == 200
    with av.open(io.BytesIO(data), mode="r") as ogg:
        assert ogg.duration is not None
        return float(ogg.duration / 1e6)
