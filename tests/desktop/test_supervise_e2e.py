"""A supervisor's desktop listens in, whispers and barges, from the wallboard,
on a real server: a simulated caller and agent (aiortc phones) talk; the
supervisor's engine plays what it hears into its headset buffers.

What each side heard is compared with what was said by cross-correlation:
a mix of two voices is not what PESQ scores, but a sentence found in it shows
it came through, and one absent from a stream shows it did not. A sentence is
looked for second by second: one late frame in a mix (the machine is busy)
shifts the rest of the sentence, which a single whole-sentence peak would
count as half missing."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.engine import Engine
from callnest.desktop.engine.events import EngineEvent, LinkQuality
from callnest.desktop.ui.wallboard import WallboardWindow
from callnest.protocol.rest import MonitorMode
from callnest.sim.rtc import write_wav
from desktop.stand_in import HeadsetStandIn
from integration.conftest import Running, StartServer, start_server
from integration.phones import call, link
from integration.speech import SENTENCES, say

__all__ = ["start_server"]  # the integration suite's server fixture, used here

pytestmark = pytest.mark.slow

THIRD = "Tell the customer about the new tariff before you hang up."
SETTLE_S = 0.5  # a switched mix primes its jitter margin before anyone speaks


def match(said: np.ndarray, heard: np.ndarray) -> float:
    """How whole ``said`` is in ``heard``: the normalised cross-correlation
    peak (1: all of it, unchanged; near 0: none of it)."""
    if len(heard) < len(said):
        return 0.0
    a = said.astype(np.float64)
    b = heard.astype(np.float64)
    n = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    corr = np.fft.irfft(np.fft.rfft(b, n) * np.conj(np.fft.rfft(a, n)), n)[: len(b)]
    lag = int(np.argmax(corr))
    window = b[lag : lag + len(a)]
    denominator = np.linalg.norm(a) * np.linalg.norm(window)
    return float(corr[lag] / denominator) if denominator else 0.0


def found(said: np.ndarray, heard: np.ndarray, rate: int = 48_000) -> float:
    """How much of ``said`` is in ``heard``: the median of each spoken
    second's own best match, so a shift between seconds costs nothing."""
    seconds = [said[i : i + rate] for i in range(0, len(said) - rate // 2, rate)]
    spoken = [s for s in seconds if np.abs(s.astype(np.float64)).mean() > 100]
    return float(np.median([match(second, heard) for second in spoken]))


async def until(condition: Callable[[], object], within: float = 15.0) -> None:
    async with asyncio.timeout(within):
        while not condition():
            QApplication.processEvents()
            await asyncio.sleep(0.01)


async def test_a_supervisor_listens_whispers_and_barges(
    qapp: QApplication, start_server: StartServer, artifacts: Path
) -> None:
    # Speech is made before any server runs: espeak blocks the loop the server
    # shares with this test, and a stalled server drops what it forwards.
    caller_says, agent_says, whisper = say(SENTENCES[0]), say(SENTENCES[1]), say(THIRD)
    server: Running = await start_server()
    team = await server.owner("POST", "/api/teams", json={"name": "Day"})
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    _, agent_token = await server.add_agent("ada", team_id=team["id"])
    await server.add_agent("sue", role="supervisor", team_id=team["id"])

    desk = await server.desktop(agent_token, available=True)
    agent = await link(desk)
    caller = await call(server, caller_name="Grace")
    offer = await desk.expect("offer", within=10)
    assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"

    events: list[EngineEvent] = []
    lock = threading.Lock()

    def listen(event: EngineEvent) -> None:
        with lock:
            events.append(event)
        bridge.post(event)

    bridge = EngineBridge()
    engine = Engine(listen, client_name="callnest-test")
    engine.start()
    stand_in = HeadsetStandIn(engine.headset)
    window = WallboardWindow(engine, bridge)
    contact_id = caller.contact["contact_id"]
    try:
        await asyncio.wrap_future(engine.login(server.url, "sue", "password-sue"))
        await until(lambda: any(isinstance(e, LinkQuality) and e.connected for e in events))

        # Listen: the supervisor hears both parties; nobody is told.
        window.monitor(contact_id, MonitorMode.LISTEN)
        await until(lambda: window.monitoring.get(contact_id) == "listen")
        await asyncio.sleep(SETTLE_S)
        mark = stand_in.mark()
        caller.phone.mouth.say(caller_says)
        await asyncio.sleep(len(caller_says) / 48_000 + 0.5)
        agent.mouth.say(agent_says)
        await asyncio.sleep(len(agent_says) / 48_000 + 1.0)
        heard = stand_in.since(mark)
        write_wav(artifacts / "supervisor-heard.wav", heard)  # to listen to
        listened = found(caller_says, heard), found(agent_says, heard)
        print(f"listen: caller {listened[0]:.2f}, agent {listened[1]:.2f}")
        assert min(listened) >= 0.6

        # Whisper: the agent hears the supervisor, the caller does not.
        window.monitor(contact_id, MonitorMode.WHISPER)
        await until(lambda: window.monitoring.get(contact_id) == "whisper")
        await asyncio.sleep(SETTLE_S)
        agent_mark, caller_mark = agent.ear.mark(), caller.phone.ear.mark()
        stand_in.say(whisper)
        await asyncio.sleep(len(whisper) / 48_000 + 1.0)
        to_agent = found(whisper, agent.ear.since(agent_mark))
        to_caller = match(whisper, caller.phone.ear.since(caller_mark))
        print(f"whisper: agent {to_agent:.2f}, caller {to_caller:.2f}")
        assert to_agent >= 0.6
        assert to_caller < 0.2

        # Barge: now the caller hears the supervisor too.
        window.monitor(contact_id, MonitorMode.BARGE)
        await until(lambda: window.monitoring.get(contact_id) == "barge")
        await asyncio.sleep(SETTLE_S)
        caller_mark = caller.phone.ear.mark()
        stand_in.say(whisper)
        await asyncio.sleep(len(whisper) / 48_000 + 1.0)
        barged = found(whisper, caller.phone.ear.since(caller_mark))
        print(f"barge: caller {barged:.2f}")
        assert barged >= 0.6

        window.monitor(contact_id, MonitorMode.OFF)
        await until(lambda: contact_id not in window.monitoring)
    finally:
        window.close()
        await stand_in.stop()
        await asyncio.to_thread(engine.shutdown)
        await caller.phone.close()
        await agent.close()
        await desk.close()
