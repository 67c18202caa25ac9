"""Running the server for years: the doctor's report, alarms, backups and
where alarms are e-mailed. The owner's, from the admin window; the doctor's
report also for ``callnest-server doctor`` on the server's own machine,
which proves itself with the data dir's access file (doctor_access.py)."""

from __future__ import annotations

import hmac
import os
from pathlib import Path
from typing import Any

from aiohttp import web

from callnest.protocol import ErrorCode, rest
from callnest.server.api.admin import audit
from callnest.server.api.endpoints import Api, body
from callnest.server.api.errors import ApiError
from callnest.server.auth import MANAGERS, OWNER_ONLY
from callnest.server.backup_keeper import BackupBusy
from callnest.server.keys import ALARMS, BACKUPS, DOCTOR, DOCTOR_TOKEN
from callnest.server.store.errors import Invalid

DOCTOR_HEADER = "X-Callnest-Doctor"


def register(api: Api) -> None:
    tag = "maintenance"

    @api.route(
        "GET",
        "/api/doctor",
        roles=OWNER_ONLY,
        tag=tag,
        summary="Checks what silently breaks (certificate, TURN, trunks, disk, backups, "
        "clock, database) and says each finding with a fix; takes a few seconds",
    )
    async def doctor(request: web.Request) -> Any:
        return await request.app[DOCTOR].examine()

    @api.route(
        "GET",
        "/api/doctor/local",
        roles=None,
        tag=tag,
        summary="The doctor's report for callnest-server doctor on this machine: it sends "
        f"the token from the data dir's access file in {DOCTOR_HEADER}",
    )
    async def doctor_local(request: web.Request) -> Any:
        given = request.headers.get(DOCTOR_HEADER, "")
        if not hmac.compare_digest(given.encode(), request.app[DOCTOR_TOKEN].encode()):
            raise ApiError(
                401,
                ErrorCode.UNAUTHENTICATED,
                f"send the data dir's doctor token in {DOCTOR_HEADER}",
            )
        return await request.app[DOCTOR].examine()

    @api.route(
        "GET",
        "/api/alarms",
        roles=MANAGERS,
        tag=tag,
        summary="Alarms: those still raised first, then the last cleared ones",
    )
    async def alarms(request: web.Request) -> Any:
        return list(await request.app[ALARMS].listed())

    @api.route(
        "GET",
        "/api/backups",
        roles=OWNER_ONLY,
        tag=tag,
        summary="The schedule, the last run, the backups kept",
    )
    async def backups(request: web.Request) -> Any:
        return await request.app[BACKUPS].status()

    @api.route(
        "PUT",
        "/api/backups/schedule",
        roles=OWNER_ONLY,
        tag=tag,
        body=rest.BackupSchedule,
        summary="When, where and how many: a daily backup at a time of day (server's local "
        "time), into a folder (null: the data dir's backups/), keeping the newest N",
    )
    async def set_schedule(request: web.Request) -> Any:
        schedule = body(request, rest.BackupSchedule)
        keeper = request.app[BACKUPS]
        folder = keeper.folder(schedule)
        problem = writable_problem(folder)
        if problem:
            raise Invalid(problem, field="folder")
        await keeper.set_schedule(schedule)
        await audit(request, "settings.backups", "settings:backups", schedule.model_dump())
        return await keeper.status()

    @api.route(
        "POST",
        "/api/backups",
        roles=OWNER_ONLY,
        tag=tag,
        status=202,
        summary="Back up now; GET /api/backups shows when it is done",
    )
    async def back_up_now(request: web.Request) -> Any:
        try:
            run = request.app[BACKUPS].start("by hand")
        except BackupBusy:
            raise ApiError(409, ErrorCode.CONFLICT, "a backup is running; wait for it") from None
        await audit(request, "backup.start", "settings:backups")
        return run

    register_alarm_email(api, tag)


def register_alarm_email(api: Api, tag: str) -> None:
    @api.route(
        "GET",
        "/api/settings/alarm-email",
        roles=OWNER_ONLY,
        tag=tag,
        summary="Where alarms are e-mailed (null: nowhere); the password is never shown",
    )
    async def get_email(request: web.Request) -> Any:
        return await request.app[ALARMS].email_settings()

    @api.route(
        "PUT",
        "/api/settings/alarm-email",
        roles=OWNER_ONLY,
        tag=tag,
        body=rest.AlarmEmailFields,
        summary="E-mail each alarm (raised, then cleared) to these addresses through this "
        "mail server; a password left out is kept",
    )
    async def set_email(request: web.Request) -> Any:
        given = body(request, rest.AlarmEmailFields)
        saved = await request.app[ALARMS].set_email(given)
        assert saved is not None
        await audit(
            request, "settings.alarm_email", "settings:alarm_email", saved.model_dump(mode="json")
        )
        return saved

    @api.route(
        "DELETE",
        "/api/settings/alarm-email",
        roles=OWNER_ONLY,
        tag=tag,
        summary="Stop e-mailing alarms (they still show in the app)",
    )
    async def delete_email(request: web.Request) -> Any:
        await request.app[ALARMS].set_email(None)
        await audit(request, "settings.alarm_email", "settings:alarm_email", None)
        return {"deleted": True}

    @api.route(
        "POST",
        "/api/settings/alarm-email/test",
        roles=OWNER_ONLY,
        tag=tag,
        summary="Send a test message now: sent, or what the mail server answered instead",
    )
    async def test_email(request: web.Request) -> Any:
        alarms = request.app[ALARMS]
        if await alarms.email_settings() is None:
            raise ApiError(409, ErrorCode.CONFLICT, "set up the mail server first")
        problem = await alarms.send_test()
        return {"sent": not problem, "problem": problem}


def writable_problem(folder: Path) -> str:
    """Why the server cannot keep backups in ``folder``; empty if it can."""
    probe = folder
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        return f"{probe} is not a folder"
    if not os.access(probe, os.W_OK | os.X_OK):
        return f"the server may not write in {probe}"
    return ""
