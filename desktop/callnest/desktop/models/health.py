"""The server's health in words: its alarms for the banner, the doctor's
findings, and the backups (no Qt widgets: the tests read it without a screen).

The server says each finding (and the alarm it raises) in English, and as a
code with the values its sentences name (``disk.space`` with ``free_bytes``...).
In English the app shows the server's own words; in any other language the
code's sentences here, with the values put in as the language writes them,
and the server's English for a code this app does not know (a newer server's).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale

from callnest import protocol as p
from callnest.desktop.i18n import SOURCE_LANGUAGE, translate, translations
from callnest.desktop.models.phones import clock
from callnest.protocol import rest
from callnest.protocol.rest import CheckStatus

Params = Mapping[str, str | int | float | None]

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
        words = alarm_words(alarm)
        text = translate(
            "models.health",
            "{title} (since {time}): {summary}",
            "an alarm: its title and summary are the server's words",
        ).format(title=words.title, time=when(alarm.raised_at, now), summary=words.summary)
        if words.fix:
            text += "\n" + translate(
                "models.health", "What to do: {fix}", "{fix}: the server's words"
            ).format(fix=words.fix)
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


# ------------------------------------------------------ the doctor's words

# What each check checks, translated where shown (translate("models.health", ...)).
TITLES = {
    "address": str(QT_TRANSLATE_NOOP("models.health", "The address operators and callers use")),
    "turn": str(QT_TRANSLATE_NOOP("models.health", "TURN relay")),
    "trunks": str(QT_TRANSLATE_NOOP("models.health", "Phone lines")),
    "mailboxes": str(QT_TRANSLATE_NOOP("models.health", "Mailboxes")),
    "disk": str(QT_TRANSLATE_NOOP("models.health", "Disk space")),
    "backups": str(QT_TRANSLATE_NOOP("models.health", "Backups")),
    "clock": str(QT_TRANSLATE_NOOP("models.health", "Clock")),
    "database": str(QT_TRANSLATE_NOOP("models.health", "Database")),
    "server": str(QT_TRANSLATE_NOOP("models.health", "The server")),
}
# The param that counts in a code's summary (its %n).
COUNTS = {
    "address.certificate": "days",
    "backups.never": "days",
    "backups.never_off": "days",
    "disk.filling": "days_left",
    "trunks.registered_and_known": "known",
    "trunks.known": "known",
}


@dataclass(frozen=True)
class Said:
    """A finding or an alarm, as shown: what was checked, found, and what to do."""

    title: str
    summary: str
    fix: str


def finding_words(finding: rest.Finding) -> Said:
    return said(
        finding.check, finding.code, finding.params, finding.title, finding.summary, finding.fix
    )


def alarm_words(alarm: rest.Alarm | p.AlarmNotice) -> Said:
    return said(alarm.name, alarm.code, alarm.params, alarm.title, alarm.summary, alarm.fix)


def said(check: str, code: str, params: Params, title: str, summary: str, fix: str) -> Said:
    """The server's English (``title``, ``summary``, ``fix``) in English, or
    for a code this app does not know; else ``code``'s sentences, with
    ``params`` in them. No fix when the server gives none (all is well)."""
    if translations.language == SOURCE_LANGUAGE:
        return Said(title, summary, fix)
    shown_title = translate("models.health", TITLES[check]) if check in TITLES else title
    words = code_words(code, params)
    if words is None:
        return Said(shown_title, summary, fix)
    shown_summary, shown_fix = words
    return Said(shown_title, shown_summary, (shown_fix or fix) if fix else "")


def code_words(code: str, params: Params) -> tuple[str, str] | None:
    """``code``'s summary and fix in the language installed, ``params`` in
    them; None for a code unknown here or params that do not fit it."""
    counted = COUNTS.get(code)
    n = _count(params.get(counted)) if counted else 0
    summary = summaries(n).get(code)
    if summary is None:
        return None
    values = _values(params)
    try:
        return summary.format_map(values), fixes().get(code, "").format_map(values)
    except (KeyError, IndexError, ValueError):
        return None  # a server that names other values than this app expects


def summaries(n: int = 0) -> dict[str, str]:
    """What each code found, translated; ``n``: the count of those that count."""
    elsewhere = translate(
        "models.health",
        "{url} answers, but not as this Callnest server: {problem}.",
        "{url}: the server's public address; {problem}: e.g. /api/health is not Callnest's",
    )
    newest = translate(
        "models.health",
        "The newest backup is {age} old ({how}).",
        "{age}: e.g. 3 days; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups",
    )
    no_backup = translate(
        "models.health",
        "There is no backup, and the server has run for %n day(s) ({how}).",
        "{how}: e.g. daily at 03:00, keeping 7, in /srv/backups; or: daily backups are off",
        n,
    )
    return {
        "address.local_only": translate(
            "models.health",
            "{address}: this machine only, fine for trying Callnest out. Operators and "
            "callers elsewhere need an HTTPS address (--public-url).",
            "{address}: e.g. http://127.0.0.1:8080; --public-url: keep",
        ),
        "address.no_public_url": translate(
            "models.health",
            "No --public-url: operators reach {address} without HTTPS, and callers' browsers "
            "give the caller page no microphone there.",
            "{address}: e.g. http://192.168.1.5:8080; --public-url: keep",
        ),
        "address.local_url": translate(
            "models.health", "{url}: this machine only.", "{url}: the server's public address"
        ),
        "address.not_https": translate(
            "models.health",
            "{url} is not HTTPS: callers' browsers refuse the caller page the microphone.",
            "{url}: the server's public address",
        ),
        "address.untrusted": translate(
            "models.health",
            "{url}: browsers will not trust its certificate ({reason}).",
            "{reason}: OpenSSL's words, e.g. certificate has expired",
        ),
        "address.unreachable": translate(
            "models.health",
            "{url} cannot be reached from this machine: {error}.",
            "{error}: the system's words, e.g. Connection refused",
        ),
        "address.no_answer": translate(
            "models.health",
            "{url} cannot be reached from this machine: no answer.",
            "{url}: the server's public address",
        ),
        "address.elsewhere_status": elsewhere.format_map(
            _Keep(
                problem=translate(
                    "models.health",
                    "HTTP {http_status} for /api/health",
                    "{http_status}: e.g. 502; /api/health: keep",
                )
            )
        ),
        "address.elsewhere_error": elsewhere.format_map(_Keep(problem="/api/health: {error}")),
        "address.elsewhere_no_answer": elsewhere.format_map(
            _Keep(
                problem=translate(
                    "models.health", "/api/health does not answer", "/api/health: keep"
                )
            )
        ),
        "address.elsewhere": elsewhere.format_map(
            _Keep(
                problem=translate(
                    "models.health", "/api/health is not Callnest's", "/api/health: keep"
                )
            )
        ),
        "address.certificate": translate(
            "models.health",
            "{url} answers; its certificate is valid until {valid_until} (%n day(s)).",
            "{valid_until}: a date, e.g. 7 Dec 2026",
            n,
        ),
        "turn.none": translate(
            "models.health",
            "No TURN server is set up: operators and callers on networks that allow only a "
            "relay cannot connect (most connect without one).",
        ),
        "turn.unauthorized": translate(
            "models.health",
            "{url}: refuses this server's credentials (401 Unauthorized).",
            "{url}: a TURN server's address",
        ),
        "turn.refused": translate(
            "models.health",
            "{url}: refused a relay: {error_code} {reason}.",
            "{error_code} {reason}: the TURN server's answer, e.g. 486 Allocation Quota Reached",
        ),
        "turn.unreachable": translate(
            "models.health",
            "{url}: does not answer ({error}).",
            "{error}: the system's words, e.g. Connection refused",
        ),
        "turn.no_reply": translate(
            "models.health",
            "{url}: does not answer (no reply in {timeout_s}).",
            "{timeout_s}: e.g. 5 s",
        ),
        "turn.relays": translate(
            "models.health",
            "{urls}: relays with this server's credentials.",
            "{urls}: TURN servers' addresses",
        ),
        "trunks.none": translate("models.health", "No phone line (SIP trunk) is set up."),
        "trunks.edge_down": translate(
            "models.health",
            "The SIP edge does not run: {problem}",
            "{problem}: the server's words",
        ),
        "trunks.refused": translate(
            "models.health",
            "Not registered, so no calls come in: {trunks}.",
            "{trunks}: phone lines and the provider's answers, e.g. Provider: 403 Forbidden",
        ),
        "trunks.trying": translate(
            "models.health",
            "Not registered yet, still trying: {trunks}.",
            "{trunks}: phone lines and the provider's answers, e.g. Provider: 403 Forbidden",
        ),
        "trunks.registered": translate(
            "models.health", "Registered: {trunks}.", "{trunks}: phone lines' names"
        ),
        "trunks.registered_and_known": translate(
            "models.health",
            "Registered: {trunks}; %n line(s) known to the provider by this machine's address.",
            "{trunks}: phone lines' names",
            n,
        ),
        "trunks.known": translate(
            "models.health",
            "%n line(s) known to the provider by this machine's address.",
            "phone lines the provider reaches without registering",
            n,
        ),
        "mailboxes.none": translate("models.health", "No mailbox is set up."),
        "mailboxes.failing": translate(
            "models.health",
            "New mail is not coming in: {mailboxes}.",
            "{mailboxes}: mailboxes and the mail server's answers, e.g. "
            "support@example.com: authentication failed",
        ),
        "mailboxes.ok": translate(
            "models.health", "Taking mail in: {mailboxes}.", "{mailboxes}: e-mail addresses"
        ),
        "disk.space": translate(
            "models.health",
            "{free_bytes} free of {total_bytes} ({used_pct} % used).",
            "sizes, e.g. 54.5 GB free of 100.0 GB (45 % used)",
        ),
        "disk.filling": translate(
            "models.health",
            "{free_bytes} free of {total_bytes} ({used_pct} % used); recordings add about "
            "{growth_bytes} a day: full in about %n day(s).",
            "sizes, e.g. 54.5 GB free of 100.0 GB (45 % used); about 1.2 GB a day",
            n,
        ),
        "backups.failed": translate(
            "models.health",
            "The last backup failed: {error} ({how}).",
            "{error}: the server's words; {how}: e.g. daily at 03:00, keeping 7, in "
            "/srv/backups; or: daily backups are off",
        ),
        "backups.never": no_backup,
        "backups.never_off": no_backup,
        "backups.none_off": translate(
            "models.health", "There is no backup, and daily backups are off."
        ),
        "backups.none_yet": translate(
            "models.health",
            "No backup yet: the first is due {how}.",
            "{how}: e.g. daily at 03:00, keeping 7, in /srv/backups",
        ),
        "backups.old": newest,
        "backups.off": newest,
        "backups.same_disk": translate(
            "models.health",
            "The newest backup is {age} old ({how}), on the same disk as the data: a disk "
            "that dies takes both.",
            "{age}: e.g. 3 days; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups",
        ),
        "backups.recent": newest,
        "clock.no_server": translate(
            "models.health",
            "Not checked: no time server given (--ntp-server).",
            "--ntp-server: keep",
        ),
        "clock.unreachable": translate(
            "models.health",
            "Could not ask {server} the time ({error}), so the clock is unchecked.",
            "{server}: a time server, e.g. pool.ntp.org; {error}: the system's words",
        ),
        "clock.no_answer": translate(
            "models.health",
            "Could not ask {server} the time (no answer), so the clock is unchecked.",
            "{server}: a time server, e.g. pool.ntp.org",
        ),
        "clock.behind": translate(
            "models.health",
            "The clock is {offset_s} behind {server}.",
            "{offset_s}: e.g. 300 s; {server}: a time server, e.g. pool.ntp.org",
        ),
        "clock.ahead": translate(
            "models.health",
            "The clock is {offset_s} ahead of {server}.",
            "{offset_s}: e.g. 300 s; {server}: a time server, e.g. pool.ntp.org",
        ),
        "clock.right_behind": translate(
            "models.health",
            "Right: {offset_s} behind {server}.",
            "the clock: {offset_s}: e.g. 0.012 s; {server}: a time server",
        ),
        "clock.right_ahead": translate(
            "models.health",
            "Right: {offset_s} ahead of {server}.",
            "the clock: {offset_s}: e.g. 0.012 s; {server}: a time server",
        ),
        "database.missing": translate(
            "models.health",
            "The database is damaged: there is no database at {path}.",
            "{path}: a file on the server",
        ),
        "database.damaged": translate(
            "models.health",
            "The database is damaged: {problem}.",
            "{problem}: SQLite's words",
        ),
        "database.sqlite_sound": translate(
            "models.health",
            "SQLite, {size_bytes}: sound (quick check).",
            "{size_bytes}: the database's size, e.g. 12.3 MB",
        ),
        "database.postgres_down": translate(
            "models.health",
            "PostgreSQL does not answer: {error}.",
            "{error}: PostgreSQL's words",
        ),
        "database.postgres_sound": translate(
            "models.health",
            "PostgreSQL answers, at schema {revision}.",
            "{revision}: the database's version, e.g. 0012",
        ),
        "database.postgres_unchecked": translate(
            "models.health", "PostgreSQL: checked by the server only."
        ),
        "server.down": translate(
            "models.health",
            "No Callnest server answers on {data_dir}: the rest was checked without it.",
            "{data_dir}: a folder on the server",
        ),
    }


def fixes() -> dict[str, str]:
    """What to do about each code's finding, translated (none: nothing to do)."""
    proxy = translate(
        "models.health",
        "Put the server behind an HTTPS reverse proxy (README, 'Behind a reverse proxy') and "
        "start it with --public-url https://your-name",
        "README's section's title and --public-url: keep",
    )
    proxy_runs = translate(
        "models.health",
        "Check that the reverse proxy runs and that the name points at this server.",
    )
    forwards = translate(
        "models.health",
        "Check that the reverse proxy forwards to this server's address ({host}:{port}).",
        "{host}:{port}: e.g. 127.0.0.1:8080",
    )
    turn_runs = translate(
        "models.health",
        "Check that the TURN server runs and that its port is open to this machine.",
    )
    account = translate(
        "models.health",
        "Check the trunk's account and password with the provider (Phones tab), and that "
        "this machine reaches the provider.",
    )
    disk = translate(
        "models.health",
        "Free space or give the data a bigger disk; shorten how long recordings are kept "
        "(PUT /api/settings/recordings).",
        "PUT /api/settings/recordings: keep",
    )
    back_up = translate(
        "models.health",
        "Back up now (Admin window, Backups tab), and see the server's log for why the last "
        "one failed: a full disk or a folder the server cannot write, usually.",
    )
    turn_on = translate("models.health", "Turn daily backups on (Admin window, Backups tab).")
    time_service = translate(
        "models.health",
        "Run a time service: Debian's systemd-timesyncd or chrony (apt install chrony).",
        "systemd-timesyncd, chrony, apt install chrony: keep",
    )
    time_server = translate(
        "models.health",
        "Allow UDP port 123 out, or name a time server this machine reaches (--ntp-server).",
        "--ntp-server: keep",
    )
    restore = translate(
        "models.health",
        "Stop the server, restore the newest backup into a new data dir (callnest-server "
        "restore --from FOLDER --data-dir NEW) and start it there; keep the damaged one for "
        "support.",
        "the command in brackets: keep",
    )
    return {
        "address.no_public_url": proxy,
        "address.not_https": proxy,
        "address.untrusted": translate(
            "models.health",
            "Renew or replace the certificate on the reverse proxy (Caddy and certbot renew "
            "theirs by themselves when they can reach Let's Encrypt).",
        ),
        "address.unreachable": proxy_runs,
        "address.no_answer": proxy_runs,
        "address.elsewhere_status": forwards,
        "address.elsewhere_error": forwards,
        "address.elsewhere_no_answer": forwards,
        "address.elsewhere": forwards,
        "address.certificate": translate(
            "models.health",
            "Renew the certificate now; if the proxy renews it by itself (Caddy, certbot), "
            "see its log for why it has not.",
        ),
        "turn.none": translate(
            "models.health",
            "If some cannot connect, set one up: README, 'TURN'.",
            "a TURN server; README, 'TURN': keep",
        ),
        "turn.unauthorized": translate(
            "models.health",
            "The secret given to callnest-server (--turn-secret-file) must be the TURN "
            "server's static-auth-secret; and the TURN server needs use-auth-secret.",
            "--turn-secret-file, static-auth-secret, use-auth-secret: keep",
        ),
        "turn.refused": translate("models.health", "See the TURN server's log."),
        "turn.unreachable": turn_runs,
        "turn.no_reply": turn_runs,
        "trunks.edge_down": translate(
            "models.health",
            "See the server's log; the Phones tab shows each trunk's last failure.",
        ),
        "trunks.refused": account,
        "trunks.trying": account,
        "mailboxes.failing": translate(
            "models.health",
            "Check the mailbox's server, user name and (app) password in the Mailboxes tab, "
            "and that this machine reaches the mail server.",
        ),
        "disk.space": disk,
        "disk.filling": disk,
        "backups.failed": back_up,
        "backups.never": back_up,
        "backups.never_off": turn_on,
        "backups.none_off": turn_on,
        "backups.old": translate(
            "models.health",
            "Back up now (Admin window, Backups tab). If daily backups are on and none ran, "
            "the server was not running at the time, or its log says why.",
        ),
        "backups.off": turn_on,
        "backups.same_disk": translate(
            "models.health",
            "Choose a backup folder on another disk or a network share (Admin window, "
            "Backups tab).",
        ),
        "clock.unreachable": time_server,
        "clock.no_answer": time_server,
        "clock.behind": time_service,
        "clock.ahead": time_service,
        "database.missing": restore,
        "database.damaged": restore,
        "database.postgres_down": restore,
        "server.down": translate(
            "models.health",
            "Start it (systemctl start callnest-server), and see its log for why it stopped "
            "(journalctl -u callnest-server).",
            "the commands in brackets: keep",
        ),
    }


