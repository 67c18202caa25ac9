"""The media relay: rtpengine between the trunks' G.711 and Callnest's WebRTC.

Why rtpengine: a trunk speaks plain RTP with G.711 (PCMA/PCMU) and RFC 4733
keypad digits; Callnest's media core speaks WebRTC (ICE, DTLS-SRTP). rtpengine
turns one transport into the other -- ICE, keys, RTCP -- so a phone call
reaches the switchboard as an ordinary WebRTC caller leg (which converts
G.711 to the Opus the core forwards, ``media/g711.py``), and hold music,
recording and monitoring need no second path.

:class:`RtpEngine` runs one rtpengine, as :class:`~.edge.SipEdge` runs
Kamailio (:class:`~.child_process.ChildProcess`: restarted when it dies,
its output in our log), and drives it over its ng control protocol
(:mod:`.ng`). Two named interfaces keep each side's SDP right: ``phone``
on the address the trunks reach (with the public address to advertise
behind NAT) and ``callnest`` on loopback, where the legs are; each request
names the direction its SDP travels.

A call, inbound: :meth:`~RtpEngine.phone_offer_to_webrtc` turns the trunk's
offer into one for :meth:`Leg.answer <callnest.server.media.leg.Leg.answer>`,
and :meth:`~RtpEngine.webrtc_answer_to_phone` the leg's answer into the
trunk's. Outbound the other pair. :meth:`~RtpEngine.delete` ends it.

Keypad digits: rtpengine reports each RFC 4733 event from the trunk as a
JSON datagram on the DTMF log port (``{"callid": ..., "event": 5,
"duration": 100, ...}``); :meth:`~RtpEngine.subscribe` receives them per
call as digits.

rtpengine keeps its calls in memory only: when it dies, the calls it
carried lose their audio, and the one started in its place knows none of
them (requests about them are refused as an unknown call).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import re
import shutil
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from callnest.server.phone.child_process import ChildProcess, ChildStartError
from callnest.server.phone.ng import Bencodable, NgClient, NgError, NgValue

__all__ = [
    "DtmfCallback",
    "MediaRelayConfig",
    "PhoneSideStats",
    "RtpEngine",
    "RtpEngineError",
    "RtpEngineNotInstalled",
    "RtpEngineStartError",
]

log = logging.getLogger("callnest.phone.media_relay")
# rtpengine's own output, line by line, at the level it gave it.
rtpengine_log = logging.getLogger("callnest.phone.rtpengine")

PID_FILE = "rtpengine.pid"
PHONE = "phone"  # the interface facing the trunks
CALLNEST = "callnest"  # the interface facing Callnest's WebRTC legs
WEBRTC_PROTOCOL = "UDP/TLS/RTP/SAVPF"

DtmfCallback = Callable[[str, str], None]
"""Called with ``(call_id, digit)`` for each keypad digit the trunk sends."""

# RFC 4733 events 0-15; 16 (flash) is no digit.
DIGITS = "0123456789*#ABCD"

# What each request asks of rtpengine, by the direction its SDP travels.
# rtpengine carries the trunk's G.711 and keypad events as they are -- the
# phone leg converts G.711 to Opus itself, at a fifth of the cost (see
# media/g711.py) -- and changes only the transport. Towards a leg: WebRTC's
# (DTLS-SRTP, ICE, RTP and RTCP on one port, as aiortc requires), and only
# what the leg can take; a trunk that offers no G.711 gets 488.
PHONE_OFFER_TO_WEBRTC: Mapping[str, Bencodable] = {
    "direction": [PHONE, CALLNEST],
    "transport-protocol": WEBRTC_PROTOCOL,
    "ICE": "force",
    "rtcp-mux": ["require"],
    "SDES": ["off"],  # DTLS keys the SRTP: SDES keys would be offered in vain
    "codec": {"strip": ["all"], "except": ["PCMA", "PCMU", "telephone-event"]},
}
# Towards a trunk: plain RTP, no leftovers of the leg's ICE, and the origin
# and connection lines rtpengine's own (aiortc writes 0.0.0.0 there).
WEBRTC_ANSWER_TO_PHONE: Mapping[str, Bencodable] = {
    "direction": [CALLNEST, PHONE],
    "ICE": "remove",
    "replace": ["origin", "session-connection"],
}
# Outbound: the leg's offer (G.711 and keypad events) over plain RTP, without
# the leg's header extensions.
WEBRTC_OFFER_TO_PHONE: Mapping[str, Bencodable] = {
    "direction": [CALLNEST, PHONE],
    "transport-protocol": "RTP/AVP",
    "ICE": "remove",
    "DTLS": "off",
    "SDES": ["off"],
    "rtcp-mux": ["demux"],
    "codec": {"strip": ["all"], "except": ["PCMA", "PCMU", "telephone-event"]},
    "flags": ["strip-extmap"],
    "replace": ["origin", "session-connection"],
}
PHONE_ANSWER_TO_WEBRTC: Mapping[str, Bencodable] = {
    "direction": [PHONE, CALLNEST],
}


class RtpEngineError(Exception):
    """The media relay could not do what was asked."""


class RtpEngineNotInstalled(RtpEngineError):
    """No ``rtpengine`` executable."""


class RtpEngineStartError(RtpEngineError):
    """rtpengine did not come up (it exited, or did not answer in time)."""


@dataclass(frozen=True, slots=True)
class MediaRelayConfig:
    """Where rtpengine listens.

    ``phone_host`` is the address the trunks send media to (an IP address
    of this machine); ``phone_advertised`` the address (or host name) to
    write into their SDP instead, when that one is behind NAT.
    ``callnest_host`` faces Callnest's own legs, and carries the control
    (``ng_port``) and DTMF (``dtmf_port``, 0: any free port, chosen at
    start) traffic. Media uses ports ``port_min`` to ``port_max`` on both
    sides, about four per call.
    """

    phone_host: str
    phone_advertised: str | None = None
    callnest_host: str = "127.0.0.1"
    ng_port: int = 22222
    dtmf_port: int = 0
    port_min: int = 40000
    port_max: int = 49999

    def __post_init__(self) -> None:
        for name in ("phone_host", "callnest_host"):
            value = getattr(self, name)
            try:
                address = ipaddress.ip_address(value)
            except ValueError:
                raise ValueError(f"{name} must be an IP address, not {value!r}") from None
            if address.is_unspecified:
                # rtpengine binds each side's ports to one address, and writes it into the SDP.
                raise ValueError(f"{name} must be the machine's own address, not {value!r}")
        advertised = self.phone_advertised
        if advertised is not None and not re.fullmatch(r"[\w.:-]+", advertised):
            # An address or a host name (rtpengine resolves it when it starts).
            raise ValueError(f"phone_advertised is no address or host name: {advertised!r}")
        if not 1 <= self.ng_port <= 65535 or not 0 <= self.dtmf_port <= 65535:
            raise ValueError("the ng and DTMF ports must be between 1 and 65535")
        if not 1024 <= self.port_min < self.port_max <= 65535:
            raise ValueError("the media ports must be a range within 1024-65535")


@dataclass(frozen=True, slots=True)
class PhoneSideStats:
    """The trunk's side of a call, from rtpengine's ``query``.

    The counts are rtpengine's own. Loss and jitter are what the trunk's
    RTCP reports say of the audio it receives from us; rtpengine 10.5 keeps
    them only once it knows the round trip on both sides, so they are None
    until it does (and with trunks that send no RTCP).
    """

    packets_in: int  # RTP packets from the trunk
    bytes_in: int
    errors_in: int  # packets from the trunk rtpengine could not use
    silent_s: float  # since the trunk's last packet (whole seconds)
    loss_pct: float | None
    jitter_ms: float | None


class RtpEngine:
    """Supervises one rtpengine and relays calls through it.

    ``run_dir`` is the relay's own directory, e.g. ``<data_dir>/media-relay``
    (its pid file goes there). :meth:`start` before the first call.
    """

    def __init__(
        self,
        run_dir: Path,
        config: MediaRelayConfig,
        executable: str = "rtpengine",
        *,
        ready_timeout_s: float = 10.0,
        stop_timeout_s: float = 5.0,
        restart_delays_s: tuple[float, float] = (0.5, 30.0),  # first, longest
        ng_timeout_s: float = 1.0,
        ng_tries: int = 3,
    ) -> None:
        self.run_dir = run_dir
        self.config = config
        self._executable = executable
        self._lock = asyncio.Lock()  # one start() or stop() at a time
        self._ng = NgClient(
            config.callnest_host, config.ng_port, timeout_s=ng_timeout_s, tries=ng_tries
        )
        self._dtmf: asyncio.DatagramTransport | None = None
        self._subscribers: dict[str, list[DtmfCallback]] = {}
        self._child = ChildProcess(
            name="rtpengine",
            label="media relay",
            run_dir=run_dir,
            pid_file=PID_FILE,
            log=log,
            output_log=rtpengine_log,
            level_of=_Levels(),
            is_complaint=_is_complaint,
            is_ready=self._answers,
            ready_timeout_s=ready_timeout_s,
            stop_timeout_s=stop_timeout_s,
            restart_delays_s=restart_delays_s,
        )

    @property
    def running(self) -> bool:
        return self._child.running

    @property
    def pid(self) -> int | None:
        """rtpengine's process, while it runs."""
        return self._child.pid

    @property
    def dtmf_port(self) -> int | None:
        """The port rtpengine reports keypad digits to, while started."""
        if self._dtmf is None:
            return None
        port: int = self._dtmf.get_extra_info("sockname")[1]
        return port

    async def start(self) -> None:
        """Starts rtpengine; returns once it answers. Raises
        :class:`RtpEngineNotInstalled` or :class:`RtpEngineStartError`."""
        async with self._lock:
            if self._dtmf is not None:
                return  # started: running, or being started again after it died
            executable = shutil.which(self._executable)
            if executable is None:
                raise RtpEngineNotInstalled(
                    f"phone calls need rtpengine ({self._executable!r} was not found): "
                    "install Debian's rtpengine-daemon package"
                )
            await asyncio.to_thread(_private_directory, self.run_dir)
            try:
                await self._open()
                await self._child.start(self._argv(executable))
            except (OSError, ChildStartError) as exc:
                self._close()
                raise RtpEngineStartError(f"the media relay did not start: {exc}") from exc

    async def stop(self) -> None:
        """Stops rtpengine (ending every call it carries)."""
        async with self._lock:
            await self._child.stop()
            self._close()
            self._subscribers.clear()

    # -- calls ---------------------------------------------------------------

    async def phone_offer_to_webrtc(self, call_id: str, from_tag: str, sdp: str) -> str:
        """A trunk's offer (G.711 over RTP) as a WebRTC offer for a leg.

        Raises :class:`~.ng.NgError` when rtpengine refuses it (e.g. SDP it
        cannot read) and :class:`~.ng.NgTimeout` when it does not answer."""
        reply = await self._ng.offer(call_id, from_tag, sdp, PHONE_OFFER_TO_WEBRTC)
        return _sdp_of(reply, "offer", call_id)

    async def webrtc_answer_to_phone(
        self, call_id: str, from_tag: str, to_tag: str, sdp: str
    ) -> str:
        """The leg's answer as the trunk's: RTP with the trunk's G.711 codec
        and telephone-event."""
        reply = await self._ng.answer(call_id, from_tag, to_tag, sdp, WEBRTC_ANSWER_TO_PHONE)
        return _sdp_of(reply, "answer", call_id)

    async def webrtc_offer_to_phone(self, call_id: str, from_tag: str, sdp: str) -> str:
        """A WebRTC offer (an outbound call's leg) as an offer for a trunk:
        RTP with PCMA, PCMU and telephone-event."""
        reply = await self._ng.offer(call_id, from_tag, sdp, WEBRTC_OFFER_TO_PHONE)
        return _sdp_of(reply, "offer", call_id)

    async def phone_answer_to_webrtc(
        self, call_id: str, from_tag: str, to_tag: str, sdp: str
    ) -> str:
        """The trunk's answer to :meth:`webrtc_offer_to_phone` as the WebRTC
        answer for the leg (DTLS-SRTP, ICE)."""
        reply = await self._ng.answer(call_id, from_tag, to_tag, sdp, PHONE_ANSWER_TO_WEBRTC)
        return _sdp_of(reply, "answer", call_id)

    async def delete(self, call_id: str) -> None:
        """Ends the call's media (and its digit subscriptions). A call
        rtpengine no longer knows (it timed out, or rtpengine was restarted)
        is already ended."""
        self._subscribers.pop(call_id, None)
        reply = await self._ng.delete(call_id)
        if "warning" in reply:
            log.debug("media relay: deleting call %s: %s", call_id[:12], reply["warning"])

    async def stats(self, call_id: str) -> PhoneSideStats:
        """How the trunk's side of the call is doing. Raises
        :class:`~.ng.NgError` for a call rtpengine does not know."""
        return _phone_side(await self._ng.query(call_id), time.time())

    # -- keypad digits -----------------------------------------------------------

    def subscribe(self, call_id: str, callback: DtmfCallback) -> None:
        """``callback(call_id, digit)`` for each digit the trunk sends in
        this call, until :meth:`unsubscribe` or :meth:`delete`."""
        self._subscribers.setdefault(call_id, []).append(callback)

    def unsubscribe(self, call_id: str, callback: DtmfCallback) -> None:
        callbacks = self._subscribers.get(call_id, [])
        with contextlib.suppress(ValueError):
            callbacks.remove(callback)
        if not callbacks:
            self._subscribers.pop(call_id, None)

    def _deliver(self, call_id: str, digit: str) -> None:
        for callback in list(self._subscribers.get(call_id, ())):
            try:
                callback(call_id, digit)
            except Exception:
                log.exception("media relay: a digit subscriber of call %s failed", call_id[:12])

    # -- the process -------------------------------------------------------------

    def _argv(self, executable: str) -> list[str]:
        config = self.config
        dtmf_port = self.dtmf_port
        assert dtmf_port is not None, "the DTMF log is opened first"
        phone = config.phone_host
        if config.phone_advertised is not None:
            phone += f"!{config.phone_advertised}"
        return [
            executable,
            # Not Debian's /etc/rtpengine/rtpengine.conf: that one is for the
            # packaged system daemon (kernel forwarding, port 2223, ...).
            "--config-file=none",
            "--foreground",
            "--log-stderr",
            "--no-log-timestamps",  # our log has its own
            "--split-logs",  # a multi-line message as lines that each carry the level
            "--log-level=6",  # INFO: what each request did, logged by us at DEBUG
            # Userspace forwarding: the kernel module needs root and a
            # matching module build, and DTLS-SRTP is userspace anyway.
            "--table=-1",
            f"--interface={PHONE}/{phone}",
            f"--interface={CALLNEST}/{config.callnest_host}",
            f"--listen-ng={_host_port(config.callnest_host, config.ng_port)}",
            f"--port-min={config.port_min}",
            f"--port-max={config.port_max}",
            f"--dtmf-log-dest={_host_port(config.callnest_host, dtmf_port)}",
            # A deleted call's ports are free at once, not after 30 s.
            "--delete-delay=0",
        ]

    async def _open(self) -> None:
        loop = asyncio.get_running_loop()
        self._dtmf, _ = await loop.create_datagram_endpoint(
            lambda: _DtmfLog(self._deliver),
            local_addr=(self.config.callnest_host, self.config.dtmf_port),
        )
        await self._ng.open()

    def _close(self) -> None:
        self._ng.close()
        if self._dtmf is not None:
            self._dtmf.close()
            self._dtmf = None

    async def _answers(self) -> bool:
        try:
            await self._ng.ping(timeout_s=0.2, tries=1)
        except NgError:
            return False
        return True


