"""A simulated caller: asks for an agent through the public API, follows the
contact with long polls, gives up after its patience, sometimes hangs up
during the call, and records how the server says it ended."""

from __future__ import annotations

import asyncio
import math
import random
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from callnest.sim.api import Api, ApiError
from callnest.sim.config import SimConfig

MAX_POLL_S = 30.0  # the server's limit for wait_s
CREATE_RETRY_S = 30.0  # keep retrying a rate-limited contact this long
WAITING_STATES = frozenset({"queued", "ringing"})


@dataclass(slots=True)
class CallerRecord:
    """What one caller saw. Times are ``time.monotonic()``."""

    index: int
    contact_id: str | None = None
    created_at: float | None = None
    connected_at: float | None = None  # first time the caller saw "connected"
    closed_at: float | None = None
    outcome: str | None = None  # the server's, once the contact is closed
    abandoned: bool = False  # the caller hung up while waiting
    hung_up_talking: bool = False  # the caller ended the call
    requeued: int = 0  # seen connected, then back in the queue
    rating: int | None = None  # what the caller rated the call, once accepted
    polls: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def offered(self) -> bool:
        return self.contact_id is not None

    @property
    def waited_s(self) -> float | None:
        if self.created_at is None or self.connected_at is None:
            return None
        return self.connected_at - self.created_at


class SimCaller:
    def __init__(
        self,
        index: int,
        api: Api,
        config: SimConfig,
        rng: random.Random,
        live: dict[str, str],
    ) -> None:
        self.api = api
        self.config = config
        self.record = CallerRecord(index)
        # Draw everything up front, so the caller's behaviour does not depend
        # on how the run happened to interleave.
        self.patience_s = config.s(rng.expovariate(1 / config.patience_s))
        self.hangs_up = rng.random() < config.caller_hangup_prob
        self.own_talk_s = config.draw_talk_s(rng)
        self.repatience_s = config.s(rng.expovariate(1 / config.patience_s))
        self.name = f"Sim caller {index + 1}"
        # Drawn last and only when asked: runs without phones draw as before.
        self.phone = rng.choice(config.caller_phones) if config.caller_phones else None
        self.rates: int | None = None
        if config.rating_prob and rng.random() < config.rating_prob:
            # Most customers of a decent call center are content: skewed high.
            self.rates = rng.choices((5, 4, 3, 2, 1), weights=(45, 30, 13, 7, 5))[0]
        self._live = live  # contact_id -> state, shared: the progress line counts these
        self._token = ""
        self.state = "new"

    async def run(self) -> CallerRecord:
        rec = self.record
        try:
            if not await self._create():
                return rec
            await self._follow()
            if self.rates is not None and rec.outcome == "answered":
                await self._rate(self.rates)
        except asyncio.CancelledError:
            rec.errors.append(f"gave up following contact {rec.contact_id} in state {self.state}")
            raise
        finally:
            if rec.contact_id is not None:
                self._live.pop(rec.contact_id, None)
        return rec

    async def _create(self) -> bool:
        rec = self.record
        deadline = time.monotonic() + CREATE_RETRY_S
        while True:
            try:
                reply = await self.api.call(
                    "POST",
                    f"/api/public/queues/{self.config.queue}/contacts",
                    json={"caller_name": self.name} | ({"phone": self.phone} if self.phone else {}),
                )
                break
            except ApiError as exc:
                if exc.status == 429 and time.monotonic() < deadline:
                    retry = exc.details if isinstance(exc.details, int | float) else 1.0
                    await asyncio.sleep(min(float(retry), 5.0))
                    continue
                rec.errors.append(f"creating the contact failed: {exc}")
                return False
            except (aiohttp.ClientError, TimeoutError) as exc:
                rec.errors.append(f"creating the contact failed: {exc!r}")
                return False
        rec.created_at = time.monotonic()
        rec.contact_id = str(reply["contact_id"])
        self._token = str(reply["token"])
        self._update(reply)
        return True

    def _update(self, status: dict[str, Any]) -> None:
        rec = self.record
        previous, self.state = self.state, str(status.get("state"))
        now = time.monotonic()
        if self.state == "connected" and rec.connected_at is None:
            rec.connected_at = now
        if previous in ("connected", "wrap_up") and self.state in WAITING_STATES:
            rec.requeued += 1
        if self.state == "closed":
            rec.closed_at = now
            rec.outcome = None if status.get("outcome") is None else str(status["outcome"])
        assert rec.contact_id is not None
        self._live[rec.contact_id] = self.state

    async def _follow(self) -> None:
        rec = self.record
        assert rec.created_at is not None
        give_up_at = rec.created_at + self.patience_s
        hang_up_at: float | None = None
        while self.state != "closed":
            now = time.monotonic()
            if self.state in WAITING_STATES:
                if rec.requeued and hang_up_at is not None:
                    # Cut off mid-call and put back in line: a caller's
                    # patience starts again.
                    give_up_at, hang_up_at = now + self.repatience_s, None
                if now >= give_up_at:
                    await self._give_up()
                    continue
                await self._poll(give_up_at - now)
            elif self.state == "connected":
                if hang_up_at is None:
                    hang_up_at = now + (self.own_talk_s if self.hangs_up else math.inf)
                if now >= hang_up_at:
                    rec.hung_up_talking = True
                    await self._hang_up()
                    hang_up_at = math.inf
                    continue
                await self._poll(hang_up_at - now)
            else:  # on hold, wrap-up: the caller only waits for the end
                await self._poll(math.inf)

    async def _give_up(self) -> None:
        # A long poll returns on the next change after it arrives, so a
        # change in between can go unseen: look once more before leaving.
        await self._poll(0.0)
        if self.state in WAITING_STATES:
            self.record.abandoned = True
            await self._hang_up()

    async def _rate(self, rating: int) -> None:
        rec = self.record
        try:
            await self.api.call(
                "POST",
                f"/api/public/contacts/{rec.contact_id}/feedback",
                json={"rating": rating},
                headers={"X-Contact-Token": self._token},
            )
        except (ApiError, aiohttp.ClientError, TimeoutError) as exc:
            rec.errors.append(f"rating the call failed: {exc!r}")
            return
        rec.rating = rating

    async def _hang_up(self) -> None:
        rec = self.record
        try:
            reply = await self.api.call(
                "DELETE",
                f"/api/public/contacts/{rec.contact_id}",
                headers={"X-Contact-Token": self._token},
            )
        except (ApiError, aiohttp.ClientError, TimeoutError) as exc:
            rec.errors.append(f"hanging up failed: {exc!r}")
            await asyncio.sleep(0.5)
            await self._poll(0.0)
            return
        self._update(reply)

    async def _poll(self, within_s: float) -> None:
        """One status request, waiting up to ``within_s`` for a change."""
        rec = self.record
        wait_s = min(MAX_POLL_S, max(0.0, within_s))
        rec.polls += 1
        try:
            # The server answers at wait_s at the latest, with the state as it is.
            reply = await self._status(wait_s)
        except (ApiError, aiohttp.ClientError, TimeoutError) as exc:
            rec.errors.append(f"polling failed: {exc!r}")
            await asyncio.sleep(0.5)
            return
        self._update(reply)

    async def _status(self, wait_s: float) -> Any:
        return await self.api.call(
            "GET",
            f"/api/public/contacts/{self.record.contact_id}",
            params={"wait_s": f"{wait_s:.3f}"},
            headers={"X-Contact-Token": self._token},
            timeout_s=wait_s + 30.0,
        )
