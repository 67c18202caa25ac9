"""Typed keys for what the aiohttp application holds."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from callnest.server.alarms import Alarms
    from callnest.server.api.desktop_socket import Sessions
    from callnest.server.api.endpoints import Api
    from callnest.server.api.public import RateLimiter
    from callnest.server.auth import LoginThrottle
    from callnest.server.backup_keeper import BackupKeeper
    from callnest.server.callbacks import Callbacks
    from callnest.server.campaigns import Dialer
    from callnest.server.center import Center
    from callnest.server.chat import Chats
    from callnest.server.doctor import Doctor
    from callnest.server.escalation import Escalations
    from callnest.server.mail.channel import MailChannel
    from callnest.server.media.switchboard import Switchboard
    from callnest.server.metrics import Metrics
    from callnest.server.phone.keeper import EdgeKeeper
    from callnest.server.settings import Settings
    from callnest.server.store.store import Store

SETTINGS: web.AppKey[Settings] = web.AppKey("settings")
STORE: web.AppKey[Store] = web.AppKey("store")
CENTER: web.AppKey[Center] = web.AppKey("center")
API: web.AppKey[Api] = web.AppKey("api")
METRICS: web.AppKey[Metrics] = web.AppKey("metrics")
SESSIONS: web.AppKey[Sessions] = web.AppKey("sessions")
THROTTLE: web.AppKey[LoginThrottle] = web.AppKey("login_throttle")
PUBLIC_LIMITER: web.AppKey[RateLimiter] = web.AppKey("public_limiter")
SWITCHBOARD: web.AppKey[Switchboard] = web.AppKey("switchboard")
CHATS: web.AppKey[Chats] = web.AppKey("chats")
MAIL: web.AppKey[MailChannel] = web.AppKey("mail")
CALLBACKS: web.AppKey[Callbacks] = web.AppKey("callbacks")
DIALER: web.AppKey[Dialer] = web.AppKey("dialer")
ESCALATIONS: web.AppKey[Escalations] = web.AppKey("escalations")
BACKUPS: web.AppKey[BackupKeeper] = web.AppKey("backups")
DOCTOR: web.AppKey[Doctor] = web.AppKey("doctor")
ALARMS: web.AppKey[Alarms] = web.AppKey("alarms")
# What callnest-server doctor on this machine proves itself with (doctor_access.py).
DOCTOR_TOKEN: web.AppKey[str] = web.AppKey("doctor_token")

PhoneConfigListener = Callable[[], Awaitable[None]]
"""Called with nothing after a change to trunks or phone numbers is
committed, to read them again from the store (``Store.trunks_for_edge``,
``Store.list_rows("phone_numbers")``); see ``api.phones.phone_config_changed``."""

# Whoever runs the SIP side appends its listener (before or at startup).
PHONE_CONFIG_LISTENERS: web.AppKey[list[PhoneConfigListener]] = web.AppKey("phone_config_listeners")
EDGE: web.AppKey[EdgeKeeper] = web.AppKey("sip_edge")
