"""Log messages stay on their line whatever a client sent."""

from __future__ import annotations

import logging

from callnest.server.log_lines import OneLine, one_line


def test_control_characters_are_escaped_and_the_rest_kept() -> None:
    assert one_line("a\nb\rc\td\x1b[31m\u2028é") == "a\\nb\\rc\\td\\x1b[31m\\u2028é"
    assert one_line("plain — text") == "plain — text"


def test_the_filter_escapes_the_formatted_message() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "GET %s", ("/a\nforged",), None)
    assert OneLine().filter(record)
    assert record.getMessage() == "GET /a\\nforged"
