"""Calling out (click-to-dial) in the AgentModel, driven by the agent's dial
and the server's protocol messages alone: placed, ringing, answered (then an
ordinary call with its wrap-up), or not connected — busy, no answer, failed,
given up, refused, not a number — each said in words, the agent back at idle
with nothing left behind."""

from __future__ import annotations

import pytest

from callnest import protocol as p
from callnest.desktop.engine.events import Connection, ServerEvent
from callnest.desktop.models.agent import AgentModel, Page
from callnest.desktop.models.callout import CallOutResult
from desktop import samples as s
from desktop.callout_samples import E164, GRACE, NUMBER, ended, outbound, update
from desktop.test_chat_model import chat_offer


class Clock:
    def __init__(self) -> None:
        self.now = s.NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def model(clock: Clock) -> AgentModel:
    model = AgentModel(clock=clock)
    model.apply(Connection("online"))
    feed(model, s.welcome())
    return model


def feed(model: AgentModel, *messages: p.ServerMessage) -> None:
    for message in messages:
        model.apply(ServerEvent(message))


def page(model: AgentModel) -> Page:
    return model.page


def dial(model: AgentModel, number: str = NUMBER) -> p.CallDial | None:
    return model.start_dial(number, s.SALES.id, GRACE)


def news(model: AgentModel) -> CallOutResult | None:
    """The result now (an assert on the attribute would leave it narrowed for mypy)."""
    return model.call_out_result


def ok() -> p.OkReply:
    return p.OkReply(ref="d1")


def assert_idle_and_free(model: AgentModel) -> None:
    """Back at idle with nothing stuck: no contact, no dial, calling allowed."""
    assert page(model) == "idle"
    assert model.contacts == {} and model.pops == {}
    assert model.dial is None and model.calling is None and model.contact is None
    assert model.dial_blocked() is None


def test_a_call_out_rings_then_is_an_ordinary_call_with_its_wrap_up(
    model: AgentModel, clock: Clock
) -> None:
    fired: list[None] = []
    model.changed.connect(lambda: fired.append(None))
    request = dial(model)
    # Sent in E.164: what the server reads and sends back on the contact.
    assert request == p.CallDial(number=E164, queue_id=s.SALES.id, customer_id=GRACE.id)
    assert fired  # the calling page shows at once, before the server answers
    assert page(model) == "calling"
    assert model.pop.customer == GRACE
    assert model.dial_blocked() == "A call out is on its way already."

    clock.now += 1
    feed(model, update(p.ContactPhase.RINGING))  # the contact comes before the ok
    model.dial_answered(ok())
    assert page(model) == "calling"
    calling = model.calling
    assert calling is not None and calling.contact_id == "out1"
    assert model.who(calling) == "+386 40 111 222 (Grace Hopper)"  # as written, not E.164
    assert model.pop.customer == GRACE
    assert model.cards_missing() == []  # the card it was dialled from: no fetch
    clock.now += 6
    assert model.calling_seconds() == 7  # from the click

    feed(model, update(p.ContactPhase.CONNECTED, answered_at=clock.now))
    assert page(model) == "in_call"
    contact = model.contact
    assert contact is not None and contact.direction == "outbound"
    assert model.calling is None and model.calling_seconds() is None
    assert model.dial_blocked() == "You are on a call."
    clock.now += 30
    assert model.call_seconds() == 30

    feed(model, update(p.ContactPhase.WRAP_UP, wrap_up_deadline=s.NOW + 120))
    assert page(model) == "wrap_up"
    assert model.pop.customer == GRACE
    assert model.dial_blocked() == "Finish the wrap-up first."
    feed(model, update(p.ContactPhase.ENDED))
    assert_idle_and_free(model)
    assert model.call_out_result is None  # it connected: nothing to say
    assert model.recent == GRACE  # kept on the idle page, to call again


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        (p.EndReason.BUSY, "Busy: +386 40 111 222 (Grace Hopper) is on another call."),
        (p.EndReason.NO_ANSWER, "No answer: +386 40 111 222 (Grace Hopper) did not pick up."),
        (
            p.EndReason.FAILED,
            "The call could not be placed: the phone line did not put it through to "
            "+386 40 111 222 (Grace Hopper).",
        ),
    ],
)
def test_a_call_out_that_never_connects_is_said_in_words_and_frees_the_agent(
    model: AgentModel, reason: p.EndReason, words: str
) -> None:
    dial(model)
    feed(model, update(p.ContactPhase.RINGING))
    model.dial_answered(ok())
    feed(model, ended(reason))
    assert_idle_and_free(model)  # no wrap-up for a call that never connected
    result = model.call_out_result
    assert result is not None and result.text.startswith(words)
    assert reason.value not in result.text  # no raw code
    assert result.is_error is (reason is p.EndReason.FAILED)
    assert model.recent == GRACE

    model.dismiss_result()
    assert model.call_out_result is None


def test_hanging_up_while_it_rings_is_a_cancelled_call_not_no_answer(
    model: AgentModel,
) -> None:
    dial(model)
    feed(model, update(p.ContactPhase.RINGING))
    model.giving_up("out1")
    feed(model, ended(p.EndReason.NO_ANSWER))  # the server's outcome for giving up
    assert_idle_and_free(model)
    result = model.call_out_result
    assert result is not None and result.kind == "cancelled"
    assert result.text == (
        "Call cancelled: you hung up before +386 40 111 222 (Grace Hopper) answered."
    )


