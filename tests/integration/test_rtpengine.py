"""The media relay against the real rtpengine: supervised (started, stopped,
started again after a kill, a leftover of a killed server ended), and
relaying calls -- a trunk's G.711 to a real caller Leg and back, keypad
digits, statistics, the end of a call -- with the trunk played by a plain
UDP socket sending PCMA."""

from __future__ import annotations

import asyncio
import fractions
import os
import random
import re
import shutil
import signal
import socket
import struct
import subprocess
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aioice.ice
import av
import numpy as np
import pytest

from callnest.server.media.leg import Leg
from callnest.server.media.passthrough import Received
from callnest.server.phone.ng import NgError, NgValue
from callnest.server.phone.rtpengine import (
    MediaRelayConfig,
    PhoneSideStats,
    RtpEngine,
    RtpEngineNotInstalled,
    _phone_side,
)
from callnest.sim.ports import free_udp_port
from unit.server.media.audio import dominant_hz, tone

pytestmark = pytest.mark.slow

TONE_HZ = 440.0  # what the trunk says
LEG_TONE_HZ = 1000.0  # what the leg says
PCMA = 8

MakeEngine = Callable[..., RtpEngine]


def port_range() -> tuple[int, int]:
    """A small range of its own for each engine, below the ephemeral ports
    the tests' own sockets get."""
    low = random.randrange(20_000, 30_000, 100)
    return low, low + 59


@pytest.fixture(autouse=True)
def _loopback_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    # aiortc offers every address but 127.0.0.1: keep its ICE on loopback.
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])


@pytest.fixture
async def make_engine(tmp_path: Path) -> AsyncIterator[MakeEngine]:
    engines: list[RtpEngine] = []

    def make(phone_host: str = "127.0.0.1", **config: object) -> RtpEngine:
        low, high = port_range()
        settings: dict[str, object] = {
            "phone_host": phone_host,
            "ng_port": free_udp_port(),
            "port_min": low,
            "port_max": high,
        }
        engine = RtpEngine(
            tmp_path / "media-relay",
            MediaRelayConfig(**(settings | config)),  # type: ignore[arg-type]
            restart_delays_s=(0.2, 1.0),
        )
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        await engine.stop()


# -- the trunk's side: plain RTP with PCMA ----------------------------------------


class Trunk(asyncio.DatagramProtocol):
    """A trunk's media: sends PCMA (and RFC 4733 digits) where the SDP says,
    keeps what comes back."""

    TELEPHONE_EVENT = 101

    def __init__(self) -> None:
        self.received: list[bytes] = []
        self.transport: asyncio.DatagramTransport | None = None
        self.destination: tuple[str, int] | None = None
        self.event_pt = self.TELEPHONE_EVENT
        self._sequence = random.randrange(1 << 16)
        self._timestamp = random.randrange(1 << 32)
        self._ssrc = random.randrange(1 << 32)
        self._encoder = av.CodecContext.create("pcm_alaw", "w")
        self._encoder.sample_rate = 8000
        self._encoder.layout = "mono"
        self._encoder.format = "s16"
        self._encoder.open()

    @classmethod
    async def open(cls) -> Trunk:
        loop = asyncio.get_running_loop()
        transport, trunk = await loop.create_datagram_endpoint(cls, local_addr=("127.0.0.1", 0))
        trunk.transport = transport
        return trunk

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        self.received.append(data)

    @property
    def port(self) -> int:
        assert self.transport is not None
        port: int = self.transport.get_extra_info("sockname")[1]
        return port

    def offer(self) -> str:
        return sdp(
            self.port,
            f"m=audio {self.port} RTP/AVP 8 0 {self.TELEPHONE_EVENT}",
            "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:0 PCMU/8000",
            f"a=rtpmap:{self.TELEPHONE_EVENT} telephone-event/8000",
            f"a=fmtp:{self.TELEPHONE_EVENT} 0-16",
        )

    def answer(self, offer: str) -> str:
        """Answers an offer from the relay with PCMA and its telephone-event."""
        self.learn(offer)
        found = re.search(r"a=rtpmap:(\d+) telephone-event/8000", offer)
        assert found is not None, offer
        self.event_pt = int(found[1])
        return sdp(
            self.port,
            f"m=audio {self.port} RTP/AVP 8 {self.event_pt}",
            "a=rtpmap:8 PCMA/8000",
            f"a=rtpmap:{self.event_pt} telephone-event/8000",
            f"a=fmtp:{self.event_pt} 0-16",
        )

    def learn(self, remote: str) -> None:
        """Where to send: the remote SDP's connection address and port."""
        address = re.search(r"^c=IN IP4 (\S+)", remote, re.MULTILINE)
        port = re.search(r"^m=audio (\d+) RTP/AVP ", remote, re.MULTILINE)
        assert address is not None and port is not None, remote
        self.destination = (address[1], int(port[1]))

    def send_audio(self, samples: np.ndarray) -> None:
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = 8000
        payload = b"".join(bytes(packet) for packet in self._encoder.encode(frame))
        self._send(PCMA, payload)
        self._timestamp += len(samples)

    def send_digit(self, event: int) -> list[bytes]:
        """The RFC 4733 packets of one 80 ms key press: three updates, then
        the end packet three times (as RFC 4733 has it, for loss)."""
        packets = []
        for n in range(1, 7):
            end = n > 3
            duration = 160 * min(n, 4)
            payload = struct.pack("!BBH", event, (0x80 if end else 0) | 10, duration)
            packets.append(self._send(self.event_pt, payload, marker=n == 1, advance=False))
        self._timestamp += 160 * 4
        return packets

    def _send(
        self, payload_type: int, payload: bytes, *, marker: bool = False, advance: bool = True
    ) -> bytes:
        assert self.transport is not None and self.destination is not None
        header = struct.pack(
            "!BBHII",
            0x80,
            payload_type | (0x80 if marker else 0),
            self._sequence,
            self._timestamp,
            self._ssrc,
        )
        self._sequence = (self._sequence + 1) & 0xFFFF
        self.transport.sendto(header + payload, self.destination)
        return header + payload

    def heard(self) -> np.ndarray:
        """The PCMA that came back, decoded, in arrival order."""
        decoder = av.CodecContext.create("pcm_alaw", "r")
        decoder.sample_rate = 8000
        decoder.layout = "mono"
        chunks: list[np.ndarray] = [np.zeros(0, dtype=np.int16)]
        for packet in self.received:
            if packet[1] & 0x7F == PCMA:
                for frame in decoder.decode(av.Packet(packet[12:])):
                    chunks.append(frame.to_ndarray().reshape(-1))
        return np.concatenate(chunks)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


