"""Erlang C and Erlang A against published values, exact identities and a simulation."""

from __future__ import annotations

import heapq
import math
import random

import pytest

from callnest.protocol.staffing import Prediction, agents_needed, erlang_b, erlang_c, predict

# --------------------------------------------------------------- Erlang C


def test_the_call_centre_helper_worked_example() -> None:
    # Call Centre Helper, "Erlang C Formula - Made Simple With an Easy Worked
    # Example" (callcentrehelper.com): 100 calls in 30 minutes, AHT 180 s,
    # 80 % answered within 20 s. Traffic 10 erlangs; with 11..14 agents the
    # probability of waiting is 68.2 %, 44.9 %, 28.5 %, 17.4 % and the service
    # level 39.0 %, 64.0 %, 79.6 %, 88.8 %: 14 agents, ASA 7.8 s, occupancy 71.4 %.
    published = {
        11: (0.6821, 0.3896),
        12: (0.4494, 0.6402),
        13: (0.2853, 0.7956),
        14: (0.1741, 0.8884),
    }
    for agents, (waits, level) in published.items():
        found = predict(100, 1800, 180, agents, 20)
        assert found.traffic_erlangs == pytest.approx(10.0)
        assert found.wait_probability == pytest.approx(waits, abs=5e-5)
        assert found.service_level == pytest.approx(level, abs=5e-5)
        assert found.abandon_rate is None
    needed = agents_needed(100, 1800, 180, 0.8, 20)
    assert needed.agents == 14
    assert needed.asa_s == pytest.approx(7.8, abs=0.05)
    assert needed.occupancy == pytest.approx(0.714, abs=5e-4)


def test_erlang_c_textbook_closed_forms() -> None:
    # M/M/1: P(wait) = rho; M/M/2: 2 rho^2 / (1 + rho) (Kleinrock, Queueing
    # Systems vol. 1, ch. 3), with rho = A / n.
    for rho in (0.1, 0.5, 0.9, 0.99):
        assert erlang_c(rho, 1) == pytest.approx(rho, rel=1e-12)
        assert erlang_c(2 * rho, 2) == pytest.approx(2 * rho**2 / (1 + rho), rel=1e-12)
    assert erlang_c(2.0, 3) == pytest.approx(4 / 9, rel=1e-12)  # 3 servers at 2/3 load
    assert erlang_c(5.0, 5) == 1.0  # as many erlangs as agents: the queue never empties
    assert predict(100, 1800, 180, 10, 20).asa_s == math.inf


def test_erlang_b_table_values() -> None:
    # Erlang B tables (e.g. ITU-T E.501 / any traffic table): the traffic 10, 20
    # and 100 lines carry at 1 % blocking, and 30 lines at 5 %.
    for lines, traffic, blocking in ((10, 4.46, 0.01), (20, 12.03, 0.01), (100, 84.06, 0.01),
                                     (30, 24.80, 0.05)):  # fmt: skip
        assert erlang_b(traffic, lines) == pytest.approx(blocking, rel=0.01)


def test_a_thousand_agents_do_not_overflow() -> None:
    waits = erlang_c(950.0, 1000)
    assert 0 < waits < 1
    # against the textbook formula summed in logs (lgamma), term by term
    log_terms = [k * math.log(950.0) - math.lgamma(k + 1) for k in range(1000)]
    top = max(log_terms)
    head = sum(math.exp(t - top) for t in log_terms)
    tail = math.exp(1000 * math.log(950.0) - math.lgamma(1001) - top) * 1000 / 50
    assert waits == pytest.approx(tail / (head + tail), rel=1e-9)
    assert agents_needed(19_000, 1800, 90, 0.9, 15).agents > 950


# --------------------------------------------------------------- Erlang A


def test_erlang_a_when_patience_equals_handle_time_is_a_poisson_count() -> None:
    # With patience = AHT every caller leaves at rate 1/AHT whether waiting or
    # served: the number present is Poisson(A) exactly (M/M/infinity). So
    # P(wait) = P(N >= n), and abandonment = theta E[queue] / lambda = E[(N - n)+] / A.
    traffic, agents = 10.0, 12
    found = predict(100, 1800, 180, agents, 20, patience_s=180)

    def poisson(k: int) -> float:
        return math.exp(-traffic + k * math.log(traffic) - math.lgamma(k + 1))

    assert found.wait_probability == pytest.approx(sum(poisson(k) for k in range(agents, 200)))
    queue = sum((k - agents) * poisson(k) for k in range(agents, 200))
    assert found.abandon_rate is not None  # given a patience, Erlang A says it
    assert found.abandon_rate == pytest.approx(queue / traffic)
    # carried load = A (1 - P(abandon)); occupancy is that per agent
    assert found.occupancy == pytest.approx(traffic * (1 - found.abandon_rate) / agents)


