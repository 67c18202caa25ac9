"""Callbacks without a screen: the server's codes in words, who a callback at
wrap-up would call, the times an agent may promise and how a promised time
reads; and the REST client's one list made of several calls."""

from __future__ import annotations

from concurrent.futures import Future

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from callnest import protocol as p
from callnest.desktop.engine.events import ServerEvent
from callnest.desktop.engine.rest import every
from callnest.desktop.models.agent import AgentModel
from callnest.desktop.models.callbacks import (
    CallbackDraft,
    callback_number,
    default_time,
    last_outcome_text,
    promised_text,
    source_text,
    status_text,
    time_problem,
    when_text,
)
from callnest.protocol import rest
from desktop import samples as s
from desktop.fakes import done, failed
from desktop.test_chat_model import CUSTOMER, chat_contact

LJUBLJANA = QTimeZone(b"Europe/Ljubljana")
TOKYO = QTimeZone(b"Asia/Tokyo")
BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
TUESDAY_10 = QDateTime(QDate(2020, 12, 8), QTime(10, 0), LJUBLJANA)  # 09:00 UTC


def callback(**fields: object) -> rest.Callback:
    values: dict[str, object] = {
        "id": "cb1",
        "queue_id": 3,
        "contact_id": None,
        "number": "+442079460000",
        "name": "Carla Jones",
        "customer_id": 42,
        "source": "agent",
        "note": "",
        "requested_by": 7,
        "requested_at": s.NOW,
        "promised_at": TUESDAY_10.toSecsSinceEpoch(),
        "due_at": TUESDAY_10.toSecsSinceEpoch(),
        "time_zone": "Europe/Ljubljana",
        "status": "scheduled",
        "attempts": 0,
        "last_outcome": None,
        "updated_at": s.NOW,
    }
    return rest.Callback.model_validate(values | fields)


def test_the_servers_codes_read_as_words() -> None:
    assert [source_text(c) for c in ("phone", "web", "form", "agent")] == [
        "Waiting caller (phone)",
        "Waiting caller (web)",
        "Web form",
        "Agent",
    ]
    assert [last_outcome_text(c) for c in ("answered", "busy", "no_answer", "failed")] == [
        "Answered",
        "Busy",
        "No answer",
        "Failed",
    ]
    assert last_outcome_text("interrupted") == "Cut off by a restart"
    assert last_outcome_text(None) == ""  # not tried yet
    assert [status_text(c) for c in ("scheduled", "waiting", "dialing", "cancelled")] == [
        "Scheduled",
        "Waiting in line",
        "Being dialled",
        "Cancelled",
    ]


def test_a_callback_goes_to_the_number_called_from_else_the_cards() -> None:
    assert callback_number("+44 20 7946 0000", s.CARD) == "+44 20 7946 0000"
    # A chat's address is an e-mail; a withheld number is no number either.
    assert callback_number("carla@example.com", s.CARD) == s.CARD.phones[0]
    assert callback_number("anonymous", None) == ""
    assert callback_number(None, CUSTOMER) == ""  # a card without a phone: the agent types one


def test_the_agents_desk_drafts_a_callback_for_the_contacts_customer_and_queue() -> None:
    model = AgentModel(clock=lambda: s.NOW)
    wrapping_up = s.contact(p.ContactPhase.WRAP_UP, customer_id=42)
    model.apply(ServerEvent(s.welcome(contacts=(wrapping_up,))))
    assert model.callback_draft(wrapping_up, s.CARD) == CallbackDraft(
        queue_id=s.SUPPORT.id,
        queue_name="Customer support",  # the display name, not the queue's slug
        number="+44 20 7946 0000",
        name="Carla Jones",
        customer_id=42,
    )
    chat = chat_contact(p.ContactPhase.WRAP_UP, caller_name=None, customer_id=None)
    assert model.callback_draft(chat, s.CARD) == CallbackDraft(
        queue_id=s.SUPPORT.id,
        queue_name="Customer support",
        number=s.CARD.phones[0],
        name=s.CARD.name,
        customer_id=s.CARD.id,
    )


def test_the_first_time_offered_is_tomorrow_at_ten_on_the_customers_clock() -> None:
    late = QDateTime(QDate(2020, 12, 7), QTime(23, 30), LJUBLJANA)
    assert default_time(late) == TUESDAY_10
    assert default_time(late).timeZone() == LJUBLJANA


def test_a_time_past_or_beyond_a_month_is_refused_in_words() -> None:
    now = TUESDAY_10.addSecs(-3600)
    assert time_problem(TUESDAY_10, now) is None
    assert time_problem(TUESDAY_10.addDays(29), now) is None
    assert time_problem(TUESDAY_10.addDays(31), now) == "Pick a time within the next 30 days."
    # 10:00 in Tokyo is long past when it is 08:00 in Ljubljana.
    tokyo_10 = QDateTime(QDate(2020, 12, 8), QTime(10, 0), TOKYO)
    assert time_problem(tokyo_10, now, BRITISH) == (
        "That time has passed: it is already Tue 8 Dec 2020, 17:00 in Asia/Tokyo. "
        "Pick a later time."
    )


def test_a_promised_time_reads_on_the_customers_clock_with_their_zone() -> None:
    assert promised_text(callback(), BRITISH) == "Tue 8 Dec 2020, 10:00 (Europe/Ljubljana)"
    assert promised_text(callback(time_zone="Asia/Tokyo"), BRITISH).endswith("18:00 (Asia/Tokyo)")
    this_year = QDateTime(QDate(QDate.currentDate().year(), 3, 2), QTime(14, 5), LJUBLJANA)
    assert when_text(this_year, BRITISH).endswith(" 2 Mar, 14:05")  # no year: this one's
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert ", 2:05" in when_text(this_year, american)  # the locale's 12-hour clock
    assert when_text(this_year, american).endswith("PM")


def test_one_list_made_of_several_calls_keeps_their_order_and_fails_as_one_does() -> None:
    first, second = Future[list[int]](), Future[list[int]]()
    both = every([first, second])
    second.set_result([3])
    assert not both.done()
    first.set_result([1, 2])
    assert both.result() == [[1, 2], [3]]
    assert every([]).result() == []
    with pytest.raises(RuntimeError, match="refused"):
        every([done([1]), failed(RuntimeError("refused"))]).result()
