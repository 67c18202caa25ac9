"""``callnest``: the desktop app's entry point.

Imports stay light here (no Qt, no engine) until the arguments are read, so
``--help`` is instant and a start goes straight to the login window.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from pathlib import Path

SMOKE_TIMEOUT_S = 5.0
# What the engine imports only at login (aiortc is slow to import, so the app's
# start skips it): in a bundle a missing one would otherwise show only then.
ENGINE_MODULES = ("callnest.desktop.engine.link", "aiortc", "av", "sounddevice", "keyring")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="callnest", description="Callnest for operators.")
    parser.add_argument("--server", metavar="URL", help="the call center's address")
    parser.add_argument("--user", metavar="NAME", help="your user name")
    parser.add_argument(
        "--credentials-file",
        metavar="PATH",
        type=Path,
        help='log in with the JSON {"username": ..., "password": ...} in PATH '
        "(the server's owner-credentials); never put a password on a command line",
    )
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

    sys.exit(run(args.server, args.user, args.credentials_file))


def smoke_test(server: str | None) -> int:
    """Proves an install works without starting the engine or touching a
    headset: Qt and its platform plugin load, the windows' and the engine's
    modules import, WebRTC's native libraries load, the login window builds,
    and the server answers its health check."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        import httpx

        from callnest.desktop.app import application, server_url
        from callnest.desktop.bridge import EngineBridge
        from callnest.desktop.settings import Settings
        from callnest.desktop.smoke import NoEngine
        from callnest.desktop.ui import agent, chat, headset  # noqa: F401 -- they must import
        from callnest.desktop.ui.admin.window import build_admin_window
        from callnest.desktop.ui.login import LoginWindow
    except ImportError as exc:
        print(
            f"callnest: smoke test failed: cannot import {exc.name or exc}: {exc}", file=sys.stderr
        )
        return 4
    problem = check_engine()
    if problem:
        print(f"callnest: smoke test failed: {problem}", file=sys.stderr)
        return 5
    app = application()
    settings = Settings()
    url = server_url(server, settings).rstrip("/")
    bridge = EngineBridge()
    window = LoginWindow(NoEngine(), bridge, settings, server_url=url)
    window.show()
    app.processEvents()
    window.close()
    # Every admin tab, charts included: pyqtgraph and numpy load in the bundle.
    build_admin_window(NoEngine(), bridge).close()
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


def check_engine() -> str | None:
    """What keeps the engine from starting, or None: a module that does not
    import (or whose native library does not load: sounddevice raises OSError
    without PortAudio), or a peer connection that cannot be made."""
    import asyncio  # here: `callnest --help` stays instant

    for name in ENGINE_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            return f"cannot import {exc.name or name}: {exc}"
        except OSError as exc:
            return f"cannot load {name}: {exc}"
    try:
        asyncio.run(_peer_connection())
    except Exception as exc:  # whatever a broken native library raises
        return f"cannot create a WebRTC peer connection: {exc!r}"
    return None


async def _peer_connection() -> None:
    # Its certificate (OpenSSL) and an audio transceiver (the codecs) are made
    # here; no offer is made, so no socket is opened.
    from aiortc import RTCPeerConnection

    peer = RTCPeerConnection()
    try:
        peer.addTransceiver("audio", direction="sendrecv")
    finally:
        await peer.close()
