"""Who a request is from behind the owner's reverse proxy."""

from __future__ import annotations

from callnest.server.forwarded import client_address, networks

PROXIES = networks(["10.0.0.0/8", "::1"])


def test_headers_from_anyone_but_a_trusted_proxy_are_ignored() -> None:
    assert client_address("198.51.100.9", "203.0.113.5", "", PROXIES) == "198.51.100.9"
    assert client_address("198.51.100.9", "203.0.113.5", "", ()) == "198.51.100.9"


def test_the_nearest_address_that_is_not_a_trusted_proxy_is_the_client() -> None:
    # The client claimed 1.2.3.4 itself; the outer proxy 10.1.1.1 added the real one.
    chain = "1.2.3.4, 203.0.113.5, 10.1.1.1"
    assert client_address("10.0.0.2", chain, "", PROXIES) == "203.0.113.5"
    assert client_address("::1", "2001:db8::7", "", PROXIES) == "2001:db8::7"


def test_rfc_7239_forwarded_is_read_when_there_is_no_x_forwarded_for() -> None:
    forwarded = 'for=192.0.2.60;proto=https, for="[2001:db8:cafe::17]:4711"'
    assert client_address("10.0.0.2", "", forwarded, PROXIES) == "2001:db8:cafe::17"


def test_a_chain_it_cannot_read_leaves_the_proxys_address() -> None:
    assert client_address("10.0.0.2", "unknown, 203.0.113.5, garbage", "", PROXIES) == "10.0.0.2"
    assert client_address("10.0.0.2", "", "", PROXIES) == "10.0.0.2"
    assert client_address("10.0.0.2", "10.0.0.3", "", PROXIES) == "10.0.0.2"
