"""The caller's page and the widget, in a real (headless) chromium against a
real server. Screenshots go to test-artifacts/call-page-*.png."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import numpy as np
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator, Page, Request, Route, expect

from callnest.server.keys import CENTER
from callnest.sim.rtc import RATE, read_wav
from e2e.conftest import (
    ARTIFACTS,
    LaunchChromium,
    Running,
    SpeechWav,
    record_remote,
    rms,
)

pytestmark = pytest.mark.slow


async def snap(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"call-page-{name}.png"), full_page=True)


def call_button(page: Page) -> Locator:
    return page.get_by_role("button", name="Call", exact=True)


async def test_page_and_widget_are_served_with_safe_headers(caller_server: Running) -> None:
    http, url = caller_server.http, caller_server.url
    async with http.get(url + "/call/support") as r:
        assert r.status == 200
        assert r.content_type == "text/html"
        csp = r.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert "frame-ancestors *" in csp  # the widget frames it anywhere
        assert "microphone=(self)" in r.headers["Permissions-Policy"]
        assert r.headers["Cache-Control"] == "no-cache"
        page = await r.text()
    # The page is the same file for every queue: no name is ever written into it.
    assert "support" not in page.lower()
    for path, kind in (("/static/call.js", "text/javascript"), ("/static/call.css", "text/css")):
        async with http.get(url + path) as r:
            assert (r.status, r.content_type) == (200, kind)
    async with http.get(url + "/widget.js", headers={"Origin": "https://shop.example"}) as r:
        assert (r.status, r.content_type) == (200, "text/javascript")
        assert r.headers["Access-Control-Allow-Origin"] == "*"


async def test_page_shows_the_queue_and_a_call_button(
    caller_server: Running, page: Page, page_errors: list[str]
) -> None:
    await page.goto(caller_server.url + "/call/support")
    await expect(page.get_by_role("heading", level=1)).to_have_text("Support")
    await expect(page).to_have_title("Call Support")
    await expect(call_button(page)).to_be_enabled()
    await expect(page.get_by_label("Your name (optional)")).to_be_visible()
    await expect(page.locator("#menu")).to_be_hidden()
    await expect(page.get_by_role("button", name="Hang up")).to_be_hidden()
    assert await page.evaluate("window.callnest.state") == "ready"
    await snap(page, "queue")

    await page.set_viewport_size({"width": 360, "height": 740})
    await expect(call_button(page)).to_be_in_viewport()
    # Nothing wider than a phone: no sideways scrolling.
    assert await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    await snap(page, "phone")
    assert page_errors == []


async def test_menu_choices_come_before_the_call(
    caller_server: Running, page: Page, page_errors: list[str]
) -> None:
    await page.goto(caller_server.url + "/call/front")
    await expect(page.get_by_role("heading", level=1)).to_have_text("Acme Front Desk")
    group = page.get_by_role("group", name="What is your call about?")
    choices = group.get_by_role("button")
    await expect(choices).to_have_text(["1Buy something", "2A question about a bill"])

    await call_button(page).click()
    await expect(page.get_by_role("alert")).to_have_text("First choose what your call is about.")
    await expect(choices.first).to_be_focused()

    await choices.nth(1).click()
    await expect(choices.nth(1)).to_have_attribute("aria-pressed", "true")
    await expect(choices.nth(0)).to_have_attribute("aria-pressed", "false")
    await expect(page.get_by_role("alert")).to_be_hidden()
    await snap(page, "menu")
    assert page_errors == []


async def test_unknown_queue_says_so(
    caller_server: Running, page: Page, page_errors: list[str]
) -> None:
    await page.goto(caller_server.url + "/call/nope")
    await expect(page.get_by_role("heading", level=1)).to_have_text("This line does not exist")
    await expect(page.get_by_role("alert")).to_have_text(
        "There is no line called “nope”. Check the address you were given."
    )
    await expect(call_button(page)).to_be_hidden()
    assert await page.evaluate("window.callnest.state") == "error"
    await snap(page, "unknown")
    assert page_errors == []


async def test_a_closed_queue_says_so_and_refuses_the_call(
    caller_server: Running, page: Page, page_errors: list[str]
) -> None:
    await page.goto(caller_server.url + "/call/night")
    await expect(page.get_by_role("heading", level=1)).to_have_text("Night line")
    await expect(page.locator("#notice")).to_have_text(
        "We are closed at the moment. You can still try to call."
    )
    await call_button(page).click()
    await expect(page.get_by_role("alert")).to_have_text(
        "We're closed right now. Please call again during our opening hours."
    )
    await expect(call_button(page)).to_be_enabled()
    assert caller_server.app[CENTER].contacts == {}
    await snap(page, "closed")
    assert page_errors == []


@pytest.mark.parametrize(
    "name",
    ['<img src=x onerror="window.pwned=1">', "<script>window.pwned=1</script>"],
    ids=["img", "script"],
)
async def test_markup_in_the_address_is_shown_as_text(
    caller_server: Running, page: Page, name: str
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: dialogs.append(d.message))
    await page.goto(f"{caller_server.url}/call/{quote(name, safe='')}")
    await expect(page.get_by_role("alert")).to_contain_text(f"There is no line called “{name}”")
    assert await page.evaluate("window.pwned") is None
    assert await page.locator("img").count() == 0
    assert await page.locator("main script").count() == 0
    assert dialogs == []
    await snap(page, f"escaped-{name[1:4]}")


@pytest.fixture
async def host_site(caller_server: Running) -> AsyncIterator[str]:
    """A business's own site, on another origin, with the widget pasted in."""
    snippet = (
        f'<script src="{caller_server.url}/widget.js" data-queue="support"'
        ' data-label="Call us" async></script>'
    )
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Acme shop</title>"
        "<style>body{font-family:'DejaVu Sans',sans-serif;margin:2rem}"
        "button{background:hotpink!important}</style></head><body>"
        "<h1>Acme shop</h1><p>Our finest anvils.</p>" + snippet + "</body></html>"
    )

    async def index(request: web.Request) -> web.Response:
        return web.Response(text=html, content_type="text/html")

    app = web.Application()
    app.router.add_get("/", index)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    yield str(server.make_url("/"))
    await server.close()


