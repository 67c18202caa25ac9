"""A real TURN relay for the tests: coturn (Debian's coturn) with the
shared-secret scheme the server mints credentials for, on this machine's
network address (coturn relays to no loopback peer)."""

from __future__ import annotations

import asyncio
import contextlib
import random
import shutil
from pathlib import Path

from integration.sip_peers import socket_bound


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
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.terminate()
            try:
                async with asyncio.timeout(5):
                    await self.process.wait()
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
