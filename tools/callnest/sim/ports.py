"""Free ports for the servers, edges and peers the simulators, benches and
tests start.

A port is chosen here and bound a moment later by another process. If it
came from Linux's ephemeral range (``bind(("", 0))``), an outgoing connection
made in that moment could take it as its source port, and the server would
not start ("Address already in use"). So ports come from below that range,
where only deliberate binds land, at random, never twice in a row, and
checked free at the time of choosing.

The media blocks the benches and tests reserve (10000-19999 and
20000-30099) are above the range used here.
"""

from __future__ import annotations

import random
import socket
from collections import deque

LOW, HIGH = 2_000, 9_999
"""Below the media blocks, above the well-known ports most services use."""

_handed_out: deque[int] = deque(maxlen=256)
"""Recently chosen, maybe not yet bound: neither they nor their neighbours
are chosen again (a bench picks several ports before starting anything, and
some peers take the next port too: baresip for TLS, RTP for RTCP)."""


def _free(host: str, kinds: tuple[socket.SocketKind, ...]) -> int:
    for _ in range(200):
        port = random.randint(LOW, HIGH)
        if {port - 1, port, port + 1} & set(_handed_out):
            continue
        try:
            for kind in kinds:
                with socket.socket(socket.AF_INET, kind) as probe:
                    probe.bind((host, port))
        except OSError:
            continue
        _handed_out.append(port)
        return port
    raise OSError(f"no free port in {LOW}-{HIGH} on {host}")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free on ``host``."""
    return _free(host, (socket.SOCK_STREAM,))


def free_udp_port(host: str = "127.0.0.1") -> int:
    """A UDP port free on ``host``."""
    return _free(host, (socket.SOCK_DGRAM,))


def free_sip_port(host: str = "127.0.0.1") -> int:
    """A port free for both UDP and TCP: SIP listens on both."""
    return _free(host, (socket.SOCK_STREAM, socket.SOCK_DGRAM))
