"""Staffing estimates: Erlang C (callers wait for ever) and Erlang A (callers
have a patience and hang up when it runs out).

Both models take Poisson arrivals and exponential handle times; Erlang A
(Palm 1946; M/M/n+M) adds exponential patience. ``traffic_erlangs`` A =
calls x AHT / interval. Service level is the project's definition
(:mod:`callnest.server.acd.stats`): answered within T / (answered +
abandoned), so under Erlang A a caller who hangs up before T counts against
it, as the wallboard counts them.

Numerics: no factorials. Erlang B comes from its recursion, which stays in
[0, 1] for any number of agents; Erlang A's sums (the incomplete gamma
functions of Garnett, Mandelbaum & Reiman 2002, "Designing a call center with
impatient customers") are evaluated as series of positive terms in log space,
so neither 1000 agents nor an overloaded queue overflows. Stdlib only.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

# A patience so long next to the handle time that Erlang A's series would take
# millions of terms is Erlang C for every purpose; past this, say so.
_MAX_TERMS = 2_000_000
_EPSILON = 1e-17


@dataclass(frozen=True)
class Prediction:
    agents: int
    traffic_erlangs: float
    service_level: float  # answered within T / (answered + abandoned)
    asa_s: float  # mean wait of answered callers; inf when Erlang C's queue never empties
    occupancy: float  # agents' busy share
    wait_probability: float  # a caller has to wait at all
    abandon_rate: float | None  # abandoned / offered (Erlang A only)


def erlang_b(traffic_erlangs: float, agents: int) -> float:
    """Blocking probability of ``agents`` lines offered ``traffic_erlangs``."""
    _check_traffic(traffic_erlangs, agents)
    b = 1.0
    for k in range(1, agents + 1):
        b = traffic_erlangs * b / (k + traffic_erlangs * b)
    return b


def erlang_c(traffic_erlangs: float, agents: int) -> float:
    """Probability that a caller waits (Erlang C); 1 when the agents cannot keep up."""
    _check_traffic(traffic_erlangs, agents)
    if agents <= traffic_erlangs:
        return 1.0
    b = erlang_b(traffic_erlangs, agents)
    return agents * b / (agents - traffic_erlangs * (1 - b))


def predict(
    calls: float,
    interval_s: float,
    aht_s: float,
    agents: int,
    answer_within_s: float,
    patience_s: float | None = None,
) -> Prediction:
    """What ``agents`` agents achieve with ``calls`` calls per ``interval_s``:
    Erlang C, or Erlang A when the callers' mean ``patience_s`` is given."""
    _check_load(calls, interval_s, aht_s, answer_within_s, patience_s)
    if agents < 1:
        raise ValueError("agents must be at least 1")
    traffic = calls * aht_s / interval_s
    if patience_s is None:
        return _erlang_c_prediction(traffic, agents, aht_s, answer_within_s)
    return _erlang_a_prediction(traffic, agents, aht_s, answer_within_s, patience_s)


def agents_needed(
    calls: float,
    interval_s: float,
    aht_s: float,
    target_service_level: float,
    answer_within_s: float,
    patience_s: float | None = None,
    max_occupancy: float | None = None,
) -> Prediction:
    """The fewest agents meeting the target service level (and keeping
    occupancy at or under ``max_occupancy``, if given), with their prediction."""
    _check_load(calls, interval_s, aht_s, answer_within_s, patience_s)
    if not 0 < target_service_level < 1:
        raise ValueError("the target service level must be between 0 and 1 (exclusive)")
    if max_occupancy is not None and not 0 < max_occupancy <= 1:
        raise ValueError("the maximum occupancy must be above 0 and at most 1")
    traffic = calls * aht_s / interval_s
    # Fewer agents cannot do it: Erlang C needs more agents than erlangs, and
    # under Erlang A the answered share is at most agents / traffic.
    floor = (
        math.floor(traffic) + 1 if patience_s is None else math.ceil(target_service_level * traffic)
    )
    agents = max(1, floor)
    while True:
        found = predict(calls, interval_s, aht_s, agents, answer_within_s, patience_s)
        if found.service_level >= target_service_level and (
            max_occupancy is None or found.occupancy <= max_occupancy
        ):
            return found
        agents += 1


# ------------------------------------------------------------------ Erlang C


def _erlang_c_prediction(traffic: float, agents: int, aht_s: float, within_s: float) -> Prediction:
    waits = erlang_c(traffic, agents)
    if agents <= traffic:
        return Prediction(agents, traffic, 0.0, math.inf, 1.0, 1.0, None)
    spare = agents - traffic
    return Prediction(
        agents=agents,
        traffic_erlangs=traffic,
        service_level=1 - waits * math.exp(-spare * within_s / aht_s),
        asa_s=waits * aht_s / spare,
        occupancy=traffic / agents,
        wait_probability=waits,
        abandon_rate=None,
    )


