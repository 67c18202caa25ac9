"""A trunk's registration as the edge reports it, from uac_reg's records and
the marks the generated configuration keeps (see kamailio_config)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from callnest.server.phone.registrations import (
    Registration,
    RegistrationState,
    parse_regstate,
    registrations_from,
)

USER = "cn0123456789abcdef0123"
LOADED = 1_800_000_000
NOW = LOADED + 1000
ONGOING, ONLINE, INIT = 2, 4, 16


def record(flags: int = INIT) -> dict[str, Any]:
    # As uac.reg_dump gives it (the password among the fields, never read).
    return {
        "l_uuid": USER,
        "l_username": "7",
        "auth_password": "secret",
        "flags": flags,
        "reg_init": LOADED,
    }


def one(flags: int = INIT, **marks: int | str) -> Registration:
    named = {f"{name}::{USER}": value for name, value in marks.items()}
    (registration,) = registrations_from([7], [record(flags)], named, NOW)
    return registration


def at(unix: float) -> datetime:
    return datetime.fromtimestamp(unix, UTC)


def test_registered_since_the_first_success() -> None:
    assert one(INIT | ONLINE, up=NOW - 50) == Registration(
        7, RegistrationState.REGISTERED, at(NOW - 50)
    )


def test_a_refresh_under_way_keeps_the_registration() -> None:
    # uac_reg clears ONLINE while a refresh is under way.
    assert one(INIT | ONGOING, up=NOW - 50, pending=NOW - 1).state is RegistrationState.REGISTERED


def test_a_refusal_fails_with_the_registrars_answer() -> None:
    assert one(INIT | ONGOING, failed=NOW - 5, code=403, reason="Forbidden") == Registration(
        7, RegistrationState.FAILED, at(NOW - 5), "403 Forbidden", at(NOW - 5)
    )


def test_the_last_failure_stays_after_a_success() -> None:
    registration = one(INIT | ONLINE, failed=NOW - 90, code=503, reason="Busy", up=NOW - 60)
    assert registration.state is RegistrationState.REGISTERED
    assert (registration.last_failure, registration.last_failure_at) == ("503 Busy", at(NOW - 90))


def test_no_answer_for_longer_than_a_transaction_lasts_fails() -> None:
    registration = one(INIT | ONGOING, pending=NOW - 40, up=NOW - 900)
    assert registration.state is RegistrationState.FAILED
    assert registration.last_failure == "no answer from the registrar"
    assert registration.since == at(NOW - 40 + 32)


def test_a_request_still_in_time_is_registering() -> None:
    assert one(INIT | ONGOING, pending=NOW - 3) == Registration(
        7, RegistrationState.REGISTERING, at(NOW - 3)
    )


def test_before_any_request_it_is_registering_since_loaded() -> None:
    assert one() == Registration(7, RegistrationState.REGISTERING, at(LOADED))


def test_a_trunk_not_loaded_yet_is_registering() -> None:
    assert registrations_from([8], [record()], {}, NOW) == [
        Registration(8, RegistrationState.REGISTERING, None)
    ]


def test_a_registrars_reason_is_one_short_line() -> None:
    registration = one(failed=NOW, code=488, reason="bad\r\nX-Injected: 1" + "x" * 500)
    assert registration.last_failure is not None
    assert "\n" not in registration.last_failure
    assert len(registration.last_failure) <= 104


def test_the_htable_dump_as_marks() -> None:
    answer = [
        {"entry": 9, "size": 1, "slot": [{"name": f"up::{USER}", "value": 5, "type": "int"}]},
        {
            "entry": 11,
            "size": 2,
            "slot": [
                {"name": f"code::{USER}", "value": 403, "type": "int"},
                {"name": f"reason::{USER}", "value": "Forbidden", "type": "str"},
            ],
        },
    ]
    assert parse_regstate(answer) == {
        f"up::{USER}": 5,
        f"code::{USER}": 403,
        f"reason::{USER}": "Forbidden",
    }
    assert parse_regstate({}) == {}
    assert parse_regstate(None) == {}
