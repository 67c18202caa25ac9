"""One mailbox's new mail, taken in for as long as the server runs.

IMAPClient (a maintained, RFC-complete IMAP client that parses the server's
answers for us) speaks to the mailbox in a thread, since it blocks. The
folder is opened read-only and read with BODY.PEEK, so the mailbox looks the
same to anyone else reading it. Each new message (by UID, above the last one
taken in) is handed to ``take_in``, which stores it and the new last UID in
one transaction; so a connection that drops mid-fetch loses and doubles
nothing: the next session goes on from the last UID stored. New messages are
fetched a batch at a time (their sizes in one round trip, then their bodies
in one): a busy mailbox costs a round trip or two per batch, not two per
message, and the batch is then taken in one message after another, in UID
order, as before.

Where the server offers IDLE it tells us of new mail at once; IDLE is renewed
every two minutes, which also finds a connection that died silently. Mail that
arrives while we fetch is announced (EXISTS) in the answer to one of our own
commands, and IDLE does not announce it again; so after fetching we look for
such an announcement and fetch again rather than wait in IDLE for the renewal;
and one that comes with IDLE's own answer may already sit in imaplib's buffer,
where polling the socket cannot see it, so that is looked at before waiting.
Without IDLE the folder is asked every ``mail_poll_s``. A mailbox that cannot be
reached is tried again with a growing pause, and says since when it fails
(the doctor's mailbox check turns that into an alarm).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from imapclient import IMAPClient

from callnest.server.settings import Settings

log = logging.getLogger("callnest.mail")

IMAP_TIMEOUT_S = 30.0
IDLE_RENEW_S = 120.0
IDLE_CHECK_S = 1.0  # how soon a thread waiting in IDLE notices the server stopping
MAX_FETCH_BYTES = 60 * 1024 * 1024  # larger messages are taken in by their headers alone
FETCH_BATCH = 100  # new messages whose sizes are asked in one round trip
# Bodies fetched in one round trip come to at most this much (or one message):
# a batch is held in memory until it has been taken in.
FETCH_BATCH_BYTES = 16 * 1024 * 1024

TakeIn = Callable[[int, bytes], Awaitable[None]]
"""Stores the message of this UID (its raw bytes) with the mailbox's new last UID."""


class MailboxError(Exception):
    """The mailbox cannot be read; the message says why, for the owner."""


