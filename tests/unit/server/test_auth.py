from __future__ import annotations

from callnest.server.auth import (
    LoginThrottle,
    hash_password,
    new_token,
    token_hash,
    verify_password,
)


def test_password_hash_verifies_only_the_right_password() -> None:
    hashed = hash_password("correct horse")
    assert hashed.startswith("$argon2id$")
    assert verify_password(hashed, "correct horse")
    assert not verify_password(hashed, "correct horse ")
    assert not verify_password(None, "anything")
    assert not verify_password("not a hash", "anything")


def test_tokens_are_random_and_stored_hashed() -> None:
    a, b = new_token(), new_token()
    assert a != b and len(a) >= 40
    assert token_hash(a) != a and len(token_hash(a)) == 64
    assert token_hash(a) == token_hash(a)


def test_throttle_blocks_an_account_then_forgives_after_the_window() -> None:
    throttle = LoginThrottle(allowed=3, window_s=60)
    for t in range(3):
        assert throttle.retry_after("ann", "10.0.0.1", float(t)) is None
        throttle.failed("ann", "10.0.0.1", float(t))
    wait = throttle.retry_after("Ann", "10.0.0.2", 3.0)  # case and address do not matter
    assert wait == 57.0
    assert throttle.retry_after("bob", "10.0.0.2", 3.0) is None
    assert throttle.retry_after("ann", "10.0.0.1", 61.0) is None


def test_throttle_limits_one_address_trying_many_accounts() -> None:
    throttle = LoginThrottle(allowed=2, window_s=60)
    for i in range(8):
        throttle.failed(f"user{i}", "10.0.0.9", 0.0)
    assert throttle.retry_after("someone-new", "10.0.0.9", 1.0) is not None
    assert throttle.retry_after("someone-new", "10.0.0.8", 1.0) is None


def test_success_clears_the_account_failures() -> None:
    throttle = LoginThrottle(allowed=2, window_s=60)
    throttle.failed("ann", "a", 0.0)
    throttle.succeeded("ann")
    throttle.failed("ann", "a", 1.0)
    assert throttle.retry_after("ann", "b", 2.0) is None
