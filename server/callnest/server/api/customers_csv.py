"""Customers as CSV: export every customer, import a file of them.

The file: a header row with ``name`` (required), ``phones``, ``emails``,
``notes``, and any other column as a custom field; phones and e-mails are
``;``-separated in one cell. The export writes exactly what the import reads,
so a file goes out and comes back unchanged.

An import is all or nothing: every row is checked first and any bad row
refuses the whole file (422, with each bad line and why); otherwise one
transaction writes it. A row whose phone or e-mail belongs to an existing
customer updates that customer (only the columns the file has; an empty
custom-field cell removes that field), any other row creates one.
"""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import io
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any

from aiohttp import web
from pydantic import TypeAdapter, ValidationError

from callnest.protocol import ErrorCode
from callnest.protocol.rest import CustomerFields, CustomersImported
from callnest.protocol.spreadsheet import neutralised, restored
from callnest.protocol.types import Email, FieldKey
from callnest.server.api.admin import audit
from callnest.server.api.endpoints import Api
from callnest.server.api.errors import ApiError, in_time
from callnest.server.auth import MANAGERS, OWNER_ONLY
from callnest.server.keys import STORE
from callnest.server.store.contacts import normalize_email, normalize_phone
from callnest.server.store.store import Row, Store

MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_REPORTED = 200  # line errors sent back; the message gives the total
EXPORT_PAGE = 1000
SEPARATOR = ";"
STANDARD = ("name", "phones", "emails", "notes")
ACCEPTED_TYPES = ("text/csv", "text/plain", "application/csv")

_EMAIL: TypeAdapter[str] = TypeAdapter(Email)
_FIELD_KEY: TypeAdapter[str] = TypeAdapter(FieldKey)


class CsvRefused(Exception):
    """The file cannot be imported; ``problems`` are (line, reason), line 1 the header."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclasses.dataclass(slots=True)
class FileRow:
    """One data row as the file gives it, before it meets the database."""

    line: int
    name: str
    phones: list[str] | None  # None: the file has no such column
    emails: list[str] | None
    notes: str | None
    fields: dict[str, str]  # custom-field column -> cell ('' removes on update)

    def contacts(self) -> list[tuple[str, str]]:
        """Its contacts, normalised, as the contacts index holds them."""
        phones = [("phone", normalize_phone(v)) for v in self.phones or ()]
        emails = [("email", normalize_email(v)) for v in self.emails or ()]
        return list(dict.fromkeys(phones + emails))


# ----------------------------------------------------------------- export


def export_header(field_keys: Iterable[str]) -> list[str]:
    return [*STANDARD, *sorted(set(field_keys) - set(STANDARD))]


def export_row(customer: Mapping[str, Any], header: list[str]) -> list[str]:
    fields = customer.get("custom_fields") or {}
    return [
        customer["name"],
        SEPARATOR.join(customer.get("phones") or ()),
        SEPARATOR.join(customer.get("emails") or ()),
        customer.get("notes") or "",
        *(str(fields.get(key, "")) for key in header[len(STANDARD) :]),
    ]


def csv_line(cells: list[str]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerow([neutralised(cell) for cell in cells])
    return out.getvalue().encode()


# ----------------------------------------------------------------- import


def parse_file(data: bytes) -> tuple[list[FileRow], list[tuple[int, str]]]:
    """The rows, and the problems of the file's own (the database is not
    asked): a bad row is still returned, so that checking it against the
    customers can add what else is wrong with it. Raises CsvRefused when
    the file cannot be read as customers at all."""
    try:
        text = data.decode("utf-8-sig")  # with or without Excel's BOM
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CsvRefused([(line, "the file is not UTF-8 text")]) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[tuple[int, str]] = []
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise CsvRefused([(1, f"the header is not valid CSV: {exc}")]) from None
    if header is None:
        raise CsvRefused([(1, "the file is empty: it needs a header row")])
    columns, fields = _columns([restored(cell) for cell in header])
    rows: list[FileRow] = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append((line, f"not valid CSV: {exc}"))
            break  # the reader cannot find the next row reliably
        if not any(c.strip() for c in cells):
            continue  # a blank line
        if len(cells) != len(header):
            problems.append((line, f"has {len(cells)} cells, the header has {len(header)}"))
            continue
        cells = [restored(cell) for cell in cells]  # what an export neutralised
        row = _file_row(line, dict(zip(columns, cells, strict=True)), fields, problems)
        rows.append(row)
    if not rows and not problems:
        raise CsvRefused([(1, "the file has a header but no customers")])
    return rows, problems


def _columns(header: list[str]) -> tuple[list[str], list[str]]:
    """The header's column names (standard ones lower-cased) and its custom fields."""
    problems: list[tuple[int, str]] = []
    columns: list[str] = []
    for position, raw in enumerate(header, 1):
        name = raw.strip()
        column = name.lower() if name.lower() in STANDARD else name
        if not name:
            problems.append((1, f"column {position} has no name"))
        elif column in columns:
            problems.append((1, f"column “{name}” appears twice"))
        elif column not in STANDARD:
            try:
                _FIELD_KEY.validate_python(column)
            except ValidationError:
                problems.append((1, f"column “{name[:80]}” is not a usable custom field name"))
        columns.append(column)
    if "name" not in columns:
        problems.append((1, "the header needs a “name” column"))
    if problems:
        raise CsvRefused(problems)
    return columns, [c for c in columns if c not in STANDARD]


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(SEPARATOR) if v.strip()]