# ------------------------------------------------------------------ Erlang A
#
# With n agents, service rate mu = 1/AHT, abandonment rate theta = 1/patience
# and arrival rate lambda, write x = n mu / theta and y = lambda / theta. A
# caller who finds j callers waiting is served after a sum of exponentials of
# rates theta (x + i), i = 0..j, unless its own patience runs out first.
# Summing over j (PASTA) turns every measure into series in
#   t_k = y^k / ((x + 1)(x + 2)...(x + k + 1)),  k >= 0,
# all of positive terms:
#   S = 1 + y sum t_k            (GMR's A(x, y): the waiting states' weight)
#   P(served | waits) = x sum t_k / S
#   P(served within T | waits) = x (sum t_k - e^(y - z) (z/y)^(x+1) sum t_k(z)) / S,
#       z = y e^(-theta T)
#   E[wait; served | waits] = (x / theta) sum t_k H_k / S,  H_k = sum_{i=1..k+1} 1/(x + i)
# and with E = Erlang B(n, A), the share of callers who wait is E S / (1 - E + E S).


def _erlang_a_prediction(
    traffic: float, agents: int, aht_s: float, within_s: float, patience_s: float
) -> Prediction:
    theta = 1 / patience_s
    x = agents / aht_s / theta
    y = traffic / aht_s / theta
    blocking = erlang_b(traffic, agents)
    if blocking == 0.0 or y == 0.0:
        # Nobody ever finds every agent busy.
        return Prediction(agents, traffic, 1.0, 0.0, traffic / agents, 0.0, 0.0)
    log_t, log_th = _log_sums(x, y)
    log_s = _log_add(0.0, math.log(y) + log_t)
    # Shares of callers who find an agent free / have to wait.
    log_free = math.log1p(-blocking) if blocking < 1 else -math.inf
    log_wait = math.log(blocking) + log_s
    log_all = _log_add(log_free, log_wait)
    p_free = math.exp(log_free - log_all)
    p_wait = math.exp(log_wait - log_all)
    served_if_wait = math.exp(math.log(x) + log_t - log_s)
    z = y * math.exp(-theta * within_s)
    if z > 0:
        log_tz, _ = _log_sums(x, z, with_harmonic=False)
        late = math.exp(math.log(x) + (y - z) + (x + 1) * math.log(z / y) + log_tz - log_s)
    else:
        late = 0.0
    in_time_if_wait = max(0.0, served_if_wait - late)
    wait_served_if_wait = math.exp(math.log(x) + log_th - log_s) / theta
    served = p_free + p_wait * served_if_wait
    return Prediction(
        agents=agents,
        traffic_erlangs=traffic,
        service_level=p_free + p_wait * in_time_if_wait,
        asa_s=p_wait * wait_served_if_wait / served if served > 0 else math.inf,
        occupancy=min(1.0, traffic * served / agents),
        wait_probability=p_wait,
        abandon_rate=p_wait * (1 - served_if_wait),
    )


def _terms(x: float, y: float) -> Iterator[tuple[float, float]]:
    """(log t_k, 1 / (x + k + 1)) for k = 0, 1, ... until the terms no longer count."""
    log_y = math.log(y)
    log_t = -math.log(x + 1)
    peak = log_t
    for k in range(_MAX_TERMS):
        yield log_t, 1 / (x + k + 1)
        peak = max(peak, log_t)
        # Past the peak (k + 2 > y - x) each term is smaller than the last by a
        # growing factor: stop once they are negligible next to the largest.
        if x + k + 2 > y and log_t < peak + math.log(_EPSILON):
            return
        log_t += log_y - math.log(x + k + 2)
    raise ValueError("the patience is too long next to the handle time: use Erlang C")


def _log_sums(x: float, y: float, *, with_harmonic: bool = True) -> tuple[float, float]:
    """log sum t_k and log sum t_k H_k, accumulated relative to a running maximum."""
    top = -math.inf
    plain = weighted = 0.0  # sums scaled by e^-top
    harmonic = 0.0
    for log_t, step in _terms(x, y):
        harmonic += step
        if log_t > top:
            scale = math.exp(top - log_t) if top > -math.inf else 0.0
            plain, weighted, top = plain * scale, weighted * scale, log_t
        term = math.exp(log_t - top)
        plain += term
        if with_harmonic:
            weighted += term * harmonic
    return top + math.log(plain), (top + math.log(weighted)) if weighted > 0 else -math.inf


def _log_add(a: float, b: float) -> float:
    if a == -math.inf:
        return b
    if b == -math.inf:
        return a
    high, low = max(a, b), min(a, b)
    return high + math.log1p(math.exp(low - high))


# ------------------------------------------------------------------ input


def _check_traffic(traffic_erlangs: float, agents: int) -> None:
    if not (math.isfinite(traffic_erlangs) and traffic_erlangs >= 0):
        raise ValueError("traffic must be a finite number of erlangs, at least 0")
    if agents < 0:
        raise ValueError("agents must not be negative")


def _check_load(
    calls: float,
    interval_s: float,
    aht_s: float,
    answer_within_s: float,
    patience_s: float | None,
) -> None:
    if not (math.isfinite(calls) and calls >= 0):
        raise ValueError("calls must be a finite number, at least 0")
    if not (math.isfinite(interval_s) and interval_s > 0):
        raise ValueError("the interval must be longer than 0 s")
    if not (math.isfinite(aht_s) and aht_s > 0):
        raise ValueError("the average handle time must be longer than 0 s")
    if not (math.isfinite(answer_within_s) and answer_within_s >= 0):
        raise ValueError("the service-level threshold must be 0 s or more")
    if patience_s is not None and not (math.isfinite(patience_s) and patience_s > 0):
        raise ValueError("the callers' patience must be longer than 0 s")
