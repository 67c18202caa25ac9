from __future__ import annotations

import math

from callnest.server.auth import (
    PASSWORD_ALPHABET,
    PASSWORD_LENGTH,
    LoginThrottle,
    hash_password,
    new_password,
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


def test_throttle_locks_an_account_from_one_address_then_forgives_after_the_window() -> None:
    throttle = LoginThrottle(allowed=3, window_s=60)
    for t in range(3):
        assert throttle.attempt("ann", "10.0.0.1", float(t)) is None  # each a failure
    assert throttle.attempt("Ann", "10.0.0.1", 3.0) == 57.0  # case does not matter
    # Not from another address: nobody keeps the owner out by guessing wrong.
    assert throttle.attempt("ann", "10.0.0.2", 3.0) is None
    assert throttle.retry_after("bob", "10.0.0.1", 3.0) is None
    assert throttle.retry_after("ann", "10.0.0.1", 61.0) is None


def test_throttle_limits_one_address_trying_many_accounts() -> None:
    throttle = LoginThrottle(allowed=2, window_s=60)
    for i in range(8):
        assert throttle.attempt(f"user{i}", "10.0.0.9", 0.0) is None
    assert throttle.retry_after("someone-new", "10.0.0.9", 1.0) is not None
    assert throttle.retry_after("someone-new", "10.0.0.8", 1.0) is None


def test_many_addresses_guessing_one_account_are_slowed_not_locked_out() -> None:
    throttle = LoginThrottle(allowed=2, window_s=60)  # 20 in the window, then one each 3 s
    for i in range(20):
        assert throttle.attempt("owner", f"10.0.1.{i}", 0.0) is None
    assert throttle.attempt("owner", "10.0.2.1", 1.0) == 2.0
    assert throttle.attempt("owner", "10.0.2.1", 3.0) is None
    assert throttle.attempt("owner", "10.0.2.2", 4.0) == 2.0


def test_a_burst_is_counted_before_any_password_is_checked() -> None:
    throttle = LoginThrottle(allowed=5, window_s=60)
    # Twenty attempts at once, none of them answered yet.
    let_through = [throttle.attempt("ann", "10.0.0.1", 0.0) is None for _ in range(20)]
    assert sum(let_through) == 5


def test_success_takes_the_attempt_back_and_forgives_the_address() -> None:
    throttle = LoginThrottle(allowed=2, window_s=60)
    assert throttle.attempt("ann", "a", 0.0) is None  # wrong
    assert throttle.attempt("ann", "a", 1.0) is None  # right:
    throttle.succeeded("ann", "a", 1.0)
    assert throttle.attempt("ann", "a", 2.0) is None
    assert throttle.attempt("ann", "a", 3.0) is None


def test_made_up_passwords_read_unambiguously_and_carry_80_bits() -> None:
    # Nothing a reader can mistake for something else, nothing a typist takes
    # for a separator.
    assert not set("Il1O0o-_ ") & set(PASSWORD_ALPHABET)
    assert len(set(PASSWORD_ALPHABET)) == len(PASSWORD_ALPHABET) == 32
    assert PASSWORD_LENGTH * math.log2(len(PASSWORD_ALPHABET)) >= 80
    made = [new_password() for _ in range(200)]
    assert all(len(p) == PASSWORD_LENGTH and set(p) <= set(PASSWORD_ALPHABET) for p in made)
    assert len(set(made)) == len(made)
    # Drawn from the whole alphabet, not a corner of it (3,200 draws: each of
    # the 32 symbols is missed with odds of about e^-100).
    assert set("".join(made)) == set(PASSWORD_ALPHABET)
