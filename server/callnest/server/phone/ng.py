"""A client of rtpengine's ng control protocol: bencoded dictionaries over UDP.

Why our own, and this small: the protocol is a cookie, a space and one
bencoded dictionary each way; bencode's four types fit in a page, and a
strict decoder of our own is the one place an unreadable reply is turned
into a clear error (:class:`BencodeError`) rather than an ``IndexError``
deep in a third-party parser.

Each request carries a fresh cookie; a reply is matched to its request by
the cookie alone, so a late reply to an earlier, given-up request (or any
stray datagram) is ignored. UDP loses datagrams: a request is sent again,
under the same cookie, when no reply came within ``timeout_s`` -- rtpengine
keeps the replies to recent cookies and answers a repeated one from there
instead of doing the command twice.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Mapping, Sequence
from typing import TypeAlias

__all__ = [
    "Bencodable",
    "BencodeError",
    "NgClient",
    "NgError",
    "NgTimeout",
    "NgValue",
    "decode",
    "encode",
]

log = logging.getLogger("callnest.phone.ng")

# What encode() takes: text is sent as UTF-8 (every ng field is text).
Bencodable: TypeAlias = (
    bytes
    | str
    | int
    | Sequence["Bencodable"]
    | Mapping[str, "Bencodable"]
    | Mapping[bytes, "Bencodable"]
)
# What decode() gives: bencode's own four types.
Decoded: TypeAlias = bytes | int | list["Decoded"] | dict[bytes, "Decoded"]
# What NgClient gives: the same with byte strings as text, so SDP is a str.
NgValue: TypeAlias = str | int | list["NgValue"] | dict[str, "NgValue"]

MAX_DEPTH = 64  # rtpengine's replies nest three or four deep; this bounds the recursion
MAX_DIGITS = 20  # rtpengine's integers are 64-bit: 20 digits hold any of them
DIGITS = frozenset(b"0123456789")


class BencodeError(ValueError):
    """The bytes are not one well-formed bencoded value; the message says where."""


class NgError(Exception):
    """The request failed: rtpengine refused it (``result: error``), its reply
    was unreadable, or (:class:`NgTimeout`) it did not answer."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NgTimeout(NgError, TimeoutError):
    """rtpengine did not answer, the request sent ``tries`` times."""


# -- bencode -------------------------------------------------------------------


def encode(value: Bencodable) -> bytes:
    """``value`` bencoded; dictionary keys sorted, as bencode requires."""
    out = bytearray()
    _encode(value, out)
    return bytes(out)


def _encode(value: Bencodable, out: bytearray) -> None:
    if isinstance(value, bool):
        # An int to Python, but nobody means 0 or 1 by it: refuse rather than guess.
        raise TypeError("bencode has no booleans")
    if isinstance(value, int):
        out += b"i%de" % value
    elif isinstance(value, str | bytes):
        raw = value.encode() if isinstance(value, str) else value
        out += b"%d:" % len(raw)
        out += raw
    elif isinstance(value, Mapping):
        items = sorted(
            ((_key(key), item) for key, item in value.items()), key=lambda entry: entry[0]
        )
        out += b"d"
        for index, (key, item) in enumerate(items):
            if index and items[index - 1][0] == key:
                raise ValueError(f"the key {key!r} is given twice")
            out += b"%d:" % len(key)
            out += key
            _encode(item, out)
        out += b"e"
    elif isinstance(value, Sequence):
        out += b"l"
        for item in value:
            _encode(item, out)
        out += b"e"
    else:
        raise TypeError(f"bencode cannot encode {type(value).__name__}")


def _key(key: object) -> bytes:
    if isinstance(key, str):
        return key.encode()
    if isinstance(key, bytes):
        return key
    raise TypeError(f"a bencoded dictionary's keys are strings, not {type(key).__name__}")


