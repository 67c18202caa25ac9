"""Chat conversations: the messages between a customer's web page and the
agents who take the chat, and the supervisors who read along.

A chat is an ACD contact of channel CHAT (an offline message, one of channel
TASK) like any other: it queues, rings, is answered, transferred, ended and
wrapped up through the center. This module adds what a call does not have:
the messages, stored before anyone is told of them and numbered per chat
(``seq``), so that every reader sees them in one order and a page or desktop
that reconnects picks up exactly what it missed; who is typing; and the
conversation surviving a server restart (it goes back to the head of its
queue, its history intact).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
import uuid
from collections import deque
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiohttp import web

from callnest import protocol as p
from callnest.server.acd import AgentState, Channel, Event, EventType, Phase
from callnest.server.acd.events import Answered, Closed, Ended, Requeued, Transferred
from callnest.server.auth import MANAGERS, Principal, new_token, supervises, token_hash
from callnest.server.center import Center
from callnest.server.refused import Refused
from callnest.server.settings import Settings
from callnest.server.store.errors import NotFound
from callnest.server.store.store import Store

log = logging.getLogger("callnest.chat")

CUSTOMER_OUTBOX_LIMIT = 500  # a page this far behind is not reading: close it
RATE_WINDOW_S = 60.0

Frame = dict[str, Any]


class Desk(Protocol):
    """A desktop session, as chat sees it."""

    user_id: int
    principal: Principal

    def send(self, message: p.Message) -> None: ...


class ChatError(Refused):
    """A customer's request refused; ``retry_after`` when trying later helps."""

    def __init__(self, code: p.ErrorCode, message: str, retry_after: float | None = None) -> None:
        super().__init__(code, message)
        self.retry_after = retry_after


class CustomerLink:
    """One customer page's WebSocket: frames leave through an outbox, in order."""

    def __init__(self, ws: web.WebSocketResponse) -> None:
        self.ws = ws
        self.typing = False
        self._outbox: asyncio.Queue[Frame | None] = asyncio.Queue(CUSTOMER_OUTBOX_LIMIT)

    def send(self, frame: Frame | None) -> None:
        try:
            self._outbox.put_nowait(frame)
        except asyncio.QueueFull:
            log.warning("a chat page is not reading; closing it")
            asyncio.get_running_loop().create_task(self.ws.close())

    async def pump(self) -> None:
        while (frame := await self._outbox.get()) is not None:
            if self.ws.closed:
                return
            await self.ws.send_json(frame)


@dataclass(eq=False)
class Conversation:
    """One open chat (or offline message) in memory."""

    contact_id: str
    channel: Channel
    queue_id: int
    customer_name: str
    token_hash: str
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    last_seq: int = 0
    agent_id: int | None = None  # the agent reading it now (they have the history)
    agent_name: str | None = None
    talk_over: bool = False  # ended by either side: no more messages
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    customers: set[CustomerLink] = field(default_factory=set)
    watchers: set[Desk] = field(default_factory=set)
    sent_at: deque[float] = field(default_factory=deque)  # the customer's, for the rate limit
    # When the customer was last there (a page connected, or a message):
    # time.monotonic(), for ending a chat whose customer has gone.
    customer_seen_at: float = field(default_factory=time.monotonic)

    def token_matches(self, token: str) -> bool:
        return hmac.compare_digest(self.token_hash, token_hash(token))


def customer_frame(row: dict[str, Any]) -> Frame:
    """A stored message as the customer's page receives it."""
    return {
        "type": "message",
        "seq": row["seq"],
        "sender": row["sender"],
        "name": row["sender_name"],
        "text": row["text"],
        "at": row["at"],
        "client_msg_id": row.get("client_msg_id") if row["sender"] == "customer" else None,
    }


def desk_message(row: dict[str, Any]) -> p.ChatMessage:
    """A stored message as a desktop receives it."""
    return p.ChatMessage(
        contact_id=row["contact_id"],
        message_id=str(row["id"]),
        sender=row["sender"],
        text=row["text"],
        at=row["at"],
        client_msg_id=row.get("client_msg_id") if row["sender"] == "agent" else None,
        sender_name=(row["sender_name"] or "")[:200] or None,
        seq=row["seq"],
    )


