"""The desktop engine against a real server on real sockets: logging in and
its failures, requests, the persistent audio link (speech both ways, scored by
PESQ), a network drop in the middle of a call, and a clean exit.

The engine runs on its own thread, as in the app; the server runs on the
test's loop. No sound devices here: the test plays the headset's part by
filling the microphone buffer and draining the speaker buffer in real time
(the device tests cover PortAudio)."""

from __future__ import annotations

import asyncio
import os
import ssl
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TypeVar

import pytest

from callnest import protocol as p
from callnest.desktop.engine.engine import Engine
from callnest.desktop.engine.events import Connection, EngineEvent, LoginError, ServerEvent
from callnest.server.phone.edge_certificate import self_signed_certificate
from callnest.sim.ports import free_port
from desktop.proxy import LineProxy
from desktop.stand_in import HeadsetStandIn
from integration.conftest import Running, StartServer, start_server
from integration.phones import Caller, call
from integration.speech import SENTENCES, find, say, score

__all__ = ["start_server"]  # the integration suite's server fixture, used here

pytestmark = pytest.mark.slow

M = TypeVar("M", bound=p.Message)


class Events:
    """What the engine told its listener (on the engine thread), awaitable."""

    def __init__(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._lock = threading.Lock()
        self.seen: list[EngineEvent] = []
        self._changed = asyncio.Event()

    def __call__(self, event: EngineEvent) -> None:
        with self._lock:
            self.seen.append(event)
        self._loop.call_soon_threadsafe(self._changed.set)

    def mark(self) -> int:
        return len(self.seen)

    async def wait(
        self, match: Callable[[EngineEvent], bool], within: float = 10.0, since: int = 0
    ) -> EngineEvent:
        """The first event (after the ``since`` mark) that ``match``es."""
        start = since
        async with asyncio.timeout(within):
            while True:
                with self._lock:
                    found = [e for e in self.seen[start:] if match(e)]
                if found:
                    return found[0]
                self._changed.clear()
                await self._changed.wait()

    async def message(self, kind: type[M], within: float = 10.0, since: int = 0) -> M:
        event = await self.wait(
            lambda e: isinstance(e, ServerEvent) and isinstance(e.message, kind), within, since
        )
        assert isinstance(event, ServerEvent) and isinstance(event.message, kind)
        return event.message


@pytest.fixture
async def events() -> Events:
    return Events()


@pytest.fixture
async def engine(events: Events) -> AsyncIterator[Engine]:
    engine = Engine(events, client_name="callnest-test")
    engine.start()
    yield engine
    await asyncio.to_thread(engine.shutdown)


@pytest.fixture
async def server(start_server: StartServer) -> Running:
    # A grace long enough to come back from a cut line within it.
    running: Running = await start_server(heartbeat_timeout_s=6.0, heartbeat_s=1.0)
    await running.owner(
        "POST",
        "/api/queues",
        json={"name": "support", "display_name": "Support", "wrap_up_s": 30, "ring_timeout_s": 20},
    )
    await running.owner(
        "POST",
        "/api/users",
        json={"username": "ada", "display_name": "Ada", "password": "password-ada"},
    )
    return running


async def login(engine: Engine, url: str, password: str = "password-ada") -> p.Welcome:
    return await asyncio.wrap_future(engine.login(url, "ada", password))


async def ask(engine: Engine, message: p.Message) -> p.OkReply | p.ErrorReply:
    return await asyncio.wrap_future(engine.request(message))


# ------------------------------------------------------------------ logging in


async def test_wrong_password_is_said_so(engine: Engine, server: Running) -> None:
    with pytest.raises(LoginError) as caught:
        await login(engine, server.url, "not-the-password")
    assert caught.value.kind == "wrong_password"
    assert engine.token is None


async def test_unreachable_server_is_said_so(engine: Engine) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(LoginError) as caught:
        await login(engine, url)
    assert caught.value.kind == "unreachable"
    assert url in caught.value.message


async def test_untrusted_certificate_is_a_tls_problem(engine: Engine, tmp_path: Path) -> None:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*_self_signed(tmp_path))

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    tls = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=context)
    port = tls.sockets[0].getsockname()[1]
    try:
        with pytest.raises(LoginError) as caught:
            await login(engine, f"https://127.0.0.1:{port}")
    finally:
        tls.close()
    assert caught.value.kind == "tls"
    assert "certificate" in caught.value.message


async def test_login_opens_the_session_and_requests_get_replies(
    engine: Engine, events: Events, server: Running
) -> None:
    welcome = await login(engine, server.url)
    assert welcome.user.username == "ada"
    assert engine.token is not None
    await events.wait(lambda e: e == Connection("online"))

    assert isinstance(await ask(engine, p.AgentSetState(state=p.AgentState.AVAILABLE)), p.OkReply)
    update = await events.message(p.AgentStateUpdate)
    assert update.state is p.AgentState.AVAILABLE

    refused = await ask(engine, p.OfferAnswer(offer_id="no-such-offer"))
    assert isinstance(refused, p.ErrorReply)
    assert refused.message


