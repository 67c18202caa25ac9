"""The secret behind "Remember me", in the OS keyring.

What is stored is the session token the server issued, not the password: it
expires with the session and the server can revoke it. Backends that cannot
keep a secret are refused: the "fail" and "null" ones (no desktop session) and
keyrings.alt's plaintext files, which keyring would otherwise pick silently.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError

from callnest.desktop.i18n import translate

SERVICE = "callnest"


class CredentialStoreUnavailable(Exception):
    """No safe keyring here; the message says why, for the login window."""


_NO_KEYRING = ("keyring.backends.fail", "keyring.backends.null")


def backend() -> KeyringBackend:
    """The keyring to use; raises :class:`CredentialStoreUnavailable` if it is unsafe."""
    chosen = keyring.get_keyring()
    chain = list(chosen.backends) if isinstance(chosen, ChainerBackend) else [chosen]
    for each in chain:
        # A chain that includes a plaintext backend could write to it: refuse the lot.
        if type(each).__module__.startswith("keyrings.alt"):
            raise CredentialStoreUnavailable(
                translate(
                    "credentials",
                    "Remember me is unavailable: the keyring found ({keyring}) "
                    "would keep the secret in a plain file.",
                    "{keyring}: the name of a program's part, e.g. PlaintextKeyring",
                ).format(keyring=type(each).__name__)
            )
    if all(type(each).__module__ in _NO_KEYRING for each in chain):
        raise CredentialStoreUnavailable(
            translate(
                "credentials",
                "Remember me is unavailable: no system keyring is running on this computer.",
            )
        )
    return chosen


def _unavailable(exc: KeyringError) -> str:
    return translate(
        "credentials",
        "Remember me is unavailable: {reason}",
        "{reason}: the system's technical words",
    ).format(reason=exc)


def _account(url: str, user: str) -> str:
    # One entry per (server, user): the same name on two servers is two people.
    return f"{user}@{url.rstrip('/')}"


def save(url: str, user: str, secret: str) -> None:
    try:
        backend().set_password(SERVICE, _account(url, user), secret)
    except KeyringError as exc:
        raise CredentialStoreUnavailable(_unavailable(exc)) from exc


def load(url: str, user: str) -> str | None:
    try:
        return backend().get_password(SERVICE, _account(url, user))
    except KeyringError as exc:
        raise CredentialStoreUnavailable(_unavailable(exc)) from exc


def forget(url: str, user: str) -> None:
    """Removes the entry; nothing stored is not an error."""
    store = backend()
    try:
        if store.get_password(SERVICE, _account(url, user)) is not None:
            store.delete_password(SERVICE, _account(url, user))
    except KeyringError as exc:
        raise CredentialStoreUnavailable(_unavailable(exc)) from exc
