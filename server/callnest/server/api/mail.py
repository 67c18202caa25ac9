"""REST for e-mail: the owner's mailboxes (one per queue; the password goes
in and never comes out, as a trunk's), and the agent's side of a thread:
read it, reply, download an attachment.

Who may read a thread: the agent whose contact it is, while it is, and the
owner and supervisors. An attachment is sent as a download (never shown
inline, its type not sniffed): it is the customer's file, and nothing opens
it on the way."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from aiohttp import web

from callnest.protocol import ErrorCode, rest
from callnest.server.acd import AcdError
from callnest.server.api.admin import audit, patched
from callnest.server.api.endpoints import Api, body, path_int, principal
from callnest.server.api.errors import ApiError
from callnest.server.api.phones import HIDDEN
from callnest.server.auth import ALL_ROLES, OWNER_ONLY, Role, supervises
from callnest.server.keys import CENTER, MAIL, SETTINGS, STORE
from callnest.server.mail.channel import shown_message
from callnest.server.store.errors import NotFound


class ForwardIn(rest.EmailForwardIn):
    """The forward, with the desktop's own id for it (as a reply's)."""

    client_msg_id: UUID | None = None


class ReplyIn(rest.EmailReplyIn):
    """The reply, with the desktop's own id for it: sent again after a lost
    answer, it is recognised, not sent twice."""

    client_msg_id: UUID | None = None


def _audited(values: dict[str, Any]) -> dict[str, Any]:
    return values | {"password": HIDDEN} if "password" in values else values


def _shown(request: web.Request, row: dict[str, Any]) -> rest.Mailbox:
    """The mailbox and how it is doing; where fetching stands is the server's own."""
    shown = {k: v for k, v in row.items() if k not in ("uid_validity", "last_uid")}
    return rest.Mailbox.model_validate(shown | request.app[MAIL].state_of(row))


async def _changed(request: web.Request, action: str, id: int, values: Any = None) -> None:
    await audit(request, action, f"mailboxes:{id}", _audited(values or {}))
    await request.app[MAIL].reload()


def register(api: Api) -> None:
    _register_mailboxes(api)
    _register_threads(api)


def _register_mailboxes(api: Api) -> None:
    tag = "mailboxes"

    @api.route("GET", "/api/mailboxes", roles=OWNER_ONLY, summary="List mailboxes", tag=tag)
    async def list_mailboxes(request: web.Request) -> Any:
        return [_shown(request, m) for m in await request.app[STORE].list_mailboxes()]

    @api.route(
        "GET",
        "/api/mailboxes/{id}",
        roles=OWNER_ONLY,
        summary="Read a mailbox (not its password) and how it is doing",
        tag=tag,
    )
    async def get_mailbox(request: web.Request) -> Any:
        return _shown(request, await request.app[STORE].get_mailbox(path_int(request, "id")))

    @api.route(
        "POST",
        "/api/mailboxes",
        roles=OWNER_ONLY,
        summary="Create a queue's mailbox",
        tag=tag,
        body=rest.MailboxFields,
        status=201,
    )
    async def create_mailbox(request: web.Request) -> Any:
        values = body(request, rest.MailboxFields).model_dump(mode="json")
        created = await request.app[STORE].create_mailbox(values)
        await _changed(request, "create", created["id"], values)
        return _shown(request, created)

    @api.route(
        "PATCH",
        "/api/mailboxes/{id}",
        roles=OWNER_ONLY,
        summary="Change a mailbox (a password left out is kept)",
        tag=tag,
        patch=rest.MailboxFields,
    )
    async def patch_mailbox(request: web.Request) -> Any:
        mailbox_id, store = path_int(request, "id"), request.app[STORE]
        found = await store.mailboxes_with_passwords(mailbox_id)
        if not found:
            raise NotFound(f"mailbox {mailbox_id} not found")
        current = found[0]
        model, fields = await patched(request, rest.MailboxFields, current)
        values = model.model_dump(mode="json", include=fields)
        updated = await store.update_mailbox(mailbox_id, values)
        await _changed(request, "update", mailbox_id, values)
        return _shown(request, updated)

    @api.route(
        "DELETE",
        "/api/mailboxes/{id}",
        roles=OWNER_ONLY,
        summary="Delete a mailbox, with its threads",
        tag=tag,
    )
    async def delete_mailbox(request: web.Request) -> Any:
        mailbox_id = path_int(request, "id")
        await request.app[STORE].delete_mailbox(mailbox_id)
        await _changed(request, "delete", mailbox_id)
        return rest.Deleted(deleted=mailbox_id)


