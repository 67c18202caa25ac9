"""The agent's chats as the server describes them: per contact the customer,
the queue, the messages in order, what is unread, whether the other side is
typing, the agent's own messages until the server has stored them, and the
wrap-up. No widgets (Qt only for its words): fed protocol messages, read by the
chat panel.

The server resends a chat's whole history after an answer and after every
reconnect, so a message is known by its ``message_id`` and kept once; the
agent's own message is shown at once as *sending* and becomes the stored one
when the server echoes its ``client_msg_id``.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from callnest import protocol as p
from callnest.desktop.i18n import translate
from callnest.protocol import rest

TEXT_CHANNELS = (p.Channel.CHAT, p.Channel.TASK, p.Channel.EMAIL)
"""Contacts the chat panel handles: live chats, offline messages (tasks) and
e-mail threads (read over REST, not message by message: see ``Chat.thread``)."""

LineState = Literal["sent", "sending", "failed"]


@dataclass(frozen=True, slots=True)
class Line:
    """One message as shown. ``order`` sorts the stored ones (the server's
    sequence); a line still sending has none and stays at the end."""

    sender: p.ChatSender
    text: str
    at: float  # server clock for stored lines, local clock while sending
    message_id: str | None = None
    client_msg_id: str | None = None
    sender_name: str | None = None
    state: LineState = "sent"
    problem: str = ""  # why it was not sent
    order: tuple[float, float] = (0.0, 0.0)

    @property
    def key(self) -> str:
        """Stable while a message goes from sending to stored."""
        return f"c:{self.client_msg_id}" if self.client_msg_id else f"m:{self.message_id}"


@dataclass(slots=True)
class Chat:
    """One chat (or offline message) the agent holds or is offered."""

    contact: p.ContactInfo
    customer: p.CustomerCard | None = None
    script: str | None = None
    offer_id: str | None = None  # while it rings
    lines: list[Line] = field(default_factory=list)  # stored, in order
    pending: dict[str, Line] = field(default_factory=dict)  # client_msg_id -> sending/failed
    unread: int = 0
    typing: set[p.ChatSender] = field(default_factory=set)  # who on the other side types
    revision: int = 0  # bumped on every change: the panel repaints what moved
    # An e-mail's thread as the server last gave it; ``thread_stale`` when the
    # server said it changed (or it was never read): the panel reads it again.
    thread: rest.EmailThread | None = None
    thread_stale: bool = True

    @property
    def contact_id(self) -> str:
        return self.contact.contact_id

    @property
    def phase(self) -> p.ContactPhase:
        return self.contact.phase

    @property
    def is_task(self) -> bool:
        """An offline message: read it, call back, wrap up; nobody to chat with."""
        return self.contact.channel is p.Channel.TASK

    @property
    def is_email(self) -> bool:
        return self.contact.channel is p.Channel.EMAIL

    @property
    def in_wrap_up(self) -> bool:
        return self.contact.phase is p.ContactPhase.WRAP_UP

    @property
    def customer_left(self) -> bool:
        return self.contact.end_reason is p.EndReason.CALLER_HANGUP

    @property
    def name(self) -> str:
        """Who the chat is with, as the tab says it."""
        if self.customer is not None and self.customer.name:
            return self.customer.name
        return self.contact.caller_name or translate(
            "models.chat", "Customer", "who a chat is with, when their name is not known"
        )

    @property
    def shown(self) -> list[Line]:
        """Stored lines in order, then the agent's lines still on their way."""
        return [*self.lines, *self.pending.values()]

    def has(self, message_id: str) -> bool:
        return any(line.message_id == message_id for line in self.lines)


