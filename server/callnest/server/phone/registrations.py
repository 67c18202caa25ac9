"""What each registering trunk's registration is doing, from what the
running Kamailio says.

Why two sources: uac_reg's own records (RPC ``uac.reg_dump``) say whether an
account is registered now, but not why it failed nor since when. The
generated configuration (see :mod:`.kamailio_config`) keeps that in the
htable ``regstate``, per contact user: ``pending`` (the first REGISTER still
unanswered, unix time), ``up`` (registered since; cleared by a refusal or a
lapse), ``failed``, ``code`` and ``reason`` (the registrar's last refusal).
This module combines the two; it is pure: :mod:`.edge` fetches, this decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

__all__ = [
    "NO_ANSWER_AFTER_S",
    "Registration",
    "RegistrationState",
    "parse_regstate",
    "registrations_from",
]

# A REGISTER transaction gives up after 64 x T1 = 32 s (RFC 3261 timer F).
NO_ANSWER_AFTER_S = 32.0
NO_ANSWER = "no answer from the registrar"

# uac_reg's record flags (uac.reg_info's documentation).
_ONGOING = 1 << 1  # a REGISTER is under way (a refresh clears ONLINE meanwhile)
_ONLINE = 1 << 2  # registered

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]")


class RegistrationState(StrEnum):
    REGISTERING = "registering"  # not registered yet: the first attempt, or trying again
    REGISTERED = "registered"
    FAILED = "failed"  # the registrar refused, or did not answer


@dataclass(frozen=True)
class Registration:
    """One trunk's registration. ``last_failure`` is the registrar's last
    refusal ("403 Forbidden") or "no answer from the registrar", kept after a
    later success too (None: none since Kamailio started or reloaded)."""

    trunk_id: int
    state: RegistrationState
    since: datetime | None  # when it came to this state, as far as Kamailio knows
    last_failure: str | None = None
    last_failure_at: datetime | None = None


def parse_regstate(result: Any) -> dict[str, int | str]:
    """``htable.dump regstate``'s answer (slots of name/value items) as a mapping."""
    marks: dict[str, int | str] = {}
    if not isinstance(result, list):
        return marks  # an empty table
    for slot in result:
        for item in slot.get("slot", []) if isinstance(slot, dict) else []:
            name, value = item.get("name"), item.get("value")
            if isinstance(name, str) and isinstance(value, int | str):
                marks[name] = value
    return marks


def registrations_from(
    trunk_ids: Sequence[int],
    records: Iterable[Mapping[str, Any]],
    marks: Mapping[str, int | str],
    now: float,
) -> list[Registration]:
    """The registration of each of ``trunk_ids`` (the registering trunks),
    from uac_reg's ``records`` (``uac.reg_dump``) and the ``regstate`` marks,
    at unix time ``now``."""
    by_trunk: dict[int, Mapping[str, Any]] = {}
    for record in records:
        local = str(record.get("l_username", ""))
        if local.isdigit():  # the generated table puts the trunk's id there
            by_trunk[int(local)] = record
    return [_one(trunk_id, by_trunk.get(trunk_id), marks, now) for trunk_id in trunk_ids]


def _one(
    trunk_id: int, record: Mapping[str, Any] | None, marks: Mapping[str, int | str], now: float
) -> Registration:
    if record is None:  # not loaded yet
        return Registration(trunk_id, RegistrationState.REGISTERING, None)
    user = str(record.get("l_uuid", ""))
    flags = int(record.get("flags", 0))

    def mark(name: str) -> int | None:
        value = marks.get(f"{name}::{user}")
        return value if isinstance(value, int) else None

    up, pending, failed = mark("up"), mark("pending"), mark("failed")
    failure: tuple[float, str] | None = None
    if failed is not None:
        code = marks.get(f"code::{user}", "")
        reason = _UNPRINTABLE.sub(" ", str(marks.get(f"reason::{user}", "")))[:100]
        failure = (failed, f"{code} {reason}".strip())
    if pending is not None and now - pending > NO_ANSWER_AFTER_S:
        failure = (pending + NO_ANSWER_AFTER_S, NO_ANSWER)
    last_failure, last_failure_at = (
        (failure[1], _time(failure[0])) if failure is not None else (None, None)
    )

    since: float | None
    if failure is not None and failure[1] == NO_ANSWER:
        state, since = RegistrationState.FAILED, failure[0]
    elif up is not None and flags & (_ONLINE | _ONGOING):
        # A refresh under way keeps the registration it refreshes.
        state, since = RegistrationState.REGISTERED, up
    elif failure is not None:
        state, since = RegistrationState.FAILED, failure[0]
    else:
        loaded = record.get("reg_init")
        state = RegistrationState.REGISTERING
        since = pending if pending is not None else loaded if isinstance(loaded, int) else None
    return Registration(
        trunk_id,
        state,
        _time(since) if since is not None else None,
        last_failure,
        last_failure_at,
    )


def _time(unix: float) -> datetime:
    return datetime.fromtimestamp(unix, UTC)
