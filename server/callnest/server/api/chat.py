"""The customer's side of a chat, with no account: start one in a queue, talk
over a WebSocket, download the transcript, leave a message when nobody is
there (with, if they like, a time to be called back), and rate the contact
(a call or a chat) once it is over.

Why a WebSocket rather than server-sent events plus POSTs: both directions
carry live traffic (the customer's messages and typing, the agent's messages
and typing), and one socket keeps them in one order with one authentication;
aiohttp serves it natively, as it does the desktops' socket.

The page's socket speaks small JSON frames (documented in the OpenAPI summary
of ``/api/public/chats/{contact_id}/live``):

- page -> server: ``hello {token, after}`` first (``after``: the last message
  ``seq`` the page has; the server sends what follows), then ``send {text,
  client_msg_id}``, ``typing {typing}``, ``leave``;
- server -> page: ``welcome {contact_id, name, queue}``, ``status {state,
  position, agent, ended, outcome}``, ``message {seq, sender, name, text, at,
  client_msg_id}``, ``typing {typing, name}``, ``error {code, message, ref,
  retry_after}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import time
from typing import Annotated, Any, Literal

from aiohttp import WSMsgType, web
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
)

from callnest.protocol import ErrorCode, rest
from callnest.protocol.base import ChatText, RequestId
from callnest.protocol.languages import LanguageCode
from callnest.protocol.rest.callbacks import TimeZone
from callnest.server.acd import Channel, Phase
from callnest.server.api.endpoints import MAX_INT, Api, body, principal
from callnest.server.api.errors import ApiError
from callnest.server.api.public import (
    CallerEmail,
    CallerIn,
    CallerPhone,
    admit,
    customer_of,
    queue_id_of,
)
from callnest.server.auth import MANAGERS, token_hash
from callnest.server.callbacks import callback_number
from callnest.server.chat import (
    ChatError,
    Chats,
    Conversation,
    CustomerLink,
    customer_frame,
    transcript,
)
from callnest.server.keys import CALLBACKS, CENTER, CHATS, SETTINGS, STORE
from callnest.server.store.errors import NotFound

log = logging.getLogger("callnest.chat.api")

HELLO_TIMEOUT_S = 10.0
CLOSE_UNAUTHENTICATED = 4401
MAX_FRAME_BYTES = 64 * 1024  # a 4,000-character message in JSON, escaped, fits many times
# A time to call back: a minute's grace for the customer's clock and the time
# they took to press Send; the page offers 30 days ahead, a day's grace on top.
CALLBACK_GRACE_S = 60.0
CALLBACK_AHEAD_S = 31 * 24 * 3600.0

CustomerName = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$"
    ),
]


class ChatStartIn(BaseModel):
    """Who starts the chat: a name, and an e-mail that finds them among the customers."""

    model_config = ConfigDict(extra="forbid")
    name: CustomerName
    email: CallerEmail | None = None
    # The language the customer's page shows.
    language: LanguageCode | None = None


class OfflineMessageIn(ChatStartIn):
    """A message left when nobody can chat: the number to call back on, what
    it is about and, if the customer chose one, when to call."""

    phone: CallerPhone
    text: ChatText
    callback_at: Annotated[float, Field(strict=True, allow_inf_nan=False)] | None = None  # UNIX
    # The zone the customer chose the time in: the agent reads it as they meant it.
    time_zone: TimeZone | None = None


class FeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rating: Annotated[int, Field(strict=True, ge=1, le=5)]
    comment: Annotated[str, StringConstraints(max_length=1000)] = ""


class HelloFrame(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["hello"]
    token: Annotated[str, StringConstraints(min_length=1, max_length=256)]
    # A message id: no larger than the database's integers (2**70 gave a 500).
    after: Annotated[int, Field(strict=True, ge=0, le=MAX_INT)] = 0


class SendFrame(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["send"]
    text: ChatText
    client_msg_id: RequestId | None = None


class TypingFrame(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["typing"]
    typing: Annotated[bool, Field(strict=True)]


class LeaveFrame(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["leave"]


CustomerFrame = TypeAdapter(
    Annotated[HelloFrame | SendFrame | TypingFrame | LeaveFrame, Field(discriminator="type")]
)


def frame_problem(exc: ValidationError) -> str:
    """One readable sentence for a refused frame."""
    first = exc.errors(include_url=False)[0]
    where = ".".join(str(p) for p in first["loc"][1:]) or "frame"
    if where == "text" and first["type"] == "string_too_long":
        return "a message is at most 4000 characters; split it in two"
    if where == "text" and first["type"] == "string_too_short":
        return "a message cannot be empty"
    return f"{where}: {first['msg']}"


async def chat_row(request: web.Request, contact_id: str, token: str) -> dict[str, Any]:
    """The stored chat, if ``token`` is its customer's; a 404 otherwise (unknown
    contact and wrong token look the same: ids are not to be probed)."""
    try:
        row = await request.app[STORE].get_chat(contact_id)
    except NotFound:
        row = None
    if row is None or not hmac.compare_digest(row["token_hash"], token_hash(token)):
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such chat, or it is not yours")
    return row


def callback_wanted(
    request: web.Request, queue_id: int, given: OfflineMessageIn
) -> tuple[float, str] | None:
    """When and which number (E.164) to call back, if the customer chose a
    time; refused in words before anything is made when that cannot be."""
    if given.callback_at is None:
        return None
    center = request.app[CENTER]
    media = center.queue_media[queue_id]
    if not media.callbacks_offered:
        raise ApiError(409, ErrorCode.NOT_SUPPORTED, "this queue does not offer callbacks")
    now = center.clock()
    if given.callback_at < now - CALLBACK_GRACE_S:
        raise ApiError(
            422, ErrorCode.INVALID_REQUEST, "callback_at has passed: choose a time from now on"
        )
    if given.callback_at > now + CALLBACK_AHEAD_S:
        raise ApiError(
            422,
            ErrorCode.INVALID_REQUEST,
            "callback_at is too far ahead: we call back within 31 days",
        )
    return given.callback_at, callback_number(given.phone, media.outbound_caller_id)


def given_token(request: web.Request) -> str:
    return request.headers.get("X-Contact-Token") or ""


def register(api: Api) -> None:
    tag = "public"

    @api.route(
        "GET",
        "/api/public/queues/{queue}/chat",
        roles=None,
        tag=tag,
        summary="Whether someone can chat now (else the page offers to leave a message)",
    )
    async def chat_availability(request: web.Request) -> Any:
        queue_id = queue_id_of(request)
        return {"online": request.app[CHATS].online(queue_id)}

    @api.route(
        "POST",
        "/api/public/queues/{queue}/chats",
        roles=None,
        tag=tag,
        body=ChatStartIn,
        status=201,
        summary="A customer starts a chat in a queue; the token opens its live socket",
        unavailable="nobody can chat now (chat_offline): the page offers to leave a message",
    )
    async def start_chat(request: web.Request) -> Any:
        chats, settings = request.app[CHATS], request.app[SETTINGS]
        given = body(request, ChatStartIn)
        queue_id = queue_id_of(request)
        if not chats.online(queue_id):
            raise ApiError(
                503, ErrorCode.CHAT_OFFLINE, "nobody can chat right now; leave a message instead"
            )
        address = request.remote or "?"
        if chats.open_from(address) >= settings.chats_per_address:
            raise ApiError(
                429,
                ErrorCode.TOO_MANY_CHATS,
                f"your address already has {settings.chats_per_address} chats open; end one first",
            )
        admit(request)
        customer_id = await customer_of(request, CallerIn(email=given.email))
        try:
            conv, token = await chats.open(
                queue_id,
                Channel.CHAT,
                name=given.name,
                email=given.email,
                phone=None,
                address=address,
                customer_id=customer_id,
            )
        except ChatError as exc:
            raise ApiError(404, exc.code, exc.message) from exc
        return {"contact_id": conv.contact_id, "token": token} | chats.status(conv)

    @api.route(
        "POST",
        "/api/public/queues/{queue}/messages",
        roles=None,
        tag=tag,
        body=OfflineMessageIn,
        status=201,
        summary="A customer leaves a message and a number: a task for the next agent; "
        "with callback_at, a callback at that time as well",
    )
    async def leave_message(request: web.Request) -> Any:
        chats = request.app[CHATS]
        given = body(request, OfflineMessageIn)
        queue_id = queue_id_of(request)
        callback = callback_wanted(request, queue_id, given)
        address = admit(request)
        customer_id = await customer_of(request, CallerIn(phone=given.phone, email=given.email))
        try:
            conv, token = await chats.open(
                queue_id,
                Channel.TASK,
                name=given.name,
                email=given.email,
                phone=given.phone,
                address=address,
                customer_id=customer_id,
                first_text=given.text,
            )
        except ChatError as exc:
            raise ApiError(404, exc.code, exc.message) from exc
        callback_id = None
        if callback is not None:  # the task above keeps the message whatever happens here
            at, number = callback
            row = await request.app[CALLBACKS].schedule(
                queue_id=queue_id,
                number=number,
                at=at,
                source="form",
                name=given.name,
                customer_id=customer_id,
                note=given.text,
                time_zone=given.time_zone,
            )
            callback_id = row["id"]
        return {"contact_id": conv.contact_id, "token": token, "callback_id": callback_id}

    @api.route(
        "GET",
        "/api/public/chats/{contact_id}/live",
        roles=None,
        tag=tag,
        summary=(
            "The chat's WebSocket: send hello {token, after} first; then send/typing/leave "
            "frames in, welcome/status/message/typing/error frames out"
        ),
    )
    async def live(request: web.Request) -> Any:
        return await customer_socket(request)

    @api.route(
        "GET",
        "/api/public/chats/{contact_id}/transcript",
        roles=None,
        tag=tag,
        summary="The chat's transcript as a text file (X-Contact-Token header)",
    )
    async def get_transcript(request: web.Request) -> Any:
        contact_id = request.match_info["contact_id"]
        chat = await chat_row(request, contact_id, given_token(request))
        store, center = request.app[STORE], request.app[CENTER]
        queue_name = "us"
        if chat["queue_id"] is not None:
            with contextlib.suppress(NotFound):
                queue_name = (await store.get_row("queues", chat["queue_id"]))["display_name"]
        text = transcript(chat, queue_name, await store.chat_messages(contact_id))
        day = center.clock()
        return web.Response(
            text=text,
            content_type="text/plain",
            charset="utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="chat-{int(day)}.txt"',
                "Cache-Control": "no-store",
                "X-Content-Type-Options": "nosniff",
            },
        )

    @api.route(
        "POST",
        "/api/public/contacts/{contact_id}/feedback",
        roles=None,
        tag=tag,
        body=FeedbackIn,
        status=201,
        summary="The customer rates a call or chat once it is over (1-5, X-Contact-Token)",
    )
    async def feedback(request: web.Request) -> Any:
        center, store = request.app[CENTER], request.app[STORE]
        contact_id = request.match_info["contact_id"]
        token = given_token(request)
        given = body(request, FeedbackIn)
        meta = center.contacts.get(contact_id)
        if meta is not None and meta.token_hash is not None:
            if not hmac.compare_digest(meta.token_hash, token_hash(token)):
                raise ApiError(404, ErrorCode.NOT_FOUND, "no such contact, or it is not yours")
        else:
            await chat_row(request, contact_id, token)  # a chat from before a restart
        if center.phase_of(contact_id) not in (None, Phase.WRAP_UP):
            raise ApiError(409, ErrorCode.NOT_OVER, "rate the conversation once it is over")
        await center.flush()  # its interaction is in the store
        try:
            interaction = await store.get_interaction(contact_id)
        except NotFound:
            raise ApiError(
                404, ErrorCode.NOT_FOUND, "no such contact, or it is not yours"
            ) from None
        comment = given.comment.strip()
        if not await store.set_feedback(contact_id, given.rating, comment, center.clock()):
            raise ApiError(409, ErrorCode.ALREADY_RATED, "this conversation has been rated already")
        center.record_feedback(contact_id, interaction["queue_id"], given.rating)
        return {"contact_id": contact_id, "rating": given.rating, "comment": comment}

    @api.route(
        "GET",
        "/api/chats",
        roles=MANAGERS,
        tag="chat",
        summary="The live chats you may read (then chat.watch on the desktop socket)",
    )
    async def live_chats(request: web.Request) -> Any:
        return [
            rest.LiveChat.model_validate(c) for c in request.app[CHATS].live(principal(request))
        ]


async def customer_socket(request: web.Request) -> web.StreamResponse:
    chats: Chats = request.app[CHATS]
    contact_id = request.match_info["contact_id"]
    ws = web.WebSocketResponse(max_msg_size=MAX_FRAME_BYTES, heartbeat=30.0)
    await ws.prepare(request)
    hello = await _hello(ws)
    if hello is None:
        await ws.close(code=CLOSE_UNAUTHENTICATED)
        return ws
    conv = chats.by_id.get(contact_id)
    if conv is None or not conv.token_matches(hello.token):
        await _closed_chat(request, ws, contact_id, hello)
        return ws
    link = CustomerLink(ws)
    pump = asyncio.create_task(link.pump())
    async with conv.lock:  # nothing posted between the history and the live feed
        link.send({"type": "welcome", "contact_id": contact_id, "name": conv.customer_name})
        link.send(chats.status(conv))
        for row in await chats.store.chat_messages(contact_id, hello.after):
            link.send(customer_frame(row))
        conv.customers.add(link)
        conv.customer_seen_at = time.monotonic()
    try:
        async for frame in ws:
            if frame.type is not WSMsgType.TEXT:
                continue
            await _customer_frame(chats, conv, link, frame.data)
    finally:
        conv.customers.discard(link)
        conv.customer_seen_at = time.monotonic()
        if link.typing:
            chats.customer_typing(conv, link, False)
        link.send(None)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(pump, 2)
        pump.cancel()
    return ws


async def _hello(ws: web.WebSocketResponse) -> HelloFrame | None:
    try:
        first = await ws.receive(timeout=HELLO_TIMEOUT_S)
    except TimeoutError:
        await ws.send_json(_error(ErrorCode.UNAUTHENTICATED, "send hello first"))
        return None
    if first.type is not WSMsgType.TEXT:
        return None
    try:
        hello = CustomerFrame.validate_json(first.data)
    except ValidationError as exc:
        await ws.send_json(_error(ErrorCode.INVALID_FRAME, frame_problem(exc)))
        return None
    if not isinstance(hello, HelloFrame):
        await ws.send_json(_error(ErrorCode.UNAUTHENTICATED, "the first frame must be hello"))
        return None
    return hello


async def _closed_chat(
    request: web.Request, ws: web.WebSocketResponse, contact_id: str, hello: HelloFrame
) -> None:
    """A chat that is over (or never was): its history and its end, then the socket closes."""
    try:
        chat = await chat_row(request, contact_id, hello.token)
    except ApiError as exc:
        await ws.send_json(_error(ErrorCode.UNAUTHENTICATED, exc.message))
        await ws.close(code=CLOSE_UNAUTHENTICATED)
        return
    store = request.app[STORE]
    meta = request.app[CENTER].contacts.get(contact_id)
    await ws.send_json({"type": "welcome", "contact_id": contact_id, "name": chat["customer_name"]})
    await ws.send_json(
        {
            "type": "status",
            "state": "closed",
            "channel": chat["channel"],
            "position": None,
            "agent": None,
            "ended": True,
            "outcome": meta.outcome if meta else None,
        }
    )
    for row in await store.chat_messages(contact_id, hello.after):
        await ws.send_json(customer_frame(row))
    await ws.close()


async def _customer_frame(chats: Chats, conv: Conversation, link: CustomerLink, data: str) -> None:
    try:
        frame = CustomerFrame.validate_json(data)
    except ValidationError as exc:
        link.send(_error(ErrorCode.INVALID_FRAME, frame_problem(exc), ref=_ref_of(data)))
        return
    try:
        if isinstance(frame, SendFrame):
            await chats.customer_send(conv, frame.text, frame.client_msg_id)
        elif isinstance(frame, TypingFrame):
            chats.customer_typing(conv, link, frame.typing)
        elif isinstance(frame, LeaveFrame):
            chats.customer_leaves(conv)
        else:
            link.send(_error(ErrorCode.UNEXPECTED, "already said hello"))
    except ChatError as exc:
        ref = frame.client_msg_id if isinstance(frame, SendFrame) else None
        link.send(_error(exc.code, exc.message, ref=ref, retry_after=exc.retry_after))


def _ref_of(data: str) -> str | None:
    """The client_msg_id of a refused frame, if it can be read (for the page to mark it)."""
    with contextlib.suppress(ValueError, TypeError, AttributeError):
        ref = json.loads(data).get("client_msg_id")
        if isinstance(ref, str) and len(ref) <= 64:
            return ref
    return None


def _error(
    code: ErrorCode, message: str, *, ref: str | None = None, retry_after: float | None = None
) -> dict[str, Any]:
    return {
        "type": "error",
        "code": code,
        "message": message,
        "ref": ref,
        "retry_after": None if retry_after is None else round(retry_after, 1),
    }
