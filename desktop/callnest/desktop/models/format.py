"""How times and the server's codes read on screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale

from callnest.desktop.i18n import translate


def duration(seconds: float | None) -> str:
    """``4:05`` under an hour, ``1:02:03`` above; an em dash when unknown."""
    if seconds is None:
        return "—"
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def moment(timestamp: float) -> str:
    """A past interaction's date and time, local, in the language's short
    form (``5/3/24 2:07 PM`` in English, ``3. 5. 2024 14:07`` in Slovenian)."""
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(timestamp)), QLocale.FormatType.ShortFormat
    )


# Marked for the catalogue, translated where shown (``translate("models.format", ...)``).
_OUTCOMES = {
    "answered": QT_TRANSLATE_NOOP("models.format", "Answered"),
    "abandoned": QT_TRANSLATE_NOOP("models.format", "Abandoned"),
    "voicemail": QT_TRANSLATE_NOOP("models.format", "Voicemail"),
    "callback": QT_TRANSLATE_NOOP("models.format", "Call back"),
    "rejected": QT_TRANSLATE_NOOP("models.format", "Rejected"),
    "lost": QT_TRANSLATE_NOOP("models.format", "Lost"),
    "busy": QT_TRANSLATE_NOOP("models.format", "Busy"),
    "no_answer": QT_TRANSLATE_NOOP("models.format", "No answer"),
    "failed": QT_TRANSLATE_NOOP("models.format", "Failed"),
}
_CHANNELS = {
    "voice": QT_TRANSLATE_NOOP("models.format", "Call"),
    "chat": QT_TRANSLATE_NOOP("models.format", "Chat"),
    "task": QT_TRANSLATE_NOOP("models.format", "Message"),
    "email": QT_TRANSLATE_NOOP("models.format", "E-mail"),
}
# The breaks the system puts agents on (a chosen break comes by its name).
HOME_CONNECTION = "home_connection"  # held back until the home connection can carry a call
MISSED_OFFERS = "missed_offers"  # a queue's autopause: offers rang out unanswered in a row
_SYSTEM_BREAKS = {
    HOME_CONNECTION: QT_TRANSLATE_NOOP("models.format", "Home connection"),
    MISSED_OFFERS: QT_TRANSLATE_NOOP("models.format", "Missed offers"),
    "connection_lost": QT_TRANSLATE_NOOP("models.format", "Connection lost"),
}


def outcome(code: str | None) -> str:
    """An interaction's outcome in words (``no_answer`` → ``No answer``)."""
    if not code:
        return ""
    known = _OUTCOMES.get(code)
    if known is None:
        return code.replace("_", " ").capitalize()  # a code this desktop does not know yet
    return translate("models.format", str(known))


def channel(code: str) -> str:
    """A contact's medium in words (``voice`` → ``Call``)."""
    known = _CHANNELS.get(code)
    return code.capitalize() if known is None else translate("models.format", str(known))


def break_reason(reason: str | None) -> str | None:
    """A break's reason in words: the system's codes named (``home_connection``
    → ``Home connection``), a chosen reason's name as it is."""
    if not reason:
        return reason
    known = _SYSTEM_BREAKS.get(reason)
    return reason if known is None else translate("models.format", str(known))
