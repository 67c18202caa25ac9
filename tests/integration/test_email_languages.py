"""Mail written in Slovenian, Russian, Spanish and Slovak, through real
Postfix and Dovecot: headers as most mail programs send them (RFC 2047
encoded words) and as SMTPUTF8 carries them (raw UTF-8), names and subjects
read back as written, and the reply's subject keeps them."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTPUTF8

import pytest

from callnest.sim.mail_servers import ANA, SUPPORT, MailServers
from integration.conftest import Running
from integration.mail_servers import mail_servers
from integration.test_email import _trust_the_test_ca, answer, with_mailbox

__all__ = ["_trust_the_test_ca", "mail_servers"]

pytestmark = pytest.mark.slow

WRITTEN = [
    ("Anže Žagar", "Račun št. 42: čakam že teden dni", "Pozdravljeni, kje je račun?"),
    ("Ёлка Щукина", "Где мой заказ? Счёт № 42", "Здравствуйте, где мой заказ?"),
    ("Begoña Muñoz", "¿Dónde está mi pedido? Señal débil", "Hola, ¿dónde está?"),
    ("Ľubomír Ďurček", "Objednávka č. 42, ďakujem", "Dobrý deň, kde je objednávka?"),
]


@pytest.mark.parametrize("eight_bit", [False, True], ids=["encoded_words", "smtputf8"])
async def test_headers_in_four_languages_are_read_as_written(
    server: Running, mail_servers: MailServers, eight_bit: bool
) -> None:
    await with_mailbox(server, mail_servers)
    _, token = await server.add_agent("ann", email_capacity=10)
    desk = await server.desktop(token, available=True)
    for name, subject, text in WRITTEN:
        message = EmailMessage()
        message["From"] = f"{name} <{ANA}>"
        message["To"] = SUPPORT
        message["Subject"] = subject
        message.set_content(text)
        raw = message.as_bytes(policy=SMTPUTF8) if eight_bit else message.as_bytes()
        assert (subject.encode() in raw) is eight_bit
        await mail_servers.deliver(raw, to=SUPPORT, sender=ANA)
        offer = await answer(desk)
        assert offer["contact"]["caller_name"] == name
        contact_id = offer["contact"]["contact_id"]
        status, thread = await server.call("GET", f"/api/email/{contact_id}", token)
        assert status == 200, thread
        [received] = thread["messages"]
        assert (received["from_name"], received["subject"]) == (name, subject)
        assert received["text"].strip() == text
        status, reply = await server.call(
            "POST", f"/api/email/{contact_id}/replies", token, json={"text": "Hvala / Спасибо"}
        )
        assert status == 201, reply
        assert reply["subject"] == f"Re: {subject} [#{thread['id']}]"
