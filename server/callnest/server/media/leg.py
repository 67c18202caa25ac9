"""One WebRTC peer connection: a caller's call, or an agent's link that stays
up for the whole shift.

A leg never decodes: what it receives goes to ``on_packet`` as Opus, and what
it sends is whatever is pushed into ``out``. The server answers browsers,
desktops and phone calls in (``answer``); it offers only for a call out
(``offer``, then ``accept`` of the far end's answer), whose far end is
rtpengine.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from aiortc import (
    RTCConfiguration,
    RTCIceServer,
    RTCPeerConnection,
    RTCRtpSender,
    RTCSessionDescription,
)
from aiortc.sdp import candidate_from_sdp
from aiortc.stats import RTCInboundRtpStreamStats, RTCRemoteInboundRtpStreamStats

from callnest.server.media.passthrough import OPUS_RATE, Outbound, Received, attach
from callnest.server.settings import IceServer

log = logging.getLogger("callnest.media")

MAX_SDP_BYTES = 32 * 1024


class InvalidSdp(ValueError):
    """The offer cannot make an Opus audio call; the message says why."""


@dataclass(frozen=True, slots=True)
class LinkStats:
    """How a leg's network path is doing, from RTCP: what we receive and what
    the far end reports about what we send."""

    loss_pct: float  # of the packets the far end sent us
    jitter_ms: float  # interarrival jitter of what we receive
    remote_loss_pct: float | None  # of what we send, as the far end reports it
    rtt_ms: float | None
    packets_in: int
    packets_out: int


PacketHandler = Callable[["Leg", Received, float], None]


def rtc_configuration(servers: tuple[IceServer, ...]) -> RTCConfiguration:
    return RTCConfiguration(
        # An empty list, not None: None makes aiortc fall back to a public Google STUN server.
        [RTCIceServer(list(s.urls), s.username, s.credential) for s in servers]
    )


def _check_sdp(sdp: str, kind: str = "offer") -> None:
    if len(sdp.encode()) > MAX_SDP_BYTES:
        raise InvalidSdp(f"the SDP {kind} is larger than {MAX_SDP_BYTES} bytes")
    if not sdp.startswith("v=0"):
        raise InvalidSdp(f"this is not an SDP {kind} (it must start with v=0)")
    if "m=audio" not in sdp:
        raise InvalidSdp(f"the {kind} has no audio")
    if "opus/48000" not in sdp.lower():
        raise InvalidSdp(f"the {kind} does not include the Opus codec")


class Leg:
    def __init__(
        self,
        name: str,
        ice_servers: tuple[IceServer, ...],
        on_packet: PacketHandler,
        observe_forward: Callable[[float], None] | None = None,
    ) -> None:
        self.name = name
        self.pc = RTCPeerConnection(rtc_configuration(ice_servers))
        self.out = Outbound(observe_forward)
        self.on_packet = on_packet
        self.closed = asyncio.Event()
        self.connected = asyncio.Event()
        self.on_close: list[Callable[[Leg], None]] = []
        self.created = time.monotonic()
        self._closing: asyncio.Future[None] | None = None
        self.pc.on("connectionstatechange", self._state_changed)

    def _state_changed(self) -> None:
        state = self.pc.connectionState
        log.debug("%s: %s", self.name, state)
        if state == "connected":
            self.connected.set()
        elif state in ("failed", "closed"):
            self._closing = asyncio.ensure_future(self.close())

    async def answer(self, offer_sdp: str) -> str:
        """Accepts the far end's offer; returns our answer (ICE candidates included)."""
        _check_sdp(offer_sdp)
        try:
            await self.pc.setRemoteDescription(RTCSessionDescription(offer_sdp, "offer"))
        except Exception as exc:  # aiortc raises ValueError, KeyError, ... on bad SDP
            raise InvalidSdp(f"the SDP offer could not be read: {exc}") from exc
        audio = [t for t in self.pc.getTransceivers() if t.kind == "audio"]
        if len(audio) != 1:
            raise InvalidSdp("the offer must have exactly one audio stream")
        transceiver = audio[0]
        opus = [
            c
            for c in RTCRtpSender.getCapabilities("audio").codecs
            if c.mimeType.lower() == "audio/opus"
        ]
        transceiver.setCodecPreferences(opus)
        transceiver.direction = "sendrecv"
        attach(transceiver, self._received, self.out)
        try:
            await self.pc.setLocalDescription(await self.pc.createAnswer())
        except Exception as exc:
            raise InvalidSdp(f"no answer is possible for this offer: {exc}") from exc
        return self.pc.localDescription.sdp

    async def offer(self) -> str:
        """Our offer, Opus only (ICE candidates included), for a call out."""
        transceiver = self.pc.addTransceiver("audio", direction="sendrecv")
        opus = [
            c
            for c in RTCRtpSender.getCapabilities("audio").codecs
            if c.mimeType.lower() == "audio/opus"
        ]
        transceiver.setCodecPreferences(opus)
        attach(transceiver, self._received, self.out)
        await self.pc.setLocalDescription(await self.pc.createOffer())
        return self.pc.localDescription.sdp

    async def accept(self, answer_sdp: str) -> None:
        """The far end's answer to :meth:`offer`."""
        _check_sdp(answer_sdp, "answer")
        try:
            await self.pc.setRemoteDescription(RTCSessionDescription(answer_sdp, "answer"))
        except Exception as exc:  # aiortc raises ValueError, KeyError, ... on bad SDP
            raise InvalidSdp(f"the SDP answer could not be read: {exc}") from exc

    def _received(self, packet: Received, now: float) -> None:
        self.on_packet(self, packet, now)

    async def add_candidate(self, candidate: str, sdp_mid: str | None, index: int | None) -> None:
        if not candidate:
            return
        try:
            found = candidate_from_sdp(candidate.removeprefix("candidate:"))
        except (ValueError, IndexError) as exc:
            raise InvalidSdp(f"the ICE candidate could not be read: {exc}") from exc
        found.sdpMid, found.sdpMLineIndex = sdp_mid, index
        await self.pc.addIceCandidate(found)

    async def close(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        self.out.stop()
        for callback in self.on_close:
            try:
                callback(self)
            except Exception:
                log.exception("%s: close handler failed", self.name)
        with contextlib.suppress(Exception):
            await self.pc.close()

    async def stats(self) -> LinkStats | None:
        if self.closed.is_set():
            return None
        inbound: RTCInboundRtpStreamStats | None = None
        remote: RTCRemoteInboundRtpStreamStats | None = None
        packets_out = 0
        for transceiver in self.pc.getTransceivers():
            for report in (await transceiver.receiver.getStats()).values():
                if isinstance(report, RTCInboundRtpStreamStats):
                    inbound = report
            for report in (await transceiver.sender.getStats()).values():
                if isinstance(report, RTCRemoteInboundRtpStreamStats):
                    remote = report
                elif getattr(report, "type", "") == "outbound-rtp":
                    packets_out = report.packetsSent
        if inbound is None:
            return LinkStats(0.0, 0.0, None, None, 0, packets_out)
        expected = inbound.packetsReceived + max(inbound.packetsLost, 0)
        return LinkStats(
            loss_pct=100.0 * max(inbound.packetsLost, 0) / expected if expected else 0.0,
            jitter_ms=1000.0 * inbound.jitter / OPUS_RATE,
            remote_loss_pct=100.0 * remote.fractionLost / 256 if remote else None,
            rtt_ms=1000.0 * remote.roundTripTime
            if remote and remote.roundTripTime is not None
            else None,
            packets_in=inbound.packetsReceived,
            packets_out=packets_out,
        )
