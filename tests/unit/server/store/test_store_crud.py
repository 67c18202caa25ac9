"""Generic CRUD, users and skills, constraint errors and what deletes do to other rows."""

from __future__ import annotations

from typing import Any

import pytest

from callnest.server.store import CRUD_TABLES, Conflict, Invalid, NotFound, Store

from .conftest import FakeClock

# Stand for the id of a trunk, or a queue, the test makes first.
A_TRUNK = -1
A_QUEUE = -2

# The least each table needs, and a change to make to it.
MINIMAL: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "teams": ({"name": "day"}, {"name": "night"}),
    "skills": ({"name": "french"}, {"description": "speaks French"}),
    "scripts": ({"name": "greeting"}, {"body": "Hello {customer.name}!"}),
    "queues": ({"name": "support"}, {"display_name": "Support", "priority": 5}),
    "customers": ({"name": "Ann"}, {"notes": "prefers e-mail"}),
    "dispositions": ({"name": "resolved"}, {"active": False}),
    "break_reasons": ({"name": "lunch"}, {"paid": True}),
    "users": ({"username": "ann", "password_hash": "h"}, {"role": "supervisor"}),
    "phone_numbers": ({"number": "+38612345678", "trunk_id": A_TRUNK}, {"label": "Main line"}),
    "campaigns": ({"name": "renewals", "queue_id": A_QUEUE}, {"status": "running"}),
}


