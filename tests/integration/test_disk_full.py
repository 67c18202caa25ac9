"""A full disk (issue 18, item 15): logins keep working, writes fail with a
clear 507 and an alarm, and a record and its audit entry are written
together or not at all. The disk is a real one, filled to the last byte:
a tmpfs of the test's own (the test needs root, as CI has)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import text

from callnest.server.keys import STORE
from integration.conftest import StartServer
from integration.disks import fill, small_disk

__all__ = ["small_disk"]  # fixtures used here


async def test_with_the_disk_full_writes_say_so_logins_work_and_nothing_is_half_written(
    start_server: StartServer, small_disk: Path
) -> None:
    server = await start_server(small_disk / "data")
    await server.add_agent("ann")
    audit_before = len(await server.owner("GET", "/api/audit"))
    filler = await asyncio.to_thread(fill, small_disk)

    status, body = await server.call(
        "POST", "/api/customers", server.owner_token, json={"name": "Zoë Quinn"}
    )
    assert status == 507, body
    assert body["error"]["code"] == "storage_full"
    assert "disk is full" in body["error"]["message"]
    # The alarm an uptime check sees.
    status, health = await server.call("GET", "/api/health")
    assert (status, health["status"]) == (200, "degraded")
    assert "disk is full" in health["problems"][0]
    # People still log in (to take calls, and to deal with it).
    token = await server.login("ann", "password-ann")
    status, me = await server.call("GET", "/api/me", token)
    assert (status, me["username"]) == (200, "ann")

    filler.unlink()
    assert await server.owner("GET", "/api/customers") == []  # nothing half-written
    assert len(await server.owner("GET", "/api/audit")) == audit_before
    created = await server.owner("POST", "/api/customers", json={"name": "Zoë Quinn"})
    audit = await server.owner("GET", "/api/audit")
    assert (audit[0]["action"], audit[0]["target"]) == ("create", f"customers:{created['id']}")
    status, health = await server.call("GET", "/api/health")
    assert health["status"] == "ok"
    status, _ = await server.call("GET", "/api/me", token)  # the login made meanwhile
    assert status == 200


async def test_a_record_whose_audit_entry_cannot_be_written_is_not_written_either(
    start_server: StartServer,
) -> None:
    server = await start_server()
    store = server.app[STORE]
    async with store.engine.connect() as conn:
        # The audit log's page cannot be had (as when it is the write that
        # finds the disk full): its insert fails.
        await conn.execute(
            text(
                "CREATE TRIGGER no_room BEFORE INSERT ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
            )
        )
        await conn.commit()
    status, body = await server.call(
        "POST", "/api/customers", server.owner_token, json={"name": "Zoë Quinn"}
    )
    assert status == 507, body
    async with store.engine.connect() as conn:
        await conn.execute(text("DROP TRIGGER no_room"))
        await conn.commit()
    assert await server.owner("GET", "/api/customers") == []
