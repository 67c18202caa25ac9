"""The languages Callnest speaks: its windows, the caller's page and chat, and
the announcements. One list for the server and the app."""

from __future__ import annotations

from typing import Literal, get_args

LanguageCode = Literal["en", "sl", "ru", "es", "sk"]
"""ISO 639-1 codes; the first is the source language of every catalogue."""

LANGUAGE_CODES: tuple[str, ...] = get_args(LanguageCode)
DEFAULT_LANGUAGE: LanguageCode = "en"

LANGUAGE_NAMES: dict[str, str] = {
    # Each in the language itself: how a speaker looks for it in a list.
    "en": "English",
    "sl": "Slovenščina",
    "ru": "Русский",
    "es": "Español",
    "sk": "Slovenčina",
}
