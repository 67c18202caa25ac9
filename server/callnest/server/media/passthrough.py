"""Opus in and out of aiortc without decoding, and without aiortc's per-packet
machinery: the only module that touches aiortc's (and aioice's) private internals.

aiortc has no supported way to receive or send encoded packets (its
maintainers' stance in aiortc#449 and #627): every receiver feeds a fixed
80 ms jitter buffer and a decoder thread, every sender an encoder. A media
anchor that forwards needs neither, and at 150 calls (15,000 packets a second)
even aiortc's plumbing is too slow: a datagram went through aioice's queue, the
DTLS transport's task, ``RtpPacket.parse``, three coroutines, a wake-up of the
sender's task, ``RtpPacket.serialize`` and three more coroutines -- about 85 µs
of Python per forwarded packet, a whole core at 150 calls. So, per audio
transceiver, ``attach``:

* takes SRTP datagrams as each ICE socket receives them (before aioice's STUN
  parser and queue), unprotects them, reads the 12-byte header and hands the
  Opus payload to a callback, synchronously, in arrival order, with the time
  the datagram reached the machine. aiortc's receive statistics are still
  fed, so its receiver reports (loss, jitter) stay true. RTCP, STUN and DTLS
  still take aiortc's own path.
* gives the sender a track that never yields, so aiortc's sender task idles
  and never creates an encoder, and sends through ``Outbound`` instead: it
  numbers and timestamps each payload, protects it with the transport's SRTP
  session and writes it to the nominated ICE pair's socket there and then,
  keeping the sender's counters (the sender reports aiortc still sends) true.

``check_aiortc`` asserts every internal used here exists with the shape we
rely on; the server calls it at start and a test calls it, so an aiortc or
aioice upgrade that moves them fails loudly instead of silently breaking
calls. Both version ranges are pinned in pyproject.toml for the same reason.

A phone leg negotiates G.711 instead (see ``g711``): it converts at this same
edge, so what it hands on and what it is given are Opus like every other leg's.
"""

from __future__ import annotations

import asyncio
import inspect
import secrets
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pylibsrtp
from aioice import Connection
from aioice.ice import StunProtocol
from aiortc import RTCDtlsTransport, RTCRtpReceiver, RTCRtpSender, RTCRtpTransceiver
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from aiortc.rtcdtlstransport import State
from aiortc.rtcicetransport import RTCIceTransport
from aiortc.rtcrtpparameters import RTCRtpReceiveParameters, RTCRtpSendParameters
from aiortc.rtcrtpreceiver import StreamStatistics
from aiortc.rtp import HeaderExtensionsMap, RtpPacket

from callnest.server.media.g711 import OpusToPhone, PhoneToOpus, is_g711

OPUS_RATE = 48_000
FRAME_SAMPLES = 960  # 20 ms at 48 kHz: the packet time every WebRTC endpoint uses for Opus

FIXED_HEADER = struct.Struct("!BBHII")  # version/flags, marker/type, sequence, timestamp, SSRC
SEQ_TS_SSRC = struct.Struct("!HII")
SIOCGSTAMP = 0x8906  # linux/sockios.h: the last datagram's receive time, as a timeval
TIMEVAL = struct.Struct("@ll")
NTP_EPOCH_OFFSET_S = 2_208_988_800  # 1900-01-01 to 1970-01-01, for RTCP sender reports


@dataclass(slots=True)
class Received:
    """One RTP packet as it arrived, payload still Opus (the attributes
    aiortc's ``RtpPacket`` has, so its receive statistics can read it)."""

    payload_type: int
    sequence_number: int
    timestamp: int
    ssrc: int
    payload: bytes


PacketSink = Callable[[Received, float], None]
"""Called with each received packet, synchronously, as it arrives, and its
arrival time on ``time.perf_counter()``'s clock (see ``arrival_clock``)."""


