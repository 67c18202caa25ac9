"""The desktop engine against a real server on real sockets: logging in and
its failures, requests, the persistent audio link (speech both ways, scored by
PESQ), a network drop in the middle of a call, the server's check of the link
(a silent microphone, a new link after a wake or a move), and a clean exit.

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
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TypeVar

import pytest

from callnest import protocol as p
from callnest.desktop.audio.headset import DeviceChoice
from callnest.desktop.engine import engine as engine_module
from callnest.desktop.engine.engine import Engine
from callnest.desktop.engine.events import (
    Connection,
    EngineEvent,
    LoginError,
    Relink,
    RelinkCause,
    ServerEvent,
)
from callnest.desktop.engine.wake import WakeWatch
from callnest.server.phone.edge_certificate import self_signed_certificate
from callnest.sim.ports import free_port
from desktop.proxy import LineProxy
from desktop.stand_in import HeadsetStandIn
from desktop.virtual_headset import VirtualHeadset
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
    # Available once the audio link has passed its check (held back until then).
    await events.wait(
        lambda e: (
            isinstance(e, ServerEvent)
            and isinstance(e.message, p.AgentStateUpdate)
            and e.message.state is p.AgentState.AVAILABLE
        ),
        within=20,
    )

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
        # Speech in the first moments of the call comes out cut towards the
        # caller: measured on a quiet machine, PESQ 3.46-3.67 for a sentence
        # spoken 0.5 s after answering, 4.45 every time after 2 s (a defect
        # of its own, in the link's start: see the media work). This test's
        # claim is the link once it runs, and across a cut.
        await asyncio.sleep(2.0)

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


# ------------------------------------------------------------------ link check

UNCONFIRMED, MICROPHONE = p.LinkProblem.UNCONFIRMED, p.LinkProblem.MICROPHONE


def problems(events: Events, since: int = 0) -> list[p.LinkProblem | None]:
    """The problems of the verdicts the server sent (after the ``since`` mark), in order."""
    return [
        e.message.verdict.problem
        for e in events.seen[since:]
        if isinstance(e, ServerEvent) and isinstance(e.message, p.LinkVerdictUpdate)
    ]


async def verdict(
    events: Events, problem: p.LinkProblem | None, within: float = 20.0, since: int = 0
) -> p.LinkVerdict:
    """The first verdict with ``problem`` after the ``since`` mark."""
    event = await events.wait(
        lambda e: (
            isinstance(e, ServerEvent)
            and isinstance(e.message, p.LinkVerdictUpdate)
            and e.message.verdict.problem is problem
        ),
        within,
        since,
    )
    assert isinstance(event, ServerEvent) and isinstance(event.message, p.LinkVerdictUpdate)
    return event.message.verdict


async def state(events: Events, reason: str | None, since: int = 0) -> p.AgentStateUpdate:
    event = await events.wait(
        lambda e: (
            isinstance(e, ServerEvent)
            and isinstance(e.message, p.AgentStateUpdate)
            and e.message.reason == reason
        ),
        since=since,
    )
    assert isinstance(event, ServerEvent) and isinstance(event.message, p.AgentStateUpdate)
    return event.message


async def test_a_desktop_with_audio_says_so_and_is_offered_nothing_until_its_link_passes(
    engine: Engine, events: Events, server: Running
) -> None:
    await login(engine, server.url)
    await verdict(events, UNCONFIRMED, within=5)
    assert isinstance(await ask(engine, p.AgentSetState(state=p.AgentState.AVAILABLE)), p.OkReply)
    held = await state(events, "home_connection")
    assert held.state is p.AgentState.BREAK
    passed = await verdict(events, None)
    assert passed.loss_pct is not None and passed.mos is not None and passed.mos > 4
    back = await state(events, None, since=events.seen.index(ServerEvent(held)))
    assert back.state is p.AgentState.AVAILABLE  # the server's doing, not the agent's
    assert problems(events) == [UNCONFIRMED, None]


async def test_a_desktop_without_audio_is_not_checked(events: Events, server: Running) -> None:
    engine = Engine(events, client_name="callnest-test", audio=False)
    engine.start()
    try:
        await login(engine, server.url)
        assert isinstance(
            await ask(engine, p.AgentSetState(state=p.AgentState.AVAILABLE)), p.OkReply
        )
        assert (await events.message(p.AgentStateUpdate)).state is p.AgentState.AVAILABLE
        await asyncio.sleep(1.0)
        assert problems(events) == []
    finally:
        await asyncio.to_thread(engine.shutdown)


HEADSET = DeviceChoice(microphone="usb_headset_mic", speaker="usb_headset")


async def test_a_microphone_that_delivers_nothing_is_told_and_so_is_its_return(
    events: Events,
    server: Running,
    virtual_headset: VirtualHeadset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real headset on the virtual sound card: while the microphone
    records (silence included) the stats say it delivers; stalled, as a
    device another program took, they say it does not, and the server holds
    the agent back for it until it records again."""
    monkeypatch.setattr(engine_module, "STATS_EVERY_S", 0.5)
    engine = Engine(events, client_name="callnest-test")
    engine.start()
    try:
        await asyncio.wrap_future(engine.set_headset(HEADSET))
        await login(engine, server.url)
        await verdict(events, None)
        mark = events.mark()
        virtual_headset.stall("headset_mic")
        try:
            await verdict(events, MICROPHONE, within=10, since=mark)
        finally:
            virtual_headset.unstall("headset_mic")
        await verdict(events, None, within=10, since=mark)
        assert problems(events, mark) == [MICROPHONE, None]
    finally:
        await asyncio.to_thread(engine.shutdown)


