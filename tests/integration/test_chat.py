"""Chat through a real server: a customer's socket, an agent's desktop socket,
the ACD routing both, the store keeping every message."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from callnest.server.keys import CENTER, STORE
from integration.chat_client import ChatCustomer
from integration.conftest import Desktop, Running, StartServer

SCRIPT = "<script>alert('x')</script> <b>bold</b>"


async def answer(desk: Desktop, channel: str = "chat") -> dict[str, Any]:
    offer = await desk.expect("offer")
    assert offer["contact"]["channel"] == channel
    reply = await desk.request("offer.answer", offer_id=offer["offer_id"])
    assert reply["type"] == "ok", reply
    return offer


async def test_a_chat_from_start_to_rating(server: Running) -> None:
    _, token = await server.add_agent("ann")
    disposition = await server.owner("POST", "/api/dispositions", json={"name": "Solved"})
    desk = await server.desktop(token, available=True)
    customer = await ChatCustomer.start(server, "support", name=SCRIPT, email="a@example.com")
    await customer.expect("welcome", name=SCRIPT)

    offer = await answer(desk)
    assert offer["contact"]["caller_name"] == SCRIPT
    assert offer["contact"]["caller_address"] == "a@example.com"
    joined = await desk.expect("chat.message", sender="system")
    assert joined["text"] == "Ann joined the chat."
    await customer.expect("message", sender="system", text="Ann joined the chat.")
    await customer.expect("status", state="connected", agent="Ann")

    # Both ways, in order, each stored before it is shown.
    await customer.send("Hello, my order is late", client_msg_id="c1")
    echo = await customer.expect("message", sender="customer")
    assert (echo["text"], echo["client_msg_id"], echo["name"]) == (
        "Hello, my order is late",
        "c1",
        SCRIPT,
    )
    heard = await desk.expect("chat.message", sender="customer")
    assert heard["text"] == "Hello, my order is late"
    await desk.send("chat.typing", contact_id=customer.contact_id, typing=True)
    await customer.expect("typing", typing=True, name="Ann")
    await customer.typing(True)
    typing = await desk.expect("chat.typing")
    assert (typing["sender"], typing["typing"]) == ("customer", True)
    reply = await desk.request(
        "chat.send",
        contact_id=customer.contact_id,
        text="Let me look. " + SCRIPT,
        client_msg_id="a1",
    )
    assert reply["type"] == "ok", reply
    mine = await desk.expect("chat.message", sender="agent")
    assert (mine["client_msg_id"], mine["sender_name"]) == ("a1", "Ann")
    told = await customer.expect("message", sender="agent")
    assert told["text"] == "Let me look. " + SCRIPT
    # Not a call: no hold.
    held = await desk.request("call.hold", contact_id=customer.contact_id)
    assert held["code"] == "not_a_call"

    # Rating before the end is refused.
    status, body = await server.call(
        "POST",
        f"/api/public/contacts/{customer.contact_id}/feedback",
        headers={"X-Contact-Token": customer.token},
        json={"rating": 5},
    )
    assert (status, body["error"]["code"]) == (409, "not_over")

    assert (await desk.request("call.hangup", contact_id=customer.contact_id))["type"] == "ok"
    await customer.expect("message", sender="system", text="Ann ended the chat.")
    ended = await customer.expect("status", ended=True)
    assert ended["state"] == "wrap_up"
    await customer.send("one more thing")
    refused = await customer.expect("error")
    assert refused["code"] == "chat_ended"
    done = await desk.request(
        "wrapup.complete", contact_id=customer.contact_id, disposition_id=disposition["id"]
    )
    assert done["type"] == "ok", done
    await customer.expect("status", state="closed")

    feedback = f"/api/public/contacts/{customer.contact_id}/feedback"
    headers = {"X-Contact-Token": customer.token}
    status, body = await server.call("POST", feedback, headers=headers, json={"rating": 7})
    assert status == 422, body
    status, body = await server.call(
        "POST", feedback, headers={"X-Contact-Token": "wrong"}, json={"rating": 4}
    )
    assert status == 404, body
    status, body = await server.call(
        "POST", feedback, headers=headers, json={"rating": 4, "comment": "Quick " + SCRIPT}
    )
    assert status == 201, body
    status, body = await server.call("POST", feedback, headers=headers, json={"rating": 1})
    assert (status, body["error"]["code"]) == (409, "already_rated")

    center = server.app[CENTER]
    await center.flush()
    interaction = await server.owner("GET", f"/api/interactions/{customer.contact_id}")
    assert (interaction["channel"], interaction["disposition_id"]) == ("chat", disposition["id"])
    assert (interaction["csat_rating"], interaction["csat_comment"]) == (4, "Quick " + SCRIPT)
    queue_id = interaction["queue_id"]
    assert center.figures.queue_stats(queue_id, center.clock()).csat == 4.0
    events = await server.app[STORE].events_between(0, center.clock() + 1)
    assert [e["data"] for e in events if e["type"] == "contact.feedback"] == [{"rating": 4}]

    # The transcript: every line, in order, the markup as typed.
    async with server.http.get(
        f"{server.url}/api/public/chats/{customer.contact_id}/transcript", headers=headers
    ) as r:
        assert r.status == 200
        assert r.content_type == "text/plain"
        assert r.headers["Content-Disposition"].startswith("attachment;")
        text = await r.text()
    lines = [line.split("] ", 1)[1] for line in text.splitlines() if line.startswith("[")]
    assert lines == [
        "* Ann joined the chat.",
        f"{SCRIPT}: Hello, my order is late",
        f"Ann: Let me look. {SCRIPT}",
        "* Ann ended the chat.",
    ]
    async with server.http.get(
        f"{server.url}/api/public/chats/{customer.contact_id}/transcript",
        headers={"X-Contact-Token": "nope"},
    ) as r:
        assert r.status == 404
    await customer.close()
    await desk.close()


async def test_three_chats_fill_an_agent_and_no_call_comes_unless_the_queue_allows(
    start_server: StartServer,
) -> None:
    server: Running = await start_server(chats_per_address=10)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    await server.owner(
        "POST",
        "/api/queues",
        json={"name": "blended", "display_name": "Blended", "calls_while_chatting": True},
    )
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    chats = [await ChatCustomer.start(server, "support", name=f"C{i}") for i in range(4)]
    for _ in range(3):
        await answer(desk)
    center = server.app[CENTER]
    fourth = center.acd.contacts[chats[3].contact_id]
    assert fourth.phase.value == "queued"
    # A call to a queue with the default rule waits too...
    plain = await server.call_in("support", "Caller")
    phase = center.phase_of(plain["contact_id"])
    assert phase is not None and phase.value == "queued"
    # ...but the blended queue's call reaches the agent with three chats.
    blended = await server.call_in("blended", "Blended caller")
    offer = await desk.expect("offer")
    assert (offer["contact"]["contact_id"], offer["contact"]["channel"]) == (
        blended["contact_id"],
        "voice",
    )
    center.acd.check_invariants()
    for customer in chats:
        await customer.close()
    await desk.close()


async def test_offline_message_becomes_a_task_for_the_next_agent(server: Running) -> None:
    status, body = await server.call("GET", "/api/public/queues/support/chat")
    assert (status, body) == (200, {"online": False})
    status, body = await server.call(
        "POST", "/api/public/queues/support/chats", json={"name": "Bob"}
    )
    assert (status, body["error"]["code"]) == (503, "chat_offline")
    status, body = await server.call(
        "POST",
        "/api/public/queues/support/messages",
        json={"name": "Bob", "phone": "+1 555 0100", "text": "Call me about " + SCRIPT},
    )
    assert status == 201, body
    status, bad = await server.call(
        "POST",
        "/api/public/queues/support/messages",
        json={"name": "Bob", "phone": "not a number", "text": "x"},
    )
    assert status == 422, bad

    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    offer = await answer(desk, channel="task")
    assert offer["contact"]["caller_address"] == "+1 555 0100"
    message = await desk.expect("chat.message")
    assert (message["sender"], message["text"]) == ("customer", "Call me about " + SCRIPT)
    await desk.close()


async def test_bad_input_is_refused_clearly(start_server: StartServer) -> None:
    server: Running = await start_server(chat_messages_per_minute=5, chats_per_address=2)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    status, body = await server.call(
        "POST", "/api/public/queues/support/chats", json={"name": "  "}
    )
    assert status == 422, body
    status, body = await server.call("POST", "/api/public/queues/nope/chats", json={"name": "A"})
    assert status == 404, body

    customer = await ChatCustomer.start(server, "support")
    await answer(desk)
    await customer.expect("status", state="connected")
    await customer.send("x" * 4001, client_msg_id="big")
    error = await customer.expect("error")
    assert (error["code"], error["ref"]) == ("invalid_frame", "big")
    assert "at most 4000 characters" in error["message"]
    for i in range(5):
        await customer.send(f"m{i}")
    await customer.send("flood", client_msg_id="f")
    error = await customer.expect("error")
    assert (error["code"], error["ref"]) == ("too_fast", "f")
    assert error["retry_after"] > 0
    texts = [m["text"] for m in customer.messages() if m["sender"] == "customer"]
    stored = await server.app[STORE].chat_messages(customer.contact_id)
    assert (
        [r["text"] for r in stored if r["sender"] == "customer"]
        == texts
        == [f"m{i}" for i in range(5)]
    )

    # A wrong token gets a clear refusal and the socket closes.
    intruder = ChatCustomer(server, customer.contact_id, "not-the-token")
    await intruder.connect()
    error = await intruder.expect("error")
    assert error["code"] == "unauthenticated"
    assert intruder.ws is not None
    await intruder.ws.receive()
    assert intruder.ws.closed

    second = await ChatCustomer.start(server, "support", name="Second")
    status, body = await server.call(
        "POST", "/api/public/queues/support/chats", json={"name": "Third"}
    )
    assert (status, body["error"]["code"]) == (429, "too_many_chats")
    for c in (customer, second):
        await c.close()
    await desk.close()


async def test_a_supervisor_reads_a_live_chat_of_their_team(server: Running) -> None:
    team = await server.owner("POST", "/api/teams", json={"name": "Blue"})
    _, agent_token = await server.add_agent("ann", team_id=team["id"])
    _, boss_token = await server.add_agent("sue", role="supervisor", team_id=team["id"])
    _, other_token = await server.add_agent("max", role="supervisor")
    desk = await server.desktop(agent_token, available=True)
    customer = await ChatCustomer.start(server, "support")
    await answer(desk)
    await customer.send("first")
    await desk.expect("chat.message", sender="customer")

    status, live = await server.call("GET", "/api/chats", boss_token)
    assert status == 200 and [c["contact_id"] for c in live] == [customer.contact_id]
    status, _ = await server.call("GET", "/api/chats", agent_token)
    assert status == 403

    boss = await server.desktop(boss_token)
    assert (await boss.request("chat.watch", contact_id=customer.contact_id))["type"] == "ok"
    history = [await boss.expect("chat.message") for _ in range(2)]
    assert [m["text"] for m in history] == ["Ann joined the chat.", "first"]
    await customer.send("second")
    assert (await boss.expect("chat.message"))["text"] == "second"

    outsider = await server.desktop(other_token)
    refused = await outsider.request("chat.watch", contact_id=customer.contact_id)
    assert refused["code"] == "forbidden"
    refused = await desk.request("chat.watch", contact_id=customer.contact_id)
    assert refused["code"] == "forbidden"
    for d in (boss, outsider, desk):
        await d.close()
    await customer.close()


async def test_a_chat_survives_a_restart_with_its_history_in_order(
    start_server: StartServer, tmp_path: Path
) -> None:
    data_dir = tmp_path / "center"
    first: Running = await start_server(data_dir)
    await first.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    _, token = await first.add_agent("ann")
    desk = await first.desktop(token, available=True)
    customer = await ChatCustomer.start(first, "support")
    await answer(desk)
    for i in range(5):
        await customer.send(f"before {i}", client_msg_id=f"b{i}")
        await desk.expect("chat.message", sender="customer")
    await desk.close()
    await customer.close()
    await first.stop()

    second: Running = await start_server(data_dir)
    back = ChatCustomer(second, customer.contact_id, customer.token)
    await back.connect()
    await back.expect("status", state="queued")
    # A resend of a message already stored is recognised, not stored twice.
    await back.send("before 4", client_msg_id="b4")
    await back.send("after restart", client_msg_id="a0")
    await back.expect("message", text="after restart")
    token = await second.login("ann", "password-ann")
    desk = await second.desktop(token, available=True)
    await answer(desk)
    history = [(await desk.expect("chat.message"))["text"] for _ in range(8)]
    assert history == [
        "Ann joined the chat.",
        *[f"before {i}" for i in range(5)],
        "after restart",
        "Ann joined the chat.",
    ]
    stored = await second.app[STORE].chat_messages(customer.contact_id)
    assert [r["seq"] for r in stored] == list(range(1, 9))
    await back.close()
    await desk.close()


async def test_a_chat_whose_customer_has_gone_ends_by_itself(start_server: StartServer) -> None:
    # Chats whose customer had closed the page were offered forever, even
    # after restarts (issue 18, item 17).
    server: Running = await start_server(chat_idle_end_s=1.0)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    _, token = await server.add_agent("ann")
    desk = await server.desktop(token, available=True)
    customer = await ChatCustomer.start(server, "support", name="Gone Soon")
    await answer(desk)
    await customer.send("Are you there?")
    await desk.expect("chat.message", sender="customer")
    await customer.close()  # the page is closed, no goodbye
    left = await desk.expect("chat.message", sender="system", within=5)
    assert left["text"] == "Gone Soon left the chat."
    async with asyncio.timeout(5):  # over for the agent too: she wraps it up
        path = f"/api/interactions/{customer.contact_id}"
        while (await server.owner("GET", path))["state"] != "wrap_up":  # noqa: ASYNC110
            await asyncio.sleep(0.1)
    stored = await server.app[STORE].chat_messages(customer.contact_id)
    assert [r["text"] for r in stored][-1] == "Gone Soon left the chat."
    # A customer who stays connected, silent, is not gone.
    staying = await ChatCustomer.start(server, "support", name="Still Here")
    await answer(desk)
    await asyncio.sleep(1.6)
    assert server.app[CENTER].live_contact(staying.contact_id) is not None
    await staying.close()
    await desk.close()
