"""Who is calling the API: password hashing, session tokens, roles, login throttling."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from collections import deque
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): argon2-cffi's own
# default (64 MiB, 3 passes, 4 lanes) took 0.8 s of this 2-core machine per
# login; this takes 0.06-0.1 s and still costs a guesser the memory.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
# Verifying against this keeps a login for an unknown user as slow as one for
# a known user, so response time does not reveal which usernames exist.
_DUMMY_HASH = _hasher.hash("callnest-timing-equaliser")


class Role(StrEnum):
    OWNER = "owner"
    SUPERVISOR = "supervisor"
    AGENT = "agent"


ALL_ROLES = frozenset(Role)
MANAGERS = frozenset({Role.OWNER, Role.SUPERVISOR})
OWNER_ONLY = frozenset({Role.OWNER})


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: int
    username: str
    role: Role
    team_id: int | None
    token_hash: str


def supervises(who: Principal, team_id: int | None) -> bool:
    """May ``who`` watch and manage an agent of ``team_id``? Owners: everyone;
    a supervisor: their own team's. A supervisor with no team supervises
    nobody: a missing team is no team, not every agent without one (who
    would include the owner)."""
    if who.role is Role.OWNER:
        return True
    return who.role is Role.SUPERVISOR and who.team_id is not None and team_id == who.team_id


def may_act_on(who: Principal, role: Role, team_id: int | None) -> bool:
    """May ``who`` change the state of, log out or listen to a user of
    ``role`` in ``team_id``? Owners: anyone; a supervisor: the agents of
    their team, never an owner or another supervisor."""
    if who.role is Role.OWNER:
        return True
    return role is Role.AGENT and supervises(who, team_id)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


# Argon2 is slow on purpose (about half a second of a core here): off the
# event loop, so a login never stalls the calls and sessions it serves.
async def hash_password_async(password: str) -> str:
    return await asyncio.to_thread(hash_password, password)


async def verify_password_async(password_hash: str | None, password: str) -> bool:
    return await asyncio.to_thread(verify_password, password_hash, password)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """Only the hash is stored: a leaked database does not leak live sessions."""
    return hashlib.sha256(token.encode()).hexdigest()


# A made-up password is read off a screen and typed, often over the phone:
# no I, l, 1, O, 0 or o to mistake for each other, no - or _ to take for a
# separator, one case. 32 symbols are 5 bits each; 16 of them are 80 bits,
# far beyond guessing through a throttled login.
PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
PASSWORD_LENGTH = 16


def new_password() -> str:
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))


class LoginThrottle:
    """Refuses logins after too many failures within a sliding window, the
    way fail2ban would:

    - an account from one address: ``allowed`` failures, then locked there
      for the window -- not from every address, or anyone could keep the
      owner out by guessing wrong on purpose;
    - an address, whatever the accounts: four times as many (an office
      shares one address);
    - an account from everywhere together: past ten times ``allowed``, one
      attempt each ``window / (10 * allowed)`` -- a slow global back-off
      against guessing from many addresses, not a lock-out.

    :meth:`attempt` counts an attempt as failed BEFORE the password is
    checked (which takes half a second, off the event loop): a burst of
    simultaneous attempts cannot all be let through by a check made before
    any of them failed. :meth:`succeeded` takes a good one back.
    """

    def __init__(self, allowed: int, window_s: float) -> None:
        self.allowed = allowed
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}

    def _keys(self, username: str, address: str) -> tuple[str, str, str]:
        user = username.lower()
        return (f"user:{user}@{address}", f"addr:{address}", f"user:{user}")

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self.window_s:
            failures.popleft()
        return failures

    def retry_after(self, username: str, address: str, now: float) -> float | None:
        """Seconds until the next attempt is allowed, or None if allowed now."""
        pair, by_address, account = self._keys(username, address)
        waits = []
        for key, limit in ((pair, self.allowed), (by_address, 4 * self.allowed)):
            failures = self._recent(key, now)
            if len(failures) >= limit:
                waits.append(failures[0] + self.window_s - now)
        failures = self._recent(account, now)
        if len(failures) >= 10 * self.allowed:
            spacing = self.window_s / (10 * self.allowed)
            if failures[-1] + spacing > now:
                waits.append(failures[-1] + spacing - now)
        return max(waits) if waits else None

    def attempt(self, username: str, address: str, now: float) -> float | None:
        """The wait, if this attempt is refused; else None, and the attempt
        is counted as a failure until :meth:`succeeded` says otherwise."""
        wait = self.retry_after(username, address, now)
        if wait is None:
            for key in self._keys(username, address):
                self._failures.setdefault(key, deque()).append(now)
        return wait

    def succeeded(self, username: str, address: str, now: float) -> None:
        """A good password: the attempt was no failure, and the account's
        failures from that address are forgiven."""
        pair, by_address, account = self._keys(username, address)
        self._failures.pop(pair, None)
        for key in (by_address, account):
            failures = self._failures.get(key)
            if failures and now in failures:
                failures.remove(now)
