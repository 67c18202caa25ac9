"""The doctor without its server: ``callnest-server doctor`` on a data dir
whose server does not run (or does not answer) checks what needs no
server, and says first that the server is down."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from callnest.protocol import rest
from callnest.server.api.maintenance import DOCTOR_HEADER
from callnest.server.backup import newest
from callnest.server.backup_keeper import FIRST_START_KEY, LAST_KEY, SCHEDULE_KEY
from callnest.server.doctor.access import read_access
from callnest.server.doctor.backups import check_backups
from callnest.server.doctor.database import check_database
from callnest.server.doctor.disk import check_disk
from callnest.server.doctor.report import FAILED, OK, SKIPPED, WARNING, finding, report
from callnest.server.settings import Settings
from callnest.server.upgrade import BACKUP_FOLDER

ASK_TIMEOUT_S = 60.0  # the server's checks wait up to 10 s on a network answer
MARKS = {OK: "ok", WARNING: "WARNING", FAILED: "FAILED", SKIPPED: "-"}


def asked_of_server(data_dir: Path) -> rest.DoctorReport | None:
    """The running server's own report; None when no server answers."""
    access = read_access(data_dir)
    if access is None:
        return None
    url, token = access
    request = urllib.request.Request(f"{url}/api/doctor/local", headers={DOCTOR_HEADER: token})
    try:
        with urllib.request.urlopen(request, timeout=ASK_TIMEOUT_S) as response:
            return rest.DoctorReport.model_validate_json(response.read())
    except (urllib.error.URLError, OSError, ValueError):
        return None  # left by a server that died, or one that does not answer


async def without_server(data_dir: Path, database_url: str | None) -> rest.DoctorReport:
    settings = Settings(data_dir=data_dir, database_url=database_url)
    now = time.time()
    findings = [
        finding(
            "server",
            "The server",
            FAILED,
            f"No Callnest server answers on {data_dir}: the rest was checked without it.",
            "Start it (systemctl start callnest-server), and see its log for why it stopped "
            "(journalctl -u callnest-server).",
            code="server.down",
            params={"data_dir": str(data_dir)},
        ),
        await asyncio.to_thread(check_disk, data_dir, settings.recordings_dir, now),
    ]
    if database_url is not None:
        findings.append(
            finding(
                "database",
                "Database",
                SKIPPED,
                "PostgreSQL: checked by the server only.",
                code="database.postgres_unchecked",
            )
        )
        return report(findings, now)
    findings.append(await check_database(None, settings.sqlite_path))
    saved = _settings_of(settings.sqlite_path)
    schedule = rest.BackupSchedule(**saved[SCHEDULE_KEY]) if saved.get(SCHEDULE_KEY) else None
    schedule = schedule or rest.BackupSchedule()
    folder = Path(schedule.folder) if schedule.folder else data_dir / BACKUP_FOLDER
    last = rest.BackupRun(**saved[LAST_KEY]) if saved.get(LAST_KEY) else None
    findings.append(
        check_backups(
            schedule,
            folder,
            await asyncio.to_thread(newest, folder),
            last,
            data_dir=data_dir,
            first_started_at=float(saved.get(FIRST_START_KEY) or now),
            now=now,
        )
    )
    return report(findings, now)


def rendered(found: rest.DoctorReport) -> str:
    """The report for people: one block per check, a fix under each problem."""
    lines = []
    for item in found.findings:
        lines.append(f"{MARKS[item.status]:>8}  {item.title}")
        lines.append(f"          {item.summary}")
        if item.fix and item.status is not OK:
            lines.append(f"          What to do: {item.fix}")
    failed = sum(1 for f in found.findings if f.status is FAILED)
    warned = sum(1 for f in found.findings if f.status is WARNING)
    lines.append("")
    lines.append(
        "All is well."
        if not failed and not warned
        else f"{failed} failed, {warned} warning{'s' if warned != 1 else ''}."
    )
    return "\n".join(lines)


def _settings_of(path: Path) -> dict[str, Any]:
    """The settings table, read without opening the store (which would migrate it)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            rows = db.execute("SELECT key, value FROM settings").fetchall()
    except sqlite3.Error:
        return {}
    # The column's JSON has SQLite's numeric affinity: a number comes back as one.
    return {key: json.loads(value) if isinstance(value, str) else value for key, value in rows}
