"""The home connection as routing judges it (``link.verdict``), in words: a
sentence for the operator's window, a few words for a wallboard row.

Words with figures, because an operator told only that calls are held back
calls the helpdesk, whereas one told "8 % loss" restarts the router or plugs
in the cable; the figures named are the ones that sink a call's quality."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale

from callnest import protocol as p
from callnest.desktop.engine.events import RelinkCause
from callnest.desktop.i18n import translate

Tone = Literal["checking", "fit", "held"]
"""How the line looks: being checked, fit to take calls, or held back."""

# A figure is named when it is this bad (ITU-T G.114 puts a conversation's
# trouble past 300 ms one way; a percent of loss is heard already).
BAD_LOSS_PCT = 1.0
BAD_RTT_MS = 300.0
BAD_JITTER_MS = 40.0

# Marked for the catalogue, translated where shown (``translate("models.home_link", ...)``).
_RELINK = {
    "wake": QT_TRANSLATE_NOOP("models.home_link", "Woke from sleep: checking your connection…"),
    "network": QT_TRANSLATE_NOOP("models.home_link", "Network changed: checking your connection…"),
}
_HELD = {
    p.LinkProblem.DOWN: QT_TRANSLATE_NOOP(
        "models.home_link", "No audio from your computer reaches the server — calls are held back"
    ),
    p.LinkProblem.MICROPHONE: QT_TRANSLATE_NOOP(
        "models.home_link",
        "Your microphone sends nothing — check your headset; calls are held back",
    ),
}
_SHORT = {
    p.LinkProblem.UNCONFIRMED: QT_TRANSLATE_NOOP("models.home_link", "Checking connection"),
    p.LinkProblem.DOWN: QT_TRANSLATE_NOOP("models.home_link", "No audio reaching the server"),
    p.LinkProblem.MICROPHONE: QT_TRANSLATE_NOOP("models.home_link", "Microphone silent"),
}


def _number(value: float) -> str:
    """``8``, ``0.4``, ``12``: a decimal only where it says something."""
    rounded = round(value, 1)
    decimals = 0 if rounded >= 10 or rounded == int(rounded) else 1
    return QLocale().toString(rounded, "f", decimals)


def _whole(value: float) -> str:
    """Milliseconds, without decimals: ``30``."""
    return QLocale().toString(value, "f", 0)


def _loss(verdict: p.LinkVerdict) -> str | None:
    if verdict.loss_pct is None:
        return None
    return translate("models.home_link", "{percent} % loss", "packets lost on the way").format(
        percent=_number(verdict.loss_pct)
    )


def _rtt(verdict: p.LinkVerdict) -> str | None:
    if verdict.rtt_ms is None:
        return None
    return translate(
        "models.home_link",
        "{ms} ms round trip",
        "the time a packet takes to the server and back, in milliseconds",
    ).format(ms=_whole(verdict.rtt_ms))


def _jitter(verdict: p.LinkVerdict) -> str | None:
    if verdict.jitter_ms is None:
        return None
    return translate(
        "models.home_link",
        "{ms} ms jitter",
        "how much the packets' delay varies, in milliseconds",
    ).format(ms=_whole(verdict.jitter_ms))


def _quality(verdict: p.LinkVerdict) -> str | None:
    if verdict.mos is None:
        return None
    return translate(
        "models.home_link",
        "call quality {score} of 5",
        "a score from 1 (bad) to 5 (excellent); follows other figures after a comma",
    ).format(score=QLocale().toString(verdict.mos, "f", 1))


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
    return (
        ", ".join(bad)
        or _quality(verdict)
        or translate(
            "models.home_link", "poor", 'the home connection\'s quality, after "Home connection:"'
        )
    )


def _measured(verdict: p.LinkVerdict) -> str:
    """``0 % loss, 30 ms round trip (call quality 4.4 of 5)``, or less when not known."""
    figures = ", ".join(f for f in (_loss(verdict), _rtt(verdict)) if f)
    quality = _quality(verdict)
    if quality is None:
        return figures
    if not figures:
        return quality
    return translate(
        "models.home_link",
        "{figures} ({quality})",
        "the connection's figures, then the call quality they make",
    ).format(figures=figures, quality=quality)


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
        return "checking", translate("models.home_link", str(_RELINK[relink]))
    if problem is p.LinkProblem.UNCONFIRMED:
        return "checking", translate("models.home_link", "Checking your connection…")
    if problem is None:
        return "fit", _fit_line(_measured(verdict), recovered)
    if problem is p.LinkProblem.POOR:
        return "held", translate(
            "models.home_link",
            "Home connection: {problems} — calls are held back until it recovers",
            '{problems}: the bad figures, e.g. "8 % loss, 640 ms round trip"',
        ).format(problems=_what_is_bad(verdict))
    return "held", translate("models.home_link", str(_HELD[problem]))


def _fit_line(figures: str, recovered: bool) -> str:
    """The link is fit: after a problem, or at the first check; with its figures if known."""
    if recovered and figures:
        return translate(
            "models.home_link",
            "Your connection recovered: {figures} — calls are offered again",
            '{figures}: the connection\'s figures, e.g. "0 % loss, 30 ms round trip"',
        ).format(figures=figures)
    if recovered:
        return translate("models.home_link", "Your connection recovered — calls are offered again")
    if figures:
        return translate(
            "models.home_link",
            "Connection check passed: {figures}",
            '{figures}: the connection\'s figures, e.g. "0 % loss, 30 ms round trip"',
        ).format(figures=figures)
    return translate("models.home_link", "Connection check passed")


def row_words(verdict: p.LinkVerdict | None) -> str | None:
    """A wallboard row's few words for an agent routing holds back (None: it does not)."""
    if verdict is None or verdict.problem is None:
        return None
    if verdict.problem is p.LinkProblem.POOR:
        return translate(
            "models.home_link",
            "Home connection: {problems}",
            '{problems}: the bad figures, e.g. "8 % loss"',
        ).format(problems=_what_is_bad(verdict))
    return translate("models.home_link", str(_SHORT[verdict.problem]))


def row_details(verdict: p.LinkVerdict | None) -> str | None:
    """The same at length, for a tooltip: since when, and every figure."""
    words = row_words(verdict)
    if verdict is None or words is None:
        return None
    # As the wallboard writes its other times: to the minute, on a 24-hour clock.
    since = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(verdict.since)).time(), "HH:mm")
    figures = [f for f in (_loss(verdict), _jitter(verdict), _rtt(verdict), _quality(verdict)) if f]
    if not figures:
        return translate(
            "models.home_link",
            "{problem} — offered nothing since {time}",
            "{problem}: what is wrong with the home connection; {time}: a time of day",
        ).format(problem=words, time=since)
    return translate(
        "models.home_link",
        "{problem} — offered nothing since {time}: {figures}",
        "{problem}: what is wrong with the home connection; {time}: a time of day; "
        "{figures}: every figure measured",
    ).format(problem=words, time=since, figures=", ".join(figures))
