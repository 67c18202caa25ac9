"""REST for configuration: users, teams, skills, queues, customers, scripts,
dispositions, break reasons. Owners change things; supervisors read; agents
read what their desktop needs. Every change is audited."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel, field_validator

from callnest import protocol as p
from callnest.protocol import ErrorCode, rest
from callnest.resources import audio_dir
from callnest.server.acd import BusinessHours, Overflow
from callnest.server.api.endpoints import (
    Api,
    Page,
    body,
    path_int,
    principal,
    query_int,
    query_str,
)
from callnest.server.api.errors import ApiError, read_json
from callnest.server.auth import (
    ALL_ROLES,
    MANAGERS,
    OWNER_ONLY,
    Role,
    hash_password_async,
    new_password,
)
from callnest.server.keys import CENTER, SESSIONS, STORE
from callnest.server.screenpop import customer_card, queue_script
from callnest.server.store.errors import NotFound
from callnest.server.store.store import AuditNote, Row, Store


class QueueIn(rest.QueueFields):
    """A queue's fields, also checked by the router that will run them: where
    a contact goes (and whether it can get there) and the opening hours."""

    @field_validator("overflow_target", "after_hours_action")
    @classmethod
    def _target(cls, value: str | None) -> str | None:
        Overflow.parse(value)  # raises ValueError with the reason
        return value

    @field_validator("business_hours")
    @classmethod
    def _hours(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            BusinessHours.from_json(value)
        return value


Hook = Callable[[web.Request, int], Awaitable[None]]


def note(request: web.Request, action: str, details: Any = None) -> AuditNote:
    """The audit entry of the change this request makes, for the store to
    write in the change's own transaction (together or not at all)."""
    return AuditNote(time.time(), principal(request).user_id, action, details or {}, request.remote)


async def audit(request: web.Request, action: str, target: str, details: Any = None) -> None:
    """An audit entry on its own (for what is not one row's change)."""
    entry = note(request, action, details)
    await request.app[STORE].audit(
        entry.at, entry.actor_id, action, target, entry.details, entry.remote_addr
    )


AGENT_SEARCH_MIN_CHARS = 3  # a specific term: no paging the base through "a", "b", ...
AGENT_SEARCH_LIMIT = 10


def crud(
    api: Api,
    path: str,
    table: str,
    fields: type[rest.RestModel],
    row: type[rest.RestModel],
    *,
    read: frozenset[Role],
    tag: str,
    after_change: Hook | None = None,
) -> None:
    """List, read, create, patch and delete one kind of row: requests are
    read as ``fields``, answers shaped as ``row``. A patch is validated as the
    whole row it produces, so no patch can store what a create would refuse."""

    @api.route("GET", f"/api/{path}", roles=read, summary=f"List {tag}", tag=tag, query=Page)
    async def list_rows(request: web.Request) -> Any:
        limit = min(query_int(request, "limit", 500), 5000)
        offset = query_int(request, "offset", 0)
        rows = await request.app[STORE].list_rows(table, limit=limit, offset=offset)
        return [row.model_validate(r) for r in rows]

    @api.route("GET", f"/api/{path}/{{id}}", roles=read, summary=f"Read one of {tag}", tag=tag)
    async def get_row(request: web.Request) -> Any:
        return row.model_validate(await request.app[STORE].get_row(table, path_int(request, "id")))

    @api.route(
        "POST",
        f"/api/{path}",
        roles=OWNER_ONLY,
        summary=f"Create one of {tag}",
        tag=tag,
        body=fields,
        status=201,
    )
    async def create_row(request: web.Request) -> Any:
        values = body(request, fields).model_dump(mode="json")
        created = await request.app[STORE].insert_row(
            table, values, note(request, "create", values)
        )
        if after_change:
            await after_change(request, created["id"])
        return row.model_validate(created)

    @api.route(
        "PATCH",
        f"/api/{path}/{{id}}",
        roles=OWNER_ONLY,
        summary=f"Change one of {tag}",
        tag=tag,
        patch=fields,
    )
    async def patch_row(request: web.Request) -> Any:
        row_id = path_int(request, "id")
        store = request.app[STORE]
        current = await store.get_row(table, row_id)
        changed, names = await patched(request, fields, current)
        values = changed.model_dump(mode="json", include=names)
        updated = await store.update_row(table, row_id, values, note(request, "update", values))
        if after_change:
            await after_change(request, row_id)
        return row.model_validate(updated)

    @api.route(
        "DELETE", f"/api/{path}/{{id}}", roles=OWNER_ONLY, summary=f"Delete one of {tag}", tag=tag
    )
    async def delete_row(request: web.Request) -> Any:
        row_id = path_int(request, "id")
        await request.app[STORE].delete_row(table, row_id, note(request, "delete"))
        if after_change:
            await after_change(request, row_id)
        return rest.Deleted(deleted=row_id)


