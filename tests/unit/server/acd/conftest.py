from __future__ import annotations

import pytest

from .harness import AcdHarness


@pytest.fixture
def harness() -> AcdHarness:
    return AcdHarness()
