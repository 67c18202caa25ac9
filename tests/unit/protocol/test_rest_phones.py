"""Trunks and phone numbers as the REST API takes them: each bad value is
refused naming its field, a trunk must be authenticated one way or the
other, and its password is sent but never shown."""

from typing import Any

import pytest
from pydantic import SecretStr, ValidationError

from callnest.protocol.rest import (
    Codec,
    PhoneNumberFields,
    QueueFields,
    Transport,
    Trunk,
    TrunkFields,
)

REGISTERING: dict[str, Any] = {
    "name": "Provider",
    "host": "sip.example.com",
    "registers": True,
    "username": "+38612345678",
    "password": "s3cret-Pa55",
}
BY_ADDRESS: dict[str, Any] = {"name": "Carrier", "host": "192.0.2.1", "ip_addresses": ["192.0.2.1"]}
QUEUE = {"name": "sales", "display_name": "Sales"}


def problems(model: type[Any], **fields: Any) -> list[tuple[str, str]]:
    """The (field, problem) pairs of what ``model`` refuses in ``fields``."""
    with pytest.raises(ValidationError) as refused:
        model(**fields)
    return [
        (".".join(str(part) for part in error["loc"]), error["msg"])
        for error in refused.value.errors(include_url=False)
    ]


def test_a_trunk_takes_the_servers_defaults() -> None:
    trunk = TrunkFields.model_validate(REGISTERING)
    assert (trunk.port, trunk.transport, trunk.register_expires_s) == (5060, Transport.UDP, 3600)
    assert trunk.codecs == [Codec.PCMA, Codec.PCMU]
    assert (trunk.ip_addresses, trunk.enabled, trunk.outbound_proxy) == ([], True, None)


def test_the_password_is_sent_in_full_and_shown_nowhere_else() -> None:
    trunk = TrunkFields.model_validate(REGISTERING)
    assert trunk.model_dump(mode="json")["password"] == "s3cret-Pa55"
    assert "s3cret" not in repr(trunk) and "s3cret" not in str(trunk)
    assert "s3cret" not in str(trunk.model_dump())  # Python values stay SecretStr
    schema = TrunkFields.model_json_schema()["properties"]["password"]["anyOf"][0]
    assert schema["writeOnly"] is True


def test_a_change_sends_only_what_it_sets_so_a_password_left_out_is_kept() -> None:
    change = TrunkFields(name="Provider", host="sip.example.com", ip_addresses=["192.0.2.1"])
    assert "password" not in change.model_dump(mode="json", exclude_unset=True)
    cleared = TrunkFields.model_validate(BY_ADDRESS | {"password": None})
    assert cleared.model_dump(mode="json", exclude_unset=True)["password"] is None
    given = TrunkFields(**BY_ADDRESS | {"password": SecretStr("new-one")})
    assert given.model_dump(mode="json", exclude_unset=True)["password"] == "new-one"


def test_hosts_addresses_and_proxies_are_kept_in_one_form() -> None:
    trunk = TrunkFields.model_validate(
        BY_ADDRESS
        | {
            "host": " SIP.Example.COM ",
            "ip_addresses": ["2001:0db8:0000::0001", "198.51.100.0/24", " 192.0.2.7 "],
            "outbound_proxy": "[2001:db8::10]:05070",
        }
    )
    assert trunk.host == "sip.example.com"
    assert trunk.ip_addresses == ["2001:db8::1", "198.51.100.0/24", "192.0.2.7"]
    assert trunk.outbound_proxy == "[2001:db8::10]:5070"
    for proxy, kept in [
        ("proxy.example.com", "proxy.example.com"),
        ("Proxy.example.com:5080", "proxy.example.com:5080"),
        ("192.0.2.9:5060", "192.0.2.9:5060"),
        ("2001:db8::10", "2001:db8::10"),
    ]:
        assert TrunkFields.model_validate(
            BY_ADDRESS | {"outbound_proxy": proxy}
        ).outbound_proxy == (kept)
    assert TrunkFields.model_validate(BY_ADDRESS | {"host": "[2001:db8::1]"}).host == "2001:db8::1"


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("host", "sip:sip.example.com", "give the host alone (sip.example.com), not a URI"),
        ("host", "sip.example.com:5060", "give the port in its own field, not after the host"),
        ("host", "192.0.2.300", "'192.0.2.300' is not a host name (sip.example.com) or an IP"),
        ("host", "bad_host.example.com", "is not a host name"),
        ("host", "-bad.example.com", "is not a host name"),
        ("port", 0, "Input should be greater than or equal to 1"),
        ("port", 65536, "Input should be less than or equal to 65535"),
        ("transport", "sctp", "Input should be 'udp', 'tcp' or 'tls'"),
        ("outbound_proxy", "proxy.example.com:99999", "the port after the host is a number from"),
        ("outbound_proxy", "sips:proxy.example.com", "not a URI"),
        ("outbound_proxy", "proxy example", "is not a host (proxy.example.com) or a host and"),
        ("register_expires_s", 10, "Input should be greater than or equal to 60"),
        ("username", "ann smith", "a SIP user name is 1 to 128 letters, digits"),
        ("auth_username", "ann@example.com", "(no spaces, no @ or :)"),
        ("realm", 'say "hi"', "a realm is one line of text without quotes"),
        ("ip_addresses", ["192.0.2.10/24"], "has host bits set: the network is 192.0.2.0/24"),
        ("ip_addresses", ["example.com"], "is not an IP address (192.0.2.10) or network"),
        ("ip_addresses", ["192.0.2.1", "192.0.2.1"], "each address may be listed once"),
        ("codecs", [], "List should have at least 1 item"),
        ("codecs", ["PCMA", "PCMA"], "each codec may be listed once"),
        ("codecs", ["G722", "opus"], "list PCMA or PCMU: calls are carried in G.711"),
        ("codecs", ["G729"], "Input should be 'PCMA', 'PCMU', 'G722' or 'opus'"),
    ],
)
def test_a_bad_value_is_refused_naming_its_field(field: str, value: Any, problem: str) -> None:
    [(where, message)] = problems(TrunkFields, **REGISTERING | {field: value})
    assert where.split(".")[0] == field
    assert problem in message


