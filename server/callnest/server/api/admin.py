"""REST for configuration: users, teams, skills, queues, customers, scripts,
dispositions, break reasons. Owners change things; supervisors read; agents
read what their desktop needs. Every change is audited."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from callnest.resources import audio_dir
from callnest.server.acd import BusinessHours, Overflow, Strategy
from callnest.server.api.endpoints import Api, body, path_int, principal, query_int
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
from callnest.server.screenpop import customer_card
from callnest.server.store.store import Store

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]
LongText = Annotated[str, StringConstraints(max_length=20000)]
Level = Annotated[int, Field(ge=1, le=10)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TeamIn(Model):
    name: Name


class SkillIn(Model):
    name: Name
    description: Annotated[str, StringConstraints(max_length=2000)] = ""


class ScriptIn(Model):
    """What the operator reads out, shown as plain text when a contact rings.

    ``{caller.name}`` and ``{caller.address}`` are what the caller gave;
    ``{customer.name}``, ``{customer.phone}``, ``{customer.email}``,
    ``{customer.notes}`` and ``{customer.<custom field>}`` come from the
    customer the call was matched to. Anything unknown stays as written.
    """

    name: Name
    body: LongText = ""


class DispositionIn(Model):
    name: Name
    description: Annotated[str, StringConstraints(max_length=2000)] = ""
    active: bool = True


class BreakReasonIn(Model):
    name: Name
    paid: bool = False
    active: bool = True


class CustomerIn(Model):
    name: Name
    phones: Annotated[
        list[Annotated[str, StringConstraints(max_length=40)]], Field(max_length=10)
    ] = []
    emails: Annotated[
        list[Annotated[str, StringConstraints(max_length=200)]], Field(max_length=10)
    ] = []
    notes: LongText = ""
    custom_fields: Annotated[
        dict[str, Annotated[str, StringConstraints(max_length=2000)]], Field(max_length=50)
    ] = {}


class SkillStepIn(Model):
    after_s: Annotated[float, Field(ge=0, le=86400)]
    min_level: Level


class MenuChoiceIn(Model):
    """One IVR button on the caller's page: "1 - Sales" sends the call to queue ``sales``."""

    key: Annotated[str, StringConstraints(pattern=r"^[0-9*#]$")]
    label: Name
    queue: Slug


class CannedResponseIn(Model):
    title: Name
    text: Annotated[str, StringConstraints(min_length=1, max_length=4000)]


class QueueIn(Model):
    name: Slug
    display_name: Name
    strategy: Strategy = Strategy.LONGEST_IDLE
    priority: Annotated[int, Field(ge=-100, le=100)] = 0
    ring_timeout_s: Annotated[float, Field(ge=1, le=300)] = 20
    wrap_up_s: Annotated[float, Field(ge=0, le=3600)] = 30
    max_wait_s: Annotated[float, Field(gt=0, le=86400)] | None = None
    overflow_target: str | None = None
    service_level_s: Annotated[float, Field(gt=0, le=3600)] = 20
    autopause_misses: Annotated[int, Field(ge=0, le=100)] = 3
    skill_steps: Annotated[list[SkillStepIn], Field(min_length=1, max_length=10)] = [
        SkillStepIn(after_s=0, min_level=1)
    ]
    business_hours: dict[str, Any] | None = None
    after_hours_action: str = "reject"
    script_id: int | None = None
    skills: dict[int, Level] = {}  # skill id -> minimum level
    hold_music: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_-]{1,64}$")] = "default"
    announce_every_s: Annotated[float, Field(ge=10, le=600)] | None = 30
    ivr_menu: Annotated[list[MenuChoiceIn], Field(min_length=1, max_length=12)] | None = None
    # Chat: ready answers for the operators, and whether calls may reach an agent in chats.
    canned_responses: Annotated[list[CannedResponseIn], Field(max_length=200)] = []
    calls_while_chatting: bool = False

    @field_validator("ivr_menu")
    @classmethod
    def _menu(cls, value: list[MenuChoiceIn] | None) -> list[MenuChoiceIn] | None:
        if value is not None and len({c.key for c in value}) != len(value):
            raise ValueError("each menu key may be used once")
        return value

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


class UserIn(Model):
    username: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.@-]{2,64}$")]
    display_name: Name
    role: Role = Role.AGENT
    team_id: int | None = None
    active: bool = True
    voice_capacity: Annotated[int, Field(ge=0, le=1)] = 1
    chat_capacity: Annotated[int, Field(ge=0, le=20)] = 3
    skills: dict[int, Level] = {}


class NewUserIn(UserIn):
    # Left out, the server makes one up and returns it once.
    password: Annotated[str, StringConstraints(min_length=8, max_length=200)] | None = None


class PasswordIn(Model):
    password: Annotated[str, StringConstraints(min_length=8, max_length=200)] | None = None


Hook = Callable[[web.Request, int], Awaitable[None]]


