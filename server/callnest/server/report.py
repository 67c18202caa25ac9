"""A report for a date range, folded from the event log.

The figures are :class:`~callnest.server.acd.stats.StatsFold`'s, with the
definitions of :mod:`callnest.server.acd.stats` (``DEFINITIONS``): per queue,
per agent, per team and in total, then per interval, and each agent's state
timeline.

Where the range cuts through things:

- **state at the range start** -- the fold replays ``PREROLL_S`` (a day) of
  the log before ``since`` without counting it, so it starts the range
  knowing who was logged in, on break, ringing or talking, and which contacts
  were waiting or already answered. A state set more than a day before the
  range (an agent who never changed state for a day) reads as offline: a
  desktop that stays logged in that long sends state changes, and a server
  that died without logging its agents out leaves stale states we would
  rather not carry for ever;
- **contacts** count where their event falls: offered in the interval they
  entered the queue, answered or abandoned in the one they were answered or
  abandoned in, handled (with their whole talk, hold and wrap-up times) in
  the one their talk ended in;
- **time** (logged-in, break, occupancy, the timeline) is clipped to the
  range, and to ``now`` for a range that runs into the future.

Every interval of the range is present, zeros included; intervals start at
``since`` (the last one may be shorter).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from callnest.protocol.rest import SHORT_ABANDON_MAX_S
from callnest.server.acd.events import (
    AgentStateChanged,
    Answered,
    Closed,
    Ended,
    Entered,
    Event,
    Held,
    Offered,
    OfferEvent,
    Requeued,
    Resumed,
    WrapUpEnded,
)
from callnest.server.acd.model import Channel
from callnest.server.acd.stats import DEFINITIONS, AgentFigures, QueueFigures, StatsFold

PREROLL_S = 86400.0
INTERVALS_S = (900, 1800, 3600, 86400)
MAX_RANGE_S = 93 * 86400.0
SHORT_ABANDON_KEY = "reports.short_abandon_s"  # the settings table's key

# The timeline's states while an agent has a contact, the strongest first: an
# agent talking on a call while a chat rings is busy.
BUSY, HOLD, RINGING, WRAP_UP = "busy", "hold", "ringing", "wrap_up"
_CONTACT_STATES = (BUSY, HOLD, RINGING, WRAP_UP)
OCCUPIED_STATES = frozenset({BUSY, HOLD, WRAP_UP})

# The queue counters an interval adds up (all of them sum across queues).
_COUNTERS = (
    "offered",
    "answered",
    "abandoned",
    "short_abandoned",
    "overflowed",
    "closed",
    "answered_within_sl",
    "wait_answered_s",
    "handled",
    "ring_s",
    "talk_s",
    "hold_s",
    "wrap_s",
    "csat_sum",
    "csat_count",
    "calls_out",
    "calls_out_connected",
    "calls_out_talk_s",
    "callbacks",
    "callbacks_connected",
    "callback_wait_s",
)
_read_counters = operator.attrgetter(*_COUNTERS)


@dataclass(frozen=True, slots=True)
class Span:
    state: str
    reason: str | None
    start: float
    end: float


@dataclass(slots=True)
class AgentTrack:
    """One agent's timeline: its own state, plus what its contacts make it."""

    state: str = "offline"
    reason: str | None = None
    contacts: dict[str, str] = field(default_factory=dict)  # contact -> contact state
    shown: tuple[str, str | None] = ("offline", None)
    shown_since: float = -math.inf
    spans: list[Span] = field(default_factory=list)

    def showing(self) -> tuple[str, str | None]:
        if self.contacts:
            held = set(self.contacts.values())
            return next(s for s in _CONTACT_STATES if s in held), None
        return self.state, self.reason

    def occupied_s(self) -> float:
        return sum(s.end - s.start for s in self.spans if s.state in OCCUPIED_STATES)