def sdp(port: int, *media: str) -> str:
    lines = [
        "v=0",
        "o=- 1 1 IN IP4 127.0.0.1",
        "s=-",
        "c=IN IP4 127.0.0.1",
        "t=0 0",
        *media,
        "a=ptime:20",
        "a=sendrecv",
    ]
    return "\r\n".join(lines) + "\r\n"


# -- the WebRTC side -------------------------------------------------------------


class Opus:
    """Encodes 48 kHz mono int16 into 20 ms Opus packets, decodes them back."""

    def __init__(self) -> None:
        self.encoder = av.CodecContext.create("libopus", "w")
        self.encoder.sample_rate = 48_000
        self.encoder.layout = "mono"
        self.encoder.format = "s16"
        self.encoder.open()
        self._pts = 0

    def encode(self, samples: np.ndarray) -> list[tuple[int, bytes]]:
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = 48_000
        frame.pts = self._pts
        frame.time_base = fractions.Fraction(1, 48_000)
        self._pts += len(samples)
        return [(int(p.pts or 0), bytes(p)) for p in self.encoder.encode(frame)]

    @staticmethod
    def decode(payloads: list[bytes]) -> np.ndarray:
        decoder = av.CodecContext.create("libopus", "r")
        decoder.sample_rate = 48_000
        decoder.layout = "mono"
        chunks: list[np.ndarray] = [np.zeros(0, dtype=np.int16)]
        for payload in payloads:
            for frame in decoder.decode(av.Packet(payload)):
                samples = frame.to_ndarray()
                # Opus decodes as s16 or float, packed or planar: the first channel, as int16.
                mono = (
                    samples[0, :: len(frame.layout.channels)]
                    if frame.format.is_packed
                    else samples[0]
                )
                if mono.dtype != np.int16:
                    mono = (mono * 32767).astype(np.int16)
                chunks.append(mono)
        return np.concatenate(chunks)


async def talk(trunk: Trunk, leg_out: Callable[[int, bytes], object], seconds: float) -> int:
    """Both ends say their tone at once, a packet each 20 ms; returns the
    trunk's packet count."""
    opus = Opus()
    frames = int(seconds * 50)
    start = time.perf_counter()
    for i in range(frames):
        trunk.send_audio(tone(TONE_HZ, 8000, i * 160, 160))
        for timestamp, payload in opus.encode(tone(LEG_TONE_HZ, 48_000, i * 960, 960)):
            leg_out(timestamp, payload)
        await asyncio.sleep(max(0.0, start + (i + 1) * 0.02 - time.perf_counter()))
    return frames


