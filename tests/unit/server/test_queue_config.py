from __future__ import annotations

import pytest

from callnest.server.acd import OverflowKind, Strategy
from callnest.server.center import queue_config

ROW = {
    "id": 7,
    "name": "billing",
    "strategy": "skills-based",
    "priority": 2,
    "ring_timeout_s": 15.0,
    "wrap_up_s": 10.0,
    "max_wait_s": 120.0,
    "overflow_target": "queue:3",
    "service_level_s": 30.0,
    "autopause_misses": 2,
    "skill_steps": [{"after_s": 0, "min_level": 8}, {"after_s": 30, "min_level": 4}],
    "business_hours": {"timezone": "Europe/Paris", "weekly": {"mon": [["09:00", "17:00"]]}},
    "after_hours_action": "voicemail",
}


def test_stored_queue_becomes_acd_config() -> None:
    config = queue_config(ROW, {1: 5})
    assert config.strategy is Strategy.SKILLS_BASED
    assert config.overflow is not None and config.overflow.queue_id == 3
    assert config.after_hours.kind is OverflowKind.VOICEMAIL
    assert config.min_level_after(10) == 8 and config.min_level_after(31) == 4
    assert config.skills == {1: 5}
    assert config.hours is not None and config.hours.timezone == "Europe/Paris"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("overflow_target", "queue:x", "overflow target"),
        ("after_hours_action", "elsewhere", "overflow target"),
        ("business_hours", {"timezone": "Nowhere/Land"}, "time zone"),
        ("business_hours", {"weekly": {"funday": []}}, "unknown day"),
    ],
)
def test_bad_settings_are_refused_with_the_reason(field: str, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        queue_config(ROW | {field: value}, {})


def test_service_targets_and_the_specialists_queue_reach_the_router() -> None:
    config = queue_config(
        ROW
        | {
            "first_response_target_s": 3600.0,
            "resolution_target_s": 86400.0,
            "escalate_to_queue_id": 9,
        },
        {},
    )
    assert (config.first_response_target_s, config.resolution_target_s) == (3600.0, 86400.0)
    assert config.escalate_to == 9
    # A row from before targets existed: none, and nowhere to escalate to.
    plain = queue_config(ROW, {})
    assert (plain.first_response_target_s, plain.resolution_target_s, plain.escalate_to) == (
        None,
        None,
        None,
    )