async def test_widget_adds_a_button_that_opens_the_call_page(
    caller_server: Running, host_site: str, page: Page, page_errors: list[str]
) -> None:
    await page.goto(host_site)
    button = page.get_by_role("button", name="Call us")
    await expect(button).to_be_visible()
    await expect(button).to_have_attribute("aria-expanded", "false")
    # The site's own "button { background: hotpink }" does not reach it.
    color = await button.evaluate("b => getComputedStyle(b).backgroundColor")
    assert color == "rgb(26, 127, 55)"

    await button.click()
    frame = page.locator("iframe")
    await expect(frame).to_have_attribute("src", f"{caller_server.url}/call/support")
    await expect(frame).to_have_attribute("allow", "microphone; autoplay")
    inside = page.frame_locator("iframe")
    await expect(inside.get_by_role("heading", level=1)).to_have_text("Support")
    await expect(inside.get_by_role("button", name="Call", exact=True)).to_be_visible()
    await expect(button).to_have_attribute("aria-expanded", "true")
    await snap(page, "widget")

    # A call from inside the frame: the microphone is delegated to it.
    await inside.get_by_role("button", name="Call", exact=True).click()
    await expect(inside.locator("#state")).to_have_text("You are number 1 in line")
    call_frame = next(f for f in page.frames if f.url.endswith("/call/support"))
    contact_id = await call_frame.evaluate("window.callnest.contactId")
    await snap(page, "widget-in-line")

    # Closing the frame hangs up: nobody is left waiting in silence.
    await page.get_by_role("button", name="Close (hangs up)").click()
    await expect(frame).to_have_count(0)
    await expect(button).to_have_attribute("aria-expanded", "false")
    await expect(button).to_be_focused()
    assert await outcome(caller_server, contact_id) == "abandoned"
    assert page_errors == []


