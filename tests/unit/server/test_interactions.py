"""The interaction tracker: a contact's row adds up its ACD events, later facts
join it in order, and what is written and long closed leaves memory."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any, cast

import pytest

from callnest.server.acd import Acd, AgentConfig, AgentState, Channel, Event, QueueConfig
from callnest.server.interactions import CLOSED_CONTACT_MEMORY_S, InteractionTracker
from callnest.server.store.errors import NotFound
from callnest.server.store.store import Store


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


class FakeStore:
    def __init__(self) -> None:
        self.open_rows: list[dict[str, Any]] = []
        self.chats: list[dict[str, Any]] = []
        self.email_threads: list[dict[str, Any]] = []
        self.callbacks: list[dict[str, Any]] = []
        self.upserts: list[dict[str, Any]] = []
        self.events: list[Mapping[str, Any]] = []

    async def open_chats(self) -> list[dict[str, Any]]:
        return self.chats

    async def open_email_threads(self) -> list[dict[str, Any]]:
        return self.email_threads

    async def list_callbacks(self, **_: Any) -> list[dict[str, Any]]:
        return self.callbacks  # the test gives only waiting ones

    async def open_interactions(self) -> list[dict[str, Any]]:
        return self.open_rows

    async def upsert_interaction(self, values: Mapping[str, Any]) -> None:
        self.upserts.append(dict(values))

    async def append_events(self, events: Sequence[Mapping[str, Any]]) -> None:
        self.events.extend(events)

    async def get_interaction(self, contact_id: str) -> dict[str, Any]:
        raise NotFound(f"no interaction {contact_id}")


class World:
    """An ACD whose events reach a tracker, as in the center."""

    def __init__(self) -> None:
        self.clock = Clock()
        self.store = FakeStore()
        self.acd = Acd(self.clock, self._emit)
        self.tracker = InteractionTracker(cast(Store, self.store), self.acd, self.clock)
        self.acd.configure_queue(QueueConfig(id=1, name="sales", wrap_up_s=60.0))
        self.acd.configure_agent(AgentConfig(id=7))

    def _emit(self, event: Event) -> None:
        self.tracker.on_event(event)

    def call(self, contact_id: str) -> None:
        self.tracker.register(1, Channel.VOICE, contact_id, None, "Ann", "+44 1", 42, "claimed")
        self.acd.enqueue(contact_id, 1)

    def later(self, seconds: float) -> None:
        self.clock.now += seconds

    def answer(self) -> None:
        (offer,) = self.acd.offers.values()
        self.acd.answer(offer.id, offer.agent_id)


def test_a_calls_row_adds_up_its_times_and_ends_closed() -> None:
    w = World()
    w.call("c1")
    assert w.tracker.live_row("c1") == {
        "id": "c1",
        "channel": "voice",
        "queue_id": 1,
        "caller_name": "Ann",
        "caller_address": "+44 1",
        "customer_id": 42,
        "customer_identity": "claimed",
        "entered_at": 1_000.0,
        "wait_s": 0.0,
        "ring_s": 0.0,
        "talk_s": 0.0,
        "hold_s": 0.0,
        "wrap_s": 0.0,
        "state": "queued",
    }
    w.later(5)
    w.acd.set_agent_state(7, AgentState.AVAILABLE)  # offered at 1005
    w.later(3)
    w.answer()  # 1008
    w.later(10)
    w.acd.hold("c1", 7)
    w.later(4)
    w.acd.resume("c1", 7)
    w.later(6)
    w.acd.hang_up_by_agent("c1", 7)  # 1028: 16 s of talk, 4 on hold
    w.later(20)
    w.acd.complete_wrap_up("c1", 7)  # 1048
    row = w.tracker.live_row("c1")
    assert row is not None
    assert {k: row[k] for k in ("offered_at", "answered_at", "ended_at", "closed_at")} == {
        "offered_at": 1_005.0,
        "answered_at": 1_008.0,
        "ended_at": 1_028.0,
        "closed_at": 1_048.0,
    }
    assert (row["wait_s"], row["ring_s"], row["talk_s"], row["hold_s"], row["wrap_s"]) == (
        8.0,
        3.0,
        16.0,
        4.0,
        20.0,
    )
    assert (row["agent_id"], row["state"], row["outcome"]) == (7, "closed", "answered")
    meta = w.tracker.contacts["c1"]
    assert (meta.outcome, meta.closed_at) == ("answered", 1_048.0)


async def test_each_event_wakes_whoever_waits_on_the_contact() -> None:
    w = World()
    w.call("c1")
    waiting = w.tracker.contacts["c1"].changed
    woken = asyncio.ensure_future(waiting.wait())
    w.acd.set_agent_state(7, AgentState.AVAILABLE)
    await asyncio.wait_for(woken, 1.0)
    assert w.tracker.contacts["c1"].changed is not waiting  # a fresh one for the next wait


def test_a_contact_entering_with_a_wait_keeps_it() -> None:
    w = World()
    w.acd.enqueue("c1", 1, entered_at=990.0)
    row = w.tracker.live_row("c1")
    assert row is not None and row["entered_at"] == 990.0


def test_changed_rows_are_handed_over_once_and_again_if_not_saved() -> None:
    w = World()
    w.call("c1")
    (row,) = w.tracker.take_changed()
    assert row["id"] == "c1" and row is not w.tracker.live_row("c1")
    assert (w.tracker.has_changes(), w.tracker.take_changed()) == (False, [])
    w.tracker.not_saved([row])
    assert [r["id"] for r in w.tracker.take_changed()] == ["c1"]


async def test_facts_join_a_live_row_and_update_a_written_one_directly() -> None:
    w = World()
    w.call("c1")
    w.tracker.take_changed()
    w.tracker.annotate("c1", recording="2024/c1.ogg")
    (row,) = w.tracker.take_changed()
    assert row["recording"] == "2024/c1.ogg"
    w.acd.hang_up("c1")  # abandoned: closed
    closed = w.tracker.take_changed()
    w.tracker.saved(closed)
    assert w.tracker.live_row("c1") is None
    w.tracker.annotate("c1", data={"link": {"samples": 1}})
    await w.tracker.stop()
    assert w.store.upserts == [{"id": "c1", "data": {"link": {"samples": 1}}}]
    assert await w.tracker.row("c1") is None  # not in the (fake) store either


def test_a_fact_joining_a_closed_row_while_it_is_written_goes_with_the_next_batch() -> None:
    w = World()
    w.call("c1")
    w.acd.hang_up("c1")  # closed
    being_written = w.tracker.take_changed()
    w.tracker.annotate("c1", notes="Wrong number")  # the late wrap-up, meanwhile
    w.tracker.saved(being_written)
    (row,) = w.tracker.take_changed()  # neither lost nor a KeyError
    assert (row["state"], row["notes"]) == ("closed", "Wrong number")
    w.tracker.saved([row])
    assert w.tracker.live_row("c1") is None


def test_a_closed_contacts_meta_is_kept_a_while_for_its_page() -> None:
    w = World()
    w.call("c1")
    w.acd.hang_up("c1")
    w.later(CLOSED_CONTACT_MEMORY_S - 1)
    w.tracker.saved(w.tracker.take_changed())
    assert "c1" in w.tracker.contacts
    w.later(2)
    w.tracker.saved([])
    assert "c1" not in w.tracker.contacts


@pytest.mark.parametrize(("answered_at", "outcome"), [(990.0, "answered"), (None, "lost")])
async def test_contacts_a_restart_cut_off_are_closed(
    answered_at: float | None, outcome: str
) -> None:
    w = World()
    w.store.open_rows = [
        {"id": "c1", "queue_id": 1, "agent_id": 7, "answered_at": answered_at},
        {"id": "chat", "queue_id": 1, "agent_id": None, "answered_at": None},
        {"id": "callback", "queue_id": 1, "agent_id": None, "answered_at": None},
        {"id": "email", "queue_id": 1, "agent_id": 7, "answered_at": 980.0},
    ]
    w.store.chats = [{"contact_id": "chat"}]  # a chat outlives the process
    w.store.email_threads = [{"contact_id": "email"}]  # an e-mail too
    w.store.callbacks = [{"contact_id": "callback"}]  # and so does a callback in line
    await w.tracker.close_interrupted()
    assert w.store.events == [
        {
            "at": 1_000.0,
            "type": "contact.closed",
            "contact_id": "c1",
            "queue_id": 1,
            "agent_id": 7,
            "data": {"outcome": outcome, "wait_s": None, "reason": "server_restart"},
        }
    ]
    assert [(r["id"], r["state"], r["outcome"]) for r in w.store.upserts] == [
        ("c1", "closed", outcome)
    ]
