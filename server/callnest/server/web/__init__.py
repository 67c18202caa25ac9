"""The customer's side of a call or a chat: the page at ``/call/<queue>`` and
the snippet a business pastes into its own site (``/widget.js``).

The files are served as they are, never templated: the page reads its queue's
name from its own address, so nothing a caller types into a URL reaches the
HTML. Its words are in one catalogue per language, ``/static/i18n/<lang>.json``
(``i18n/``; see ``i18n.js`` for how the page chooses one).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

from callnest.protocol.languages import LANGUAGE_CODES

HERE = Path(__file__).parent

# The page runs its own script and styles only, talks to this server only, and
# may be framed by any site: that is what the widget does.
PAGE_CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors *",
    )
)

COMMON = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
# Revalidated on every use (ETag / Last-Modified): an upgraded server never
# serves a new page with an old script.
PAGE_HEADERS = COMMON | {
    "Cache-Control": "no-cache",
    "Content-Security-Policy": PAGE_CSP,
    "Permissions-Policy": "microphone=(self), camera=(), geolocation=()",
}
ASSET_HEADERS = COMMON | {"Cache-Control": "no-cache"}
# Loaded by every page of the business's site, from the business's origin.
WIDGET_HEADERS = COMMON | {
    "Cache-Control": "public, max-age=3600",
    "Access-Control-Allow-Origin": "*",
    "Cross-Origin-Resource-Policy": "cross-origin",
}
# Cached as the page's other assets are; the widget reads its words from the
# business's site, so any origin may.
CATALOGUE_HEADERS = ASSET_HEADERS | {"Access-Control-Allow-Origin": "*"}

Route = Callable[[web.Request], Awaitable[web.StreamResponse]]

# path -> (file, headers, content type)
FILES = {
    "/call/{queue}": ("call.html", PAGE_HEADERS, "text/html"),
    "/static/call.js": ("call.js", ASSET_HEADERS, "text/javascript"),
    "/static/call.css": ("call.css", ASSET_HEADERS, "text/css"),
    "/static/chat.js": ("chat.js", ASSET_HEADERS, "text/javascript"),
    "/static/i18n.js": ("i18n.js", ASSET_HEADERS, "text/javascript"),
    "/widget.js": ("widget.js", WIDGET_HEADERS, "text/javascript"),
} | {
    # The languages Callnest speaks, and no other path: anything else is a 404.
    f"/static/i18n/{code}.json": (f"i18n/{code}.json", CATALOGUE_HEADERS, "application/json")
    for code in LANGUAGE_CODES
}


def _file(name: str, headers: dict[str, str], content_type: str) -> Route:
    path = HERE / name
    headers = headers | {"Content-Type": f"{content_type}; charset=utf-8"}

    async def serve(request: web.Request) -> web.StreamResponse:
        return web.FileResponse(path, headers=headers)

    return serve


def register(app: web.Application) -> None:
    for route, (name, headers, content_type) in FILES.items():
        app.router.add_get(route, _file(name, headers, content_type))
