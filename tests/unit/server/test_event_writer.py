"""The event writer: events reach the store in order and in batches, with the
interaction rows they changed; a failed write loses nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any, cast

import pytest

from callnest.server import event_writer
from callnest.server.acd.events import Held
from callnest.server.event_writer import EventWriter
from callnest.server.store.store import Store


class FakeStore:
    def __init__(self) -> None:
        self.batches: list[list[float]] = []  # the events' times, one list a write
        self.rows: list[dict[str, Any]] = []
        self.failures = 0  # writes still to refuse

    async def append_events(self, events: Sequence[Mapping[str, Any]]) -> None:
        await asyncio.sleep(0)
        if self.failures:
            self.failures -= 1
            raise RuntimeError("database is locked")
        self.batches.append([e["at"] for e in events])

    async def upsert_interactions(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.rows.extend(dict(r) for r in rows)


class Rows:
    """Changed interaction rows, as the interaction tracker hands them over."""

    def __init__(self) -> None:
        self.changed: dict[str, dict[str, Any]] = {}
        self.saved_rows: list[dict[str, Any]] = []

    def has_changes(self) -> bool:
        return bool(self.changed)

    def take_changed(self) -> list[dict[str, Any]]:
        rows, self.changed = list(self.changed.values()), {}
        return rows

    def not_saved(self, rows: list[dict[str, Any]]) -> None:
        self.changed |= {r["id"]: r for r in rows}

    def saved(self, rows: list[dict[str, Any]]) -> None:
        self.saved_rows.extend(rows)


def held(at: float) -> Held:
    return Held(at, "c1", 1, 7)


async def test_events_written_meanwhile_go_in_one_batch_with_the_rows() -> None:
    store, rows = FakeStore(), Rows()
    writer = EventWriter(cast(Store, store), rows)
    writer.append(held(1.0))
    await asyncio.sleep(0)  # the first write is under way
    writer.append(held(2.0))
    writer.append(held(3.0))
    rows.changed["c1"] = {"id": "c1", "state": "connected"}
    await writer.flush()
    assert store.batches == [[1.0], [2.0, 3.0]]
    assert store.rows == [{"id": "c1", "state": "connected"}]
    assert rows.saved_rows == store.rows


async def test_a_failed_write_is_retried_before_anything_newer(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(event_writer, "RETRY_AFTER_S", 0.0)
    store, rows = FakeStore(), Rows()
    store.failures = 1
    writer = EventWriter(cast(Store, store), rows)
    writer.append(held(1.0))
    rows.changed["c1"] = {"id": "c1", "state": "connected"}
    await asyncio.sleep(0)
    writer.append(held(2.0))
    await writer.flush()
    assert store.batches == [[1.0, 2.0]]
    assert store.rows == [{"id": "c1", "state": "connected"}]
    assert "writing 1 events failed; retrying" in caplog.text


async def test_rows_alone_are_written_when_kicked() -> None:
    store, rows = FakeStore(), Rows()
    writer = EventWriter(cast(Store, store), rows)
    rows.changed["c1"] = {"id": "c1", "recording": "x.ogg"}
    writer.kick()
    await writer.flush()
    assert (store.batches, store.rows) == ([], [{"id": "c1", "recording": "x.ogg"}])
