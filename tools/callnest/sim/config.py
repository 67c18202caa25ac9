"""What a simulation run does: how many agents and calls, and how people behave.

Durations are a call center's, compressed: a 4 s talk stands for a 4 min call,
so a few hundred calls run in about a minute. ``time_scale`` stretches (or
shrinks further) every duration at once, the queue's timers included; the
per-behaviour options set each one.
"""

from __future__ import annotations

import dataclasses
import math
import random
from dataclasses import dataclass
from typing import Any

# The server pauses an agent this long after a missed offer (its
# ``no_answer_pause_s``); only used to estimate the capacity a miss costs.
SERVER_NO_ANSWER_PAUSE_S = 5.0

# An exponential talk time has a long tail: one 30 s call among the last
# arrivals would stretch the whole run. Four means covers 98% of calls.
TALK_CAP = 4.0


@dataclass(frozen=True, slots=True)
class Impairment:
    """What an impaired agent's audio link does all run: lose a share of its
    packets at random (``loss``, 0..1), or send nothing at all (``down``: a
    dead audio path)."""

    loss: float = 0.0
    down: bool = False

    def __str__(self) -> str:
        return "down" if self.down else f"loss:{100 * self.loss:g}%"


def parse_impairment(spec: str) -> Impairment:
    """``loss:P%`` (0 < P < 100: that share of packets lost at random) or ``down``."""
    text = spec.strip().lower()
    if text == "down":
        return Impairment(down=True)
    kind, colon, value = text.partition(":")
    if kind == "loss" and colon and value.endswith("%"):
        try:
            pct = float(value[:-1])
        except ValueError:
            pct = math.nan
        if 0 < pct < 100:
            return Impairment(loss=pct / 100)
    raise ValueError(
        f"impairment {spec!r}: give loss:P% (0 < P < 100, e.g. loss:8%) or down (sends nothing)"
    )


