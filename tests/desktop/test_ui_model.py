"""AgentModel: every server message and engine event moves it as the agent
window needs, without a window."""

from __future__ import annotations

import pytest

from callnest import protocol as p
from callnest.desktop.engine.events import (
    Connection,
    DeviceProblem,
    LinkQuality,
    MicLevel,
    Relink,
    RelinkCause,
    ServerEvent,
)
from callnest.desktop.models.agent import AgentModel, Page
from desktop import samples as s

SKEW = 4.0  # the server's clock runs 4 s ahead of this desktop's


class Clock:
    def __init__(self) -> None:
        self.now = s.NOW - SKEW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def model(clock: Clock) -> AgentModel:
    return AgentModel(clock=clock)


def feed(model: AgentModel, *messages: p.ServerMessage) -> int:
    """Applies the messages; how many times ``changed`` fired."""
    fired: list[None] = []
    model.changed.connect(lambda: fired.append(None))
    for message in messages:
        model.apply(ServerEvent(message))
    model.changed.disconnect()
    return len(fired)


def page(model: AgentModel) -> Page:
    """The page now: an assert on ``model.page`` itself would leave it narrowed,
    for mypy, to that value past the next feed."""
    return model.page


def relink(model: AgentModel) -> RelinkCause | None:
    return model.relink  # read through a call: see page()


def recovered(model: AgentModel) -> bool:
    return model.link_recovered


def test_welcome_sets_who_what_and_the_lists(model: AgentModel, clock: Clock) -> None:
    assert page(model) == "idle"
    assert model.shift_seconds() is None
    assert feed(model, s.welcome(p.AgentState.BREAK, reason_id=s.LUNCH.id)) == 1
    assert model.user == s.ME
    assert (model.state, model.reason_id, model.reason) == (p.AgentState.BREAK, 1, "Lunch")
    assert model.break_reasons == (s.LUNCH, s.TRAINING)
    assert model.dispositions == (s.SOLD, s.CALLBACK)
    assert model.queues == (s.SUPPORT, s.SALES)
    assert page(model) == "idle"
    clock.now += 65
    assert model.shift_seconds() == 65


def test_welcome_with_a_contact_in_wrap_up_restores_the_wrap_up_page(model: AgentModel) -> None:
    feed(model, s.welcome(contacts=(s.contact(p.ContactPhase.WRAP_UP),)))
    assert page(model) == "wrap_up"
    assert model.contact is not None and model.contact.contact_id == "c1"
    assert model.pop.customer is None  # the card came with an offer this run never saw


def test_welcome_with_a_call_in_progress_shows_the_call(model: AgentModel) -> None:
    feed(model, s.welcome(contacts=(s.contact(p.ContactPhase.ON_HOLD),)))
    assert page(model) == "in_call"
    assert model.contact is not None and model.contact.phase is p.ContactPhase.ON_HOLD


def test_a_later_welcome_replaces_the_state_but_not_the_shift_start(
    model: AgentModel, clock: Clock
) -> None:
    feed(model, s.welcome(), s.offer())
    assert page(model) == "ringing"
    clock.now += 100
    # After a reconnect the server knows the offer is gone: it is not in the snapshot.
    feed(model, s.welcome(p.AgentState.OFFLINE))
    assert model.ringing is None
    assert model.contacts == {}
    assert model.pops == {}
    assert model.state is p.AgentState.OFFLINE
    assert model.shift_seconds() == 100


def test_state_update_names_the_break_reason(model: AgentModel, clock: Clock) -> None:
    feed(model, s.welcome())
    feed(model, s.state(p.AgentState.BREAK, reason_id=s.TRAINING.id))
    assert (model.state, model.reason) == (p.AgentState.BREAK, "Training")
    feed(model, s.state(p.AgentState.BREAK, reason="Missed 3 offers"))
    # A system pause has no listed reason.
    assert (model.state, model.reason) == (p.AgentState.BREAK, "Missed 3 offers")
    feed(model, s.state(p.AgentState.AVAILABLE, since=s.NOW - 10))
    assert (model.state, model.reason_id, model.reason) == (p.AgentState.AVAILABLE, None, None)
    # since is on the server's clock; the skew is learnt from offers (none yet).
    assert model.seconds_in_state() == pytest.approx(10 - SKEW)


def test_offer_rings_with_its_pop_and_counts_down(model: AgentModel, clock: Clock) -> None:
    feed(model, s.welcome(), s.offer(ring_timeout_s=20))
    assert page(model) == "ringing"
    ringing = model.ringing
    assert ringing is not None
    assert (ringing.offer_id, ringing.customer, ringing.script) == ("o1", s.CARD, s.SCRIPT)
    assert model.pop.customer == s.CARD
    assert model.skew == pytest.approx(SKEW)
    assert model.ring_seconds_left() == 20
    clock.now += 7.5
    assert model.ring_seconds_left() == 12.5
    clock.now += 60
    assert model.ring_seconds_left() == 0


def test_withdrawn_offer_stops_ringing_only_if_it_is_this_one(model: AgentModel) -> None:
    feed(model, s.welcome(), s.offer("o1"))
    assert feed(model, p.OfferWithdrawn(offer_id="o-other", reason="timeout")) == 0
    assert page(model) == "ringing"
    assert feed(model, p.OfferWithdrawn(offer_id="o1", reason="caller_hangup")) == 1
    assert page(model) == "idle"
    assert model.pops == {}


