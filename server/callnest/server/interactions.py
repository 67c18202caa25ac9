"""What the center records of each contact beyond routing: who the caller is,
how its page follows it, and its interaction row.

Why it exists: the ACD knows a contact only while routing it, but the
interaction row (waits, talk and wrap-up times, outcome, then a disposition,
notes, a recording) is what reports and the admin read for good, and a
caller's page asks how the contact ended after it has left the ACD. The
tracker follows the ACD's events to keep both up to date; the event writer
(:mod:`callnest.server.event_writer`) saves the rows it changed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from callnest.protocol import Identity
from callnest.server.acd import Acd, Channel, Outcome
from callnest.server.acd.events import (
    Answered,
    Closed,
    Dialled,
    Ended,
    Entered,
    Event,
    Offered,
    WrapUpEnded,
)
from callnest.server.store.errors import NotFound
from callnest.server.store.store import Store

log = logging.getLogger("callnest.center.interactions")

CLOSED_CONTACT_MEMORY_S = 600.0  # a caller's page may still ask how it ended


@dataclass(slots=True)
class ContactMeta:
    """What the center knows of a contact beyond routing: who the caller is,
    the public token that lets the caller's page follow it, how it ended."""

    contact_id: str
    channel: Channel
    queue_name: str
    token_hash: str | None = None
    caller_name: str | None = None
    caller_address: str | None = None
    outbound: bool = False  # an agent's call out: caller_* is who was called
    customer_id: int | None = None
    # How the caller was matched to customer_id (protocol.Identity): what
    # the agent may see of the customer before confirming who is calling.
    identity: Identity | None = None
    muted: bool = False
    recording_paused: bool = False  # what the recording keeps is silence
    recording_refused: bool = False  # the caller said no after the recording notice
    callback_id: str | None = None  # the callback it became (server/callbacks.py)
    script_id: int | None = None  # its own script (a campaign's), else its queue's
    outcome: str | None = None
    closed_at: float | None = None
    changed: asyncio.Event = field(default_factory=asyncio.Event)


