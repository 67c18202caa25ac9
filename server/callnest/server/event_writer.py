"""Writes the center's events to the store's event log, with the interaction
rows they changed.

Why it exists: the ACD emits its events synchronously, on the event loop's
thread, and must never wait; the store is asynchronous and may be slow or
briefly locked. The writer takes events as they come and has one task write
whatever accumulated, in order and in batches (a write carries everything
that piled up while the last one ran), retrying until the store takes it: a
locked or restarting database costs a moment, never a statistic.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol

from callnest.server.acd import Event
from callnest.server.store.store import Store

log = logging.getLogger("callnest.center.events")

RETRY_AFTER_S = 0.5


class ChangedRows(Protocol):
    """Interaction rows to save along with the events (the interaction tracker's)."""

    def has_changes(self) -> bool: ...

    def take_changed(self) -> list[dict[str, Any]]: ...

    def not_saved(self, rows: list[dict[str, Any]]) -> None: ...

    def saved(self, rows: list[dict[str, Any]]) -> None: ...


class EventWriter:
    def __init__(self, store: Store, rows: ChangedRows) -> None:
        self._store = store
        self._rows = rows
        self._events: list[Event] = []
        self._task: asyncio.Task[None] | None = None

    def append(self, event: Event) -> None:
        """An event for the log, written soon (an ACD event subscriber)."""
        self._events.append(event)
        self.kick()

    def kick(self) -> None:
        """Has what is pending written soon, by the one writing task."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._write())

    async def flush(self) -> None:
        """Returns once every event so far is in the store."""
        while self._events or self._rows.has_changes() or (self._task and not self._task.done()):
            self.kick()
            assert self._task is not None  # kick() made one
            await asyncio.shield(self._task)

    async def _write(self) -> None:
        while self._events or self._rows.has_changes():
            events, self._events = self._events, []
            rows = self._rows.take_changed()
            try:
                if events:
                    await self._store.append_events([e.as_row() for e in events])
                if rows:
                    await self._store.upsert_interactions(rows)
            except Exception:
                # Keep everything and try again: a locked or restarting
                # database must not cost a statistic.
                log.exception("writing %d events failed; retrying", len(events))
                self._events[:0] = events
                self._rows.not_saved(rows)
                await asyncio.sleep(RETRY_AFTER_S)
                continue
            self._rows.saved(rows)
