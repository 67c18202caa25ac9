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
import dataclasses
import logging
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from callnest.server.phone.child_process import ChildProcess, ChildStartError, write_private
from callnest.server.phone.edge_certificate import self_signed_certificate
from callnest.server.phone.kamailio_config import (
    CFG_FILE,
    DB_DIR,
    TLS_FILE,
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
# The edge's self-signed certificate for SIP over TLS, when none is configured.
TLS_CERTIFICATE = "tls-certificate.pem"
TLS_PRIVATE_KEY = "tls-private-key.pem"


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
        self._lock = asyncio.Lock()  # one apply() or stop() at a time
        self._files: KamailioFiles | None = None  # what the running Kamailio has
        self._registering: tuple[int, ...] = ()  # trunks it registers
        self._unsupported: dict[int, str] = {}  # registering trunks left out, and why
        self._socket_dir: Path | None = None
        self._own_socket_dir = False  # a temporary directory of ours, removed on stop
        self._rpc: KamailioRpc | None = None
        self._child = ChildProcess(
            name="Kamailio",
            label="SIP edge",
            run_dir=run_dir,
            pid_file=PID_FILE,
            log=log,
            output_log=kamailio_log,
            level_of=_level_of,
            is_complaint=_is_complaint,
            is_ready=self._answers,
            ready_timeout_s=ready_timeout_s,
            stop_timeout_s=stop_timeout_s,
            restart_delays_s=restart_delays_s,
        )

    @property
    def running(self) -> bool:
        return self._child.running

    @property
    def pid(self) -> int | None:
        """Kamailio's main process, while it runs."""
        return self._child.pid

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
        config = self.config
        if config.tls_certificate is None and any(t.transport == "tls" for t in trunks):
            certificate, private_key = self._own_certificate()
            config = dataclasses.replace(
                config, tls_certificate=str(certificate), tls_private_key=str(private_key)
            )
        return render(
            config,
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
        write_private(path, key.hex() + "\n")
        return key

    def _own_certificate(self) -> tuple[Path, Path]:
        """A self-signed certificate for the edge's TLS socket, made once."""
        certificate, private_key = self.run_dir / TLS_CERTIFICATE, self.run_dir / TLS_PRIVATE_KEY
        if not (certificate.exists() and private_key.exists()):
            host = self.config.public_host or self.config.trunk_host
            pem_certificate, pem_key = self_signed_certificate(host)
            write_private(private_key, pem_key)
            write_private(certificate, pem_certificate)
        return certificate, private_key

    def _write(self, files: KamailioFiles) -> None:
        write_private(self.run_dir / CFG_FILE, files.cfg)
        self._write_tls(files)
        self._write_tables(files)

    def _write_tls(self, files: KamailioFiles) -> None:
        if files.tls is not None:
            write_private(self.run_dir / TLS_FILE, files.tls)

    def _write_tables(self, files: KamailioFiles) -> None:
        for name, text in files.tables:
            path = self.run_dir / DB_DIR / name
            try:
                before = path.stat().st_mtime
            except FileNotFoundError:
                before = 0.0
            write_private(path, text)
            # db_text notices a changed table by its whole-second mtime
            # growing: a rewrite within the same second would go unseen.
            stamp = max(time.time(), float(int(before) + 1))
            os.utime(path, (stamp, stamp))

    async def _check(self, executable: str, files: KamailioFiles) -> None:
        candidate = self.run_dir / f"{CFG_FILE}.new"
        await asyncio.to_thread(write_private, candidate, files.cfg)
        await asyncio.to_thread(self._write_tls, files)  # the checker reads it too
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
        argv = (
            executable,
            "-DD",  # stay in the foreground (its workers are still forked)
            "-E",  # log to stderr
            "-f",
            str(self.run_dir / CFG_FILE),
        )
        try:
            await self._child.start(argv)
        except ChildStartError as exc:
            raise SipEdgeStartError(str(exc)) from exc

    async def _answers(self) -> bool:
        """Whether Kamailio answers on its control socket: by then its workers run."""
        assert self._rpc is not None
        try:
            await self._rpc.call("core.version")
        except RpcError:
            return False
        return True

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
        await self._child.stop()
        self._files = None


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


def _is_complaint(line: str) -> bool:
    # Its ERROR and CRITICAL lines, not its INFO chatter.
    return " ERROR: " in line or " CRITICAL: " in line