def transcript(chat: dict[str, Any], queue_name: str, rows: Iterable[dict[str, Any]]) -> str:
    """The chat as plain text, one message a line, times in UTC."""

    def stamp(at: float) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(at))

    lines = [
        f"Chat with {queue_name}",
        f"Started {stamp(chat['started_at'])} UTC by {chat['customer_name']}",
        "",
    ]
    for row in rows:
        text = row["text"].replace("\r\n", "\n").replace("\n", "\n    ")
        who = "*" if row["sender"] == "system" else f"{row['sender_name'] or row['sender']}:"
        lines.append(f"[{stamp(row['at'])}] {who} {text}")
    return "\n".join(lines) + "\n"


class Chats:
    """Every open conversation, and the people reading them."""

    def __init__(self, center: Center, store: Store, settings: Settings) -> None:
        self.center = center
        self.store = store
        self.settings = settings
        self.by_id: dict[str, Conversation] = {}
        # The desktop sessions of a user; set by the server once sessions exist.
        self.desks_of: Callable[[int], Iterable[Desk]] = lambda user_id: ()
        self._tasks: set[asyncio.Task[None]] = set()
        center.subscribe(self.on_event)

    # ------------------------------------------------------------ life cycle

    async def start(self) -> None:
        """Chats open when the server last stopped go back to their queues,
        at the head of the line, with their history (nothing died with the
        process: the customer's page reconnects)."""
        restored = 0
        for row in await self.store.open_chats():
            queue_id = row["queue_id"]
            if queue_id is None or queue_id not in self.center.queues:
                await self.store.end_chat(row["contact_id"], self.center.clock())
                continue
            conv = self._remember(row)
            conv.last_seq = row["last_seq"]
            try:
                interaction: dict[str, Any] | None = await self.store.get_interaction(
                    conv.contact_id
                )
            except NotFound:
                interaction = None
            self.center.restore_contact(
                queue_id,
                conv.channel,
                contact_id=conv.contact_id,
                token_hash=conv.token_hash,
                caller_name=conv.customer_name,
                caller_address=self._caller_address(conv),
                customer_id=row["customer_id"],
                entered_at=row["started_at"],
                interaction=interaction,
            )
            restored += 1
        if restored:
            log.warning("%d chats open at the last shutdown are back in their queues", restored)

    async def close_pages(self) -> None:
        """The server is shutting down: pages are told to come back (1001,
        going away) rather than holding the shutdown up until they leave."""
        links = [link for conv in self.by_id.values() for link in conv.customers]
        await asyncio.gather(
            *(link.ws.close(code=1001, message=b"server restarting") for link in links),
            return_exceptions=True,
        )

    async def stop(self) -> None:
        await self.close_pages()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # ------------------------------------------------------------- opening

    def online(self, queue_id: int) -> bool:
        """Someone could take a chat now: the queue is open and one of its
        agents is logged in."""
        queue = self.center.queues.get(queue_id)
        if queue is None:
            return False
        if queue.hours is not None and not queue.hours.is_open(self.center.clock()):
            return False
        return any(a.state is not AgentState.OFFLINE for a in self.center.members(queue_id))

    def open_from(self, address: str) -> int:
        return sum(
            1
            for c in self.by_id.values()
            if c.address == address and c.channel is Channel.CHAT and not c.talk_over
        )

    async def open(
        self,
        queue_id: int,
        channel: Channel,
        *,
        name: str,
        email: str | None,
        phone: str | None,
        address: str,
        customer_id: int | None,
        first_text: str | None = None,
    ) -> tuple[Conversation, str]:
        """Starts a chat (or leaves an offline message): stored, then queued.
        Returns the conversation and the customer's token (shown once)."""
        token = new_token()
        row = {
            "contact_id": str(uuid.uuid4()),
            "channel": str(channel),
            "queue_id": queue_id,
            "token_hash": token_hash(token),
            "customer_name": name,
            "email": email,
            "phone": phone,
            "address": address,
            "customer_id": customer_id,
            "started_at": self.center.clock(),
        }
        await self.store.insert_chat(row)
        conv = self._remember(row)
        if first_text is not None:
            await self.post(conv, "customer", name, first_text)
        if queue_id not in self.center.queues:  # deleted while we wrote
            await self._end(conv)
            raise ChatError(p.ErrorCode.NOT_FOUND, "this line no longer exists")
        self.center.open_contact(
            queue_id,
            channel,
            contact_id=conv.contact_id,
            token_hash=conv.token_hash,
            caller_name=name,
            caller_address=self._caller_address(conv),
            customer_id=customer_id,
        )
        return conv, token

    def _remember(self, row: dict[str, Any]) -> Conversation:
        conv = Conversation(
            contact_id=row["contact_id"],
            channel=Channel(row["channel"]),
            queue_id=row["queue_id"],
            customer_name=row["customer_name"],
            token_hash=row["token_hash"],
            email=row.get("email"),
            phone=row.get("phone"),
            address=row.get("address"),
        )
        self.by_id[conv.contact_id] = conv
        return conv

    @staticmethod
    def _caller_address(conv: Conversation) -> str | None:
        # What the agent sees as "from": the number to call back for an
        # offline message, the e-mail for a chat.
        return conv.phone if conv.channel is Channel.TASK else conv.email

    # ------------------------------------------------------------ messages

    async def post(
        self,
        conv: Conversation,
        sender: str,
        name: str | None,
        text: str,
        client_msg_id: str | None = None,
    ) -> dict[str, Any]:
        async with conv.lock:
            return await self._post_locked(conv, sender, name, text, client_msg_id)

    async def _post_locked(
        self,
        conv: Conversation,
        sender: str,
        name: str | None,
        text: str,
        client_msg_id: str | None = None,
    ) -> dict[str, Any]:
        """Stores the message, then tells everyone reading the chat."""
        if client_msg_id is not None:
            # Resent after a lost connection: the stored one, echoed again.
            known = await self.store.chat_message_by_client_id(conv.contact_id, client_msg_id)
            if known is not None:
                self._deliver(conv, known, echo_only=True)
                return known
        row: dict[str, Any] = {
            "contact_id": conv.contact_id,
            "seq": conv.last_seq + 1,
            "sender": sender,
            "sender_name": name,
            "text": text,
            "at": self.center.clock(),
            "client_msg_id": client_msg_id,
        }
        row["id"] = await self.store.add_chat_message(row)
        conv.last_seq = row["seq"]
        self._deliver(conv, row)
        return row

    def _deliver(self, conv: Conversation, row: dict[str, Any], *, echo_only: bool = False) -> None:
        sender = row["sender"]
        if not echo_only or sender == "customer":
            frame = customer_frame(row)
            for link in conv.customers:
                link.send(frame)
        if echo_only and sender == "customer":
            return
        message = desk_message(row)
        if conv.agent_id is not None:
            for desk in self.desks_of(conv.agent_id):
                desk.send(message)
        if not echo_only:
            for watcher in conv.watchers:
                watcher.send(message)

    async def customer_send(self, conv: Conversation, text: str, client_msg_id: str | None) -> None:
        if conv.talk_over or self.center.live_contact(conv.contact_id) is None:
            raise ChatError(
                p.ErrorCode.CHAT_ENDED, "this chat has ended; start a new one to write again"
            )
        limit = self.settings.chat_messages_per_minute
        now = time.monotonic()
        while conv.sent_at and conv.sent_at[0] <= now - RATE_WINDOW_S:
            conv.sent_at.popleft()
        if limit > 0 and len(conv.sent_at) >= limit:
            wait = conv.sent_at[0] + RATE_WINDOW_S - now
            raise ChatError(
                p.ErrorCode.TOO_FAST,
                f"you are sending messages too fast; wait {int(wait) + 1} s and send it again",
                wait,
            )
        conv.sent_at.append(now)
        conv.customer_seen_at = now
        await self.post(conv, "customer", conv.customer_name, text, client_msg_id)

    def customer_typing(self, conv: Conversation, link: CustomerLink, typing: bool) -> None:
        link.typing = typing
        update = p.ChatTypingUpdate(contact_id=conv.contact_id, sender="customer", typing=typing)
        self._to_desks(conv, update)

    def customer_leaves(self, conv: Conversation) -> None:
        self.center.caller_left(conv.contact_id)

    def end_abandoned(self, now: float) -> int:
        """Ends the chats whose customer has gone: no page connected and
        nothing from them for ``chat_idle_end_s``. Otherwise such a chat is
        offered to agent after agent, and back after every restart."""
        idle = self.settings.chat_idle_end_s
        gone = [
            conv
            for conv in self.by_id.values()
            if conv.channel is Channel.CHAT
            and not conv.talk_over
            and not conv.customers
            and now - conv.customer_seen_at >= idle
        ]
        for conv in gone:
            log.info(
                "chat %s: the customer has been gone %.0f s; ending it", conv.contact_id[:8], idle
            )
            self.customer_leaves(conv)
        return len(gone)

    async def end_abandoned_forever(self) -> None:
        """:meth:`end_abandoned`, a few times per idle period."""
        while True:
            await asyncio.sleep(max(0.1, min(30.0, self.settings.chat_idle_end_s / 4)))
            self.end_abandoned(time.monotonic())

    # ----------------------------------------------------------- the agent

    def _agent_chat(self, user_id: int, contact_id: str) -> Conversation:
        conv = self.by_id.get(contact_id)
        if conv is None or conv.channel is not Channel.CHAT:
            raise Refused(p.ErrorCode.NOT_A_CHAT, "this contact is not a chat")
        self.center.require_connected(contact_id, user_id)
        return conv

    async def agent_send(self, user_id: int, message: p.ChatSend) -> None:
        conv = self._agent_chat(user_id, message.contact_id)
        await self.post(
            conv, "agent", self._agent_name(user_id), message.text, message.client_msg_id
        )

    def agent_typing(self, user_id: int, message: p.ChatTyping) -> None:
        conv = self._agent_chat(user_id, message.contact_id)
        frame = {"type": "typing", "typing": message.typing, "name": self._agent_name(user_id)}
        for link in conv.customers:
            link.send(frame)
        update = p.ChatTypingUpdate(
            contact_id=conv.contact_id, sender="agent", typing=message.typing
        )
        for watcher in conv.watchers:
            watcher.send(update)

    def _agent_name(self, user_id: int) -> str:
        agent = self.center.agents.get(user_id)
        return (agent.config.name if agent else "") or "Agent"

    async def resend_history(self, desk: Desk) -> None:
        """A desktop (re)connected: the history of every chat its agent holds."""
        agent = self.center.agents.get(desk.user_id)
        for contact_id in list(agent.contacts if agent else ()):
            conv = self.by_id.get(contact_id)
            if conv is not None and conv.agent_id == desk.user_id:
                async with conv.lock:
                    for row in await self.store.chat_messages(contact_id):
                        desk.send(desk_message(row))

    # ---------------------------------------------------------- supervisors

    async def watch(self, desk: Desk, contact_id: str) -> None:
        if desk.principal.role not in MANAGERS:
            raise Refused(p.ErrorCode.FORBIDDEN, "reading chats is for supervisors and owners")
        conv = self.by_id.get(contact_id)
        if conv is None or conv.channel is not Channel.CHAT:
            raise Refused(p.ErrorCode.NOT_A_CHAT, "there is no live chat with this id")
        if not supervises(desk.principal, self._team_of(conv)):
            raise Refused(p.ErrorCode.FORBIDDEN, "this chat is handled outside your team")
        async with conv.lock:
            for row in await self.store.chat_messages(contact_id):
                desk.send(desk_message(row))
            conv.watchers.add(desk)

    def unwatch(self, desk: Desk, contact_id: str | None = None) -> None:
        for conv in [self.by_id[contact_id]] if contact_id in self.by_id else self.by_id.values():
            conv.watchers.discard(desk)

    def _team_of(self, conv: Conversation) -> int | None:
        contact = self.center.live_contact(conv.contact_id)
        agent = self.center.agents.get(contact.agent_id) if contact and contact.agent_id else None
        return agent.config.team_id if agent else None

    def live(self, who: Principal) -> list[dict[str, Any]]:
        """The open chats ``who`` may read."""
        out = []
        for conv in self.by_id.values():
            contact = self.center.live_contact(conv.contact_id)
            if conv.channel is not Channel.CHAT or contact is None:
                continue
            if not supervises(who, self._team_of(conv)):
                continue
            out.append(
                {
                    "contact_id": conv.contact_id,
                    "queue_id": contact.queue_id,
                    "agent_id": contact.agent_id,
                    "customer_name": conv.customer_name,
                    "state": str(contact.phase),
                    "started_at": contact.entered_at,
                }
            )
        return out

    # --------------------------------------------------------------- status

    def status(self, conv: Conversation) -> Frame:
        """Where the chat stands, for the customer's page."""
        contact = self.center.live_contact(conv.contact_id)
        meta = self.center.contacts.get(conv.contact_id)
        state = str(contact.phase) if contact else "closed"
        position = self.center.position(conv.contact_id)
        return {
            "type": "status",
            "state": state,
            "channel": str(conv.channel),
            "position": position,
            "agent": conv.agent_name if contact and contact.phase is Phase.CONNECTED else None,
            "ended": conv.talk_over or contact is None or contact.phase is Phase.WRAP_UP,
            "outcome": meta.outcome if meta else None,
        }

    def _push_status(self, conv: Conversation) -> None:
        frame = self.status(conv)
        for link in conv.customers:
            link.send(frame)

    # --------------------------------------------------------------- events

    def on_event(self, event: Event) -> None:
        conv = self.by_id.get(event.contact_id or "")
        if conv is None:
            if event.queue_id is not None and event.type in _MOVES_THE_LINE:
                for other in self.by_id.values():
                    if other.queue_id == event.queue_id and other.customers:
                        self._push_status(other)
            return
        # In order: each event's work waits for the one before it (the lock is FIFO).
        self._spawn(self._on_contact_event(conv, event))

    async def _on_contact_event(self, conv: Conversation, event: Event) -> None:
        async with conv.lock:
            conv.queue_id = event.queue_id or conv.queue_id
            name = self._agent_name(event.agent_id) if event.agent_id is not None else None
            if isinstance(event, Answered) and event.agent_id is not None:
                await self._say(conv, f"{name} joined the chat.")
                conv.agent_id, conv.agent_name = event.agent_id, name
                history = [desk_message(r) for r in await self.store.chat_messages(conv.contact_id)]
                for desk in self.desks_of(event.agent_id):
                    for message in history:
                        desk.send(message)
            elif isinstance(event, Transferred):
                await self._say(conv, f"{name} passed the chat on; please wait a moment.")
                conv.agent_id = conv.agent_name = None
            elif isinstance(event, Requeued) and conv.agent_id is not None:
                await self._say(conv, f"{conv.agent_name} left the chat.")
                conv.agent_id = conv.agent_name = None
            elif isinstance(event, Ended) and event.reason != "transferred":
                who = conv.customer_name if event.reason == "caller_hangup" else name
                verb = "left" if event.reason == "caller_hangup" else "ended"
                await self._say(conv, f"{who} {verb} the chat.")
                await self._end(conv)
            elif isinstance(event, Closed):
                await self._end(conv)
                self.by_id.pop(conv.contact_id, None)
            if isinstance(event, (Closed, Ended)) or event.type in _MOVES_THE_LINE:
                self._push_status(conv)

    async def _say(self, conv: Conversation, text: str) -> None:
        """A line from the system in a live chat (an offline message has no one to tell)."""
        if conv.channel is Channel.CHAT:
            await self._post_locked(conv, "system", None, text)

    async def _end(self, conv: Conversation) -> None:
        if not conv.talk_over:
            conv.talk_over = True
            await self.store.end_chat(conv.contact_id, self.center.clock())

    def _to_desks(self, conv: Conversation, message: p.Message) -> None:
        if conv.agent_id is not None:
            for desk in self.desks_of(conv.agent_id):
                desk.send(message)
        for watcher in conv.watchers:
            watcher.send(message)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(self._logged(work))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _logged(work: Coroutine[Any, Any, None]) -> None:
        with contextlib.suppress(asyncio.CancelledError):
            try:
                await work
            except Exception:
                log.exception("a chat event could not be handled")


# What changes a waiting customer's place in line, or their chat's state.
_MOVES_THE_LINE = frozenset(
    {
        EventType.ENTERED,
        EventType.OFFERED,
        EventType.ANSWERED,
        EventType.ABANDONED,
        EventType.REQUEUED,
        EventType.TRANSFERRED,
        EventType.OVERFLOWED,
        EventType.OFFER_MISSED,
        EventType.OFFER_DECLINED,
        EventType.OFFER_WITHDRAWN,
        EventType.CLOSED,
    }
)
