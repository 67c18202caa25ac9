"""Reading incoming mail: the text preferred to the HTML, the HTML made safe,
attachments within their limits, headers in any language, robots known."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTPUTF8

import pytest

from callnest.server.mail import parse


def _mail(**headers: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = headers.pop("From", "Ana Novak <Ana.Novak@Example.test>")
    message["To"] = "support@example.test"
    message["Subject"] = headers.pop("Subject", "My order")
    message["Message-ID"] = headers.pop("Message_ID", "<m1@example.test>")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    return message


def test_plain_text_is_read_and_the_sender_kept_in_lower_case() -> None:
    message = _mail()
    message.set_content("Where is my order?\n")
    read = parse.read(bytes(message))
    assert read.from_address == "ana.novak@example.test"
    assert read.from_name == "Ana Novak"
    assert read.message_id == "<m1@example.test>"
    assert read.text == "Where is my order?\n"
    assert read.html is None
    assert read.to == ("support@example.test",)
    assert not read.automatic


def test_plain_text_is_preferred_and_html_is_made_safe() -> None:
    message = _mail()
    message.set_content("The plain words")
    message.add_alternative(
        '<p onclick="steal()">Hello <b>there</b><script>alert(1)</script>'
        '<a href="javascript:evil()">x</a><img src="https://tracker.test/p.gif">'
        "<style>p{display:none}</style></p>",
        subtype="html",
    )
    read = parse.read(bytes(message))
    assert read.text == "The plain words\n"
    assert read.html is not None
    assert "<b>there</b>" in read.html
    for dangerous in ("script", "onclick", "javascript", "style", "alert"):
        assert dangerous not in read.html
    # The remote image is named still: the app blocks it until asked.
    assert 'src="https://tracker.test/p.gif"' in read.html


def test_html_alone_gives_its_words_as_the_text() -> None:
    message = _mail()
    message.set_content("<div>First line<br>second &amp; last</div><p>Para</p>", subtype="html")
    read = parse.read(bytes(message))
    assert read.text == "First line\nsecond & last\nPara"


@pytest.mark.parametrize(
    "subject",
    [
        "Račun št. 42: čakam že teden dni",
        "Где мой заказ? Счёт № 42",
        "¿Dónde está mi pedido? Señal débil",
        "Objednávka č. 42, ďakujem, že ste sa ozvali",
    ],
)
def test_encoded_and_eight_bit_headers_in_each_language(subject: str) -> None:
    encoded = _mail(Subject=subject, From="Ivana Šťastná <ivana@example.test>")
    encoded.set_content("text")
    assert b"=?utf-8?" in bytes(encoded)  # RFC 2047 encoded words
    eight_bit = _mail(Subject=subject, From="Ivana Šťastná <ivana@example.test>")
    eight_bit.set_content("text")
    raw = eight_bit.as_bytes(policy=SMTPUTF8)  # raw UTF-8, as SMTPUTF8 carries it
    assert subject.encode() in raw
    for message in (bytes(encoded), raw):
        read = parse.read(message)
        assert read.subject == subject
        assert read.from_name == "Ivana Šťastná"
        assert read.from_address == "ivana@example.test"


def test_attachments_are_kept_and_a_too_large_one_is_refused() -> None:
    message = _mail()
    message.set_content("See the files")
    message.add_attachment(b"%PDF-1.4 small", maintype="application", subtype="pdf",
                           filename="../../etc/račun.pdf")  # fmt: skip
    big = b"x" * (parse.MAX_ATTACHMENT_BYTES + 1)
    message.add_attachment(big, maintype="video", subtype="mp4", filename="clip.mp4")
    read = parse.read(bytes(message))
    assert [(a.filename, a.content_type, a.data) for a in read.attachments] == [
        ("račun.pdf", "application/pdf", b"%PDF-1.4 small")
    ]
    assert [(r.filename, r.size, r.reason) for r in read.refused] == [
        ("clip.mp4", len(big), "too_large")
    ]


def test_a_message_without_message_id_gets_the_same_one_each_time() -> None:
    message = EmailMessage()
    message["From"] = "x@example.test"
    message.set_content("no id")
    raw = bytes(message)
    assert parse.read(raw).message_id == parse.read(raw).message_id
    assert parse.read(raw).message_id.endswith("@no-message-id.invalid>")


def test_replies_name_what_they_answer() -> None:
    raw = (
        b"From: ana@example.test\r\nMessage-ID: <c@x.test>\r\nIn-Reply-To: <b@x.test>\r\n"
        b"References: <a@x.test>\r\n <b@x.test>\r\n\r\nre\r\n"  # folded, as clients send it
    )
    read = parse.read(raw)
    assert read.in_reply_to == "<b@x.test>"
    assert read.references == ("<a@x.test>", "<b@x.test>")


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"Precedence": "bulk"},
        {"List_Id": "<news.example.test>"},
    ],
)
def test_robots_are_known(headers: dict[str, str]) -> None:
    message = _mail(**headers)
    message.set_content("I am out of the office")
    assert parse.read(bytes(message)).automatic


def test_a_broken_from_leaves_no_address() -> None:
    raw = b"From: not an address\r\nSubject: hi\r\nMessage-ID: <z@y>\r\n\r\nbody\r\n"
    read = parse.read(raw)
    assert read.from_address == ""
    assert read.text.strip() == "body"
