"""A phone leg's conversions between G.711 and Opus: the laws' tables, the
framing of any packet time into 20 ms Opus, timestamps across losses and the
32-bit wrap, and what a broken packet does."""

from __future__ import annotations

import ctypes.util
import itertools

import av
import numpy as np
import pytest

from callnest.server.media import libopus
from callnest.server.media.g711 import OpusToPhone, PhoneToOpus, _tables
from unit.server.media.audio import dominant_hz, encode_tone, tone

PCMA, PCMU = 8, 0


def alaw(samples: np.ndarray) -> bytes:
    return bytes(_tables("pcm_alaw")[0][samples.view(np.uint16)])


def decode_opus(payloads: list[bytes]) -> np.ndarray:
    decoder = av.CodecContext.create("libopus", "r")
    decoder.sample_rate, decoder.layout = 48_000, "mono"
    chunks = []
    for payload in payloads:
        for frame in decoder.decode(av.Packet(payload)):
            samples = frame.to_ndarray()[0]
            chunks.append(samples if samples.dtype == np.int16 else samples * 32767)
    return np.concatenate(chunks)


def test_the_tables_are_g711s() -> None:
    # ITU-T G.711: silence is 0xD5 in A-law (even bits inverted) and 0xFF in µ-law.
    alaw_encode, alaw_decode = _tables("pcm_alaw")
    ulaw_encode, ulaw_decode = _tables("pcm_mulaw")
    assert alaw_encode[0] == 0xD5 and ulaw_encode[0] == 0xFF
    assert alaw_decode[0xD5] == 8 and ulaw_decode[0xFF] == 0
    # Negative samples are found by their 16 bits read unsigned.
    assert alaw_encode[np.array([-1000], dtype=np.int16).view(np.uint16)][0] == 0x7A
    # Each law round-trips every byte it can write.
    for encode, decode in ((alaw_encode, alaw_decode), (ulaw_encode, ulaw_decode)):
        codes = np.arange(256, dtype=np.uint8)
        assert (encode[decode[codes].view(np.uint16)] == codes).sum() >= 255  # µ-law's two zeros


def test_20_ms_packets_become_one_opus_packet_each_at_48_khz() -> None:
    to_opus = PhoneToOpus({PCMA: "audio/PCMA"})
    start = 4_000_000
    out = []
    for i in range(50):
        packets = to_opus.convert(PCMA, start + i * 160, alaw(tone(440, 8000, i * 160, 160)))
        assert len(packets) == 1
        out += packets
    timestamps = [t for t, _ in out]
    assert timestamps == [start * 6 + i * 960 for i in range(50)]
    heard = decode_opus([p for _, p in out])
    assert dominant_hz(heard[-24_000:], 48_000) == pytest.approx(440, abs=5)


def test_30_ms_packets_are_framed_again_into_20_ms() -> None:
    to_opus = PhoneToOpus({PCMU: "audio/PCMU"})
    ulaw = _tables("pcm_mulaw")[0]
    out = []
    for i in range(4):
        samples = tone(440, 8000, i * 240, 240)
        out += to_opus.convert(PCMU, 1000 + i * 240, bytes(ulaw[samples.view(np.uint16)]))
    # 120 ms of audio: six Opus packets, back to back.
    assert [t for t, _ in out] == [6000 + i * 960 for i in range(6)]


def test_a_loss_starts_a_fresh_frame_where_the_audio_goes_on() -> None:
    to_opus = PhoneToOpus({PCMA: "audio/PCMA"})
    first = to_opus.convert(PCMA, 0, alaw(tone(440, 8000, 0, 160)))
    # Half a frame arrives, then the next packet is lost: the half is dropped.
    assert to_opus.convert(PCMA, 160, alaw(tone(440, 8000, 160, 80))) == []
    after = to_opus.convert(PCMA, 800, alaw(tone(440, 8000, 800, 160)))
    assert [t for t, _ in first + after] == [0, 800 * 6]


def test_timestamps_go_on_across_the_32_bit_wrap() -> None:
    to_opus = PhoneToOpus({PCMA: "audio/PCMA"})
    start = (1 << 32) - 320
    out = []
    for i in range(4):
        out += to_opus.convert(PCMA, (start + i * 160) & 0xFFFFFFFF, alaw(tone(440, 8000, 0, 160)))
    timestamps = [t for t, _ in out]
    steps = [(b - a) & 0xFFFFFFFF for a, b in itertools.pairwise(timestamps)]
    assert steps == [960, 960, 960]

    to_phone = OpusToPhone("audio/PCMA")
    opus = encode_tone(0.1)
    start48 = (1 << 32) - 2 * 960
    sent = [to_phone.convert((start48 + i * 960) & 0xFFFFFFFF, p)[0] for i, p in enumerate(opus)]
    steps = [(b - a) & 0xFFFFFFFF for a, b in itertools.pairwise(sent)]
    assert steps == [160] * (len(sent) - 1)


def test_opus_becomes_g711_of_the_same_length() -> None:
    to_phone = OpusToPhone("audio/PCMA")
    decode_table = _tables("pcm_alaw")[1]
    heard = []
    for i, packet in enumerate(encode_tone(1.0, hz=1000)):
        timestamp, payload = to_phone.convert(96_000 + i * 960, packet)
        assert timestamp == 16_000 + i * 160
        assert len(payload) == 160
        heard.append(decode_table[np.frombuffer(payload, dtype=np.uint8)])
    samples = np.concatenate(heard)
    assert dominant_hz(samples[-8000:], 8000) == pytest.approx(1000, abs=5)


def test_a_broken_opus_packet_sends_nothing_and_the_next_goes_on() -> None:
    to_phone = OpusToPhone("audio/PCMU")
    packets = encode_tone(0.1)
    assert to_phone.convert(0, packets[0])[1]
    # A TOC byte announcing more frames than the packet holds: libopus refuses it.
    assert to_phone.convert(960, b"\xff\xff") == (160, b"")
    assert len(to_phone.convert(1920, packets[1])[1]) == 160


def test_a_missing_libopus_says_which_package_brings_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(libopus, "_lib", None)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    with pytest.raises(libopus.OpusError, match="libopus0"):
        libopus.Decoder(8000)