def test_a_refused_dial_says_the_servers_words_and_leaves_the_agent_idle(
    model: AgentModel,
) -> None:
    dial(model)
    assert page(model) == "calling"
    model.dial_answered(
        p.ErrorReply(
            ref="d1", code=p.ErrorCode.NOT_SUPPORTED, message="this server has no phone line yet"
        )
    )
    assert_idle_and_free(model)
    result = model.call_out_result
    assert result is not None and result.is_error
    assert result.text == (
        "The call to +386 40 111 222 (Grace Hopper) could not be placed: "
        "this server has no phone line yet."
    )


def test_a_failure_before_the_ok_is_kept_and_the_ok_changes_nothing(model: AgentModel) -> None:
    dial(model)
    feed(model, update(p.ContactPhase.RINGING), ended(p.EndReason.FAILED))
    model.dial_answered(ok())
    assert_idle_and_free(model)
    result = model.call_out_result
    assert result is not None and result.kind == "failed"


def test_a_reply_lost_to_a_timeout_while_it_rings_is_not_a_refusal(model: AgentModel) -> None:
    dial(model)
    feed(model, update(p.ContactPhase.RINGING))
    model.dial_answered(
        p.ErrorReply(code=p.ErrorCode.TIMEOUT, message="The server did not answer in time.")
    )
    assert page(model) == "calling"
    assert model.call_out_result is None


def test_a_number_that_is_not_international_is_refused_before_sending(
    model: AgentModel,
) -> None:
    assert model.start_dial("040 111 222", s.SALES.id) is None
    assert page(model) == "idle" and model.dial is None
    result = model.call_out_result
    assert result is not None and result.kind == "invalid"
    assert result.text.startswith("“040 111 222” cannot be called: write the number in")
    assert model.start_dial("   ", s.SALES.id) is None
    assert model.call_out_result is not None
    assert model.call_out_result.text == "Type the number to call first."
    # Written any international way, it goes.
    assert model.start_dial("00386 (0)40-111.222", s.SALES.id) == p.CallDial(
        number=E164, queue_id=s.SALES.id
    )


def test_a_stranger_is_shown_by_the_number_as_typed(model: AgentModel) -> None:
    assert model.start_dial("+386  40 111 222 ", s.SALES.id) is not None
    feed(model, update(p.ContactPhase.RINGING, caller_name=None, customer_id=None))
    calling = model.calling
    assert calling is not None
    assert model.who(calling) == "+386 40 111 222"
    assert model.cards_missing() == []
    feed(model, ended(p.EndReason.BUSY))
    assert model.call_out_result is not None
    assert model.call_out_result.text.startswith("Busy: +386 40 111 222 is on another call")
    assert model.recent is None  # no customer to keep


@pytest.mark.parametrize(
    ("situation", "why"),
    [
        ("offline", "You are offline: choose Available or a break to call out."),
        ("disconnected", "Not connected to the server: calls out wait for the connection."),
        ("ringing", "A call is ringing: answer or decline it first."),
        ("in_call", "You are on a call."),
        ("wrap_up", "Finish the wrap-up first."),
    ],
)
def test_calling_out_is_blocked_with_a_reason(model: AgentModel, situation: str, why: str) -> None:
    if situation == "offline":
        feed(model, s.state(p.AgentState.OFFLINE))
    elif situation == "disconnected":
        model.apply(Connection("reconnecting", "connection reset"))
    elif situation == "ringing":
        feed(model, s.offer())
    elif situation == "in_call":
        feed(model, p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED)))
    else:
        feed(model, p.ContactUpdate(contact=s.contact(p.ContactPhase.WRAP_UP)))
    assert model.dial_blocked() == why
    assert dial(model) is None
    assert model.dial is None
    result = model.call_out_result
    assert result is not None and result.kind == "refused"
    assert result.text.endswith(why[0].lower() + why[1:])


def test_a_break_does_not_stop_a_call_out(model: AgentModel) -> None:
    feed(model, s.state(p.AgentState.BREAK, reason_id=s.LUNCH.id))
    assert model.dial_blocked() is None
    assert dial(model) is not None


def test_a_restart_while_it_rings_shows_the_calling_page_again(
    model: AgentModel, clock: Clock
) -> None:
    clock.now += 12
    feed(model, s.welcome(contacts=(outbound(),)))
    assert page(model) == "calling"
    assert model.calling_seconds() == 12  # from the contact's own start
    assert model.cards_missing() == [("out1", GRACE.id)]  # fetched again by the window
    calling = model.calling
    assert calling is not None and model.who(calling) == "+38640111222 (Grace Hopper)"


def test_a_chat_offer_does_not_take_the_calling_page(model: AgentModel) -> None:
    dial(model)
    feed(model, update(p.ContactPhase.RINGING), chat_offer())
    assert page(model) == "calling"
    assert [r.offer_id for r in model.quiet_offers] == ["o-k1"]
    assert model.dial_blocked() == "A call out is on its way already."


def test_the_next_call_clears_the_last_call_outs_news(model: AgentModel) -> None:
    dial(model)
    feed(model, update(p.ContactPhase.RINGING), ended(p.EndReason.BUSY))
    assert news(model) is not None
    feed(model, s.offer())
    assert news(model) is None
    feed(model, p.OfferWithdrawn(offer_id="o1", reason="caller_hangup"))
    feed(model, update(p.ContactPhase.RINGING, "out2"), ended(p.EndReason.NO_ANSWER, "out2"))
    assert news(model) is not None
    assert dial(model) is not None
    assert news(model) is None


def test_an_inbound_call_that_ends_says_nothing_about_calls_out(model: AgentModel) -> None:
    feed(model, s.offer(), p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED)))
    feed(model, p.ContactUpdate(contact=s.contact(p.ContactPhase.ENDED, end_reason="error")))
    assert model.call_out_result is None
    assert model.recent == s.CARD
