"""The trunk side of ``callnest-bench phone``: SIPp, the phones' audio, and
what SIPp wrote down.

SIPp (Debian's ``sip-tester``) runs ``phone_trunk.xml`` as the carrier's
trunk: each call is an INVITE offering G.711 A-law and RFC 4733 digits, then,
once answered, one pcap played as the phone's RTP -- speech-like audio with
one keypad digit early in it -- for the whole call, then a BYE. The pcaps are
written here, one per menu digit, because SIPp reads a ``play_pcap_audio``
file when it loads the scenario, not per call: the scenario picks the one of
the call's digit by a branch. Which caller number and digit each call has
comes from an injection file (``-inf``), one line per call.

What SIPp records and how it is read:

- ``setup_ms``: SIPp's own response-time measurement, ``start_rtd`` on the
  INVITE and ``rtd`` on the first of 180/183/200 (only the first counts),
  written one value per call by ``-trace_rtt`` into ``*_rtt.csv``
  (milliseconds, SIPp's clock resolution);
- each call's fate: a ``<log>`` line when it is answered and one when its BYE
  was answered (``-trace_logs``), keyed by the caller number;
- SIPp's own tally (``-trace_stat``): successful and failed calls.
"""

from __future__ import annotations

import math
import shutil
import struct
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

SCENARIO = "phone_trunk.xml"
RATE = 8_000
FRAME_SAMPLES = 160  # 20 ms at 8 kHz
FRAME_S = 0.02
PCMA = 8
TELEPHONE_EVENT = 101  # as the scenario's SDP numbers it
DIGITS = ("1", "2")  # the menu keys the scenario can press (one branch and pcap each)
EVENT_FRAMES = 8  # a keypress of 160 ms, as a person presses a key
EVENT_VOLUME = 10  # dBm0 below 0, RFC 4733's usual
EVENT_END_REPEATS = 3  # the end packet three times (RFC 4733 2.5.1.4)
SSRC = 0x43_4E_42_50  # "CNBP"

_SEGMENT_ENDS = np.array([0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF])


class ToolMissing(Exception):
    """A program the phone bench needs is not installed; the message says how to get it."""


WHERE = {
    "sipp": "Debian's sip-tester package",
    "kamailio": "Debian's kamailio package",
    "rtpengine": "Debian's rtpengine-daemon package",
}


def find_tools() -> dict[str, str]:
    """The full paths of SIPp, Kamailio and rtpengine, or :class:`ToolMissing`
    naming every one that is missing (the server looks for the last two on
    ``PATH`` as well, and would only say so once a trunk is configured)."""
    found: dict[str, str] = {}
    missing = []
    for name, package in WHERE.items():
        path = shutil.which(name)
        if path is None:
            missing.append(f"{name} ({package})")
        else:
            found[name] = path
    if missing:
        raise ToolMissing(
            "not found on PATH: "
            + ", ".join(missing)
            + "; scripts/install-system-deps installs them"
        )
    return found


# ------------------------------------------------------------------- audio


def alaw_encode(samples: np.ndarray) -> bytes:
    """ITU-T G.711 A-law of int16 samples (Sun's reference algorithm)."""
    pcm = samples.astype(np.int32) >> 3
    mask = np.where(pcm >= 0, 0xD5, 0x55)
    magnitude = np.where(pcm >= 0, pcm, -pcm - 1)
    segment = np.searchsorted(_SEGMENT_ENDS, magnitude)
    shift = np.where(segment < 2, 1, segment)
    code = (np.minimum(segment, 7) << 4) | ((magnitude >> np.minimum(shift, 7)) & 0x0F)
    code = np.where(segment >= 8, 0x7F, code)
    return bytes((code ^ mask).astype(np.uint8))


def voice_like(seconds: float, rate: int = RATE) -> np.ndarray:
    """Int16 audio that keeps a codec about as busy as speech: three partials
    that glide, under a 4 Hz syllable envelope with pauses."""
    t = np.arange(round(seconds * rate)) / rate
    pitch = 140 + 30 * np.sin(2 * np.pi * 0.7 * t)
    phase = 2 * np.pi * np.cumsum(pitch) / rate
    tone = np.sin(phase) + 0.5 * np.sin(5 * phase) + 0.25 * np.sin(13 * phase)
    envelope = np.clip(np.sin(2 * np.pi * 4 * t), 0, None) * (np.sin(2 * np.pi * 0.3 * t) > -0.6)
    samples: np.ndarray = (6000 * tone * envelope).astype(np.int16)
    return samples


