"""The two orderings routing reads on every decision, kept sorted as state changes.

A decision must stay well under a millisecond with thousands of agents and
contacts, so nothing here scans: the waiting contacts of a queue are kept in
priority bands sorted by wait, and the free agents of a queue in the order its
strategy prefers them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sortedcontainers import SortedList

from callnest.server.acd.model import Agent, Contact, Strategy

WaitingKey = tuple[int, float, int, str]
AgentKey = tuple[float | int, ...]


class WaitingContacts:
    """The contacts waiting in one queue on one channel: highest priority band first,
    and inside a band returned contacts first, then longest wait first."""

    def __init__(self) -> None:
        self._bands: dict[int, SortedList] = {}
        self._priorities: list[int] = []  # descending

    def __len__(self) -> int:
        return sum(len(band) for band in self._bands.values())

    def __bool__(self) -> bool:
        return bool(self._bands)  # empty bands are dropped

    @staticmethod
    def _key(contact: Contact) -> WaitingKey:
        # Contact.sort_key() + id, spelt out: this runs on every routing decision
        return (
            0 if contact.head_of_line else 1,
            contact.queue_entered_at,
            contact.seq,
            contact.id,
        )

    def add(self, contact: Contact) -> None:
        band = self._bands.get(contact.priority)
        if band is None:
            band = self._bands[contact.priority] = SortedList()
            self._priorities = sorted(self._bands, reverse=True)
        band.add(self._key(contact))

    def remove(self, contact: Contact) -> None:
        band = self._bands[contact.priority]
        key = self._key(contact)
        if band[0] == key:
            band.pop(0)  # routing takes the head of the line: no search
        else:
            band.remove(key)
        if not band:
            del self._bands[contact.priority]
            self._priorities = sorted(self._bands, reverse=True)

    def first_id(self) -> str:
        """The contact at the head of the line (IndexError if there is none)."""
        key: WaitingKey = self._bands[self._priorities[0]][0]
        return key[3]

    def bands(self) -> Iterator[SortedList]:
        for priority in self._priorities:
            yield self._bands[priority]

    def position(self, contact: Contact) -> int:
        """1-based place in line."""
        ahead = 0
        for priority in self._priorities:
            band = self._bands[priority]
            if priority == contact.priority:
                return ahead + int(band.index(self._key(contact))) + 1
            ahead += len(band)
        raise KeyError(contact.id)

    def ids(self) -> Iterator[str]:
        for band in self.bands():
            for key in band:
                yield key[3]


class FreeAgents:
    """The agents free to take a contact of one channel in one queue, best first
    for the queue's strategy."""

    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        self._sorted = SortedList()
        self._keys: dict[int, AgentKey] = {}
        # chosen once: matching on the strategy for every key is measurably slow
        self.key: Callable[[Agent, int], AgentKey] = self._key_functions[strategy]

    def __len__(self) -> int:
        return len(self._sorted)

    def __contains__(self, agent_id: int) -> bool:
        return agent_id in self._keys

    @staticmethod
    def _fewest_contacts(agent: Agent, level: int) -> AgentKey:
        return (agent.handled, agent.idle_since, agent.config.id)

    @staticmethod
    def _round_robin(agent: Agent, level: int) -> AgentKey:
        return (agent.config.id,)

    @staticmethod
    def _skills_based(agent: Agent, level: int) -> AgentKey:
        return (-level, agent.idle_since, agent.config.id)

    @staticmethod
    def _longest_idle(agent: Agent, level: int) -> AgentKey:  # and ring-all
        return (agent.idle_since, agent.config.id)

    _key_functions: dict[Strategy, Callable[[Agent, int], AgentKey]] = {
        Strategy.FEWEST_CONTACTS: _fewest_contacts,
        Strategy.ROUND_ROBIN: _round_robin,
        Strategy.SKILLS_BASED: _skills_based,
        Strategy.LONGEST_IDLE: _longest_idle,
        Strategy.RING_ALL: _longest_idle,
    }

    def put(self, agent: Agent, level: int) -> None:
        key = self.key(agent, level)
        agent_id = agent.config.id
        old = self._keys.get(agent_id)
        if old == key:
            return
        if old is not None:
            self._sorted.remove(old)
        self._sorted.add(key)
        self._keys[agent_id] = key

    def discard(self, agent_id: int) -> None:
        old = self._keys.pop(agent_id, None)
        if old is not None:
            self._sorted.remove(old)

    def first(self) -> int | None:
        return int(self._sorted[0][-1]) if self._sorted else None

    def first_key(self) -> AgentKey | None:
        return tuple(self._sorted[0]) if self._sorted else None

    def after(self, agent_id: int) -> int | None:
        """Round robin: the next free agent after ``agent_id``, wrapping around."""
        if not self._sorted:
            return None
        i = self._sorted.bisect_right((agent_id,))
        key: AgentKey = self._sorted[i % len(self._sorted)]
        return int(key[-1])

    def ids(self) -> list[int]:
        return [int(key[-1]) for key in self._sorted]
