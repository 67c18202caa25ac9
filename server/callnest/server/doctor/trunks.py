"""The phone lines: the SIP edge running and every trunk registered, as the
edge keeper last found them (it checks every few seconds)."""

from __future__ import annotations

from callnest import protocol as p
from callnest.protocol import rest
from callnest.server.doctor.report import FAILED, OK, SKIPPED, finding

CHECK, TITLE = "trunks", "Phone lines"


def check_trunks(health: p.PhoneHealth, configured: int) -> rest.Finding:
    if configured == 0:
        return finding(CHECK, TITLE, SKIPPED, "No phone line (SIP trunk) is set up.")
    if health.edge_problem:
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"The SIP edge does not run: {health.edge_problem}",
            "See the server's log; the Phones tab shows each trunk's last failure.",
        )
    if health.trunks:
        down = "; ".join(f"{t.name}: {t.failure or 'no reason given'}" for t in health.trunks)
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"Not registered, so no calls come in: {down}.",
            "Check the trunk's account and password with the provider (Phones tab), and that "
            "this machine reaches the provider.",
            down=len(health.trunks),
        )
    return finding(
        CHECK, TITLE, OK, f"{configured} trunk{'s' if configured != 1 else ''}: registered."
    )
