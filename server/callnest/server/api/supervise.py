"""What a supervisor does to an agent of their team: a break or offline, or a
forced logout. Owners may do it to anyone; every use is audited."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from callnest import protocol as p
from callnest.protocol import ErrorCode, rest
from callnest.server.acd import AgentState
from callnest.server.api.admin import audit
from callnest.server.api.endpoints import Api, body, path_int, principal
from callnest.server.api.errors import ApiError
from callnest.server.auth import MANAGERS, Role, may_act_on
from callnest.server.keys import CENTER, SESSIONS, STORE

LOGGED_OUT = "logged out by a supervisor"


async def _agent_of_my_team(request: web.Request) -> int:
    """The agent in the path, if the caller may act on them (404 / 403 otherwise)."""
    agent_id = path_int(request, "id")
    agent = request.app[CENTER].agents.get(agent_id)
    if agent is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, f"no active agent {agent_id}")
    user = await request.app[STORE].get_row("users", agent_id)
    if not may_act_on(principal(request), Role(user["role"]), agent.config.team_id):
        raise ApiError(403, ErrorCode.FORBIDDEN, "this agent is not in your team")
    return agent_id


def register(api: Api) -> None:
    tag = "supervision"

    @api.route(
        "POST",
        "/api/agents/{id}/state",
        roles=MANAGERS,
        body=rest.AgentStateChange,
        tag=tag,
        summary="Put an agent of your team on a break (with a reason), offline or available",
    )
    async def set_state(request: web.Request) -> Any:
        center = request.app[CENTER]
        agent_id = await _agent_of_my_team(request)
        given = body(request, rest.AgentStateChange)
        state = AgentState(given.state)  # the router's own
        if state is AgentState.BREAK:
            if given.reason_id not in center.break_reason_names:
                raise ApiError(
                    422, ErrorCode.UNKNOWN_REASON, "choose one of the server's break reasons"
                )
        elif given.reason_id is not None:
            raise ApiError(422, ErrorCode.INVALID_REQUEST, "reason_id goes with state 'break' only")
        # Offline with a call open is refused (409 agent_busy), as for the agent.
        center.set_agent_state(agent_id, state, given.reason_id)
        await audit(
            request,
            "agent.set_state",
            f"users:{agent_id}",
            {"state": str(given.state), "reason_id": given.reason_id},
        )
        agent = center.agents[agent_id]
        return rest.AgentStateChanged(
            agent_id=agent_id, state=p.AgentState(agent.state), reason_id=agent.reason_id
        )

    @api.route(
        "POST",
        "/api/agents/{id}/logout",
        roles=MANAGERS,
        tag=tag,
        summary="Log an agent of your team out: their desktop is closed, their logins end",
    )
    async def log_out(request: web.Request) -> Any:
        agent_id = await _agent_of_my_team(request)
        ended = await request.app[STORE].delete_user_sessions(agent_id)
        request.app[SESSIONS].log_out(agent_id, LOGGED_OUT)
        await audit(request, "agent.logout", f"users:{agent_id}", {"logins_ended": ended})
        return rest.AgentLoggedOut(agent_id=agent_id, logged_out=True, logins_ended=ended)
