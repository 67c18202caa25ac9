"""The address operators and callers use: reachable as Callnest, over HTTPS
(browsers give a caller's page the microphone only there, or on the
machine itself), with a certificate browsers trust and that is not about
to expire. An expired certificate is the classic silent failure: WebRTC
and the caller page stop with no clear error to the caller."""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
import time

import aiohttp
from yarl import URL

from callnest.protocol import rest
from callnest.server.doctor.report import FAILED, OK, WARNING, day, finding

CHECK, TITLE = "address", "The address operators and callers use"
FAIL_DAYS = 14  # an alarm: two weeks to renew
WARN_DAYS = 30
TIMEOUT_S = 10.0
PROXY_FIX = (
    "Put the server behind an HTTPS reverse proxy (README, 'Behind a reverse proxy') and "
    "start it with --public-url https://your-name"
)


async def check_address(
    public_url: str | None, host: str, port: int, now: float | None = None
) -> rest.Finding:
    now = time.time() if now is None else now
    if public_url is None:
        own = f"http://{host}:{port}"
        if _loopback(host):
            return finding(
                CHECK,
                TITLE,
                OK,
                f"{own}: this machine only, fine for trying Callnest out. Operators and callers "
                "elsewhere need an HTTPS address (--public-url).",
                code="address.local_only",
                params={"address": own},
            )
        return finding(
            CHECK,
            TITLE,
            WARNING,
            f"No --public-url: operators reach {own} without HTTPS, and callers' browsers "
            "give the caller page no microphone there.",
            PROXY_FIX,
            code="address.no_public_url",
            params={"address": own},
        )
    url = URL(public_url)
    if url.scheme != "https":
        if url.host is not None and _loopback(url.host):
            return finding(
                CHECK,
                TITLE,
                OK,
                f"{public_url}: this machine only.",
                code="address.local_url",
                params={"url": public_url},
            )
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"{public_url} is not HTTPS: callers' browsers refuse the caller page the microphone.",
            PROXY_FIX,
            code="address.not_https",
            params={"url": public_url},
        )
    assert url.host is not None and url.port is not None
    try:
        not_after = await _certificate_end(url.host, url.port)
    except ssl.SSLCertVerificationError as exc:
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"{public_url}: browsers will not trust its certificate ({exc.verify_message}).",
            "Renew or replace the certificate on the reverse proxy (Caddy and certbot renew "
            "theirs by themselves when they can reach Let's Encrypt).",
            code="address.untrusted",
            params={"url": public_url, "reason": exc.verify_message},
        )
    except (OSError, TimeoutError) as exc:
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"{public_url} cannot be reached from this machine: {exc or 'no answer'}.",
            "Check that the reverse proxy runs and that the name points at this server.",
            code="address.unreachable" if str(exc) else "address.no_answer",
            params={"url": public_url, "error": str(exc)} if str(exc) else {"url": public_url},
        )
    problem = await _not_callnest(url)
    if problem:
        said, code, details = problem
        return finding(
            CHECK,
            TITLE,
            FAILED,
            f"{public_url} answers, but not as this Callnest server: {said}.",
            f"Check that the reverse proxy forwards to this server's address ({host}:{port}).",
            code=code,
            params={"url": public_url, "host": host, "port": port, **details},
        )
    days = int((not_after - now) // 86400)
    status = FAILED if days < FAIL_DAYS else WARNING if days < WARN_DAYS else OK
    ends = f"its certificate is valid until {day(not_after)} ({days} days)"
    fix = (
        ""
        if status is OK
        else "Renew the certificate now; if the proxy renews it by itself (Caddy, certbot), "
        "see its log for why it has not."
    )
    return finding(
        CHECK,
        TITLE,
        status,
        f"{public_url} answers; {ends}.",
        fix,
        code="address.certificate",
        params={"url": public_url, "valid_until": not_after, "days": days},
        days_left=days,
    )


async def _certificate_end(host: str, port: int) -> float:
    """When the certificate ``host:port`` shows ends, checked as a browser
    would (the system's CAs, the name)."""
    context = ssl.create_default_context()
    async with asyncio.timeout(TIMEOUT_S):
        _, writer = await asyncio.open_connection(host, port, ssl=context, server_hostname=host)
    try:
        certificate = writer.get_extra_info("peercert")
        return float(ssl.cert_time_to_seconds(certificate["notAfter"]))
    finally:
        writer.close()


async def _not_callnest(url: URL) -> tuple[str, str, dict[str, str | int]] | None:
    """Why ``url``'s /api/health is not this server's health, in English,
    as a finding's code and the values it names; None when it is."""
    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=TIMEOUT_S)) as http,
            http.get(url / "api/health", ssl=ssl.create_default_context()) as response,
        ):
            if response.status != 200:
                return (
                    f"HTTP {response.status} for /api/health",
                    "address.elsewhere_status",
                    {"http_status": response.status},
                )
            body = await response.json(content_type=None)
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        if str(exc):
            return f"/api/health: {exc}", "address.elsewhere_error", {"error": str(exc)}
        return "/api/health: no answer", "address.elsewhere_no_answer", {}
    if not isinstance(body, dict) or "status" not in body:
        return "/api/health is not Callnest's", "address.elsewhere", {}
    return None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
