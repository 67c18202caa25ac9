"""The aiohttp application: ``create_app(settings)`` wires store, center, API and sessions."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import AsyncIterator

from aiohttp import web

from callnest.server import forwarded
from callnest.server.alarms import Alarms
from callnest.server.api import (
    admin,
    callbacks,
    calls,
    campaigns,
    chat,
    customer_privacy,
    customers_csv,
    docs,
    escalations,
    mail,
    maintenance,
    monitor,
    phones,
    prompts,
    public,
    recordings,
    reports,
    session,
    supervise,
)
from callnest.server.api.desktop_socket import Sessions, websocket
from callnest.server.api.endpoints import Api
from callnest.server.api.errors import Handler, error_middleware
from callnest.server.api.public import RateLimiter
from callnest.server.auth import LoginThrottle
from callnest.server.backup_keeper import BackupKeeper, note_first_start
from callnest.server.bootstrap import ensure_owner
from callnest.server.callbacks import Callbacks
from callnest.server.campaigns import Dialer
from callnest.server.center import Center
from callnest.server.chat import Chats
from callnest.server.data_retention import enforce_forever
from callnest.server.doctor import Doctor
from callnest.server.doctor.access import remove_access, write_access
from callnest.server.escalation import Escalations
from callnest.server.keys import (
    ALARMS,
    API,
    BACKUPS,
    CALLBACKS,
    CENTER,
    CHATS,
    DIALER,
    DOCTOR,
    DOCTOR_TOKEN,
    EDGE,
    ESCALATIONS,
    MAIL,
    METRICS,
    PHONE_CONFIG_LISTENERS,
    PUBLIC_LIMITER,
    SESSIONS,
    SETTINGS,
    STORE,
    SWITCHBOARD,
    THROTTLE,
)
from callnest.server.mail.channel import MailChannel
from callnest.server.media.own_prompts import OwnPrompts
from callnest.server.media.passthrough import check_aiortc
from callnest.server.media.prompts import AudioLibrary
from callnest.server.media.retention import prune_forever
from callnest.server.media.switchboard import (
    LINK_CHECK_STATS_EVERY_S,
    LINK_STATS_EVERY_S,
    Switchboard,
)
from callnest.server.metrics import Metrics
from callnest.server.phone.calls import PhoneCalls
from callnest.server.phone.edge import SipEdge
from callnest.server.phone.kamailio_config import EdgeConfig
from callnest.server.phone.keeper import EdgeKeeper
from callnest.server.phone.rtpengine import MediaRelayConfig, RtpEngine, media_address
from callnest.server.phone.sip_server import SipServer
from callnest.server.settings import Settings
from callnest.server.upgrade import open_upgraded
from callnest.server.wallboard import Wallboard
from callnest.server.web import register as add_caller_pages

log = logging.getLogger("callnest.server")

OWNER_PASSWORD: web.AppKey[str | None] = web.AppKey("owner_password")


def build_api() -> Api:
    api = Api()
    for module in (
        docs,
        session,
        admin,
        customers_csv,
        customer_privacy,
        public,
        calls,
        callbacks,
        campaigns,
        chat,
        mail,
        reports,
        escalations,
        recordings,
        prompts,
        supervise,
        monitor,
        phones,
        maintenance,
    ):
        module.register(api)
    return api


async def _store_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    # The database holds customers' details and password hashes: the data
    # directory is for the server's user alone.
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    settings.data_dir.chmod(0o700)
    store = await open_upgraded(settings)
    app[STORE] = store
    app[OWNER_PASSWORD] = await ensure_owner(store, settings.data_dir, settings.owner_username)
    await note_first_start(store, time.time())
    yield
    await store.close()


async def _center_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    center = Center(app[STORE], settings)
    await center.start()
    app[CENTER] = center
    app[METRICS] = Metrics(center)
    wallboard = Wallboard(
        center.figures, coalesce_s=settings.stats_coalesce_s, refresh_s=settings.stats_refresh_s
    )
    sessions = app[SESSIONS] = Sessions(
        center, grace_s=settings.heartbeat_timeout_s, wallboard=wallboard
    )
    chats = app[CHATS] = Chats(center, app[STORE], settings)
    chats.desks_of = lambda user_id: [s for s in sessions.by_id.values() if s.user_id == user_id]
    await chats.start()
    mail_channel = app[MAIL] = MailChannel(center, app[STORE], settings)
    mail_channel.desks_of = chats.desks_of
    await mail_channel.start()
    owed = app[CALLBACKS] = Callbacks(center, app[STORE])
    await owed.start()
    dialer = app[DIALER] = Dialer(center, app[STORE])
    await dialer.start()
    wallboard.campaigns = dialer.live_figures
    # Last: the items the others put back in line take up their tiers.
    escalation = app[ESCALATIONS] = Escalations(center, app[STORE], settings)
    await escalation.start()

    async def watchdog() -> None:
        while True:
            await asyncio.sleep(1.0)
            sessions.expire_silent(settings.heartbeat_timeout_s)

    tasks = [asyncio.create_task(watchdog()), asyncio.create_task(chats.end_abandoned_forever())]
    wallboard.start()
    yield
    for task in tasks:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    await wallboard.stop()
    sessions.close_all()
    await escalation.stop()
    await dialer.stop()
    await owed.stop()
    await mail_channel.stop()
    await chats.stop()
    await center.stop()


async def _close_chat_pages(app: web.Application) -> None:
    if CHATS in app:
        await app[CHATS].close_pages()


async def _stop_placing_calls(app: web.Application) -> None:
    # First: the phone side stops before the center does, and a call placed
    # in between would ring a person nobody is there to talk to.
    for key in (DIALER, CALLBACKS):
        if key in app:
            await app[key].stop()


async def _close_desktops(app: web.Application) -> None:
    # Before the stop waits for open requests: a desktop's socket is one.
    if SESSIONS in app:
        app[SESSIONS].going_away()


@web.middleware
async def _count_requests(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    if METRICS in request.app:
        request.app[METRICS].requests.labels(request.method, str(response.status)).inc()
    return response


async def _media_ctx(app: web.Application) -> AsyncIterator[None]:
    check_aiortc()
    library = AudioLibrary.load()
    OwnPrompts(app[SETTINGS].prompts_dir, library).load()  # the owner's recordings in place
    switchboard = app[SWITCHBOARD] = Switchboard(
        app[CENTER], app[SETTINGS], library, on_forward=app[METRICS].observe_forward
    )
    app[SESSIONS].media = switchboard

    async def link_stats() -> None:
        while True:
            # A link in its pre-shift check is sampled more often: the check
            # takes seconds rather than a whole window of them.
            checking = app[CENTER].health.links.checking
            await asyncio.sleep(LINK_CHECK_STATS_EVERY_S if checking else LINK_STATS_EVERY_S)
            try:
                await switchboard.refresh_link_stats()
            except Exception:
                log.exception("reading the agents' link statistics failed")

    tasks = [
        asyncio.create_task(link_stats()),
        asyncio.create_task(prune_forever(app[STORE], switchboard.recordings_dir)),
        asyncio.create_task(enforce_forever(app[STORE])),
    ]
    yield
    for task in tasks:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    await switchboard.close()


async def _phone_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    edge = SipEdge(
        settings.data_dir / "sip-edge",
        EdgeConfig(
            trunk_host=settings.sip_host,
            trunk_port=settings.sip_port,
            public_host=settings.sip_public_host,
            inner_port=settings.sip_inner_port,
            callnest_port=settings.sip_callnest_port,
            tls_port=settings.sip_tls_port,
            tls_certificate=settings.sip_tls_certificate,
            tls_private_key=settings.sip_tls_private_key,
            tls_ca_file=settings.sip_tls_ca_file,
        ),
    )
    relay = RtpEngine(
        settings.data_dir / "media-relay",
        MediaRelayConfig(
            phone_host=media_address(settings.sip_host),
            phone_advertised=settings.sip_public_host,
            ng_port=settings.rtp_control_port,
            port_min=settings.rtp_port_min,
            port_max=settings.rtp_port_max,
        ),
    )
    calls = PhoneCalls(
        app[CENTER],
        app[STORE],
        app[SWITCHBOARD],
        relay,
        callbacks=app[CALLBACKS],
        silence_timeout_s=settings.phone_silence_timeout_s,
        dial_timeout_s=settings.dial_timeout_s,
    )
    sip = calls.sip = SipServer(
        "127.0.0.1",
        settings.sip_callnest_port,
        calls.on_invite,
        edge=("127.0.0.1", settings.sip_inner_port),  # calls out go through Kamailio
    )
    app[SESSIONS].phones = calls
    app[CALLBACKS].place = app[DIALER].place = calls.place
    keeper = app[EDGE] = EdgeKeeper(
        app[STORE],
        edge,
        relay,
        sip,
        check_every_s=settings.trunk_check_s,
        on_health=app[SESSIONS].wallboard.set_phones,  # trunk alarms on the wallboards
    )
    await keeper.sync()  # with no trunk configured: nothing starts
    app[PHONE_CONFIG_LISTENERS].append(keeper.sync)
    yield
    await keeper.close()


async def _maintenance_ctx(app: web.Application) -> AsyncIterator[None]:
    """Backups on their schedule, the doctor, and the alarms it raises."""
    settings, store = app[SETTINGS], app[STORE]
    keeper = app[BACKUPS] = BackupKeeper(store, settings)
    doctor = app[DOCTOR] = Doctor(settings, store, keeper, app[EDGE], app[MAIL])
    alarms = app[ALARMS] = Alarms(store, doctor, app[SESSIONS].tell_owners)
    app[MAIL].on_alarm = alarms.check_once
    await alarms.start()
    token = app[DOCTOR_TOKEN] = secrets.token_urlsafe(32)
    write_access(settings.data_dir, settings.host, settings.port, token)
    tasks = [
        asyncio.create_task(keeper.run_forever()),
        asyncio.create_task(alarms.run_forever(settings.alarm_check_s)),
    ]
    yield
    remove_access(settings.data_dir)
    for task in tasks:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    await keeper.wait()  # a backup in progress finishes: a half one is never kept anyway


def create_app(settings: Settings) -> web.Application:
    app = web.Application(
        client_max_size=settings.max_body_bytes,
        middlewares=[
            forwarded.middleware(forwarded.networks(settings.trusted_proxies)),
            _count_requests,
            error_middleware,
        ],
    )
    app[SETTINGS] = settings
    app[THROTTLE] = LoginThrottle(settings.login_failures_allowed, settings.login_failure_window_s)
    app[PUBLIC_LIMITER] = RateLimiter(settings.public_contacts_per_minute)
    app[PHONE_CONFIG_LISTENERS] = []
    api = app[API] = build_api()
    api.install(app)
    app.router.add_get("/api/ws", websocket)
    add_caller_pages(app)
    app.cleanup_ctx.append(_store_ctx)
    app.cleanup_ctx.append(_center_ctx)
    app.on_shutdown.append(_stop_placing_calls)
    app.on_shutdown.append(_close_chat_pages)
    app.on_shutdown.append(_close_desktops)
    app.cleanup_ctx.append(_media_ctx)
    app.cleanup_ctx.append(_phone_ctx)
    app.cleanup_ctx.append(_maintenance_ctx)
    return app
