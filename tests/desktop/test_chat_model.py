"""ChatBook: the agent's chats as the server's messages move them — order,
history sent again, unread, typing, the agent's own messages until stored,
wrap-up — and how a chat offer rings (or does not) in the AgentModel."""

from __future__ import annotations

from typing import Any

from callnest import protocol as p
from callnest.desktop.engine.events import ServerEvent
from callnest.desktop.models.agent import AgentModel
from callnest.desktop.models.chat import ChatBook
from desktop import samples as s
from desktop.test_ui_model import page

CUSTOMER = p.CustomerCard(id=42, name="Carla Jones", emails=("carla@example.com",))


def chat_contact(
    phase: p.ContactPhase = p.ContactPhase.CONNECTED, contact_id: str = "k1", **fields: Any
) -> p.ContactInfo:
    """A chat as the server describes it (the caller's address is their e-mail)."""
    values: dict[str, Any] = {
        "channel": p.Channel.CHAT,
        "caller_address": "carla@example.com",
    }
    return s.contact(phase, contact_id, **(values | fields))


def chat_offer(offer_id: str = "o-k1", contact_id: str = "k1", **fields: Any) -> p.Offer:
    return p.Offer(
        offer_id=offer_id,
        contact=chat_contact(p.ContactPhase.RINGING, contact_id, **fields),
        ring_timeout_s=20.0,
        expires_at=s.NOW + 20,
        customer=CUSTOMER,
    )


def said(
    n: int,
    text: str,
    sender: p.ChatSender = "customer",
    contact_id: str = "k1",
    **fields: Any,
) -> p.ChatMessage:
    names = {"customer": "Carla Jones", "agent": "Ann Archer", "system": None}
    values: dict[str, Any] = {
        "contact_id": contact_id,
        "message_id": f"{contact_id}-m{n}",
        "sender": sender,
        "text": text,
        "at": s.NOW + n,
        "seq": n,
        "sender_name": names[sender],
    }
    return p.ChatMessage(**(values | fields))


def answered(contact_id: str = "k1", **fields: Any) -> p.ContactUpdate:
    return p.ContactUpdate(contact=chat_contact(p.ContactPhase.CONNECTED, contact_id, **fields))


def book_with(*messages: p.Message, clock: float = s.NOW) -> ChatBook:
    book = ChatBook(clock=lambda: clock)
    for message in messages:
        book.apply(message)
    return book


def texts(book: ChatBook, contact_id: str = "k1") -> list[str]:
    chat = book.get(contact_id)
    assert chat is not None
    return [line.text for line in chat.shown]


# ---------------------------------------------------------------- the chats


def test_an_offered_chat_opens_when_answered_with_its_card() -> None:
    book = book_with(s.welcome(), chat_offer())
    assert [c.contact_id for c in book.ringing] == ["k1"]
    assert book.open == []
    assert book.apply(answered()) == {"k1"}
    chat = book.open[0]
    assert (chat.name, chat.customer, chat.offer_id) == ("Carla Jones", CUSTOMER, None)


def test_calls_are_not_chats() -> None:
    book = book_with(s.welcome(), s.offer())
    assert book.apply(p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED))) == set()
    assert book.open == [] and book.ringing == []


def test_a_withdrawn_offer_goes() -> None:
    book = book_with(s.welcome(), chat_offer())
    assert book.apply(p.OfferWithdrawn(offer_id="o-k1", reason="timeout")) == {"k1"}
    assert book.get("k1") is None


def test_history_is_kept_in_the_servers_order_and_shown_once_when_sent_again() -> None:
    book = book_with(s.welcome(), chat_offer(), answered())
    history = [said(1, "Hello?"), said(2, "Ann joined the chat", "system"), said(3, "My router")]
    for message in (history[0], history[2], history[1]):  # the order the frames came in
        book.apply(message)
    assert texts(book) == ["Hello?", "Ann joined the chat", "My router"]
    # A reconnect: a welcome that still holds the chat, then its whole history again.
    assert book.apply(s.welcome(contacts=(chat_contact(),))) == set()
    assert [book.apply(message) for message in history] == [set(), set(), set()]
    assert texts(book) == ["Hello?", "Ann joined the chat", "My router"]


def test_messages_without_a_sequence_number_fall_back_to_time() -> None:
    book = book_with(s.welcome(), chat_offer(), answered())
    book.apply(said(2, "second", seq=None))
    book.apply(said(1, "first", seq=None))
    assert texts(book) == ["first", "second"]


