"""The caller's page in the caller's language, in a real (headless) chromium
against a real server: the browser's languages first, then the queue's, then
English; ?lang= forces one; the plural forms of Slovenian and Russian; and a
pseudo-locale walk through the page's states, which finds any text that is
not from the catalogue. Screenshots go to test-artifacts/call-page-lang-*.png."""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, ConsoleMessage, Page, Request, Route, expect

from callnest.protocol.languages import LANGUAGE_CODES
from callnest.server import web as caller_web
from e2e.conftest import ARTIFACTS, Running
from integration.conftest import StartServer
from integration.test_callbacks import callback_line

pytestmark = pytest.mark.slow

CATALOGUES = Path(caller_web.__file__).parent / "i18n"
OpenPage = Callable[..., Awaitable[Page]]


def catalogue(code: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((CATALOGUES / f"{code}.json").read_text("utf-8"))
    return loaded


SL, RU = catalogue("sl"), catalogue("ru")


async def snap(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"call-page-lang-{name}.png"), full_page=True)


@pytest.fixture
async def open_page(browser: Browser, page_errors: list[str]) -> AsyncIterator[OpenPage]:
    """``await open_page(locale)``: a page in a browser whose languages are
    ``locale`` (navigator.languages and Accept-Language)."""
    contexts = []

    async def open_(locale: str) -> Page:
        context = await browser.new_context(locale=locale, viewport={"width": 1024, "height": 768})
        contexts.append(context)
        page = await context.new_page()
        page.set_default_timeout(15_000)

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error" and not message.text.startswith("Failed to load resource"):
                page_errors.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda exc: page_errors.append(f"uncaught: {exc}"))
        return page

    yield open_
    for context in contexts:
        await context.close()


async def test_a_slovenian_browser_gets_the_page_in_slovenian(
    caller_server: Running, open_page: OpenPage, page_errors: list[str]
) -> None:
    page = await open_page("sl-SI")
    assert await page.evaluate("navigator.languages") == ["sl-SI"]
    await page.goto(caller_server.url + "/call/support")
    await expect(page.locator("html")).to_have_attribute("lang", "sl")
    await expect(page.get_by_role("heading", level=1)).to_have_text("Support")
    await expect(page).to_have_title(SL["page.doc_title"].replace("{name}", "Support"))
    await expect(page.locator("#intro")).to_have_text(SL["page.intro"])
    await expect(page.get_by_label("Vaše ime (neobvezno)")).to_be_visible()
    call = page.get_by_role("button", name="Pokliči", exact=True)
    await expect(call).to_be_enabled()
    await expect(page.get_by_role("button", name="Pustite sporočilo")).to_be_visible()

    # The long poll's answers, fed one at a time: what the caller reads.
    answers: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def long_poll(route: Route, request: Request) -> None:
        if request.method != "GET":
            await route.continue_()
            return
        await route.fulfill(json=(await answers.get()) | {"contact_id": "c", "queue": "support"})

    await page.route("**/api/public/contacts/*", long_poll)
    async with page.expect_request("**/calls") as posted:
        await call.click()
    # The call says which language its caller reads (the server speaks to them in it).
    assert json.loads((await posted.value).post_data or "")["language"] == "sl"
    state, detail = page.locator("#state"), page.locator("#detail")
    await expect(state).to_have_text("Pred vami ni nikogar")
    base = {"position": None, "estimated_wait_s": None, "outcome": None, "on_hold": False}
    await answers.put(base | {"state": "queued", "position": 3, "estimated_wait_s": 200})
    await expect(state).to_have_text("Pred vami sta še 2 osebi")
    await expect(detail).to_have_text("Predviden čas čakanja: približno 3 minute")
    await answers.put(base | {"state": "queued", "position": 6, "estimated_wait_s": 30})
    await expect(state).to_have_text("Pred vami je še 5 oseb")
    await expect(detail).to_have_text("Predviden čas čakanja: manj kot minuta")
    await snap(page, "sl-in-line")
    await answers.put(base | {"state": "connected", "on_hold": True})
    await expect(state).to_have_text("Klic je na čakanju")
    await expect(detail).to_have_text("Prosimo, ostanite na liniji.")
    await answers.put(base | {"state": "closed", "outcome": "answered"})
    await expect(state).to_have_text("Klic je končan")
    await expect(detail).to_have_text("Hvala za vaš klic.")
    await expect(page.get_by_role("button", name="Pokliči znova")).to_be_visible()
    # A call that reached an agent is rated: the stars' titles and numbers too.
    await expect(page.get_by_role("group", name="Kako bi ocenili naše delo?")).to_be_visible()
    await expect(page.locator("#stars label").first).to_have_attribute("title", "Zelo slabo")
    await snap(page, "sl-ended")
    assert page_errors == []


