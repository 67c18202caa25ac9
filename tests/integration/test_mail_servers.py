"""The e-mail channel's mail servers themselves (callnest.sim.mail_servers): what the
channel's tests take for granted of them is so, against the real Dovecot
and Postfix, before any of the product is involved."""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import imaplib
import smtplib
import socket
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from callnest.sim.mail_servers import (
    ANA,
    BORIS,
    DOMAIN,
    HOST,
    MESSAGE_SIZE_LIMIT,
    PASSWORDS,
    SUPPORT,
    SUPPORT_PASSWORD,
    MailServers,
)
from integration.mail_servers import mail_servers

__all__ = ["mail_servers"]

pytestmark = pytest.mark.slow

SUBJECT = "Račun št. 42 — вопрос"
CUSTOMER = "mojca@customer.test"


def mail(subject: str, *, sender: str = CUSTOMER, to: str = SUPPORT) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message.set_content("Pozdravljeni, kje je moj račun? Здравствуйте.\n")
    return message


@contextlib.contextmanager
def closing(imap: imaplib.IMAP4) -> Iterator[imaplib.IMAP4]:
    """``imap``, its socket closed at the end whatever became of the
    connection (logout would wait for a server that has gone)."""
    try:
        yield imap
    finally:
        with contextlib.suppress(OSError):
            imap.shutdown()


def plain_imap(servers: MailServers) -> imaplib.IMAP4:
    """The plain port, after STARTTLS, logged in as support@."""
    imap = imaplib.IMAP4(HOST, servers.imap_port, timeout=10)
    imap.starttls(ssl_context=servers.ssl_context())
    imap.login(SUPPORT, SUPPORT_PASSWORD)
    return imap


