"""Routing that watches home connections, over a real impaired line: an
operator's desktop in a network namespace of its own (home_line.py) whose
audio loses packets or stops, a colleague on a good line, real callers.

Each test prints the times it measured (detection, recovery, rescue)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from callnest.sim.rtc import Phone
from integration.conftest import Running, StartServer
from integration.home_line import HomeLine, home_line
from integration.media_fixtures import phones
from integration.phones import agent_on_shift, call

__all__ = ["home_line", "phones"]  # fixtures

TESTS = Path(__file__).resolve().parents[1]


class HomeAgent:
    """integration/home_agent.py in the line's namespace: the server's
    messages to it, as they come, with their times."""

    def __init__(self, agent_id: int, process: asyncio.subprocess.Process) -> None:
        self.agent_id = agent_id
        self.process = process
        self.started_at = time.time()
        self.messages: list[dict[str, Any]] = []
        self._arrived = asyncio.Event()
        self._reader = asyncio.create_task(self._read())

    @classmethod
    async def start(cls, line: HomeLine, server: Running, username: str) -> HomeAgent:
        agent_id, token = await server.add_agent(username)
        process = await asyncio.create_subprocess_exec(
            *line.prefix(),
            sys.executable,
            "-m",
            "integration.home_agent",
            server.url,
            token,
            stdout=asyncio.subprocess.PIPE,
            env=os.environ | {"PYTHONPATH": str(TESTS)},
        )
        return cls(agent_id, process)

    async def _read(self) -> None:
        assert self.process.stdout is not None
        async for line in self.process.stdout:
            self.messages.append(json.loads(line))
            self._arrived.set()

    async def first(self, test: Callable[[dict[str, Any]], bool], within: float) -> dict[str, Any]:
        """The first message so far or to come that passes ``test``."""
        deadline = time.monotonic() + within
        while True:
            found = next((m for m in self.messages if test(m)), None)
            if found is not None:
                return found
            self._arrived.clear()
            left = deadline - time.monotonic()
            assert left > 0, f"not within {within} s; got {[m['type'] for m in self.messages]}"
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), left)

    async def verdict(self, problem: str | None, within: float, after: float = 0.0) -> float:
        """When the server's verdict on the line became ``problem``."""
        found = await self.first(
            lambda m: (
                m["type"] == "link.verdict"
                and m["verdict"]["problem"] == problem
                and m["t"] >= after
            ),
            within,
        )
        return float(found["t"])

    def offers(self) -> list[dict[str, Any]]:
        return [m for m in self.messages if m["type"] == "offer"]

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.kill()
        await self.process.wait()
        self._reader.cancel()


@pytest.fixture
async def agents() -> AsyncIterator[list[HomeAgent]]:
    started: list[HomeAgent] = []
    yield started
    for agent in started:
        await agent.stop()


async def server_on(line: HomeLine, start_server: StartServer) -> Running:
    """A server the line reaches (it listens on the machine's end of it)."""
    server = await start_server(host=line.server_address, no_answer_pause_s=0.5)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    return server


async def wallboard_row(server: Running, agent_id: int) -> dict[str, Any]:
    """The agent's row on the owner's wallboard, as a supervisor sees it now."""
    owner = await server.desktop(server.owner_token)
    try:
        assert (await owner.request("stats.subscribe"))["type"] == "ok"
        snapshot = await owner.expect("stats.snapshot")
        row: dict[str, Any] = next(a for a in snapshot["agents"] if a["agent_id"] == agent_id)
        return row
    finally:
        await owner.close()


async def test_an_operator_on_a_lossy_line_is_offered_nothing_until_it_recovers(
    start_server: StartServer,
    home_line: HomeLine,
    agents: list[HomeAgent],
    phones: list[Phone],
) -> None:
    home_line.lose(8)
    server = await server_on(home_line, start_server)
    ada = await HomeAgent.start(home_line, server, "ada")
    agents.append(ada)
    checking = await ada.verdict("unconfirmed", within=10)
    poor = await ada.verdict("poor", within=20)
    held = await ada.first(
        lambda m: m["type"] == "agent.state" and m.get("reason") == "home_connection", within=5
    )
    assert held["state"] == "break"
    _bob_desk, _bob_link = await agent_on_shift(server, phones)

    caller = await call(server, caller_name="Grace")
    phones.append(caller.phone)
    offer = await _bob_desk.expect("offer", within=10)
    assert offer["contact"]["caller_name"] == "Grace"
    await asyncio.sleep(1.0)
    assert ada.offers() == []
    row = await wallboard_row(server, ada.agent_id)
    assert (row["state"], row["reason"]) == ("break", "home_connection")
    assert row["verdict"]["problem"] == "poor" and row["verdict"]["loss_pct"] >= 5
    assert row["offers_avoided"] == 1 and row["network_s"] > 0

    home_line.mend()
    fit = await ada.verdict(None, within=45, after=poor)
    back = await ada.first(
        lambda m: m["type"] == "agent.state" and m["state"] == "available" and m["t"] >= fit,
        within=5,
    )
    assert back["reason"] is None
    print(
        f"8 % loss each way: checking {checking - ada.started_at:.1f} s after start, "
        f"held back as poor {poor - checking:.1f} s into the check; "
        f"line mended, fit again after {fit - poor:.1f} s of verdict 'poor'"
    )


async def test_a_line_cut_mid_call_sends_the_caller_first_in_line_within_10_s(
    start_server: StartServer,
    home_line: HomeLine,
    agents: list[HomeAgent],
    phones: list[Phone],
) -> None:
    server = await server_on(home_line, start_server)
    ada = await HomeAgent.start(home_line, server, "ada")
    agents.append(ada)
    checked = await ada.verdict(None, within=20)
    caller = await call(server, caller_name="Grace")
    phones.append(caller.phone)
    offer = await ada.first(lambda m: m["type"] == "offer", within=10)
    await ada.first(
        lambda m: m["type"] == "contact.update" and m["contact"]["phase"] == "connected",
        within=10,
    )
    await asyncio.sleep(2.0)  # a conversation going on
    bob_desk, _ = await agent_on_shift(server, phones)

    mark = caller.phone.ear.mark()
    cut = time.time()
    home_line.cut()
    rescue = await bob_desk.expect("offer", within=10)
    rescued_after = time.time() - cut
    assert rescue["contact"]["contact_id"] == offer["contact"]["contact_id"]
    down = await ada.verdict("down", within=1, after=checked)
    # The caller heard the apology, not silence, while bob's phone rang.
    await asyncio.sleep(1.5)
    heard = caller.phone.ear.since(mark)
    loud = np.abs(heard.astype(np.int32)) > 1000
    assert loud.mean() > 0.1, "the caller heard next to nothing after the cut"

    await bob_desk.request("offer.answer", offer_id=rescue["offer_id"])
    contact_id = offer["contact"]["contact_id"]
    interaction = await server.owner("GET", f"/api/interactions/{contact_id}")
    assert interaction["data"]["link_lost"]["agent_id"] == ada.agent_id
    print(
        f"line cut mid-call: verdict 'down' after {down - cut:.1f} s, "
        f"the caller ringing a colleague after {rescued_after:.1f} s"
    )
