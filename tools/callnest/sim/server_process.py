"""The sim's own ``callnest-server``: a subprocess on a temporary data dir."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import aiohttp

from callnest.sim.ports import free_port

STARTUP_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 20.0


class ServerError(Exception):
    """The server would not start, died, or stopped badly."""


def server_command() -> list[str]:
    """``callnest-server`` of this environment (next to this Python), else on PATH."""
    beside = Path(sys.executable).parent / "callnest-server"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("callnest-server")
    if found:
        return [found]
    return [sys.executable, "-c", "from callnest.server.cli import main; main()"]


class ServerProcess:
    """``async with ServerProcess() as server:`` a fresh server at ``server.url``,
    stopped with SIGINT on exit. ``owner`` holds its owner credentials."""

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        extra_args: tuple[str, ...] = ("--public-rate-limit", "0"),
        keep_data: bool = False,
    ) -> None:
        self._own_dir = data_dir is None
        self.data_dir = data_dir or Path(tempfile.mkdtemp(prefix="callnest-sim-"))
        self.keep_data = keep_data or not self._own_dir
        self.extra_args = extra_args
        self.host = "127.0.0.1"
        self.port = 0
        self.process: asyncio.subprocess.Process | None = None
        self.owner: tuple[str, str] = ("", "")
        self.exit_code: int | None = None
        self._log_file: Path = self.data_dir / "server.log"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def __aenter__(self) -> ServerProcess:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self.stop()
        except ServerError:
            if exc is None:
                raise
        finally:
            await self.kill()
            self.cleanup()

    def cleanup(self) -> None:
        """Removes the temporary data dir (unless asked to keep it)."""
        if not self.keep_data:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    async def start(self) -> None:
        self.port = free_port(self.host)
        command = [
            *server_command(),
            "--data-dir",
            str(self.data_dir),
            "--host",
            self.host,
            "--port",
            str(self.port),
            # The simulator's callers and the tests' call_in have no audio.
            "--calls-without-audio",
            *self.extra_args,
        ]
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with self._open_log() as log:
            self.process = await asyncio.create_subprocess_exec(
                *command,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env=os.environ | {"PYTHONUNBUFFERED": "1"},
            )
        try:
            await self._wait_healthy()
            self.owner = await self._owner_credentials()
        except BaseException:
            await self.kill()
            raise

    def _open_log(self) -> BinaryIO:
        return open(self._log_file, "ab")

    async def _wait_healthy(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        async with aiohttp.ClientSession() as http:
            while True:
                if self.process.returncode is not None:
                    raise ServerError(
                        f"callnest-server exited with code {self.process.returncode} "
                        f"while starting:\n{self.log_tail()}"
                    )
                with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                    async with http.get(
                        self.url + "/api/health", timeout=aiohttp.ClientTimeout(total=2)
                    ) as response:
                        if response.status == 200:
                            return
                if time.monotonic() > deadline:
                    raise ServerError(
                        f"callnest-server did not answer {self.url}/api/health within "
                        f"{STARTUP_TIMEOUT_S:.0f} s:\n{self.log_tail()}"
                    )
                await asyncio.sleep(0.1)

    async def _owner_credentials(self) -> tuple[str, str]:
        path = self.data_dir / "owner-credentials"
        deadline = time.monotonic() + 10.0
        while True:
            try:
                data = json.loads(path.read_text())
                return str(data["username"]), str(data["password"])
            except (OSError, ValueError, KeyError, TypeError) as exc:
                if time.monotonic() > deadline:
                    raise ServerError(
                        f"cannot read the owner's credentials in {path}: {exc}"
                    ) from exc
            await asyncio.sleep(0.1)

    def died(self) -> bool:
        """True if the server exited on its own."""
        return self.process is not None and self.process.returncode is not None

    async def stop(self) -> None:
        """SIGINT, then wait; raises ServerError if it had died or stops badly."""
        process = self.process
        if process is None:
            return
        self.process = None
        if process.returncode is not None:
            self.exit_code = process.returncode
            raise ServerError(
                f"callnest-server died during the run (exit code {process.returncode}):\n"
                f"{self.log_tail()}"
            )
        process.send_signal(signal.SIGINT)
        try:
            self.exit_code = await asyncio.wait_for(process.wait(), STOP_TIMEOUT_S)
        except TimeoutError:
            process.kill()
            self.exit_code = await process.wait()
            raise ServerError(
                f"callnest-server did not stop within {STOP_TIMEOUT_S:.0f} s of SIGINT; "
                f"killed it:\n{self.log_tail()}"
            ) from None
        if self.exit_code != 0:
            raise ServerError(
                f"callnest-server exited with code {self.exit_code} after SIGINT:\n"
                f"{self.log_tail()}"
            )

    async def kill(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.returncode is None:
            process.kill()
            await process.wait()

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self._log_file.read_text(errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:]) or "(the server logged nothing)"
