"""A report for a date range, from an event log written by hand and checked by hand.

The log: two queues (1 sales, T = 20 s; 2 support, T = 30 s), two teams
(10 North: agents 1 and 2; 20 South: agent 3). The range is one hour,
10000..13600, in two 30-minute intervals (10000..11800, 11800..13600).

- c0 (sales) was answered by agent 1 before the range (9905) and ends inside
  it (10100, wrap-up to 10110): the range cuts the call in two.
- c1 (sales) waits 10 s, agent 2 answers, holds 60 s, talks 230 s, wraps 30 s.
- c2 (support) rings agent 3, who misses it, then abandons after 40 s.
- c3 (support) abandons after 3 s: a short abandon (threshold 5 s).
- agent 3 takes a break ("Lunch") 10280..10900.
- c4 (sales) is answered by agent 1, who transfers it to support at 12100;
  agent 3 answers it there, talks 294 s, wraps 20 s.
- c5 (support) is answered by agent 3 at 13510 and still talking at 13600.
- agent 2 logs off at 11000, agent 1 at 13000.
"""

from __future__ import annotations

from typing import Any

import pytest

from callnest.server.acd import Event, EventType, StatsFold
from callnest.server.report import (
    PREROLL_S,
    AgentInfo,
    Directory,
    ReportFold,
    ReportRange,
    build_report,
)

T = EventType
SINCE, UNTIL = 10_000.0, 13_600.0
LUNCH = 7


def ev(at: float, type_: EventType, cid: str | None = None, q: int | None = None,
       a: int | None = None, **data: Any) -> Event:  # fmt: skip
    """An event as the log stores it (data left out reads as its kind's defaults)."""
    row = {"at": at, "type": type_, "contact_id": cid, "queue_id": q, "agent_id": a, "data": data}
    return Event.from_row(row)


def state(at: float, agent: int, name: str, reason_id: int | None = None) -> Event:
    return ev(at, T.AGENT_STATE, a=agent, state=name, reason_id=reason_id, system_reason=None)


