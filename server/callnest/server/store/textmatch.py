"""Case-insensitive matching that behaves the same on SQLite and PostgreSQL.

SQLite's built-in ``lower()`` (and so its ``LIKE``/``ILIKE``) folds ASCII only:
a search for "müller" would miss "Müller". On SQLite the store registers
:func:`sqlite_casefold` as a SQL function on every connection and
:class:`casefold` compiles to it; on PostgreSQL it is ``lower()``. Both sides
of a comparison go through the same function, so they always agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

SQLITE_CASEFOLD = "callnest_casefold"
LIKE_ESCAPE = "\\"


def sqlite_casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


class casefold(FunctionElement[str]):
    type = Text()
    name = "casefold"
    inherit_cache = True


@compiles(casefold)
def _compile_casefold(element: casefold, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(casefold, "sqlite")
def _compile_casefold_sqlite(element: casefold, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{SQLITE_CASEFOLD}({compiler.process(element.clauses, **kw)})"


def contains_pattern(needle: str) -> str:
    """A LIKE pattern (escape character :data:`LIKE_ESCAPE`) matching ``needle`` anywhere."""
    escaped = (
        needle.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"