@dataclass(frozen=True, slots=True)
class SimConfig:
    agents: int = 10
    calls: int = 100
    # Contacts per second (Poisson); None: derived from ``load``.
    rate: float | None = None
    # Offered load as a fraction of the agents' capacity, when ``rate`` is None.
    # The estimate of that capacity counts the whole ring and every miss, and
    # no abandons: at 1.0 the agents are really about 90% occupied.
    load: float = 1.0
    seed: int = 1
    time_scale: float = 1.0

    # Agents
    talk_s: float = 4.0  # mean, exponential (capped at TALK_CAP x the mean)
    ring_min_s: float = 0.2  # time to pick up, uniform
    ring_max_s: float = 2.0
    wrap_min_s: float = 0.2  # after-call work, uniform
    wrap_max_s: float = 1.0
    miss_prob: float = 0.05  # let an offer ring out
    decline_prob: float = 0.01  # press Decline
    break_prob: float = 0.02  # take a break after a contact
    break_s: float = 3.0  # mean break, uniform 0.5x..1.5x
    notice_s: float = 1.0  # mean time to notice an autopause, uniform 0.5x..1.5x
    drop_per_min: float = 0.05  # connection drops per agent per minute (Poisson)
    reconnect_min_s: float = 0.3
    reconnect_max_s: float = 2.0
    resume_prob: float = 0.5  # reconnect with the same token (else log in again)
    # Some outages outlast the server's grace for a dropped desktop (its
    # heartbeat timeout, 12 s), so the agent's contacts go back to the queue.
    # Not scaled: the grace is the server's.
    long_drop_prob: float = 0.25
    long_drop_s: float = 14.0

    # Each agent opens its shift-long audio link to the server at login, and
    # sends silence over it as a desktop's microphone track does.
    audio_links: bool = True
    # Agents whose home connection is bad from login to the end of the run
    # (drawn from the seed): the server should hold them back and offer them
    # nothing. ``impairment`` is what their link does (see parse_impairment).
    impaired_share: float = 0.0
    impairment: str = "loss:8%"

    # Callers
    patience_s: float = 20.0  # mean, exponential
    caller_hangup_prob: float = 0.1  # the caller ends the call before the agent does
    # Numbers callers give (one drawn each), so calls match customers' cards.
    caller_phones: tuple[str, ...] = ()
    # Share of answered callers who rate the call afterwards (1-5), as the
    # caller page offers: the customer satisfaction figures then move.
    rating_prob: float = 0.0

    # The queue the sim creates (or reuses) on the server
    queue: str = "sim"
    queue_display_name: str = "Sim"  # the demo sends its traffic into a queue of its own
    ring_timeout_s: float = 3.0
    wrap_up_s: float = 5.0
    service_level_s: float = 20.0
    autopause_misses: int = 3
    agent_prefix: str = "sim-agent"

    # How long to wait for stragglers after the last arrival, for the server
    # to close every contact, and between progress lines (0: none).
    settle_timeout_s: float = 60.0
    progress_s: float = 5.0

    def __post_init__(self) -> None:
        problems = []
        if self.agents < 1:
            problems.append("agents must be at least 1")
        if self.calls < 0:
            problems.append("calls must not be negative")
        if self.rate is not None and self.rate <= 0:
            problems.append("rate must be positive")
        if self.load <= 0:
            problems.append("load must be positive")
        if self.time_scale <= 0:
            problems.append("time scale must be positive")
        for name in (
            "miss_prob",
            "decline_prob",
            "break_prob",
            "caller_hangup_prob",
            "resume_prob",
            "long_drop_prob",
            "rating_prob",
        ):
            if not 0 <= getattr(self, name) <= 1:
                problems.append(f"{name.replace('_', '-')} must be between 0 and 1")
        for name in ("talk_s", "patience_s", "break_s", "notice_s"):
            if getattr(self, name) <= 0:
                problems.append(f"{name.replace('_', '-')} must be positive")
        for low, high in (("ring_min_s", "ring_max_s"), ("wrap_min_s", "wrap_max_s")):
            if not 0 <= getattr(self, low) <= getattr(self, high):
                problems.append(f"need 0 <= {low} <= {high}")
        if not 0 <= self.reconnect_min_s <= self.reconnect_max_s:
            problems.append("need 0 <= reconnect_min_s <= reconnect_max_s")
        if self.drop_per_min < 0 or self.long_drop_s < 0:
            problems.append("drop rate and outage must not be negative")
        if not 0 <= self.impaired_share <= 1:
            problems.append("impaired-share must be between 0 and 1")
        else:
            try:
                parse_impairment(self.impairment)
            except ValueError as exc:
                problems.append(str(exc))
            if self.impaired_share > 0 and not self.audio_links:
                problems.append(
                    "impaired agents need audio links: --impaired-share cannot go with "
                    "--no-audio-links"
                )
            if self.rate is None and self.impaired_count and self.capacity_agents == 0:
                problems.append(
                    "every agent is impaired: nothing is left to derive the rate from "
                    "(give --rate, or fewer impaired agents)"
                )
        if self.ring_max_s >= self.ring_timeout_s:
            # An agent meaning to answer would miss: keep the behaviours apart.
            problems.append("ring_max_s must be shorter than the queue's ring_timeout_s")
        if problems:
            raise ValueError("; ".join(problems))

    # Every duration, scaled.
    def s(self, seconds: float) -> float:
        return seconds * self.time_scale

    def draw_talk_s(self, rng: random.Random) -> float:
        """One talk time, scaled."""
        return self.s(min(rng.expovariate(1 / self.talk_s), TALK_CAP * self.talk_s))

    @property
    def mean_handle_s(self) -> float:
        """What one offered contact costs an agent, on average (unscaled)."""
        ring = (self.ring_min_s + self.ring_max_s) / 2
        wrap = (self.wrap_min_s + self.wrap_max_s) / 2
        lost_to_misses = self.miss_prob * (self.ring_timeout_s + SERVER_NO_ANSWER_PAUSE_S)
        talk = self.talk_s * (1 - math.exp(-TALK_CAP))  # the capped exponential's mean
        return talk + ring + wrap + lost_to_misses

    @property
    def impaired_count(self) -> int:
        """How many agents are impaired: the share of them, rounded half up
        (at least one for any share above 0)."""
        if self.impaired_share <= 0:
            return 0
        return min(self.agents, max(1, math.floor(self.impaired_share * self.agents + 0.5)))

    @property
    def capacity_agents(self) -> int:
        """The agents who can take calls: an impaired one takes nothing."""
        return self.agents - self.impaired_count

    def impaired_agents(self) -> frozenset[int]:
        """Which agents (by index) are impaired: the same for the same seed.
        Drawn from a generator of its own, so the rest of a run draws as it
        did before impaired agents existed."""
        rng = random.Random(f"callnest-sim impaired agents {self.seed}")
        return frozenset(rng.sample(range(self.agents), self.impaired_count))

    def link_rng(self, index: int) -> random.Random:
        """Agent ``index``'s link's own generator (which packets it loses),
        apart from the agent's behaviour so that packet timing cannot shift it."""
        return random.Random(f"callnest-sim link {self.seed} {index}")

    @property
    def arrival_rate(self) -> float:
        """Contacts per second, scaled. From ``load``, only the agents who can
        take calls count as capacity."""
        if self.rate is not None:
            return self.rate
        return self.load * self.capacity_agents / self.mean_handle_s / self.time_scale

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self) | {"arrival_rate": round(self.arrival_rate, 4)}
