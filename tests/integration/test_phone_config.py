"""The owner's phone configuration over REST: SIP trunks, phone numbers and a
queue's outbound caller ID. Who may see and change what; a trunk's password
goes in and never comes out, not in an answer, the log or the audit; bad
input is refused naming its field and changes nothing; whatever a number
uses is not deleted from under it; the SIP side hears of every change."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from callnest.server.keys import PHONE_CONFIG_LISTENERS, STORE
from integration.conftest import Running

SECRET = "Pr0vider-s3cret"
NEW_SECRET = "An0ther-s3cret"

REGISTERING: dict[str, Any] = {
    "name": "Provider",
    "host": "sip.example.com",
    "registers": True,
    "username": "+38612345678",
    "password": SECRET,
}
BY_ADDRESS: dict[str, Any] = {"name": "Carrier", "host": "192.0.2.1", "ip_addresses": ["192.0.2.1"]}


async def _queue_id(server: Running, name: str = "support") -> int:
    queues = await server.owner("GET", "/api/queues")
    return next(int(q["id"]) for q in queues if q["name"] == name)


async def _refusal(
    server: Running, method: str, path: str, status: int, **kw: Any
) -> dict[str, Any]:
    got, body = await server.call(method, path, server.owner_token, **kw)
    assert got == status, (got, body)
    error: dict[str, Any] = body["error"]
    return error


async def test_a_trunks_password_goes_in_and_never_comes_out(
    server: Running, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = server.app[STORE]
    answers: list[Any] = []

    trunk = await server.owner("POST", "/api/trunks", json=REGISTERING)
    answers.append(trunk)
    assert trunk["has_password"] is True and "password" not in trunk
    assert (trunk["host"], trunk["port"], trunk["codecs"]) == (
        "sip.example.com",
        5060,
        ["PCMA", "PCMU"],
    )
    path = f"/api/trunks/{trunk['id']}"
    answers += [await server.owner("GET", "/api/trunks"), await server.owner("GET", path)]

    # A change that leaves the password out keeps it.
    changed = await server.owner("PATCH", path, json={"port": 5080, "codecs": ["G722", "PCMA"]})
    answers.append(changed)
    assert (changed["port"], changed["codecs"], changed["has_password"]) == (
        5080,
        ["G722", "PCMA"],
        True,
    )
    assert (await store.get_trunk_with_password(trunk["id"]))["password"] == SECRET

    # A new one replaces it; a bad one is refused without being repeated.
    answers.append(await server.owner("PATCH", path, json={"password": NEW_SECRET}))
    assert (await store.get_trunk_with_password(trunk["id"]))["password"] == NEW_SECRET
    error = await _refusal(server, "PATCH", path, 422, json={"password": SECRET + "\n"})
    answers.append(error)
    assert error["details"] == [
        {
            "field": "password",
            "problem": "Value error, a password is 1 to 200 characters on one line",
        }
    ]

    # A registering trunk cannot lose it; one that stops registering can.
    error = await _refusal(server, "PATCH", path, 422, json={"password": None})
    assert error["details"][0]["field"] == "password"
    assert (
        error["message"] == "field 'password': Value error, a trunk that registers needs a password"
    )
    assert (await store.get_trunk_with_password(trunk["id"]))["password"] == NEW_SECRET
    cleared = await server.owner(
        "PATCH", path, json={"registers": False, "ip_addresses": ["192.0.2.0/28"], "password": None}
    )
    answers.append(cleared)
    assert cleared["has_password"] is False
    assert (await store.get_trunk_with_password(trunk["id"]))["password"] is None

    # Nowhere to be read: not in an answer, the audit or the log (at DEBUG).
    audit = await server.owner("GET", "/api/audit")
    trunk_entries = [e for e in audit if e["target"] == f"trunks:{trunk['id']}"]
    assert [e["action"] for e in trunk_entries] == ["update", "update", "update", "create"]
    assert [e["details"].get("password", "-") for e in trunk_entries] == [None, "***", "-", "***"]
    audit_rows = json.dumps(await store.list_audit(limit=1000))
    assert f"PATCH {path} invalid: field 'password'" in caplog.text  # the log is captured
    for secret in (SECRET, NEW_SECRET):
        assert secret not in json.dumps(answers)
        assert secret not in audit_rows
        assert secret not in caplog.text


async def test_who_may_see_and_change_the_phone_configuration(server: Running) -> None:
    _, agent = await server.add_agent("ann")
    _, supervisor = await server.add_agent("sue", role="supervisor")
    trunk = await server.owner("POST", "/api/trunks", json=BY_ADDRESS)
    number = await server.owner(
        "POST", "/api/phone-numbers", json={"number": "+38612345678", "trunk_id": trunk["id"]}
    )
    changes: list[tuple[str, str, Any]] = [
        ("POST", "/api/trunks", BY_ADDRESS | {"name": "Other"}),
        ("PATCH", f"/api/trunks/{trunk['id']}", {"port": 5070}),
        ("DELETE", f"/api/trunks/{trunk['id']}", None),
        ("POST", "/api/phone-numbers", {"number": "+38612345679", "trunk_id": trunk["id"]}),
        ("PATCH", f"/api/phone-numbers/{number['id']}", {"label": "Sales"}),
        ("DELETE", f"/api/phone-numbers/{number['id']}", None),
    ]
    for token in (agent, supervisor):
        for method, path, body in changes:
            status, _ = await server.call(method, path, token, json=body)
            assert status == 403, (method, path)
    # Trunks are the owner's alone (they carry the provider's account);
    # supervisors may read the numbers, agents neither.
    for path in ("/api/trunks", f"/api/trunks/{trunk['id']}"):
        assert (await server.call("GET", path, supervisor))[0] == 403
        assert (await server.call("GET", path, agent))[0] == 403
    for path in ("/api/phone-numbers", f"/api/phone-numbers/{number['id']}"):
        assert (await server.call("GET", path, supervisor))[0] == 200
        assert (await server.call("GET", path, agent))[0] == 403
    assert (await server.call("GET", "/api/trunks", None))[0] == 401


async def test_phone_numbers_lead_to_a_queue(server: Running) -> None:
    trunk = await server.owner("POST", "/api/trunks", json=BY_ADDRESS)
    support = await _queue_id(server)
    number = await server.owner(
        "POST",
        "/api/phone-numbers",
        json={"number": "00386 1 234 5678", "trunk_id": trunk["id"], "queue_id": support},
    )
    assert number == {
        "id": number["id"],
        "number": "+38612345678",
        "trunk_id": trunk["id"],
        "queue_id": support,
        "label": "",
        "created_at": number["created_at"],
        "updated_at": number["updated_at"],
    }
    path = f"/api/phone-numbers/{number['id']}"
    changed = await server.owner("PATCH", path, json={"label": "Main line", "queue_id": None})
    assert (changed["label"], changed["queue_id"], changed["number"]) == (
        "Main line",
        None,
        "+38612345678",
    )
    assert await server.owner("GET", "/api/phone-numbers") == [changed]
    error = await _refusal(server, "PATCH", path, 422, json={"number": "01 234 5678"})
    assert error["details"][0]["field"] == "number"
    assert "international form" in error["message"]
    error = await _refusal(server, "PATCH", path, 409, json={"trunk_id": 999})
    assert error["details"] == [{"field": "trunk_id", "problem": "trunk_id 999 does not exist"}]
    assert await server.owner("GET", path) == changed  # nothing lost
    assert await server.owner("DELETE", path) == {"deleted": number["id"]}
    assert await server.owner("GET", "/api/phone-numbers") == []


async def test_unique_names_and_numbers_conflict_naming_the_field(server: Running) -> None:
    trunk = await server.owner("POST", "/api/trunks", json=BY_ADDRESS)
    error = await _refusal(
        server, "POST", "/api/trunks", 409, json=REGISTERING | {"name": "Carrier"}
    )
    assert error["code"] == "conflict"
    assert error["details"] == [{"field": "name", "problem": "name 'Carrier' already exists"}]
    other = await server.owner("POST", "/api/trunks", json=REGISTERING)
    error = await _refusal(
        server, "PATCH", f"/api/trunks/{other['id']}", 409, json={"name": "Carrier"}
    )
    assert error["details"][0]["field"] == "name"

    await server.owner(
        "POST", "/api/phone-numbers", json={"number": "+38612345678", "trunk_id": trunk["id"]}
    )
    # The same number written another way is the same number.
    error = await _refusal(
        server,
        "POST",
        "/api/phone-numbers",
        409,
        json={"number": "00386 1 234 5678", "trunk_id": other["id"]},
    )
    assert error["details"] == [
        {"field": "number", "problem": "number '+38612345678' already exists"}
    ]
    assert len(await server.owner("GET", "/api/trunks")) == 2
    assert len(await server.owner("GET", "/api/phone-numbers")) == 1


async def test_a_bad_trunk_is_refused_naming_the_field(server: Running) -> None:
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"name": "Nowhere", "host": "sip.example.com"}, "ip_addresses", "let the trunk register"),
        ({k: v for k, v in REGISTERING.items() if k != "password"}, "password", "needs a password"),
        (REGISTERING | {"host": "sip:sip.example.com"}, "host", "not a URI"),
        (REGISTERING | {"port": 0}, "port", "greater than or equal to 1"),
        (REGISTERING | {"transport": "sctp"}, "transport", "'udp', 'tcp' or 'tls'"),
        (REGISTERING | {"codecs": []}, "codecs", "at least 1 item"),
        (REGISTERING | {"ip_addresses": ["10.0.0.1/8"]}, "ip_addresses.0", "host bits set"),
        (REGISTERING | {"secret": "x"}, "secret", "Extra inputs are not permitted"),
    ]
    for trunk, field, problem in cases:
        error = await _refusal(server, "POST", "/api/trunks", 422, json=trunk)
        assert error["code"] == "invalid_request"
        assert error["details"][0]["field"] == field, (trunk, error)
        assert problem in error["details"][0]["problem"]
    assert await server.owner("GET", "/api/trunks") == []
    error = await _refusal(server, "PATCH", "/api/trunks/999", 404, json={"port": 5070})
    assert error["message"] == "trunk 999 not found"


async def test_a_trunk_or_queue_that_numbers_use_is_not_deleted(server: Running) -> None:
    trunk = await server.owner("POST", "/api/trunks", json=BY_ADDRESS)
    support = await _queue_id(server)
    number = await server.owner(
        "POST",
        "/api/phone-numbers",
        json={"number": "+38612345678", "trunk_id": trunk["id"], "queue_id": support},
    )
    error = await _refusal(server, "DELETE", f"/api/trunks/{trunk['id']}", 409)
    assert error["message"] == (
        f"phone numbers come in on trunk {trunk['id']}: +38612345678; "
        "move them to another trunk or delete them first"
    )
    error = await _refusal(server, "DELETE", f"/api/queues/{support}", 409)
    assert error["message"] == (
        f"phone numbers lead to queue {support}: +38612345678; "
        "send them to another queue or delete them first"
    )
    # Both still there, the queue still taking contacts.
    await server.owner("GET", f"/api/trunks/{trunk['id']}")
    await server.call_in("support")

    await server.owner("DELETE", f"/api/phone-numbers/{number['id']}")
    assert await server.owner("DELETE", f"/api/trunks/{trunk['id']}") == {"deleted": trunk["id"]}


async def test_a_queue_names_the_caller_id_its_outbound_calls_show(server: Running) -> None:
    support = await _queue_id(server)
    path = f"/api/queues/{support}"
    assert (await server.owner("GET", path))["outbound_caller_id"] is None
    changed = await server.owner("PATCH", path, json={"outbound_caller_id": "+386 1 234 5678"})
    assert changed["outbound_caller_id"] == "+38612345678"
    error = await _refusal(server, "PATCH", path, 422, json={"outbound_caller_id": "reception"})
    assert error["details"][0]["field"] == "outbound_caller_id"
    assert (await server.owner("GET", path))["outbound_caller_id"] == "+38612345678"
    cleared = await server.owner("PATCH", path, json={"outbound_caller_id": None})
    assert cleared["outbound_caller_id"] is None
    created = await server.owner(
        "POST",
        "/api/queues",
        json={"name": "sales", "display_name": "Sales", "outbound_caller_id": "0044 20 7946 0000"},
    )
    assert created["outbound_caller_id"] == "+442079460000"


async def test_the_sip_side_hears_of_every_committed_change(
    server: Running, caplog: pytest.LogCaptureFixture
) -> None:
    heard: list[str] = []

    async def failing() -> None:
        heard.append("failing")
        raise RuntimeError("the SIP side is down")

    async def listening() -> None:
        heard.append("listening")

    server.app[PHONE_CONFIG_LISTENERS].extend([failing, listening])
    trunk = await server.owner("POST", "/api/trunks", json=BY_ADDRESS)
    assert heard == ["failing", "listening"]  # one that fails does not stop the others
    assert "a listener to phone configuration changes failed" in caplog.text
    assert "the SIP side is down" in caplog.text
    server.app[PHONE_CONFIG_LISTENERS].remove(failing)
    heard.clear()

    await server.owner("PATCH", f"/api/trunks/{trunk['id']}", json={"enabled": False})
    number = await server.owner(
        "POST", "/api/phone-numbers", json={"number": "+38612345678", "trunk_id": trunk["id"]}
    )
    await server.owner("PATCH", f"/api/phone-numbers/{number['id']}", json={"label": "Main"})
    assert len(heard) == 3
    # A refused change is not one.
    await _refusal(server, "PATCH", f"/api/trunks/{trunk['id']}", 422, json={"port": -1})
    await _refusal(server, "DELETE", f"/api/trunks/{trunk['id']}", 409)
    assert len(heard) == 3
    await server.owner("DELETE", f"/api/phone-numbers/{number['id']}")
    await server.owner("DELETE", f"/api/trunks/{trunk['id']}")
    assert len(heard) == 5


async def test_the_api_document_lists_the_phone_endpoints(server: Running) -> None:
    status, doc = await server.call("GET", "/api/openapi.json")
    assert status == 200
    for path in (
        "/api/trunks",
        "/api/trunks/{id}",
        "/api/phone-numbers",
        "/api/phone-numbers/{id}",
    ):
        assert path in doc["paths"]
    assert doc["paths"]["/api/trunks"]["get"]["x-roles"] == ["owner"]
    password = doc["components"]["schemas"]["TrunkIn"]["properties"]["password"]["anyOf"][0]
    assert password["writeOnly"] is True
