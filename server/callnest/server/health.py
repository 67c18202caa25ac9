"""A remote agent's health beyond routing: desktop heartbeat, microphone, raised
hand, and the link figures gathered over each call for its interaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callnest import protocol as p

# Below this the microphone hears nothing a customer would call speech: a
# quiet room with a headset sits around -70..-60 dBFS, a voice at -40..-15.
MIC_SILENT_DBFS = -60.0


@dataclass(slots=True)
class AgentHealth:
    last_heartbeat_at: float | None = None
    mic_level_db: float | None = None  # the desktop's last report
    mic_silent_since: float | None = None  # in a call, silent (or muted) since
    hand_raised: bool = False


@dataclass(slots=True)
class CallLink:
    """The agent's link over one call, from the samples taken while it was connected."""

    samples: int = 0
    loss_sum: float = 0.0
    loss_max: float = 0.0
    jitter_sum: float = 0.0
    jitter_max: float = 0.0
    rtt_sum: float = 0.0
    rtt_samples: int = 0
    rtt_max: float = 0.0
    mos_min: float | None = None
    mos_sum: float = 0.0

    def add(self, quality: p.LinkQuality, mos: float) -> None:
        loss = max(quality.loss_pct, quality.remote_loss_pct or 0.0)
        self.samples += 1
        self.loss_sum += loss
        self.loss_max = max(self.loss_max, loss)
        self.jitter_sum += quality.jitter_ms
        self.jitter_max = max(self.jitter_max, quality.jitter_ms)
        if quality.rtt_ms is not None:
            self.rtt_samples += 1
            self.rtt_sum += quality.rtt_ms
            self.rtt_max = max(self.rtt_max, quality.rtt_ms)
        self.mos_sum += mos
        self.mos_min = mos if self.mos_min is None else min(self.mos_min, mos)

    def figures(self) -> dict[str, Any]:
        """Average and worst over the call, for the interaction's ``data``."""
        n = self.samples
        rtt = self.rtt_samples
        return {
            "samples": n,
            "loss_pct_avg": round(self.loss_sum / n, 2),
            "loss_pct_max": round(self.loss_max, 2),
            "jitter_ms_avg": round(self.jitter_sum / n, 1),
            "jitter_ms_max": round(self.jitter_max, 1),
            "rtt_ms_avg": round(self.rtt_sum / rtt, 1) if rtt else None,
            "rtt_ms_max": round(self.rtt_max, 1) if rtt else None,
            "mos_avg": round(self.mos_sum / n, 2),
            "mos_min": self.mos_min,
        }
