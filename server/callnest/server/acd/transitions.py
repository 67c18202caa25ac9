"""The moves an agent's state and a contact's phase may make, in one place.

The ACD changes both from many places (a command, a timer, an agent who
vanishes, an overflow); these tables say which moves exist at all, and the
core checks every move against them where it happens. A move that is not in
a table is a bug in the core, not a request to turn down: requests the ACD
refuses raise :class:`~callnest.server.acd.core.AcdError` before anything
moves. Checking costs one dict lookup and one set lookup a move.
"""

from __future__ import annotations

from collections.abc import Mapping

from callnest.server.acd.model import AgentState, Phase

OFFLINE, AVAILABLE, BREAK = AgentState.OFFLINE, AgentState.AVAILABLE, AgentState.BREAK
QUEUED, RINGING, CONNECTED = Phase.QUEUED, Phase.RINGING, Phase.CONNECTED
WRAP_UP, CLOSED = Phase.WRAP_UP, Phase.CLOSED

AGENT_MOVES: Mapping[AgentState, frozenset[AgentState]] = {
    # Offline again: an agent who is lost (logged out by force) while offline.
    OFFLINE: frozenset({AVAILABLE, BREAK, OFFLINE}),
    # Never available again: that would change nothing, so nothing is logged.
    AVAILABLE: frozenset({BREAK, OFFLINE}),
    # A break again: another reason, or the system's pause becoming a chosen break.
    BREAK: frozenset({AVAILABLE, BREAK, OFFLINE}),
}

CONTACT_MOVES: Mapping[Phase, frozenset[Phase]] = {
    # Queued again: a new contact's first queue, or another queue (an
    # overflow, a queue closed for the night). Closed: abandoned, or sent on
    # to voicemail, a callback or a rejection.
    QUEUED: frozenset({QUEUED, RINGING, CLOSED}),
    # Queued: nobody answered. Closed: the caller gave up while it rang.
    RINGING: frozenset({QUEUED, CONNECTED, CLOSED}),
    # Queued: transferred, or its agent vanished. Never closed in conversation
    # with an agent: the talk ends first (wrap-up). Closed: a call transferred
    # to an outside number (no agent's any more) ended.
    CONNECTED: frozenset({QUEUED, WRAP_UP, CLOSED}),
    WRAP_UP: frozenset({CLOSED}),
    CLOSED: frozenset(),
}


class IllegalTransition(Exception):
    """The ACD tried a move its tables do not allow: a programming error."""

    def __init__(self, what: str, id_: object, from_: object, to: object) -> None:
        super().__init__(f"{what} {id_}: {from_} -> {to} is not an allowed transition")
        self.from_, self.to = from_, to