LOG: list[Event] = [
    # before the range: read for the state it leaves, not counted
    state(9_000, 1, "available"),
    state(9_500, 2, "available"),
    ev(9_900, T.ENTERED, "c0", 1),
    ev(9_900, T.OFFERED, "c0", 1, 1, offer_id="o0"),
    ev(9_905, T.ANSWERED, "c0", 1, 1, queue_wait_s=5.0, ring_s=5.0),
    # interval 0: 10000..11800
    ev(10_100, T.ENDED, "c0", 1, 1, talk_s=195.0, hold_s=0.0, reason="caller_hangup"),
    ev(10_110, T.WRAPUP_ENDED, "c0", 1, 1, wrap_s=10.0, reason="agent"),
    ev(10_110, T.CLOSED, "c0", 1, 1, outcome="answered"),
    ev(10_200, T.ENTERED, "c1", 1),
    state(10_200, 3, "available"),
    ev(10_200, T.OFFERED, "c1", 1, 2, offer_id="o1"),
    ev(10_210, T.ANSWERED, "c1", 1, 2, queue_wait_s=10.0, ring_s=10.0),
    ev(10_250, T.ENTERED, "c2", 2),
    ev(10_250, T.OFFERED, "c2", 2, 3, offer_id="o2"),
    ev(10_270, T.OFFER_MISSED, "c2", 2, 3, offer_id="o2"),
    state(10_280, 3, "break", LUNCH),
    ev(10_290, T.ABANDONED, "c2", 2, queue_wait_s=40.0, phase="queued"),
    ev(10_290, T.CLOSED, "c2", 2, outcome="abandoned"),
    ev(10_300, T.HELD, "c1", 1, 2),
    ev(10_360, T.RESUMED, "c1", 1, 2),
    ev(10_400, T.ENTERED, "c3", 2),
    ev(10_403, T.ABANDONED, "c3", 2, queue_wait_s=3.0, phase="queued"),
    ev(10_403, T.CLOSED, "c3", 2, outcome="abandoned"),
    ev(10_500, T.ENDED, "c1", 1, 2, talk_s=230.0, hold_s=60.0, reason="agent_hangup"),
    ev(10_530, T.WRAPUP_ENDED, "c1", 1, 2, wrap_s=30.0, reason="agent"),
    ev(10_530, T.CLOSED, "c1", 1, 2, outcome="answered"),
    state(10_900, 3, "available"),
    state(11_000, 2, "offline"),
    # interval 1: 11800..13600
    ev(12_000, T.ENTERED, "c4", 1),
    ev(12_000, T.OFFERED, "c4", 1, 1, offer_id="o4"),
    ev(12_004, T.ANSWERED, "c4", 1, 1, queue_wait_s=4.0, ring_s=4.0),
    ev(12_100, T.TRANSFERRED, "c4", 1, 1, to_queue_id=2, to_agent_id=None),
    ev(12_100, T.ENDED, "c4", 1, 1, talk_s=96.0, hold_s=0.0, reason="transferred"),
    ev(12_100, T.ENTERED, "c4", 2),
    ev(12_100, T.OFFERED, "c4", 2, 3, offer_id="o5"),
    ev(12_106, T.ANSWERED, "c4", 2, 3, queue_wait_s=6.0, ring_s=6.0),
    ev(12_400, T.ENDED, "c4", 2, 3, talk_s=294.0, hold_s=0.0, reason="caller_hangup"),
    ev(12_420, T.WRAPUP_ENDED, "c4", 2, 3, wrap_s=20.0, reason="timeout"),
    ev(12_420, T.CLOSED, "c4", 2, 3, outcome="answered"),
    state(13_000, 1, "offline"),
    ev(13_500, T.ENTERED, "c5", 2),
    ev(13_500, T.OFFERED, "c5", 2, 3, offer_id="o6"),
    ev(13_510, T.ANSWERED, "c5", 2, 3, queue_wait_s=10.0, ring_s=10.0),
    # after the range: never counted
    ev(13_700, T.ENDED, "c5", 2, 3, talk_s=190.0, hold_s=0.0, reason="caller_hangup"),
    ev(13_800, T.ENTERED, "c6", 1),
]

DIRECTORY = Directory(
    queue_names={1: "Sales", 2: "Support"},
    service_level_s={1: 20.0, 2: 30.0}.__getitem__,
    agents={1: AgentInfo("Ann", 10), 2: AgentInfo("Bob", 10), 3: AgentInfo("Cy", 20)},
    roster=frozenset({1, 2, 3}),
    team_names={10: "North", 20: "South"},
    reason_names={LUNCH: "Lunch"},
)


def report(**overrides: Any) -> dict[str, Any]:
    span = ReportRange(
        **({"since": SINCE, "until": UNTIL, "interval_s": 1800, "short_abandon_s": 5.0} | overrides)
    )
    # The store hands over [since - PREROLL_S, until); these rows run past
    # until too, which the fold must leave out.
    rows = [e.as_row() for e in LOG if span.since - PREROLL_S <= e.at]
    return build_report(rows, span, DIRECTORY, now=20_000.0)


def by(rows: list[dict[str, Any]], key: str) -> dict[Any, dict[str, Any]]:
    return {row[key]: row for row in rows}


