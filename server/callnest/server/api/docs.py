"""Health, the OpenAPI document, and Prometheus metrics."""

from __future__ import annotations

import time
from importlib.metadata import version
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, TypeAdapter

from callnest.protocol.languages import LANGUAGE_CODES
from callnest.protocol.rest import ErrorResponse
from callnest.protocol.rest.base import Slug
from callnest.server.api.endpoints import MAX_INT, Api
from callnest.server.auth import MANAGERS
from callnest.server.keys import API, METRICS, STORE

# Read once: the distribution's metadata is on disk, and health is polled.
VERSION = version("callnest-server")


def schema_of(model: type[BaseModel], schemas: dict[str, Any]) -> dict[str, str]:
    """Adds ``model``'s schema (and those it uses) to ``schemas``; a reference to it."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(schema.pop("$defs", {}))
    schemas[model.__name__] = schema
    return {"$ref": f"#/components/schemas/{model.__name__}"}


# What a path parameter is, by its name: a row's id is the store's integer
# (path_int), a queue goes by its name, a contact (and its interaction) by the
# uuid the server gave it, and so does a callback; a prompt by its language
# and name.
PATH_PARAMETERS: dict[str, dict[str, Any]] = {
    "id": {"type": "integer", "minimum": 0, "maximum": MAX_INT},
    "queue": TypeAdapter(Slug).json_schema(),
    "contact_id": {"type": "string", "format": "uuid"},
    "callback_id": {"type": "string", "format": "uuid"},
    "language": {"type": "string", "enum": list(LANGUAGE_CODES)},
    "prompt": {"type": "string", "pattern": "^[a-z0-9_]{1,64}$"},
}


def query_parameters(model: type[BaseModel], schemas: dict[str, Any]) -> list[dict[str, Any]]:
    """A query model's fields as parameters. A field that may be None is one
    that may be left out: a query string has no null to send."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(schema.pop("$defs", {}))
    required = set(schema.get("required", ()))
    parameters = []
    for name, field in schema["properties"].items():
        field = {k: v for k, v in field.items() if k != "title"}
        if "anyOf" in field:
            kinds = [kind for kind in field.pop("anyOf") if kind != {"type": "null"}]
            field |= kinds[0] if len(kinds) == 1 else {"anyOf": kinds}
        if field.get("default", ...) is None:
            del field["default"]
        parameters.append(
            {"name": name, "in": "query", "required": name in required, "schema": field}
        )
    return parameters


def partial(model: type[BaseModel], schemas: dict[str, Any]) -> dict[str, str]:
    """A reference to a PATCH body of ``model``: any of its fields, at least one."""
    schema_of(model, schemas)
    name = f"{model.__name__}Patch"
    whole = schemas[model.__name__]
    schemas[name] = {k: v for k, v in whole.items() if k != "required"} | {
        "title": name,
        "minProperties": 1,
    }
    return {"$ref": f"#/components/schemas/{name}"}


def openapi(api: Api) -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    schemas: dict[str, Any] = {}
    # Every refusal has one shape; its code is one of the protocol's catalogue.
    error = schema_of(ErrorResponse, schemas)
    for e in api.endpoints:
        responses: dict[str, Any] = {str(e.status): {"description": "success"}}
        if e.unavailable is not None:
            responses["503"] = {
                "description": e.unavailable,
                "content": {"application/json": {"schema": error}},
            }
        responses["default"] = {
            "description": "an error",
            "content": {"application/json": {"schema": error}},
        }
        op: dict[str, Any] = {"summary": e.summary, "tags": [e.tag], "responses": responses}
        params = [
            {
                "name": part[1:-1],
                "in": "path",
                "required": True,
                "schema": PATH_PARAMETERS[part[1:-1]],
            }
            for part in e.path.split("/")
            if part.startswith("{")
        ]
        if e.query is not None:
            params += query_parameters(e.query, schemas)
        if params:
            op["parameters"] = params
        if e.roles is None:
            op["security"] = []
        else:
            op["x-roles"] = sorted(e.roles)
        body: dict[str, Any] | None = None
        if e.body is not None:
            body = {"application/json": {"schema": schema_of(e.body, schemas)}}
        elif e.patch is not None:
            body = {"application/json": {"schema": partial(e.patch, schemas)}}
        elif e.upload is not None:
            body = {e.upload: {"schema": {"type": "string"}}}
        if body is not None:
            op["requestBody"] = {"required": True, "content": body}
        paths.setdefault(e.path, {})[e.method.lower()] = op
    return {
        "openapi": "3.1.0",
        "info": {"title": "Callnest", "version": VERSION},
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    }


def register(api: Api) -> None:
    @api.route("GET", "/api/health", roles=None, summary="Is the server up", tag="meta")
    async def health(request: web.Request) -> Any:
        # An uptime check is the small business's alarm: it sees a full disk here.
        full_since = request.app[STORE].full_since
        if full_since is not None:
            since = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(full_since))
            problem = f"the disk is full since {since}: nothing can be saved; free space"
            return {"status": "degraded", "version": VERSION, "problems": [problem]}
        return {"status": "ok", "version": VERSION}

    @api.route("GET", "/api/openapi.json", roles=None, summary="This document", tag="meta")
    async def openapi_document(request: web.Request) -> Any:
        return openapi(request.app[API])

    @api.route("GET", "/metrics", roles=MANAGERS, summary="Prometheus metrics", tag="meta")
    async def metrics(request: web.Request) -> Any:
        payload = generate_latest(request.app[METRICS].registry)
        return web.Response(body=payload, headers={"Content-Type": CONTENT_TYPE_LATEST})