@pytest.fixture
async def member_site(caller_server: Running) -> AsyncIterator[str]:
    """A site whose logged-in member it knows, with a phone that is wrong for the server."""
    snippet = (
        f'<script src="{caller_server.url}/widget.js" data-queue="support" async'
        ' data-name="Zoë Quinn" data-phone=" +44 (20) 7946-0001 " data-email="not-an-address">'
        "</script>"
    )
    html = "<!doctype html><html lang='en'><head><meta charset='utf-8'></head><body>"

    async def index(request: web.Request) -> web.Response:
        return web.Response(text=html + snippet + "</body></html>", content_type="text/html")

    app = web.Application()
    app.router.add_get("/", index)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    yield str(server.make_url("/"))
    await server.close()


async def test_the_site_can_say_who_is_calling(
    caller_server: Running, member_site: str, page: Page, page_errors: list[str]
) -> None:
    customer = await caller_server.owner(
        "POST", "/api/customers", json={"name": "Zoë Quinn", "phones": ["+442079460001"]}
    )
    await page.goto(member_site)
    await page.get_by_role("button", name="Call us").click()
    inside = page.frame_locator("iframe")
    await expect(inside.get_by_label("Your name (optional)")).to_have_value("Zoë Quinn")
    call_frame = next(f for f in page.frames if "/call/support?" in f.url)
    async with page.expect_request("**/calls") as posted:
        await inside.get_by_role("button", name="Call", exact=True).click()
        await expect(inside.locator("#state")).to_have_text("You are number 1 in line")
    sent = json.loads((await posted.value).post_data or "")
    # The address the server would refuse is left out; the call goes ahead.
    assert {k: sent.get(k) for k in ("caller_name", "phone", "email")} == {
        "caller_name": "Zoë Quinn",
        "phone": "+44 (20) 7946-0001",
        "email": None,
    }
    contact_id = await call_frame.evaluate("window.callnest.contactId")
    assert caller_server.app[CENTER].contacts[contact_id].customer_id == customer["id"]
    await page.get_by_role("button", name="Close (hangs up)").click()
    assert await outcome(caller_server, contact_id) == "abandoned"
    assert page_errors == []


async def outcome(server: Running, contact_id: str) -> str:
    """How the contact ended, once it has."""
    meta = server.app[CENTER].contacts[contact_id]
    async with asyncio.timeout(10):
        while meta.outcome is None:
            await meta.changed.wait()
    return meta.outcome


# ----------------------------------------------------------------- calling


async def contact_in_line(page: Page) -> str:
    await call_button(page).click()
    await expect(page.locator("#state")).to_have_text("You are number 1 in line")
    contact_id: str = await page.evaluate("window.callnest.contactId")
    return contact_id


