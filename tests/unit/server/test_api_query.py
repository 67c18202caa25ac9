"""A handler reads only the query parameters its endpoint declares, so the
OpenAPI document lists every one of them."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import make_mocked_request

from callnest.server.api.endpoints import ENDPOINT, Endpoint, Page, query_int, query_str


async def _handler(request: web.Request) -> Any:
    return None


def _request(path: str, query: type[Page] | None) -> web.Request:
    request = make_mocked_request("GET", path)
    request[ENDPOINT] = Endpoint(
        "GET", "/api/things", _handler, None, "things", None, "things", 200, query=query
    )
    return request


def test_a_declared_parameter_is_read() -> None:
    request = _request("/api/things?limit=5", Page)
    assert query_int(request, "limit", 500) == 5
    assert query_int(request, "offset", 0) == 0


def test_an_undeclared_parameter_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="declared no query parameter 'secret'"):
        query_str(_request("/api/things?secret=1", Page), "secret")
    with pytest.raises(TypeError, match="declared no query parameter 'limit'"):
        query_int(_request("/api/things?limit=5", None), "limit", 500)
