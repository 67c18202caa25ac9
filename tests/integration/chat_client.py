"""A customer's chat page as the server sees it: the public REST calls and the
live WebSocket (the same frames call.js sends)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp

from integration.conftest import Running


class ChatCustomer:
    def __init__(self, running: Running, contact_id: str, token: str) -> None:
        self.running = running
        self.contact_id = contact_id
        self.token = token
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.seen: list[dict[str, Any]] = []

    @classmethod
    async def start(
        cls, running: Running, queue: str, name: str = "Alice", **fields: Any
    ) -> ChatCustomer:
        status, body = await running.call(
            "POST", f"/api/public/queues/{queue}/chats", json={"name": name} | fields
        )
        assert status == 201, body
        customer = cls(running, body["contact_id"], body["token"])
        await customer.connect()
        return customer

    async def connect(self, after: int = 0, token: str | None = None) -> None:
        url = f"{self.running.url}/api/public/chats/{self.contact_id}/live"
        self.ws = await self.running.http.ws_connect(url)
        await self.ws.send_json({"type": "hello", "token": token or self.token, "after": after})

    async def recv(self, within: float = 5.0) -> dict[str, Any]:
        assert self.ws is not None
        frame = await self.ws.receive(timeout=within)
        if frame.type is not aiohttp.WSMsgType.TEXT:
            raise ConnectionError(f"socket closed: {frame}")
        message: dict[str, Any] = json.loads(frame.data)
        self.seen.append(message)
        return message

    async def expect(self, type_: str, within: float = 5.0, **match: Any) -> dict[str, Any]:
        async with asyncio.timeout(within):
            while True:
                message = await self.recv(within)
                if message["type"] == type_ and all(message.get(k) == v for k, v in match.items()):
                    return message

    async def send(self, text: str, client_msg_id: str | None = None) -> None:
        assert self.ws is not None
        await self.ws.send_json({"type": "send", "text": text, "client_msg_id": client_msg_id})

    async def typing(self, typing: bool) -> None:
        assert self.ws is not None
        await self.ws.send_json({"type": "typing", "typing": typing})

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    def messages(self) -> list[dict[str, Any]]:
        return [m for m in self.seen if m["type"] == "message"]
