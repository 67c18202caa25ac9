"""Real calls through the real server: aiortc callers and agents (encoding and
decoding like phones) on real sockets, the server forwarding Opus between them."""

from __future__ import annotations

import asyncio
import io
import time
import uuid
from typing import Any

import av
import numpy as np
import pytest

from callnest.sim.rtc import RATE, Phone
from integration.conftest import Desktop, Running, StartServer
from integration.media_fixtures import _spoken, phones, server
from integration.phones import Caller, call, link
from integration.speech import SENTENCES, loudness, say, score

__all__ = ["_spoken", "phones", "server"]  # the shared call fixtures, used here

pytestmark = pytest.mark.slow


async def answered(server: Running, desk: Desktop, caller: Caller) -> None:
    offer = await desk.expect("offer")
    assert offer["contact"]["contact_id"] == caller.contact["contact_id"]
    assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"


async def connected_call(
    server: Running, phones: list[Phone], *, team_id: int | None = None, **fields: Any
) -> tuple[Desktop, Phone, Caller, str]:
    """Agent ann (of ``team_id``), available with her audio link; a caller she has answered."""
    _, token = await server.add_agent("ann", team_id=team_id)
    desk = await server.desktop(token, available=True)
    agent = await link(desk)
    caller = await call(server, **fields)
    phones += [agent, caller.phone]
    await answered(server, desk, caller)
    return desk, agent, caller, token


async def heard_while(ear_of: Phone, mouth_of: Phone, speech: np.ndarray) -> np.ndarray:
    """What ``ear_of`` hears while ``mouth_of`` says ``speech`` (plus a tail)."""
    mark = ear_of.ear.mark()
    mouth_of.mouth.say(speech)
    await asyncio.sleep(len(speech) / RATE + 0.6)
    return ear_of.ear.since(mark)


async def test_caller_and_agent_hear_each_other(server: Running, phones: list[Phone]) -> None:
    _, agent, caller, _ = await connected_call(server, phones, caller_name="Bob")
    await asyncio.sleep(0.3)

    heard_by_agent = await heard_while(agent, caller.phone, say(SENTENCES[0]))
    heard_by_caller = await heard_while(caller.phone, agent, say(SENTENCES[1]))
    # Scored after the talking: PESQ blocks the loop the server shares.
    to_agent = score(say(SENTENCES[0]), heard_by_agent)
    to_caller = score(say(SENTENCES[1]), heard_by_caller)
    print(f"PESQ caller->agent {to_agent:.2f}, agent->caller {to_caller:.2f}")
    assert to_agent >= 3.5
    assert to_caller >= 3.5


async def test_waiting_caller_hears_the_queue_and_its_place(
    server: Running, phones: list[Phone]
) -> None:
    caller = await call(server)
    phones.append(caller.phone)
    assert caller.contact["state"] == "queued"
    assert caller.contact["position"] == 1
    mark = caller.phone.ear.mark()
    await asyncio.sleep(1.5)
    assert loudness(caller.phone.ear.since(mark)) > 200  # welcome prompt, then music


async def test_hold_plays_music_and_keeps_the_agent_from_hearing(
    server: Running, phones: list[Phone]
) -> None:
    desk, agent, caller, _ = await connected_call(server, phones)
    contact_id = caller.contact["contact_id"]
    assert (await desk.request("call.hold", contact_id=contact_id))["type"] == "ok"
    await asyncio.sleep(0.3)
    held = await heard_while(agent, caller.phone, say(SENTENCES[0]))
    assert loudness(held) < 50  # the agent hears none of the caller on hold
    mark = caller.phone.ear.mark()
    await asyncio.sleep(1.0)
    assert loudness(caller.phone.ear.since(mark)) > 200  # the caller hears hold music
    _, seen = await server.contact(caller.contact)
    assert seen["on_hold"] is True

    assert (await desk.request("call.resume", contact_id=contact_id))["type"] == "ok"
    await asyncio.sleep(0.3)
    back = await heard_while(agent, caller.phone, say(SENTENCES[0]))
    assert score(say(SENTENCES[0]), back) >= 3.5


