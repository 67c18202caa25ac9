"""Random days of the dialer and the callbacks, on the real center, store and
ACD (only the phone line is the test's: it records each call placed and
answers it as the test says). Whatever happens -- agents coming and going,
callees answering, busy or not answering, numbers added to the do-not-call
list, windows opening and closing as the clock moves, server restarts --
a call is never placed to a listed number, never outside the callee's
window, never while another call to the number is out, never more at once
than there are agents to hold them; no callback is ever lost or dialled
while one of its attempts is out."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from callnest.server.acd import AgentState, Outcome, Phase
from callnest.server.callbacks import Callbacks
from callnest.server.campaigns import Dialer
from callnest.server.center import Center
from callnest.server.outreach import CallingWindow, DoNotCall, callable_at, time_zones
from callnest.server.settings import Settings
from callnest.server.store import Store, open_store

# Tuesday 2026-12-08 07:00 UTC: Ljubljana opens at 09:00 local (08:00 UTC)
# during the run; Madrid too; New York not before 14:00 UTC.
START = 1_796_713_200.0
NUMBERS = (
    "+38640111222",
    "+38641222333",
    "+38651333444",
    "+34612345678",
    "+34699111222",
    "+12125550123",
)
AGENTS = (1, 2, 3)
WORKDAY = CallingWindow.from_json(
    {"start": "09:00", "end": "17:00", "days": ["mon", "tue", "wed", "thu", "fri"]}
)
OUTCOMES = (Outcome.ANSWERED, Outcome.BUSY, Outcome.NO_ANSWER, Outcome.FAILED)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


_template: Path | None = None
# A database per example, each commit synced: in memory where there is a tmpfs.
_FAST = "/dev/shm" if os.path.isdir("/dev/shm") else None


async def _store(folder: Path, clock: Clock) -> Store:
    """A migrated database for one run: a copy of one migrated once."""
    global _template
    if _template is None:
        _template = Path(tempfile.mkdtemp(dir=_FAST)) / "template.sqlite3"
        await (await open_store(f"sqlite:///{_template}")).close()
    path = folder / "callnest.sqlite3"
    shutil.copy(_template, path)
    return await open_store(f"sqlite:///{path}", clock=clock)


class DialerDay(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.folder = Path(tempfile.mkdtemp(dir=_FAST))
        self.clock = Clock()
        self.store: Store
        self.center: Center
        self.dialer: Dialer
        self.callbacks: Callbacks
        self.campaign: dict[str, Any] = {}
        self.queue_id = 0
        self.listed = DoNotCall()  # what the list says, as the test added it
        self.out: dict[str, tuple[str, int | None]] = {}  # calls out: contact -> number, campaign
        self.placed: list[tuple[float, str]] = []
        # Who answered: never called again by the same campaign or callback,
        # not even after a restart in the middle of the conversation.
        self.reached: set[tuple[str, int | str]] = set()
        self.broken: list[str] = []  # rules a placed call broke
        self.scheduled: set[str] = set()  # callbacks asked for

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def do(self, command: Any, *args: Any) -> None:
        """A center command, on the loop (its events are written from there), then settled."""

        async def do() -> None:
            command(*args)
            await self._settle()

        self.run(do())

    def teardown(self) -> None:
        async def close() -> None:
            await self.dialer.stop()
            await self.callbacks.stop()
            await self.center.stop()
            await self.store.close()

        self.run(close())
        self.loop.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------ the world

    async def _start_center(self) -> None:
        settings_ = Settings(data_dir=self.folder)
        self.center = Center(self.store, settings_, clock=self.clock)
        await self.center.start()
        self.callbacks = Callbacks(self.center, self.store, clock=self.clock)
        self.dialer = Dialer(self.center, self.store, clock=self.clock)
        self.callbacks.place = self.dialer.place = self._place
        await self.callbacks.start()
        await self.dialer.recover()
        for agent_id in AGENTS:
            self.center.set_agent_state(agent_id, AgentState.AVAILABLE)

    async def _place(self, contact_id: str, number: str, queue_id: int) -> None:
        """The phone line: every call placed is checked against the rules (a
        broken one is kept for the invariant: this runs in the server's
        background, where an exception would only be logged)."""
        try:
            self._check_placed(contact_id, number)
        except AssertionError as broken:
            self.broken.append(str(broken))

    def _check_placed(self, contact_id: str, number: str) -> None:
        now = self.clock.now
        callback = self.callbacks._attempts.get(contact_id)
        campaign_id = self.campaign["id"] if callback is None else None
        assert number not in {n for n, _ in self.out.values()}, f"{number} called twice at once"
        owner: int | str = callback if callback is not None else self.campaign["id"]
        assert (number, owner) not in self.reached, f"{number} called again once reached"
        if campaign_id is not None:
            assert not self.listed.blocks(number, campaign_id), f"{number} is do-not-call"
            window = self.dialer.running[campaign_id].window
            assert window is not None
            assert callable_at(window, time_zones(number), now), f"{number} outside its window"
        self.out[contact_id] = (number, campaign_id)
        self.placed.append((now, number))
        assert len(self.out) <= len(AGENTS), "more calls out than agents to hold them"

    async def _settle(self) -> None:
        for _ in range(20):  # each task may start another (a close schedules a retry)
            await self.dialer.background.drained()
            await self.callbacks.background.drained()
            await asyncio.sleep(0)
            if not (self.dialer.background.tasks or self.callbacks.background.tasks):
                return

    @initialize(
        mode=st.sampled_from(["preview", "progressive"]),
        people=st.lists(st.sampled_from(NUMBERS), min_size=1, max_size=6, unique=True),
    )
    def build(self, mode: str, people: list[str]) -> None:
        async def build() -> None:
            self.store = await _store(self.folder, self.clock)
            queue = await self.store.insert_row(
                "queues", {"name": "outbound", "wrap_up_s": 0, "callbacks_offered": True}
            )
            self.queue_id = queue["id"]
            for agent_id in AGENTS:
                await self.store.insert_row(
                    "users", {"username": f"agent{agent_id}", "password_hash": "x"}
                )
            self.campaign = await self.store.insert_row(
                "campaigns",
                {
                    "name": "renewals",
                    "queue_id": self.queue_id,
                    "mode": mode,
                    "preview_s": 120,  # read until the test says (longer than any run)
                    "status": "running",
                    "calling_window": WORKDAY.to_json(),
                    "retry": {"max_attempts": 3, "spacing_min": {"busy": 5, "no_answer": 10}},
                },
            )
            await self.store.add_prospects(self.campaign["id"], [{"number": n} for n in people])
            await self._start_center()

        self.run(build())

    # ---------------------------------------------------------------- rules

    @rule(minutes=st.sampled_from([1, 10, 45, 120]))
    def time_passes(self, minutes: int) -> None:
        self.clock.now += minutes * 60

    @rule()
    def dialer_round(self) -> None:
        async def round_() -> None:
            await self.callbacks.enter_due()
            await self.dialer.fill()
            await self._settle()

        self.run(round_())

    def _cards(self) -> list[str]:
        return sorted(self.center.acd.offers)

    @precondition(lambda self: self._cards())
    @rule(i=st.integers(0, 100), skip=st.booleans())
    def agent_reads_a_card(self, i: int, skip: bool) -> None:
        offer = self.center.acd.offers[self._cards()[i % len(self._cards())]]
        # "Skip" or "Call now"
        self.do(self.center.decline if skip else self.center.answer, offer.id, offer.agent_id)

    def _ringing(self) -> list[str]:
        return sorted(c for c in self.out if self.center.phase_of(c) is Phase.RINGING)

    @precondition(lambda self: self._ringing())
    @rule(i=st.integers(0, 100), outcome=st.sampled_from(OUTCOMES))
    def far_end(self, i: int, outcome: Outcome) -> None:
        contact_id = self._ringing()[i % len(self._ringing())]
        if outcome is Outcome.ANSWERED:
            number, campaign_id = self.out[contact_id]
            callback = self.callbacks._attempts.get(contact_id)
            owner: int | str = callback if callback is not None else (campaign_id or 0)
            self.reached.add((number, owner))
            self.do(self.center.far_end_answered, contact_id)
        else:
            del self.out[contact_id]
            self.do(self.center.dial_failed, contact_id, outcome)

    def _talking(self) -> list[str]:
        return sorted(c for c in self.out if self.center.phase_of(c) is Phase.CONNECTED)

    @precondition(lambda self: self._talking())
    @rule(i=st.integers(0, 100))
    def call_ends(self, i: int) -> None:
        contact_id = self._talking()[i % len(self._talking())]
        live = self.center.live_contact(contact_id)
        assert live is not None and live.agent_id is not None
        del self.out[contact_id]
        self.do(self.center.hang_up_by_agent, contact_id, live.agent_id)  # no wrap-up: closed

    @rule(agent=st.sampled_from(AGENTS), available=st.booleans())
    def agent_state(self, agent: int, available: bool) -> None:
        state = AgentState.AVAILABLE if available else AgentState.BREAK
        self.do(self.center.set_agent_state, agent, state)

    @rule(number=st.sampled_from(NUMBERS), everywhere=st.booleans())
    def listed_as_do_not_call(self, number: str, everywhere: bool) -> None:
        campaign_id = None if everywhere else self.campaign["id"]
        self.listed.add(number, campaign_id)

        async def add() -> None:
            await self.store.add_do_not_call([{"number": number, "campaign_id": campaign_id}])
            await self.dialer.reload()
            await self._settle()

        self.run(add())

    @rule(number=st.sampled_from(NUMBERS), in_minutes=st.sampled_from([0, 5, 60]))
    def callback_asked_for(self, number: str, in_minutes: int) -> None:
        async def ask() -> None:
            row = await self.callbacks.schedule(
                queue_id=self.queue_id,
                number=number,
                at=self.clock.now + in_minutes * 60,
                source="agent",
            )
            self.scheduled.add(row["id"])

        self.run(ask())

    @rule()
    def server_restarts(self) -> None:
        async def restart() -> None:
            await self.dialer.stop()
            await self.callbacks.stop()
            await self.center.stop()
            self.out.clear()  # the calls die with the server
            await self._start_center()
            await self._settle()

        self.run(restart())

    # ----------------------------------------------------------- invariants

    @invariant()
    def every_call_placed_kept_the_rules(self) -> None:
        assert not self.broken, self.broken

    @invariant()
    def no_callback_is_lost(self) -> None:
        if not self.scheduled:
            return
        rows = self.run(self.store.list_callbacks(limit=1000))
        by_id = {r["id"]: r for r in rows}
        assert self.scheduled <= set(by_id), "a callback vanished"
        for callback_id in self.scheduled:
            row = by_id[callback_id]
            assert row["attempts"] <= 3, row
            if row["status"] == "dialing":  # its call is out, and only its one
                assert row["contact_id"] in self.out, row
            if row["status"] in ("waiting", "dialing"):
                assert self.center.phase_of(row["contact_id"]) is not None, row

    @invariant()
    def nobody_is_called_beyond_the_rules(self) -> None:
        if not self.campaign:
            return
        rows = self.run(self.store.list_prospects(campaign_id=self.campaign["id"], limit=None))
        for row in rows:
            assert row["attempts"] <= 3, row
            if row["status"] == "dialing":
                assert row["contact_id"] in self.out, row
        per_agent: dict[int, int] = {}
        for contact_id in self.out:
            live = self.center.live_contact(contact_id)
            assert live is not None and live.agent_id is not None, contact_id
            per_agent[live.agent_id] = per_agent.get(live.agent_id, 0) + 1
        assert all(n == 1 for n in per_agent.values()), per_agent


# About 10 s on the 2-core CI machine. For a deeper hunt after changing the dialer:
#   CALLNEST_DIALER_EXAMPLES=500 pytest tests/unit/server/test_dialer_properties.py
DialerDay.TestCase.settings = settings(
    max_examples=int(os.environ.get("CALLNEST_DIALER_EXAMPLES", "25")),
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDialerDay = DialerDay.TestCase
