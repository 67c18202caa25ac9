"""A customer's rights over their data (GDPR): an export of everything kept
about them (an access request), erasure in one action, and how long each
kind of personal data of past contacts is kept."""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile
import time
import zipfile
from pathlib import Path
from typing import IO, Annotated, Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from callnest.protocol import ErrorCode, rest
from callnest.server.api.admin import audit
from callnest.server.api.endpoints import Api, body, path_int, principal
from callnest.server.api.errors import ApiError
from callnest.server.auth import MANAGERS, OWNER_ONLY
from callnest.server.data_retention import CONTACT_DETAILS_KEY, TRANSCRIPTS_KEY
from callnest.server.keys import CENTER, SETTINGS, STORE
from callnest.server.media.retention import DEFAULT_RETENTION_DAYS, RETENTION_KEY
from callnest.server.store.errors import NotFound

log = logging.getLogger("callnest.privacy")

Days = Annotated[int, Field(ge=1, le=3650)]


class RetentionIn(BaseModel):
    """How many days each kind is kept after its contact ended (null: for ever)."""

    model_config = ConfigDict(extra="forbid")
    transcripts_days: Days | None
    contact_details_days: Days | None


def recording_file(root: Path, stored: str | None) -> Path | None:
    """A recording's file under ``root``; None for none, or a stored path that
    leaves the folder (the path is ours, but such a one is never used)."""
    if not stored:
        return None
    path = (root / stored).resolve()
    return path if path.is_relative_to(root) else None


def _write_export(data: dict[str, Any], root: Path, out: IO[bytes]) -> None:
    """The zip of an access request: the card, the interactions, each chat's
    transcript, and the recordings (Ogg/Opus, caller then agent)."""

    def text(value: Any) -> str:
        return json.dumps(value, indent=2, ensure_ascii=False, default=str)

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("customer.json", text(data["customer"]))
        archive.writestr("interactions.json", text(data["interactions"]))
        for contact_id, chat in data["chats"].items():
            archive.writestr(f"chats/{contact_id}.json", text(chat))
        for row in data["interactions"]:
            path = recording_file(root, row.get("recording"))
            if path is not None and path.is_file():
                # Opus is compressed already.
                archive.write(path, f"recordings/{row['id']}.ogg", zipfile.ZIP_STORED)


def register(api: Api) -> None:
    register_retention(api)
    tag = "customers"

    @api.route(
        "GET",
        "/api/customers/{id}/export",
        roles=OWNER_ONLY,
        summary="Everything kept about a customer, as a zip (an access request): card, "
        "interactions, chat transcripts, recordings",
        tag=tag,
    )
    async def export(request: web.Request) -> web.StreamResponse:
        customer_id = path_int(request, "id")
        await request.app[CENTER].flush()  # the live calls' latest figures
        try:
            data = await request.app[STORE].customer_data(customer_id)
        except NotFound as exc:
            raise ApiError(404, ErrorCode.NOT_FOUND, str(exc)) from exc
        root = request.app[SETTINGS].recordings_dir.resolve()
        # Recordings can be large: the zip is built in a temporary file, off
        # the event loop, and streamed from there.
        with tempfile.TemporaryFile() as out:
            await asyncio.to_thread(_write_export, data, root, out)
            size = out.tell()
            out.seek(0)
            response = web.StreamResponse(
                headers={
                    "Content-Type": "application/zip",
                    "Content-Disposition": f'attachment; filename="customer-{customer_id}.zip"',
                    "Content-Length": str(size),
                }
            )
            await response.prepare(request)
            while chunk := await asyncio.to_thread(out.read, 256 * 1024):
                await response.write(chunk)
        await audit(
            request,
            "customer.export",
            f"customers:{customer_id}",
            {"interactions": len(data["interactions"]), "chats": len(data["chats"])},
        )
        await response.write_eof()
        return response

    @api.route(
        "POST",
        "/api/customers/{id}/erase",
        roles=OWNER_ONLY,
        summary="Erase a customer: card, their interactions' personal fields, chat "
        "transcripts and recordings, in one action (what reports count stays, unnamed)",
        tag=tag,
    )
    async def erase(request: web.Request) -> Any:
        customer_id = path_int(request, "id")
        center = request.app[CENTER]
        if any(
            meta.customer_id == customer_id and center.live_contact(meta.contact_id) is not None
            for meta in center.contacts.values()
        ):
            raise ApiError(
                409, ErrorCode.CONFLICT, "this customer is on a call or chat now: erase it after"
            )
        await center.flush()  # their last interaction's row is written first
        try:
            erased = await request.app[STORE].erase_customer(
                customer_id, principal(request).user_id, time.time()
            )
        except NotFound as exc:
            raise ApiError(404, ErrorCode.NOT_FOUND, str(exc)) from exc
        root = request.app[SETTINGS].recordings_dir.resolve()
        left = []
        for stored in erased["recording_files"]:
            path = recording_file(root, stored)
            try:
                if path is not None:
                    await asyncio.to_thread(path.unlink, missing_ok=True)
            except OSError as exc:
                log.error("an erased customer's recording %s stays: %s", stored, exc)
                left.append(stored)
        return rest.CustomerErased(
            interactions=erased["interactions"],
            chats=erased["chats"],
            recordings=erased["recordings"],
            recordings_left=left,
        )


def register_retention(api: Api) -> None:
    tag = "admin"

    async def current(request: web.Request) -> dict[str, Any]:
        store = request.app[STORE]
        return {
            "recordings_days": await store.get_setting(RETENTION_KEY, DEFAULT_RETENTION_DAYS),
            "transcripts_days": await store.get_setting(TRANSCRIPTS_KEY),
            "contact_details_days": await store.get_setting(CONTACT_DETAILS_KEY),
        }

    @api.route(
        "GET",
        "/api/settings/retention",
        roles=MANAGERS,
        tag=tag,
        summary="How many days each kind of personal data is kept (null: for ever): "
        "recordings, chat transcripts, contacts' details",
    )
    async def get_retention(request: web.Request) -> Any:
        return await current(request)

    @api.route(
        "PUT",
        "/api/settings/retention",
        roles=OWNER_ONLY,
        tag=tag,
        body=RetentionIn,
        summary="Keep chat transcripts and contacts' details (who called, notes, comments) "
        "this many days after the contact (null: for ever); enforced hourly. Recordings: "
        "PUT /api/settings/recordings",
    )
    async def set_retention(request: web.Request) -> Any:
        given = body(request, RetentionIn)
        store = request.app[STORE]
        await store.set_setting(TRANSCRIPTS_KEY, given.transcripts_days)
        await store.set_setting(CONTACT_DETAILS_KEY, given.contact_details_days)
        await audit(request, "settings.retention", "settings:retention", given.model_dump())
        return await current(request)
