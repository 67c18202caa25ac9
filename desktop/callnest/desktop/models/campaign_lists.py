"""The numbers an owner gives a campaign, and those it must never call: people
typed or pasted (a number a line, a name after a comma), the country their
national numbers are read in, what the server made of them in words, and a
do-not-call file read line by line. No widgets here, so it is tested without
a screen.

Every refused line is named by its line in what the owner typed or chose
(not by its place in what was sent, which skips blank lines and is cut into
batches): that is the line they can find and correct."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import ValidationError
from PySide6.QtCore import QLocale

from callnest.desktop.i18n import translate
from callnest.desktop.models.wallboard import Column
from callnest.protocol import rest
from callnest.protocol.e164 import normalize_e164

# The countries offered for national numbers, with their calling codes (to
# tell a queue's caller ID's country). +1 and +7 are shared (Canada, the
# Caribbean; Kazakhstan), but read alike: a national number there is the
# same digits after the same country code.
CALLING_CODES: tuple[tuple[str, str], ...] = (
    ("SI", "386"),
    ("SK", "421"),
    ("ES", "34"),
    ("RU", "7"),
    ("GB", "44"),
    ("DE", "49"),
    ("US", "1"),
    ("AT", "43"),
    ("HR", "385"),
    ("CZ", "420"),
    ("HU", "36"),
    ("IT", "39"),
    ("FR", "33"),
    ("PL", "48"),
    ("NL", "31"),
    ("IE", "353"),
)


def regions() -> tuple[tuple[str, str, str], ...]:
    """The countries offered, in words: (code, name, calling code)."""
    names = {
        "SI": translate("models.campaign_lists", "Slovenia"),
        "SK": translate("models.campaign_lists", "Slovakia"),
        "ES": translate("models.campaign_lists", "Spain"),
        "RU": translate("models.campaign_lists", "Russia"),
        "GB": translate("models.campaign_lists", "United Kingdom"),
        "DE": translate("models.campaign_lists", "Germany"),
        "US": translate("models.campaign_lists", "United States"),
        "AT": translate("models.campaign_lists", "Austria"),
        "HR": translate("models.campaign_lists", "Croatia"),
        "CZ": translate("models.campaign_lists", "Czechia"),
        "HU": translate("models.campaign_lists", "Hungary"),
        "IT": translate("models.campaign_lists", "Italy"),
        "FR": translate("models.campaign_lists", "France"),
        "PL": translate("models.campaign_lists", "Poland"),
        "NL": translate("models.campaign_lists", "Netherlands"),
        "IE": translate("models.campaign_lists", "Ireland"),
    }
    return tuple((code, names[code], calling) for code, calling in CALLING_CODES)


# What a server field takes at most: a longer line is refused here, in words,
# rather than failing the whole batch it would be sent in.
MAX_NUMBER_CHARS = 40
MAX_NAME_CHARS = 200
_SEPARATORS = (",", ";", "\t")  # after the number: what a pasted spreadsheet row has


@dataclass(frozen=True, slots=True)
class RefusedLine:
    """A line that is not a number to call, and why (in the server's or our words)."""

    line: int
    number: str
    why: str


def refused_columns() -> tuple[Column[RefusedLine], ...]:
    """The refused lines' table's columns, translated when the table is made."""
    return (
        Column(
            translate("models.campaign_lists", "Line", "a column: a line of a list or a file"),
            lambda r, _: str(r.line),
        ),
        Column(
            translate("models.campaign_lists", "Number", "a column: a phone number"),
            lambda r, _: r.number,
        ),
        Column(
            translate("models.campaign_lists", "Why", "a column: why a line was refused"),
            lambda r, _: r.why,
        ),
    )


# Untranslated, for ui/admin/refused_lines.py until it calls refused_columns().
REFUSED_COLUMNS: tuple[Column[RefusedLine], ...] = (
    Column("Line", lambda r, _: str(r.line)),
    Column("Number", lambda r, _: r.number),
    Column("Why", lambda r, _: r.why),
)


@dataclass(frozen=True, slots=True)
class TypedPerson:
    """A person as typed: the line they are on, and what to send of them."""

    line: int
    person: rest.ProspectIn


def region_of(number: str | None) -> str | None:
    """The country of an E.164 number among :data:`CALLING_CODES` (``+38640...`` →
    ``SI``); None when it is none of them, or no number."""
    if not number or not number.startswith("+"):
        return None
    digits = number[1:]
    # The longest code first: +385 is Croatia, though +38 is no country.
    for code, calling in sorted(CALLING_CODES, key=lambda r: -len(r[1])):
        if digits.startswith(calling):
            return code
    return None


def read_people(text: str) -> tuple[list[TypedPerson], list[RefusedLine]]:
    """The people in ``text``, one a line: ``number`` or ``number, name``
    (a semicolon or a tab will do for the comma). Blank lines are skipped; a
    line too long to be a number or a name is refused here."""
    people, refused = [], []
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        number, name = _split_person(raw)
        if not number:
            why = translate("models.campaign_lists", "no number before the name")
            refused.append(RefusedLine(line, raw.strip(), why))
        elif len(number) > MAX_NUMBER_CHARS:
            why = translate("models.campaign_lists", "too long to be a phone number")
            refused.append(RefusedLine(line, number, why))
        elif len(name) > MAX_NAME_CHARS:
            why = translate(
                "models.campaign_lists", "the name is over %n letter(s)", None, MAX_NAME_CHARS
            )
            refused.append(RefusedLine(line, number, why))
        else:
            people.append(TypedPerson(line, rest.ProspectIn(number=number, name=name or None)))
    return people, refused


def _split_person(raw: str) -> tuple[str, str]:
    cuts = [raw.find(s) for s in _SEPARATORS if s in raw]
    if not cuts:
        return raw.strip(), ""
    cut = min(cuts)
    return raw[:cut].strip(), raw[cut + 1 :].strip()


def batches(people: Sequence[TypedPerson], size: int) -> list[Sequence[TypedPerson]]:
    """``people`` in sends of at most ``size``: each answered on its own, so
    the owner sees how far a long list has got."""
    return [people[start : start + size] for start in range(0, len(people), size)]


@dataclass(frozen=True, slots=True)
class Tally:
    """What adding numbers came to so far: added, listed already, refused."""

    added: int = 0
    already_listed: int = 0
    refused: tuple[RefusedLine, ...] = ()

    def plus(self, other: Tally) -> Tally:
        return Tally(
            self.added + other.added,
            self.already_listed + other.already_listed,
            self.refused + other.refused,
        )

    def text(self) -> str:
        """``Added 480 · 15 already listed · 5 refused``."""
        number = QLocale().toString
        return translate(
            "models.campaign_lists",
            "Added {added} · {listed} already listed · {refused} refused",
            "numbers added to a campaign's list",
        ).format(
            added=number(self.added),
            listed=number(self.already_listed),
            refused=number(len(self.refused)),
        )


def tally(answer: rest.ProspectsAdded, sent: Sequence[TypedPerson] | None = None) -> Tally:
    """The server's answer to one send; its refused lines renumbered as the
    lines of what was typed (``sent``), when the send was typed lines."""

    def line(problem: rest.ProspectProblem) -> int:
        at = problem.line - 1
        return sent[at].line if sent is not None and 0 <= at < len(sent) else problem.line

    refused = tuple(RefusedLine(line(p), p.number, p.problem) for p in answer.refused)
    return Tally(answer.added, answer.already_listed, refused)


def matches_text(found: int, with_phone: int, at_most: int) -> str:
    """How many customers a search finds, and how many have a number to call
    (the first of each is added)."""
    if not found:
        return translate("models.campaign_lists", "No customer matches.")
    if found >= at_most:
        return translate(
            "models.campaign_lists",
            "At least %n customer(s) match (only the first {counted} are counted); "
            "every match with a phone number will be added, with their first number.",
            None,
            found,
        ).format(counted=at_most)
    if not with_phone:
        return translate(
            "models.campaign_lists",
            "%n customer(s) match, but none has a phone number: nobody to add.",
            None,
            found,
        )
    return translate(
        "models.campaign_lists",
        "%n customer(s) match; {with_phone} with a phone number will be added, "
        "with their first number.",
        None,
        found,
    ).format(with_phone=with_phone)


# ------------------------------------------------------------ do not call


def read_numbers_file(text: str) -> tuple[list[tuple[int, str, str]], list[RefusedLine]]:
    """The numbers in a file: one a line, or a CSV with a ``number`` column
    (and, if it has one, a ``reason`` column, as an export of the list has).
    Answers ``(line, number in E.164, reason)`` for each it can read, and
    each line it cannot with why; lines are the file's, the header's first."""
    text = text.removeprefix("\ufeff")
    rows = list(csv.reader(io.StringIO(text), delimiter=_delimiter(text)))
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    number_at = header.index("number") if "number" in header else None
    reason_at = header.index("reason") if "reason" in header else None
    start = 2 if number_at is not None else 1
    found, refused = [], []
    for line, row in enumerate(rows[start - 1 :], start=start):
        cells = [cell.strip() for cell in row]
        number = _cell(cells, number_at or 0)
        if not any(cells):
            continue
        try:
            e164 = normalize_e164(number)
        except ValueError as exc:
            refused.append(RefusedLine(line, number, str(exc)))
            continue
        reason = _cell(cells, reason_at) if reason_at is not None else ""
        found.append((line, e164, reason))
    return found, refused


def _delimiter(text: str) -> str:
    """A comma, unless the first line has none and a semicolon (as a
    spreadsheet saves CSV where the comma is the decimal sign) or a tab."""
    first = text.split("\n", 1)[0]
    if "," in first:
        return ","
    return next((d for d in (";", "\t") if d in first), ",")


def _cell(cells: list[str], at: int) -> str:
    return cells[at] if at < len(cells) else ""


def do_not_call_fields(
    found: Iterable[tuple[int, str, str]], campaign_id: int | None, default_reason: str
) -> tuple[list[tuple[int, rest.DoNotCallFields]], list[RefusedLine]]:
    """What to send for each number read from a file: its own reason, else
    ``default_reason``; a reason too long for the server is refused here."""
    fields, refused = [], []
    for line, number, reason in found:
        try:
            entry = rest.DoNotCallFields(
                number=number, campaign_id=campaign_id, reason=reason or default_reason
            )
        except ValidationError as exc:
            refused.append(RefusedLine(line, number, exc.errors()[0]["msg"]))
            continue
        fields.append((line, entry))
    return fields, refused
