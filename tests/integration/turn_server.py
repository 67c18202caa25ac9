"""A real TURN relay for the tests: coturn (Debian's coturn) with the
shared-secret scheme the server mints credentials for, on this machine's
network address (coturn relays to no loopback peer)."""

from __future__ import annotations

import asyncio
import random
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from callnest.sim.ports import free_udp_port
from integration.processes import stop_process
from integration.sip_peers import socket_bound
from integration.test_caller_candidates import network_address


class Coturn:
    def __init__(self, process: asyncio.subprocess.Process, log: Path, url: str) -> None:
        self.process, self.log, self.url = process, log, url

    @classmethod
    async def start(cls, workdir: Path, host: str, port: int, secret: str) -> Coturn:
        executable = shutil.which("turnserver")
        assert executable, "coturn is missing: run scripts/install-system-deps"
        await asyncio.to_thread(workdir.mkdir, parents=True, exist_ok=True)
        log = workdir / "turnserver.log"
        relay_low = random.randrange(40_000, 60_000, 100)  # coturn's own relay ports
        command = [
            executable, "-n", "--no-cli", "--no-tls", "--no-dtls", "--fingerprint",
            "-L", host, "-E", host, "-p", str(port),
            "--min-port", str(relay_low), "--max-port", str(relay_low + 99),
            "--use-auth-secret", "--static-auth-secret", secret, "-r", "callnest.test",
            "--log-file", str(log), "--simple-log", "--no-stdout-log",
            "--pidfile", str(workdir / "turnserver.pid"),
        ]  # fmt: skip
        process = await asyncio.create_subprocess_exec(
            *command,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        turn = cls(process, log, f"turn:{host}:{port}")
        async with asyncio.timeout(10):
            while not await asyncio.to_thread(socket_bound, "udp", host, port):
                assert process.returncode is None, f"coturn exited: {turn.output()}"
                await asyncio.sleep(0.05)
        return turn

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    async def stop(self) -> None:
        await stop_process(self.process)


SECRET = "a-secret-shared-with-coturn-alone"


@pytest.fixture
async def coturn(tmp_path: Path) -> AsyncIterator[Coturn]:
    """coturn on this machine's network address, sharing ``SECRET``."""
    host = network_address()
    turn = await Coturn.start(tmp_path / "coturn", host, free_udp_port(host), SECRET)
    yield turn
    await turn.stop()
