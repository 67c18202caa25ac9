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


def new_password() -> str:
    return secrets.token_urlsafe(12)


class LoginThrottle:
    """Refuses logins for a (username, address) pair after too many failures
    within a sliding window, the way fail2ban would, but per account too."""

    def __init__(self, allowed: int, window_s: float) -> None:
        self.allowed = allowed
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}

    def _keys(self, username: str, address: str) -> tuple[str, str]:
        return (f"user:{username.lower()}", f"addr:{address}")

    def retry_after(self, username: str, address: str, now: float) -> float | None:
        """Seconds until the next attempt is allowed, or None if allowed now."""
        waits = []
        for key in self._keys(username, address):
            failures = self._failures.get(key)
            if failures is None:
                continue
            while failures and failures[0] <= now - self.window_s:
                failures.popleft()
            # An address gets more room than one account: an office shares one.
            limit = self.allowed * (4 if key.startswith("addr:") else 1)
            if len(failures) >= limit:
                waits.append(failures[0] + self.window_s - now)
        return max(waits) if waits else None

    def failed(self, username: str, address: str, now: float) -> None:
        for key in self._keys(username, address):
            self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, username: str) -> None:
        self._failures.pop(f"user:{username.lower()}", None)