def candidates(offer: str) -> set[str]:
    return set(re.findall(r"^a=candidate:\S+ \d+ \S+ \d+ (\S+) ", offer, re.MULTILINE))


# -- supervision -------------------------------------------------------------------


async def test_a_missing_rtpengine_says_how_to_install_it(tmp_path: Path) -> None:
    engine = RtpEngine(
        tmp_path / "media-relay",
        MediaRelayConfig(phone_host="127.0.0.1"),
        executable="rtpengine-is-not-installed-here",
    )
    with pytest.raises(RtpEngineNotInstalled, match="rtpengine-daemon"):
        await engine.start()
    assert not engine.running
    assert engine.dtmf_port is None


async def test_starts_stops_and_is_started_again_after_a_kill(make_engine: MakeEngine) -> None:
    engine = make_engine()
    await engine.start()
    first = engine.pid
    assert first is not None
    pid_file = engine.run_dir / "rtpengine.pid"
    assert pid_file.read_text().strip() == str(first)
    trunk = await Trunk.open()
    try:
        # Killed: started again, and it relays calls again.
        os.kill(first, signal.SIGKILL)
        await engine.start()  # started already: no second rtpengine, also now
        async with asyncio.timeout(10):
            while engine.pid in (None, first):  # noqa: ASYNC110 -- no event for it
                await asyncio.sleep(0.05)
        offer = await engine.phone_offer_to_webrtc("after-kill", "trunk-tag", trunk.offer())
        assert "PCMA/8000" in offer
    finally:
        trunk.close()
    await engine.stop()
    assert not engine.running
    assert not pid_file.exists()