def test_queue_figures_and_totals() -> None:
    r = report()
    assert (r["since"], r["until"], r["interval_s"], r["short_abandon_s"]) == (
        SINCE,
        UNTIL,
        1800,
        5.0,
    )
    assert set(r["definitions"]) == {
        "asa",
        "aht",
        "abandon_rate",
        "service_level",
        "occupancy",
        "callback_asa",
    }
    sales, support = by(r["queues"], "queue_id")[1], by(r["queues"], "queue_id")[2]
    assert (sales["name"], sales["service_level_s"]) == ("Sales", 20.0)
    # Sales: c1 and c4 entered in the range (c0 before it).
    assert (sales["offered"], sales["answered"], sales["abandoned"]) == (2, 2, 0)
    # ASA (10 + 4) / 2; both within 20 s: service level 2 / 2.
    assert sales["asa_s"] == pytest.approx(7.0)
    assert sales["service_level"] == pytest.approx(1.0)
    assert sales["abandon_rate"] == pytest.approx(0.0)
    # Handled: c0 (ended in the range, its whole talk with it), c1, c4 (transferred).
    assert sales["handled"] == 3
    # talk 195 + 230 + 96 = 521, hold 60, wrap 10 + 30 = 40: AHT 621 / 3 = 207.
    assert sales["aht_s"] == pytest.approx(207.0)
    assert sales["talk_s"] == pytest.approx(521 / 3)
    assert sales["hold_s"] == pytest.approx(20.0)
    assert sales["wrap_s"] == pytest.approx(40 / 3)
    # Ring of the answers in the range: c1 10 + c4 4 (c0 rang before it).
    assert sales["ring_s"] == pytest.approx(14 / 3)

    # Support: c2, c3, c4 (transferred in), c5.
    assert (support["offered"], support["answered"]) == (4, 2)
    assert (support["abandoned"], support["short_abandoned"]) == (2, 1)
    assert support["asa_s"] == pytest.approx((6 + 10) / 2)
    # abandon rate: (2 - 1 short) / (4 - 1 short)
    assert support["abandon_rate"] == pytest.approx(1 / 3)
    # service level: c4 and c5 within 30 s / (2 answered + 2 abandoned - 1 short)
    assert support["service_level"] == pytest.approx(2 / 3)
    # Only c4 ended in the range: talk 294 + wrap 20; c5 rang 10 s but talks on.
    assert support["handled"] == 1
    assert support["aht_s"] == pytest.approx(314.0)
    assert support["ring_s"] == pytest.approx(6 + 10)

    totals = r["totals"]
    assert "queue_id" not in totals and "name" not in totals
    assert (totals["offered"], totals["answered"], totals["abandoned"]) == (6, 4, 2)
    assert (totals["short_abandoned"], totals["handled"]) == (1, 4)
    assert totals["asa_s"] == pytest.approx((14 + 16) / 4)
    assert totals["aht_s"] == pytest.approx((621 + 314) / 4)
    assert totals["abandon_rate"] == pytest.approx(1 / 5)
    assert totals["service_level"] == pytest.approx(4 / 5)
    assert totals["hold_s"] == pytest.approx(60 / 4)


def test_intervals_cover_the_range_and_add_up() -> None:
    r = report()
    first, second = r["intervals"]
    assert (first["start"], second["start"]) == (SINCE, SINCE + 1800)
    # 10000..11800: c1, c2, c3 offered; c1 answered in 10 s; c2 and c3 (short) abandoned.
    assert (first["offered"], first["answered"], first["abandoned"]) == (3, 1, 2)
    assert first["short_abandoned"] == 1
    assert first["asa_s"] == pytest.approx(10.0)
    assert first["service_level"] == pytest.approx(1 / (1 + 2 - 1))
    # handled c0 (195 + 10) and c1 (230 + 60 + 30): 525 / 2
    assert first["aht_s"] == pytest.approx(262.5)
    # 11800..13600: c4 offered twice (sales, then support), c5; all answered in time.
    assert (second["offered"], second["answered"], second["abandoned"]) == (3, 3, 0)
    assert second["asa_s"] == pytest.approx((4 + 6 + 10) / 3)
    assert second["service_level"] == pytest.approx(1.0)
    # handled c4 in sales (96) and in support (294 + 20): 410 / 2
    assert second["aht_s"] == pytest.approx(205.0)

    # Quarter hours: every one present, the empty ones as zeros with no ratios.
    quarters = report(interval_s=900)["intervals"]
    assert [q["start"] for q in quarters] == [SINCE + i * 900 for i in range(4)]
    assert [q["offered"] for q in quarters] == [3, 0, 2, 1]
    assert quarters[1] | {"start": 0} == {
        "start": 0,
        "offered": 0,
        "answered": 0,
        "abandoned": 0,
        "short_abandoned": 0,
        "service_level": None,
        "asa_s": None,
        "aht_s": None,
    }