def test_erlang_a_tends_to_erlang_c_as_patience_grows() -> None:
    c = predict(100, 1800, 180, 13, 20)
    a = predict(100, 1800, 180, 13, 20, patience_s=1e6)
    assert a.wait_probability == pytest.approx(c.wait_probability, rel=1e-3)
    assert a.service_level == pytest.approx(c.service_level, rel=1e-3)
    assert a.asa_s == pytest.approx(c.asa_s, rel=1e-2)
    assert a.abandon_rate is not None and a.abandon_rate < 1e-4


def simulate(calls: float, interval_s: float, aht_s: float, agents: int, within_s: float,
             patience_s: float, n: int, seed: int) -> dict[str, float]:  # fmt: skip
    """M/M/n+M, first come first served: a caller takes the first agent to come
    free after those ahead of it who stayed, unless its patience runs out first
    (an abandoner never holds an agent, so the free times say it all)."""
    rng = random.Random(seed)
    free_at = [0.0] * agents
    now = 0.0
    waited = in_time = abandoned = served = 0
    wait_total = 0.0
    warm_up = n // 20
    for i in range(n + warm_up):
        now += rng.expovariate(calls / interval_s)
        wait = max(0.0, free_at[0] - now)
        patience = rng.expovariate(1 / patience_s)
        counted = i >= warm_up
        if wait > 0 and counted:
            waited += 1
        if wait > patience:
            abandoned += counted
            continue
        heapq.heapreplace(free_at, now + wait + rng.expovariate(1 / aht_s))
        if counted:
            served += 1
            wait_total += wait
            in_time += wait <= within_s
    return {
        "wait_probability": waited / n,
        "service_level": in_time / n,
        "abandon_rate": abandoned / n,
        "asa_s": wait_total / served,
    }


@pytest.mark.parametrize(
    ("agents", "patience_s"),
    [(9, 120.0), (11, 60.0), (12, 300.0)],  # overloaded; near the target; long patience
)
def test_erlang_a_against_a_simulation(agents: int, patience_s: float) -> None:
    # No published Erlang A table we could cite with confidence, so a
    # discrete-event simulation of the same model (fixed seed, 300k callers).
    found = predict(100, 1800, 180, agents, 20, patience_s=patience_s)
    seen = simulate(100, 1800, 180, agents, 20, patience_s, n=300_000, seed=6)
    assert found.wait_probability == pytest.approx(seen["wait_probability"], abs=0.01)
    assert found.service_level == pytest.approx(seen["service_level"], abs=0.01)
    assert found.abandon_rate == pytest.approx(seen["abandon_rate"], abs=0.005)
    assert found.asa_s == pytest.approx(seen["asa_s"], rel=0.05)


def test_erlang_a_needs_fewer_agents_than_erlang_c() -> None:
    c = agents_needed(100, 1800, 180, 0.8, 20)
    a = agents_needed(100, 1800, 180, 0.8, 20, patience_s=60)
    assert a.agents <= c.agents
    assert a.service_level >= 0.8
    assert predict(100, 1800, 180, a.agents - 1, 20, patience_s=60).service_level < 0.8
    # an overloaded queue stays finite under Erlang A
    overloaded = predict(1000, 1800, 180, 50, 20, patience_s=600)
    assert overloaded.abandon_rate is not None and 0.4 < overloaded.abandon_rate < 1
    assert math.isfinite(overloaded.asa_s)


def test_a_cap_on_occupancy_adds_agents() -> None:
    free = agents_needed(1000, 1800, 180, 0.8, 20)
    capped = agents_needed(1000, 1800, 180, 0.8, 20, max_occupancy=0.85)
    assert free.occupancy > 0.85
    assert capped.occupancy <= 0.85 and capped.agents == math.ceil(100 / 0.85)


def test_no_calls_need_one_agent() -> None:
    assert agents_needed(0, 1800, 180, 0.8, 20) == Prediction(1, 0.0, 1.0, 0.0, 0.0, 0.0, None)
    assert predict(0, 1800, 180, 3, 20, patience_s=60).service_level == 1.0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"calls": -1}, "calls"),
        ({"interval_s": 0}, "interval"),
        ({"aht_s": 0}, "handle time"),
        ({"answer_within_s": -1}, "threshold"),
        ({"patience_s": 0}, "patience"),
        ({"calls": math.nan}, "calls"),
    ],
)
def test_bad_input_is_refused(kwargs: dict[str, float], message: str) -> None:
    args = {"calls": 100.0, "interval_s": 1800.0, "aht_s": 180.0, "answer_within_s": 20.0}
    with pytest.raises(ValueError, match=message):
        predict(**(args | kwargs), agents=10)
    with pytest.raises(ValueError, match="agents"):
        predict(100, 1800, 180, 0, 20)
    with pytest.raises(ValueError, match="target"):
        agents_needed(100, 1800, 180, 1.0, 20)
