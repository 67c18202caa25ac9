"""Phone numbers in E.164, the international form SIP trunks carry: ``+38612345678``.

:func:`normalize_e164` reads a number as people write it and answers its
E.164 form, or raises ValueError saying what is wrong. The rules are simple
on purpose (no per-country numbering plans, no libphonenumber):

- The number must be international: it starts with ``+`` or with ``00``, the
  international prefix of most countries (``00386 1 234 5678`` is
  ``+38612345678``). A national number (``01 234 5678``) is refused: reading
  it needs its country, and a guess would make it someone else's number.
  Other international prefixes (``011`` from North America) are not known.
- Spaces, dots, dashes, slashes and brackets between the digits are dropped,
  and so is ``(0)``, the national trunk prefix some write after the country
  code (``+44 (0)20 7946 0000`` is ``+442079460000``).
- What remains is 7 to 15 digits (E.164's longest; the shortest numbers in
  use, Niue's, have 7 with the country code), and a country code never
  starts with 0. Letters (``1-800-FLOWERS``), extensions and a second ``+``
  are refused.
"""

from __future__ import annotations

import re

__all__ = ["E164_MAX_DIGITS", "E164_MIN_DIGITS", "normalize_e164"]

E164_MIN_DIGITS = 7
E164_MAX_DIGITS = 15

# What people put between digits; a no-break space comes with pasted numbers.
_SEPARATORS = str.maketrans("", "", " \t\u00a0.-/()")
_DIGITS = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() takes '²' and '٣' too


def normalize_e164(number: str) -> str:
    """``number`` in E.164 (``"+386 1 234 5678"`` → ``"+38612345678"``); a
    ValueError that says what is wrong when it cannot be read as one."""
    compact = number.strip().replace("(0)", "").translate(_SEPARATORS)
    if not compact:
        raise ValueError("a phone number is needed")
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00"):
        digits = compact[2:]
    elif _DIGITS.fullmatch(compact):
        raise ValueError(
            "write the number in international form, with + and the country code "
            "(+386 1 234 5678): a national number cannot be read without its country"
        )
    else:
        raise ValueError("a phone number is + and digits (+386 1 234 5678)")
    if not _DIGITS.fullmatch(digits):
        raise ValueError(
            "a phone number is + and digits, with only spaces, dots, dashes or "
            "brackets between them (+386 1 234 5678)"
        )
    if digits.startswith("0"):
        raise ValueError("the country code after the + never starts with 0")
    if len(digits) < E164_MIN_DIGITS:
        raise ValueError(
            f"too short for an international number: {len(digits)} digits after the +, "
            f"at least {E164_MIN_DIGITS} with the country code"
        )
    if len(digits) > E164_MAX_DIGITS:
        raise ValueError(
            f"too long: an international number has at most {E164_MAX_DIGITS} digits "
            f"after the +, not {len(digits)}"
        )
    return "+" + digits
