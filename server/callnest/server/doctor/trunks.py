"""The phone lines: the SIP edge running and every trunk that registers
registered, as the edge reports its registrations now, with the alarms the
edge keeper raised (a trunk refused for a while)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from callnest import protocol as p
from callnest.protocol import rest
from callnest.server.doctor.report import FAILED, OK, SKIPPED, WARNING, finding

CHECK, TITLE = "trunks", "Phone lines"


def check_trunks(
    health: p.PhoneHealth, status: rest.EdgeStatus | None, names: Mapping[int, str]
) -> rest.Finding:
    """``names``: the trunks configured and in use, by id; ``status``: None
    when the edge was not asked (no trunk)."""
    if not names:
        return finding(
            CHECK, TITLE, SKIPPED, "No phone line (SIP trunk) is set up.", code="trunks.none"
        )
    if health.edge_problem:
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"The SIP edge does not run: {health.edge_problem}",
            "See the server's log; the Phones tab shows each trunk's last failure.",
            code="trunks.edge_down",
            params={"problem": health.edge_problem},
        )
    account_fix = (
        "Check the trunk's account and password with the provider (Phones tab), and that "
        "this machine reaches the provider."
    )
    if health.trunks:
        down = "; ".join(f"{t.name}: {t.failure or 'no reason given'}" for t in health.trunks)
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"Not registered, so no calls come in: {down}.",
            account_fix,
            code="trunks.refused",
            params={
                "trunks": _listed((t.name, t.failure) for t in health.trunks),
                "count": len(health.trunks),
            },
            down=len(health.trunks),
        )
    registrations = status.registrations if status is not None else ()
    waiting = [r for r in registrations if r.trunk_id in names and r.state != "registered"]
    if waiting:
        said = "; ".join(
            f"{names[r.trunk_id]}: {r.last_failure or 'no answer yet'}" for r in waiting
        )
        return finding(
            CHECK,
            TITLE,
            WARNING,
            f"Not registered yet, still trying: {said}.",
            account_fix,
            code="trunks.trying",
            params={
                "trunks": _listed((names[r.trunk_id], r.last_failure) for r in waiting),
                "count": len(waiting),
            },
        )
    registered = [names[r.trunk_id] for r in registrations if r.trunk_id in names]
    known = len(names) - len(registered)
    parts = [f"Registered: {', '.join(registered)}"] if registered else []
    if known:
        parts.append(f"{known} known to the provider by this machine's address")
    said = "; ".join(parts)
    code = (
        "trunks.registered_and_known"
        if registered and known
        else "trunks.registered"
        if registered
        else "trunks.known"
    )
    return finding(
        CHECK,
        TITLE,
        OK,
        said[:1].upper() + said[1:] + ".",
        code=code,
        params={"trunks": ", ".join(registered), "known": known},
    )


def _listed(trunks: Iterable[tuple[str, str | None]]) -> str:
    """Trunks and why each is not registered, for the app's sentence: the
    registrar's answer as it gave it ("403 Forbidden"); a trunk with none is
    named alone (the English summary says "no reason given")."""
    return "; ".join(f"{name}: {why}" if why else name for name, why in trunks)
