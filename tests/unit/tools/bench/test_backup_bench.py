"""callnest-bench backup on a small data dir: it backs up, backs up again
(linking the unchanged recordings) and restores, and says so in figures."""

from __future__ import annotations

from callnest.bench.backup import run


async def test_the_backup_bench_reports_its_figures() -> None:
    figures = await run(events=2_000, customers=100, recordings_mb=2)

    assert set(figures) == {
        "database_mb", "recordings_mb", "first_s", "first_mb_per_s", "again_s",
        "restore_s", "loop_late_p99_ms", "loop_late_max_ms",
    }  # fmt: skip
    assert figures["recordings_mb"] == 2 and figures["database_mb"] > 0
    assert figures["first_s"] > 0 and figures["restore_s"] > 0
    assert 0 <= figures["loop_late_p99_ms"] <= figures["loop_late_max_ms"]