async def test_a_browser_in_another_language_gets_the_queues(
    caller_server: Running, open_page: OpenPage, page_errors: list[str]
) -> None:
    await caller_server.owner(
        "POST",
        "/api/queues",
        json={"name": "moskva", "display_name": "Москва", "language": "ru"},
    )
    page = await open_page("de-DE")
    await page.goto(caller_server.url + "/call/moskva")
    await expect(page.locator("html")).to_have_attribute("lang", "ru")
    await expect(page.get_by_role("heading", level=1)).to_have_text("Москва")
    await expect(page.get_by_role("button", name="Позвонить", exact=True)).to_be_visible()
    await expect(page.get_by_label("Ваше имя (необязательно)")).to_be_visible()
    await expect(page.get_by_role("button", name="Оставить сообщение")).to_be_visible()
    await snap(page, "ru-queue")

    # The queue's language is the default only: a browser in one of ours wins.
    spanish = await open_page("es-AR")
    await spanish.goto(caller_server.url + "/call/moskva")
    await expect(spanish.locator("html")).to_have_attribute("lang", "es")
    await expect(spanish.get_by_role("button", name="Llamar", exact=True)).to_be_visible()
    # A queue in English, a German browser: English.
    await page.goto(caller_server.url + "/call/support")
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page.get_by_role("button", name="Call", exact=True)).to_be_visible()
    assert page_errors == []


async def test_the_address_may_force_a_language(
    caller_server: Running, open_page: OpenPage, page_errors: list[str]
) -> None:
    page = await open_page("sl-SI")
    await page.goto(caller_server.url + "/call/support?lang=sk")
    await expect(page.locator("html")).to_have_attribute("lang", "sk")
    await expect(page.get_by_role("button", name="Zavolať", exact=True)).to_be_visible()
    # One it does not speak is no choice: the browser's then.
    await page.goto(caller_server.url + "/call/support?lang=xx")
    await expect(page.locator("html")).to_have_attribute("lang", "sl")
    # A line that is not there says so in the language too.
    await page.goto(caller_server.url + "/call/nope?lang=es")
    await expect(page.get_by_role("heading", level=1)).to_have_text("Esta línea no existe")
    await expect(page.get_by_role("alert")).to_have_text(
        "No existe ninguna línea llamada «nope». Compruebe la dirección que ha recibido."
    )
    await expect(page).to_have_title("Línea no encontrada")
    assert page_errors == []


async def test_the_page_shows_in_each_of_the_five_languages(
    caller_server: Running, open_page: OpenPage, page_errors: list[str]
) -> None:
    """Each language's call button, lang and title, from its catalogue; each
    page rendered for a reader of the language."""
    page = await open_page("en-GB")
    for code in LANGUAGE_CODES:
        await page.goto(f"{caller_server.url}/call/support?lang={code}")
        await expect(page.locator("html")).to_have_attribute("lang", code)
        words = catalogue(code)
        await expect(
            page.get_by_role("button", name=words["call.button"], exact=True)
        ).to_be_visible()
        await snap(page, f"{code}-idle")
    assert page_errors == []


# The counts of the desktop's plural test, and the CLDR category each takes.
COUNTS = (1, 2, 3, 5, 21, 101)
CATEGORY = {
    "sl": ("one", "two", "few", "other", "other", "one"),
    "ru": ("one", "few", "few", "many", "one", "one"),
}


