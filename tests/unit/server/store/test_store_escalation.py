"""What escalation reads from the store: an e-mail contact's first reply to
its customer (a forward to someone else is none), and every event of a set
of contacts, in log order."""

from __future__ import annotations

from typing import Any

from callnest.server.store import Store

from .conftest import FakeClock


async def thread_with_contact(store: Store, contact_id: str) -> tuple[int, int]:
    queue = await store.insert_row("queues", {"name": f"q-{contact_id}"})
    box = await store.create_mailbox(
        {
            "queue_id": queue["id"],
            "address": f"help-{contact_id}@example.com",
            "imap_host": "imap.example.com",
            "smtp_host": "smtp.example.com",
            "username": "help",
            "password": "secret",
        }
    )
    saved = await store.take_in_email(
        mailbox_id=box["id"],
        uid=1,
        thread_id=None,
        thread={"customer_address": "Zoe@Example.org", "customer_name": "Zoe", "subject": "Hi"},
        message={
            "direction": "in",
            "status": "received",
            "message_id": f"<in-{contact_id}@example.org>",
            "from_address": "zoe@example.org",
            "at": 1.0,
        },
        attachments=(),
        new_contact_id=contact_id,
    )
    assert saved is not None
    return box["id"], saved[0]["id"]


def out(box: int, thread: int, contact_id: str, n: int, to: str, at: float) -> dict[str, Any]:
    return {
        "mailbox_id": box,
        "thread_id": thread,
        "contact_id": contact_id,
        "message_id": f"<out-{contact_id}-{n}@example.com>",
        "from_address": "help@example.com",
        "to_addresses": [to],
        "at": at,
        "sent_by": None,
    }


async def test_the_first_reply_to_the_customer_is_found_by_its_contact(
    store: Store, clock: FakeClock
) -> None:
    box, thread = await thread_with_contact(store, "c1")
    await thread_with_contact(store, "c2")  # never answered
    assert await store.first_replies(["c1", "c2"]) == {}
    # A forward to a colleague is no answer to the customer.
    await store.queue_email(out(box, thread, "c1", 1, "expert@example.net", 5.0))
    assert await store.first_replies(["c1"]) == {}
    await store.queue_email(out(box, thread, "c1", 2, "zoe@example.org", 9.0))
    await store.queue_email(out(box, thread, "c1", 3, "zoe@example.org", 12.0))
    assert await store.first_replies(["c1", "c2", "c3"]) == {"c1": {"at": 9.0, "sent_by": None}}


async def test_a_contacts_events_come_in_log_order(store: Store) -> None:
    await store.append_events(
        [
            {"at": 5.0, "type": "contact.entered", "contact_id": "b", "queue_id": 1},
            {"at": 1.0, "type": "contact.entered", "contact_id": "a", "queue_id": 1},
            {"at": 2.0, "type": "contact.answered", "contact_id": "a", "queue_id": 1},
            {"at": 3.0, "type": "contact.closed", "contact_id": "c", "queue_id": 1},
        ]
    )
    found = await store.events_of_contacts(["a", "b"])
    assert [(e["contact_id"], e["type"]) for e in found] == [
        ("b", "contact.entered"),
        ("a", "contact.entered"),
        ("a", "contact.answered"),
    ]
    only = await store.events_of_contacts(["a", "b"], types=["contact.answered"])
    assert [e["contact_id"] for e in only] == ["a"]
    assert await store.events_of_contacts([]) == []
