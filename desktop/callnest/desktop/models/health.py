"""The server's health in words: its alarms for the banner, the doctor's
findings, and the backups (no Qt widgets: the tests read it without a screen)."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from callnest import protocol as p
from callnest.desktop.i18n import translate
from callnest.desktop.models.phones import clock
from callnest.protocol import rest
from callnest.protocol.rest import CheckStatus

# A finding's mark, translated where shown: :func:`mark`.
MARKS = {
    CheckStatus.OK: str(QT_TRANSLATE_NOOP("models.health", "OK")),
    CheckStatus.WARNING: str(QT_TRANSLATE_NOOP("models.health", "Warning")),
    CheckStatus.FAILED: str(QT_TRANSLATE_NOOP("models.health", "Problem")),
    CheckStatus.SKIPPED: str(QT_TRANSLATE_NOOP("models.health", "Not set up")),
}


def mark(status: CheckStatus) -> str:
    """A finding's mark in the language installed (``OK``, ``Problem``...)."""
    return translate("models.health", MARKS[status])


def when(at: float, now: float | None = None) -> str:
    """A moment, as short as is clear: 14:02 today, else 3 Dec 14:02."""
    return clock(at, time.time() if now is None else now)


def alarm_text(alarms: tuple[p.AlarmNotice, ...], now: float | None = None) -> str:
    """The banner: one paragraph an alarm, what to do under it."""
    paragraphs = []
    for alarm in alarms:
        text = translate(
            "models.health",
            "{title} (since {time}): {summary}",
            "an alarm: its title and summary are the server's words",
        ).format(title=alarm.title, time=when(alarm.raised_at, now), summary=alarm.summary)
        if alarm.fix:
            text += "\n" + translate(
                "models.health", "What to do: {fix}", "{fix}: the server's words"
            ).format(fix=alarm.fix)
        paragraphs.append(text)
    return "\n\n".join(paragraphs)


def report_heading(report: rest.DoctorReport, now: float | None = None) -> str:
    failed = sum(1 for f in report.findings if f.status is CheckStatus.FAILED)
    warned = sum(1 for f in report.findings if f.status is CheckStatus.WARNING)
    at = when(report.checked_at, now)
    if not failed and not warned:
        return translate("models.health", "Checked at {time}: all is well.").format(time=at)
    problems = translate("models.health", "%n problem(s)", "found by the checks", failed)
    warnings = translate("models.health", "%n warning(s)", "found by the checks", warned)
    if failed and warned:
        return translate(
            "models.health",
            "Checked at {time}: {problems} and {warnings}.",
            "{problems}: e.g. 2 problems; {warnings}: e.g. 1 warning",
        ).format(time=at, problems=problems, warnings=warnings)
    return translate(
        "models.health",
        "Checked at {time}: {found}.",
        "{found}: what the checks found, e.g. 2 problems or 1 warning",
    ).format(time=at, found=problems if failed else warnings)


def size_text(n: float) -> str:
    locale = QLocale()
    if n < 1000:
        return translate("models.health", "%n byte(s)", "a file's size", round(n))
    for unit in ("kB", "MB", "GB"):
        n /= 1000
        if n < 1000:
            size = locale.toString(n, "f", 1)
            if unit == "kB":
                return translate("models.health", "{size} kB", "a file's size").format(size=size)
            if unit == "MB":
                return translate("models.health", "{size} MB", "a file's size").format(size=size)
            return translate("models.health", "{size} GB", "a file's size").format(size=size)
    size = locale.toString(n / 1000, "f", 1)
    return translate("models.health", "{size} TB", "a file's size").format(size=size)


def last_run_text(last: rest.BackupRun | None, now: float | None = None) -> str:
    if last is None:
        return translate("models.health", "No backup taken yet.")
    if last.finished_at is None:
        return translate("models.health", "Backing up since {time}…").format(
            time=when(last.started_at, now)
        )
    if last.ok:
        return translate(
            "models.health", "Last backup {time}: {summary}", "{summary}: the server's words"
        ).format(time=when(last.finished_at, now), summary=last.summary)
    return translate(
        "models.health",
        "The last backup, {time}, failed: {error}",
        "{error}: the server's words",
    ).format(time=when(last.finished_at, now), error=last.error)
