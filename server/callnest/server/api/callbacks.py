"""Callbacks over HTTP: schedule one (an agent at wrap-up, a supervisor),
see what is owed, call one off."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict

from callnest.protocol import ErrorCode, rest
from callnest.server.api.endpoints import Api, body, principal, query_int, query_str
from callnest.server.api.errors import ApiError
from callnest.server.auth import ALL_ROLES, MANAGERS
from callnest.server.callbacks import OPEN
from callnest.server.keys import CALLBACKS, STORE
from callnest.server.store.schema import CALLBACK_STATES


class CallbackQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: str | None = None  # "open" (the default), or one status
    queue_id: int | None = None  # 0 (the default): every queue


def register(api: Api) -> None:
    tag = "callbacks"

    @api.route(
        "POST",
        "/api/callbacks",
        roles=ALL_ROLES,
        tag=tag,
        body=rest.CallbackFields,
        status=201,
        summary="Schedules a callback: the number is called for the queue at the time given",
    )
    async def schedule(request: web.Request) -> Any:
        given = body(request, rest.CallbackFields)
        return await request.app[CALLBACKS].schedule(
            queue_id=given.queue_id,
            number=given.number,
            at=given.at,
            source="agent",
            name=given.name,
            customer_id=given.customer_id,
            note=given.note,
            requested_by=principal(request).user_id,
            time_zone=given.time_zone,
        )

    @api.route(
        "GET",
        "/api/callbacks",
        roles=MANAGERS,
        tag=tag,
        query=CallbackQuery,
        summary="Callbacks, the soonest due first: the open ones, or those of one status",
    )
    async def listed(request: web.Request) -> Any:
        status = query_str(request, "status") or "open"
        if status != "open" and status not in CALLBACK_STATES:
            known = ", ".join(("open", *CALLBACK_STATES))
            raise ApiError(422, ErrorCode.INVALID_REQUEST, f"status is one of: {known}")
        statuses = OPEN if status == "open" else (status,)
        return await request.app[STORE].list_callbacks(
            statuses=statuses, queue_id=query_int(request, "queue_id", 0) or None
        )

    @api.route(
        "DELETE",
        "/api/callbacks/{callback_id}",
        roles=MANAGERS,
        tag=tag,
        summary="Calls off a callback that is not being dialled",
    )
    async def cancel(request: web.Request) -> Any:
        return await request.app[CALLBACKS].cancel(request.match_info["callback_id"])
