"""The media anchor: which leg's packets go where, driven by the ACD's events.

Callers' legs come and go with their calls; each agent has one link for the
whole shift. The ACD decides (answered, held, transferred, ended) and this
module follows by switching what is forwarded: answering only points the
caller's packets at the agent's link and back, so audio flows at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from callnest import protocol as p
from callnest.protocol.languages import DEFAULT_LANGUAGE
from callnest.server.acd import Event, Phase
from callnest.server.acd.events import (
    Answered,
    Closed,
    Dialled,
    Ended,
    Entered,
    Held,
    Requeued,
    Resumed,
    Transferred,
)
from callnest.server.center import Center
from callnest.server.forwarded import networks
from callnest.server.ice_credentials import HandedOut, hand_out
from callnest.server.link_watch import LinkSample
from callnest.server.media.candidates import screened
from callnest.server.media.leg import Leg
from callnest.server.media.mixer import Mixer, Route
from callnest.server.media.monitoring import (
    AGENT_PARTY,
    CALLER_PARTY,
    HEARS,
    SUPERVISOR_PARTY,
    Mode,
    Monitoring,
    MonitorRefused,
)
from callnest.server.media.oggopus import SILENCE, CallRecorder
from callnest.server.media.passthrough import Outbound, Received
from callnest.server.media.programme import Programme, Ticker
from callnest.server.media.prompts import AudioLibrary, Clip
from callnest.server.settings import Settings

log = logging.getLogger("callnest.media")

CALLER, AGENT = 0, 1  # stream numbers in a recording
LINK_STATS_EVERY_S = 2.0
LINK_CHECK_STATS_EVERY_S = 0.5  # while a desktop's link is in its pre-shift check
# Talk ends for these reasons but the contact goes on (to another agent):
# the caller's leg, programme and recording carry on with it.
_CONTINUES = frozenset({"transferred", "requeued"})


@dataclass(eq=False)
class Call:
    contact_id: str
    caller: Leg
    agent_id: int | None = None
    held: bool = False
    programme: Programme | None = None
    recorder: CallRecorder | None = None
    welcomed: bool = False
    recording: str | None = None  # path under the recordings folder
    monitor: Monitoring | None = None
    # The leg of the outside number the call was transferred to, once it
    # answered: the two legs are forwarded to each other, as agents' links are.
    outside: Leg | None = None
    # Said after each announcement: what the caller may do while waiting
    # ("to be called back, keeping your place, press 1").
    offer: Clip = ()
    # What every prompt of the call is said in: the one the caller's page
    # chose, else the queue's (the one it first joined).
    language: str = DEFAULT_LANGUAGE


class Switchboard:
    def __init__(
        self,
        center: Center,
        settings: Settings,
        library: AudioLibrary,
        *,
        on_forward: Callable[[float], None] | None = None,
    ) -> None:
        self.center = center
        self.settings = settings
        self.library = library
        self.recordings_dir = settings.recordings_dir
        self._caller_networks = networks(settings.caller_networks)
        self._placing: Counter[str] = Counter()  # calls being placed, by address
        self.calls: dict[str, Call] = {}
        self.links: dict[int, Leg] = {}
        self._agent_call: dict[int, Call] = {}
        self._monitored: dict[int, Call] = {}  # by the supervisor monitoring it
        self._ringback: dict[int, Programme] = {}  # to agents whose call out rings
        self._ticker = Ticker()
        self._on_forward = on_forward
        self._tasks: set[asyncio.Task[None]] = set()
        center.subscribe(self.on_event)

    # ------------------------------------------------------------------ legs

    def _ice_servers(self) -> tuple[HandedOut, ...]:
        """The STUN/TURN servers the server's own legs use."""
        lifetime = self.settings.turn_credential_lifetime_s
        return hand_out(self.settings.ice_servers, "callnest", lifetime)

    def caller_leg(self, contact_id: str, *, phone: bool = False) -> Leg:
        """A new leg for a contact's customer (it joins with
        :meth:`attach_caller`); ``phone`` when it carries a trunk's call."""
        return Leg(
            f"caller {contact_id[:8]}",
            self._ice_servers(),
            self._from_caller,
            self._on_forward,
            phone=phone,
        )

    def outside_leg(self, contact_id: str) -> Leg:
        """A new leg for the outside number a contact's call is transferred
        to (it joins the call with :meth:`bridge` once that number answers)."""
        return Leg(
            f"outside {contact_id[:8]}",
            self._ice_servers(),
            self._from_outside,
            self._on_forward,
            phone=True,
        )

    def bridge(self, contact_id: str, leg: Leg) -> bool:
        """The caller and the outside number the call was transferred to hear
        each other from now; either leg closing ends the call (the caller's
        closes the other when the contact closes). False when the caller is
        gone already."""
        call = self.calls.get(contact_id)
        if call is None or call.caller.closed.is_set() or leg.closed.is_set():
            return False
        self._stop_playing(call)
        call.outside = leg
        leg.call = call  # type: ignore[attr-defined]
        leg.on_close.append(lambda _: self.center.caller_left(contact_id))
        return True

    def calls_from(self, address: str) -> int:
        """A web caller address's calls: in progress, and being placed."""
        attached = sum(
            1
            for contact_id in self.calls
            if (meta := self.center.contacts.get(contact_id)) and meta.caller_address == address
        )
        return attached + self._placing[address]

    @contextlib.contextmanager
    def placing(self, address: str) -> Iterator[None]:
        """A call from ``address`` is being placed (see :meth:`calls_from`)."""
        self._placing[address] += 1
        try:
            yield
        finally:
            self._placing[address] -= 1
            if not self._placing[address]:
                del self._placing[address]

    async def add_caller(
        self, contact_id: str, offer_sdp: str, *, phone: bool = False
    ) -> tuple[Leg, str]:
        """Answers a caller's offer; the leg joins the contact once it exists."""
        if not phone:  # a phone's offer is rtpengine's, on this machine
            offer_sdp, dropped = screened(offer_sdp, self._caller_networks)
            if dropped:
                log.debug("caller %s: %d ICE candidates not checked", contact_id[:8], dropped)
        leg = self.caller_leg(contact_id, phone=phone)
        try:
            answer = await leg.answer(offer_sdp)
        except Exception:
            await leg.close()
            raise
        return leg, answer

    def attach_caller(self, contact_id: str, leg: Leg, language: str | None = None) -> None:
        """The caller's leg joins its contact: prompts are said in ``language``
        (the web page's choice), else in the language of the contact's queue."""
        if language is None:
            contact = self.center.live_contact(contact_id)
            media = self.center.queue_media.get(contact.queue_id) if contact else None
            language = media.language if media else DEFAULT_LANGUAGE
        call = Call(contact_id, leg, language=language)
        leg.call = call  # type: ignore[attr-defined]
        self.calls[contact_id] = call
        leg.on_close.append(lambda _: self._caller_gone(call))
        self._watch_media(leg)
        if self.center.phase_of(contact_id) is Phase.QUEUED:
            self._play(call, welcome=True)

    async def agent_offer(self, agent_id: int, offer_sdp: str) -> str:
        """The desktop's link for the shift; a new offer replaces the old link."""
        leg = Leg(f"agent {agent_id}", self._ice_servers(), self._from_agent, self._on_forward)
        leg.agent_id = agent_id  # type: ignore[attr-defined]
        try:
            answer = await leg.answer(offer_sdp)
        except Exception:
            await leg.close()
            raise
        old = self.links.get(agent_id)
        self.links[agent_id] = leg
        leg.on_close.append(lambda _: self._link_gone(agent_id, leg))
        self.center.health.link_opened(agent_id)
        if old is not None:
            await old.close()
        return answer

    async def drop_agent(self, agent_id: int) -> None:
        link = self.links.pop(agent_id, None)
        if link is not None:
            await link.close()

    def _link_gone(self, agent_id: int, leg: Leg) -> None:
        if self.links.get(agent_id) is not leg:
            return  # replaced by a newer link
        del self.links[agent_id]
        monitored = self._monitored.get(agent_id)
        if monitored is not None:
            self._stop_monitoring(monitored)
        # An agent with no audio path cannot go on talking: the link is down,
        # so the center puts the caller back at the head of the line rather
        # than leave them in silence.
        self.center.health.link_closed(agent_id)

    def _watch_media(self, leg: Leg) -> None:
        """Ends a web caller's leg whose ICE never completes (it would wait in
        line with no audio path forever), and one that goes silent: a browser
        sends audio all call long, so no packet for ``caller_silence_end_s``
        means it died, or never meant to talk (a contact made to ring agents
        with nothing). ICE consent would take ~30 s to notice. A phone's
        trunk may stop sending in silences: its leg has its own rule."""

        async def watch() -> None:
            try:
                await asyncio.wait_for(leg.connected.wait(), self.settings.ice_timeout_s)
            except TimeoutError:
                log.info(
                    "%s: ICE did not complete in %.0f s", leg.name, self.settings.ice_timeout_s
                )
                await leg.close()
                return
            if leg.phone:
                return
            silence = self.settings.caller_silence_end_s
            connected_at = time.perf_counter()
            while not leg.closed.is_set():
                quiet_s = time.perf_counter() - (leg.last_heard or connected_at)
                if quiet_s >= silence:
                    log.info("%s: no audio for %.1f s: the caller is gone", leg.name, quiet_s)
                    await leg.close()
                    return
                await asyncio.sleep(silence - quiet_s)

        self._spawn(watch())

    def _spawn(self, coro: object) -> None:
        task = asyncio.ensure_future(coro)  # type: ignore[call-overload]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # --------------------------------------------------------------- packets

    def _from_caller(self, leg: Leg, packet: Received, now: float) -> None:
        # None until the leg joins its contact (a phone caller in a menu).
        call: Call | None = getattr(leg, "call", None)
        if call is not None and call.outside is not None:
            call.outside.out.push(leg, packet.timestamp, packet.payload, now)
            return
        if call is None or call.agent_id is None or call.held:
            return
        monitor = call.monitor
        if monitor is not None:
            monitor.mixer.feed(CALLER_PARTY, packet.payload)
        link = self.links.get(call.agent_id)
        if link is not None and (monitor is None or not monitor.mixes_for(AGENT_PARTY)):
            link.out.push(leg, packet.timestamp, packet.payload, now)
        if call.recorder is not None:
            self._record(call.recorder, call.contact_id, CALLER, packet.payload, now)

    def _from_outside(self, leg: Leg, packet: Received, now: float) -> None:
        call: Call | None = getattr(leg, "call", None)  # None until it answered
        if call is not None and call.outside is leg:
            call.caller.out.push(leg, packet.timestamp, packet.payload, now)

    def _from_agent(self, leg: Leg, packet: Received, now: float) -> None:
        user_id: int = leg.agent_id  # type: ignore[attr-defined]
        call = self._agent_call.get(user_id)
        if call is None:
            monitored = self._monitored.get(user_id)
            if monitored is not None and monitored.monitor is not None:
                monitored.monitor.mixer.feed(SUPERVISOR_PARTY, packet.payload)
            return
        if call.held:
            return
        meta = self.center.contacts.get(call.contact_id)
        if meta is not None and meta.muted:
            return
        monitor = call.monitor
        if monitor is not None:
            monitor.mixer.feed(AGENT_PARTY, packet.payload)
        if monitor is None or not monitor.mixes_for(CALLER_PARTY):
            call.caller.out.push(leg, packet.timestamp, packet.payload, now)
        if call.recorder is not None:
            self._record(call.recorder, call.contact_id, AGENT, packet.payload, now)

    def _record(
        self, recorder: CallRecorder, contact_id: str, leg: int, payload: bytes, now: float
    ) -> None:
        meta = self.center.contacts.get(contact_id)
        if meta is not None and meta.recording_paused:
            # Paused (a card number read out): a silent frame in the packet's
            # place, so the file keeps the pause's length and nothing of it.
            payload = SILENCE
        recorder.write(leg, payload, now)

    # ---------------------------------------------------------------- events

    def on_event(self, event: Event) -> None:
        if isinstance(event, Dialled) and event.agent_id is not None:
            self._ring_back(event.agent_id)
        elif isinstance(event, (Answered, Closed)) and event.agent_id in self._ringback:
            self._ticker.discard(self._ringback.pop(event.agent_id))
        call = self.calls.get(event.contact_id or "")
        if call is None:
            return
        if isinstance(event, Entered):
            self._play(call, welcome=not call.welcomed)
        elif isinstance(event, Answered):
            self._connect(call, event.agent_id)
        elif isinstance(event, Held):
            call.held = True
            self._play(call, welcome=False, announce=False)
        elif isinstance(event, Resumed):
            call.held = False
            self._stop_playing(call)
        elif isinstance(event, Transferred) and event.to_number is not None:
            self._disconnect(call)
            self._ring_caller(call)  # while the outside number rings
        elif isinstance(event, Requeued) and event.phase == "link_lost":
            self._disconnect(call)
            self._play(call, welcome=False, opening=self.library.prompt("link_lost", call.language))
        elif isinstance(event, (Transferred, Requeued)):
            self._disconnect(call)
            self._play(call, welcome=False)
        elif isinstance(event, Ended) and event.reason not in _CONTINUES:
            self._disconnect(call)
            self._stop_playing(call)
            self._finish_recording(call)
            if event.reason != "caller_hangup":
                self._spawn(call.caller.close())
        elif isinstance(event, Closed):
            self._disconnect(call)
            self._stop_playing(call)
            self._finish_recording(call)
            self.calls.pop(call.contact_id, None)
            self._spawn(call.caller.close())
            if call.outside is not None:
                self._spawn(call.outside.close())

    def _connect(self, call: Call, agent_id: int | None) -> None:
        self._stop_playing(call)
        call.agent_id = agent_id
        call.held = False
        if agent_id is None:
            return
        self._agent_call[agent_id] = call
        if agent_id not in self.links:
            log.warning("agent %d answered with no audio link", agent_id)
        meta = self.center.contacts.get(call.contact_id)
        if call.recorder is None and not (meta is not None and meta.recording_refused):
            path = self._recording_path(call.contact_id)
            call.recorder = CallRecorder(path, time.perf_counter())
            call.recording = str(path.relative_to(self.recordings_dir))
            contact = self.center.live_contact(call.contact_id)
            media = self.center.queue_media.get(contact.queue_id) if contact else None
            if media is not None and media.recording_notice:  # told, and stayed
                self.center.annotate(call.contact_id, recording_consent="given")

    def refuse_recording(self, contact_id: str) -> None:
        """The caller does not want the call recorded (after the queue's
        notice): nothing is, and what was already is deleted."""
        meta = self.center.contacts.get(contact_id)
        if meta is None or meta.recording_refused:
            return
        meta.recording_refused = True
        self.center.annotate(contact_id, recording_consent="refused")
        call = self.calls.get(contact_id)
        if call is None or call.recorder is None:
            return
        recorder, call.recorder, call.recording = call.recorder, None, None
        recorder.close()
        with contextlib.suppress(FileNotFoundError):
            recorder.path.unlink()
        log.info("caller %s refused the recording: none is kept", contact_id[:8])

    # ------------------------------------------------------------ monitoring

    def monitor(self, contact_id: str, supervisor_id: int, mode: Mode) -> None:
        """Start, switch or (``Mode.OFF``) stop a supervisor's monitoring of a
        connected call. Nobody in the call is told."""
        call = self.calls.get(contact_id)
        if call is None or call.agent_id is None:
            raise MonitorRefused(
                p.ErrorCode.NOT_CONNECTED, "this call is not connected to an agent"
            )
        current = call.monitor
        if current is not None and current.supervisor_id != supervisor_id:
            raise MonitorRefused(
                p.ErrorCode.MONITORED, "another supervisor is monitoring this call"
            )
        if mode is Mode.OFF:
            if current is not None:
                self._stop_monitoring(call)
            return
        if supervisor_id not in self.links:
            raise MonitorRefused(
                p.ErrorCode.NO_LINK, "your desktop has no audio link: connect your headset first"
            )
        elsewhere = self._monitored.get(supervisor_id)
        if elsewhere is not None and elsewhere is not call:
            self._stop_monitoring(elsewhere)  # one headset, one call at a time
        if current is None:
            current = call.monitor = Monitoring(
                supervisor_id, mode, Mixer(f"monitor {contact_id[:8]}")
            )
            self._monitored[supervisor_id] = call
        current.mode = mode
        current.mixer.set_routes(
            {
                party: Route(sources, self._ear_of(call, party))
                for party, sources in HEARS[mode].items()
            }
        )
        log.info("supervisor %d: %s on call %s", supervisor_id, mode, contact_id[:8])

    def _ear_of(self, call: Call, party: str) -> Callable[[], Outbound | None]:
        """Where ``party``'s mix goes, looked up each frame (links get replaced)."""

        def ear() -> Outbound | None:
            monitor = call.monitor
            if monitor is None:
                return None
            if party == SUPERVISOR_PARTY:
                link = self.links.get(monitor.supervisor_id)
            elif party == AGENT_PARTY:
                link = self.links.get(call.agent_id) if call.agent_id is not None else None
            else:
                # On hold the caller hears the hold programme, nothing else.
                link = None if call.held else call.caller
            return link.out if link is not None else None

        return ear

    def _stop_monitoring(self, call: Call) -> None:
        monitor, call.monitor = call.monitor, None
        if monitor is None:
            return
        monitor.mixer.stop()
        if self._monitored.get(monitor.supervisor_id) is call:
            del self._monitored[monitor.supervisor_id]
        log.info("supervisor %d stopped monitoring %s", monitor.supervisor_id, call.contact_id[:8])

    def _disconnect(self, call: Call) -> None:
        self._stop_monitoring(call)
        if call.agent_id is not None and self._agent_call.get(call.agent_id) is call:
            del self._agent_call[call.agent_id]
        call.agent_id = None
        call.held = False

    def _recording_path(self, contact_id: str) -> Path:
        day = time.strftime("%Y-%m-%d", time.gmtime(self.center.clock()))
        return self.recordings_dir / day / f"{contact_id}.ogg"

    def _finish_recording(self, call: Call) -> None:
        recorder, call.recorder = call.recorder, None
        if recorder is None:
            return
        recorder.close()
        if not recorder.failed and call.recording is not None:
            self.center.annotate(call.contact_id, recording=call.recording)

    def _play(
        self, call: Call, *, welcome: bool, announce: bool = True, opening: Clip = ()
    ) -> None:
        """The queue's programme for the caller: ``opening`` (or the welcome),
        then music with announcements."""
        self._stop_playing(call)
        contact = self.center.live_contact(call.contact_id)
        media = self.center.queue_media.get(contact.queue_id) if contact else None
        music = media.hold_music if media else "default"
        every = media.announce_every_s if media and announce else None
        call.welcomed = call.welcomed or welcome
        call.programme = Programme(
            call.caller.out,
            self.library.music(music),
            opening=self.library.prompt("welcome", call.language) if welcome else opening,
            announce_every_s=every,
            announce=lambda: self._announcement(call),
        )
        self._ticker.add(call.programme)

    def play_menu(self, leg: Leg, menu: Clip, music: str, every_s: float) -> Programme:
        """Plays ``menu`` to a caller who is not in a queue yet (a phone
        caller choosing one), then the hold music, the menu again every
        ``every_s``; until :meth:`stop_menu`."""
        programme = Programme(
            leg.out,
            self.library.music(music),
            opening=menu,
            announce_every_s=every_s,
            announce=lambda: menu,
        )
        self._ticker.add(programme)
        return programme

    def stop_menu(self, programme: Programme) -> None:
        self._ticker.discard(programme)

    def _ring_back(self, agent_id: int) -> None:
        """The ringing tone in the agent's headset while their call out rings
        (a real one from the network would need early media from every trunk)."""
        link = self.links.get(agent_id)
        if link is None:
            return
        programme = Programme(
            link.out, self.library.ringback, opening=(), announce_every_s=None, announce=_nothing
        )
        self._ringback[agent_id] = programme
        self._ticker.add(programme)

    def _ring_caller(self, call: Call) -> None:
        self._stop_playing(call)
        call.programme = Programme(
            call.caller.out,
            self.library.ringback,
            opening=(),
            announce_every_s=None,
            announce=_nothing,
        )
        self._ticker.add(call.programme)

    def _stop_playing(self, call: Call) -> None:
        if call.programme is not None:
            self._ticker.discard(call.programme)
            call.programme = None

    def _announcement(self, call: Call) -> Clip | None:
        contact = self.center.live_contact(call.contact_id)
        if contact is None or contact.phase is not Phase.QUEUED:
            return None
        position = self.center.position(call.contact_id)
        wait = (
            self.center.figures.estimated_wait_s(contact.queue_id, position)
            if position is not None
            else None
        )
        return self.library.announcement(position, wait, call.language) + call.offer or None

    def offer_to_caller(self, contact_id: str, offer: Clip) -> None:
        """``offer`` is said after each announcement to the contact's caller."""
        call = self.calls.get(contact_id)
        if call is not None:
            call.offer = offer

    async def release_caller(self, contact_id: str, goodbye: Clip = ()) -> None:
        """The caller is to be called back: they hear ``goodbye``, then their
        leg closes while the contact stays in line (the center lets a call to
        place outlive its caller)."""
        call = self.calls.pop(contact_id, None)
        if call is None:
            return
        self._stop_playing(call)
        if goodbye:
            call.programme = Programme(
                call.caller.out,
                (SILENCE,),  # after it, nothing
                opening=goodbye,
                announce_every_s=None,
                announce=_nothing,
            )
            self._ticker.add(call.programme)
            await asyncio.sleep(len(goodbye) * 0.020 + 0.3)
            self._stop_playing(call)
        await call.caller.close()

    def _caller_gone(self, call: Call) -> None:
        """The caller's connection ended (hang-up, network, ICE): so does the call."""
        self.center.caller_left(call.contact_id)

    # ------------------------------------------------------------ lifecycle

    async def refresh_link_stats(self) -> None:
        """Reads each agent link's RTCP figures into the center's live state."""
        for agent_id, link in list(self.links.items()):
            # aiortc's getStats never suspends: without this the whole pass
            # (about 30 µs a link) would hold every call's packets back at once.
            await asyncio.sleep(0)
            stats = await link.stats()
            if stats is None:
                continue
            self.center.health.update_link(
                agent_id,
                p.LinkQuality(
                    loss_pct=min(stats.loss_pct, 100.0),
                    jitter_ms=stats.jitter_ms,
                    remote_loss_pct=stats.remote_loss_pct,
                    rtt_ms=stats.rtt_ms,
                ),
                LinkSample(
                    at=self.center.clock(),
                    packets_in=stats.packets_in,
                    packets_lost=stats.packets_lost,
                    jitter_ms=stats.jitter_ms,
                    rtt_ms=stats.rtt_ms,
                    remote_loss_pct=stats.remote_loss_pct,
                ),
            )
        for agent_id in [a for a in self.center.health.link_quality if a not in self.links]:
            self.center.health.update_link(agent_id, None)

    async def close(self) -> None:
        self.center.unsubscribe(self.on_event)
        self._ticker.stop()
        for call in list(self.calls.values()):
            self._stop_monitoring(call)
            self._finish_recording(call)
        legs = [c.caller for c in self.calls.values()] + list(self.links.values())
        legs += [c.outside for c in self.calls.values() if c.outside is not None]
        await asyncio.gather(*(leg.close() for leg in legs), return_exceptions=True)
        for task in list(self._tasks):
            task.cancel()
        self.calls.clear()
        self.links.clear()


def _nothing() -> Clip | None:
    return None
