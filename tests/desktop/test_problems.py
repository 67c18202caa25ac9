"""The server's refusals in words: a sentence per code, the fields or lines
the details name, the network's failures, and English keeping the server's
own (more specific) message."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from callnest import protocol as p
from callnest.desktop.engine.session import RestError
from callnest.desktop.i18n import translations
from callnest.desktop.problems import describe, sentences


@pytest.fixture
def not_english() -> Iterator[None]:
    """A language with no catalogue (German): the code's sentence shows, in
    its English source, not the server's message."""
    translations.use("de")
    try:
        yield
    finally:
        translations.use("en")


def test_every_code_has_a_sentence() -> None:
    words = sentences()
    for code in p.ErrorCode:
        assert words.get(code), code
        assert words[code] not in (code.value, code.name)
        assert words[code].endswith("."), code


def test_english_keeps_the_servers_message() -> None:
    refused = RestError(409, "conflict", "the name “Sales” is taken")
    assert describe(refused) == "the name “Sales” is taken"
    reply = p.ErrorReply(ref="r1", code=p.ErrorCode.NOT_FOUND, message="no queue 7")
    assert describe(reply) == "no queue 7"
    assert describe(None) == ""


def test_other_languages_get_the_codes_sentence(not_english: None) -> None:
    refused = RestError(409, "conflict", "the name “Sales” is taken")
    assert describe(refused) == sentences()[p.ErrorCode.CONFLICT]
    assert "Sales" not in describe(refused)
    reply = p.ErrorReply(ref="r1", code=p.ErrorCode.NOT_FOUND, message="no queue 7")
    assert describe(reply) == (
        "It is no longer there: someone may have deleted it. Refresh and try again."
    )
    full = RestError(507, "storage_full", "disk full")
    assert describe(full) == (
        "The server's disk is full: nothing was saved. Tell your administrator."
    )
    assert "newer_code" in describe(RestError(400, "newer_code", "something new"))


def test_the_fields_and_lines_the_details_name(not_english: None) -> None:
    details = [
        {"field": "name", "problem": "String should have at most 200 characters"},
        {"field": "retry.spacing_min.busy", "problem": "too long"},
    ]
    refused = RestError(422, "invalid_request", "name: too long", details)
    assert describe(refused) == "Check these fields: name, retry.spacing_min.busy"
    reply = p.ErrorReply(
        code=p.ErrorCode.INVALID_REQUEST,
        message="bad",
        details=(p.ErrorDetail(field="queue_id", problem="missing"),),
    )
    assert describe(reply) == "Check these fields: queue_id"
    bare = RestError(400, "invalid_request", "bad")
    assert describe(bare) == sentences()[p.ErrorCode.INVALID_REQUEST]

    lines = [{"line": 7, "problem": "no name"}, {"line": 3, "problem": "bad phone"}]
    csv = RestError(422, "invalid_csv", "nothing was imported: ...", lines)
    assert describe(csv) == "Nothing was imported: the file has problems on 2 line(s): 3, 7."
    many = [{"line": n, "problem": "x"} for n in range(1, 13)]
    assert describe(RestError(422, "invalid_csv", "...", many)).endswith(
        ": 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 …."
    )


def test_the_network_in_words() -> None:
    transport = httpx.ConnectError("[Errno 111] Connection refused")
    assert describe(transport) == "Could not reach the server: [Errno 111] Connection refused"
    assert describe(ConnectionRefusedError("refused")) == "Could not reach the server: refused"
    assert describe(TimeoutError()) == sentences()[p.ErrorCode.TIMEOUT]
    assert describe(ValueError("something else")) == "something else"


def test_unreachable_names_the_cause_in_other_languages(not_english: None) -> None:
    cause = httpx.ConnectError("no route to host")
    refused = RestError(0, "unreachable", f"The server could not be reached: {cause}")
    refused.__cause__ = cause  # as the session raises it: ``from`` the transport's error
    assert describe(refused) == "Could not reach the server: no route to host"
    assert describe(RestError(0, "not_logged_in", "Not logged in.")) == (
        "You are not logged in: log in again."
    )
