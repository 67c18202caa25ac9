"""The agents of ``callnest-bench campaign``: the simulator's agents
(:class:`callnest.sim.agents.SimAgent`) at a campaign's pace, without audio.

In progressive mode an agent answers nothing: the server places a call for
her the moment she is free, and her desktop sees it ring and connect. She
talks 2 to 6 s, hangs up and wraps up in at most a second; a callback's
card she takes at once. She never misses, declines, pauses or drops her
line of her own accord -- the bench's only disturbance is the server's
restart, after which she logs in again and is available as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from dataclasses import dataclass

import aiohttp

from callnest.sim.agents import AgentTally, SessionClosed, SimAgent
from callnest.sim.api import Api, ApiError
from callnest.sim.config import SimConfig

# A login or connect that finds the server away (restarting) is tried again this often.
RETRY_S = 0.25
# The server counts a login in flight as failed until its password checks out,
# and refuses a 21st from one address (LoginThrottle: four times five) for
# minutes: every agent logging in at once -- at the start, after the restart
# -- would be. So a few at a time.
LOGINS_AT_ONCE = 8
# What a restart makes every agent's session say: expected, not an error.
SESSION_ENDED = "the server closed the session"


@dataclass(frozen=True, slots=True)
class CampaignPace(SimConfig):
    """The simulator's behaviour with talk times drawn evenly from
    ``talk_min_s`` to ``talk_max_s`` (the simulator's are exponential)."""

    talk_min_s: float = 2.0
    talk_max_s: float = 6.0

    def draw_talk_s(self, rng: random.Random) -> float:
        return self.s(rng.uniform(self.talk_min_s, self.talk_max_s))


PACE = CampaignPace(
    calls=0,
    ring_min_s=0.2,  # a callback's card: taken at once
    ring_max_s=0.5,
    wrap_min_s=0.5,
    wrap_max_s=1.0,
    miss_prob=0.0,
    decline_prob=0.0,
    break_prob=0.0,
    drop_per_min=0.0,
    long_drop_prob=0.0,
    reconnect_min_s=0.2,
    reconnect_max_s=1.0,
    audio_links=False,
)


class CampaignAgent(SimAgent):
    """The simulator's agent, logging in when the crew's turn comes."""

    def __init__(
        self,
        index: int,
        username: str,
        password: str,
        api: Api,
        pace: SimConfig,
        rng: random.Random,
        logins: asyncio.Semaphore,
    ) -> None:
        super().__init__(index, username, password, api, pace, rng)
        self._logins = logins

    async def _login(self) -> str:
        async with self._logins:
            return await super()._login()


class Crew:
    """Every agent's shift, each in a task of this process."""

    def __init__(
        self, accounts: list[tuple[str, str]], api: Api, seed: int, pace: SimConfig = PACE
    ) -> None:
        seeds = random.Random(seed)
        logins = asyncio.Semaphore(LOGINS_AT_ONCE)
        self.agents = [
            CampaignAgent(
                i, username, password, api, pace, random.Random(seeds.getrandbits(64)), logins
            )
            for i, (username, password) in enumerate(accounts)
        ]
        self.failed_logins = 0  # tries that found the server away
        self.last_failure = ""
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self, timeout_s: float) -> None:
        """Until every agent is logged in and available."""
        self._tasks = [
            asyncio.create_task(self._shift(agent), name=agent.username) for agent in self.agents
        ]
        await self.ready(timeout_s)

    def away(self) -> None:
        """The server goes away: :meth:`ready` waits for every agent to come back."""
        for agent in self.agents:
            agent.ready.clear()

    async def ready(self, timeout_s: float) -> float:
        """Until every agent is available again; how long that took. TimeoutError
        naming how many are not, and why, if that takes over ``timeout_s``."""
        started = time.monotonic()
        waits = [asyncio.create_task(agent.ready.wait()) for agent in self.agents]
        try:
            _, late = await asyncio.wait(waits, timeout=timeout_s)
        finally:
            for wait in waits:
                wait.cancel()
        if late:
            errors = [*self.errors()[-3:], self.last_failure][-3:]
            raise TimeoutError(
                f"{len(late)} of {len(self.agents)} agents were not available within "
                f"{timeout_s:.0f} s: {'; '.join(e for e in errors if e) or 'no error seen'}"
            )
        return time.monotonic() - started

    async def stop(self, timeout_s: float) -> None:
        """Every agent finishes what she holds, goes offline and logs off."""
        self._stop.set()
        if self._tasks:
            _, late = await asyncio.wait(self._tasks, timeout=timeout_s)
            for task in late:
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

    def tally(self) -> AgentTally:
        total = AgentTally()
        for agent in self.agents:
            total.merge(agent.tally)
        return total

    def errors(self) -> list[str]:
        """What went wrong for the agents, less the sessions the restart ended."""
        tally = self.tally()
        return [e for e in tally.errors + tally.protocol_errors if not e.endswith(SESSION_ENDED)]

    async def _shift(self, agent: SimAgent) -> None:
        """The agent's shift until stopped, started again each time a login
        or connect finds the server away: SimAgent reconnects after a lost
        session, but not past a server that is not there yet."""
        while True:
            try:
                await agent.run(self._stop)
                return
            except (aiohttp.ClientError, OSError, ApiError, SessionClosed, TimeoutError) as exc:
                if self._stop.is_set():
                    return
                self.failed_logins += 1
                self.last_failure = f"{agent.username}: {exc!r}"
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), RETRY_S)
