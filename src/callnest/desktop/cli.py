"""``callnest``: the desktop app's entry point.

Imports stay light here (no Qt, no engine) until the arguments are read, so
``--help`` is instant and a start goes straight to the login window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

SMOKE_TIMEOUT_S = 5.0


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="callnest", description="Callnest for operators.")
    parser.add_argument("--server", metavar="URL", help="the call center's address")
    parser.add_argument("--user", metavar="NAME", help="your user name")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="build the login window, check the server's health, print one line and exit",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    if args.smoke_test:
        sys.exit(smoke_test(args.server))
    from callnest.desktop.app import run

    sys.exit(run(args.server, args.user))


def smoke_test(server: str | None) -> int:
    """Proves an install works without starting the engine or touching a
    headset: Qt and its platform plugin load, the windows' modules import,
    the login window builds, and the server answers its health check."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        import httpx

        from callnest.desktop.app import application, server_url
        from callnest.desktop.bridge import EngineBridge
        from callnest.desktop.settings import Settings
        from callnest.desktop.smoke import NoEngine
        from callnest.desktop.ui import agent, headset  # noqa: F401 -- they must import
        from callnest.desktop.ui.login import LoginWindow
    except ImportError as exc:
        print(
            f"callnest: smoke test failed: cannot import {exc.name or exc}: {exc}", file=sys.stderr
        )
        return 4
    app = application()
    settings = Settings()
    url = server_url(server, settings).rstrip("/")
    window = LoginWindow(NoEngine(), EngineBridge(), settings, server_url=url)
    window.show()
    app.processEvents()
    window.close()
    try:
        response = httpx.get(f"{url}/api/health", timeout=SMOKE_TIMEOUT_S)
    except httpx.HTTPError as exc:
        print(f"callnest: smoke test failed: cannot reach {url}: {exc}", file=sys.stderr)
        return 2
    if response.status_code != 200:
        print(
            f"callnest: smoke test failed: {url}/api/health answered HTTP {response.status_code}",
            file=sys.stderr,
        )
        return 3
    print(f"callnest: smoke test ok: login window built ({app.platformName()}), {url} healthy")
    return 0
