"""The demo business (``make run ARGS=--demo``) against a real server: seeded
through REST, twice without duplicating anything; and its callers, which give
the customers' numbers, reach the operators with the customer matched."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncIterator

import aiohttp
import pytest

from callnest.server.bootstrap import CREDENTIALS_FILE
from callnest.sim import demo
from callnest.sim.api import Api
from callnest.sim.run import run_sim
from integration.conftest import Running, StartServer


@pytest.fixture
async def owner(start_server: StartServer) -> AsyncIterator[tuple[Running, Api]]:
    server: Running = await start_server()
    async with aiohttp.ClientSession() as http:
        yield server, Api(http, server.url, server.owner_token)


async def _names(server: Running, path: str, key: str = "name") -> list[str]:
    return sorted(row[key] for row in await server.owner("GET", path))


async def test_seeding_twice_creates_the_business_once(owner: tuple[Running, Api]) -> None:
    server, api = owner
    first = await demo.seed(api)
    assert first.created == {"scripts": 3, "queues": 3, "operators": 5, "customers": 20}
    assert first.existing == {}
    second = await demo.seed(api)
    assert second.created == {}
    assert second.existing == first.created
    assert second.line() == (
        "demo business: created nothing; already there: "
        "3 scripts, 3 queues, 5 operators, 20 customers"
    )

    assert await _names(server, "/api/queues") == ["billing", "sales", "support"]
    assert len(await server.owner("GET", "/api/scripts")) == 3
    users = {u["username"]: u for u in await server.owner("GET", "/api/users")}
    operators = sorted(u for u in users if u.startswith("demo-"))
    assert operators == [f"demo-00{i}" for i in range(1, 6)]
    assert {users[u]["role"] for u in operators} == {"agent"}
    assert users["demo-001"]["display_name"] == "Maya Patel"
    customers = await server.owner("GET", "/api/customers")
    assert len(customers) == 20
    assert len({c["phones"][0] for c in customers}) == 20  # every call can find its card

    # Each queue's script, and what it fills in for a customer found by phone.
    queues = {q["name"]: q for q in await server.owner("GET", "/api/queues")}
    scripts = {s["id"]: s for s in await server.owner("GET", "/api/scripts")}
    assert scripts[queues["support"]["script_id"]]["name"] == "Support greeting"
    assert "{customer.plan}" in scripts[queues["support"]["script_id"]]["body"]
    assert queues["billing"]["wrap_up_s"] == 45
    found = await server.owner("GET", "/api/customer-search?phone=%2B1%20555%200103")
    assert found[0]["name"] == "Linus Torvalds"
    assert found[0]["custom_fields"]["plan"] == "Enterprise"


async def test_a_seeded_demo_keeps_what_the_owner_changed(owner: tuple[Running, Api]) -> None:
    server, api = owner
    await demo.seed(api)
    queue = next(q for q in await server.owner("GET", "/api/queues") if q["name"] == "sales")
    await server.owner("PATCH", f"/api/queues/{queue['id']}", json={"display_name": "Shop"})
    await demo.seed(api)
    again = next(q for q in await server.owner("GET", "/api/queues") if q["name"] == "sales")
    assert again["display_name"] == "Shop"


@pytest.mark.slow
async def test_the_demo_callers_reach_the_operators_with_their_cards(
    owner: tuple[Running, Api],
) -> None:
    server, api = owner
    await demo.seed(api)
    creds = json.loads((server.settings.data_dir / CREDENTIALS_FILE).read_text())
    # The demo's traffic, compressed: a handful of callers in seconds.
    # Every answered caller rates the call here (the demo: 60 %).
    config = dataclasses.replace(
        demo.traffic_config(rate=4.0, calls=6, time_scale=0.5), rating_prob=1.0
    )
    result = await run_sim(
        config, server_url=server.url, username=creds["username"], password=creds["password"]
    )
    assert result["ok"], result
    assert result["offered"] == 6
    assert result["answered"] >= 1

    queues = {q["name"]: q for q in await server.owner("GET", "/api/queues")}
    assert queues["support"]["display_name"] == "Customer support"  # not renamed by the sim
    rows = await server.owner("GET", f"/api/interactions?queue_id={queues['support']['id']}")
    assert len(rows) == 6
    entered = [row["entered_at"] for row in rows]
    assert entered == sorted(entered, reverse=True)  # newest first, as documented
    phones = {c["id"]: c["phones"][0] for c in await server.owner("GET", "/api/customers")}
    assert all(row["customer_id"] in phones for row in rows)  # every caller matched a card
    # Answered callers rated their call on the caller page's form; the others
    # were never offered it.
    rated = {row["id"]: row["csat_rating"] for row in rows if row["csat_rating"] is not None}
    answered = {row["id"] for row in rows if row["outcome"] == "answered"}
    assert set(rated) == answered and set(rated.values()) <= {1, 2, 3, 4, 5}
    stats = await server.owner("GET", "/api/stats")
    support = next(q for q in stats["queues"] if q["queue_id"] == queues["support"]["id"])
    assert support["csat"] == pytest.approx(sum(rated.values()) / len(rated))
    # The simulated operators are the demo's, not extra accounts.
    usernames = await _names(server, "/api/users", "username")
    assert usernames == ["demo-001", "demo-002", "demo-003", "demo-004", "demo-005", "owner"]
