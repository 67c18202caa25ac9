"""The audit log and key/value settings."""

from __future__ import annotations

from typing import Any

import pytest

from callnest.server.store import Invalid, Store


async def test_audit_newest_first(store: Store) -> None:
    owner = await store.insert_row("users", {"username": "own", "password_hash": "h"})
    await store.audit(1.0, owner["id"], "user.create", "user:2", {"username": "ann"}, "10.0.0.5")
    await store.audit(2.0, owner["id"], "queue.update", "queue:1", {"priority": [0, 5]})
    await store.audit(3.0, None, "login.failed", "user:ann", {}, "203.0.113.9")
    records = await store.list_audit()
    assert [r["action"] for r in records] == ["login.failed", "queue.update", "user.create"]
    assert records[2] == {
        "id": records[2]["id"],
        "at": 1.0,
        "actor_id": owner["id"],
        "action": "user.create",
        "target": "user:2",
        "details": {"username": "ann"},
        "remote_addr": "10.0.0.5",
    }
    assert records[1]["remote_addr"] is None
    assert [r["at"] for r in await store.list_audit(limit=1, offset=1)] == [2.0]
    # the record outlives its actor
    await store.delete_row("users", owner["id"])
    assert (await store.list_audit())[2]["actor_id"] == owner["id"]


async def test_audit_paging_is_checked(store: Store) -> None:
    with pytest.raises(Invalid):
        await store.list_audit(offset=-1)


async def test_setting_default_when_unset(store: Store) -> None:
    assert await store.get_setting("site.name") is None
    assert await store.get_setting("site.name", "Callnest") == "Callnest"


async def test_settings_round_trip(store: Store) -> None:
    values: list[Any] = [
        "text",
        42,
        2.5,
        True,
        [1, "two", None],
        {"stun": ["stun:stun.example.org"], "turn": {"url": "turns:t.example:443", "ttl": 600}},
        None,
    ]
    for value in values:
        await store.set_setting("k", value)
        assert await store.get_setting("k", "unset") == value
    await store.set_setting("other", 1)
    assert await store.get_setting("k", "unset") is None
    assert await store.get_setting("other") == 1
