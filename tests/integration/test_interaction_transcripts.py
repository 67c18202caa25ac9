"""GET /api/interactions/{id}/transcript through the real server: a chat's
messages and an e-mail thread's, oldest first, as plain text; a call has
none; a supervisor reads their own team's only, an agent none at all."""

from __future__ import annotations

import time
from typing import Any

from callnest.server.keys import STORE
from integration.conftest import Running


async def _team(server: Running, name: str) -> int:
    team_id: int = (await server.owner("POST", "/api/teams", json={"name": name}))["id"]
    return team_id


def _interaction(cid: str, channel: str, agent_id: int, at: float) -> dict[str, Any]:
    return {"id": cid, "channel": channel, "agent_id": agent_id, "state": "closed",
            "outcome": "answered", "entered_at": at}  # fmt: skip


async def test_transcripts_of_a_chat_and_an_e_mail_for_their_readers_only(
    server: Running,
) -> None:
    red, blue = await _team(server, "red"), await _team(server, "blue")
    ann_id, ann_token = await server.add_agent("ann", display_name="Ann", team_id=red)
    bob_id, _ = await server.add_agent("bob", display_name="Bob", team_id=blue)
    _, sue_token = await server.add_agent("sue", role="supervisor", team_id=red)
    store = server.app[STORE]
    t = time.time() - 600
    await store.upsert_interactions(
        [
            _interaction("red-chat", "chat", ann_id, t),
            _interaction("blue-chat", "chat", bob_id, t),
            _interaction("red-mail", "email", ann_id, t),
            _interaction("red-call", "voice", ann_id, t),
        ]
    )
    for seq, (sender, name, text) in enumerate(
        [
            ("customer", "Zoë", "<b>Hello</b> & my order?"),
            ("agent", "Ann", "It left today."),
            ("system", None, "The customer left the chat."),
        ],
        start=1,
    ):
        await store.add_chat_message(
            {
                "contact_id": "red-chat",
                "seq": seq,
                "sender": sender,
                "sender_name": name,
                "text": text,
                "at": t + seq,
            }
        )
    await store.add_chat_message(
        {"contact_id": "blue-chat", "seq": 1, "sender": "customer", "text": "Hi", "at": t}
    )
    queue_id = next(q["id"] for q in await server.owner("GET", "/api/queues"))
    box = await store.create_mailbox(
        {
            "queue_id": queue_id,
            "address": "help@example.com",
            "imap_host": "imap.example.com",
            "smtp_host": "smtp.example.com",
            "username": "help",
            "password": "secret",
        }
    )
    saved = await store.take_in_email(
        mailbox_id=box["id"],
        uid=1,
        thread_id=None,
        thread={"customer_address": "zoe@example.org", "customer_name": "Zoë", "subject": "Order"},
        message={"direction": "in", "status": "received", "message_id": "<in-1@example.org>",
                 "from_address": "zoe@example.org", "from_name": "Zoë", "subject": "Order",
                 "text": "Where is it?", "html": "<p>Where is <i>it</i>?</p>", "at": t + 1},
        attachments=(),
        new_contact_id="red-mail",
    )  # fmt: skip
    assert saved is not None

    chat = await server.owner("GET", "/api/interactions/red-chat/transcript")
    assert (chat["contact_id"], chat["channel"]) == ("red-chat", "chat")
    assert [(line["sender"], line["name"], line["text"]) for line in chat["lines"]] == [
        ("customer", "Zoë", "<b>Hello</b> & my order?"),  # as written: never rendered here
        ("agent", "Ann", "It left today."),
        ("system", "", "The customer left the chat."),
    ]
    assert [line["at"] for line in chat["lines"]] == [t + 1, t + 2, t + 3]

    mail = await server.owner("GET", "/api/interactions/red-mail/transcript")
    assert mail["channel"] == "email"
    assert [(m["sender"], m["name"], m["subject"], m["text"]) for m in mail["lines"]] == [
        ("customer", "Zoë", "Order", "Where is it?")  # the text part, not the HTML
    ]
    call = await server.owner("GET", "/api/interactions/red-call/transcript")
    assert (call["channel"], call["lines"]) == ("voice", [])

    # Sue supervises red: Ann's chat, not Bob's.
    status, theirs = await server.call("GET", "/api/interactions/red-chat/transcript", sue_token)
    assert status == 200 and len(theirs["lines"]) == 3
    status, body = await server.call("GET", "/api/interactions/blue-chat/transcript", sue_token)
    assert status == 403 and "not your team's" in body["error"]["message"]
    # An agent reads no history through here, not even their own chat's.
    status, body = await server.call("GET", "/api/interactions/red-chat/transcript", ann_token)
    assert status == 403 and "owner or supervisor" in body["error"]["message"]
    status, _ = await server.call("GET", "/api/interactions/no-such/transcript", server.owner_token)
    assert status == 404