async def _made(store: Store, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with the rows they refer to made first."""
    if values.get("trunk_id") == A_TRUNK:
        trunk = await store.create_trunk({"name": "provider", "host": "sip.example.com"})
        return values | {"trunk_id": trunk["id"]}
    if values.get("queue_id") == A_QUEUE:
        queue = await store.insert_row("queues", {"name": "outbound"})
        return values | {"queue_id": queue["id"]}
    return values


def test_every_crud_table_is_covered() -> None:
    assert set(MINIMAL) == set(CRUD_TABLES)


@pytest.mark.parametrize("table", sorted(MINIMAL))
async def test_crud_round_trip(store: Store, clock: FakeClock, table: str) -> None:
    values, change = MINIMAL[table]
    values = await _made(store, values)
    created = await store.insert_row(table, values)
    assert created.items() >= values.items()
    assert isinstance(created["id"], int)
    if "created_at" in created:
        assert created["created_at"] == clock.now
    assert await store.get_row(table, created["id"]) == created
    assert await store.list_rows(table) == [created]

    clock.advance(60)
    updated = await store.update_row(table, created["id"], change)
    assert updated == {
        **created,
        **change,
        **({"updated_at": clock.now} if "updated_at" in created else {}),
    }
    assert await store.get_row(table, created["id"]) == updated

    await store.delete_row(table, created["id"])
    assert await store.list_rows(table) == []
    with pytest.raises(NotFound):
        await store.get_row(table, created["id"])


async def test_insert_returns_database_defaults(store: Store) -> None:
    queue = await store.insert_row("queues", {"name": "sales"})
    assert queue == {
        "id": queue["id"],
        "name": "sales",
        "display_name": "",
        "strategy": "longest-idle",
        "priority": 0,
        "ring_timeout_s": 20.0,
        "wrap_up_s": 30.0,
        "max_wait_s": None,
        "overflow_target": None,
        "service_level_s": 20.0,
        "autopause_misses": 3,
        "skill_steps": [{"after_s": 0, "min_level": 1}],
        "business_hours": None,
        "after_hours_action": "reject",
        "script_id": None,
        "created_at": queue["created_at"],
        "hold_music": "default",
        "announce_every_s": 30.0,
        "ivr_menu": None,
        "canned_responses": [],
        "calls_while_chatting": False,
        "outbound_caller_id": None,
        "recording_notice": False,
        "callbacks_offered": False,
        "callback_preview_s": 10.0,
        "callback_priority": 1,
        "language": "en",
        "caller_languages": [],
        "first_response_target_s": None,
        "resolution_target_s": None,
        "escalate_to_queue_id": None,
    }
    # Floats come back as floats even when written as ints (SQLite's RETURNING
    # reports values before the column's type applies).
    assert isinstance(queue["ring_timeout_s"], float)
    user = await store.insert_row("users", {"username": "bo", "password_hash": "h"})
    assert (user["role"], user["active"], user["voice_capacity"], user["chat_capacity"]) == (
        "agent",
        True,
        1,
        3,
    )
    reason = await store.insert_row("break_reasons", {"name": "coffee"})
    assert (reason["paid"], reason["active"]) == (False, True)
    customer = await store.insert_row("customers", {})
    assert (customer["phones"], customer["emails"], customer["custom_fields"]) == ([], [], {})


async def test_updated_at_set_on_update_only(store: Store, clock: FakeClock) -> None:
    script = await store.insert_row("scripts", {"name": "s", "body": "x"})
    assert script["created_at"] == script["updated_at"] == clock.now
    clock.advance(5)
    script = await store.update_row("scripts", script["id"], {"body": "y"})
    assert script["updated_at"] == script["created_at"] + 5


async def test_json_round_trip(store: Store) -> None:
    hours = {
        "timezone": "Europe/Paris",
        "weekly": {"mon": [["09:00", "12:00"], ["13:00", "17:00"]], "sat": []},
        "holidays": ["2026-12-25"],
    }
    steps = [{"after_s": 0.0, "min_level": 8}, {"after_s": 30.5, "min_level": 1}]
    queue = await store.insert_row(
        "queues", {"name": "billing", "business_hours": hours, "skill_steps": steps}
    )
    fetched = await store.get_row("queues", queue["id"])
    assert fetched["business_hours"] == hours
    assert fetched["skill_steps"] == steps
    fields = {"vip": True, "tier": 3, "ratio": 0.25, "tags": ["ü", "€"], "none": None}
    customer = await store.insert_row("customers", {"name": "Zoë", "custom_fields": fields})
    assert (await store.get_row("customers", customer["id"]))["custom_fields"] == fields
    # null means "always open", and must be stored as SQL NULL, not JSON 'null'
    assert (await store.update_row("queues", queue["id"], {"business_hours": None}))[
        "business_hours"
    ] is None


async def test_list_rows_order_and_paging(store: Store) -> None:
    for name in ("b", "c", "a", "d"):
        await store.insert_row("skills", {"name": name})
    assert [r["name"] for r in await store.list_rows("skills")] == ["b", "c", "a", "d"]
    assert [r["name"] for r in await store.list_rows("skills", order_by="name")] == [
        "a",
        "b",
        "c",
        "d",
    ]
    names = [r["name"] for r in await store.list_rows("skills", order_by="-name", limit=2)]
    assert names == ["d", "c"]
    page = await store.list_rows("skills", order_by="name", limit=2, offset=1)
    assert [r["name"] for r in page] == ["b", "c"]


async def test_rejects_unknown_tables_fields_and_orders(store: Store) -> None:
    with pytest.raises(Invalid, match="no such table"):
        await store.list_rows("sessions")
    with pytest.raises(Invalid, match="no such table"):
        await store.insert_row("events", {"at": 1, "type": "x"})
    with pytest.raises(Invalid, match="unknown team field: colour") as caught:
        await store.insert_row("teams", {"name": "x", "colour": "red"})
    assert caught.value.field == "colour"
    with pytest.raises(Invalid, match="cannot order"):
        await store.list_rows("teams", order_by="name; drop table teams")
    with pytest.raises(Invalid, match="limit"):
        await store.list_rows("teams", limit=-1)


async def test_id_is_the_databases_to_choose(store: Store) -> None:
    with pytest.raises(Invalid, match="id is assigned by the database"):
        await store.insert_row("teams", {"id": 5, "name": "a"})
    team = await store.insert_row("teams", {"id": None, "name": "a"})
    assert isinstance(team["id"], int)


async def test_id_cannot_be_changed(store: Store) -> None:
    team = await store.insert_row("teams", {"name": "a"})
    assert (await store.update_row("teams", team["id"], {"id": team["id"], "name": "b"}))[
        "name"
    ] == "b"
    with pytest.raises(Invalid, match="id cannot be changed"):
        await store.update_row("teams", team["id"], {"id": team["id"] + 1})


async def test_update_with_nothing_to_change_returns_the_row(store: Store) -> None:
    team = await store.insert_row("teams", {"name": "a"})
    assert await store.update_row("teams", team["id"], {}) == team
    with pytest.raises(NotFound):
        await store.update_row("teams", team["id"] + 1, {})


async def test_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="queue 42 not found"):
        await store.get_row("queues", 42)
    with pytest.raises(NotFound, match="break reason 42 not found"):
        await store.update_row("break_reasons", 42, {"name": "x"})
    with pytest.raises(NotFound, match="user 42 not found"):
        await store.delete_row("users", 42)


@pytest.mark.parametrize(
    ("table", "values", "message"),
    [
        ("users", {"username": "ann", "password_hash": "h"}, "username 'ann' already exists"),
        ("teams", {"name": "day"}, "name 'day' already exists"),
        ("skills", {"name": "day"}, "name 'day' already exists"),
        ("queues", {"name": "support"}, "name 'support' already exists"),
        ("scripts", {"name": "x"}, "name 'x' already exists"),
        ("dispositions", {"name": "x"}, "name 'x' already exists"),
        ("break_reasons", {"name": "x"}, "name 'x' already exists"),
    ],
)
async def test_duplicate_is_a_readable_conflict(
    store: Store, table: str, values: dict[str, Any], message: str
) -> None:
    await store.insert_row(table, values)
    with pytest.raises(Conflict) as caught:
        await store.insert_row(table, values)
    assert caught.value.message == message
    assert caught.value.field in values
    # and the store still works after the failed transaction
    assert len(await store.list_rows(table)) == 1


async def test_rename_onto_an_existing_name_conflicts(store: Store) -> None:
    await store.insert_row("teams", {"name": "day"})
    night = await store.insert_row("teams", {"name": "night"})
    with pytest.raises(Conflict, match="name 'day' already exists"):
        await store.update_row("teams", night["id"], {"name": "day"})
    assert (await store.get_row("teams", night["id"]))["name"] == "night"


async def test_reference_to_a_missing_row_conflicts(store: Store) -> None:
    with pytest.raises(Conflict, match="team_id 99 does not exist") as caught:
        await store.insert_row("users", {"username": "a", "password_hash": "h", "team_id": 99})
    assert caught.value.field == "team_id"
    queue = await store.insert_row("queues", {"name": "q"})
    with pytest.raises(Conflict, match="script_id 7 does not exist"):
        await store.update_row("queues", queue["id"], {"script_id": 7})


async def test_missing_and_invalid_values(store: Store) -> None:
    with pytest.raises(Invalid, match="password_hash is required") as caught:
        await store.insert_row("users", {"username": "a"})
    assert caught.value.field == "password_hash"
    with pytest.raises(Invalid, match="role must be one of: owner, supervisor, agent") as caught:
        await store.insert_row("users", {"username": "a", "password_hash": "h", "role": "boss"})
    assert caught.value.field == "role"
    with pytest.raises(Invalid, match="must not be negative"):
        await store.insert_row(
            "users", {"username": "a", "password_hash": "h", "chat_capacity": -1}
        )
    assert isinstance(caught.value, ValueError)


async def test_deleted_ids_are_not_reused(store: Store) -> None:
    # The event log keeps agent and queue ids after the rows are gone.
    first = await store.insert_row("users", {"username": "a", "password_hash": "h"})
    second = await store.insert_row("users", {"username": "b", "password_hash": "h"})
    await store.delete_row("users", second["id"])
    third = await store.insert_row("users", {"username": "c", "password_hash": "h"})
    assert third["id"] > second["id"] > first["id"]


async def test_users_by_username_and_count(store: Store) -> None:
    assert await store.get_user_by_username("ann") is None
    assert await store.count_users() == 0
    ann = await store.insert_row(
        "users", {"username": "ann", "password_hash": "h", "role": "owner"}
    )
    for name in ("bob", "cy"):
        await store.insert_row("users", {"username": name, "password_hash": "h"})
    assert await store.get_user_by_username("ann") == ann
    assert await store.count_users() == 3
    assert await store.count_users(role="owner") == 1
    assert await store.count_users(role="agent") == 2
    assert await store.count_users(role="supervisor") == 0


async def test_user_skills_replace_all(store: Store) -> None:
    user = await store.insert_row("users", {"username": "ann", "password_hash": "h"})
    fr, de, es = [(await store.insert_row("skills", {"name": n}))["id"] for n in ("fr", "de", "es")]
    assert await store.get_user_skills(user["id"]) == {}
    await store.set_user_skills(user["id"], {fr: 10, de: 3})
    assert await store.get_user_skills(user["id"]) == {fr: 10, de: 3}
    await store.set_user_skills(user["id"], {es: 1, de: 7})
    assert await store.get_user_skills(user["id"]) == {es: 1, de: 7}
    await store.set_user_skills(user["id"], {})
    assert await store.get_user_skills(user["id"]) == {}


async def test_set_user_skills_errors_change_nothing(store: Store) -> None:
    user = await store.insert_row("users", {"username": "ann", "password_hash": "h"})
    fr = (await store.insert_row("skills", {"name": "fr"}))["id"]
    await store.set_user_skills(user["id"], {fr: 5})
    with pytest.raises(Invalid, match="between 1 and 10"):
        await store.set_user_skills(user["id"], {fr: 11})
    with pytest.raises(Conflict, match="skill_id 999 does not exist"):
        await store.set_user_skills(user["id"], {fr: 6, 999: 5})
    assert await store.get_user_skills(user["id"]) == {fr: 5}
    with pytest.raises(NotFound, match="user 999 not found"):
        await store.set_user_skills(999, {fr: 5})


async def test_queue_skills(store: Store) -> None:
    queue = await store.insert_row("queues", {"name": "q"})
    fr, de = [(await store.insert_row("skills", {"name": n}))["id"] for n in ("fr", "de")]
    await store.set_queue_skills(queue["id"], {fr: 4, de: 1})
    assert await store.get_queue_skills(queue["id"]) == {fr: 4, de: 1}
    await store.set_queue_skills(queue["id"], {de: 2})
    assert await store.get_queue_skills(queue["id"]) == {de: 2}
    with pytest.raises(Invalid, match="min_level"):
        await store.set_queue_skills(queue["id"], {de: 0})
    with pytest.raises(NotFound, match="queue 999 not found"):
        await store.set_queue_skills(999, {de: 1})


async def test_deleting_a_team_keeps_its_users(store: Store) -> None:
    team = await store.insert_row("teams", {"name": "day"})
    user = await store.insert_row(
        "users", {"username": "ann", "password_hash": "h", "team_id": team["id"]}
    )
    await store.delete_row("teams", team["id"])
    assert (await store.get_row("users", user["id"]))["team_id"] is None


async def test_deleting_a_skill_removes_it_from_users_and_queues(store: Store) -> None:
    user = await store.insert_row("users", {"username": "ann", "password_hash": "h"})
    queue = await store.insert_row("queues", {"name": "q"})
    fr, de = [(await store.insert_row("skills", {"name": n}))["id"] for n in ("fr", "de")]
    await store.set_user_skills(user["id"], {fr: 5, de: 5})
    await store.set_queue_skills(queue["id"], {fr: 1, de: 1})
    await store.delete_row("skills", fr)
    assert await store.get_user_skills(user["id"]) == {de: 5}
    assert await store.get_queue_skills(queue["id"]) == {de: 1}


async def test_deleting_a_script_unlinks_its_queues(store: Store) -> None:
    script = await store.insert_row("scripts", {"name": "s"})
    queue = await store.insert_row("queues", {"name": "q", "script_id": script["id"]})
    await store.delete_row("scripts", script["id"])
    assert (await store.get_row("queues", queue["id"]))["script_id"] is None


async def test_deleting_a_user_cascades_and_keeps_history(store: Store) -> None:
    user = await store.insert_row("users", {"username": "ann", "password_hash": "h"})
    skill = await store.insert_row("skills", {"name": "fr"})
    queue = await store.insert_row("queues", {"name": "q"})
    await store.set_user_skills(user["id"], {skill["id"]: 3})
    await store.create_session("t" * 64, user["id"], now=100.0, ttl_s=3600)
    await store.upsert_interaction(
        {
            "id": "c1",
            "channel": "voice",
            "state": "closed",
            "entered_at": 100.0,
            "queue_id": queue["id"],
            "agent_id": user["id"],
        }
    )
    await store.append_events([{"at": 100.0, "type": "contact.answered", "agent_id": user["id"]}])

    await store.delete_row("users", user["id"])

    assert await store.get_user_skills(user["id"]) == {}
    assert await store.get_session("t" * 64, now=101.0) is None
    interaction = await store.get_interaction("c1")
    assert (interaction["agent_id"], interaction["queue_id"]) == (None, queue["id"])
    events = await store.events_between(0, 1e12)
    assert [e["agent_id"] for e in events] == [user["id"]]