async def audit(request: web.Request, action: str, target: str, details: Any = None) -> None:
    who = principal(request)
    await request.app[STORE].audit(
        time.time(), who.user_id, action, target, details or {}, request.remote
    )


def crud(
    api: Api,
    path: str,
    table: str,
    model: type[Model],
    *,
    read: frozenset[Role],
    tag: str,
    after_change: Hook | None = None,
) -> None:
    """List, read, create, patch and delete one kind of row. A patch is
    validated as the whole row it produces, so no patch can store what a
    create would refuse."""

    @api.route("GET", f"/api/{path}", roles=read, summary=f"List {tag}", tag=tag)
    async def list_rows(request: web.Request) -> Any:
        limit = min(query_int(request, "limit", 500), 5000)
        offset = query_int(request, "offset", 0)
        return await request.app[STORE].list_rows(table, limit=limit, offset=offset)

    @api.route("GET", f"/api/{path}/{{id}}", roles=read, summary=f"Read one of {tag}", tag=tag)
    async def get_row(request: web.Request) -> Any:
        return await request.app[STORE].get_row(table, path_int(request, "id"))

    @api.route(
        "POST",
        f"/api/{path}",
        roles=OWNER_ONLY,
        summary=f"Create one of {tag}",
        tag=tag,
        body=model,
        status=201,
    )
    async def create_row(request: web.Request) -> Any:
        values = body(request, model).model_dump(mode="json")
        row = await request.app[STORE].insert_row(table, values)
        await audit(request, "create", f"{table}:{row['id']}", values)
        if after_change:
            await after_change(request, row["id"])
        return row

    @api.route(
        "PATCH", f"/api/{path}/{{id}}", roles=OWNER_ONLY, summary=f"Change one of {tag}", tag=tag
    )
    async def patch_row(request: web.Request) -> Any:
        row_id = path_int(request, "id")
        store = request.app[STORE]
        current = await store.get_row(table, row_id)
        changed, fields = await patched(request, model, current)
        values = changed.model_dump(mode="json", include=fields)
        row = await store.update_row(table, row_id, values)
        await audit(request, "update", f"{table}:{row_id}", values)
        if after_change:
            await after_change(request, row_id)
        return row

    @api.route(
        "DELETE", f"/api/{path}/{{id}}", roles=OWNER_ONLY, summary=f"Delete one of {tag}", tag=tag
    )
    async def delete_row(request: web.Request) -> Any:
        row_id = path_int(request, "id")
        await request.app[STORE].delete_row(table, row_id)
        await audit(request, "delete", f"{table}:{row_id}")
        return {"deleted": row_id}


M = TypeVar("M", bound=Model)


async def patched(
    request: web.Request, model: type[M], current: dict[str, Any]
) -> tuple[M, set[str]]:
    """The row a PATCH body would make, validated whole (so no patch can store
    what a create would refuse), and the fields the body changes."""
    patch = await read_json(request)
    if not isinstance(patch, dict) or not patch:
        raise ApiError(422, "invalid_request", "send a JSON object with the fields to change")
    merged = {k: v for k, v in current.items() if k in model.model_fields} | patch
    return model.model_validate(merged), set(patch)


def register(api: Api) -> None:
    crud(api, "teams", "teams", TeamIn, read=MANAGERS, tag="teams")
    crud(api, "skills", "skills", SkillIn, read=MANAGERS, tag="skills")
    crud(api, "scripts", "scripts", ScriptIn, read=ALL_ROLES, tag="scripts")
    crud(api, "dispositions", "dispositions", DispositionIn, read=ALL_ROLES, tag="dispositions")
    crud(api, "break-reasons", "break_reasons", BreakReasonIn, read=ALL_ROLES, tag="break reasons")
    crud(api, "customers", "customers", CustomerIn, read=ALL_ROLES, tag="customers")
    _register_customer_search(api)
    _register_hold_music(api)
    _register_queues(api)
    _register_users(api)
    _register_audit(api)


def _register_customer_search(api: Api) -> None:
    @api.route(
        "GET", "/api/customer-search", roles=ALL_ROLES, summary="Find customers", tag="customers"
    )
    async def search(request: web.Request) -> Any:
        store = request.app[STORE]
        if phone := request.query.get("phone"):
            found = await store.find_customer(phone=phone)
            return [found] if found else []
        if email := request.query.get("email"):
            found = await store.find_customer(email=email)
            return [found] if found else []
        text = request.query.get("q", "").strip()
        if not text:
            raise ApiError(422, "invalid_request", "give q, phone or email")
        return await store.search_customers(text[:200], limit=50)

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
        found = await customer_card(request.app[STORE], customer_id)
        if found is None:
            raise ApiError(404, "not_found", f"customer {customer_id} not found")
        return found.model_dump(mode="json")


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