def test_a_welcome_drops_the_chats_the_server_no_longer_holds() -> None:
    book = book_with(s.welcome(), chat_offer(), answered(), said(1, "Hi"))
    assert book.apply(s.welcome()) == {"k1"}
    assert book.open == []
    assert book.apply(said(2, "late")) == set()  # a message for a chat not held here


def test_a_restart_mid_chat_opens_it_from_the_welcome() -> None:
    book = book_with(s.welcome(contacts=(chat_contact(),)), said(1, "Still there?"))
    assert [c.contact_id for c in book.open] == ["k1"]
    assert texts(book) == ["Still there?"]


# ---------------------------------------------------------------- unread


def test_unread_counts_what_the_other_side_wrote_in_chats_not_looked_at() -> None:
    book = book_with(s.welcome(), chat_offer(), answered(), chat_offer("o-k2", "k2"))
    book.apply(answered("k2"))
    book.focus("k1")
    book.apply(said(1, "in the chat on screen"))
    book.apply(said(1, "hello", contact_id="k2"))
    book.apply(said(2, "are you there?", contact_id="k2"))
    book.apply(said(3, "mine", "agent", contact_id="k2"))
    first, second = book.get("k1"), book.get("k2")
    assert first is not None and second is not None
    assert (first.unread, second.unread, book.unread) == (0, 2, 2)
    assert book.focus("k2") is True
    assert (second.unread, book.unread) == (0, 0)
    assert book.focus(None) is False  # the panel hidden: nothing on screen
    book.apply(said(4, "hello again", contact_id="k2"))
    assert second.unread == 1


def test_history_sent_again_is_not_unread_again() -> None:
    book = book_with(s.welcome(), chat_offer(), answered(), said(1, "Hi"), said(2, "Hello"))
    chat = book.get("k1")
    assert chat is not None and chat.unread == 2
    book.focus("k1")
    book.focus(None)
    for message in (said(1, "Hi"), said(2, "Hello")):
        book.apply(message)
    assert chat.unread == 0


# ---------------------------------------------------------------- sending


def test_a_sent_message_shows_at_once_and_becomes_the_stored_one() -> None:
    book = book_with(s.welcome(), chat_offer(), answered(), said(1, "Hi"))
    line = book.sending("k1", "cm-1", "How can I help?")
    assert line is not None and line.state == "sending"
    assert texts(book) == ["Hi", "How can I help?"]
    book.apply(said(2, "How can I help?", "agent", client_msg_id="cm-1"))
    chat = book.get("k1")
    assert chat is not None and chat.pending == {}
    assert [(x.text, x.state, x.key) for x in chat.shown] == [
        ("Hi", "sent", "m:k1-m1"),
        ("How can I help?", "sent", "c:cm-1"),  # the same key: the bubble stays
    ]
    assert chat.unread == 1  # the agent's own message is never unread


def test_a_refused_message_is_kept_with_why_and_goes_again_on_retry() -> None:
    book = book_with(s.welcome(), chat_offer(), answered())
    book.sending("k1", "cm-1", "Hello")
    assert book.send_failed("k1", "cm-1", "That chat has ended.") is True
    chat = book.get("k1")
    assert chat is not None
    [line] = chat.shown
    assert (line.state, line.problem, line.text) == ("failed", "That chat has ended.", "Hello")
    again = book.retry("k1", "cm-1")
    assert again is not None and again.state == "sending" and again.problem == ""
    assert book.retry("k1", "cm-1") is None  # only a failed message goes again
    book.apply(said(1, "Hello", "agent", client_msg_id="cm-1"))
    assert [(x.text, x.state) for x in chat.shown] == [("Hello", "sent")]


def test_an_echo_that_beats_the_reply_wins_over_a_late_failure() -> None:
    book = book_with(s.welcome(), chat_offer(), answered())
    book.sending("k1", "cm-1", "Hello")
    book.apply(said(1, "Hello", "agent", client_msg_id="cm-1"))
    assert book.send_failed("k1", "cm-1", "timed out") is False
    chat = book.get("k1")
    assert chat is not None and [x.state for x in chat.shown] == ["sent"]


# ---------------------------------------------------------------- typing, ending


def test_typing_comes_and_goes_and_a_message_ends_it() -> None:
    book = book_with(s.welcome(), chat_offer(), answered())
    typing = p.ChatTypingUpdate(contact_id="k1", sender="customer", typing=True)
    assert book.apply(typing) == {"k1"}
    assert book.apply(typing) == set()  # no change, no repaint
    chat = book.get("k1")
    assert chat is not None and chat.typing == {"customer"}
    book.apply(said(1, "there"))
    assert chat.typing == set()
    book.apply(typing)
    book.apply(p.ChatTypingUpdate(contact_id="k1", sender="customer", typing=False))
    assert chat.typing == set()


