"""The screen pop's card and script: what the store holds, cut to what an offer carries."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from callnest import protocol as p
from callnest.server.screenpop import SCRIPT_LIMIT, customer_card, fill_script
from callnest.server.store import Store, open_store


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await open_store(f"sqlite:///{tmp_path / 'callnest.db'}")
    try:
        yield opened
    finally:
        await opened.close()


CARD = p.CustomerCard(
    id=7,
    name="Zoë Quinn",
    phones=("+44 20 7946 0001", "020 7946 0002"),
    emails=("zoe@example.com",),
    notes="Line one\nline two",
    custom_fields={"plan": "Gold", "account number": "A-17", "phone": "not this one"},
)


def test_script_takes_the_card_then_the_caller() -> None:
    body = (
        "{customer.name}|{customer.phone}|{customer.email}|{customer.notes}|{customer.plan}|"
        "{customer.account number}|{caller.name}|{caller.address}|{customer.address}"
    )
    assert fill_script(body, CARD, "Zed", "203.0.113.9") == (
        "Zoë Quinn|+44 20 7946 0001|zoe@example.com|Line one\nline two|Gold|A-17|Zed|"
        "203.0.113.9|203.0.113.9"
    )


def test_unknown_placeholders_stay_as_written() -> None:
    body = "{customer.shoe} {caller.plan} {customer.} {other.name} {customer.name"
    assert fill_script(body, CARD, "Zed", None) == body


def test_without_a_card_only_name_and_address_are_known() -> None:
    body = "{customer.name} {customer.address} {customer.phone} {customer.plan} {caller.name}"
    assert fill_script(body, None, "Zed", "203.0.113.9") == (
        "Zed 203.0.113.9 {customer.phone} {customer.plan} Zed"
    )
    assert fill_script("[{caller.name}]", None, None, None) == "[]"


def test_a_card_with_no_name_phone_or_email_fills_what_it_can() -> None:
    bare = p.CustomerCard(id=1, name="")
    assert fill_script("{customer.name}/{customer.phone}/{customer.email}", bare, "Zed", None) == (
        "Zed//"
    )


def test_values_are_plain_text_and_the_script_fits_an_offer() -> None:
    card = CARD.model_copy(update={"name": "<b>&amp;</b>", "notes": "n" * 4000})
    assert fill_script("{customer.name}", card, None, None) == "<b>&amp;</b>"
    filled = fill_script("{customer.notes}" * 6, card, None, None)
    assert len(filled) == SCRIPT_LIMIT
    assert filled.endswith("…")
    p.Offer(
        offer_id="o1",
        contact=p.ContactInfo(
            contact_id="c1",
            channel=p.Channel.VOICE,
            queue_id=1,
            queue_name="support",
            phase=p.ContactPhase.RINGING,
            entered_at=0.0,
        ),
        ring_timeout_s=10.0,
        expires_at=10.0,
        script=filled,
    )


async def test_card_cuts_what_the_store_holds_to_what_the_protocol_carries(
    store: Store,
) -> None:
    customer = await store.insert_row(
        "customers",
        {
            "name": "Zoë\nQuinn",
            "phones": ["+44 20 7946 0001", "x" * 65],
            "emails": ["zoe@example.com", "not an address"],
            "notes": "a\x01b" + "n" * 20000,
            "custom_fields": {"plan": "Gold\nplus", "long": "v" * 2000, "k" * 65: "dropped"},
        },
    )
    card = await customer_card(store, customer["id"])
    assert card is not None
    assert card.name == "Zoë Quinn"
    assert card.phones == ("+44 20 7946 0001",)
    assert card.emails == ("zoe@example.com",)
    assert len(card.notes) == 4000
    assert card.notes.startswith("a b") and card.notes.endswith("…")
    assert card.custom_fields == {"plan": "Gold plus", "long": "v" * 999 + "…"}
    assert card.history == ()
    # It survives the trip to the desktop.
    assert p.CustomerCard.model_validate_json(card.model_dump_json()) == card


async def test_card_history_names_deleted_queues(store: Store) -> None:
    customer = await store.insert_row("customers", {"name": "Zoë"})
    queue = await store.insert_row("queues", {"name": "gone"})
    await store.upsert_interaction(
        {
            "id": "c1",
            "channel": "chat",
            "state": "closed",
            "entered_at": 50.0,
            "queue_id": queue["id"],
            "customer_id": customer["id"],
            "outcome": "answered",
        }
    )
    await store.delete_row("queues", queue["id"])
    card = await customer_card(store, customer["id"])
    assert card is not None
    assert card.history == (
        p.HistoryEntry(
            interaction_id="c1",
            channel=p.Channel.CHAT,
            queue="(deleted queue)",
            at=50.0,
            outcome="answered",
            disposition=None,
            notes="",
        ),
    )


async def test_no_card_for_a_deleted_customer(store: Store) -> None:
    customer = await store.insert_row("customers", {"name": "Zoë"})
    await store.delete_row("customers", customer["id"])
    assert await customer_card(store, customer["id"]) is None
