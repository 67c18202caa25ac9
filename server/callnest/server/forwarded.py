"""The client's address behind a reverse proxy the owner trusts.

The README recommends an HTTPS reverse proxy in front of the server; behind
it every request comes from the proxy's address, so every per-address limit
(new contacts, calls, chats, the login lock) applied to all customers and
staff together. With ``trusted_proxies`` set, a request from one of those
networks is taken to come from the address the proxies say, in
``X-Forwarded-For`` (or RFC 7239 ``Forwarded``): the nearest address in the
chain that is not itself a trusted proxy. From anywhere else the headers
are ignored -- anyone can write them.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence

from aiohttp import web
from aiohttp.typedefs import Middleware

from callnest.server.api.errors import Handler

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_FORWARDED_FOR = re.compile(r'for="?\[?([0-9A-Fa-f:.]+)\]?(?::\d+)?"?', re.IGNORECASE)


def networks(texts: Sequence[str]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(t, strict=False) for t in texts)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def client_address(
    remote: str | None, forwarded_for: str, forwarded: str, trusted: tuple[Network, ...]
) -> str | None:
    """The address a request is from: ``remote``, or -- when ``remote`` is a
    trusted proxy -- the nearest untrusted address the proxies forwarded
    (``forwarded_for``: X-Forwarded-For's value, ``forwarded``: Forwarded's)."""
    peer = _address(remote or "")
    if peer is None or not any(peer in n for n in trusted):
        return remote
    chain = [a.strip() for a in forwarded_for.split(",") if a.strip()]
    if not chain:
        chain = _FORWARDED_FOR.findall(forwarded)
    for text in reversed(chain):  # the nearest hop last
        hop = _address(text)
        if hop is None:
            return remote  # a chain we cannot read: the proxy's own address
        if not any(hop in n for n in trusted):
            return str(hop)
    return remote


def middleware(trusted: tuple[Network, ...]) -> Middleware:
    @web.middleware
    async def forwarded(request: web.Request, handler: Handler) -> web.StreamResponse:
        headers = request.headers
        address = client_address(
            request.remote,
            ",".join(headers.getall("X-Forwarded-For", [])),
            ",".join(headers.getall("Forwarded", [])),
            trusted,
        )
        if address is not None and address != request.remote:
            request = request.clone(remote=address)
        return await handler(request)

    return forwarded
