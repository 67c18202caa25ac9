"""Fixtures shared by the media tests."""

from __future__ import annotations

import pytest

from .audio import encode_tone


@pytest.fixture(scope="session")
def tone() -> tuple[bytes, ...]:
    """Three seconds of a 440 Hz tone (150 or so packets)."""
    return encode_tone(3.0)