def test_a_trunk_is_authenticated_one_way_or_the_other() -> None:
    assert problems(TrunkFields, name="Nowhere", host="sip.example.com") == [
        (
            "ip_addresses",
            "Value error, give the addresses the provider's calls come from, or let the "
            "trunk register (registers, with a username and a password)",
        )
    ]
    no_user = {k: v for k, v in REGISTERING.items() if k != "username"}
    assert problems(TrunkFields, **no_user) == [
        ("username", "Value error, a trunk that registers needs a username")
    ]
    # Both ways at once is fine; whether a password is stored only the server knows.
    both = TrunkFields.model_validate(REGISTERING | {"ip_addresses": ["192.0.2.1"]})
    assert both.registers and both.ip_addresses == ["192.0.2.1"]
    assert TrunkFields.model_validate(REGISTERING | {"password": None}).password is None


@pytest.mark.parametrize("password", ["", "x" * 201, "two\nlines", "nul\x00"])
def test_a_bad_password_is_refused_without_showing_it(password: str) -> None:
    with pytest.raises(ValidationError) as refused:
        TrunkFields.model_validate(REGISTERING | {"password": password})
    [error] = refused.value.errors(include_url=False)
    assert error["loc"] == ("password",)
    assert error["msg"] == "Value error, a password is 1 to 200 characters on one line"


TRUNK_ANSWER: dict[str, Any] = {
    "id": 3,
    "name": "Provider",
    "host": "sip.example.com",
    "port": 5060,
    "transport": "udp",
    "outbound_proxy": None,
    "registers": True,
    "register_expires_s": 3600,
    "username": "+38612345678",
    "auth_username": None,
    "has_password": True,
    "realm": None,
    "ip_addresses": [],
    "codecs": ["PCMA", "PCMU"],
    "enabled": True,
    "created_at": 1.0,
    "updated_at": 2.0,
}


def test_a_trunk_answer_has_no_room_for_a_password() -> None:
    assert Trunk.model_validate(TRUNK_ANSWER).model_dump(mode="json") == TRUNK_ANSWER
    assert problems(Trunk, **TRUNK_ANSWER | {"password": "s3cret"}) == [
        ("password", "Extra inputs are not permitted")
    ]


def test_numbers_are_kept_in_e164() -> None:
    number = PhoneNumberFields(number="00386 1 234 5678", trunk_id=1, label=" Main line ")
    assert (number.number, number.queue_id, number.label) == ("+38612345678", None, "Main line")
    assert problems(PhoneNumberFields, number="01 234 5678", trunk_id=1) == [
        (
            "number",
            "Value error, write the number in international form, with + and the country "
            "code (+386 1 234 5678): a national number cannot be read without its country",
        )
    ]
    queue = QueueFields.model_validate(QUEUE | {"outbound_caller_id": "+386 1 234 5678"})
    assert queue.outbound_caller_id == "+38612345678"
    assert QueueFields.model_validate(QUEUE).outbound_caller_id is None
    [(field, _)] = problems(QueueFields, **QUEUE | {"outbound_caller_id": "+1-800-CALL"})
    assert field == "outbound_caller_id"
