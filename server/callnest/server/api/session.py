"""Logging in and out: a password buys an expiring bearer token."""

from __future__ import annotations

import time
from typing import Annotated, Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, StringConstraints

from callnest.protocol import ErrorCode
from callnest.server.api.endpoints import Api, body, principal
from callnest.server.api.errors import ApiError
from callnest.server.auth import ALL_ROLES, new_token, token_hash, verify_password_async
from callnest.server.keys import SESSIONS, SETTINGS, STORE, THROTTLE


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=200)]


def user_info(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "username": row["username"],
        "display_name": row["display_name"],
        "role": row["role"],
        "team_id": row["team_id"],
    }


def register(api: Api) -> None:
    @api.route(
        "POST",
        "/api/login",
        roles=None,
        summary="Log in; returns a bearer token",
        tag="session",
        body=LoginIn,
    )
    async def login(request: web.Request) -> Any:
        store, settings, throttle = request.app[STORE], request.app[SETTINGS], request.app[THROTTLE]
        given = body(request, LoginIn)
        now = time.time()
        address = request.remote or "?"
        wait = throttle.attempt(given.username, address, now)
        if wait is not None:
            raise ApiError(
                429,
                ErrorCode.TOO_MANY_ATTEMPTS,
                f"too many failed logins; try again in {int(wait) + 1} s",
                int(wait) + 1,
            )
        user = await store.get_user_by_username(given.username)
        ok = await verify_password_async(user["password_hash"] if user else None, given.password)
        if not ok or user is None or not user["active"]:
            raise ApiError(401, ErrorCode.BAD_CREDENTIALS, "wrong username or password")
        throttle.succeeded(given.username, address, now)
        token = new_token()
        await store.create_session(token_hash(token), user["id"], now, settings.session_ttl_s)
        return {"token": token, "expires_at": now + settings.session_ttl_s, "user": user_info(user)}

    @api.route("POST", "/api/logout", roles=ALL_ROLES, summary="End this session", tag="session")
    async def logout(request: web.Request) -> Any:
        token = principal(request).token_hash
        await request.app[STORE].delete_session(token)
        request.app[SESSIONS].end("logged out", token_hash=token)
        return {"logged_out": True}

    @api.route(
        "GET", "/api/me", roles=ALL_ROLES, summary="Who this token belongs to", tag="session"
    )
    async def me(request: web.Request) -> Any:
        row = await request.app[STORE].get_row("users", principal(request).user_id)
        return user_info(row)
