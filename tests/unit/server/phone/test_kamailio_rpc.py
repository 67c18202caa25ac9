"""The JSON-RPC client against a stand-in for Kamailio's jsonrpcs datagram socket."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from callnest.server.phone.kamailio_rpc import KamailioRpc, RpcFault, RpcUnavailable


@pytest.fixture
def short_dir() -> Iterator[Path]:
    # A UNIX socket's path is short; pytest's tmp_path may be too long.
    with tempfile.TemporaryDirectory(prefix="rpc") as name:
        yield Path(name)


class Kamailio(asyncio.DatagramProtocol):
    """Answers like jsonrpcs: to the sender's address, by method."""

    def __init__(self) -> None:
        self.transport: asyncio.DatagramTransport | None = None
        self.silent = False

    def datagram_received(self, data: bytes, addr: Any) -> None:
        request = json.loads(data)
        if self.silent:
            return
        answer: dict[str, Any] = {"jsonrpc": "2.0", "id": request["id"]}
        if request["method"] == "uac.reg_reload":
            answer["error"] = {"code": 500, "message": "Failed to shift records"}
        else:
            answer["result"] = {"method": request["method"], "params": request["params"]}
        assert self.transport is not None
        self.transport.sendto(json.dumps(answer).encode(), addr)


@pytest.fixture
async def kamailio(short_dir: Path) -> AsyncIterator[Kamailio]:
    transport, protocol = await asyncio.get_running_loop().create_datagram_endpoint(
        Kamailio, local_addr=str(short_dir / "rpc.sock"), family=socket.AF_UNIX
    )
    protocol.transport = transport
    yield protocol
    transport.close()


async def test_a_call_returns_its_result(kamailio: Kamailio, short_dir: Path) -> None:
    rpc = KamailioRpc(short_dir / "rpc.sock")
    assert await rpc.call("htable.dump", "regstate") == {
        "method": "htable.dump",
        "params": ["regstate"],
    }
    # Each call's own socket file is gone after it.
    assert await asyncio.to_thread(os.listdir, short_dir) == ["rpc.sock"]


async def test_an_error_answer_is_a_fault(kamailio: Kamailio, short_dir: Path) -> None:
    with pytest.raises(RpcFault) as fault:
        await KamailioRpc(short_dir / "rpc.sock").call("uac.reg_reload")
    assert (fault.value.code, fault.value.message) == (500, "Failed to shift records")


async def test_silence_is_unavailable(kamailio: Kamailio, short_dir: Path) -> None:
    kamailio.silent = True
    with pytest.raises(RpcUnavailable, match="no answer"):
        await KamailioRpc(short_dir / "rpc.sock", timeout_s=0.1).call("core.version")


async def test_no_socket_is_unavailable(short_dir: Path) -> None:
    with pytest.raises(RpcUnavailable, match="no Kamailio socket"):
        await KamailioRpc(short_dir / "rpc.sock").call("core.version")
    assert await asyncio.to_thread(os.listdir, short_dir) == []


def test_a_socket_directory_too_deep_for_sun_path_is_refused() -> None:
    with pytest.raises(ValueError, match="at most"):
        KamailioRpc(Path("/" + "d" * 120) / "rpc.sock")
