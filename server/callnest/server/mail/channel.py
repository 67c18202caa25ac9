"""E-mail as a channel of the ACD: each queue's mailbox taken in, each
conversation with a customer (a thread) a contact that waits for an agent
and is answered, ended and wrapped up like a chat; replies stored, then sent.

A thread is a contact while it needs someone: from the customer's message
until an agent wraps it up. A later message from the customer opens a new
contact for the same thread. An automatic message (an out-of-office, a
bounce, a list) joins its thread but opens nothing, so robots never keep
agents busy answering each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import shutil
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from callnest import protocol as p
from callnest.protocol import rest
from callnest.server.acd import Channel, Event
from callnest.server.acd.events import Answered, Closed
from callnest.server.background import Background
from callnest.server.center import Center
from callnest.server.chat import Desk
from callnest.server.mail import parse, threads
from callnest.server.mail.mailbox import MailboxWatcher
from callnest.server.mail.outbox import Outbox
from callnest.server.settings import Settings
from callnest.server.store.errors import NotFound
from callnest.server.store.store import Store

log = logging.getLogger("callnest.mail")

MAX_REFERENCES = 20  # a reply's References: the thread's newest, as clients trim them
# A message larger than this is parsed in a thread (about 5 ms of parsing here).
PARSE_IN_THREAD_BYTES = 256 * 1024


class MailChannel:
    def __init__(
        self,
        center: Center,
        store: Store,
        settings: Settings,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.center = center
        self.store = store
        self.settings = settings
        self._clock = clock
        # The alarms' round of checks: run when a mailbox has failed long
        # enough to be an alarm, and when it is back (set by the server).
        self.on_alarm: Callable[[], Awaitable[Any]] | None = None
        self.watchers: dict[int, MailboxWatcher] = {}
        self.outbox = Outbox(store, settings.mail_dir, on_change=self._reply_changed, clock=clock)
        # The open contacts that are e-mail threads, each with its agent once answered.
        self._contacts: dict[str, int | None] = {}
        # The desktop sessions of a user; set by the server once sessions exist.
        self.desks_of: Callable[[int], Iterable[Desk]] = lambda user_id: ()
        self._background = Background(log, "e-mail")
        self._alarm_timers: dict[int, asyncio.TimerHandle] = {}
        self._alarmed: set[int] = set()  # mailboxes failing long enough to be an alarm
        self._outbox_task: asyncio.Task[None] | None = None
        center.subscribe(self.on_event)

    # ------------------------------------------------------------ life cycle

    async def start(self) -> None:
        await self._restore()
        await self.reload()
        self._outbox_task = asyncio.get_running_loop().create_task(self.outbox.run_forever())

    async def reload(self) -> None:
        """(Re)reads the mailboxes: after a change to any of them."""
        await self._stop_watchers()
        for box in await self.store.mailboxes_with_passwords():
            watcher = MailboxWatcher(
                box,
                self.settings,
                take_in=functools.partial(self._take_in, box),
                uid_validity=functools.partial(self.store.set_uid_validity, box["id"]),
                on_change=functools.partial(self._mailbox_changed, box["id"]),
                clock=self._clock,
            )
            self.watchers[box["id"]] = watcher
            watcher.start()

    async def stop(self) -> None:
        self.center.unsubscribe(self.on_event)
        for timer in self._alarm_timers.values():
            timer.cancel()
        await self._stop_watchers()
        if self._outbox_task is not None:
            self._outbox_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._outbox_task
        await self._background.finish()

    async def _stop_watchers(self) -> None:
        watchers, self.watchers = list(self.watchers.values()), {}
        await asyncio.gather(*(w.stop() for w in watchers), return_exceptions=True)

    def _mailbox_changed(self, mailbox_id: int) -> None:
        """A mailbox began to fail, or is back: once it has failed long enough
        to be an alarm the alarms' checks run, and again when it is back."""
        watcher = self.watchers.get(mailbox_id)
        timer = self._alarm_timers.pop(mailbox_id, None)
        if timer is not None:
            timer.cancel()
        if watcher is None:
            return
        if watcher.failing_since is None:
            if mailbox_id in self._alarmed:
                self._alarmed.discard(mailbox_id)
                self._background.spawn(self._check_alarms())
            return

        def overdue() -> None:
            self._alarm_timers.pop(mailbox_id, None)
            self._alarmed.add(mailbox_id)
            self._background.spawn(self._check_alarms())

        self._alarm_timers[mailbox_id] = asyncio.get_running_loop().call_later(
            self.settings.mail_alarm_after_s + 0.5, overdue
        )

    async def _check_alarms(self) -> None:
        if self.on_alarm is not None:
            await self.on_alarm()

    def state_of(self, mailbox: dict[str, Any]) -> dict[str, Any]:
        """How a mailbox is doing, for its owner: ``state``, ``error``, ``failing_since``."""
        watcher = self.watchers.get(mailbox["id"])
        if watcher is None or not mailbox["enabled"]:
            return {"state": rest.MailboxState.OFF}
        if watcher.failing_since is not None:
            return {
                "state": rest.MailboxState.FAILING,
                "error": watcher.error,
                "failing_since": watcher.failing_since,
            }
        connected = watcher.connected
        return {"state": rest.MailboxState.OK if connected else rest.MailboxState.CONNECTING}

    def failing(self) -> list[MailboxWatcher]:
        """The mailboxes that have failed for longer than the alarm allows."""
        limit = self._clock() - self.settings.mail_alarm_after_s
        return [
            w
            for w in self.watchers.values()
            if w.failing_since is not None and w.failing_since <= limit
        ]

    async def _restore(self) -> None:
        """Threads that had an open contact when the server stopped go back
        to their queues, their interactions' figures kept."""
        queues = {m["id"]: m["queue_id"] for m in await self.store.list_mailboxes()}
        restored = 0
        for thread in await self.store.open_email_threads():
            contact_id = thread["contact_id"]
            try:
                interaction: dict[str, Any] | None = await self.store.get_interaction(contact_id)
            except NotFound:
                interaction = None
            queue_id = queues.get(thread["mailbox_id"])
            if (
                queue_id is None
                or queue_id not in self.center.queues
                or (interaction is not None and interaction.get("closed_at") is not None)
            ):
                await self.store.set_email_thread(contact_id, contact_id=None)
                continue
            self.center.restore_contact(
                queue_id,
                Channel.EMAIL,
                contact_id=contact_id,
                **_customer(thread),
                entered_at=thread["updated_at"],
                interaction=interaction,
            )
            self._contacts[contact_id] = None
            restored += 1
        if restored:
            log.warning("%d e-mail threads open at the last shutdown are back in line", restored)

    # -------------------------------------------------------------- taking in

    async def _take_in(self, box: dict[str, Any], uid: int, raw: bytes) -> None:
        # A message of megabytes takes most of a second to parse: away from
        # the event loop, which carries every call's signalling and every
        # desk's heartbeat. A small one parses in a millisecond or so, less
        # than handing it to a thread costs while the loop is busy.
        if len(raw) > PARSE_IN_THREAD_BYTES:
            incoming = await asyncio.to_thread(_read, raw)
        else:
            incoming = _read(raw)
        known = await self.store.email_threads_answered(box["id"], threads.answered_ids(incoming))
        by_tag = None
        if (tagged := threads.tagged(incoming.subject)) is not None:
            with contextlib.suppress(NotFound):
                row = await self.store.get_email_thread(tagged)
                if row["mailbox_id"] == box["id"]:
                    by_tag = threads.Known(row["id"], row["customer_address"])
        thread_id = threads.thread_of(
            incoming, {k: threads.Known(*v) for k, v in known.items()}, by_tag
        )
        folder = Path(str(box["id"]), uuid.uuid4().hex)  # under the mail folder
        files = await asyncio.to_thread(_save, self.settings.mail_dir, folder, incoming)
        quiet = incoming.automatic or incoming.from_address in ("", box["address"].lower())
        contact_id = None if quiet else str(uuid.uuid4())
        saved = await self.store.take_in_email(
            mailbox_id=box["id"],
            uid=uid,
            thread_id=thread_id,
            thread={
                "customer_address": incoming.from_address,
                "customer_name": incoming.from_name,
                "subject": incoming.subject,
            },
            message=_message_row(incoming, self._clock()),
            attachments=files,
            new_contact_id=contact_id,
        )
        if saved is None:  # taken in before (the connection dropped mid-fetch)
            await asyncio.to_thread(
                shutil.rmtree, self.settings.mail_dir / folder, ignore_errors=True
            )
            return
        thread, _ = saved
        if thread["contact_id"] != contact_id:  # it joined a contact already open
            self._tell_agent(thread["contact_id"])
        elif contact_id is not None:
            self._contacts[contact_id] = None
            self.center.open_contact(
                box["queue_id"],
                Channel.EMAIL,
                contact_id=contact_id,
                **_customer(thread),
                prefer_agent=thread["agent_id"],  # who answered it last, if anyone
                prefer_for_s=self.settings.mail_same_agent_s,
            )

    # ---------------------------------------------------------------- replies

    async def thread_of(self, contact_id: str) -> dict[str, Any]:
        """The thread whose open contact this is (NotFound when none)."""
        thread = await self.store.email_thread_by_contact(contact_id)
        if thread is None:
            raise NotFound("no e-mail thread has this contact")
        return thread

    async def shown(self, thread: dict[str, Any]) -> rest.EmailThread:
        box = await self.store.get_mailbox(thread["mailbox_id"])
        return rest.EmailThread(
            id=thread["id"],
            contact_id=thread["contact_id"],
            mailbox_address=box["address"],
            customer_id=thread["customer_id"],
            customer_address=thread["customer_address"],
            customer_name=thread["customer_name"],
            subject=thread["subject"],
            messages=tuple(shown_message(m) for m in await self.store.email_messages(thread["id"])),
        )

    async def reply(
        self, contact_id: str, agent_id: int, text: str, client_msg_id: uuid.UUID | None = None
    ) -> dict[str, Any]:
        """The agent's reply to the thread's customer: stored (queued), then
        sent. The same ``client_msg_id`` again (a retry after a lost answer)
        is the same reply, not a second one."""
        self.center.require_connected(contact_id, agent_id)
        thread = await self.thread_of(contact_id)
        history = await self.store.email_messages(thread["id"])
        answered = next((m for m in reversed(history) if m["direction"] == "in"), None)
        references = [*answered["references"], answered["message_id"]] if answered else []
        return await self._send(
            thread,
            agent_id,
            client_msg_id,
            to=thread["customer_address"],
            subject=threads.reply_subject(thread["subject"], thread["id"]),
            text=text,
            in_reply_to=answered["message_id"] if answered else None,
            references=references[-MAX_REFERENCES:],
        )

    async def forward(
        self,
        contact_id: str,
        agent_id: int,
        to: str,
        note: str,
        client_msg_id: uuid.UUID | None = None,
    ) -> dict[str, Any]:
        """The customer's last message, with its attachments, to ``to`` (a
        colleague, a supplier) with the agent's ``note`` above it. A new
        conversation for its reader: it answers no message of theirs."""
        self.center.require_connected(contact_id, agent_id)
        thread = await self.thread_of(contact_id)
        history = await self.store.email_messages(thread["id"])
        original = next((m for m in reversed(history) if m["direction"] == "in"), None)
        if original is None:
            raise NotFound("this thread has no message from the customer to forward")
        quoted = (
            "---------- Forwarded message ----------\n"
            f"From: {original['from_name']} <{original['from_address']}>\n"
            f"Date: {format_datetime(datetime.fromtimestamp(original['at'], UTC))}\n"
            f"Subject: {original['subject']}\n\n{original['text'].strip()}"
        )
        kept = [a for a in original["attachments"] if a["kept"]]
        return await self._send(
            thread,
            agent_id,
            client_msg_id,
            to=to,
            subject=f"Fwd: {original['subject']}".strip(),
            text=f"{note.strip()}\n\n{quoted}" if note.strip() else quoted,
            attachments=await self.store.email_attachment_rows([a["id"] for a in kept]),
        )

    async def _send(
        self,
        thread: dict[str, Any],
        agent_id: int,
        client_msg_id: uuid.UUID | None,
        *,
        to: str,
        subject: str,
        text: str,
        in_reply_to: str | None = None,
        references: list[str] | None = None,
        attachments: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A message from the thread's mailbox, signed with its signature:
        stored, then handed to the outbox."""
        box = await self.store.get_mailbox(thread["mailbox_id"])
        domain = box["address"].rpartition("@")[2]
        if client_msg_id is not None:
            message_id = f"<{client_msg_id}@{domain}>"
        else:
            message_id = make_msgid(domain=domain)
        signature = box["signature"].strip()
        row = {
            "mailbox_id": box["id"],
            "thread_id": thread["id"],
            "contact_id": thread["contact_id"],
            "message_id": message_id,
            "in_reply_to": in_reply_to,
            "references": references or [],
            "from_address": box["address"],
            "from_name": box["display_name"],
            "to_addresses": [to],
            "cc_addresses": [],
            "subject": subject,
            "text": text.rstrip() + (f"\n\n-- \n{signature}\n" if signature else "\n"),
            "at": self._clock(),
            "sent_by": agent_id,
        }
        saved = await self.store.queue_email(row, attachments or ())
        self.outbox.wake()
        return saved

    def _reply_changed(self, row: dict[str, Any]) -> None:
        self._tell_agent(row["contact_id"])

    def _tell_agent(self, contact_id: str | None) -> None:
        """The agent holding this contact reads its thread again."""
        agent_id = self._contacts.get(contact_id) if contact_id is not None else None
        if agent_id is not None and contact_id is not None:
            for desk in self.desks_of(agent_id):
                desk.send(p.EmailThreadUpdate(contact_id=contact_id))

    # ----------------------------------------------------------------- events

    def on_event(self, event: Event) -> None:
        contact_id = event.contact_id
        if contact_id is None or contact_id not in self._contacts:
            return
        if isinstance(event, Answered) and event.agent_id is not None:
            self._contacts[contact_id] = event.agent_id
            self._background.spawn(self.store.set_email_thread(contact_id, agent_id=event.agent_id))
        elif isinstance(event, Closed):
            self._contacts.pop(contact_id, None)
            self._background.spawn(self.store.set_email_thread(contact_id, contact_id=None))


def _customer(thread: dict[str, Any]) -> dict[str, Any]:
    """Who a thread's contact is with, as the center is told (no token: the
    customer has no page to come back to)."""
    return {
        "token_hash": None,
        "caller_name": thread["customer_name"] or thread["customer_address"],
        "caller_address": thread["customer_address"],
        "customer_id": thread["customer_id"],
    }


def shown_message(row: dict[str, Any]) -> rest.EmailMessage:
    """A stored message as agents read it (what fetching and sending keep is the server's)."""
    fields = rest.EmailMessage.model_fields
    return rest.EmailMessage.model_validate({k: v for k, v in row.items() if k in fields})


def _read(raw: bytes) -> parse.Incoming:
    """The message, or what can be kept of one the parser cannot read (it
    must not stop the mailbox: the next ones wait behind it)."""
    try:
        return parse.read(raw)
    except Exception:
        log.exception("an e-mail could not be read; kept as text")
        return parse.Incoming(
            message_id=parse.fallback_id(raw),
            in_reply_to=None,
            references=(),
            from_name="",
            from_address="",
            to=(),
            cc=(),
            subject="",
            date=None,
            text=raw[: parse.MAX_TEXT_CHARS].decode("utf-8", "replace"),
            html=None,
            size=len(raw),
        )


def _message_row(incoming: parse.Incoming, now: float) -> dict[str, Any]:
    return {
        "direction": "in",
        "status": "received",
        "message_id": incoming.message_id,
        "in_reply_to": incoming.in_reply_to,
        "references": list(incoming.references),
        "from_address": incoming.from_address,
        "from_name": incoming.from_name,
        "to_addresses": list(incoming.to),
        "cc_addresses": list(incoming.cc),
        "subject": incoming.subject,
        "text": incoming.text,
        "html": incoming.html,
        "at": now,  # when it reached us: what response times count from
    }


def _save(root: Path, folder: Path, incoming: parse.Incoming) -> list[dict[str, Any]]:
    """The attachments as files in ``folder`` (under ``root``, as their rows
    name them); the refused ones as rows with no file (``path`` empty), so
    the agent sees what did not come."""
    rows: list[dict[str, Any]] = []
    if incoming.attachments:
        (root / folder).mkdir(parents=True, exist_ok=True)
    for number, attachment in enumerate(incoming.attachments, 1):
        path = folder / str(number)
        (root / path).write_bytes(attachment.data)
        rows.append(
            {
                "filename": attachment.filename,
                "content_type": attachment.content_type,
                "size": len(attachment.data),
                "path": str(path),
            }
        )
    rows += [
        {"filename": r.filename, "content_type": r.content_type, "size": r.size, "path": ""}
        for r in incoming.refused
    ]
    return rows
