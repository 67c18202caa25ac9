"""The campaign benchmark: the far end's trace, the rules each dial is held
to (on calls that keep them and calls that break them), the list and its
window, and one real run at toy size (SIPp, Kamailio, rtpengine, the server
restarted half-way, agents)."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from callnest.bench import cli
from callnest.bench.campaign_audit import (
    Listing,
    callbacks_lost,
    connections,
    do_not_call_violations,
    duplicate_dials,
    occupancy,
    of_callbacks,
    of_campaign,
    over_budget,
    reached_at,
    window_violations,
)
from callnest.bench.campaign_callees import FarEndCall, read_calls, read_trace
from callnest.bench.campaign_list import (
    Country,
    country,
    numbers,
    plan_list,
    plan_window,
)
from callnest.server.outreach import CallingWindow, callable_at, e164, time_zones

ANA, BOR, CENE = "+38631230000", "+38631230001", "+38631230002"
T0 = datetime(2026, 1, 14, 12, 0, tzinfo=UTC).timestamp()  # a Wednesday, noon in London

# ---------------------------------------------------------------- the trace


def traced(at: str, way: str, *lines: str) -> str:
    """One message as SIPp's -trace_msg writes it (SIP's CRLFs inside)."""
    heading = "UDP message received [1] bytes :" if way == "in" else "UDP message sent (1 bytes):"
    body = "\r\n".join(lines) + "\r\n\r\n"
    return f"----------------------------------------------- 2026-01-14 {at}\n{heading}\n\n{body}\n"


def invite(at: str, call_id: str, number: str) -> str:
    return traced(
        at,
        "in",
        f"INVITE sip:{number}@127.0.0.1 SIP/2.0",
        "From: <sip:+38612345678@127.0.0.1>;tag=a",
        f"To: <sip:{number}@127.0.0.1>",
        f"Call-ID: {call_id}",
        "CSeq: 1 INVITE",
    )


def response(at: str, call_id: str, status: str, method: str = "INVITE") -> str:
    return traced(at, "out", f"SIP/2.0 {status}", f"Call-ID: {call_id}", f"CSeq: 1 {method}")


def request(at: str, way: str, call_id: str, line: str) -> str:
    return traced(at, way, line, f"Call-ID: {call_id}", f"CSeq: 2 {line.split()[0]}")


def test_the_far_end_trace_is_one_call_per_call_id_in_the_order_they_came() -> None:
    text = "".join(
        [
            invite("12:00:00.000000", "person", ANA),
            invite("12:00:00.500000", "person", ANA),  # a retransmission: still one call
            response("12:00:00.001000", "person", "180 Ringing"),
            response("12:00:00.002000", "person", "200 OK"),
            request("12:00:00.003000", "in", "person", "ACK sip:callee@127.0.0.1 SIP/2.0"),
            request("12:00:04.000000", "in", "person", "BYE sip:callee@127.0.0.1 SIP/2.0"),
            response("12:00:04.001000", "person", "200 OK", "BYE"),
            invite("12:00:01.000000", "busy", BOR),
            response("12:00:01.001000", "busy", "486 Busy Here"),
            invite("12:00:02.000000", "machine", CENE),
            response("12:00:02.001000", "machine", "200 OK"),
            # the machine hangs up: a BYE to a Contact with no user part
            request("12:00:05.000000", "out", "machine", "BYE sip:127.0.0.1:9863 SIP/2.0"),
            invite("12:00:03.000000", "left", ANA),
            response("12:00:03.001000", "left", "200 OK"),
            # a re-INVITE of a call the trace never saw begin: no call of its own
            traced(
                "12:00:06.000000",
                "in",
                f"INVITE sip:{BOR}@127.0.0.1 SIP/2.0",
                f"To: <sip:{BOR}@127.0.0.1>;tag=b",
                "Call-ID: stranger",
                "CSeq: 2 INVITE",
            ),
        ]
    )
    calls = {c.call_id: c for c in read_calls(text)}
    assert list(calls) == ["person", "busy", "machine", "left"]
    person = calls["person"]
    assert person.number == ANA
    assert person.invited_at == pytest.approx(T0)
    assert person.answered_at == pytest.approx(T0 + 0.002)
    assert (person.final_status, person.ended) == (200, True)
    assert person.last_at == pytest.approx(T0 + 4.001)
    busy = calls["busy"]
    assert (busy.final_status, busy.answered_at, busy.ended) == (486, None, True)
    assert calls["machine"].ended and calls["machine"].last_at == pytest.approx(T0 + 5)
    left = calls["left"]
    assert (left.final_status, left.ended) == (200, False)  # nobody hung up


def test_no_trace_no_calls(tmp_path: Path) -> None:
    assert read_trace(tmp_path) == []


# ------------------------------------------------------------------ rules


def call(
    call_id: str,
    number: str,
    at: float,
    *,
    last_s: float = 5.0,
    answered_s: float | None = None,
    status: int | None = None,
) -> FarEndCall:
    """A far-end call ``at`` (UNIX), its latest message ``last_s`` later."""
    answered = None if answered_s is None else at + answered_s
    final = status if status is not None else (200 if answered_s is not None else 486)
    return FarEndCall(call_id, number, at, at + last_s, final, answered, True)


def test_a_call_to_a_listed_number_breaks_the_rule_from_its_listing_on() -> None:
    listings = [
        Listing(ANA, None, T0 + 60),  # every campaign's, a minute in
        Listing(BOR, 7, T0),  # this campaign's
        Listing(CENE, 8, T0),  # another campaign's: not ours to keep
    ]
    calls = [
        call("before", ANA, T0 + 30),
        call("after", "0038631230000", T0 + 90),  # written otherwise: the same number
        call("ours", BOR, T0 + 10),
        call("theirs", CENE, T0 + 10),
    ]
    found = do_not_call_violations(calls, listings, campaign_id=7)
    assert [(v.call_id, v.why.split(" at ")[0]) for v in found] == [
        ("after", "listed for every campaign"),
        ("ours", "listed for this campaign"),
    ]
    assert found[0].as_json()["at"] == "2026-01-14T12:01:30.000+00:00"
    assert do_not_call_violations(calls[:1] + calls[3:], listings, campaign_id=7) == []


def test_a_call_outside_the_window_in_any_of_the_numbers_zones_breaks_the_rule() -> None:
    window = CallingWindow.from_json({"start": "09:00", "end": "17:00", "days": ["wed"]})
    spanish = e164("+34612340000")  # the mainland or the Canaries: an hour apart
    zones = {ANA: time_zones(ANA), spanish: time_zones(spanish)}
    assert zones[spanish] == ("Atlantic/Canary", "Europe/Madrid")
    calls = [
        call("noon", ANA, T0),  # 13:00 in Ljubljana
        call("evening", ANA, T0 + 4.5 * 3600),  # 17:30 there
        call("madrid-late", spanish, T0 + 4.25 * 3600),  # 16:15 Canary, 17:15 Madrid
        call("canary-early", spanish, T0 - 3.5 * 3600),  # 08:30 Canary, 09:30 Madrid
        call("not-ours", CENE, T0 + 10 * 3600),  # not the campaign's number
    ]
    found = window_violations(calls, window, zones)
    assert [v.call_id for v in found] == ["evening", "madrid-late", "canary-early"]
    assert "Europe/Madrid" in found[1].why


def test_a_number_called_while_its_call_goes_on_or_once_reached_is_dialled_twice() -> None:
    calls = [
        call("first", ANA, T0, last_s=10),
        call("overlapping", ANA, T0 + 5),  # the first still going on
        call("retry", BOR, T0, last_s=2),
        call("retry-later", BOR, T0 + 60),  # the first had ended: a retry, fine
        call("reached", CENE, T0, answered_s=1),
        call("again", CENE, T0 + 70),  # the campaign reached her at T0 + 1
    ]
    found = duplicate_dials(calls, {CENE: T0 + 1})
    assert [(v.call_id, v.why.split(" ")[0]) for v in found] == [
        ("overlapping", "while"),
        ("again", "after"),
    ]
    assert duplicate_dials(calls[2:4], {}) == []


def test_a_callback_missing_or_stuck_dialing_is_lost() -> None:
    statuses = {"a": "done", "b": "failed", "c": "cancelled", "d": "scheduled", "e": "dialing"}
    assert callbacks_lost(["a", "b", "c", "d", "e", "gone"], statuses) == ["e", "gone"]
    assert callbacks_lost(["a", "d"], statuses) == []


def interaction(
    number: str, *, placed: float, answered: float | None, agent: int | None, campaign: int = 7
) -> dict[str, object]:
    return {
        "caller_address": number,
        "offered_at": placed,
        "answered_at": answered,
        "ended_at": None if answered is None else answered + 5,
        "agent_id": agent,
        "outcome": "answered" if answered is not None else "busy",
        "data": {"campaign": campaign, "campaign_prospect": 1},
    }


def test_an_answered_call_no_agent_was_connected_to_is_abandoned() -> None:
    rows = [
        interaction(ANA, placed=T0, answered=T0 + 1, agent=3),
        interaction(BOR, placed=T0, answered=T0 + 1, agent=None),  # nobody took it
        interaction(CENE, placed=T0, answered=None, agent=4),
        interaction(ANA, placed=T0 + 100, answered=T0 + 101, agent=3, campaign=8),
    ]
    callback = interaction(BOR, placed=T0 + 50, answered=T0 + 51, agent=3) | {
        "data": {"callback": "cb-1"}
    }
    rows.append(callback)
    ours = of_campaign(rows, 7)
    assert len(ours) == 3
    assert of_callbacks(rows, ["cb-1", "cb-2"]) == [callback]
    calls = [
        call("ana", ANA, T0 + 0.1, answered_s=0.9),
        call("bor", BOR, T0 + 0.1, answered_s=0.9),
        call("cene", CENE, T0 + 0.1),
        call("ana-later", ANA, T0 + 200, answered_s=1),  # no interaction of ours then
    ]
    result = connections(calls, ours)
    assert (result.answered, result.connected) == (3, 1)
    assert result.abandon_pct == pytest.approx(100 * 2 / 3)
    assert reached_at(ours) == {ANA: T0 + 1, BOR: T0 + 1}
    machine = interaction(CENE, placed=T0, answered=T0 + 1, agent=4) | {"disposition_id": 9}
    assert reached_at([machine], machine_dispositions={9}) == {}  # tried again: not reached
    assert reached_at([machine]) == {CENE: T0 + 1}
    assert connections([], ours).abandon_pct == 0.0


def test_occupancy_weighs_each_agent_by_her_working_time() -> None:
    report = {
        "agents": [
            {"occupancy": 0.5, "logged_in_s": 100.0, "break_s": 0.0},
            {"occupancy": 1.0, "logged_in_s": 400.0, "break_s": 100.0},
            {"occupancy": None, "logged_in_s": 0.0, "break_s": 0.0},  # never logged in
        ]
    }
    assert occupancy(report) == pytest.approx((50 + 300) / 400)
    assert occupancy({"agents": []}) is None


def test_the_budget_names_every_figure_over_it() -> None:
    within = {
        "dnc_violations": 0,
        "window_violations": 0,
        "duplicate_dials": 0,
        "callbacks_lost": 0,
        "abandon_pct": 3.0,
    }
    assert over_budget(within) == []
    over = over_budget(within | {"duplicate_dials": 2, "abandon_pct": 3.5})
    assert over == ["duplicate_dials is 2 (at most 0)", "abandon_pct is 3.5 (at most 3)"]
    assert over_budget({}) and len(over_budget({})) == 5  # a figure missing fails too


# --------------------------------------------------------------- the list


def test_numbers_are_valid_distinct_and_in_their_countrys_zones() -> None:
    found = numbers("ES", 30)
    assert len(set(found)) == 30
    assert all(e164(n) == n for n in found)
    assert {time_zones(n) for n in found} == {country("ES").zones}


def test_the_window_takes_in_every_country_but_one_for_the_whole_run() -> None:
    countries = [country(r) for r in ("SI", "GB", "US", "JP", "IN")]
    plan = plan_window(countries, T0, T0 + 900)
    assert len(plan.open) == 4 and plan.closed not in plan.open
    for at in (T0, T0 + 450, T0 + 900):
        assert all(callable_at(plan.window, c.zones, at) for c in plan.open)
        assert not callable_at(plan.window, plan.closed.zones, at)


def test_a_clock_passing_midnight_is_never_inside_the_window() -> None:
    tokyo = Country("JP", ("Asia/Tokyo",))
    start = datetime(2026, 1, 14, 14, 55, tzinfo=UTC).timestamp()  # 23:55 in Tokyo
    plan = plan_window([country("SI"), country("GB"), tokyo], start, start + 600)
    assert tokyo not in plan.open
    with pytest.raises(ValueError, match="no calling window"):
        plan_window([country("SI")], T0, T0 + 600)


def test_the_list_takes_turns_and_lists_a_share_of_it_apart() -> None:
    countries = [country(r) for r in ("SI", "GB", "US")]
    plan = plan_list(countries, prospects=100, callbacks=4, rng=random.Random(3))
    assert len(set(plan.prospects)) == 100
    assert [time_zones(n) for n in plan.prospects[:3]] == [c.zones for c in countries]
    assert (len(plan.do_not_call), len(plan.campaign_do_not_call), len(plan.listed_later)) == (
        5,
        2,
        1,
    )
    listed = {*plan.do_not_call, *plan.campaign_do_not_call, *plan.listed_later}
    assert len(listed) == 8 and listed <= set(plan.prospects)
    assert len(plan.callbacks) == 4 and not set(plan.callbacks) & set(plan.prospects)
    small = plan_list(countries, prospects=10, callbacks=0, rng=random.Random(3))
    assert (len(small.do_not_call), len(small.campaign_do_not_call)) == (1, 1)  # never none


# -------------------------------------------------------------- a real run

FIELDS = (
    "agents",
    "prospects",
    "dialed",
    "connected",
    "abandon_pct",
    "abandon_pct_figures",
    "dnc_violations",
    "window_violations",
    "duplicate_dials",
    "callbacks_lost",
    "agent_occupancy",
    "restart_s",
    "seconds",
)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_small_campaign_keeps_every_rule_across_a_restart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["campaign", "--agents", "3", "--prospects", "20", "--minutes", "0.33", "--json"]
    status = cli.main(argv)
    captured = capsys.readouterr()
    figures = json.loads(captured.out)
    for name in FIELDS:
        assert name in figures, name
    violations = {
        name: figures[name]
        for name in ("dnc_violations", "window_violations", "duplicate_dials", "callbacks_lost")
    }
    assert violations == dict.fromkeys(violations, 0), figures["violations"]
    assert status == 0, captured.err
    assert (figures["agents"], figures["prospects"]) == (3, 20)
    assert figures["dialed"] > 0 and figures["connected"] > 0
    assert figures["far_end"]["closed_country_calls"] == 0
    assert figures["restart_s"] > 0


def test_a_bad_argument_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["campaign", "--agents", "0"]) == 2
    assert "--agents" in capsys.readouterr().err
    assert cli.main(["campaign", "--agents", "2", "--prospects", "5"]) == 2
    assert "--prospects" in capsys.readouterr().err
