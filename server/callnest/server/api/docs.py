"""Health, the OpenAPI document, and Prometheus metrics."""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel

from callnest.protocol.rest import ErrorResponse
from callnest.server.api.endpoints import Api
from callnest.server.auth import MANAGERS
from callnest.server.keys import API, METRICS

# Read once: the distribution's metadata is on disk, and health is polled.
VERSION = version("callnest-server")


def schema_of(model: type[BaseModel], schemas: dict[str, Any]) -> dict[str, str]:
    """Adds ``model``'s schema (and those it uses) to ``schemas``; a reference to it."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(schema.pop("$defs", {}))
    schemas[model.__name__] = schema
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def openapi(api: Api) -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    schemas: dict[str, Any] = {}
    # Every refusal has one shape; its code is one of the protocol's catalogue.
    error = schema_of(ErrorResponse, schemas)
    for e in api.endpoints:
        op: dict[str, Any] = {
            "summary": e.summary,
            "tags": [e.tag],
            "responses": {
                str(e.status): {"description": "success"},
                "default": {
                    "description": "an error",
                    "content": {"application/json": {"schema": error}},
                },
            },
        }
        params = [
            {"name": part[1:-1], "in": "path", "required": True, "schema": {"type": "string"}}
            for part in e.path.split("/")
            if part.startswith("{")
        ]
        if params:
            op["parameters"] = params
        if e.roles is None:
            op["security"] = []
        else:
            op["x-roles"] = sorted(e.roles)
        if e.body is not None:
            op["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": schema_of(e.body, schemas)}},
            }
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
        return {"status": "ok", "version": VERSION}

    @api.route("GET", "/api/openapi.json", roles=None, summary="This document", tag="meta")
    async def openapi_document(request: web.Request) -> Any:
        return openapi(request.app[API])

    @api.route("GET", "/metrics", roles=MANAGERS, summary="Prometheus metrics", tag="meta")
    async def metrics(request: web.Request) -> Any:
        payload = generate_latest(request.app[METRICS].registry)
        return web.Response(body=payload, headers={"Content-Type": CONTENT_TYPE_LATEST})
