"""The page's offline form with a time to be called back: the message stays
the task it always was (nothing lost), and a callback is scheduled for the
time the customer chose, with the zone they chose it in. A time past or too
far ahead, an unknown zone, a number that is none, or a queue that offers no
callbacks are refused in words, and then nothing at all is made."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from callnest.server.acd import Channel
from callnest.server.keys import CENTER
from integration.conftest import Running, StartServer
from integration.test_callbacks import callback_line, callbacks
from integration.trunk_calls import CALLER

pytestmark = pytest.mark.slow

DAY_S = 24 * 3600


def message(**fields: Any) -> dict[str, Any]:
    """A message left on the form, its number written nationally."""
    return {"name": "Bob", "phone": "040 111 222", "text": "About my bill", **fields}


async def leave(server: Running, queue: str = "support", **fields: Any) -> tuple[int, Any]:
    return await server.call("POST", f"/api/public/queues/{queue}/messages", json=message(**fields))


async def test_a_message_with_a_time_is_a_task_and_a_scheduled_callback(
    start_server: StartServer, tmp_path: Path
) -> None:
    server, _, _ = await callback_line(start_server, tmp_path / "center")
    at = time.time() + 3 * DAY_S
    status, body = await leave(server, callback_at=at, time_zone="America/New_York")
    assert status == 201, body

    (row,) = await callbacks(server, "scheduled")
    assert row["id"] == body["callback_id"]
    assert (row["source"], row["number"], row["name"]) == ("form", CALLER, "Bob")
    assert (row["note"], row["time_zone"]) == ("About my bill", "America/New_York")
    assert (row["due_at"], row["promised_at"]) == (pytest.approx(at), pytest.approx(at))
    # The message is the task it is without a time: the next agent still gets it.
    task = server.app[CENTER].contacts[body["contact_id"]]
    assert (task.channel, task.caller_address) == (Channel.TASK, "040 111 222")

    status, body = await leave(server)  # no time: a task alone, as before
    assert status == 201 and body["callback_id"] is None, body
    assert len(await callbacks(server)) == 1


async def test_a_time_that_cannot_be_kept_is_refused_in_words_and_nothing_is_made(
    start_server: StartServer, tmp_path: Path
) -> None:
    server, _, _ = await callback_line(start_server, tmp_path / "center")
    await server.owner("POST", "/api/queues", json={"name": "sales", "display_name": "Sales"})
    soon = time.time() + 3600
    refusals: list[tuple[dict[str, Any], int, str]] = [
        ({"callback_at": time.time() - 3600}, 422, "has passed"),
        ({"callback_at": time.time() + 32 * DAY_S}, 422, "within 31 days"),
        ({"callback_at": soon, "time_zone": "Mars/Olympus"}, 422, "not a time zone we know"),
        ({"callback_at": soon, "time_zone": "Europe"}, 422, "not a time zone we know"),
        ({"callback_at": soon, "phone": "1234"}, 422, "is not a phone number"),
        ({"callback_at": soon, "queue": "sales"}, 409, "this queue does not offer callbacks"),
    ]
    for fields, expected, words in refusals:
        status, body = await leave(server, **fields)
        assert status == expected and words in body["error"]["message"], (fields, body)
    assert await callbacks(server) == []
    assert server.app[CENTER].contacts == {}
