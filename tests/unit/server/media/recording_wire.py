"""A stand-in for the network under ``Outbound``, for unit tests of what is sent."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RecordingWire:
    """Stands in for the network: keeps what Outbound would have sent."""

    up: bool = True
    packets: list[tuple[int, bytes, bool]] = field(default_factory=list)

    def send(self, timestamp: int, payload: bytes, marker: bool) -> bool:
        if self.up:
            self.packets.append((timestamp, payload, marker))
        return self.up

    @property
    def stamps(self) -> list[int]:
        return [p[0] for p in self.packets]
