"""A phone leg's audio: G.711 on the wire, Opus inside.

Trunks speak G.711 (A-law or µ-law, 8 kHz); everything behind a leg --
forwarding to the agent's link, hold music, recording, monitoring -- speaks
Opus with 48 kHz timestamps. rtpengine could turn one into the other, but it
encodes Opus from audio it first resamples to 48 kHz, in stereo, at the
highest complexity (10.5 has no option for it): measured by ``callnest-bench
phone``, 3.4 % of a core per call. The narrowband audio a phone sends needs
none of that: with the G.711 tables, encoding it with libopus at 8 kHz takes
about 38 µs a 20 ms frame, and decoding the agent's Opus straight to 8 kHz
about 13 µs (``libopus``) -- about 0.25 % of a core per call. So rtpengine
only carries the packets (RTP on the trunk's side, DTLS-SRTP on ours) and a
phone leg converts at its edge, where it receives and where it sends.

Each direction keeps its own codec state, so a leg holds one converter each
way: :class:`PhoneToOpus` where it receives, :class:`OpusToPhone` where it
sends.
"""

from __future__ import annotations

import functools
from typing import cast

import av
import numpy as np
from av.audio.codeccontext import AudioCodecContext

from callnest.server.media.libopus import Decoder, Encoder, OpusError
from callnest.server.media.oggopus import FRAME_SAMPLES, OPUS_RATE

G711_RATE = 8_000
# FFmpeg's G.711 codecs, by the MIME type aiortc negotiates.
LAWS = {"audio/pcma": "pcm_alaw", "audio/pcmu": "pcm_mulaw"}
TO_48K = OPUS_RATE // G711_RATE
OPUS_FRAME = FRAME_SAMPLES // TO_48K  # 20 ms at 8 kHz: what one Opus packet carries
# libopus's "audio" mode (CELT here) at 40 kbit/s keeps a phone call's
# quality: PESQ of a sentence through A-law alone 4.15, then through Opus 4.12
# at 40 kbit/s, 4.03 at 32, 3.24 at 20. Its "voip" mode (SILK) reaches 4.12 at
# 20 kbit/s but costs three times the CPU (130 µs a frame against 40); the
# agent's link has room for the difference.
OPUS_BIT_RATE = 40_000
HALF_RANGE = 1 << 31


def is_g711(mime_type: str) -> bool:
    return mime_type.lower() in LAWS


@functools.cache
def _tables(law: str) -> tuple[np.ndarray, np.ndarray]:
    """(the byte for every 16-bit sample, the sample for every byte) of one
    law, taken once from FFmpeg's codec rather than written again here."""
    every_sample = np.arange(-32768, 32768, dtype=np.int16)
    encoder = cast(AudioCodecContext, av.CodecContext.create(law, "w"))
    encoder.sample_rate = G711_RATE
    encoder.layout = "mono"
    encoder.format = "s16"
    frame = av.AudioFrame.from_ndarray(every_sample.reshape(1, -1), format="s16", layout="mono")
    frame.sample_rate = G711_RATE
    encoded = b"".join(bytes(p) for p in (*encoder.encode(frame), *encoder.encode(None)))
    decoder = cast(AudioCodecContext, av.CodecContext.create(law, "r"))
    decoder.sample_rate = G711_RATE
    decoder.layout = "mono"
    decoded = np.concatenate(
        [f.to_ndarray()[0] for f in decoder.decode(av.Packet(bytes(range(256))))]
    )
    # Indexed by the sample's 16 bits read as unsigned (int16 -32768 is index 0).
    encode = np.frombuffer(encoded, dtype=np.uint8).copy()
    encode = np.roll(encode, -32768)
    return encode, decoded.astype(np.int16)


def _law(mime_type: str) -> str:
    try:
        return LAWS[mime_type.lower()]
    except KeyError:
        raise ValueError(f"{mime_type} is not G.711") from None


class _Timeline:
    """A timestamp counted in another clock (``times`` or ``divided`` by a
    whole factor), without the jump its 32-bit wrap would make."""

    def __init__(self, *, times: int = 1, divided: int = 1) -> None:
        self._times, self._divided = times, divided
        self._last: int | None = None
        self._out = 0

    def __call__(self, timestamp: int) -> int:
        if self._last is None:
            out = timestamp * self._times // self._divided
        else:
            step = ((timestamp - self._last + HALF_RANGE) & 0xFFFFFFFF) - HALF_RANGE
            out = self._out + step * self._times // self._divided
        self._last = timestamp
        self._out = out = out & 0xFFFFFFFF
        return out


class PhoneToOpus:
    """What a phone leg receives, G.711 of any packet time, as 20 ms Opus
    packets with 48 kHz timestamps."""

    def __init__(self, mime_types: dict[int, str]) -> None:
        """``mime_types``: the G.711 codecs negotiated, by payload type."""
        self._decode = {pt: _tables(_law(mime))[1] for pt, mime in mime_types.items()}
        self._encoder = Encoder(G711_RATE, OPUS_BIT_RATE, OPUS_FRAME)
        self._timeline = _Timeline(times=TO_48K)
        self._pending = np.zeros(0, dtype=np.int16)
        self._next: int | None = None  # the 8 kHz timestamp the pending audio ends at

    def convert(self, payload_type: int, timestamp: int, payload: bytes) -> list[tuple[int, bytes]]:
        """The Opus packets ``payload`` completes, each with its 48 kHz timestamp."""
        codes = np.frombuffer(payload, dtype=np.uint8)
        encoder = self._encoder
        if self._next == timestamp and not len(self._pending) and len(codes) == OPUS_FRAME:
            # Every trunk's usual: 20 ms packets, in order.
            np.take(self._decode[payload_type], codes, out=encoder.frame)
            self._next = (timestamp + OPUS_FRAME) & 0xFFFFFFFF
            return [(self._timeline(timestamp), encoder.encode())]
        samples = self._decode[payload_type][codes]
        if self._next != timestamp:  # a loss or a new talkspurt: start a fresh frame here
            self._pending = samples
            start = timestamp
        else:
            start = (timestamp - len(self._pending)) & 0xFFFFFFFF
            self._pending = np.concatenate((self._pending, samples))
        self._next = (timestamp + len(samples)) & 0xFFFFFFFF
        out = []
        while len(self._pending) >= OPUS_FRAME:
            encoder.frame[:] = self._pending[:OPUS_FRAME]
            out.append((self._timeline(start), encoder.encode()))
            self._pending = self._pending[OPUS_FRAME:]
            start = (start + OPUS_FRAME) & 0xFFFFFFFF
        return out


class OpusToPhone:
    """What a phone leg sends: each Opus packet, whoever's it is, as G.711
    of the same length, with 8 kHz timestamps."""

    def __init__(self, mime_type: str) -> None:
        self._encode = _tables(_law(mime_type))[0]
        self._decoder = Decoder(G711_RATE)
        self._timeline = _Timeline(divided=TO_48K)

    def convert(self, timestamp: int, opus: bytes) -> tuple[int, bytes]:
        """``opus`` (48 kHz ``timestamp``) as G.711 and its 8 kHz timestamp;
        empty when the packet could not be decoded."""
        try:
            pcm = self._decoder.decode(opus)
        except OpusError:
            return self._timeline(timestamp), b""
        return self._timeline(timestamp), self._encode.take(pcm.view(np.uint16)).tobytes()
