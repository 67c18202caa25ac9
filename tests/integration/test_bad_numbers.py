"""Inputs an outside tester sent that the server answered with a 500 and a
traceback (or, on the chat socket, a leaked task): each is refused in words
(4xx, or an error frame) now (issue 18, item 18)."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import pytest

from callnest.server.keys import CENTER
from integration.chat_client import ChatCustomer
from integration.conftest import Running, StartServer

HUGE = "99999999999999999999999"


@pytest.mark.parametrize(
    "path",
    [
        f"/api/customers/{HUGE}",
        "/api/customers/²",  # str.isdigit() says it is a digit
        "/api/customers/٣",  # an Arabic-Indic three: int() reads it
        f"/api/interactions?limit=10&offset={HUGE}",
        f"/api/customers?limit={HUGE}",
        f"/api/users/{HUGE}",
    ],
)
async def test_numbers_no_database_can_hold_are_refused(server: Running, path: str) -> None:
    status, body = await server.call("GET", path, server.owner_token)
    assert 400 <= status < 500, (status, body)
    assert "error" in body


async def test_deeply_nested_json_on_the_open_login_is_refused(server: Running) -> None:
    nested = "[" * 3000 + "]" * 3000
    status, body = await server.call(
        "POST", "/api/login", data=nested, headers={"Content-Type": "application/json"}
    )
    assert 400 <= status < 500, (status, body)


async def test_a_history_position_beyond_any_message_is_refused_on_the_chat_socket(
    server: Running,
) -> None:
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    customer = await ChatCustomer.start(server, "support")
    await customer.expect("welcome")
    await customer.close()
    tasks_before = len(asyncio.all_tasks())
    await customer.connect(after=2**70)
    error = await customer.expect("error")
    assert error["code"] == "invalid_frame"
    # Nothing was left running for the refused socket.
    await asyncio.sleep(0.2)
    assert len(asyncio.all_tasks()) <= tasks_before
    await customer.close()
    await desk.close()


async def test_a_body_that_is_not_declared_json_is_refused(server: Running) -> None:
    # What any web page can make its visitors' browsers send without asking
    # (a "simple" cross-origin POST): a ghost call in our queue (item 8).
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        status, body = await server.call(
            "POST",
            "/api/public/queues/support/contacts",
            data='{"caller_name": "Ghost"}',
            headers={"Content-Type": content_type},
        )
        assert (status, body["error"]["code"]) == (415, "unsupported_media_type"), content_type
    assert server.app[CENTER].contacts == {}


async def new_contact(server: Running, client: str) -> tuple[int, str]:
    status, body = await server.call(
        "POST",
        "/api/public/queues/support/contacts",
        json={},
        headers={"X-Forwarded-For": f"{client}, 127.0.0.1"},
    )
    return status, body["error"]["code"] if status >= 400 else body["contact_id"]


async def test_behind_a_trusted_proxy_each_client_has_its_own_limits(
    start_server: StartServer,
) -> None:
    # Behind the README's reverse proxy every customer came from its address
    # and shared one limit (issue 18, item 9).
    server = await start_server(public_contacts_per_minute=1, trusted_proxies=("127.0.0.1",))
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    status, first = await new_contact(server, "203.0.113.5")
    assert status == 201
    assert await new_contact(server, "203.0.113.5") == (429, "too_many_contacts")
    assert (await new_contact(server, "203.0.113.6"))[0] == 201
    assert server.app[CENTER].contacts[first].caller_address == "203.0.113.5"


async def test_without_trusted_proxies_the_headers_are_anyones_words(
    start_server: StartServer,
) -> None:
    server = await start_server(public_contacts_per_minute=1)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    assert (await new_contact(server, "203.0.113.5"))[0] == 201
    assert await new_contact(server, "203.0.113.6") == (429, "too_many_contacts")


async def test_a_desktop_connects_through_a_trusted_proxy(start_server: StartServer) -> None:
    server = await start_server(trusted_proxies=("127.0.0.1",))
    _, token = await server.add_agent("ann")
    ws = await server.http.ws_connect(
        server.url + "/api/ws", headers={"X-Forwarded-For": "203.0.113.5"}
    )
    await ws.send_json({"v": 1, "type": "hello", "token": token, "client": "test"})
    welcome = await ws.receive_json(timeout=5)
    assert welcome["type"] == "welcome"
    await ws.close()


async def test_a_body_that_trickles_in_is_cut_off(start_server: StartServer) -> None:
    # One byte every few seconds held a connection for minutes (item 11).
    server = await start_server(body_timeout_s=1.0)
    url = urlsplit(server.url)
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    writer.write(
        b"POST /api/login HTTP/1.1\r\nHost: callnest\r\n"
        b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
    )
    await writer.drain()

    async def trickle() -> None:
        for _ in range(20):
            await asyncio.sleep(0.4)
            writer.write(b" ")
            await writer.drain()

    dripping = asyncio.create_task(trickle())
    try:
        status_line = await asyncio.wait_for(reader.readline(), 4)
    finally:
        dripping.cancel()
        writer.close()
    assert b" 408 " in status_line, status_line
