"""What each party hears while a supervisor listens to, whispers into or
barges into a call. Parties left out of a mode's table keep plain forwarding."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from callnest.server.media.mixer import Mixer
from callnest.server.refused import Refused

CALLER_PARTY, AGENT_PARTY, SUPERVISOR_PARTY = "caller", "agent", "supervisor"


class Mode(StrEnum):
    LISTEN = "listen"  # the supervisor hears both; nobody hears the supervisor
    WHISPER = "whisper"  # ... and the agent hears the supervisor too, the caller does not
    BARGE = "barge"  # everyone hears the two others
    OFF = "off"


# For each mode: which party hears the mix of which others.
HEARS: dict[Mode, dict[str, tuple[str, ...]]] = {
    Mode.LISTEN: {SUPERVISOR_PARTY: (CALLER_PARTY, AGENT_PARTY)},
    Mode.WHISPER: {
        SUPERVISOR_PARTY: (CALLER_PARTY, AGENT_PARTY),
        AGENT_PARTY: (CALLER_PARTY, SUPERVISOR_PARTY),
    },
    Mode.BARGE: {
        SUPERVISOR_PARTY: (CALLER_PARTY, AGENT_PARTY),
        AGENT_PARTY: (CALLER_PARTY, SUPERVISOR_PARTY),
        CALLER_PARTY: (AGENT_PARTY, SUPERVISOR_PARTY),
    },
    Mode.OFF: {},
}


class MonitorRefused(Refused):
    """The call cannot be monitored now; ``code`` and the message say why."""


@dataclass(eq=False)
class Monitoring:
    supervisor_id: int
    mode: Mode
    mixer: Mixer

    def mixes_for(self, party: str) -> bool:
        """Does ``party`` hear the mix instead of plain forwarding?"""
        return party in HEARS[self.mode]
