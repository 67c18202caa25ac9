"""Campaigns: the dialer that calls a list of people for a queue's agents.

Preview (the agent reads the card, then the call goes out) and progressive
(out the moment an agent is free) both place one call per free agent: each
call is a contact of the ACD that waits for an agent like a caller, after
the queue's own callers, and is placed only once an agent holds it. So a
callee who answers always has an agent, and blending with calls in is the
ACD's ordinary routing.

Which people to call now is :func:`callnest.server.outreach.pick`: never a
number on the do-not-call list, never outside the callee's calling window,
never one number twice at once, at most as many as there are free agents.
The window and the list are checked again the moment a call is placed (a
card may have been read for a while).

Nothing lost, nothing dialled twice: a person is written "queued" before its
contact joins the line and "dialing" (compare-and-set) before its call is
placed. A restart puts queued people back to pending (never dialled) and
counts a call cut off while dialing as an attempt, retried after a pause.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from callnest import protocol as p
from callnest.server.acd import AcdError, AgentState, Channel, Outcome, Phase
from callnest.server.acd.events import AgentStateChanged, Answered, Closed, Dialled, Event
from callnest.server.background import Background
from callnest.server.callbacks import PlaceCall
from callnest.server.center import Center
from callnest.server.outreach import (
    AttemptOutcome,
    CallingWindow,
    DoNotCall,
    Prospect,
    RetryPolicy,
    callable_at,
    country,
    pick,
    time_zones,
    window_for,
)
from callnest.server.store.errors import NotFound
from callnest.server.store.store import Row, Store

log = logging.getLogger("callnest.campaigns")

PURPOSE = "campaign"
# Behind the queue's own callers: a campaign's call waits for an agent no caller needs.
PRIORITY = -1
TICK_S = 1.0  # how often due people and opening windows are looked at, at the least
LEFT_EVERY_S = 5.0  # how often the wallboard's "people left" is counted again

_ATTEMPT_OUTCOMES = {
    Outcome.BUSY: AttemptOutcome.BUSY,
    Outcome.NO_ANSWER: AttemptOutcome.NO_ANSWER,
    Outcome.FAILED: AttemptOutcome.FAILED,
}


@dataclass(frozen=True, slots=True)
class Campaign:
    """A running campaign as the dialer sees it."""

    id: int
    name: str
    queue_id: int
    preview_s: float  # 0: progressive
    window: CallingWindow | None  # None: each callee's country's default
    retry: RetryPolicy
    script_id: int | None = None  # its agents read this, not the queue's
    machine_dispositions: frozenset[int] = frozenset()  # "an answering machine took it"

    @classmethod
    def from_row(cls, row: Row) -> Campaign:
        window = row.get("calling_window")
        retry = row.get("retry")
        return cls(
            id=row["id"],
            name=row["name"],
            queue_id=row["queue_id"],
            preview_s=0.0 if row["mode"] == "progressive" else float(row["preview_s"]),
            window=CallingWindow.from_json(window) if window else None,
            retry=RetryPolicy.from_json(retry) if retry else RetryPolicy(),
            script_id=row.get("script_id"),
            machine_dispositions=frozenset(row.get("machine_dispositions") or ()),
        )

    def prospect(self, row: Row) -> Prospect:
        number = row["number"]
        zones = (row["time_zone"],) if row.get("time_zone") else time_zones(number)
        return Prospect(
            id=row["id"],
            number=number,
            zones=zones,
            window=self.window or window_for(country(number)),
            due_at=row["next_attempt_at"],
            attempts=row["attempts"],
            campaign_id=self.id,
        )


@dataclass(slots=True)
class Attempt:
    """A person's call in the ACD: waiting for an agent, or placed."""

    campaign: Campaign
    prospect: Prospect
    placed: bool = False


