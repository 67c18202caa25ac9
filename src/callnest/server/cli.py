"""``callnest-server``: run the server."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from aiohttp import web

from callnest.server.app import OWNER_PASSWORD, create_app
from callnest.server.bootstrap import CREDENTIALS_FILE
from callnest.server.settings import Settings


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="callnest-server", description="The Callnest server.")
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
        "--database-url", help="PostgreSQL URL for larger sites (default: SQLite in the data dir)"
    )
    parser.add_argument(
        "--public-rate-limit",
        type=int,
        default=20,
        metavar="N",
        help="new caller contacts per address per minute; 0 = no limit (default: 20)",
    )
    parser.add_argument("--log-level", default="INFO")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings = Settings(
        data_dir=args.data_dir.resolve(),
        host=args.host,
        port=args.port,
        database_url=args.database_url,
        public_contacts_per_minute=args.public_rate_limit,
    )
    app = create_app(settings)

    async def announce(app: web.Application) -> None:
        password = app[OWNER_PASSWORD]
        if password is not None:
            print(
                "\nFirst start: the owner account was created.\n"
                f"  username: owner\n  password: {password}\n"
                f"  (also kept in {settings.data_dir / CREDENTIALS_FILE}, readable only by you)\n",
                flush=True,
            )
        print(f"Callnest server on http://{settings.host}:{settings.port}", flush=True)

    app.on_startup.append(announce)
    try:
        web.run_app(app, host=settings.host, port=settings.port, print=None)
    except OSError as exc:
        sys.exit(f"callnest-server: cannot listen on {settings.host}:{settings.port}: {exc}")