async def test_agent_hang_up_ends_the_callers_connection_and_keeps_a_recording(
    server: Running, phones: list[Phone]
) -> None:
    desk, agent, caller, _ = await connected_call(server, phones)
    await asyncio.sleep(0.3)
    await heard_while(agent, caller.phone, say(SENTENCES[0]))
    started = time.monotonic()
    contact_id = caller.contact["contact_id"]
    assert (await desk.request("call.hangup", contact_id=contact_id))["type"] == "ok"
    await asyncio.wait_for(caller.phone.closed.wait(), 10)

    interaction = await server.owner("GET", f"/api/interactions/{contact_id}")
    assert interaction["recording"] is not None
    status, data = await server.recording(contact_id)
    assert status == 200
    with av.open(__import__("io").BytesIO(data)) as ogg:
        assert [s.codec_context.name for s in ogg.streams.audio] == ["opus", "opus"]
        assert ogg.duration is not None
        assert ogg.duration / 1e6 > len(say(SENTENCES[0])) / RATE
    assert time.monotonic() - started < 10


def callers_track(ogg_bytes: bytes) -> np.ndarray:
    """The recording's caller stream (the first) as 48 kHz mono int16."""
    chunks = []
    with av.open(io.BytesIO(ogg_bytes), mode="r") as ogg:
        for frame in ogg.decode(ogg.streams.audio[0]):
            chunks.append(frame.to_ndarray().reshape(-1, frame.layout.nb_channels)[:, 0])
    pcm = np.concatenate(chunks)
    return (pcm * 32767).astype(np.int16) if pcm.dtype.kind == "f" else pcm.astype(np.int16)


def loud_seconds(samples: np.ndarray) -> float:
    """How long ``samples`` hold speech: 20 ms windows louder than silence."""
    window = RATE // 50
    frames = samples[: len(samples) // window * window].reshape(-1, window)
    levels = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1))
    return float(np.count_nonzero(levels > 200)) / 50


async def test_a_paused_recording_keeps_silence_for_the_pause_and_the_pause_is_audited(
    server: Running, phones: list[Phone]
) -> None:
    desk, agent, caller, _ = await connected_call(server, phones)
    contact_id = caller.contact["contact_id"]
    await asyncio.sleep(0.3)
    before, secret = say(SENTENCES[0]), say(SENTENCES[1])
    await heard_while(agent, caller.phone, before)

    async def pause(paused: bool) -> None:
        reply = await desk.request("call.recording", contact_id=contact_id, paused=paused)
        assert reply["type"] == "ok", reply
        update = await desk.expect("contact.update")
        while update["contact"]["recording_paused"] is not paused:  # (earlier ones first)
            update = await desk.expect("contact.update")

    # Only a call the agent is on can be paused.
    refused = await desk.request("call.recording", contact_id=str(uuid.uuid4()), paused=True)
    assert refused["type"] == "error", refused
    await pause(True)
    # The card number: the operator hears it, the recording does not.
    assert loudness(await heard_while(agent, caller.phone, secret)) > 300
    await pause(False)
    await heard_while(agent, caller.phone, before)
    assert (await desk.request("call.hangup", contact_id=contact_id))["type"] == "ok"
    await asyncio.wait_for(caller.phone.closed.wait(), 10)

    await server.owner("GET", f"/api/interactions/{contact_id}")  # the writes are done
    status, data = await server.recording(contact_id)
    assert status == 200
    track = callers_track(data)
    spoken = loud_seconds(before)
    # Twice the sentence before and after; the paused one is silence, though
    # the file is as long as the call (the pause was not cut out).
    assert abs(loud_seconds(track) - 2 * spoken) < 0.6, (loud_seconds(track), spoken)
    assert len(track) / RATE > 2 * len(before) / RATE + len(secret) / RATE
    pauses = [
        (a["action"], a["target"])
        for a in await server.owner("GET", "/api/audit")
        if a["action"] in ("recording.pause", "recording.resume")
    ]
    assert pauses == [
        ("recording.resume", f"interactions:{contact_id}"),
        ("recording.pause", f"interactions:{contact_id}"),
    ]  # newest first