class Dialer:
    """Every running campaign's calls, from the list to their outcomes."""

    def __init__(
        self,
        center: Center,
        store: Store,
        *,
        clock: Callable[[], float] = time.time,
        tick_s: float = TICK_S,
    ) -> None:
        self._center = center
        self._store = store
        self._clock = clock
        self._tick_s = tick_s
        self.place: PlaceCall | None = None  # the phone side's, once it exists
        self.running: dict[int, Campaign] = {}
        self.do_not_call = DoNotCall()
        # For the wallboard: the campaigns running or paused (name, status),
        # today's calls placed and answered, and the people left to reach.
        self._shown: dict[int, tuple[str, str]] = {}
        self._today: dict[int, list[int]] = {}
        self._day = ""
        self._left: dict[int, int] = {}
        self._left_at = 0.0
        self._attempts: dict[str, Attempt] = {}  # by contact id
        self._wake = asyncio.Event()
        self.background = Background(log, "the dialer")
        self._rounds: asyncio.Future[None] | None = None
        self._stopping = False
        center.subscribe(self.on_event)

    # ------------------------------------------------------------ life cycle

    async def start(self) -> None:
        """Takes up where the last run stopped, then dials on."""
        await self.recover()
        self._rounds = asyncio.ensure_future(self._run())

    async def recover(self) -> None:
        """The people the last run left in a line or ringing: back to pending
        (never dialled), or an attempt cut off (retried after a pause)."""
        await self.reload()
        await self._count_today()
        for row in await self._store.list_prospects(statuses=("queued", "dialing"), limit=None):
            if row["status"] == "queued":  # in a line that died with the server, never dialled
                await self._store.set_prospect(row["id"], {"status": "pending"})
            else:
                campaign = await self._campaign(row["campaign_id"])
                await self._after_attempt(row, campaign.retry, AttemptOutcome.INTERRUPTED)

    async def stop(self) -> None:
        """Places no more calls (the first thing a shutdown does: the phone
        side stops next); the writes under way finish."""
        self._stopping = True
        if self._rounds is not None:
            self._rounds.cancel()
        await self.background.finish()

    async def reload(self) -> None:
        """Reads the running campaigns and the do-not-call list again (after a change)."""
        rows = await self._store.list_rows("campaigns")
        running = {}
        for row in rows:
            if row["status"] != "running":
                continue
            try:
                running[row["id"]] = Campaign.from_row(row)
            except ValueError as exc:  # a window or retry rule edited by hand
                log.error("campaign %s has invalid settings, not dialling: %s", row["name"], exc)
        stopped = set(self.running) - set(running)
        self.running = running
        self._shown = {
            r["id"]: (r["name"], r["status"]) for r in rows if r["status"] in ("running", "paused")
        }
        listed = DoNotCall()
        for entry in await self._store.do_not_call():
            with contextlib.suppress(ValueError):  # stored normalised; a bad one blocks nothing
                listed.add(entry["number"], entry["campaign_id"])
        self.do_not_call = listed
        for contact_id, attempt in list(self._attempts.items()):
            if attempt.campaign.id in stopped and not attempt.placed:
                with contextlib.suppress(AcdError):  # placed meanwhile: it goes ahead
                    self._center.cancel_call(contact_id)
        self._wake.set()

    async def list_numbers(self, entries: list[dict[str, Any]]) -> int:
        """Numbers never to call (number, campaign_id or None, reason,
        added_by): stored, then heeded from the next call on. How many were new."""
        added = await self._store.add_do_not_call(entries)
        await self.reload()
        return added

    def wake(self) -> None:
        """Looks for people to call now (the list grew)."""
        self._wake.set()

    async def _campaign(self, campaign_id: int) -> Campaign:
        running = self.running.get(campaign_id)
        if running is not None:
            return running
        return Campaign.from_row(await self._store.get_row("campaigns", campaign_id))

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._tick_s)
            self._wake.clear()
            try:
                await self.fill()
                if self._clock() - self._left_at >= LEFT_EVERY_S:
                    await self._count_left()
            except Exception:  # a bad row must not stop every campaign
                log.exception("the dialer's round failed")

    # ------------------------------------------------------------ wallboard

    def live_figures(self) -> tuple[p.CampaignStats, ...]:
        """Each campaign running or paused, as the wallboard shows it."""
        self._new_day()
        out = []
        for campaign_id, (name, status) in sorted(self._shown.items()):
            dialed, reached = self._today.get(campaign_id, (0, 0))
            out.append(
                p.CampaignStats(
                    campaign_id=campaign_id,
                    name=name,
                    status="running" if status == "running" else "paused",
                    dialed_today=dialed,
                    reached_today=reached,
                    in_calls=sum(
                        1
                        for a in self._attempts.values()
                        if a.campaign.id == campaign_id and a.placed
                    ),
                    left=self._left.get(campaign_id, 0),
                )
            )
        return tuple(out)

    def _new_day(self) -> bool:
        """Starts today's counts afresh at midnight (the server's local time)."""
        day = time.strftime("%Y-%m-%d", time.localtime(self._clock()))
        if day == self._day:
            return False
        self._day, self._today = day, {}
        return True

    async def _count_today(self) -> None:
        """Today's calls of each shown campaign, from its interactions (after a restart)."""
        self._new_day()
        midnight = time.mktime((*time.localtime(self._clock())[:3], 0, 0, 0, 0, 0, -1))
        for campaign_id in self._shown:
            rows = await self._store.campaign_interactions(campaign_id, since=midnight)
            placed = [r for r in rows if r.get("direction") == "outbound" and r.get("offered_at")]
            reached = sum(1 for r in placed if r.get("answered_at") is not None)
            self._today[campaign_id] = [len(placed), reached]
        await self._count_left()

    async def _count_left(self) -> None:
        self._left_at = self._clock()
        for campaign_id in self._shown:
            counts = await self._store.prospect_counts(campaign_id)
            self._left[campaign_id] = sum(
                counts.get(s, 0) for s in ("pending", "queued", "dialing")
            )

    # --------------------------------------------------------------- dialing

    async def fill(self) -> int:
        """Gives each running campaign's free agents someone to call; how many."""
        now = self._clock()
        placed = 0
        for campaign in [] if self._stopping else list(self.running.values()):
            # Calls already waiting in line take the next free agents.
            slots = self._free_agents(campaign) - sum(
                1
                for contact_id, a in self._attempts.items()
                if a.campaign.id == campaign.id
                and self._center.phase_of(contact_id) is Phase.QUEUED
            )
            if slots <= 0:
                continue
            rows = await self._store.due_prospects(campaign.id, now, limit=max(50, slots * 10))
            in_flight = {a.prospect.number for a in self._attempts.values()}
            in_flight |= self._center.numbers_on_the_line()
            chosen = pick(
                (campaign.prospect(r) for r in rows),
                now=now,
                slots=slots,
                dnc=self.do_not_call,
                in_flight=in_flight,
            )
            by_id = {r["id"]: r for r in rows}
            for prospect in chosen:
                placed += await self._queue(campaign, prospect, by_id[prospect.id])
        return placed

    def _free_agents(self, campaign: Campaign) -> int:
        now = self._clock()
        return sum(
            1
            for agent in self._center.members(campaign.queue_id)
            if agent.state is AgentState.AVAILABLE and agent.free_for(Channel.VOICE, now)
        )

    async def _queue(self, campaign: Campaign, prospect: Prospect, row: Row) -> int:
        contact_id = str(uuid.uuid4())
        taken = await self._store.set_prospect(
            prospect.id, {"status": "queued", "contact_id": contact_id}, if_status=("pending",)
        )
        if taken is None or campaign.id not in self.running:
            return 0  # taken by another round, or the campaign stopped meanwhile
        self._attempts[contact_id] = Attempt(campaign, prospect)
        try:
            meta = self._center.place_call(
                campaign.queue_id,
                contact_id=contact_id,
                number=prospect.number,
                name=row["name"],
                customer_id=row["customer_id"],
                identity="claimed",  # from a list: the agent checks who answers
                preview_s=campaign.preview_s,
                purpose=PURPOSE,
                priority=PRIORITY,
            )
        except AcdError as exc:
            log.error("campaign %s: %s cannot join its queue: %s", campaign.name, row["id"], exc)
            del self._attempts[contact_id]
            await self._store.set_prospect(prospect.id, {"status": "pending"})
            return 0
        meta.script_id = campaign.script_id  # read when the card is sent, after this
        self._center.annotate(
            contact_id, data={"campaign": campaign.id, "campaign_prospect": prospect.id}
        )
        return 1

    def on_event(self, event: Event) -> None:
        if isinstance(event, AgentStateChanged):
            self._wake.set()  # an agent free (or not) changes how many to call
            return
        attempt = self._attempts.get(event.contact_id or "")
        if attempt is None:
            return
        contact_id = event.contact_id or ""
        if isinstance(event, Dialled):
            attempt.placed = True
            self.background.spawn(self._dial(contact_id, attempt))
        elif isinstance(event, Answered):
            self._counted(attempt, 1)
            # Reached, as of now: a restart mid-conversation must not call them again.
            self.background.spawn(self._reached(attempt.prospect.id))
        elif isinstance(event, Closed):
            del self._attempts[contact_id]
            self.background.spawn(self._closed(contact_id, attempt, event.outcome))
            self._wake.set()

    def _counted(self, attempt: Attempt, figure: int) -> None:
        """One more call placed (0) or answered (1) today."""
        self._new_day()
        self._today.setdefault(attempt.campaign.id, [0, 0])[figure] += 1

    async def _dial(self, contact_id: str, attempt: Attempt) -> None:
        """The ACD placed the call with an agent: checked once more, written
        as dialing, then dialled."""
        prospect, now = attempt.prospect, self._clock()
        if self._stopping:  # the server is stopping: nobody is called now
            self._center.dial_failed(contact_id, Outcome.CANCELLED)
            return
        if prospect.number in self._center.numbers_on_the_line(besides=contact_id):
            # Another call reached them first (a callback): the line is busy, with us.
            self._center.dial_failed(contact_id, Outcome.BUSY)
            return
        allowed = callable_at(prospect.window, prospect.zones, now) and not (
            self.do_not_call.blocks(prospect.number, attempt.campaign.id)
        )
        written = allowed and await self._store.set_prospect(
            prospect.id,
            {"status": "dialing", "attempts": prospect.attempts + 1},
            if_status=("queued",),
        )
        if not written:  # its window closed or it was listed meanwhile: back to pending
            with contextlib.suppress(AcdError):
                self._center.dial_failed(contact_id, Outcome.CANCELLED)
            return
        if self.place is None:
            self._center.dial_failed(contact_id, Outcome.FAILED)
            return
        self._counted(attempt, 0)
        await self.place(contact_id, prospect.number, attempt.campaign.queue_id)

    async def _reached(self, prospect_id: int) -> None:
        await self._store.set_prospect(
            prospect_id, {"status": "done", "last_outcome": "answered"}, if_status=("dialing",)
        )

    async def _closed(self, contact_id: str, attempt: Attempt, outcome: Outcome) -> None:
        try:
            row = await self._store.get_prospect(attempt.prospect.id)
        except NotFound:
            return  # its campaign was deleted meanwhile
        if outcome is Outcome.ANSWERED:
            # The agent's disposition (recorded with the wrap-up that closed it).
            interaction = await self._center.interactions.row(contact_id) or {}
            disposition = interaction.get("disposition_id")
            await self._store.set_prospect(row["id"], {"disposition_id": disposition})
            if disposition in attempt.campaign.machine_dispositions:
                await self._after_attempt(row, attempt.campaign.retry, AttemptOutcome.MACHINE)
            else:
                await self._store.set_prospect(
                    row["id"], {"status": "done", "last_outcome": "answered"}
                )
        elif outcome is Outcome.CANCELLED:
            await self._store.set_prospect(row["id"], {"status": "pending"})
        else:
            attempt_outcome = _ATTEMPT_OUTCOMES.get(outcome, AttemptOutcome.FAILED)
            await self._after_attempt(row, attempt.campaign.retry, attempt_outcome)

    async def _after_attempt(self, row: Row, retry: RetryPolicy, outcome: AttemptOutcome) -> None:
        """A call did not reach the person: again later, or no more."""
        again = retry.next_attempt(outcome, row["attempts"], self._clock())
        values: dict[str, Any] = {"last_outcome": str(outcome)}
        if again is None:
            values["status"] = "exhausted"
        else:
            values |= {"status": "pending", "next_attempt_at": again}
        await self._store.set_prospect(row["id"], values)
