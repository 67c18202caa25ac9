"""Bad input gets a clear error, a log line, and loses nothing."""

from __future__ import annotations

import io
import json

from callnest.protocol import MAX_FRAME_BYTES
from integration.conftest import Running, StartServer


async def test_websocket_rejects_bad_frames_and_stays_usable(server: Running) -> None:
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token)
    cases = [
        ("{not json", "malformed_json"),
        ("[1, 2]", "malformed_json"),
        (json.dumps({"v": 9, "type": "ping", "id": "a"}), "unsupported_version"),
        (json.dumps({"v": 1, "type": "launch.rockets", "id": "b"}), "unknown_type"),
        (
            json.dumps({"v": 1, "type": "agent.set_state", "state": "asleep", "id": "c"}),
            "invalid_message",
        ),
        (
            json.dumps({"v": 1, "type": "offer.answer", "offer_id": 12, "id": "d"}),
            "invalid_message",
        ),
        (json.dumps({"v": 1, "type": "ping", "extra": "field"}), "invalid_message"),
        ("x" * (MAX_FRAME_BYTES + 10), "too_large"),
    ]
    for frame, code in cases:
        await desk.ws.send_str(frame)
        reply = await desk.expect("error")
        assert reply["code"] == code, (frame[:60], reply)
        assert reply["message"]
    # The reply names the request it answers, even for an invalid one.
    await desk.ws.send_str(
        json.dumps({"v": 1, "type": "agent.set_state", "state": "break", "id": "e"})
    )
    reply = await desk.expect("error")
    assert (reply["ref"], reply["code"]) == ("e", "invalid_message")
    await desk.ws.send_bytes(b"\x00\x01")
    assert (await desk.expect("error"))["code"] == "malformed_json"
    # Still usable.
    assert (await desk.request("agent.set_state", state="available"))["type"] == "ok"
    await desk.ws.send_json({"v": 1, "type": "ping"})
    await desk.expect("pong")
    await desk.close()


async def test_websocket_commands_refused_with_reasons(server: Running) -> None:
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token)
    reply = await desk.request("offer.answer", offer_id="o999")
    assert (reply["type"], reply["code"]) == ("error", "offer_gone")
    reply = await desk.request("agent.set_state", state="break", reason_id=999)
    assert (reply["type"], reply["code"]) == ("error", "unknown_reason")
    reply = await desk.request("stats.subscribe")
    assert (reply["type"], reply["code"]) == ("error", "forbidden")
    reply = await desk.request("call.hangup", contact_id="nope")
    assert reply["type"] == "error"
    await desk.close()


async def test_websocket_needs_hello_with_a_valid_token(server: Running) -> None:
    ws = await server.http.ws_connect(server.url + "/api/ws")
    await ws.send_json({"v": 1, "type": "hello", "token": "x" * 40, "client": "test"})
    reply = json.loads((await ws.receive(timeout=5)).data)
    assert (reply["type"], reply["code"]) == ("error", "unauthenticated")
    closing = await ws.receive(timeout=5)
    assert closing.data == 4401
    ws = await server.http.ws_connect(server.url + "/api/ws")
    await ws.send_json({"v": 1, "type": "ping", "id": "p"})
    reply = json.loads((await ws.receive(timeout=5)).data)
    assert (reply["type"], reply["code"], reply["ref"]) == ("error", "unauthenticated", "p")


async def test_rest_rejects_bad_bodies_with_the_field_named(server: Running) -> None:
    status, body = await server.call(
        "POST",
        "/api/queues",
        server.owner_token,
        data="{oops",
        headers={"Content-Type": "application/json"},
    )
    assert (status, body["error"]["code"]) == (400, "malformed_json")
    status, body = await server.call(
        "POST",
        "/api/queues",
        server.owner_token,
        json={"name": "ok", "display_name": "Ok", "ring_timeout_s": "soon"},
    )
    assert (status, body["error"]["code"]) == (422, "invalid_request")
    assert body["error"]["details"][0]["field"] == "ring_timeout_s"
    status, body = await server.call(
        "POST", "/api/queues", server.owner_token, json={"name": "Bad Name!", "display_name": "x"}
    )
    assert status == 422 and "name" in body["error"]["message"]
    status, body = await server.call(
        "POST",
        "/api/queues",
        server.owner_token,
        json={"name": "ok", "display_name": "Ok", "overflow_target": "queue:abc"},
    )
    assert status == 422 and "overflow" in body["error"]["message"]
    status, body = await server.call(
        "POST",
        "/api/queues",
        server.owner_token,
        json={"name": "ok", "display_name": "Ok", "business_hours": {"timezone": "Mars/Base"}},
    )
    assert status == 422 and "time zone" in body["error"]["message"]
    status, body = await server.call(
        "POST",
        "/api/teams",
        server.owner_token,
        data=io.BytesIO(b"x" * (server.settings.max_body_bytes + 1)),
        headers={"Content-Type": "application/json"},
    )
    assert status == 413
    status, body = await server.call("GET", "/api/queues/abc", server.owner_token)
    assert (status, body["error"]["code"]) == (404, "not_found")
    status, body = await server.call("GET", "/api/queues/999", server.owner_token)
    assert status == 404
    status, body = await server.call(
        "POST", "/api/queues", server.owner_token, json={"name": "support", "display_name": "Again"}
    )
    assert (status, body["error"]["code"]) == (409, "conflict")
    status, body = await server.call(
        "PATCH", "/api/queues/1", server.owner_token, json={"wrap_up_s": -5}
    )
    assert status == 422
    queue = await server.owner("GET", "/api/queues/1")
    assert queue["wrap_up_s"] == 30  # nothing half-applied
    status, body = await server.call(
        "GET", "/api/teams", server.owner_token, params={"limit": "lots"}
    )
    assert status == 422