class _DtmfLog(asyncio.DatagramProtocol):
    """rtpengine's DTMF log: one JSON object a datagram, sent as each event
    from the trunk ends (10.5 sends ``callid``, ``source_tag``, ``tags``,
    ``type``, ``timestamp``, ``source_ip``, ``event``, ``duration`` in ms and
    ``volume``)."""

    def __init__(self, deliver: DtmfCallback) -> None:
        self._deliver = deliver

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        try:
            report = json.loads(data)
            call_id, event = report["callid"], report["event"]
        except (ValueError, TypeError, KeyError):
            log.warning("media relay: an unreadable DTMF report (%d bytes)", len(data))
            return
        if not isinstance(call_id, str) or not isinstance(event, int) or isinstance(event, bool):
            log.warning("media relay: an unreadable DTMF report (%d bytes)", len(data))
        elif 0 <= event < len(DIGITS):
            self._deliver(call_id, DIGITS[event])
        else:
            log.debug("media relay: call %s: RFC 4733 event %d is no digit", call_id[:12], event)


def media_address(host: str) -> str:
    """The address rtpengine takes phone media on for SIP address ``host``:
    rtpengine needs a concrete one, so for 0.0.0.0 (or ::) the address this
    machine reaches the internet from, as its routing table says (connecting
    a UDP socket sends nothing)."""
    address = ipaddress.ip_address(host)
    if not address.is_unspecified:
        return host
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    probe_target = "2001:db8::1" if address.version == 6 else "192.0.2.1"  # documentation ranges
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.connect((probe_target, 9))
            found: str = probe.getsockname()[0]
            return found
    except OSError:
        return "::1" if address.version == 6 else "127.0.0.1"  # no route: only local calls


