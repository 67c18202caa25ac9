"""The caller's side, with no account: start a contact in a queue, follow it,
hang up. Media joins these contacts with the caller web page; without it a
contact still routes, which keeps routing testable end to end."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import re
import time
import uuid
from collections import deque
from typing import Annotated, Any

from aiohttp import web
from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, WithJsonSchema

from callnest.protocol import ErrorCode
from callnest.protocol.languages import DEFAULT_LANGUAGE, LanguageCode
from callnest.server.acd import Channel
from callnest.server.api.endpoints import Api, body, query_float, query_str
from callnest.server.api.errors import ApiError
from callnest.server.auth import new_token, token_hash
from callnest.server.callbacks import callback_number
from callnest.server.center import Center
from callnest.server.ice_credentials import HandedOut, hand_out
from callnest.server.interactions import ContactMeta
from callnest.server.keys import CALLBACKS, CENTER, PUBLIC_LIMITER, SETTINGS, STORE, SWITCHBOARD

log = logging.getLogger("callnest.public")

MAX_LONG_POLL_S = 30.0


class RateLimiter:
    """At most ``per_minute`` events per key in any sliding minute (0 = unlimited)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[str, deque[float]] = {}

    def retry_after(self, key: str, now: float) -> float | None:
        if self.per_minute <= 0:
            return None
        seen = self._seen.setdefault(key, deque())
        while seen and seen[0] <= now - 60:
            seen.popleft()
        if len(seen) >= self.per_minute:
            return seen[0] + 60 - now
        seen.append(now)
        return None


_PHONE = re.compile(r"[0-9 +()-]{1,40}")
_EMAIL = re.compile(r"[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+")


def _phone(value: str) -> str:
    if not _PHONE.fullmatch(value) or not re.search("[0-9]", value):
        raise ValueError("a phone number is up to 40 digits, spaces and + - ( )")
    return value


def _email(value: str) -> str:
    if len(value) > 254 or not _EMAIL.fullmatch(value):
        raise ValueError("an e-mail address looks like name@example.com")
    return value


# The schemas say what the validators check, for the OpenAPI document.
CallerPhone = Annotated[
    str,
    StringConstraints(strip_whitespace=True),
    AfterValidator(_phone),
    WithJsonSchema(
        {"type": "string", "pattern": r"^[0-9 +()-]*[0-9][0-9 +()-]*$", "maxLength": 40}
    ),
]
CallerEmail = Annotated[
    str,
    StringConstraints(strip_whitespace=True),
    AfterValidator(_email),
    WithJsonSchema({"type": "string", "pattern": rf"^{_EMAIL.pattern}$", "maxLength": 254}),
]


class CallerIn(BaseModel):
    """Who the caller says they are; the business's site may know their
    phone or e-mail, which finds them among the customers for the screen pop."""

    model_config = ConfigDict(extra="forbid")
    caller_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = (
        None
    )
    phone: CallerPhone | None = None
    email: CallerEmail | None = None
    # The language the caller's page shows (its own choice, the browser's or the queue's).
    language: LanguageCode | None = None


class NewContactIn(CallerIn):
    pass


class CallbackIn(BaseModel):
    """The number a waiting caller wants to be called back at."""

    model_config = ConfigDict(extra="forbid")
    phone: CallerPhone


class ContactQuery(BaseModel):
    # The contact's token, when the X-Contact-Token header cannot carry it.
    token: str | None = None


class ContactWait(ContactQuery):
    """A long poll: wait up to ``wait_s`` seconds while the contact is still in ``state``."""

    wait_s: float | None = None
    state: str | None = None