class ChatBook:
    """Every chat of this desktop, in the order they were answered."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._chats: dict[str, Chat] = {}
        self._arrivals = 0.0  # tie-breaker for lines without a sequence number
        self.focused: str | None = None  # the chat the agent is looking at
        self.skew = 0.0  # server clock minus local clock (the agent model learns it)

    # ------------------------------------------------------------ reading

    def get(self, contact_id: str) -> Chat | None:
        return self._chats.get(contact_id)

    @property
    def open(self) -> list[Chat]:
        """Answered chats (in progress or in wrap-up): one tab each."""
        return [c for c in self._chats.values() if c.phase is not p.ContactPhase.RINGING]

    @property
    def ringing(self) -> list[Chat]:
        return [c for c in self._chats.values() if c.phase is p.ContactPhase.RINGING]

    @property
    def unread(self) -> int:
        return sum(c.unread for c in self.open)

    def chat_seconds(self, contact_id: str) -> float | None:
        chat = self._chats.get(contact_id)
        if chat is None or chat.contact.answered_at is None:
            return None
        return max(0.0, self._clock() - (chat.contact.answered_at - self.skew))

    def wrap_up_seconds_left(self, contact_id: str) -> float | None:
        chat = self._chats.get(contact_id)
        if chat is None or not chat.in_wrap_up or chat.contact.wrap_up_deadline is None:
            return None
        return max(0.0, chat.contact.wrap_up_deadline - self.skew - self._clock())

    # ------------------------------------------------------------ server

    def apply(self, message: p.Message) -> set[str]:
        """Moves the book by one server message; the chats it changed."""
        if isinstance(message, p.Welcome):
            return self._welcome(message.agent.contacts)
        if isinstance(message, p.Offer):
            return self._offer(message)
        if isinstance(message, p.OfferWithdrawn):
            gone = [c.contact_id for c in self.ringing if c.offer_id == message.offer_id]
            return self._drop(gone)
        if isinstance(message, p.ContactUpdate):
            return self._contact(message.contact)
        if isinstance(message, p.ChatMessage):
            return self._message(message)
        if isinstance(message, p.ChatTypingUpdate):
            return self._typing(message)
        if isinstance(message, p.EmailThreadUpdate):
            return self.thread_changed(message.contact_id)
        return set()

    def _welcome(self, contacts: Iterable[p.ContactInfo]) -> set[str]:
        # What the server holds replaces what we knew; the messages of a chat
        # that goes on stay (its history comes again and is deduplicated).
        held = {
            c.contact_id: c
            for c in contacts
            if c.channel in TEXT_CHANNELS and c.phase is not p.ContactPhase.ENDED
        }
        changed = self._drop([cid for cid in self._chats if cid not in held])
        for contact in held.values():
            chat = self._chats.get(contact.contact_id)
            if chat is None:
                self._chats[contact.contact_id] = Chat(contact)
            elif chat.contact == contact:
                continue
            else:
                chat.contact = contact
                chat.revision += 1
            changed.add(contact.contact_id)
        return changed

    def _offer(self, offer: p.Offer) -> set[str]:
        contact = offer.contact
        if contact.channel not in TEXT_CHANNELS:
            return set()
        chat = self._chats.get(contact.contact_id)
        if chat is None:
            chat = self._chats[contact.contact_id] = Chat(contact)
        chat.contact, chat.offer_id = contact, offer.offer_id
        chat.customer, chat.script = offer.customer, offer.script
        chat.revision += 1
        return {contact.contact_id}

    def _contact(self, contact: p.ContactInfo) -> set[str]:
        chat = self._chats.get(contact.contact_id)
        if contact.channel not in TEXT_CHANNELS:
            return set()
        if contact.phase is p.ContactPhase.ENDED:
            return self._drop([contact.contact_id])
        if chat is None:
            chat = self._chats[contact.contact_id] = Chat(contact)
        if contact.phase is not p.ContactPhase.RINGING:
            chat.offer_id = None
        if contact.phase is p.ContactPhase.WRAP_UP:
            chat.typing.clear()  # nobody types into a closed chat
        chat.contact = contact
        chat.revision += 1
        return {contact.contact_id}

    def _message(self, message: p.ChatMessage) -> set[str]:
        chat = self._chats.get(message.contact_id)
        if chat is None:
            return set()  # not ours (a chat already closed here)
        mine = chat.pending.pop(message.client_msg_id, None) if message.client_msg_id else None
        if chat.has(message.message_id):
            if mine is None:
                return set()  # history sent again: shown once
            chat.revision += 1
            return {chat.contact_id}
        self._arrivals += 1
        line = Line(
            sender=message.sender,
            text=message.text,
            at=message.at,
            message_id=message.message_id,
            client_msg_id=message.client_msg_id,
            sender_name=message.sender_name,
            order=_order(message, self._arrivals),
        )
        bisect.insort(chat.lines, line, key=lambda known: known.order)
        if message.sender == "customer":
            chat.typing.discard("customer")  # a message ends the typing it announced
        if message.sender != "agent" and chat.contact_id != self.focused:
            chat.unread += 1
        chat.revision += 1
        return {chat.contact_id}

    def _typing(self, update: p.ChatTypingUpdate) -> set[str]:
        chat = self._chats.get(update.contact_id)
        if chat is None or (update.sender in chat.typing) == update.typing:
            return set()
        if update.typing:
            chat.typing.add(update.sender)
        else:
            chat.typing.discard(update.sender)
        chat.revision += 1
        return {chat.contact_id}

    def _drop(self, contact_ids: Iterable[str]) -> set[str]:
        dropped = {cid for cid in contact_ids if self._chats.pop(cid, None) is not None}
        if self.focused in dropped:
            self.focused = None
        return dropped

    # ------------------------------------------------------------ the agent

    def watch(self, contact: p.ContactInfo) -> None:
        """Follows a chat this desktop does not hold: a supervisor reading it."""
        if contact.contact_id not in self._chats:
            self._chats[contact.contact_id] = Chat(contact)
        self.focused = contact.contact_id  # read as it comes: nothing is unread

    def focus(self, contact_id: str | None) -> bool:
        """The agent looks at this chat (``None``: at none): its messages are read."""
        self.focused = contact_id
        chat = self._chats.get(contact_id) if contact_id is not None else None
        if chat is None or chat.unread == 0:
            return False
        chat.unread = 0
        chat.revision += 1
        return True

    def sending(self, contact_id: str, client_msg_id: str, text: str) -> Line | None:
        """The agent sent ``text``: shown at once, as sending."""
        chat = self._chats.get(contact_id)
        if chat is None:
            return None
        line = Line(
            sender="agent",
            text=text,
            at=self._clock(),
            client_msg_id=client_msg_id,
            state="sending",
        )
        chat.pending[client_msg_id] = line
        chat.revision += 1
        return line

    def send_failed(self, contact_id: str, client_msg_id: str, problem: str) -> bool:
        """The server refused (or never got) the message: kept, marked, with why."""
        chat = self._chats.get(contact_id)
        line = chat.pending.get(client_msg_id) if chat is not None else None
        if chat is None or line is None:
            return False  # stored after all (its echo came first)
        chat.pending[client_msg_id] = replace(line, state="failed", problem=problem)
        chat.revision += 1
        return True

    def retry(self, contact_id: str, client_msg_id: str) -> Line | None:
        """A failed message goes again (same ``client_msg_id``: stored at most once)."""
        chat = self._chats.get(contact_id)
        line = chat.pending.get(client_msg_id) if chat is not None else None
        if chat is None or line is None or line.state != "failed":
            return None
        chat.pending[client_msg_id] = again = replace(line, state="sending", problem="")
        chat.revision += 1
        return again

    def thread_changed(self, contact_id: str) -> set[str]:
        """The server says an e-mail thread changed: it is to be read again."""
        chat = self._chats.get(contact_id)
        if chat is None or not chat.is_email:
            return set()
        chat.thread_stale = True
        chat.revision += 1
        return {contact_id}

    @property
    def stale_threads(self) -> list[str]:
        """The open e-mails whose thread is to be read (again)."""
        return [c.contact_id for c in self.open if c.is_email and c.thread_stale]

    def set_thread(self, contact_id: str, thread: rest.EmailThread) -> bool:
        """The thread as read; what the customer wrote meanwhile is unread
        unless the agent is looking at it."""
        chat = self._chats.get(contact_id)
        if chat is None:
            return False
        seen = {m.id for m in chat.thread.messages} if chat.thread is not None else set()
        new = [m for m in thread.messages if m.id not in seen and m.direction == "in"]
        if chat.thread is not None and new and contact_id != self.focused:
            chat.unread += len(new)
        chat.thread, chat.thread_stale = thread, False
        chat.revision += 1
        return True

    def restore_card(self, contact_id: str, card: p.CustomerCard) -> bool:
        """The card of a chat held from before a restart, fetched again."""
        chat = self._chats.get(contact_id)
        if chat is None:
            return False
        chat.customer = card
        chat.revision += 1
        return True


def _order(message: p.ChatMessage, arrival: float) -> tuple[float, float]:
    """The server's sequence number when it gives one; else time, then arrival."""
    if message.seq is not None:
        return (float(message.seq), 0.0)
    return (message.at, arrival)
