"""A supervisor listens to, whispers into or barges into a live call of an
agent of their team (owners: any call). Nobody in the call is told; every use
is audited."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from callnest.protocol import ErrorCode, rest
from callnest.server.api.admin import audit
from callnest.server.api.endpoints import Api, body, principal
from callnest.server.api.errors import ApiError
from callnest.server.auth import MANAGERS, Role, may_act_on
from callnest.server.keys import CENTER, STORE, SWITCHBOARD
from callnest.server.media.monitoring import Mode


def register(api: Api) -> None:
    @api.route(
        "POST",
        "/api/calls/{contact_id}/monitor",
        roles=MANAGERS,
        body=rest.MonitorCall,
        tag="supervision",
        summary="Listen to, whisper into or barge into a live call (or stop: mode 'off')",
    )
    async def monitor(request: web.Request) -> Any:
        switchboard = request.app[SWITCHBOARD]
        contact_id = request.match_info["contact_id"]
        who = principal(request)
        given = body(request, rest.MonitorCall)
        call = switchboard.calls.get(contact_id)
        if call is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, f"no live call {contact_id}")
        agent = request.app[CENTER].agents.get(call.agent_id) if call.agent_id is not None else None
        if agent is None:
            raise ApiError(409, ErrorCode.NOT_CONNECTED, "this call is not connected to an agent")
        user = await request.app[STORE].get_row("users", agent.config.id)
        if not may_act_on(who, Role(user["role"]), agent.config.team_id):
            raise ApiError(403, ErrorCode.FORBIDDEN, "this call's agent is not in your team")
        # A MonitorRefused is a Refused: the error middleware answers it (409).
        switchboard.monitor(contact_id, who.user_id, Mode(given.mode))
        await audit(
            request,
            f"monitor.{given.mode}",
            f"contacts:{contact_id}",
            {"agent_id": call.agent_id},
        )
        return rest.Monitoring(contact_id=contact_id, agent_id=call.agent_id, mode=given.mode)
