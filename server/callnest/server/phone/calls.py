"""Phone calls in: a call on a trunk becomes an ordinary caller of a queue.

The path: Kamailio relays the trunk's INVITE to Callnest's SIP side
(:mod:`.sip_server`); rtpengine turns its G.711 offer into a WebRTC Opus one
(:mod:`.rtpengine`); the switchboard answers that with a caller leg exactly as
it answers a browser; rtpengine turns the leg's answer back into G.711 for
the trunk; the contact enters the queue the dialled number belongs to. From
there on hold music, announcements, recording, monitoring and the agent's
link treat it as any other caller. When the dialled queue has a menu, the
caller first hears it read out and picks a queue on the keypad (RFC 4733
digits, reported by rtpengine, or SIP INFO), as the web page's buttons pick.

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

from callnest.protocol.e164 import normalize_e164
from callnest.server.acd import Channel
from callnest.server.acd.model import OverflowKind
from callnest.server.center import Center
from callnest.server.media.leg import InvalidSdp, Leg
from callnest.server.media.prompts import Clip
from callnest.server.media.speech import NoVoice, spoken
from callnest.server.media.switchboard import Switchboard
from callnest.server.phone.ng import NgError, NgTimeout
from callnest.server.phone.rtpengine import RtpEngine, RtpEngineError
from callnest.server.phone.sip_server import CallEnded, IncomingCall

log = logging.getLogger("callnest.phone.calls")

MENU_WAIT_S = 15.0  # a caller pressing nothing goes to the dialled queue after this
MENU_REPEAT_S = 4.0  # of hold music between two readings of the menu


class NumberBook(Protocol):
    async def find_phone_number(self, number: str) -> dict[str, Any] | None: ...
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
        silence_timeout_s: float = 60.0,
    ) -> None:
        self._center = center
        self._silence_timeout_s = silence_timeout_s
        self._store = store
        self._switchboard = switchboard
        self._relay = relay
        self._menus: dict[str, Clip] = {}  # spoken menus, by their text
        self._tasks: set[asyncio.Task[None]] = set()

    async def on_invite(self, call: IncomingCall) -> None:
        contact_id = str(uuid.uuid4())
        try:
            queue_id = await self._queue_for(call)
            leg = await self._connect_media(call, contact_id)
        except Refusal as refusal:
            log.info("phone call %s refused: %s", call.call_id[:12], refusal)
            await call.refuse(refusal.code, refusal.reason)
            return
        except CallEnded:
            return  # cancelled (or the server stopping) while the media was set up
        self._follow(call, leg)
        menu = self._center.queue_media[queue_id].ivr_menu
        if menu:
            queue_id = await self._menu_choice(call, leg, queue_id, menu)
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
        )
        self._switchboard.attach_caller(contact_id, leg)

    async def _menu_choice(
        self, call: IncomingCall, leg: Leg, queue_id: int, menu: tuple[dict[str, str], ...]
    ) -> int:
        """The queue the caller picks on the keypad from the dialled queue's
        menu, as the web page's buttons pick it; the dialled queue itself when
        they press nothing it offers within MENU_WAIT_S (or hang up)."""
        names = self._center.queue_names
        choices = {c["key"]: names[c["queue"]] for c in menu if c["queue"] in names}
        chosen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def pressed(_call_id: str, digit: str) -> None:
            log.info("phone call %s: %s pressed", call.call_id[:12], digit)
            if digit in choices and not chosen.done():
                chosen.set_result(choices[digit])

        self._relay.subscribe(call.call_id, pressed)
        call.on_dtmf = lambda digit: pressed(call.call_id, digit)  # SIP INFO, from some trunks
        music = self._center.queue_media[queue_id].hold_music
        programme = self._switchboard.play_menu(
            leg, await self._menu_clip(menu), music, MENU_REPEAT_S
        )
        try:
            either: set[asyncio.Future[Any]] = {chosen, call.ended}
            await asyncio.wait(either, timeout=MENU_WAIT_S, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._switchboard.stop_menu(programme)
            self._relay.unsubscribe(call.call_id, pressed)
            call.on_dtmf = None
        return chosen.result() if chosen.done() else queue_id

    async def _menu_clip(self, menu: tuple[dict[str, str], ...]) -> Clip:
        """ "For Sales, press 1. For Support, press 2." -- in the server's own
        voice, made once per menu text; the welcome alone without espeak-ng."""
        text = " ".join(f"For {c.get('label') or c['queue']}, press {c['key']}." for c in menu)
        clip = self._menus.get(text)
        if clip is None:
            try:
                clip = await asyncio.to_thread(spoken, text)
            except (NoVoice, OSError, subprocess.SubprocessError) as exc:
                log.warning("the phone menu cannot be spoken: %s", exc)
                clip = self._switchboard.library.welcome
            self._menus[text] = clip
        return clip

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
            leg, answer = await self._switchboard.add_caller(contact_id, webrtc_offer)
        except InvalidSdp as exc:
            await self._forget(call)
            raise Refusal(488, "Not Acceptable Here", str(exc)) from exc
        try:
            phone_answer = await self._relay.webrtc_answer_to_phone(
                call.call_id, call.from_tag, call.to_tag, answer
            )
            await call.answer(phone_answer)
        except BaseException:
            await leg.close()
            await self._forget(call)
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

    async def _customer(self, number: str | None) -> dict[str, Any] | None:
        if number is None:
            return None
        try:
            return await self._store.find_customer(phone=number)
        except Exception:
            # The call matters more than the screen pop: queue it without one.
            log.exception("looking up the caller's customer failed")
            return None

    def _follow(self, call: IncomingCall, leg: Leg) -> None:
        """Each end's hanging up ends the other; so does a trunk gone silent."""

        async def until_ended() -> None:
            reason = await call.ended
            log.info("phone call %s ended: %s", call.call_id[:12], reason)
            await leg.close()
            await self._forget(call)

        def leg_closed(_: Leg) -> None:
            self._spawn(self._hang_up(call))

        leg.on_close.append(leg_closed)
        self._spawn(until_ended())
        self._spawn(self._until_silent(call))

    async def _until_silent(self, call: IncomingCall) -> None:
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

    async def _hang_up(self, call: IncomingCall) -> None:
        await call.hang_up()
        await self._forget(call)

    async def _forget(self, call: IncomingCall) -> None:
        with contextlib.suppress(Exception):
            await self._relay.delete(call.call_id)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


def _e164_or_none(user: str | None) -> str | None:
    """The caller's number in E.164, when the trunk sent one."""
    if not user:
        return None
    try:
        return normalize_e164(user)
    except ValueError:
        return None
