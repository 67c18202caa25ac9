"""Real SIP peers for the SIP edge's tests: SIPp (Debian's sip-tester) running
the scenarios in ``sipp/`` on loopback, and free ports for them."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
from pathlib import Path
from typing import BinaryIO

from callnest.sim.ports import free_sip_port as free_sip_port

SCENARIOS = Path(__file__).parent / "sipp"


def _output_file(workdir: Path) -> BinaryIO:
    workdir.mkdir(parents=True, exist_ok=True)
    return (workdir / "sipp.out").open("wb")


def socket_bound(table: str, ip: str, port: int) -> bool:
    """Whether a socket is bound to ip:port (TCP: listening) in
    /proc/net/{table}, where addresses are little-endian hex."""
    wanted = f"{socket.inet_aton(ip)[::-1].hex().upper()}:{port:04X}"
    for line in Path("/proc/net", table).read_text().splitlines()[1:]:
        fields = line.split()
        if fields[1] == wanted and (table == "udp" or fields[3] == "0A"):
            return True
    return False


class Sipp:
    """One SIPp process running a scenario; its exit code says whether every
    call went as the scenario wanted (0) or not (1)."""

    def __init__(self, process: asyncio.subprocess.Process, workdir: Path) -> None:
        self.process = process
        self.workdir = workdir

    @classmethod
    async def start(
        cls,
        scenario: str,
        workdir: Path,
        *,
        local_ip: str = "127.0.0.1",
        port: int,
        remote: str | None = None,
        calls: int = 1,
        transport: str = "u1",
        keys: dict[str, str] | None = None,
        pause_ms: int | None = None,
    ) -> Sipp:
        executable = shutil.which("sipp")
        assert executable, "SIPp is missing: run scripts/install-system-deps"
        command = [executable, *([remote] if remote else [])]
        command += ["-sf", str(SCENARIOS / scenario), "-i", local_ip, "-p", str(port)]
        command += ["-t", transport, "-m", str(calls), "-nostdin"]
        # A backstop: SIPp gives up (as a failure) rather than hang a test.
        command += ["-timeout", "60s", "-timeout_error", "-trace_err"]
        if pause_ms is not None:
            command += ["-d", str(pause_ms)]  # what a scenario's bare <pause /> waits
        for key, value in (keys or {}).items():
            command += ["-key", key, value]
        with await asyncio.to_thread(_output_file, workdir) as out:
            process = await asyncio.create_subprocess_exec(
                *command,
                cwd=workdir,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=asyncio.subprocess.STDOUT,
            )
        sipp = cls(process, workdir)
        await sipp._until_listening(local_ip, port, transport)
        return sipp

    async def _until_listening(self, ip: str, port: int, transport: str) -> None:
        """Until SIPp holds its port: a REGISTER sent earlier would be lost.
        Read from the kernel's socket tables, not by binding the port to see
        whether it is taken: such a probe can take the port from SIPp."""
        table = "tcp" if transport.startswith("t") else "udp"
        async with asyncio.timeout(5):
            while self.process.returncode is None:
                if await asyncio.to_thread(socket_bound, table, ip, port):
                    return
                await asyncio.sleep(0.02)
        raise AssertionError(f"SIPp exited at start: {self.output()}")

    async def wait(self, within: float = 20.0) -> int:
        """SIPp's exit code once its calls are done."""
        async with asyncio.timeout(within):
            code = await self.process.wait()
        return code

    async def stop(self) -> None:
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
            await self.process.wait()

    def output(self) -> str:
        """What SIPp printed and its error log, for an assertion's message."""
        texts = [p.read_text(errors="replace")[-3000:] for p in sorted(self.workdir.glob("*.log"))]
        texts.append((self.workdir / "sipp.out").read_text(errors="replace")[-3000:])
        return "\n".join(texts)