M = TypeVar("M", bound=rest.RestModel)


async def patched(request: web.Request, model: type[M], current: Row) -> tuple[M, set[str]]:
    """The row a PATCH body would make, validated whole (so no patch can store
    what a create would refuse), and the fields the body changes."""
    patch = await read_json(request)
    if not isinstance(patch, dict) or not patch:
        raise ApiError(
            422, ErrorCode.INVALID_REQUEST, "send a JSON object with the fields to change"
        )
    merged = {k: v for k, v in current.items() if k in model.model_fields} | patch
    return model.model_validate(merged), set(patch)


def register(api: Api) -> None:
    crud(api, "teams", "teams", rest.TeamFields, rest.Team, read=MANAGERS, tag="teams")
    crud(api, "skills", "skills", rest.SkillFields, rest.Skill, read=MANAGERS, tag="skills")
    crud(api, "scripts", "scripts", rest.ScriptFields, rest.Script, read=ALL_ROLES, tag="scripts")
    crud(
        api,
        "dispositions",
        "dispositions",
        rest.DispositionFields,
        rest.Disposition,
        read=ALL_ROLES,
        tag="dispositions",
    )
    crud(
        api,
        "break-reasons",
        "break_reasons",
        rest.BreakReasonFields,
        rest.BreakReason,
        read=ALL_ROLES,
        tag="break reasons",
    )
    # Agents do not page through the customer base: they get the card of
    # their own contact's customer and a search for a specific term.
    crud(
        api,
        "customers",
        "customers",
        rest.CustomerFields,
        rest.Customer,
        read=MANAGERS,
        tag="customers",
    )
    _register_customer_search(api)
    _register_hold_music(api)
    _register_queues(api)
    _register_users(api)
    _register_audit(api)


class CustomerQuery(BaseModel):
    """One of: a text in a name, phone or e-mail; a phone number; an e-mail address."""

    q: str | None = None
    phone: str | None = None
    email: str | None = None


def _register_customer_search(api: Api) -> None:
    @api.route(
        "GET",
        "/api/customer-search",
        roles=ALL_ROLES,
        summary="Find customers",
        tag="customers",
        query=CustomerQuery,
    )
    async def search(request: web.Request) -> Any:
        store = request.app[STORE]
        if phone := query_str(request, "phone"):
            found = await store.find_customer(phone=phone)
            return [rest.Customer.model_validate(found)] if found else []
        if email := query_str(request, "email"):
            found = await store.find_customer(email=email)
            return [rest.Customer.model_validate(found)] if found else []
        text = (query_str(request, "q") or "").strip()
        if not text:
            raise ApiError(422, ErrorCode.INVALID_REQUEST, "give q, phone or email")
        limit = 50
        if principal(request).role is Role.AGENT:
            if len(text) < AGENT_SEARCH_MIN_CHARS:
                raise ApiError(
                    422,
                    ErrorCode.INVALID_REQUEST,
                    f"search for at least {AGENT_SEARCH_MIN_CHARS} characters of a name, "
                    "phone or e-mail",
                )
            limit = AGENT_SEARCH_LIMIT
        return [
            rest.Customer.model_validate(r)
            for r in await store.search_customers(text[:200], limit=limit)
        ]

    @api.route(
        "GET",
        "/api/customers/{id}/card",
        roles=ALL_ROLES,
        summary="A customer as the screen pop shows them, with their latest interactions",
        tag="customers",
    )
    async def card(request: web.Request) -> Any:
        # A desktop that reconnects mid-call has the contact's customer_id in
        # its welcome, but not the card the offer carried.
        customer_id = path_int(request, "id")
        who = principal(request)
        identity: p.Identity | None = None
        if who.role is Role.AGENT:
            found_through = await _agents_customer(request, who.user_id, customer_id)
            if found_through is None:
                raise ApiError(
                    403, ErrorCode.FORBIDDEN, "this is not the customer of one of your contacts"
                )
            identity = found_through
        found = await customer_card(request.app[STORE], customer_id, identity)
        if found is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, f"customer {customer_id} not found")
        return found

    @api.route(
        "POST",
        "/api/contacts/{contact_id}/confirm-identity",
        roles=ALL_ROLES,
        summary="The agent on a contact has checked that the caller is its customer: "
        "the whole card, notes and history included",
        tag="customers",
    )
    async def confirm_identity(request: web.Request) -> Any:
        center, who = request.app[CENTER], principal(request)
        contact_id = request.match_info["contact_id"]
        meta = center.contacts.get(contact_id)
        live = center.live_contact(contact_id)
        if live is not None and who.user_id in live.offers.values():
            raise ApiError(
                409, ErrorCode.CONFLICT, "answer the contact before confirming who it is"
            )
        if meta is None or live is None or live.agent_id != who.user_id:
            raise ApiError(404, ErrorCode.NOT_FOUND, "you are not on this contact")
        if meta.customer_id is None:
            raise ApiError(409, ErrorCode.CONFLICT, "this contact has no customer to confirm")
        if meta.identity != "confirmed":
            center.confirm_identity(contact_id)
            await audit(
                request,
                "identity.confirm",
                f"interactions:{contact_id}",
                {"customer_id": meta.customer_id},
            )
        store = request.app[STORE]
        found = await customer_card(store, meta.customer_id, "confirmed")
        if found is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, f"customer {meta.customer_id} not found")
        script = await queue_script(
            store, live.queue_id, found, meta.caller_name, meta.caller_address, meta.script_id
        )
        return rest.IdentityConfirmed(customer=found, script=script)