@pytest.mark.parametrize("code", ["sl", "ru"])
async def test_counts_take_the_languages_plural_forms(
    caller_server: Running, open_page: OpenPage, code: str
) -> None:
    page = await open_page("en-US")
    await page.goto(f"{caller_server.url}/call/support?lang={code}")
    await expect(page.locator("html")).to_have_attribute("lang", code)
    messages = catalogue(code)
    evaluate = """([key, counts]) => counts.map((n) => window.callnestI18n.tn(key, n))"""
    for key in ("queue.wait_minutes", "call.error.too_many_wait", "chat.error.too_long"):
        shown = await page.evaluate(evaluate, [key, list(COUNTS)])
        wanted = [
            messages[key][category].replace("{n}", str(n))
            for n, category in zip(COUNTS, CATEGORY[code], strict=True)
        ]
        assert shown == wanted, key
    # The place in line counts the people ahead: place p has p - 1 before it.
    places = [p + 1 for p in COUNTS]
    shown = await page.evaluate(
        "(places) => places.map((p) => window.callnestI18n.position(p))", places
    )
    wanted = [
        messages["queue.position"][category].replace("{n}", str(n))
        for n, category in zip(COUNTS, CATEGORY[code], strict=True)
    ]
    assert shown == wanted
    assert await page.evaluate("window.callnestI18n.position(1)") == messages["queue.first"]
    expected = {
        "sl": [
            "Pred vami je še 1 oseba",
            "Pred vami sta še 2 osebi",
            "Pred vami so še 3 osebe",
            "Pred vami je še 5 oseb",
            "Pred vami je še 21 oseb",
            "Pred vami je še 101 oseba",
        ],
        "ru": [
            "Перед вами в очереди 1 человек",
            "Перед вами в очереди 2 человека",
            "Перед вами в очереди 3 человека",
            "Перед вами в очереди 5 человек",
            "Перед вами в очереди 21 человек",
            "Перед вами в очереди 101 человек",
        ],
    }
    assert shown == expected[code]
    # Numbers the language's way.
    assert await page.evaluate("window.callnestI18n.number(12345.5)") == (
        "12.345,5" if code == "sl" else "12\u00a0345,5"
    )


# ------------------------------------------------------------ the widget


@pytest.fixture
async def shop(caller_server: Running) -> AsyncIterator[Callable[[str, str], str]]:
    """``shop(html_lang, attributes)``: the address of a business's page on
    another origin, in ``html_lang``, with the widget pasted in."""
    pages: dict[str, str] = {}

    async def index(request: web.Request) -> web.Response:
        return web.Response(text=pages[request.match_info["name"]], content_type="text/html")

    app = web.Application()
    app.router.add_get("/{name}", index)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()

    def make(html_lang: str, attributes: str) -> str:
        name = f"p{len(pages)}"
        pages[name] = (
            f"<!doctype html><html lang='{html_lang}'><head><meta charset='utf-8'></head><body>"
            f'<script src="{caller_server.url}/widget.js" data-queue="support" {attributes} async>'
            "</script></body></html>"
        )
        return str(server.make_url(f"/{name}"))

    yield make
    await server.close()


async def test_the_widget_speaks_the_language_of_the_page_it_opens(
    caller_server: Running,
    shop: Callable[[str, str], str],
    open_page: OpenPage,
    page_errors: list[str],
) -> None:
    page = await open_page("sl-SI")
    await page.goto(shop("de", ""))
    button = page.get_by_role("button", name="Pokličite nas")
    await button.click()
    await expect(page.locator("iframe")).to_have_attribute(
        "src", f"{caller_server.url}/call/support"
    )
    inside = page.frame_locator("iframe")
    await expect(inside.get_by_role("button", name="Pokliči", exact=True)).to_be_visible()
    close = page.get_by_role("button", name="Zapri (klic se prekine)")
    await expect(close).to_have_attribute("title", "Zapri (klic se prekine)")
    await close.click()

    # A browser in none of ours: the site's language. data-lang forces one,
    # for the page in the frame too.
    page = await open_page("de-DE")
    await page.goto(shop("es", ""))
    await expect(page.get_by_role("button", name="Llámenos")).to_be_visible()
    await page.goto(shop("es", 'data-lang="sk"'))
    await page.get_by_role("button", name="Zavolajte nám").click()
    await expect(page.locator("iframe")).to_have_attribute(
        "src", f"{caller_server.url}/call/support?lang=sk"
    )
    inside = page.frame_locator("iframe")
    await expect(inside.get_by_role("button", name="Zavolať", exact=True)).to_be_visible()
    # The business's own label stays its own.
    await page.goto(shop("es", 'data-label="Hable con Ana"'))
    await expect(page.get_by_role("button", name="Hable con Ana")).to_be_visible()
    await expect(page.get_by_role("button", name="Llámenos")).to_have_count(0)
    assert page_errors == []


