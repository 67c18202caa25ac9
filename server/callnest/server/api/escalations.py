"""Escalations: the open e-mails, tasks and callbacks that passed a service
target of their queue and moved up a tier, for supervisors and owners."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from callnest.server.api.endpoints import Api
from callnest.server.auth import MANAGERS
from callnest.server.keys import ESCALATIONS


def register(api: Api) -> None:
    @api.route(
        "GET",
        "/api/escalations",
        roles=MANAGERS,
        tag="reports",
        summary=(
            "Open e-mails, tasks and callbacks past a service target: tier 2 (waiting in the "
            "specialists' queue) or 3 (the supervisors own them), with the target passed, "
            "since when, and the agent holding each (if any); the supervisors' first"
        ),
    )
    async def escalations(request: web.Request) -> Any:
        return request.app[ESCALATIONS].listed()
