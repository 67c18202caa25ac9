"""libopus, the reference Opus codec, called directly for the phone legs'
narrowband audio.

PyAV (which the rest of the media code uses to read and write Opus) always
decodes to 48 kHz -- FFmpeg fixes its Opus decoders' rate -- and wraps every
frame in objects (a resampler is a whole filter graph); for a phone leg,
which wants 8 kHz both ways 50 times a second, those cost more than the codec
itself: a 20 ms frame took 64 µs into Opus and 40 µs back through PyAV, 38 and
13 µs here, and ``callnest-bench phone --calls 10`` measured Callnest at 3.2 %
of a core per call through PyAV, 2.3 % this way. libopus decodes at 8 kHz
itself (any of its rates, no resampler), so a few C functions over ctypes do
the whole job. The library is Debian's ``libopus0``, installed by the
project's set-up.
"""

from __future__ import annotations

import ctypes
import ctypes.util

import numpy as np

OPUS_APPLICATION_AUDIO = 2049  # opus_defines.h: let libopus pick SILK or CELT
OPUS_SET_BITRATE = 4002  # opus_defines.h: OPUS_SET_BITRATE_REQUEST
MAX_PACKET_BYTES = 1275  # RFC 6716 §3.2.1: the largest frame libopus writes
MAX_FRAME_MS = 120  # RFC 6716 §2.1.4: the longest packet a decoder may receive


class OpusError(Exception):
    """libopus refused: missing, or an error code (its message)."""


def _load() -> ctypes.CDLL:
    path = ctypes.util.find_library("opus")
    if path is None:
        raise OpusError("libopus is not installed (Debian: libopus0)")
    lib = ctypes.CDLL(path)
    lib.opus_strerror.restype = ctypes.c_char_p
    lib.opus_strerror.argtypes = [ctypes.c_int]
    lib.opus_encoder_create.restype = ctypes.c_void_p
    lib.opus_encoder_create.argtypes = [
        ctypes.c_int32,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
    ]
    lib.opus_encoder_destroy.argtypes = [ctypes.c_void_p]
    lib.opus_encoder_ctl.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int32]
    lib.opus_encode.restype = ctypes.c_int32
    lib.opus_encode.argtypes = [
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_int32,
    ]
    lib.opus_decoder_create.restype = ctypes.c_void_p
    lib.opus_decoder_create.argtypes = [ctypes.c_int32, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
    lib.opus_decoder_destroy.argtypes = [ctypes.c_void_p]
    lib.opus_decode.restype = ctypes.c_int
    lib.opus_decode.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.c_int32,
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_int,
    ]
    return lib


_lib: ctypes.CDLL | None = None


def _opus() -> ctypes.CDLL:
    global _lib
    if _lib is None:
        _lib = _load()
    return _lib


def _check(code: int) -> int:
    if code < 0:
        raise OpusError(_opus().opus_strerror(code).decode())
    return code


class Encoder:
    """Mono 16-bit PCM at ``rate`` to Opus packets of ``frame_samples``
    each (a length Opus frames: 2.5 to 60 ms)."""

    def __init__(self, rate: int, bit_rate: int, frame_samples: int) -> None:
        lib = _opus()
        error = ctypes.c_int()
        self._state = lib.opus_encoder_create(rate, 1, OPUS_APPLICATION_AUDIO, ctypes.byref(error))
        _check(error.value)
        _check(lib.opus_encoder_ctl(self._state, OPUS_SET_BITRATE, bit_rate))
        self._encode = lib.opus_encode
        self.frame = np.zeros(frame_samples, dtype=np.int16)
        """What :meth:`encode` encodes: fill it first."""
        self._frame = self.frame.ctypes.data  # the address, read once: numpy's lookup is slow
        self._out = ctypes.create_string_buffer(MAX_PACKET_BYTES)

    def encode(self) -> bytes:
        """:attr:`frame` as one packet."""
        size = self._encode(self._state, self._frame, len(self.frame), self._out, MAX_PACKET_BYTES)
        if size < 0:
            _check(size)
        return self._out.raw[:size]

    def __del__(self) -> None:
        if getattr(self, "_state", None) and _lib is not None:
            _lib.opus_encoder_destroy(self._state)


class Decoder:
    """Opus packets to mono 16-bit PCM at ``rate``."""

    def __init__(self, rate: int) -> None:
        lib = _opus()
        error = ctypes.c_int()
        self._state = lib.opus_decoder_create(rate, 1, ctypes.byref(error))
        _check(error.value)
        self._decode = lib.opus_decode
        self._capacity = rate * MAX_FRAME_MS // 1000
        self._out = np.zeros(self._capacity, dtype=np.int16)
        self._out_address = self._out.ctypes.data

    def decode(self, packet: bytes) -> np.ndarray:
        """The packet's samples (a view, valid until the next call)."""
        count = self._decode(self._state, packet, len(packet), self._out_address, self._capacity, 0)
        if count < 0:
            _check(count)
        return self._out[:count]

    def __del__(self) -> None:
        if getattr(self, "_state", None) and _lib is not None:
            _lib.opus_decoder_destroy(self._state)