# ------------------------------------------------------------ the pseudo-locale

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñøþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑØÞǪŔŠŢÛṼŴẊÝŽ",
)
PLACEHOLDER = re.compile(r"(\{[a-z_]+\})")


def pseudo(text: str) -> str:
    """ "Call us" -> "[Çåļļ ûš ~~~]": accented, 40 % longer, bracketed; the
    placeholders kept as they are."""
    parts = PLACEHOLDER.split(text)
    accented = "".join(p if PLACEHOLDER.fullmatch(p) else p.translate(ACCENTED) for p in parts)
    return f"[{accented} {'~' * math.ceil(len(text) * 0.4)}]"


def pseudo_catalogue() -> dict[str, Any]:
    return {
        key: {c: pseudo(t) for c, t in message.items()}
        if isinstance(message, dict)
        else pseudo(message)
        for key, message in catalogue("en").items()
    }


# Runs in the page: every text the caller can see (text nodes, and aria-label,
# placeholder and title of what is shown, and the document's title) that is
# not pseudo text; data (the queue's name, its menu) and text without letters
# (numbers, the timer, a star) are allowed.
_UNTRANSLATED_JS = """
(data) => {
  const shown = (el) => el.checkVisibility({ checkVisibilityCSS: true });
  const fine = (text) => {
    const s = (text || "").trim();
    return !s || !/\\p{L}/u.test(s) || data.includes(s) || (s.startsWith("[") && s.endsWith("]"));
  };
  const bad = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest("script, style") || !shown(el)) continue;
    if (!fine(node.data)) bad.push(node.data.trim());
  }
  for (const el of document.querySelectorAll("[aria-label], [placeholder], [title]")) {
    if (!shown(el)) continue;
    for (const name of ["aria-label", "placeholder", "title"]) {
      if (el.hasAttribute(name) && !fine(el.getAttribute(name))) {
        bad.push(`${name}=${el.getAttribute(name)}`);
      }
    }
  }
  if (!fine(document.title)) bad.push(`<title>${document.title}`);
  return bad;
}
"""


@pytest.fixture
async def lines(start_server: StartServer, tmp_path: Path) -> Running:
    """``support`` calls back (on a trunk) and says calls are recorded;
    ``front`` has a menu."""
    server, _, _ = await callback_line(start_server, tmp_path / "center")
    (support,) = await server.owner("GET", "/api/queues")
    await server.owner("PATCH", f"/api/queues/{support['id']}", json={"recording_notice": True})
    menu = [{"key": "1", "label": "Buy something", "queue": "support"}]
    await server.owner(
        "POST",
        "/api/queues",
        json={"name": "front", "display_name": "Acme Front Desk", "ivr_menu": menu},
    )
    return server


