"""The desktop's session with the server: log in over REST, then one WebSocket
that says hello, keeps a heartbeat, matches replies to requests, and comes back
by itself after a network drop (resuming the same session on the server, so a
call in progress is not lost).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import ssl
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import websockets
from websockets.asyncio.client import ClientConnection

from callnest import protocol as p
from callnest.desktop.engine.events import Connection, EngineEvent, LoginError, ServerEvent
from callnest.desktop.i18n import translate
from callnest.desktop.problems import describe

log = logging.getLogger("callnest.desktop.session")

REPLY_TIMEOUT_S = 10.0
HTTP_TIMEOUT_S = 10.0
TRANSFER_TIMEOUT_S = 300.0  # a long recording or a 10 MB import on a home line
BACKOFF_FIRST_S = 0.5
BACKOFF_MAX_S = 5.0


class RestError(Exception):
    """A REST call was refused; ``message`` is the server's, fit to show, and
    ``problems`` the fields it names (for a form to point at them)."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(f"HTTP {status} {code}: {message}")
        self.status, self.code, self.message = status, code, message
        self.details = details  # the error's details as the server sent them (line errors...)
        self.problems = p.field_problems(details)


class _Refused(Exception):
    """The server refused the hello: the token is no good any more."""


class Session:
    def __init__(
        self,
        emit: Callable[[EngineEvent], None],
        *,
        client_name: str,
        on_welcome: Callable[[p.Welcome, bool], Awaitable[None]],
        on_message: Callable[[p.ServerMessage], None] | None = None,
        audio_link: bool = False,
    ) -> None:
        self._emit = emit
        self._client_name = client_name
        # Said in each hello: the server offers nothing until the link that
        # follows the welcome has passed its check.
        self._audio_link = audio_link
        self._on_welcome = on_welcome
        self._on_message = on_message
        self.url = ""
        self.token: str | None = None
        self.welcome: p.Welcome | None = None
        self._http: httpx.AsyncClient | None = None
        self._ws: ClientConnection | None = None
        self._runner: asyncio.Task[None] | None = None
        self._first: asyncio.Future[p.Welcome] | None = None
        self._ids = itertools.count(1)
        self._pending: dict[str, asyncio.Future[p.OkReply | p.ErrorReply]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._ended = False  # the server said session.ended: do not come back
        self._retry_now = asyncio.Event()  # cuts the wait before the next try short

    # ----------------------------------------------------------- logging in

    async def login(self, url: str, username: str, password: str) -> p.Welcome:
        await self.close()
        self.url = _base_url(url)
        http = self._client()
        try:
            response = await http.post(
                "/api/login", json={"username": username, "password": password}
            )
        except httpx.HTTPError as exc:
            await self._drop_http()
            raise _login_error(self.url, exc) from exc
        if response.status_code == 401:
            await self._drop_http()
            raise LoginError("wrong_password", "Wrong user name or password.")
        body = _json(response)
        if response.status_code != 200 or not isinstance(body, dict) or "token" not in body:
            await self._drop_http()
            raise LoginError("refused", _login_refusal(response, body))
        return await self._open(str(body["token"]))

    async def login_with_token(self, url: str, token: str) -> p.Welcome:
        """Logs in with a token kept from an earlier login ("remember me")."""
        await self.close()
        self.url = _base_url(url)
        self._client()
        return await self._open(token)

    async def _open(self, token: str) -> p.Welcome:
        self.token = token
        self._ended = False
        self._retry_now.clear()
        assert self._http is not None
        self._http.headers["Authorization"] = f"Bearer {token}"
        self._first = asyncio.get_running_loop().create_future()
        self._runner = asyncio.create_task(self._run(), name="session")
        try:
            return await self._first
        except BaseException:
            await self.close()
            raise

    @property
    def online(self) -> bool:
        return self._ws is not None

    def reconnect(self) -> None:
        """Connects again now, resuming the session: after a sleep or a move to
        another network the socket may be dead without TCP knowing (it would
        take three silent heartbeats to tell), and the next try may be seconds
        of backoff away."""
        ws = self._ws
        if ws is not None:
            ws.transport.abort()  # the reader sees the line drop and comes back
        self._retry_now.set()

    # ------------------------------------------------------------ requests

    async def request(self, message: p.Message) -> p.OkReply | p.ErrorReply:
        """Sends ``message`` with a fresh id; its reply, or a local error reply
        when there is no connection (the window shows either the same way)."""
        request_id = f"d{next(self._ids)}"
        ws = self._ws
        if ws is None:
            return _local_error(
                request_id, p.ErrorCode.NOT_CONNECTED, "Not connected to the server."
            )
        future: asyncio.Future[p.OkReply | p.ErrorReply] = (
            asyncio.get_running_loop().create_future()
        )
        self._pending[request_id] = future
        try:
            await ws.send(p.encode(message.model_copy(update={"id": request_id})))
            return await asyncio.wait_for(future, REPLY_TIMEOUT_S)
        except (websockets.ConnectionClosed, OSError):
            return _local_error(
                request_id, p.ErrorCode.NOT_CONNECTED, "The connection to the server dropped."
            )
        except TimeoutError:
            return _local_error(
                request_id, p.ErrorCode.TIMEOUT, "The server did not answer in time."
            )
        finally:
            self._pending.pop(request_id, None)

    async def send(self, message: p.Message) -> bool:
        """Sends a message that expects no reply; False if it could not go."""
        ws = self._ws
        if ws is None:
            return False
        try:
            await ws.send(p.encode(message))
        except (websockets.ConnectionClosed, OSError):
            return False
        return True

    async def rest(self, method: str, path: str, json: Any = None) -> Any:
        return _json(await self._send(method, path, json=json))

    async def download(self, path: str) -> bytes:
        """A GET whose answer is a file (a recording, a CSV export), not JSON."""
        return (await self._send("GET", path, timeout=TRANSFER_TIMEOUT_S)).content

    async def upload(
        self, path: str, content: bytes, content_type: str, method: str = "POST"
    ) -> Any:
        """A POST of a file (a CSV import), or a PUT (a recording in a
        prompt's place); resolves with the decoded JSON answer."""
        response = await self._send(
            method,
            path,
            content=content,
            headers={"Content-Type": content_type},
            timeout=TRANSFER_TIMEOUT_S,
        )
        return _json(response)

    async def _send(self, method: str, path: str, **options: Any) -> httpx.Response:
        if self._http is None:
            raise RestError(0, "not_logged_in", "Not logged in.")
        try:
            response = await self._http.request(method, path, **options)
        except httpx.HTTPError as exc:
            raise RestError(0, "unreachable", f"The server could not be reached: {exc}") from exc
        if response.status_code >= 400:
            body = _json(response)
            error = body.get("error") if isinstance(body, dict) else None
            code = error.get("code") if isinstance(error, dict) else None
            details = error.get("details") if isinstance(error, dict) else None
            raise RestError(
                response.status_code,
                str(code or "http_error"),
                _server_message(response, body),
                details,
            )
        return response

    # ------------------------------------------------------------ shutting

    async def logout(self) -> None:
        """Goes offline, ends the session on the server, closes the socket."""
        if self._ws is not None:
            await self.request(p.AgentSetState(state=p.AgentState.OFFLINE))
        if self._http is not None and self.token is not None:
            with contextlib.suppress(httpx.HTTPError):
                await self._http.post("/api/logout")
        await self.close()
        self.token = None

    async def close(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await runner
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._drop_http()
        self.welcome = None

    # ------------------------------------------------------------ the loop

    async def _run(self) -> None:
        """Connects, reads until the line drops, and connects again with
        backoff until the session ends or is closed."""
        backoff = BACKOFF_FIRST_S
        resume: str | None = None
        try:
            while True:
                try:
                    await self._connected(resume)
                    return  # the server ended the session
                except _Refused as exc:
                    self._fail_first(LoginError("refused", str(exc)))
                    self._emit(Connection("offline", str(exc)))
                    return
                except (OSError, websockets.WebSocketException, TimeoutError) as exc:
                    if self._first is not None and not self._first.done():
                        self._fail_first(_login_error(self.url, exc))
                        return
                    if self._ws is not None:  # it was up: the next try comes quickly
                        backoff = BACKOFF_FIRST_S
                    log.info("session: the connection dropped: %r", exc)
                    self._emit(Connection("reconnecting", _describe(exc)))
                finally:
                    self._ws = None
                    self._abandon_pending()
                resume = self.welcome.session_id if self.welcome else None
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._retry_now.wait(), backoff)
                self._retry_now.clear()
                backoff = min(backoff * 2, BACKOFF_MAX_S)
        except asyncio.CancelledError:
            self._fail_first(LoginError("unreachable", "Logging in was cancelled."))
            raise

    async def _connected(self, resume: str | None) -> None:
        self._emit(Connection("connecting" if resume is None else "reconnecting"))
        async with websockets.connect(
            _ws_url(self.url),
            max_size=p.MAX_SERVER_FRAME_BYTES,
            ping_interval=None,  # the protocol's own ping; the server checks it
            open_timeout=HTTP_TIMEOUT_S,
            ssl=_ssl_context() if self.url.startswith("https:") else None,
        ) as ws:
            assert self.token is not None
            await ws.send(
                p.encode(
                    p.Hello(
                        token=self.token,
                        client=self._client_name,
                        resume_session=resume,
                        audio_link=self._audio_link,
                    )
                )
            )
            welcome = await self._await_welcome(ws)
            self._ws = ws
            self.welcome = welcome
            self._emit(Connection("online"))
            self._emit(ServerEvent(welcome))
            if self._first is not None and not self._first.done():
                self._first.set_result(welcome)
            self._spawn(self._on_welcome(welcome, resume is not None))
            heartbeat = asyncio.create_task(self._heartbeat(ws, welcome.heartbeat_s))
            try:
                await self._read(ws, welcome.heartbeat_s)
            finally:
                heartbeat.cancel()

    async def _await_welcome(self, ws: ClientConnection) -> p.Welcome:
        async with asyncio.timeout(REPLY_TIMEOUT_S):
            while True:
                message = _parse(await ws.recv())
                if isinstance(message, p.Welcome):
                    return message
                if isinstance(message, p.ErrorReply):
                    raise _Refused(describe(message))  # shown by the login window

    async def _read(self, ws: ClientConnection, heartbeat_s: float) -> None:
        # Silence for three heartbeats is a dead line even if TCP has not noticed.
        silence_s = 3 * heartbeat_s
        while True:
            try:
                raw = await asyncio.wait_for(ws.recv(), silence_s)
            except websockets.ConnectionClosedOK:
                if self._ended:
                    return
                raise
            message = _parse(raw)
            if message is None:
                continue
            self._dispatch(message)
            if isinstance(message, p.SessionEnded):
                self._ended = True
                self._emit(Connection("offline", f"The server ended the session: {message.reason}"))

    def _dispatch(self, message: p.ServerMessage) -> None:
        if isinstance(message, p.OkReply | p.ErrorReply) and message.ref is not None:
            future = self._pending.get(message.ref)
            if future is not None and not future.done():
                future.set_result(message)
                return
        if isinstance(message, p.Pong):
            return
        if isinstance(message, p.Welcome):
            self.welcome = message
            self._spawn(self._on_welcome(message, False))
        if self._on_message is not None:
            self._on_message(message)
        self._emit(ServerEvent(message))

    async def _heartbeat(self, ws: ClientConnection, every_s: float) -> None:
        with contextlib.suppress(websockets.ConnectionClosed, OSError):
            while True:
                await asyncio.sleep(every_s)
                await ws.send(p.encode(p.Ping()))

    # ------------------------------------------------------------- helpers

    def _client(self) -> httpx.AsyncClient:
        self._http = httpx.AsyncClient(
            base_url=self.url, timeout=HTTP_TIMEOUT_S, verify=_ssl_context()
        )
        return self._http

    async def _drop_http(self) -> None:
        http, self._http = self._http, None
        if http is not None:
            await http.aclose()

    def _fail_first(self, error: LoginError) -> None:
        if self._first is not None and not self._first.done():
            self._first.set_exception(error)

    def _abandon_pending(self) -> None:
        for ref, future in list(self._pending.items()):
            if not future.done():
                future.set_result(
                    _local_error(
                        ref, p.ErrorCode.NOT_CONNECTED, "The connection to the server dropped."
                    )
                )

    def _spawn(self, coro: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("session task failed", exc_info=task.exception())


def _parse(raw: str | bytes) -> p.ServerMessage | None:
    if isinstance(raw, bytes):
        log.warning("the server sent a binary frame; ignored")
        return None
    try:
        return p.parse_server(raw)
    except p.ProtocolError as exc:
        # A newer server may send what this desktop does not know: log, go on.
        log.warning("a server frame did not validate: %s", exc)
        return None


def _local_error(ref: str, code: p.ErrorCode, message: str) -> p.ErrorReply:
    return p.ErrorReply(ref=ref, code=code, message=message)


def _base_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if "://" not in url:
        url = "http://" + url
    return url


def _ws_url(url: str) -> str:
    scheme, rest = url.split("://", 1)
    return ("wss" if scheme == "https" else "ws") + "://" + rest + "/api/ws"


def _ssl_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _server_message(response: httpx.Response, body: Any) -> str:
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return f"The server refused: {error['message']}."
    return f"The server answered HTTP {response.status_code}; is this a Callnest server?"


def _login_refusal(response: httpx.Response, body: Any) -> str:
    """What the login window says when the server refused the login: the
    refusal through problems.describe, as the words it always had in English."""
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        refusal = RestError(
            response.status_code,
            str(error.get("code") or "http_error"),
            error["message"],
            error.get("details"),
        )
        return translate(
            "engine.session", "The server refused: {reason}.", "{reason}: the server's words"
        ).format(reason=describe(refusal))
    return translate(
        "engine.session",
        "The server answered HTTP {status}; is this a Callnest server?",
        "{status}: an HTTP status code such as 404",
    ).format(status=response.status_code)


def certificate_problem(reason: str) -> str:
    """The words for a server certificate that could not be verified."""
    return translate(
        "engine.session",
        "The server's certificate could not be verified ({reason}). "
        "Check the address, or ask the owner to install a valid certificate.",
        "{reason}: the system's technical words",
    ).format(reason=reason)


def _is_tls(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc) or "SSL" in str(exc)


def _login_error(url: str, exc: BaseException) -> LoginError:
    if _is_tls(exc):
        return LoginError("tls", certificate_problem(_describe(exc)))
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return LoginError("unreachable", f"“{url}” is not a server address.")
    if isinstance(exc, websockets.InvalidStatus | websockets.InvalidHandshake):
        return LoginError(
            "protocol",
            translate(
                "engine.session",
                "The server at {url} did not accept the session: {reason}.",
                "{reason}: the system's technical words",
            ).format(url=url, reason=exc),
        )
    return LoginError(
        "unreachable",
        f"Cannot reach the server at {url} — check the address and your internet connection.",
    )


def _describe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
