"""``callnest-server``: run the server."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from aiohttp import web
from sqlalchemy.engine import make_url
from yarl import URL

from callnest.protocol.rest.people import USERNAME_PATTERN
from callnest.server.app import OWNER_PASSWORD, create_app
from callnest.server.bootstrap import CREDENTIALS_FILE
from callnest.server.connection_limit import listen
from callnest.server.forwarded import networks
from callnest.server.log_lines import OneLine
from callnest.server.settings import IceServer, Settings
from callnest.server.upgrade import UpgradeError

TURN_SECRET_VARIABLE = "CALLNEST_TURN_SECRET"
DATABASE_URL_VARIABLE = "CALLNEST_DATABASE_URL"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="callnest-server",
        description="The Callnest server. Also: callnest-server backup --help, "
        "callnest-server restore --help, callnest-server doctor --help.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path("data"),
        help="where the SQLite database and files live (default: ./data)",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8730, help="port to listen on (default: 8730)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get(DATABASE_URL_VARIABLE),
        help="PostgreSQL URL for larger sites (default: SQLite in the data dir); one with a "
        f"password goes in the environment, {DATABASE_URL_VARIABLE}",
    )
    parser.add_argument(
        "--owner-username",
        default="owner",
        type=_username,
        help="the owner's user name, at the first start (default: owner)",
    )
    parser.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a reverse proxy (address or network) whose X-Forwarded-For is believed; "
        "repeat for each",
    )
    parser.add_argument(
        "--caller-network",
        action="append",
        default=[],
        metavar="NETWORK",
        help="a private network (say 192.168.1.0/24) web callers may be on, besides the "
        "public internet: the server sends ICE checks there too; repeat for each",
    )
    parser.add_argument(
        "--public-rate-limit",
        type=int,
        default=20,
        metavar="N",
        help="new caller contacts per address per minute; 0 = no limit (default: 20)",
    )
    parser.add_argument(
        "--calls-without-audio",
        action="store_true",
        help="take voice contacts that have no audio (the load simulator's and the demo's "
        "callers); never on a real server: each would ring an operator with silence",
    )
    parser.add_argument(
        "--connections-per-address",
        type=int,
        default=100,
        metavar="N",
        help="open connections from one address (an office of operators behind one NAT "
        "uses a few each); more are refused at once (default: 100)",
    )
    parser.add_argument(
        "--calls-per-address",
        type=int,
        default=4,
        metavar="N",
        help="calls in progress at once from one caller address (default: 4)",
    )
    parser.add_argument(
        "--link-mos-threshold",
        type=_between(1.0, 4.5),
        default=3.6,
        metavar="MOS",
        help="an operator whose home connection's estimated MOS stays under this is offered "
        "nothing until it recovers (default: 3.6)",
    )
    parser.add_argument(
        "--link-check-s",
        type=_between(0.0, 60.0),
        default=5.0,
        metavar="SECONDS",
        help="how long an operator's new audio link (login, waking) must carry audio well "
        "before a call is offered (default: 5)",
    )
    parser.add_argument(
        "--stun", metavar="URL", help="a STUN server for desktops, callers and the server's legs"
    )
    parser.add_argument(
        "--turn",
        metavar="URL",
        help="a TURN server (turn:host:3478 or turns:host:5349) for home operators behind "
        "strict NATs; see the README",
    )
    parser.add_argument(
        "--turn-secret-file",
        type=Path,
        default=None,
        help="a file holding the secret shared with the TURN server (coturn's "
        f"static-auth-secret), or set {TURN_SECRET_VARIABLE}",
    )
    parser.add_argument(
        "--sip-host",
        default="127.0.0.1",
        help="address SIP trunks reach the phone edge at, once a trunk is configured "
        "(default: 127.0.0.1; 0.0.0.0 needs --sip-public-host)",
    )
    parser.add_argument("--sip-port", type=int, default=5060, help="SIP port (default: 5060)")
    parser.add_argument(
        "--sip-public-host", default=None, help="the address trunks see, behind NAT"
    )
    parser.add_argument(
        "--sip-tls-port", type=int, default=5061, help="SIP over TLS port (default: 5061)"
    )
    parser.add_argument(
        "--sip-tls-certificate",
        default=None,
        help="PEM certificate shown to TLS trunks (default: a self-signed one)",
    )
    parser.add_argument("--sip-tls-private-key", default=None, help="its PEM private key")
    parser.add_argument(
        "--sip-tls-ca-file",
        default="/etc/ssl/certs/ca-certificates.crt",
        help="CAs a TLS trunk's certificate must be signed by (default: the system's)",
    )
    parser.add_argument(
        "--rtp-ports",
        default="30000-39999",
        help="UDP ports phone calls' audio uses on the SIP address, about four a call "
        "(default: 30000-39999)",
    )
    parser.add_argument(
        "--public-url",
        default=None,
        metavar="URL",
        help="the address operators and callers use (https://calls.example.com, the reverse "
        "proxy's): callnest-server doctor checks it and its certificate",
    )
    parser.add_argument(
        "--ntp-server",
        default="pool.ntp.org",
        metavar="HOST",
        help="a time server the doctor compares the clock with ('' = none; default: pool.ntp.org)",
    )
    parser.add_argument("--log-level", default="INFO")
    return parser.parse_args(argv)


def _username(text: str) -> str:
    if not re.fullmatch(USERNAME_PATTERN, text):
        raise argparse.ArgumentTypeError(f"{text!r}: 2-64 letters, digits and . _ @ - (no spaces)")
    return text


def _between(low: float, high: float) -> Callable[[str], float]:
    def number(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is not between {low:g} and {high:g}")
        return value

    return number


def turn_secret(path: Path | None) -> str:
    """The TURN server's shared secret: from a file or the environment, never
    the command line (where ``ps`` shows it to every user of the machine)."""
    if path is not None:
        try:
            secret = path.read_text().strip()
        except OSError as exc:
            sys.exit(f"callnest-server: cannot read --turn-secret-file: {exc}")
    else:
        secret = os.environ.get(TURN_SECRET_VARIABLE, "").strip()
    if not secret:
        sys.exit(
            "callnest-server: --turn needs the secret shared with the TURN server, in "
            f"--turn-secret-file or {TURN_SECRET_VARIABLE} (see the README)"
        )
    return secret


def database_url(url: str | None) -> str | None:
    """``url``, unless it carries a password and came from the command line."""
    if url is None or url == os.environ.get(DATABASE_URL_VARIABLE):
        return url
    if make_url(url).password is not None:
        sys.exit(
            "callnest-server: a password in --database-url shows in ps to every user of "
            f"this machine: set {DATABASE_URL_VARIABLE} instead (or use ~/.pgpass)"
        )
    return url


def port_range(text: str) -> tuple[int, int]:
    low, dash, high = text.partition("-")
    numbers = low.isascii() and low.isdigit() and high.isascii() and high.isdigit()
    if dash and numbers and 1024 <= int(low) < int(high) <= 65535:
        return int(low), int(high)
    raise SystemExit(f"--rtp-ports: {text!r} is not a range like 30000-39999 within 1024-65535")


def public_url(text: str | None) -> str | None:
    if text is None:
        return None
    url = URL(text.rstrip("/"))
    if url.scheme not in ("http", "https") or not url.host or url.path not in ("", "/"):
        raise SystemExit(f"--public-url: {text!r} is not an address like https://calls.example.com")
    return str(url)


def ice_servers(args: argparse.Namespace) -> tuple[IceServer, ...]:
    servers = []
    if args.stun:
        servers.append(IceServer((args.stun,)))
    if args.turn:
        servers.append(IceServer((args.turn,), secret=turn_secret(args.turn_secret_file)))
    return tuple(servers)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("backup", "restore", "doctor"):
        # The owner's commands beside running the server.
        from callnest.server import maintenance_cli

        command = {
            "backup": maintenance_cli.backup_main,
            "restore": maintenance_cli.restore_main,
            "doctor": maintenance_cli.doctor_main,
        }
        command[argv[0]](argv[1:])
        return
    args = parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(OneLine())
    rtp_ports = port_range(args.rtp_ports)
    settings = Settings(
        data_dir=args.data_dir.resolve(),
        host=args.host,
        port=args.port,
        database_url=database_url(args.database_url),
        public_contacts_per_minute=args.public_rate_limit,
        calls_per_address=args.calls_per_address,
        calls_without_audio=args.calls_without_audio,
        link_mos_threshold=args.link_mos_threshold,
        link_check_s=args.link_check_s,
        connections_per_address=args.connections_per_address,
        trusted_proxies=tuple(args.trusted_proxy),
        caller_networks=tuple(args.caller_network),
        owner_username=args.owner_username,
        ice_servers=ice_servers(args),
        sip_host=args.sip_host,
        sip_port=args.sip_port,
        sip_public_host=args.sip_public_host,
        sip_tls_port=args.sip_tls_port,
        sip_tls_certificate=args.sip_tls_certificate,
        sip_tls_private_key=args.sip_tls_private_key,
        sip_tls_ca_file=args.sip_tls_ca_file,
        rtp_port_min=rtp_ports[0],
        rtp_port_max=rtp_ports[1],
        public_url=public_url(args.public_url),
        ntp_server=args.ntp_server,
    )
    app = create_app(settings)

    async def announce(app: web.Application) -> None:
        password = app[OWNER_PASSWORD]
        if password is not None:
            # Not the password itself: a terminal's scroll-back and a service's
            # journal keep what is printed.
            print(
                "\nFirst start: the owner account was created "
                f"(username: {settings.owner_username}).\n"
                f"  Its password is in {settings.data_dir / CREDENTIALS_FILE}, "
                "readable only by you.\n",
                flush=True,
            )
        print(f"Callnest server on http://{settings.host}:{settings.port}", flush=True)

    app.on_startup.append(announce)
    app.on_startup.append(_spare_the_startup_heap)
    try:
        listener = listen(
            settings.host,
            settings.port,
            settings.connections_per_address,
            networks(settings.trusted_proxies),
        )
    except OSError as exc:
        sys.exit(f"callnest-server: cannot listen on {settings.host}:{settings.port}: {exc}")
    try:
        web.run_app(app, sock=listener, print=None)
    except UpgradeError as exc:
        sys.exit(f"callnest-server: {exc}")


async def _spare_the_startup_heap(app: web.Application) -> None:
    """Moves what exists once the server has started (modules, the app, the
    ORM's metadata: ~170,000 objects) out of the cyclic garbage collector's
    sight. A full collection walks every tracked object while the event loop,
    and so every call's audio, waits: with 150 calls up it took 100-240 ms, of
    which these objects, never garbage, were well over half."""
    gc.freeze()
