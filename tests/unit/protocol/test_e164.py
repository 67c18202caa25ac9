"""Phone numbers in E.164: what is read, what is refused, and the reason given."""

import re

import pytest

from callnest.protocol.e164 import normalize_e164


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("+386 1 234 5678", "+38612345678"),
        ("+38612345678", "+38612345678"),
        ("00386 1 234 5678", "+38612345678"),
        ("  +1 (555) 010-0199 ", "+15550100199"),
        ("+33.1.23.45.67.89", "+33123456789"),
        ("+49 30/1234567", "+49301234567"),
        ("+44 (0)20 7946 0000", "+442079460000"),  # the (0) is not dialled from abroad
        ("+386\u00a01\u00a0234\u00a05678", "+38612345678"),  # pasted, with no-break spaces
        ("+6834002", "+6834002"),  # Niue: 7 digits in all
        ("+" + "1" * 15, "+" + "1" * 15),
    ],
)
def test_international_numbers_are_read_as_written(written: str, e164: str) -> None:
    assert normalize_e164(written) == e164


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("", "a phone number is needed"),
        ("  ", "a phone number is needed"),
        ("01 234 5678", "write the number in international form"),
        ("011 386 1 234 5678", "write the number in international form"),
        ("+1-800-FLOWERS", "a phone number is + and digits"),
        ("+386 1 234 5678 ext. 12", "a phone number is + and digits"),
        ("++38612345678", "a phone number is + and digits"),
        ("+386 1 234 5678+", "a phone number is + and digits"),
        ("+٣٨٦١٢٣٤٥٦٧٨", "a phone number is + and digits"),  # digits, but not ASCII
        ("sip:+38612345678@example.com", "a phone number is + and digits"),
        ("hello", "a phone number is + and digits"),
        ("+0386 1 234 5678", "never starts with 0"),
        ("0000386", "never starts with 0"),
        ("+386 12", "too short for an international number: 5 digits"),
        ("+" + "1" * 16, "too long: an international number has at most 15 digits"),
    ],
)
def test_anything_else_is_refused_saying_why(written: str, reason: str) -> None:
    with pytest.raises(ValueError, match=re.escape(reason)):
        normalize_e164(written)


def test_a_normalized_number_reads_as_itself() -> None:
    assert normalize_e164(normalize_e164("00 44 20 7946 0000")) == "+442079460000"
