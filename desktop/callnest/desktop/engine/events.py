"""What the engine tells the windows. Each event is immutable and is handed to
the engine's listener on the engine thread; the Qt bridge re-emits it as a
signal so that widgets only ever see it on the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

from callnest import protocol as p

ConnectionStatus = Literal["connecting", "online", "reconnecting", "offline"]
DeviceRole = Literal["microphone", "speaker", "ring"]
LoginProblem = Literal["wrong_password", "unreachable", "tls", "refused", "protocol"]
RelinkCause = Literal["wake", "network"]


class LoginError(Exception):
    """Logging in failed; ``kind`` says why in a way the login window can act on."""

    def __init__(self, kind: LoginProblem, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True, slots=True)
class Connection:
    """The session socket's state. ``reconnecting`` shows the banner; a call in
    progress goes on meanwhile (the audio link does not need the socket)."""

    status: ConnectionStatus
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ServerEvent:
    """A message the server pushed (welcome, offer, contact and state updates, ...)."""

    message: p.ServerMessage


@dataclass(frozen=True, slots=True)
class MicLevel:
    """The microphone's level over the last block, in dBFS (-100 for silence)."""

    dbfs: float


@dataclass(frozen=True, slots=True)
class DeviceProblem:
    """A headset device failed to open, vanished (unplugged) or came back."""

    role: DeviceRole
    device: str
    message: str
    working: bool  # False: unusable now; True: it works again


@dataclass(frozen=True, slots=True)
class LinkQuality:
    """The audio link's quality as the desktop measures it (RTCP)."""

    connected: bool
    packets_lost: int
    jitter_ms: float
    rtt_ms: float | None


@dataclass(frozen=True, slots=True)
class Relink:
    """The engine opens a new audio link because this computer woke from
    sleep or moved to another network (see ``engine/wake.py``). The server
    checks the new link before it offers a call: a ``link.verdict`` follows."""

    cause: RelinkCause


EngineEvent: TypeAlias = Connection | ServerEvent | MicLevel | DeviceProblem | LinkQuality | Relink
