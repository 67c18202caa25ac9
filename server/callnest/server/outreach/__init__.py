"""The rules outbound dialing obeys, as pure functions of their inputs and the time.

Campaigns and callbacks never dial a number on the do-not-call list, never outside the
callee's local calling window, never more calls than there are free agents, never one number
twice at once, and try again by how the last attempt ended, within a maximum. No I/O and no
clock: the server passes the time in, as UNIX seconds."""

from callnest.server.outreach.do_not_call import DoNotCall
from callnest.server.outreach.numbers import country, e164, time_zones
from callnest.server.outreach.pacing import Prospect, pick
from callnest.server.outreach.retry import AttemptOutcome, RetryPolicy
from callnest.server.outreach.windows import (
    COUNTRY_WINDOWS,
    DEFAULT_WINDOW,
    CallingWindow,
    callable_at,
    next_opening,
    window_for,
)

__all__ = [
    "COUNTRY_WINDOWS",
    "DEFAULT_WINDOW",
    "AttemptOutcome",
    "CallingWindow",
    "DoNotCall",
    "Prospect",
    "RetryPolicy",
    "callable_at",
    "country",
    "e164",
    "next_opening",
    "pick",
    "time_zones",
    "window_for",
]