async def _agents_customer(
    request: web.Request, agent_id: int, customer_id: int
) -> p.Identity | None:
    """How the customer is the one of a contact ringing at or held by the
    agent now (its match: this caller may not be the customer the agent
    served before) or one the agent handled (confirmed, unless the caller
    only ever claimed to be them); None if neither."""
    center = request.app[CENTER]
    for meta in center.contacts.values():
        live = center.live_contact(meta.contact_id)
        if meta.customer_id != customer_id or live is None:
            continue
        if live.agent_id == agent_id or agent_id in live.offers.values():
            return meta.identity or "claimed"
    handled = await request.app[STORE].list_interactions(
        agent_id=agent_id, customer_id=customer_id, limit=50, newest_first=True
    )
    if any(row.get("customer_identity") != "claimed" for row in handled):
        return "confirmed"
    return "claimed" if handled else None


def _register_hold_music(api: Api) -> None:
    @api.route(
        "GET",
        "/api/hold-music",
        roles=MANAGERS,
        summary="The hold music a queue may name (files under resources/audio/music)",
        tag="queues",
    )
    async def list_hold_music(request: web.Request) -> Any:
        return sorted(path.stem for path in (audio_dir() / "music").glob("*.ogg"))


async def _queue_out(request: web.Request, row: Row) -> rest.Queue:
    skills = await request.app[STORE].get_queue_skills(row["id"])
    return rest.Queue.model_validate(row | {"skills": skills})


async def _check_escalation_target(store: Store, queue_id: int | None, target: int | None) -> None:
    """The specialists' queue a queue escalates to is another queue that exists."""
    if target is None:
        return
    problem = None
    if target == queue_id:
        problem = "a queue cannot escalate to itself: choose the specialists' queue"
    else:
        try:
            await store.get_row("queues", target)
        except NotFound:
            problem = f"there is no queue {target}"
    if problem is not None:
        raise ApiError(
            422,
            ErrorCode.INVALID_REQUEST,
            f"field 'escalate_to_queue_id': {problem}",
            [{"field": "escalate_to_queue_id", "problem": problem}],
        )