@dataclass(frozen=True)
class PhoneAudio:
    """What one pcap holds: RTP packets (with their send times) and counts."""

    packets: list[tuple[float, bytes]]
    audio_frames: int
    event_packets: int


def rtp_header(payload_type: int, seq: int, timestamp: int, marker: bool = False) -> bytes:
    return struct.pack(
        "!BBHII",
        0x80,
        payload_type | (0x80 if marker else 0),
        seq & 0xFFFF,
        timestamp & 0xFFFFFFFF,
        SSRC,
    )


def phone_audio(seconds: float, digit: str, digit_at_s: float) -> PhoneAudio:
    """A phone's RTP for ``seconds``: A-law every 20 ms, and at ``digit_at_s``
    the key ``digit`` as RFC 4733 events in place of the audio while it is
    held (one timestamp for the event, its duration growing, the end packet
    three times), as phones send it."""
    event = int(digit)  # RFC 4733 events 0-9 are the digits
    frames = max(1, math.floor(seconds / FRAME_S))
    samples = voice_like(frames * FRAME_S)
    first_event = min(frames - 1, max(0, round(digit_at_s / FRAME_S)))
    last_event = min(frames, first_event + EVENT_FRAMES) - 1
    packets: list[tuple[float, bytes]] = []
    seq = 0
    audio = events = 0
    for frame in range(frames):
        at = frame * FRAME_S
        if first_event <= frame <= last_event:
            held = (frame - first_event + 1) * FRAME_SAMPLES
            end = frame == last_event
            body = struct.pack(
                "!BBH", event, (0x80 if end else 0) | EVENT_VOLUME, min(held, 0xFFFF)
            )
            header = rtp_header(
                TELEPHONE_EVENT, seq, first_event * FRAME_SAMPLES, marker=frame == first_event
            )
            for _ in range(EVENT_END_REPEATS if end else 1):
                packets.append((at, header + body))
                events += 1
            seq += 1
            continue
        chunk = samples[frame * FRAME_SAMPLES : (frame + 1) * FRAME_SAMPLES]
        packets.append((at, rtp_header(PCMA, seq, frame * FRAME_SAMPLES) + alaw_encode(chunk)))
        seq += 1
        audio += 1
    return PhoneAudio(packets, audio, events)


def _checksum(header: bytes) -> int:
    total = sum(struct.unpack(f"!{len(header) // 2}H", header))
    while total > 0xFFFF:
        total = (total & 0xFFFF) + (total >> 16)
    return int(~total & 0xFFFF)


def pcap_bytes(
    packets: list[tuple[float, bytes]], src_port: int = 4000, dst_port: int = 5000
) -> bytes:
    """A classic libpcap file (Ethernet, IPv4, UDP) of RTP payloads: what
    SIPp's ``play_pcap_audio`` replays, keeping each packet's time offset and
    RTP header and replacing the addresses and ports with the call's."""
    out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)]
    ethernet = bytes(6) + bytes.fromhex("020000000001") + b"\x08\x00"
    loopback = bytes([127, 0, 0, 1])
    for index, (at, rtp) in enumerate(packets):
        udp = struct.pack("!HHHH", src_port, dst_port, 8 + len(rtp), 0) + rtp
        ip = struct.pack(
            "!BBHHHBBH4s4s",
            0x45,
            0,
            20 + len(udp),
            index & 0xFFFF,
            0,
            64,
            17,
            0,
            loopback,
            loopback,
        )
        ip = ip[:10] + struct.pack("!H", _checksum(ip)) + ip[12:]
        frame = ethernet + ip + udp
        seconds, micros = divmod(round(at * 1e6), 1_000_000)
        out.append(struct.pack("<IIII", seconds, micros, len(frame), len(frame)))
        out.append(frame)
    return b"".join(out)


# -------------------------------------------------------------------- calls


@dataclass(frozen=True)
class PlannedCall:
    """One call the trunk makes: who calls, and the key they press."""

    index: int
    caller: str  # E.164, as the From header's user part
    digit: str


def plan_calls(calls: int) -> list[PlannedCall]:
    """Distinct caller numbers, digits taking turns."""
    return [PlannedCall(i, f"+3864090{i + 1:04d}", DIGITS[i % len(DIGITS)]) for i in range(calls)]


def injection_file(plan: list[PlannedCall]) -> str:
    """SIPp's ``-inf`` file: one line per call, in order ([field0];[field1])."""
    return "SEQUENTIAL\n" + "".join(f"{c.caller};{c.digit}\n" for c in plan)


