"""A real NTP server for the doctor's clock check: chronyd serving its own
clock on a port of its own, never touching this machine's; under
libfaketime (``faketime``) its clock, and so what it serves, is off by the
offset asked for."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from integration.processes import stop_process
from integration.sip_peers import socket_bound


class Chrony:
    def __init__(self, process: asyncio.subprocess.Process, address: str) -> None:
        self.process, self.address = process, address

    @classmethod
    async def start(cls, workdir: Path, port: int, offset_s: float = 0.0) -> Chrony:
        # Debian puts chronyd in /usr/sbin, outside a user's PATH.
        chronyd = shutil.which("chronyd", path="/usr/sbin:/usr/bin")
        assert chronyd, "chrony is missing: run scripts/install-system-deps"
        await asyncio.to_thread(workdir.mkdir, parents=True, exist_ok=True)
        config = workdir / "chrony.conf"
        await asyncio.to_thread(
            config.write_text,
            f"port {port}\nbindaddress 127.0.0.1\nlocal stratum 8\nallow 127.0.0.1\n"
            f"cmdport 0\npidfile {workdir / 'chronyd.pid'}\ndriftfile {workdir / 'drift'}\n",
        )
        # -x: never set this machine's clock; -d: in the foreground.
        command = [chronyd, "-x", "-d", "-f", str(config)]
        if offset_s:
            faketime = shutil.which("faketime")
            assert faketime, "faketime is missing: run scripts/install-system-deps"
            command = [faketime, "-f", f"{offset_s:+}s", *command]
        process = await asyncio.create_subprocess_exec(
            *command,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        async with asyncio.timeout(10):
            while not await asyncio.to_thread(socket_bound, "udp", "127.0.0.1", port):
                assert process.returncode is None, "chronyd exited"
                await asyncio.sleep(0.05)
        return cls(process, f"127.0.0.1:{port}")

    async def stop(self) -> None:
        await stop_process(self.process)
