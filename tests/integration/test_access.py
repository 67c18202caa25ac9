"""Who may do what: every endpoint walked with no token and with an agent's,
and those that act on an agent or a contact with a supervisor of another
team (scope, not only role)."""

from __future__ import annotations

import os
import stat

import aiohttp

from callnest.protocol import ErrorCode
from callnest.server.auth import Role
from callnest.server.bootstrap import CREDENTIALS_FILE
from callnest.server.keys import API
from integration.conftest import Running


def _concrete(path: str) -> str:
    for name, value in (
        ("{queue}", "support"),
        ("{contact_id}", "nope"),
        ("{callback_id}", "nope"),
        ("{language}", "sl"),
        ("{prompt}", "welcome"),
    ):
        path = path.replace(name, value)
    return path.replace("{id}", "1")


async def test_every_endpoint_checks_the_role(server: Running) -> None:
    _, agent_token = await server.add_agent("ann")
    endpoints = server.app[API].endpoints
    assert len(endpoints) > 30
    checked = 0
    for e in endpoints:
        path = _concrete(e.path)
        if e.roles is None:
            continue
        status, body = await server.call(e.method, path)
        assert status == 401, (e.method, e.path, status, body)
        assert body["error"]["code"] == "unauthenticated"
        status, body = await server.call(e.method, path, "not-a-real-token")
        assert status == 401, (e.method, e.path, status, body)
        if Role.AGENT not in e.roles:
            status, body = await server.call(e.method, path, agent_token, json={})
            assert status == 403, (e.method, e.path, status, body)
            assert body["error"]["code"] == "forbidden"
            checked += 1
    assert checked > 20


# A valid body for each scoped endpoint that needs one: scope, not the body,
# must be what refuses.
SCOPED_BODIES = {
    "/api/agents/{id}/state": {"state": "offline"},
    "/api/calls/{contact_id}/monitor": {"mode": "listen"},
    "/api/email/{contact_id}/replies": {"text": "Hello"},
    "/api/email/{contact_id}/forwards": {"to": "someone@example.test"},
}


async def test_every_endpoint_on_an_agent_or_a_contact_checks_the_team(server: Running) -> None:
    red = await server.owner("POST", "/api/teams", json={"name": "red"})
    blue = await server.owner("POST", "/api/teams", json={"name": "blue"})
    bob_id, bob_token = await server.add_agent("bob", team_id=blue["id"])
    bob = await server.desktop(bob_token, available=True)
    contact = await server.call_in("support", "Blue's caller")
    offer = await bob.expect("offer")
    assert (await bob.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
    await server.add_agent("sue", role="supervisor", team_id=red["id"])
    sue = await server.login("sue", "password-sue")
    await server.add_agent("lou", role="supervisor")  # a supervisor of no team
    lou = await server.login("lou", "password-lou")
    owner_id = (await server.owner("GET", "/api/me"))["id"]

    scoped = [
        e
        for e in server.app[API].endpoints
        if e.roles is not None
        and Role.SUPERVISOR in e.roles
        and (e.path.startswith("/api/agents/{id}") or "{contact_id}" in e.path)
    ]
    assert len(scoped) >= 5
    for e in scoped:
        for target in (bob_id, owner_id):
            path = e.path.replace("{id}", str(target)).replace(
                "{contact_id}", contact["contact_id"]
            )
            for token in (sue, lou):
                status, body = await server.call(
                    e.method, path, token, json=SCOPED_BODIES.get(e.path)
                )
                assert status in (403, 404), (e.method, path, status, body)
    # Nothing was done to bob (still logged in), nor to his call.
    assert (await server.call("GET", "/api/me", bob_token))[0] == 200
    stats = await server.owner("GET", f"/api/interactions/{contact['contact_id']}")
    assert stats["state"] == "connected"
    await bob.close()


async def test_agent_can_read_what_its_desktop_needs_and_change_nothing(server: Running) -> None:
    _, agent_token = await server.add_agent("ann")
    for path in ("/api/queues", "/api/dispositions", "/api/break-reasons", "/api/me"):
        status, _ = await server.call("GET", path, agent_token)
        assert status == 200, path
    status, _ = await server.call(
        "POST", "/api/queues", agent_token, json={"name": "x", "display_name": "X"}
    )
    assert status == 403
    status, _ = await server.call("GET", "/api/users", agent_token)
    assert status == 403


async def test_agents_see_a_directory_of_active_agents_only(server: Running) -> None:
    ann_id, ann_token = await server.add_agent("ann", display_name="Ann Archer")
    bob_id, _ = await server.add_agent("bob", display_name="Bob Baker")
    gone_id, _ = await server.add_agent("gone", display_name="Gone Away")
    await server.owner("DELETE", f"/api/users/{gone_id}")
    status, body = await server.call("GET", "/api/directory", ann_token)
    assert status == 200
    # Only what a transfer needs: no usernames, roles or password hashes; no owner.
    assert body == [
        {"id": ann_id, "display_name": "Ann Archer", "team_id": None},
        {"id": bob_id, "display_name": "Bob Baker", "team_id": None},
    ]


async def test_login_failures_are_throttled(server: Running) -> None:
    await server.add_agent("ann")
    for _ in range(server.settings.login_failures_allowed):
        status, body = await server.call(
            "POST", "/api/login", json={"username": "ann", "password": "wrong-password"}
        )
        assert (status, body["error"]["code"]) == (401, "bad_credentials")
    status, body = await server.call(
        "POST", "/api/login", json={"username": "ann", "password": "password-ann"}
    )
    assert status == 429
    assert body["error"]["code"] == "too_many_attempts"
    # An unknown user gets the same answer as a wrong password.
    status, body = await server.call(
        "POST", "/api/login", json={"username": "nobody", "password": "x"}
    )
    assert (status, body["error"]["code"]) == (401, "bad_credentials")


async def test_logout_ends_the_session(server: Running) -> None:
    _, token = await server.add_agent("ann")
    assert (await server.call("GET", "/api/me", token))[0] == 200
    assert (await server.call("POST", "/api/logout", token))[0] == 200
    assert (await server.call("GET", "/api/me", token))[0] == 401


async def test_owner_credentials_are_written_once_and_private(server: Running) -> None:
    path = server.settings.data_dir / CREDENTIALS_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(server.settings.data_dir).st_mode) == 0o700
    users = await server.owner("GET", "/api/users")
    assert [u["role"] for u in users] == ["owner"]
    assert all("password_hash" not in u for u in users)


