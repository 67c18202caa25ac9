"""A finding of one check, and the report that gathers them."""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import datetime

from callnest.protocol import rest
from callnest.protocol.rest import CheckStatus

OK, WARNING, FAILED, SKIPPED = (
    CheckStatus.OK,
    CheckStatus.WARNING,
    CheckStatus.FAILED,
    CheckStatus.SKIPPED,
)


def finding(
    check: str,
    title: str,
    status: CheckStatus,
    summary: str,
    fix: str = "",
    **figures: float | int | str | None,
) -> rest.Finding:
    return rest.Finding(
        check=check, title=title, status=status, summary=summary, fix=fix, figures=figures
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
