"""The home connection as routing judges it (``link.verdict``), in words: a
sentence for the operator's window, a few words for a wallboard row.

Words with figures, because an operator told only that calls are held back
calls the helpdesk, whereas one told "8 % loss" restarts the router or plugs
in the cable; the figures named are the ones that sink a call's quality."""

from __future__ import annotations

import time
from typing import Literal

from callnest import protocol as p
from callnest.desktop.engine.events import RelinkCause

Tone = Literal["checking", "fit", "held"]
"""How the line looks: being checked, fit to take calls, or held back."""

# A figure is named when it is this bad (ITU-T G.114 puts a conversation's
# trouble past 300 ms one way; a percent of loss is heard already).
BAD_LOSS_PCT = 1.0
BAD_RTT_MS = 300.0
BAD_JITTER_MS = 40.0

_RELINK = {"wake": "Woke from sleep", "network": "Network changed"}
_HELD = {
    p.LinkProblem.DOWN: "No audio from your computer reaches the server — calls are held back",
    p.LinkProblem.MICROPHONE: (
        "Your microphone sends nothing — check your headset; calls are held back"
    ),
}
_SHORT = {
    p.LinkProblem.UNCONFIRMED: "Checking connection",
    p.LinkProblem.DOWN: "No audio reaching the server",
    p.LinkProblem.MICROPHONE: "Microphone silent",
}


def _number(value: float) -> str:
    """``8``, ``0.4``, ``12``: a decimal only where it says something."""
    rounded = round(value, 1)
    return f"{rounded:.0f}" if rounded >= 10 or rounded == int(rounded) else f"{rounded:.1f}"


def _loss(verdict: p.LinkVerdict) -> str | None:
    return None if verdict.loss_pct is None else f"{_number(verdict.loss_pct)} % loss"


def _rtt(verdict: p.LinkVerdict) -> str | None:
    return None if verdict.rtt_ms is None else f"{verdict.rtt_ms:.0f} ms round trip"


def _jitter(verdict: p.LinkVerdict) -> str | None:
    return None if verdict.jitter_ms is None else f"{verdict.jitter_ms:.0f} ms jitter"


def _quality(verdict: p.LinkVerdict) -> str | None:
    return None if verdict.mos is None else f"call quality {verdict.mos:.1f} of 5"


def _what_is_bad(verdict: p.LinkVerdict) -> str:
    """The figures that are bad; the call quality when none is alone."""
    bad = [
        text
        for value, limit, text in (
            (verdict.loss_pct, BAD_LOSS_PCT, _loss(verdict)),
            (verdict.rtt_ms, BAD_RTT_MS, _rtt(verdict)),
            (verdict.jitter_ms, BAD_JITTER_MS, _jitter(verdict)),
        )
        if value is not None and value >= limit and text is not None
    ]
    return ", ".join(bad) or _quality(verdict) or "poor"


def _measured(verdict: p.LinkVerdict) -> str:
    """``0 % loss, 30 ms round trip (call quality 4.4 of 5)``, or less when not known."""
    figures = ", ".join(f for f in (_loss(verdict), _rtt(verdict)) if f)
    quality = _quality(verdict)
    if quality is None:
        return figures
    return f"{figures} ({quality})" if figures else quality


def operator_line(
    verdict: p.LinkVerdict | None, relink: RelinkCause | None = None, recovered: bool = False
) -> tuple[Tone, str] | None:
    """What the operator's window says of their connection. ``relink``: the
    desktop opened a new link after a wake or a move, not judged yet;
    ``recovered``: fit again after a problem (not after the first check).
    None: nothing to say (the server has not judged a link of theirs)."""
    if verdict is None:
        return None
    problem = verdict.problem
    if relink is not None and problem in (None, p.LinkProblem.UNCONFIRMED):
        return "checking", f"{_RELINK[relink]}: checking your connection…"
    if problem is p.LinkProblem.UNCONFIRMED:
        return "checking", "Checking your connection…"
    if problem is None:
        figures = _measured(verdict)
        said = "Your connection recovered" if recovered else "Connection check passed"
        said += f": {figures}" if figures else ""
        return "fit", f"{said} — calls are offered again" if recovered else said
    if problem is p.LinkProblem.POOR:
        return "held", (
            f"Home connection: {_what_is_bad(verdict)} — calls are held back until it recovers"
        )
    return "held", _HELD[problem]


def row_words(verdict: p.LinkVerdict | None) -> str | None:
    """A wallboard row's few words for an agent routing holds back (None: it does not)."""
    if verdict is None or verdict.problem is None:
        return None
    if verdict.problem is p.LinkProblem.POOR:
        return f"Home connection: {_what_is_bad(verdict)}"
    return _SHORT[verdict.problem]


def row_details(verdict: p.LinkVerdict | None) -> str | None:
    """The same at length, for a tooltip: since when, and every figure."""
    words = row_words(verdict)
    if verdict is None or words is None:
        return None
    since = time.strftime("%H:%M", time.localtime(verdict.since))
    figures = [f for f in (_loss(verdict), _jitter(verdict), _rtt(verdict), _quality(verdict)) if f]
    measured = f": {', '.join(figures)}" if figures else ""
    return f"{words} — offered nothing since {since}{measured}"
