"""Keeps the phone side in step with the trunks the owner configured.

At start and after every committed change to trunks or phone numbers, the
enabled trunks are read from the store and handed to :class:`~.edge.SipEdge`;
while there is at least one, the media relay (:class:`~.rtpengine.RtpEngine`)
and Callnest's own SIP side (:class:`~.sip_server.SipServer`) run too. With
none, nothing runs (``make run`` without a trunk needs no Kamailio and no
rtpengine). The phone side failing to start never stops the server -- web callers, chats and
agents go on -- it is kept as a problem in words for the owner to see, and
the next change tries again.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol

from callnest.protocol import rest
from callnest.server.phone.edge import SipEdge, SipEdgeError, SipEdgeUnavailable
from callnest.server.phone.kamailio_config import TrunkSpec
from callnest.server.phone.rtpengine import RtpEngine, RtpEngineError
from callnest.server.phone.sip_server import SipServer

log = logging.getLogger("callnest.phone")


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


class EdgeKeeper:
    def __init__(self, store: TrunkSource, edge: SipEdge, relay: RtpEngine, sip: SipServer) -> None:
        self._store = store
        self.edge = edge
        self.relay = relay
        self.sip = sip
        self._sip_listening = False
        self.problem: str | None = None  # why the edge is not running as configured
        self._lock = asyncio.Lock()  # changes applied one at a time, in order

    async def sync(self) -> None:
        """Hands the edge the enabled trunks as the store has them now."""
        async with self._lock:
            try:
                # TrunkSpec checks again what goes into Kamailio's files; a row
                # it refuses is a problem to show, not a server that will not start.
                trunks = [trunk_spec(row) for row in await self._store.trunks_for_edge()]
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

    async def status(self) -> rest.EdgeStatus:
        try:
            # Asked even when Kamailio is not running: the trunks it had to
            # leave out (TLS, for now) are failed registrations with the reason.
            registrations = await self.edge.registrations()
        except SipEdgeUnavailable as exc:
            # Why it is not running, when the last change said; else that it is not.
            return rest.EdgeStatus(
                running=False, problem=self.problem or str(exc), registrations=()
            )
        return rest.EdgeStatus(
            running=self.edge.running,
            problem=self.problem,
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
        async with self._lock:
            if self._sip_listening:
                # First, while the edge still carries them: BYE to calls still on.
                await self.sip.stop()
                self._sip_listening = False
            await self.edge.stop()
            await self.relay.stop()
