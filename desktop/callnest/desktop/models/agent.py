"""The agent's desk as the server describes it: state, the ringing offer, the
contact in hand, the call out being placed, the verdict on the home
connection, and the lists (break reasons, dispositions, queues) that the
controls offer. Fed engine events (and the agent's own dial requests); the
window only reads it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, Signal

from callnest import protocol as p
from callnest.desktop.engine.events import (
    Connection,
    ConnectionStatus,
    DeviceProblem,
    DeviceRole,
    EngineEvent,
    LinkQuality,
    MicLevel,
    Relink,
    RelinkCause,
    ServerEvent,
)
from callnest.desktop.i18n import translate
from callnest.desktop.models.callbacks import CallbackDraft, callback_number
from callnest.desktop.models.callout import CallOutResult, Dial, result_of, who
from callnest.desktop.models.chat import ChatBook
from callnest.desktop.models.format import HOME_CONNECTION, MISSED_OFFERS
from callnest.desktop.models.home_link import Tone, operator_line
from callnest.desktop.problems import describe
from callnest.protocol.e164 import normalize_e164

Page = Literal["idle", "ringing", "calling", "in_call", "wrap_up"]

# A contact the agent is talking to outranks one in wrap-up (with two voice
# contacts, e.g. a new call answered during wrap-up, the call is what matters).
_PHASE_RANK = {
    p.ContactPhase.CONNECTED: 0,
    p.ContactPhase.ON_HOLD: 0,
    p.ContactPhase.WRAP_UP: 1,
}


@dataclass(frozen=True, slots=True)
class Ringing:
    """The offer on screen. ``ends_at`` is on the local clock: the countdown
    follows ring_timeout_s from arrival, so a skewed server clock cannot show
    a negative or a too-long countdown."""

    offer_id: str
    contact: p.ContactInfo
    customer: p.CustomerCard | None
    script: str | None
    ends_at: float


@dataclass(frozen=True, slots=True)
class Pop:
    """What came with the offer, kept for the call and its wrap-up."""

    customer: p.CustomerCard | None
    script: str | None


class AgentModel(QObject):
    """Everything the agent window shows; ``changed`` after every event that moved
    it, ``chats_changed`` after a chat message or typing (only the chats moved)."""

    changed = Signal()
    chats_changed = Signal()

    def __init__(self, clock: Callable[[], float] = time.time, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self.connection: ConnectionStatus = "connecting"
        self.connection_detail = ""
        self.session_ended: str | None = None
        # The server's alarms still raised (told to owners only): the disk
        # nearly full, no recent backup, a certificate about to expire...
        self.alarms: tuple[p.AlarmNotice, ...] = ()
        self.user: p.UserInfo | None = None
        self.logged_in_at: float | None = None  # local clock, first welcome of this run
        self.state = p.AgentState.OFFLINE
        self.reason_id: int | None = None
        self.reason: str | None = None
        self.activity = p.Activity.IDLE
        self.since: float | None = None  # server clock
        self.break_reasons: tuple[p.NamedItem, ...] = ()
        self.dispositions: tuple[p.NamedItem, ...] = ()
        self.queues: tuple[p.QueueInfo, ...] = ()
        self.offers: dict[str, Ringing] = {}  # every ringing offer (a call, chats)
        self.chats = ChatBook(clock)  # fed from the same events, from the first one
        self.contacts: dict[str, p.ContactInfo] = {}
        self.pops: dict[str, Pop] = {}
        self.link: LinkQuality | None = None
        # Routing's verdict on the home connection (None: not judged yet);
        # why the engine opened a new link that is not judged yet; whether
        # the last "fit" ended a problem rather than the first check.
        self.verdict: p.LinkVerdict | None = None
        self.relink: RelinkCause | None = None
        self.link_recovered = False
        self.device_problems: dict[DeviceRole, DeviceProblem] = {}
        # server clock minus local clock, learnt from offers (expires_at -
        # ring_timeout_s is the server's "now" when it sent the offer)
        self.skew = 0.0
        # Calls out: the one asked for and not yet a contact; why the last
        # one did not connect; the last customer, for a call back from idle.
        self.dial: Dial | None = None
        self.call_out_result: CallOutResult | None = None
        self.recent: p.CustomerCard | None = None
        self.recent_revision = 0  # counts the contacts that left ``recent`` behind
        self._written: dict[str, str] = {}  # E.164 -> the number as it was written
        self._dialled_at: dict[str, float] = {}  # contact -> local clock when it began ringing
        self._given_up: set[str] = set()  # calls out the agent hung up while they rang
        # Offers that rang out unanswered in a row, as the server counts them
        # for a queue's autopause (its system break after that many misses):
        # the server does not send its count, so this desktop keeps its own
        # from the offers withdrawn for a timeout. Each queue's limit comes
        # from GET /api/queues (None until known: no warning is guessed).
        self.misses: list[p.Channel] = []
        self.autopause: dict[int, int] | None = None

    # ------------------------------------------------------------ reading

    @property
    def ringing(self) -> Ringing | None:
        """The offer on the ringing page: a call; or a chat when the agent holds
        nothing else (an agent already at work hears no ring for a chat)."""
        calls = [r for r in self.offers.values() if r.contact.channel is p.Channel.VOICE]
        if calls:
            return calls[0]
        if self.contact is None and not self.calling_out and not self.chats.open:
            return next(iter(self.offers.values()), None)
        return None

    @property
    def quiet_offers(self) -> list[Ringing]:
        """Chat offers shown beside the work in hand instead of ringing."""
        shown = self.ringing
        return [r for r in self.offers.values() if r is not shown]

    @property
    def contact(self) -> p.ContactInfo | None:
        """The voice contact in hand (connected, on hold or in wrap-up)."""
        held = [
            c
            for c in self.contacts.values()
            if c.channel is p.Channel.VOICE and c.phase in _PHASE_RANK
        ]
        return min(held, key=lambda c: (_PHASE_RANK[c.phase], c.entered_at), default=None)

    @property
    def calling(self) -> p.ContactInfo | None:
        """The agent's call out while the far end rings."""
        return next(
            (
                c
                for c in self.contacts.values()
                if c.direction == "outbound"
                and c.channel is p.Channel.VOICE
                and c.phase is p.ContactPhase.RINGING
            ),
            None,
        )

    @property
    def calling_out(self) -> bool:
        """A call out is asked for or ringing: the calling page."""
        return self.dial is not None or self.calling is not None

    @property
    def page(self) -> Page:
        if self.ringing is not None:
            return "ringing"
        if self.calling_out:
            return "calling"
        contact = self.contact
        if contact is None:
            return "idle"
        return "wrap_up" if contact.phase is p.ContactPhase.WRAP_UP else "in_call"

    @property
    def pop(self) -> Pop:
        """Customer card and script of the contact in hand (or the ringing one)."""
        if self.ringing is not None:
            return Pop(self.ringing.customer, self.ringing.script)
        if self.dial is not None and self.calling is None:
            return Pop(self.dial.customer, None)
        contact = self.contact or self.calling
        return self.pops.get(contact.contact_id, Pop(None, None)) if contact else Pop(None, None)

    def cards_missing(self) -> list[tuple[str, int]]:
        """(contact, customer) of held contacts whose card this desktop never
        got: after a restart mid-call, the offer that carried it is gone."""
        return [
            (c.contact_id, c.customer_id)
            for c in self.contacts.values()
            if c.customer_id is not None and c.contact_id not in self.pops
        ]

    def restore_card(self, contact_id: str, card: p.CustomerCard) -> None:
        script = self.pops[contact_id].script if contact_id in self.pops else None
        self.identity_confirmed(contact_id, card, script)

    def identity_confirmed(self, contact_id: str, card: p.CustomerCard, script: str | None) -> None:
        """The contact's card (and script) as the server sends them once the
        agent has confirmed who is calling."""
        if contact_id in self.contacts:
            self.pops[contact_id] = Pop(card, script)
            self.chats.restore_card(contact_id, card)
            self.changed.emit()

    def local(self, server_time: float) -> float:
        """A server timestamp on the local clock."""
        return server_time - self.skew

    def seconds_in_state(self) -> float | None:
        return None if self.since is None else max(0.0, self._clock() - self.local(self.since))

    def shift_seconds(self) -> float | None:
        return None if self.logged_in_at is None else max(0.0, self._clock() - self.logged_in_at)

    def ring_seconds_left(self) -> float | None:
        if self.ringing is None:
            return None
        return max(0.0, self.ringing.ends_at - self._clock())

    def call_seconds(self) -> float | None:
        contact = self.contact
        if contact is None or contact.answered_at is None:
            return None
        return max(0.0, self._clock() - self.local(contact.answered_at))

    def calling_seconds(self) -> float | None:
        """How long the call out has been on its way (placing, then ringing)."""
        calling = self.calling
        if calling is not None:
            since = self._dialled_at.get(calling.contact_id, self.local(calling.entered_at))
        elif self.dial is not None:
            since = self.dial.started_at
        else:
            return None
        return max(0.0, self._clock() - since)

    def wrap_up_seconds_left(self) -> float | None:
        contact = self.contact
        if contact is None or contact.wrap_up_deadline is None:
            return None
        return max(0.0, self.local(contact.wrap_up_deadline) - self._clock())

    def reason_name(self, reason_id: int | None) -> str | None:
        return next((r.name for r in self.break_reasons if r.id == reason_id), None)

    @property
    def held_back(self) -> bool:
        """On the system's break for the home connection: the server makes
        the agent available again by itself once the link is fit."""
        return self.state is p.AgentState.BREAK and self.reason == HOME_CONNECTION

    @property
    def paused_for_misses(self) -> bool:
        """On the system's break for offers that rang out unanswered."""
        return self.state is p.AgentState.BREAK and self.reason == MISSED_OFFERS

    def set_autopause(self, limits: dict[int, int]) -> None:
        """Each queue's number of missed offers in a row that pauses an agent (0: never)."""
        self.autopause = limits
        self.changed.emit()

    def break_warning(self) -> float | None:
        """Seconds left to answer before the next miss puts the agent on a
        break (the soonest such offer's), or None when missing would not."""
        if self.state is not p.AgentState.AVAILABLE or not self.autopause:
            return None
        pausing = [
            ringing.ends_at - self._clock()
            for ringing in self.offers.values()
            if ringing.contact.purpose is None  # a call to place is placed, never missed
            and 0 < self.autopause.get(ringing.contact.queue_id, 0) <= len(self.misses) + 1
        ]
        return max(0.0, min(pausing)) if pausing else None

    def blocked(self, action: str) -> str | None:
        """Why a keyboard shortcut's action cannot be done now (None: it can)."""
        contact = self.contact
        talking = contact is not None and contact.phase is not p.ContactPhase.WRAP_UP
        if action in ("answer", "decline") and not self.offers:
            return translate("models.agent", "Nothing is ringing.")
        if action == "hang_up" and not talking and self.calling is None:
            if contact is not None:
                return translate("models.agent", "The call has ended: finish the wrap-up.")
            return translate("models.agent", "There is no call to hang up.")
        if action in ("mute", "hold") and not talking:
            return translate("models.agent", "There is no call in progress.")
        if action == "ready":
            if self.user is None or self.connection != "online":
                return translate("models.agent", "Not connected to the server.")
            if self.state is p.AgentState.AVAILABLE:
                return translate("models.agent", "You are available already.")
        if action == "break":
            if self.user is None or self.connection != "online":
                return translate("models.agent", "Not connected to the server.")
            if not self.break_reasons:
                return translate("models.agent", "There are no breaks to choose from.")
        if action == "next_chat" and not self.chats.open:
            return translate("models.agent", "No chats are open.")
        return None

    def link_line(self) -> tuple[Tone, str] | None:
        """The verdict on the home connection in words (None: nothing to say)."""
        return operator_line(self.verdict, self.relink, self.link_recovered)

    # ------------------------------------------------------------ calls out

    def number_of(self, contact: p.ContactInfo) -> str | None:
        """The contact's number as the agent wrote it when they called it
        (the server sends ``+38640111222`` back for ``+386 40 111 222``)."""
        address = contact.caller_address
        return self._written.get(address, address) if address else None

    def who(self, contact: p.ContactInfo) -> str:
        """Who a call goes to or comes from, for a sentence: number and name."""
        number = self.number_of(contact) or translate("models.agent", "Unknown number")
        return who(number, contact.caller_name or self._customer_name(contact))

    def callback_draft(self, contact: p.ContactInfo, card: p.CustomerCard | None) -> CallbackDraft:
        """A callback to the contact's customer, for the contact's queue: on
        the number they called from (as the agent wrote it, for a call out)
        when it is a phone number, else on their card's."""
        queue = next((q for q in self.queues if q.id == contact.queue_id), None)
        return CallbackDraft(
            queue_id=contact.queue_id,
            queue_name=queue.display_name if queue else contact.queue_name,
            number=callback_number(self.number_of(contact), card),
            name=contact.caller_name or (card.name if card else None),
            customer_id=contact.customer_id or (card.id if card else None),
        )

    def dial_blocked(self) -> str | None:
        """Why the agent cannot call out now (a tooltip), or None if they can."""
        if self.connection != "online":
            return translate(
                "models.agent", "Not connected to the server: calls out wait for the connection."
            )
        if self.state is p.AgentState.OFFLINE:
            return translate(
                "models.agent", "You are offline: choose Available or a break to call out."
            )
        if self.ringing is not None and self.ringing.contact.channel is p.Channel.VOICE:
            return translate("models.agent", "A call is ringing: answer or decline it first.")
        if self.calling_out:
            return translate("models.agent", "A call out is on its way already.")
        contact = self.contact
        if contact is not None and contact.phase is p.ContactPhase.WRAP_UP:
            return translate("models.agent", "Finish the wrap-up first.")
        if contact is not None:
            return translate("models.agent", "You are on a call.")
        if not self.queues:
            return translate("models.agent", "There is no queue to call for.")
        return None

    def start_dial(
        self, number: str, queue_id: int, customer: p.CustomerCard | None = None
    ) -> p.CallDial | None:
        """The agent asks to call ``number`` for ``queue_id``: the request to
        send, or None when it cannot go (``call_out_result`` says why)."""
        number = " ".join(number.split())
        name = customer.name if customer else None
        blocked = self.dial_blocked()
        if blocked is not None:
            shown = number or translate(
                "models.agent", "the number", 'in "The call to the number could not be placed"'
            )
            self._result(CallOutResult("refused", who(shown, name), blocked))
            return None
        try:
            e164 = normalize_e164(number)
        except ValueError as exc:
            self._result(CallOutResult("invalid", number, str(exc)))
            return None
        self._written[e164] = number
        self.dial = Dial(number, e164, queue_id, customer, self._clock())
        self.call_out_result = None
        self.changed.emit()
        return p.CallDial(
            number=e164, queue_id=queue_id, customer_id=customer.id if customer else None
        )

    def dial_answered(self, reply: p.OkReply | p.ErrorReply | BaseException) -> None:
        """The server's answer to the dial (or why none came). Its contact
        comes before an ok, so either way the request is done; a refusal is
        said unless the call is ringing anyway (a reply lost to a timeout)."""
        dial, self.dial = self.dial, None
        if not isinstance(reply, p.OkReply) and dial is not None and self.calling is None:
            self.call_out_result = CallOutResult("refused", dial.who, describe(reply))
        if dial is not None:
            self.changed.emit()

    def giving_up(self, contact_id: str) -> None:
        """The agent hangs up a call out that rings: its "no answer" is theirs."""
        self._given_up.add(contact_id)

    def dismiss_result(self) -> None:
        if self.call_out_result is not None:
            self.call_out_result = None
            self.changed.emit()

    def restore_recent(self, card: p.CustomerCard) -> None:
        """The last customer's card as the server has it now (with the wrap-up's changes)."""
        if self.recent is not None and self.recent.id == card.id and self.recent != card:
            self.recent = card
            self.changed.emit()

    def _result(self, result: CallOutResult) -> None:
        self.call_out_result = result
        self.changed.emit()

    def _customer_name(self, contact: p.ContactInfo) -> str | None:
        pop = self.pops.get(contact.contact_id)
        if pop is not None and pop.customer is not None:
            return pop.customer.name
        dial = self.dial
        if dial is not None and dial.customer is not None and dial.e164 == contact.caller_address:
            return dial.customer.name
        return None

    # ------------------------------------------------------------ events

    def apply(self, event: EngineEvent) -> None:
        """Moves the model by one engine event; emits ``changed`` if it moved
        (``chats_changed`` if only the chats did)."""
        if isinstance(event, ServerEvent):
            chats_moved = bool(self.chats.apply(event.message))
            moved = self._message(event.message)
            if chats_moved and not moved:
                self.chats_changed.emit()
        elif isinstance(event, Connection):
            self.connection, self.connection_detail = event.status, event.detail
            moved = True
        elif isinstance(event, DeviceProblem):
            if event.working:
                moved = self.device_problems.pop(event.role, None) is not None
            else:
                self.device_problems[event.role] = event
                moved = True
        elif isinstance(event, LinkQuality):
            self.link = event
            moved = True
        elif isinstance(event, Relink):
            self.relink = event.cause
            moved = True
        else:
            assert isinstance(event, MicLevel)
            moved = False  # the headset dialog's business; too frequent to repaint for
        if moved:
            self.changed.emit()

    def _message(self, message: p.Message) -> bool:
        if isinstance(message, p.Welcome):
            self._welcome(message)
        elif isinstance(message, p.AgentStateUpdate):
            self._count_misses_from(message.state, message.reason)
            self.state, self.activity, self.since = message.state, message.activity, message.since
            self.reason_id = message.reason_id
            self.reason = message.reason or self.reason_name(message.reason_id)
        elif isinstance(message, p.Offer):
            self._offer(message)
        elif isinstance(message, p.OfferWithdrawn):
            withdrawn = self.offers.pop(message.offer_id, None)
            if withdrawn is None:
                return False
            if message.reason == "timeout":
                self.misses.append(withdrawn.contact.channel)
            self.pops.pop(withdrawn.contact.contact_id, None)
        elif isinstance(message, p.ContactUpdate):
            self._contact(message.contact)
        elif isinstance(message, p.AlarmsUpdate):
            self.alarms = message.alarms
        elif isinstance(message, p.LinkVerdictUpdate):
            self._verdict(message.verdict)
        elif isinstance(message, p.SessionEnded):
            self.session_ended = message.reason
            self.connection = "offline"
            self.offers.clear()
            self.verdict, self.relink = None, None
        else:
            return False  # replies, pongs and stats are not this model's; chat is the book's
        return True

    def _welcome(self, welcome: p.Welcome) -> None:
        # A welcome after a reconnect or resync replaces what the server knows
        # wholesale; only the shift start and the screen pops are ours.
        if self.logged_in_at is None:
            self.logged_in_at = self._clock()
        self.session_ended = None
        self.user = welcome.user
        self.break_reasons = welcome.break_reasons
        self.dispositions = welcome.dispositions
        self.queues = welcome.queues
        agent = welcome.agent
        self._count_misses_from(agent.state, agent.reason)
        self.state, self.activity, self.since = agent.state, agent.activity, agent.since
        self.reason_id = agent.reason_id
        self.reason = agent.reason or self.reason_name(agent.reason_id)
        self.contacts = {
            c.contact_id: c for c in agent.contacts if c.phase is not p.ContactPhase.ENDED
        }
        self.pops = {k: v for k, v in self.pops.items() if k in self.contacts}
        self._dialled_at = {k: v for k, v in self._dialled_at.items() if k in self.contacts}
        self.offers = {
            k: r for k, r in self.offers.items() if r.contact.contact_id in self.contacts
        }

    def _count_misses_from(self, state: p.AgentState, reason: str | None) -> None:
        """The server counts misses again from nothing when the agent becomes
        available, and when it holds them back for their home connection."""
        if (state is p.AgentState.AVAILABLE and self.state is not p.AgentState.AVAILABLE) or (
            reason == HOME_CONNECTION
        ):
            self.misses = []

    def _verdict(self, verdict: p.LinkVerdict) -> None:
        before = self.verdict.problem if self.verdict is not None else None
        self.verdict = verdict
        if verdict.problem is not p.LinkProblem.UNCONFIRMED:
            self.relink = None  # the new link is judged
        if verdict.problem is None:
            self.link_recovered = before not in (None, p.LinkProblem.UNCONFIRMED)

    def _offer(self, offer: p.Offer) -> None:
        now = self._clock()
        self.call_out_result = None  # a new call: the last call out's news is old
        self.skew = self.chats.skew = (offer.expires_at - offer.ring_timeout_s) - now
        self.offers[offer.offer_id] = Ringing(
            offer_id=offer.offer_id,
            contact=offer.contact,
            customer=offer.customer,
            script=offer.script,
            ends_at=now + offer.ring_timeout_s,
        )
        self.contacts[offer.contact.contact_id] = offer.contact
        self.pops[offer.contact.contact_id] = Pop(offer.customer, offer.script)

    def _contact(self, contact: p.ContactInfo) -> None:
        cid = contact.contact_id
        offered = any(r.contact.contact_id == cid for r in self.offers.values())
        if offered and contact.phase is not p.ContactPhase.ENDED:
            self.misses = []  # answered (or a call to place placed): the server's count restarts
        if contact.direction == "outbound" and contact.phase is p.ContactPhase.RINGING:
            self._dialling(contact)
            # A call to place went out from its card: the card is done.
            self.offers = {k: r for k, r in self.offers.items() if r.contact.contact_id != cid}
        if contact.phase is p.ContactPhase.ENDED:
            self._ended(contact)
            self.contacts.pop(cid, None)
            self.pops.pop(cid, None)
            self._dialled_at.pop(cid, None)
            self._given_up.discard(cid)
        else:
            self.contacts[cid] = contact
        if contact.phase is not p.ContactPhase.RINGING:
            self.offers = {k: r for k, r in self.offers.items() if r.contact.contact_id != cid}

    def _dialling(self, contact: p.ContactInfo) -> None:
        """A call out rings the far end: the dial asked for is now this contact."""
        cid = contact.contact_id
        if cid in self._dialled_at:
            return
        dial, self.dial = self.dial, None
        self._dialled_at[cid] = dial.started_at if dial is not None else self._clock()
        self.call_out_result = None
        card = dial.customer if dial is not None else None
        if card is not None and cid not in self.pops and contact.customer_id in (None, card.id):
            self.pops[cid] = Pop(card, None)

    def _ended(self, contact: p.ContactInfo) -> None:
        cid = contact.contact_id
        known = self.contacts.get(cid, contact)
        if known.channel is not p.Channel.VOICE:
            return
        pop = self.pops.get(cid)
        talked = known.answered_at is not None or known.direction == "outbound"
        if pop is not None and pop.customer is not None and talked:
            self.recent = pop.customer
            self.recent_revision += 1
        if contact.direction == "outbound":
            # The ended update may carry less than the ringing one did.
            shown = self.who(known if known.caller_address else contact)
            result = result_of(contact, shown, cid in self._given_up)
            if result is not None:
                self.call_out_result = result