async def test_every_text_on_the_page_comes_from_the_catalogue(
    lines: Running, open_page: OpenPage, page_errors: list[str]
) -> None:
    """The English catalogue replaced by a pseudo one: whatever still reads
    as plain text in any state the test reaches was written around it."""
    page = await open_page("en-US")
    await page.context.route(
        "**/static/i18n/en.json", lambda route: route.fulfill(json=pseudo_catalogue())
    )
    data = ["Support", "Acme Front Desk", "Buy something"]
    seen: list[str] = []

    async def check(step: str) -> None:
        await snap(page, f"pseudo-{step}")
        untranslated = await page.evaluate(_UNTRANSLATED_JS, data)
        assert untranslated == [], step
        seen.append(step)

    def state(value: str) -> Any:
        return page.wait_for_function("(value) => document.body.dataset.state === value", arg=value)

    await page.goto(lines.url + "/call/support")
    await state("ready")
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page.locator("#recording")).to_be_visible()
    await expect(page.locator("#chat-open")).to_be_visible()
    await check("idle")
    # The check sees a text written around the catalogue.
    await page.evaluate(
        """() => {
          const probe = document.createElement("p");
          probe.id = "probe";
          probe.textContent = "Plain words";
          probe.title = "A title";
          document.querySelector("main").append(probe);
        }"""
    )
    assert await page.evaluate(_UNTRANSLATED_JS, data) == ["Plain words", "title=A title"]
    await page.evaluate("() => document.getElementById('probe').remove()")

    await page.locator("#call").click()
    await state("queued")
    await expect(page.locator("#callback-open")).to_be_visible()
    await check("in-line")
    await page.locator("#callback-open").click()
    await page.locator("#callback-phone").fill("abc")
    await page.locator("#callback-send").click()
    await expect(page.locator("#callback-error")).to_be_visible()
    await check("callback-form-refused")
    await page.locator("#callback-phone").fill("12")
    await page.locator("#callback-send").click()  # the server's refusal, in the page's words
    await expect(page.locator("#callback-error")).to_contain_text("'12'")
    await check("callback-refused-by-server")
    await page.locator("#no-recording").click()
    await expect(page.locator("#no-recording")).to_be_hidden()
    await check("not-recorded")
    await page.locator("#hangup").click()
    await state("ended")
    await check("ended")

    # The rating a call that reached an agent brings.
    await page.evaluate(
        """() => window.dispatchEvent(new CustomEvent("callnest:call-ended",
             { detail: { id: "x", token: "y" } }))"""
    )
    await expect(page.locator("#rating")).to_be_visible()
    await page.locator("#rating button[type=submit]").click()
    await expect(page.locator("#error")).to_be_visible()
    await check("rating")

    # Nobody to chat with: the form to leave a message, and a time to be called.
    await page.locator("#chat-open").click()
    await expect(page.locator("#offline")).to_be_visible()
    await check("offline")
    await page.locator("#offline-when-at").check()
    await expect(page.locator("#offline-at-hint")).to_be_visible()
    await page.locator("#offline-name").fill("Bob")
    await page.locator("#offline-phone").fill("040 111 222")
    await page.locator("#offline-text").fill("About my bill")
    past = datetime.now() - timedelta(days=1)
    await page.locator("#offline-at").fill(past.strftime("%Y-%m-%dT%H:%M"))
    await page.locator("#offline button[type=submit]").click()
    await expect(page.locator("#error")).to_be_visible()
    await check("offline-time-refused")
    await page.locator("#offline-when input[value=soon]").check()
    await page.locator("#offline button[type=submit]").click()
    await expect(page.locator("#state")).not_to_be_empty()
    await check("offline-sent")

    # A menu; a line that is not there.
    await page.goto(lines.url + "/call/front")
    await state("ready")
    await page.locator("#call").click()
    await expect(page.locator("#error")).to_be_visible()
    await check("menu")
    await page.goto(lines.url + "/call/nope")
    await state("error")
    await check("no-such-line")

    # Someone to chat with: the chat's start and its conversation.
    _, token = await lines.add_agent("ann")
    desk = await lines.desktop(token, available=True)
    try:
        await page.goto(lines.url + "/call/support")
        await state("ready")
        await page.locator("#chat-open").click()
        await expect(page.locator("#chat-start")).to_be_visible()
        await check("chat-start")
        await page.locator("#chat-name").fill("Eve")
        await page.locator("#chat-start button[type=submit]").click()
        await expect(page.locator("#chat")).to_be_visible()
        await page.wait_for_function("() => document.body.dataset.chat === 'ringing'")
        await check("chat")
    finally:
        await desk.close()
    assert len(seen) == 14
    assert page_errors == []
