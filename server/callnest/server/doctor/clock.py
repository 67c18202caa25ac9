"""The clock: off by minutes, TURN credentials and login sessions expire at
the wrong time and reports file calls under the wrong hour; off by more,
TLS certificates look invalid. Asked of a time server over SNTP (RFC 4330:
one UDP request, the offset from the four timestamps)."""

from __future__ import annotations

import asyncio
import socket
import struct
import time

from callnest.protocol import rest
from callnest.server.doctor.report import FAILED, OK, SKIPPED, WARNING, finding

CHECK, TITLE = "clock", "Clock"
WARN_S = 1.0
FAIL_S = 10.0
TIMEOUT_S = 3.0
NTP_EPOCH = 2_208_988_800  # 1900-01-01 to 1970-01-01, in seconds
FIX = "Run a time service: Debian's systemd-timesyncd or chrony (apt install chrony)."


async def check_clock(server: str, timeout_s: float = TIMEOUT_S) -> rest.Finding:
    if not server:
        return finding(
            CHECK,
            TITLE,
            SKIPPED,
            "Not checked: no time server given (--ntp-server).",
            code="clock.no_server",
        )
    try:
        offset = await sntp_offset(server, timeout_s)
    except (OSError, TimeoutError, ValueError) as exc:
        return finding(
            CHECK,
            TITLE,
            WARNING,
            f"Could not ask {server} the time ({exc or 'no answer'}), so the clock is unchecked.",
            "Allow UDP port 123 out, or name a time server this machine reaches (--ntp-server).",
            code="clock.unreachable" if str(exc) else "clock.no_answer",
            params={"server": server, "error": str(exc)} if str(exc) else {"server": server},
        )
    amount = f"{abs(offset):.0f} s" if abs(offset) >= FAIL_S else f"{abs(offset):.3f} s"
    said = f"{amount} {'behind' if offset > 0 else 'ahead of'} {server}"
    params: dict[str, str | int | float | None] = {"server": server, "offset_s": offset}
    if abs(offset) >= WARN_S:
        status = FAILED if abs(offset) >= FAIL_S else WARNING
        return finding(
            CHECK,
            TITLE,
            status,
            f"The clock is {said}.",
            FIX,
            code="clock.behind" if offset > 0 else "clock.ahead",
            params=params,
            offset_s=offset,
        )
    return finding(
        CHECK,
        TITLE,
        OK,
        f"Right: {said}.",
        code="clock.right_behind" if offset > 0 else "clock.right_ahead",
        params=params,
        offset_s=round(offset, 4),
    )


async def sntp_offset(server: str, timeout_s: float = TIMEOUT_S) -> float:
    """Seconds to add to this machine's clock to get ``server``'s ("host" or
    "host:port")."""
    host, _, port = server.rpartition(":") if server.count(":") == 1 else (server, "", "")
    address = (host or server, int(port) if port else 123)
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(*address, type=socket.SOCK_DGRAM)
    family, _, _, _, target = infos[0]
    remote = (str(target[0]), int(target[1]))
    received: asyncio.Future[tuple[bytes, float]] = loop.create_future()

    class Answer(asyncio.DatagramProtocol):
        def datagram_received(self, data: bytes, addr: tuple[str | object, ...]) -> None:
            if not received.done():
                received.set_result((data, time.time()))

        def error_received(self, exc: Exception) -> None:
            if not received.done():
                received.set_exception(exc)

    transport, _ = await loop.create_datagram_endpoint(Answer, family=family, remote_addr=remote)
    try:
        sent = time.time()
        # LI 0, version 4, mode 3 (client); the transmit time is echoed back.
        request = bytearray(48)
        request[0] = 0x23
        request[40:48] = _ntp_time(sent)
        transport.sendto(bytes(request))
        async with asyncio.timeout(timeout_s):
            data, arrived = await received
    finally:
        transport.close()
    if len(data) < 48 or data[0] & 0x07 != 4 or data[1] == 0:
        raise ValueError("not a time server's answer")
    if data[24:32] != request[40:48]:
        raise ValueError("an answer to another request")
    server_received = _seconds(data[32:40])
    server_sent = _seconds(data[40:48])
    return ((server_received - sent) + (server_sent - arrived)) / 2


def _ntp_time(at: float) -> bytes:
    seconds = int(at) + NTP_EPOCH
    return struct.pack("!II", seconds, int((at % 1) * 2**32))


def _seconds(stamp: bytes) -> float:
    whole, fraction = struct.unpack("!II", stamp)
    return float(whole - NTP_EPOCH + fraction / 2**32)
