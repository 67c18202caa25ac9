"""Callers hear the prompts in their language: the one their page chose, else
their queue's. What a caller heard is compared with the packaged prompts
themselves: the server forwards the files' packets, so the right sentence
decodes to (nearly) the same samples and another language's does not."""

from __future__ import annotations

import asyncio
from pathlib import Path

import av
import numpy as np
import pytest

from callnest.protocol.pcm import resample
from callnest.resources import audio_dir
from callnest.server.keys import SWITCHBOARD
from callnest.sim.rtc import RATE, Phone
from integration.conftest import Running, StartServer
from integration.media_fixtures import _spoken, phones, server
from integration.phones import call
from integration.rtp_phone import RATE as PHONE_RATE
from integration.rtp_phone import RtpPhone
from integration.test_phone_calls import phone_server
from integration.trunk_calls import answered, dial, rtp

__all__ = ["_spoken", "phones", "rtp", "server"]  # the shared call fixtures, used here

pytestmark = pytest.mark.slow


def prompt(language: str, name: str) -> np.ndarray:
    """A packaged prompt decoded, as 48 kHz mono int16 (as a caller's ear keeps it)."""
    path = audio_dir() / "prompts" / language / f"{name}.ogg"
    with av.open(str(path)) as ogg:
        pcm = np.concatenate([f.to_ndarray() for f in ogg.decode(audio=0)], axis=1)[0]
    samples: np.ndarray = (pcm * 32767 if pcm.dtype.kind == "f" else pcm).astype(np.int16)
    return samples


def seconds(samples: np.ndarray) -> float:
    return len(samples) / RATE


def likeness(said: np.ndarray, heard: np.ndarray) -> float:
    """How much the stretch of ``heard`` most like ``said`` is ``said``: the
    peak of their normalised cross-correlation (1: the very same samples)."""
    a, b = said.astype(np.float64), heard.astype(np.float64)
    if len(b) < len(a):
        return 0.0
    lags = len(b) - len(a) + 1
    n = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    dots = np.fft.irfft(np.fft.rfft(b, n) * np.conj(np.fft.rfft(a, n)), n)[:lags]
    energy = np.concatenate([[0.0], np.cumsum(b**2)])
    windows = np.sqrt(np.maximum(energy[len(a) :] - energy[:lags], 1e-9))
    return float(np.max(dots / (np.linalg.norm(a) * windows)))


def middle(samples: np.ndarray, start_s: float, end_s: float, rate: int = RATE) -> np.ndarray:
    """A stretch well inside a prompt: its first packets may go before the
    caller's connection is up."""
    return samples[round(start_s * rate) : round(end_s * rate)]


async def language_queue(server: Running, name: str, language: str, **fields: object) -> None:
    await server.owner(
        "POST",
        "/api/queues",
        json={"name": name, "display_name": name.title(), "language": language} | fields,
    )


async def test_a_caller_of_a_slovenian_queue_is_welcomed_in_slovenian(
    server: Running, phones: list[Phone]
) -> None:
    await language_queue(server, "podpora", "sl")
    welcome = {language: prompt(language, "welcome") for language in ("sl", "en")}
    caller = await call(server, "podpora")
    phones.append(caller.phone)
    await asyncio.sleep(seconds(welcome["sl"]) + 0.5)
    heard = caller.phone.ear.since(0)
    contact_id = caller.contact["contact_id"]
    assert server.app[SWITCHBOARD].calls[contact_id].language == "sl"
    slovenian = likeness(middle(welcome["sl"], 1.5, 4.0), heard)
    english = likeness(middle(welcome["en"], 1.5, 4.0), heard)
    print(f"welcome heard: like sl {slovenian:.2f}, like en {english:.2f}")
    assert slovenian > 0.8
    assert english < 0.5


async def test_a_web_caller_hears_the_language_of_their_page_not_the_queues(
    server: Running, phones: list[Phone]
) -> None:
    await language_queue(server, "help", "en", announce_every_s=10)
    welcome = {language: prompt(language, "welcome") for language in ("es", "en")}
    place = {language: prompt(language, "position_01") for language in ("es", "en")}
    caller = await call(server, "help", language="es")
    phones.append(caller.phone)
    # The welcome, 10 s of music, then the first announcement: "number one".
    await asyncio.sleep(seconds(welcome["es"]) + 10 + seconds(place["es"]) + 1.0)
    heard = caller.phone.ear.since(0)
    assert server.app[SWITCHBOARD].calls[caller.contact["contact_id"]].language == "es"
    likes = {
        (name, language): likeness(middle(clip, 1.5, 4.0), heard)
        for name, clips in (("welcome", welcome),)
        for language, clip in clips.items()
    } | {
        ("position_01", language): likeness(middle(clip, 0.2, seconds(clip) - 0.1), heard)
        for language, clip in place.items()
    }
    print(
        ", ".join(
            f"{name} like {language} {value:.2f}" for (name, language), value in likes.items()
        )
    )
    assert likes["welcome", "es"] > 0.8
    assert likes["welcome", "en"] < 0.5
    assert likes["position_01", "es"] > 0.8
    assert likes["position_01", "en"] < 0.5


async def test_a_phone_caller_hears_the_notice_in_the_queues_language(
    start_server: StartServer, rtp: RtpPhone, tmp_path: Path
) -> None:
    server = await phone_server(start_server)
    (queue,) = await server.owner("GET", "/api/queues")
    await server.owner(
        "PATCH", f"/api/queues/{queue['id']}", json={"language": "sl", "recording_notice": True}
    )
    # Heard through G.711 at 8 kHz: the prompts as the telephone carries them.
    notice = {
        language: resample(prompt(language, "recording_notice"), RATE, PHONE_RATE)
        for language in ("sl", "en")
    }
    trunk = await dial(server, rtp, tmp_path / "trunk")
    try:
        await answered(trunk, rtp)
        await asyncio.wait_for(rtp.answered.wait(), 5)
        await asyncio.sleep(4.5)
        heard = rtp.since(0)
    finally:
        await trunk.stop()
    likes = {
        language: likeness(middle(clip, 1.0, 4.0, PHONE_RATE), heard)
        for language, clip in notice.items()
    }
    print(f"recording notice heard on the phone: like sl {likes['sl']:.2f}, en {likes['en']:.2f}")
    assert likes["sl"] > 0.8
    assert likes["en"] < 0.5
