"""The engine: everything the desktop does on the network and with the headset,
on an asyncio loop in its own thread (:class:`EngineThread`), behind calls
that any thread may make and that return ``concurrent.futures.Future``.

Events (connection, server messages, microphone level, device problems, link
quality) go to the ``listener`` given at construction, on the engine thread;
the Qt bridge turns them into signals for the windows.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from callnest import protocol as p
from callnest.desktop.audio.headset import DeviceChoice, Headset
from callnest.desktop.engine.events import Connection, EngineEvent, LinkQuality, MicLevel
from callnest.desktop.engine.session import Session
from callnest.desktop.engine.thread import EngineThread

log = logging.getLogger("callnest.desktop.engine")

CLIENT_NAME = "callnest-desktop/0.1"
STATS_EVERY_S = 5.0
LINK_TIMEOUT_S = 15.0


class Engine:
    """The desktop's engine. ``start()`` once, ``shutdown()`` once at exit."""

    def __init__(
        self,
        listener: Callable[[EngineEvent], None],
        *,
        client_name: str = CLIENT_NAME,
        headset: Headset | None = None,
        audio: bool = True,
    ) -> None:
        self._listener = listener
        self._mic_dbfs = -100.0
        self._thread = EngineThread()
        self._headset = headset if headset is not None else Headset(self._on_event)
        self._audio = audio
        self._session = Session(
            self._on_event,
            client_name=client_name,
            on_welcome=self._on_welcome,
            on_message=self._on_message,
        )
        self._link: Any = None  # AudioLink, imported lazily (aiortc is slow to import)
        self._link_lock = asyncio.Lock()
        self._pending_link: asyncio.Future[None] | None = None
        # A link still connecting: closed too if the engine shuts down meanwhile.
        self._opening: Any = None
        self._stats_task: asyncio.Task[None] | None = None
        self._rtc_answer: asyncio.Future[str] | None = None

    # ----------------------------------------------------------- lifecycle

    def start(self) -> None:
        self._thread.start()

    def shutdown(self, timeout: float = 5.0) -> None:
        """Goes offline (the session stays valid for "remember me"), closes
        the link and the headset, stops the thread."""
        if not self._thread.running:
            self._headset.close()
            return
        try:
            self._thread.submit(self._close()).result(timeout)
        except Exception:  # exiting anyway; the log says why
            log.exception("the engine did not close cleanly")
        finally:
            self._thread.stop(timeout)
            self._headset.close()

    # -------------------------------------------------------------- session

    @property
    def headset(self) -> Headset:
        return self._headset

    @property
    def token(self) -> str | None:
        return self._session.token

    @property
    def welcome(self) -> p.Welcome | None:
        return self._session.welcome

    def login(self, url: str, username: str, password: str) -> Future[p.Welcome]:
        """Logs in over REST, opens the session socket and the audio link.
        Fails with :class:`LoginError` whose ``kind`` tells the window what to say."""
        return self._thread.submit(self._session.login(url, username, password))

    def login_with_token(self, url: str, token: str) -> Future[p.Welcome]:
        return self._thread.submit(self._session.login_with_token(url, token))

    def request(self, message: p.Message) -> Future[p.OkReply | p.ErrorReply]:
        """Sends a request on the session; resolves with the server's ok or error."""
        return self._thread.submit(self._session.request(message))

    def rest(self, method: str, path: str, json: Any = None) -> Future[Any]:
        """An authenticated REST call; resolves with the decoded JSON body."""
        return self._thread.submit(self._session.rest(method, path, json))

    def download(self, path: str) -> Future[bytes]:
        """An authenticated GET of a file (recording, CSV); resolves with its bytes."""
        return self._thread.submit(self._session.download(path))

    def upload(self, path: str, content: bytes, content_type: str) -> Future[Any]:
        """An authenticated POST of a file; resolves with the decoded JSON answer."""
        return self._thread.submit(self._session.upload(path, content, content_type))

    def logout(self) -> Future[None]:
        return self._thread.submit(self._logout())

    # -------------------------------------------------------------- headset

    def set_headset(self, choice: DeviceChoice) -> Future[None]:
        """Opens the chosen devices (by name); the call in progress goes on."""
        return self._thread.submit(self._set_headset(choice))

    def ring(self, on: bool) -> None:
        self._headset.ring(on)

    # ------------------------------------------------------------ internals

    def _on_event(self, event: EngineEvent) -> None:
        if isinstance(event, MicLevel):
            self._mic_dbfs = event.dbfs
        self._listener(event)

    def _on_message(self, message: p.ServerMessage) -> None:
        answer = self._rtc_answer
        if isinstance(message, p.RtcAnswer) and answer is not None and not answer.done():
            answer.set_result(message.sdp)

    async def _on_welcome(self, welcome: p.Welcome, reconnected: bool) -> None:
        """After each welcome: login, reconnect, resync. After a reconnect the
        server still holds our link while it holds a call of ours (its grace);
        otherwise a fresh link costs nothing an operator notices and cannot be
        stale."""
        if not self._audio:
            return
        in_call = any(
            c.phase in (p.ContactPhase.CONNECTED, p.ContactPhase.ON_HOLD)
            for c in welcome.agent.contacts
        )
        if self._link is not None and self._link.alive and (in_call or not reconnected):
            return
        async with self._link_lock:
            await self._open_link(welcome.ice_servers)

    async def _open_link(self, ice_servers: tuple[p.IceServer, ...]) -> None:
        from callnest.desktop.engine.link import AudioLink  # aiortc: slow to import

        await self._close_link()
        link = self._opening = AudioLink(self._headset.mic, self._headset.speaker, ice_servers)

        async def signal(sdp: str) -> str:
            self._rtc_answer = asyncio.get_running_loop().create_future()
            reply = await self._session.request(p.RtcOffer(sdp=sdp))
            if isinstance(reply, p.ErrorReply):
                raise LinkError(f"the server refused the audio link: {reply.message}")
            return await asyncio.wait_for(self._rtc_answer, LINK_TIMEOUT_S)

        try:
            await link.connect(signal)
            await asyncio.wait_for(link.connected.wait(), LINK_TIMEOUT_S)
        except (LinkError, TimeoutError) as exc:
            log.warning("the audio link did not come up: %s", exc)
            await link.close()
            self._listener(LinkQuality(False, 0, 0.0, None))
            return
        except BaseException:
            await link.close()  # cancelled, or closed under it by a shutdown
            raise
        finally:
            self._opening = None
        self._link = link
        self._listener(await link.quality())
        link.pc.on("connectionstatechange", self._link_changed)
        self._stats_task = asyncio.create_task(self._report_stats(link))

    def _link_changed(self) -> None:
        link = self._link
        welcome = self._session.welcome
        if link is not None and not link.alive and self._session.online and welcome is not None:
            log.warning("the audio link failed; opening a new one")
            self._listener(LinkQuality(False, 0, 0.0, None))
            self._pending_link = asyncio.ensure_future(self._reopen(welcome.ice_servers))

    async def _reopen(self, ice_servers: tuple[p.IceServer, ...]) -> None:
        async with self._link_lock:
            if self._link is None or not self._link.alive:
                await self._open_link(ice_servers)

    async def _report_stats(self, link: Any) -> None:
        while True:
            await asyncio.sleep(STATS_EVERY_S)
            quality = await link.quality()
            self._listener(quality)
            await self._session.send(
                p.RtcStats(
                    packets_lost=quality.packets_lost,
                    jitter_ms=quality.jitter_ms,
                    rtt_ms=quality.rtt_ms,
                    mic_level_db=max(-200.0, min(40.0, self._mic_dbfs)),
                )
            )

    async def _close_link(self) -> None:
        stats, self._stats_task = self._stats_task, None
        if stats is not None:
            stats.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await stats
        link, self._link = self._link, None
        if link is not None:
            await link.close()
        opening, self._opening = self._opening, None
        if opening is not None:
            await opening.close()

    async def _set_headset(self, choice: DeviceChoice) -> None:
        # PortAudio opens devices synchronously (tens of ms): keep the loop free.
        await asyncio.to_thread(self._headset.open, choice)

    async def _logout(self) -> None:
        await self._close_link()
        await self._session.logout()
        self._listener(Connection("offline", "Logged out."))

    async def _close(self) -> None:
        if self._session.welcome is not None:
            await self._session.request(p.AgentSetState(state=p.AgentState.OFFLINE))
        await self._close_link()
        await self._session.close()


class LinkError(Exception):
    """The server refused or did not answer the audio link's offer."""
