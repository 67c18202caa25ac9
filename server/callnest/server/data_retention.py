"""How long personal data of past contacts is kept, per kind, and its
enforcement: chat transcripts (the messages and the customer's details of
a chat) and contact details (who called, from where, the agent's notes and
the customer's comment on an interaction). Recordings have their own
setting (media/retention.py). Each is kept for ever unless the owner sets a
number of days; what reports count (times, queues, agents, outcomes) stays.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Final

from callnest.server.store.store import Store

log = logging.getLogger("callnest.retention")

TRANSCRIPTS_KEY: Final = "transcript_retention_days"
CONTACT_DETAILS_KEY: Final = "contact_details_retention_days"
ENFORCE_EVERY_S = 3600.0  # hourly: nothing outlives its setting by more than an hour
DAY_S = 86_400.0


async def enforce_once(store: Store, now: float | None = None) -> dict[str, int]:
    """Expires what is older than its setting; returns how many of each."""
    now = time.time() if now is None else now
    done = {"transcripts": 0, "contact_details": 0}
    days = await store.get_setting(TRANSCRIPTS_KEY)
    if days is not None:
        done["transcripts"] = await store.expire_transcripts(now - float(days) * DAY_S)
    days = await store.get_setting(CONTACT_DETAILS_KEY)
    if days is not None:
        done["contact_details"] = await store.expire_contact_details(now - float(days) * DAY_S)
    if any(done.values()):
        log.info(
            "retention: %d chat transcripts and %d contacts' details expired",
            done["transcripts"],
            done["contact_details"],
        )
    return done


async def enforce_forever(store: Store) -> None:
    while True:
        try:
            await enforce_once(store)
        except Exception:
            log.exception("expiring old personal data failed; trying again later")
        await asyncio.sleep(ENFORCE_EVERY_S)
