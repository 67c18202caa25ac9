"""The server killed with SIGKILL mid-call and mid-chat, then started again
on the same data (issue 18, "checks that stay"): nothing acknowledged is
lost, no interaction stays open, and no recording is orphaned."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path
from typing import Any, cast

import aiohttp
import pytest

from callnest.sim.rtc import Phone
from callnest.sim.server_process import ServerProcess
from integration.chat_client import ChatCustomer
from integration.conftest import Running
from integration.media_fixtures import _spoken, phones
from integration.remote import connect, operator_on_shift, recording_seconds
from integration.speech import SENTENCES, say

__all__ = ["_spoken", "phones"]

pytestmark = pytest.mark.slow


async def test_a_server_killed_mid_call_and_mid_chat_loses_nothing_it_acknowledged(
    tmp_path: Path, phones: list[Phone]
) -> None:
    data_dir = tmp_path / "data"
    async with aiohttp.ClientSession() as http:
        first = ServerProcess(data_dir, keep_data=True)
        await first.start()
        try:
            remote = await connect(first, http)
            desk = await operator_on_shift(remote, phones)

            # A call, answered and talking (its recording being written).
            caller = Phone()
            phones.append(caller)
            answer: dict[str, Any] = {}

            async def signal_offer(sdp: str) -> str:
                status, body = await remote.call(
                    "POST", "/api/public/queues/support/calls", json={"sdp": sdp}
                )
                assert status == 201, body
                answer.update(body)
                return str(body["sdp"])

            await caller.connect(signal_offer)
            offer = await desk.expect("offer", within=10)
            assert (await desk.request("offer.answer", offer_id=offer["offer_id"]))["type"] == "ok"
            caller.mouth.say(say(SENTENCES[0]))
            await asyncio.sleep(2.0)

            # A chat, waiting (the agent is on the call), its message acknowledged.
            chat = await ChatCustomer.start(cast(Running, remote), "support", name="Bea")
            await chat.send("Is my order on its way?")
            await chat.expect("message", text="Is my order on its way?")
        finally:
            assert first.process is not None
            first.process.send_signal(signal.SIGKILL)
            await first.process.wait()
            first.process = None
        await desk.close()
        await chat.close()

        second = ServerProcess(data_dir, keep_data=True)
        await second.start()
        try:
            remote = await connect(second, http)
            call_row = await remote.owner("GET", f"/api/interactions/{answer['contact_id']}")
            # Closed, as answered (its agent had it), with the recording linked.
            assert (call_row["state"], call_row["outcome"]) == ("closed", "answered")
            assert call_row["recording"] is not None
            # Pages of one second each are written as they fill: the kill
            # loses at most the last second of the 2 s talked.
            assert await recording_seconds(remote, answer["contact_id"]) >= 1.0
            # No recording on disk that no interaction points to.
            on_disk = {p.name for p in (data_dir / "recordings").rglob("*.ogg")}
            rows = await remote.owner("GET", "/api/interactions")
            linked = {Path(r["recording"]).name for r in rows if r["recording"]}
            assert on_disk == linked
            # Only the chat is still open: back in its queue, its message kept.
            open_rows = [r for r in rows if r["state"] != "closed"]
            assert [r["id"] for r in open_rows] == [chat.contact_id]
            again = ChatCustomer(cast(Running, remote), chat.contact_id, chat.token)
            await again.connect()
            await again.expect("message", text="Is my order on its way?")
            await again.close()
        finally:
            await second.stop()
