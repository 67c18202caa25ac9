"""The supervisors' live wallboard: pushed, and only what changed.

``stats.subscribe`` gets a ``stats.snapshot`` of everything the supervisor may
see. From then on, the first change the live figures mark arms one short timer
(``Settings.stats_coalesce_s``); when it fires, the queues and agents marked
meanwhile go out as one ``stats.update``. Coalescing keeps a busy center
(hundreds of changes a second) at a few frames a second per supervisor while
an agent's change still reaches the board well inside 100 ms. Figures that
move with the clock alone (longest wait, occupancy, time on break, microphone
silence, heartbeats) are refreshed by a whole ``stats.snapshot`` every
``Settings.stats_refresh_s``: a desktop replaces its board with each snapshot
(which also drops agents removed meanwhile).

Supervisors see every queue and the agents of their own team; owners see all.

What is wrong with phone calls (a trunk that is not registered, an edge that
does not run) comes from the phone side's periodic check (see
:mod:`.phone.keeper`) through :meth:`Wallboard.set_phones`: every viewer gets
it in each snapshot, and a ``stats.update`` carrying it when it changes.
Agents never subscribe, so they never get it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Protocol

from callnest import protocol as p
from callnest.server.auth import Principal, supervises
from callnest.server.figures import LiveFigures


class Viewer(Protocol):
    """A subscribed desktop session."""

    principal: Principal

    def send(self, message: p.Message) -> None: ...


class Wallboard:
    def __init__(
        self,
        figures: LiveFigures,
        *,
        coalesce_s: float,
        refresh_s: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.figures = figures
        self.coalesce_s = coalesce_s
        self.refresh_s = refresh_s
        self._clock = clock
        self.phones = p.PhoneHealth()  # what is wrong with phone calls: nothing yet
        # The campaigns' figures (the dialer's), in each snapshot.
        self.campaigns: Callable[[], tuple[p.CampaignStats, ...]] = tuple
        self.viewers: set[Viewer] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._refresher: asyncio.Task[None] | None = None
        figures.on_stats_dirty = self._on_dirty

    def start(self) -> None:
        self._refresher = asyncio.get_running_loop().create_task(self._refresh_forever())

    async def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._refresher is not None:
            self._refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._refresher
        self.figures.on_stats_dirty = None

    def subscribe(self, viewer: Viewer) -> None:
        self.viewers.add(viewer)
        viewer.send(self.snapshot(viewer.principal))

    def unsubscribe(self, viewer: Viewer) -> None:
        self.viewers.discard(viewer)

    def snapshot(self, who: Principal) -> p.StatsSnapshot:
        figures = self.figures.stats_snapshot(lambda team_id: supervises(who, team_id))
        return self._with_phones(figures)

    def set_phones(self, health: p.PhoneHealth) -> None:
        """What is wrong with phone calls now: sent to every viewer when it changed."""
        if health == self.phones:
            return
        self.phones = health
        update = p.StatsUpdate(at=self._clock(), phones=health)
        for viewer in list(self.viewers):
            viewer.send(update)

    def _with_phones(self, snapshot: p.StatsSnapshot) -> p.StatsSnapshot:
        return p.StatsSnapshot(
            at=snapshot.at,
            queues=snapshot.queues,
            agents=snapshot.agents,
            phones=self.phones,
            campaigns=self.campaigns(),
        )

    # ------------------------------------------------------------- pushing

    def _on_dirty(self) -> None:
        if not self.viewers:
            # Nobody is watching: a subscriber starts from a snapshot anyway.
            self.figures.take_dirty()
        elif self._timer is None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(self.coalesce_s, self.flush)

    def flush(self) -> None:
        """Sends each viewer the marked queues and the marked agents they may see."""
        self._timer = None
        agent_ids, queue_ids = self.figures.take_dirty()
        if not self.viewers:
            return
        update = self.figures.stats_update(queue_ids, agent_ids)
        for viewer in list(self.viewers):
            mine = tuple(a for a in update.agents if supervises(viewer.principal, a.team_id))
            if not update.queues and not mine:
                continue
            if len(mine) == len(update.agents):
                viewer.send(update)  # viewers who see every agent share one
            else:
                viewer.send(p.StatsUpdate(at=update.at, queues=update.queues, agents=mine))

    def refresh(self) -> None:
        """A whole snapshot to every viewer: the figures that move with the clock."""
        if not self.viewers:
            return
        full = self._with_phones(self.figures.stats_snapshot())
        for viewer in list(self.viewers):
            who = viewer.principal
            agents = tuple(a for a in full.agents if supervises(who, a.team_id))
            viewer.send(
                full
                if len(agents) == len(full.agents)
                else p.StatsSnapshot(
                    at=full.at,
                    queues=full.queues,
                    agents=agents,
                    phones=full.phones,
                    campaigns=full.campaigns,
                )
            )

    async def _refresh_forever(self) -> None:
        while True:
            await asyncio.sleep(self.refresh_s)
            self.refresh()
