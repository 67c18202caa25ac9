"""Figures and history: statistics folded from the event log, reports for a
date range, interactions, and the reports' settings."""

from __future__ import annotations

import asyncio
import dataclasses
import math
import time
from typing import Any

from aiohttp import web
from pydantic import BaseModel

from callnest.protocol import ErrorCode, rest
from callnest.server.acd import Channel, Event, EventType, StatsFold
from callnest.server.acd.stats import SHORT_ABANDON_S, QueueFigures
from callnest.server.api.admin import audit
from callnest.server.api.endpoints import (
    Api,
    body,
    principal,
    query_float,
    query_int,
    query_str,
)
from callnest.server.api.errors import ApiError
from callnest.server.auth import MANAGERS, OWNER_ONLY, Role, supervises
from callnest.server.keys import CENTER, STORE
from callnest.server.report import (
    MAX_RANGE_S,
    PREROLL_S,
    SHORT_ABANDON_KEY,
    AgentInfo,
    Directory,
    ReportRange,
    build_report,
)
from callnest.server.service_targets import ITEM_EVENT_TYPES, Targets, build_service_targets
from callnest.server.store import Store


def queue_figures(f: QueueFigures, now: float) -> dict[str, Any]:
    return {
        "offered": f.offered,
        "answered": f.answered,
        "abandoned": f.abandoned,
        "short_abandoned": f.short_abandoned,
        "overflowed": f.overflowed,
        "closed": f.closed,
        "asa_s": f.asa_s,
        "aht_s": f.aht_s,
        "service_level": f.service_level,
        "abandon_rate": f.abandon_rate,
        "max_waiting": f.max_waiting,
        "waiting": len(f.waiting),
        "longest_wait_s": f.longest_wait_s(now),
        "csat": f.csat,
        "callbacks": f.callbacks,
        "callbacks_connected": f.callbacks_connected,
        "callback_asa_s": f.callback_asa_s,
    }


# Every counter and duration adds up across queues; derived from the
# dataclass so a new figure cannot be left out of the totals.
_SUMMED = tuple(
    f.name for f in dataclasses.fields(QueueFigures) if f.name not in ("max_waiting", "waiting")
)


def report_range(request: web.Request, default_short_abandon_s: float) -> ReportRange:
    """The report's range from the query string; 422 with the reason otherwise."""
    since, until = query_float(request, "since"), query_float(request, "until")
    if since is None or until is None:
        raise ApiError(
            422, ErrorCode.INVALID_REQUEST, "since and until (epoch seconds) are required"
        )
    short = query_float(request, "short_abandon_s")
    channel = query_str(request, "channel")
    if channel is not None and channel not in {c.value for c in Channel}:
        choices = ", ".join(Channel)
        raise ApiError(422, ErrorCode.INVALID_REQUEST, f"channel must be one of {choices}")
    span = ReportRange(
        since=since,
        until=until,
        interval_s=query_int(request, "interval_s", 1800),
        short_abandon_s=default_short_abandon_s if short is None else short,
        queue_id=query_int(request, "queue_id", -1) if "queue_id" in request.query else None,
        team_id=query_int(request, "team_id", -1) if "team_id" in request.query else None,
        channel=None if channel is None else Channel(channel),
    )
    try:
        span.check()
    except ValueError as exc:
        raise ApiError(422, ErrorCode.INVALID_REQUEST, str(exc)) from None
    return span


async def short_abandon_s(request: web.Request) -> float:
    return float(await request.app[STORE].get_setting(SHORT_ABANDON_KEY, SHORT_ABANDON_S))


class StatsQuery(BaseModel):
    """A period (epoch seconds) of the event log; neither: today, live."""

    since: float | None = None
    until: float | None = None


def summarise(fold: StatsFold, names: dict[int, str], now: float) -> dict[str, Any]:
    total = QueueFigures()
    for f in fold.queues.values():
        for name in _SUMMED:
            setattr(total, name, getattr(total, name) + getattr(f, name))
        total.waiting.update(f.waiting)  # a contact waits in one queue at a time
    # The peak across the center is not the sum of each queue's peak.
    totals = queue_figures(total, now) | {"max_waiting": fold.peak_waiting}
    return {
        "queues": [
            {"queue_id": qid, "name": names.get(qid, str(qid))} | queue_figures(f, now)
            for qid, f in sorted(fold.queues.items())
        ],
        "totals": totals,
    }