class Machine:
    """The wake watch's clocks and route as the test moves them: the boot
    clock follows the monotonic one until a "sleep" puts it ahead."""

    def __init__(self) -> None:
        self.slept = 0.0
        self.address = "192.168.1.20"

    def boottime(self) -> float:
        return time.monotonic() + self.slept

    def source_address(self, host: str, port: int) -> str | None:
        return self.address

    def watch(self) -> WakeWatch:
        return WakeWatch(
            monotonic=time.monotonic,
            boottime=self.boottime,
            source_address=self.source_address,
            every_s=0.1,
        )


def relinks(events: Events, since: int = 0) -> list[EngineEvent]:
    return [e for e in events.seen[since:] if isinstance(e, Relink)]


async def test_a_wake_or_a_move_brings_one_new_link_which_the_server_checks(
    events: Events, server: Running
) -> None:
    machine = Machine()
    engine = Engine(events, client_name="callnest-test", wake_watch=machine.watch())
    engine.start()
    try:
        await login(engine, server.url)
        await verdict(events, None)
        quiet = events.mark()
        await asyncio.sleep(1.5)  # fifteen ticks on time
        assert relinks(events, quiet) == [] and problems(events, quiet) == []

        causes: tuple[RelinkCause, ...] = ("wake", "network")
        for cause in causes:
            mark = events.mark()
            if cause == "wake":
                machine.slept += 3600
            else:
                machine.address = "172.20.10.3"  # the phone's hotspot
            relinked = Relink(cause)
            await events.wait(relinked.__eq__, since=mark)
            await verdict(events, UNCONFIRMED, since=mark)
            await verdict(events, None, since=mark)
            await asyncio.sleep(1.0)
            assert relinks(events, mark) == [relinked]
            assert problems(events, mark) == [UNCONFIRMED, None]  # one new link, checked
    finally:
        await asyncio.to_thread(engine.shutdown)


async def test_a_wake_while_the_line_is_down_reconnects_at_once_with_one_new_link(
    events: Events, server: Running
) -> None:
    """The session's next try after a drop may be seconds of backoff away
    (0.5, 1, 2, 4 s...): a wake tries at once, and its welcome opens the new link."""
    machine = Machine()
    proxy = LineProxy("127.0.0.1", int(server.url.rsplit(":", 1)[1]))
    port = await proxy.start()
    engine = Engine(events, client_name="callnest-test", wake_watch=machine.watch())
    engine.start()
    try:
        await login(engine, f"http://127.0.0.1:{port}")
        await verdict(events, None)
        mark = events.mark()
        proxy.cut()
        await events.wait(lambda e: e == Connection("reconnecting"), since=mark)
        await asyncio.sleep(4.0)  # tries at 0.5, 1.5 and 3.5 s were refused; the next at 7.5
        proxy.restore()
        woke = events.mark()
        machine.slept += 3600
        await events.wait(lambda e: e == Relink("wake"), since=woke)
        await events.wait(lambda e: e == Connection("online"), within=2.0, since=woke)
        await verdict(events, UNCONFIRMED, since=woke)
        await verdict(events, None, since=woke)
        await asyncio.sleep(1.0)
        assert relinks(events, mark) == [Relink("wake")]
        assert problems(events, woke).count(UNCONFIRMED) == 1  # one new link, not two
    finally:
        await asyncio.to_thread(engine.shutdown)
        await proxy.close()


async def test_a_move_in_a_call_keeps_the_call_and_its_speech(
    events: Events, server: Running
) -> None:
    """The new link is offered before the old one closes: the server swaps
    them, where an old link closed first is one it sees go down (and the
    caller would go back to the queue)."""
    machine = Machine()
    engine = Engine(events, client_name="callnest-test", wake_watch=machine.watch())
    engine.start()
    stand_in = HeadsetStandIn(engine.headset)
    caller = None
    try:
        await login(engine, server.url)
        await verdict(events, None)
        caller = await _answer_a_caller(engine, events, server)
        await events.message(p.ContactUpdate)
        mark = events.mark()
        machine.address = "10.8.0.2"  # a VPN came up
        await events.wait(lambda e: e == Relink("network"), since=mark)
        await verdict(events, None, since=mark)
        # A new link's microphone backlog is first trimmed 5 s in (link.py's
        # Backlog): a sentence across that moment can lose 20 ms (PESQ 3.2
        # once). The claim here is the call and its speech after the swap.
        await asyncio.sleep(4.0)
        phases = [
            e.message.contact.phase
            for e in events.seen[mark:]
            if isinstance(e, ServerEvent) and isinstance(e.message, p.ContactUpdate)
        ]
        assert p.ContactPhase.ENDED not in phases, "the call left the agent"
        after = await _speech_reaches(caller, stand_in, SENTENCES[1])
        assert min(after) >= 3.5, f"after the new link: {after}"
    finally:
        if caller is not None:
            await caller.phone.close()
        await stand_in.stop()
        await asyncio.to_thread(engine.shutdown)


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
