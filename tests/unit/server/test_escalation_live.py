"""Escalation in the server, on a real center and store: an e-mail's first
reply to its customer is found in the store and written to the log once
(also when its contact closes before a check), an escalation's reason is
kept on the interaction, and after a restart the open items take up the
tiers the log says they reached."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from callnest.server.acd import AgentState, Channel
from callnest.server.center import Center
from callnest.server.escalation import Escalations
from callnest.server.settings import Settings
from callnest.server.store import Store, open_store


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await open_store(f"sqlite:///{tmp_path / 'callnest.sqlite3'}")
    yield opened
    await opened.close()


async def started(store: Store, tmp_path: Path, clock: Clock) -> tuple[Center, Escalations]:
    center = Center(store, Settings(data_dir=tmp_path), clock=clock)
    await center.start()
    escalations = Escalations(center, store, center.settings, clock=clock)
    await escalations.start()
    return center, escalations


async def stopped(center: Center, escalations: Escalations) -> None:
    await escalations.stop()
    await center.stop()


async def an_email(store: Store, queue_id: int, contact_id: str, uid: int) -> dict[str, Any]:
    boxes = await store.list_mailboxes()
    box = boxes[0] if boxes else None
    if box is None:
        box = await store.create_mailbox(
            {
                "queue_id": queue_id,
                "address": "help@example.com",
                "imap_host": "imap.example.com",
                "smtp_host": "smtp.example.com",
                "username": "help",
                "password": "secret",
            }
        )
    saved = await store.take_in_email(
        mailbox_id=box["id"],
        uid=uid,
        thread_id=None,
        thread={"customer_address": "zoe@example.org", "customer_name": "Zoe", "subject": "Hi"},
        message={
            "direction": "in",
            "status": "received",
            "message_id": f"<{contact_id}@example.org>",
            "from_address": "zoe@example.org",
            "at": 1.0,
        },
        attachments=(),
        new_contact_id=contact_id,
    )
    assert saved is not None
    return saved[0]


async def reply(store: Store, thread: dict[str, Any], agent_id: int | None, at: float) -> None:
    await store.queue_email(
        {
            "mailbox_id": thread["mailbox_id"],
            "thread_id": thread["id"],
            "contact_id": thread["contact_id"],
            "message_id": f"<re-{thread['contact_id']}@example.com>",
            "from_address": "help@example.com",
            "to_addresses": ["zoe@example.org"],
            "at": at,
            "sent_by": agent_id,
        }
    )


def open_email(center: Center, queue_id: int, contact_id: str) -> None:
    center.open_contact(
        queue_id,
        Channel.EMAIL,
        contact_id=contact_id,
        token_hash=None,
        caller_name="Zoe",
        caller_address="zoe@example.org",
    )


async def first_responses(store: Store) -> list[tuple[str | None, float, int | None]]:
    rows = await store.events_between(0, 2e9, types=["contact.first_response"])
    return [(r["contact_id"], r["at"], r["agent_id"]) for r in rows]


async def test_an_e_mails_first_reply_is_logged_once_found(store: Store, tmp_path: Path) -> None:
    clock = Clock()
    queue = await store.insert_row(
        "queues", {"name": "mail", "first_response_target_s": 600, "wrap_up_s": 0}
    )
    agent = await store.insert_row(
        "users", {"username": "ann", "password_hash": "x", "email_capacity": 2}
    )
    center, escalations = await started(store, tmp_path, clock)
    center.set_agent_state(agent["id"], AgentState.AVAILABLE)
    first = await an_email(store, queue["id"], "m1", 1)
    second = await an_email(store, queue["id"], "m2", 2)
    open_email(center, queue["id"], "m1")
    open_email(center, queue["id"], "m2")
    for offer in list(center.acd.offers.values()):
        center.answer(offer.id, agent["id"])

    # Opened is not answered; the reply is.
    await escalations.check()
    assert escalations.rules.first_responses == {}
    clock.now += 30
    await reply(store, first, agent["id"], clock.now)
    await escalations.check()
    await escalations.check()
    assert escalations.rules.first_responses == {"m1": clock.now}

    # The second is replied to and closed before any check: found as it closes.
    clock.now += 10
    await reply(store, second, agent["id"], clock.now)
    center.hang_up_by_agent("m2", agent["id"])  # no wrap-up: closed at once
    assert center.live_contact("m2") is None
    await escalations._background.drained()
    await center.flush()
    assert await first_responses(store) == [
        ("m1", clock.now - 10, agent["id"]),
        ("m2", clock.now, agent["id"]),
    ]
    await stopped(center, escalations)


async def test_an_escalation_is_kept_on_the_interaction_and_taken_up_after_a_restart(
    store: Store, tmp_path: Path
) -> None:
    clock = Clock()
    queue = await store.insert_row(
        "queues", {"name": "mail", "first_response_target_s": 60, "resolution_target_s": 3600}
    )
    center, escalations = await started(store, tmp_path, clock)
    thread = await an_email(store, queue["id"], "m1", 1)
    open_email(center, queue["id"], "m1")
    clock.now += 61
    [step] = await escalations.check()
    assert (step.tier, step.reason, step.to_queue_id) == (3, "first_response", None)
    [listed] = escalations.listed()
    assert (listed.contact_id, listed.tier, listed.channel, listed.customer_name) == (
        "m1",
        3,
        "email",
        "Zoe",
    )
    await center.flush()
    row = await store.get_interaction("m1")
    assert row["data"]["escalation"] == {
        "tier": 3,
        "reason": "first_response",
        "at": clock.now,
        "from_queue_id": queue["id"],
        "to_queue_id": None,
    }
    escalated_at = clock.now
    clock.now += 5
    await reply(store, thread, None, clock.now)
    await escalations.check()
    await stopped(center, escalations)
    assert [r[0] for r in await first_responses(store)] == ["m1"]

    # After a restart (the mail channel puts the thread back in line), its
    # tier is the one the log says, and its reply is known: not logged twice.
    clock.now += 100
    center, escalations = await started(store, tmp_path, clock)
    assert escalations.listed() == []
    center.restore_contact(
        queue["id"],
        Channel.EMAIL,
        contact_id="m1",
        token_hash=None,
        caller_name="Zoe",
        caller_address="zoe@example.org",
        customer_id=None,
        entered_at=row["entered_at"],
        interaction=row,
    )
    await escalations._restore()
    contact = center.live_contact("m1")
    assert contact is not None
    assert (contact.tier, contact.escalation_reason, contact.tier_since) == (
        3,
        "first_response",
        escalated_at,
    )
    assert escalations.rules.first_responses == {"m1": clock.now - 100}
    await escalations.check()
    await center.flush()
    assert [r[0] for r in await first_responses(store)] == ["m1"]
    await stopped(center, escalations)
