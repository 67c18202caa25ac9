"""A supervisor listens to, whispers into or barges into a live call of an
agent of their team (owners: any call). Nobody in the call is told; every use
is audited."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict

from callnest.server.api.admin import audit
from callnest.server.api.endpoints import Api, body, principal
from callnest.server.api.errors import ApiError
from callnest.server.auth import MANAGERS, supervises
from callnest.server.keys import CENTER, SWITCHBOARD
from callnest.server.media.monitoring import Mode, MonitorRefused


class MonitorIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mode: Mode


def register(api: Api) -> None:
    @api.route(
        "POST",
        "/api/calls/{contact_id}/monitor",
        roles=MANAGERS,
        body=MonitorIn,
        tag="supervision",
        summary="Listen to, whisper into or barge into a live call (or stop: mode 'off')",
    )
    async def monitor(request: web.Request) -> Any:
        switchboard = request.app[SWITCHBOARD]
        contact_id = request.match_info["contact_id"]
        who = principal(request)
        given = body(request, MonitorIn)
        call = switchboard.calls.get(contact_id)
        if call is None:
            raise ApiError(404, "not_found", f"no live call {contact_id}")
        agent = (
            request.app[CENTER].acd.agents.get(call.agent_id) if call.agent_id is not None else None
        )
        if agent is None:
            raise ApiError(409, "not_connected", "this call is not connected to an agent")
        if not supervises(who, agent.config.team_id):
            raise ApiError(403, "forbidden", "this call's agent is not in your team")
        try:
            switchboard.monitor(contact_id, who.user_id, given.mode)
        except MonitorRefused as exc:
            raise ApiError(409, exc.code, str(exc)) from exc
        await audit(
            request,
            f"monitor.{given.mode}",
            f"contacts:{contact_id}",
            {"agent_id": call.agent_id},
        )
        return {"contact_id": contact_id, "agent_id": call.agent_id, "mode": str(given.mode)}
