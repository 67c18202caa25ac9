"""The SIP edge: the Kamailio process between the trunks and Callnest.

Why a supervised child process: Kamailio does what a trunk needs and
Callnest should not re-implement (registration with digest, retransmissions,
NAT, flood limits); the server generates its configuration from the trunks
(:mod:`.kamailio_config`), starts it only while at least one trunk is
configured, starts it again when it dies, and stops it with the server.

:class:`SipEdge` in short: :meth:`~SipEdge.apply` writes the run directory,
has Kamailio check the configuration (``kamailio -c``), and starts it -- or,
when only accounts changed, has uac_reg reload them, or restarts it when the
configuration itself changed. :meth:`~SipEdge.registrations` asks it how each
trunk's registration is doing. :meth:`~SipEdge.stop` ends it (SIGTERM, then
SIGKILL).

Secrets: a trunk's password goes only into ``db/uacreg`` in the run directory
(the directory 0700, the file 0600) -- never onto a command line, into
``kamailio.cfg`` or into a log line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import secrets
import shutil
import signal
import tempfile
import time
from collections import deque
from collections.abc import Iterable
from pathlib import Path

from callnest.server.phone.kamailio_config import (
    CFG_FILE,
    DB_DIR,
    EdgeConfig,
    KamailioFiles,
    TrunkSpec,
    render,
    unsupported_reason,
)
from callnest.server.phone.kamailio_rpc import (
    MAX_SOCKET_DIR,
    KamailioRpc,
    RpcError,
    RpcFault,
)
from callnest.server.phone.registrations import (
    Registration,
    RegistrationState,
    parse_regstate,
    registrations_from,
)

__all__ = [
    "KamailioNotInstalled",
    "SipEdge",
    "SipEdgeConfigError",
    "SipEdgeError",
    "SipEdgeStartError",
    "SipEdgeUnavailable",
]

log = logging.getLogger("callnest.phone.edge")
# Kamailio's own output, line by line, at the level it gave it.
kamailio_log = logging.getLogger("callnest.phone.kamailio")

PID_FILE = "kamailio.pid"
KEY_FILE = "contact-key"  # the secret contact users are derived with
RPC_SOCKET = "rpc.sock"
UP_FOR_A_WHILE_S = 60.0  # after this long up, a crash restarts with the shortest delay


class SipEdgeError(Exception):
    """The SIP edge could not do what was asked."""


class KamailioNotInstalled(SipEdgeError):
    """No ``kamailio`` executable."""


class SipEdgeConfigError(SipEdgeError):
    """Kamailio refused the generated configuration (``kamailio -c``)."""


class SipEdgeStartError(SipEdgeError):
    """Kamailio did not come up (it exited, or did not answer in time)."""


class SipEdgeUnavailable(SipEdgeError):
    """Kamailio is not running (or not answering) just now."""


class SipEdge:
    """Supervises one Kamailio for the trunks given to :meth:`apply`.

    ``run_dir`` is the edge's own directory, e.g. ``<data_dir>/sip-edge``:
    the configuration, db_text's tables, the control socket and a pid file
    go there. With no trunks nothing runs and Kamailio is not needed.
    """

    def __init__(
        self,
        run_dir: Path,
        config: EdgeConfig,
        *,
        executable: str = "kamailio",
        ready_timeout_s: float = 10.0,
        stop_timeout_s: float = 5.0,
        restart_delays_s: tuple[float, float] = (0.5, 30.0),  # first, longest
    ) -> None:
        self.run_dir = run_dir
        self.config = config
        self._executable = executable
        self._ready_timeout_s = ready_timeout_s
        self._stop_timeout_s = stop_timeout_s
        self._restart_delays_s = restart_delays_s
        self._lock = asyncio.Lock()  # one apply() or stop() at a time
        self._files: KamailioFiles | None = None  # what the running Kamailio has
        self._registering: tuple[int, ...] = ()  # trunks it registers
        self._unsupported: dict[int, str] = {}  # registering trunks left out, and why
        self._process: asyncio.subprocess.Process | None = None
        self._pump: asyncio.Task[None] | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._stopping = False  # Kamailio's complaints while stopping are expected
        self._tail: deque[str] = deque(maxlen=20)  # its last lines, for error messages
        self._socket_dir: Path | None = None
        self._own_socket_dir = False  # a temporary directory of ours, removed on stop
        self._rpc: KamailioRpc | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    @property
    def pid(self) -> int | None:
        """Kamailio's main process, while it runs."""
        return self._process.pid if self._process is not None and self.running else None

    async def apply(self, trunks: Iterable[TrunkSpec]) -> None:
        """Serves exactly these trunks: starts, reloads, restarts or (with no
        trunks) stops Kamailio as the change needs.

        Returns once Kamailio answers with the new configuration; raises
        :class:`KamailioNotInstalled`, :class:`SipEdgeConfigError` or
        :class:`SipEdgeStartError` (the edge is then stopped), and ValueError
        for trunks given twice."""
        specs = sorted(trunks, key=lambda t: t.id)
        async with self._lock:
            served = []
            self._unsupported = {}
            for trunk in specs:
                reason = unsupported_reason(trunk)
                if reason is None:
                    served.append(trunk)
                    continue
                log.warning("SIP edge: trunk %d left out: %s", trunk.id, reason)
                if trunk.register:
                    self._unsupported[trunk.id] = reason
            if not served:
                await self._stop_locked()
                self._registering = ()
                return
            executable = self._find_executable()
            files = await asyncio.to_thread(self._prepare, served, self._socket_path())
            registering = tuple(t.id for t in served if t.register)
            if files == self._files and self.running:
                self._registering = registering
                return
            same_cfg = self._files is not None and files.cfg == self._files.cfg
            if not (self.running and same_cfg):
                # The running Kamailio already took this configuration: only
                # a new one needs checking before it replaces it.
                await self._check(executable, files)
            if not (self.running and same_cfg and await self._reload(files)):
                await self._stop_locked()
                await asyncio.to_thread(self._write, files)
                try:
                    await self._start(executable)
                except SipEdgeError:
                    self._files, self._registering = None, ()
                    raise
            self._files, self._registering = files, registering

    async def registrations(self) -> list[Registration]:
        """How each registering trunk's registration is doing, by trunk id.

        Raises :class:`SipEdgeUnavailable` while Kamailio is not running
        (e.g. being restarted after a crash)."""
        left_out = [
            Registration(trunk_id, RegistrationState.FAILED, None, reason)
            for trunk_id, reason in sorted(self._unsupported.items())
        ]
        if not self._registering:
            return left_out
        rpc = self._rpc
        if rpc is None or not self.running:
            raise SipEdgeUnavailable("the SIP edge is not running")
        try:
            # The records hold the passwords: only registrations_from reads them.
            records = await rpc.call("uac.reg_dump")
            try:
                marks = parse_regstate(await rpc.call("htable.dump", "regstate"))
            except RpcFault:
                marks = {}  # nothing noted yet
        except RpcError as exc:
            raise SipEdgeUnavailable(f"the SIP edge does not answer: {exc}") from None
        found = registrations_from(
            self._registering, records if isinstance(records, list) else [], marks, time.time()
        )
        return sorted(found + left_out, key=lambda r: r.trunk_id)

    async def stop(self) -> None:
        """Stops Kamailio (if it runs) and forgets the trunks."""
        async with self._lock:
            await self._stop_locked()
            self._registering, self._unsupported = (), {}
            if self._own_socket_dir and self._socket_dir is not None:
                await asyncio.to_thread(shutil.rmtree, self._socket_dir, True)
                self._socket_dir, self._rpc, self._own_socket_dir = None, None, False

    # -- files ---------------------------------------------------------------

    def _find_executable(self) -> str:
        found = shutil.which(self._executable)
        if found is None:
            raise KamailioNotInstalled(
                f"the SIP edge needs Kamailio ({self._executable!r} was not found): "
                "install it with scripts/install-system-deps"
            )
        return found

    def _prepare(self, trunks: list[TrunkSpec], rpc_socket: Path) -> KamailioFiles:
        for directory in (self.run_dir, self.run_dir / DB_DIR):
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            directory.chmod(0o700)  # also when it was there already
        return render(
            self.config,
            trunks,
            run_dir=self.run_dir,
            rpc_socket=rpc_socket,
            contact_key=self._contact_key(),
        )

    def _socket_path(self) -> Path:
        if self._socket_dir is None:
            if len(os.fsencode(self.run_dir)) <= MAX_SOCKET_DIR:
                self._socket_dir = self.run_dir
            else:
                # A UNIX socket's path is short (108 bytes): a deep data
                # directory gets a private temporary one instead.
                self._socket_dir = Path(tempfile.mkdtemp(prefix="callnest-sip-"))
                self._own_socket_dir = True
            self._rpc = KamailioRpc(self._socket_dir / RPC_SOCKET)
        return self._socket_dir / RPC_SOCKET

    def _contact_key(self) -> bytes:
        path = self.run_dir / KEY_FILE
        with contextlib.suppress(FileNotFoundError, ValueError):
            key = bytes.fromhex(path.read_text().strip())
            if len(key) >= 16:
                return key
        key = secrets.token_bytes(16)
        _write_private(path, key.hex() + "\n")
        return key

    def _write(self, files: KamailioFiles) -> None:
        _write_private(self.run_dir / CFG_FILE, files.cfg)
        self._write_tables(files)

    def _write_tables(self, files: KamailioFiles) -> None:
        for name, text in files.tables:
            path = self.run_dir / DB_DIR / name
            try:
                before = path.stat().st_mtime
            except FileNotFoundError:
                before = 0.0
            _write_private(path, text)
            # db_text notices a changed table by its whole-second mtime
            # growing: a rewrite within the same second would go unseen.
            stamp = max(time.time(), float(int(before) + 1))
            os.utime(path, (stamp, stamp))

    async def _check(self, executable: str, files: KamailioFiles) -> None:
        candidate = self.run_dir / f"{CFG_FILE}.new"
        await asyncio.to_thread(_write_private, candidate, files.cfg)
        try:
            checker = await asyncio.create_subprocess_exec(
                executable,
                "-c",
                "-f",
                str(candidate),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
                cwd=self.run_dir,
            )
            output, _ = await checker.communicate()
        finally:
            candidate.unlink(missing_ok=True)
        if checker.returncode != 0:
            # The configuration holds no secret: its errors may be shown.
            errors = [
                line
                for line in output.decode(errors="replace").splitlines()
                if "ERROR" in line or "CRITICAL" in line
            ]
            raise SipEdgeConfigError(
                "Kamailio refused the generated configuration: " + " | ".join(errors[-5:])
            )

    # -- the process -----------------------------------------------------------

    async def _start(self, executable: str) -> None:
        await asyncio.to_thread(self._kill_leftovers)
        process = await self._spawn(executable)
        try:
            await self._until_ready(process)
        except BaseException:
            await self._terminate(process)
            raise
        log.info("SIP edge: Kamailio runs (pid %d)", process.pid)
        self._supervisor = asyncio.create_task(
            self._supervise(executable, process), name="sip-edge-supervisor"
        )
        self._supervisor.add_done_callback(_supervision_ended)

    async def _spawn(self, executable: str) -> asyncio.subprocess.Process:
        self._stopping = False
        self._tail.clear()
        try:
            process = await asyncio.create_subprocess_exec(
                executable,
                "-DD",  # stay in the foreground (its workers are still forked)
                "-E",  # log to stderr
                "-f",
                str(self.run_dir / CFG_FILE),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
                cwd=self.run_dir,
                # Its own process group: its workers outlive a SIGKILLed main
                # process (holding the ports) and are ended as a group.
                start_new_session=True,
                limit=1 << 20,
            )
        except OSError as exc:
            raise SipEdgeStartError(f"Kamailio could not be started: {exc}") from exc
        self._process = process
        await asyncio.to_thread(_write_private, self.run_dir / PID_FILE, f"{process.pid}\n")
        self._pump = asyncio.create_task(self._pump_log(process), name="sip-edge-log")
        return process

    async def _until_ready(self, process: asyncio.subprocess.Process) -> None:
        """Until Kamailio answers on its control socket: by then its workers run."""
        assert self._rpc is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._ready_timeout_s
        while True:
            if process.returncode is not None:
                await self._drain()
                raise SipEdgeStartError(
                    f"Kamailio exited with code {process.returncode} while starting: "
                    + self._complaints()
                )
            try:
                await self._rpc.call("core.version")
                return
            except RpcError:
                pass
            if loop.time() > deadline:
                raise SipEdgeStartError(
                    f"Kamailio did not answer within {self._ready_timeout_s:g} s: "
                    + self._complaints()
                )
            await asyncio.sleep(0.05)

    def _complaints(self) -> str:
        """Kamailio's last ERROR and CRITICAL lines (an owner reads these, so
        not its INFO chatter), else its last lines whatever they are."""
        errors = [line for line in self._tail if " ERROR: " in line or " CRITICAL: " in line]
        return " | ".join(line.strip() for line in errors or self._tail)

    async def _supervise(self, executable: str, process: asyncio.subprocess.Process) -> None:
        loop = asyncio.get_running_loop()
        delay = self._restart_delays_s[0]
        started = loop.time()
        while True:
            code = await _exited(process)
            await self._reap(process)
            if loop.time() - started > UP_FOR_A_WHILE_S:
                delay = self._restart_delays_s[0]
            log.warning(
                "SIP edge: Kamailio (pid %d) exited with code %s; starting it again in %.1f s",
                process.pid,
                code,
                delay,
            )
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._restart_delays_s[1])
            started = loop.time()
            try:
                await asyncio.to_thread(self._kill_leftovers)
                process = await self._spawn(executable)
                await self._until_ready(process)
            except SipEdgeError as exc:
                log.error("SIP edge: Kamailio did not start again: %s", exc)
                if self._process is not None:
                    process = self._process
                    await self._terminate(process)
                continue
            log.info("SIP edge: Kamailio runs again (pid %d)", process.pid)

    async def _reload(self, files: KamailioFiles) -> bool:
        """Has uac_reg reload its accounts; False if it would not (it allows
        one reload per reg_gc_interval): the caller restarts Kamailio then."""
        assert self._rpc is not None
        await asyncio.to_thread(self._write_tables, files)
        try:
            # The marks are about the accounts being replaced.
            await self._rpc.call("htable.flush", "regstate")
            await self._rpc.call("uac.reg_reload")
        except RpcError as exc:
            log.info("SIP edge: uac_reg did not reload (%s); restarting Kamailio", exc)
            return False
        log.info("SIP edge: registrations reloaded")
        return True

    async def _stop_locked(self) -> None:
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
            self._supervisor = None
        if self._process is not None:
            await self._terminate(self._process)
            log.info("SIP edge: Kamailio stopped")
            self._process = None
            await asyncio.to_thread((self.run_dir / PID_FILE).unlink, True)
        self._files = None

    async def _terminate(self, process: asyncio.subprocess.Process) -> None:
        if process.returncode is None:
            self._stopping = True
            with contextlib.suppress(ProcessLookupError):
                process.terminate()  # Kamailio's main process stops its workers
            try:
                async with asyncio.timeout(self._stop_timeout_s):
                    await _exited(process)
            except TimeoutError:
                log.warning(
                    "SIP edge: Kamailio did not stop within %g s; killing it",
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
        """Until the log pump has read the last of Kamailio's output."""
        pump = self._pump
        if pump is not None:
            try:
                async with asyncio.timeout(2.0):
                    await asyncio.shield(pump)
            except TimeoutError:
                pump.cancel()

    def _kill_leftovers(self) -> None:
        """A Kamailio left by an earlier run of the server (killed before it
        could stop it) would hold the ports: end its process group."""
        path = self.run_dir / PID_FILE
        try:
            group = int(path.read_text())
        except (FileNotFoundError, ValueError):
            return
        if _group_members(group, self._comm()):
            log.warning("SIP edge: stopping a Kamailio left from an earlier run (pid %d)", group)
            _kill_group(group)
            _wait_gone(group, self._comm())
        path.unlink(missing_ok=True)

    def _comm(self) -> str:
        return Path(self._executable).name[:15]  # /proc's comm is 15 characters

    async def _pump_log(self, process: asyncio.subprocess.Process) -> None:
        """Kamailio's output into our log, each line at the level it gave it."""
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
            level, text = _level_of(line)
            if self._stopping:
                level = logging.DEBUG  # its workers complain as they are stopped
            kamailio_log.log(level, "%s", text)


def _supervision_ended(task: asyncio.Task[None]) -> None:
    # It only ends by being cancelled: anything else leaves Kamailio unwatched.
    if not task.cancelled() and task.exception() is not None:
        log.error("SIP edge: supervision failed", exc_info=task.exception())


async def _exited(process: asyncio.subprocess.Process) -> int:
    """The main process's exit code, once it has exited. Not ``process.wait()``:
    that also waits for the output pipe to close, and the workers of a
    SIGKILLed main process hold it open until they are killed too."""
    while process.returncode is None:  # noqa: ASYNC110 -- asyncio offers no event for it
        await asyncio.sleep(0.05)
    return process.returncode


# " 1(31228) ERROR: uac [uac_reg.c:1058]: uac_reg_tm_callback(): got sip ..."
_LINE = re.compile(r"^\s*\d+\(\d+\) ([A-Z]+): (.*)$")
_LEVELS = {
    "ALERT": logging.ERROR,
    "BUG": logging.ERROR,
    "CRITICAL": logging.ERROR,
    "ERROR": logging.ERROR,
    "WARNING": logging.WARNING,
    "NOTICE": logging.INFO,
    "INFO": logging.DEBUG,  # its start-up chatter
    "DEBUG": logging.DEBUG,
}


def _level_of(line: str) -> tuple[int, str]:
    match = _LINE.match(line)
    if match is None:
        return logging.DEBUG, line.strip()  # e.g. the listening sockets at start
    return _LEVELS.get(match[1], logging.INFO), f"{match[1]}: {match[2]}"


def _write_private(path: Path, text: str) -> None:
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
