"""A customer's rights over their data (issue 18, item 23): an access
request's export holds everything kept about them, and erasure takes it all
away in one action -- card, the personal fields of their calls and chats,
transcripts, recordings -- leaving what reports count, unnamed."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from sqlalchemy import select

from callnest.server.data_retention import enforce_once
from callnest.server.keys import SETTINGS, STORE
from callnest.server.store import schema
from callnest.sim.rtc import Phone
from integration.chat_client import ChatCustomer
from integration.conftest import Running
from integration.media_fixtures import _spoken, phones, server
from integration.speech import SENTENCES, say
from integration.test_media import connected_call, heard_while

__all__ = ["_spoken", "phones", "server"]

pytestmark = pytest.mark.slow

GRACE = {
    "name": "Grace Hopper",
    "phones": ["+1 555 0100"],
    "emails": ["grace@example.com"],
    "notes": "Pays by card.",
}
SECRETS = (
    "Grace Hopper",
    '"Grace"',
    "555 0100",
    "5550100",
    "grace@example.com",
    "ending 4242",
    "ends 4242",
    "Pays by card",
)


async def everything_stored(server: Running) -> str:
    """Every row of every table, as text."""
    store = server.app[STORE]
    rows = []
    async with store._read() as conn:
        for table in schema.metadata.sorted_tables:
            rows += [dict(r._mapping) for r in await conn.execute(select(table))]
    return json.dumps(rows, default=str, ensure_ascii=False)


async def download(server: Running, path: str) -> tuple[int, bytes]:
    async with server.http.get(server.url + path, headers=server.auth(server.owner_token)) as r:
        return r.status, await r.read()


async def test_a_customers_data_is_exported_then_erased_in_one_action(
    server: Running, phones: list[Phone]
) -> None:
    customer = await server.owner("POST", "/api/customers", json=GRACE)
    desk, agent, caller, token = await connected_call(server, phones, phone="+1 555 0100")
    call_id = caller.contact["contact_id"]
    await heard_while(agent, caller.phone, say(SENTENCES[0]))
    assert (await desk.request("call.hangup", contact_id=call_id))["type"] == "ok"
    reply = await desk.request("wrapup.complete", contact_id=call_id, notes="Card ending 4242.")
    assert reply["type"] == "ok", reply
    call = await server.owner("GET", f"/api/interactions/{call_id}")
    assert call["customer_id"] == customer["id"] and call["recording"] is not None
    recording = server.app[SETTINGS].recordings_dir / call["recording"]
    assert recording.is_file()

    chat = await ChatCustomer.start(server, "support", name="Grace", email="grace@example.com")
    await chat.send("My card ends 4242")
    await chat.expect("message", text="My card ends 4242")
    # Not while she is still writing.
    path = f"/api/customers/{customer['id']}/erase"
    status, body = await server.call("POST", path, server.owner_token)
    assert (status, body["error"]["code"]) == (409, "conflict")
    await server.contact({"contact_id": chat.contact_id, "token": chat.token}, "DELETE")
    await chat.close()

    # The access request: everything, in one zip.
    status, data = await download(server, f"/api/customers/{customer['id']}/export")
    assert status == 200
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        assert {
            "customer.json",
            "interactions.json",
            f"chats/{chat.contact_id}.json",
            f"recordings/{call_id}.ogg",
        } <= names
        assert json.loads(archive.read("customer.json"))["notes"] == "Pays by card."
        kept = json.loads(archive.read("interactions.json"))
        assert {i["id"] for i in kept} == {call_id, chat.contact_id}
        assert "Card ending 4242." in [i["notes"] for i in kept]
        transcript = json.loads(archive.read(f"chats/{chat.contact_id}.json"))
        assert "My card ends 4242" in [m["text"] for m in transcript["messages"]]
        assert archive.read(f"recordings/{call_id}.ogg") == recording.read_bytes()

    # An agent may do neither.
    for method, action in (("GET", "export"), ("POST", "erase")):
        status, _ = await server.call(method, f"/api/customers/{customer['id']}/{action}", token)
        assert status == 403

    erased = await server.owner("POST", path)
    assert erased == {"interactions": 2, "chats": 1, "recordings": 1, "recordings_left": []}
    assert not recording.exists()
    stored = await everything_stored(server)
    for secret in SECRETS:
        assert secret not in stored, secret
    # What the reports count stays, with nobody's name on it.
    call = await server.owner("GET", f"/api/interactions/{call_id}")
    assert (call["customer_id"], call["caller_name"], call["notes"], call["recording"]) == (
        None,
        None,
        "",
        None,
    )
    assert call["talk_s"] > 1 and call["outcome"] == "answered"
    status, _ = await server.call("GET", f"/api/customers/{customer['id']}", server.owner_token)
    assert status == 404
    audit = await server.owner("GET", "/api/audit")
    actions = [(a["action"], a["target"]) for a in audit]
    assert ("customer.erase", f"customers:{customer['id']}") in actions
    assert ("customer.export", f"customers:{customer['id']}") in actions
    status, body = await server.call("POST", path, server.owner_token)
    assert status == 404  # erased already


async def test_an_unknown_customer_has_nothing_to_export(server: Running) -> None:
    status, _ = await download(server, "/api/customers/999/export")
    assert status == 404
    status, body = await server.call("POST", "/api/customers/999/erase", server.owner_token)
    assert (status, body["error"]["code"]) == (404, "not_found")


async def test_old_transcripts_and_contact_details_expire_by_the_owners_setting(
    server: Running,
) -> None:
    store = server.app[STORE]
    day, now = 86_400.0, 1_800_000_000.0
    for contact_id, age_days in (("old", 40), ("new", 10)):
        closed = now - age_days * day
        await store.upsert_interaction(
            {"id": contact_id, "channel": "chat", "state": "closed", "entered_at": closed - 60}
            | {"closed_at": closed, "caller_name": "Zoë", "caller_address": "203.0.113.9"}
            | {"notes": "Card ending 4242.", "talk_s": 50.0, "outcome": "answered"}
        )
        await store.insert_chat(
            {"contact_id": contact_id, "channel": "chat", "token_hash": contact_id,
             "customer_name": "Zoë", "email": "z@example.com", "started_at": closed - 60}
        )  # fmt: skip
        await store.add_chat_message(
            {"contact_id": contact_id, "seq": 1, "sender": "customer", "text": "hi", "at": closed}
        )
        await store.end_chat(contact_id, closed)
    # For ever, until the owner says otherwise.
    assert await enforce_once(store, now) == {"transcripts": 0, "contact_details": 0}
    settings = await server.owner("GET", "/api/settings/retention")
    assert settings == {
        "recordings_days": 90,
        "transcripts_days": None,
        "contact_details_days": None,
    }
    _, agent = await server.add_agent("ann")
    wanted = {"transcripts_days": 30, "contact_details_days": 30}
    status, _ = await server.call("PUT", "/api/settings/retention", agent, json=wanted)
    assert status == 403
    assert (
        await server.owner("PUT", "/api/settings/retention", json=wanted)
        == {"recordings_days": 90} | wanted
    )

    assert await enforce_once(store, now) == {"transcripts": 1, "contact_details": 1}
    old, new = await store.get_interaction("old"), await store.get_interaction("new")
    assert (old["caller_name"], old["notes"], old["talk_s"]) == (None, "", 50.0)
    assert (new["caller_name"], new["notes"]) == ("Zoë", "Card ending 4242.")
    assert await store.chat_messages("old") == []
    assert [m["text"] for m in await store.chat_messages("new")] == ["hi"]
    assert await enforce_once(store, now) == {"transcripts": 0, "contact_details": 0}
    audit = await server.owner("GET", "/api/audit")
    assert audit[0]["action"] == "settings.retention"