def check_aiortc() -> None:
    """Fail loudly if the aiortc or aioice internals this module relies on moved."""
    problems = []
    if not hasattr(RTCRtpReceiver, "_RTCRtpReceiver__stop_decoder"):
        problems.append("RTCRtpReceiver.__stop_decoder")
    receiver_init = inspect.getsource(RTCRtpReceiver.__init__)
    for attr in ("__remote_streams", "__active_ssrc"):
        if f"self.{attr}" not in receiver_init:
            problems.append(f"RTCRtpReceiver.{attr}")
    sender_init = inspect.getsource(RTCRtpSender.__init__)
    for attr in ("_ssrc", "__ntp_timestamp", "__rtp_timestamp", "__octet_count", "__packet_count"):
        if f"self.{attr} =" not in sender_init:
            problems.append(f"RTCRtpSender.{attr}")
    dtls_init = inspect.getsource(RTCDtlsTransport.__init__)
    for attr in ("_rx_srtp", "_tx_srtp", "_state"):
        if f"self.{attr}" not in dtls_init:
            problems.append(f"RTCDtlsTransport.{attr}")
    if "self._connection = gatherer._connection" not in inspect.getsource(RTCIceTransport.__init__):
        problems.append("RTCIceTransport._connection")
    # A method's source, not the class's: for a class, Python 3.11's inspect
    # parses the whole module with ast, which fails now and then with "AST
    # constructor recursion depth mismatch" (CPython gh-106905; its depth
    # counter is shared by the interpreter's threads). It failed a CI run.
    connection_init = inspect.getsource(Connection.__init__)
    for attr in ("_protocols", "_nominated"):
        if f"self.{attr}" not in connection_init:
            problems.append(f"aioice Connection.{attr}")
    if list(inspect.signature(StunProtocol.datagram_received).parameters) != [
        "self",
        "data",
        "addr",
    ]:
        problems.append("aioice StunProtocol.datagram_received(data, addr)")
    handler = getattr(RTCRtpReceiver, "_handle_rtp_packet", None)
    if handler is None or list(inspect.signature(handler).parameters) != [
        "self",
        "packet",
        "arrival_time_ms",
    ]:
        problems.append("RTCRtpReceiver._handle_rtp_packet(packet, arrival_time_ms)")
    if problems:
        raise RuntimeError(
            "this aiortc or aioice version moved internals that Opus forwarding needs: "
            + ", ".join(problems)
        )


