"""The routing benchmark runs end to end at toy size (figures only; no timing asserts)."""

from __future__ import annotations

import json

import pytest

from callnest.bench import cli, routing


def test_run_gives_the_figures() -> None:
    figures = routing.run(agents=30, waiting=60, queues=6, decisions=200, warmup=20, seed=7)
    assert figures["benchmark"] == "routing"
    assert (figures["agents"], figures["queues"], figures["waiting_target"]) == (30, 6, 60)
    assert figures["decisions"] == 200
    kinds = figures["by_kind"]
    assert kinds["agent_freed"]["count"] + kinds["arrival"]["count"] == 200
    assert kinds["agent_freed"]["count"] > 0 and kinds["arrival"]["count"] > 0
    # the backlog stays roughly where it was put
    assert 40 <= figures["waiting"] <= 120
    p50, p90, p99 = (figures[f"decision_us_{p}"] for p in ("p50", "p90", "p99"))
    assert 0 < p50 <= p90 <= p99 <= figures["decision_us_max"]
    assert figures["decisions_per_s"] > 0
    assert figures["enqueue_into_backlog"]["count"] > 0
    assert set(figures["strategies"]) >= {"skills-based", "longest-idle", "round-robin"}
    assert figures["python"].count(".") == 2


def test_cli_prints_json_and_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["routing", "--agents", "20", "--waiting", "30", "--queues", "4"]
    argv += ["--decisions", "50", "--warmup", "5", "--seed", "3"]
    assert cli.main([*argv, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    for name in ("decision_us_p50", "decision_us_p99", "decisions_per_s", "agents", "waiting"):
        assert name in figures
    assert (figures["agents"], figures["decisions"], figures["seed"]) == (20, 50, 3)
    assert cli.main(argv) == 0
    table = capsys.readouterr().out
    assert "decision p99" in table and "decisions/s" in table


def test_cli_needs_a_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main([])
    assert "routing" in capsys.readouterr().err


def test_percentile_nearest_rank() -> None:
    ns = [1000 * i for i in range(1, 101)]  # 1..100 µs
    assert routing.percentile(ns, 50) == 50.0
    assert routing.percentile(ns, 99) == 99.0
    assert routing.percentile(ns, 100) == 100.0
    assert routing.percentile([], 50) == 0.0


def test_too_small_a_center_is_refused() -> None:
    with pytest.raises(ValueError, match="at least"):
        routing.run(agents=1, waiting=10, queues=3, decisions=1)