def register(api: Api) -> None:
    @api.route(
        "GET",
        "/api/stats",
        roles=MANAGERS,
        tag="reports",
        summary="Queue figures from the event log: today live, or ?since=&until= (epoch s)",
        query=StatsQuery,
    )
    async def stats(request: web.Request) -> Any:
        center = request.app[CENTER]
        now = time.time()
        since, until = query_float(request, "since"), query_float(request, "until")
        if since is None and until is None:
            fold = center.figures.stats
        else:
            await center.flush()
            rows = await request.app[STORE].events_between(since or 0.0, until or now + 1)
            live = center.figures
            fold = StatsFold(live.service_level_s, live.stats.short_abandon_s).apply_all(
                Event.from_row(r) for r in rows
            )
        names = {q.id: q.name for q in center.queues.values()}
        return summarise(fold, names, now) | {"open_contacts": center.open_contact_count()}

    @api.route(
        "GET",
        "/api/reports",
        roles=MANAGERS,
        tag="reports",
        summary=(
            "A report for ?since=&until= (epoch s, at most 93 days): queues, agents, teams, "
            "totals, &interval_s= (900, 1800, 3600, 86400) intervals and agents' state "
            "timeline; &short_abandon_s=, &queue_id=, &team_id=, &channel= (voice, chat, "
            "email, task) narrow it. Supervisors see their own team's agents"
        ),
        query=rest.ReportQuery,
    )
    async def report(request: web.Request) -> Any:
        center, store = request.app[CENTER], request.app[STORE]
        span = report_range(request, await short_abandon_s(request))
        who = principal(request)
        queues = {
            row["id"]: row["display_name"] or row["name"] for row in await store.list_rows("queues")
        }
        if span.queue_id is not None and span.queue_id not in queues:
            raise ApiError(422, ErrorCode.INVALID_REQUEST, f"there is no queue {span.queue_id}")
        teams = {row["id"]: row["name"] for row in await store.list_rows("teams")}
        if span.team_id is not None:
            if span.team_id not in teams:
                raise ApiError(422, ErrorCode.INVALID_REQUEST, f"there is no team {span.team_id}")
            if not supervises(who, span.team_id):
                raise ApiError(
                    403, ErrorCode.FORBIDDEN, "supervisors see their own team's report only"
                )
        users = await store.list_rows("users")
        reasons = await store.list_rows("break_reasons")
        await center.flush()
        rows = await store.events_between(span.since - PREROLL_S, span.until)
        directory = Directory(
            queue_names=queues,
            service_level_s=center.figures.service_level_s,
            agents={
                u["id"]: AgentInfo(u["display_name"] or u["username"], u["team_id"]) for u in users
            },
            # Active agents are listed even on a day off; anyone else once in the log.
            roster=frozenset(u["id"] for u in users if u["role"] == "agent" and u["active"]),
            team_names=teams,
            reason_names={r["id"]: r["name"] for r in reasons},
            visible=lambda team_id: supervises(who, team_id),
            contact_channels=await _channels_entered_earlier(store, rows)
            if span.channel is not None
            else {},
        )
        # Folding a month is CPU work: off the event loop, which carries the calls.
        return await asyncio.to_thread(build_report, rows, span, directory, time.time())

    @api.route(
        "GET",
        "/api/reports/service-targets",
        roles=MANAGERS,
        tag="reports",
        summary=(
            "E-mails, tasks and callbacks closed in ?since=&until= (epoch s, at most 93 "
            "days): per queue and escalation tier, first-response and resolution times "
            "(mean, 90th percentile) and the share within the queue's targets"
        ),
        query=rest.ServiceTargetsQuery,
    )
    async def service_targets(request: web.Request) -> Any:
        since, until = query_float(request, "since"), query_float(request, "until")
        if since is None or until is None:
            raise ApiError(
                422, ErrorCode.INVALID_REQUEST, "since and until (epoch seconds) are required"
            )
        if not (math.isfinite(since) and math.isfinite(until)) or since >= until:
            raise ApiError(422, ErrorCode.INVALID_REQUEST, "since must be before until")
        if until - since > MAX_RANGE_S:
            raise ApiError(
                422,
                ErrorCode.INVALID_REQUEST,
                f"a report covers at most {MAX_RANGE_S / 86400:.0f} days",
            )
        center, store = request.app[CENTER], request.app[STORE]
        targets = {
            row["id"]: Targets(
                row["display_name"] or row["name"],
                row["first_response_target_s"],
                row["resolution_target_s"],
            )
            for row in await store.list_rows("queues")
        }
        await center.flush()
        closed = await store.events_between(since, until, types=[str(EventType.CLOSED)])
        rows = await store.events_of_contacts(
            {r["contact_id"] for r in closed if r["contact_id"]}, types=ITEM_EVENT_TYPES
        )
        found = await asyncio.to_thread(build_service_targets, rows, since, until, targets)
        return rest.ServiceTargets.model_validate(found)

    @api.route(
        "GET",
        "/api/settings/reports",
        roles=MANAGERS,
        tag="admin",
        summary="Reports' defaults: the short-abandon threshold (s), for reports and the wallboard",
    )
    async def get_report_settings(request: web.Request) -> Any:
        return rest.ReportSettings(short_abandon_s=await short_abandon_s(request))

    @api.route(
        "PUT",
        "/api/settings/reports",
        roles=OWNER_ONLY,
        tag="admin",
        body=rest.ReportSettings,
        summary="Set the short-abandon threshold (0-120 s); today's live figures follow at once",
    )
    async def set_report_settings(request: web.Request) -> Any:
        seconds = body(request, rest.ReportSettings).short_abandon_s
        center = request.app[CENTER]
        await request.app[STORE].set_setting(SHORT_ABANDON_KEY, seconds)
        center.figures.set_short_abandon_s(seconds)
        await audit(request, "settings.reports", "settings:reports", {"short_abandon_s": seconds})
        return rest.ReportSettings(short_abandon_s=seconds)

    @api.route(
        "GET",
        "/api/interactions",
        roles=MANAGERS,
        tag="reports",
        summary="Interactions, newest first, filtered",
        query=rest.InteractionFilter,
    )
    async def interactions(request: web.Request) -> Any:
        await request.app[CENTER].flush()
        who = principal(request)
        if who.role is not Role.OWNER and who.team_id is None:
            return []  # a supervisor with no team supervises nobody
        filters = {
            name: query_int(request, name, -1)
            for name in ("queue_id", "agent_id", "customer_id")
            if name in request.query
        }
        rows = await request.app[STORE].list_interactions(
            start=query_float(request, "since"),
            end=query_float(request, "until"),
            state=query_str(request, "state"),
            outcome=query_str(request, "outcome"),
            # Supervisors: what their team's agents handled, as in the reports.
            agent_team_id=None if who.role is Role.OWNER else who.team_id,
            limit=min(query_int(request, "limit", 100), 1000),
            offset=query_int(request, "offset", 0),
            newest_first=True,
            **filters,
        )
        return [rest.Interaction.model_validate(row) for row in rows]

    @api.route(
        "GET",
        "/api/interactions/{contact_id}",
        roles=MANAGERS,
        tag="reports",
        summary="One interaction (an interaction's id is its contact's)",
    )
    async def interaction(request: web.Request) -> Any:
        await request.app[CENTER].flush()
        found = await interaction_of_my_team(request)
        return rest.Interaction.model_validate(found)

    @api.route(
        "GET",
        "/api/interactions/{contact_id}/transcript",
        roles=MANAGERS,
        tag="reports",
        summary=(
            "What was written in an interaction, oldest first, as plain text: a chat's "
            "messages, or its e-mail thread's (none for a call)"
        ),
    )
    async def transcript(request: web.Request) -> Any:
        await request.app[CENTER].flush()
        found = await interaction_of_my_team(request)
        store = request.app[STORE]
        channel = Channel(found["channel"])
        if channel is Channel.CHAT:
            lines = [_chat_line(m) for m in await store.chat_messages(found["id"])]
        elif channel is Channel.EMAIL:
            thread_id = await store.email_thread_of_contact(found["id"])
            messages = [] if thread_id is None else await store.email_messages(thread_id)
            lines = [_email_line(m) for m in messages]
        else:
            lines = []
        return rest.Transcript.model_validate(
            {"contact_id": found["id"], "channel": found["channel"], "lines": lines}
        )


