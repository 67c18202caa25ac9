"""The server's command line: an RTP port range in words, refused in words."""

from __future__ import annotations

import pytest

from callnest.server.cli import port_range


def test_a_port_range_is_two_ports_in_order() -> None:
    assert port_range("30000-39999") == (30000, 39999)


@pytest.mark.parametrize(
    "text", ["39999-30000", "80-90", "30000", "²-³", "3\u0660000-40000", "a-b"]
)
def test_anything_else_is_refused_in_words(text: str) -> None:
    with pytest.raises(SystemExit, match="is not a range like 30000-39999"):
        port_range(text)
