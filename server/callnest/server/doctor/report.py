"""A finding of one check, and the report that gathers them."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from datetime import datetime

from callnest.protocol import rest
from callnest.protocol.rest import CheckStatus

OK, WARNING, FAILED, SKIPPED = (
    CheckStatus.OK,
    CheckStatus.WARNING,
    CheckStatus.FAILED,
    CheckStatus.SKIPPED,
)


Params = Mapping[str, str | int | float | None]


def finding(
    check: str,
    title: str,
    status: CheckStatus,
    summary: str,
    fix: str = "",
    *,
    code: str,
    params: Params | None = None,
    **figures: float | int | str | None,
) -> rest.Finding:
    """``summary`` and ``fix`` in English (the command line's, the log's);
    ``code`` names that pair of sentences, one code a sentence, and ``params``
    holds every value they name (sizes in bytes, moments as timestamps), for
    the app to say them in its user's language (models/health.py)."""
    if not code.startswith(f"{check}."):
        raise ValueError(f"a {check} finding's code starts with {check}.: {code!r}")
    return rest.Finding(
        check=check,
        title=title,
        status=status,
        summary=summary,
        fix=fix,
        figures=figures,
        code=code,
        params=dict(params or {}),
    )


def report(findings: Iterable[rest.Finding], at: float | None = None) -> rest.DoctorReport:
    found = tuple(findings)
    worst = max((f.status for f in found), key=lambda s: s.rank, default=OK)
    return rest.DoctorReport(
        checked_at=time.time() if at is None else at,
        status=OK if worst is SKIPPED else worst,
        findings=found,
    )


def day(at: float) -> str:
    """A date as people write it: 7 Dec 2026."""
    return datetime.fromtimestamp(at).strftime("%-d %b %Y")


def size(n: float) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if abs(n) < 1000:
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} TB"
