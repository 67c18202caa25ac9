"""A stand-in for the network under ``Outbound``, for unit tests of what is sent."""

from __future__ import annotations

from dataclasses import dataclass, field

from callnest.server.media.passthrough import Wire


@dataclass
class RecordingWire(Wire):
    """Stands in for the network: keeps what Outbound would have sent. A Wire
    with no connection under it (its own ``__init__``): only ``send`` is used."""

    up: bool = True
    packets: list[tuple[int, bytes, bool]] = field(default_factory=list)

    def send(self, timestamp: int, payload: bytes, marker: bool) -> bool:
        if self.up:
            self.packets.append((timestamp, payload, marker))
        return self.up

    @property
    def stamps(self) -> list[int]:
        return [p[0] for p in self.packets]