async def test_recordings_are_for_owners_and_supervisors(
    server: Running, phones: list[Phone]
) -> None:
    red = await server.owner("POST", "/api/teams", json={"name": "red"})
    blue = await server.owner("POST", "/api/teams", json={"name": "blue"})
    desk, _, caller, token = await connected_call(server, phones, team_id=red["id"])
    contact_id = caller.contact["contact_id"]
    await asyncio.sleep(0.5)
    assert (await desk.request("call.hangup", contact_id=contact_id))["type"] == "ok"
    _, seen = await server.contact(caller.contact, params={"wait_s": "5", "state": "connected"})
    assert seen["state"] == "wrap_up"
    status, _ = await server.recording(contact_id, token)
    assert status == 403
    sue_id, _ = await server.add_agent("sue", role="supervisor", team_id=red["id"])
    sue = await server.login("sue", "password-sue")
    assert (await server.recording(contact_id, sue))[0] == 200
    # Another team's supervisor reads neither the call nor its recording, and
    # does not find it (issue 18, item 2); nor does one with no team.
    _, max_token = await server.add_agent("max", role="supervisor", team_id=blue["id"])
    _, lou_token = await server.add_agent("lou", role="supervisor")
    for other in (max_token, lou_token):
        assert (await server.recording(contact_id, other))[0] == 403
        status, _ = await server.call("GET", f"/api/interactions/{contact_id}", other)
        assert status == 403
        status, found = await server.call("GET", "/api/interactions", other)
        assert (status, found) == (200, [])
    status, found = await server.call("GET", "/api/interactions", sue)
    assert [i["id"] for i in found] == [contact_id]
    # Each download is audited (issue 18, item 24); a refused one is not.
    downloads = [
        a for a in await server.owner("GET", "/api/audit") if a["action"].startswith("recording")
    ]
    assert [(a["action"], a["target"], a["actor_id"]) for a in downloads] == [
        ("recording.download", f"interactions:{contact_id}", sue_id)
    ]


async def test_caller_hanging_up_in_the_queue_abandons_with_its_wait(
    server: Running, phones: list[Phone]
) -> None:
    caller = await call(server)
    await asyncio.sleep(0.5)
    await caller.phone.close()
    contact_id = caller.contact["contact_id"]
    for _ in range(50):
        _, seen = await server.contact(caller.contact)
        if seen["state"] == "closed":
            break
        await asyncio.sleep(0.1)
    assert seen["outcome"] == "abandoned"
    interaction = await server.owner("GET", f"/api/interactions/{contact_id}")
    assert interaction["wait_s"] >= 0.5


async def test_the_link_reports_its_quality(server: Running, phones: list[Phone]) -> None:
    team = await server.owner("POST", "/api/teams", json={"name": "floor"})
    agent_id, token = await server.add_agent("ann", team_id=team["id"])
    desk = await server.desktop(token, available=True)
    agent = await link(desk)
    phones.append(agent)
    await server.add_agent("sue", role="supervisor", team_id=team["id"])
    sue = await server.desktop(await server.login("sue", "password-sue"))
    await sue.request("stats.subscribe")
    deadline = time.monotonic() + 10
    quality = None
    while quality is None and time.monotonic() < deadline:
        message = await sue.expect("stats.update", within=10)
        for figures in message["agents"]:
            if figures["agent_id"] == agent_id and figures.get("link"):
                quality = figures["link"]
    await sue.close()
    await desk.close()
    assert quality is not None
    assert quality["loss_pct"] == 0
    assert quality["jitter_ms"] < 50


# ------------------------------------------------------------------ bad input


async def test_malformed_offers_are_refused_clearly(server: Running) -> None:
    for sdp, problem in (
        ("hello", "v=0"),
        ("v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n", "no audio"),
        ("v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=rtpmap:0 PCMU/8000\r\n", "Opus"),
        ("v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=rtpmap:111 opus/48000/2\r\n", "read"),
    ):
        status, body = await server.call(
            "POST", "/api/public/queues/support/calls", json={"sdp": sdp}
        )
        assert status == 422, body
        assert body["error"]["code"] == "invalid_sdp"
        assert problem in body["error"]["message"]
    waiting = await server.owner("GET", "/api/stats")
    assert all(q["waiting"] == 0 for q in waiting["queues"])


async def test_a_caller_that_never_completes_ice_is_dropped(
    start_server: StartServer, phones: list[Phone]
) -> None:
    server = await start_server(ice_timeout_s=1.0)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    phone = Phone()
    phones.append(phone)
    await phone.pc.setLocalDescription(await phone.pc.createOffer())
    status, body = await server.call(
        "POST", "/api/public/queues/support/calls", json={"sdp": phone.pc.localDescription.sdp}
    )
    assert status == 201
    # The answer is never applied: no ICE checks ever reach the server.
    contact = {"contact_id": body["contact_id"], "token": body["token"]}
    status, seen = await server.contact(contact, params={"wait_s": "5", "state": "queued"})
    assert seen["state"] == "closed"
    assert seen["outcome"] == "abandoned"


