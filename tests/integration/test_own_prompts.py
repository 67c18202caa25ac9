"""The owner's own recordings of the prompts, on a real server: uploaded for
a prompt and language, listed as the owner's, heard by that language's
callers in the made prompt's place; refused, naming the problem, when the
file will not do; removed, and the made prompt is back; kept across a
restart. And a phone caller of a queue that offers languages chooses one
on the keypad, or hears the queue's own."""

from __future__ import annotations

import asyncio
import io
import wave
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from callnest.protocol.pcm import resample
from callnest.server.backup import back_up, restore
from callnest.server.keys import SWITCHBOARD
from callnest.server.media.prompts import REQUIRED_PROMPTS
from callnest.server.phone import calls
from callnest.sim.rtc import RATE, Phone
from integration.conftest import Running, StartServer
from integration.media_fixtures import _spoken, phones, server
from integration.phones import call
from integration.rtp_phone import RATE as PHONE_RATE
from integration.rtp_phone import RtpPhone
from integration.speech import SENTENCES, say
from integration.test_phone_calls import phone_server
from integration.test_prompt_languages import language_queue, likeness, middle, prompt, seconds
from integration.trunk_calls import answered, dial, rtp

__all__ = ["_spoken", "phones", "rtp", "server"]  # the shared call fixtures, used here

pytestmark = pytest.mark.slow

WELCOME = "/api/prompts/sl/welcome"


def wav(samples: np.ndarray, rate: int = RATE) -> bytes:
    """Mono samples (int16, or floats in [-1, 1]) as a WAV file."""
    pcm = samples if samples.dtype == np.int16 else (np.clip(samples, -1, 1) * 32767)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.astype("<i2").tobytes())
    return out.getvalue()


def tone(seconds: float, amplitude: float, rate: int = 8000) -> bytes:
    """A 440 Hz tone as an 8 kHz WAV file."""
    t = np.arange(round(seconds * rate)) / rate
    return wav(amplitude * np.sin(2 * np.pi * 440 * t), rate)


def decoded(ogg: bytes) -> np.ndarray:
    """An Ogg/Opus file's sound as 48 kHz int16, as :func:`prompt` gives it."""
    with av.open(io.BytesIO(ogg), mode="r") as container:
        pcm = np.concatenate([f.to_ndarray() for f in container.decode(audio=0)], axis=1)[0]
    samples: np.ndarray = (pcm * 32767 if pcm.dtype.kind == "f" else pcm).astype(np.int16)
    return samples


async def upload(
    server: Running,
    data: bytes,
    path: str = WELCOME,
    content_type: str = "audio/wav",
    token: str | None = None,
) -> tuple[int, Any]:
    return await server.call(
        "PUT",
        path,
        token or server.owner_token,
        data=io.BytesIO(data),  # not bytes: aiohttp warns of a large body so
        headers={"Content-Type": content_type},
    )


async def audio(server: Running, path: str = WELCOME) -> bytes:
    async with server.http.get(
        f"{server.url}{path}/audio", headers=server.auth(server.owner_token)
    ) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "audio/ogg"
        return await response.read()


