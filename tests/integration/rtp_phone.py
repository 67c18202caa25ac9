"""The phone at the far end of a trunk, as the tests play it: plain RTP with
G.711 A-law (PCMA, payload type 8) on a UDP socket, 20 ms a packet, and
RFC 4733 keypad digits (payload type 101).

It sends, from the moment it is told where (:meth:`send_to`, the address in
the answer's SDP), a packet every 20 ms: speech when it has some to say,
silence otherwise, as a phone does. What it hears is kept as 8 kHz int16
samples, one frame per packet in arrival order."""

from __future__ import annotations

import asyncio
import random
import struct
from typing import cast

import numpy as np

RATE = 8_000
FRAME = 160  # samples in 20 ms
PCMA, TELEPHONE_EVENT = 8, 101
_SEGMENT_ENDS = np.array([0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF])


def _alaw_decode_table() -> np.ndarray:
    table = np.zeros(256, dtype=np.int16)
    for code in range(256):
        value = code ^ 0x55
        t = (value & 0x0F) << 4
        segment = (value & 0x70) >> 4
        if segment == 0:
            t += 8
        elif segment == 1:
            t += 0x108
        else:
            t = (t + 0x108) << (segment - 1)
        table[code] = t if value & 0x80 else -t
    return table


def _alaw_encode_table() -> np.ndarray:
    """ITU-T G.711 A-law for every int16 value (Sun's reference algorithm)."""
    pcm = np.arange(-32768, 32768, dtype=np.int32) >> 3
    mask = np.where(pcm >= 0, 0xD5, 0x55)
    magnitude = np.where(pcm >= 0, pcm, -pcm - 1)
    segment = np.searchsorted(_SEGMENT_ENDS, magnitude)
    shift = np.where(segment < 2, 1, segment)
    code = (np.minimum(segment, 7) << 4) | ((magnitude >> np.minimum(shift, 7)) & 0x0F)
    code = np.where(segment >= 8, 0x7F, code)
    return (code ^ mask).astype(np.uint8)


ALAW_DECODE = _alaw_decode_table()
ALAW_ENCODE = _alaw_encode_table()
SILENCE = ALAW_ENCODE[32768]  # the code for 0


def alaw_encode(samples: np.ndarray) -> bytes:
    return bytes(ALAW_ENCODE[samples.astype(np.int32) + 32768])


def alaw_decode(payload: bytes) -> np.ndarray:
    decoded: np.ndarray = ALAW_DECODE[np.frombuffer(payload, dtype=np.uint8)]
    return decoded


class RtpPhone(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.transport: asyncio.DatagramTransport | None = None
        self.far: tuple[str, int] | None = None  # where the answer wants our audio
        self.heard: list[np.ndarray] = []
        self.events: list[int] = []  # RFC 4733 events received (digits 0-9 = 0-9)
        self.answered = asyncio.Event()  # the first packet came
        self._ssrc = random.getrandbits(32)
        self._seq = random.getrandbits(16)
        self._ts = random.getrandbits(32)
        self._talk: asyncio.Task[None] | None = None
        self._speech: list[bytes] = []

    @classmethod
    async def open(cls, host: str = "127.0.0.1") -> RtpPhone:
        loop = asyncio.get_running_loop()
        _, phone = await loop.create_datagram_endpoint(cls, local_addr=(host, 0))
        phone._talk = asyncio.create_task(phone._send_forever())
        return phone

    @property
    def port(self) -> int:
        assert self.transport is not None
        port: int = self.transport.get_extra_info("sockname")[1]
        return port

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        if len(data) < 12 or data[0] >> 6 != 2:
            return  # RTCP comes to port + 1; anything else is not ours
        self.answered.set()
        payload_type = data[1] & 0x7F
        header = 12 + 4 * (data[0] & 0x0F)
        if payload_type == PCMA:
            self.heard.append(alaw_decode(data[header:]))
        elif payload_type == TELEPHONE_EVENT and data[1] & 0x80:
            self.events.append(data[header])

    def send_to(self, host: str, port: int) -> None:
        self.far = (host, port)

    def say(self, samples_8k: np.ndarray) -> None:
        """Queues speech (8 kHz int16); silence is sent around it."""
        padded = np.concatenate([samples_8k, np.zeros(-len(samples_8k) % FRAME, dtype=np.int16)])
        self._speech += [alaw_encode(padded[i : i + FRAME]) for i in range(0, len(padded), FRAME)]

    def press(self, digit: int, duration_ms: int = 100) -> None:
        """An RFC 4733 event: start, updates, three end packets (RFC 4733 2.5.1.4)."""
        assert self.transport is not None and self.far is not None
        self._ts = (self._ts + FRAME) & 0xFFFFFFFF
        steps = duration_ms // 20
        for step in range(1, steps + 4):
            end = step >= steps
            length = min(step, steps) * FRAME
            payload = struct.pack("!BBH", digit, (0x80 if end else 0) | 10, length)
            self._send(TELEPHONE_EVENT, payload, marker=step == 1)

    def vanish(self) -> None:
        """Stops sending anything, as a trunk whose network went away."""
        self.far = None

    def mark(self) -> int:
        return len(self.heard)

    def since(self, mark: int) -> np.ndarray:
        frames = self.heard[mark:]
        return np.concatenate(frames) if frames else np.zeros(0, dtype=np.int16)

    async def _send_forever(self) -> None:
        loop = asyncio.get_running_loop()
        next_at = loop.time()
        while True:
            next_at += FRAME / RATE
            await asyncio.sleep(max(0.0, next_at - loop.time()))
            if self.far is None:
                continue
            payload = self._speech.pop(0) if self._speech else bytes([SILENCE]) * FRAME
            self._ts = (self._ts + FRAME) & 0xFFFFFFFF
            self._send(PCMA, payload)

    def _send(self, payload_type: int, payload: bytes, *, marker: bool = False) -> None:
        assert self.transport is not None and self.far is not None
        self._seq = (self._seq + 1) & 0xFFFF
        header = struct.pack(
            "!BBHII", 0x80, (0x80 if marker else 0) | payload_type, self._seq, self._ts, self._ssrc
        )
        self.transport.sendto(header + payload, self.far)

    async def close(self) -> None:
        if self._talk is not None:
            self._talk.cancel()
            await asyncio.gather(self._talk, return_exceptions=True)
        if self.transport is not None:
            self.transport.close()