def test_the_customer_leaving_puts_the_chat_in_wrap_up_until_it_ends() -> None:
    book = book_with(s.welcome(), chat_offer(), answered())
    book.apply(p.ChatTypingUpdate(contact_id="k1", sender="customer", typing=True))
    left = chat_contact(p.ContactPhase.WRAP_UP, end_reason=p.EndReason.CALLER_HANGUP)
    book.apply(p.ContactUpdate(contact=left))
    chat = book.get("k1")
    assert chat is not None and chat.in_wrap_up and chat.customer_left
    assert chat.typing == set()
    assert book.wrap_up_seconds_left("k1") == 60.0
    book.apply(p.ContactUpdate(contact=chat_contact(p.ContactPhase.ENDED)))
    assert book.get("k1") is None and book.open == []


def test_chat_clocks_follow_the_server_clock_skew() -> None:
    book = book_with(s.welcome(), chat_offer(), answered(), clock=s.NOW + 10)
    book.skew = 4.0  # the server runs 4 s ahead: answered 20 s before its NOW
    assert book.chat_seconds("k1") == 34.0
    assert book.wrap_up_seconds_left("k1") is None


def test_a_task_is_an_offline_message() -> None:
    book = book_with(s.welcome(), chat_offer(channel=p.Channel.TASK), answered())
    chat = book.get("k1")
    assert chat is not None and not chat.is_task  # the update said chat
    book.apply(p.ContactUpdate(contact=chat_contact(channel=p.Channel.TASK)))
    assert chat.is_task


# ---------------------------------------------------------------- the agent model


def feed(model: AgentModel, *messages: p.ServerMessage) -> tuple[int, int]:
    """Applies the messages; how often ``changed`` and ``chats_changed`` fired."""
    fired: list[str] = []
    model.changed.connect(lambda: fired.append("changed"))
    model.chats_changed.connect(lambda: fired.append("chats"))
    for message in messages:
        model.apply(ServerEvent(message))
    model.changed.disconnect()
    model.chats_changed.disconnect()
    return fired.count("changed"), fired.count("chats")


def test_a_chat_offer_rings_an_agent_with_nothing_in_hand() -> None:
    model = AgentModel(clock=lambda: s.NOW)
    feed(model, s.welcome(), chat_offer())
    assert page(model) == "ringing"
    assert model.ringing is not None and model.ringing.contact.channel is p.Channel.CHAT
    assert model.pop.customer == CUSTOMER
    assert model.quiet_offers == []


def test_a_chat_offer_to_an_agent_already_chatting_or_on_a_call_is_quiet() -> None:
    model = AgentModel(clock=lambda: s.NOW)
    feed(model, s.welcome(), chat_offer(), answered(), chat_offer("o-k2", "k2"))
    assert page(model) == "idle" and model.ringing is None
    assert [r.offer_id for r in model.quiet_offers] == ["o-k2"]
    feed(model, s.offer(), p.ContactUpdate(contact=s.contact(p.ContactPhase.CONNECTED)))
    feed(model, chat_offer("o-k3", "k3"))
    assert page(model) == "in_call"
    assert [r.offer_id for r in model.quiet_offers] == ["o-k2", "o-k3"]
    feed(model, p.OfferWithdrawn(offer_id="o-k2", reason="timeout"))
    assert [r.offer_id for r in model.quiet_offers] == ["o-k3"]


def test_a_call_offer_rings_over_a_quiet_chat_offer() -> None:
    model = AgentModel(clock=lambda: s.NOW)
    feed(model, s.welcome(), chat_offer(), answered(), chat_offer("o-k2", "k2"), s.offer())
    assert model.ringing is not None and model.ringing.offer_id == "o1"
    assert [r.offer_id for r in model.quiet_offers] == ["o-k2"]


def test_chat_messages_move_only_the_chats() -> None:
    model = AgentModel(clock=lambda: s.NOW)
    assert feed(model, s.welcome(), chat_offer(), answered()) == (3, 0)
    assert feed(model, said(1, "Hi")) == (0, 1)
    assert feed(model, said(1, "Hi")) == (0, 0)  # sent again: nothing moved
    typing = p.ChatTypingUpdate(contact_id="k1", sender="customer", typing=True)
    assert feed(model, typing) == (0, 1)
    assert [line.text for line in model.chats.open[0].shown] == ["Hi"]
