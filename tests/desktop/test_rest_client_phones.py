"""The typed client's trunks and phone numbers: a password goes to the
server in full only when it was given, and answers are read as the
protocol's models (a trunk answer never holds a password)."""

from __future__ import annotations

from pydantic import SecretStr

from callnest.desktop.engine.rest import RestClient
from callnest.protocol import rest
from desktop.fakes import FakeEngine

TRUNK = {
    "id": 3,
    "name": "Provider",
    "host": "sip.example.com",
    "port": 5060,
    "transport": "udp",
    "outbound_proxy": None,
    "registers": True,
    "register_expires_s": 3600,
    "username": "ann",
    "auth_username": None,
    "has_password": True,
    "realm": None,
    "ip_addresses": [],
    "codecs": ["PCMA", "PCMU"],
    "enabled": True,
    "created_at": 1.0,
    "updated_at": 2.0,
}
NUMBER = {
    "id": 7,
    "number": "+38612345678",
    "trunk_id": 3,
    "queue_id": None,
    "label": "",
    "created_at": 1.0,
    "updated_at": 1.0,
}


def test_a_trunk_is_created_with_its_password_and_changed_without_it() -> None:
    engine = FakeEngine()
    engine.rest_replies = {"/api/trunks": TRUNK, "/api/trunks/3": TRUNK}
    client = RestClient(engine)
    fields = rest.TrunkFields(
        name="Provider",
        host="sip.example.com",
        registers=True,
        username="ann",
        password=SecretStr("s3cret-Pa55"),
    )
    created = client.trunks.create(fields).result()
    assert created == rest.Trunk.model_validate(TRUNK) and created.has_password
    change = rest.TrunkFields(name="Provider", host="sip.example.com", ip_addresses=["192.0.2.1"])
    client.trunks.change(3, change).result()
    (_, _, sent), (method, path, changed) = engine.rest_calls
    assert sent["password"] == "s3cret-Pa55"
    assert (method, path) == ("PATCH", "/api/trunks/3")
    assert changed == {"name": "Provider", "host": "sip.example.com", "ip_addresses": ["192.0.2.1"]}


def test_phone_numbers_are_rows_like_the_others() -> None:
    engine = FakeEngine()
    engine.rest_replies = {"/api/phone-numbers": [NUMBER], "/api/phone-numbers/7": {"deleted": 7}}
    client = RestClient(engine)
    assert client.phone_numbers.list().result() == [rest.PhoneNumber.model_validate(NUMBER)]
    assert client.phone_numbers.delete(7).result() == rest.Deleted(deleted=7)
    assert engine.rest_calls[-1] == ("DELETE", "/api/phone-numbers/7", None)
