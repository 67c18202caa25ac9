"""Callbacks: the center calls a customer back, without losing their place.

Two kinds, one life. A caller waiting in line (on the phone: key 1; on the
web page: a button) leaves a number and hangs up: their contact stays in the
ACD's line exactly where it was, as a call to place. A customer (the page's
form) or an agent (at wrap-up) asks for a call at a time: at that time a new
contact joins the queue, with the queue's callback priority over new calls.
Either way, when its turn comes one agent is reserved, sees the card for the
queue's preview, and the call is placed (:meth:`PhoneCalls.place`).

Nothing lost, nothing dialled twice: each callback is a row, written before
anything is promised to the customer and written "dialing" before its call
is placed. A restart puts the waiting ones back in line at their place, the
scheduled ones on the clock, and counts a call cut off while dialing as an
attempt (retried after a pause, never at once). A call that does not reach
the customer is tried again by :data:`RETRY`, then the callback fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from callnest import protocol as p
from callnest.server.acd import AcdError, Outcome
from callnest.server.acd.events import Answered, Closed, Dialled, Event
from callnest.server.acd.stats import CALLBACK_PURPOSES
from callnest.server.background import Background
from callnest.server.center import Center
from callnest.server.outreach import AttemptOutcome, RetryPolicy, country, e164
from callnest.server.refused import Refused
from callnest.server.store.errors import NotFound, StoreError
from callnest.server.store.store import Row, Store

log = logging.getLogger("callnest.callbacks")

OPEN = ("scheduled", "waiting", "dialing")

# The customer expects our call, so sooner than a campaign would: three tries.
RETRY = RetryPolicy(
    max_attempts=3,
    spacing_s={
        AttemptOutcome.BUSY: 300.0,
        AttemptOutcome.NO_ANSWER: 900.0,
        AttemptOutcome.FAILED: 900.0,
        AttemptOutcome.INTERRUPTED: 60.0,
    },
)

_ATTEMPT_OUTCOMES = {
    Outcome.BUSY: AttemptOutcome.BUSY,
    Outcome.NO_ANSWER: AttemptOutcome.NO_ANSWER,
    Outcome.FAILED: AttemptOutcome.FAILED,
}

# Places a call the ACD has placed: (contact id, number, queue id).
PlaceCall = Callable[[str, str, int], Awaitable[None]]


class Callbacks:
    """Every open callback, from its request to its end."""

    def __init__(
        self,
        center: Center,
        store: Store,
        *,
        retry: RetryPolicy = RETRY,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._center = center
        self._store = store
        self._retry = retry
        self._clock = clock
        self.place: PlaceCall | None = None  # the phone side's, once it exists
        self._attempts: dict[str, str] = {}  # contact id of an attempt in the ACD -> callback
        self._timer: asyncio.TimerHandle | None = None
        self.background = Background(log, "callbacks")
        self._stopping = False
        center.subscribe(self.on_event)

    # ------------------------------------------------------------ life cycle

    async def start(self) -> None:
        """Takes up the callbacks the last run left open."""
        now = self._clock()
        restored = cut_off = 0
        for row in await self._store.list_callbacks(statuses=OPEN, limit=100_000):
            if row["status"] == "dialing":
                # Its call died with the server: an attempt, retried after a pause.
                await self._after_attempt(row, AttemptOutcome.INTERRUPTED)
                cut_off += 1
            elif row["status"] == "waiting":
                restored += await self._back_in_line(row)
        if restored or cut_off:
            log.info(
                "callbacks after a restart: %d back in line, %d cut off while dialing",
                restored,
                cut_off,
            )
        self._arm(now)

    async def stop(self) -> None:
        self._stopping = True
        if self._timer is not None:
            self._timer.cancel()
        await self.background.finish()

    async def _back_in_line(self, row: Row) -> int:
        contact_id = row["contact_id"]
        try:
            interaction = await self._store.get_interaction(contact_id)
        except NotFound:
            interaction = None
        try:
            self._center.restore_call_to_place(
                row["queue_id"],
                contact_id=contact_id,
                number=row["number"],
                name=row["name"],
                customer_id=row["customer_id"],
                queue_entered_at=row["due_at"],
                purpose=_purpose(row),
                priority=self._priority(row),
                interaction=interaction,
            )
        except AcdError as exc:
            log.error("callback %s cannot go back in line: %s", row["id"][:8], exc)
            await self._end(row, "failed", "failed")
            return 0
        self._attempts[contact_id] = row["id"]
        return 1

    # --------------------------------------------------------------- asking

    async def keep_place(self, contact_id: str, number: str, source: str) -> Row:
        """The waiting caller of ``contact_id`` is to be called back at
        ``number`` (E.164), keeping their place. Stored first: once this
        returns the caller may hang up. Raises :class:`Refused` (the ACD's
        reason) when the contact cannot become a callback."""
        live = self._center.live_contact(contact_id)
        meta = self._center.contacts.get(contact_id)
        if live is None or meta is None:
            raise Refused(p.ErrorCode.UNKNOWN_CONTACT, "this call is over")
        if not self._center.queue_media[live.queue_id].callbacks_offered:
            raise Refused(p.ErrorCode.NOT_SUPPORTED, "this queue does not offer callbacks")
        now = self._clock()
        row = await self._store.insert_callback(
            {
                "id": str(uuid.uuid4()),
                "queue_id": live.queue_id,
                "contact_id": contact_id,
                "number": number,
                "name": meta.caller_name,
                "customer_id": meta.customer_id,
                "source": source,
                "requested_at": now,
                "promised_at": now,
                "due_at": live.queue_entered_at,  # its place in line
                "status": "waiting",
            }
        )
        try:
            self._center.request_callback(contact_id)
        except AcdError:
            await self._store.set_callback(row["id"], {"status": "cancelled"})
            raise
        meta.caller_address, meta.callback_id = number, row["id"]
        self._attempts[contact_id] = row["id"]
        self._center.annotate(contact_id, data={"callback": row["id"]})
        log.info("caller %s will be called back, keeping their place", contact_id[:8])
        return row

    async def schedule(
        self,
        *,
        queue_id: int,
        number: str,
        at: float,
        source: str,
        name: str | None = None,
        customer_id: int | None = None,
        note: str = "",
        requested_by: int | None = None,
        time_zone: str | None = None,
    ) -> Row:
        """A callback at ``at`` (UNIX time; at once when past) to ``number`` (E.164)."""
        if queue_id not in self._center.queues:
            raise Refused(p.ErrorCode.UNKNOWN_QUEUE, f"there is no queue {queue_id}")
        now = self._clock()
        row = await self._store.insert_callback(
            {
                "id": str(uuid.uuid4()),
                "queue_id": queue_id,
                "number": number,
                "name": name,
                "customer_id": customer_id,
                "source": source,
                "note": note,
                "requested_by": requested_by,
                "requested_at": now,
                "promised_at": max(at, now),
                "due_at": max(at, now),
                "time_zone": time_zone,
                "status": "scheduled",
            }
        )
        self._arm(now)
        return row

    async def cancel(self, callback_id: str) -> Row:
        """Calls off an open callback not being dialled; the row as it is now."""
        row = await self._store.set_callback(
            callback_id, {"status": "cancelled"}, if_status=("scheduled", "waiting")
        )
        if row is None:
            current = await self._store.get_callback(callback_id)  # NotFound if none
            raise Refused(
                p.ErrorCode.CONFLICT,
                f"this callback is {current['status']}: it cannot be called off",
            )
        contact_id = row["contact_id"]
        if contact_id in self._attempts and self._center.live_contact(contact_id):
            with contextlib.suppress(AcdError):  # placed meanwhile: it goes ahead
                self._center.cancel_call(contact_id)
        return row

    # ---------------------------------------------------------- the schedule

    def _arm(self, now: float) -> None:
        """Wakes up at the next scheduled callback (asks the store then)."""
        self.background.spawn(self._arm_at_next(now))

    async def _arm_at_next(self, now: float) -> None:
        due = await self._store.list_callbacks(statuses=("scheduled",), limit=1)
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not due or self._stopping:
            return
        delay = max(0.0, due[0]["due_at"] - self._clock())
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(delay, lambda: self.background.spawn(self.enter_due()))

    async def enter_due(self) -> None:
        """Every scheduled callback now due joins its queue's line."""
        self._timer = None
        now = self._clock()
        for row in await self._store.list_callbacks(statuses=("scheduled",), limit=500):
            if row["due_at"] > now:
                break
            await self._enter(row)
        self._arm(now)

    async def _enter(self, row: Row) -> None:
        contact_id = str(uuid.uuid4())
        taken = await self._store.set_callback(
            row["id"], {"status": "waiting", "contact_id": contact_id}, if_status=("scheduled",)
        )
        if taken is None:
            return  # cancelled meanwhile
        media = self._center.queue_media.get(row["queue_id"])
        try:
            if media is None:
                raise AcdError(p.ErrorCode.UNKNOWN_QUEUE, "its queue is gone")
            self._center.place_call(
                row["queue_id"],
                contact_id=contact_id,
                number=row["number"],
                name=row["name"],
                customer_id=row["customer_id"],
                # What an agent scheduled is theirs to vouch for; a form is a claim.
                identity="confirmed" if row["source"] == "agent" else "claimed",
                preview_s=media.callback_preview_s,
                purpose=_purpose(row),
                priority=self._priority(row),
                entered_at=row["promised_at"],
            )
        except AcdError as exc:
            log.error("callback %s cannot join its queue: %s", row["id"][:8], exc)
            await self._end(taken, "failed", "failed")
            return
        self._attempts[contact_id] = row["id"]
        self._center.annotate(contact_id, data={"callback": row["id"]})

    def _priority(self, row: Row) -> int:
        if row["source"] in ("phone", "web") and row["attempts"] == 0:
            return 0  # a waiting caller's keeps the place it had, no more
        media = self._center.queue_media.get(row["queue_id"])
        return media.callback_priority if media is not None else 0

    # ------------------------------------------------------------ attempts

    def on_event(self, event: Event) -> None:
        callback_id = self._attempts.get(event.contact_id or "")
        if callback_id is None:
            return
        if isinstance(event, Dialled) and event.purpose in CALLBACK_PURPOSES:
            self.background.spawn(self._dial(callback_id, event.contact_id or ""))
        elif isinstance(event, Answered) and event.outbound:
            # Done, as of now: a restart mid-conversation must not call them again.
            self.background.spawn(self._reached(callback_id))
        elif isinstance(event, Closed):
            del self._attempts[event.contact_id or ""]
            self.background.spawn(self._closed(callback_id, event.outcome))

    async def _reached(self, callback_id: str) -> None:
        await self._store.set_callback(
            callback_id, {"status": "done", "last_outcome": "answered"}, if_status=("dialing",)
        )

    async def _dial(self, callback_id: str, contact_id: str) -> None:
        """The ACD placed the attempt with an agent: written as dialing, then dialled."""
        meta = self._center.contacts.get(contact_id)
        number = meta.caller_address if meta is not None else None
        if self._stopping:  # the server is stopping: nobody is called now
            self._center.dial_failed(contact_id, Outcome.CANCELLED)
            return
        if number in self._center.numbers_on_the_line(besides=contact_id):
            # We are on the line with them already (another callback, a
            # campaign's call, their own call in): tried again later, not now.
            self._center.dial_failed(contact_id, Outcome.BUSY)
            return
        try:
            current = await self._store.get_callback(callback_id)
            row = await self._store.set_callback(
                callback_id,
                {"status": "dialing", "attempts": current["attempts"] + 1},
                if_status=("waiting",),
            )
        except (StoreError, NotFound) as exc:
            log.error("callback %s not dialled, it could not be written: %s", callback_id, exc)
            row = None
        if row is None:  # called off meanwhile, or not written: never dial unrecorded
            with contextlib.suppress(AcdError):
                self._center.dial_failed(contact_id, Outcome.CANCELLED)
            return
        if self.place is None:
            self._center.dial_failed(contact_id, Outcome.FAILED)
            return
        await self.place(contact_id, row["number"], row["queue_id"])

    async def _closed(self, callback_id: str, outcome: Outcome) -> None:
        row = await self._store.get_callback(callback_id)
        if outcome is Outcome.ANSWERED:
            await self._end(row, "done", "answered")
        elif row["status"] == "cancelled":
            return  # called off (cancel() wrote it)
        elif outcome is Outcome.CANCELLED:
            return  # taken back unplaced as the server stops: a restart puts it back in line
        else:
            await self._after_attempt(row, _ATTEMPT_OUTCOMES.get(outcome, AttemptOutcome.FAILED))

    async def _after_attempt(self, row: Row, outcome: AttemptOutcome) -> None:
        """An attempt did not reach the customer: again later, or the end."""
        now = self._clock()
        attempts = row["attempts"]  # counted when it was written dialing
        again = self._retry.next_attempt(outcome, attempts, now)
        if again is None:
            await self._end(row, "failed", str(outcome), attempts=attempts)
            log.info("callback %s failed after %d attempts", row["id"][:8], attempts)
            return
        await self._store.set_callback(
            row["id"],
            {
                "status": "scheduled",
                "due_at": again,
                "contact_id": None,
                "attempts": attempts,
                "last_outcome": str(outcome),
            },
        )
        self._arm(now)

    async def _end(self, row: Row, status: str, outcome: str | None, **values: Any) -> None:
        await self._store.set_callback(
            row["id"], {"status": status, "last_outcome": outcome, **values}
        )


def callback_number(text: str, caller_id: str | None) -> str:
    """A number a customer typed, in E.164: written nationally, it is read
    in the country of the queue's caller ID (where the business calls from).
    :class:`Refused` saying what is wrong when it is not a number to call."""
    try:
        return e164(text, country(caller_id) if caller_id else None)
    except ValueError as exc:
        raise Refused(p.ErrorCode.INVALID_REQUEST, str(exc)) from exc


def _purpose(row: Row) -> str:
    """A first attempt is a new callback in the figures; a later one continues it."""
    return "callback" if row["attempts"] == 0 else "callback_retry"
