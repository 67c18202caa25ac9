"""Asks the running Kamailio over its JSON-RPC control socket.

Why a UNIX datagram socket (Kamailio's ``jsonrpcs`` module, transport 4):
one request, one reply, nothing to keep open, reachable only through the
file system (the run directory is the server's alone), and asyncio speaks
it without a thread. Kamailio sends the reply to the address the request
came from, so every call binds a short-lived socket file of its own beside
Kamailio's.

Answers can hold secrets -- ``uac.reg_dump`` returns every account's
password -- so nothing here logs an answer; callers take what they need.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import socket
from pathlib import Path
from typing import Any

__all__ = ["MAX_SOCKET_DIR", "KamailioRpc", "RpcError", "RpcFault", "RpcUnavailable"]

# sun_path holds 107 bytes and a NUL: the directory's path leaves room for a
# client socket's name ("c<pid>-<n>").
MAX_SOCKET_DIR = 80
_CLIENT_NAMES = itertools.count(1)


class RpcError(Exception):
    """A JSON-RPC call to Kamailio did not succeed."""


class RpcUnavailable(RpcError):
    """Nobody answered: Kamailio is not running, or not yet (or no longer) listening."""


class RpcFault(RpcError):
    """Kamailio answered with an error (``code``, ``message``)."""

    def __init__(self, method: str, code: int, message: str) -> None:
        super().__init__(f"{method}: {code} {message}")
        self.code = code
        self.message = message


class _Reply(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.answer: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()

    def datagram_received(self, data: bytes, addr: Any) -> None:
        if not self.answer.done():
            self.answer.set_result(data)

    def error_received(self, exc: Exception) -> None:
        if not self.answer.done():
            self.answer.set_exception(exc)


class KamailioRpc:
    """Calls on the ``jsonrpcs`` datagram socket at ``socket_path``."""

    def __init__(self, socket_path: Path, *, timeout_s: float = 2.0) -> None:
        if len(os.fsencode(socket_path.parent)) > MAX_SOCKET_DIR:
            raise ValueError(f"a UNIX socket's directory path is at most {MAX_SOCKET_DIR} bytes")
        self.socket_path = socket_path
        self.timeout_s = timeout_s

    async def call(self, method: str, *params: str | int) -> Any:
        """The ``result`` of ``method``; :class:`RpcFault` for an error answer,
        :class:`RpcUnavailable` when nothing answers within the timeout."""
        n = next(_CLIENT_NAMES)
        # Short: it must fit in sun_path beside the server's socket.
        client = self.socket_path.with_name(f"c{os.getpid()}-{n}")
        request = {"jsonrpc": "2.0", "method": method, "params": list(params), "id": n}
        loop = asyncio.get_running_loop()
        try:
            transport, reply = await loop.create_datagram_endpoint(
                _Reply,
                local_addr=str(client),  # a path, for AF_UNIX
                remote_addr=str(self.socket_path),
                family=socket.AF_UNIX,
            )
        except OSError as exc:
            client.unlink(missing_ok=True)  # bound before the connect failed
            raise RpcUnavailable(f"{method}: no Kamailio socket ({exc.strerror})") from None
        try:
            transport.sendto(json.dumps(request).encode())
            async with asyncio.timeout(self.timeout_s):
                data = await reply.answer
        except TimeoutError:
            raise RpcUnavailable(f"{method}: no answer within {self.timeout_s:g} s") from None
        except OSError as exc:
            raise RpcUnavailable(f"{method}: {exc.strerror}") from None
        finally:
            transport.close()
            client.unlink(missing_ok=True)
        answer = json.loads(data)
        if not isinstance(answer, dict):
            raise RpcError(f"{method}: the answer is not a JSON-RPC response")
        error = answer.get("error")
        if error is not None:
            raise RpcFault(method, int(error.get("code", 0)), str(error.get("message", "")))
        return answer.get("result")
