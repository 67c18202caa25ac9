"""The REST API's shared models: a request refuses a bad value naming its
field in plain words, sends only what it was given, and an answer reads the
JSON the server sends and writes it back unchanged."""

from typing import Any

import pytest
from pydantic import ValidationError

from callnest.protocol import Role
from callnest.protocol.rest import (
    BreakReasonFields,
    Customer,
    CustomerFields,
    NewUserFields,
    PasswordReset,
    Queue,
    QueueFields,
    QueueStrategy,
    ReportQuery,
    ReportSettings,
    TeamFields,
    User,
    UserFields,
)


def problems(model: type[Any], **fields: Any) -> list[tuple[str, str]]:
    """The (field, problem) pairs of what ``model`` refuses in ``fields``."""
    with pytest.raises(ValidationError) as refused:
        model(**fields)
    return [
        (".".join(str(part) for part in error["loc"]), error["msg"])
        for error in refused.value.errors(include_url=False)
    ]


QUEUE = {"name": "sales", "display_name": "Sales"}
USER = {"username": "ada.lovelace", "display_name": "Ada Lovelace"}


def test_a_bad_value_is_refused_naming_its_field() -> None:
    assert problems(QueueFields, **QUEUE | {"name": "Sales & Billing"}) == [
        ("name", "String should match pattern '^[a-z0-9][a-z0-9-]{0,62}$'")
    ]
    assert problems(QueueFields, **QUEUE | {"ring_timeout_s": 0}) == [
        ("ring_timeout_s", "Input should be greater than or equal to 1")
    ]
    assert problems(QueueFields, **QUEUE | {"skill_steps": []}) == [
        ("skill_steps", "List should have at least 1 item after validation, not 0")
    ]
    assert problems(QueueFields, **QUEUE | {"first_response_target_s": 0}) == [
        ("first_response_target_s", "Input should be greater than 0")
    ]
    assert problems(QueueFields, **QUEUE | {"escalate_to_queue_id": 0}) == [
        ("escalate_to_queue_id", "Input should be greater than or equal to 1")
    ]
    assert problems(UserFields, **USER | {"voice_capacity": 2}) == [
        ("voice_capacity", "Input should be less than or equal to 1")
    ]
    assert problems(UserFields, **USER | {"role": "boss"}) == [
        ("role", "Input should be 'owner', 'supervisor' or 'agent'")
    ]
    assert problems(NewUserFields, **USER | {"password": "short"}) == [
        ("password", "String should have at least 8 characters")
    ]
    assert problems(ReportSettings, short_abandon_s=121) == [
        ("short_abandon_s", "Input should be less than or equal to 120")
    ]


def test_each_problem_is_named_down_to_the_item() -> None:
    menu = [
        {"key": "1", "label": "Sales", "queue": "sales"},
        {"key": "x", "label": "Billing", "queue": "billing"},
    ]
    assert problems(QueueFields, **QUEUE | {"ivr_menu": menu}) == [
        ("ivr_menu.1.key", "String should match pattern '^[0-9*#]$'")
    ]
    twice = [menu[0], menu[0]]
    assert problems(QueueFields, **QUEUE | {"ivr_menu": twice}) == [
        ("ivr_menu", "Value error, each menu key may be used once")
    ]
    phones = {"phones": ["0" * 41]}
    assert problems(CustomerFields, name="Zoe", **phones) == [
        ("phones.0", "String should have at most 40 characters")
    ]


def test_an_unknown_field_is_an_error_not_ignored() -> None:
    assert problems(TeamFields, name="Day", colour="blue") == [
        ("colour", "Extra inputs are not permitted")
    ]


def test_names_lose_the_spaces_around_them_and_cannot_be_blank() -> None:
    assert TeamFields(name="  Night shift ").name == "Night shift"
    assert problems(TeamFields, name="   ") == [("name", "String should have at least 1 character")]


