"""Replies on their way out. A reply is stored (queued, with its Message-ID)
before anything is sent, so that a crash loses none; it is handed to the
mailbox's SMTP server once it is taken, marked sent. A temporary failure (the
server unreachable, a 4xx answer) is tried again later, with growing pauses,
for two days; a permanent one (a 5xx answer: the address refused, the login
wrong) marks it failed with the server's words, which the agent sees.

The one case SMTP cannot make exact: the server took the message and the
process died before marking it sent. Then it is sent again after the
restart, with the same Message-ID, which mail clients show once."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from callnest.server.mail import smtp
from callnest.server.store.store import Store

log = logging.getLogger("callnest.mail")

RETRY_AFTER_S = (30.0, 120.0, 600.0, 1800.0, 3600.0)  # then every hour
GIVE_UP_AFTER_S = 2 * 24 * 3600.0


def composed(
    row: dict[str, Any], mailbox: dict[str, Any], files: Sequence[tuple[str, str, bytes]] = ()
) -> EmailMessage:
    """The message as it is sent, with ``files`` (name, type, bytes)
    attached: the same however often it is tried."""
    message = EmailMessage()
    message["From"] = Address(mailbox["display_name"], addr_spec=mailbox["address"])
    message["To"] = ", ".join(row["to_addresses"])
    if row["cc_addresses"]:
        message["Cc"] = ", ".join(row["cc_addresses"])
    message["Subject"] = row["subject"]
    message["Date"] = format_datetime(datetime.fromtimestamp(row["at"], UTC))
    message["Message-ID"] = row["message_id"]
    if row["in_reply_to"]:
        message["In-Reply-To"] = row["in_reply_to"]
    if row["references"]:
        message["References"] = " ".join(row["references"])
    message.set_content(row["text"])
    for name, content_type, data in files:
        maintype, _, subtype = content_type.partition("/")
        message.add_attachment(
            data, maintype=maintype or "application", subtype=subtype or "octet-stream",
            filename=name,
        )  # fmt: skip
    return message


class Outbox:
    def __init__(
        self,
        store: Store,
        mail_dir: Path,
        on_change: Callable[[dict[str, Any]], None] = lambda row: None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._mail_dir = mail_dir
        self._on_change = on_change
        self._clock = clock
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """A reply was queued: send it now."""
        self._wake.set()

    async def run_forever(self) -> None:
        while True:
            try:
                for row in await self._store.emails_to_send(self._clock()):
                    await self._send(row)
                due = await self._store.next_email_attempt()
            except Exception:
                log.exception("sending e-mail failed; trying again in a minute")
                due = self._clock() + 60.0
            self._wake.clear()
            wait = None if due is None else max(due - self._clock(), 0.0)
            if wait is None or wait > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), wait)

    def _read_files(self, kept: list[dict[str, Any]]) -> list[tuple[str, str, bytes]]:
        try:
            return [
                (f["filename"], f["content_type"], (self._mail_dir / f["path"]).read_bytes())
                for f in kept
            ]
        except OSError as exc:  # a file lost from the data folder: it cannot go
            raise smtp.SendFailed(f"an attachment is missing: {exc}", permanent=True) from exc

    async def _send(self, row: dict[str, Any]) -> None:
        boxes = await self._store.mailboxes_with_passwords(row["mailbox_id"])
        if not boxes:
            return  # the mailbox was deleted: its messages went with it
        box = boxes[0]
        server = smtp.SmtpServer(
            box["smtp_host"],
            box["smtp_port"],
            box["smtp_security"],
            box["username"],
            box["password"],
        )
        attempts = row["attempts"] + 1
        kept = await self._store.email_attachment_files(row["id"])
        try:
            files = await asyncio.to_thread(self._read_files, kept)
            await asyncio.to_thread(smtp.send, server, composed(row, box, files))
        except smtp.SendFailed as exc:
            now = self._clock()
            if exc.permanent or now - row["at"] >= GIVE_UP_AFTER_S:
                changes: dict[str, Any] = {"status": "failed", "next_attempt_at": None}
                log.warning("e-mail %s not sent: %s", row["message_id"], exc)
            else:
                pause = RETRY_AFTER_S[min(attempts, len(RETRY_AFTER_S)) - 1]
                changes = {"next_attempt_at": now + pause}
                log.info(
                    "e-mail %s not sent yet (%s); again in %.0f s", row["message_id"], exc, pause
                )
            changes |= {"attempts": attempts, "error": str(exc)}
        else:
            changes = {
                "status": "sent",
                "attempts": attempts,
                "error": None,
                "next_attempt_at": None,
            }
        await self._store.set_email_status(row["id"], **changes)
        self._on_change(row | changes)
