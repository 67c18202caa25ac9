"""E-mail through real mail servers: a customer's mail reaches the queue's
mailbox (Dovecot, delivered by Postfix), the server takes it in by IMAP and
queues it; an agent answers, replies, and the reply leaves through Postfix
and arrives in the customer's mailbox threaded."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from callnest.server.keys import ALARMS, CENTER, MAIL, STORE
from callnest.server.mail import parse
from callnest.sim.mail_servers import (
    ANA,
    BORIS,
    SUPPORT,
    MailServers,
    mailbox_fields,
)
from integration.conftest import Desktop, Running, StartServer
from integration.mail_servers import mail_servers

__all__ = ["mail_servers"]

pytestmark = pytest.mark.slow


async def until(ready: Callable[[], object], within: float) -> None:
    """Until ``ready()`` (or the awaitable it returns) is true."""
    async with asyncio.timeout(within):
        while True:
            found = ready()
            if inspect.isawaitable(found):
                found = await found
            if found:
                return
            await asyncio.sleep(0.05)


@pytest.fixture(autouse=True)
def _trust_the_test_ca(mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(mail_servers.ca))  # as a real CA would be


async def with_mailbox(server: Running, mail: MailServers, **overrides: Any) -> dict[str, Any]:
    queue = (await server.owner("GET", "/api/queues"))[0]
    box: dict[str, Any] = await server.owner(
        "POST", "/api/mailboxes", json=mailbox_fields(mail, queue["id"], **overrides)
    )
    await until(lambda: server.app[MAIL].watchers[box["id"]].connected, within=10)
    return box


def customer_mail(
    subject: str, text: str, sender: str = ANA, name: str = "Ana Novak", **headers: str
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>"
    message["To"] = SUPPORT
    message["Subject"] = subject
    for key, value in headers.items():
        message[key.replace("_", "-")] = value
    message.set_content(text)
    return message


async def answer(desk: Desktop) -> dict[str, Any]:
    offer = await desk.expect("offer", within=15)
    assert offer["contact"]["channel"] == "email"
    reply = await desk.request("offer.answer", offer_id=offer["offer_id"])
    assert reply["type"] == "ok", reply
    return offer


async def test_a_mail_is_answered_and_the_reply_arrives_threaded(
    server: Running, mail_servers: MailServers
) -> None:
    await with_mailbox(server, mail_servers)
    listed = await server.owner("GET", "/api/mailboxes")
    assert "password" not in listed[0] and listed[0]["has_password"] is True
    assert listed[0]["state"] == "ok"
    agent_id, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)

    first = customer_mail("Račun št. 42", "Where is my invoice?")
    first_id = await mail_servers.deliver(first, to=SUPPORT, sender=ANA)
    offer = await answer(desk)
    contact_id = offer["contact"]["contact_id"]
    assert (offer["contact"]["caller_name"], offer["contact"]["caller_address"]) == (
        "Ana Novak",
        ANA,
    )
    thread = await server.call("GET", f"/api/email/{contact_id}", token)
    assert thread[0] == 200, thread
    [received] = thread[1]["messages"]
    assert (received["message_id"], received["subject"]) == (first_id, "Račun št. 42")
    assert received["text"].strip() == "Where is my invoice?"
    # A new sender became a customer, found by their address.
    customer = await server.owner("GET", f"/api/customers/{thread[1]['customer_id']}")
    assert customer["emails"] == [ANA]

    status, sent = await server.call(
        "POST",
        f"/api/email/{contact_id}/replies",
        token,
        json={"text": "It is attached to your account.", "client_msg_id": str(_uuid(1))},
    )
    assert status == 201, sent
    # Sent again after a lost answer: the same reply, not a second.
    status, again = await server.call(
        "POST",
        f"/api/email/{contact_id}/replies",
        token,
        json={"text": "It is attached to your account.", "client_msg_id": str(_uuid(1))},
    )
    assert (status, again["id"]) == (201, sent["id"]), again
    updated = await desk.expect("email.thread", within=15)
    assert updated["contact_id"] == contact_id
    [reply] = await mail_servers.wait_for(ANA)
    assert reply["In-Reply-To"] == first_id
    assert first_id in reply["References"]
    assert reply["Subject"] == f"Re: Račun št. 42 [#{thread[1]['id']}]"
    assert reply["From"].addresses[0].addr_spec == SUPPORT
    assert reply["From"].addresses[0].display_name == "Example Support"
    body = reply.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == (
        "It is attached to your account.\n\n-- \nExample Support\nhttps://example.test\n"
    )
    shown = (await server.call("GET", f"/api/email/{contact_id}", token))[1]
    assert [(m["direction"], m["status"]) for m in shown["messages"]] == [
        ("in", "received"),
        ("out", "sent"),
    ]

    # Wrapped up, the thread has no contact; the customer's answer opens a
    # new one for the same thread.
    assert (await desk.request("call.hangup", contact_id=contact_id))["type"] == "ok"
    done = await desk.request("wrapup.complete", contact_id=contact_id)
    assert done["type"] == "ok", done
    answer_back = customer_mail(
        reply["Subject"],
        "Thank you, found it.",
        In_Reply_To=reply["Message-ID"],
        References=f"{first_id} {reply['Message-ID']}",
    )
    await mail_servers.deliver(answer_back, to=SUPPORT, sender=ANA)
    second = await answer(desk)
    second_id = second["contact"]["contact_id"]
    assert second_id != contact_id
    again_shown = (await server.call("GET", f"/api/email/{second_id}", token))[1]
    assert again_shown["id"] == thread[1]["id"]
    assert [m["text"].strip() for m in again_shown["messages"]][-1] == "Thank you, found it."
    assert len(again_shown["messages"]) == 3
    # Once the agent confirms who wrote, the card shows the earlier e-mail
    # among the customer's contacts (calls, chats and e-mails together).
    status, confirmed = await server.call(
        "POST", f"/api/contacts/{second_id}/confirm-identity", token
    )
    assert status == 200, confirmed
    history = confirmed["customer"]["history"]
    assert [(h["interaction_id"], h["channel"]) for h in history] == [(contact_id, "email")]
    await server.app[CENTER].flush()
    interaction = await server.owner("GET", f"/api/interactions/{contact_id}")
    assert (interaction["channel"], interaction["agent_id"]) == ("email", agent_id)


async def test_the_customer_writing_again_reaches_the_agent_who_answered(
    server: Running, mail_servers: MailServers
) -> None:
    await with_mailbox(server, mail_servers)
    ann_id, ann_token = await server.add_agent("ann")
    _, bob_token = await server.add_agent("bob")
    ann = await server.desktop(ann_token, available=True)
    first_id = await mail_servers.deliver(customer_mail("Order", "Where?"), to=SUPPORT, sender=ANA)
    offer = await answer(ann)
    contact_id = offer["contact"]["contact_id"]
    # Bob comes in while Ann works: once she is done, he has waited longest.
    bob = await server.desktop(bob_token, available=True)
    assert (await ann.request("call.hangup", contact_id=contact_id))["type"] == "ok"
    assert (await ann.request("wrapup.complete", contact_id=contact_id))["type"] == "ok"

    again = customer_mail("Re: Order", "Still nothing.", In_Reply_To=first_id)
    await mail_servers.deliver(again, to=SUPPORT, sender=ANA)
    second = await answer(ann)
    shown = await server.call("GET", f"/api/email/{second['contact']['contact_id']}", ann_token)
    assert [m["text"].strip() for m in shown[1]["messages"]] == ["Where?", "Still nothing."]
    with pytest.raises(TimeoutError):
        await bob.expect("offer", within=0.5)
    await server.app[CENTER].flush()
    interaction = await server.owner("GET", f"/api/interactions/{second['contact']['contact_id']}")
    assert interaction["agent_id"] == ann_id


async def test_a_forged_reference_to_another_customers_thread_is_not_merged(
    server: Running, mail_servers: MailServers
) -> None:
    await with_mailbox(server, mail_servers)
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    ana_id = await mail_servers.deliver(customer_mail("Order", "Ana's"), to=SUPPORT, sender=ANA)
    ana = await answer(desk)
    ana_thread = (await server.call("GET", f"/api/email/{ana['contact']['contact_id']}", token))[1]
    forged = customer_mail(
        f"Re: Order [#{ana_thread['id']}]",
        "Boris pretending",
        sender=BORIS,
        name="Boris",
        In_Reply_To=ana_id,
        References=ana_id,
    )
    await mail_servers.deliver(forged, to=SUPPORT, sender=BORIS)
    boris = await answer(desk)
    boris_thread = (
        await server.call("GET", f"/api/email/{boris['contact']['contact_id']}", token)
    )[1]
    assert boris_thread["id"] != ana_thread["id"]
    assert [m["text"].strip() for m in boris_thread["messages"]] == ["Boris pretending"]
    assert len(ana_thread["messages"]) == 1
    reread = (await server.call("GET", f"/api/email/{ana['contact']['contact_id']}", token))[1]
    assert len(reread["messages"]) == 1


async def test_html_attachments_and_a_25_mb_attachment_refused(
    server: Running, mail_servers: MailServers
) -> None:
    await with_mailbox(server, mail_servers)
    message = customer_mail("Photos", "See attached.")
    message.add_alternative(
        '<p>See <b>attached</b><script>steal()</script><img src="https://t.test/x.gif"></p>',
        subtype="html",
    )
    message.add_attachment(b"\x89PNG small", maintype="image", subtype="png", filename="a.png")
    big = bytes(range(256)) * (25 * 1024 * 1024 // 256)
    message.add_attachment(big, maintype="application", subtype="zip", filename="video.zip")
    _, token = await server.add_agent("ann")
    # The desk's heartbeat (1.5 s here) also proves that taking in 25 MB
    # leaves the server's event loop free.
    desk = await server.desktop(token, available=True)
    await mail_servers.deliver(message, to=SUPPORT, sender=ANA)
    offer = await answer(desk)
    thread = (await server.call("GET", f"/api/email/{offer['contact']['contact_id']}", token))[1]
    [received] = thread["messages"]
    assert received["text"].strip() == "See attached."  # the plain part, preferred
    assert "<b>attached</b>" in received["html"] and "script" not in received["html"]
    kept, refused = received["attachments"]
    assert (kept["filename"], kept["kept"], refused["filename"], refused["kept"]) == (
        "a.png",
        True,
        "video.zip",
        False,
    )
    assert refused["size"] == len(big) > parse.MAX_ATTACHMENT_BYTES
    async with server.http.get(
        f"{server.url}/api/email/attachments/{kept['id']}", headers=server.auth(token)
    ) as response:
        assert response.status == 200
        assert await response.read() == b"\x89PNG small"
        assert response.headers["Content-Type"] == "application/octet-stream"
        assert response.headers["Content-Disposition"].startswith("attachment;")
    status, body = await server.call("GET", f"/api/email/attachments/{refused['id']}", token)
    assert status == 410, body
    # Forwarded to a colleague: the note above the customer's words, the
    # kept attachment with it (the refused one cannot go).
    status, forwarded = await server.call(
        "POST",
        f"/api/email/{offer['contact']['contact_id']}/forwards",
        token,
        json={"to": BORIS, "note": "Boris, can you look at the photo?"},
    )
    assert status == 201, forwarded
    [arrived] = await mail_servers.wait_for(BORIS)
    assert arrived["Subject"] == "Fwd: Photos"
    assert arrived["In-Reply-To"] is None
    text = arrived.get_body(preferencelist=("plain",))
    assert text is not None
    words = text.get_content()
    assert words.startswith("Boris, can you look at the photo?")
    assert "From: Ana Novak <ana@example.test>" in words and "See attached." in words
    assert [(a.get_filename(), a.get_content()) for a in arrived.iter_attachments()] == [
        ("a.png", b"\x89PNG small")
    ]
    # Another agent may not read it.
    _, other = await server.add_agent("bob")
    status, _ = await server.call("GET", f"/api/email/attachments/{kept['id']}", other)
    assert status == 403
    status, _ = await server.call("GET", f"/api/email/{offer['contact']['contact_id']}", other)
    assert status == 403


async def test_a_mailbox_that_drops_mid_fetch_loses_and_doubles_nothing(
    start_server: StartServer, mail_servers: MailServers
) -> None:
    server = await start_server(mail_retry_s=0.2)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    box = await with_mailbox(server, mail_servers)
    store = server.app[STORE]
    channel = server.app[MAIL]
    watcher = channel.watchers[box["id"]]
    taken: list[int] = []
    take_in = watcher._take_in

    async def kicked_after_the_second(uid: int, raw: bytes) -> None:
        await take_in(uid, raw)
        taken.append(uid)
        if len(taken) == 2:
            await mail_servers.kick(SUPPORT)  # the connection drops mid-fetch

    watcher._take_in = kicked_after_the_second
    senders = [ANA, BORIS] * 3
    await mail_servers.stop_imap()  # the six arrive together, then are fetched in one go
    for number, sender in enumerate(senders):
        message = customer_mail(f"Message {number}", "x", sender)
        await mail_servers.deliver(message, to=SUPPORT, sender=sender)
    await mail_servers.start_imap()

    async def all_in() -> bool:
        rows = await _messages(server)
        return len(rows) >= len(senders)

    await until(all_in, within=40)
    await asyncio.sleep(1.0)  # a duplicate would come now
    rows = await _messages(server)
    assert sorted(r["subject"] for r in rows) == [f"Message {n}" for n in range(len(senders))]
    assert len(taken) >= len(senders)
    mailbox = (await store.mailboxes_with_passwords(box["id"]))[0]
    assert mailbox["last_uid"] == len(senders)
    waiting = server.app[CENTER].waiting_count(box["queue_id"])
    assert waiting == len(senders)  # new messages, no references: a thread and a contact each


async def test_an_unreachable_mailbox_raises_an_alarm_and_clears_it(
    start_server: StartServer, mail_servers: MailServers
) -> None:
    server = await start_server(mail_retry_s=0.2, mail_alarm_after_s=1.0)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    box = await with_mailbox(server, mail_servers)
    await mail_servers.stop_imap()
    alarms = server.app[ALARMS]

    def raised() -> bool:
        return any(a.name == "mailboxes" for a in alarms.raised)

    await until(raised, within=20)
    [state] = await server.owner("GET", "/api/mailboxes")
    assert state["state"] == "failing" and "cannot be reached" in state["error"]
    await mail_servers.start_imap()
    await until(lambda: not raised(), within=20)
    assert box["id"] in server.app[MAIL].watchers


async def test_a_wrong_password_fails_the_mailbox_with_the_servers_words(
    server: Running, mail_servers: MailServers
) -> None:
    queue = (await server.owner("GET", "/api/queues"))[0]
    box = await server.owner(
        "POST", "/api/mailboxes", json=mailbox_fields(mail_servers, queue["id"], password="nope")
    )

    async def failing() -> bool:
        shown = await server.owner("GET", f"/api/mailboxes/{box['id']}")
        return bool(shown["state"] == "failing")

    await until(failing, within=15)
    shown = await server.owner("GET", f"/api/mailboxes/{box['id']}")
    assert "nope" not in str(shown)
    assert "authentication" in shown["error"].lower(), shown


async def test_a_reply_the_server_refuses_for_good_is_shown_failed(
    server: Running, mail_servers: MailServers
) -> None:
    # The submission server refuses to let support send as someone else.
    await with_mailbox(server, mail_servers, address="sales@example.test")
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    message = customer_mail("Prices", "How much?")
    message.replace_header("To", "sales@example.test")
    await mail_servers.deliver(message, to=SUPPORT, sender=ANA)
    offer = await answer(desk)
    contact_id = offer["contact"]["contact_id"]
    status, _ = await server.call(
        "POST", f"/api/email/{contact_id}/replies", token, json={"text": "100 EUR"}
    )
    assert status == 201
    await desk.expect("email.thread", within=15)
    shown = (await server.call("GET", f"/api/email/{contact_id}", token))[1]
    reply = shown["messages"][-1]
    assert reply["status"] == "failed", reply
    assert reply["error"].startswith("127.0.0.1: 5") or " 5" in reply["error"], reply


async def test_open_threads_survive_a_restart(
    start_server: StartServer, mail_servers: MailServers, tmp_path: Path
) -> None:
    data = tmp_path / "restarting"
    server = await start_server(data)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    await with_mailbox(server, mail_servers)
    await mail_servers.deliver(customer_mail("Help", "Please"), to=SUPPORT, sender=ANA)

    async def queued() -> bool:
        return len(await _messages(server)) == 1

    await until(queued, within=15)
    await server.stop()
    again = await start_server(data)
    _, token = await again.add_agent("ann")
    desk = await again.desktop(token, available=True)
    offer = await answer(desk)
    thread = (await again.call("GET", f"/api/email/{offer['contact']['contact_id']}", token))[1]
    assert [m["subject"] for m in thread["messages"]] == ["Help"]
    await asyncio.sleep(0.5)
    assert len(await _messages(again)) == 1  # not taken in twice


async def _messages(server: Running) -> list[dict[str, Any]]:
    store = server.app[STORE]
    rows: list[dict[str, Any]] = []
    for thread in await store.open_email_threads():
        rows += await store.email_messages(thread["id"])
    return rows


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"
