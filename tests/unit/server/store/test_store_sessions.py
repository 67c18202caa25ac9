"""Login sessions: expiry, sliding expiry, clean-up."""

from __future__ import annotations

import hashlib

import pytest

from callnest.server.store import Conflict, Row, Store

TOKEN = hashlib.sha256(b"bearer token").hexdigest()
OTHER = hashlib.sha256(b"another token").hexdigest()


@pytest.fixture
async def ann(store: Store) -> Row:
    team = await store.insert_row("teams", {"name": "day"})
    return await store.insert_row(
        "users",
        {"username": "ann", "password_hash": "h", "role": "supervisor", "team_id": team["id"]},
    )


async def test_session_carries_its_user(store: Store, ann: Row) -> None:
    await store.create_session(TOKEN, ann["id"], now=1000.0, ttl_s=600)
    assert await store.get_session(TOKEN, now=1001.0) == {
        "token_hash": TOKEN,
        "user_id": ann["id"],
        "created_at": 1000.0,
        "expires_at": 1600.0,
        "last_seen_at": 1000.0,
        "username": "ann",
        "role": "supervisor",
        "team_id": ann["team_id"],
        "active": True,
    }
    assert await store.get_session(OTHER, now=1001.0) is None


async def test_session_expires(store: Store, ann: Row) -> None:
    await store.create_session(TOKEN, ann["id"], now=1000.0, ttl_s=600)
    assert await store.get_session(TOKEN, now=1599.9) is not None
    assert await store.get_session(TOKEN, now=1600.0) is None
    assert await store.get_session(TOKEN, now=5000.0) is None


async def test_touch_slides_expiry(store: Store, ann: Row) -> None:
    await store.create_session(TOKEN, ann["id"], now=1000.0, ttl_s=600)
    assert await store.touch_session(TOKEN, now=1500.0, ttl_s=600) is True
    session = await store.get_session(TOKEN, now=2000.0)
    assert session is not None
    assert (session["last_seen_at"], session["expires_at"]) == (1500.0, 2100.0)
    assert session["created_at"] == 1000.0
    # an expired session cannot be revived
    assert await store.touch_session(TOKEN, now=2100.0, ttl_s=600) is False
    assert await store.get_session(TOKEN, now=2100.0) is None
    assert await store.touch_session(OTHER, now=1000.0, ttl_s=600) is False


async def test_inactive_user_is_reported_not_hidden(store: Store, ann: Row) -> None:
    await store.create_session(TOKEN, ann["id"], now=1000.0, ttl_s=600)
    await store.update_row("users", ann["id"], {"active": False})
    session = await store.get_session(TOKEN, now=1000.0)
    assert session is not None
    assert session["active"] is False


async def test_delete_and_clean_up(store: Store, ann: Row) -> None:
    await store.create_session(TOKEN, ann["id"], now=1000.0, ttl_s=600)
    await store.create_session(OTHER, ann["id"], now=1000.0, ttl_s=60)
    await store.create_session("c" * 64, ann["id"], now=1000.0, ttl_s=6000)
    assert await store.delete_expired_sessions(now=1100.0) == 1
    assert await store.get_session(OTHER, now=1000.0) is None
    await store.delete_session(TOKEN)
    await store.delete_session(TOKEN)  # logging out twice is harmless
    assert await store.get_session(TOKEN, now=1000.0) is None
    assert await store.delete_expired_sessions(now=1100.0) == 0
    assert await store.get_session("c" * 64, now=1100.0) is not None


async def test_session_for_missing_user_conflicts(store: Store) -> None:
    with pytest.raises(Conflict, match="user_id 41 does not exist"):
        await store.create_session(TOKEN, 41, now=1000.0, ttl_s=600)


async def test_same_token_twice_conflicts(store: Store, ann: Row) -> None:
    await store.create_session(TOKEN, ann["id"], now=1000.0, ttl_s=600)
    with pytest.raises(Conflict, match=r"token_hash .* already exists"):
        await store.create_session(TOKEN, ann["id"], now=1000.0, ttl_s=600)