def contact_status(center: Center, meta: ContactMeta) -> dict[str, Any]:
    contact = center.live_contact(meta.contact_id)
    position = center.position(meta.contact_id)
    ewt = None
    if contact is not None and position is not None:
        ewt = center.figures.estimated_wait_s(contact.queue_id, position)
    return {
        "contact_id": meta.contact_id,
        "queue": meta.queue_name,
        "state": str(contact.phase) if contact else "closed",
        "position": position,
        "estimated_wait_s": ewt,
        "outcome": meta.outcome,
        "recording_refused": meta.recording_refused,
        "on_hold": contact is not None and contact.held_since is not None,
        # The number we call back, once the caller asked for it.
        "callback_number": meta.caller_address if meta.callback_id else None,
    }


def ice_server_json(server: HandedOut) -> dict[str, Any]:
    """A STUN/TURN server in the browser's RTCIceServer shape."""
    out: dict[str, Any] = {"urls": list(server.urls)}
    if server.username is not None:
        out["username"] = server.username
    if server.credential is not None:
        out["credential"] = server.credential
    return out


def queue_id_of(request: web.Request) -> int:
    """The id of the queue named in the path, or a clear 404."""
    name = request.match_info["queue"]
    queue_id = request.app[CENTER].queue_names.get(name)
    if queue_id is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, f"there is no queue {name!r}")
    return queue_id


def admit(request: web.Request) -> str:
    """The caller's address, once its rate of new contacts allows another."""
    address = request.remote or "?"
    wait = request.app[PUBLIC_LIMITER].retry_after(address, time.time())
    if wait is not None:
        raise ApiError(
            429,
            ErrorCode.TOO_MANY_CONTACTS,
            "too many contacts from your address; try again shortly",
            int(wait) + 1,
        )
    return address


async def customer_of(request: web.Request, caller: CallerIn) -> int | None:
    """The id of the customer with the caller's phone (tried first) or e-mail."""
    if caller.phone is None and caller.email is None:
        return None
    try:
        found = await request.app[STORE].find_customer(phone=caller.phone, email=caller.email)
    except Exception:
        # The call matters more than the screen pop: queue it without one.
        log.exception("looking up the caller's customer failed")
        return None
    return None if found is None else int(found["id"])


def _authorised(request: web.Request) -> ContactMeta:
    center = request.app[CENTER]
    meta = center.contacts.get(request.match_info["contact_id"])
    given = request.headers.get("X-Contact-Token") or query_str(request, "token") or ""
    # Unknown contact and wrong token look the same: ids are not to be probed.
    if (
        meta is None
        or meta.token_hash is None
        or not hmac.compare_digest(meta.token_hash, token_hash(given))
    ):
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such contact, or it is not yours")
    return meta


