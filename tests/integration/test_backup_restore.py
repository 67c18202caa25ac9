"""``callnest-server backup`` taken while a server is under load, and
``callnest-server restore`` of it on a new data dir (issue 23): every
contact, chat message, interaction and recording acknowledged before the
backup began comes back, and the restored server starts on it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import cast

import aiohttp
import pytest

from callnest.sim.rtc import Phone
from callnest.sim.server_process import ServerProcess, server_command
from integration.chat_client import ChatCustomer
from integration.conftest import Remote, Running
from integration.media_fixtures import _spoken, phones
from integration.phones import call
from integration.remote import connect, operator_on_shift, recording_seconds
from integration.speech import SENTENCES, say

__all__ = ["_spoken", "phones"]

pytestmark = pytest.mark.slow

MESSAGE_EVERY_S = 2.5


class Load:
    """New customers, callers and chat messages, one after another, each noted
    with the moment the server acknowledged it."""

    def __init__(self, remote: Remote, chat: ChatCustomer) -> None:
        self.remote, self.chat = remote, chat
        self.customers: list[tuple[float, str]] = []
        self.contacts: list[tuple[float, str]] = []
        self.messages: list[tuple[float, str]] = []
        self._stop = asyncio.Event()

    async def run(self) -> None:
        n = 0
        while not self._stop.is_set():
            n += 1
            name = f"Customer {n}"
            await self.remote.owner("POST", "/api/customers", json={"name": name})
            self.customers.append((time.monotonic(), name))
            status, body = await self.remote.call(
                "POST", "/api/public/queues/support/contacts", json={"caller_name": name}
            )
            assert status == 201, body
            self.contacts.append((time.monotonic(), body["contact_id"]))
            # Within the chat's limit of 30 messages a minute.
            if not self.messages or time.monotonic() - self.messages[-1][0] > MESSAGE_EVERY_S:
                text = f"message {n}"
                await self.chat.send(text)
                await self.chat.expect("message", text=text)
                self.messages.append((time.monotonic(), text))

    def stop(self) -> None:
        self._stop.set()


async def run_command(*args: str) -> str:
    process = await asyncio.create_subprocess_exec(
        *server_command(),
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await process.communicate()
    assert process.returncode == 0, out.decode()
    return out.decode()


async def test_a_backup_taken_under_load_restores_everything_acknowledged_before_it(
    tmp_path: Path, phones: list[Phone]
) -> None:
    data_dir, backups, new_dir = tmp_path / "data", tmp_path / "backups", tmp_path / "new"
    async with aiohttp.ClientSession() as http:
        first = ServerProcess(data_dir, keep_data=True, extra_args=("--public-rate-limit", "0"))
        await first.start()
        try:
            remote = await connect(first, http)
            desk = await operator_on_shift(remote, phones)

            # A call talked and ended: its interaction points at its recording.
            caller = await call(cast(Running, remote))
            phones.append(caller.phone)
            offer = await desk.expect("offer", within=10)
            assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
            caller.phone.mouth.say(say(SENTENCES[0]))
            await asyncio.sleep(2.0)
            recorded = caller.contact["contact_id"]
            assert (await desk.request("call.hangup", contact_id=recorded))["type"] == "ok"
            await asyncio.wait_for(caller.phone.closed.wait(), 10)
            assert (await remote.owner("GET", f"/api/interactions/{recorded}"))["recording"]
            await desk.request("agent.set_state", state="break")

            chat = await ChatCustomer.start(cast(Running, remote), "support", name="Bea")
            load = Load(remote, chat)
            loading = asyncio.create_task(load.run())
            await asyncio.sleep(1.0)
            began = time.monotonic()  # what the load had acknowledged by now must come back
            report = await run_command("backup", "--data-dir", str(data_dir), "--to", str(backups))
            await asyncio.sleep(0.5)
            load.stop()
            await loading
            await chat.close()
            await desk.close()
        finally:
            await first.stop()

    kinds = ("customers", "contacts", "messages")
    before = {kind: [v for t, v in getattr(load, kind) if t < began] for kind in kinds}
    after = {kind: [v for t, v in getattr(load, kind) if t > began] for kind in kinds}
    assert "Backed up and verified" in report, report
    assert before["customers"] and after["customers"], "the load ran through the backup"

    restored = await run_command("restore", "--from", str(backups), "--data-dir", str(new_dir))
    assert "Restored" in restored, restored
    async with aiohttp.ClientSession() as http:
        second = ServerProcess(new_dir, keep_data=True)
        await second.start()
        try:
            remote = await connect(second, http)
            names = {c["name"] for c in await remote.owner("GET", "/api/customers?limit=5000")}
            assert set(before["customers"]) <= names
            rows = {r["id"]: r for r in await remote.owner("GET", "/api/interactions?limit=5000")}
            assert set(before["contacts"]) <= set(rows)
            assert chat.contact_id in rows
            again = ChatCustomer(cast(Running, remote), chat.contact_id, chat.token)
            await again.connect()
            for text in before["messages"]:  # replayed in order
                await again.expect("message", text=text)
            await again.close()
            assert await recording_seconds(remote, recorded) >= 1.5
        finally:
            await second.stop()
