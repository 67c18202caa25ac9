"""Agents see the customers of their own contacts, not the customer base
(issue 18, item 3): an outside tester paged out 110k customers through the
list in 22 requests as an agent, while the CSV export was managers-only."""

from __future__ import annotations

from integration.conftest import Running


async def test_an_agent_cannot_page_through_the_customers(server: Running) -> None:
    for i in range(15):
        await server.owner("POST", "/api/customers", json={"name": f"Customer Alpha {i:02d}"})
    _, token = await server.add_agent("ann")
    status, body = await server.call("GET", "/api/customers?limit=5000", token)
    assert (status, body["error"]["code"]) == (403, "forbidden")
    status, body = await server.call("GET", "/api/customers/1", token)
    assert (status, body["error"]["code"]) == (403, "forbidden")
    status, body = await server.call("GET", "/api/customers/1/card", token)
    assert (status, body["error"]["code"]) == (403, "forbidden")
    # A search needs a specific term and gives a small page.
    for vague in ("a", "al"):
        status, body = await server.call("GET", "/api/customer-search", token, params={"q": vague})
        assert (status, body["error"]["code"]) == (422, "invalid_request"), vague
    status, found = await server.call("GET", "/api/customer-search", token, params={"q": "Alpha"})
    assert status == 200 and len(found) == 10
    # Managers are not limited.
    assert len(await server.owner("GET", "/api/customers")) == 15
    found = await server.owner("GET", "/api/customer-search", params={"q": "Alpha"})
    assert len(found) == 15


async def test_an_agent_reads_the_card_of_her_own_contacts_customer(server: Running) -> None:
    customer = await server.owner(
        "POST", "/api/customers", json={"name": "Grace Hopper", "phones": ["+44 20 7946 0000"]}
    )
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    status, _ = await server.call(
        "POST",
        "/api/public/queues/support/contacts",
        json={"caller_name": "Grace", "phone": "+44 20 7946 0000"},
    )
    assert status == 201
    offer = await desk.expect("offer")
    assert offer["contact"]["customer_id"] == customer["id"]
    assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
    status, card = await server.call("GET", f"/api/customers/{customer['id']}/card", token)
    assert (status, card["name"]) == (200, "Grace Hopper")
    await desk.close()
