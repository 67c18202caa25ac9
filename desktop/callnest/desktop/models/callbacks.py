"""Callbacks as the desktop shows and asks for them: the server's codes in
words, who a callback at wrap-up would call, and the times an agent may
promise (tomorrow at 10:00 unless they pick another, never in the past, at
most a month ahead), written as the customer will hear them. No widgets
here, so it is tested without a screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from callnest import protocol as p
from callnest.desktop.i18n import translate
from callnest.desktop.models.format import outcome
from callnest.protocol import rest
from callnest.protocol.e164 import normalize_e164

MAX_DAYS_AHEAD = 30
# A callback promised for a time nobody remembers is worse than none: the
# first offer is the next morning, when most customers can take a call.
DEFAULT_TIME = QTime(10, 0)


def _sources() -> dict[str, str]:
    return {
        "phone": translate(
            "models.callbacks", "Waiting caller (phone)", "who asked for a callback"
        ),
        "web": translate("models.callbacks", "Waiting caller (web)", "who asked for a callback"),
        "form": translate("models.callbacks", "Web form", "who asked for a callback"),
        "agent": translate("models.callbacks", "Agent", "who asked for a callback"),
    }


def _statuses() -> dict[str, str]:
    return {
        "scheduled": translate("models.callbacks", "Scheduled", "a callback's status"),
        "waiting": translate("models.callbacks", "Waiting in line", "a callback's status"),
        "dialing": translate("models.callbacks", "Being dialled", "a callback's status"),
        "done": translate("models.callbacks", "Done", "a callback's status"),
        "failed": translate("models.callbacks", "Failed", "a callback's status"),
        "cancelled": translate("models.callbacks", "Cancelled", "a callback's status"),
    }


def source_text(source: str) -> str:
    """Who asked for the callback, in words (``form`` → ``Web form``)."""
    return _sources().get(source, source.capitalize())


def status_text(status: str) -> str:
    """Where the callback stands, in words (``dialing`` → ``Being dialled``)."""
    return _statuses().get(status, status.capitalize())


def last_outcome_text(code: str | None) -> str:
    """How the last attempt went, in words; empty before the first. Only a
    restart's is said here (an interaction never has it); the rest read as
    interactions' outcomes do."""
    if code == "interrupted":
        return translate("models.callbacks", "Cut off by a restart", "how a call ended")
    return outcome(code)


@dataclass(frozen=True, slots=True)
class CallbackDraft:
    """Who a callback asked for at wrap-up is for: what its dialog starts from."""

    queue_id: int
    queue_name: str  # the queue's display name, to say which line the call comes from
    number: str  # as it is first offered; the agent may change it
    name: str | None
    customer_id: int | None


def is_phone_number(address: str | None) -> bool:
    """Whether a contact's address is a phone number (not a web caller's
    address, a chat's e-mail, a withheld number)."""
    try:
        normalize_e164(address or "")
    except ValueError:
        return False
    return True


def callback_number(caller_address: str | None, card: p.CustomerCard | None) -> str:
    """The number a callback is first offered to: the one the customer called
    from, when it is a phone number; else (a chat, a withheld number) the
    first on their card; else none."""
    if caller_address and is_phone_number(caller_address):
        return caller_address
    return card.phones[0] if card is not None and card.phones else ""


def default_time(now: QDateTime) -> QDateTime:
    """Tomorrow at 10:00 on ``now``'s clock (the customer's time zone)."""
    return QDateTime(now.date().addDays(1), DEFAULT_TIME, now.timeZone())


def time_problem(at: QDateTime, now: QDateTime, locale: QLocale | None = None) -> str | None:
    """What is wrong with promising a call at ``at`` (None: nothing). A time
    past says what time it is now where the customer is: a time zone left at
    the agent's own is the usual slip."""
    if at <= now:
        there = now.toTimeZone(at.timeZone())
        zone = zone_name(at.timeZone())
        return translate(
            "models.callbacks",
            "That time has passed: it is already {now} in {zone}. Pick a later time.",
            "{now}: a date and time; {zone}: a time zone's name (Europe/Ljubljana)",
        ).format(now=when_text(there, locale), zone=zone)
    if at > now.addDays(MAX_DAYS_AHEAD):
        return translate(
            "models.callbacks", "Pick a time within the next %n day(s).", None, MAX_DAYS_AHEAD
        )
    return None


def when_text(moment: QDateTime, locale: QLocale | None = None) -> str:
    """``Tue 8 Dec, 10:00`` on ``moment``'s own clock, in the locale's words
    and its way of writing a time; with the year when it is not this one."""
    locale = locale or QLocale()
    this_year = moment.date().year() == QDate.currentDate().year()
    pattern = (
        translate(
            "models.callbacks",
            "ddd d MMM",
            "a date this year, in Qt's date format (ddd: the weekday, d: the day, MMM: the "
            "month; all shortened): write the pattern, in your language's order",
        )
        if this_year
        else translate(
            "models.callbacks",
            "ddd d MMM yyyy",
            "a date in another year, in Qt's date format (yyyy: the year): write the "
            "pattern, in your language's order",
        )
    )
    date = locale.toString(moment.date(), pattern)
    return translate("models.callbacks", "{date}, {time}", "a date, then a time of day").format(
        date=date, time=locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    )


def local_when(timestamp: float, locale: QLocale | None = None) -> str:
    """A server timestamp as :func:`when_text` says it, on this computer's clock."""
    return when_text(QDateTime.fromSecsSinceEpoch(round(timestamp)), locale)


def promised_text(callback: rest.Callback, locale: QLocale | None = None) -> str:
    """When the customer expects the call, in the zone they chose it in:
    ``Tue 8 Dec, 10:00 (Europe/Ljubljana)``."""
    if not callback.time_zone:
        return local_when(callback.promised_at, locale)
    zone = QTimeZone(callback.time_zone.encode())
    moment = QDateTime.fromSecsSinceEpoch(round(callback.promised_at), zone)
    return f"{when_text(moment, locale)} ({callback.time_zone})"


def zone_name(zone: QTimeZone) -> str:
    """A time zone's IANA name (``Europe/Ljubljana``)."""
    return bytes(zone.id().data()).decode()
