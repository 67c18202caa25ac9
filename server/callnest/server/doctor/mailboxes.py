"""The mailboxes: each queue's mailbox taking mail in. One that has failed
for longer than ``mail_alarm_after_s`` (the server cannot log in, or cannot
reach it) is an alarm: customers' mail waits unseen meanwhile."""

from __future__ import annotations

from collections.abc import Sequence

from callnest.protocol import rest
from callnest.server.doctor.report import FAILED, OK, SKIPPED, finding

CHECK, TITLE = "mailboxes", "Mailboxes"


def check_mailboxes(configured: Sequence[str], failing: Sequence[tuple[str, str]]) -> rest.Finding:
    """``configured``: the enabled mailboxes' addresses; ``failing``: those
    failing too long, each with the reason."""
    if not configured:
        return finding(CHECK, TITLE, SKIPPED, "No mailbox is set up.", code="mailboxes.none")
    if failing:
        listed = "; ".join(f"{address}: {why}" for address, why in failing)
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"New mail is not coming in: {listed}.",
            "Check the mailbox's server, user name and (app) password in the Mailboxes tab, "
            "and that this machine reaches the mail server.",
            code="mailboxes.failing",
            params={"mailboxes": listed, "count": len(failing)},
            down=len(failing),
        )
    return finding(
        CHECK,
        TITLE,
        OK,
        f"Taking mail in: {', '.join(configured)}.",
        code="mailboxes.ok",
        params={"mailboxes": ", ".join(configured)},
    )
