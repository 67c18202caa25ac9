"""Credentials: the keyring holds one secret per (server, user); unsafe keyrings
are refused with a message the login window can show."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends.chainer import ChainerBackend
from keyring.backends.fail import Keyring as FailKeyring

from callnest.desktop import credentials
from callnest.desktop.credentials import CredentialStoreUnavailable
from desktop.fakes import MemoryKeyring

URL = "https://calls.example.com"


def test_save_load_forget_per_server_and_user(memory_keyring: MemoryKeyring) -> None:
    assert credentials.load(URL, "ann") is None
    credentials.save(URL, "ann", "token-ann-1")
    credentials.save(URL + "/", "ann", "token-ann-2")  # same server: replaces
    credentials.save(URL, "bob", "token-bob")
    credentials.save("https://other.example.com", "ann", "token-other")
    assert credentials.load(URL, "ann") == "token-ann-2"
    assert credentials.load(URL, "bob") == "token-bob"
    assert credentials.load("https://other.example.com", "ann") == "token-other"
    assert len(memory_keyring.entries) == 3
    assert all(service == credentials.SERVICE for service, _ in memory_keyring.entries)
    credentials.forget(URL, "ann")
    credentials.forget(URL, "ann")  # nothing left: not an error
    assert credentials.load(URL, "ann") is None
    assert credentials.load(URL, "bob") == "token-bob"


class PlainTextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's file backend, which writes secrets in the clear."""


PlainTextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.mark.usefixtures("restore_keyring")
def test_no_system_keyring_is_refused_with_a_reason() -> None:
    keyring.set_keyring(FailKeyring())  # type: ignore[no-untyped-call]  # keyring's own __init__
    with pytest.raises(CredentialStoreUnavailable, match="no system keyring"):
        credentials.save(URL, "ann", "secret")
    with pytest.raises(CredentialStoreUnavailable):
        credentials.load(URL, "ann")


@pytest.mark.usefixtures("restore_keyring")
def test_a_plaintext_keyring_is_refused_even_inside_a_chain() -> None:
    plain = PlainTextKeyring()
    keyring.set_keyring(plain)
    with pytest.raises(CredentialStoreUnavailable, match="plain file"):
        credentials.save(URL, "ann", "secret")
    assert plain.entries == {}

    # What keyring builds when it finds several backends, one of them plaintext.
    chain = type("Chain", (ChainerBackend,), {"backends": [MemoryKeyring(), plain]})
    keyring.set_keyring(chain())
    with pytest.raises(CredentialStoreUnavailable, match="plain file"):
        credentials.save(URL, "ann", "secret")
    assert plain.entries == {}
