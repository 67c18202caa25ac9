"""The phone lines: the SIP edge running and every trunk that registers
registered, as the edge reports its registrations now, with the alarms the
edge keeper raised (a trunk refused for a while)."""

from __future__ import annotations

from collections.abc import Mapping

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
        return finding(CHECK, TITLE, SKIPPED, "No phone line (SIP trunk) is set up.")
    if health.edge_problem:
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"The SIP edge does not run: {health.edge_problem}",
            "See the server's log; the Phones tab shows each trunk's last failure.",
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
            down=len(health.trunks),
        )
    registrations = status.registrations if status is not None else ()
    waiting = [r for r in registrations if r.trunk_id in names and r.state != "registered"]
    if waiting:
        said = "; ".join(
            f"{names[r.trunk_id]}: {r.last_failure or 'no answer yet'}" for r in waiting
        )
        return finding(
            CHECK, TITLE, WARNING, f"Not registered yet, still trying: {said}.", account_fix
        )
    registered = [names[r.trunk_id] for r in registrations if r.trunk_id in names]
    known = len(names) - len(registered)
    parts = [f"Registered: {', '.join(registered)}"] if registered else []
    if known:
        parts.append(f"{known} known to the provider by this machine's address")
    said = "; ".join(parts)
    return finding(CHECK, TITLE, OK, said[:1].upper() + said[1:] + ".")
