"""Logins an attacker cannot race or use to lock the owner out (issue 18,
item 6): a burst of simultaneous guesses gets no more password checks than
the limit, failures from one address lock that address out of the account
and not everyone, and the owner's user name is chosen at first start."""

from __future__ import annotations

import asyncio
import json

from callnest.server.bootstrap import CREDENTIALS_FILE
from integration.conftest import Running, StartServer


async def login(server: Running, username: str, password: str, client: str) -> int:
    status, _ = await server.call(
        "POST",
        "/api/login",
        json={"username": username, "password": password},
        headers={"X-Forwarded-For": client},
    )
    return status


async def test_a_burst_of_guesses_gets_no_more_checks_than_the_limit(
    start_server: StartServer,
) -> None:
    server = await start_server(login_failures_allowed=5)
    await server.add_agent("ann")
    answers = await asyncio.gather(
        *(login(server, "ann", f"guess-{i}", "127.0.0.1") for i in range(20))
    )
    # Before: all twenty had their password checked (401 each).
    assert sorted(answers) == [401] * 5 + [429] * 15


async def test_guessing_from_one_address_does_not_lock_the_owner_out_elsewhere(
    start_server: StartServer,
) -> None:
    server = await start_server(
        login_failures_allowed=3, trusted_proxies=("127.0.0.1",), owner_username="boss"
    )
    credentials = json.loads((server.settings.data_dir / CREDENTIALS_FILE).read_text())
    assert credentials["username"] == "boss"  # chosen at first start, not "owner"
    for _ in range(3):
        assert await login(server, "boss", "wrong", "203.0.113.66") == 401
    assert await login(server, "boss", credentials["password"], "203.0.113.66") == 429
    assert await login(server, "boss", credentials["password"], "198.51.100.7") == 200
