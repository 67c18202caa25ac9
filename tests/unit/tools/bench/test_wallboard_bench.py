"""The wallboard benchmark: its figures, and one real run at toy size."""

from __future__ import annotations

import json

import pytest

from callnest.bench import cli
from callnest.bench.wallboard import percentile, summarize


def test_percentiles_are_nearest_rank() -> None:
    values = [5.0, 1.0, 4.0, 2.0, 3.0]
    assert percentile(values, 50) == 3.0
    assert percentile(values, 20) == 1.0
    assert percentile(values, 21) == 2.0
    assert percentile(values, 99) == 5.0
    assert percentile(values, 100) == 5.0
    assert percentile([7.0], 1) == 7.0
    assert percentile([], 50) is None


def test_summary_reports_milliseconds_bytes_and_cpu() -> None:
    figures = summarize(
        agents=3,
        delays_s=[0.010, 0.020, 0.030, 0.040],
        missed=1,
        update_sizes=[300, 900, 600],
        window_s=2.0,
        server_cpu_s=0.5,
    )
    assert figures["agents"] == 3
    assert (figures["events"], figures["missed"]) == (4, 1)
    assert figures["event_to_supervisor_ms_p50"] == 20.0
    assert figures["event_to_supervisor_ms_p99"] == 40.0
    assert figures["event_to_supervisor_ms_max"] == 40.0
    assert (figures["updates"], figures["update_bytes_p50"]) == (3, 600)
    assert figures["server_cpu_pct"] == 25.0


def test_an_empty_run_has_no_percentiles() -> None:
    figures = summarize(
        agents=1, delays_s=[], missed=2, update_sizes=[], window_s=0.0, server_cpu_s=0.0
    )
    assert figures["event_to_supervisor_ms_p99"] is None
    assert figures["update_bytes_p50"] is None
    assert figures["server_cpu_pct"] is None


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_toy_run_through_the_real_server(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["wallboard", "--agents", "4", "--events", "12", "--rate", "20", "--json"]
    assert cli.main(argv) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["agents"] == 4
    assert (figures["events"], figures["missed"]) == (12, 0)
    p50, p99 = figures["event_to_supervisor_ms_p50"], figures["event_to_supervisor_ms_p99"]
    assert 0 < p50 <= p99 <= figures["event_to_supervisor_ms_max"] < 1000
    # One agent (and its queue) a change: far less than a 4-agent snapshot.
    assert figures["updates"] >= 1
    assert 0 < figures["update_bytes_p50"] < 1500
    assert 0 <= figures["server_cpu_pct"] < 100


def test_bad_arguments_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["wallboard", "--agents", "0"]) == 2
    assert "--agents" in capsys.readouterr().err
    assert cli.main(["wallboard", "--rate", "0"]) == 2
    assert "--rate" in capsys.readouterr().err