def test_a_request_is_frozen_and_sends_only_what_it_was_given() -> None:
    change = BreakReasonFields(name="Lunch", paid=True)
    with pytest.raises(ValidationError, match="frozen"):
        change.paid = False  # type: ignore[misc]
    # A change leaves the fields it does not name as the server has them.
    assert change.model_dump(mode="json", exclude_unset=True) == {"name": "Lunch", "paid": True}
    queue = QueueFields(name="sales", display_name="Sales", skills={3: 7})
    assert queue.model_dump(mode="json", exclude_unset=True) == {
        "name": "sales",
        "display_name": "Sales",
        "skills": {"3": 7},  # JSON keys are text; ids come back as ints
    }
    assert queue.strategy is QueueStrategy.LONGEST_IDLE  # the server's default
    assert QueueFields.model_validate(QUEUE | {"skills": {"3": 7}}).skills == {3: 7}


def test_a_query_asks_only_what_it_names() -> None:
    query = ReportQuery(since=0, until=86400, interval_s=3600, queue_id=4)
    assert query.model_dump(mode="json", exclude_none=True) == {
        "since": 0.0,
        "until": 86400.0,
        "interval_s": 3600,
        "queue_id": 4,
    }


QUEUE_ANSWER: dict[str, Any] = {
    "id": 4,
    "name": "sales",
    "display_name": "Sales",
    "strategy": "skills-based",
    "priority": 2,
    "ring_timeout_s": 20.0,
    "wrap_up_s": 30.0,
    "max_wait_s": None,
    "overflow_target": "voicemail",
    "service_level_s": 20.0,
    "autopause_misses": 3,
    "skill_steps": [{"after_s": 0.0, "min_level": 5}, {"after_s": 60.0, "min_level": 1}],
    "business_hours": {"timezone": "Europe/Paris", "weekly": {"mon": [["09:00", "17:00"]]}},
    "after_hours_action": "reject",
    "script_id": None,
    "created_at": 1_700_000_000.0,
    "hold_music": "default",
    "announce_every_s": 30.0,
    "ivr_menu": [{"key": "1", "label": "Sales", "queue": "sales"}],
    "canned_responses": [{"title": "Hello", "text": "How can I help?"}],
    "calls_while_chatting": False,
    "outbound_caller_id": "+38612345678",
    "recording_notice": False,
    "language": "en",
    "caller_languages": [],
    "callbacks_offered": True,
    "callback_preview_s": 10.0,
    "callback_priority": 1,
    "first_response_target_s": 3600.0,
    "resolution_target_s": None,
    "escalate_to_queue_id": 5,
    "skills": {"3": 7},
}


def test_an_answer_reads_and_writes_back_the_servers_json() -> None:
    queue = Queue.model_validate(QUEUE_ANSWER)
    assert queue.skills == {3: 7} and queue.strategy is QueueStrategy.SKILLS_BASED
    assert queue.model_dump(mode="json") == QUEUE_ANSWER
    customer = {
        "id": 1,
        "name": "Zoe",
        "phones": ["+44 20 7946 0001"],
        "emails": [],
        "notes": "",
        "custom_fields": {"plan": "gold"},
        "created_at": 1.0,
        "updated_at": 2.0,
    }
    assert Customer.model_validate(customer).model_dump(mode="json") == customer


def test_a_password_is_in_an_answer_only_when_the_server_made_it_up() -> None:
    user = {
        "id": 5,
        "username": "ada",
        "display_name": "Ada",
        "role": "agent",
        "team_id": None,
        "active": True,
        "voice_capacity": 1,
        "chat_capacity": 3,
        "email_capacity": 2,
        "created_at": 1.0,
        "skills": {},
    }
    assert User.model_validate(user).model_dump(mode="json") == user
    made_up = User.model_validate(user | {"password": "Xy7-once"})
    assert made_up.role is Role.AGENT and made_up.password == "Xy7-once"
    assert made_up.model_dump(mode="json") == user | {"password": "Xy7-once"}
    assert PasswordReset(user_id=5).model_dump(mode="json") == {"user_id": 5}


def test_an_answer_that_is_not_what_the_server_sends_is_refused() -> None:
    assert problems(Queue, **QUEUE_ANSWER | {"strategy": "random"})[0][0] == "strategy"
    assert problems(Queue, **QUEUE_ANSWER | {"surprise": 1}) == [
        ("surprise", "Extra inputs are not permitted")
    ]