def _chat_line(message: dict[str, Any]) -> rest.TranscriptLine:
    return rest.TranscriptLine(
        sender=message["sender"],
        name=message["sender_name"] or "",
        at=message["at"],
        text=message["text"],
    )


def _email_line(message: dict[str, Any]) -> rest.TranscriptLine:
    """An e-mail as its text part: the HTML part, even sanitised, is not for
    a reader that would render it."""
    return rest.TranscriptLine(
        sender="customer" if message["direction"] == "in" else "agent",
        name=message["from_name"] or message["from_address"],
        at=message["at"],
        text=message["text"],
        subject=message["subject"],
    )


async def _channels_entered_earlier(store: Store, rows: list[dict[str, Any]]) -> dict[str, Channel]:
    """The channels of the contacts in ``rows`` that entered before them (an
    e-mail answered days later), as their interactions say."""
    entered = {r["contact_id"] for r in rows if r["type"] == str(EventType.ENTERED)}
    earlier = {r["contact_id"] for r in rows if r["contact_id"]} - entered
    if not earlier:
        return {}
    return {cid: Channel(ch) for cid, ch in (await store.interaction_channels(earlier)).items()}


async def interaction_of_my_team(request: web.Request) -> dict[str, Any]:
    """The interaction in the path, if the caller may read it: an owner any,
    a supervisor one their team's agent handled (403 otherwise)."""
    store = request.app[STORE]
    found = await store.get_interaction(request.match_info["contact_id"])
    who = principal(request)
    if who.role is not Role.OWNER:
        agent_id = found.get("agent_id")
        team_id = (await store.get_row("users", agent_id))["team_id"] if agent_id else None
        if team_id is None or not supervises(who, team_id):
            raise ApiError(403, ErrorCode.FORBIDDEN, "this interaction is not your team's")
    return found
