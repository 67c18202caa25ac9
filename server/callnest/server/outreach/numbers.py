"""Phone numbers as the dialer compares and places them: one E.164 form, so that a number
written two ways is still one number (on the do-not-call list, among the calls in flight),
and the country and time zones the number belongs to, which decide when it may be rung."""

from __future__ import annotations

import functools
import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat
from phonenumbers.timezone import UNKNOWN_TIMEZONE, time_zones_for_number

# Without a country code, this many digits could be a national number (then the country
# code is what is missing); fewer are not a number at all.
_NATIONAL_DIGITS = 6


def e164(number: str, default_region: str | None = None) -> str:
    """``"+386 40 111 222"``, ``"00386 40 111-222"`` or, with ``default_region="SI"``,
    ``"040 111 222"`` as ``"+38640111222"``; ValueError in words for anything that is not a
    valid number."""
    return _e164(number, default_region)


# Cached apart from e164, whose signature lru_cache would hide from the type checker: the
# dialer normalises the same numbers on every round.
@functools.lru_cache(maxsize=4096)
def _e164(number: str, default_region: str | None) -> str:
    return phonenumbers.format_number(_parse(number, default_region), PhoneNumberFormat.E164)


def time_zones(number: str) -> tuple[str, ...]:
    """The IANA zones the number may be in, sorted; ``()`` when nobody knows."""
    try:
        parsed = _parse(number, None)
    except ValueError:
        return ()
    return tuple(sorted(z for z in time_zones_for_number(parsed) if z != UNKNOWN_TIMEZONE))


def country(number: str) -> str | None:
    """The ISO 3166 code of the number's country (``"SI"``); None for a number of no country
    (+800 and the like) or none at all."""
    try:
        region = phonenumbers.region_code_for_number(_parse(number, None))
    except ValueError:
        return None
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


def _parse(number: str, default_region: str | None) -> PhoneNumber:
    text = number.strip()
    if default_region is None:
        if text.startswith("00"):
            # Only without a region: with one, phonenumbers knows that country's own
            # international prefix, which is not always 00 (011 from the US).
            text = "+" + text[2:]
    elif default_region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"{default_region!r} is not a country code (use one such as 'SI')")
    try:
        parsed = phonenumbers.parse(text, default_region)
    except NumberParseException as exc:
        if (
            exc.error_type == NumberParseException.INVALID_COUNTRY_CODE
            and not text.startswith("+")
            and len(re.sub(r"\D", "", text)) >= _NATIONAL_DIGITS
        ):
            raise ValueError(
                f"{number!r} has no country code: write it with + and the country code"
            ) from None
        raise ValueError(f"{number!r} is not a phone number") from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError(f"{number!r} is not a phone number")
    if parsed.extension:
        # E.164 has no extension: the call would reach the switchboard, not the person.
        raise ValueError(f"{number!r} has an extension, which cannot be dialled")
    return parsed
