"""Typed events and the rows of the event log: each kind carries its facts as
typed fields, its row's ``data`` keeps the log's format, and a row with facts
left out (a log written by hand) reads with its kind's defaults."""

from __future__ import annotations

import json

import pytest

from callnest.server.acd import AgentState, Channel, Event, EventType, Outcome, Phase
from callnest.server.acd.events import (
    Abandoned,
    AgentStateChanged,
    Closed,
    Entered,
    OfferWithdrawn,
    Transferred,
)


@pytest.mark.parametrize("type_", list(EventType))
def test_every_type_reads_from_a_row_without_facts(type_: EventType) -> None:
    event = Event.from_row({"at": 5.0, "type": str(type_), "contact_id": "c1", "queue_id": 2})
    assert (event.type, event.at, event.contact_id, event.queue_id) == (type_, 5.0, "c1", 2)
    assert Event.from_row(event.as_row()) == event


def test_a_row_is_plain_json_with_the_facts_in_data() -> None:
    event = AgentStateChanged(1.0, agent_id=3, state=AgentState.BREAK, reason_id=2)
    row = event.as_row()
    assert row == {
        "at": 1.0,
        "type": "agent.state",
        "contact_id": None,
        "queue_id": None,
        "agent_id": 3,
        "data": {"state": "break", "reason_id": 2, "system_reason": None},
    }
    assert type(row["data"]["state"]) is str
    assert json.loads(json.dumps(row)) == row


def test_every_fact_is_stored_even_when_empty() -> None:
    assert Transferred(1.0, "c1", 1, 5, to_queue_id=2).data == {
        "to_queue_id": 2,
        "to_agent_id": None,
    }


def test_enums_read_back_as_enums() -> None:
    entered = Event.from_row(
        {"at": 1.0, "type": "contact.entered", "data": {"channel": "chat", "priority": 2}}
    )
    assert isinstance(entered, Entered)
    assert (entered.channel, entered.priority, entered.waited_s) == (Channel.CHAT, 2, 0.0)
    abandoned = Event.from_row(
        {"at": 1.0, "type": "contact.abandoned", "data": {"phase": "ringing"}}
    )
    assert isinstance(abandoned, Abandoned) and abandoned.phase is Phase.RINGING
    closed = Event.from_row({"at": 1.0, "type": "contact.closed", "data": {"outcome": "voicemail"}})
    assert isinstance(closed, Closed)
    assert (closed.outcome, closed.wait_s) == (Outcome.VOICEMAIL, None)


def test_facts_a_kind_does_not_have_are_left_out() -> None:
    row = {"at": 1.0, "type": "contact.offer_withdrawn", "data": {"offer_id": "o1", "colour": 1}}
    event = Event.from_row(row)
    assert isinstance(event, OfferWithdrawn)
    assert event.data == {"offer_id": "o1", "reason": "requeued"}


def test_only_a_restart_close_stores_a_reason() -> None:
    """The ACD's own closes have never had one; the center's at start-up do."""
    assert Closed(1.0, "c1", 1, outcome=Outcome.ANSWERED, wait_s=3.0).data == {
        "outcome": "answered",
        "wait_s": 3.0,
    }
    restart = Closed(1.0, "c1", 1, outcome=Outcome.LOST, wait_s=None, reason="server_restart")
    assert restart.data == {"outcome": "lost", "wait_s": None, "reason": "server_restart"}
    assert Event.from_row(restart.as_row()) == restart
