"""One shape for every error the HTTP API returns, and the middleware that makes it so."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiohttp import web
from pydantic import ValidationError

from callnest.protocol import ErrorCode, FieldProblem
from callnest.protocol.rest import ErrorBody, ErrorResponse
from callnest.server.keys import SETTINGS
from callnest.server.refused import Refused
from callnest.server.store.errors import Conflict, DiskFull, Invalid, NotFound, StoreError

_T = TypeVar("_T")
log = logging.getLogger("callnest.api")

# The status of a refusal raised below the API, where HTTP is unknown (the
# ACD's routing refusals among them): a conflict with the state things are in,
# unless its code says otherwise.
REFUSED_STATUS: dict[ErrorCode, int] = {
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.INVALID_REQUEST: 422,
    ErrorCode.UNKNOWN_REASON: 422,
    ErrorCode.INVALID_SDP: 422,
}
# aiohttp's own refusals (no route, wrong method, a body over the app's limit).
HTTP_CODES: dict[int, ErrorCode] = {
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    413: ErrorCode.TOO_LARGE,
}


class ApiError(Refused):
    """A refusal raised by the API itself, with the HTTP status it answers with
    and, for some, details (the lines of a CSV file, the seconds to wait)."""

    def __init__(self, status: int, code: ErrorCode, message: str, details: Any = None) -> None:
        super().__init__(code, message)
        self.status, self.details = status, details


def error_response(
    status: int,
    code: ErrorCode,
    message: str,
    details: Any = None,
    headers: dict[str, str] | None = None,
) -> web.Response:
    body = ErrorResponse(error=ErrorBody(code=code, message=message, details=details))
    return web.json_response(body.model_dump(mode="json"), status=status, headers=headers)


def validation_details(exc: ValidationError) -> list[FieldProblem]:
    return [
        {"field": ".".join(str(p) for p in e["loc"]) or "(body)", "problem": e["msg"]}
        for e in exc.errors(include_url=False)
    ]


def store_details(exc: StoreError) -> list[FieldProblem] | None:
    """The field a store error names, so a form can point at it."""
    return None if exc.field is None else [{"field": exc.field, "problem": exc.message}]


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
    except Refused as exc:
        return error_response(REFUSED_STATUS.get(exc.code, 409), exc.code, exc.message)
    except ValidationError as exc:
        details = validation_details(exc)
        first = details[0]
        message = f"field '{first['field']}': {first['problem']}"
        log.info("%s %s invalid: %s", request.method, request.path, message)
        return error_response(422, ErrorCode.INVALID_REQUEST, message, details)
    except NotFound as exc:
        return error_response(404, ErrorCode.NOT_FOUND, str(exc))
    except Conflict as exc:
        return error_response(409, ErrorCode.CONFLICT, str(exc), store_details(exc))
    except Invalid as exc:
        return error_response(422, ErrorCode.INVALID_REQUEST, str(exc), store_details(exc))
    except DiskFull:
        return error_response(
            507,
            ErrorCode.STORAGE_FULL,
            "the server's disk is full: nothing was saved. Its owner must free space "
            "(calls go on; logins still work)",
        )
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = HTTP_CODES.get(exc.status, ErrorCode.HTTP_ERROR)
        # The body is ours, the other headers stay: a 405's Allow names the
        # methods the path has (RFC 9110 requires it).
        headers = {
            name: value
            for name, value in exc.headers.items()
            if name.lower() not in ("content-type", "content-length")
        }
        return error_response(exc.status, code, exc.reason, headers=headers or None)


async def in_time(request: web.Request, reading: Awaitable[_T]) -> _T:
    """``reading`` (of the request's body), or 408 once it takes longer than
    the body's size allows."""
    settings = request.app[SETTINGS]
    allowed = max(
        settings.body_timeout_s, (request.content_length or 0) / settings.body_min_bytes_per_s
    )
    try:
        async with asyncio.timeout(allowed):
            return await reading
    except TimeoutError:
        raise ApiError(
            408, ErrorCode.TIMEOUT, f"the request's body did not arrive within {allowed:.0f} s"
        ) from None


async def read_json(request: web.Request) -> Any:
    # Only application/json: any web page can make its visitors' browsers
    # send a text/plain POST here without asking (a "simple" cross-origin
    # request); an application/json one needs the server's consent first.
    if request.content_type != "application/json":
        raise ApiError(
            415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as JSON (application/json)"
        )
    # The application's client_max_size refuses oversized bodies with 413.
    raw = await in_time(request, request.read())
    if not raw:
        raise ApiError(400, ErrorCode.MALFORMED_JSON, "the request needs a JSON body")
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, ErrorCode.MALFORMED_JSON, f"the body is not valid JSON: {exc}") from exc
    except RecursionError:
        # Thousands of nested brackets: no request of ours nests that deep.
        raise ApiError(400, ErrorCode.MALFORMED_JSON, "the body's JSON nests too deeply") from None
