"""One mailbox's new mail, taken in for as long as the server runs.

IMAPClient (a maintained, RFC-complete IMAP client that parses the server's
answers for us) speaks to the mailbox in a thread, since it blocks. The
folder is opened read-only and read with BODY.PEEK, so the mailbox looks the
same to anyone else reading it. Each new message (by UID, above the last one
taken in) is handed to ``take_in``, which stores it and the new last UID in
one transaction; so a connection that drops mid-fetch loses and doubles
nothing: the next session goes on from the last UID stored.

Where the server offers IDLE it tells us of new mail at once; IDLE is renewed
every two minutes, which also finds a connection that died silently. Without
IDLE the folder is asked every ``mail_poll_s``. A mailbox that cannot be
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
        client, validity, idles = await asyncio.to_thread(self._connect)
        self._client, self.connected = client, True
        try:
            if self.failing_since is not None:
                log.warning("mailbox %s: reachable again", self.address)
                self.failing_since, self.error = None, ""
                self._on_change()
            last = await self._uid_validity(validity)
            while not self._stopping.is_set():
                last = await self._fetch_new(client, last)
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
        for uid in sorted(u for u in found if u > last):
            raw = await asyncio.to_thread(_fetch, client, uid)
            if raw is not None:
                await self._take_in(uid, raw)
            last = uid
        return last

    def _idle(self, client: IMAPClient) -> None:
        """Waits in IDLE until the folder changes, the renewal is due or the server stops."""
        client.idle()
        try:
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


def _close(client: IMAPClient) -> None:
    """Logs out; a connection already dead is closed all the same."""
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def _fetch(client: IMAPClient, uid: int) -> bytes | None:
    """The message's bytes (only its header when it is too large to take in
    whole); None when it was deleted meanwhile."""
    sizes = client.fetch([uid], ["RFC822.SIZE"])
    if uid not in sizes:
        return None
    part = b"BODY[]" if sizes[uid].get(b"RFC822.SIZE", 0) <= MAX_FETCH_BYTES else b"BODY[HEADER]"
    data = client.fetch([uid], [b"BODY.PEEK" + part[4:]])
    if uid not in data:
        return None
    raw = data[uid].get(part)
    return bytes(raw) if raw is not None else None


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