def test_agents_and_teams() -> None:
    r = report()
    agents = by(r["agents"], "agent_id")
    ann, bob, cy = agents[1], agents[2], agents[3]
    assert (ann["name"], ann["team_id"], ann["team"]) == ("Ann", 10, "North")
    # Ann: offered c4 (c0 before the range); handled c0 and c4 (transferred).
    assert (ann["offered"], ann["missed"], ann["handled"]) == (1, 0, 2)
    assert ann["aht_s"] == pytest.approx((195 + 96 + 10) / 2)
    assert ann["ring_s"] == pytest.approx(4 / 2)
    # Logged in the whole range until 13000; occupied: c0 100 s talk + 10 s wrap,
    # c4 96 s talk.
    assert (ann["logged_in_s"], ann["break_s"]) == (3000.0, 0.0)
    assert ann["occupancy"] == pytest.approx(206 / 3000)
    # Bob: c1, logged in 10000..11000.
    assert (bob["offered"], bob["handled"], bob["logged_in_s"]) == (1, 1, 1000.0)
    assert bob["aht_s"] == pytest.approx(320.0)
    assert (bob["talk_s"], bob["hold_s"], bob["wrap_s"]) == (230.0, 60.0, 30.0)
    assert bob["occupancy"] == pytest.approx(320 / 1000)
    # Cy: rung for c2 (missed), c4, c5; handled c4; logged in from 10200, lunch 620 s;
    # occupied 294 + 20 on c4 and 90 s of c5 before 13600.
    assert (cy["offered"], cy["missed"], cy["handled"]) == (3, 1, 1)
    assert (cy["logged_in_s"], cy["break_s"]) == (3400.0, 620.0)
    assert cy["occupancy"] == pytest.approx(404 / 2780)
    assert cy["ring_s"] == pytest.approx(16.0)

    teams = by(r["teams"], "team_id")
    north, south = teams[10], teams[20]
    assert north["name"] == "North"
    assert (north["offered"], north["handled"], north["logged_in_s"]) == (2, 3, 4000.0)
    assert north["aht_s"] == pytest.approx((301 + 320) / 3)
    assert north["occupancy"] == pytest.approx((206 + 320) / 4000)
    # A team of one has its agent's figures.
    figures = set(south) - {"team_id", "name"}
    assert figures == set(cy) - {"agent_id", "name", "team_id", "team"}
    assert {k: south[k] for k in figures} == {k: cy[k] for k in figures}


def spans(r: dict[str, Any], agent_id: int) -> list[tuple[str, str | None, float, float]]:
    (row,) = [t for t in r["timeline"] if t["agent_id"] == agent_id]
    return [(s["state"], s["reason"], s["start"], s["end"]) for s in row["spans"]]