async def _queue_out(request: web.Request, row: dict[str, Any]) -> dict[str, Any]:
    skills = await request.app[STORE].get_queue_skills(row["id"])
    return row | {"skills": {str(k): v for k, v in skills.items()}}


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
    ) -> Any:
        action = "create" if queue_id is None else "update"
        store = request.app[STORE]
        values = model.model_dump(mode="json", exclude={"skills"}, include=fields)
        if queue_id is None:
            row = await store.insert_row("queues", values)
            queue_id = row["id"]
        elif values:
            await store.update_row("queues", queue_id, values)
        if "skills" in fields:
            await store.set_queue_skills(queue_id, model.skills)
        await audit(
            request, action, f"queues:{queue_id}", model.model_dump(mode="json", include=fields)
        )
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

    @api.route("PATCH", "/api/queues/{id}", roles=OWNER_ONLY, summary="Change a queue", tag=tag)
    async def patch_queue(request: web.Request) -> Any:
        queue_id = path_int(request, "id")
        current = await _queue_out(request, await request.app[STORE].get_row("queues", queue_id))
        model, fields = await patched(request, QueueIn, current)
        return await save(request, queue_id, model, fields)

    @api.route("DELETE", "/api/queues/{id}", roles=OWNER_ONLY, summary="Delete a queue", tag=tag)
    async def delete_queue(request: web.Request) -> Any:
        queue_id = path_int(request, "id")
        await request.app[STORE].get_row("queues", queue_id)
        request.app[CENTER].remove_queue(queue_id)  # refuses while contacts wait
        await request.app[STORE].delete_row("queues", queue_id)
        await audit(request, "delete", f"queues:{queue_id}")
        return {"deleted": queue_id}


async def _read_user(store: Store, user_id: int) -> dict[str, Any]:
    return _user_out(await store.get_row("users", user_id), await store.get_user_skills(user_id))


def _user_out(row: dict[str, Any], skills: dict[int, int]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k != "password_hash"}
    return out | {"skills": {str(k): v for k, v in skills.items()}}


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
            {"id": r["id"], "display_name": r["display_name"], "team_id": r["team_id"]}
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
        body=NewUserIn,
        status=201,
    )
    async def create_user(request: web.Request) -> Any:
        store = request.app[STORE]
        model = body(request, NewUserIn)
        password = model.password or new_password()
        values = model.model_dump(mode="json", exclude={"skills", "password"})
        row = await store.insert_row(
            "users", values | {"password_hash": await hash_password_async(password)}
        )
        await store.set_user_skills(row["id"], model.skills)
        await audit(request, "create", f"users:{row['id']}", values)
        await request.app[CENTER].reload_user(row["id"])
        out = _user_out(row, model.skills)
        if model.password is None:
            out["password"] = password  # shown once; only its hash is kept
        return out

    @api.route("PATCH", "/api/users/{id}", roles=OWNER_ONLY, summary="Change a user", tag=tag)
    async def patch_user(request: web.Request) -> Any:
        store, user_id = request.app[STORE], path_int(request, "id")
        current = await store.get_row("users", user_id)
        skills = await store.get_user_skills(user_id)
        model, fields = await patched(request, UserIn, current | {"skills": skills})
        if user_id == principal(request).user_id and (
            model.role is not Role.OWNER or not model.active
        ):
            raise ApiError(409, "conflict", "you cannot demote or deactivate yourself")
        values = model.model_dump(mode="json", exclude={"skills"}, include=fields)
        if values:
            await store.update_row("users", user_id, values)
        if "skills" in fields:
            await store.set_user_skills(user_id, model.skills)
        await audit(
            request, "update", f"users:{user_id}", model.model_dump(mode="json", include=fields)
        )
        await request.app[CENTER].reload_user(user_id)
        return await _read_user(store, user_id)

    @api.route(
        "POST",
        "/api/users/{id}/password",
        roles=OWNER_ONLY,
        summary="Reset a user's password",
        tag=tag,
        body=PasswordIn,
    )
    async def reset_password(request: web.Request) -> Any:
        store, user_id = request.app[STORE], path_int(request, "id")
        await store.get_row("users", user_id)
        given = body(request, PasswordIn).password
        password = given or new_password()
        await store.update_row(
            "users", user_id, {"password_hash": await hash_password_async(password)}
        )
        await audit(request, "reset_password", f"users:{user_id}")
        return {"user_id": user_id} | ({} if given else {"password": password})

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
            raise ApiError(409, "conflict", "you cannot deactivate yourself")
        await store.update_row("users", user_id, {"active": False})
        await audit(request, "deactivate", f"users:{user_id}")
        request.app[SESSIONS].end("your account was deactivated", user_id=user_id)
        request.app[CENTER].remove_user(user_id)
        return {"deactivated": user_id}


def _register_audit(api: Api) -> None:
    @api.route(
        "GET", "/api/audit", roles=OWNER_ONLY, summary="The audit log, newest first", tag="audit"
    )
    async def list_audit(request: web.Request) -> Any:
        limit = min(query_int(request, "limit", 100), 1000)
        return await request.app[STORE].list_audit(
            limit=limit, offset=query_int(request, "offset", 0)
        )
