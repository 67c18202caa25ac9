"""CPU of ``callnest-bench phone``'s processes, from ``/proc``.

The server's process tree -- the server itself, Kamailio's main process and
its workers, rtpengine -- is found afresh at every sample (twice a second),
so a child the server starts again is counted too. Each process's CPU is
keyed by its pid and start time: a pid reused meanwhile is another process.
Kamailio and rtpengine each run in a session of their own (so that a killed
server's children can be ended as a group): the groups seen are kept, for
the bench to end whatever a dying server leaves behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from dataclasses import dataclass, field

from callnest.bench.media import machine_jiffies

SAMPLE_EVERY_S = 0.5
GROUPS = ("callnest", "kamailio", "rtpengine")


def proc_table() -> dict[int, tuple[int, int, str, int, float]]:
    """Every process: pid -> (parent, process group, name, start time, CPU seconds)."""
    ticks = os.sysconf("SC_CLK_TCK")
    table: dict[int, tuple[int, int, str, int, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.find("(") + 1 : stat.rfind(")")]
        fields = stat[stat.rfind(")") + 2 :].split()
        if fields[0] == "Z":
            continue
        # after "pid (comm) ": ppid 4, pgrp 5, utime 14, stime 15, starttime 22 (1-based)
        table[int(entry)] = (
            int(fields[1]),
            int(fields[2]),
            name,
            int(fields[19]),
            (int(fields[11]) + int(fields[12])) / ticks,
        )
    return table


def descendants(table: dict[int, tuple[int, int, str, int, float]], root: int) -> list[int]:
    """``root`` and every process below it."""
    children: dict[int, list[int]] = {}
    for pid, (parent, *_) in table.items():
        children.setdefault(parent, []).append(pid)
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        if pid in table:
            found.append(pid)
            todo.extend(children.get(pid, ()))
    return found


def group_of(name: str) -> str:
    """Whose a process of the server's tree is: ``kamailio``, ``rtpengine`` or ``callnest``."""
    return name if name in ("kamailio", "rtpengine") else "callnest"


@dataclass
class Sample:
    at_ns: int
    # (pid, start time) -> (group, CPU seconds): a pid reused meanwhile is another process
    ours: dict[tuple[int, int], tuple[str, float]]
    load: dict[str, float]  # sipp, agents
    machine: tuple[int, int, int]


@dataclass
class Sampler:
    """CPU of the server's process tree and of the load, twice a second."""

    server_pid: int
    load_pids: dict[str, int] = field(default_factory=dict)
    samples: list[Sample] = field(default_factory=list)
    # process groups seen below the server (Kamailio's, rtpengine's): each
    # runs in its own session, so a server that dies leaves them running
    groups: dict[int, set[str]] = field(default_factory=dict)

    def sample(self) -> None:
        table = proc_table()
        ours: dict[tuple[int, int], tuple[str, float]] = {}
        server_group = table.get(self.server_pid, (0, 0))[1]
        for pid in descendants(table, self.server_pid):
            _, group, name, started, cpu = table[pid]
            ours[(pid, started)] = (group_of(name), cpu)
            if pid != self.server_pid and group != server_group:
                self.groups.setdefault(group, set()).add(name)
        load: dict[str, float] = {}
        for role, pid in self.load_pids.items():
            load[role] = sum(table[p][4] for p in descendants(table, pid))
        self.samples.append(Sample(time.perf_counter_ns(), ours, load, machine_jiffies()))

    async def run(self) -> None:
        while True:
            await asyncio.to_thread(self.sample)
            await asyncio.sleep(SAMPLE_EVERY_S)


def cpu_between(first: Sample, last: Sample) -> dict[str, float]:
    """% of one core per group of ours, per load process, and for the rest of the
    machine (``other``) and the hypervisor (``steal``), between two samples."""
    wall_s = (last.at_ns - first.at_ns) / 1e9
    used: dict[str, float] = dict.fromkeys(GROUPS, 0.0)
    for key, (group, cpu) in last.ours.items():
        before = first.ours.get(key)
        # a process born in the window counts from 0; one that died in it is lost
        used[group] += cpu - (before[1] if before is not None else 0.0)
    figures = {group: 100 * seconds / wall_s for group, seconds in used.items()}
    for role, cpu in last.load.items():
        figures[f"load_{role}"] = 100 * (cpu - first.load.get(role, 0.0)) / wall_s
    ticks = os.sysconf("SC_CLK_TCK")
    busy, steal, _ = (b - a for a, b in zip(first.machine, last.machine, strict=True))
    accounted = sum(figures.values())
    figures["other"] = max(0.0, 100 * busy / ticks / wall_s - accounted)
    figures["steal"] = 100 * steal / ticks / wall_s
    return figures


def window_samples(
    samples: list[Sample], start_ns: int, end_ns: int
) -> tuple[Sample, Sample] | None:
    inside = [s for s in samples if start_ns <= s.at_ns <= end_ns]
    if len(inside) < 2:
        return None
    return inside[0], inside[-1]


def kill_groups(groups: dict[int, set[str]]) -> list[str]:
    """SIGKILLs what is left of these process groups (checking their members'
    names, so a group id reused since is left alone); says what it killed."""
    killed = []
    table = proc_table()
    for group, names in groups.items():
        left = [
            f"{name} ({pid})"
            for pid, (_, g, name, *_) in table.items()
            if g == group and name in names
        ]
        if left:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(group, signal.SIGKILL)
            killed.extend(left)
    return killed
