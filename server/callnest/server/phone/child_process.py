"""A child process the server runs and keeps running: Kamailio, rtpengine.

Why one class for both: what keeping a daemon alive takes is the same for
each, and each detail was learnt the hard way once -- its own process group
(a SIGKILLed Kamailio's workers outlive it, holding the ports); a pid file,
so a server killed before it could stop its child ends that leftover on its
next start; readiness by the child answering on its control port, not by it
merely existing; a restart with a growing delay when it dies, shortest again
once it had been up a while; SIGTERM, then SIGKILL for the whole group; its
output read line by line into the server's log at the level it gave.

What differs is passed in: the command line, how to ask it whether it is
ready, how to read the level off its lines and which lines are complaints.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

__all__ = ["ChildProcess", "ChildStartError", "write_private"]

UP_FOR_A_WHILE_S = 60.0  # after this long up, a crash restarts with the shortest delay


class ChildStartError(Exception):
    """The child did not come up (it exited, or did not answer in time)."""


class ChildProcess:
    """One supervised child: :meth:`start` it, :meth:`stop` it; in between
    it is started again whenever it dies.

    ``name`` names the program in messages ("Kamailio"), ``label`` the part
    of Callnest it serves ("SIP edge"); ``log`` gets the supervision's own
    messages and ``output_log`` the child's lines, each at the level
    ``level_of`` reads off it. ``is_ready`` asks the child whether it answers
    (False, not an exception, while it does not yet); ``is_complaint`` picks
    the lines worth quoting when it fails to start.
    """

    def __init__(
        self,
        *,
        name: str,
        label: str,
        run_dir: Path,
        pid_file: str,
        log: logging.Logger,
        output_log: logging.Logger,
        level_of: Callable[[str], tuple[int, str]],
        is_complaint: Callable[[str], bool],
        is_ready: Callable[[], Awaitable[bool]],
        ready_timeout_s: float,
        stop_timeout_s: float,
        restart_delays_s: tuple[float, float],  # first, longest
    ) -> None:
        self.name = name
        self._label = label
        self._run_dir = run_dir
        self._pid_path = run_dir / pid_file
        self._log = log
        self._output_log = output_log
        self._level_of = level_of
        self._is_complaint = is_complaint
        self._is_ready = is_ready
        self._ready_timeout_s = ready_timeout_s
        self._stop_timeout_s = stop_timeout_s
        self._restart_delays_s = restart_delays_s
        self._argv: tuple[str, ...] = ()
        self._process: asyncio.subprocess.Process | None = None
        self._pump: asyncio.Task[None] | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._stopping = False  # its complaints while being stopped are expected
        self._tail: deque[str] = deque(maxlen=20)  # its last lines, for error messages

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    @property
    def pid(self) -> int | None:
        """The child's main process, while it runs."""
        return self._process.pid if self._process is not None and self.running else None

    async def start(self, argv: Sequence[str]) -> None:
        """Starts ``argv`` (the executable's full path first) and returns once
        it is ready; from then on it is supervised. Raises
        :class:`ChildStartError` (nothing is left running then)."""
        self._argv = tuple(argv)
        await asyncio.to_thread(self._kill_leftovers)
        process = await self._spawn()
        try:
            await self._until_ready(process)
        except BaseException:
            await self._terminate(process)
            raise
        self._log.info("%s: %s runs (pid %d)", self._label, self.name, process.pid)
        self._supervisor = asyncio.create_task(
            self._supervise(process), name=f"{self.name}-supervisor"
        )
        self._supervisor.add_done_callback(self._supervision_ended)

    async def stop(self) -> None:
        """Stops the child (if it runs) and its supervision."""
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
            self._supervisor = None
        if self._process is not None:
            await self._terminate(self._process)
            self._log.info("%s: %s stopped", self._label, self.name)
            self._process = None
            await asyncio.to_thread(self._pid_path.unlink, True)

    # -- the process -----------------------------------------------------------

    async def _spawn(self) -> asyncio.subprocess.Process:
        self._stopping = False
        self._tail.clear()
        try:
            process = await asyncio.create_subprocess_exec(
                *self._argv,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
                cwd=self._run_dir,
                # Its own process group: its workers outlive a SIGKILLed main
                # process (holding the ports) and are ended as a group.
                start_new_session=True,
                limit=1 << 20,
            )
        except OSError as exc:
            raise ChildStartError(f"{self.name} could not be started: {exc}") from exc
        self._process = process
        await asyncio.to_thread(write_private, self._pid_path, f"{process.pid}\n")
        self._pump = asyncio.create_task(self._pump_log(process), name=f"{self.name}-log")
        return process

    async def _until_ready(self, process: asyncio.subprocess.Process) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._ready_timeout_s
        while True:
            if process.returncode is not None:
                await self._drain()
                raise ChildStartError(
                    f"{self.name} exited with code {process.returncode} while starting: "
                    + self._complaints()
                )
            if await self._is_ready():
                return
            if loop.time() > deadline:
                raise ChildStartError(
                    f"{self.name} did not answer within {self._ready_timeout_s:g} s: "
                    + self._complaints()
                )
            await asyncio.sleep(0.05)

    def _complaints(self) -> str:
        """Its last complaints (an owner reads these, so not its chatter),
        else its last lines whatever they are."""
        errors = [line for line in self._tail if self._is_complaint(line)]
        return " | ".join(line.strip() for line in errors or self._tail)

    async def _supervise(self, process: asyncio.subprocess.Process) -> None:
        loop = asyncio.get_running_loop()
        delay = self._restart_delays_s[0]
        started = loop.time()
        while True:
            code = await _exited(process)
            await self._reap(process)
            if loop.time() - started > UP_FOR_A_WHILE_S:
                delay = self._restart_delays_s[0]
            self._log.warning(
                "%s: %s (pid %d) exited with code %s; starting it again in %.1f s",
                self._label,
                self.name,
                process.pid,
                code,
                delay,
            )
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._restart_delays_s[1])
            started = loop.time()
            try:
                await asyncio.to_thread(self._kill_leftovers)
                process = await self._spawn()
                await self._until_ready(process)
            except ChildStartError as exc:
                self._log.error("%s: %s did not start again: %s", self._label, self.name, exc)
                if self._process is not None:
                    process = self._process
                    await self._terminate(process)
                continue
            self._log.info("%s: %s runs again (pid %d)", self._label, self.name, process.pid)

    def _supervision_ended(self, task: asyncio.Task[None]) -> None:
        # It only ends by being cancelled: anything else leaves the child unwatched.
        if not task.cancelled() and task.exception() is not None:
            self._log.error("%s: supervision failed", self._label, exc_info=task.exception())

    async def _terminate(self, process: asyncio.subprocess.Process) -> None:
        if process.returncode is None:
            self._stopping = True
            with contextlib.suppress(ProcessLookupError):
                process.terminate()  # the main process stops its workers
            try:
                async with asyncio.timeout(self._stop_timeout_s):
                    await _exited(process)
            except TimeoutError:
                self._log.warning(
                    "%s: %s did not stop within %g s; killing it",
                    self._label,
                    self.name,
                    self._stop_timeout_s,
                )
                _kill_group(process.pid)
                await _exited(process)
        await self._reap(process)

    async def _reap(self, process: asyncio.subprocess.Process) -> None:
        """After the main process is gone: its workers too, and its output."""
        self._stopping = True
        comm = self._comm()
        if await asyncio.to_thread(_group_members, process.pid, comm):
            _kill_group(process.pid)
            await asyncio.to_thread(_wait_gone, process.pid, comm)
        await self._drain()

    async def _drain(self) -> None:
        """Until the log pump has read the last of the child's output."""
        pump = self._pump
        if pump is not None:
            try:
                async with asyncio.timeout(2.0):
                    await asyncio.shield(pump)
            except TimeoutError:
                pump.cancel()

    def _kill_leftovers(self) -> None:
        """A child left by an earlier run of the server (killed before it
        could stop it) would hold the ports: end its process group."""
        try:
            group = int(self._pid_path.read_text())
        except (FileNotFoundError, ValueError):
            return
        comm = self._comm()
        if _group_members(group, comm):
            self._log.warning(
                "%s: stopping the %s left from an earlier run (pid %d)",
                self._label,
                self.name,
                group,
            )
            _kill_group(group)
            _wait_gone(group, comm)
        self._pid_path.unlink(missing_ok=True)

    def _comm(self) -> str:
        return Path(self._argv[0]).name[:15]  # /proc's comm is 15 characters

    async def _pump_log(self, process: asyncio.subprocess.Process) -> None:
        """The child's output into our log, each line at the level it gave it."""
        assert process.stdout is not None
        while True:
            try:
                raw = await process.stdout.readline()
            except ValueError:  # an over-long line: skip it
                continue
            if not raw:
                return
            line = raw.decode(errors="replace").rstrip()
            if not line:
                continue
            self._tail.append(line)
            level, text = self._level_of(line)
            if self._stopping:
                level = logging.DEBUG  # it complains as it is stopped
            self._output_log.log(level, "%s", text)


