"""What each member pulls in when installed alone: a headless server no Qt, an
operator's desktop no database. Read from the installed members' own metadata
(the same requirements `pip install ./server` resolves), walked transitively."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, distribution

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def closure(name: str) -> set[str]:
    """Every distribution installing ``name`` brings, itself included."""
    visited: set[tuple[str, frozenset[str]]] = set()
    todo = [(name, frozenset[str]())]
    while todo:
        current, extras = todo.pop()
        if (canonicalize_name(current), extras) in visited:
            continue
        visited.add((canonicalize_name(current), extras))
        try:
            requires = distribution(current).requires or []
        except PackageNotFoundError:
            continue  # another platform's package (pywin32-ctypes, ...)
        # A requirement's marker holds on this platform, for no extra or for
        # one of the extras asked of ``current`` (sqlalchemy[asyncio]).
        environments = [{"extra": extra} for extra in extras] or [{"extra": ""}]
        for line in requires:
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is None or any(marker.evaluate(env) for env in environments):
                todo.append((requirement.name, frozenset(requirement.extras)))
    return {name for name, _ in visited}


SERVER_MUST_NOT = {"pyside6", "pyside6-essentials", "shiboken6", "sounddevice", "keyring"}
DESKTOP_MUST_NOT = {"sqlalchemy", "alembic", "asyncpg", "aiosqlite", "argon2-cffi", "aiohttp"}


@pytest.mark.parametrize(
    ("member", "needs", "must_not"),
    [
        ("callnest-server", {"aiohttp", "sqlalchemy", "aiortc"}, SERVER_MUST_NOT),
        (
            "callnest-desktop",
            {"pyside6-essentials", "sounddevice", "keyring", "aiortc"},
            DESKTOP_MUST_NOT,
        ),
        ("callnest-protocol", {"pydantic"}, SERVER_MUST_NOT | DESKTOP_MUST_NOT),
    ],
)
def test_a_member_installs_only_its_side(member: str, needs: set[str], must_not: set[str]) -> None:
    pulled = closure(member)
    assert needs <= pulled, f"{member} no longer pulls {needs - pulled}: is the walk broken?"
    assert not pulled & must_not, f"{member} pulls {sorted(pulled & must_not)}"


def test_the_walk_follows_extras() -> None:
    # sqlalchemy[asyncio] brings greenlet only through its extra: a walk that
    # ignored extras would miss whatever a member pulls that way.
    assert "greenlet" in closure("callnest-server")
