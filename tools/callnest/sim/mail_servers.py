"""Real mail servers for the e-mail channel's tests and ``callnest-bench
email``: Debian's Dovecot (IMAP, and the delivery agent that files mail) and
Postfix (an inbound MX port, and submission with STARTTLS or implicit TLS and
SASL through Dovecot), on free loopback ports, with configurations, queues
and logs of their own under the caller's directory (a test's temporary one,
the bench's); neither /etc/dovecot, /etc/postfix nor a system-wide service is
touched. Both start as root (Postfix's master and Dovecot insist).

Four things are not where a reader would first look for them:

- Postfix hands mail to Dovecot's LDA (through pipe(8)), not to its LMTP.
  Dovecot 2.3's LMTP offers no SMTPUTF8, and Postfix returns a message whose
  sender asked for SMTPUTF8 and whose headers are UTF-8 rather than pass it
  on to a server that does not ("SMTPUTF8 is required, but was not offered").
- Mailboxes, Dovecot's sockets and the LDA's configuration and log live in a
  short directory of their own in /tmp, removed at ``stop()``. Dovecot reads
  and writes mail as a user other than root (it refuses root), and that user
  cannot enter the caller's directories (pytest's and the bench's are 0700,
  root's); a socket's path also has to fit in 107 bytes.
- Dovecot runs twice: once for IMAP, once for the SASL service Postfix
  authenticates through and the LDA's user lookups. ``stop_imap()`` stops the
  first alone, so mail still arrives, and replies still go out, while the
  mailbox is away.
- The plain IMAP port is a relay in this process, which hands each
  connection on to Dovecot from 127.0.0.2: Dovecot counts a connection whose
  two ends share an address as secured, and would take a password on it
  before STARTTLS; from 127.0.0.1 to 127.0.0.1 they always do.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import email.utils
import imaplib
import os
import pwd
import shutil
import signal
import smtplib
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from email.message import EmailMessage
from email.parser import BytesHeaderParser, BytesParser
from pathlib import Path
from typing import Any

from callnest.sim.certificates import issue
from callnest.sim.ports import free_port
from callnest.sim.processes import stop_process

HOST = "127.0.0.1"
DOMAIN = "example.test"
SUPPORT, SUPPORT_PASSWORD = f"support@{DOMAIN}", "support-mailbox-password"
SPECIALISTS, SPECIALISTS_PASSWORD = f"specialists@{DOMAIN}", "specialists-mailbox-password"
ANA, ANA_PASSWORD = f"ana@{DOMAIN}", "ana-mailbox-password"
BORIS, BORIS_PASSWORD = f"boris@{DOMAIN}", "boris-mailbox-password"
PASSWORDS = {
    SUPPORT: SUPPORT_PASSWORD,
    SPECIALISTS: SPECIALISTS_PASSWORD,
    ANA: ANA_PASSWORD,
    BORIS: BORIS_PASSWORD,
}

MESSAGE_SIZE_LIMIT = 40 * 1024 * 1024
"""Postfix's limit on a whole message, as sent. A 25 MiB attachment is some
34 MiB in base64, so a message carrying one gets through and the product's
own limit, not Postfix's, is what a test of it meets."""

RELAY_SOURCE = "127.0.0.2"
"""Where the plain IMAP port's relay connects to Dovecot from (see above)."""

MAIL_USER = "mail"
"""Whose mailboxes are: Debian's base-passwd has it on every machine."""

LDA = "/usr/lib/dovecot/dovecot-lda"
"""Dovecot's delivery agent, where Debian's dovecot-core puts it."""


def _listening(port: int) -> bool:
    """Whether a TCP socket listens on HOST:port (/proc/net/tcp, whose
    addresses are little-endian hex): a server is up once its ports are."""
    wanted = f"{socket.inet_aton(HOST)[::-1].hex().upper()}:{port:04X}"
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[1] == wanted and fields[3] == "0A":  # LISTEN
            return True
    return False


