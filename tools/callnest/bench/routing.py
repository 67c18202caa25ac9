"""Routing decisions of the ACD core alone, in a large center at steady state.

The center: ``agents`` agents over ``queues`` queues. Most queues carry a
backlog (about ``waiting`` contacts in all) served by a pool of agents who are
all busy; each of them has skills for several of these queues at levels 1..10.
A few queues are under-loaded, served by their own smaller pool with free
agents, so that arriving contacts there find an agent at once. Strategies are
mixed (skills-based with widening steps, longest-idle, fewest-contacts,
round-robin, ring-all).

A *decision* is one ACD call that ends with an offer; its time is taken with
``perf_counter_ns`` around that call. At steady state, each step is one of:

- ``agent_freed``: a busy agent ends a call and completes its wrap-up; the ACD
  routes it to the best contact waiting in any of its queues and offers it.
  The offer is answered and a new contact arrives to keep the backlog steady.
- ``arrival``: a contact arrives in an under-loaded queue and is offered to a
  free agent at once.

The clock moves 0.3 s a step (about what 1,000 agents with a 5-minute handle
time produce) and the ACD's timers fire (``tick``) between steps, untimed.
"""

from __future__ import annotations

import argparse
import functools
import math
import platform
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from callnest.bench.report import show as show_figures
from callnest.server.acd import (
    Acd,
    AgentConfig,
    AgentState,
    Channel,
    Event,
    EventType,
    QueueConfig,
    SkillStep,
    Strategy,
)

NAME = "routing"
HELP = "ACD routing decisions with many agents and a long backlog"

STEP_S = 0.3
BACKLOG_STRATEGIES = (
    Strategy.SKILLS_BASED,
    Strategy.LONGEST_IDLE,
    Strategy.SKILLS_BASED,
    Strategy.FEWEST_CONTACTS,
    Strategy.ROUND_ROBIN,
    Strategy.RING_ALL,
)
OPEN_STRATEGIES = (
    Strategy.LONGEST_IDLE,
    Strategy.ROUND_ROBIN,
    Strategy.FEWEST_CONTACTS,
    Strategy.SKILLS_BASED,
)
SKILL_STEPS = (SkillStep(0, 6), SkillStep(30, 3), SkillStep(90, 1))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--agents", type=int, default=1000, help="agents (default 1000)")
    parser.add_argument(
        "--waiting", type=int, default=10_000, help="contacts kept waiting (default 10000)"
    )
    parser.add_argument("--queues", type=int, default=20, help="queues (default 20)")
    parser.add_argument(
        "--decisions", type=int, default=20_000, help="decisions measured (default 20000)"
    )
    parser.add_argument(
        "--warmup", type=int, default=2_000, help="steps run before measuring (default 2000)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")


def main(args: argparse.Namespace) -> int:
    figures = run(
        agents=args.agents,
        waiting=args.waiting,
        queues=args.queues,
        decisions=args.decisions,
        warmup=args.warmup,
        seed=args.seed,
    )
    return show_figures(figures, args.json, format_table)


class _Time:
    now = 1_000_000.0


@dataclass
class _Timings:
    ns: list[int] = field(default_factory=list)

    def figures(self) -> dict[str, float | int]:
        return summarize(self.ns)


def percentile(sorted_ns: list[int], p: float) -> float:
    """Nearest-rank percentile of sorted nanoseconds, in microseconds."""
    if not sorted_ns:
        return 0.0
    rank = max(1, min(len(sorted_ns), math.ceil(p / 100 * len(sorted_ns))))
    return sorted_ns[rank - 1] / 1000


def summarize(ns: list[int]) -> dict[str, float | int]:
    ordered = sorted(ns)
    total = sum(ordered)
    return {
        "count": len(ordered),
        "us_p50": round(percentile(ordered, 50), 2),
        "us_p90": round(percentile(ordered, 90), 2),
        "us_p99": round(percentile(ordered, 99), 2),
        "us_max": round(ordered[-1] / 1000, 2) if ordered else 0.0,
        "us_mean": round(total / len(ordered) / 1000, 2) if ordered else 0.0,
    }