def listed(prompts: dict[str, Any], language: str, name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [
        p for p in prompts["prompts"] if (p["language"], p["name"]) == (language, name)
    ]
    assert len(found) == 1, found
    return found[0]


async def test_the_owners_recording_is_what_callers_hear_until_it_is_removed(
    server: Running, phones: list[Phone]
) -> None:
    await language_queue(server, "podpora", "sl")
    spoken = say(SENTENCES[0])
    status, answer = await upload(server, wav(spoken))
    assert status == 200, answer
    assert (answer["language"], answer["name"], answer["own"]) == ("sl", "welcome", True)
    assert answer["seconds"] == pytest.approx(seconds(spoken), abs=0.3)

    prompts = await server.owner("GET", "/api/prompts")
    assert len(prompts["prompts"]) == 5 * len(REQUIRED_PROMPTS)
    assert (prompts["min_seconds"], prompts["max_bytes"]) == (0.5, 10_000_000)
    assert listed(prompts, "sl", "welcome")["own"] is True
    english = listed(prompts, "en", "welcome")
    assert (english["own"], english["seconds"]) == (False, None)
    assert english["made_seconds"] == pytest.approx(seconds(prompt("en", "welcome")), abs=0.02)
    assert english["max_seconds"] == 60
    assert listed(prompts, "sl", "position_05")["max_seconds"] == 15

    own = decoded(await audio(server))
    made = prompt("sl", "welcome")
    caller = await call(server, "podpora")
    phones.append(caller.phone)
    await asyncio.sleep(seconds(own) + 0.5)
    heard = caller.phone.ear.since(0)
    likes = {
        "own": likeness(middle(own, 1.0, seconds(own) - 0.5), heard),
        "made": likeness(middle(made, 1.5, 4.0), heard),
    }
    print(f"welcome heard: like the owner's {likes['own']:.2f}, the made one {likes['made']:.2f}")
    assert likes["own"] > 0.8
    assert likes["made"] < 0.5

    answer = await server.owner("DELETE", WELCOME)
    assert (answer["own"], answer["seconds"]) == (False, None)
    assert not (server.settings.data_dir / "prompts" / "sl" / "welcome.ogg").exists()
    assert listed(await server.owner("GET", "/api/prompts"), "sl", "welcome")["own"] is False
    assert np.array_equal(decoded(await audio(server)), made)
    library = server.app[SWITCHBOARD].library
    assert library.prompt("welcome", "sl") == library.made("welcome", "sl")


async def test_a_recording_that_will_not_do_is_refused_naming_the_problem(
    server: Running,
) -> None:
    refusals: list[tuple[bytes, str, dict[str, Any]]] = [
        (tone(70.0, 0.3), WELCOME, {"problem": "too_long", "seconds": 70.0, "max_s": 60.0}),
        (
            tone(20.0, 0.3),
            "/api/prompts/sl/position_05",
            {"problem": "too_long", "seconds": 20.0, "max_s": 15.0},
        ),
        (wav(np.zeros(8000 * 3), 8000), WELCOME, {"problem": "too_quiet", "dbfs": -120.0}),
        (tone(2.0, 3.0), WELCOME, {"problem": "clipped", "max_percent": 0.1}),
        (b"Dear owner, this is a letter.\n" * 50, WELCOME, {"problem": "not_audio"}),
    ]
    for data, path, details in refusals:
        status, body = await upload(server, data, path)
        assert (status, body["error"]["code"]) == (422, "invalid_request"), body
        got = body["error"]["details"]
        assert {k: got[k] for k in details} == details, got
        print(f"refused: {got}: {body['error']['message']}")

    status, body = await upload(server, b"\0" * (10_000_000 + 1))
    assert (status, body["error"]["code"]) == (413, "too_large")
    status, body = await upload(server, tone(2.0, 0.3), "/api/prompts/sl/goodbye")
    assert (status, body["error"]["code"]) == (404, "not_found")
    status, body = await upload(server, tone(2.0, 0.3), "/api/prompts/de/welcome")
    assert (status, body["error"]["code"]) == (404, "not_found")
    status, body = await upload(server, b'{"a": 1}', content_type="application/json")
    assert (status, body["error"]["code"]) == (415, "unsupported_media_type")

    _, agent = await server.add_agent("ann")
    status, body = await upload(server, tone(2.0, 0.3), token=agent)
    assert (status, body["error"]["code"]) == (403, "forbidden")
    status, body = await server.call("GET", "/api/prompts", agent)
    assert (status, body["error"]["code"]) == (403, "forbidden")
    status, body = await server.call("DELETE", WELCOME, agent)
    assert (status, body["error"]["code"]) == (403, "forbidden")

    # Nothing refused was kept.
    prompts = await server.owner("GET", "/api/prompts")
    assert not [p for p in prompts["prompts"] if p["own"]]
    assert not (server.settings.data_dir / "prompts").exists()


async def test_a_recording_is_kept_across_a_restart_and_in_backups(
    start_server: StartServer, tmp_path: Path
) -> None:
    first = await start_server(tmp_path / "first")
    status, answer = await upload(first, tone(2.0, 0.3))
    assert status == 200, answer
    own = first.app[SWITCHBOARD].library.own("welcome", "sl")
    await first.stop()
    # Brought back on another machine from a backup: the recording too.
    await asyncio.to_thread(back_up, first.settings, tmp_path / "backups")
    await asyncio.to_thread(restore, tmp_path / "backups", tmp_path / "restored")

    for data_dir in (tmp_path / "first", tmp_path / "restored"):
        again = await start_server(data_dir)
        assert listed(await again.owner("GET", "/api/prompts"), "sl", "welcome")["own"] is True
        assert again.app[SWITCHBOARD].library.prompt("welcome", "sl") == own
        await again.stop()


# ------------------------------------------------------------ the phone


async def language_choice_server(start_server: StartServer, language: str) -> Running:
    """A phone server whose queue speaks ``language`` and offers English
    (key 1) and Slovenian (key 2)."""
    server = await phone_server(start_server)
    (queue,) = await server.owner("GET", "/api/queues")
    await server.owner(
        "PATCH",
        f"/api/queues/{queue['id']}",
        json={"language": language, "caller_languages": ["en", "sl"]},
    )
    return server


def on_the_phone(samples: np.ndarray) -> np.ndarray:
    """A prompt as the telephone carries it: G.711 at 8 kHz."""
    return resample(samples, RATE, PHONE_RATE)


async def test_a_phone_caller_chooses_their_language_on_the_keypad(
    start_server: StartServer, rtp: RtpPhone, tmp_path: Path
) -> None:
    server = await language_choice_server(start_server, "en")
    offer = on_the_phone(prompt("en", "language_choice_1"))
    welcome = {language: on_the_phone(prompt(language, "welcome")) for language in ("sl", "en")}
    trunk = await dial(server, rtp, tmp_path / "trunk")
    try:
        await answered(trunk, rtp)
        await asyncio.wait_for(rtp.answered.wait(), 5)
        await asyncio.sleep(seconds(prompt("en", "language_choice_1")) + 0.5)
        offered = likeness(
            middle(offer, 0.2, len(offer) / PHONE_RATE - 0.1, PHONE_RATE), rtp.since(0)
        )
        rtp.press(2)
        mark = rtp.mark()
        await asyncio.sleep(4.5)
        heard = rtp.since(mark)
    finally:
        await trunk.stop()
    likes = {
        language: likeness(middle(clip, 1.0, 3.5, PHONE_RATE), heard)
        for language, clip in welcome.items()
    }
    print(
        f"offered English: {offered:.2f}; after key 2 the welcome heard: "
        f"like sl {likes['sl']:.2f}, en {likes['en']:.2f}"
    )
    assert offered > 0.8
    assert likes["sl"] > 0.8
    assert likes["en"] < 0.5


async def test_a_phone_caller_who_presses_nothing_hears_the_queues_language(
    start_server: StartServer, rtp: RtpPhone, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calls, "LANGUAGE_WAIT_S", 1.0)  # the test's time, not the caller's
    server = await language_choice_server(start_server, "es")
    choice = prompt("en", "language_choice_1"), prompt("sl", "language_choice_2")
    offered_s = sum(seconds(clip) + 0.3 for clip in choice)  # with the pause after each
    welcome = {language: on_the_phone(prompt(language, "welcome")) for language in ("es", "en")}
    trunk = await dial(server, rtp, tmp_path / "trunk")
    try:
        await answered(trunk, rtp)
        await asyncio.wait_for(rtp.answered.wait(), 5)
        await asyncio.sleep(2 * (offered_s + 1.0) + 4.5)
        heard = rtp.since(0)
    finally:
        await trunk.stop()
    likes = {
        language: likeness(middle(clip, 1.0, 3.5, PHONE_RATE), heard)
        for language, clip in welcome.items()
    }
    print(f"no key: the welcome heard like es {likes['es']:.2f}, en {likes['en']:.2f}")
    assert likes["es"] > 0.8
    assert likes["en"] < 0.5
