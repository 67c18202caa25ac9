"""The server's own backups: daily at the owner's chosen time, or now on
request, one at a time, in a thread (the event loop, and every call's audio
with it, never waits for a copy). The schedule and the last run are
settings in the store; the generations themselves are in the folder."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from callnest.protocol import rest
from callnest.server.backup import BackupError, Generation, back_up, generations, newest
from callnest.server.settings import Settings
from callnest.server.store.store import Store
from callnest.server.upgrade import BACKUP_FOLDER

log = logging.getLogger("callnest.backup")

SCHEDULE_KEY: Final = "backup_schedule"
LAST_KEY: Final = "backup_last"
FIRST_START_KEY: Final = "first_started_at"
CHECK_EVERY_S = 60.0
RETRY_AFTER_S = 3600.0  # a scheduled backup that failed is tried again an hour later


class BackupBusy(Exception):
    """A backup is already running."""


class BackupKeeper:
    def __init__(self, store: Store, settings: Settings, clock: Callable[[], float] = time.time):
        self._store = store
        self._settings = settings
        self._clock = clock
        self.running: rest.BackupRun | None = None
        self._task: asyncio.Task[None] | None = None

    async def schedule(self) -> rest.BackupSchedule:
        saved = await self._store.get_setting(SCHEDULE_KEY)
        return rest.BackupSchedule() if saved is None else rest.BackupSchedule(**saved)

    async def set_schedule(self, schedule: rest.BackupSchedule) -> None:
        await self._store.set_setting(SCHEDULE_KEY, schedule.model_dump(mode="json"))

    def folder(self, schedule: rest.BackupSchedule) -> Path:
        if schedule.folder is None:
            return self._settings.data_dir / BACKUP_FOLDER
        return Path(schedule.folder).resolve()

    async def last(self) -> rest.BackupRun | None:
        if self.running is not None:
            return self.running
        saved = await self._store.get_setting(LAST_KEY)
        return None if saved is None else rest.BackupRun(**saved)

    async def status(self) -> rest.Backups:
        schedule = await self.schedule()
        folder = self.folder(schedule)
        found = await asyncio.to_thread(generations, folder)
        return rest.Backups(
            schedule=schedule,
            folder=str(folder),
            last=await self.last(),
            generations=tuple(_listed(g) for g in reversed(found)),
        )

    def start(self, reason: str) -> rest.BackupRun:
        """Starts a backup now; its progress is in ``running``, then ``last``."""
        if self.running is not None:
            raise BackupBusy
        self.running = rest.BackupRun(started_at=self._clock())
        self._task = asyncio.create_task(self._run(reason))
        return self.running

    async def wait(self) -> None:
        """Until the backup in progress (if any) is over."""
        if self._task is not None:
            await asyncio.shield(self._task)

    async def run_forever(self) -> None:
        while True:
            try:
                if await self.due():
                    self.start("daily")
                    await self.wait()
            except Exception:
                log.exception("the backup schedule failed; trying again in a minute")
            await asyncio.sleep(CHECK_EVERY_S)

    async def _run(self, reason: str) -> None:
        assert self.running is not None
        started = self.running.started_at
        schedule = await self.schedule()
        folder = self.folder(schedule)
        try:
            result = await asyncio.to_thread(
                back_up,
                self._settings,
                folder,
                keep=schedule.keep,
                reason=reason,
                clock=self._clock,
            )
        except (BackupError, OSError) as exc:
            log.error("backup into %s failed: %s", folder, exc)
            done = rest.BackupRun(
                started_at=started, finished_at=self._clock(), ok=False, error=str(exc)[:2000]
            )
        else:
            log.info("backed up: %s", result.generation.summary())
            done = rest.BackupRun(
                started_at=started,
                finished_at=self._clock(),
                ok=True,
                path=str(result.generation.path),
                summary=result.generation.summary()[:2000],
            )
        try:
            await self._store.set_setting(LAST_KEY, done.model_dump(mode="json"))
        finally:
            self.running = None

    async def due(self) -> bool:
        """Whether the schedule wants a backup now (none since its last time of day)."""
        schedule = await self.schedule()
        if not schedule.enabled or self.running is not None:
            return False
        now = self._clock()
        slot = last_slot(schedule.daily_at, now)
        if slot < await self._store.get_setting(FIRST_START_KEY, now):
            return False  # the first backup is at the first slot after set-up
        latest = await asyncio.to_thread(newest, self.folder(schedule))
        if latest is not None and latest.created_at >= slot:
            return False
        last = await self.last()
        if last is not None and last.ok is False and last.finished_at is not None:
            return now - last.finished_at >= RETRY_AFTER_S
        return True


async def note_first_start(store: Store, now: float) -> float:
    """When this server was first started (set once): the backup schedule and
    the doctor count from it."""
    first = await store.get_setting(FIRST_START_KEY)
    if first is None:
        await store.set_setting(FIRST_START_KEY, now)
        return now
    return float(first)


def last_slot(daily_at: str, now: float) -> float:
    """The latest moment at ``daily_at`` (local time) not after ``now``."""
    hour, minute = (int(part) for part in daily_at.split(":"))
    today = datetime.fromtimestamp(now).replace(hour=hour, minute=minute, second=0, microsecond=0)
    slot = today if today.timestamp() <= now else today - timedelta(days=1)
    return slot.timestamp()


def _listed(generation: Generation) -> rest.BackupGeneration:
    files = generation.manifest["files"]
    return rest.BackupGeneration(
        name=generation.path.name,
        created_at=generation.created_at,
        reason=str(generation.manifest.get("reason", "")),
        bytes=generation.manifest["database"]["bytes"] + sum(f["bytes"] for f in files),
        recordings=sum(1 for f in files if f["path"].startswith("recordings/")),
    )