def _file_row(
    line: int, cells: Mapping[str, str], fields: list[str], problems: list[tuple[int, str]]
) -> FileRow:
    row = FileRow(
        line=line,
        name=cells["name"].strip(),
        phones=_split(cells["phones"]) if "phones" in cells else None,
        emails=_split(cells["emails"]) if "emails" in cells else None,
        notes=cells.get("notes"),
        fields={key: cells[key].strip() for key in fields},
    )
    for phone in row.phones or ():
        if not normalize_phone(phone):
            problems.append((line, f"phone “{phone[:60]}” has no digits"))
    for email in row.emails or ():
        try:
            _EMAIL.validate_python(email)
        except ValidationError:
            problems.append((line, f"e-mail “{email[:60]}” is not an e-mail address"))
    return row


@dataclasses.dataclass(slots=True)
class Plan:
    """What an import will write."""

    new: list[dict[str, Any]]
    changed: dict[int, dict[str, Any]]


def plan_import(
    rows: list[FileRow],
    owners: Mapping[tuple[str, str], Row],
    problems: list[tuple[int, str]],
) -> Plan:
    """Matches each row to the customer holding one of its contacts and
    validates the customer each row makes; raises CsvRefused listing every
    problem (``problems`` are those already found)."""
    problems = list(problems)
    bad_lines = {line for line, _ in problems}
    plan = Plan([], {})
    claimed: dict[tuple[str, str], int] = {}  # contact -> the line giving it
    updating: dict[int, int] = {}  # customer id -> the line updating them
    for row in rows:
        before = len(problems)
        for key in row.contacts():
            if key in claimed:
                problems.append((row.line, f"{key[0]} {key[1]} is also on line {claimed[key]}"))
            claimed.setdefault(key, row.line)
        matched = {owners[k]["id"]: owners[k] for k in row.contacts() if k in owners}
        if len(matched) > 1:
            names = ", ".join(f"{c['id']} ({c['name']})" for c in matched.values())
            problems.append((row.line, f"its phones and e-mails belong to customers {names}"))
            continue
        current = next(iter(matched.values()), None)
        if current is not None and current["id"] in updating:
            first = updating[current["id"]]
            problems.append((row.line, f"updates customer {current['id']}, as line {first} does"))
            continue
        values = _customer(row, current)
        try:
            checked = CustomerFields.model_validate(values).model_dump(mode="json")
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                where = ".".join(str(p) for p in error["loc"])
                problems.append((row.line, f"{where}: {error['msg']}"))
            continue
        if len(problems) > before or row.line in bad_lines:
            continue
        if current is None:
            plan.new.append(checked)
        else:
            updating[current["id"]] = row.line
            plan.changed[current["id"]] = {k: checked[k] for k in values}
    if problems:
        raise CsvRefused(sorted(problems))
    return plan


