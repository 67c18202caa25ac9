"""Fixtures of the suites that place real calls (media, monitoring)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from callnest.sim.rtc import Phone
from integration.conftest import Running, StartServer
from integration.speech import SENTENCES, say


@pytest.fixture
async def server(start_server: StartServer) -> Running:
    """The suite's server with the desktop's real heartbeat timeout: the test
    shares its event loop with the server, and aiortc's work on it can stall
    the loop past the suite's short 1.5 s (an agent would be lost mid-call)."""
    running: Running = await start_server(no_answer_pause_s=0.5)
    await running.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    return running


@pytest.fixture(autouse=True, scope="module")
def _spoken() -> None:
    # espeak-ng runs before any server exists: blocking the shared event loop
    # mid-call would look to the server like an agent gone silent.
    for sentence in SENTENCES:
        say(sentence)


@pytest.fixture
async def phones() -> AsyncIterator[list[Phone]]:
    made: list[Phone] = []
    yield made
    for phone in made:
        await phone.close()
