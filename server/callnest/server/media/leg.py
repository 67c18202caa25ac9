"""One WebRTC peer connection: a caller's call, or an agent's link that stays
up for the whole shift.

What a leg receives goes to ``on_packet`` as Opus, and what it sends is the
Opus pushed into ``out``. A browser's or a desktop's leg never decodes; a
phone leg (its far end is rtpengine, carrying a trunk's call) negotiates the
trunk's G.711 and converts at its edge (``g711``). The server answers browsers,
desktops and phone calls in (``answer``); it offers only for a call out
(``offer``, then ``accept`` of the far end's answer), whose far end is
rtpengine.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from aiortc import (
    RTCConfiguration,
    RTCIceServer,
    RTCPeerConnection,
    RTCRtpCodecCapability,
    RTCRtpSender,
    RTCSessionDescription,
)
from aiortc.sdp import candidate_from_sdp
from aiortc.stats import RTCInboundRtpStreamStats, RTCRemoteInboundRtpStreamStats

from callnest.server.ice_credentials import HandedOut
from callnest.server.media.g711 import G711_RATE
from callnest.server.media.passthrough import OPUS_RATE, Outbound, Received, attach

log = logging.getLogger("callnest.media")

MAX_SDP_BYTES = 32 * 1024
# Static payload types of RFC 3551 an offer may use without an rtpmap line.
STATIC_PAYLOAD_TYPES = {"0": "pcmu", "8": "pcma"}
KEYPAD_EVENTS = "telephone-event/8000"
KEYPAD_PAYLOAD_TYPE = 101  # offered when we offer: the number every SIP stack uses


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
    packets_lost: int = 0  # of what the far end sent us, so far


PacketHandler = Callable[["Leg", Received, float], None]


def rtc_configuration(servers: tuple[HandedOut, ...]) -> RTCConfiguration:
    return RTCConfiguration(
        # An empty list, not None: None makes aiortc fall back to a public Google STUN server.
        [RTCIceServer(list(s.urls), s.username, s.credential) for s in servers]
    )


def _check_sdp(sdp: str, kind: str = "offer", *, phone: bool = False) -> None:
    if len(sdp.encode()) > MAX_SDP_BYTES:
        raise InvalidSdp(f"the SDP {kind} is larger than {MAX_SDP_BYTES} bytes")
    if not sdp.startswith("v=0"):
        raise InvalidSdp(f"this is not an SDP {kind} (it must start with v=0)")
    if "m=audio" not in sdp:
        raise InvalidSdp(f"the {kind} has no audio")
    if phone and not _audio_codecs(sdp, kind).keys() & {"pcma", "pcmu"}:
        raise InvalidSdp(f"the {kind} does not include G.711 (PCMA or PCMU)")
    if not phone and "opus/48000" not in sdp.lower():
        raise InvalidSdp(f"the {kind} does not include the Opus codec")


def _audio_codecs(sdp: str, kind: str = "offer") -> dict[str, str]:
    """The audio stream's codec names (lower case) and their payload types, in
    the order the SDP lists them."""
    formats = re.search(r"^m=audio \S+ \S+ ([\d ]+)", sdp, re.MULTILINE)
    if formats is None:
        raise InvalidSdp(f"the {kind}'s audio stream has no formats")
    names = {
        pt: name.lower() for pt, name in re.findall(r"^a=rtpmap:(\d+) ([^/\s]+)", sdp, re.MULTILINE)
    }
    codecs: dict[str, str] = {}
    for pt in formats.group(1).split():
        name = names.get(pt) or STATIC_PAYLOAD_TYPES.get(pt)
        if name is not None:
            codecs.setdefault(name, pt)
    return codecs


def _with_keypad_events(sdp: str, payload_type: str) -> str:
    """``sdp`` (aiortc's, which knows no RFC 4733) also taking keypad events
    as ``payload_type``. The leg drops them: rtpengine, which carries them,
    reports each digit itself; offering them keeps them in the trunk's SDP."""
    lines = sdp.split("\r\n")
    audio = next(i for i, line in enumerate(lines) if line.startswith("m=audio "))
    lines[audio] += f" {payload_type}"
    end = next(
        (i for i in range(audio + 1, len(lines)) if lines[i].startswith("m=") or not lines[i]),
        len(lines),
    )
    lines[end:end] = [f"a=rtpmap:{payload_type} {KEYPAD_EVENTS}", f"a=fmtp:{payload_type} 0-16"]
    return "\r\n".join(lines)


def _capabilities(wanted: Callable[[str], bool]) -> list[RTCRtpCodecCapability]:
    """aiortc's audio codecs whose (lower-case) MIME type is ``wanted``."""
    return [c for c in RTCRtpSender.getCapabilities("audio").codecs if wanted(c.mimeType.lower())]


class Leg:
    def __init__(
        self,
        name: str,
        ice_servers: tuple[HandedOut, ...],
        on_packet: PacketHandler,
        observe_forward: Callable[[float], None] | None = None,
        *,
        phone: bool = False,
    ) -> None:
        self.name = name
        self.phone = phone  # G.711 with rtpengine, not Opus
        self.pc = RTCPeerConnection(rtc_configuration(ice_servers))
        self.out = Outbound(observe_forward)
        self.on_packet = on_packet
        self.closed = asyncio.Event()
        self.connected = asyncio.Event()
        self.on_close: list[Callable[[Leg], None]] = []
        self.created = time.monotonic()
        # When the last packet came (time.perf_counter's clock, as ``now``
        # below), or None before the first.
        self.last_heard: float | None = None
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
        _check_sdp(offer_sdp, phone=self.phone)
        try:
            await self.pc.setRemoteDescription(RTCSessionDescription(offer_sdp, "offer"))
        except Exception as exc:  # aiortc raises ValueError, KeyError, ... on bad SDP
            raise InvalidSdp(f"the SDP offer could not be read: {exc}") from exc
        audio = [t for t in self.pc.getTransceivers() if t.kind == "audio"]
        if len(audio) != 1:
            raise InvalidSdp("the offer must have exactly one audio stream")
        transceiver = audio[0]
        if not self.phone:
            transceiver.setCodecPreferences(_capabilities(lambda mime: mime == "audio/opus"))
        # A phone leg answers the G.711 laws rtpengine offers (it offers
        # nothing else), in the trunk's order: it sends the first, and
        # takes either.
        transceiver.direction = "sendrecv"
        attach(transceiver, self._received, self.out)
        try:
            await self.pc.setLocalDescription(await self.pc.createAnswer())
        except Exception as exc:
            raise InvalidSdp(f"no answer is possible for this offer: {exc}") from exc
        answer: str = self.pc.localDescription.sdp
        keypad = _audio_codecs(offer_sdp).get("telephone-event") if self.phone else None
        if keypad is not None:
            answer = _with_keypad_events(answer, keypad)
        return answer

    async def offer(self, laws: Sequence[str] = ("PCMA", "PCMU")) -> str:
        """Our offer for a call out (ICE candidates included): for a phone
        leg the G.711 ``laws`` in that order (the trunk's), else Opus."""
        transceiver = self.pc.addTransceiver("audio", direction="sendrecv")
        if self.phone:
            wanted = [f"audio/{law.lower()}" for law in laws]
            preferences = sorted(
                _capabilities(lambda mime: mime in wanted),
                key=lambda c: wanted.index(c.mimeType.lower()),
            )
            if not preferences:
                raise InvalidSdp("a phone leg offers G.711: PCMA or PCMU")
        else:
            preferences = _capabilities(lambda mime: mime == "audio/opus")
        transceiver.setCodecPreferences(preferences)
        attach(transceiver, self._received, self.out)
        await self.pc.setLocalDescription(await self.pc.createOffer())
        offer: str = self.pc.localDescription.sdp
        if self.phone:
            offer = _with_keypad_events(offer, str(KEYPAD_PAYLOAD_TYPE))
        return offer

    async def accept(self, answer_sdp: str) -> None:
        """The far end's answer to :meth:`offer`."""
        _check_sdp(answer_sdp, "answer", phone=self.phone)
        try:
            await self.pc.setRemoteDescription(RTCSessionDescription(answer_sdp, "answer"))
        except Exception as exc:  # aiortc raises ValueError, KeyError, ... on bad SDP
            raise InvalidSdp(f"the SDP answer could not be read: {exc}") from exc

    def _received(self, packet: Received, now: float) -> None:
        self.last_heard = now
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
        clock_rate = G711_RATE if self.phone else OPUS_RATE
        return LinkStats(
            loss_pct=100.0 * max(inbound.packetsLost, 0) / expected if expected else 0.0,
            jitter_ms=1000.0 * inbound.jitter / clock_rate,
            remote_loss_pct=100.0 * remote.fractionLost / 256 if remote else None,
            rtt_ms=1000.0 * remote.roundTripTime
            if remote and remote.roundTripTime is not None
            else None,
            packets_in=inbound.packetsReceived,
            packets_out=packets_out,
            packets_lost=max(inbound.packetsLost, 0),
        )
