"""Phone numbers: one E.164 form however they are written, and where they ring."""

from __future__ import annotations

import re

import pytest

from callnest.server.outreach import country, e164, time_zones

SLOVENIAN = "+38640111222"
SPANISH_MOBILE = "+34612345678"  # the mainland or the Canary Islands
IDAHO = "+12083201234"  # the north of Idaho keeps Pacific time, the south Mountain


@pytest.mark.parametrize(
    ("written", "region", "expected"),
    [
        ("+386 40 111 222", None, SLOVENIAN),
        ("00386 40 111-222", None, SLOVENIAN),
        ("  +386 (0)40 111 222 ", None, SLOVENIAN),
        ("040 111 222", "SI", SLOVENIAN),
        ("00386 40 111 222", "SI", SLOVENIAN),
        ("+38640111222", "US", SLOVENIAN),
        ("612 34 56 78", "ES", SPANISH_MOBILE),
        ("0034 612 345 678", None, SPANISH_MOBILE),
        ("(208) 320-1234", "US", IDAHO),
        ("+1 208 320 1234", None, IDAHO),
    ],
)
def test_e164_reads_the_usual_ways_of_writing(
    written: str, region: str | None, expected: str
) -> None:
    assert e164(written, region) == expected


@pytest.mark.parametrize(
    ("written", "region", "message"),
    [
        ("12", None, "'12' is not a phone number"),
        ("12", "SI", "'12' is not a phone number"),
        ("", None, "'' is not a phone number"),
        ("call me", None, "'call me' is not a phone number"),
        ("+386 40 111", None, "'+386 40 111' is not a phone number"),
        ("+999 123 456", None, "'+999 123 456' is not a phone number"),
        (
            "040 111 222",
            None,
            "'040 111 222' has no country code: write it with + and the country code",
        ),
        ("040 111 222", "XX", "'XX' is not a country code (use one such as 'SI')"),
        ("+386 40 111 222 ext. 5", None, "has an extension, which cannot be dialled"),
    ],
)
def test_e164_says_what_is_wrong(written: str, region: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        e164(written, region)


@pytest.mark.parametrize(
    ("number", "zones"),
    [
        (SLOVENIAN, ("Europe/Ljubljana",)),
        (SPANISH_MOBILE, ("Atlantic/Canary", "Europe/Madrid")),
        (IDAHO, ("America/Boise", "America/Los_Angeles")),
        ("+80012345678", ()),  # international freephone: of no place
        ("+386 40 111", ()),  # no number
        ("040 111 222", ()),  # no country
    ],
)
def test_time_zones(number: str, zones: tuple[str, ...]) -> None:
    assert time_zones(number) == zones


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (SLOVENIAN, "SI"),
        (SPANISH_MOBILE, "ES"),
        (IDAHO, "US"),
        ("+421912123456", "SK"),
        ("+80012345678", None),
        ("twelve", None),
    ],
)
def test_country(number: str, code: str | None) -> None:
    assert country(number) == code
