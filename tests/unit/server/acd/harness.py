"""A small ACD test bench: a fake clock that fires timers, and an event recorder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from callnest.server.acd import (
    Acd,
    AgentConfig,
    AgentState,
    Channel,
    Event,
    EventType,
    Offer,
    QueueConfig,
)

START = 1_000.0


class FakeClock:
    """Time moves only when a test says so; moving it fires due timers in order,
    the way the server calls ``tick()`` at ``next_deadline()``."""

    def __init__(self, start: float = START) -> None:
        self.now = start
        self.acd: Acd | None = None

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        target = self.now + seconds
        assert self.acd is not None
        while (deadline := self.acd.next_deadline()) is not None and deadline <= target:
            self.now = max(self.now, deadline)
            self.acd.tick()
        self.now = target
        self.acd.tick()


class AcdHarness:
    """An ACD with a fake clock, recording every event it emits."""

    def __init__(self, start: float = START, **acd_kwargs: Any) -> None:
        self.clock = FakeClock(start)
        self.events: list[Event] = []
        # Told of every event after it is recorded (an escalator, say).
        self.listeners: list[Callable[[Event], None]] = []
        self.acd = Acd(self.clock, self._record, **acd_kwargs)
        self.clock.acd = self.acd

    def _record(self, event: Event) -> None:
        self.events.append(event)
        for listener in self.listeners:
            listener(event)

    # -- set-up
    def queue(self, queue_id: int, **kwargs: Any) -> QueueConfig:
        config = QueueConfig(id=queue_id, name=kwargs.pop("name", f"q{queue_id}"), **kwargs)
        self.acd.configure_queue(config)
        return config

    def agent(
        self,
        agent_id: int,
        *,
        state: AgentState | None = AgentState.AVAILABLE,
        **kwargs: Any,
    ) -> AgentConfig:
        config = AgentConfig(id=agent_id, **kwargs)
        self.acd.configure_agent(config)
        if state is not None and state is not AgentState.OFFLINE:
            self.acd.set_agent_state(agent_id, state)
        return config

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    @property
    def now(self) -> float:
        return self.clock.now

    # -- looking
    def offers_to(self, agent_id: int) -> list[Offer]:
        return [o for o in self.acd.offers.values() if o.agent_id == agent_id]

    def offer_to(self, agent_id: int) -> Offer:
        offers = self.offers_to(agent_id)
        assert len(offers) == 1, f"agent {agent_id} has offers {offers}"
        return offers[0]

    def offered_agents(self, contact_id: str) -> list[int]:
        return sorted(o.agent_id for o in self.acd.offers_for(contact_id))

    def ringing(self) -> dict[str, list[int]]:
        """contact -> agents it rings."""
        out: dict[str, list[int]] = {}
        for offer in self.acd.offers.values():
            out.setdefault(offer.contact_id, []).append(offer.agent_id)
        return {c: sorted(a) for c, a in out.items()}

    def mark(self) -> int:
        return len(self.events)

    def since(self, mark: int) -> list[Event]:
        return self.events[mark:]

    def trail(self, contact_id: str, mark: int = 0) -> list[tuple[str, int | None]]:
        """(event type, agent) for one contact, in order."""
        return [(str(e.type), e.agent_id) for e in self.events[mark:] if e.contact_id == contact_id]

    def of_type(self, type_: EventType, contact_id: str | None = None) -> list[Event]:
        return [
            e
            for e in self.events
            if e.type is type_ and (contact_id is None or e.contact_id == contact_id)
        ]

    def last(self, type_: EventType, contact_id: str | None = None) -> Event:
        found = self.of_type(type_, contact_id)
        assert found, f"no {type_} event for {contact_id}"
        return found[-1]

    def agent_states(self, agent_id: int) -> list[tuple[str, str | None]]:
        return [
            (e.data["state"], e.data["system_reason"])
            for e in self.events
            if e.type is EventType.AGENT_STATE and e.agent_id == agent_id
        ]

    # -- doing
    def call(self, contact_id: str, queue_id: int = 1, **kwargs: Any) -> None:
        self.acd.enqueue(contact_id, queue_id, Channel.VOICE, **kwargs)

    def chat(self, contact_id: str, queue_id: int = 1, **kwargs: Any) -> None:
        self.acd.enqueue(contact_id, queue_id, Channel.CHAT, **kwargs)

    def answer(self, agent_id: int, contact_id: str | None = None) -> None:
        offers = self.offers_to(agent_id)
        if contact_id is not None:
            offers = [o for o in offers if o.contact_id == contact_id]
        assert len(offers) == 1, f"agent {agent_id} has offers {offers}"
        self.acd.answer(offers[0].id, agent_id)

    def check(self) -> None:
        self.acd.check_invariants()