def _may_read(request: web.Request, thread: dict[str, Any]) -> None:
    """The owner reads any thread; a supervisor, those of their team's agents;
    an agent, the one they hold now."""
    who, center = principal(request), request.app[CENTER]
    if who.role is Role.AGENT:
        try:
            center.require_connected(thread["contact_id"] or "", who.user_id)
        except AcdError:
            raise ApiError(403, ErrorCode.FORBIDDEN, "this e-mail is not yours") from None
        return
    agent = center.agents.get(thread["agent_id"]) if thread["agent_id"] is not None else None
    if not supervises(who, agent.config.team_id if agent is not None else None):
        raise ApiError(403, ErrorCode.FORBIDDEN, "this e-mail is not your team's")


async def _readable_thread(request: web.Request, contact_id: str) -> dict[str, Any]:
    """The thread of this open contact, if the caller may read it."""
    thread = await request.app[MAIL].thread_of(contact_id)
    _may_read(request, thread)
    return thread


def _not_yours(exc: AcdError) -> ApiError:
    return ApiError(403, ErrorCode.FORBIDDEN, f"only the agent holding it may: {exc}")


def _register_threads(api: Api) -> None:
    tag = "e-mail"

    @api.route(
        "GET",
        "/api/email/{contact_id}",
        roles=ALL_ROLES,
        summary="An e-mail contact's thread: every message in and out, oldest first",
        tag=tag,
    )
    async def get_thread(request: web.Request) -> Any:
        thread = await _readable_thread(request, request.match_info["contact_id"])
        return await request.app[MAIL].shown(thread)

    @api.route(
        "POST",
        "/api/email/{contact_id}/replies",
        roles=ALL_ROLES,
        summary="Reply to the thread's customer (stored, then sent; the same "
        "client_msg_id again is the same reply)",
        tag=tag,
        body=ReplyIn,
        status=201,
    )
    async def reply(request: web.Request) -> Any:
        given = body(request, ReplyIn)
        try:
            row = await request.app[MAIL].reply(
                request.match_info["contact_id"],
                principal(request).user_id,
                given.text,
                given.client_msg_id,
            )
        except AcdError as exc:
            raise _not_yours(exc) from None
        return shown_message(row)

    @api.route(
        "POST",
        "/api/email/{contact_id}/forwards",
        roles=ALL_ROLES,
        summary="Forward the customer's last message, with its attachments, to another "
        "address, with a note above it",
        tag=tag,
        body=ForwardIn,
        status=201,
    )
    async def forward(request: web.Request) -> Any:
        given = body(request, ForwardIn)
        try:
            row = await request.app[MAIL].forward(
                request.match_info["contact_id"],
                principal(request).user_id,
                given.to,
                given.note,
                given.client_msg_id,
            )
        except AcdError as exc:
            raise _not_yours(exc) from None
        return shown_message(row)

    @api.route(
        "GET",
        "/api/email/attachments/{id}",
        roles=ALL_ROLES,
        summary="Download an attachment (agents: of the thread they hold)",
        tag=tag,
    )
    async def attachment(request: web.Request) -> Any:
        store, who = request.app[STORE], principal(request)
        row = await store.get_email_attachment(path_int(request, "id"))
        thread = await store.get_email_thread(row["thread_id"])
        if who.role is Role.AGENT and thread["contact_id"] is None:
            raise ApiError(403, ErrorCode.FORBIDDEN, "this thread is closed")
        _may_read(request, thread)
        if not row["path"]:
            raise ApiError(
                410, ErrorCode.NOT_FOUND, "this attachment was too large to keep, and was not"
            )
        path = request.app[SETTINGS].mail_dir / row["path"]
        name = quote(row["filename"], safe="")
        return web.FileResponse(
            path,
            headers={
                "Content-Type": "application/octet-stream",
                "Content-Disposition": f"attachment; filename*=UTF-8''{name}",
                "X-Content-Type-Options": "nosniff",
            },
        )
