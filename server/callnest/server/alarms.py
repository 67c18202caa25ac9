"""Alarms: the doctor's checks, run every few minutes; a check that fails
raises an alarm once (kept in the store, so a restart does not raise it
again), and it is cleared when the check passes. The owners' desktops are
told at once; if the owner set it up, each alarm is e-mailed when raised
(tried again until the mail server takes it) and when cleared.

E-mail goes out through the owner's own mail server (their provider's
SMTP with an app password, or a relay on the network): see mail.smtp.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any, Final

from callnest import protocol as p
from callnest.protocol import rest
from callnest.protocol.rest import CheckStatus, SmtpSecurity
from callnest.server.doctor import Doctor
from callnest.server.mail import smtp
from callnest.server.store.store import Store

log = logging.getLogger("callnest.alarms")

EMAIL_KEY: Final = "alarm_email"
SMTP_TIMEOUT_S = 15.0
FIRST_CHECK_AFTER_S = 30.0


class Alarms:
    def __init__(
        self,
        store: Store,
        doctor: Doctor,
        tell_owners: Callable[[p.AlarmsUpdate], None],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._doctor = doctor
        self._tell_owners = tell_owners
        self._clock = clock
        self._lock = asyncio.Lock()  # one round of checks at a time
        self.raised: tuple[p.AlarmNotice, ...] = ()  # what owners were last told

    async def start(self) -> None:
        """Reads the alarms still raised (from before a restart)."""
        self.raised = await self._raised()

    async def run_forever(self, every_s: float) -> None:
        # The first round once the server has settled: its checks ask the
        # network (the time server, TURN, the public address).
        await asyncio.sleep(min(every_s, FIRST_CHECK_AFTER_S))
        while True:
            try:
                await self.check_once()
            except Exception:
                log.exception("the alarm checks failed; trying again later")
            await asyncio.sleep(every_s)

    async def check_once(self) -> rest.DoctorReport:
        """Runs the doctor; raises and clears alarms by what it found."""
        async with self._lock:
            report = await self._doctor.examine()
            now = self._clock()
            open_ = {a["name"]: a for a in await self._store.alarms() if a["cleared_at"] is None}
            changed = False
            for found in report.findings:
                alarm = open_.get(found.check)
                if found.status is CheckStatus.FAILED and alarm is None:
                    row = await self._store.raise_alarm(
                        found.check,
                        found.title,
                        found.summary,
                        found.fix,
                        now,
                        code=found.code,
                        params=found.params,
                    )
                    log.warning("alarm: %s: %s", found.title, found.summary)
                    open_[found.check] = row
                    changed = True
                elif found.status is not CheckStatus.FAILED and alarm is not None:
                    await self._store.alarm_changed(alarm["id"], cleared_at=now)
                    log.warning("alarm over: %s: %s", found.title, found.summary)
                    await self._mail(_cleared_mail(alarm, found))
                    changed = True
            if changed:
                self.raised = await self._raised()
                self._tell_owners(p.AlarmsUpdate(alarms=self.raised))
            await self._mail_raised()
            return report

    async def listed(self) -> list[rest.Alarm]:
        return [rest.Alarm.model_validate(row) for row in await self._store.alarms()]

    # ---------------------------------------------------------------- e-mail

    async def email_settings(self) -> rest.AlarmEmail | None:
        saved = await self._store.get_setting(EMAIL_KEY)
        return None if saved is None else _shown(saved)

    async def set_email(self, given: rest.AlarmEmailFields | None) -> rest.AlarmEmail | None:
        if given is None:
            await self._store.set_setting(EMAIL_KEY, None)
            return None
        saved = given.model_dump(mode="json")
        if "password" not in given.model_fields_set:
            old = await self._store.get_setting(EMAIL_KEY) or {}
            saved["password"] = old.get("password")
        await self._store.set_setting(EMAIL_KEY, saved)
        return _shown(saved)

    async def send_test(self) -> str:
        """Sends a test message now; returns what went wrong (empty: it was taken)."""
        saved = await self._store.get_setting(EMAIL_KEY)
        assert saved is not None, "set_email first"
        message = _message(
            saved,
            "Callnest: a test of the alarm e-mails",
            "This is a test. When something on the Callnest server needs you (the disk "
            "nearly full, no recent backup, a certificate about to expire, a phone line "
            "down), a message like this one says what and what to do.",
        )
        return await asyncio.to_thread(_send, saved, message)

    async def _mail_raised(self) -> None:
        """Every raised alarm not yet e-mailed: sent now, or tried next round."""
        saved = await self._store.get_setting(EMAIL_KEY)
        if saved is None:
            return
        for alarm in await self._store.alarms(cleared_limit=0):
            if alarm["mailed_at"] is not None:
                continue
            body = f"{alarm['summary']}\n\nWhat to do: {alarm['fix'] or 'see the admin window'}"
            message = _message(saved, f"Callnest alarm: {alarm['title']}", body)
            problem = await asyncio.to_thread(_send, saved, message)
            if problem:
                log.warning("the alarm e-mail was not sent (tried again later): %s", problem)
                return
            await self._store.alarm_changed(alarm["id"], mailed_at=self._clock())

    async def _mail(self, message: tuple[str, str]) -> None:
        saved = await self._store.get_setting(EMAIL_KEY)
        if saved is not None:
            problem = await asyncio.to_thread(_send, saved, _message(saved, *message))
            if problem:
                log.warning("the alarm e-mail was not sent: %s", problem)

    async def _raised(self) -> tuple[p.AlarmNotice, ...]:
        return tuple(
            p.AlarmNotice(
                name=a["name"],
                title=a["title"],
                summary=a["summary"][:4000],
                fix=a["fix"][:4000],
                raised_at=a["raised_at"],
                code=a["code"],
                params=_notice_params(a["params"]),
            )
            for a in await self._store.alarms(cleared_limit=0)
        )


def _notice_params(params: dict[str, Any] | None) -> dict[str, Any]:
    """An alarm's params as the desktop protocol takes them: a text cut to
    its limit, a number that is not finite left out (JSON has none)."""
    told: dict[str, Any] = {}
    for key, value in (params or {}).items():
        if isinstance(value, str):
            told[key] = value[:4000]
        elif value is None or (isinstance(value, int | float) and math.isfinite(value)):
            told[key] = value
    return told


def _cleared_mail(alarm: dict[str, Any], found: rest.Finding) -> tuple[str, str]:
    return (
        f"Callnest alarm over: {alarm['title']}",
        f"Fixed: {found.summary}\n\n(The alarm was: {alarm['summary']})",
    )


def _shown(saved: dict[str, Any]) -> rest.AlarmEmail:
    fields = {k: v for k, v in saved.items() if k != "password"}
    return rest.AlarmEmail(**fields, has_password=bool(saved.get("password")))


def _message(saved: dict[str, Any], subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = saved["sender"]
    message["To"] = ", ".join(saved["to"])
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=saved["sender"].rpartition("@")[2])
    message.set_content(body)
    return message


def _send(saved: dict[str, Any], message: EmailMessage) -> str:
    """Hands ``message`` to the mail server; what went wrong, or empty."""
    server = smtp.SmtpServer(
        saved["smtp_host"],
        saved["smtp_port"],
        SmtpSecurity(saved["security"]).value,
        saved.get("username"),
        saved.get("password"),
    )
    try:
        smtp.send(server, message, timeout_s=SMTP_TIMEOUT_S)
    except smtp.SendFailed as exc:
        return str(exc)
    return ""
