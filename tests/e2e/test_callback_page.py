"""Being called back, from the caller's page in a real (headless) chromium
against a real server whose queue calls back on a trunk: a waiting caller
leaves a number written nationally and keeps their place, the page's call
ending without a hang-up; a refused number is explained in the server's words
while the call goes on; the offline form books a call at a time the caller
chose, read in the browser's own zone. Screenshots go to
test-artifacts/call-page-callback-*.png."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import datetime, time, timedelta
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from playwright.async_api import Page, Request, Route, expect

from callnest.server.keys import CENTER
from e2e.conftest import Running
from e2e.test_call_page import call_button, contact_in_line, snap
from integration.conftest import StartServer
from integration.test_callbacks import callback_line, callbacks
from integration.trunk_calls import CALLER

pytestmark = pytest.mark.slow

OFFER = "Call me back instead — keep my place"
ZONE = "America/New_York"


@pytest.fixture
async def callback_server(start_server: StartServer, tmp_path: Path) -> Running:
    """A server whose queue ``support`` calls back, its caller ID in Slovenia."""
    server, _, _ = await callback_line(start_server, tmp_path / "center")
    return server


async def test_a_waiting_caller_leaves_a_national_number_and_keeps_their_place(
    callback_server: Running, page: Page, page_errors: list[str]
) -> None:
    await callback_server.call_in("support", "Ahead")
    # The site knows a phone of its visitor's: the form offers it.
    await page.goto(f"{callback_server.url}/call/support?phone={quote('+386 1 234 5678')}")
    await call_button(page).click()
    await expect(page.locator("#state")).to_have_text("You are number 2 in line")
    await page.wait_for_function("() => window.callnest.pc.connectionState === 'connected'")
    contact_id = await page.evaluate("window.callnest.contactId")

    offer = page.get_by_role("button", name=OFFER)
    await expect(offer).to_have_attribute("aria-expanded", "false")
    await offer.focus()
    await page.keyboard.press("Enter")
    await expect(offer).to_have_attribute("aria-expanded", "true")
    number = page.get_by_label("Your phone number")
    await expect(number).to_be_focused()
    await expect(number).to_have_value("+386 1 234 5678")
    await expect(number).to_have_attribute("autocomplete", "tel")
    await expect(number).to_have_accessible_description(
        "We will call you when it is your turn; you keep your place in line."
    )
    await number.fill("040 111 222")
    await snap(page, "callback-form")

    # The request held on its way: the button says it is sending.
    release = asyncio.Event()

    async def held(route: Route) -> None:
        await release.wait()
        await route.continue_()

    hung_up: list[Request] = []
    page.on("request", lambda r: hung_up.append(r) if r.method == "DELETE" else None)
    await page.route("**/callback", held)
    await number.press("Enter")
    sending = page.get_by_role("button", name="Sending your number…")
    await expect(sending).to_be_disabled()
    release.set()

    await expect(page.locator("#state")).to_have_text("Your place in line is kept")
    await expect(page.locator("#detail")).to_have_text(
        f"We will call you back at {CALLER} when it is your turn. "
        "You are number 2 in line. You can close this page."
    )
    await expect(page.get_by_role("button", name="Hang up")).to_be_hidden()
    await expect(offer).to_be_hidden()
    await expect(page.get_by_role("alert")).to_have_count(0)
    assert await page.evaluate("window.callnest.pc.connectionState") == "closed"
    assert await page.evaluate("window.callnest.state") == "callback"
    await snap(page, "callback-kept")

    (row,) = await callbacks(callback_server)
    assert (row["status"], row["source"], row["number"]) == ("waiting", "web", CALLER)
    assert row["contact_id"] == contact_id
    # Closing the page hangs nothing up: the place in line stays the caller's.
    await page.goto("about:blank")
    assert hung_up == []
    stats = await callback_server.owner("GET", "/api/stats")
    assert stats["queues"][0]["waiting"] == 2
    assert page_errors == []


@pytest.mark.parametrize(
    ("typed", "refusal", "shown"),
    [
        ("1234", None, "'1234' is not a phone number."),
        (
            "040 111 222",
            {"code": "offer_gone", "message": "an agent is about to answer this call"},
            "An agent is about to answer this call.",
        ),
    ],
    ids=["not-a-number", "offer-gone"],
)
async def test_a_refused_number_is_explained_and_the_call_goes_on(
    callback_server: Running,
    page: Page,
    page_errors: list[str],
    typed: str,
    refusal: dict[str, str] | None,
    shown: str,
) -> None:
    async def refuse(route: Route) -> None:
        await route.fulfill(status=409, json={"error": refusal})

    if refusal is not None:
        await page.route("**/callback", refuse)
    await page.goto(callback_server.url + "/call/support")
    await contact_in_line(page)
    await page.get_by_role("button", name=OFFER).click()
    number = page.get_by_label("Your phone number")
    await number.fill(typed)
    send = page.get_by_role("button", name="Call me back", exact=True)
    await send.click()

    await expect(page.get_by_role("alert")).to_have_text(shown)
    await expect(number).to_be_focused()
    await expect(number).to_have_attribute("aria-invalid", "true")
    await expect(send).to_be_enabled()
    await expect(page.locator("#state")).to_have_text("You are number 1 in line")
    await expect(page.get_by_role("button", name="Hang up")).to_be_visible()
    assert await page.evaluate("window.callnest.pc.connectionState") == "connected"
    assert await callbacks(callback_server) == []
    if refusal is None:
        await snap(page, "callback-refused")

    # Corrected, it goes through.
    await page.unroute("**/callback")
    await number.fill("+386 40 111 222")
    await send.click()
    await expect(page.locator("#detail")).to_contain_text(f"call you back at {CALLER}")
    assert [r["source"] for r in await callbacks(callback_server)] == ["web"]
    assert page_errors == []


async def test_the_offline_form_books_a_call_at_a_time_in_the_callers_zone(
    callback_server: Running, page: Page, page_errors: list[str]
) -> None:
    cdp = await page.context.new_cdp_session(page)
    await cdp.send("Emulation.setTimezoneOverride", {"timezoneId": ZONE})
    await page.goto(callback_server.url + "/call/support")
    await page.get_by_role("button", name="Leave a message").click()  # nobody to chat with
    form = page.locator("#offline")
    await form.get_by_label("Your name", exact=True).fill("Bob")
    await form.get_by_label("Phone number to call back").fill("040 111 222")
    await form.get_by_label("Your message").fill("About my bill")
    when = form.get_by_role("group", name="When should we call you back?")
    await expect(when.get_by_label("As soon as possible")).to_be_checked()
    day_and_time = form.get_by_label("Day and time")
    await expect(day_and_time).to_be_hidden()
    await when.get_by_label("At a time I choose").check()
    await expect(day_and_time).to_have_accessible_description(
        f"Your own time ({ZONE}), within the next 30 days."
    )

    # Refused in words before anything is sent: a time past, one too far ahead.
    here = datetime.now(ZoneInfo(ZONE))
    send = page.get_by_role("button", name="Send message")
    for wrong, words in (
        (here - timedelta(days=1), "That time has passed. Please choose a later one."),
        (here + timedelta(days=40), "We can call you back within the next 30 days."),
    ):
        await day_and_time.fill(wrong.strftime("%Y-%m-%dT%H:%M"))
        await send.click()
        await expect(page.get_by_role("alert")).to_contain_text(words)
        await expect(day_and_time).to_be_focused()
    assert callback_server.app[CENTER].contacts == {}  # no message, no task

    # 10:00 in New York, three days on: that instant, whatever the server's zone.
    wanted = datetime.combine(here.date() + timedelta(days=3), time(10, 0), ZoneInfo(ZONE))
    await day_and_time.fill(wanted.strftime("%Y-%m-%dT%H:%M"))
    await expect(page.get_by_role("alert")).to_have_count(0)  # this time is fine
    await snap(page, "callback-time")
    async with page.expect_request("**/messages") as posted:
        await send.click()
    sent = json.loads((await posted.value).post_data or "")
    assert (sent["callback_at"], sent["time_zone"]) == (wanted.timestamp(), ZONE)
    await expect(page.locator("#state")).to_have_text("Message sent")
    await expect(page.locator("#detail")).to_have_text(
        re.compile(r"^Thank you\. We will call you on .*10:00")
    )
    await snap(page, "callback-time-sent")

    (row,) = await callbacks(callback_server, "scheduled")
    assert (row["source"], row["number"], row["name"]) == ("form", CALLER, "Bob")
    assert (row["note"], row["time_zone"], row["due_at"]) == (
        "About my bill",
        ZONE,
        wanted.timestamp(),
    )
    assert page_errors == []
