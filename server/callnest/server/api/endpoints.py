"""The API's route table: every endpoint declares who may call it and what it
takes, so access checks, request parsing and the OpenAPI document all come
from one place (and a test can walk every endpoint with every role)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from aiohttp import web
from pydantic import BaseModel, Field

from callnest.protocol import ErrorCode
from callnest.server.api.errors import ApiError, read_json
from callnest.server.auth import Principal, Role, token_hash
from callnest.server.keys import SETTINGS, STORE

PRINCIPAL: web.RequestKey[Principal] = web.RequestKey("principal", Principal)
BODY: web.RequestKey[BaseModel] = web.RequestKey("body", BaseModel)

ApiHandler = Callable[[web.Request], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class Endpoint:
    method: str
    path: str
    handler: ApiHandler
    roles: frozenset[Role] | None  # None: public
    summary: str
    body: type[BaseModel] | None
    tag: str
    status: int
    # The query string's parameters, a field each: the handler reads them with
    # query_int, query_float and query_str, which refuse a name not declared here.
    query: type[BaseModel] | None = None
    # A PATCH's body: some of this model's fields, which the handler merges
    # into the row and validates whole (see admin.patched).
    patch: type[BaseModel] | None = None
    # The media type of a body that is not JSON (a CSV file), which the handler reads.
    upload: str | None = None
    # Why the endpoint answers 503 on purpose, if it does (a queue closed now):
    # any other 5xx is the server's fault.
    unavailable: str | None = None


class Api:
    def __init__(self) -> None:
        self.endpoints: list[Endpoint] = []

    def route(
        self,
        method: str,
        path: str,
        *,
        roles: frozenset[Role] | None,
        summary: str,
        tag: str,
        body: type[BaseModel] | None = None,
        status: int = 200,
        query: type[BaseModel] | None = None,
        patch: type[BaseModel] | None = None,
        upload: str | None = None,
        unavailable: str | None = None,
    ) -> Callable[[ApiHandler], ApiHandler]:
        def register(handler: ApiHandler) -> ApiHandler:
            self.endpoints.append(
                Endpoint(
                    method,
                    path,
                    handler,
                    roles,
                    summary,
                    body,
                    tag,
                    status,
                    query,
                    patch,
                    upload,
                    unavailable,
                )
            )
            return handler

        return register

    def install(self, app: web.Application) -> None:
        for endpoint in self.endpoints:
            app.router.add_route(endpoint.method, endpoint.path, _wrap(endpoint))


ENDPOINT: web.RequestKey[Endpoint] = web.RequestKey("endpoint", Endpoint)


def _wrap(endpoint: Endpoint) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def handle(request: web.Request) -> web.StreamResponse:
        request[ENDPOINT] = endpoint
        if endpoint.roles is not None:
            principal = await authenticate(request)
            if principal.role not in endpoint.roles:
                allowed = " or ".join(sorted(endpoint.roles))
                raise ApiError(403, ErrorCode.FORBIDDEN, f"this needs the {allowed} role")
            request[PRINCIPAL] = principal
        if endpoint.body is not None:
            request[BODY] = endpoint.body.model_validate(await read_json(request))
        result = await endpoint.handler(request)
        if isinstance(result, web.StreamResponse):
            return result
        return web.json_response(jsonable(result), status=endpoint.status)

    return handle


def jsonable(answer: Any) -> Any:
    """A handler's answer as JSON: a model (or a list of them, as a listing
    answers) is dumped as the clients will read it."""
    if isinstance(answer, BaseModel):
        return answer.model_dump(mode="json")
    if isinstance(answer, list):
        return [jsonable(item) for item in answer]
    return answer


def bearer_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


async def principal_for_token(request: web.Request, token: str) -> Principal | None:
    store, settings = request.app[STORE], request.app[SETTINGS]
    hashed = token_hash(token)
    now = time.time()
    session = await store.get_session(hashed, now)
    if session is None or not session["active"]:
        return None
    if session["created_at"] < now - settings.session_max_age_s:
        return None
    # Sliding expiry, but not a write on every request: once a minute is enough.
    if session["last_seen_at"] < now - 60:
        await store.touch_session(hashed, now, settings.session_ttl_s)
    return Principal(
        session["user_id"], session["username"], Role(session["role"]), session["team_id"], hashed
    )


async def authenticate(request: web.Request) -> Principal:
    token = bearer_token(request)
    if token is None:
        raise ApiError(
            401, ErrorCode.UNAUTHENTICATED, "log in first: send 'Authorization: Bearer <token>'"
        )
    principal = await principal_for_token(request, token)
    if principal is None:
        raise ApiError(
            401, ErrorCode.UNAUTHENTICATED, "the session has expired or was ended; log in again"
        )
    return principal


def principal(request: web.Request) -> Principal:
    return request[PRINCIPAL]


M = TypeVar("M", bound=BaseModel)


def body(request: web.Request, model: type[M]) -> M:
    parsed = request[BODY]
    if not isinstance(parsed, model):
        raise TypeError(f"endpoint declared no {model.__name__} body")
    return parsed


# The largest integer the databases hold (SQLite's and PostgreSQL's BIGINT).
MAX_INT = 2**63 - 1


def path_int(request: web.Request, name: str) -> int:
    raw = request.match_info[name]
    # ASCII digits only: str.isdigit() also takes "²", which int() refuses,
    # and int() reads other scripts' digits.
    if not (raw.isascii() and raw.isdigit()):
        raise ApiError(404, ErrorCode.NOT_FOUND, f"{name} must be a number, not {raw!r}")
    value = int(raw)
    if value > MAX_INT:
        raise ApiError(404, ErrorCode.NOT_FOUND, f"there is no {name} {raw}")
    return value


class Page(BaseModel):
    """A listing's query: ``limit`` rows (the listing caps it) after the first ``offset``."""

    limit: Annotated[int, Field(ge=0, le=MAX_INT)] | None = None
    offset: Annotated[int, Field(ge=0, le=MAX_INT)] | None = None


def query_str(request: web.Request, name: str) -> str | None:
    """The query parameter ``name``, which the endpoint must declare, so that
    the OpenAPI document lists every parameter a handler reads."""
    declared = request[ENDPOINT].query
    if declared is None or name not in declared.model_fields:
        raise TypeError(f"{request.method} {request.path} declared no query parameter {name!r}")
    return request.query.get(name)


def query_int(request: web.Request, name: str, default: int) -> int:
    raw = query_str(request, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(422, ErrorCode.INVALID_REQUEST, f"{name} must be a whole number") from None
    if value < 0:
        raise ApiError(422, ErrorCode.INVALID_REQUEST, f"{name} must not be negative")
    if value > MAX_INT:
        raise ApiError(422, ErrorCode.INVALID_REQUEST, f"{name} is too large")
    return value


def query_float(request: web.Request, name: str) -> float | None:
    raw = query_str(request, name)
    if raw is None:
        return None
    try:
        return float(raw)
    except ValueError:
        raise ApiError(422, ErrorCode.INVALID_REQUEST, f"{name} must be a number") from None
