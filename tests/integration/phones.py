"""aiortc endpoints placed the way the product's clients place them: a caller
through the public calls endpoint, an agent's link over its desktop WebSocket."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from callnest.sim.rtc import Phone
from integration.conftest import Desktop, Running


class Caller:
    def __init__(self, phone: Phone, contact: dict[str, Any]) -> None:
        self.phone, self.contact = phone, contact


async def call(
    server: Running,
    queue: str = "support",
    *,
    endpoint: Phone | None = None,
    offer: Callable[[str], str] = lambda sdp: sdp,
    **fields: Any,
) -> Caller:
    """``endpoint`` (a new one by default) calls ``queue``, its SDP offer as
    ``offer`` changes it, with ``fields`` (caller_name, phone, ...)."""
    phone = endpoint or Phone()
    contact: dict[str, Any] = {}

    async def signal(sdp: str) -> str:
        status, body = await server.call(
            "POST", f"/api/public/queues/{queue}/calls", json={"sdp": offer(sdp)} | fields
        )
        assert status == 201, body
        contact.update(body)
        answer: str = body["sdp"]
        return answer

    await phone.connect(signal)
    return Caller(phone, contact)


async def link(desk: Desktop) -> Phone:
    phone = Phone()

    async def signal(sdp: str) -> str:
        await desk.send("rtc.offer", sdp=sdp)
        answer: str = (await desk.expect("rtc.answer", within=10))["sdp"]
        return answer

    await phone.connect(signal)
    return phone


async def agent_on_shift(server: Running, phones: list[Phone]) -> tuple[Desktop, Phone]:
    """Agent ann, available, with her audio link (closed with ``phones``)."""
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    agent = await link(desk)
    phones.append(agent)
    return desk, agent