def decode(data: bytes) -> Decoded:
    """The one bencoded value that ``data`` is, exactly; else :class:`BencodeError`.

    Strict: no leading zeros, no ``-0``, no trailing bytes, no key given twice.
    Not required: sorted keys -- rtpengine writes its keys in the order it
    adds them."""
    value, end = _decode(data, 0, 0)
    if end != len(data):
        raise BencodeError(f"{len(data) - end} bytes after the value, at offset {end}")
    return value


def _decode(data: bytes, at: int, depth: int) -> tuple[Decoded, int]:
    if at >= len(data):
        raise BencodeError(f"the data ends where a value should start (offset {at})")
    kind = data[at]
    if kind == ord("i"):
        end = data.find(b"e", at + 1)
        if end < 0:
            raise BencodeError(f"an integer at offset {at} has no end")
        return _integer(data[at + 1 : end], at), end + 1
    if kind in DIGITS:
        return _string(data, at)
    if kind not in b"ld":
        raise BencodeError(f"unexpected byte {data[at : at + 1]!r} at offset {at}")
    if depth >= MAX_DEPTH:
        raise BencodeError(f"nested deeper than {MAX_DEPTH} levels at offset {at}")
    start, at = at, at + 1
    if kind == ord("l"):
        items: list[Decoded] = []
        while at < len(data) and data[at] != ord("e"):
            item, at = _decode(data, at, depth + 1)
            items.append(item)
        if at >= len(data):
            raise BencodeError(f"the list at offset {start} has no end")
        return items, at + 1
    entries: dict[bytes, Decoded] = {}
    while at < len(data) and data[at] != ord("e"):
        if data[at] not in DIGITS:
            raise BencodeError(f"a dictionary key at offset {at} is not a string")
        key_at = at
        key, at = _string(data, at)
        if key in entries:
            raise BencodeError(f"the key {key!r} is given twice (offset {key_at})")
        entries[key], at = _decode(data, at, depth + 1)
    if at >= len(data):
        raise BencodeError(f"the dictionary at offset {start} has no end")
    return entries, at + 1


def _integer(digits: bytes, at: int) -> int:
    body = digits.removeprefix(b"-")
    if (
        not body
        or len(body) > MAX_DIGITS
        or not all(d in DIGITS for d in body)
        or (body[0] == ord("0") and (len(body) > 1 or digits.startswith(b"-")))
    ):
        raise BencodeError(f"the integer at offset {at} is malformed: {digits[:20]!r}")
    return int(digits)


def _string(data: bytes, at: int) -> tuple[bytes, int]:
    colon = data.find(b":", at)
    if colon < 0:
        raise BencodeError(f"the string at offset {at} has no ':' after its length")
    digits = data[at:colon]
    if (
        len(digits) > MAX_DIGITS
        or not all(d in DIGITS for d in digits)
        or (digits[0] == ord("0") and len(digits) > 1)
    ):
        raise BencodeError(f"the string at offset {at} has a malformed length: {digits[:20]!r}")
    end = colon + 1 + int(digits)
    if end > len(data):
        raise BencodeError(f"the string at offset {at} runs past the end of the data")
    return data[colon + 1 : end], end


def _text(value: Decoded) -> NgValue:
    # rtpengine's replies are text (SDP, tags, reasons); a stray non-UTF-8
    # byte survives as a surrogate rather than failing the whole reply.
    if isinstance(value, bytes):
        return value.decode(errors="surrogateescape")
    if isinstance(value, list):
        return [_text(item) for item in value]
    if isinstance(value, dict):
        return {key.decode(errors="surrogateescape"): _text(item) for key, item in value.items()}
    return value


# -- the client ------------------------------------------------------------------


