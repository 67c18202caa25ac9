"""Disk space where the data lives, and how fast recordings fill it: a full
disk stops every change (the store answers 507), so the owner hears of it
well before."""

from __future__ import annotations

import os
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from callnest.protocol import rest
from callnest.server.doctor.report import FAILED, OK, WARNING, finding, size

CHECK, TITLE = "disk", "Disk space"
FAIL_PCT = 90.0
WARN_PCT = 80.0
FAIL_DAYS = 7  # full within a week at today's pace: an alarm
WARN_DAYS = 30
GROWTH_DAYS = 7
_DAY_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_disk(data_dir: Path, recordings_dir: Path, now: float | None = None) -> rest.Finding:
    stats = os.statvfs(data_dir)
    free = stats.f_bavail * stats.f_frsize
    used = (stats.f_blocks - stats.f_bfree) * stats.f_frsize
    usable = used + free  # as df counts: without the blocks kept for root
    used_pct = 100.0 * used / usable if usable else 100.0
    growth = recordings_per_day(recordings_dir, time.time() if now is None else now)
    days_left = int(free / growth) if growth > 0 else None
    said = f"{size(free)} free of {size(usable)} ({used_pct:.0f} % used)"
    if growth > 0:
        said += f"; recordings add about {size(growth)} a day: full in about {days_left} days"
    figures: dict[str, float | int | str | None] = {
        "used_pct": round(used_pct, 1),
        "free_bytes": free,
        "days_left": days_left,
    }
    params: dict[str, float | int | str | None] = {
        "free_bytes": free,
        "total_bytes": usable,
        "used_pct": round(used_pct),
    }
    if growth > 0:
        params |= {"growth_bytes": round(growth), "days_left": days_left}
    code = "disk.filling" if growth > 0 else "disk.space"
    fix = (
        "Free space or give the data a bigger disk; shorten how long recordings are kept "
        "(PUT /api/settings/recordings)."
    )
    if used_pct >= FAIL_PCT or (days_left is not None and days_left < FAIL_DAYS):
        status = FAILED
    elif used_pct >= WARN_PCT or (days_left is not None and days_left < WARN_DAYS):
        status = WARNING
    else:
        status, fix = OK, ""
    return finding(CHECK, TITLE, status, said + ".", fix, code=code, params=params, **figures)


def recordings_per_day(recordings_dir: Path, now: float) -> float:
    """Bytes a day over the last full days (recordings go in a folder a day,
    by UTC date)."""
    today = datetime.fromtimestamp(now, UTC).date()
    days = {(today - timedelta(days=n)).isoformat() for n in range(1, GROWTH_DAYS + 1)}
    total = 0
    for folder in recordings_dir.iterdir() if recordings_dir.is_dir() else ():
        if _DAY_FOLDER.match(folder.name) and folder.name in days:
            total += sum(f.stat().st_size for f in folder.iterdir() if f.is_file())
    return total / GROWTH_DAYS