def _sdp_of(reply: dict[str, NgValue], command: str, call_id: str) -> str:
    if "warning" in reply:
        log.warning("media relay: %s of call %s: %s", command, call_id[:12], reply["warning"])
    sdp = reply.get("sdp")
    if not isinstance(sdp, str):
        raise NgError(f"rtpengine's reply to {command!r} has no SDP")
    return sdp


def _phone_side(reply: dict[str, NgValue], now: float) -> PhoneSideStats:
    """The trunk's RTP stream in a ``query`` reply: the one whose transport
    is not WebRTC's (the phone interface carries plain RTP)."""
    for tag in _dicts(reply.get("tags")):
        for media in _dicts(tag.get("medias")):
            if media.get("protocol") == WEBRTC_PROTOCOL:
                continue
            for stream in _dicts(media.get("streams")):
                flags = stream.get("flags")
                if isinstance(flags, list) and "RTP" in flags:
                    return _stream_stats(stream, reply, now)
    raise NgError("rtpengine's query shows no phone side")


def _stream_stats(
    stream: dict[str, NgValue], reply: dict[str, NgValue], now: float
) -> PhoneSideStats:
    counts = stream.get("stats")
    counts = counts if isinstance(counts, dict) else {}
    last = stream.get("last packet")
    # The trunk's own RTCP reports, filed under its SSRC (MOS figures, of
    # which the average has loss in percent and jitter in milliseconds).
    reports = _dict(reply.get("SSRC")).get(str(stream.get("SSRC")))
    average = _dict(_dict(reports).get("average MOS"))
    return PhoneSideStats(
        packets_in=_int(counts.get("packets")),
        bytes_in=_int(counts.get("bytes")),
        errors_in=_int(counts.get("errors")),
        silent_s=max(0.0, now - last) if isinstance(last, int) else 0.0,
        loss_pct=_float_or_none(average.get("packet loss")),
        jitter_ms=_float_or_none(average.get("jitter")),
    )


