"""Recordings are deleted once older than the owner's retention setting, and
their interactions stop pointing at them."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from callnest.server.media.oggopus import prune_recordings
from callnest.server.store.store import Store

log = logging.getLogger("callnest.media")

RETENTION_KEY = "recording_retention_days"
DEFAULT_RETENTION_DAYS = 90
PRUNE_EVERY_S = 3600.0


async def prune_once(store: Store, root: Path, now: float | None = None) -> list[str]:
    """Deletes expired recordings; returns the contact ids whose recording went."""
    days = await store.get_setting(RETENTION_KEY, DEFAULT_RETENTION_DAYS)
    if days is None:
        return []
    deleted = await asyncio.to_thread(
        prune_recordings, root, float(days), time.time() if now is None else now
    )
    contact_ids = [path.stem for path in deleted]
    for contact_id in contact_ids:
        await store.upsert_interaction({"id": contact_id, "recording": None})
    if contact_ids:
        log.info("deleted %d recordings older than %s days", len(contact_ids), days)
    return contact_ids


async def prune_forever(store: Store, root: Path) -> None:
    while True:
        try:
            await prune_once(store, root)
        except Exception:
            log.exception("deleting expired recordings failed; trying again later")
        await asyncio.sleep(PRUNE_EVERY_S)