def refused(port: int) -> bool:
    try:
        socket.create_connection((HOST, port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


async def test_mail_from_outside_is_read_back_over_imap_utf8_subjects_and_all(
    mail_servers: MailServers,
) -> None:
    encoded = await mail_servers.deliver(mail(SUBJECT), to=SUPPORT, sender=CUSTOMER)
    # As a mail program that relies on SMTPUTF8 sends it: the header's UTF-8 as it is.
    raw = (
        f"From: Mojca Novak <{CUSTOMER}>\r\nTo: {SUPPORT}\r\nSubject: {SUBJECT}\r\n"
        "Message-ID: <utf8-header@customer.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Здравствуйте, kje je račun?\r\n"
    ).encode()
    eight_bit = await mail_servers.deliver(raw, to=SUPPORT, sender=CUSTOMER)
    assert eight_bit == "<utf8-header@customer.test>"

    # Postfix delivers the two side by side: either may be filed first.
    messages = {str(m["Message-ID"]): m for m in await mail_servers.wait_for(SUPPORT, 2)}
    assert messages.keys() == {encoded, eight_bit}
    assert {str(m["Subject"]) for m in messages.values()} == {SUBJECT}
    assert "Здравствуйте" in messages[eight_bit].get_content()
    # Nobody else's mailbox got it, and reading it did not mark it seen.
    assert await mail_servers.wait_for(ANA, 0) == []

    def unseen_and_subjects() -> tuple[list[bytes], bytes]:
        with mail_servers.imap(SUPPORT) as imap:
            imap.select("INBOX", readonly=True)
            _, unseen = imap.search(None, "UNSEEN")
            _, fetched = imap.fetch("1:2", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
            return unseen, b"".join(item[1] for item in fetched if isinstance(item, tuple))

    unseen, subjects = await asyncio.to_thread(unseen_and_subjects)
    assert unseen == [b"1 2"]
    # What an IMAP client gets: one subject in RFC 2047 words, one in UTF-8 as it came.
    assert f"Subject: {SUBJECT}".encode() in subjects
    assert b"Subject: =?utf-8?" in subjects


async def test_a_user_who_authenticated_sends_to_example_test_over_both_submission_ports(
    mail_servers: MailServers,
) -> None:
    def over_starttls() -> None:
        with smtplib.SMTP(HOST, mail_servers.submission_port, timeout=10) as smtp:
            smtp.ehlo()
            assert smtp.has_extn("starttls")
            assert not smtp.has_extn("auth")  # no password in the clear
            smtp.starttls(context=mail_servers.ssl_context())
            smtp.ehlo()
            smtp.login(SUPPORT, SUPPORT_PASSWORD)
            smtp.send_message(mail(f"Re: {SUBJECT}", sender=SUPPORT, to=ANA))

    def over_implicit_tls() -> None:
        with smtplib.SMTP_SSL(
            HOST, mail_servers.submissions_port, context=mail_servers.ssl_context(), timeout=10
        ) as smtp:
            smtp.login(SUPPORT, SUPPORT_PASSWORD)
            # Its header's UTF-8 as it is, under SMTPUTF8.
            utf8 = mail(f"Второй ответ: {SUBJECT}", sender=SUPPORT, to=ANA)
            data = utf8.as_bytes(policy=email.policy.SMTPUTF8)
            assert SUBJECT.encode() in data
            smtp.sendmail(SUPPORT, [ANA], data, mail_options=["SMTPUTF8", "BODY=8BITMIME"])

    await asyncio.to_thread(over_starttls)
    await asyncio.to_thread(over_implicit_tls)
    messages = await mail_servers.wait_for(ANA, 2)
    assert sorted(str(m["Subject"]) for m in messages) == sorted(
        [f"Re: {SUBJECT}", f"Второй ответ: {SUBJECT}"]
    )
    assert {str(m["From"]) for m in messages} == {SUPPORT}


async def test_nobody_relays_and_a_user_sends_as_themselves_alone(
    mail_servers: MailServers,
) -> None:
    def rejected(port: int, sender: str, to: str, *, login: str | None = None) -> int:
        """The reply code to RCPT TO ``to`` on ``port``, after STARTTLS (and AUTH)."""
        with smtplib.SMTP(HOST, port, timeout=10) as smtp:
            smtp.starttls(context=mail_servers.ssl_context())
            if login is not None:
                smtp.login(login, PASSWORDS[login])
            with pytest.raises(smtplib.SMTPRecipientsRefused) as refusal:
                smtp.sendmail(sender, [to], mail("Relay?", sender=sender, to=to).as_bytes())
            ((code, _),) = refusal.value.recipients.values()
            return code

    submission, inbound = mail_servers.submission_port, mail_servers.smtp_port
    elsewhere = "someone@elsewhere.test"
    refusals = await asyncio.gather(
        asyncio.to_thread(rejected, submission, SUPPORT, elsewhere),
        asyncio.to_thread(rejected, submission, SUPPORT, ANA),  # no AUTH, no mail
        asyncio.to_thread(rejected, submission, SUPPORT, elsewhere, login=SUPPORT),
        asyncio.to_thread(rejected, submission, ANA, BORIS, login=SUPPORT),  # not theirs
        asyncio.to_thread(rejected, inbound, CUSTOMER, elsewhere),
        asyncio.to_thread(rejected, inbound, CUSTOMER, f"nobody@{DOMAIN}"),
    )
    assert all(500 <= code < 600 for code in refusals), (refusals, mail_servers.output())


async def test_imap_takes_no_password_before_starttls(mail_servers: MailServers) -> None:
    def login_in_the_clear() -> None:
        with closing(imaplib.IMAP4(HOST, mail_servers.imap_port, timeout=10)) as imap:
            assert "STARTTLS" in imap.capabilities
            assert "LOGINDISABLED" in imap.capabilities
            with pytest.raises(imaplib.IMAP4.error):
                imap.login(SUPPORT, SUPPORT_PASSWORD)
        with closing(plain_imap(mail_servers)) as imap:
            assert imap.select("INBOX")[0] == "OK"
            imap.logout()

    await asyncio.to_thread(login_in_the_clear)


async def test_idle_reports_mail_as_it_arrives(mail_servers: MailServers) -> None:
    imap = await asyncio.to_thread(mail_servers.imap, SUPPORT)
    with closing(imap):
        await asyncio.to_thread(imap.select, "INBOX")
        imap.send(b"idle1 IDLE\r\n")
        assert (await asyncio.to_thread(imap.readline)).startswith(b"+")
        await mail_servers.deliver(mail(SUBJECT), to=SUPPORT, sender=CUSTOMER)
        # Dovecot notices the new file at once (inotify); the socket's
        # timeout (10 s) bounds the wait.
        while not (line := await asyncio.to_thread(imap.readline)).endswith(b" EXISTS\r\n"):
            pass
        assert line == b"* 1 EXISTS\r\n"
        imap.send(b"DONE\r\n")
        while not (await asyncio.to_thread(imap.readline)).startswith(b"idle1 OK"):
            pass
        await asyncio.to_thread(imap.logout)


async def test_kick_drops_a_users_imap_connections_and_no_one_elses(
    mail_servers: MailServers,
) -> None:
    implicit = await asyncio.to_thread(mail_servers.imap, SUPPORT)
    plain = await asyncio.to_thread(plain_imap, mail_servers)
    other = await asyncio.to_thread(mail_servers.imap, ANA)
    with closing(implicit), closing(plain), closing(other):
        for imap in (implicit, plain, other):
            assert (await asyncio.to_thread(imap.select, "INBOX"))[0] == "OK"
        assert await mail_servers.kick(SUPPORT)
        for imap in (implicit, plain):
            with pytest.raises((imaplib.IMAP4.abort, OSError)):
                await asyncio.to_thread(imap.noop)
        assert (await asyncio.to_thread(other.noop))[0] == "OK"
    assert not await mail_servers.kick(SUPPORT)  # nobody left to kick


async def test_imap_stops_and_starts_on_the_same_ports_while_mail_goes_on(
    mail_servers: MailServers,
) -> None:
    before = await asyncio.to_thread(mail_servers.imap, SUPPORT)
    with closing(before):
        await mail_servers.stop_imap()
        with pytest.raises((imaplib.IMAP4.abort, OSError)):
            await asyncio.to_thread(before.noop)
    assert await asyncio.to_thread(refused, mail_servers.imaps_port)
    assert await asyncio.to_thread(refused, mail_servers.imap_port)

    # Delivery and sending (Dovecot's LDA and its SASL for Postfix) go on.
    await mail_servers.deliver(mail(SUBJECT), to=SUPPORT, sender=CUSTOMER)

    def send() -> None:
        with smtplib.SMTP_SSL(
            HOST, mail_servers.submissions_port, context=mail_servers.ssl_context(), timeout=10
        ) as smtp:
            smtp.login(SUPPORT, SUPPORT_PASSWORD)
            smtp.send_message(mail("While IMAP was away", sender=SUPPORT, to=BORIS))

    await asyncio.to_thread(send)

    await mail_servers.start_imap()
    (delivered,) = await mail_servers.wait_for(SUPPORT)
    assert delivered["Subject"] == SUBJECT
    (sent,) = await mail_servers.wait_for(BORIS)
    assert sent["Subject"] == "While IMAP was away"
    with closing(await asyncio.to_thread(plain_imap, mail_servers)) as imap:
        assert (await asyncio.to_thread(imap.noop))[0] == "OK"


async def test_a_message_with_a_25_mib_attachment_is_within_postfixs_limit(
    mail_servers: MailServers,
) -> None:
    message = mail("A big file")
    message.add_attachment(bytes(25 * 1024 * 1024), maintype="application", subtype="zip")
    size = len(message.as_bytes())

    def offered(declared: int) -> int:
        with smtplib.SMTP(HOST, mail_servers.smtp_port, timeout=10) as smtp:
            smtp.ehlo()
            assert int(smtp.esmtp_features["size"]) == MESSAGE_SIZE_LIMIT
            code, _ = smtp.mail(CUSTOMER, [f"SIZE={declared}"])
            return code

    assert await asyncio.to_thread(offered, size) == 250
    assert await asyncio.to_thread(offered, MESSAGE_SIZE_LIMIT + 1) == 552
