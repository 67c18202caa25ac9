"""Inputs an outside tester sent that the server answered with a 500 and a
traceback (or, on the chat socket, a leaked task): each is refused in words
(4xx, or an error frame) now (issue 18, item 18)."""

from __future__ import annotations

import asyncio

import pytest

from callnest.server.keys import CENTER
from integration.chat_client import ChatCustomer
from integration.conftest import Running

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
