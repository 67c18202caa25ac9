"""The e-mail benchmark: how it counts what the API showed, and one real run
at toy size (Postfix, Dovecot, the server and agents)."""

from __future__ import annotations

import json
import os

import pytest

from callnest.bench import cli
from callnest.bench.mail import Deliveries, Tally, plan_messages, summarize


def stored(message_id: str, row: int, at: float) -> dict[str, object]:
    return {"id": row, "direction": "in", "message_id": message_id, "at": at, "status": "received"}


def test_copies_of_a_message_count_once_per_row_and_the_missing_are_lost() -> None:
    deliveries = Deliveries(accepted={"<a>": 100.0, "<b>": 100.5, "<c>": 101.0})
    tally = Tally()
    reply = {"id": 9, "direction": "out", "message_id": "<r>", "at": 103.0, "status": "sent"}
    tally.read({"messages": [stored("<a>", 1, 100.25), reply]})
    tally.read({"messages": [stored("<a>", 1, 100.25)]})  # the same thread read again
    tally.read({"messages": [stored("<b>", 2, 101.5), stored("<b>", 3, 102.0)]})

    figures = summarize(3, deliveries, tally, replies_delivered=1)

    assert (figures["received"], figures["duplicates"], figures["lost"]) == (2, 1, 1)
    assert figures["ingest_ms_p50"] == 250.0  # <a>: 250 ms; <b>: its first copy, 1 s
    assert figures["ingest_ms_max"] == 1000.0
    assert (figures["sent"], figures["reply_failed"], figures["replies_delivered"]) == (1, 0, 1)
    assert figures["ok"] is False


def test_a_clean_run_within_the_budget_is_ok() -> None:
    deliveries = Deliveries(accepted={"<a>": 100.0})
    tally = Tally()
    tally.read({"messages": [stored("<a>", 1, 101.9)]})
    assert summarize(1, deliveries, tally, replies_delivered=0)["ok"] is True
    tally.read({"messages": [stored("<a>", 1, 102.5)]})  # read later: 2.5 s
    assert summarize(1, deliveries, tally, replies_delivered=0)["ok"] is False


def test_each_message_is_new_and_the_customers_take_turns() -> None:
    planned = plan_messages(5, 2, "support@example.test", "run")
    assert len({p.message_id for p in planned}) == 5
    assert [p.sender for p in planned][:3] == [
        "customer-001@example.test",
        "customer-002@example.test",
        "customer-001@example.test",
    ]
    assert all(b"In-Reply-To" not in p.data and b"References" not in p.data for p in planned)


# -------------------------------------------------------------- a real run


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_twenty_messages_are_taken_in_answered_and_replied_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    if os.geteuid() != 0:
        pytest.skip("Postfix and Dovecot start as root (CI has it)")
    argv = ["email", "--messages", "20", "--agents", "3", "--customers", "4", "--json"]
    status = cli.main(argv)
    captured = capsys.readouterr()
    figures = json.loads(captured.out)
    for name in (
        "messages",
        "received",
        "duplicates",
        "lost",
        "ingest_ms_p50",
        "ingest_ms_p95",
        "ingest_ms_max",
        "sent",
        "agents",
        "rate",
        "run_s",
        "ok",
    ):
        assert name in figures, name
    assert (figures["received"], figures["duplicates"], figures["lost"]) == (20, 0, 0), figures
    assert figures["sent"] == figures["replies_delivered"] == 20, figures
    assert figures["agent_errors"] == 0, figures["errors"]
    assert status == 0, captured.err


def test_a_bad_argument_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["email", "--messages", "0"]) == 2
    assert "--messages" in capsys.readouterr().err
    assert cli.main(["email", "--rate", "0"]) == 2
    assert "--rate" in capsys.readouterr().err