class MailboxWatcher:
    def __init__(
        self,
        mailbox: dict[str, Any],
        settings: Settings,
        take_in: TakeIn,
        uid_validity: Callable[[int], Awaitable[int]],
        on_change: Callable[[], None] = lambda: None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.mailbox_id: int = mailbox["id"]
        self.address: str = mailbox["address"]
        self._mailbox = mailbox
        self._settings = settings
        self._take_in = take_in
        self._uid_validity = uid_validity
        self._on_change = on_change  # began to fail, or is back
        self._clock = clock
        self.failing_since: float | None = None
        self.error = ""
        self.connected = False
        self._client: IMAPClient | None = None
        self._stopping = threading.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        self._stopping.set()
        client = self._client
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()  # a thread blocked on the socket returns at once
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        pause = self._settings.mail_retry_s
        while not self._stopping.is_set():
            try:
                await self._session()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if self._stopping.is_set():
                    return
                self._failed(exc)
                await asyncio.sleep(pause)
                pause = min(pause * 2, self._settings.mail_retry_s * 10)
            else:
                pause = self._settings.mail_retry_s

    def _failed(self, exc: Exception) -> None:
        first = self.failing_since is None
        if first:
            self.failing_since = self._clock()
        self.error = _reason(exc)
        log.warning("mailbox %s: %s", self.address, self.error)
        if first:
            self._on_change()

    async def _session(self) -> None:
        connecting = asyncio.ensure_future(asyncio.to_thread(self._connect))
        try:
            client, validity, idles = await asyncio.shield(connecting)
        except asyncio.CancelledError:
            # Stopped while connecting: the connection, once made, is closed.
            connecting.add_done_callback(_close_when_made)
            raise
        self._client, self.connected = client, True
        try:
            if self.failing_since is not None:
                log.warning("mailbox %s: reachable again", self.address)
                self.failing_since, self.error = None, ""
                self._on_change()
            last = await self._uid_validity(validity)
            while not self._stopping.is_set():
                last = await self._fetch_new(client, last)
                if await asyncio.to_thread(_announced_new_mail, client):
                    continue  # it came while we fetched: IDLE would not say so again
                if idles:
                    await asyncio.to_thread(self._idle, client)
                else:
                    await asyncio.sleep(self._settings.mail_poll_s)
                    await asyncio.to_thread(client.noop)
        finally:
            self._client, self.connected = None, False
            await asyncio.to_thread(_close, client)

    def _connect(self) -> tuple[IMAPClient, int, bool]:
        box = self._mailbox
        context = ssl.create_default_context()
        implicit = box["imap_security"] == "tls"
        client = IMAPClient(
            box["imap_host"],
            port=box["imap_port"],
            ssl=implicit,
            ssl_context=context,
            timeout=IMAP_TIMEOUT_S,
        )
        try:
            if not implicit:
                client.starttls(context)
            client.login(box["username"], box["password"])
            selected = client.select_folder(box["folder"], readonly=True)
            idles = client.has_capability("IDLE")
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client, int(selected[b"UIDVALIDITY"]), idles

    async def _fetch_new(self, client: IMAPClient, last: int) -> int:
        found = await asyncio.to_thread(client.search, ["UID", f"{last + 1}:*"])
        # "n:*" names the folder's last message even when its UID is below n.
        new = sorted(u for u in found if u > last)
        for start in range(0, len(new), FETCH_BATCH):
            sizes = await asyncio.to_thread(_sizes, client, new[start : start + FETCH_BATCH])
            for group in _groups(sizes):
                fetched = await asyncio.to_thread(_fetch, client, group)
                for uid, _ in group:
                    raw = fetched.get(uid)
                    if raw is not None:  # else deleted meanwhile
                        await self._take_in(uid, raw)
                    last = uid
        return last

    def _idle(self, client: IMAPClient) -> None:
        """Waits in IDLE until the folder changes, the renewal is due or the server stops."""
        client.idle()
        try:
            if _already_read(client):
                return  # announced with IDLE's own answer: look again
            renew_at = time.monotonic() + IDLE_RENEW_S
            while not self._stopping.is_set() and time.monotonic() < renew_at:
                asked = time.monotonic()
                if client.idle_check(timeout=IDLE_CHECK_S):
                    return  # EXISTS, EXPUNGE, FETCH...: look again
                if time.monotonic() - asked < IDLE_CHECK_S / 2:
                    # Woken with nothing to read: IMAPClient swallows the end
                    # of the connection here. Ending IDLE finds out (it raises).
                    return
        finally:
            if not self._stopping.is_set():
                client.idle_done()


def _close_when_made(connecting: asyncio.Future[tuple[IMAPClient, int, bool]]) -> None:
    if not connecting.cancelled() and connecting.exception() is None:
        with contextlib.suppress(Exception):
            connecting.result()[0].shutdown()


def _close(client: IMAPClient) -> None:
    """Logs out; a connection already dead is closed all the same."""
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def _announced_new_mail(client: IMAPClient) -> bool:
    """Whether the server announced more messages (EXISTS) in its answers to
    our commands since we last asked. imaplib keeps every such announcement
    it reads until it is asked for it (``response``); IMAPClient reads them
    through imaplib but hands on none of a SEARCH's or FETCH's."""
    _, announced = client._imap.response("EXISTS")
    return any(count is not None for count in announced)


def _already_read(client: IMAPClient) -> bool:
    """Whether more of the server's answer waits in imaplib's buffer. Mail
    that came just before IDLE is announced (EXISTS) at once, often in the
    same packet as IDLE's "+ idling", which imaplib reads whole; idle_check
    polls the socket, which has nothing more, and would not see it until the
    renewal."""
    sock = client.socket()
    sock.setblocking(False)
    try:
        return bool(client._imap.file.peek(1))
    except (BlockingIOError, ssl.SSLWantReadError):
        return False  # nothing buffered, nothing on the socket
    finally:
        sock.settimeout(IMAP_TIMEOUT_S)  # blocking again, as IMAPClient left it


def _sizes(client: IMAPClient, uids: list[int]) -> list[tuple[int, int]]:
    """(UID, size) of those of ``uids`` still in the folder, in UID order."""
    found = client.fetch(uids, ["RFC822.SIZE"])
    return [(uid, int(found[uid].get(b"RFC822.SIZE", 0))) for uid in uids if uid in found]


def _groups(sizes: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``sizes`` cut, in order, into groups fetched in one round trip each:
    bodies of at most FETCH_BATCH_BYTES together (a larger one alone), and
    each message too large to take in whole alone (its header is fetched)."""
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    total = 0
    for uid, size in sizes:
        whole = size <= MAX_FETCH_BYTES
        if current and (not whole or total + size > FETCH_BATCH_BYTES):
            groups.append(current)
            current, total = [], 0
        if not whole:
            groups.append([(uid, size)])
            continue
        current.append((uid, size))
        total += size
    if current:
        groups.append(current)
    return groups


def _fetch(client: IMAPClient, group: list[tuple[int, int]]) -> dict[int, bytes]:
    """The group's messages' bytes by UID (only the header of one too large
    to take in whole); a message deleted meanwhile is missing."""
    whole = all(size <= MAX_FETCH_BYTES for _, size in group)
    part = b"BODY[]" if whole else b"BODY[HEADER]"
    data = client.fetch([uid for uid, _ in group], [b"BODY.PEEK" + part[4:]])
    found = {}
    for uid, _ in group:
        raw = data.get(uid, {}).get(part)
        if raw is not None:
            found[uid] = bytes(raw)
    return found


def _reason(exc: Exception) -> str:
    """What went wrong, in words an owner can act on (never the password)."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"the mail server's certificate is not trusted: {exc.verify_message}"
    if isinstance(exc, (ConnectionRefusedError, TimeoutError, OSError)) and not isinstance(
        exc, ssl.SSLError
    ):
        return f"the mail server cannot be reached: {text}"
    return text