async def _spawn(command: list[str], output: Path) -> asyncio.subprocess.Process:
    """``command`` started in a process group of its own (see ``_stop_group``),
    its stdout and stderr (start-up errors, before a log file is open)
    appended to ``output``."""
    executable = shutil.which(command[0], path="/usr/sbin:/usr/bin:/sbin:/bin")
    assert executable, f"{command[0]} is missing: run scripts/install-system-deps"
    with output.open("ab") as sink:
        return await asyncio.create_subprocess_exec(
            executable,
            *command[1:],
            stdin=asyncio.subprocess.DEVNULL,
            stdout=sink,
            stderr=sink,
            start_new_session=True,
        )


async def _stop_group(process: asyncio.subprocess.Process) -> None:
    """Ends a Dovecot and every process it started. Signalled alone, its
    master waits a second for its children to notice; signalled together
    they are gone in a tenth of that, but for a child the master started
    in the meantime (in place of one that had ended): hence again and again."""
    for _ in range(100):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), 0.05)
        if process.returncode is not None:
            break
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # whatever is left of the group
    await process.wait()


class _PlainImapRelay:
    """Passes the plain IMAP port's connections on to Dovecot's own plain
    port from ``RELAY_SOURCE``, byte for byte (STARTTLS's TLS runs end to
    end), in a thread with an event loop of its own, so that a test may talk
    to it with a blocking client (imaplib) from its own loop."""

    def __init__(self, port: int, target: int) -> None:
        self.port, self.target = port, target
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=f"imap-relay-{port}", daemon=True)
        self._listening = threading.Event()
        self._stopping: asyncio.Event | None = None
        self._failure: OSError | None = None
        self._connections: set[asyncio.Task[None]] = set()

    def start(self) -> None:
        self._thread.start()
        self._listening.wait(10)
        if self._failure is not None:
            raise self._failure
        assert self._listening.is_set(), "the plain IMAP port's relay did not start"

    def stop(self) -> None:
        """Stops listening and closes every connection, as Dovecot's stopping would."""
        if self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
        self._thread.join(10)

    def _run(self) -> None:
        try:
            self._loop.run_until_complete(self._serve())
        finally:
            self._loop.close()

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        try:
            server = await asyncio.start_server(self._connected, HOST, self.port)
        except OSError as exc:
            self._failure = exc
            self._listening.set()
            return
        self._listening.set()
        await self._stopping.wait()
        server.close()
        for connection in list(self._connections):
            connection.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)
        await server.wait_closed()

    async def _connected(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            try:
                upstream_reader, upstream_writer = await asyncio.open_connection(
                    HOST, self.target, local_addr=(RELAY_SOURCE, 0)
                )
            except OSError:
                return
            try:
                copies = [
                    asyncio.create_task(_copy(reader, upstream_writer)),
                    asyncio.create_task(_copy(upstream_reader, writer)),
                ]
                try:
                    # Either end closing closes both: a kicked user's client
                    # sees its connection end, as without the relay.
                    await asyncio.wait(copies, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    for copy in copies:
                        copy.cancel()
                    await asyncio.gather(*copies, return_exceptions=True)
            finally:
                await _close(upstream_writer)
        finally:
            await _close(writer)
            self._connections.discard(task)


async def _copy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()


async def _close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()


class MailServers:
    """Dovecot and Postfix for ``example.test``, whose users are ``PASSWORDS``'
    keys and ``users``' (address -> password: more mailboxes, for a bench's
    customers): ``smtp_port`` takes mail from outside (no AUTH; example.test's
    users alone); ``submission_port`` (STARTTLS required) and
    ``submissions_port`` (implicit TLS) take it from a user who has
    authenticated, sending as themselves, to example.test alone; Dovecot's
    LDA files it; ``imaps_port`` (implicit TLS) and ``imap_port`` (STARTTLS
    before any password) serve the mailboxes. Every TLS port shows a
    certificate for 127.0.0.1 from the test CA at ``ca``."""

    host = HOST

    def __init__(self, workdir: Path, users: Mapping[str, str] | None = None) -> None:
        assert Path(LDA).exists(), "dovecot-core is missing: run scripts/install-system-deps"
        self.workdir = workdir
        self.passwords = PASSWORDS | dict(users or {})
        self.imap_port, self.imaps_port = free_port(HOST), free_port(HOST)
        self.smtp_port, self.submission_port = free_port(HOST), free_port(HOST)
        self.submissions_port = free_port(HOST)
        self._dovecot_imap_port = free_port(HOST)  # the plain port's relay's target
        self.certificates = issue(workdir / "certificates")
        self.ca = self.certificates.ca
        mail_user = pwd.getpwnam(MAIL_USER)
        self._uid, self._gid = mail_user.pw_uid, mail_user.pw_gid
        # Mailboxes, Dovecot's sockets and what the LDA reads and writes (it
        # runs as MAIL_USER): see the module's docstring.
        self.runtime = Path(tempfile.mkdtemp(prefix="callnest-mail-", dir="/tmp"))
        self.runtime.chmod(0o711)
        mailboxes = self.runtime / "mailboxes"
        mailboxes.mkdir(0o700)
        self._lda_log.touch(0o600)
        for owned in (mailboxes, self._lda_log):
            os.chown(owned, self._uid, self._gid)
        self.dovecot_log = workdir / "dovecot" / "dovecot.log"
        self.postfix_log = workdir / "postfix" / "maillog"
        self._write_dovecot_configs()
        self._write_postfix_config()
        self._dovecot_imap: asyncio.subprocess.Process | None = None
        self._dovecot_auth: asyncio.subprocess.Process | None = None
        self._postfix: asyncio.subprocess.Process | None = None
        self._relay: _PlainImapRelay | None = None

    @classmethod
    async def start(cls, workdir: Path, users: Mapping[str, str] | None = None) -> MailServers:
        servers = await asyncio.to_thread(cls, workdir, users)
        try:
            async with asyncio.TaskGroup() as starting:
                starting.create_task(servers._start_auth())
                starting.create_task(servers.start_imap())
                starting.create_task(servers._start_postfix())
        except BaseException:
            await servers.stop()
            raise
        return servers

    # -- configuration ---------------------------------------------------------

    @property
    def _imap_config(self) -> Path:
        return self.workdir / "dovecot" / "imap.conf"

    @property
    def _auth_config(self) -> Path:
        return self.workdir / "dovecot" / "auth.conf"

    @property
    def _lda_config(self) -> Path:
        return self.runtime / "lda.conf"

    @property
    def _lda_log(self) -> Path:
        return self.runtime / "lda.log"

    @property
    def _postfix_config(self) -> Path:
        return self.workdir / "postfix" / "etc"

    def _socket(self, name: str) -> Path:
        """One of the auth Dovecot's sockets."""
        return self.runtime / "auth" / name

    def _write_dovecot_configs(self) -> None:
        directory = self.workdir / "dovecot"
        directory.mkdir(parents=True)
        users = directory / "users"
        users.write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.passwords.items()))
        users.chmod(0o600)
        mailboxes = f"""\
first_valid_uid = {self._uid}
first_valid_gid = {self._gid}
mail_location = maildir:~/Maildir
postmaster_address = postmaster@{DOMAIN}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
"""

        def server(name: str) -> str:
            return f"""\
# Written by callnest.sim.mail_servers; read by no other Dovecot.
instance_name = callnest-{name}
base_dir = {self.runtime}/{name}
state_dir = {directory}/state-{name}
log_path = {self.dovecot_log}
listen = {HOST}
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_verbose = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu {users}
}}
userdb {{
  driver = static
  args = uid={self._uid} gid={self._gid} home={self.runtime}/mailboxes/%Ld/%Ln
}}
{mailboxes}"""

        self._imap_config.write_text(f"""\
{server("imap")}\
protocols = imap
ssl = yes
ssl_cert = <{self.certificates.certificate}
ssl_key = <{self.certificates.private_key}
service auth {{
  user = root  # the users file is in the caller's directory, root's alone
}}
service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {self._dovecot_imap_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
""")
        # SASL for Postfix, and the user lookups of the LDA Postfix runs.
        self._auth_config.write_text(f"""\
{server("auth")}\
protocols =
ssl = no
service auth {{
  user = root  # the users file is in the caller's directory, root's alone
  unix_listener auth-postfix {{
    mode = 0666
  }}
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666  # the LDA's, as MAIL_USER
  }}
}}
""")
        self._lda_config.write_text(f"""\
# Written by callnest.sim.mail_servers, for the dovecot-lda Postfix runs.
base_dir = {self.runtime}/auth
log_path = {self._lda_log}
ssl = no
{mailboxes}""")
        self._lda_config.chmod(0o644)

    def _write_postfix_config(self) -> None:
        directory = self.workdir / "postfix"
        (directory / "queue").mkdir(parents=True)
        self._postfix_config.mkdir()
        users = ", ".join(f"{u}=ok" for u in self.passwords)
        logins = ", ".join(f"{u}={u}" for u in self.passwords)
        refused = "error:5.7.1 this test server delivers to example.test alone"
        (self._postfix_config / "main.cf").write_text(f"""\
# Written by callnest.sim.mail_servers; nothing shared with /etc/postfix.
compatibility_level = 3.6
queue_directory = {directory}/queue
data_directory = {self.runtime}/postfix-data
mail_owner = postfix
setgid_group = postdrop
maillog_file = {self.postfix_log}
maillog_file_prefixes = {directory}
myhostname = mail.{DOMAIN}
mydomain = {DOMAIN}
myorigin = {DOMAIN}
mydestination =
relay_domains =
inet_interfaces = {HOST}
inet_protocols = ipv4
mynetworks = {HOST}/32
local_header_rewrite_clients =
alias_maps =
alias_database =
biff = no
append_dot_mydomain = no
virtual_mailbox_domains = {DOMAIN}
virtual_mailbox_maps = inline:{{ {users} }}
virtual_transport = dovecot
dovecot_destination_recipient_limit = 1
default_transport = {refused}
relay_transport = {refused}
message_size_limit = {MESSAGE_SIZE_LIMIT}
smtputf8_enable = yes
smtpd_tls_cert_file = {self.certificates.certificate}
smtpd_tls_key_file = {self.certificates.private_key}
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_relay_restrictions = reject_unauth_destination
smtpd_recipient_restrictions =
smtpd_sasl_type = dovecot
smtpd_sasl_path = {self._socket("auth-postfix")}
smtpd_sasl_auth_enable = no
smtpd_sender_login_maps = inline:{{ {logins} }}
smtpd_peername_lookup = no
smtpd_error_sleep_time = 0
in_flow_delay = 0
# Mail deferred while the auth Dovecot restarted goes as soon as it is back.
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
""")
        authenticated = (
            "  -o smtpd_sasl_auth_enable=yes\n"
            "  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n"
            "  -o smtpd_sender_restrictions=reject_sender_login_mismatch\n"
        )
        (self._postfix_config / "master.cf").write_text(
            f"""\
# service type private unpriv chroot wakeup maxproc command
{HOST}:{self.smtp_port} inet n - n - - smtpd
{HOST}:{self.submission_port} inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
{authenticated}\
{HOST}:{self.submissions_port} inet n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
{authenticated}\
dovecot unix - n n - - pipe
  flags=DRhu user={MAIL_USER}:{MAIL_USER}
  argv={LDA} -c {self._lda_config} -f ${{sender}} -a ${{original_recipient}} -d ${{recipient}}
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
tlsmgr unix - - n 1000? 1 tlsmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
proxywrite unix - - n - 1 proxymap
smtp unix - - n - - smtp
relay unix - - n - - smtp
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
"""
        )
        # Postfix reads a main.cf changed within the last second or two
        # again and again, 0.3 s apart, until it has "cooled down".
        cooled = time.time() - 60
        for written in ("main.cf", "master.cf"):
            os.utime(self._postfix_config / written, (cooled, cooled))

    # -- processes -------------------------------------------------------------

    async def _start_auth(self) -> None:
        self._dovecot_auth = await _spawn(
            ["dovecot", "-F", "-c", str(self._auth_config)],
            self.workdir / "dovecot" / "auth.out",
        )
        await self._until(
            lambda: self._socket("auth-postfix").exists() and self._socket("auth-userdb").exists(),
            self._dovecot_auth,
            "Dovecot (auth)",
        )

    async def start_imap(self) -> None:
        """Dovecot's IMAP, on the same ports as before (``stop_imap``)."""
        assert self._dovecot_imap is None, "IMAP is running"
        self._dovecot_imap = await _spawn(
            ["dovecot", "-F", "-c", str(self._imap_config)], self.workdir / "dovecot" / "imap.out"
        )
        await self._until(
            lambda: _listening(self.imaps_port) and _listening(self._dovecot_imap_port),
            self._dovecot_imap,
            "Dovecot (IMAP)",
        )
        self._relay = _PlainImapRelay(self.imap_port, self._dovecot_imap_port)
        await asyncio.to_thread(self._relay.start)

    async def stop_imap(self) -> None:
        """No IMAP until ``start_imap``: both ports refuse connections and
        the open ones end. Mail is still delivered and sent."""
        if self._relay is not None:
            await asyncio.to_thread(self._relay.stop)
            self._relay = None
        if self._dovecot_imap is not None:
            await _stop_group(self._dovecot_imap)
            self._dovecot_imap = None

    async def _start_postfix(self) -> None:
        # start-fg: the master stays a child of the postfix-script shell this
        # process started (the master is a session leader of its own, though).
        self._postfix = await _spawn(
            ["postfix", "-c", str(self._postfix_config), "start-fg"],
            self.workdir / "postfix" / "postfix.out",
        )
        ports = (self.smtp_port, self.submission_port, self.submissions_port)
        await self._until(
            lambda: all(_listening(port) for port in ports),
            self._postfix,
            "Postfix",
        )

    async def _stop_postfix(self) -> None:
        if self._postfix is None:
            return
        pid_file = self.workdir / "postfix" / "queue" / "pid" / "master.pid"
        with contextlib.suppress(OSError, ValueError):
            master = int(pid_file.read_text())
            # The master ends its daemons (its process group) and then itself.
            os.kill(master, signal.SIGTERM)
            try:
                async with asyncio.timeout(10):
                    await self._postfix.wait()
            except TimeoutError:
                os.killpg(master, signal.SIGKILL)
        await stop_process(self._postfix)
        self._postfix = None

    async def _stop_auth(self) -> None:
        if self._dovecot_auth is not None:
            await _stop_group(self._dovecot_auth)
            self._dovecot_auth = None

    async def _until(
        self, ready: Callable[[], bool], process: asyncio.subprocess.Process, name: str
    ) -> None:
        async with asyncio.timeout(15):
            while not await asyncio.to_thread(ready):
                assert process.returncode is None, f"{name} exited: {self.output()}"
                await asyncio.sleep(0.02)

    async def stop(self) -> None:
        await asyncio.gather(self._stop_postfix(), self.stop_imap(), self._stop_auth())
        # The LDA's log is kept with the others; the mailboxes go.
        with contextlib.suppress(OSError):
            await asyncio.to_thread(shutil.copy, self._lda_log, self.workdir / "dovecot")
        await asyncio.to_thread(shutil.rmtree, self.runtime, True)

    def output(self) -> str:
        """The tails of Dovecot's and Postfix's logs, for assertion messages."""
        parts = []
        for name, path in (
            ("dovecot", self.dovecot_log),
            ("dovecot-lda", self._lda_log),
            ("dovecot (imap) output", self.workdir / "dovecot" / "imap.out"),
            ("dovecot (auth) output", self.workdir / "dovecot" / "auth.out"),
            ("postfix", self.postfix_log),
            ("postfix output", self.workdir / "postfix" / "postfix.out"),
        ):
            text = path.read_text(errors="replace")[-3000:] if path.exists() else ""
            if text.strip():
                parts.append(f"--- {name} ---\n{text}")
        return "\n".join(parts)

    # -- clients ---------------------------------------------------------------

    def ssl_context(self) -> ssl.SSLContext:
        """A client's context trusting the test CA (and nothing else)."""
        return ssl.create_default_context(cafile=str(self.ca))

    def imap(self, user: str) -> imaplib.IMAP4_SSL:
        """``user`` logged in over ``imaps_port`` (blocking: call it in a thread)."""
        imap = imaplib.IMAP4_SSL(HOST, self.imaps_port, ssl_context=self.ssl_context(), timeout=10)
        try:
            imap.login(user, self.passwords[user])
        except BaseException:
            imap.shutdown()
            raise
        return imap

    async def deliver(self, message: EmailMessage | bytes, *, to: str, sender: str) -> str:
        """Sends ``message`` to ``to`` through the inbound port, as a
        customer's mail arrives from outside; returns its Message-ID (one is
        added when it has none). Bytes go as they are, under SMTPUTF8 when
        their header or an address is not ASCII; an EmailMessage is written
        the way most mail programs write one (RFC 2047 words for a header's
        non-ASCII text)."""
        # Writing and sending a message of tens of megabytes takes a second:
        # done in a thread, so a server sharing this event loop keeps its beat.
        return await asyncio.to_thread(self._send, message, to, sender)

    def _send(self, message: EmailMessage | bytes, to: str, sender: str) -> str:
        data = message if isinstance(message, bytes) else message.as_bytes()
        message_id = BytesHeaderParser(policy=email.policy.default).parsebytes(data)["Message-ID"]
        if message_id is None:
            message_id = email.utils.make_msgid(domain="customer.test")
            data = f"Message-ID: {message_id}\r\n".encode() + data
        header = data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
        options = [] if data.isascii() else ["BODY=8BITMIME"]
        if not (header.isascii() and sender.isascii() and to.isascii()):
            options.append("SMTPUTF8")
        with smtplib.SMTP(HOST, self.smtp_port, timeout=10) as smtp:
            smtp.sendmail(sender, [to], data, mail_options=options)
        return str(message_id)

    def _inbox(self, user: str, at_least: int) -> tuple[int, list[EmailMessage]]:
        """How many messages ``user``'s INBOX holds, and them all once they
        are ``at_least`` (read without marking them seen)."""
        with self.imap(user) as imap:
            status, selected = imap.select("INBOX", readonly=True)
            assert status == "OK", selected
            held = int(selected[0] or 0)
            if held < max(at_least, 1):
                return held, []
            status, fetched = imap.fetch("1:*", "(BODY.PEEK[])")
            assert status == "OK", fetched
        parser = BytesParser(policy=email.policy.default)
        found = []
        for item in fetched:
            if isinstance(item, tuple):
                parsed = parser.parsebytes(item[1])
                assert isinstance(parsed, EmailMessage)
                found.append(parsed)
        return held, found

    async def wait_for(self, user: str, count: int = 1, within: float = 15.0) -> list[EmailMessage]:
        """Every message in ``user``'s INBOX once it holds at least ``count``."""
        held = 0
        try:
            async with asyncio.timeout(within):
                while True:
                    held, found = await asyncio.to_thread(self._inbox, user, count)
                    if held >= count:
                        return found
                    await asyncio.sleep(0.1)
        except TimeoutError:
            raise AssertionError(
                f"{user}'s INBOX holds {held} of {count} messages after {within} s\n{self.output()}"
            ) from None

    async def _doveadm(self, *arguments: str) -> tuple[int | None, str]:
        """The IMAP Dovecot's doveadm's exit status and output."""
        process = await asyncio.create_subprocess_exec(
            "doveadm",
            "-c",
            str(self._imap_config),
            *arguments,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        out, _ = await process.communicate()
        return process.returncode, out.decode(errors="replace")

    async def kick(self, user: str) -> bool:
        """Ends ``user``'s IMAP connections at once, and returns once they
        have ended: whether there were any."""
        status, text = await self._doveadm("kick", user)
        if "no users kicked" in text:
            return False
        assert status == 0, f"doveadm kick {user}: {text}"
        async with asyncio.timeout(10):
            while True:
                status, text = await self._doveadm("who", "-1", user)
                assert status == 0, f"doveadm who {user}: {text}"
                if not text.strip().count("\n"):  # one line a connection, under a heading
                    return True
                await asyncio.sleep(0.05)


def mailbox_fields(mail: MailServers, queue_id: int, **overrides: Any) -> dict[str, Any]:
    """A queue's mailbox on SUPPORT as POST /api/mailboxes takes it: IMAP over
    TLS, replies by submission with STARTTLS."""
    return {
        "queue_id": queue_id,
        "address": SUPPORT,
        "display_name": "Example Support",
        "imap_host": HOST,
        "imap_port": mail.imaps_port,
        "imap_security": "tls",
        "smtp_host": HOST,
        "smtp_port": mail.submission_port,
        "smtp_security": "starttls",
        "username": SUPPORT,
        "password": SUPPORT_PASSWORD,
        "signature": "Example Support\nhttps://example.test",
    } | overrides
