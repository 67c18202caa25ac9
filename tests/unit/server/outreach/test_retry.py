"""Retries: when the next attempt is due after each outcome, and the policy's JSON form."""

from __future__ import annotations

import re

import pytest

from callnest.server.outreach import AttemptOutcome, RetryPolicy

NOW = 1_780_000_000.0


@pytest.mark.parametrize(
    ("outcome", "wait"),
    [
        (AttemptOutcome.BUSY, 600.0),
        (AttemptOutcome.NO_ANSWER, 3600.0),
        (AttemptOutcome.MACHINE, 7200.0),
        (AttemptOutcome.FAILED, 1800.0),
        (AttemptOutcome.INTERRUPTED, 300.0),
    ],
)
def test_default_waits(outcome: AttemptOutcome, wait: float) -> None:
    policy = RetryPolicy()
    assert policy.next_attempt(outcome, 1, NOW) == NOW + wait
    assert policy.next_attempt(outcome, 2, NOW) == NOW + wait
    assert policy.next_attempt(outcome, 3, NOW) is None  # the third was the last


def test_an_answered_call_is_finished() -> None:
    assert RetryPolicy().next_attempt(AttemptOutcome.ANSWERED, 1, NOW) is None
    assert RetryPolicy(max_attempts=20).next_attempt(AttemptOutcome.ANSWERED, 1, NOW) is None


def test_an_outcome_without_a_wait_is_not_retried() -> None:
    policy = RetryPolicy(max_attempts=5, spacing_s={AttemptOutcome.BUSY: 120.0})
    assert policy.next_attempt(AttemptOutcome.BUSY, 4, NOW) == NOW + 120
    assert policy.next_attempt(AttemptOutcome.BUSY, 5, NOW) is None
    assert policy.next_attempt(AttemptOutcome.MACHINE, 1, NOW) is None


def test_the_policy_keeps_its_own_copy_of_the_waits() -> None:
    waits = {AttemptOutcome.BUSY: 120.0}
    policy = RetryPolicy(spacing_s=waits)
    waits[AttemptOutcome.BUSY] = 86400.0
    waits[AttemptOutcome.FAILED] = 600.0
    assert dict(policy.spacing_s) == {AttemptOutcome.BUSY: 120.0}
    assert policy == RetryPolicy(spacing_s={AttemptOutcome.BUSY: 120.0})


def test_json_round_trip() -> None:
    assert RetryPolicy().to_json() == {
        "max_attempts": 3,
        "spacing_min": {
            "busy": 10,
            "no_answer": 60,
            "machine": 120,
            "failed": 30,
            "interrupted": 5,
        },
    }
    value = {"max_attempts": 7, "spacing_min": {"busy": 2.5, "no_answer": 1440}}
    policy = RetryPolicy.from_json(value)
    assert policy.max_attempts == 7
    assert dict(policy.spacing_s) == {AttemptOutcome.BUSY: 150.0, AttemptOutcome.NO_ANSWER: 86400.0}
    assert policy.to_json() == value
    assert RetryPolicy.from_json(RetryPolicy().to_json()) == RetryPolicy()


def test_json_parts_left_out_take_their_defaults() -> None:
    assert RetryPolicy.from_json({}) == RetryPolicy()
    assert RetryPolicy.from_json({"max_attempts": 5}) == RetryPolicy(max_attempts=5)
    # An empty spacing retries nothing.
    never = RetryPolicy.from_json({"spacing_min": {}})
    assert never.next_attempt(AttemptOutcome.BUSY, 1, NOW) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("3", "retry policy must be an object with max_attempts and spacing_min"),
        ({"attempts": 3}, "retry: unknown setting 'attempts'"),
        ({"max_attempts": 0}, "max_attempts must be a whole number from 1 to 20, not 0"),
        ({"max_attempts": 21}, "max_attempts must be a whole number from 1 to 20, not 21"),
        ({"max_attempts": 2.5}, "max_attempts must be a whole number from 1 to 20, not 2.5"),
        ({"max_attempts": True}, "max_attempts must be a whole number from 1 to 20, not True"),
        ({"spacing_min": [10]}, 'spacing_min must be an object such as {"busy": 10}'),
        ({"spacing_min": {"answered": 10}}, "'answered' is not an outcome to retry (use busy,"),
        ({"spacing_min": {"engaged": 10}}, "'engaged' is not an outcome to retry"),
        ({"spacing_min": {"busy": "10"}}, "the wait after busy must be minutes, not '10'"),
        (
            {"spacing_min": {"busy": 0.5}},
            "wait after busy must be from 1 minute to 7 days, not 0.5",
        ),
        ({"spacing_min": {"machine": 10081}}, "wait after machine must be from 1 minute to 7 days"),
        ({"spacing_min": {"failed": float("nan")}}, "wait after failed must be from 1 minute"),
    ],
)
def test_from_json_says_what_is_wrong(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        RetryPolicy.from_json(value)


def test_the_constructor_keeps_the_same_rules() -> None:
    with pytest.raises(ValueError, match="'answered' is not an outcome to retry"):
        RetryPolicy(spacing_s={AttemptOutcome.ANSWERED: 600.0})
    with pytest.raises(ValueError, match="max_attempts must be a whole number"):
        RetryPolicy(max_attempts=0)
    edges = RetryPolicy(spacing_s={AttemptOutcome.BUSY: 60.0, AttemptOutcome.FAILED: 7 * 86400.0})
    assert edges.next_attempt(AttemptOutcome.BUSY, 1, NOW) == NOW + 60
    assert edges.next_attempt(AttemptOutcome.FAILED, 1, NOW) == NOW + 7 * 86400