class _Keep(dict[str, str]):
    """Fills some placeholders and keeps the others for later."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _count(value: object) -> int:
    return round(value) if isinstance(value, int | float) and math.isfinite(value) else 0


def _values(params: Params) -> dict[str, str]:
    """Each param as the language writes it, with the clauses made of several."""
    values = {key: _value(key, value) for key, value in params.items()}
    if "daily_at" in params:
        values["how"] = _schedule(params)
    age = params.get("age_s")
    if isinstance(age, int | float):
        values["age"] = _age(float(age))
    return values


def _value(key: str, value: str | int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    shown = FORMATS.get(key)
    return shown(float(value)) if shown is not None else str(value)


def _date(at: float) -> str:
    """A date as people write it: 7 Dec 2026."""
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(at)).date(),
        translate(
            "models.health",
            "d MMM yyyy",
            "a date in Qt's date format (d: the day, MMM: the month, shortened, yyyy: the "
            "year): write the pattern, in your language's order",
        ),
    )


def _seconds(seconds: float) -> str:
    """A clock's offset: whole seconds from ten, else to the millisecond."""
    size = abs(seconds)
    number = QLocale().toString(size, "f", 0 if size >= 10 else 3)
    return translate("models.health", "{seconds} s", "seconds, shortened").format(seconds=number)


