"""A small client for the server's REST API, as the sim needs it."""

from __future__ import annotations

from typing import Any

import aiohttp


class ApiError(Exception):
    """The server answered with an error (or not with JSON)."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(f"HTTP {status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details


class Api:
    """JSON over HTTP against one server; ``token`` is sent as a bearer token."""

    def __init__(self, http: aiohttp.ClientSession, base_url: str, token: str | None = None):
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.token = token

    def with_token(self, token: str) -> Api:
        return Api(self.http, self.base_url, token)

    async def call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout_s: float = 30.0,
    ) -> Any:
        sent = dict(headers or {})
        if self.token is not None:
            sent["Authorization"] = f"Bearer {self.token}"
        async with self.http.request(
            method,
            self.base_url + path,
            json=json,
            params=params,
            headers=sent,
            timeout=aiohttp.ClientTimeout(total=timeout_s),
        ) as response:
            text = await response.text()
            try:
                data = await response.json(content_type=None) if text else None
            except ValueError:
                data = None
            if response.status >= 400:
                error = data.get("error") if isinstance(data, dict) else None
                if isinstance(error, dict):
                    raise ApiError(
                        response.status,
                        str(error.get("code", "?")),
                        str(error.get("message", "")),
                        error.get("details"),
                    )
                raise ApiError(response.status, "http_error", text[:200])
            if data is None and text:
                raise ApiError(response.status, "not_json", f"{method} {path}: {text[:200]}")
            return data

    async def login(self, username: str, password: str) -> Api:
        """Logs in; returns a client carrying the new token."""
        reply = await self.call(
            "POST", "/api/login", json={"username": username, "password": password}
        )
        return self.with_token(str(reply["token"]))
