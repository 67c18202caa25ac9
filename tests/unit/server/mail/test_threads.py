"""Which thread a message continues: only ever the sender's own."""

from __future__ import annotations

from dataclasses import replace

from callnest.server.mail import threads
from callnest.server.mail.parse import Incoming

ANA, BORIS = "ana@example.test", "boris@example.test"


def _incoming(sender: str = ANA, **fields: object) -> Incoming:
    base = Incoming(
        message_id="<new@example.test>",
        in_reply_to=None,
        references=(),
        from_name="",
        from_address=sender,
        to=(),
        cc=(),
        subject="Order",
        date=None,
        text="",
        html=None,
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def test_in_reply_to_first_then_references_newest_first() -> None:
    message = _incoming(in_reply_to="<c>", references=("<a>", "<b>", "<c>"))
    assert threads.answered_ids(message) == ["<c>", "<b>", "<a>"]


def test_a_reply_joins_the_senders_thread() -> None:
    message = _incoming(in_reply_to="<ours@example.test>")
    known = {"<ours@example.test>": threads.Known(7, ANA)}
    assert threads.thread_of(message, known, None) == 7


def test_a_forged_reference_to_another_customers_thread_opens_a_new_one() -> None:
    message = _incoming(BORIS, in_reply_to="<ours@example.test>", subject="Re: Order [#7]")
    known = {"<ours@example.test>": threads.Known(7, ANA)}
    assert threads.thread_of(message, known, threads.Known(7, ANA)) is None


def test_an_older_reference_of_the_senders_own_counts_when_the_newest_is_unknown() -> None:
    message = _incoming(in_reply_to="<unknown>", references=("<mine>", "<unknown>"))
    assert threads.thread_of(message, {"<mine>": threads.Known(3, ANA)}, None) == 3


def test_the_subject_tag_when_the_headers_were_dropped() -> None:
    message = _incoming(subject="RE: Re: Order [#12]")
    assert threads.tagged(message.subject) == 12
    assert threads.thread_of(message, {}, threads.Known(12, ANA)) == 12


def test_no_sender_no_thread() -> None:
    message = _incoming("", in_reply_to="<x>")
    assert threads.thread_of(message, {"<x>": threads.Known(1, "")}, None) is None


def test_reply_subject_has_one_re_and_one_tag() -> None:
    assert threads.reply_subject("Order", 5) == "Re: Order [#5]"
    assert threads.reply_subject("RE: Aw: Odg: Order [#5]", 5) == "Re: Order [#5]"
    assert threads.reply_subject("", 5) == "Re: [#5]"