async def test_calling_puts_the_caller_in_line_and_hanging_up_abandons(
    caller_server: Running, page: Page, page_errors: list[str]
) -> None:
    await page.goto(caller_server.url + "/call/support")
    await page.get_by_label("Your name (optional)").fill("Ada")
    contact_id = await contact_in_line(page)
    assert await page.evaluate("window.callnest.state") == "queued"
    await expect(page.get_by_role("button", name="Hang up")).to_be_focused()

    seen = await caller_server.owner("GET", f"/api/interactions/{contact_id}")
    assert (seen["state"], seen["caller_name"]) == ("queued", "Ada")
    # The media path is up, and the queue's programme plays to the caller.
    # A function, not an expression: polling an expression needs eval, which the CSP forbids.
    await page.wait_for_function("() => window.callnest.pc.connectionState === 'connected'")
    heard = await record_remote(page, 2.0)
    assert len(heard) > 1.5 * 48_000  # the recorder starts and stops on the page's own timers
    assert rms(heard) > 0.003, "the caller hears silence while waiting"
    await snap(page, "in-line")

    async with page.expect_response(lambda r: r.request.method == "DELETE") as hung_up:
        await page.get_by_role("button", name="Hang up").click()
    assert (await hung_up.value).status == 200
    await expect(page.locator("#state")).to_have_text("Call ended")
    await expect(page.locator("#detail")).to_have_text("You hung up.")
    await expect(call_button(page)).to_be_hidden()
    await expect(page.get_by_role("button", name="Call again")).to_be_visible()
    assert await page.evaluate("window.callnest.pc.connectionState") == "closed"
    seen = await caller_server.owner("GET", f"/api/interactions/{contact_id}")
    assert (seen["state"], seen["outcome"]) == ("closed", "abandoned")
    await snap(page, "ended")
    assert page_errors == []


async def ended_within(server: Running, contact_id: str, seconds: float) -> dict[str, Any]:
    """The contact's interaction once closed; fails if it is not by then."""
    deadline = time.monotonic() + seconds
    while True:
        seen: dict[str, Any] = await server.owner("GET", f"/api/interactions/{contact_id}")
        if seen["state"] == "closed" or time.monotonic() > deadline:
            return seen
        await asyncio.sleep(0.1)


async def test_leaving_the_page_hangs_up_at_once(caller_server: Running, page: Page) -> None:
    await page.goto(caller_server.url + "/call/support")
    contact_id = await contact_in_line(page)
    await page.wait_for_function("() => window.callnest.pc.connectionState === 'connected'")
    await page.goto("about:blank")  # pagehide: the page says it is going
    seen = await ended_within(caller_server, contact_id, 1.5)
    assert (seen["state"], seen["outcome"]) == ("closed", "abandoned")


async def test_a_crashed_browser_tab_is_hung_up_within_5_s(
    caller_server: Running, page: Page
) -> None:
    await page.goto(caller_server.url + "/call/support")
    contact_id = await contact_in_line(page)
    await page.wait_for_function("() => window.callnest.pc.connectionState === 'connected'")
    # The renderer dies with no word to anyone: only the audio stopping tells.
    with contextlib.suppress(PlaywrightError):
        await page.goto("chrome://crash", timeout=2_000)
    seen = await ended_within(caller_server, contact_id, 5.0)
    assert (seen["state"], seen["outcome"]) == ("closed", "abandoned")


async def test_the_page_says_calls_are_recorded_and_the_caller_can_refuse(
    caller_server: Running, page: Page, page_errors: list[str]
) -> None:
    queues = await caller_server.owner("GET", "/api/queues")
    support = next(q for q in queues if q["name"] == "support")
    await caller_server.owner(
        "PATCH", f"/api/queues/{support['id']}", json={"recording_notice": True}
    )
    await page.goto(caller_server.url + "/call/support")
    notice = page.locator("#recording")
    await expect(notice).to_contain_text("This call may be recorded.")  # before calling
    refuse = page.get_by_role("button", name="Don't record this call")
    await expect(refuse).to_be_hidden()
    contact_id = await contact_in_line(page)
    await refuse.click()
    await expect(page.locator("#recording-text")).to_have_text("This call is not being recorded.")
    await expect(refuse).to_be_hidden()
    await snap(page, "not-recorded")
    assert caller_server.app[CENTER].contacts[contact_id].recording_refused
    await page.get_by_role("button", name="Hang up").click()
    await expect(page.locator("#state")).to_have_text("Call ended")
    assert page_errors == []