def _register_queues(api: Api) -> None:
    tag = "queues"

    @api.route("GET", "/api/queues", roles=ALL_ROLES, summary="List queues", tag=tag)
    async def list_queues(request: web.Request) -> Any:
        rows = await request.app[STORE].list_rows("queues")
        return [await _queue_out(request, row) for row in rows]

    @api.route("GET", "/api/queues/{id}", roles=ALL_ROLES, summary="Read a queue", tag=tag)
    async def get_queue(request: web.Request) -> Any:
        return await _queue_out(
            request, await request.app[STORE].get_row("queues", path_int(request, "id"))
        )

    async def save(
        request: web.Request, queue_id: int | None, model: QueueIn, fields: set[str]
    ) -> rest.Queue:
        action = "create" if queue_id is None else "update"
        store = request.app[STORE]
        if "escalate_to_queue_id" in fields:
            await _check_escalation_target(store, queue_id, model.escalate_to_queue_id)
        values = model.model_dump(mode="json", exclude={"skills"}, include=fields)
        entry = note(request, action, model.model_dump(mode="json", include=fields))
        if queue_id is None:
            row = await store.insert_row("queues", values, entry)
            queue_id = row["id"]
        elif values:
            await store.update_row("queues", queue_id, values, entry)
        else:  # the skills alone
            await audit(request, action, f"queues:{queue_id}", entry.details)
        if "skills" in fields:
            await store.set_queue_skills(queue_id, model.skills)
        await request.app[CENTER].reload_queue(queue_id)
        return await _queue_out(request, await store.get_row("queues", queue_id))

    @api.route(
        "POST",
        "/api/queues",
        roles=OWNER_ONLY,
        summary="Create a queue",
        tag=tag,
        body=QueueIn,
        status=201,
    )
    async def create_queue(request: web.Request) -> Any:
        return await save(request, None, body(request, QueueIn), set(QueueIn.model_fields))

    @api.route(
        "PATCH",
        "/api/queues/{id}",
        roles=OWNER_ONLY,
        summary="Change a queue",
        tag=tag,
        patch=QueueIn,
    )
    async def patch_queue(request: web.Request) -> Any:
        queue_id = path_int(request, "id")
        current = await _queue_out(request, await request.app[STORE].get_row("queues", queue_id))
        model, fields = await patched(request, QueueIn, current.model_dump(mode="json"))
        return await save(request, queue_id, model, fields)

    @api.route("DELETE", "/api/queues/{id}", roles=OWNER_ONLY, summary="Delete a queue", tag=tag)
    async def delete_queue(request: web.Request) -> Any:
        queue_id = path_int(request, "id")
        await request.app[STORE].get_row("queues", queue_id)
        # Both refusals come before the router lets go of the queue.
        await request.app[STORE].check_unused("queues", queue_id)  # phone numbers lead to it
        request.app[CENTER].remove_queue(queue_id)  # refuses while contacts wait
        await request.app[STORE].delete_row("queues", queue_id, note(request, "delete"))
        return rest.Deleted(deleted=queue_id)


async def _read_user(store: Store, user_id: int) -> rest.User:
    return _user_out(await store.get_row("users", user_id), await store.get_user_skills(user_id))


def _user_out(row: Row, skills: dict[int, int], password: str | None = None) -> rest.User:
    out = {k: v for k, v in row.items() if k != "password_hash"}
    return rest.User.model_validate(out | {"skills": skills, "password": password})