def register(api: Api) -> None:
    tag = "public"

    @api.route(
        "GET",
        "/api/public/queues/{queue}",
        roles=None,
        tag=tag,
        summary="What a caller's page shows before calling: name, opening, menu, ICE servers",
    )
    async def get_queue(request: web.Request) -> Any:
        center, settings = request.app[CENTER], request.app[SETTINGS]
        name = request.match_info["queue"]
        queue_id = center.queue_names.get(name)
        if queue_id is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, f"there is no queue {name!r}")
        config = center.queues[queue_id]
        row = await request.app[STORE].get_row("queues", queue_id)
        menu = [{k: c[k] for k in ("key", "label", "queue")} for c in row.get("ivr_menu") or ()]
        return {
            "name": config.name,
            "display_name": row["display_name"],
            "open": config.hours is None or config.hours.is_open(center.clock()),
            "menu": menu or None,
            "recording_notice": bool(row.get("recording_notice")),
            "language": row.get("language") or DEFAULT_LANGUAGE,
            # Waiting callers may leave a number instead (there must be a line to call on).
            "callbacks": bool(row.get("callbacks_offered"))
            and bool(await request.app[STORE].trunks_for_edge()),
            "ice_servers": [
                ice_server_json(s)
                for s in hand_out(
                    settings.ice_servers, "caller", settings.turn_credential_lifetime_s
                )
            ],
        }

    @api.route(
        "POST",
        "/api/public/queues/{queue}/contacts",
        roles=None,
        tag=tag,
        body=NewContactIn,
        status=201,
        summary="A caller with no audio asks for an agent (load simulation and demos "
        "only: refused unless the server runs with --calls-without-audio)",
    )
    async def create_contact(request: web.Request) -> Any:
        center = request.app[CENTER]
        if not request.app[SETTINGS].calls_without_audio:
            raise ApiError(
                403,
                ErrorCode.NOT_SUPPORTED,
                "this server takes calls with audio only: "
                f"POST /api/public/queues/{request.match_info['queue']}/calls",
            )
        queue_id = queue_id_of(request)
        address = admit(request)
        given = body(request, NewContactIn)
        customer_id = await customer_of(request, given)
        queue_id = queue_id_of(request)  # again: it may have been deleted meanwhile
        token = new_token()
        meta = center.open_contact(
            queue_id,
            Channel.VOICE,
            contact_id=str(uuid.uuid4()),
            token_hash=token_hash(token),
            caller_name=given.caller_name,
            caller_address=address,
            customer_id=customer_id,
        )
        return contact_status(center, meta) | {"token": token}

    @api.route(
        "GET",
        "/api/public/contacts/{contact_id}",
        roles=None,
        tag=tag,
        summary="Where the caller stands; ?wait_s=N&state=S waits up to N s while it is still S",
        query=ContactWait,
    )
    async def get_contact(request: web.Request) -> Any:
        meta = _authorised(request)
        center = request.app[CENTER]
        wait_s = min(query_float(request, "wait_s") or 0.0, MAX_LONG_POLL_S)
        # ?state= is what the caller last saw: if it already changed, answer now.
        last_seen = query_str(request, "state")
        if last_seen is not None and contact_status(center, meta)["state"] != last_seen:
            wait_s = 0.0
        if wait_s > 0 and meta.outcome is None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(meta.changed.wait(), wait_s)
        return contact_status(center, meta)

    @api.route(
        "DELETE",
        "/api/public/contacts/{contact_id}",
        roles=None,
        tag=tag,
        summary="The caller hangs up",
        query=ContactQuery,
    )
    async def hang_up(request: web.Request) -> Any:
        center = request.app[CENTER]
        meta = _authorised(request)
        center.caller_left(meta.contact_id)
        return contact_status(center, meta)

    @api.route(
        "POST",
        "/api/public/contacts/{contact_id}/callback",
        roles=None,
        tag=tag,
        body=CallbackIn,
        summary="The waiting caller is to be called back at a number, keeping their place "
        "in line; the call on the page then ends",
        query=ContactQuery,
    )
    async def call_me_back(request: web.Request) -> Any:
        meta = _authorised(request)
        center = request.app[CENTER]
        if meta.channel is not Channel.VOICE:
            raise ApiError(409, ErrorCode.NOT_A_CALL, f"a {meta.channel} cannot be called back")
        live = center.live_contact(meta.contact_id)
        caller_id = center.queue_media[live.queue_id].outbound_caller_id if live else None
        number = callback_number(body(request, CallbackIn).phone, caller_id)
        await request.app[CALLBACKS].keep_place(meta.contact_id, number, "web")
        await request.app[SWITCHBOARD].release_caller(meta.contact_id)
        return contact_status(center, meta)

    @api.route(
        "POST",
        "/api/public/contacts/{contact_id}/refuse-recording",
        roles=None,
        tag=tag,
        summary="The caller does not want the call recorded: nothing is, and what was "
        "already is deleted",
        query=ContactQuery,
    )
    async def refuse_recording(request: web.Request) -> Any:
        meta = _authorised(request)
        if meta.channel is not Channel.VOICE:
            raise ApiError(409, ErrorCode.NOT_A_CALL, f"a {meta.channel} is not recorded")
        request.app[SWITCHBOARD].refuse_recording(meta.contact_id)
        return contact_status(request.app[CENTER], meta)
