from __future__ import annotations

from callnest.server.api.public import RateLimiter


def test_sliding_minute_per_key() -> None:
    limiter = RateLimiter(per_minute=2)
    assert limiter.retry_after("a", 0.0) is None
    assert limiter.retry_after("a", 10.0) is None
    assert limiter.retry_after("a", 20.0) == 40.0
    assert limiter.retry_after("b", 20.0) is None
    assert limiter.retry_after("a", 60.5) is None


def test_zero_means_unlimited() -> None:
    limiter = RateLimiter(per_minute=0)
    assert all(limiter.retry_after("a", float(t)) is None for t in range(1000))
