"""What the desktop says about phone trunks: how a trunk is known to its
provider, how its registration is doing, the wallboard's alarms, and the
trunk form's typed lines read back. No widgets here, so it is tested
without a screen.

The server sends states, times and the registrar's own answer ("403
Forbidden"); the sentences around them are made here, in local time.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale

from callnest import protocol as p
from callnest.desktop.i18n import translate
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
    """A moment, local: ``14:02`` today, ``3 May 14:02`` on another day (the
    month in the language installed)."""
    then = QDateTime.fromMSecsSinceEpoch(int(timestamp * 1000))
    today = QDateTime.fromMSecsSinceEpoch(int(now * 1000))
    locale = QLocale()
    hours = locale.toString(then.time(), "HH:mm")
    if then.date() == today.date():
        return hours
    day = locale.toString(
        then.date(),
        translate(
            "models.phones",
            "d MMM",
            "a day and month in Qt's date format (d: the day, MMM: the month, shortened): "
            "write the pattern, in your language's order",
        ),
    )
    return translate("models.phones", "{day} {time}", "a day, then a time of day").format(
        day=day, time=hours
    )


def transport_label(transport: rest.Transport, unsupported: dict[rest.Transport, str]) -> str:
    """``TLS — not available`` when the server says it cannot serve it."""
    name = TRANSPORT_NAMES[transport]
    if transport not in unsupported:
        return name
    return translate(
        "models.phones", "{transport} — not available", "{transport}: UDP, TCP or TLS"
    ).format(transport=name)


def auth_text(trunk: rest.Trunk) -> str:
    """How the provider knows the trunk."""
    if trunk.registers and trunk.ip_addresses:
        return translate(
            "models.phones", "Registration and IP addresses", "how a provider knows a trunk"
        )
    if trunk.registers:
        return translate("models.phones", "Registration", "how a provider knows a trunk")
    return translate(
        "models.phones",
        "IP address(es) (%n)",
        "how a provider knows a trunk: by how many addresses",
        len(trunk.ip_addresses),
    )


def registration_text(
    trunk: rest.Trunk, status: rest.EdgeStatus | None, now: float
) -> tuple[str, int]:
    """How the trunk's registration is doing, in words, and how it should be
    coloured (:data:`OK`, :data:`WATCH`, :data:`ACT`)."""
    if not trunk.enabled:
        return translate("models.phones", "Not in use (disabled)", "a trunk's registration"), OK
    if not trunk.registers:
        return translate(
            "models.phones",
            "Not needed: the provider knows the addresses",
            "a trunk's registration",
        ), OK
    if status is None:
        return translate("models.phones", "Asking the server…"), OK
    registration = next((r for r in status.registrations if r.trunk_id == trunk.id), None)
    if registration is None:
        if status.problem is not None or not status.running:
            return translate(
                "models.phones", "Not registered: phone calls are not running (see above)"
            ), ACT
        return translate("models.phones", "Registering…"), WATCH
    failure = registration.last_failure
    failed_at = registration.last_failure_at
    since = registration.since
    if registration.state == "registered":
        if since is not None:
            text = translate(
                "models.phones", "Registered since {time}", "{time}: a time of day, maybe a day"
            ).format(time=clock(since, now))
        else:
            text = translate("models.phones", "Registered", "a trunk's registration")
        return _with_refusal(text, failure, failed_at, now), OK
    if registration.state == "failed":
        return _not_registered(failure, since, now), ACT
    return _with_refusal(translate("models.phones", "Registering…"), failure, failed_at, now), WATCH


def _with_refusal(text: str, failure: str | None, failed_at: float | None, now: float) -> str:
    """``text``, followed by the registrar's last refusal and when, if there was one."""
    if failure is None:
        return text
    if failed_at is None:
        return translate(
            "models.phones",
            "{state} (last refused: {failure})",
            "{state}: how the registration is doing; {failure}: the registrar's answer "
            "(403 Forbidden)",
        ).format(state=text, failure=failure)
    return translate(
        "models.phones",
        "{state} (last refused at {time}: {failure})",
        "{state}: how the registration is doing; {time}: when; {failure}: the registrar's "
        "answer (403 Forbidden)",
    ).format(state=text, time=clock(failed_at, now), failure=failure)


def _not_registered(failure: str | None, since: float | None, now: float) -> str:
    """A registration that failed: why (the registrar's answer) and since when, as known."""
    if failure and since is not None:
        return translate(
            "models.phones",
            "Not registered: {failure} since {time}",
            "{failure}: the registrar's answer (403 Forbidden); {time}: when",
        ).format(failure=failure, time=clock(since, now))
    if failure:
        return translate(
            "models.phones",
            "Not registered: {failure}",
            "{failure}: the registrar's answer (403 Forbidden)",
        ).format(failure=failure)
    if since is not None:
        return translate("models.phones", "Not registered since {time}", "{time}: when").format(
            time=clock(since, now)
        )
    return translate("models.phones", "Not registered", "a trunk's registration")


def alarm_lines(health: p.PhoneHealth, now: float) -> list[str]:
    """The wallboard's phone alarms, one sentence each; none when all is well."""
    lines = []
    if health.edge_problem is not None:
        lines.append(
            translate(
                "models.phones",
                "Phone calls are not working: {problem}",
                "{problem}: the server's words",
            ).format(problem=health.edge_problem)
        )
    for alarm in health.trunks:
        lines.append(_trunk_alarm(alarm.name, alarm.failure, alarm.since, now))
    return lines


def _trunk_alarm(name: str, failure: str | None, since: float | None, now: float) -> str:
    if failure and since is not None:
        return translate(
            "models.phones",
            "Trunk {name} is not registered: {failure} since {time}",
            "{failure}: the registrar's answer (403 Forbidden); {time}: when",
        ).format(name=name, failure=failure, time=clock(since, now))
    if failure:
        return translate(
            "models.phones",
            "Trunk {name} is not registered: {failure}",
            "{failure}: the registrar's answer (403 Forbidden)",
        ).format(name=name, failure=failure)
    if since is not None:
        return translate(
            "models.phones", "Trunk {name} is not registered since {time}", "{time}: when"
        ).format(name=name, time=clock(since, now))
    return translate("models.phones", "Trunk {name} is not registered").format(name=name)


def ip_lines(text: str) -> list[str]:
    """The addresses typed one per line (commas and spaces also part them)."""
    return [part for part in text.replace(",", " ").split() if part]