class Timeline:
    """Agents' state spans within ``[since, end)``; events before ``since``
    only set the state the range starts in."""

    def __init__(self, since: float, end: float, reason_names: Mapping[int, str]) -> None:
        self.since = since
        self.end = end
        self.reason_names = reason_names
        self.agents: dict[int, AgentTrack] = {}

    def track(self, agent_id: int) -> AgentTrack:
        found = self.agents.get(agent_id)
        if found is None:
            found = self.agents[agent_id] = AgentTrack()
        return found

    def apply(self, event: Event) -> None:
        if event.agent_id is None:
            return
        track = self.track(event.agent_id)
        if isinstance(event, AgentStateChanged):
            track.state = str(event.state)
            reason_id = event.reason_id
            track.reason = (
                self.reason_names.get(reason_id, f"reason {reason_id}")
                if reason_id is not None
                else event.system_reason
            )
            if track.state != "break":
                track.reason = None
        elif event.contact_id is not None:
            cid, contacts = event.contact_id, track.contacts
            if isinstance(event, Offered):
                contacts[cid] = RINGING
            elif isinstance(event, OfferEvent):  # missed, declined or withdrawn
                if contacts.get(cid) == RINGING:
                    del contacts[cid]
            elif isinstance(event, (Answered, Resumed)):
                contacts[cid] = BUSY
            elif isinstance(event, Held):
                contacts[cid] = HOLD
            elif isinstance(event, Ended):
                # A blind transfer lets go at once: no wrap-up for this agent.
                if event.reason == "transferred":
                    contacts.pop(cid, None)
                else:
                    contacts[cid] = WRAP_UP
            elif isinstance(event, (WrapUpEnded, Requeued, Closed)):
                contacts.pop(cid, None)
        self._show(track, event.at)

    def _show(self, track: AgentTrack, at: float) -> None:
        now_showing = track.showing()
        if now_showing == track.shown:
            return
        self._close(track, min(at, self.end))
        track.shown, track.shown_since = now_showing, at

    def _close(self, track: AgentTrack, at: float) -> None:
        start = max(track.shown_since, self.since)
        if at > start:
            track.spans.append(Span(track.shown[0], track.shown[1], start, at))

    def finish(self) -> None:
        for track in self.agents.values():
            self._close(track, self.end)
            track.shown_since = self.end


@dataclass(frozen=True, slots=True)
class AgentInfo:
    name: str
    team_id: int | None


@dataclass(frozen=True, slots=True)
class Directory:
    """Names the log only has ids for; ``visible`` says which agents' teams the
    reader may see (the wallboard's scoping)."""

    queue_names: Mapping[int, str]
    service_level_s: Callable[[int], float]
    agents: Mapping[int, AgentInfo]  # every account the log may name
    roster: frozenset[int]  # listed even with nothing in the range
    team_names: Mapping[int, str]
    reason_names: Mapping[int, str]
    visible: Callable[[int | None], bool] = lambda _team_id: True
    # The channel of contacts that entered before the log's rows begin (an
    # e-mail answered days later): the rows' own Entered events say the rest.
    contact_channels: Mapping[str, Channel] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReportRange:
    since: float
    until: float
    interval_s: int
    short_abandon_s: float
    queue_id: int | None = None  # only this queue's contacts
    team_id: int | None = None  # only this team's agents
    channel: Channel | None = None  # only this channel's contacts

    def check(self) -> None:
        """ValueError with a message a person can act on, for a range no report has."""
        if not (math.isfinite(self.since) and math.isfinite(self.until)):
            raise ValueError("since and until must be finite epoch seconds")
        if self.since >= self.until:
            raise ValueError("since must be before until")
        if self.until - self.since > MAX_RANGE_S:
            raise ValueError(f"a report covers at most {MAX_RANGE_S / 86400:.0f} days")
        if self.interval_s not in INTERVALS_S:
            choices = ", ".join(str(s) for s in INTERVALS_S)
            raise ValueError(f"interval_s must be one of {choices}")
        if not 0 <= self.short_abandon_s <= SHORT_ABANDON_MAX_S:
            raise ValueError(f"short_abandon_s must be between 0 and {SHORT_ABANDON_MAX_S:.0f}")


