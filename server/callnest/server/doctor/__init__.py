"""The doctor: checks what silently breaks on a server nobody watches, and
says each finding in plain words with a fix.

One module per check. ``Doctor.examine`` runs them all inside the server,
where the live state is (the trunks' registrations, the TURN secret, the
backup schedule); ``GET /api/doctor`` and ``callnest-server doctor`` show
its report, and the alarms come from it (alarms.py).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from callnest.protocol import rest
from callnest.server.backup import newest
from callnest.server.backup_keeper import FIRST_START_KEY, BackupKeeper
from callnest.server.doctor.address import check_address
from callnest.server.doctor.backups import check_backups
from callnest.server.doctor.clock import check_clock
from callnest.server.doctor.database import check_database
from callnest.server.doctor.disk import check_disk
from callnest.server.doctor.mailboxes import check_mailboxes
from callnest.server.doctor.report import report
from callnest.server.doctor.trunks import check_trunks
from callnest.server.doctor.turn import check_turn
from callnest.server.mail.channel import MailChannel
from callnest.server.phone.keeper import EdgeKeeper
from callnest.server.settings import Settings
from callnest.server.store.store import Store

__all__ = ["Doctor"]


class Doctor:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        backups: BackupKeeper,
        edge: EdgeKeeper,
        mail: MailChannel | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._settings = settings
        self._store = store
        self._backups = backups
        self._edge = edge
        self._mail = mail
        self._clock = clock

    async def examine(self) -> rest.DoctorReport:
        """Every check, at once (the slowest waits a few seconds for a network answer)."""
        settings = self._settings
        findings = await asyncio.gather(
            check_address(settings.public_url, settings.host, settings.port, self._clock()),
            check_turn(settings.ice_servers),
            self._trunks(),
            self._mailboxes(),
            asyncio.to_thread(
                check_disk, settings.data_dir, settings.recordings_dir, self._clock()
            ),
            self._backup_finding(),
            check_clock(settings.ntp_server),
            check_database(
                self._store, settings.sqlite_path if settings.database_url is None else None
            ),
        )
        return report(findings, self._clock())

    async def _trunks(self) -> rest.Finding:
        names = {t["id"]: t["name"] for t in await self._store.list_trunks() if t["enabled"]}
        status = await self._edge.status() if names else None
        return check_trunks(self._edge.health, status, names)

    async def _mailboxes(self) -> rest.Finding:
        configured = [m["address"] for m in await self._store.list_mailboxes() if m["enabled"]]
        failing = self._mail.failing() if self._mail is not None else []
        return check_mailboxes(configured, [(w.address, w.error) for w in failing])

    async def _backup_finding(self) -> rest.Finding:
        schedule = await self._backups.schedule()
        folder = self._backups.folder(schedule)
        now = self._clock()
        return check_backups(
            schedule,
            folder,
            await asyncio.to_thread(newest, folder),
            await self._backups.last(),
            data_dir=self._settings.data_dir,
            first_started_at=float(await self._store.get_setting(FIRST_START_KEY, now)),
            now=now,
        )