async def test_deactivated_user_cannot_log_in(server: Running) -> None:
    user_id, _ = await server.add_agent("ann")
    await server.owner("DELETE", f"/api/users/{user_id}")
    status, _ = await server.call(
        "POST", "/api/login", json={"username": "ann", "password": "password-ann"}
    )
    assert status == 401


async def test_audit_log_records_changes(server: Running) -> None:
    await server.owner("POST", "/api/teams", json={"name": "Evening"})
    entries = await server.owner("GET", "/api/audit")
    assert any(e["action"] == "create" and e["target"].startswith("teams:") for e in entries)


async def test_openapi_document_lists_every_endpoint(server: Running) -> None:
    status, doc = await server.call("GET", "/api/openapi.json")
    assert status == 200
    assert doc["openapi"].startswith("3.")
    for e in server.app[API].endpoints:
        assert e.method.lower() in doc["paths"][e.path], e.path
    queue_schema = doc["components"]["schemas"]["QueueIn"]
    assert "strategy" in queue_schema["properties"]
    # Every refusal's code is one of the protocol's catalogue.
    assert set(doc["components"]["schemas"]["ErrorCode"]["enum"]) == {c.value for c in ErrorCode}


async def test_openapi_document_lists_what_each_handler_reads(server: Running) -> None:
    # So a client, or a fuzzer, can send every parameter and body there is.
    _, doc = await server.call("GET", "/api/openapi.json")
    paths = doc["paths"]

    def parameters(path: str, method: str = "get") -> dict[str, tuple[str, bool]]:
        return {
            p["name"]: (p["in"], p["required"]) for p in paths[path][method].get("parameters", ())
        }

    assert parameters("/api/reports")["since"] == ("query", True)
    assert parameters("/api/reports")["team_id"] == ("query", False)
    assert set(parameters("/api/interactions")) >= {"since", "agent_id", "state", "offset"}
    assert set(parameters("/api/customer-search")) == {"q", "phone", "email"}
    assert set(parameters("/api/public/contacts/{contact_id}")) == {
        "contact_id",
        "token",
        "wait_s",
        "state",
    }
    assert set(parameters("/api/audit")) == {"limit", "offset"}
    [queue_id] = paths["/api/queues/{id}"]["get"]["parameters"]
    assert queue_id["schema"]["type"] == "integer"
    # A PATCH sends some of the fields, at least one.
    patch = paths["/api/queues/{id}"]["patch"]["requestBody"]["content"]["application/json"]
    changes = doc["components"]["schemas"][patch["schema"]["$ref"].split("/")[-1]]
    assert "required" not in changes and changes["minProperties"] == 1
    assert "strategy" in changes["properties"]
    assert "text/csv" in paths["/api/customers/import"]["post"]["requestBody"]["content"]
    # A closed queue's 503 is on purpose, and said so.
    assert "503" in paths["/api/public/queues/{queue}/calls"]["post"]["responses"]


async def test_metrics_for_managers_only(server: Running) -> None:
    _, agent_token = await server.add_agent("ann")
    await server.call_in("support")
    status, text = await server.call("GET", "/metrics", server.owner_token)
    assert status == 200
    assert 'callnest_queue_waiting{queue="support"} 1.0' in text
    assert (await server.call("GET", "/metrics", agent_token))[0] == 403


async def test_logout_and_deactivation_end_the_live_desktop_session(server: Running) -> None:
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token)
    await server.call("POST", "/api/logout", token)
    ended = await desk.expect("session.ended")
    assert ended["reason"] == "logged out"
    bob_id, bob_token = await server.add_agent("bob")
    bob = await server.desktop(bob_token, available=True)
    await server.owner("DELETE", f"/api/users/{bob_id}")
    ended = await bob.expect("session.ended")
    assert ended["reason"] == "your account was deactivated"
    closing = await bob.ws.receive(timeout=5)
    while closing.type is aiohttp.WSMsgType.TEXT:
        closing = await bob.ws.receive(timeout=5)
    assert (closing.type, closing.data) == (aiohttp.WSMsgType.CLOSE, 4409)
