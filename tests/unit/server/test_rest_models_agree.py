"""The REST models the protocol shares agree with what the server runs: a
queue's strategies are the router's, a user's roles the server's, and a
queue the router could not run is refused when it is sent, naming the field."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from callnest.protocol import Role
from callnest.protocol.rest import QueueStrategy
from callnest.server import auth
from callnest.server.acd import Strategy
from callnest.server.api.admin import QueueIn


def test_a_queue_names_only_strategies_the_router_runs() -> None:
    assert {s.value for s in QueueStrategy} == {s.value for s in Strategy}


def test_a_user_has_only_roles_the_server_knows() -> None:
    assert {r.value for r in Role} == {r.value for r in auth.Role}


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("overflow_target", "queue:sales", "expected queue:<id>"),
        ("after_hours_action", "elsewhere", "expected queue:<id>, voicemail, callback or reject"),
        ("business_hours", {"timezone": "Mars/Base"}, "unknown time zone 'Mars/Base'"),
    ],
)
def test_a_queue_the_router_cannot_run_is_refused_naming_the_field(
    field: str, value: object, problem: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        QueueIn.model_validate({"name": "sales", "display_name": "Sales", field: value})
    [error] = refused.value.errors(include_url=False)
    assert error["loc"] == (field,) and problem in error["msg"]