def _customer(row: FileRow, current: Row | None) -> dict[str, Any]:
    """The customer the row makes: new, or ``current`` with the file's columns."""
    fields = dict(current["custom_fields"]) if current is not None else {}
    for key, value in row.fields.items():
        if value:
            fields[key] = value
        else:
            fields.pop(key, None)
    values: dict[str, Any] = {"name": row.name, "custom_fields": fields}
    for column in ("phones", "emails", "notes"):
        given = getattr(row, column)
        if given is not None:
            values[column] = given
        elif current is None:
            values[column] = [] if column != "notes" else ""
    return values


def refusal(problems: list[tuple[int, str]]) -> ApiError:
    lines = sorted({line for line, _ in problems})
    shown = ", ".join(str(n) for n in lines[:10]) + (" …" if len(lines) > 10 else "")
    message = (
        f"nothing was imported: {len(problems)} problem(s) on line(s) {shown}; "
        f"first, line {problems[0][0]}: {problems[0][1]}"
    )
    details = [{"line": line, "problem": why} for line, why in problems[:MAX_REPORTED]]
    return ApiError(422, ErrorCode.INVALID_CSV, message, details)


# ----------------------------------------------------------------- routes


async def _read_body(request: web.Request) -> bytes:
    """The body, up to MAX_IMPORT_BYTES (the app's JSON limit is far smaller)."""
    if request.content_length is not None and request.content_length > MAX_IMPORT_BYTES:
        raise ApiError(413, ErrorCode.TOO_LARGE, "the file is over 10 MB: split it")
    chunks, size = [], 0
    async for chunk in request.content.iter_chunked(1 << 16):
        size += len(chunk)
        if size > MAX_IMPORT_BYTES:
            raise ApiError(413, ErrorCode.TOO_LARGE, "the file is over 10 MB: split it")
        chunks.append(chunk)
    return b"".join(chunks)


def register(api: Api) -> None:
    tag = "customers"

    @api.route(
        "GET",
        "/api/customers.csv",
        roles=MANAGERS,
        summary="Every customer as CSV (name, phones, emails, notes, one column per custom field)",
        tag=tag,
    )
    async def export(request: web.Request) -> web.StreamResponse:
        store = request.app[STORE]
        keys: set[str] = set()
        async for page in _pages(store):
            for customer in page:
                keys.update(customer["custom_fields"] or {})
        header = export_header(keys)
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/csv; charset=utf-8",
                "Content-Disposition": 'attachment; filename="customers.csv"',
            }
        )
        await response.prepare(request)
        # Excel reads a file without the BOM as Latin-1; the import skips it.
        await response.write("\ufeff".encode() + csv_line(header))
        count = 0
        async for page in _pages(store):
            await response.write(b"".join(csv_line(export_row(c, header)) for c in page))
            count += len(page)
        await audit(request, "export", "customers", {"rows": count})
        await response.write_eof()
        return response

    @api.route(
        "POST",
        "/api/customers/import",
        roles=OWNER_ONLY,
        summary="Import customers from CSV (text/csv, up to 10 MB): all rows or none",
        tag=tag,
        upload="text/csv",
    )
    async def import_csv(request: web.Request) -> Any:
        if request.content_type not in ACCEPTED_TYPES:
            raise ApiError(
                415,
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "send the file as text/csv (a CSV file's text)",
            )
        data = await in_time(request, _read_body(request))
        store = request.app[STORE]
        try:
            # Reading and planning 10 MB is seconds of CPU: off the event
            # loop, which carries every call's audio.
            rows, problems = await asyncio.to_thread(parse_file, data)
            keys = await asyncio.to_thread(lambda: [k for r in rows for k in r.contacts()])
            owners = await store.customers_by_contacts(keys)
            plan = await asyncio.to_thread(plan_import, rows, owners, problems)
        except CsvRefused as refused:
            raise refusal(refused.problems) from None
        await store.save_customers(plan.new, plan.changed)
        result = CustomersImported(created=len(plan.new), updated=len(plan.changed))
        await audit(request, "import", "customers", result.model_dump() | {"bytes": len(data)})
        return result


async def _pages(store: Store) -> AsyncIterator[list[Row]]:
    """Every customer, a page at a time, by id."""
    offset = 0
    while True:
        page = await store.list_rows("customers", limit=EXPORT_PAGE, offset=offset)
        if not page:
            return
        yield page
        offset += len(page)
