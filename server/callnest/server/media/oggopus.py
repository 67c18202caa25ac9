"""Opus packets in and out of Ogg files, never decoded: reading pre-encoded
clips (hold music, prompts) and recording bridged calls.

The server forwards Opus between WebRTC legs as it arrives, so a recording is
the forwarded packets muxed into Ogg/Opus (RFC 3533 pages carrying RFC 7845
streams) -- no decoder, no encoder, no resampler on the event loop.

``CallRecorder`` writes the pages itself in pure Python rather than through
PyAV's muxer: per packet it is a table look-up, a list append and a few integer
operations (about 2 µs of CPU, page building included, against about 5 µs
for ``mux()`` of an ``av.Packet``); it needs no encoder opened just to
describe streams it never encodes; it sets the granule positions that keep
the two legs aligned; and its headers are on disk from the start, so a crash
leaves a playable file.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import random
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

import av

log = logging.getLogger("callnest.media")

OPUS_RATE = 48_000  # RFC 7845 §4: granule positions always count 48 kHz samples
FRAME_SAMPLES = 960  # one 20 ms packet
FRAME_S = FRAME_SAMPLES / OPUS_RATE

# A valid 20 ms Opus packet that decodes to digital silence: TOC 0xF8 is CELT
# fullband 20 ms, mono, one frame (RFC 6716 §3.1); the range-coded frame 0xFF
# 0xFE decodes CELT's first symbol, the "silence" flag (§4.3), as set, so the
# decoder outputs zeros. Other real-time stacks (discord.py's OPUS_SILENCE, for
# one) send the same three bytes.
SILENCE = b"\xf8\xff\xfe"

# Frame duration in 48 kHz samples by TOC configuration number (RFC 6716
# §3.1, Table 2): 0-11 SILK 10/20/40/60 ms, 12-15 hybrid 10/20 ms, 16-31 CELT
# 2.5/5/10/20 ms.
_FRAME_SAMPLES_BY_CONFIG = (
    *(480, 960, 1920, 2880) * 3,
    *(480, 960) * 2,
    *(120, 240, 480, 960) * 4,
)
# Packet duration by whole TOC byte, 0 where it depends on more (code 3).
_SAMPLES_BY_TOC = tuple(
    (1 if toc & 3 == 0 else 2) * _FRAME_SAMPLES_BY_CONFIG[toc >> 3] if toc & 3 != 3 else 0
    for toc in range(256)
)
_MAX_PACKET_SAMPLES = 5760  # 120 ms: the longest packet RFC 6716 §3.2.5 allows


def opus_packet_samples(payload: bytes) -> int:
    """The packet's duration in 48 kHz samples, read from its TOC byte.

    The low two bits of the TOC say how many frames follow (RFC 6716 §3.1):
    0 one, 1 and 2 two (equal or different sizes), 3 an arbitrary count given
    in the low six bits of the next byte (§3.2.5).
    """
    if not payload:
        raise ValueError("empty Opus packet")
    toc = payload[0]
    code = toc & 0x3
    if code == 0:
        frames = 1
    elif code < 3:
        frames = 2
    elif len(payload) < 2:
        raise ValueError("Opus code 3 packet without its frame count byte")
    else:
        frames = payload[1] & 0x3F
    samples = frames * _FRAME_SAMPLES_BY_CONFIG[toc >> 3]
    if not 0 < samples <= _MAX_PACKET_SAMPLES:
        raise ValueError(f"Opus packet of {frames} frames: outside 1 frame .. 120 ms")
    return samples


def read_packets(path: Path | str) -> tuple[bytes, ...]:
    """An Ogg/Opus file's packets, as they are: each must be 20 ms, the only
    packet time the forwarding path (and every WebRTC peer) deals in."""
    with av.open(str(path)) as container:
        streams = [s for s in container.streams.audio if s.codec_context.name == "opus"]
        if len(streams) != 1:
            raise ValueError(f"{path}: expected one Opus stream, found {len(streams)}")
        # Flushing "packets" at the end of demux carry no data.
        packets = tuple(bytes(p) for p in container.demux(streams[0]) if p.size)
    for index, packet in enumerate(packets):
        try:
            samples = opus_packet_samples(packet)
        except ValueError as e:
            raise ValueError(f"{path}: packet {index}: {e}") from None
        if samples != FRAME_SAMPLES:
            raise ValueError(
                f"{path}: packet {index} lasts {samples / 48:g} ms; every packet must be 20 ms"
            )
    return packets


# ---------------------------------------------------------------- Ogg pages

_BITREV = bytes(int(f"{i:08b}"[::-1], 2) for i in range(256))


def ogg_crc(data: bytes) -> int:
    """Ogg's page checksum (RFC 3533 §6): CRC-32 with polynomial 0x04C11DB7,
    MSB first, initial value 0 and no final XOR.

    zlib computes the bit-reflected CRC-32 (same polynomial, LSB first, init
    and final XOR 0xFFFFFFFF). Feeding it bit-reversed bytes and reversing the
    result gives the MSB-first CRC; passing 0xFFFFFFFF as the running value and
    XOR-ing it back cancels zlib's pre- and post-inversion. Everything stays in
    C: a page costs a couple of microseconds instead of a Python byte loop.
    """
    crc = zlib.crc32(data.translate(_BITREV), 0xFFFFFFFF) ^ 0xFFFFFFFF
    return int.from_bytes(crc.to_bytes(4, "little").translate(_BITREV), "big")


_PAGE_HEADER = struct.Struct("<4sBBqIIIB")
_BOS, _EOS = 0x02, 0x04
# A page is written once it holds this many packets (one second): few enough
# that a crash loses little, many enough that page overhead (27 bytes plus one
# lacing byte a packet) and checksumming stay small.
_PAGE_PACKETS = 50
_MAX_SEGMENTS = 255  # lacing values a page can hold (RFC 3533 §6)


def ogg_page(serial: int, sequence: int, granule: int, packets: list[bytes], flags: int) -> bytes:
    """One Ogg page holding whole packets (none continues onto the next page)."""
    try:
        # The common case, every packet shorter than 255 bytes: one lacing
        # value each, its length, built in C.
        lacing = bytes(map(len, packets))
        if 255 in lacing:
            raise ValueError
    except ValueError:
        # A packet is a run of 255-byte segments ended by one shorter (maybe
        # empty) segment, so a multiple of 255 still needs a trailing 0.
        lacing = b"".join(b"\xff" * (len(p) // 255) + bytes((len(p) % 255,)) for p in packets)
    header = _PAGE_HEADER.pack(b"OggS", 0, flags, granule, serial, sequence, 0, len(lacing))
    page = b"".join((header, lacing, *packets))
    return page[:22] + ogg_crc(page).to_bytes(4, "little") + page[26:]


def opus_head(channels: int = 1, pre_skip: int = 0) -> bytes:
    """RFC 7845 §5.1 identification header, channel mapping family 0."""
    return struct.pack("<8sBBHIhB", b"OpusHead", 1, channels, pre_skip, OPUS_RATE, 0, 0)


def opus_tags(vendor: str, comments: list[str]) -> bytes:
    """RFC 7845 §5.2 comment header: Vorbis comment layout, lengths little-endian."""
    out = bytearray(b"OpusTags")
    for i, text in enumerate((vendor, *comments)):
        encoded = text.encode()
        out += struct.pack("<I", len(encoded)) + encoded
        if i == 0:
            out += struct.pack("<I", len(comments))
    return bytes(out)


def ogg_opus_bytes(packets: Sequence[bytes], *, serial: int = 1, tags: Sequence[str] = ()) -> bytes:
    """A whole single-stream Ogg/Opus file: mono, pre-skip 0, so it decodes to
    exactly its packets' duration (the encoder's delay is the caller's concern).
    Pages hold up to a second of packets; the last is marked end-of-stream."""
    if not packets:
        raise ValueError("an Ogg/Opus stream needs at least one audio packet")
    pages = [
        ogg_page(serial, 0, 0, [opus_head()], _BOS),
        ogg_page(serial, 1, 0, [opus_tags("callnest", list(tags))], 0),
    ]
    granule = 0
    page: list[bytes] = []
    segments = 0
    for index, packet in enumerate(packets):
        need = len(packet) // 255 + 1
        if page and (len(page) == _PAGE_PACKETS or segments + need > _MAX_SEGMENTS):
            pages.append(ogg_page(serial, len(pages), granule, page, 0))
            page, segments = [], 0
        page.append(packet)
        segments += need
        granule += opus_packet_samples(packet)
        if index == len(packets) - 1:
            pages.append(ogg_page(serial, len(pages), granule, page, _EOS))
    return b"".join(pages)


# ---------------------------------------------------------------- recording

CALLER, AGENT = 0, 1
_ROLES = ("caller", "agent")
# A gap longer than this (both legs quiet: the call on hold) is cut short
# rather than written out as silence -- in one go, on the event loop: ten
# minutes of it take about 4 ms.
MAX_FILL_S = 600.0
# A leg that sends nothing (a muted agent) is padded with silence while the
# other one talks, staying one to two seconds behind it: pages then reach the
# file roughly in time order, which demuxers and players expect of interleaved
# streams, and a late packet from the quiet leg still lands after the padding.
_KEEP_UP_SAMPLES = OPUS_RATE


class _Stream:
    """One leg's Ogg logical stream: the page being filled and the position
    (``end``, in 48 kHz samples) just after its last packet."""

    __slots__ = ("end", "pending", "segments", "sequence", "serial")

    def __init__(self, serial: int) -> None:
        self.serial = serial
        self.sequence = 0
        self.end = 0
        self.pending: list[bytes] = []
        self.segments = 0


class CallRecorder:
    """Records a bridged call as one Ogg file holding two Opus streams --
    stream 0 the caller, stream 1 the agent -- from the forwarded packets.

    Packets are placed on a 20 ms grid by when they were forwarded (``now -
    started``), not by RTP timestamps: the two legs come from different clocks
    and only the server's own clock relates them. A leg that falls more than
    one packet behind its place (loss, a muted agent, a pause) is padded with
    ``SILENCE`` so the legs stay aligned; a packet that arrives early for its
    place (jitter bursts) goes to the next free one, so time never runs
    backwards and nothing is dropped.

    The recorder never raises an I/O error into the forwarding path: the first
    failure is logged, ``failed`` is set and later writes are dropped.
    """

    def __init__(self, path: Path, started: float, *, max_fill_s: float = MAX_FILL_S) -> None:
        self.path = path
        self.failed = False
        self._started = started
        self._max_fill = round(max_fill_s / FRAME_S)  # in frames
        self._skipped = 0  # samples cut out of the timeline by MAX_FILL_S
        self._closed = False
        serial = random.getrandbits(32)
        # Serial numbers must differ between a file's logical streams (RFC 3533 §4).
        self._streams = (_Stream(serial), _Stream((serial + 1) & 0xFFFFFFFF))
        self._file: io.BufferedWriter | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.fchmod(fd, 0o600)  # O_CREAT's mode does not apply to an existing file
                self._file = open(fd, "wb")  # noqa: SIM115 -- open as long as the call
            except OSError:
                os.close(fd)
                raise
        except OSError as e:
            self._fail(e)
            return
        # RFC 7845 §3 / RFC 3533 §4: every stream's first (BOS) page comes
        # before any other page; each header gets a page of its own. Pre-skip
        # is 0: the packets join a running encoder mid-stream, so there is no
        # encoder delay of ours to trim, and granule positions map one to one
        # onto the call's wall time.
        pages = [ogg_page(s.serial, 0, 0, [opus_head()], _BOS) for s in self._streams]
        for stream, role in zip(self._streams, _ROLES, strict=True):
            tags = opus_tags("callnest", [f"ROLE={role}"])
            pages.append(ogg_page(stream.serial, 1, 0, [tags], 0))
            stream.sequence = 2
        self._emit(b"".join(pages))
        try:
            if self._file is not None:  # (_emit may have failed)
                self._file.flush()
        except OSError as e:
            self._fail(e)

    @property
    def duration_s(self) -> float:
        return max(s.end for s in self._streams) / OPUS_RATE

    def write(self, leg: int, payload: bytes, now: float) -> None:
        """Adds a forwarded packet of ``leg`` (CALLER or AGENT), forwarded at
        ``now`` (``time.perf_counter()``). Called per packet on the event loop."""
        if self._file is None:
            return
        # The table covers the one- and two-frame packets WebRTC sends; code 3
        # (a frame count byte) and malformed packets take the slow path.
        samples = _SAMPLES_BY_TOC[payload[0]] if payload else 0
        if not samples:
            try:
                samples = opus_packet_samples(payload)
            except ValueError:
                return  # a malformed packet: the peer's decoder drops it too
        stream = self._streams[leg]
        gap = self._position(now) - stream.end
        if gap > FRAME_SAMPLES:
            frames = gap // FRAME_SAMPLES
            if frames > self._max_fill:
                # Nothing on either leg for that long: drop the excess from
                # the timeline of both, so they stay aligned.
                self._skipped += (frames - self._max_fill) * FRAME_SAMPLES
                frames = self._max_fill
            self._fill(stream, frames)
        if self._append(stream, payload, samples):
            other = self._streams[1 - leg]
            lag = stream.end - other.end
            if lag > 2 * _KEEP_UP_SAMPLES:
                self._fill(other, (lag - _KEEP_UP_SAMPLES) // FRAME_SAMPLES)

    def close(self, at: float | None = None) -> None:
        """Pads both legs with silence to the same end (at least ``at``, a
        ``perf_counter()`` time, when given) and finishes the file."""
        if self._closed:
            return
        self._closed = True
        if self._file is None:
            return
        end = max(s.end for s in self._streams)
        if at is not None:
            end = max(end, min(self._position(at), end + self._max_fill * FRAME_SAMPLES))
        # An Ogg/Opus stream must hold at least one audio packet to be valid.
        end = max(end, FRAME_SAMPLES)
        for stream in self._streams:
            self._fill(stream, (end - stream.end) // FRAME_SAMPLES)
            self._flush(stream, _EOS)
        file = self._take_file()
        if file is None:
            return  # failed while finishing (_fail took the file)
        try:
            file.close()
        except OSError as e:
            self._fail(e)

    # ------------------------------------------------------------- internals

    def _position(self, now: float) -> int:
        """The 20 ms slot ``now`` falls in, as a granule position."""
        return round((now - self._started) / FRAME_S) * FRAME_SAMPLES - self._skipped

    def _append(self, stream: _Stream, payload: bytes, samples: int) -> bool:
        """Adds a packet to the stream's page; True when a full page was written
        first. A page is written when the packet after its last one arrives, so
        there is always one left for ``close`` to mark end-of-stream."""
        segments = len(payload) // 255 + 1
        flushed = False
        if len(stream.pending) >= _PAGE_PACKETS or stream.segments + segments > _MAX_SEGMENTS:
            if segments > _MAX_SEGMENTS:
                return False  # over 64 KiB: no Opus packet is that long
            self._flush(stream, 0)
            flushed = True
        stream.pending.append(payload)
        stream.segments += segments
        stream.end += samples
        return flushed

    def _fill(self, stream: _Stream, frames: int) -> None:
        # A long run of silence goes on pages as full as lacing allows (255
        # packets, 5 s): after a long hold that is 120 pages, not 600, written
        # in one go. Short runs keep to one-second pages, so a quiet leg's
        # padding still reaches the file in time order.
        while frames > 0 and self._file is not None:
            most = _MAX_SEGMENTS if frames >= _MAX_SEGMENTS else _PAGE_PACKETS
            room = min(most - len(stream.pending), _MAX_SEGMENTS - stream.segments)
            if room <= 0:
                self._flush(stream, 0)
                continue
            count = min(room, frames)
            stream.pending.extend([SILENCE] * count)
            stream.segments += count
            stream.end += count * FRAME_SAMPLES
            frames -= count

    def _flush(self, stream: _Stream, flags: int) -> None:
        # The granule position of a page is the end of its last packet (RFC 7845 §4).
        page = ogg_page(stream.serial, stream.sequence, stream.end, stream.pending, flags)
        stream.sequence += 1
        stream.pending = []
        stream.segments = 0
        self._emit(page)

    def _emit(self, page: bytes) -> None:
        if self._file is None:
            return
        try:
            self._file.write(page)
        except OSError as e:
            self._fail(e)

    def _take_file(self) -> io.BufferedWriter | None:
        # A method, not a swap in place: mypy keeps an attribute narrowed across
        # calls (_fill and _flush can fail and take the file meanwhile).
        file, self._file = self._file, None
        return file

    def _fail(self, error: OSError) -> None:
        if not self.failed:
            log.error("recording %s failed, dropping the rest of it: %s", self.path, error)
        self.failed = True
        file = self._take_file()
        if file is not None:
            # Closing flushes the buffer, which fails again on a full disk.
            with contextlib.suppress(OSError):
                file.close()


def prune_recordings(root: Path, older_than_days: float, now: float) -> list[Path]:
    """Deletes recordings (``*.ogg`` under ``root``) last modified before
    ``now - older_than_days`` (``now`` a ``time.time()``), then the directories
    that deleting them left empty. Returns the deleted files.

    Only directories this call emptied are removed: an empty one may be a day
    directory a recorder has just created for a file it is about to open.
    """
    cutoff = now - older_than_days * 86_400
    deleted: list[Path] = []
    if not root.is_dir():
        return deleted
    for path in sorted(root.rglob("*.ogg")):
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                deleted.append(path)
        except FileNotFoundError:
            continue
        except OSError as e:
            log.warning("cannot prune recording %s: %s", path, e)
    for directory in sorted({p.parent for p in deleted}, key=lambda d: -len(d.parts)):
        while directory != root and directory.is_relative_to(root):
            try:
                directory.rmdir()
            except OSError:
                break  # not empty (or already gone)
            directory = directory.parent
    return deleted