async def test_public_endpoint_refuses_strangers_and_floods(start_server: StartServer) -> None:
    server: Running = await start_server(public_contacts_per_minute=3)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    status, body = await server.call("POST", "/api/public/queues/nope/contacts", json={})
    assert status == 404
    contacts = [await server.call_in("support") for _ in range(3)]
    status, body = await server.call("POST", "/api/public/queues/support/contacts", json={})
    assert (status, body["error"]["code"]) == (429, "too_many_contacts")
    # A contact's status is only for whoever holds its token.
    status, _ = await server.call(
        "GET",
        f"/api/public/contacts/{contacts[0]['contact_id']}",
        headers={"X-Contact-Token": "guess"},
    )
    assert status == 404
    status, _ = await server.call("DELETE", f"/api/public/contacts/{contacts[0]['contact_id']}")
    assert status == 404
    _, seen = await server.contact(contacts[0])
    assert seen["state"] == "queued"


async def test_queue_with_waiting_contacts_cannot_be_deleted(server: Running) -> None:
    await server.call_in("support")
    status, body = await server.call("DELETE", "/api/queues/1", server.owner_token)
    assert (status, body["error"]["code"]) == (409, "queue_busy")


async def test_a_conflict_names_the_field_it_is_about(server: Running) -> None:
    # So a form outlines the login that is taken, not just says so.
    await server.add_agent("ann")
    status, body = await server.call(
        "POST", "/api/users", server.owner_token, json={"username": "ann", "display_name": "Ann"}
    )
    assert (status, body["error"]["code"]) == (409, "conflict")
    assert body["error"]["details"] == [
        {"field": "username", "problem": "username 'ann' already exists"}
    ]


async def test_a_wrong_method_is_refused_naming_the_methods_there_are(server: Running) -> None:
    # The refusal is in the API's one error shape, and keeps the Allow header
    # that HTTP requires of a 405 (the error middleware once dropped it).
    url = server.url + "/api/queues/1"
    async with server.http.put(url, headers=server.auth(server.owner_token)) as r:
        assert r.status == 405
        assert set(r.headers["Allow"].split(",")) == {"GET", "PATCH", "DELETE"}
        assert r.content_type == "application/json"
        assert (await r.json())["error"]["code"] == "method_not_allowed"


async def test_an_id_beyond_the_databases_integers_is_refused_naming_the_field(
    server: Running,
) -> None:
    # Each was a 500: the store could not even look such an id up.
    huge = 2**64
    user = {"username": "ann", "display_name": "Ann"}
    queue = {"name": "sales", "display_name": "Sales"}
    cases = [
        ("POST", "/api/users", user | {"team_id": huge}, "team_id"),
        ("POST", "/api/users", user | {"skills": {huge: 1}}, f"skills.{huge}.[key]"),
        ("POST", "/api/queues", queue | {"script_id": huge}, "script_id"),
        ("PATCH", "/api/queues/1", {"skills": {huge: 1}}, f"skills.{huge}.[key]"),
        ("POST", "/api/phone-numbers", {"number": "+38612345678", "trunk_id": huge}, "trunk_id"),
    ]
    for method, path, body, field in cases:
        status, answer = await server.call(method, path, server.owner_token, json=body)
        assert status == 422, (path, answer)
        assert answer["error"]["code"] == "invalid_request"
        assert answer["error"]["details"][0]["field"] == field, answer