async def test_a_product_server_takes_no_call_without_audio(start_server: StartServer) -> None:
    """A "ghost call" -- a voice contact with no audio -- rang an operator with
    silence for as long as the queue let it wait. Only the simulator's and
    the demo's servers take them (--calls-without-audio)."""
    server = await start_server(calls_without_audio=False)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    status, body = await server.call(
        "POST", "/api/public/queues/support/contacts", json={"caller_name": "Ghost"}
    )
    assert (status, body["error"]["code"]) == (403, "not_supported")
    assert "/api/public/queues/support/calls" in body["error"]["message"]
    stats = await server.owner("GET", "/api/stats")
    assert all(q["waiting"] == 0 for q in stats["queues"])


async def test_too_many_calls_from_one_address_even_all_at_once(
    start_server: StartServer, phones: list[Phone]
) -> None:
    server = await start_server(calls_per_address=2)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "S"})
    offers = []
    for _ in range(6):
        phone = Phone()
        phones.append(phone)
        await phone.pc.setLocalDescription(await phone.pc.createOffer())
        offers.append(phone.pc.localDescription.sdp)
    # Simultaneous: each request awaits (ICE gathering) between its check and
    # its call joining the switchboard.
    placed = await asyncio.gather(
        *(
            server.call("POST", "/api/public/queues/support/calls", json={"sdp": sdp})
            for sdp in offers
        )
    )
    statuses = sorted(status for status, _ in placed)
    assert statuses == [201, 201, 429, 429, 429, 429]
    refused = next(body for status, body in placed if status == 429)
    assert refused["error"]["code"] == "too_many_calls"


async def silent_from(phone: Phone) -> float:
    """The caller's audio stops (its connection stays up): when, on time.monotonic()."""
    phone.pc.getSenders()[0].replaceTrack(None)
    return time.monotonic()


async def test_a_waiting_caller_whose_audio_stops_is_ended_within_5_s(
    server: Running, phones: list[Phone]
) -> None:
    caller = await call(server)
    phones.append(caller.phone)
    await caller.phone.ear.heard_anything.wait()  # connected: the queue's music plays
    stopped = await silent_from(caller.phone)
    _, seen = await server.contact(caller.contact, params={"wait_s": "8", "state": "queued"})
    ended_after = time.monotonic() - stopped
    assert (seen["state"], seen["outcome"]) == ("closed", "abandoned")
    assert ended_after <= 5.0
    # Nobody is left waiting in the line.
    stats = await server.owner("GET", "/api/stats")
    assert all(q["waiting"] == 0 for q in stats["queues"])


async def test_a_caller_whose_browser_dies_mid_call_ends_the_call_within_5_s(
    server: Running, phones: list[Phone]
) -> None:
    desk, _, caller, _ = await connected_call(server, phones)
    await asyncio.sleep(0.5)
    stopped = await silent_from(caller.phone)
    _, seen = await server.contact(caller.contact, params={"wait_s": "8", "state": "connected"})
    ended_after = time.monotonic() - stopped
    assert seen["state"] in ("wrap_up", "closed")
    assert ended_after <= 5.0
    # The operator's app is told the caller hung up: wrap-up, not silence.
    update = await desk.expect("contact.update", within=2)
    while update["contact"]["phase"] != "wrap_up":
        update = await desk.expect("contact.update", within=2)
    assert update["contact"]["end_reason"] == "caller_hangup"


async def test_a_call_that_never_sends_audio_does_not_wait_in_line(
    server: Running, phones: list[Phone]
) -> None:
    """A "ghost call": ICE completes, and no audio ever comes."""
    ghost = Phone()
    phones.append(ghost)
    ghost.pc.getSenders()[0].replaceTrack(None)
    contact = (await call(server, endpoint=ghost)).contact
    _, seen = await server.contact(contact, params={"wait_s": "10", "state": "queued"})
    assert (seen["state"], seen["outcome"]) == ("closed", "abandoned")


async def test_an_agent_link_that_vanishes_mid_call_sends_the_caller_back_to_the_queue(
    server: Running, phones: list[Phone]
) -> None:
    _, agent, caller, _ = await connected_call(server, phones)
    phones.remove(agent)  # closed by the test itself
    await asyncio.sleep(0.3)
    await agent.close()
    _, seen = await server.contact(caller.contact, params={"wait_s": "10", "state": "connected"})
    assert seen["state"] in ("queued", "ringing")
    mark = caller.phone.ear.mark()
    await asyncio.sleep(1.0)
    assert loudness(caller.phone.ear.since(mark)) > 200  # back to the queue's music