class _Center:
    """The ACD with a backlog pool and an open pool, and the bookkeeping to drive it."""

    def __init__(self, agents: int, waiting: int, queues: int, seed: int) -> None:
        if agents < 2 or queues < 2 or waiting < 1:
            raise ValueError("need at least 2 agents, 2 queues and 1 waiting contact")
        self.rng = random.Random(seed)
        self.time = _Time()
        # The server's clock is a C function (loop.time); a Python-level one would
        # add its own calls to every decision measured.
        clock = functools.partial(getattr, self.time, "now")
        self.log: list[Event] = []
        self.acd = Acd(clock, self.log.append, no_answer_pause_s=5.0)
        self.target_waiting = waiting
        self.seq = 0
        # Connected contacts per pool: contact id -> agent id, with a list for
        # picking one at random (swap-remove keeps it O(1)).
        self.connected: dict[str, list[tuple[str, int]]] = {"backlog": [], "open": []}
        self.open_agents: set[int] = set()
        self.enqueue_waiting_ns: list[int] = []  # arrivals that join the backlog

        n_open_queues = max(1, queues // 5)
        self.backlog_queues = list(range(1, queues - n_open_queues + 1))
        self.open_queues = list(range(queues - n_open_queues + 1, queues + 1))
        for i, queue_id in enumerate(self.backlog_queues):
            self._queue(queue_id, BACKLOG_STRATEGIES[i % len(BACKLOG_STRATEGIES)])
        for i, queue_id in enumerate(self.open_queues):
            self._queue(queue_id, OPEN_STRATEGIES[i % len(OPEN_STRATEGIES)])

        n_open_agents = max(1, agents // 10)
        for agent_id in range(1, agents + 1):
            is_open = agent_id > agents - n_open_agents
            pool = self.open_queues if is_open else self.backlog_queues
            k = min(len(pool), self.rng.randint(2, 3) if is_open else self.rng.randint(3, 5))
            skills = {q: self.rng.randint(1, 10) for q in self.rng.sample(pool, k)}
            self.acd.configure_agent(AgentConfig(id=agent_id, skills=skills))
            self.acd.set_agent_state(agent_id, AgentState.AVAILABLE)
            if is_open:
                self.open_agents.add(agent_id)

    def _queue(self, queue_id: int, strategy: Strategy) -> None:
        self.acd.configure_queue(
            QueueConfig(
                id=queue_id,
                name=f"queue {queue_id}",
                strategy=strategy,
                priority=self.rng.randint(0, 2),
                ring_timeout_s=20.0,
                wrap_up_s=30.0,
                skills={queue_id: 1},
                skill_steps=SKILL_STEPS
                if strategy is Strategy.SKILLS_BASED
                else (SkillStep(0, 1),),
            )
        )

    # -------------------------------------------------------------- steps

    def new_contact(self, queue_id: int) -> None:
        self.seq += 1
        priority = 1 if self.rng.random() < 0.1 else 0
        self.acd.enqueue(f"c{self.seq}", queue_id, Channel.VOICE, priority=priority)

    def answer_all(self) -> None:
        """Every offer out is answered (by the first agent it rings)."""
        while self.acd.offers:
            offer = next(iter(self.acd.offers.values()))
            self.acd.answer(offer.id, offer.agent_id)
            pool = "open" if offer.agent_id in self.open_agents else "backlog"
            self.connected[pool].append((offer.contact_id, offer.agent_id))

    def end_random_call(self, pool: str) -> tuple[str, int]:
        calls = self.connected[pool]
        i = self.rng.randrange(len(calls))
        calls[i], calls[-1] = calls[-1], calls[i]
        contact_id, agent_id = calls.pop()
        self.acd.hang_up(contact_id, "caller_hangup")
        return contact_id, agent_id

    def advance(self) -> None:
        self.time.now += STEP_S
        self.acd.tick()
        self.answer_all()

    def offered_since(self, mark: int) -> bool:
        return any(e.type is EventType.OFFERED for e in self.log[mark:])

    def timed(self, call: Callable[[], object]) -> tuple[int, bool]:
        mark = len(self.log)
        start = time.perf_counter_ns()
        call()
        elapsed = time.perf_counter_ns() - start
        return elapsed, self.offered_since(mark)

    def flush_log(self) -> None:
        """The server hands events to its writer and forgets them; so does the bench
        (keeping them would only make the garbage collector walk a growing pile)."""
        self.log.clear()

    # ------------------------------------------------------------- set-up

    def fill(self) -> None:
        """Every backlog agent busy and about ``target_waiting`` contacts waiting."""
        while self._waiting() < self.target_waiting:
            self.new_contact(self.rng.choice(self.backlog_queues))
            self.answer_all()
        for _ in range(100):
            idle = self._free_backlog_agents()
            if not idle:
                break
            # Skills-based queues offer low levels only after a while: let time
            # pass, and give an agent whose queues are all empty a contact.
            self.time.now += 100.0
            self.acd.tick()
            self.answer_all()
            for agent_id in self._free_backlog_agents():
                skills = sorted(self.acd.agents[agent_id].config.skills)
                self.new_contact(self.rng.choice(skills))
                self.answer_all()
        # the open pool: about half its agents busy
        for _ in range(len(self.open_agents) // 2):
            self.new_contact(self.rng.choice(self.open_queues))
            self.answer_all()
        self.flush_log()

    def _waiting(self) -> int:
        return sum(self.acd.waiting_count(q) for q in self.backlog_queues)

    def _free_backlog_agents(self) -> list[int]:
        return [
            agent.id
            for agent in self.acd.agents.values()
            if not agent.contacts and agent.id not in self.open_agents
        ]

    # ------------------------------------------------------------ measure

    def step(self, arrival: bool) -> tuple[str, int, bool]:
        if arrival or not self.connected["backlog"]:
            # keep some open agents free, then a contact arrives for them
            open_calls = self.connected["open"]
            if len(open_calls) >= len(self.open_agents) // 2 and open_calls:
                contact_id, agent_id = self.end_random_call("open")
                self.acd.complete_wrap_up(contact_id, agent_id)
            queue_id = self.rng.choice(self.open_queues)
            elapsed, offered = self.timed(lambda: self.new_contact(queue_id))
            kind = "arrival"
            arrival = True
        else:
            contact_id, agent_id = self.end_random_call("backlog")
            elapsed, offered = self.timed(lambda: self.acd.complete_wrap_up(contact_id, agent_id))
            kind = "agent_freed"
        self.answer_all()
        if not arrival:
            # the backlog stays steady: one leaves it, one joins it
            queue_id = self.rng.choice(self.backlog_queues)
            enqueue_ns, _ = self.timed(lambda: self.new_contact(queue_id))
            self.enqueue_waiting_ns.append(enqueue_ns)
        self.advance()
        self.flush_log()
        return kind, elapsed, offered


def run(
    *,
    agents: int = 1000,
    waiting: int = 10_000,
    queues: int = 20,
    decisions: int = 20_000,
    warmup: int = 2_000,
    seed: int = 1,
    arrival_share: float = 0.2,
) -> dict[str, Any]:
    """Builds the center, runs ``warmup`` then ``decisions`` decisions; returns figures."""
    started = time.perf_counter()
    center = _Center(agents, waiting, queues, seed)
    center.fill()
    setup_s = time.perf_counter() - started

    rng = random.Random(seed + 1)
    by_kind: dict[str, _Timings] = {"agent_freed": _Timings(), "arrival": _Timings()}
    no_offer: list[int] = []
    measured = 0
    steps = 0
    while measured < decisions:
        kind, elapsed, offered = center.step(rng.random() < arrival_share)
        steps += 1
        if steps <= warmup:
            center.enqueue_waiting_ns.clear()
            continue
        if offered:
            by_kind[kind].ns.append(elapsed)
            measured += 1
        else:
            no_offer.append(elapsed)
        if steps > 10 * (decisions + warmup) + 100:
            raise RuntimeError("the center stopped making offers; is the backlog empty?")

    all_ns = by_kind["agent_freed"].ns + by_kind["arrival"].ns
    overall = summarize(all_ns)
    total_ns = sum(all_ns)
    center.acd.check_invariants()
    return {
        "benchmark": NAME,
        "agents": agents,
        "queues": queues,
        "waiting": sum(center.acd.waiting_count(q) for q in center.acd.queues),
        "waiting_target": waiting,
        "decisions": len(all_ns),
        "decision_us_p50": overall["us_p50"],
        "decision_us_p90": overall["us_p90"],
        "decision_us_p99": overall["us_p99"],
        "decision_us_max": overall["us_max"],
        "decision_us_mean": overall["us_mean"],
        "decisions_per_s": round(len(all_ns) / (total_ns / 1e9)) if total_ns else 0,
        "by_kind": {name: t.figures() for name, t in by_kind.items()},
        "calls_without_offer": len(no_offer),
        "enqueue_into_backlog": summarize(center.enqueue_waiting_ns),
        "strategies": sorted({str(q.strategy) for q in center.acd.queues.values()}),
        "warmup": warmup,
        "seed": seed,
        "setup_s": round(setup_s, 2),
        "wall_s": round(time.perf_counter() - started, 2),
        "python": platform.python_version(),
        "implementation": sys.implementation.name,
        "machine": platform.machine(),
    }


def format_table(figures: dict[str, Any]) -> str:
    rows = [
        ("agents", figures["agents"]),
        ("queues", figures["queues"]),
        ("waiting", f"{figures['waiting']} (target {figures['waiting_target']})"),
        ("decisions", figures["decisions"]),
        ("decision p50", f"{figures['decision_us_p50']:.1f} µs"),
        ("decision p90", f"{figures['decision_us_p90']:.1f} µs"),
        ("decision p99", f"{figures['decision_us_p99']:.1f} µs"),
        ("decision max", f"{figures['decision_us_max']:.1f} µs"),
        ("decisions/s", f"{figures['decisions_per_s']:,}"),
    ]
    for kind, kind_figures in figures["by_kind"].items():
        rows.append(
            (
                f"  {kind}",
                f"{kind_figures['count']}: p50 {kind_figures['us_p50']:.1f} µs,"
                f" p99 {kind_figures['us_p99']:.1f} µs",
            )
        )
    enqueue = figures["enqueue_into_backlog"]
    rows.append(
        ("enqueue (waits)", f"p50 {enqueue['us_p50']:.1f} µs, p99 {enqueue['us_p99']:.1f} µs")
    )
    rows.append(("python", f"{figures['implementation']} {figures['python']}"))
    rows.append(("setup / wall", f"{figures['setup_s']} s / {figures['wall_s']} s"))
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)