class ReportFold:
    """The event log of ``[since - PREROLL_S, until)`` in, a report out."""

    def __init__(self, span: ReportRange, directory: Directory, now: float) -> None:
        span.check()
        self.span = span
        self.directory = directory
        self.end = max(span.since, min(span.until, now))  # time stops at now
        self.stats = StatsFold(directory.service_level_s, span.short_abandon_s)
        self.timeline = Timeline(span.since, self.end, directory.reason_names)
        count = math.ceil((span.until - span.since) / span.interval_s)
        # Each interval's counters, in _COUNTERS order (lists: the hot path adds them up).
        self._interval_sums: list[list[float]] = [[0] * len(_COUNTERS) for _ in range(count)]
        self._counting = False
        self._channels = dict(directory.contact_channels)

    def apply_all(self, events: Iterable[Event]) -> ReportFold:
        for event in events:
            self.apply(event)
        return self

    def apply(self, event: Event) -> None:
        span = self.span
        if event.at >= span.until:
            return
        if not self._counting and event.at >= span.since:
            self.stats.restart_counting(span.since)
            self._counting = True
        self.timeline.apply(event)
        if event.queue_id is not None and span.queue_id not in (None, event.queue_id):
            return
        if span.channel is not None and not self._on_channel(event, span.channel):
            return
        if not self._counting or event.queue_id is None:
            self.stats.apply(event)
            return
        q = self.stats.queue(event.queue_id)
        before = _read_counters(q)
        self.stats.apply(event)
        after = _read_counters(q)
        if before != after:
            index = int((event.at - span.since) // span.interval_s)
            sums = self._interval_sums[index]
            self._interval_sums[index] = [
                s + n - o for s, n, o in zip(sums, after, before, strict=True)
            ]

    def _on_channel(self, event: Event, channel: Channel) -> bool:
        """Is the event about a contact of ``channel``, or about no contact
        at all (an agent's own state)? The agent's timeline shows every
        channel whatever the filter: an agent on a call is busy for chats too."""
        if event.contact_id is None:
            return True
        if isinstance(event, Entered):
            self._channels[event.contact_id] = event.channel
        # A contact the log never said entered is a call: Entered's own default.
        return self._channels.get(event.contact_id, Channel.VOICE) == channel

    def result(self) -> dict[str, Any]:
        """The report, as ``GET /api/reports`` sends it."""
        if not self._counting:
            self.stats.restart_counting(self.span.since)
            self._counting = True
        for agent_id in self.directory.roster:
            self.timeline.track(agent_id)  # an agent the log never named: offline throughout
        self.timeline.finish()
        span, directory = self.span, self.directory
        # Every configured queue, and a removed one that still has figures.
        queues = {
            qid: q
            for qid, q in self.stats.queues.items()
            if span.queue_id in (None, qid)
            and (qid in directory.queue_names or any(_read_counters(q)))
        }
        if span.queue_id is not None:
            queues.setdefault(span.queue_id, QueueFigures())
        else:
            for qid in directory.queue_names:
                queues.setdefault(qid, QueueFigures())
        total = QueueFigures()
        for q in queues.values():
            _add(total, q)
        agents = self._agents()
        return {
            "since": span.since,
            "until": span.until,
            "interval_s": span.interval_s,
            "short_abandon_s": span.short_abandon_s,
            "channel": None if span.channel is None else str(span.channel),
            "definitions": dict(DEFINITIONS),
            "queues": [
                {
                    "queue_id": qid,
                    "name": directory.queue_names.get(qid, f"queue {qid}"),
                    "service_level_s": directory.service_level_s(qid),
                }
                | queue_row(q)
                for qid, q in sorted(queues.items())
            ],
            "totals": queue_row(total),
            "agents": [row for _, row in agents],
            "teams": self._teams(agents),
            "intervals": [
                {"start": span.since + i * span.interval_s} | interval_row(_figures(sums))
                for i, sums in enumerate(self._interval_sums)
            ],
            "timeline": [
                {
                    "agent_id": row["agent_id"],
                    "name": row["name"],
                    "spans": [
                        {"state": s.state, "reason": s.reason, "start": s.start, "end": s.end}
                        for s in self.timeline.track(row["agent_id"]).spans
                    ],
                }
                for _, row in agents
            ],
        }

    # ------------------------------------------------------------ people

    def _agents(self) -> list[tuple[PeopleFigures, dict[str, Any]]]:
        directory = self.directory
        ids = directory.roster | set(self.stats.agents) | set(self.timeline.agents)
        rows = []
        for agent_id in sorted(ids):
            info = directory.agents.get(agent_id, AgentInfo(f"agent {agent_id}", None))
            if not directory.visible(info.team_id):
                continue
            if self.span.team_id is not None and info.team_id != self.span.team_id:
                continue
            figures = PeopleFigures.of(
                self.stats.agents.get(agent_id, AgentFigures()),
                self.timeline.track(agent_id),
                self.end,
            )
            team = directory.team_names.get(info.team_id) if info.team_id is not None else None
            head = {"agent_id": agent_id, "name": info.name, "team_id": info.team_id, "team": team}
            rows.append((figures, head | figures.row()))
        return rows

    def _teams(self, agents: list[tuple[PeopleFigures, dict[str, Any]]]) -> list[dict[str, Any]]:
        teams: dict[int | None, PeopleFigures] = {}
        for figures, row in agents:
            teams.setdefault(row["team_id"], PeopleFigures()).add(figures)
        names = self.directory.team_names
        ordered = sorted(teams.items(), key=lambda item: (item[0] is None, item[0] or 0))
        return [
            {"team_id": team_id, "name": names.get(team_id) if team_id is not None else None}
            | figures.row()
            for team_id, figures in ordered
        ]


@dataclass(slots=True)
class PeopleFigures:
    """An agent's (or a team's summed) figures over the range."""

    offered: int = 0
    missed: int = 0
    handled: int = 0
    ring_s: float = 0.0
    talk_s: float = 0.0
    hold_s: float = 0.0
    wrap_s: float = 0.0
    logged_in_s: float = 0.0
    break_s: float = 0.0
    network_s: float = 0.0  # of the breaks, the system's for the home connection
    offers_avoided: int = 0  # contacts offered in their queues meanwhile
    occupied_s: float = 0.0  # in busy, hold or wrap-up, clipped to the range

    @classmethod
    def of(cls, a: AgentFigures, track: AgentTrack, end: float) -> PeopleFigures:
        return cls(
            offered=a.offered,
            missed=a.missed,
            handled=a.handled,
            ring_s=a.ring_s,
            talk_s=a.talk_s,
            hold_s=a.hold_s,
            wrap_s=a.wrap_s,
            logged_in_s=a.logged_in_until(end),
            break_s=a.break_until(end),
            network_s=a.network_until(end),
            offers_avoided=a.offers_avoided,
            occupied_s=track.occupied_s(),
        )

    def add(self, other: PeopleFigures) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self) -> dict[str, Any]:
        working = self.logged_in_s - self.break_s
        return {
            "offered": self.offered,
            "missed": self.missed,
            "handled": self.handled,
            "aht_s": _per(self.talk_s + self.hold_s + self.wrap_s, self.handled),
            "ring_s": _per(self.ring_s, self.handled),
            "talk_s": _per(self.talk_s, self.handled),
            "hold_s": _per(self.hold_s, self.handled),
            "wrap_s": _per(self.wrap_s, self.handled),
            "logged_in_s": self.logged_in_s,
            "break_s": self.break_s,
            "network_s": self.network_s,
            "offers_avoided": self.offers_avoided,
            "occupancy": min(1.0, self.occupied_s / working) if working > 0 else None,
        }


