"""Customers: finding one by a caller's phone number or e-mail, and searching."""

from __future__ import annotations

import re

import pytest

from callnest.server.store import (
    Conflict,
    Invalid,
    NotFound,
    Row,
    Store,
    normalize_email,
    normalize_phone,
)


def _id(row: Row | None) -> int | None:
    return None if row is None else int(row["id"])


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("+1 (555) 010-0199", "+15550100199"),
        ("555.010.0199", "5550100199"),
        ("  +33 6 12 34 56 78 ", "+33612345678"),
        ("00 33 6 12", "0033612"),
        ("ext. only", ""),
        ("+", ""),
        ("٣٤٥", ""),  # other scripts' digits are not phone digits
    ],
)
def test_normalize_phone(given: str, expected: str) -> None:
    assert normalize_phone(given) == expected


def test_normalize_email() -> None:
    assert normalize_email("  Ann.Lee@Example.COM ") == "ann.lee@example.com"


async def test_find_by_phone_and_email_in_any_format(store: Store) -> None:
    ann = await store.insert_row(
        "customers",
        {"name": "Ann", "phones": ["+1 (555) 010-0199", "555 0200"], "emails": ["Ann@Example.com"]},
    )
    assert await store.find_customer(phone="+15550100199") == ann
    assert await store.find_customer(phone="+1-555-010-0199") == ann
    assert await store.find_customer(phone="5550200") == ann
    assert await store.find_customer(email="ann@EXAMPLE.com ") == ann
    assert await store.find_customer(phone="15550100199") is None  # no '+': another number
    assert await store.find_customer(phone="+15550100198") is None
    assert await store.find_customer(email="bob@example.com") is None
    assert await store.find_customer() is None
    assert await store.find_customer(phone="", email="") is None


async def test_phone_is_tried_before_email(store: Store) -> None:
    ann = await store.insert_row("customers", {"name": "Ann", "phones": ["+1555"]})
    bob = await store.insert_row("customers", {"name": "Bob", "emails": ["bob@example.com"]})
    assert await store.find_customer(phone="+1555", email="bob@example.com") == ann
    assert await store.find_customer(phone="+1999", email="bob@example.com") == bob


async def test_contacts_follow_updates(store: Store) -> None:
    ann = await store.insert_row(
        "customers", {"name": "Ann", "phones": ["+1555"], "emails": ["ann@example.com"]}
    )
    await store.update_row("customers", ann["id"], {"phones": ["+1666", "+1777"]})
    assert await store.find_customer(phone="+1555") is None
    assert _id(await store.find_customer(phone="+1777")) == ann["id"]
    # untouched columns keep their contacts
    assert _id(await store.find_customer(email="ann@example.com")) == ann["id"]
    await store.update_row("customers", ann["id"], {"name": "Ann Lee"})
    assert await store.find_customer(phone="+1666") == await store.get_row("customers", ann["id"])
    await store.update_row("customers", ann["id"], {"emails": []})
    assert await store.find_customer(email="ann@example.com") is None


async def test_a_number_belongs_to_one_customer(store: Store) -> None:
    ann = await store.insert_row("customers", {"name": "Ann", "phones": ["+1 555 0100"]})
    with pytest.raises(Conflict) as caught:
        await store.insert_row("customers", {"name": "Bob", "phones": ["+15550100"]})
    assert caught.value.message == f"phone '+15550100' already belongs to customer {ann['id']}"
    assert caught.value.field == "phones"
    bob = await store.insert_row("customers", {"name": "Bob", "emails": ["bob@example.com"]})
    with pytest.raises(Conflict, match=re.escape("email 'bob@example.com' already belongs")):
        await store.update_row("customers", ann["id"], {"emails": ["BOB@example.com"]})
    # nothing half-done: Bob was not created twice, Ann kept her data
    assert [c["name"] for c in await store.list_rows("customers")] == ["Ann", "Bob"]
    assert (await store.get_row("customers", ann["id"]))["emails"] == []
    assert (await store.find_customer(email="bob@example.com")) == bob


async def test_same_number_twice_for_one_customer_is_fine(store: Store) -> None:
    ann = await store.insert_row(
        "customers", {"name": "Ann", "phones": ["+1 555 0100", "+1-555-0100", "no digits"]}
    )
    assert ann["phones"] == ["+1 555 0100", "+1-555-0100", "no digits"]  # kept as typed
    # re-saving the same numbers does not conflict with the customer's own
    await store.update_row("customers", ann["id"], {"phones": ["+15550100"]})
    assert _id(await store.find_customer(phone="+15550100")) == ann["id"]


async def test_contact_lists_must_be_lists_of_strings(store: Store) -> None:
    with pytest.raises(Invalid, match="phones must be a list of strings"):
        await store.insert_row("customers", {"phones": "+1555"})
    with pytest.raises(Invalid, match="emails must be a list of strings"):
        await store.insert_row("customers", {"emails": [None]})


async def test_deleting_a_customer_frees_its_numbers(store: Store) -> None:
    ann = await store.insert_row("customers", {"name": "Ann", "phones": ["+1555"]})
    await store.delete_row("customers", ann["id"])
    assert await store.find_customer(phone="+1555") is None
    bob = await store.insert_row("customers", {"name": "Bob", "phones": ["+1555"]})
    assert await store.find_customer(phone="+1555") == bob