class InteractionTracker:
    """Each contact's meta and interaction row, kept up to date from the ACD's events."""

    def __init__(
        self,
        store: Store,
        acd: Acd,
        clock: Callable[[], float],
        recordings_dir: Path | None = None,
    ) -> None:
        self._store = store
        self._acd = acd
        self._clock = clock
        self._recordings_dir = recordings_dir
        self.contacts: dict[str, ContactMeta] = {}
        # Rows of contacts not yet written as closed: later facts (a recording,
        # notes) join them in memory and reach the store in order.
        self._rows: dict[str, dict[str, Any]] = {}
        self._changed: set[str] = set()
        self._direct_writes: set[asyncio.Task[None]] = set()

    def register(
        self,
        queue_id: int,
        channel: Channel,
        contact_id: str,
        token_hash: str | None,
        caller_name: str | None,
        caller_address: str | None,
        customer_id: int | None,
        identity: Identity,
    ) -> ContactMeta:
        """A contact about to enter the ACD: who is calling, and from where
        (``identity``: how ``customer_id`` was found)."""
        meta = ContactMeta(
            contact_id,
            channel,
            self._acd.queues[queue_id].name,
            token_hash=token_hash,
            caller_name=caller_name,
            caller_address=caller_address,
            customer_id=customer_id,
            identity=identity if customer_id is not None else None,
        )
        self.contacts[contact_id] = meta
        return meta

    def resume_row(self, interaction: dict[str, Any]) -> None:
        """A contact back after a restart carries on with its stored row's figures."""
        self._rows[interaction["id"]] = dict(interaction)

    async def close_interrupted(self) -> None:
        """Contacts open when the server last stopped: a call's media died with
        the process, so they are closed -- answered if an agent had taken them
        (as the statistics already count them), lost otherwise -- and recorded,
        so that every contact in the log has an end and the figures add up."""
        now = self._clock()
        events = []
        live_chats = {c["contact_id"] for c in await self._store.open_chats()}
        live_chats |= {t["contact_id"] for t in await self._store.open_email_threads()}
        waiting_callbacks = {
            c["contact_id"]
            for c in await self._store.list_callbacks(statuses=("waiting",), limit=100_000)
        }
        for row in await self._store.open_interactions():
            if row["id"] in live_chats:
                # A chat or an e-mail outlives the process: server/chat.py and
                # server/mail/channel.py put it back in line.
                continue
            if row["id"] in waiting_callbacks:
                continue  # so does a callback in line: server/callbacks.py
            outcome = Outcome.ANSWERED if row.get("answered_at") is not None else Outcome.LOST
            if row.get("recording") is None and (found := self._recording_of(row["id"])):
                # The recorder died with the process after writing what it
                # had: the file plays to the moment it stopped. Linked, not lost.
                row["recording"] = found
                log.warning("linked the interrupted call %s to its recording", row["id"][:8])
            events.append(
                Closed(
                    now,
                    row["id"],
                    row["queue_id"],
                    row["agent_id"],
                    outcome=outcome,
                    wait_s=None,
                    reason="server_restart",
                )
            )
            row.update(state="closed", outcome=str(outcome), closed_at=now)
            await self._store.upsert_interaction(row)
        if events:
            await self._store.append_events([e.as_row() for e in events])
            log.warning("closed %d contacts interrupted by the last shutdown", len(events))

    def _recording_of(self, contact_id: str) -> str | None:
        """The recording file a call left, relative to the recordings folder."""
        if self._recordings_dir is None:
            return None
        for path in sorted(self._recordings_dir.glob(f"*/{contact_id}.ogg")):
            return str(path.relative_to(self._recordings_dir))
        return None

    async def stop(self) -> None:
        if self._direct_writes:
            await asyncio.gather(*self._direct_writes, return_exceptions=True)

    # ----------------------------------------------------------------- events

    def on_event(self, event: Event) -> None:
        cid = event.contact_id
        if cid is None:
            return
        meta = self.contacts.get(cid)
        row = self._rows.get(cid)
        if row is None:
            waited_s = event.waited_s if isinstance(event, Entered) else 0.0
            row = self._rows[cid] = {
                "id": cid,
                "channel": str(meta.channel) if meta else "voice",
                "queue_id": event.queue_id,
                "caller_name": meta.caller_name if meta else None,
                "caller_address": meta.caller_address if meta else None,
                "customer_id": meta.customer_id if meta else None,
                "customer_identity": meta.identity if meta else None,
                "entered_at": event.at - waited_s,
                "wait_s": 0.0,
                "ring_s": 0.0,
                "talk_s": 0.0,
                "hold_s": 0.0,
                "wrap_s": 0.0,
            }
        row["queue_id"] = event.queue_id
        if isinstance(event, Offered):
            row.setdefault("offered_at", event.at)
            row["agent_id"] = event.agent_id
        elif isinstance(event, Dialled):
            row.update(direction="outbound", offered_at=event.at, agent_id=event.agent_id)
        elif isinstance(event, Answered):
            row.update(answered_at=event.at, agent_id=event.agent_id, wait_s=event.wait_s)
            row["ring_s"] += event.ring_s
        elif isinstance(event, Ended):
            row["ended_at"] = event.at
            row["talk_s"] += event.talk_s
            row["hold_s"] += event.hold_s
        elif isinstance(event, WrapUpEnded):
            row["wrap_s"] += event.wrap_s
        elif isinstance(event, Closed):
            row.update(outcome=str(event.outcome), closed_at=event.at)
            if event.wait_s is not None and row.get("answered_at") is None:
                row["wait_s"] = event.wait_s
        contact = self._acd.contacts.get(cid)
        row["state"] = (
            "closed" if isinstance(event, Closed) or contact is None else str(contact.phase)
        )
        self._changed.add(cid)
        if meta is not None:
            if isinstance(event, Closed):
                meta.outcome, meta.closed_at = str(event.outcome), event.at
            # Wakes whoever waits on this contact's page (a long poll).
            meta.changed.set()
            meta.changed = asyncio.Event()

    # ------------------------------------------------------------ other facts

    def live_row(self, contact_id: str) -> dict[str, Any] | None:
        """The contact's row while it is in memory (until written as closed)."""
        return self._rows.get(contact_id)

    async def row(self, contact_id: str) -> dict[str, Any] | None:
        """The contact's row: in memory, else as stored; None if there is none."""
        row = self._rows.get(contact_id)
        if row is not None:
            return row
        try:
            return await self._store.get_interaction(contact_id)
        except NotFound:
            return None

    def annotate(self, contact_id: str, **values: Any) -> None:
        """Adds facts the ACD does not know (a recording's path) to a contact's
        interaction, in order with the rest of its writes (once the writer is
        told); a row already written as closed is updated directly."""
        row = self._rows.get(contact_id)
        if row is not None:
            if "data" in values:  # facts of several kinds share it: merged, not replaced
                values = values | {"data": (row.get("data") or {}) | values["data"]}
            row.update(values)
            self._changed.add(contact_id)
        else:
            self._write_directly(self._store.upsert_interaction({"id": contact_id, **values}))

    def _write_directly(self, write: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(write)
        self._direct_writes.add(task)
        task.add_done_callback(self._direct_writes.discard)

    # ------------------------------------------- the event writer's side

    def has_changes(self) -> bool:
        return bool(self._changed)

    def take_changed(self) -> list[dict[str, Any]]:
        """Copies of the rows changed since the last call, as they are now."""
        changed, self._changed = self._changed, set()
        return [dict(self._rows[cid]) for cid in changed]

    def not_saved(self, rows: list[dict[str, Any]]) -> None:
        """The store did not take these rows: they are written with the next batch."""
        self._changed.update(row["id"] for row in rows)

    def saved(self, rows: list[dict[str, Any]]) -> None:
        """The store has these rows: closed ones leave memory (unless changed
        again while they were written: a wrap-up's disposition arriving after
        its timer closed it goes with the next batch), and so do the metas of
        contacts closed long enough ago."""
        for row in rows:
            if row["state"] == "closed" and row["id"] not in self._changed:
                self._rows.pop(row["id"], None)
        horizon = self._clock() - CLOSED_CONTACT_MEMORY_S
        for cid in [c for c, m in self.contacts.items() if m.closed_at and m.closed_at < horizon]:
            del self.contacts[cid]
