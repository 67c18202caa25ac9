"""Opus packets and Ogg pages, checked against FFmpeg and libopus (via PyAV)."""

from __future__ import annotations

import io
from pathlib import Path

import av
import numpy as np
import pytest

from callnest.server.media.oggopus import (
    SILENCE,
    ogg_crc,
    ogg_opus_bytes,
    opus_packet_samples,
    read_packets,
)

from .audio import decode, demux, encode_tone


@pytest.mark.parametrize(
    ("payload", "samples"),
    [
        (bytes([0x78, 1, 2]), 960),  # config 15: hybrid fullband 20 ms, one frame
        (bytes([0xF8, 0xFF, 0xFE]), 960),  # config 31: CELT fullband 20 ms
        (bytes([0x08, 1]), 960),  # config 1: SILK narrowband 20 ms
        (bytes([0x00, 1]), 480),  # config 0: SILK narrowband 10 ms
        (bytes([0x18, 1]), 2880),  # config 3: SILK narrowband 60 ms
        (bytes([0x79, 1, 2]), 1920),  # config 15, code 1: two equal frames
        (bytes([0x82, 1, 2]), 240),  # config 16 (CELT 2.5 ms), code 2: two frames
        (bytes([0xE3, 0x03, 1]), 360),  # config 28 (CELT 2.5 ms), code 3: three frames
    ],
)
def test_packet_duration_comes_from_the_toc(payload: bytes, samples: int) -> None:
    assert opus_packet_samples(payload) == samples


def test_code_3_packets_count_their_frames() -> None:
    assert opus_packet_samples(bytes([0xFB, 0x03, 0, 0])) == 3 * 960  # CELT 20 ms x 3
    assert opus_packet_samples(bytes([0x03, 0x02, 0])) == 2 * 480  # SILK 10 ms x 2


@pytest.mark.parametrize(
    "payload",
    [b"", bytes([0x03]), bytes([0xFB, 0x00]), bytes([0x1B, 0x03])],
    ids=["empty", "code 3 without count", "zero frames", "over 120 ms"],
)
def test_malformed_packets_are_rejected(payload: bytes) -> None:
    with pytest.raises(ValueError, match="Opus"):
        opus_packet_samples(payload)


def test_silence_is_a_20_ms_packet_libopus_decodes_to_zeros() -> None:
    assert opus_packet_samples(SILENCE) == 960
    decoder = av.CodecContext.create("libopus", "r")
    decoder.sample_rate = 48_000
    decoder.layout = "mono"
    frames = [f.to_ndarray() for _ in range(10) for f in decoder.decode(av.Packet(SILENCE))]
    pcm = np.concatenate(frames, axis=1)
    assert pcm.shape == (1, 9600)
    assert not pcm.any()


def reference_crc(data: bytes) -> int:
    """Ogg's CRC the slow, obvious way: MSB first, poly 0x04C11DB7, init 0."""
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7 if crc & 0x80000000 else crc << 1) & 0xFFFFFFFF
    return crc


def test_crc_matches_the_definition_and_ffmpegs_pages() -> None:
    for data in (b"", b"\x00", b"OggS", bytes(range(256)) * 3):
        assert ogg_crc(data) == reference_crc(data)
    # Every page FFmpeg's Ogg muxer writes carries the checksum we compute.
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=48_000, layout="mono")
        frame = av.AudioFrame.from_ndarray(np.zeros((1, 960), np.int16), "s16", "mono")
        frame.sample_rate = 48_000
        for i in range(60):
            frame.pts = i * 960
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    data, checked = buffer.getvalue(), 0
    while data:
        count = data[26]
        size = 27 + count + sum(data[27 : 27 + count])
        page, data = bytearray(data[:size]), data[size:]
        stored = int.from_bytes(page[22:26], "little")
        page[22:26] = bytes(4)
        assert ogg_crc(bytes(page)) == stored
        checked += 1
    assert checked >= 3


def test_a_written_stream_reads_back_packet_for_packet(tmp_path: Path) -> None:
    tone = encode_tone(1.0)
    path = tmp_path / "tone.ogg"
    path.write_bytes(ogg_opus_bytes(tone, tags=["TITLE=tone"]))
    assert read_packets(path) == tone
    assert demux(path) == [list(tone)]
    # Pre-skip 0: it decodes to exactly its packets' duration.
    assert len(decode(path)) == len(tone) * 960


def test_reading_rejects_packets_that_are_not_20_ms(tmp_path: Path) -> None:
    path = tmp_path / "sixty.ogg"
    path.write_bytes(ogg_opus_bytes([SILENCE, bytes([0x18, 0, 0])]))  # SILK 60 ms
    with pytest.raises(ValueError, match=r"sixty\.ogg: packet 1 lasts 60 ms"):
        read_packets(path)


def test_reading_rejects_a_file_without_opus(tmp_path: Path) -> None:
    path = tmp_path / "pcm.wav"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("pcm_s16le", rate=8000, layout="mono")
        frame = av.AudioFrame.from_ndarray(np.zeros((1, 800), np.int16), "s16", "mono")
        frame.sample_rate = 8000
        out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    with pytest.raises(ValueError, match="expected one Opus stream"):
        read_packets(path)
