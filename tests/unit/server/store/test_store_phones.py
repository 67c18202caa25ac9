"""Trunks and phone numbers in the store: a trunk's password is kept but
handed out only to the SIP edge, names and numbers are unique, and a trunk
or queue that numbers use is not deleted; the migration that adds them
keeps an existing database's rows."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from callnest.server.store import Conflict, Invalid, NotFound, Store, open_store
from callnest.server.store.db import create_engine, migrate

from .conftest import FakeClock

REGISTERING: dict[str, Any] = {
    "name": "provider",
    "host": "sip.example.com",
    "registers": True,
    "username": "+38612345678",
    "password": "s3cret-Pa55",
}
BY_ADDRESS: dict[str, Any] = {"name": "carrier", "host": "192.0.2.1", "ip_addresses": ["192.0.2.1"]}


async def test_a_trunk_is_answered_without_its_password(store: Store, clock: FakeClock) -> None:
    created = await store.create_trunk(REGISTERING)
    assert "password" not in created
    assert created == {
        "id": created["id"],
        "name": "provider",
        "host": "sip.example.com",
        "port": 5060,
        "transport": "udp",
        "outbound_proxy": None,
        "registers": True,
        "register_expires_s": 3600,
        "username": "+38612345678",
        "auth_username": None,
        "has_password": True,
        "realm": None,
        "ip_addresses": [],
        "codecs": ["PCMA", "PCMU"],
        "enabled": True,
        "created_at": clock.now,
        "updated_at": clock.now,
    }
    assert await store.get_trunk(created["id"]) == created
    assert await store.list_trunks() == [created]
    by_address = await store.create_trunk(BY_ADDRESS)
    assert by_address["has_password"] is False
    assert await store.list_trunks() == [created, by_address]


async def test_a_change_keeps_the_password_unless_it_names_one(
    store: Store, clock: FakeClock
) -> None:
    trunk = await store.create_trunk(REGISTERING | {"ip_addresses": ["192.0.2.1"]})
    clock.advance(60)
    changed = await store.update_trunk(trunk["id"], {"codecs": ["opus", "PCMA"], "port": 5080})
    assert changed == trunk | {"codecs": ["opus", "PCMA"], "port": 5080, "updated_at": clock.now}
    assert (await store.get_trunk_with_password(trunk["id"]))["password"] == "s3cret-Pa55"
    await store.update_trunk(trunk["id"], {"password": "n3w-one"})
    assert (await store.get_trunk_with_password(trunk["id"]))["password"] == "n3w-one"
    cleared = await store.update_trunk(trunk["id"], {"registers": False, "password": None})
    assert cleared["has_password"] is False
    assert (await store.get_trunk_with_password(trunk["id"]))["password"] is None


async def test_the_edge_gets_the_enabled_trunks_with_their_passwords(store: Store) -> None:
    on = await store.create_trunk(REGISTERING)
    off = await store.create_trunk(BY_ADDRESS | {"enabled": False})
    [edge] = await store.trunks_for_edge()
    assert edge == {k: v for k, v in on.items() if k != "has_password"} | {
        "password": "s3cret-Pa55"
    }
    await store.update_trunk(off["id"], {"enabled": True})
    assert [t["id"] for t in await store.trunks_for_edge()] == [on["id"], off["id"]]


async def test_a_failed_statement_keeps_its_values_out_of_the_error(store: Store) -> None:
    # An error nobody handles goes to the log with its text.
    async with store.engine.connect() as conn:
        with pytest.raises(DBAPIError) as failed:
            await conn.execute(text("SELECT no_such_function(:password)"), {"password": "s3cret"})
    assert "no_such_function" in str(failed.value) and "s3cret" not in str(failed.value)


async def test_a_trunk_that_registers_needs_credentials(store: Store) -> None:
    with pytest.raises(Invalid) as refused:
        await store.create_trunk(REGISTERING | {"password": None})
    assert refused.value.field == "registers"
    assert refused.value.message == "a trunk that registers needs a username and a password"
    trunk = await store.create_trunk(REGISTERING)
    with pytest.raises(Invalid, match="needs a username and a password"):
        await store.update_trunk(trunk["id"], {"password": None})
    assert (await store.get_trunk(trunk["id"]))["has_password"] is True  # nothing lost


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"transport": "sctp"}, "transport", "transport must be one of: udp, tcp, tls"),
        ({"port": 70000}, "port", "port must be between 1 and 65535"),
        ({"host": None}, "host", "host is required"),
        ({"colour": "red"}, "colour", "unknown trunk field: colour"),
    ],
)
async def test_bad_trunk_values_are_refused_naming_the_field(
    store: Store, values: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(Invalid) as refused:
        await store.create_trunk(BY_ADDRESS | values)
    assert (refused.value.field, refused.value.message) == (field, message)
    assert await store.list_trunks() == []


async def test_names_and_numbers_are_unique(store: Store) -> None:
    trunk = await store.create_trunk(REGISTERING)
    with pytest.raises(Conflict) as refused:
        await store.create_trunk(BY_ADDRESS | {"name": "provider"})
    assert (refused.value.field, refused.value.message) == (
        "name",
        "name 'provider' already exists",
    )
    other = await store.create_trunk(BY_ADDRESS)
    with pytest.raises(Conflict, match="name 'provider' already exists"):
        await store.update_trunk(other["id"], {"name": "provider"})

    number = {"number": "+38612345678", "trunk_id": trunk["id"]}
    await store.insert_row("phone_numbers", number)
    with pytest.raises(Conflict) as refused:
        await store.insert_row("phone_numbers", number | {"trunk_id": other["id"]})
    assert refused.value.field == "number"
    assert refused.value.message == "number '+38612345678' already exists"


async def test_a_number_refers_to_a_trunk_and_a_queue_that_exist(store: Store) -> None:
    with pytest.raises(Conflict, match="trunk_id 99 does not exist") as refused:
        await store.insert_row("phone_numbers", {"number": "+38612345678", "trunk_id": 99})
    assert refused.value.field == "trunk_id"
    trunk = await store.create_trunk(BY_ADDRESS)
    with pytest.raises(Conflict, match="queue_id 98 does not exist"):
        await store.insert_row(
            "phone_numbers", {"number": "+38612345678", "trunk_id": trunk["id"], "queue_id": 98}
        )
    with pytest.raises(Invalid, match="trunk_id is required"):
        await store.insert_row("phone_numbers", {"number": "+38612345678"})


async def test_a_trunk_or_queue_that_numbers_use_is_not_deleted(store: Store) -> None:
    trunk = await store.create_trunk(BY_ADDRESS)
    spare = await store.create_trunk(REGISTERING)
    queue = await store.insert_row("queues", {"name": "sales"})
    numbers = [
        await store.insert_row(
            "phone_numbers", {"number": n, "trunk_id": trunk["id"], "queue_id": queue["id"]}
        )
        for n in ("+38612345679", "+38612345678")
    ]

    with pytest.raises(Conflict) as refused:
        await store.delete_trunk(trunk["id"])
    assert refused.value.message == (
        f"phone numbers come in on trunk {trunk['id']}: +38612345678, +38612345679; "
        "move them to another trunk or delete them first"
    )
    with pytest.raises(Conflict, match=r"phone numbers lead to queue \d+: \+38612345678, "):
        await store.delete_row("queues", queue["id"])
    with pytest.raises(Conflict, match="send them to another queue or delete them first"):
        await store.check_unused("queues", queue["id"])
    assert await store.get_trunk(trunk["id"]) and await store.get_row("queues", queue["id"])

    for number in numbers:
        await store.update_row(
            "phone_numbers", number["id"], {"trunk_id": spare["id"], "queue_id": None}
        )
    await store.check_unused("queues", queue["id"])
    await store.delete_row("queues", queue["id"])
    await store.delete_trunk(trunk["id"])
    assert [t["id"] for t in await store.list_trunks()] == [spare["id"]]
    with pytest.raises(NotFound, match=f"trunk {trunk['id']} not found"):
        await store.delete_trunk(trunk["id"])
    with pytest.raises(NotFound, match=f"trunk {trunk['id']} not found"):
        await store.update_trunk(trunk["id"], {"port": 5070})


async def test_many_numbers_are_named_a_few_at_a_time(store: Store) -> None:
    trunk = await store.create_trunk(BY_ADDRESS)
    for n in range(7):
        await store.insert_row(
            "phone_numbers", {"number": f"+3861234567{n}", "trunk_id": trunk["id"]}
        )
    with pytest.raises(Conflict, match=r"\+38612345674 and 2 more; move them"):
        await store.delete_trunk(trunk["id"])


async def test_a_dialled_number_is_found_however_it_is_written(store: Store) -> None:
    trunk = await store.create_trunk(BY_ADDRESS)
    row = await store.insert_row(
        "phone_numbers", {"number": "+38612345678", "trunk_id": trunk["id"], "label": "Main"}
    )
    for dialled in ("+38612345678", "00386 1 234 5678", "+386 (0)1 234 5678"):
        assert await store.find_phone_number(dialled) == row
    assert await store.find_phone_number("+38612345679") is None
    assert await store.find_phone_number("anonymous") is None


async def test_a_queues_outbound_caller_id(store: Store) -> None:
    queue = await store.insert_row("queues", {"name": "sales"})
    assert queue["outbound_caller_id"] is None
    changed = await store.update_row("queues", queue["id"], {"outbound_caller_id": "+38612345678"})
    assert changed["outbound_caller_id"] == "+38612345678"


async def test_the_migration_keeps_an_existing_databases_rows(fresh_url: str) -> None:
    # A database as the release before phone calls left it, with a queue in it.
    engine = create_engine(fresh_url)
    try:
        await migrate(engine, "0003")
        async with engine.begin() as conn:
            await conn.execute(text("INSERT INTO queues (name, created_at) VALUES ('support', 1)"))
    finally:
        await engine.dispose()

    store = await open_store(fresh_url)  # migrates to the newest
    try:
        [queue] = await store.list_rows("queues")
        assert (queue["name"], queue["outbound_caller_id"]) == ("support", None)
        trunk = await store.create_trunk(REGISTERING)
        number = await store.insert_row(
            "phone_numbers",
            {"number": "+38612345678", "trunk_id": trunk["id"], "queue_id": queue["id"]},
        )
        assert await store.find_phone_number("+38612345678") == number
    finally:
        await store.close()