async def test_a_menu_choice_sends_the_call_to_its_queue(
    caller_server: Running, page: Page
) -> None:
    await page.goto(caller_server.url + "/call/front")
    await page.get_by_role("button", name="A question about a bill").click()
    async with page.expect_request("**/calls") as posted:
        contact_id = await contact_in_line(page)
    assert json.loads((await posted.value).post_data or "")["choice"] == "2"
    assert caller_server.app[CENTER].contacts[contact_id].queue_name == "billing"
    await page.get_by_role("button", name="Hang up").click()
    await expect(page.locator("#state")).to_have_text("Call ended")


async def test_the_page_follows_the_call_through_its_states(
    caller_server: Running, page: Page, page_errors: list[str]
) -> None:
    """The long poll's answers, fed one at a time: what the caller reads for each."""
    answers: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def long_poll(route: Route, request: Request) -> None:
        if request.method != "GET":
            await route.continue_()
            return
        status = await answers.get()
        await route.fulfill(json=status | {"contact_id": "c", "queue": "support"})

    await page.route("**/api/public/contacts/*", long_poll)
    await page.goto(caller_server.url + "/call/support")
    await contact_in_line(page)
    state, detail, timer = page.locator("#state"), page.locator("#detail"), page.locator("#timer")
    base = {"position": None, "estimated_wait_s": None, "outcome": None}

    await answers.put(base | {"state": "queued", "position": 3, "estimated_wait_s": 200})
    await expect(state).to_have_text("You are number 3 in line")
    await expect(detail).to_have_text("Estimated wait: about 3 min")
    await answers.put(base | {"state": "queued", "position": 1, "estimated_wait_s": 25})
    await expect(state).to_have_text("You are number 1 in line")
    await expect(detail).to_have_text("Estimated wait: less than a minute")
    await answers.put(base | {"state": "ringing"})
    await expect(state).to_have_text("An agent is about to answer…")
    await expect(detail).to_be_empty()
    await answers.put(base | {"state": "connected", "on_hold": False})
    await expect(state).to_have_text("Connected")
    await expect(timer).to_have_text("0:00")
    await expect(timer).to_have_text(re.compile(r"0:0[1-9]"))  # it counts
    await answers.put(base | {"state": "connected", "on_hold": True})
    await expect(state).to_have_text("On hold")
    assert await page.evaluate("window.callnest.state") == "on_hold"
    await snap(page, "on-hold")
    await answers.put(base | {"state": "connected"})  # on_hold missing: not on hold
    await expect(state).to_have_text("Connected")
    await answers.put(base | {"state": "closed", "outcome": "answered"})
    await expect(state).to_have_text("Call ended")
    await expect(detail).to_have_text("Thank you for calling.")
    await expect(page.get_by_role("button", name="Hang up")).to_be_hidden()
    assert page_errors == []


async def test_a_lost_connection_is_told_and_hangs_up(caller_server: Running, page: Page) -> None:
    await page.goto(caller_server.url + "/call/support")
    contact_id = await contact_in_line(page)
    async with page.expect_response(lambda r: r.request.method == "DELETE"):
        # What chromium does when the network goes: the connection fails.
        await page.evaluate(
            """() => {
              const pc = window.callnest.pc;
              Object.defineProperty(pc, "connectionState", { get: () => "failed" });
              pc.dispatchEvent(new Event("connectionstatechange"));
            }"""
        )
    await expect(page.get_by_role("alert")).to_have_text(
        "The connection was lost, so the call has ended. Please call again."
    )
    await expect(page.locator("#state")).to_have_text("Call ended")
    seen = await caller_server.owner("GET", f"/api/interactions/{contact_id}")
    assert seen["outcome"] == "abandoned"


