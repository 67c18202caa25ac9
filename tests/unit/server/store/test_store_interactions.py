"""Interactions (one row per contact, written by the ACD as it goes)."""

from __future__ import annotations

from typing import Any

import pytest

from callnest.server.store import Invalid, NotFound, Row, Store


def contact(id: str, entered_at: float = 100.0, **fields: Any) -> dict[str, Any]:
    return {"id": id, "channel": "voice", "state": "queued", "entered_at": entered_at, **fields}


@pytest.fixture
async def refs(store: Store) -> dict[str, int]:
    queue = await store.insert_row("queues", {"name": "support"})
    other = await store.insert_row("queues", {"name": "sales", "display_name": "Sales team"})
    agent = await store.insert_row("users", {"username": "ann", "password_hash": "h"})
    customer = await store.insert_row("customers", {"name": "Zoë"})
    disposition = await store.insert_row("dispositions", {"name": "resolved"})
    return {
        "queue": queue["id"],
        "other_queue": other["id"],
        "agent": agent["id"],
        "customer": customer["id"],
        "disposition": disposition["id"],
    }


async def test_insert_then_update_what_changed(store: Store, refs: dict[str, int]) -> None:
    await store.upsert_interaction(
        contact("c1", queue_id=refs["queue"], caller_name="Zoë", caller_address="+1555")
    )
    row = await store.get_interaction("c1")
    assert row == {
        "id": "c1",
        "channel": "voice",
        "queue_id": refs["queue"],
        "customer_id": None,
        "agent_id": None,
        "caller_name": "Zoë",
        "caller_address": "+1555",
        "customer_identity": None,
        "direction": "inbound",
        "state": "queued",
        "outcome": None,
        "entered_at": 100.0,
        "offered_at": None,
        "answered_at": None,
        "ended_at": None,
        "closed_at": None,
        "wait_s": 0.0,
        "ring_s": 0.0,
        "talk_s": 0.0,
        "hold_s": 0.0,
        "wrap_s": 0.0,
        "disposition_id": None,
        "notes": "",
        "data": {},
        "recording": None,
        "recording_consent": None,
        "csat_rating": None,
        "csat_comment": None,
        "csat_at": None,
    }
    await store.upsert_interaction(
        {"id": "c1", "state": "connected", "agent_id": refs["agent"], "answered_at": 112.0}
    )
    await store.upsert_interaction(
        {
            "id": "c1",
            "state": "closed",
            "outcome": "answered",
            "closed_at": 200.0,
            "wait_s": 12,
            "talk_s": 80.5,
            "disposition_id": refs["disposition"],
            "notes": "refund sent",
            "data": {"recording": "c1.ogg", "transfers": [{"to": "sales"}]},
        }
    )
    row = await store.get_interaction("c1")
    assert row["caller_name"] == "Zoë"  # kept from the first write
    assert (row["state"], row["outcome"], row["agent_id"]) == ("closed", "answered", refs["agent"])
    assert (row["answered_at"], row["closed_at"], row["wait_s"]) == (112.0, 200.0, 12.0)
    assert row["data"] == {"recording": "c1.ogg", "transfers": [{"to": "sales"}]}


async def test_upsert_is_idempotent(store: Store, refs: dict[str, int]) -> None:
    values = contact("c1", queue_id=refs["queue"], state="closed", outcome="abandoned")
    await store.upsert_interaction(values)
    first = await store.get_interaction("c1")
    await store.upsert_interaction(values)
    await store.upsert_interactions([values, values])
    assert await store.get_interaction("c1") == first
    assert len(await store.list_interactions()) == 1


async def test_batch_keeps_order_across_different_columns(store: Store) -> None:
    await store.upsert_interactions(
        [
            contact("c1"),
            contact("c2"),
            {"id": "c1", "state": "ringing"},
            {"id": "c1", "state": "connected", "answered_at": 105.0},
            {"id": "c2", "state": "closed", "outcome": "abandoned"},
            {"id": "c1", "state": "wrap_up"},
        ]
    )
    c1, c2 = await store.get_interaction("c1"), await store.get_interaction("c2")
    assert (c1["state"], c1["answered_at"]) == ("wrap_up", 105.0)
    assert (c2["state"], c2["outcome"]) == ("closed", "abandoned")


async def test_batch_is_one_transaction(store: Store) -> None:
    with pytest.raises(Invalid, match="'c3' is new"):
        await store.upsert_interactions([contact("c1"), contact("c2"), {"id": "c3", "notes": "x"}])
    assert await store.list_interactions() == []


async def test_references_to_deleted_rows_become_null(
    store: Store, refs: dict[str, int], caplog: pytest.LogCaptureFixture
) -> None:
    # The ACD still holds the ids of a queue and an agent an admin just deleted.
    await store.delete_row("queues", refs["queue"])
    await store.delete_row("users", refs["agent"])
    await store.upsert_interactions(
        [
            contact("c1", queue_id=refs["queue"], agent_id=refs["agent"]),
            contact("c2", queue_id=refs["other_queue"], customer_id=refs["customer"]),
        ]
    )
    c1, c2 = await store.get_interaction("c1"), await store.get_interaction("c2")
    assert (c1["queue_id"], c1["agent_id"]) == (None, None)
    assert (c2["queue_id"], c2["customer_id"]) == (refs["other_queue"], refs["customer"])
    assert "no longer exist" in caplog.text


