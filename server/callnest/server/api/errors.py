"""One shape for every error the HTTP API returns, and the middleware that makes it so."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from pydantic import ValidationError

from callnest.server.acd import AcdError
from callnest.server.store.errors import Conflict, Invalid, NotFound

log = logging.getLogger("callnest.api")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


def error_response(
    status: int, code: str, message: str, details: Any = None, headers: dict[str, str] | None = None
) -> web.Response:
    body = {"error": {"code": code, "message": message, "details": details}}
    return web.json_response(body, status=status, headers=headers)


def validation_details(exc: ValidationError) -> list[dict[str, str]]:
    return [
        {"field": ".".join(str(p) for p in e["loc"]) or "(body)", "problem": e["msg"]}
        for e in exc.errors(include_url=False)
    ]


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except ApiError as exc:
        if exc.status >= 500:
            log.error("%s %s: %s", request.method, request.path, exc.message)
        else:
            log.info("%s %s refused (%s): %s", request.method, request.path, exc.code, exc.message)
        # A 429's details, when a number, are the seconds to wait.
        retry = exc.details if exc.status == 429 and isinstance(exc.details, int) else None
        headers = {"Retry-After": str(retry)} if retry is not None else None
        return error_response(exc.status, exc.code, exc.message, exc.details, headers)
    except ValidationError as exc:
        details = validation_details(exc)
        first = details[0]
        message = f"field '{first['field']}': {first['problem']}"
        log.info("%s %s invalid: %s", request.method, request.path, message)
        return error_response(422, "invalid_request", message, details)
    except NotFound as exc:
        return error_response(404, "not_found", str(exc))
    except Conflict as exc:
        return error_response(409, "conflict", str(exc))
    except Invalid as exc:
        return error_response(422, "invalid_request", str(exc))
    except AcdError as exc:
        return error_response(409, exc.code, exc.message)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
            exc.status, "http_error"
        )
        return error_response(exc.status, code, exc.reason)


async def read_json(request: web.Request) -> Any:
    # The application's client_max_size refuses oversized bodies with 413.
    raw = await request.read()
    if not raw:
        raise ApiError(400, "malformed_json", "the request needs a JSON body")
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "malformed_json", f"the body is not valid JSON: {exc}") from exc