def _whole_seconds(seconds: float) -> str:
    number = QLocale().toString(seconds, "f", 0)
    return translate("models.health", "{seconds} s", "seconds, shortened").format(seconds=number)


def _percent(value: float) -> str:
    return QLocale().toString(value, "f", 0)


FORMATS: dict[str, Callable[[float], str]] = {
    "free_bytes": size_text,
    "total_bytes": size_text,
    "growth_bytes": size_text,
    "size_bytes": size_text,
    "valid_until": _date,
    "used_pct": _percent,
    "offset_s": _seconds,
    "timeout_s": _whole_seconds,
}


def _schedule(params: Params) -> str:
    """The backup schedule: daily at 03:00, keeping 7, in /srv/backups."""
    if params.get("daily_at") is None:
        return translate("models.health", "daily backups are off")
    return translate(
        "models.health",
        "daily at {time}, keeping the last %n backup(s), in {folder}",
        "the backup schedule: {time}: e.g. 03:00; %n: how many backups are kept; {folder}: "
        "e.g. /srv/backups",
        _count(params.get("keep")),
    ).format(time=params.get("daily_at") or "", folder=params.get("folder") or "")


def _age(seconds: float) -> str:
    """How old a backup is: 40 minutes, 5 hours, 3 days."""
    if seconds < 2 * 3600:
        return translate("models.health", "%n minute(s)", "a backup's age", round(seconds / 60))
    if seconds < 2 * 86400:
        return translate("models.health", "%n hour(s)", "a backup's age", round(seconds / 3600))
    return translate("models.health", "%n day(s)", "a backup's age", round(seconds / 86400))
