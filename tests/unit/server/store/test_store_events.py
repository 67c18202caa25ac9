"""The event log: appending, querying, and appends from many tasks at once."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from callnest.server.store import Invalid, Store


def ev(at: float, type: str = "contact.entered", **fields: Any) -> dict[str, Any]:
    return {"at": at, "type": type, **fields}


async def test_empty_log(store: Store) -> None:
    assert await store.last_event_id() == 0
    assert await store.events_between(0, 1e12) == []
    await store.append_events([])
    assert await store.last_event_id() == 0


async def test_append_and_read_back(store: Store) -> None:
    data = {"wait_s": 12.5, "phase": "queued", "nested": {"list": [1, "two", None]}}
    await store.append_events(
        [
            ev(10.0, "contact.entered", contact_id="c1", queue_id=1, data={"channel": "voice"}),
            ev(11.0, "contact.abandoned", contact_id="c1", queue_id=1, data=data),
            ev(12.0, "agent.state", agent_id=7),
        ]
    )
    rows = await store.events_between(0, 100)
    assert [{k: v for k, v in r.items() if k != "id"} for r in rows] == [
        {
            "at": 10.0,
            "type": "contact.entered",
            "contact_id": "c1",
            "queue_id": 1,
            "agent_id": None,
            "data": {"channel": "voice"},
        },
        {
            "at": 11.0,
            "type": "contact.abandoned",
            "contact_id": "c1",
            "queue_id": 1,
            "agent_id": None,
            "data": data,
        },
        {
            "at": 12.0,
            "type": "agent.state",
            "contact_id": None,
            "queue_id": None,
            "agent_id": 7,
            "data": {},
        },
    ]
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids)
    assert await store.last_event_id() == ids[-1]


async def test_ordered_by_append_not_by_time(store: Store) -> None:
    # Clocks may step backwards; the log's order is the order things were recorded.
    await store.append_events([ev(20.0, "a"), ev(10.0, "b")])
    await store.append_events([ev(15.0, "c")])
    assert [e["type"] for e in await store.events_between(0, 100)] == ["a", "b", "c"]


async def test_range_is_half_open(store: Store) -> None:
    await store.append_events([ev(t, str(t)) for t in (9.0, 10.0, 15.0, 20.0, 21.0)])
    assert [e["at"] for e in await store.events_between(10.0, 20.0)] == [10.0, 15.0]


async def test_filters(store: Store) -> None:
    await store.append_events(
        [
            ev(1, "contact.entered", contact_id="a", queue_id=1),
            ev(2, "contact.offered", contact_id="a", queue_id=1, agent_id=5),
            ev(3, "contact.answered", contact_id="a", queue_id=1, agent_id=5),
            ev(4, "contact.entered", contact_id="b", queue_id=2),
            ev(5, "agent.state", agent_id=5),
            ev(6, "agent.state", agent_id=6),
        ]
    )

    async def ats(**filters: Any) -> list[float]:
        return [e["at"] for e in await store.events_between(0, 100, **filters)]

    assert await ats(queue_id=1) == [1, 2, 3]
    assert await ats(agent_id=5) == [2, 3, 5]
    assert await ats(contact_id="b") == [4]
    assert await ats(types=["agent.state"]) == [5, 6]
    assert await ats(types={"contact.entered", "contact.answered"}) == [1, 3, 4]
    assert await ats(queue_id=1, agent_id=5, types=["contact.answered"]) == [3]
    assert await ats(types=[]) == []


async def test_bad_events_are_rejected_whole(store: Store) -> None:
    with pytest.raises(Invalid, match="unknown event field: colour"):
        await store.append_events([ev(1), {**ev(2), "colour": "red"}])
    with pytest.raises(Invalid, match="needs 'at' and 'type'"):
        await store.append_events([ev(1), {"type": "x"}])
    assert await store.events_between(0, 100) == []


async def test_concurrent_appends_lose_nothing(store: Store) -> None:
    tasks, batches, per_batch = 8, 8, 4

    async def writer(task: int) -> None:
        for batch in range(batches):
            await store.append_events(
                [
                    ev(batch, "tick", agent_id=task, data={"seq": batch * per_batch + i})
                    for i in range(per_batch)
                ]
            )

    async def reader() -> None:
        for _ in range(10):
            await store.events_between(0, 1e9)
            await asyncio.sleep(0)

    await asyncio.gather(*(writer(t) for t in range(tasks)), reader(), reader())

    events = await store.events_between(0, 1e9)
    assert len(events) == tasks * batches * per_batch
    assert len({e["id"] for e in events}) == len(events)
    for task in range(tasks):
        # each writer's events are all there, in the order it appended them
        seqs = [e["data"]["seq"] for e in events if e["agent_id"] == task]
        assert seqs == list(range(batches * per_batch))
    assert await store.last_event_id() == max(e["id"] for e in events)
