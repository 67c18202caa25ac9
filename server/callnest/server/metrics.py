"""Prometheus metrics, read from the live center at scrape time (nothing to keep in step)."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from callnest.server.center import Center


class _CenterCollector(Collector):
    def __init__(self, center: Center) -> None:
        self.center = center

    def collect(self) -> Iterator[Metric]:
        center = self.center
        names = {q.id: q.name for q in center.queues.values()}
        waiting = GaugeMetricFamily("callnest_queue_waiting", "Contacts waiting", labels=["queue"])
        counts = {
            field: GaugeMetricFamily(
                f"callnest_queue_{field}_today", f"Contacts {field} today", labels=["queue"]
            )
            for field in ("offered", "answered", "abandoned")
        }
        for queue_id, name in names.items():
            waiting.add_metric([name], center.waiting_count(queue_id))
            figures = center.figures.stats.queues.get(queue_id)
            for field, family in counts.items():
                family.add_metric([name], getattr(figures, field) if figures else 0)
        yield waiting
        yield from counts.values()
        agents = GaugeMetricFamily("callnest_agents", "Agents by state", labels=["state"])
        by_state: dict[str, int] = {}
        for agent in center.agents.values():
            by_state[str(agent.state)] = by_state.get(str(agent.state), 0) + 1
        for state, n in sorted(by_state.items()):
            agents.add_metric([state], n)
        yield agents
        sessions = GaugeMetricFamily("callnest_desktop_sessions", "Connected desktop sessions")
        sessions.add_metric([], sum(len(s) for s in center.listeners.values()))
        yield sessions


FORWARD_BUCKETS_S = (
    0.0001,
    0.0002,
    0.0005,
    0.001,
    0.002,
    0.003,
    0.004,
    0.005,
    0.0075,
    0.01,
    0.02,
    0.05,
    0.1,
)


class Metrics:
    def __init__(self, center: Center) -> None:
        self.registry = CollectorRegistry()
        self.registry.register(_CenterCollector(center))
        self.requests = Counter(
            "callnest_http_requests", "HTTP requests", ["method", "status"], registry=self.registry
        )
        self.protocol_errors = Counter(
            "callnest_protocol_errors", "Invalid frames received", ["code"], registry=self.registry
        )
        # From a packet's arrival at one leg's socket (the kernel's receive time)
        # to its sending on the other leg: what the server adds to a call's
        # latency, waiting for a busy event loop included (budget p99 <= 5 ms).
        self.forward_latency = Histogram(
            "callnest_media_forward_seconds",
            "Time a forwarded audio packet spends inside the server",
            buckets=FORWARD_BUCKETS_S,
            registry=self.registry,
        )
        self.observe_forward = self.forward_latency.observe