def _register_users(api: Api) -> None:
    tag = "users"

    @api.route(
        "GET",
        "/api/users",
        roles=MANAGERS,
        summary="List users (agents, supervisors, owners)",
        tag=tag,
    )
    async def list_users(request: web.Request) -> Any:
        store = request.app[STORE]
        return [
            _user_out(r, await store.get_user_skills(r["id"]))
            for r in await store.list_rows("users")
        ]

    @api.route(
        "GET",
        "/api/directory",
        roles=ALL_ROLES,
        summary="Active agents by name (transfer targets); nothing else about them",
        tag=tag,
    )
    async def directory(request: web.Request) -> Any:
        # /api/users is for managers: it shows roles, skills and usernames.
        # An agent transferring a call needs only who can take it.
        return [
            rest.DirectoryEntry(id=r["id"], display_name=r["display_name"], team_id=r["team_id"])
            for r in await request.app[STORE].list_rows("users", order_by="display_name")
            if r["active"] and r["role"] == Role.AGENT.value
        ]

    @api.route("GET", "/api/users/{id}", roles=MANAGERS, summary="Read a user", tag=tag)
    async def get_user(request: web.Request) -> Any:
        store, user_id = request.app[STORE], path_int(request, "id")
        return await _read_user(store, user_id)

    @api.route(
        "POST",
        "/api/users",
        roles=OWNER_ONLY,
        summary="Create a user",
        tag=tag,
        body=rest.NewUserFields,
        status=201,
    )
    async def create_user(request: web.Request) -> Any:
        store = request.app[STORE]
        model = body(request, rest.NewUserFields)
        password = model.password or new_password()
        values = model.model_dump(mode="json", exclude={"skills", "password"})
        row = await store.insert_row(
            "users",
            values | {"password_hash": await hash_password_async(password)},
            note(request, "create", values),
        )
        await store.set_user_skills(row["id"], model.skills)
        await request.app[CENTER].reload_user(row["id"])
        # A password made up here is shown once; only its hash is kept.
        return _user_out(row, model.skills, password if model.password is None else None)

    @api.route(
        "PATCH",
        "/api/users/{id}",
        roles=OWNER_ONLY,
        summary="Change a user",
        tag=tag,
        patch=rest.UserFields,
    )
    async def patch_user(request: web.Request) -> Any:
        store, user_id = request.app[STORE], path_int(request, "id")
        current = await store.get_row("users", user_id)
        skills = await store.get_user_skills(user_id)
        model, fields = await patched(request, rest.UserFields, current | {"skills": skills})
        if user_id == principal(request).user_id and (
            model.role is not p.Role.OWNER or not model.active
        ):
            raise ApiError(409, ErrorCode.CONFLICT, "you cannot demote or deactivate yourself")
        values = model.model_dump(mode="json", exclude={"skills"}, include=fields)
        entry = note(request, "update", model.model_dump(mode="json", include=fields))
        if values:
            await store.update_row("users", user_id, values, entry)
        else:  # the skills alone
            await audit(request, "update", f"users:{user_id}", entry.details)
        # A login carries the role it was made with: a new role, or a
        # deactivation, needs a new login (and a reactivation brings no old one back).
        if values.get("role", current["role"]) != current["role"] or values.get("active") is False:
            await _end_logins(request, user_id, "your account was changed: log in again")
        if "skills" in fields:
            await store.set_user_skills(user_id, model.skills)
        await request.app[CENTER].reload_user(user_id)
        return await _read_user(store, user_id)

    @api.route(
        "POST",
        "/api/users/{id}/password",
        roles=OWNER_ONLY,
        summary="Reset a user's password",
        tag=tag,
        body=rest.NewPassword,
    )
    async def reset_password(request: web.Request) -> Any:
        store, user_id = request.app[STORE], path_int(request, "id")
        await store.get_row("users", user_id)
        given = body(request, rest.NewPassword).password
        password = given or new_password()
        await store.update_row(
            "users",
            user_id,
            {"password_hash": await hash_password_async(password)},
            note(request, "reset_password"),
        )
        await _end_logins(request, user_id, "your password was reset: log in with the new one")
        return rest.PasswordReset(user_id=user_id, password=None if given else password)

    @api.route(
        "DELETE",
        "/api/users/{id}",
        roles=OWNER_ONLY,
        summary="Deactivate a user (history is kept)",
        tag=tag,
    )
    async def deactivate_user(request: web.Request) -> Any:
        store, user_id = request.app[STORE], path_int(request, "id")
        if user_id == principal(request).user_id:
            raise ApiError(409, ErrorCode.CONFLICT, "you cannot deactivate yourself")
        await store.update_row("users", user_id, {"active": False}, note(request, "deactivate"))
        await _end_logins(request, user_id, "your account was deactivated")
        request.app[CENTER].remove_user(user_id)
        return rest.Deactivated(deactivated=user_id)


async def _end_logins(request: web.Request, user_id: int, reason: str) -> None:
    """Every login of the user ends: its tokens are gone from the store (so
    no later change brings them back) and its desktops are told why."""
    await request.app[STORE].delete_user_sessions(user_id)
    request.app[SESSIONS].end(reason, user_id=user_id)


def _register_audit(api: Api) -> None:
    @api.route(
        "GET",
        "/api/audit",
        roles=OWNER_ONLY,
        summary="The audit log, newest first",
        tag="audit",
        query=Page,
    )
    async def list_audit(request: web.Request) -> Any:
        limit = min(query_int(request, "limit", 100), 1000)
        return await request.app[STORE].list_audit(
            limit=limit, offset=query_int(request, "offset", 0)
        )