async def test_deleting_a_customer_keeps_its_interactions(store: Store) -> None:
    ann = await store.insert_row("customers", {"name": "Ann"})
    await store.upsert_interaction(
        {
            "id": "c1",
            "channel": "chat",
            "state": "closed",
            "entered_at": 1.0,
            "customer_id": ann["id"],
        }
    )
    await store.delete_row("customers", ann["id"])
    assert (await store.get_interaction("c1"))["customer_id"] is None


@pytest.fixture
async def people(store: Store) -> Store:
    for values in (
        {"name": "Ann Müller", "phones": ["+1 (555) 010-0199"], "emails": ["ann@example.com"]},
        {"name": "Bob Stone", "notes": "Called about the BILLING error", "emails": ["b@corp.io"]},
        {"name": "Chloé Dubois", "phones": ["+33 6 12 34 56 78"]},
        {"name": "Dan Top% Real", "notes": "a_b"},
    ):
        await store.insert_row("customers", values)
    return store


async def _names(store: Store, text: str, limit: int = 50) -> list[str]:
    return [c["name"] for c in await store.search_customers(text, limit=limit)]


async def test_search_by_name_any_case(people: Store) -> None:
    assert await _names(people, "ann") == ["Ann Müller"]
    assert await _names(people, "STONE") == ["Bob Stone"]
    # beyond ASCII too (SQLite's own lower() only folds A-Z)
    assert await _names(people, "MÜLLER") == ["Ann Müller"]
    assert await _names(people, "chloÉ") == ["Chloé Dubois"]


async def test_search_by_notes_phone_and_email(people: Store) -> None:
    assert await _names(people, "billing") == ["Bob Stone"]
    assert await _names(people, "555-010") == ["Ann Müller"]
    assert await _names(people, "6 12 34") == ["Chloé Dubois"]
    assert await _names(people, "@CORP") == ["Bob Stone"]
    assert await _names(people, "example.com") == ["Ann Müller"]


async def test_search_treats_wildcards_literally(people: Store) -> None:
    assert await _names(people, "TOP%") == ["Dan Top% Real"]
    assert await _names(people, "%") == ["Dan Top% Real"]
    assert await _names(people, "a_b") == ["Dan Top% Real"]
    assert await _names(people, "_") == ["Dan Top% Real"]
    assert await _names(people, "nobody") == []


async def test_search_order_and_limit(people: Store) -> None:
    assert await _names(people, "") == ["Ann Müller", "Bob Stone", "Chloé Dubois", "Dan Top% Real"]
    assert await _names(people, "", limit=2) == ["Ann Müller", "Bob Stone"]
    # a phone or e-mail match counts once, however many contacts match
    assert await _names(people, "5") == ["Ann Müller", "Chloé Dubois"]


async def test_erasing_a_customer_takes_their_personal_data_in_one_go(store: Store) -> None:
    customer = await store.insert_row(
        "customers", {"name": "Zoë Quinn", "phones": ["+1 555 0100"], "emails": ["z@example.com"]}
    )
    other = await store.insert_row("customers", {"name": "Sam"})
    base = {"channel": "voice", "state": "closed", "entered_at": 100.0, "talk_s": 30.0}
    await store.upsert_interaction(
        base
        | {"id": "c1", "customer_id": customer["id"], "caller_name": "Zoë", "notes": "VIP"}
        | {"caller_address": "+1 555 0100", "recording": "c1.ogg", "data": {"x": "y"}}
    )
    await store.upsert_interaction(
        base | {"id": "c2", "customer_id": other["id"], "notes": "Sam's"}
    )
    await store.insert_chat(
        {"contact_id": "t1", "channel": "chat", "token_hash": "h", "customer_name": "Zoë",
         "email": "z@example.com", "customer_id": customer["id"], "started_at": 100.0}
    )  # fmt: skip
    await store.add_chat_message(
        {"contact_id": "t1", "seq": 1, "sender": "customer", "text": "my card", "at": 101.0}
    )
    await store.audit(99.0, None, "create", f"customers:{customer['id']}", {"name": "Zoë Quinn"})

    erased = await store.erase_customer(customer["id"], None, 200.0)

    assert erased == {"recording_files": ["c1.ogg"], "interactions": 1, "chats": 1, "recordings": 1}
    with pytest.raises(NotFound):
        await store.get_row("customers", customer["id"])
    row = await store.get_interaction("c1")
    assert (row["customer_id"], row["caller_name"], row["caller_address"]) == (None, None, None)
    assert (row["notes"], row["data"], row["recording"], row["talk_s"]) == ("", {}, None, 30.0)
    assert (await store.get_interaction("c2"))["notes"] == "Sam's"  # others keep theirs
    assert await store.chat_messages("t1") == []
    assert await store.find_customer(email="z@example.com") is None
    audit = await store.list_audit()
    assert [(a["action"], a["details"]) for a in audit] == [
        ("customer.erase", {"interactions": 1, "chats": 1, "recordings": 1}),
        ("create", {}),
    ]
