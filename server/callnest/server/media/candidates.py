"""Which of a public caller's ICE candidates the server sends checks to.

ICE sends STUN binding requests to every address a caller's SDP names, so
anyone on the public page could point the server at ``127.0.0.1:22`` or a
host on the business's own network. Only public addresses (and networks the
owner allows, ``caller_networks``) are kept. Nothing is lost for a genuine
caller on a private network: its own checks reach the server, which learns
its address from them as a peer-reflexive candidate (RFC 8445 7.3.1.3) and
answers there -- an address that proved it speaks ICE with this call's
credentials, which a port scan target cannot.

mDNS host names (``….local``) are dropped too: what they resolve to is
whatever answers on the multicast group.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

CANDIDATE = "a=candidate:"
END_OF_CANDIDATES = "a=end-of-candidates"


def allowed(host: str, networks: Sequence[Network]) -> bool:
    """Whether the server may send ICE checks to ``host`` (a candidate's
    connection address)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False  # an mDNS or other host name
    if address.is_global and not address.is_multicast:  # 224.0.0.1 counts as global
        return True
    return any(address in network for network in networks)


def screened(sdp: str, networks: Sequence[Network]) -> tuple[str, int]:
    """``sdp`` without the candidates :func:`allowed` refuses, and how many
    were dropped. When any were, end-of-candidates goes too: the checks of
    an ICE agent that believes it has every candidate end once those fail,
    before the caller's own checks could teach it the real address."""
    kept: list[str] = []
    dropped = 0
    for line in sdp.splitlines():  # as aiortc splits it: what it reads is screened
        if line.startswith(CANDIDATE):
            fields = line[len(CANDIDATE) :].split()
            if len(fields) < 6 or not allowed(fields[4], networks):
                dropped += 1
                continue
        kept.append(line)
    if dropped:
        kept = [line for line in kept if line != END_OF_CANDIDATES]
    return "\r\n".join(kept) + "\r\n", dropped
