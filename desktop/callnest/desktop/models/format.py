"""How times and the server's codes read on screen."""

from __future__ import annotations

import time


def duration(seconds: float | None) -> str:
    """``4:05`` under an hour, ``1:02:03`` above; an em dash when unknown."""
    if seconds is None:
        return "—"
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def moment(timestamp: float) -> str:
    """A past interaction's date and time, local: ``2024-05-03 14:07``."""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


_OUTCOMES = {
    "answered": "Answered",
    "abandoned": "Abandoned",
    "voicemail": "Voicemail",
    "callback": "Call back",
    "rejected": "Rejected",
    "lost": "Lost",
    "busy": "Busy",
    "no_answer": "No answer",
    "failed": "Failed",
}
_CHANNELS = {"voice": "Call", "chat": "Chat", "task": "Message"}
# The breaks the system puts agents on (a chosen break comes by its name).
HOME_CONNECTION = "home_connection"  # held back until the home connection can carry a call
_SYSTEM_BREAKS = {
    HOME_CONNECTION: "Home connection",
    "missed_offers": "Missed offers",
    "connection_lost": "Connection lost",
}


def outcome(code: str | None) -> str:
    """An interaction's outcome in words (``no_answer`` → ``No answer``)."""
    if not code:
        return ""
    return _OUTCOMES.get(code, code.replace("_", " ").capitalize())


def channel(code: str) -> str:
    """A contact's medium in words (``voice`` → ``Call``)."""
    return _CHANNELS.get(code, code.capitalize())


def break_reason(reason: str | None) -> str | None:
    """A break's reason in words: the system's codes named (``home_connection``
    → ``Home connection``), a chosen reason's name as it is."""
    return _SYSTEM_BREAKS.get(reason, reason) if reason else reason