# ------------------------------------------------------------------ audio link


async def _answer_a_caller(engine: Engine, events: Events, server: Running) -> Caller:
    assert isinstance(await ask(engine, p.AgentSetState(state=p.AgentState.AVAILABLE)), p.OkReply)
    caller = await call(server, caller_name="Grace")
    offer = await events.message(p.Offer)
    assert offer.contact.caller_name == "Grace"
    assert isinstance(await ask(engine, p.OfferAnswer(offer_id=offer.offer_id)), p.OkReply)
    return caller


async def _speech_reaches(
    caller: Caller, headset: HeadsetStandIn, sentence: str
) -> tuple[float, float]:
    """PESQ caller -> agent and agent -> caller for one sentence each way."""
    said = say(sentence)
    seconds = len(said) / 48_000 + 1.0
    mark_agent, mark_caller = headset.mark(), caller.phone.ear.mark()
    caller.phone.mouth.say(said)
    headset.say(said)
    await asyncio.sleep(seconds)
    to_agent = score(said, find(said, headset.since(mark_agent)))
    to_caller = score(said, find(said, caller.phone.ear.since(mark_caller)))
    return to_agent, to_caller


async def test_speech_crosses_the_link_both_ways_and_survives_a_cut_line(
    events: Events, server: Running
) -> None:
    proxy = LineProxy("127.0.0.1", int(server.url.rsplit(":", 1)[1]))
    port = await proxy.start()
    engine = Engine(events, client_name="callnest-test")
    engine.start()
    stand_in = HeadsetStandIn(engine.headset)
    caller = None
    try:
        await login(engine, f"http://127.0.0.1:{port}")
        await events.wait(lambda e: getattr(e, "connected", False), within=15)
        caller = await _answer_a_caller(engine, events, server)
        await events.message(p.ContactUpdate)
        # The headset's playout fills its margin in the first moments of the
        # call: speech into them came out cut once (PESQ 3.3) on a busy CI.
        await asyncio.sleep(0.5)

        before = await _speech_reaches(caller, stand_in, SENTENCES[0])
        assert min(before) >= 3.5, f"PESQ caller->agent, agent->caller: {before}"

        cut = events.mark()
        proxy.cut()
        await events.wait(lambda e: e == Connection("reconnecting"), since=cut)
        proxy.restore()
        welcome = await events.message(p.Welcome, within=10, since=cut)
        await events.wait(lambda e: e == Connection("online"), since=cut)
        assert [c.phase for c in welcome.agent.contacts] == [p.ContactPhase.CONNECTED]
        # The resync after a reconnect (welcome, state, queues) keeps both
        # ends busy for a moment; on a loaded two-core CI a sentence spoken
        # into it lost a packet once (PESQ 3.48). The link itself never went
        # down: the claim is that speech is whole once the session is back.
        await asyncio.sleep(0.5)

        after = await _speech_reaches(caller, stand_in, SENTENCES[1])
        assert min(after) >= 3.5, f"after the drop: {after}"
        print(f"PESQ before the drop {before}, after {after}")
    finally:
        if caller is not None:
            await caller.phone.close()
        await stand_in.stop()
        await asyncio.to_thread(engine.shutdown)
        await proxy.close()


# ------------------------------------------------------------------ exiting


def test_the_app_exits_cleanly_after_an_audio_link(tmp_path: Path) -> None:
    """qasync with aiortc aborted at exit (stack findings): here Qt's loop
    runs in the main thread and the engine's beside it. A process that logged
    in, opened the audio link, quit Qt and shut the engine down exits 0."""
    script = tmp_path / "run_app.py"
    script.write_text(_EXIT_SCRIPT)
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert "Fatal Python error" not in done.stderr
    assert done.returncode == 0, done.stderr[-3000:]
    assert "link up" in done.stdout


_EXIT_SCRIPT = """
import asyncio, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.engine import Engine
from callnest.desktop.engine.events import LinkQuality
from callnest.sim.server_process import ServerProcess

async def main():
    async with ServerProcess() as server:
        app = QApplication([])
        bridge = EngineBridge()
        engine = Engine(bridge.post)
        engine.start()

        def on_event(event):
            if isinstance(event, LinkQuality) and event.connected:
                print("link up", flush=True)
                QTimer.singleShot(200, app.quit)

        bridge.event.connect(on_event)
        QTimer.singleShot(30_000, app.quit)
        user, password = server.owner
        await asyncio.wrap_future(engine.login(server.url, user, password))
        app.exec()
        await asyncio.to_thread(engine.shutdown)

asyncio.run(main())
"""


def _self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no CA signed, as the SIP edge makes its own."""
    certificate, private_key = self_signed_certificate("127.0.0.1")
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_text(certificate)
    key_path.write_text(private_key)
    return cert_path, key_path
