"""Browser tests: Debian's chromium, driven by Python playwright, against a real
server (the integration suite's ``start_server``).

Chromium runs with a fake microphone: a WAV file it loops as the capture
device, fixed for the browser's life -- hence a factory that launches one
browser per file. Never playwright's own browser download.
"""

from __future__ import annotations

import base64
import io
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import av
import numpy as np
import pytest
from playwright.async_api import Browser, ConsoleMessage, Page, Playwright, async_playwright

from callnest.sim.rtc import write_wav
from integration.conftest import Running, StartServer, start_server
from integration.speech import say

__all__ = ["ARTIFACTS", "Running", "record_remote", "start_server"]

RATE = 48_000
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    # The remote audio is recorded through WebAudio, with no click to start it.
    "--autoplay-policy=no-user-gesture-required",
]

LaunchChromium = Callable[..., Awaitable[Browser]]
SpeechWav = Callable[[str], Path]


def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("Debian's chromium is not installed: run scripts/install-system-deps")
    return path


@pytest.fixture
async def playwright() -> AsyncIterator[Playwright]:
    async with async_playwright() as pw:
        yield pw


@pytest.fixture
async def launch_chromium(playwright: Playwright) -> AsyncIterator[LaunchChromium]:
    """``await launch_chromium(wav)``: a headless chromium whose microphone
    plays ``wav`` (16-bit PCM, looped); without one, chromium's own beeps."""
    browsers: list[Browser] = []

    async def launch(wav: Path | None = None) -> Browser:
        args = list(CHROMIUM_ARGS)
        if wav is not None:
            args.append(f"--use-file-for-fake-audio-capture={wav}")
        browser = await playwright.chromium.launch(executable_path=chromium_path(), args=args)
        browsers.append(browser)
        return browser

    yield launch
    for browser in browsers:
        await browser.close()


@pytest.fixture
async def browser(launch_chromium: LaunchChromium) -> Browser:
    return await launch_chromium()


@pytest.fixture
def page_errors() -> list[str]:
    """Script errors and console errors on ``page``: a CSP violation lands here."""
    return []


@pytest.fixture
async def page(browser: Browser, page_errors: list[str]) -> AsyncIterator[Page]:
    context = await browser.new_context(viewport={"width": 1024, "height": 768})
    page = await context.new_page()
    page.set_default_timeout(15_000)

    def on_console(message: ConsoleMessage) -> None:
        # A 4xx the page handles is still logged by chromium as a failed load.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            page_errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: page_errors.append(f"uncaught: {exc}"))
    yield page
    await context.close()


@pytest.fixture
def speech_wav(tmp_path: Path) -> SpeechWav:
    """``speech_wav("some words")``: the words spoken by espeak-ng, as a 48 kHz
    mono 16-bit WAV (what chromium's fake microphone wants)."""

    def make(text: str) -> Path:
        out = tmp_path / f"speech-{abs(hash(text))}.wav"
        if not out.exists():
            write_wav(out, say(text))
        return out

    return make


# Runs in the page: records window.callnest.remoteStream with a MediaRecorder
# (Opus at 256 kbit/s, transparent for speech) and hands back the WebM file,
# base64-encoded. A ScriptProcessor tap was tried first: it runs on the page's
# main thread and dropped buffers whenever the machine was busy.
_RECORD_JS = """
async (seconds) => {
  const stream = window.callnest && window.callnest.remoteStream;
  if (!stream) throw new Error("no remote stream yet");
  const recorder = new MediaRecorder(stream, {
    mimeType: "audio/webm;codecs=opus", audioBitsPerSecond: 256000,
  });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise((resolve) => { recorder.onstop = resolve; });
  recorder.start();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  recorder.stop();
  await stopped;
  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}
"""


async def record_remote(page: Page, seconds: float) -> np.ndarray:
    """What the page's caller hears for the next ``seconds``: 48 kHz mono float32."""
    encoded: str = await page.evaluate(_RECORD_JS, seconds)  # base64 of a WebM file
    chunks: list[np.ndarray] = []
    with av.open(io.BytesIO(base64.b64decode(encoded)), "r") as webm:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        for frame in webm.decode(audio=0):
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray().reshape(-1))
    return np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) if len(samples) else 0.0


@pytest.fixture
async def caller_server(start_server: StartServer) -> Running:
    """A server with the queues the caller page is tried on: ``support``,
    ``night`` (never open), and ``front`` whose menu sends callers to
    ``sales`` or ``billing``."""
    running: Running = await start_server(no_answer_pause_s=0.5)
    for name, display in (("support", "Support"), ("sales", "Sales"), ("billing", "Billing")):
        await running.owner("POST", "/api/queues", json={"name": name, "display_name": display})
    await running.owner(
        "POST",
        "/api/queues",
        json={
            "name": "night",
            "display_name": "Night line",
            "business_hours": {"timezone": "UTC", "weekly": {}},  # never open
        },
    )
    menu = [
        {"key": "1", "label": "Buy something", "queue": "sales"},
        {"key": "2", "label": "A question about a bill", "queue": "billing"},
    ]
    await running.owner(
        "POST",
        "/api/queues",
        json={"name": "front", "display_name": "Acme Front Desk", "ivr_menu": menu},
    )
    return running