# ---------------------------------------------------------------- rows


def _per(total: float, count: int) -> float | None:
    return total / count if count else None


def _figures(sums: list[float]) -> QueueFigures:
    q = QueueFigures()
    for name, value in zip(_COUNTERS, sums, strict=True):
        setattr(q, name, value)
    return q


def _add(total: QueueFigures, q: QueueFigures) -> None:
    for name in _COUNTERS:
        setattr(total, name, getattr(total, name) + getattr(q, name))


def queue_row(q: QueueFigures) -> dict[str, Any]:
    return {
        "offered": q.offered,
        "answered": q.answered,
        "abandoned": q.abandoned,
        "short_abandoned": q.short_abandoned,
        "overflowed": q.overflowed,
        "handled": q.handled,
        "asa_s": q.asa_s,
        "aht_s": q.aht_s,
        "ring_s": _per(q.ring_s, q.handled),
        "talk_s": _per(q.talk_s, q.handled),
        "hold_s": _per(q.hold_s, q.handled),
        "wrap_s": _per(q.wrap_s, q.handled),
        "abandon_rate": q.abandon_rate,
        "service_level": q.service_level,
        "csat": q.csat,
        "csat_count": q.csat_count,
        # Agents' calls out for the queue, apart from the contacts above.
        "calls_out": q.calls_out,
        "calls_out_connected": q.calls_out_connected,
        "calls_out_talk_s": _per(q.calls_out_talk_s, q.calls_out_connected),
        # Callbacks: asked for, reaching the customer, and how soon (callback_asa).
        "callbacks": q.callbacks,
        "callbacks_connected": q.callbacks_connected,
        "callback_asa_s": q.callback_asa_s,
    }


def interval_row(q: QueueFigures) -> dict[str, Any]:
    return {
        "offered": q.offered,
        "answered": q.answered,
        "abandoned": q.abandoned,
        "short_abandoned": q.short_abandoned,
        "service_level": q.service_level,
        "asa_s": q.asa_s,
        "aht_s": q.aht_s,
    }


def build_report(
    rows: Iterable[dict[str, Any]], span: ReportRange, directory: Directory, now: float
) -> dict[str, Any]:
    """The report from the log's rows of ``[since - PREROLL_S, until)``, in log order."""
    fold = ReportFold(span, directory, now)
    fold.apply_all(Event.from_row(row) for row in rows)
    return fold.result()
