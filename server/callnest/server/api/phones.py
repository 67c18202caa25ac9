"""REST for phone calls' configuration: SIP trunks (the owner's alone: they
hold the provider's password) and phone numbers (supervisors may read them).

A trunk's password goes in and never comes out: answers carry
``has_password``, and the audit log says a change gave one, never which.
After every committed change to either, the SIP side is told (see
:func:`phone_config_changed`)."""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web
from pydantic import SecretStr, ValidationInfo, field_validator

from callnest.protocol import rest
from callnest.server.api.admin import audit, crud, patched
from callnest.server.api.endpoints import Api, body, path_int
from callnest.server.auth import MANAGERS, OWNER_ONLY
from callnest.server.keys import EDGE, PHONE_CONFIG_LISTENERS, STORE

log = logging.getLogger("callnest.api")

# What the audit log shows for a password that was given.
HIDDEN = "***"


class TrunkIn(rest.TrunkFields):
    """A trunk's fields as the server checks them: whole, the password it
    keeps included, so that only here can a registering trunk without one be
    told apart from a change that leaves the password as it is."""

    @field_validator("password")
    @classmethod
    def _registering_needs_a_password(
        cls, value: SecretStr | None, info: ValidationInfo
    ) -> SecretStr | None:
        if value is None and info.data.get("registers"):
            raise ValueError("a trunk that registers needs a password")
        return value


async def phone_config_changed(app: web.Application) -> None:
    """Tell every listener in ``app[PHONE_CONFIG_LISTENERS]``, in turn, that
    trunks or phone numbers changed. The change is committed by then: a
    listener that fails is logged, and the others still hear of it."""
    for listener in app[PHONE_CONFIG_LISTENERS]:
        try:
            await listener()
        except Exception:
            log.exception("a listener to phone configuration changes failed")


def _audited(values: dict[str, Any]) -> dict[str, Any]:
    """A trunk's values as the audit log keeps them: whether a password was
    given (``***``) or removed (null), never the password."""
    if values.get("password") is None:
        return values
    return values | {"password": HIDDEN}


async def _trunk_changed(
    request: web.Request, action: str, trunk_id: int, values: dict[str, Any] | None = None
) -> None:
    await audit(request, action, f"trunks:{trunk_id}", _audited(values or {}))
    await phone_config_changed(request.app)


async def _number_changed(request: web.Request, number_id: int) -> None:
    await phone_config_changed(request.app)


def register(api: Api) -> None:
    _register_trunks(api)
    crud(
        api,
        "phone-numbers",
        "phone_numbers",
        rest.PhoneNumberFields,
        rest.PhoneNumber,
        read=MANAGERS,
        tag="phone numbers",
        after_change=_number_changed,
    )


def _register_trunks(api: Api) -> None:
    tag = "trunks"

    @api.route(
        "GET",
        "/api/trunks/status",
        roles=OWNER_ONLY,
        summary="The SIP edge: running or why not, and each trunk's registration",
        tag=tag,
    )
    async def edge_status(request: web.Request) -> Any:
        return await request.app[EDGE].status()

    @api.route(
        "GET", "/api/trunks", roles=OWNER_ONLY, summary="List SIP trunks (no passwords)", tag=tag
    )
    async def list_trunks(request: web.Request) -> Any:
        return [rest.Trunk.model_validate(t) for t in await request.app[STORE].list_trunks()]

    @api.route(
        "GET",
        "/api/trunks/{id}",
        roles=OWNER_ONLY,
        summary="Read a SIP trunk (not its password)",
        tag=tag,
    )
    async def get_trunk(request: web.Request) -> Any:
        trunk = await request.app[STORE].get_trunk(path_int(request, "id"))
        return rest.Trunk.model_validate(trunk)

    @api.route(
        "POST",
        "/api/trunks",
        roles=OWNER_ONLY,
        summary="Create a SIP trunk",
        tag=tag,
        body=TrunkIn,
        status=201,
    )
    async def create_trunk(request: web.Request) -> Any:
        values = body(request, TrunkIn).model_dump(mode="json")  # the password in full
        created = await request.app[STORE].create_trunk(values)
        await _trunk_changed(request, "create", created["id"], values)
        return rest.Trunk.model_validate(created)

    @api.route(
        "PATCH",
        "/api/trunks/{id}",
        roles=OWNER_ONLY,
        summary="Change a SIP trunk (a password left out is kept; null removes it)",
        tag=tag,
        patch=TrunkIn,
    )
    async def patch_trunk(request: web.Request) -> Any:
        trunk_id, store = path_int(request, "id"), request.app[STORE]
        current = await store.get_trunk_with_password(trunk_id)
        model, fields = await patched(request, TrunkIn, current)
        values = model.model_dump(mode="json", include=fields)
        updated = await store.update_trunk(trunk_id, values)
        await _trunk_changed(request, "update", trunk_id, values)
        return rest.Trunk.model_validate(updated)

    @api.route(
        "DELETE",
        "/api/trunks/{id}",
        roles=OWNER_ONLY,
        summary="Delete a SIP trunk (refused while phone numbers use it)",
        tag=tag,
    )
    async def delete_trunk(request: web.Request) -> Any:
        trunk_id = path_int(request, "id")
        await request.app[STORE].delete_trunk(trunk_id)
        await _trunk_changed(request, "delete", trunk_id)
        return rest.Deleted(deleted=trunk_id)
