"""Which conversation an incoming message belongs to.

The headers a reply carries (In-Reply-To, then References, newest first)
name the messages it answers; failing those, the thread's tag in the subject
("[#42]") does, which survives clients that drop the headers. Either counts
only when the thread is the sender's own: anyone can write a References
header naming another customer's message, and a forged or mistaken one must
open a new conversation, never show that customer's thread to a stranger or
add a stranger's words to it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from callnest.server.mail.parse import Incoming

_TAG = re.compile(r"\[#(\d{1,9})\]")


@dataclass(frozen=True, slots=True)
class Known:
    """A thread a message could belong to: its id and its customer's address."""

    thread_id: int
    customer_address: str


def tag(thread_id: int) -> str:
    return f"[#{thread_id}]"


def tagged(subject: str) -> int | None:
    found = _TAG.search(subject)
    return int(found.group(1)) if found else None


def answered_ids(message: Incoming) -> list[str]:
    """The Message-IDs the message answers, the likeliest first."""
    ids = [message.in_reply_to] if message.in_reply_to else []
    ids += [i for i in reversed(message.references) if i not in ids]
    return ids


def thread_of(
    message: Incoming, by_message_id: Mapping[str, Known], by_tag: Known | None
) -> int | None:
    """The sender's own thread this message continues, or None for a new one.
    ``by_message_id`` holds the known messages among :func:`answered_ids`,
    ``by_tag`` the thread the subject's tag names, if it exists."""
    sender = message.from_address
    if not sender:
        return None
    for message_id in answered_ids(message):
        known = by_message_id.get(message_id)
        if known is not None and known.customer_address == sender:
            return known.thread_id
    if by_tag is not None and by_tag.customer_address == sender:
        return by_tag.thread_id
    return None


def reply_subject(subject: str, thread_id: int) -> str:
    """ "Re: <subject> [#id]": one "Re:" and one tag, however long the thread."""
    bare = _TAG.sub("", subject)
    bare = re.sub(r"^\s*((re|aw|sv|odg|ответ|otv|rv)\s*:\s*)+", "", bare, flags=re.IGNORECASE)
    bare = " ".join(bare.split())
    return f"Re: {bare} {tag(thread_id)}" if bare else f"Re: {tag(thread_id)}"
