"""The error catalogue: one enum holds every code the server sends, its wire
values never change, an error carrying a code outside it does not parse, and
a refusal's details read as the fields they name.

That the server sends no code outside the catalogue is mypy's to check: every
place it refuses something takes an ErrorCode (tests/unit/workspace/
test_error_codes_typed.py shows a bare string refused there)."""

import json

import pytest
from pydantic import ValidationError

from callnest.protocol import ErrorCode, ErrorReply, ProtocolError, field_problems, parse_server
from callnest.protocol.rest import ErrorBody, ErrorResponse

# Clients (the desktop, the caller's and customer's pages, scripts) match on
# these: a value that changes breaks them, so it is spelled out here.
WIRE_VALUES = {
    "already_rated",
    "agent_busy",
    "agent_unavailable",
    "bad_credentials",
    "bad_transfer",
    "chat_ended",
    "chat_offline",
    "closed",
    "conflict",
    "duplicate_contact",
    "forbidden",
    "http_error",
    "invalid_choice",
    "invalid_csv",
    "invalid_frame",
    "invalid_message",
    "invalid_request",
    "invalid_sdp",
    "malformed_json",
    "method_not_allowed",
    "monitored",
    "no_link",
    "not_a_call",
    "not_a_chat",
    "not_an_agent",
    "not_connected",
    "not_found",
    "not_in_call",
    "not_in_wrap_up",
    "not_over",
    "not_supported",
    "offer_gone",
    "queue_busy",
    "storage_full",
    "timeout",
    "too_fast",
    "too_large",
    "too_many_attempts",
    "too_many_calls",
    "too_many_chats",
    "too_many_contacts",
    "unauthenticated",
    "unexpected",
    "unknown_agent",
    "unknown_contact",
    "unknown_queue",
    "unknown_reason",
    "unknown_type",
    "unsupported_media_type",
    "unsupported_version",
}


def test_the_catalogue_keeps_every_wire_value() -> None:
    assert {code.value for code in ErrorCode} == WIRE_VALUES


def test_every_code_is_a_short_lower_case_word() -> None:
    # What clients could count on before the codes were an enum.
    for code in ErrorCode:
        assert code.value.replace("_", "").isalpha() and code.value.islower(), code
        assert len(code.value) <= 64, code
        assert code.name == code.value.upper(), code


def test_an_error_reply_parses_only_with_a_code_from_the_catalogue() -> None:
    known = json.dumps({"v": 1, "type": "error", "ref": "d1", "code": "offer_gone", "message": "m"})
    reply = parse_server(known)
    assert isinstance(reply, ErrorReply) and reply.code is ErrorCode.OFFER_GONE
    unknown = known.replace("offer_gone", "went_away")
    with pytest.raises(ProtocolError) as refused:
        parse_server(unknown)
    assert refused.value.details is not None
    assert [d["field"] for d in refused.value.details] == ["code"]


def test_a_rest_error_body_names_a_code_from_the_catalogue() -> None:
    body = ErrorResponse(error=ErrorBody(code=ErrorCode.CONFLICT, message="taken"))
    assert body.model_dump(mode="json") == {
        "error": {"code": "conflict", "message": "taken", "details": None}
    }
    with pytest.raises(ValidationError, match=r"error\.code"):
        ErrorResponse.model_validate({"error": {"code": "oops", "message": "m"}})


def test_details_read_as_the_fields_they_name_or_as_none() -> None:
    named = [{"field": "ivr_menu.1.key", "problem": "String should match pattern"}]
    assert field_problems(named) == ({"field": "ivr_menu.1.key", "problem": named[0]["problem"]},)
    # A CSV import's refusal names lines; a 429's details are the seconds to wait.
    assert field_problems([{"line": 3, "problem": "no name"}]) == ()
    assert field_problems(30) == ()
    assert field_problems(None) == ()
