"""The customer's chat on the web page, in a real (headless) chromium, against a
real server process, with an agent on the real desktop protocol. Screenshots
go to test-artifacts/chat-page-*.png."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from playwright.async_api import Page, expect

import callnest.sim.server_process as server_process
from callnest.sim.server_process import ServerProcess
from e2e.conftest import ARTIFACTS, Running
from integration.conftest import Desktop

pytestmark = pytest.mark.slow

NAME = "<b>Eve</b> <script>window.hacked=1</script>"
HTML_TEXT = "Hello <b>there</b> <img src=x onerror=window.hacked=2>"
AGENT_TEXT = "<script>window.hacked=3</script> Sure, one moment"


async def snap(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"chat-page-{name}.png"), full_page=True)


class Site:
    """The server process seen through its REST API and an agent's desktop socket."""

    def __init__(self, server: ServerProcess, http: aiohttp.ClientSession) -> None:
        self.server, self.http = server, http
        self.owner = ""

    async def call(self, method: str, path: str, token: str = "", **kw: Any) -> Any:
        headers = {"Authorization": f"Bearer {token or self.owner}"}
        async with self.http.request(method, self.server.url + path, headers=headers, **kw) as r:
            body = json.loads(await r.text())
            assert r.status < 300, (r.status, body)
            return body

    async def login(self, username: str, password: str) -> str:
        body = await self.call(
            "POST", "/api/login", json={"username": username, "password": password}
        )
        return str(body["token"])

    async def desktop(self, token: str) -> Desktop:
        ws = await self.http.ws_connect(self.server.url + "/api/ws")
        desk = Desktop(ws)
        await ws.send_json({"v": 1, "type": "hello", "token": token, "client": "test"})
        desk.welcome = await desk.expect("welcome")
        desk.start_heartbeat(3.0)
        assert (await desk.request("agent.set_state", state="available"))["type"] == "ok"
        return desk


async def texts(page: Page) -> list[str]:
    return await page.locator("#messages li:not(.pending) .text").all_inner_texts()