async def test_bad_interactions(store: Store) -> None:
    with pytest.raises(Invalid, match="needs its id"):
        await store.upsert_interaction({"channel": "voice"})
    with pytest.raises(Invalid, match="unknown interaction field: mood"):
        await store.upsert_interaction({**contact("c1"), "mood": "grumpy"})
    with pytest.raises(Invalid, match="interaction 'new' is new: entered_at required"):
        await store.upsert_interaction({"id": "new", "channel": "chat", "state": "queued"})
    with pytest.raises(Invalid, match="channel, entered_at, state required"):
        await store.upsert_interaction({"id": "new"})
    with pytest.raises(NotFound, match="interaction nope not found"):
        await store.get_interaction("nope")


async def test_list_filters_and_paging(store: Store, refs: dict[str, int]) -> None:
    q, other, agent, customer = refs["queue"], refs["other_queue"], refs["agent"], refs["customer"]
    await store.upsert_interactions(
        [
            contact("a", 10.0, queue_id=q, agent_id=agent, state="closed"),
            contact("b", 20.0, queue_id=q, customer_id=customer, state="closed"),
            contact("c", 30.0, queue_id=other, agent_id=agent, state="connected"),
            contact("d", 40.0, queue_id=q, state="queued"),
            contact("e", 40.0, queue_id=other, customer_id=customer, state="closed"),
        ]
    )

    async def ids(**filters: Any) -> list[str]:
        return [r["id"] for r in await store.list_interactions(**filters)]

    assert await ids() == ["a", "b", "c", "d", "e"]
    assert await ids(start=20.0, end=40.0) == ["b", "c"]
    assert await ids(start=40.0) == ["d", "e"]
    assert await ids(queue_id=q) == ["a", "b", "d"]
    assert await ids(agent_id=agent) == ["a", "c"]
    assert await ids(customer_id=customer) == ["b", "e"]
    assert await ids(state="closed") == ["a", "b", "e"]
    assert await ids(queue_id=q, state="closed", end=15.0) == ["a"]
    assert await ids(limit=2) == ["a", "b"]
    assert await ids(limit=2, offset=3) == ["d", "e"]
    # A page of the newest: what a search shows first.
    assert await ids(newest_first=True, limit=3) == ["e", "d", "c"]
    assert await ids(newest_first=True, queue_id=q) == ["d", "b", "a"]
    assert [r["id"] for r in await store.open_interactions()] == ["c", "d"]


async def test_deleting_a_queue_keeps_its_interactions(store: Store, refs: dict[str, int]) -> None:
    await store.upsert_interaction(contact("c1", queue_id=refs["queue"]))
    await store.delete_row("queues", refs["queue"])
    row: Row = await store.get_interaction("c1")
    assert row["queue_id"] is None


async def test_deleting_a_disposition_keeps_its_interactions(
    store: Store, refs: dict[str, int]
) -> None:
    await store.upsert_interaction(contact("c1", disposition_id=refs["disposition"]))
    await store.delete_row("dispositions", refs["disposition"])
    assert (await store.get_interaction("c1"))["disposition_id"] is None


async def test_customer_history_is_closed_interactions_newest_first(
    store: Store, refs: dict[str, int]
) -> None:
    customer, q = refs["customer"], refs["queue"]
    other = (await store.insert_row("customers", {"name": "Someone else"}))["id"]
    await store.upsert_interactions(
        [
            contact("old", 10.0, queue_id=q, customer_id=customer, state="closed", notes="first"),
            contact(
                "new",
                30.0,
                queue_id=refs["other_queue"],
                customer_id=customer,
                state="closed",
                outcome="answered",
                disposition_id=refs["disposition"],
                notes="second",
            ),
            contact("mid", 20.0, customer_id=customer, state="closed", outcome="abandoned"),
            contact("open", 40.0, queue_id=q, customer_id=customer, state="connected"),
            contact("theirs", 50.0, queue_id=q, customer_id=other, state="closed"),
        ]
    )
    history = await store.customer_history(customer)
    assert [(h["id"], h["queue_name"], h["disposition_name"]) for h in history] == [
        ("new", "Sales team", "resolved"),  # the name people read
        ("mid", None, None),
        ("old", "support", None),  # no display name: the queue's own
    ]
    assert (history[0]["outcome"], history[0]["notes"], history[0]["entered_at"]) == (
        "answered",
        "second",
        30.0,
    )
    assert [h["id"] for h in await store.customer_history(customer, limit=2)] == ["new", "mid"]
    assert await store.customer_history(other + 1) == []
    # A deleted disposition leaves the entry, without its name.
    await store.delete_row("dispositions", refs["disposition"])
    assert (await store.customer_history(customer))[0]["disposition_name"] is None
    with pytest.raises(Invalid, match="limit must not be negative"):
        await store.customer_history(customer, limit=-1)


async def test_contact_details_and_transcripts_expire_but_the_figures_stay(store: Store) -> None:
    for id, closed in (("c1", 100.0), ("c2", 300.0)):
        await store.upsert_interaction(
            contact(id, state="closed", caller_name="Zoë", notes="n", talk_s=5.0)
            | {"closed_at": closed, "channel": "chat"}
        )
        await store.insert_chat(
            {"contact_id": id, "channel": "chat", "token_hash": id, "customer_name": "Zoë",
             "started_at": 90.0}
        )  # fmt: skip
        await store.add_chat_message(
            {"contact_id": id, "seq": 1, "sender": "customer", "text": "hi", "at": 95.0}
        )
        await store.end_chat(id, closed)
    assert await store.expire_contact_details(200.0) == 1
    assert await store.expire_transcripts(200.0) == 1
    row = await store.get_interaction("c1")
    assert (row["caller_name"], row["notes"], row["talk_s"]) == (None, "", 5.0)
    assert (await store.get_interaction("c2"))["caller_name"] == "Zoë"
    assert await store.chat_messages("c1") == []
    assert len(await store.chat_messages("c2")) == 1
    assert await store.expire_contact_details(200.0) == 0  # once
