"""Keeps the phone side in step with the trunks the owner configured.

At start and after every committed change to trunks or phone numbers, the
enabled trunks are read from the store and handed to :class:`~.edge.SipEdge`;
while there is at least one, the media relay (:class:`~.rtpengine.RtpEngine`)
and Callnest's own SIP side (:class:`~.sip_server.SipServer`) run too. With
none, nothing runs (``make run`` without a trunk needs no Kamailio and no
rtpengine). The phone side failing to start never stops the server -- web callers, chats and
agents go on -- it is kept as a problem in words for the owner to see, and
the next change tries again.

While trunks are configured, their health is checked every
``check_every_s`` (10 s): a registering trunk whose registration failed, or
an edge that does not run as configured, is an alarm (:class:`PhoneHealth
<callnest.protocol.PhoneHealth>`) for the supervisors' wallboards, handed to
``on_health`` and written to the log at warning, once per change.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Callable, Collection, Mapping
from typing import Any, Protocol

from callnest import protocol as p
from callnest.protocol import rest
from callnest.server.phone.edge import SipEdge, SipEdgeError, SipEdgeUnavailable
from callnest.server.phone.kamailio_config import TrunkSpec, unsupported_reason
from callnest.server.phone.rtpengine import RtpEngine, RtpEngineError
from callnest.server.phone.sip_server import SipServer

log = logging.getLogger("callnest.phone")

CHECK_EVERY_S = 10.0  # how often the trunks' health is looked at

HealthListener = Callable[[p.PhoneHealth], None]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class TrunkSource(Protocol):
    async def trunks_for_edge(self) -> list[dict[str, Any]]: ...


def trunk_spec(row: dict[str, Any]) -> TrunkSpec:
    """A ``trunks`` row (password included) as the edge takes it."""
    return TrunkSpec(
        id=row["id"],
        host=row["host"],
        port=row["port"],
        transport=row["transport"],
        username=row["username"],
        password=row["password"],
        auth_username=row["auth_username"],
        realm=row["realm"],
        register=row["registers"],
        expires_s=row["register_expires_s"],
        ip_addresses=tuple(row["ip_addresses"]),
        outbound_proxy=row["outbound_proxy"],
    )


def unsupported_transports() -> dict[rest.Transport, str]:
    """The transports a trunk may be given that the edge cannot serve yet, and why."""
    found = {}
    for transport in rest.Transport:
        reason = unsupported_reason(TrunkSpec(id=1, host="192.0.2.1", transport=transport.value))
        if reason is not None:
            found[transport] = reason
    return found


def _one_line(text: str | None, limit: int) -> str | None:
    """``text`` as one line of at most ``limit`` characters (None stays None)."""
    if text is None:
        return None
    line = " ".join(_CONTROL.sub(" ", text).split())
    return (line if len(line) <= limit else line[: limit - 1] + "…") or None


def phone_health(
    status: rest.EdgeStatus, names: Mapping[int, str], before: p.PhoneHealth
) -> p.PhoneHealth:
    """What is wrong with phone calls in ``status``: the edge's problem, and
    each configured trunk (``names``: the enabled ones, by id) whose
    registration failed.

    An alarm lasts until the trunk is registered (or no longer configured):
    a trunk trying again -- after its account was changed, say -- is still
    not registered, and while the edge cannot say (``status.problem``) an
    outage goes on as it was. It keeps the ``since`` it was first seen with:
    a registrar refusing every retry is one outage, not a new one each time."""
    earlier = {alarm.trunk_id: alarm for alarm in before.trunks}
    seen = {registration.trunk_id: registration for registration in status.registrations}
    alarms = []
    for trunk_id in sorted(seen.keys() | earlier.keys()):
        registration, previous = seen.get(trunk_id), earlier.get(trunk_id)
        if trunk_id not in names:
            continue  # deleted or disabled: nothing to register
        if registration is None:
            if previous is not None and status.problem is not None:
                alarms.append(previous)
            continue
        if registration.state == "registered" or (
            registration.state != "failed" and previous is None
        ):
            continue
        since = registration.since if registration.state == "failed" else None
        failure = registration.last_failure
        if previous is not None:
            since = previous.since if previous.since is not None else since
            failure = failure or previous.failure
        alarms.append(
            p.TrunkAlarm(
                trunk_id=trunk_id,
                name=_one_line(names[trunk_id], 200) or f"#{trunk_id}",
                failure=_one_line(failure, 200),
                since=since or registration.last_failure_at,
            )
        )
    return p.PhoneHealth(edge_problem=_one_line(status.problem, 500), trunks=tuple(alarms))


def _clock_time(timestamp: float | None) -> str:
    return "" if timestamp is None else time.strftime(" since %H:%M:%S", time.localtime(timestamp))


def log_change(before: p.PhoneHealth, after: p.PhoneHealth, registered: Collection[int]) -> None:
    """Writes what changed between two healths to the log, at warning."""
    if after.edge_problem != before.edge_problem:
        if after.edge_problem is not None:
            log.warning("phone alarm: the SIP edge is not running: %s", after.edge_problem)
        else:
            log.warning("phone alarm over: the SIP edge runs as configured")
    old = {alarm.trunk_id: alarm for alarm in before.trunks}
    new = {alarm.trunk_id: alarm for alarm in after.trunks}
    for trunk_id, alarm in new.items():
        if old.get(trunk_id) != alarm:
            log.warning(
                "phone alarm: trunk %s is not registered: %s%s",
                alarm.name,
                alarm.failure or "no reason given",
                _clock_time(alarm.since),
            )
    for trunk_id, alarm in old.items():
        if trunk_id not in new:
            now = "is registered again" if trunk_id in registered else "is no longer checked"
            log.warning("phone alarm over: trunk %s %s", alarm.name, now)


class EdgeKeeper:
    def __init__(
        self,
        store: TrunkSource,
        edge: SipEdge,
        relay: RtpEngine,
        sip: SipServer,
        *,
        check_every_s: float = CHECK_EVERY_S,
        on_health: HealthListener | None = None,
    ) -> None:
        self._store = store
        self.edge = edge
        self.relay = relay
        self.sip = sip
        self._sip_listening = False
        self.problem: str | None = None  # why the edge is not running as configured
        self._lock = asyncio.Lock()  # changes applied one at a time, in order
        self.check_every_s = check_every_s
        self.on_health = on_health  # told each change of health
        self.health = p.PhoneHealth()  # what the last check found wrong: nothing yet
        self._names: dict[int, str] = {}  # the enabled trunks' names, by id
        self._watcher: asyncio.Task[None] | None = None

    async def sync(self) -> None:
        """Hands the edge the enabled trunks as the store has them now."""
        async with self._lock:
            try:
                # TrunkSpec checks again what goes into Kamailio's files; a row
                # it refuses is a problem to show, not a server that will not start.
                rows = await self._store.trunks_for_edge()
                self._names = {row["id"]: row["name"] for row in rows}
                trunks = [trunk_spec(row) for row in rows]
                if trunks:
                    # Calls may come the moment the edge runs: their media and
                    # their SIP side are ready first.
                    await self.relay.start()
                    await self._listen()
                await self.edge.apply(trunks)
                if not trunks:
                    await self._close_phone_side()
            except (SipEdgeError, RtpEngineError, OSError, ValueError) as exc:
                self.problem = str(exc)
                log.error("the SIP edge is not running: %s", exc)
            else:
                self.problem = None
                if trunks:
                    log.info("the SIP edge serves %d trunk(s)", len(trunks))
        if self._names:
            self._watch()
        else:
            await self._unwatch()
            self._publish(p.PhoneHealth(), registered=())

    async def status(self) -> rest.EdgeStatus:
        try:
            # Asked even when Kamailio is not running: the trunks it had to
            # leave out (TLS, for now) are failed registrations with the reason.
            registrations = await self.edge.registrations()
        except SipEdgeUnavailable as exc:
            # Why it is not running, when the last change said; else that it is not.
            return rest.EdgeStatus(
                running=False,
                problem=self.problem or str(exc),
                registrations=(),
                unsupported_transports=unsupported_transports(),
            )
        return rest.EdgeStatus(
            running=self.edge.running,
            problem=self.problem,
            unsupported_transports=unsupported_transports(),
            registrations=tuple(
                rest.TrunkRegistration(
                    trunk_id=r.trunk_id,
                    state=r.state.value,
                    since=None if r.since is None else r.since.timestamp(),
                    last_failure=r.last_failure,
                    last_failure_at=(
                        None if r.last_failure_at is None else r.last_failure_at.timestamp()
                    ),
                )
                for r in registrations
            ),
        )

    # -- health ----------------------------------------------------------------

    async def check(self) -> p.PhoneHealth:
        """Looks at the edge and the registrations now; a change from the last
        check goes to ``on_health`` and to the log."""
        if self._lock.locked():
            # A change is being applied (Kamailio may be restarting for it):
            # not a problem to raise; the next check sees how it ended.
            return self.health
        status = await self.status()
        registered = {r.trunk_id for r in status.registrations if r.state == "registered"}
        self._publish(phone_health(status, self._names, self.health), registered)
        return self.health

    def _publish(self, health: p.PhoneHealth, registered: Collection[int]) -> None:
        before, self.health = self.health, health
        if health == before:
            return
        log_change(before, health, registered)
        if self.on_health is not None:
            try:
                self.on_health(health)
            except Exception:
                log.exception("telling the wallboard of the phones' health failed")

    def _watch(self) -> None:
        if self._watcher is None or self._watcher.done():
            self._watcher = asyncio.get_running_loop().create_task(self._check_forever())

    async def _unwatch(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher

    async def _check_forever(self) -> None:
        while True:
            try:
                await self.check()
            except Exception:
                log.exception("checking the trunks' registrations failed")
            await asyncio.sleep(self.check_every_s)

    # -- the phone side --------------------------------------------------------

    async def _listen(self) -> None:
        if not self._sip_listening:
            await self.sip.start()
            self._sip_listening = True

    async def _close_phone_side(self) -> None:
        if self._sip_listening:
            await self.sip.stop()  # BYE to the calls still on
            self._sip_listening = False
        await self.relay.stop()

    async def close(self) -> None:
        await self._unwatch()
        async with self._lock:
            if self._sip_listening:
                # First, while the edge still carries them: BYE to calls still on.
                await self.sip.stop()
                self._sip_listening = False
            await self.edge.stop()
            await self.relay.stop()
