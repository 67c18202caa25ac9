"""Call recordings: download, and how long they are kept."""

from __future__ import annotations

from typing import Annotated, Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from callnest.protocol import ErrorCode
from callnest.server.api.admin import audit
from callnest.server.api.customer_privacy import recording_file
from callnest.server.api.endpoints import Api, body
from callnest.server.api.errors import ApiError
from callnest.server.api.reports import interaction_of_my_team
from callnest.server.auth import MANAGERS, OWNER_ONLY
from callnest.server.keys import CENTER, SETTINGS, STORE
from callnest.server.media.retention import DEFAULT_RETENTION_DAYS, RETENTION_KEY


class RetentionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # None keeps recordings for ever.
    retention_days: Annotated[int, Field(ge=1, le=3650)] | None


def register(api: Api) -> None:
    @api.route(
        "GET",
        "/api/interactions/{contact_id}/recording",
        roles=MANAGERS,
        tag="reports",
        summary="The call's recording: Ogg/Opus, stream 0 the caller, stream 1 the agent",
    )
    async def recording(request: web.Request) -> Any:
        await request.app[CENTER].flush()
        found = await interaction_of_my_team(request)
        root = request.app[SETTINGS].recordings_dir.resolve()
        path = recording_file(root, found.get("recording"))
        if path is None or not path.is_file():
            raise ApiError(
                404, ErrorCode.NOT_FOUND, "this interaction has no recording (or it expired)"
            )
        # Who listened to whose call is itself personal data an owner must be
        # able to account for.
        await audit(request, "recording.download", f"interactions:{found['id']}")
        return web.FileResponse(
            path,
            headers={
                "Content-Type": "audio/ogg",
                "Content-Disposition": f'attachment; filename="{found["id"]}.ogg"',
            },
        )

    @api.route(
        "GET",
        "/api/settings/recordings",
        roles=MANAGERS,
        tag="admin",
        summary="How many days recordings are kept (null: for ever)",
    )
    async def get_retention(request: web.Request) -> Any:
        days = await request.app[STORE].get_setting(RETENTION_KEY, DEFAULT_RETENTION_DAYS)
        return {"retention_days": days}

    @api.route(
        "PUT",
        "/api/settings/recordings",
        roles=OWNER_ONLY,
        tag="admin",
        body=RetentionIn,
        summary="Keep recordings this many days (null: for ever); older ones are deleted hourly",
    )
    async def set_retention(request: web.Request) -> Any:
        days = body(request, RetentionIn).retention_days
        await request.app[STORE].set_setting(RETENTION_KEY, days)
        await audit(request, "settings.recordings", "settings:recordings", {"retention_days": days})
        return {"retention_days": days}