class IdleTrack(MediaStreamTrack):
    """The sender's track: yields nothing until stopped, so aiortc's sender
    task sleeps (it never builds an encoder) while ``Outbound`` sends."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self._stopped = asyncio.Event()

    async def recv(self) -> Any:
        await self._stopped.wait()
        raise MediaStreamError

    def stop(self) -> None:
        super().stop()
        self._stopped.set()


class Wire:
    """Where one sender's packets go: its SSRC and header, its SRTP session,
    its ICE connection. Built when aiortc starts the sender."""

    def __init__(self, sender: RTCRtpSender, parameters: RTCRtpSendParameters) -> None:
        dtls = sender.transport
        self._dtls = dtls
        self._connection: Connection = dtls.transport._connection
        self._sender = sender
        ssrc: int = sender._ssrc
        codec = parameters.codecs[0]
        payload_type = codec.payloadType
        assert payload_type is not None  # negotiated: aiortc numbers every codec it answers
        self.payload_type = payload_type
        self._to_phone = OpusToPhone(codec.mimeType) if is_g711(codec.mimeType) else None
        extensions = HeaderExtensionsMap()
        extensions.configure(parameters)
        # aiortc's own serializer writes the header once (with the MID
        # extension a bundled receiver may route on); each packet then only
        # changes the marker, sequence number and timestamp.
        template = RtpPacket(payload_type=payload_type, ssrc=ssrc)
        template.extensions.mid = parameters.muxId
        header = template.serialize(extensions)
        self._first_byte = header[0]
        self._ssrc = ssrc
        self._extension = header[12:]
        self._sequence = secrets.randbits(16)
        self._pair: Any = None
        self._remote_addr: tuple[str, int] = ("", 0)

    def send(self, timestamp: int, payload: bytes, marker: bool) -> bool:
        """Sends one Opus payload (48 kHz ``timestamp``) now; False if the
        connection cannot carry it."""
        dtls = self._dtls
        if dtls._state is not State.CONNECTED:
            return False
        pair = self._connection._nominated.get(1)
        if pair is None:
            return False
        if self._to_phone is not None:
            timestamp, payload = self._to_phone.convert(timestamp, payload)
            if not payload:
                return False
        if pair is not self._pair:  # the pair's address is a property that builds a tuple
            self._pair, self._remote_addr = pair, pair.remote_addr
        self._sequence = sequence = (self._sequence + 1) & 0xFFFF
        packet = (
            FIXED_HEADER.pack(
                self._first_byte,
                self.payload_type | (0x80 if marker else 0),
                sequence,
                timestamp,
                self._ssrc,
            )
            + self._extension
            + payload
        )
        pair.protocol.transport.sendto(dtls._tx_srtp.protect(packet), self._remote_addr)
        # What aiortc's sender reports in its RTCP sender reports and getStats().
        sender = self._sender
        sender._RTCRtpSender__ntp_timestamp = int(  # type: ignore[attr-defined]
            (time.time() + NTP_EPOCH_OFFSET_S) * 4_294_967_296
        )
        sender._RTCRtpSender__rtp_timestamp = timestamp  # type: ignore[attr-defined]
        sender._RTCRtpSender__octet_count += len(payload)  # type: ignore[attr-defined]
        sender._RTCRtpSender__packet_count += 1  # type: ignore[attr-defined]
        return True


class Outbound:
    """The audio a leg sends: Opus payloads pushed by whoever is the source now,
    sent at once.

    Sources change (hold music, the agent, a transfer target); the timestamps
    the receiver sees must not. Each payload keeps its source's spacing
    (including silence gaps), and on a source switch the new source is shifted
    to continue after the old one by the wall-clock time between them; the
    first packet after a switch carries the marker bit (a new talkspurt).
    Sequence numbers are the wire's own, so they are continuous.
    """

    def __init__(self, observe: Callable[[float], None] | None = None) -> None:
        self._observe = observe  # told each relayed packet's time inside the server
        self.wire: Wire | None = None  # set when the connection is up
        self._source: object | None = None
        self._offset = 0
        self._last_out: int | None = None
        self._last_wall = 0.0
        self._stopped = False
        self.sent = 0
        self.dropped = 0  # pushed while the connection could not carry them

    def push(
        self, source: object, timestamp: int, payload: bytes, now: float, *, relayed: bool = True
    ) -> bool:
        """Send ``payload`` (source's own 48 kHz ``timestamp``); False if it
        could not go (stopped, or the connection is not up).

        ``now`` is when it arrived (on ``time.perf_counter()``'s clock); ``relayed`` is
        False for audio the server plays itself, which is not a forwarding delay.
        """
        if self._stopped:
            return False
        marker = source is not self._source
        if marker:
            if self._last_out is None:
                self._offset = -timestamp
            else:
                gap = max(FRAME_SAMPLES, round((now - self._last_wall) * OPUS_RATE))
                self._offset = self._last_out + gap - timestamp
            self._source = source
        out = (timestamp + self._offset) & 0xFFFFFFFF
        self._last_out = out
        self._last_wall = now
        wire = self.wire
        if wire is None or not wire.send(out, payload, marker):
            self.dropped += 1
            return False
        self.sent += 1
        if relayed and self._observe is not None:
            self._observe(time.perf_counter() - now)
        return True

    def stop(self) -> None:
        self._stopped = True
        self.wire = None


def attach(transceiver: RTCRtpTransceiver, on_packet: PacketSink, outbound: Outbound) -> None:
    """Receive ``transceiver``'s Opus into ``on_packet`` and send it from
    ``outbound``, below aiortc. Call it before the connection starts (right
    after ``setRemoteDescription`` of an offer, or ``addTransceiver``)."""
    sender, receiver = transceiver.sender, transceiver.receiver
    sender.replaceTrack(IdleTrack())
    original_send = sender.send

    async def send(parameters: RTCRtpSendParameters) -> None:
        await original_send(parameters)
        outbound.wire = Wire(sender, parameters)

    sender.send = send  # type: ignore[method-assign]

    original_receive = receiver.receive

    async def receive(parameters: RTCRtpReceiveParameters) -> None:
        await original_receive(parameters)
        receiver._RTCRtpReceiver__stop_decoder()  # type: ignore[attr-defined]
        _take_rtp(receiver, parameters, on_packet)

    receiver.receive = receive  # type: ignore[method-assign]


def _take_rtp(
    receiver: RTCRtpReceiver, parameters: RTCRtpReceiveParameters, on_packet: PacketSink
) -> None:
    """From now on the receiver's RTP goes to ``on_packet`` straight from each
    of the connection's ICE sockets."""
    dtls = receiver.transport
    connection: Connection = dtls.transport._connection
    streams: dict[int, StreamStatistics] = receiver._RTCRtpReceiver__remote_streams  # type: ignore[attr-defined]
    active: dict[int, Any] = receiver._RTCRtpReceiver__active_ssrc  # type: ignore[attr-defined]
    opus = frozenset(c.payloadType for c in parameters.codecs if c.mimeType.lower() == "audio/opus")
    clock_rates = {c.payloadType: c.clockRate for c in parameters.codecs}
    g711 = {
        c.payloadType: c.mimeType
        for c in parameters.codecs
        if c.payloadType is not None and is_g711(c.mimeType)
    }
    from_phone: PhoneToOpus | None = None  # made with the first G.711 packet
    unpack = SEQ_TS_SSRC.unpack_from
    srtp_error = pylibsrtp.Error

    def take(srtp: pylibsrtp.Session, data: bytes, arrival: float) -> None:
        nonlocal from_phone
        try:
            data = srtp.unprotect(data)
        except srtp_error:
            return  # replayed, forged or from before a re-key: aiortc drops them too
        if len(data) < 12 or not receiver._enabled:
            return
        first = data[0]
        payload_type = data[1] & 0x7F
        if payload_type not in opus and payload_type not in g711:
            return
        sequence, timestamp, ssrc = unpack(data, 2)
        start = 12 + 4 * (first & 0x0F)
        if first & 0x10:  # header extension: 16-bit profile, 16-bit length in words
            if len(data) < start + 4:
                return
            start += 4 + 4 * int.from_bytes(data[start + 2 : start + 4], "big")
        end = len(data) - (data[-1] if first & 0x20 else 0)
        packet = Received(payload_type, sequence, timestamp, ssrc, data[start:end])
        stats = streams.get(ssrc)
        if stats is None:
            stats = streams[ssrc] = StreamStatistics(clock_rates[payload_type])
            active[ssrc] = None  # getSynchronizationSources is not used here
        stats.add(packet)  # type: ignore[arg-type]
        if start >= end:
            return
        if payload_type in opus:
            on_packet(packet, arrival)
            return
        if from_phone is None:
            from_phone = PhoneToOpus(g711)
        for opus_timestamp, opus_payload in from_phone.convert(
            payload_type, timestamp, packet.payload
        ):
            on_packet(Received(payload_type, sequence, opus_timestamp, ssrc, opus_payload), arrival)

    for protocol in connection._protocols:
        _divert(protocol, dtls, take)

    async def before_the_switch(packet: RtpPacket, arrival_time_ms: int) -> None:
        """What aiortc had queued before ``take`` was in place: nobody listens yet."""

    receiver._handle_rtp_packet = before_the_switch  # type: ignore[method-assign]


def _divert(
    protocol: StunProtocol,
    dtls: RTCDtlsTransport,
    take: Callable[[pylibsrtp.Session, bytes, float], None],
) -> None:
    """SRTP datagrams arriving on ``protocol``'s socket go to ``take``; STUN,
    DTLS and RTCP go on to aioice and aiortc as before."""
    to_aioice = protocol.datagram_received
    arrival = arrival_clock(protocol.transport)

    def datagram_received(data: bytes | str, addr: tuple[Any, ...]) -> None:
        # RFC 7983: a first byte of 128-191 is RTP or RTCP; RTCP packet types
        # are 192-208 in the second byte (the test aiortc itself uses).
        srtp = dtls._rx_srtp
        if srtp is None or len(data) < 12 or not 127 < data[0] < 192 or 191 < data[1] < 209:  # type: ignore[operator]
            to_aioice(data, addr)
            return
        take(srtp, data, arrival())  # type: ignore[arg-type]

    protocol.datagram_received = datagram_received  # type: ignore[method-assign]


def arrival_clock(transport: Any) -> Callable[[], float]:
    """When the datagram being handled reached this machine, on ``perf_counter``'s clock.

    Linux keeps the receive time of the last datagram read from a socket
    (``SIOCGSTAMP``, 0.4 µs). The time a datagram waited in the socket while
    the event loop was busy is part of what the server adds to a call's
    latency, and ``perf_counter()`` read here would miss it. Elsewhere (or for
    a TURN relay, which has no socket of its own) it is ``perf_counter()``.
    """
    clock = time.perf_counter
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sys.platform != "linux" or sock is None:
        return clock
    import fcntl

    fd = sock.fileno()
    stamp = bytearray(TIMEVAL.size)
    ioctl, wall = fcntl.ioctl, time.time

    def arrival() -> float:
        now = clock()
        try:
            ioctl(fd, SIOCGSTAMP, stamp, True)
        except OSError:  # no datagram stamped yet (the first read turns stamping on)
            return now
        seconds, microseconds = TIMEVAL.unpack(stamp)
        return min(now, now - (wall() - seconds - microseconds / 1e6))  # type: ignore[no-any-return]

    return arrival