class _Protocol(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.waiting: dict[bytes, asyncio.Future[bytes]] = {}

    def datagram_received(self, data: bytes, addr: tuple[str | object, ...]) -> None:
        cookie, space, body = data.partition(b" ")
        future = self.waiting.get(cookie) if space else None
        if future is None or future.done():
            log.debug("ng: ignored a reply to no pending request (%d bytes)", len(data))
            return
        future.set_result(body)

    def error_received(self, exc: Exception) -> None:
        # ICMP "port unreachable" while rtpengine (re)starts: the request is
        # simply sent again, and times out if nobody comes.
        log.debug("ng: %s", exc)


class NgClient:
    """Requests to one rtpengine's ng port. :meth:`open` before use, :meth:`close` after."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        timeout_s: float = 1.0,
        tries: int = 3,
    ) -> None:
        self.address = (host, port)
        self.timeout_s = timeout_s
        self.tries = tries
        self._transport: asyncio.DatagramTransport | None = None
        self._protocol = _Protocol()

    async def open(self) -> None:
        if self._transport is None:
            loop = asyncio.get_running_loop()
            self._transport, _ = await loop.create_datagram_endpoint(
                lambda: self._protocol, remote_addr=self.address
            )

    def close(self) -> None:
        """Closes the socket; requests still waiting fail with :class:`NgError`."""
        if self._transport is not None:
            self._transport.close()
            self._transport = None
        for future in self._protocol.waiting.values():
            if not future.done():
                future.set_exception(NgError("the ng client was closed"))

    async def request(
        self,
        command: str,
        params: Mapping[str, Bencodable] | None = None,
        *,
        timeout_s: float | None = None,
        tries: int | None = None,
    ) -> dict[str, NgValue]:
        """Sends ``command`` with ``params``; returns rtpengine's reply (a
        ``warning`` in it is the caller's to judge).

        Raises :class:`NgError` when rtpengine refuses (its ``error-reason``
        is the message) and :class:`NgTimeout` when it does not answer."""
        cookie = secrets.token_hex(8).encode()
        message = cookie + b" " + encode({**(params or {}), "command": command})
        future: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self._protocol.waiting[cookie] = future
        wait_s = self.timeout_s if timeout_s is None else timeout_s
        try:
            for _ in range(self.tries if tries is None else tries):
                if self._transport is None:
                    raise NgError("the ng client is not open")
                self._transport.sendto(message)
                try:
                    async with asyncio.timeout(wait_s):
                        body = await asyncio.shield(future)
                    break
                except TimeoutError:
                    continue
            else:
                raise NgTimeout(
                    f"rtpengine at {self.address[0]}:{self.address[1]} did not answer {command!r}"
                )
        finally:
            del self._protocol.waiting[cookie]
            if not future.cancel() and not future.cancelled():
                future.exception()  # seen: close()'s error was raised above, or is moot
        try:
            reply = decode(body)
        except BencodeError as exc:
            raise NgError(f"unreadable reply to {command!r}: {exc}") from None
        if not isinstance(reply, dict):
            raise NgError(f"the reply to {command!r} is not a dictionary")
        result = _text(reply)
        assert isinstance(result, dict)
        outcome = result.get("result")
        if outcome == "error":
            raise NgError(str(result.get("error-reason", "rtpengine gave no reason")))
        if outcome not in ("ok", "pong"):
            raise NgError(f"unexpected result {outcome!r} to {command!r}")
        return result

    async def ping(self, *, timeout_s: float | None = None, tries: int | None = None) -> None:
        await self.request("ping", timeout_s=timeout_s, tries=tries)

    async def offer(
        self, call_id: str, from_tag: str, sdp: str, options: Mapping[str, Bencodable]
    ) -> dict[str, NgValue]:
        return await self.request(
            "offer", {**options, "call-id": call_id, "from-tag": from_tag, "sdp": sdp}
        )

    async def answer(
        self,
        call_id: str,
        from_tag: str,
        to_tag: str,
        sdp: str,
        options: Mapping[str, Bencodable],
    ) -> dict[str, NgValue]:
        return await self.request(
            "answer",
            {**options, "call-id": call_id, "from-tag": from_tag, "to-tag": to_tag, "sdp": sdp},
        )

    async def delete(self, call_id: str) -> dict[str, NgValue]:
        return await self.request("delete", {"call-id": call_id})

    async def query(self, call_id: str) -> dict[str, NgValue]:
        return await self.request("query", {"call-id": call_id})
