"""The engine: everything the desktop does on the network and with the headset,
on an asyncio loop in its own thread (:class:`EngineThread`), behind calls
that any thread may make and that return ``concurrent.futures.Future``.

Events (connection, server messages, microphone level, device problems, link
quality, a new link after a wake) go to the ``listener`` given at
construction, on the engine thread; the Qt bridge turns them into signals for
the windows.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any
from urllib.parse import urlsplit

from callnest import protocol as p
from callnest.desktop.audio.headset import DeviceChoice, Headset
from callnest.desktop.engine.events import (
    Connection,
    EngineEvent,
    LinkQuality,
    MicLevel,
    Relink,
    RelinkCause,
)
from callnest.desktop.engine.session import Session
from callnest.desktop.engine.thread import EngineThread
from callnest.desktop.engine.wake import WakeWatch

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
        wake_watch: WakeWatch | None = None,
    ) -> None:
        self._listener = listener
        self._mic_dbfs = -100.0
        # MicLevel events so far (the headset's watchdog thread counts, the
        # stats reporter compares): each one means the microphone delivered.
        self._mic_levels = 0
        self._mic_levels_reported = 0
        self._thread = EngineThread()
        self._headset = headset if headset is not None else Headset(self._on_event)
        self._audio = audio
        self._session = Session(
            self._on_event,
            client_name=client_name,
            on_welcome=self._on_welcome,
            on_message=self._on_message,
            audio_link=audio,
        )
        self._link: Any = None  # AudioLink, imported lazily (aiortc is slow to import)
        self._link_lock = asyncio.Lock()
        self._pending_link: asyncio.Future[None] | None = None
        # A link still connecting: closed too if the engine shuts down meanwhile.
        self._opening: Any = None
        self._stats_task: asyncio.Task[None] | None = None
        self._rtc_answer: asyncio.Future[str] | None = None
        # Sleep and network changes, watched while logged in with audio.
        self._wake_watch = wake_watch or WakeWatch()
        self._watcher: asyncio.Task[None] | None = None
        self._relinks: set[asyncio.Task[None]] = set()
        self._relink_due = False  # woke or moved while the session was down

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

    def upload(
        self, path: str, content: bytes, content_type: str, method: str = "POST"
    ) -> Future[Any]:
        """An authenticated POST (or PUT) of a file; resolves with the decoded JSON answer."""
        return self._thread.submit(self._session.upload(path, content, content_type, method))

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
            self._mic_levels += 1  # only the watchdog thread writes it
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
        self._watch_wakes()
        in_call = any(
            c.phase in (p.ContactPhase.CONNECTED, p.ContactPhase.ON_HOLD)
            for c in welcome.agent.contacts
        )
        # Judged under the lock: a link being opened (after a wake, say) is
        # waited for, not opened twice.
        async with self._link_lock:
            fresh, self._relink_due = self._relink_due, False
            alive = self._link is not None and self._link.alive
            if alive and (in_call or not reconnected) and not fresh:
                return
            await self._open_link(welcome.ice_servers, replacing=fresh)

    async def _open_link(
        self, ice_servers: tuple[p.IceServer, ...], *, replacing: bool = False
    ) -> None:
        """Opens the audio link in place of the one before, which is closed
        first -- or, ``replacing``, once the new one is up or has failed: the
        server drops an old link when it is offered a new one, whereas an old
        link closed first is one it sees go down, and a call in progress would
        go back to its queue."""
        from callnest.desktop.engine.link import AudioLink  # aiortc: slow to import

        old = self._detach_link() if replacing else None
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
            if old is not None:
                await _stop(*old)
        self._link = link
        self._listener(await link.quality())
        link.pc.on("connectionstatechange", self._link_changed)
        self._stats_task = asyncio.create_task(self._report_stats(link))

    def _link_changed(self) -> None:
        # Only the link in use matters: a replaced one closing is no failure.
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
                    mic_delivering=self._mic_delivering(),
                )
            )

    def _mic_delivering(self) -> bool | None:
        """Whether the microphone delivered any audio since the last report:
        the headset tells its level (MicLevel) only of blocks it recorded, so
        none means unplugged, or taken by another program. None (unknown)
        while no microphone was ever opened: the audio then comes from
        elsewhere (a test's or the bench's stand-in for a sound card)."""
        seen = self._mic_levels
        delivered = seen != self._mic_levels_reported
        self._mic_levels_reported = seen
        return delivered if self._headset.microphone_chosen else None

    def _detach_link(self) -> tuple[Any, asyncio.Task[None] | None]:
        """Takes the link in use (and its stats reporter) out of use, unclosed."""
        link, self._link = self._link, None
        stats, self._stats_task = self._stats_task, None
        return link, stats

    async def _close_link(self) -> None:
        await _stop(*self._detach_link())
        opening, self._opening = self._opening, None
        if opening is not None:
            await opening.close()

    # ------------------------------------------------------ sleep and moves

    def _watch_wakes(self) -> None:
        if self._watcher is None or self._watcher.done():
            self._wake_watch.reset()
            self._watcher = asyncio.create_task(self._watch(), name="wake-watch")

    async def _stop_watching(self) -> None:
        watcher, self._watcher = self._watcher, None
        tasks = [*self._relinks, *([watcher] if watcher is not None else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _watch(self) -> None:
        """Ticks the wake watch; a wake or a move to another network brings
        a new audio link (see wake.py)."""
        watch = self._wake_watch
        while True:
            await asyncio.sleep(watch.every_s)
            server = _host_port(self._session.url)
            if server is None:
                continue
            # On a worker thread: the lookup may wait on a name server.
            cause = await asyncio.to_thread(watch.tick, *server)
            if cause is not None and self._session.welcome is not None:
                # Not awaited: the ticks go on while the link comes up (a
                # tick held up for its seconds would read as a sleep).
                task = asyncio.create_task(self._relink(cause))
                self._relinks.add(task)
                task.add_done_callback(self._relinks.discard)

    async def _relink(self, cause: RelinkCause) -> None:
        """A new audio link, which the server checks before it offers a
        call. An online session is asked for a resync first: a socket from
        before the sleep, or from the address that is gone, may be dead
        without TCP knowing, and the answer (or its absence) tells; the
        fresh welcome also says what the server did meanwhile. A session
        that is down is brought back at once, and its welcome opens the link.
        Two in a row (a wake, then the network back) take turns at the link lock."""
        said = "woke from sleep" if cause == "wake" else "moved to another network"
        log.info("%s: opening a new audio link", said)
        self._listener(Relink(cause))
        if self._session.online:
            reply = await self._session.request(p.SessionResync())
            welcome = self._session.welcome
            if isinstance(reply, p.OkReply) and welcome is not None:
                async with self._link_lock:
                    await self._open_link(welcome.ice_servers, replacing=True)
                return
        self._relink_due = True
        self._session.reconnect()

    async def _set_headset(self, choice: DeviceChoice) -> None:
        # PortAudio opens devices synchronously (tens of ms): keep the loop free.
        await asyncio.to_thread(self._headset.open, choice)

    async def _logout(self) -> None:
        await self._stop_watching()
        await self._close_link()
        await self._session.logout()
        self._listener(Connection("offline", "Logged out."))

    async def _close(self) -> None:
        await self._stop_watching()
        if self._session.welcome is not None:
            await self._session.request(p.AgentSetState(state=p.AgentState.OFFLINE))
        await self._close_link()
        await self._session.close()


class LinkError(Exception):
    """The server refused or did not answer the audio link's offer."""


async def _stop(link: Any, stats: asyncio.Task[None] | None) -> None:
    """Stops a link's stats reporter, then closes the link."""
    if stats is not None:
        stats.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await stats
    if link is not None:
        await link.close()


def _host_port(url: str) -> tuple[str, int] | None:
    """The server's host and port, from its base URL (None: not logged in)."""
    parts = urlsplit(url)
    if not parts.hostname:
        return None
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
