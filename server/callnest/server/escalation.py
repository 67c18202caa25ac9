"""Escalation tiers, live: the rules of :mod:`callnest.server.acd.escalation`
run every ``escalation_check_s`` against the center's open e-mails, tasks and
callbacks.

Why it exists: the rules are pure and the ACD knows only what it routes. This
is where they meet the clock, the store and the people: it finds each
e-mail's first reply in the store (an agent's message to the customer during
the contact) and writes it to the log as a ``contact.first_response`` event,
keeps each escalation's tier and reason on the interaction row (``data.escalation``),
takes up after a restart the tiers the log says the open items had reached,
and lists for supervisors the items that moved up (``GET /api/escalations``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from callnest import protocol as p
from callnest.protocol import rest
from callnest.server.acd import Channel, Event, EventType
from callnest.server.acd.escalation import SPECIALISTS, Escalation, Escalator
from callnest.server.acd.events import Answered, Closed, Escalated, FirstResponse
from callnest.server.background import Background
from callnest.server.center import Center
from callnest.server.settings import Settings
from callnest.server.store.store import Row, Store

log = logging.getLogger("callnest.escalation")

# What a restart reads back of an open item's life: its tiers and its first response.
_RESTORED_FROM = (EventType.ESCALATED, EventType.FIRST_RESPONSE, EventType.ANSWERED)


class Escalations:
    def __init__(
        self,
        center: Center,
        store: Store,
        settings: Settings,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.center = center
        self.store = store
        self.settings = settings
        self.rules = Escalator(center.acd, clock, escalate=center.escalate)
        self._background = Background(log, "escalation")
        self._task: asyncio.Task[None] | None = None
        center.subscribe(self.on_event)

    # ------------------------------------------------------------ life cycle

    async def start(self) -> None:
        """Takes up the tiers of the items back in line (after the chats, the
        e-mails and the callbacks are), then checks on the clock."""
        await self._restore()
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        self.center.unsubscribe(self.on_event)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._background.finish()

    async def _restore(self) -> None:
        items = {c.id: c for c in self.rules.items()}
        if not items:
            return
        rows = await self.store.events_of_contacts(items, types=[str(t) for t in _RESTORED_FROM])
        escalated = 0
        for event in (Event.from_row(row) for row in rows):
            contact = items.get(event.contact_id or "")
            if contact is None:
                continue
            if isinstance(event, Escalated) and event.tier > contact.tier:
                self.center.restore_escalation(contact.id, event.tier, event.reason, event.at)
                escalated += 1
            elif isinstance(event, FirstResponse) or (
                isinstance(event, Answered) and contact.channel is Channel.TASK
            ):
                self.rules.responded(contact.id, event.at)
        if escalated:
            log.info("%d escalated items back in line keep their tiers", escalated)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.settings.escalation_check_s)
            try:
                await self.check()
            except Exception:  # a bug must not stop the checks for good
                log.exception("checking the service targets failed")

    # --------------------------------------------------------------- checking

    async def check(self) -> list[Escalation]:
        """E-mails' first replies read, then every item past a target moved up."""
        await self._read_replies()
        done = self.rules.check()
        for step in done:
            log.info(
                "contact %s past its %s target: tier %d%s",
                step.contact_id[:8],
                step.reason.replace("_", " "),
                step.tier,
                f", now in queue {step.to_queue_id}" if step.to_queue_id is not None else "",
            )
        for contact in self.rules.unowned():
            log.error("contact %s is past its target and nobody owns it", contact.id[:8])
        return done

    async def _read_replies(self) -> None:
        waiting = [
            c.id
            for c in self.rules.items()
            if c.channel is Channel.EMAIL and c.id not in self.rules.first_responses
        ]
        if not waiting:
            return
        for contact_id, reply in (await self.store.first_replies(waiting)).items():
            contact = self.center.live_contact(contact_id)
            # Closed meanwhile: its Closed looked for the reply itself.
            if contact is not None and contact_id not in self.rules.first_responses:
                self._first_reply(contact_id, contact.queue_id, reply)

    def _first_reply(self, contact_id: str, queue_id: int | None, reply: Row) -> None:
        self.rules.responded(contact_id, reply["at"])
        self.center.record(FirstResponse(reply["at"], contact_id, queue_id, reply["sent_by"]))

    async def _last_look(self, contact_id: str, queue_id: int | None) -> None:
        """An e-mail's contact closed before a check found its reply: found now."""
        reply = (await self.store.first_replies([contact_id])).get(contact_id)
        if reply is not None:
            self._first_reply(contact_id, queue_id, reply)

    # ----------------------------------------------------------------- events

    def on_event(self, event: Event) -> None:
        contact_id = event.contact_id
        if contact_id is None:
            return
        if isinstance(event, Closed):
            contact = self.center.live_contact(contact_id)  # still there while it closes
            if (
                contact is not None
                and contact.channel is Channel.EMAIL
                and contact_id not in self.rules.first_responses
            ):
                self._background.spawn(self._last_look(contact_id, event.queue_id))
        self.rules.on_event(event)
        if isinstance(event, Escalated):
            # The visible reason, kept with the interaction.
            self.center.annotate(
                contact_id,
                data={
                    "escalation": {
                        "tier": event.tier,
                        "reason": event.reason,
                        "at": event.at,
                        "from_queue_id": event.queue_id,
                        "to_queue_id": event.to_queue_id,
                    }
                },
            )

    # ------------------------------------------------------------ supervisors

    def listed(self) -> list[rest.EscalatedItem]:
        """The open items that moved up a tier, the supervisors' first, longest there first."""
        center = self.center
        out: list[rest.EscalatedItem] = []
        for contact in self.rules.items():
            if contact.tier < SPECIALISTS or contact.escalation_reason is None:
                continue
            queue = center.queues.get(contact.queue_id)
            meta = center.contacts.get(contact.id)
            agent = center.agents.get(contact.agent_id) if contact.agent_id is not None else None
            out.append(
                rest.EscalatedItem(
                    contact_id=contact.id,
                    queue_id=contact.queue_id,
                    queue_name=(queue.display_name or queue.name) if queue else "?",
                    channel=p.Channel(str(contact.channel)),
                    customer_name=meta.caller_name if meta else None,
                    customer_id=meta.customer_id if meta else None,
                    tier=contact.tier,
                    reason=contact.escalation_reason,
                    since=self.rules.tier_since(contact),
                    entered_at=contact.entered_at,
                    state=str(contact.phase),
                    agent_id=contact.agent_id,
                    agent_name=agent.config.name if agent else None,
                )
            )
        return sorted(out, key=lambda item: (-item.tier, item.since))
