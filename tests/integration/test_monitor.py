"""A supervisor listening to, whispering into and barging into a real call:
aiortc caller, agent and supervisor on real sockets, the server mixing."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
from typing import Any

import av
import numpy as np
import pytest

from callnest.server.keys import SWITCHBOARD
from callnest.sim.rtc import RATE, Phone
from integration.conftest import Desktop, Running
from integration.media_fixtures import _spoken, phones, server
from integration.phones import Caller, call, link
from integration.speech import SENTENCES, loudness, say, score

__all__ = ["_spoken", "phones", "server"]  # the shared call fixtures, used here

pytestmark = pytest.mark.slow


class Scene:
    """Ann (team red) answering a caller; Sue, red's supervisor, with her link."""

    def __init__(
        self, server: Running, ann: Desktop, agent: Phone, caller: Caller, sue: str, sup: Phone
    ) -> None:
        self.server, self.ann, self.agent, self.caller = server, ann, agent, caller
        self.sue, self.sup = sue, sup
        self.contact_id: str = caller.contact["contact_id"]
        self.team = 0

    async def monitor(self, mode: str, token: str | None = None) -> tuple[int, Any]:
        status, body = await self.server.call(
            "POST",
            f"/api/calls/{self.contact_id}/monitor",
            token or self.sue,
            json={"mode": mode},
        )
        return status, body


async def team(server: Running, name: str) -> int:
    created = await server.owner("POST", "/api/teams", json={"name": name})
    team_id: int = created["id"]
    return team_id


