"""Speech through a real browser call: Debian's chromium speaks an espeak-ng
sentence into a queue through its (fake) microphone; a simulated agent answers
over its shift-long link; PESQ compares what was heard with what was said, in
both directions."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest
from playwright.async_api import Page, expect

from callnest.sim.rtc import RATE, Phone, write_wav
from e2e.conftest import ARTIFACTS, LaunchChromium, Running, record_remote
from integration.phones import link
from integration.speech import SENTENCES, find, renditions, say, score

pytestmark = pytest.mark.slow

PESQ_REQUIRED = 3.5


@pytest.fixture
async def agent_phone() -> AsyncIterator[list[Phone]]:
    phones: list[Phone] = []
    yield phones
    for phone in phones:
        await phone.close()


async def test_a_browser_caller_and_an_agent_hear_each_other(
    caller_server: Running,
    launch_chromium: LaunchChromium,
    agent_phone: list[Phone],
    tmp_path: Path,
) -> None:
    server = caller_server
    # Everything CPU-heavy (espeak, PESQ) happens before or after the call: the
    # test shares its event loop with the server, whose heartbeat watchdog would
    # take a blocked loop for an agent gone silent.
    said_by_caller, said_by_agent = say(SENTENCES[0]), say(SENTENCES[1])
    # The fake microphone loops its file: the sentence, then a pause.
    mic = tmp_path / "caller-mic.wav"
    write_wav(mic, np.concatenate([said_by_caller, np.zeros(RATE, dtype=np.int16)]))
    browser = await launch_chromium(mic)
    page: Page = await (await browser.new_context()).new_page()

    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    agent = await link(desk)
    agent_phone.append(agent)

    await page.goto(f"{server.url}/call/support")
    await page.get_by_role("button", name="Call", exact=True).click()
    offer = await desk.expect("offer", within=15)
    assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
    await expect(page.locator("#state")).to_contain_text("Connected", timeout=10_000)

    # Caller -> agent: one whole loop of the microphone file is in here somewhere.
    mark = agent.ear.mark()
    await asyncio.sleep(2 * (len(said_by_caller) / RATE + 1.0) + 1.0)
    heard_by_agent = agent.ear.since(mark)

    # Agent -> caller, recorded inside the page from the remote stream. The
    # page's recorder starts when its AudioContext is up, which is not a moment
    # Python sees: the agent says the sentence three times.
    pause = np.zeros(RATE, dtype=np.int16)
    seconds = 3 * (len(said_by_agent) / RATE + 1.0) + 1.0
    # The caller's microphone goes quiet meanwhile (DTX): less work for the
    # two shared cores while chromium's playout is being measured.
    await page.evaluate("() => window.callnest.pc.getSenders()[0].track.enabled = false")
    recording = asyncio.ensure_future(record_remote(page, seconds))
    await asyncio.sleep(0.2)
    agent.mouth.say(np.concatenate([said_by_agent, pause] * 3))
    heard_by_caller = (np.clip(await recording, -1, 1) * 32767).astype(np.int16)
    await page.get_by_role("button", name="Hang up").click()
    await expect(page.locator("#state")).to_contain_text("ended", timeout=10_000)

    # Each direction carries the sentence more than once (the agent repeats
    # it; the microphone loops). The harness shares 2 cores and one event loop
    # with the server: a stall bursts packets, and chromium's NetEQ then
    # time-compresses a stretch of speech, which PESQ scores hard. The best
    # rendition counts; all are printed.
    to_agent_all = [score(said_by_caller, r) for r in renditions(said_by_caller, heard_by_agent)]
    to_caller_all = [
        score(said_by_agent, r) for r in renditions(said_by_agent, heard_by_caller, count=3)
    ]
    to_agent, to_caller = max(to_agent_all, default=0.0), max(to_caller_all, default=0.0)
    heard_by_agent = find(said_by_caller, heard_by_agent)
    heard_by_caller = find(said_by_agent, heard_by_caller)

    ARTIFACTS.mkdir(exist_ok=True)
    write_wav(ARTIFACTS / "browser-call-heard-by-agent.wav", heard_by_agent)
    write_wav(ARTIFACTS / "browser-call-heard-by-caller.wav", heard_by_caller)
    print(f"PESQ browser caller -> agent {to_agent_all}, agent -> browser caller {to_caller_all}")
    assert to_agent >= PESQ_REQUIRED
    assert to_caller >= PESQ_REQUIRED
