"""Estimated call quality (MOS) of an agent's link: ITU-T G.107's E-model, simplified.

``R = 93.2 - Id - Ie_eff`` with the default values for everything the link
does not tell us (room noise, sidetone, talker echo), then G.107's R -> MOS
curve. The delay impairment ``Id`` is Cole and Rosenbluth's fit of G.107's
curve (ACM SIGCOMM CCR 31(2), 2001); ``Ie_eff`` is G.107's packet-loss formula
for random loss. Opus has no impairment of its own worth counting (``Ie`` 0)
and conceals loss well (``Bpl`` about 20, between G.711 with PLC and G.729).
Pure: no I/O, no clock.
"""

from __future__ import annotations

from typing import Final

R_DEFAULT: Final = 93.2  # Ro - Is with G.107's defaults: the best a narrow-band call gets
OPUS_IE: Final = 0.0
OPUS_BPL: Final = 20.0
# What the desktop adds on top of the network: a 20 ms frame, and a jitter
# buffer holding about twice the jitter.
FRAME_MS: Final = 20.0
JITTER_BUFFER_FACTOR: Final = 2.0


def delay_impairment(one_way_ms: float) -> float:
    """``Id``: conversation gets hard past ~177 ms one way (G.114's 150 ms plus margin)."""
    d = max(0.0, one_way_ms)
    return 0.024 * d + (0.11 * (d - 177.3) if d > 177.3 else 0.0)


def loss_impairment(loss_pct: float, ie: float = OPUS_IE, bpl: float = OPUS_BPL) -> float:
    """``Ie_eff`` for random packet loss of ``loss_pct`` percent."""
    ppl = min(max(0.0, loss_pct), 100.0)
    return ie + (95.0 - ie) * ppl / (ppl + bpl)


def one_way_delay_ms(rtt_ms: float | None, jitter_ms: float) -> float:
    """Mouth to ear: half the round trip, the jitter buffer and one frame.
    An unknown round trip counts as none (a LAN): jitter and loss still count."""
    return (rtt_ms or 0.0) / 2 + JITTER_BUFFER_FACTOR * max(0.0, jitter_ms) + FRAME_MS


def r_factor(loss_pct: float, jitter_ms: float, rtt_ms: float | None) -> float:
    return (
        R_DEFAULT
        - delay_impairment(one_way_delay_ms(rtt_ms, jitter_ms))
        - loss_impairment(loss_pct)
    )


def mos_from_r(r: float) -> float:
    """G.107's R -> MOS (conversational quality, estimated), within [1, 4.5]."""
    if r <= 0:
        return 1.0
    if r >= 100:
        return 4.5
    mos = 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r)
    return min(max(mos, 1.0), 4.5)


def estimate_mos(loss_pct: float, jitter_ms: float, rtt_ms: float | None) -> float:
    """The MOS a call over this link would get, rounded to two decimals."""
    return round(mos_from_r(r_factor(loss_pct, jitter_ms, rtt_ms)), 2)
