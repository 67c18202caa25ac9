"""Phone calls in: a call on a trunk becomes an ordinary caller of a queue.

The path: Kamailio relays the trunk's INVITE to Callnest's SIP side
(:mod:`.sip_server`); rtpengine turns its G.711 offer into a WebRTC one
(:mod:`.rtpengine`); the switchboard answers that with a phone caller leg,
which turns G.711 into Opus and back at its edge; rtpengine turns the leg's
answer back into plain RTP for the trunk; the contact enters the queue the
dialled number belongs to. From there on hold music, announcements,
recording, monitoring and the agent's link treat it as any other caller.
When the dialled queue offers its callers a choice of languages, they first
hear each offered in itself ("For English, press 1. Za slovenščino
pritisnite tipko 2.") and everything after is said in the one they press.
When the dialled queue has a menu, the caller then hears it read out and
picks a queue on the keypad (RFC 4733 digits, reported by rtpengine, or SIP
INFO), as the web page's buttons pick.

Either end hanging up ends the other: the trunk's BYE (or CANCEL) closes the
leg, which the switchboard reports to the ACD as the caller leaving; the leg
closing for any other reason (the agent hung up, ICE failed, the server
stops) sends the BYE.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import subprocess
import uuid
from typing import Any, Protocol

from callnest.protocol import ErrorCode
from callnest.protocol.e164 import normalize_e164
from callnest.server.acd import Channel, Event, Outcome, Phase
from callnest.server.acd.events import Closed
from callnest.server.acd.model import OverflowKind
from callnest.server.callbacks import Callbacks
from callnest.server.center import Center, QueueMedia
from callnest.server.media.leg import InvalidSdp, Leg
from callnest.server.media.oggopus import FRAME_S
from callnest.server.media.prompts import MAX_LANGUAGE_CHOICES, Clip
from callnest.server.media.speech import NoVoice, spoken
from callnest.server.media.switchboard import Switchboard
from callnest.server.phone.ng import NgError, NgTimeout
from callnest.server.phone.rtpengine import RtpEngine, RtpEngineError
from callnest.server.phone.sip_server import (
    CallEnded,
    IncomingCall,
    OutEndReason,
    OutgoingCall,
    OutgoingCallEnded,
    SipServer,
    new_call_id,
    new_tag,
)
from callnest.server.refused import Refused
from callnest.server.store.errors import NotFound

log = logging.getLogger("callnest.phone.calls")

REFUSE_RECORDING_KEY = "9"  # what the recording notice (prompts.py) tells callers to press
CALLBACK_KEY = "1"  # a waiting caller's, to be called back (queues that offer it)
# One choice of a queue's phone menu, read out in the queue's language. The
# label is the owner's own name for a queue, as written: the Slavic lines
# name it before the colon, where no case has to bend it.
MENU_CHOICE = {
    "en": "For {label}, press {key}.",
    "sl": "{label}: pritisnite tipko {key}.",
    "ru": "{label}: нажмите {key}.",
    "es": "Para {label}, pulse {key}.",
    "sk": "{label}: stlačte {key}.",
}
MENU_WAIT_S = 15.0  # a caller pressing nothing goes to the dialled queue after this
MENU_REPEAT_S = 4.0  # of hold music between two readings of the menu
# After the languages on offer are said, a key is waited for this long; then
# they are said once more, and a caller who still presses nothing hears the
# queue's own language.
LANGUAGE_WAIT_S = 6.0
LANGUAGE_READINGS = 2


class NumberBook(Protocol):
    """What the phone side reads from the store."""

    async def find_phone_number(self, number: str) -> dict[str, Any] | None: ...
    async def trunks_for_edge(self) -> list[dict[str, Any]]: ...
    async def get_row(self, table_name: str, id: int) -> dict[str, Any]: ...
    async def find_customer(
        self, phone: str | None = None, email: str | None = None
    ) -> dict[str, Any] | None: ...


class Refusal(Exception):
    """A call this server will not take, as the SIP answer that says why."""

    def __init__(self, code: int, reason: str, why: str) -> None:
        super().__init__(why)
        self.code, self.reason = code, reason


class PhoneCalls:
    """Takes the calls the SIP server hands over (its ``on_invite``)."""

    def __init__(
        self,
        center: Center,
        store: NumberBook,
        switchboard: Switchboard,
        relay: RtpEngine,
        *,
        callbacks: Callbacks | None = None,
        silence_timeout_s: float = 60.0,
        dial_timeout_s: float = 60.0,
    ) -> None:
        self._center = center
        self._dial_timeout_s = dial_timeout_s  # a call out ringing this long: no answer
        self._callbacks = callbacks
        self._silence_timeout_s = silence_timeout_s
        self._store = store
        self._switchboard = switchboard
        self._relay = relay
        self._spoken: dict[tuple[str, str], Clip] = {}  # menus, by language and text
        self._dialling: dict[str, OutgoingCall] = {}  # calls out not yet answered, by contact
        self.sip: SipServer | None = None  # for calls out (the server that hands calls in)
        center.subscribe(self.on_event)
        self._tasks: set[asyncio.Task[None]] = set()

    async def on_invite(self, call: IncomingCall) -> None:
        contact_id = str(uuid.uuid4())
        try:
            queue_id = await self._queue_for(call)
            # The trunk (and the caller's phone, with its ringing tone)
            # hears at once that the call is ours; the media takes longer.
            await call.ringing()
            leg = await self._connect_media(call, contact_id)
        except Refusal as refusal:
            log.info("phone call %s refused: %s", call.call_id[:12], refusal)
            await call.refuse(refusal.code, refusal.reason)
            return
        except CallEnded:
            return  # cancelled (or the server stopping) while the media was set up
        self._follow(call, leg)
        dialled = self._center.queue_media[queue_id]
        chosen: str | None = None  # the caller's language, if they chose one
        if len(dialled.caller_languages) >= 2:
            chosen = await self._language_choice(call, leg, dialled)
        menu = dialled.ivr_menu
        if menu:
            queue_id = await self._menu_choice(call, leg, queue_id, menu, chosen)
        refusing: asyncio.Future[str] | None = None
        media = self._center.queue_media[queue_id]
        language = chosen or media.language  # of every prompt the caller hears from here
        if media.recording_notice:
            refusing = self._take_refusal(call)
            await self._notify_recording(call, leg, media.hold_music, language)
        number = _e164_or_none(call.caller.user)
        customer = await self._customer(number)
        if leg.closed.is_set():
            return  # hung up in the menu, or while the customer was looked up
        self._center.open_contact(
            queue_id,
            Channel.VOICE,
            contact_id=contact_id,
            token_hash=None,
            caller_name=(customer or {}).get("name") or call.caller.display_name or number,
            caller_address=number or call.caller.user or "anonymous",
            customer_id=None if customer is None else int(customer["id"]),
            identity="caller_id",
        )
        self._switchboard.attach_caller(contact_id, leg, language)
        if refusing is not None:
            refusing.set_result(contact_id)
        if media.callbacks_offered and number is not None and self._callbacks is not None:
            self._offer_callback(call, contact_id, number, language)

    def _offer_callback(
        self, call: IncomingCall, contact_id: str, number: str, language: str
    ) -> None:
        """Each announcement ends with the callback offer; key 1 takes it: the
        caller is called back at the number they call from, keeping their
        place (a caller with no number is not offered it)."""
        library = self._switchboard.library
        self._switchboard.offer_to_caller(contact_id, library.prompt("callback_offer", language))
        goodbye = library.prompt("callback_goodbye", language)
        asked = False

        def pressed(_call_id: str, digit: str) -> None:
            nonlocal asked
            if digit == CALLBACK_KEY and not asked:
                asked = True
                self._spawn(self._call_back_later(contact_id, number, goodbye))

        self._relay.subscribe(call.call_id, pressed)
        earlier = call.on_dtmf  # the recording notice's key, over SIP INFO

        def on_dtmf(digit: str) -> None:
            if earlier is not None:
                earlier(digit)
            pressed(call.call_id, digit)

        call.on_dtmf = on_dtmf
        call.ended.add_done_callback(lambda _: self._relay.unsubscribe(call.call_id, pressed))

    async def _call_back_later(self, contact_id: str, number: str, goodbye: Clip) -> None:
        assert self._callbacks is not None  # offered only with them
        try:
            await self._callbacks.keep_place(contact_id, number, "phone")
        except Refused as refused:  # an agent is about to answer, say
            log.info("phone caller %s: no callback: %s", contact_id[:8], refused)
            return
        await self._switchboard.release_caller(contact_id, goodbye)

    def _take_refusal(self, call: IncomingCall) -> asyncio.Future[str]:
        """Key 9, from the recording notice on, says the caller does not want
        the call recorded; the future is given the contact once it exists
        (a key pressed during the notice counts from then)."""
        contact: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def pressed(_call_id: str, digit: str) -> None:
            if digit != REFUSE_RECORDING_KEY:
                return
            log.info("phone call %s: the caller refused the recording", call.call_id[:12])
            contact.add_done_callback(lambda c: self._switchboard.refuse_recording(c.result()))

        self._relay.subscribe(call.call_id, pressed)
        call.on_dtmf = lambda digit: pressed(call.call_id, digit)  # SIP INFO, from some trunks
        call.ended.add_done_callback(lambda _: self._relay.unsubscribe(call.call_id, pressed))
        return contact

    async def _notify_recording(
        self, call: IncomingCall, leg: Leg, music: str, language: str
    ) -> None:
        """The queue's recording notice, whole, before the caller joins the
        queue: an agent free at once must not answer (and start recording)
        in the middle of it."""
        notice = self._switchboard.library.prompt("recording_notice", language)
        programme = self._switchboard.play_menu(leg, notice, music, every_s=3600.0)
        try:
            either: set[asyncio.Future[Any]] = {call.ended}
            await asyncio.wait(either, timeout=len(notice) * FRAME_S + 0.3)
        finally:
            self._switchboard.stop_menu(programme)

    async def _language_choice(self, call: IncomingCall, leg: Leg, media: QueueMedia) -> str | None:
        """The language the caller picks on the keypad from those the queue
        offers (key 1 the first), each offered in itself; None when they
        press none of the keys (or hang up) by LANGUAGE_WAIT_S after the
        second reading."""
        offered = media.caller_languages[:MAX_LANGUAGE_CHOICES]
        keys = {str(key): language for key, language in enumerate(offered, start=1)}
        chosen: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def pressed(_call_id: str, digit: str) -> None:
            log.info("phone call %s: %s pressed for a language", call.call_id[:12], digit)
            if digit in keys and not chosen.done():
                chosen.set_result(keys[digit])

        self._relay.subscribe(call.call_id, pressed)
        call.on_dtmf = lambda digit: pressed(call.call_id, digit)  # SIP INFO, from some trunks
        clip = self._switchboard.library.language_choice(offered)
        programme = self._switchboard.play_menu(leg, clip, media.hold_music, LANGUAGE_WAIT_S)
        try:
            either: set[asyncio.Future[Any]] = {chosen, call.ended}
            wait_s = LANGUAGE_READINGS * (len(clip) * FRAME_S + LANGUAGE_WAIT_S)
            await asyncio.wait(either, timeout=wait_s, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._switchboard.stop_menu(programme)
            self._relay.unsubscribe(call.call_id, pressed)
            call.on_dtmf = None
        return chosen.result() if chosen.done() else None

    async def _menu_choice(
        self,
        call: IncomingCall,
        leg: Leg,
        queue_id: int,
        menu: tuple[dict[str, str], ...],
        language: str | None = None,
    ) -> int:
        """The queue the caller picks on the keypad from the dialled queue's
        menu, as the web page's buttons pick it; the dialled queue itself when
        they press nothing it offers within MENU_WAIT_S (or hang up). It is
        read in ``language`` (the caller's choice), else in the queue's."""
        names = self._center.queue_names
        choices = {c["key"]: names[c["queue"]] for c in menu if c["queue"] in names}
        chosen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def pressed(_call_id: str, digit: str) -> None:
            log.info("phone call %s: %s pressed", call.call_id[:12], digit)
            if digit in choices and not chosen.done():
                chosen.set_result(choices[digit])

        self._relay.subscribe(call.call_id, pressed)
        call.on_dtmf = lambda digit: pressed(call.call_id, digit)  # SIP INFO, from some trunks
        media = self._center.queue_media[queue_id]
        programme = self._switchboard.play_menu(
            leg,
            await self._menu_clip(menu, language or media.language),
            media.hold_music,
            MENU_REPEAT_S,
        )
        try:
            either: set[asyncio.Future[Any]] = {chosen, call.ended}
            await asyncio.wait(either, timeout=MENU_WAIT_S, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._switchboard.stop_menu(programme)
            self._relay.unsubscribe(call.call_id, pressed)
            call.on_dtmf = None
        return chosen.result() if chosen.done() else queue_id

    async def _menu_clip(self, menu: tuple[dict[str, str], ...], language: str) -> Clip:
        """ "For Sales, press 1. For Support, press 2." -- in the server's own
        voice for ``language``, made once per menu text; the welcome alone
        without espeak-ng."""
        line = MENU_CHOICE.get(language, MENU_CHOICE["en"])
        text = " ".join(line.format(label=c.get("label") or c["queue"], key=c["key"]) for c in menu)
        return await self._say(
            text, language, instead=self._switchboard.library.prompt("welcome", language)
        )

    async def _say(self, text: str, language: str, instead: Clip = ()) -> Clip:
        """``text`` in the server's voice for ``language``, made once;
        ``instead`` without espeak-ng."""
        clip = self._spoken.get((language, text))
        if clip is None:
            try:
                clip = await asyncio.to_thread(spoken, text, language)
            except (NoVoice, OSError, subprocess.SubprocessError) as exc:
                log.warning("%r cannot be spoken: %s", text, exc)
                clip = instead
            self._spoken[language, text] = clip
        return clip

    async def dial(self, agent_id: int, number: str, queue_id: int, customer_id: int | None) -> str:
        """An agent's call out to ``number`` (written any international way)
        for ``queue_id``: with its caller ID, through the trunk that number
        is on (else the first trunk). Returns the contact's id once the
        INVITE is on its way; ringing, the answer or why it failed then come
        as the contact's events. Raises :class:`Refused` (or an ACD error)
        when the call cannot be placed at all."""
        number = _callable(number)
        if queue_id not in self._center.queues:
            raise Refused(ErrorCode.UNKNOWN_QUEUE, f"there is no queue {queue_id}")
        if self.sip is None:
            raise Refused(ErrorCode.NOT_SUPPORTED, "this server has no phone line yet")
        caller_id, trunk = await self._line_for(queue_id)
        customer = await (
            self._customer_by_id(customer_id) if customer_id is not None else self._customer(number)
        )
        contact_id = str(uuid.uuid4())
        self._center.dial_out(
            queue_id,
            agent_id,
            contact_id=contact_id,
            number=number,
            caller_name=(customer or {}).get("name"),
            customer_id=None if customer is None else int(customer["id"]),
        )
        await self._ring(contact_id, number, caller_id, trunk)
        return contact_id

    async def place(self, contact_id: str, number: str, queue_id: int) -> None:
        """A call to place (a callback, a campaign's call) that the ACD has
        just placed with its agent: rung as :meth:`dial` rings, with the
        queue's caller ID and trunk. With no phone line it fails at once
        (the contact closes as failed, and its owner decides what next)."""
        try:
            if self.sip is None:
                raise Refused(ErrorCode.NOT_SUPPORTED, "this server has no phone line yet")
            caller_id, trunk = await self._line_for(queue_id)
        except Refused as refused:
            log.warning("call %s cannot be placed: %s", contact_id[:8], refused)
            self._dial_failed(contact_id, Outcome.FAILED)
            return
        await self._ring(contact_id, number, caller_id, trunk)

    async def _ring(
        self, contact_id: str, number: str, caller_id: str | None, trunk: dict[str, Any]
    ) -> None:
        """Rings ``number`` for a contact its agent holds ringing."""
        leg = self._switchboard.caller_leg(contact_id, phone=True)
        out = await self._call_out(leg, number, caller_id, trunk, contact_id)
        if out is None:
            self._dial_failed(contact_id, Outcome.FAILED)
            return
        if not self._still_ringing(contact_id):
            # The agent gave up (or vanished) while the INVITE was made.
            await out.hang_up()
            await leg.close()
            await self._forget(out.call_id)
            return
        self._switchboard.attach_caller(contact_id, leg)
        self._dialling[contact_id] = out
        self._spawn(self._until_answered(contact_id, out, leg))

    def _still_ringing(self, contact_id: str) -> bool:
        live = self._center.live_contact(contact_id)
        return live is not None and live.phase is Phase.RINGING

    def _dial_failed(self, contact_id: str, outcome: Outcome) -> None:
        """The contact's call out never connected; nothing to do if it is over already."""
        if self._still_ringing(contact_id):
            self._center.dial_failed(contact_id, outcome)

    async def transfer_out(self, contact_id: str, agent_id: int, number: str) -> None:
        """The agent's blind transfer of a connected call (web or phone) to an
        outside ``number``: the agent lets go at once, the caller hears the
        ringing tone while it is called out (as :meth:`dial` calls, with the
        queue's caller ID and trunk); once it answers the switchboard bridges
        the two. Busy, no answer or a failure sends the caller back to the
        head of the queue. Raises :class:`Refused` (or an ACD error) when the
        transfer cannot start."""
        number = _callable(number)
        if self.sip is None:
            raise Refused(ErrorCode.NOT_SUPPORTED, "this server has no phone line yet")
        self._center.require_connected(contact_id, agent_id)
        live = self._center.live_contact(contact_id)
        assert live is not None  # connected
        if contact_id not in self._switchboard.calls:
            raise Refused(ErrorCode.BAD_TRANSFER, "only a call can be transferred to a number")
        caller_id, trunk = await self._line_for(live.queue_id)
        self._center.transfer(contact_id, agent_id, to_number=number)
        self._center.annotate(contact_id, data={"transferred_to": number})
        leg = self._switchboard.outside_leg(contact_id)
        out = await self._call_out(leg, number, caller_id, trunk, contact_id)
        if out is None:
            self._back_in_line(contact_id)
            return
        self._dialling[contact_id] = out  # the caller hanging up cancels it
        self._spawn(self._until_transfer_answered(contact_id, out, leg))

    async def _until_transfer_answered(self, contact_id: str, out: OutgoingCall, leg: Leg) -> None:
        """A transfer's call out from ringing to bridged, or back to the line."""
        try:
            await self._answered(out, leg)
        except (OutgoingCallEnded, NgError, InvalidSdp) as exc:
            log.info("transfer of %s to a number: %s", contact_id[:8], exc)
            if not isinstance(exc, OutgoingCallEnded):
                await out.hang_up()
            await leg.close()
            await self._forget(out.call_id)
            self._back_in_line(contact_id)
            return
        finally:
            self._dialling.pop(contact_id, None)
        # Each end's hanging up ends the other: the trunk's BYE closes the
        # leg, which ends the contact (so the caller's leg); the caller's leg
        # closing closes this one, which sends the BYE.
        self._follow(out, leg)
        if not self._switchboard.bridge(contact_id, leg):
            await leg.close()  # the caller hung up at the moment it was answered

    def _back_in_line(self, contact_id: str) -> None:
        """The outside number never answered: the caller (if still there)
        goes back to the head of the queue."""
        live = self._center.live_contact(contact_id)
        if live is not None and live.outside is not None:
            self._center.outside_failed(contact_id)

    async def _call_out(
        self, leg: Leg, number: str, caller_id: str | None, trunk: dict[str, Any], contact_id: str
    ) -> OutgoingCall | None:
        """``leg``'s offer, through rtpengine, as an INVITE to ``number`` on
        ``trunk``; None (the leg closed, the reason logged) when it cannot go."""
        assert self.sip is not None  # checked by the callers, before the ACD moved
        call_id, from_tag = new_call_id(), new_tag()
        try:
            # The trunk's G.711 laws in its order (a trunk stored before G.711
            # was required may list none: both then).
            laws = [c for c in trunk["codecs"] if c in ("PCMA", "PCMU")] or ["PCMA", "PCMU"]
            leg_offer = await leg.offer(laws)
            offer = await self._relay.webrtc_offer_to_phone(call_id, from_tag, leg_offer)
            return await self.sip.call_out(
                trunk=str(trunk["id"]),
                number=number,
                caller_id=caller_id,
                host=trunk["host"],
                sdp=offer,
                ring_timeout=self._dial_timeout_s,
                call_id=call_id,
                from_tag=from_tag,
            )
        except (NgError, RtpEngineError, OSError, RuntimeError, ValueError) as exc:
            log.warning("the call out for %s could not be placed: %s", contact_id[:8], exc)
            await leg.close()
            await self._forget(call_id)
            return None

    async def _answered(self, out: OutgoingCall, leg: Leg) -> None:
        """Once the far end answers: its answer, through rtpengine, is the
        leg's. Raises OutgoingCallEnded when it never does; NgError or
        InvalidSdp when its answer cannot be taken."""
        answer = await out.answered
        assert out.to_tag is not None  # the answer's
        webrtc = await self._relay.phone_answer_to_webrtc(
            out.call_id, out.from_tag, out.to_tag, answer
        )
        await leg.accept(webrtc)

    async def _line_for(self, queue_id: int) -> tuple[str | None, dict[str, Any]]:
        """The queue's caller ID, and the trunk to call out on: the one that
        number is on, else the first enabled trunk."""
        caller_id = self._center.queue_media[queue_id].outbound_caller_id
        trunks = {t["id"]: t for t in await self._store.trunks_for_edge()}
        if not trunks:
            raise Refused(ErrorCode.NOT_SUPPORTED, "no phone line: the owner adds a trunk first")
        ours = await self._store.find_phone_number(caller_id) if caller_id else None
        if ours is not None and ours["trunk_id"] in trunks:
            return caller_id, trunks[ours["trunk_id"]]
        return caller_id, trunks[min(trunks)]

    async def _until_answered(self, contact_id: str, out: OutgoingCall, leg: Leg) -> None:
        """A call out from ringing to talking, or to why it never did."""
        try:
            await self._answered(out, leg)
        except OutgoingCallEnded as ended:
            log.info("call out %s: %s", contact_id[:8], ended)
            await self._not_connected(contact_id, leg, out, _OUTCOMES[ended.reason])
            return
        except (NgError, InvalidSdp) as exc:
            log.warning("call out %s: the answer's media: %s", contact_id[:8], exc)
            await out.hang_up()
            await self._not_connected(contact_id, leg, out, Outcome.FAILED)
            return
        finally:
            self._dialling.pop(contact_id, None)
        if not self._still_ringing(contact_id):
            await out.hang_up()  # the agent gave up at the moment it was answered
            return
        self._center.far_end_answered(contact_id)
        self._follow(out, leg)

    async def _not_connected(
        self, contact_id: str, leg: Leg, out: OutgoingCall, outcome: Outcome
    ) -> None:
        # Before the leg closes: its closing would read as the caller leaving.
        self._dial_failed(contact_id, outcome)  # unless the agent gave up first
        await leg.close()
        await self._forget(out.call_id)

    def on_event(self, event: Event) -> None:
        """The agent giving up on a call out still ringing (or vanishing)
        closes its contact: the call is cancelled."""
        if isinstance(event, Closed) and event.contact_id in self._dialling:
            self._spawn(self._dialling.pop(event.contact_id).hang_up())

    async def _queue_for(self, call: IncomingCall) -> int:
        """The queue answering the dialled number, when it may take a call now."""
        row = await self._number(call.dialed or "")
        if row is None or str(row["trunk_id"]) != call.trunk:
            raise Refusal(404, "Not Found", f"{call.dialed!r} is not a number of this trunk")
        queue_id = row["queue_id"]
        if queue_id is None or queue_id not in self._center.queues:
            raise Refusal(480, "Temporarily Unavailable", f"no queue answers {row['number']}")
        queue = self._center.queues[queue_id]
        if (
            queue.hours is not None
            and not queue.hours.is_open(self._center.clock())
            and queue.after_hours.kind is OverflowKind.REJECT
        ):
            raise Refusal(480, "Temporarily Unavailable", f"{queue.name} is closed now")
        return int(queue_id)

    async def _number(self, dialled: str) -> dict[str, Any] | None:
        """Our number the trunk called. Trunks write it as E.164 with or
        without its "+" (``38612345678``), or as ``0038612345678``."""
        found = await self._store.find_phone_number(dialled)
        if found is None and dialled.isascii() and dialled.isdigit() and dialled[0] != "0":
            found = await self._store.find_phone_number("+" + dialled)
        return found

    async def _connect_media(self, call: IncomingCall, contact_id: str) -> Leg:
        """The caller's leg, answered through the relay; the call answered."""
        if not call.offer_sdp:
            # A delayed offer (the SDP would come in the ACK): rare on trunks.
            raise Refusal(488, "Not Acceptable Here", "the INVITE has no SDP offer")
        try:
            webrtc_offer = await self._relay.phone_offer_to_webrtc(
                call.call_id, call.from_tag, call.offer_sdp
            )
        except (RtpEngineError, NgTimeout) as exc:
            raise Refusal(503, "Service Unavailable", f"the media relay: {exc}") from exc
        except NgError as exc:
            # rtpengine refused the offer: nothing in it we can take.
            raise Refusal(488, "Not Acceptable Here", f"the caller's SDP: {exc}") from exc
        try:
            leg, answer = await self._switchboard.add_caller(contact_id, webrtc_offer, phone=True)
        except InvalidSdp as exc:
            await self._forget(call.call_id)
            raise Refusal(488, "Not Acceptable Here", str(exc)) from exc
        try:
            phone_answer = await self._relay.webrtc_answer_to_phone(
                call.call_id, call.from_tag, call.to_tag, answer
            )
            await call.answer(phone_answer)
        except BaseException:
            await leg.close()
            await self._forget(call.call_id)
            raise
        call.on_offer = lambda sdp: self._offered_again(call, sdp, answer)
        return leg

    async def _offered_again(self, call: IncomingCall, sdp: str, leg_answer: str) -> str:
        """The trunk's new offer in the call (hold, resume, a session refresh):
        rtpengine takes it on the trunk's side and the leg's side stays as it
        is, so the leg's first answer answers it again -- the leg never
        renegotiates."""
        await self._relay.phone_offer_to_webrtc(call.call_id, call.from_tag, sdp)
        return await self._relay.webrtc_answer_to_phone(
            call.call_id, call.from_tag, call.to_tag, leg_answer
        )

    async def _customer_by_id(self, customer_id: int) -> dict[str, Any]:
        try:
            return await self._store.get_row("customers", customer_id)
        except NotFound:
            raise Refused(ErrorCode.NOT_FOUND, f"there is no customer {customer_id}") from None

    async def _customer(self, number: str | None) -> dict[str, Any] | None:
        if number is None:
            return None
        try:
            return await self._store.find_customer(phone=number)
        except Exception:
            # The call matters more than the screen pop: queue it without one.
            log.exception("looking up the caller's customer failed")
            return None

    def _follow(self, call: IncomingCall | OutgoingCall, leg: Leg) -> None:
        """Each end's hanging up ends the other; so does a trunk gone silent."""

        async def until_ended() -> None:
            reason = await call.ended
            log.info("phone call %s ended: %s", call.call_id[:12], reason)
            await leg.close()
            await self._forget(call.call_id)

        def leg_closed(_: Leg) -> None:
            self._spawn(self._hang_up(call))

        leg.on_close.append(leg_closed)
        self._spawn(until_ended())
        self._spawn(self._until_silent(call))

    async def _until_silent(self, call: IncomingCall | OutgoingCall) -> None:
        """Hangs up a call whose trunk has sent no audio for the silence
        timeout: a trunk that vanished mid-call (its network, a crash) sends
        no BYE, and the call must not stay "in call" for ever. rtpengine
        counts the trunk's packets, so it is asked, a few times a timeout."""
        loop = asyncio.get_running_loop()
        answered_at = loop.time()
        every = self._silence_timeout_s / 4
        while not call.ended.done():
            await asyncio.sleep(every)
            try:
                silent_s = (await self._relay.stats(call.call_id)).silent_s
            except NgError:
                continue  # not answering just now (restarting): ask again later
            # A trunk that has sent nothing yet has been silent since the answer.
            silent_s = min(silent_s, loop.time() - answered_at)
            if silent_s >= self._silence_timeout_s and not call.ended.done():
                log.warning(
                    "phone call %s: no audio from the trunk for %.0f s; hanging up",
                    call.call_id[:12],
                    silent_s,
                )
                await call.hang_up()

    async def _hang_up(self, call: IncomingCall | OutgoingCall) -> None:
        await call.hang_up()
        await self._forget(call.call_id)

    async def _forget(self, call_id: str) -> None:
        """The call's media at rtpengine, once the call is over."""
        with contextlib.suppress(Exception):
            await self._relay.delete(call_id)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


# How a call out that never connected ended, as its contact's outcome.
_OUTCOMES = {
    OutEndReason.BUSY: Outcome.BUSY,
    OutEndReason.NO_ANSWER: Outcome.NO_ANSWER,
    OutEndReason.CANCELLED: Outcome.NO_ANSWER,  # the agent gave up waiting
    OutEndReason.REJECTED: Outcome.FAILED,
    OutEndReason.FAILED: Outcome.FAILED,
    OutEndReason.SERVER_STOPPED: Outcome.FAILED,
    OutEndReason.HUNG_UP_BY_FAR_END: Outcome.FAILED,  # cannot happen before an answer
    OutEndReason.WE_HUNG_UP: Outcome.NO_ANSWER,
    OutEndReason.NO_ACK: Outcome.FAILED,
}


def _callable(number: str) -> str:
    """``number`` in E.164 for a call out, or a refusal saying why not."""
    try:
        return normalize_e164(number)
    except ValueError as exc:
        raise Refused(ErrorCode.INVALID_REQUEST, f"that number cannot be called: {exc}") from exc


def _e164_or_none(user: str | None) -> str | None:
    """The caller's number in E.164, when the trunk sent one."""
    if not user:
        return None
    try:
        return normalize_e164(user)
    except ValueError:
        return None