async def scene(server: Running, phones: list[Phone]) -> Scene:
    red = await team(server, "red")
    _, ann_token = await server.add_agent("ann", team_id=red)
    ann = await server.desktop(ann_token, available=True)
    agent = await link(ann)
    await server.add_agent("sue", role="supervisor", team_id=red)
    sue = await server.login("sue", "password-sue")
    sup = await link(await server.desktop(sue))
    caller = await call(server)
    phones += [agent, sup, caller.phone]
    offer = await ann.expect("offer")
    assert (await ann.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
    await asyncio.sleep(0.3)
    made = Scene(server, ann, agent, caller, sue, sup)
    made.team = red
    return made


async def hear(mouth_of: Phone, speech: np.ndarray, *ears: Phone) -> list[np.ndarray]:
    """What each of ``ears`` hears while ``mouth_of`` says ``speech`` (plus a tail)."""
    marks = [ear.ear.mark() for ear in ears]
    mouth_of.mouth.say(speech)
    await asyncio.sleep(len(speech) / RATE + 0.6)
    return [ear.ear.since(mark) for ear, mark in zip(ears, marks, strict=True)]


def correlation(said: np.ndarray, heard: np.ndarray) -> float:
    """Peak normalised cross-correlation of ``said`` within ``heard`` (0..1):
    1 is ``said`` itself at some delay, ~0 is none of it."""
    if len(heard) < len(said):
        heard = np.concatenate([heard, np.zeros(len(said) - len(heard))])
    a = said.astype(np.float64)
    b = heard.astype(np.float64)
    n = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    corr = np.fft.irfft(np.fft.rfft(b, n) * np.conj(np.fft.rfft(a, n)), n)[: len(b) - len(a) + 1]
    # Energy of each window of ``heard`` as long as ``said``.
    energy = np.concatenate([[0.0], np.cumsum(b * b)])
    windows = energy[len(a) :] - energy[: len(b) - len(a) + 1]
    normalised = corr / (np.linalg.norm(a) * np.sqrt(np.maximum(windows, 1.0)))
    return float(np.max(np.abs(normalised)))


def decoded_streams(data: bytes) -> list[np.ndarray]:
    """Each stream of an Ogg Opus recording as 48 kHz mono int16."""
    streams: list[np.ndarray] = []
    for index in range(2):
        with av.open(io.BytesIO(data), "r") as ogg:
            chunks = [
                frame.to_ndarray().reshape(len(frame.layout.channels), -1).mean(axis=0)
                for frame in ogg.decode(audio=index)
            ]
        samples = np.concatenate(chunks) if chunks else np.zeros(0)
        if np.issubdtype(samples.dtype, np.floating):
            samples = samples * 32767
        streams.append(samples.astype(np.int16))
    return streams


async def test_listen_hears_both_sides_and_nobody_hears_the_supervisor(
    server: Running, phones: list[Phone]
) -> None:
    s = await scene(server, phones)
    status, body = await s.monitor("listen")
    assert (status, body["mode"]) == (200, "listen")
    await asyncio.sleep(0.3)

    caller_said, agent_said = say(SENTENCES[0]), say(SENTENCES[1])
    sup_heard_caller, agent_heard = await hear(s.caller.phone, caller_said, s.sup, s.agent)
    (sup_heard_agent, caller_heard) = await hear(s.agent, agent_said, s.sup, s.caller.phone)
    caller_ear, agent_ear = await hear(s.sup, caller_said, s.caller.phone, s.agent)
    # Scored after the talking: PESQ blocks the loop the server shares.
    # One party talks at a time, so the mix is that party plus silence: PESQ applies.
    of_caller = score(caller_said, sup_heard_caller)
    of_agent = score(agent_said, sup_heard_agent)
    print(f"listen: PESQ caller->supervisor {of_caller:.2f}, agent->supervisor {of_agent:.2f}")
    assert of_caller >= 3.0
    assert of_agent >= 3.0
    # The call itself is untouched: still plain forwarding both ways.
    assert score(caller_said, agent_heard) >= 3.5
    assert score(agent_said, caller_heard) >= 3.5
    # A silent monitor: the supervisor's microphone goes nowhere.
    for ear in (caller_ear, agent_ear):
        assert correlation(caller_said, ear) < 0.2
        assert loudness(ear) < 50
    audit = await server.owner("GET", "/api/audit")
    assert (audit[0]["action"], audit[0]["target"]) == (
        "monitor.listen",
        f"contacts:{s.contact_id}",
    )


async def test_whisper_reaches_the_agent_only_and_stays_out_of_the_recording(
    server: Running, phones: list[Phone]
) -> None:
    s = await scene(server, phones)
    assert (await s.monitor("whisper"))[0] == 200
    await asyncio.sleep(0.3)

    whisper = say(SENTENCES[1])
    agent_heard, caller_heard = await hear(s.sup, whisper, s.agent, s.caller.phone)
    # The agent still hears the caller, now through the mix.
    (agent_heard_caller,) = await hear(s.caller.phone, say(SENTENCES[0]), s.agent)
    status = (await s.ann.request("call.hangup", contact_id=s.contact_id))["type"]
    assert status == "ok"
    await server.contact(s.caller.contact, params={"wait_s": "5", "state": "connected"})
    assert not any(c.monitor for c in server.app[SWITCHBOARD].calls.values())

    to_agent = score(whisper, agent_heard)
    in_callers_ear = correlation(whisper, caller_heard)
    print(f"whisper: PESQ supervisor->agent {to_agent:.2f}, caller's ear corr {in_callers_ear:.3f}")
    assert to_agent >= 3.0
    assert score(say(SENTENCES[0]), agent_heard_caller) >= 3.0
    assert in_callers_ear < 0.2
    assert loudness(caller_heard) < 50

    interaction = await server.owner("GET", f"/api/interactions/{s.contact_id}")
    assert interaction["recording"] is not None
    status, data = await server.recording(s.contact_id)
    assert status == 200
    caller_stream, agent_stream = decoded_streams(data)
    assert correlation(say(SENTENCES[0]), caller_stream) >= 0.6  # the recording works...
    in_recording = [correlation(whisper, stream) for stream in (caller_stream, agent_stream)]
    print(f"whisper: corr in the recording's caller/agent streams {in_recording}")
    assert max(in_recording) < 0.2  # ...and has none of the whisper


async def test_barge_everyone_hears_the_two_others(server: Running, phones: list[Phone]) -> None:
    s = await scene(server, phones)
    assert (await s.monitor("barge"))[0] == 200
    await asyncio.sleep(0.3)

    said = say(SENTENCES[1])
    caller_heard, agent_heard = await hear(s.sup, said, s.caller.phone, s.agent)
    (sup_heard_caller,) = await hear(s.caller.phone, say(SENTENCES[0]), s.sup)
    to_caller, to_agent = score(said, caller_heard), score(said, agent_heard)
    print(f"barge: PESQ supervisor->caller {to_caller:.2f}, supervisor->agent {to_agent:.2f}")
    assert to_caller >= 3.0
    assert to_agent >= 3.0
    assert score(say(SENTENCES[0]), sup_heard_caller) >= 3.0


async def test_switching_listen_whisper_off_mid_call(server: Running, phones: list[Phone]) -> None:
    s = await scene(server, phones)
    said = say(SENTENCES[1])
    heard: dict[str, np.ndarray] = {}
    for mode in ("listen", "whisper", "off"):
        status, body = await s.monitor(mode)
        assert (status, body["mode"]) == (200, mode)
        await asyncio.sleep(0.3)
        (heard[mode],) = await hear(s.sup, said, s.agent)
    after_off, sup_after_off = await hear(s.caller.phone, say(SENTENCES[0]), s.agent, s.sup)

    figures = {mode: correlation(said, ear) for mode, ear in heard.items()}
    print(f"switching: corr of the supervisor's words in the agent's ear {figures}")
    assert figures["listen"] < 0.2
    assert score(said, heard["whisper"]) >= 3.0
    assert figures["off"] < 0.2
    assert score(say(SENTENCES[0]), after_off) >= 3.5  # plain forwarding is back
    assert loudness(sup_after_off) < 50  # and the supervisor hears nothing any more
    audit = await server.owner("GET", "/api/audit")
    actions = [a["action"] for a in audit if a["action"].startswith("monitor.")]
    assert actions == ["monitor.off", "monitor.whisper", "monitor.listen"]


async def test_refusals(server: Running, phones: list[Phone]) -> None:
    s = await scene(server, phones)
    ann_team = s.team
    _, bob = await server.add_agent("bob", team_id=ann_team)
    blue = await team(server, "blue")
    await server.add_agent("tom", role="supervisor", team_id=blue)
    tom = await server.login("tom", "password-tom")
    await server.add_agent("liz", role="supervisor", team_id=ann_team)
    liz = await server.login("liz", "password-liz")  # red's, but no desktop link

    for token, expected in (
        (bob, (403, "forbidden")),
        (tom, (403, "forbidden")),
        (liz, (409, "no_link")),
        (server.owner_token, (409, "no_link")),
    ):
        status, body = await s.monitor("listen", token)
        assert (status, body["error"]["code"]) == expected
    assert "audio link" in (await s.monitor("listen", liz))[1]["error"]["message"]
    status, body = await server.call(
        "POST", "/api/calls/nope/monitor", s.sue, json={"mode": "listen"}
    )
    assert status == 404
    audit = await server.owner("GET", "/api/audit")
    assert not [a for a in audit if a["action"].startswith("monitor.")]
    # Nobody was told: the agent's desktop got nothing about it.
    assert (await s.monitor("listen"))[0] == 200
    seen = []
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(0.5):
            while True:
                seen.append(json.dumps(await s.ann.recv()))
    assert not [m for m in seen if "monitor" in m or "supervis" in m]