async def _exited(process: asyncio.subprocess.Process) -> int:
    """The main process's exit code, once it has exited. Not ``process.wait()``:
    that also waits for the output pipe to close, and the workers of a
    SIGKILLed main process hold it open until they are killed too."""
    while process.returncode is None:  # noqa: ASYNC110 -- asyncio offers no event for it
        await asyncio.sleep(0.05)
    return process.returncode


def write_private(path: Path, text: str) -> None:
    """Replaces ``path`` atomically with a file only the server's user can read."""
    temporary = path.with_name(f".{path.name}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as file:
        os.fchmod(file.fileno(), 0o600)
        file.write(text)
    os.replace(temporary, path)


def _group_members(group: int, comm: str) -> list[int]:
    """The live processes of process group ``group`` named ``comm`` (Linux /proc)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path("/proc", entry, "stat").read_text()
        except OSError:
            continue
        name = stat[stat.find("(") + 1 : stat.rfind(")")]
        fields = stat[stat.rfind(")") + 2 :].split()
        if name == comm and fields[0] != "Z" and int(fields[2]) == group:
            members.append(int(entry))
    return members


def _kill_group(group: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


def _wait_gone(group: int, comm: str, timeout_s: float = 2.0) -> None:
    deadline = time.monotonic() + timeout_s
    while _group_members(group, comm) and time.monotonic() < deadline:
        time.sleep(0.02)
