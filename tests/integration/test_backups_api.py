"""The owner's backups through the API (issue 23, item 1): the schedule,
backing up now, and when the daily backup falls due."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from callnest.protocol import rest
from callnest.server.backup_keeper import FIRST_START_KEY, LAST_KEY, BackupBusy, BackupKeeper
from callnest.server.keys import SETTINGS, STORE
from integration.conftest import Running, StartServer


async def settled(server: Running) -> dict[str, Any]:
    """GET /api/backups once the backup in progress is over."""
    async with asyncio.timeout(30):
        while True:
            status: dict[str, Any] = await server.owner("GET", "/api/backups")
            if status["last"] is not None and status["last"]["finished_at"] is not None:
                return status
            await asyncio.sleep(0.05)


async def test_the_owner_schedules_backs_up_now_and_sees_the_backups(
    start_server: StartServer, tmp_path: Path
) -> None:
    server = await start_server()
    _, agent = await server.add_agent("ann")
    fresh = await server.owner("GET", "/api/backups")
    assert fresh["schedule"] == rest.BackupSchedule().model_dump()
    assert fresh["folder"] == str(server.settings.data_dir / "backups")
    assert (fresh["last"], fresh["generations"]) == (None, [])
    assert (await server.call("GET", "/api/backups", agent))[0] == 403

    folder = tmp_path / "elsewhere"
    schedule = {"enabled": True, "folder": str(folder), "daily_at": "02:30", "keep": 2}
    changed = await server.owner("PUT", "/api/backups/schedule", json=schedule)
    assert changed["schedule"] == schedule and changed["folder"] == str(folder)
    (tmp_path / "a-file").write_text("")
    for folder_given, words in (
        (str(tmp_path / "a-file" / "x"), "is not a folder"),
        ("relative/path", "should match pattern"),
    ):
        status, body = await server.call(
            "PUT",
            "/api/backups/schedule",
            server.owner_token,
            json=schedule | {"folder": folder_given},
        )
        assert status == 422 and words in body["error"]["message"], body

    for _ in range(3):
        started = await server.owner("POST", "/api/backups")
        assert started["finished_at"] is None
        done = await settled(server)
        assert done["last"]["ok"] is True, done
    assert len(done["generations"]) == 2  # keeping 2
    assert done["generations"][0]["reason"] == "by hand"
    assert done["generations"][0]["created_at"] > done["generations"][1]["created_at"]
    audit = await server.owner("GET", "/api/audit")
    assert [a["action"] for a in audit].count("backup.start") == 3


async def test_a_backup_into_a_folder_it_cannot_write_is_a_failed_run(
    start_server: StartServer, tmp_path: Path
) -> None:
    server = await start_server()
    folder = tmp_path / "not-a-folder"
    await server.owner("PUT", "/api/backups/schedule", json={"folder": str(folder)})
    folder.write_text("a file where the folder should be")

    await server.owner("POST", "/api/backups")
    done = await settled(server)

    assert done["last"]["ok"] is False
    assert "not-a-folder" in done["last"]["error"]


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


async def test_the_daily_backup_falls_due_once_a_day_and_a_failed_one_an_hour_later(
    start_server: StartServer,
) -> None:
    server = await start_server()
    store, settings = server.app[STORE], server.app[SETTINGS]
    first = time.time() - 3 * 86400
    await store.set_setting(FIRST_START_KEY, first)
    at = datetime.fromtimestamp(first) + timedelta(hours=1)  # an hour after set-up
    clock = Clock(first + 1800)
    keeper = BackupKeeper(store, settings, clock)
    await keeper.set_schedule(rest.BackupSchedule(daily_at=at.strftime("%H:%M")))

    assert not await keeper.due()  # before the first time of day after set-up
    clock.now = first + 2 * 3600
    assert await keeper.due()
    keeper.start("daily")
    with pytest.raises(BackupBusy):
        keeper.start("by hand")  # one at a time
    await keeper.wait()
    assert not await keeper.due()  # done for today
    clock.now += 86400
    assert await keeper.due()  # the next day

    failed = rest.BackupRun(started_at=clock.now, finished_at=clock.now, ok=False, error="x")
    await store.set_setting(LAST_KEY, failed.model_dump(mode="json"))
    clock.now += 600
    assert not await keeper.due()  # not every minute
    clock.now += 3600
    assert await keeper.due()
    await keeper.set_schedule(rest.BackupSchedule(enabled=False))
    assert not await keeper.due()