async def test_a_leftover_from_a_killed_server_is_ended(make_engine: MakeEngine) -> None:
    engine = make_engine()
    executable = shutil.which("rtpengine")
    assert executable is not None
    # As a killed server leaves it: running, holding the ng port, its pid on file.
    leftover = subprocess.Popen(  # noqa: ASYNC220 -- a plain child, reaped below
        [
            executable,
            "--config-file=none",
            "--foreground",
            "--table=-1",
            f"--interface={engine.config.callnest_host}",
            f"--listen-ng={engine.config.callnest_host}:{engine.config.ng_port}",
            f"--port-min={engine.config.port_min}",
            f"--port-max={engine.config.port_max}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        engine.run_dir.mkdir(parents=True)
        (engine.run_dir / "rtpengine.pid").write_text(f"{leftover.pid}\n")
        await asyncio.sleep(0.3)  # until it has bound its ports
        await engine.start()
        assert engine.pid != leftover.pid
        assert await asyncio.to_thread(leftover.wait, 5) == -signal.SIGKILL
    finally:
        if leftover.poll() is None:
            leftover.kill()
            leftover.wait()


# -- calls ---------------------------------------------------------------------------


async def test_digit_reports_that_are_no_digits_are_ignored(
    make_engine: MakeEngine, caplog: pytest.LogCaptureFixture
) -> None:
    engine = make_engine()
    await engine.start()
    digits: list[str] = []
    engine.subscribe("c1", lambda call_id, digit: digits.append(digit))
    port = engine.dtmf_port
    assert port is not None
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for report in (
            b"not json",
            b'{"callid": "c1"}',
            b'{"callid": "c1", "event": 16}',  # flash
            b'{"callid": "c2", "event": 3}',  # another call's
            b'{"callid": "c1", "event": 12, "duration": 100}',
        ):
            s.sendto(report, ("127.0.0.1", port))
    async with asyncio.timeout(3):
        while not digits:  # noqa: ASYNC110 -- delivered by a callback
            await asyncio.sleep(0.02)
    assert digits == ["A"]
    assert caplog.text.count("an unreadable DTMF report") == 2


@pytest.mark.parametrize("phone_host", ["127.0.0.1", "127.0.0.2"])
async def test_an_inbound_call_reaches_a_leg_and_back(
    make_engine: MakeEngine, phone_host: str
) -> None:
    engine = make_engine(phone_host)
    await engine.start()
    trunk = await Trunk.open()
    heard_by_leg: list[bytes] = []

    def on_packet(leg: Leg, packet: Received, now: float) -> None:
        heard_by_leg.append(packet.payload)

    leg = Leg("phone-caller", (), on_packet, phone=True)
    digits: list[tuple[str, str]] = []
    engine.subscribe("in-1", lambda call_id, digit: digits.append((call_id, digit)))
    try:
        webrtc_offer = await engine.phone_offer_to_webrtc("in-1", "trunk-tag", trunk.offer())
        # The trunk's G.711 and keypad events reach the leg as they are (the
        # leg converts), over WebRTC's transport, on Callnest's side.
        assert re.findall(r"^m=audio \d+ (\S+) (.*?)\r?$", webrtc_offer, re.MULTILINE) == [
            ("UDP/TLS/RTP/SAVPF", "8 0 101")
        ], webrtc_offer
        assert candidates(webrtc_offer) == {"127.0.0.1"}
        leg_answer = await leg.answer(webrtc_offer)
        phone_answer = await engine.webrtc_answer_to_phone(
            "in-1", "trunk-tag", "callnest-tag", leg_answer
        )
        # The trunk's answer: its own codec and telephone-event, plain RTP,
        # on the trunk's side, nothing of WebRTC left.
        assert re.search(r"^m=audio \d+ RTP/AVP 8 0 101\r?$", phone_answer, re.MULTILINE)
        assert f"c=IN IP4 {phone_host}" in phone_answer
        assert "a=candidate" not in phone_answer and "a=fingerprint" not in phone_answer
        assert "0.0.0.0" not in phone_answer
        trunk.learn(phone_answer)
        async with asyncio.timeout(5):
            await leg.connected.wait()

        sent = await talk(
            trunk, lambda ts, payload: leg.out.push(leg, ts, payload, time.perf_counter()), 1.5
        )
        await asyncio.sleep(0.3)
        # Each side hears the other's tone: the leg hands on Opus.
        from_trunk = Opus.decode(heard_by_leg)
        assert len(from_trunk) > 48_000
        assert dominant_hz(from_trunk[-48_000:], 48_000) == pytest.approx(TONE_HZ, abs=5)
        from_leg = trunk.heard()
        assert len(from_leg) > 8000
        assert dominant_hz(from_leg[-8000:], 8000) == pytest.approx(LEG_TONE_HZ, abs=5)

        # Keypad digits, as RFC 4733 events.
        for event in (5, 11, 0, 10):  # 5 # 0 *
            trunk.send_digit(event)
            await asyncio.sleep(0.05)
        async with asyncio.timeout(3):
            while len(digits) < 4:  # noqa: ASYNC110 -- delivered by a callback
                await asyncio.sleep(0.02)
        assert digits == [("in-1", "5"), ("in-1", "#"), ("in-1", "0"), ("in-1", "*")]

        stats = await engine.stats("in-1")
        # The tone's packets and the digits' (six each), all of them on loopback.
        assert stats.packets_in == sent + 4 * 6
        assert stats.bytes_in == sent * (12 + 160) + 4 * 6 * (12 + 4)
        assert stats.errors_in == 0
        assert stats.silent_s < 3
        # rtpengine keeps the trunk's RTCP figures only once it knows both
        # sides' round trips: this trunk sends no RTCP at all.
        assert stats.loss_pct is None and stats.jitter_ms is None

        await engine.delete("in-1")
        with pytest.raises(NgError, match="Unknown call-id"):
            await engine.stats("in-1")
        # Nothing reaches the trunk any more.
        before = len(trunk.received)
        await talk(
            trunk, lambda ts, payload: leg.out.push(leg, ts, payload, time.perf_counter()), 0.3
        )
        await asyncio.sleep(0.2)
        assert len(trunk.received) == before
    finally:
        await leg.close()
        trunk.close()


async def test_an_outbound_call_from_a_phone_leg(make_engine: MakeEngine) -> None:
    engine = make_engine()
    await engine.start()
    trunk = await Trunk.open()
    heard_by_leg: list[bytes] = []
    leg = Leg(
        "phone-callee",
        (),
        lambda leg, packet, now: heard_by_leg.append(packet.payload),
        phone=True,
    )
    digits: list[str] = []
    engine.subscribe("out-1", lambda call_id, digit: digits.append(digit))
    try:
        trunk_offer = await engine.webrtc_offer_to_phone("out-1", "callnest-tag", await leg.offer())
        # The trunk is offered G.711 (A-law first) and keypad events over
        # plain RTP, nothing else.
        codecs = re.findall(r"^a=rtpmap:\d+ (\S+)\r?$", trunk_offer, re.MULTILINE)
        assert codecs == ["PCMA/8000", "PCMU/8000", "telephone-event/8000"], trunk_offer
        assert re.search(r"^m=audio \d+ RTP/AVP ", trunk_offer, re.MULTILINE)
        assert "a=extmap" not in trunk_offer and "a=fingerprint" not in trunk_offer
        answer = await engine.phone_answer_to_webrtc(
            "out-1", "callnest-tag", "trunk-tag", trunk.answer(trunk_offer)
        )
        # The leg is answered with the trunk's choice.
        assert re.findall(r"^a=rtpmap:\d+ (\S+)\r?$", answer, re.MULTILINE)[0] == "PCMA/8000"
        await leg.accept(answer)
        async with asyncio.timeout(5):
            await leg.connected.wait()

        await talk(
            trunk, lambda ts, payload: leg.out.push(leg, ts, payload, time.perf_counter()), 1.5
        )
        trunk.send_digit(7)
        await asyncio.sleep(0.3)

        from_trunk = Opus.decode(heard_by_leg)
        assert len(from_trunk) > 48_000
        assert dominant_hz(from_trunk[-48_000:], 48_000) == pytest.approx(TONE_HZ, abs=5)
        from_leg = trunk.heard()
        assert len(from_leg) > 8000
        assert dominant_hz(from_leg[-8000:], 8000) == pytest.approx(LEG_TONE_HZ, abs=5)
        async with asyncio.timeout(3):
            while not digits:  # noqa: ASYNC110 -- delivered by a callback
                await asyncio.sleep(0.02)
        assert digits == ["7"]
        await engine.delete("out-1")

        # A trunk configured for µ-law only is offered µ-law only.
        mu_law = Leg("phone-callee", (), lambda leg, packet, now: None, phone=True)
        try:
            offer = await engine.webrtc_offer_to_phone("out-2", "tag", await mu_law.offer(["PCMU"]))
        finally:
            await mu_law.close()
        codecs = re.findall(r"^a=rtpmap:\d+ (\S+)\r?$", offer, re.MULTILINE)
        assert codecs == ["PCMU/8000", "telephone-event/8000"], offer
        await engine.delete("out-2")
    finally:
        await leg.close()
        trunk.close()


async def test_the_trunk_is_told_the_public_address(make_engine: MakeEngine) -> None:
    engine = make_engine("127.0.0.2", phone_advertised="203.0.113.7")
    await engine.start()
    trunk = await Trunk.open()
    leg = Leg("phone-caller", (), lambda leg, packet, now: None, phone=True)
    try:
        webrtc_offer = await engine.phone_offer_to_webrtc("nat-1", "trunk-tag", trunk.offer())
        assert candidates(webrtc_offer) == {"127.0.0.1"}
        assert "203.0.113.7" not in webrtc_offer
        phone_answer = await engine.webrtc_answer_to_phone(
            "nat-1", "trunk-tag", "callnest-tag", await leg.answer(webrtc_offer)
        )
        assert "c=IN IP4 203.0.113.7" in phone_answer
        assert "127.0.0." not in phone_answer
    finally:
        await leg.close()
        trunk.close()


async def test_refusals_and_unknown_calls(make_engine: MakeEngine) -> None:
    engine = make_engine()
    await engine.start()
    with pytest.raises(NgError, match="SDP"):
        await engine.phone_offer_to_webrtc("bad-1", "trunk-tag", "this is not SDP")
    with pytest.raises(NgError, match="Unknown call-id"):
        await engine.webrtc_answer_to_phone("nobody", "a", "b", sdp(4000, "m=audio 4000 RTP/AVP 8"))
    with pytest.raises(NgError, match="Unknown call-id"):
        await engine.stats("nobody")
    await engine.delete("nobody")  # already ended: nothing to do


def test_the_trunks_rtcp_figures_are_read_from_a_query() -> None:
    """The figures rtpengine keeps from a trunk's RTCP receiver reports, where
    its query puts them (under the trunk's SSRC; 10.5's layout)."""
    stream: dict[str, NgValue] = {
        "local port": 20010,
        "flags": ["RTP", "filled"],
        "SSRC": 1234,
        "last packet": 1_000_000,
        "stats": {"packets": 500, "bytes": 86_000, "errors": 1},
    }
    reply: dict[str, NgValue] = {
        "SSRC": {
            "1234": {
                "cumulative loss": 7,
                "average MOS": {"MOS": 41, "jitter": 12, "packet loss": 3, "samples": 4},
            }
        },
        "tags": {
            "callnest-tag": {
                "medias": [{"protocol": "UDP/TLS/RTP/SAVPF", "streams": [dict(stream, SSRC=9)]}]
            },
            "trunk-tag": {"medias": [{"protocol": "RTP/AVP", "streams": [stream]}]},
        },
        "result": "ok",
    }
    assert _phone_side(reply, 1_000_002.5) == PhoneSideStats(
        packets_in=500, bytes_in=86_000, errors_in=1, silent_s=2.5, loss_pct=3.0, jitter_ms=12.0
    )
