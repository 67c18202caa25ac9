"""CSV cells that a spreadsheet opens as text, never as a formula.

A caller types their name on the public page; an owner exports the
customers and opens the file in Excel or LibreOffice, which runs a cell
starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return
before one) as a formula -- ``=HYPERLINK(...)`` and worse (OWASP: CSV
injection). Every CSV Callnest writes goes through :func:`neutralised`: such
a cell gets a leading apostrophe, which spreadsheets show as text and
hide. A plain number (``-3.5``, ``+38612345678``) is no formula and is left
as it is. The customer import takes the apostrophe off again
(:func:`restored`), so an exported file imports unchanged.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def neutralised(cell: str) -> str:
    if cell.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def restored(cell: str) -> str:
    """A cell :func:`neutralised` wrote, as it was."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell
