"""The server's health in words: its alarms for the banner, the doctor's
findings, and the backups (no Qt: the tests read it without a screen)."""

from __future__ import annotations

import time
from datetime import datetime

from callnest import protocol as p
from callnest.protocol import rest
from callnest.protocol.rest import CheckStatus

MARKS = {
    CheckStatus.OK: "OK",
    CheckStatus.WARNING: "Warning",
    CheckStatus.FAILED: "Problem",
    CheckStatus.SKIPPED: "Not set up",
}


def when(at: float, now: float | None = None) -> str:
    """A moment, as short as is clear: 14:02 today, else 3 Dec 14:02."""
    moment = datetime.fromtimestamp(at)
    today = datetime.fromtimestamp(time.time() if now is None else now).date()
    return moment.strftime("%H:%M" if moment.date() == today else "%-d %b %H:%M")


def alarm_text(alarms: tuple[p.AlarmNotice, ...], now: float | None = None) -> str:
    """The banner: one paragraph an alarm, what to do under it."""
    paragraphs = []
    for alarm in alarms:
        text = f"{alarm.title} (since {when(alarm.raised_at, now)}): {alarm.summary}"
        if alarm.fix:
            text += f"\nWhat to do: {alarm.fix}"
        paragraphs.append(text)
    return "\n\n".join(paragraphs)


def report_heading(report: rest.DoctorReport, now: float | None = None) -> str:
    failed = sum(1 for f in report.findings if f.status is CheckStatus.FAILED)
    warned = sum(1 for f in report.findings if f.status is CheckStatus.WARNING)
    if not failed and not warned:
        said = "all is well"
    else:
        parts = []
        if failed:
            parts.append(f"{failed} problem{'s' if failed != 1 else ''}")
        if warned:
            parts.append(f"{warned} warning{'s' if warned != 1 else ''}")
        said = " and ".join(parts)
    return f"Checked at {when(report.checked_at, now)}: {said}."


def size_text(n: float) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if n < 1000:
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} TB"


def last_run_text(last: rest.BackupRun | None, now: float | None = None) -> str:
    if last is None:
        return "No backup taken yet."
    if last.finished_at is None:
        return f"Backing up since {when(last.started_at, now)}…"
    if last.ok:
        return f"Last backup {when(last.finished_at, now)}: {last.summary}"
    return f"The last backup, {when(last.finished_at, now)}, failed: {last.error}"
