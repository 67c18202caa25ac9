"""What the desktop says about phone trunks: how a trunk is known to its
provider, how its registration is doing, the wallboard's alarms, and the
trunk form's typed lines read back. No widgets here, so it is tested
without a screen.

The server sends states, times and the registrar's own answer ("403
Forbidden"); the sentences around them are made here, in local time.
"""

from __future__ import annotations

import time

from callnest import protocol as p
from callnest.protocol import rest

__all__ = [
    "alarm_lines",
    "auth_text",
    "clock",
    "ip_lines",
    "registration_text",
    "transport_label",
]

TRANSPORT_NAMES = {
    rest.Transport.UDP: "UDP",
    rest.Transport.TCP: "TCP",
    rest.Transport.TLS: "TLS",
}

OK, WATCH, ACT = 0, 1, 2  # how a registration should be coloured: fine, amber, red


def clock(timestamp: float, now: float) -> str:
    """A moment, local: ``14:02`` today, ``3 May 14:02`` on another day."""
    then, today = time.localtime(timestamp), time.localtime(now)
    hours = time.strftime("%H:%M", then)
    if then[:3] == today[:3]:
        return hours
    return f"{then.tm_mday} {time.strftime('%b', then)} {hours}"


def transport_label(transport: rest.Transport, unsupported: dict[rest.Transport, str]) -> str:
    """``TLS — not available`` when the server says it cannot serve it."""
    name = TRANSPORT_NAMES[transport]
    return f"{name} — not available" if transport in unsupported else name


def auth_text(trunk: rest.Trunk) -> str:
    """How the provider knows the trunk."""
    if trunk.registers and trunk.ip_addresses:
        return "Registration and IP addresses"
    if trunk.registers:
        return "Registration"
    count = len(trunk.ip_addresses)
    return f"IP address{'es' if count != 1 else ''} ({count})"


def registration_text(
    trunk: rest.Trunk, status: rest.EdgeStatus | None, now: float
) -> tuple[str, int]:
    """How the trunk's registration is doing, in words, and how it should be
    coloured (:data:`OK`, :data:`WATCH`, :data:`ACT`)."""
    if not trunk.enabled:
        return "Not in use (disabled)", OK
    if not trunk.registers:
        return "Not needed: the provider knows the addresses", OK
    if status is None:
        return "Asking the server…", OK
    registration = next((r for r in status.registrations if r.trunk_id == trunk.id), None)
    if registration is None:
        if status.problem is not None or not status.running:
            return "Not registered: phone calls are not running (see above)", ACT
        return "Registering…", WATCH
    failure = registration.last_failure
    failed_at = registration.last_failure_at
    refused = ""
    if failure is not None:
        when = f" at {clock(failed_at, now)}" if failed_at is not None else ""
        refused = f" (last refused{when}: {failure})"
    since = registration.since
    if registration.state == "registered":
        text = "Registered" + (f" since {clock(since, now)}" if since is not None else "")
        return text + refused, OK
    if registration.state == "failed":
        said = f": {failure}" if failure else ""
        when = f" since {clock(since, now)}" if since is not None else ""
        return f"Not registered{said}{when}", ACT
    return "Registering…" + refused, WATCH


def alarm_lines(health: p.PhoneHealth, now: float) -> list[str]:
    """The wallboard's phone alarms, one sentence each; none when all is well."""
    lines = []
    if health.edge_problem is not None:
        lines.append(f"Phone calls are not working: {health.edge_problem}")
    for alarm in health.trunks:
        said = f": {alarm.failure}" if alarm.failure else ""
        when = f" since {clock(alarm.since, now)}" if alarm.since is not None else ""
        lines.append(f"Trunk {alarm.name} is not registered{said}{when}")
    return lines


def ip_lines(text: str) -> list[str]:
    """The addresses typed one per line (commas and spaces also part them)."""
    return [part for part in text.replace(",", " ").split() if part]