def test_answered_call_keeps_card_and_script_through_hold_mute_and_wrap_up(
    model: AgentModel, clock: Clock
) -> None:
    feed(model, s.welcome(), s.offer())
    feed(model, p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED, answered_at=s.NOW)))
    assert model.ringing is None
    assert page(model) == "in_call"
    assert model.pop.customer == s.CARD and model.pop.script == s.SCRIPT
    clock.now += 95  # local clock; answered_at is the server's NOW = local NOW - SKEW
    assert model.call_seconds() == pytest.approx(95)

    feed(model, p.ContactUpdate(contact=s.contact(p.ContactPhase.ON_HOLD, muted=True)))
    assert page(model) == "in_call"
    contact = model.contact
    assert contact is not None and contact.muted
    assert contact.phase is p.ContactPhase.ON_HOLD

    deadline = s.NOW + 200
    feed(
        model,
        p.ContactUpdate(contact=s.contact(p.ContactPhase.WRAP_UP, wrap_up_deadline=deadline)),
    )
    assert page(model) == "wrap_up"
    assert model.pop.customer == s.CARD
    assert model.wrap_up_seconds_left() == pytest.approx(deadline - SKEW - clock.now)

    feed(model, p.ContactUpdate(contact=s.contact(p.ContactPhase.ENDED)))
    assert page(model) == "idle"
    assert model.contact is None and model.pops == {}


def test_a_call_outranks_a_wrap_up_and_chats_do_not_count(model: AgentModel) -> None:
    feed(
        model,
        s.welcome(
            contacts=(
                s.contact(p.ContactPhase.WRAP_UP, "old"),
                s.contact(p.ContactPhase.CONNECTED, "chat", channel=p.Channel.CHAT),
            )
        ),
    )
    assert model.contact is not None and model.contact.contact_id == "old"
    feed(model, p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED, "new")))
    assert model.contact is not None and model.contact.contact_id == "new"
    assert page(model) == "in_call"


def test_session_ended_goes_offline_and_says_why(model: AgentModel) -> None:
    feed(model, s.welcome(), s.offer())
    feed(model, p.SessionEnded(reason="logged in elsewhere"))
    assert (model.connection, model.session_ended) == ("offline", "logged in elsewhere")
    assert page(model) != "ringing"


def test_connection_devices_and_link(model: AgentModel) -> None:
    fired: list[None] = []
    model.changed.connect(lambda: fired.append(None))
    model.apply(Connection("reconnecting", "connection reset"))
    assert (model.connection, model.connection_detail) == ("reconnecting", "connection reset")
    mic_gone = DeviceProblem("microphone", "USB", "The microphone “USB” is not connected.", False)
    model.apply(mic_gone)
    assert model.device_problems == {"microphone": mic_gone}
    model.apply(DeviceProblem("microphone", "USB", "back", True))
    assert model.device_problems == {}
    quality = LinkQuality(connected=True, packets_lost=2, jitter_ms=3.5, rtt_ms=40.0)
    model.apply(quality)
    assert model.link == quality
    assert len(fired) == 4
    model.apply(MicLevel(-20.0))  # ten a second: the headset dialog's, not a repaint
    model.apply(DeviceProblem("speaker", "X", "fine", True))  # was not broken
    assert len(fired) == 4


def test_the_link_verdict_a_new_link_and_the_break_they_bring(model: AgentModel) -> None:
    def verdict(problem: p.LinkProblem | None, **figures: float) -> p.LinkVerdictUpdate:
        return p.LinkVerdictUpdate(verdict=p.LinkVerdict(problem=problem, since=s.NOW, **figures))

    feed(model, s.welcome())
    assert (model.verdict, model.link_line(), model.held_back) == (None, None, False)
    assert feed(model, verdict(p.LinkProblem.UNCONFIRMED)) == 1
    assert model.link_line() == ("checking", "Checking your connection…")
    feed(model, s.state(p.AgentState.BREAK, reason="home_connection"))
    assert model.held_back and model.reason == "home_connection"  # the code; the window words it
    feed(model, verdict(None, loss_pct=0.0, rtt_ms=30.0, mos=4.4))
    line = model.link_line()
    assert line is not None and line[0] == "fit" and not recovered(model)

    fired: list[None] = []
    model.changed.connect(lambda: fired.append(None))
    model.apply(Relink("network"))
    assert fired and relink(model) == "network"
    feed(model, verdict(p.LinkProblem.UNCONFIRMED))
    assert relink(model) == "network"  # still being checked
    feed(model, verdict(p.LinkProblem.POOR, loss_pct=8.0, mos=3.2))
    assert relink(model) is None and model.link_line() == (
        "held",
        "Home connection: 8 % loss — calls are held back until it recovers",
    )
    feed(model, verdict(None, loss_pct=0.0, mos=4.4))
    assert recovered(model)

    feed(model, p.SessionEnded(reason="logged out by a supervisor"))
    assert model.link_line() is None


def test_replies_and_pongs_do_not_move_it(model: AgentModel) -> None:
    feed(model, s.welcome())
    assert (
        feed(
            model,
            p.OkReply(ref="d1"),
            p.Pong(),
            p.ErrorReply(code=p.ErrorCode.UNEXPECTED, message="m"),
        )
        == 0
    )