def test_timeline_starts_in_the_state_the_log_left_and_is_clipped() -> None:
    r = report()
    # Ann was talking on c0 when the range began (answered at 9905).
    assert spans(r, 1) == [
        ("busy", None, 10_000, 10_100),
        ("wrap_up", None, 10_100, 10_110),
        ("available", None, 10_110, 12_000),
        ("ringing", None, 12_000, 12_004),
        ("busy", None, 12_004, 12_100),
        ("available", None, 12_100, 13_000),  # a blind transfer: no wrap-up
        ("offline", None, 13_000, 13_600),
    ]
    assert spans(r, 2) == [
        ("available", None, 10_000, 10_200),
        ("ringing", None, 10_200, 10_210),
        ("busy", None, 10_210, 10_300),
        ("hold", None, 10_300, 10_360),
        ("busy", None, 10_360, 10_500),
        ("wrap_up", None, 10_500, 10_530),
        ("available", None, 10_530, 11_000),
        ("offline", None, 11_000, 13_600),
    ]
    assert spans(r, 3) == [
        ("offline", None, 10_000, 10_200),
        ("available", None, 10_200, 10_250),
        ("ringing", None, 10_250, 10_270),
        ("available", None, 10_270, 10_280),
        ("break", "Lunch", 10_280, 10_900),
        ("available", None, 10_900, 12_100),
        ("ringing", None, 12_100, 12_106),
        ("busy", None, 12_106, 12_400),
        ("wrap_up", None, 12_400, 12_420),
        ("available", None, 12_420, 13_500),
        ("ringing", None, 13_500, 13_510),
        ("busy", None, 13_510, 13_600),  # cut by the range's end
    ]
    # Every agent's spans tile the range.
    for row in r["timeline"]:
        starts = [s["start"] for s in row["spans"]]
        ends = [s["end"] for s in row["spans"]]
        assert (starts[0], ends[-1]) == (SINCE, UNTIL)
        assert starts[1:] == ends[:-1]


def test_a_range_into_the_future_stops_at_now() -> None:
    span = ReportRange(since=SINCE, until=SINCE + 7200, interval_s=3600, short_abandon_s=5.0)
    fold = ReportFold(span, DIRECTORY, now=12_500.0)
    fold.apply_all(e for e in LOG if e.at < 12_500)
    r = fold.result()
    assert spans(r, 3)[-1] == ("available", None, 12_420, 12_500)
    assert by(r["agents"], "agent_id")[1]["logged_in_s"] == 2500.0
    assert len(r["intervals"]) == 2


def test_queue_filter_keeps_the_agents_time_whole() -> None:
    r = report(queue_id=2)
    assert [q["queue_id"] for q in r["queues"]] == [2]
    assert r["totals"]["offered"] == 4
    assert [i["offered"] for i in r["intervals"]] == [2, 2]
    ann = by(r["agents"], "agent_id")[1]
    # Ann handled sales contacts only; her time and occupancy stay hers.
    assert (ann["offered"], ann["handled"], ann["aht_s"]) == (0, 0, None)
    assert ann["occupancy"] == pytest.approx(206 / 3000)
    assert spans(r, 1)[0] == ("busy", None, 10_000, 10_100)


def test_team_filter_and_a_supervisor_s_scope() -> None:
    r = report(team_id=20)
    assert [a["agent_id"] for a in r["agents"]] == [3]
    assert [t["team_id"] for t in r["teams"]] == [20]
    assert [t["agent_id"] for t in r["timeline"]] == [3]
    assert r["totals"]["offered"] == 6  # queues are everyone's

    north_only = Directory(
        queue_names=DIRECTORY.queue_names,
        service_level_s=DIRECTORY.service_level_s,
        agents=DIRECTORY.agents,
        roster=DIRECTORY.roster,
        team_names=DIRECTORY.team_names,
        reason_names=DIRECTORY.reason_names,
        visible=lambda team_id: team_id == 10,
    )
    span = ReportRange(since=SINCE, until=UNTIL, interval_s=1800, short_abandon_s=5.0)
    scoped = build_report([e.as_row() for e in LOG], span, north_only, now=20_000.0)
    assert [a["agent_id"] for a in scoped["agents"]] == [1, 2]
    assert [t["team_id"] for t in scoped["teams"]] == [10]


def test_the_short_abandon_threshold_moves_abandons_in_and_out() -> None:
    none_short = by(report(short_abandon_s=0.0)["queues"], "queue_id")[2]
    assert none_short["short_abandoned"] == 0
    assert none_short["abandon_rate"] == pytest.approx(2 / 4)
    assert none_short["service_level"] == pytest.approx(2 / 4)
    both_short = by(report(short_abandon_s=60.0)["queues"], "queue_id")[2]
    assert both_short["short_abandoned"] == 2
    assert both_short["abandon_rate"] == pytest.approx(0 / 2)
    assert both_short["service_level"] == pytest.approx(2 / 2)