@pytest.mark.parametrize(
    ("status", "error", "shown"),
    [
        (
            429,
            {"code": "too_many_contacts", "message": "too many", "details": 42},
            "Too many calls from your connection. Please try again in 42 seconds.",
        ),
        (
            503,
            {"code": "closed", "message": "support is closed now", "details": None},
            "We're closed right now. Please call again during our opening hours.",
        ),
        (None, None, "We can't reach the server. Check your internet connection and try again."),
    ],
    ids=["too-many", "closed", "unreachable"],
)
async def test_a_call_that_cannot_start_says_why(
    caller_server: Running,
    page: Page,
    status: int | None,
    error: dict[str, Any] | None,
    shown: str,
) -> None:
    async def refuse(route: Route) -> None:
        if status is None:
            await route.abort("connectionrefused")
        else:
            await route.fulfill(status=status, json={"error": error})

    await page.route("**/calls", refuse)
    await page.goto(caller_server.url + "/call/support")
    await call_button(page).click()
    await expect(page.get_by_role("alert")).to_have_text(shown)
    await expect(call_button(page)).to_be_enabled()
    await expect(page.get_by_role("button", name="Hang up")).to_be_hidden()
    assert await page.evaluate("window.callnest.state") == "ready"
    assert caller_server.app[CENTER].contacts == {}


async def test_a_refused_microphone_is_explained(caller_server: Running, page: Page) -> None:
    await page.add_init_script(
        """navigator.mediaDevices.getUserMedia = () =>
             Promise.reject(new DOMException("Permission denied", "NotAllowedError"));"""
    )
    await page.goto(caller_server.url + "/call/support")
    await call_button(page).click()
    await expect(page.get_by_role("alert")).to_contain_text("You haven't allowed the microphone")
    await expect(call_button(page)).to_be_enabled()
    await snap(page, "microphone-refused")
    assert caller_server.app[CENTER].contacts == {}


# ------------------------------------------------------------ the test tools


async def test_fake_microphone_plays_speech_and_recording_hears_it(
    caller_server: Running, launch_chromium: LaunchChromium, speech_wav: SpeechWav
) -> None:
    """The tools later tests lean on: a spoken WAV as chromium's microphone,
    and record_remote, checked against each other on a loopback."""
    wav = speech_wav("Hello, you are through to the Callnest test line.")
    spoken, rate = read_wav(wav).astype(np.float32) / 32768, RATE
    assert 1.5 < len(spoken) / rate < 6
    browser = await launch_chromium(wav)
    page = await browser.new_page()
    await page.goto(caller_server.url + "/call/support")
    # The microphone, unprocessed, stands in for the remote stream.
    await page.evaluate(
        """async () => {
          window.callnest.remoteStream = await navigator.mediaDevices.getUserMedia({
            audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
          });
        }"""
    )
    heard = await record_remote(page, len(spoken) / rate)
    assert rms(heard) > 0.5 * rms(spoken)
    # The fake device loops the file from an unknown point, and on a busy
    # machine it skips or repeats a few milliseconds now and then: so each
    # 50 ms of what was heard is looked for anywhere in the file.
    scores = [best_match(heard[at : at + 2400], spoken) for at in range(0, len(heard) - 2400, 4800)]
    voiced = [r for r in scores if r is not None]
    assert len(voiced) > 10
    assert float(np.median(voiced)) > 0.9, f"what chromium captured is not the WAV: {voiced}"


def best_match(piece: np.ndarray, whole: np.ndarray) -> float | None:
    """The best normalised correlation of ``piece`` with any stretch of
    ``whole`` played in a loop (None for near-silence)."""
    if rms(piece) < 0.02:
        return None
    looped = np.concatenate([whole, whole[: len(piece)]]).astype(np.float64)
    n = len(looped) + len(piece)
    xcorr = np.fft.irfft(np.fft.rfft(looped, n) * np.conj(np.fft.rfft(piece, n)), n)
    lags = xcorr[: len(looped) - len(piece) + 1]
    energy = np.convolve(np.square(looped), np.ones(len(piece)), "valid")
    normalised = lags / (np.sqrt(np.maximum(energy, 1e-12)) * np.linalg.norm(piece))
    return float(normalised.max())