async def test_a_chat_end_to_end_across_a_server_restart(
    page: Page, page_errors: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = ServerProcess(tmp_path / "site", extra_args=("--public-rate-limit", "0"))
    await server.start()
    try:
        async with aiohttp.ClientSession() as http:
            site = Site(server, http)
            site.owner = await site.login(*server.owner)
            await site.call(
                "POST", "/api/queues", json={"name": "support", "display_name": "Support"}
            )
            await site.call(
                "POST",
                "/api/users",
                json={"username": "ann", "display_name": "Ann", "password": "password-ann"},
            )
            token = await site.login("ann", "password-ann")
            desk = await site.desktop(token)

            await page.goto(server.url + "/call/support")
            await expect(page.get_by_role("heading", level=1)).to_have_text("Support")
            await page.get_by_role("button", name="Chat", exact=True).click()
            form = page.locator("#chat-start")
            await form.get_by_label("Your name", exact=True).fill(NAME)
            await form.get_by_label("E-mail (optional)").fill("eve@example.com")
            await snap(page, "start")
            await page.get_by_role("button", name="Start chat").click()

            offer = await desk.expect("offer")
            assert (offer["contact"]["channel"], offer["contact"]["caller_name"]) == ("chat", NAME)
            contact_id = offer["contact"]["contact_id"]
            await desk.request("offer.answer", offer_id=offer["offer_id"])
            await expect(page.locator("#state")).to_have_text("Chatting with Ann")

            box = page.locator("#composer").get_by_label("Your message")
            await box.fill(HTML_TEXT)
            await box.press("Enter")
            heard = await desk.expect("chat.message", sender="customer")
            assert (heard["text"], heard["sender_name"]) == (HTML_TEXT, NAME)
            await desk.send("chat.typing", contact_id=contact_id, typing=True)
            await expect(page.locator("#typing")).to_have_text("Ann is typing…")
            await desk.request(
                "chat.send", contact_id=contact_id, text=AGENT_TEXT, client_msg_id="a1"
            )
            await expect(page.locator("#typing")).to_be_hidden()
            await expect(page.locator("#messages li.agent .text")).to_have_text([AGENT_TEXT])
            # Markup stays text: no element was made from it, no script ran.
            assert await page.locator("#messages b, #messages script, #messages img").count() == 0
            assert await page.evaluate("window.hacked === undefined")
            await snap(page, "chatting")

            # The server process goes away mid-chat; the customer writes meanwhile.
            await desk.close()
            port = server.port
            await server.stop()
            await expect(page.locator("#state")).to_have_text("Reconnecting…")
            await box.fill("Written while you were away")
            await box.press("Enter")
            await expect(page.locator("#messages li.pending")).to_have_count(1)
            await snap(page, "reconnecting")
            monkeypatch.setattr(server_process, "free_port", lambda host: port)
            await server.start()

            # Back: the page reconnects, its message goes through, once.
            await expect(page.locator("#messages li.pending")).to_have_count(0, timeout=20_000)
            await expect(page.locator("#state")).to_have_text(
                "You are number 1 in line", timeout=10_000
            )
            desk = await site.desktop(token)
            offer = await desk.expect("offer", within=10)
            await desk.request("offer.answer", offer_id=offer["offer_id"])
            expected = [
                "Ann joined the chat.",
                HTML_TEXT,
                AGENT_TEXT,
                "Written while you were away",
                "Ann joined the chat.",
            ]
            history = [(await desk.expect("chat.message"))["text"] for _ in expected]
            assert history == expected
            await expect(page.locator("#messages li .text")).to_have_text(expected)

            # A reload comes back to the same chat, its history in the same order.
            await page.reload()
            await expect(page.locator("#messages li .text")).to_have_text(expected)
            await expect(page.locator("#state")).to_have_text("Chatting with Ann")
            assert await texts(page) == expected

            await desk.request("call.hangup", contact_id=contact_id)
            await expect(page.locator("#state")).to_have_text("Chat ended")
            async with page.expect_download() as download_info:
                await page.get_by_role("button", name="Download transcript").click()
            download = await download_info.value
            transcript = await asyncio.to_thread(Path(await download.path()).read_text)
            assert f"{NAME}: {HTML_TEXT}" in transcript
            assert f"Ann: {AGENT_TEXT}" in transcript

            group = page.get_by_role("group", name="How did we do?")
            await group.get_by_text("5", exact=True).click()
            await page.get_by_label("Anything to add? (optional)").fill("Quick <i>help</i>")
            await snap(page, "rating")
            await page.get_by_role("button", name="Send rating").click()
            await expect(page.locator("#rating-done")).to_be_visible()
            await snap(page, "rated")
            interaction = await site.call("GET", f"/api/interactions/{contact_id}")
            assert (interaction["csat_rating"], interaction["csat_comment"]) == (
                5,
                "Quick <i>help</i>",
            )
            await desk.close()
    finally:
        await server.stop()
        await server.kill()
    # Chromium logs each refused reconnection while the server is down: expected.
    assert [e for e in page_errors if "ERR_CONNECTION_REFUSED" not in e] == []


async def test_with_nobody_there_the_page_takes_a_message(
    caller_server: Running, page: Page, page_errors: list[str]
) -> None:
    await page.goto(caller_server.url + "/call/support")
    await page.get_by_role("button", name="Leave a message").click()
    form = page.locator("#offline")
    await form.get_by_label("Your name", exact=True).fill("Bob <b>B</b>")
    await form.get_by_label("Phone number to call back").fill("+1 555 0100")
    await form.get_by_label("Your message").fill("Please call me about <script>x</script>")
    await snap(page, "offline")
    await page.get_by_role("button", name="Send message").click()
    await expect(page.locator("#state")).to_have_text("Message sent")
    await snap(page, "offline-sent")

    _, token = await caller_server.add_agent("ann")
    desk = await caller_server.desktop(token, available=True)
    offer = await desk.expect("offer")
    assert (offer["contact"]["channel"], offer["contact"]["caller_address"]) == (
        "task",
        "+1 555 0100",
    )
    await desk.request("offer.answer", offer_id=offer["offer_id"])
    message = await desk.expect("chat.message")
    assert message["text"] == "Please call me about <script>x</script>"
    await desk.close()
    assert page_errors == []