def test_a_live_fold_reclassifies_its_abandons_when_the_threshold_changes() -> None:
    fold = StatsFold({1: 20.0, 2: 30.0}.__getitem__).apply_all(LOG)
    assert fold.queues[2].short_abandoned == 1  # the default 5 s: c3 (3 s)
    fold.set_short_abandon_s(60.0)
    assert fold.queues[2].short_abandoned == 2
    fold.set_short_abandon_s(0.0)
    assert fold.queues[2].short_abandoned == 0
    # c4 and c5 in time / (2 answered + 2 abandoned, none short now)
    assert fold.queues[2].service_level == pytest.approx(2 / 4)
    # A later abandon is judged by the new threshold.
    fold.apply(ev(14_000, T.ENTERED, "c7", 2))
    fold.apply(ev(14_001, T.ABANDONED, "c7", 2, queue_wait_s=1.0))
    assert fold.queues[2].short_abandoned == 0


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"since": UNTIL}, "since must be before until"),
        ({"until": SINCE + 94 * 86400}, "at most 93 days"),
        ({"interval_s": 600}, "interval_s must be one of 900, 1800, 3600, 86400"),
        ({"short_abandon_s": 121.0}, "between 0 and 120"),
        ({"short_abandon_s": -1.0}, "between 0 and 120"),
        ({"since": float("nan")}, "finite"),
    ],
)
def test_a_range_no_report_has_is_refused(overrides: dict[str, Any], message: str) -> None:
    span = ReportRange(
        **({"since": SINCE, "until": UNTIL, "interval_s": 1800, "short_abandon_s": 5.0} | overrides)
    )
    with pytest.raises(ValueError, match=message):
        span.check()


def test_an_agent_the_range_never_saw_is_offline_throughout() -> None:
    directory = Directory(
        queue_names=DIRECTORY.queue_names,
        service_level_s=DIRECTORY.service_level_s,
        agents={**DIRECTORY.agents, 4: AgentInfo("Dee", None)},
        roster=DIRECTORY.roster | {4},
        team_names=DIRECTORY.team_names,
        reason_names=DIRECTORY.reason_names,
    )
    span = ReportRange(since=SINCE, until=UNTIL, interval_s=3600, short_abandon_s=5.0)
    r = build_report([e.as_row() for e in LOG], span, directory, now=20_000.0)
    assert spans(r, 4) == [("offline", None, SINCE, UNTIL)]
    dee = by(r["agents"], "agent_id")[4]
    assert (dee["team"], dee["logged_in_s"], dee["occupancy"]) == (None, 0.0, None)
    no_team = by(r["teams"], "team_id")[None]
    assert (no_team["name"], no_team["handled"]) == (None, 0)


def test_csat_is_the_mean_rating_per_queue_and_overall() -> None:
    rated = [
        ev(10_120, T.FEEDBACK, "c0", 1, rating=5),
        ev(10_540, T.FEEDBACK, "c1", 1, rating=2),
        ev(12_430, T.FEEDBACK, "c4", 2, rating=4),
    ]
    span = ReportRange(since=SINCE, until=UNTIL, interval_s=1800, short_abandon_s=5.0)
    rows = [e.as_row() for e in sorted(LOG + rated, key=lambda e: e.at) if span.since <= e.at]
    r = build_report(rows, span, DIRECTORY, now=20_000.0)
    sales, support = by(r["queues"], "queue_id")[1], by(r["queues"], "queue_id")[2]
    assert (sales["csat"], sales["csat_count"]) == (pytest.approx(3.5), 2)
    assert (support["csat"], support["csat_count"]) == (pytest.approx(4.0), 1)
    assert (r["totals"]["csat"], r["totals"]["csat_count"]) == (pytest.approx(11 / 3), 3)
    assert report()["totals"]["csat"] is None  # nobody rated: no figure, not zero
