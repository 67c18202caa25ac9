"""Backups: a recent one exists, the last attempt worked, and it is not on
the disk it is meant to survive."""

from __future__ import annotations

import os
from pathlib import Path

from callnest.protocol import rest
from callnest.server.backup import Generation
from callnest.server.doctor.report import FAILED, OK, WARNING, finding

CHECK, TITLE = "backups", "Backups"
MAX_AGE_S = 2 * 86400.0  # older: an alarm


def check_backups(
    schedule: rest.BackupSchedule,
    folder: Path,
    latest: Generation | None,
    last: rest.BackupRun | None,
    *,
    data_dir: Path,
    first_started_at: float,
    now: float,
) -> rest.Finding:
    how = (
        f"daily at {schedule.daily_at}, keeping {schedule.keep}, in {folder}"
        if schedule.enabled
        else "daily backups are off"
    )
    # ``how`` for the app: no ``daily_at`` when daily backups are off.
    schedule_params: dict[str, str | int | float | None] = (
        {"daily_at": schedule.daily_at, "keep": schedule.keep, "folder": str(folder)}
        if schedule.enabled
        else {"daily_at": None}
    )
    back_up_fix = (
        "Back up now (Admin window, Backups tab), and see the server's log for why the last one "
        "failed: a full disk or a folder the server cannot write, usually."
    )
    if (
        last is not None
        and last.ok is False
        and (latest is None or last.started_at > latest.created_at)
    ):
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"The last backup failed: {last.error} ({how}).",
            back_up_fix,
            code="backups.failed",
            params={"error": last.error, **schedule_params},
        )
    if latest is None:
        if now - first_started_at > MAX_AGE_S:
            days = round((now - first_started_at) / 86400)
            return finding(
                CHECK,
                TITLE,
                FAILED,
                f"There is no backup, and the server has run for {days} days ({how}).",
                back_up_fix
                if schedule.enabled
                else "Turn daily backups on (Admin window, Backups tab).",
                code="backups.never" if schedule.enabled else "backups.never_off",
                params={"days": days, **schedule_params},
            )
        if not schedule.enabled:
            return finding(
                CHECK,
                TITLE,
                WARNING,
                "There is no backup, and daily backups are off.",
                "Turn daily backups on (Admin window, Backups tab).",
                code="backups.none_off",
            )
        return finding(
            CHECK,
            TITLE,
            OK,
            f"No backup yet: the first is due {how}.",
            code="backups.none_yet",
            params=schedule_params,
        )
    age = now - latest.created_at
    said = f"The newest backup is {_age(age)} old ({how})"
    params = {"age_s": round(age), **schedule_params}
    if age > MAX_AGE_S:
        old_fix = (
            "Back up now (Admin window, Backups tab). If daily backups are on and none "
            "ran, the server was not running at the time, or its log says why."
        )
        return finding(
            CHECK,
            TITLE,
            FAILED,
            said + ".",
            old_fix,
            code="backups.old",
            params=params,
            age_hours=round(age / 3600),
        )
    if not schedule.enabled:
        return finding(
            CHECK,
            TITLE,
            WARNING,
            said + ".",
            "Turn daily backups on (Admin window, Backups tab).",
            code="backups.off",
            params=params,
            age_hours=round(age / 3600),
        )
    if _same_disk(folder, data_dir):
        return finding(
            CHECK,
            TITLE,
            WARNING,
            said + ", on the same disk as the data: a disk that dies takes both.",
            "Choose a backup folder on another disk or a network share "
            "(Admin window, Backups tab).",
            code="backups.same_disk",
            params=params,
            age_hours=round(age / 3600),
        )
    return finding(
        CHECK,
        TITLE,
        OK,
        said + ".",
        code="backups.recent",
        params=params,
        age_hours=round(age / 3600),
    )


def _same_disk(folder: Path, data_dir: Path) -> bool:
    try:
        return os.stat(folder).st_dev == os.stat(data_dir).st_dev
    except OSError:
        return False


def _age(seconds: float) -> str:
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} minutes"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.0f} hours"
    return f"{seconds / 86400:.0f} days"