def _dicts(value: NgValue | None) -> list[dict[str, NgValue]]:
    if isinstance(value, dict):  # "tags" is keyed by tag
        value = list(value.values())
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _dict(value: NgValue | None) -> dict[str, NgValue]:
    return value if isinstance(value, dict) else {}


def _int(value: NgValue | None) -> int:
    return value if isinstance(value, int) else 0


def _float_or_none(value: NgValue | None) -> float | None:
    return float(value) if isinstance(value, int) else None


def _host_port(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _private_directory(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)  # also when it was there already


# "WARNING: [callid]: [control] Protocol error in packet from ... [d3:ICE ..."
# "WARNING: [callid]: ... m=audio 4000 RTP/AVP 8 ..." (--split-logs: the same message)
_LINE = re.compile(r"^([A-Z]+): (.*)$")
_CONTINUED = re.compile(r"^(\[[^\]]*\]: )?\.\.\. ")
_LEVELS = {
    "EMERG": logging.ERROR,
    "ALERT": logging.ERROR,
    "CRIT": logging.ERROR,
    "ERR": logging.ERROR,
    "WARNING": logging.WARNING,
    "NOTICE": logging.INFO,
    "INFO": logging.DEBUG,  # a line or two per request: chatter
    "DEBUG": logging.DEBUG,
}
# Complaints that are no news, logged at DEBUG.
_QUIET = (
    # The trunk's first packets, while the leg's DTLS handshake is still going on.
    "SRTP output wanted, but no crypto suite was negotiated",
    # A refused request, dumped whole: the caller has the reason as an NgError.
    "Protocol error in packet from",
)


class _Levels:
    """The level of each line of rtpengine's output: the one it gave, or
    DEBUG for what is no news -- also for the later lines of a message it
    split (they carry its level but not its words)."""

    def __init__(self) -> None:
        self._last = logging.INFO

    def __call__(self, line: str) -> tuple[int, str]:
        match = _LINE.match(line)
        if match is None or match[1] not in _LEVELS:
            return logging.INFO, line.strip()
        if _CONTINUED.match(match[2]):
            return self._last, line.strip()
        level = _LEVELS[match[1]]
        if any(text in match[2] for text in _QUIET):
            level = logging.DEBUG
        self._last = level
        return level, line.strip()


def _is_complaint(line: str) -> bool:
    match = _LINE.match(line)
    return match is not None and _LEVELS.get(match[1], logging.INFO) >= logging.WARNING
