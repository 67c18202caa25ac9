"""Campaigns over HTTP: the owner makes one, fills its list (people listed,
or customers found by a search), starts, pauses and finishes it, and reads
its figures; the do-not-call list (an agent may add a number at wrap-up)."""

from __future__ import annotations

from typing import Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, field_validator

from callnest.protocol import ErrorCode, rest
from callnest.server.api.admin import audit, crud
from callnest.server.api.endpoints import Api, body, path_int, principal, query_int, query_str
from callnest.server.api.errors import ApiError
from callnest.server.auth import ALL_ROLES, MANAGERS, OWNER_ONLY
from callnest.server.campaign_figures import campaign_figures
from callnest.server.keys import CENTER, DIALER, STORE
from callnest.server.outreach import CallingWindow, RetryPolicy, e164
from callnest.server.store.schema import PROSPECT_STATES

SEARCH_LIMIT = 100_000  # a customer search saved as a list takes every match


class CampaignIn(rest.CampaignFields):
    """A campaign's fields, also checked by the rules the dialer will apply."""

    @field_validator("calling_window")
    @classmethod
    def _window(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            CallingWindow.from_json(value)  # raises ValueError with the reason
        return value

    @field_validator("retry")
    @classmethod
    def _retry(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            RetryPolicy.from_json(value)
        return value


class ProspectQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: str | None = None
    limit: int | None = None
    offset: int | None = None


class DoNotCallQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    campaign_id: int | None = None


async def _reload(request: web.Request, _campaign_id: int) -> None:
    await request.app[DIALER].reload()


def register(api: Api) -> None:
    tag = "campaigns"
    crud(
        api,
        "campaigns",
        "campaigns",
        CampaignIn,
        rest.Campaign,
        read=MANAGERS,
        tag=tag,
        after_change=_reload,
    )

    _status_route(api, tag, "start", "running", "Starts (or resumes) dialing its list")
    _status_route(api, tag, "pause", "paused", "Stops placing new calls; calls out go on")
    _status_route(api, tag, "finish", "finished", "Ends it for good (it can still be read)")

    @api.route(
        "POST",
        "/api/campaigns/{id}/prospects",
        roles=OWNER_ONLY,
        tag=tag,
        body=rest.ProspectsIn,
        summary="Adds people to call: listed (numbers written nationally are read in "
        "`region`), or every customer a search finds (their first phone); a number the "
        "campaign has already is left as it is, one that cannot be called is refused",
    )
    async def add_prospects(request: web.Request) -> Any:
        campaign_id = path_int(request, "id")
        store = request.app[STORE]
        await store.get_row("campaigns", campaign_id)  # NotFound: 404
        given = body(request, rest.ProspectsIn)
        listed: list[dict[str, Any]] = [p.model_dump() for p in given.prospects]
        if given.customer_search is not None:
            for customer in await store.search_customers(given.customer_search, SEARCH_LIMIT):
                for phone in customer["phones"][:1]:
                    listed.append(
                        {"number": phone, "name": customer["name"], "customer_id": customer["id"]}
                    )
        rows, refused = [], []
        seen: set[str] = set()
        for line, person in enumerate(listed, start=1):
            try:
                number = e164(person["number"], given.region)
            except ValueError as exc:
                refused.append(
                    rest.ProspectProblem(line=line, number=person["number"], problem=str(exc))
                )
                continue
            if number not in seen:
                seen.add(number)
                rows.append({**person, "number": number})
        added = await store.add_prospects(campaign_id, rows)
        result = rest.ProspectsAdded(
            added=added, already_listed=len(listed) - len(refused) - added, refused=refused
        )
        await audit(request, "add_prospects", f"campaign:{campaign_id}", result.model_dump())
        request.app[DIALER].wake()
        return result

    @api.route(
        "GET",
        "/api/campaigns/{id}/prospects",
        roles=MANAGERS,
        tag=tag,
        query=ProspectQuery,
        summary="The campaign's people to call, with where each stands",
    )
    async def prospects(request: web.Request) -> Any:
        status = query_str(request, "status")
        if status is not None and status not in PROSPECT_STATES:
            raise ApiError(
                422, ErrorCode.INVALID_REQUEST, f"status is one of: {', '.join(PROSPECT_STATES)}"
            )
        return await request.app[STORE].list_prospects(
            campaign_id=path_int(request, "id"),
            statuses=None if status is None else (status,),
            limit=min(query_int(request, "limit", 500), 5000),
            offset=query_int(request, "offset", 0),
        )

    @api.route(
        "GET",
        "/api/campaigns/{id}/figures",
        roles=MANAGERS,
        tag=tag,
        summary="The campaign's figures: attempts, people reached, outcomes, dispositions, "
        "conversion, abandon rate, agents' time by state, the list's progress",
    )
    async def figures(request: web.Request) -> Any:
        campaign_id = path_int(request, "id")
        store = request.app[STORE]
        campaign = await store.get_row("campaigns", campaign_id)
        await request.app[CENTER].flush()  # every call so far, to the last answer
        return campaign_figures(
            await store.campaign_interactions(campaign_id),
            await store.prospect_counts(campaign_id),
            campaign["success_dispositions"] or (),
        )

    @api.route(
        "GET",
        "/api/do-not-call",
        roles=MANAGERS,
        tag=tag,
        query=DoNotCallQuery,
        summary="Numbers never to call: every campaign's, and each campaign's own",
    )
    async def do_not_call(request: web.Request) -> Any:
        entries = await request.app[STORE].do_not_call()
        campaign_id = query_int(request, "campaign_id", 0)
        if campaign_id:
            entries = [e for e in entries if e["campaign_id"] in (None, campaign_id)]
        return entries

    @api.route(
        "POST",
        "/api/do-not-call",
        roles=ALL_ROLES,
        tag=tag,
        body=rest.DoNotCallFields,
        status=201,
        summary="Never calls a number again (in every campaign, or one); an agent may, "
        "when a customer asks at wrap-up",
    )
    async def add_do_not_call(request: web.Request) -> Any:
        given = body(request, rest.DoNotCallFields)
        entry = given.model_dump() | {"added_by": principal(request).user_id}
        added = await request.app[DIALER].list_numbers([entry])
        await audit(request, "do_not_call", given.number, {"campaign_id": given.campaign_id})
        return {"added": added}

    @api.route(
        "DELETE",
        "/api/do-not-call/{id}",
        roles=OWNER_ONLY,
        tag=tag,
        summary="Takes a number off the do-not-call list",
    )
    async def remove_do_not_call(request: web.Request) -> Any:
        entry_id = path_int(request, "id")
        await request.app[STORE].remove_do_not_call(entry_id)
        await audit(request, "do_not_call_removed", str(entry_id))
        await request.app[DIALER].reload()
        return rest.Deleted(deleted=entry_id)


def _status_route(
    api: Api,
    tag: str,
    action: str,
    status: Literal["running", "paused", "finished"],
    summary: str,
) -> None:
    @api.route(
        "POST", f"/api/campaigns/{{id}}/{action}", roles=OWNER_ONLY, tag=tag, summary=summary
    )
    async def change(request: web.Request) -> Any:
        campaign_id = path_int(request, "id")
        store = request.app[STORE]
        current = await store.get_row("campaigns", campaign_id)
        if current["status"] == "finished":
            raise ApiError(409, ErrorCode.CONFLICT, "this campaign is finished")
        updated = await store.update_row("campaigns", campaign_id, {"status": status})
        await audit(request, action, f"campaign:{campaign_id}")
        await request.app[DIALER].reload()
        return rest.Campaign.model_validate(updated)