def prepare(
    workdir: Path, plan: list[PlannedCall], seconds: float, digit_at_s: float
) -> dict[str, PhoneAudio]:
    """The scenario, the pcaps (``digit1.pcap``...) and the injection file,
    in SIPp's working directory."""
    workdir.mkdir(parents=True, exist_ok=True)
    scenario = resources.files("callnest.bench").joinpath(SCENARIO).read_text()
    (workdir / SCENARIO).write_text(scenario)
    audio: dict[str, PhoneAudio] = {}
    for digit in DIGITS:
        audio[digit] = phone_audio(seconds, digit, digit_at_s)
        (workdir / f"digit{digit}.pcap").write_bytes(pcap_bytes(audio[digit].packets))
    (workdir / "calls.csv").write_text(injection_file(plan))
    return audio


@dataclass(frozen=True)
class SippPorts:
    sip: int
    media: int  # the first of the phones' RTP ports ([auto_media_port])


def sipp_command(
    sipp: str,
    *,
    edge: str,
    dialled: str,
    calls: int,
    rate: float,
    hold_ms: int,
    ports: SippPorts,
    timeout_s: float,
    trace_messages: bool = False,
) -> list[str]:
    """SIPp as the trunk: ``calls`` calls at ``rate`` a second, all at once
    (``-l``), each held ``hold_ms`` after the ACK (the scenario's bare
    ``<pause/>``); ``trace_messages``: every SIP message into ``*_messages.log``."""
    return [
        sipp,
        edge,
        "-sf",
        SCENARIO,
        "-inf",
        "calls.csv",
        "-key",
        "dialled",
        dialled,
        "-i",
        "127.0.0.1",
        "-p",
        str(ports.sip),
        "-mi",
        "127.0.0.1",
        "-mp",
        str(ports.media),
        "-t",
        "u1",
        "-m",
        str(calls),
        "-l",
        str(calls),
        "-r",
        f"{rate:g}",
        "-d",
        str(hold_ms),
        "-nostdin",
        "-timeout",
        f"{math.ceil(timeout_s)}s",
        "-timeout_error",
        "-trace_rtt",
        "-rtt_freq",
        "1",
        "-trace_stat",
        "-fd",
        "1",
        "-trace_logs",
        "-trace_err",
        *(["-trace_msg"] if trace_messages else []),
    ]


@dataclass
class TrunkRecord:
    """What SIPp wrote down about the run."""

    setup_ms: list[float] = field(default_factory=list)
    answered: set[str] = field(default_factory=set)  # caller numbers
    completed: set[str] = field(default_factory=set)
    successful: int | None = None
    failed: int | None = None
    errors: list[str] = field(default_factory=list)


def _one(workdir: Path, pattern: str) -> Path | None:
    found = sorted(workdir.glob(pattern))
    return found[-1] if found else None


def read_record(workdir: Path) -> TrunkRecord:
    record = TrunkRecord()
    rtt = _one(workdir, "*_rtt.csv")
    if rtt is not None:
        for line in rtt.read_text(errors="replace").splitlines():
            parts = line.split(";")
            # Date_ms;response_time_ms;rtd_no -- the header row does not parse
            if len(parts) >= 3 and parts[2].strip() == "setup":
                try:
                    record.setup_ms.append(float(parts[1]))
                except ValueError:
                    continue
    logs = _one(workdir, "*_logs.log")
    if logs is not None:
        for line in logs.read_text(errors="replace").splitlines():
            kind, _, caller = line.strip().partition(" ")
            if kind == "answered":
                record.answered.add(caller)
            elif kind == "completed":
                record.completed.add(caller)
    stat = _one(workdir, "*_.csv")
    if stat is not None:
        rows = [r.split(";") for r in stat.read_text(errors="replace").splitlines() if r]
        if len(rows) >= 2:
            columns = dict(zip(rows[0], rows[-1], strict=False))
            with_suppress = _int_or_none
            record.successful = with_suppress(columns.get("SuccessfulCall(C)"))
            record.failed = with_suppress(columns.get("FailedCall(C)"))
    errors = _one(workdir, "*_errors.log")
    if errors is not None:
        record.errors = [
            line
            for line in errors.read_text(errors="replace").splitlines()
            if line.strip() and not line.startswith(" ")
        ][:20]
    return record


def _int_or_none(text: str | None) -> int | None:
    try:
        return None if text is None else int(text)
    except ValueError:
        return None
