"""A caller's WebRTC call into a queue: the page's SDP offer in, the server's
answer out, and a contact in the queue -- one request, no signalling channel
(ICE candidates travel inside the SDP, as in WHIP)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from aiohttp import web
from pydantic import StringConstraints

from callnest.protocol import ErrorCode
from callnest.server.acd import Channel
from callnest.server.acd.model import OverflowKind
from callnest.server.api.endpoints import Api, body
from callnest.server.api.errors import ApiError
from callnest.server.api.public import CallerIn, admit, contact_status, customer_of, queue_id_of
from callnest.server.auth import new_token, token_hash
from callnest.server.keys import CENTER, SETTINGS, SWITCHBOARD
from callnest.server.media.leg import MAX_SDP_BYTES, InvalidSdp


class CallIn(CallerIn):
    sdp: Annotated[str, StringConstraints(min_length=1, max_length=MAX_SDP_BYTES)]
    choice: Annotated[str, StringConstraints(pattern=r"^[0-9*#]$")] | None = None


def register(api: Api) -> None:
    @api.route(
        "POST",
        "/api/public/queues/{queue}/calls",
        roles=None,
        tag="public",
        body=CallIn,
        status=201,
        summary="A caller's browser calls a queue: SDP offer in, SDP answer out",
        unavailable="the queue is closed now (closed) and refuses calls after hours",
    )
    async def start_call(request: web.Request) -> Any:
        center, settings = request.app[CENTER], request.app[SETTINGS]
        switchboard = request.app[SWITCHBOARD]
        given = body(request, CallIn)
        queue_id = queue_id_of(request)
        if given.choice is not None:
            menu = center.queue_media[queue_id].ivr_menu
            target = next((c["queue"] for c in menu if c["key"] == given.choice), None)
            if target is None or target not in center.queue_names:
                raise ApiError(
                    422, ErrorCode.INVALID_CHOICE, f"{given.choice!r} is not on this menu"
                )
            queue_id = center.queue_names[target]
        queue = center.queues[queue_id]
        if (
            queue.hours is not None
            and not queue.hours.is_open(center.clock())
            and queue.after_hours.kind is OverflowKind.REJECT
        ):
            raise ApiError(
                503, ErrorCode.CLOSED, f"{queue.name} is closed now; please call again later"
            )

        address = request.remote or "?"
        active = switchboard.calls_from(address)
        if active >= settings.calls_per_address:
            raise ApiError(
                429,
                ErrorCode.TOO_MANY_CALLS,
                f"your address already has {active} calls in progress; hang one up first",
            )
        # Counted from here, not once attached: the awaits below would let
        # any number of simultaneous requests past the check above.
        with switchboard.placing(address):
            admit(request)
            customer_id = await customer_of(request, given)
            contact_id = str(uuid.uuid4())
            try:
                leg, answer = await switchboard.add_caller(contact_id, given.sdp)
            except InvalidSdp as exc:
                raise ApiError(422, ErrorCode.INVALID_SDP, str(exc)) from exc
            token = new_token()
            meta = center.open_contact(
                queue_id,
                Channel.VOICE,
                contact_id=contact_id,
                token_hash=token_hash(token),
                caller_name=given.caller_name,
                caller_address=address,
                customer_id=customer_id,
            )
            # The caller hears the language their page shows, else the queue's.
            switchboard.attach_caller(contact_id, leg, given.language)
        return contact_status(center, meta) | {"token": token, "sdp": answer}
