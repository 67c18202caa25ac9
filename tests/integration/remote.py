"""A server in its own process (``ServerProcess``), reached through its HTTP
API and desktop WebSocket as the suites' helpers reach an in-process one."""

from __future__ import annotations

from typing import Any

import aiohttp

from callnest.sim.server_process import ServerProcess
from integration.conftest import Desktop


class Remote:
    """A server in its own process, through its HTTP API (what the suites'
    helpers need of a running server)."""

    def __init__(self, url: str, http: aiohttp.ClientSession, owner_token: str) -> None:
        self.url, self.http, self.owner_token = url, http, owner_token

    async def call(
        self, method: str, path: str, token: str | None = None, **kw: Any
    ) -> tuple[int, Any]:
        headers = kw.pop("headers", {}) | ({"Authorization": f"Bearer {token}"} if token else {})
        async with self.http.request(method, self.url + path, headers=headers, **kw) as r:
            return r.status, await r.json(content_type=None)

    async def owner(self, method: str, path: str, **kw: Any) -> Any:
        status, body = await self.call(method, path, self.owner_token, **kw)
        assert status < 300, (status, body)
        return body

    async def login(self, username: str, password: str) -> str:
        status, body = await self.call(
            "POST", "/api/login", json={"username": username, "password": password}
        )
        assert status == 200, body
        return str(body["token"])


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
