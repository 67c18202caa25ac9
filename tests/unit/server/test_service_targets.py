"""The service-targets report, folded from the log: each item closed in the
range counts in every tier it passed through, timed from its entry into that
tier, against the targets of the queue the tier began in; calls that are not
items, and items closed outside the range, do not count."""

from __future__ import annotations

from typing import Any

import pytest

from callnest.server.acd import Channel, Outcome
from callnest.server.acd.events import (
    Answered,
    Closed,
    Dialled,
    Entered,
    Escalated,
    Event,
    FirstResponse,
)
from callnest.server.service_targets import Targets, build_service_targets, p90

SUPPORT, SPECIALISTS = 1, 2
TARGETS = {
    SUPPORT: Targets("Support", first_response_s=60.0, resolution_s=600.0),
    SPECIALISTS: Targets("Specialists", first_response_s=50.0),
}


def rows(*events: Event) -> list[dict[str, Any]]:
    return [e.as_row() for e in events]


LOG = rows(
    # A task answered in 30 s, closed after 100 s: both within.
    Entered(0.0, "task", SUPPORT, channel=Channel.TASK),
    Answered(30.0, "task", SUPPORT, 7),
    Closed(100.0, "task", SUPPORT, 7, outcome=Outcome.ANSWERED),
    # An e-mail nobody took in 60 s: to the specialists, who replied 20 s later.
    Entered(0.0, "mail", SUPPORT, channel=Channel.EMAIL),
    Escalated(60.0, "mail", SUPPORT, tier=2, reason="first_response", to_queue_id=SPECIALISTS),
    Entered(60.0, "mail", SPECIALISTS, channel=Channel.EMAIL, waited_s=60.0),
    Answered(70.0, "mail", SPECIALISTS, 8),  # opened: not a response yet
    FirstResponse(80.0, "mail", SPECIALISTS, 8),
    Closed(200.0, "mail", SPECIALISTS, 8, outcome=Outcome.ANSWERED),
    # A callback, due at 10, the customer reached at 40.
    Entered(10.0, "cb", SUPPORT, channel=Channel.VOICE, purpose="callback"),
    Dialled(35.0, "cb", SUPPORT, 7, purpose="callback"),
    Answered(40.0, "cb", SUPPORT, 7, outbound=True),
    Closed(70.0, "cb", SUPPORT, 7, outcome=Outcome.ANSWERED),
    # A caller: no item.
    Entered(0.0, "call", SUPPORT, channel=Channel.VOICE),
    Answered(5.0, "call", SUPPORT, 9),
    Closed(50.0, "call", SUPPORT, 9, outcome=Outcome.ANSWERED),
    # A task answered at once but still open past its resolution target: the
    # supervisors owned it from 600 on, where it was.
    Entered(0.0, "long", SUPPORT, channel=Channel.TASK),
    Answered(1.0, "long", SUPPORT, 7),
    Escalated(600.0, "long", SUPPORT, 7, tier=3, reason="resolution"),
    Closed(700.0, "long", SUPPORT, 7, outcome=Outcome.ANSWERED),
    # Closed after the range.
    Entered(0.0, "late", SUPPORT, channel=Channel.TASK),
    Closed(5000.0, "late", SUPPORT, outcome=Outcome.ANSWERED),
)


def by_tier(report: dict[str, Any]) -> dict[tuple[int, int], dict[str, Any]]:
    return {(row["queue_id"], row["tier"]): row for row in report["rows"]}


def test_each_tier_is_timed_from_its_entry_against_its_queues_targets() -> None:
    report = build_service_targets(LOG, 0.0, 1000.0, TARGETS)
    rows = by_tier(report)
    assert sorted(rows) == [(SUPPORT, 1), (SUPPORT, 3), (SPECIALISTS, 2)]
    first = rows[(SUPPORT, 1)]
    assert first["name"] == "Support"
    # task, mail, cb, long: four items at the first line.
    assert first["items"] == 4
    # Responded in the tier: task 30, cb 30 (from its entry at 10), long 1; the
    # e-mail had none there.
    assert first["responded"] == 3
    assert first["first_response_mean_s"] == pytest.approx((30 + 30 + 1) / 3)
    assert first["first_response_p90_s"] == 30.0
    assert first["first_response_within_pct"] == pytest.approx(75.0)  # 3 of 4
    # Closed in the tier: task (100) and cb (60); the e-mail and "long" moved up.
    assert (first["resolved"], first["resolution_mean_s"]) == (2, 80.0)
    assert first["resolution_within_pct"] == pytest.approx(50.0)
    assert (first["first_response_target_s"], first["resolution_target_s"]) == (60.0, 600.0)

    specialists = rows[(SPECIALISTS, 2)]
    assert (specialists["items"], specialists["responded"]) == (1, 1)
    assert specialists["first_response_mean_s"] == 20.0  # from its arrival there
    assert specialists["first_response_within_pct"] == 100.0
    assert (specialists["resolved"], specialists["resolution_mean_s"]) == (1, 140.0)
    assert specialists["resolution_within_pct"] is None  # no resolution target

    supervisors = rows[(SUPPORT, 3)]
    # It had its first response before: nothing awaited it there.
    assert (supervisors["items"], supervisors["responded"]) == (1, 0)
    assert supervisors["first_response_within_pct"] is None
    assert (supervisors["resolved"], supervisors["resolution_mean_s"]) == (1, 100.0)
    assert supervisors["resolution_within_pct"] == 100.0
    assert set(report["definitions"]) >= {"first_response", "resolution", "tier"}


def test_only_items_closed_in_the_range_count() -> None:
    rows = by_tier(build_service_targets(LOG, 150.0, 6000.0, TARGETS))
    # The e-mail (200), "long" (700) and "late" (5000).
    assert rows[(SUPPORT, 1)]["items"] == 3
    assert rows[(SPECIALISTS, 2)]["items"] == 1
    # "late" was never answered: counted as awaiting its response, not within.
    assert rows[(SUPPORT, 1)]["first_response_within_pct"] == pytest.approx(100 / 3)
    assert build_service_targets(LOG, 2000.0, 3000.0, TARGETS)["rows"] == []


def test_a_queue_gone_since_is_named_by_its_id_and_has_no_targets() -> None:
    rows = by_tier(build_service_targets(LOG, 0.0, 1000.0, {}))
    assert rows[(SUPPORT, 1)]["name"] == "queue 1"
    assert rows[(SUPPORT, 1)]["first_response_within_pct"] is None


def test_the_90th_percentile_is_the_nearest_rank() -> None:
    assert p90([]) is None
    assert p90([5.0]) == 5.0
    assert p90([float(n) for n in range(1, 11)]) == 9.0
    assert p90([float(n) for n in range(1, 12)]) == 10.0
