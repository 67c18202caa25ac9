"""The engine's call.dial against a real server: the request goes on the
session like any other, and a call the server cannot place comes back as its
refusal, in words the window shows (the phone line itself is the server's
tests' business: SIPp plays the trunk there)."""

from __future__ import annotations

import pytest

from callnest import protocol as p
from callnest.desktop.engine.engine import Engine
from desktop.test_engine import Events, ask, engine, events, login, server
from integration.conftest import Running, start_server

__all__ = ["engine", "events", "server", "start_server"]  # fixtures, used here

pytestmark = pytest.mark.slow


async def test_a_dial_the_server_cannot_place_comes_back_as_its_refusal(
    engine: Engine, events: Events, server: Running
) -> None:
    welcome = await login(engine, server.url)
    queue = welcome.queues[0].id
    assert isinstance(await ask(engine, p.AgentSetState(state=p.AgentState.AVAILABLE)), p.OkReply)

    refused = await ask(engine, p.CallDial(number="+38640111222", queue_id=queue))
    assert isinstance(refused, p.ErrorReply)
    assert refused.code is p.ErrorCode.NOT_SUPPORTED  # no trunk on this server
    assert "phone line" in refused.message

    unknown = await ask(engine, p.CallDial(number="+38640111222", queue_id=queue + 1000))
    assert isinstance(unknown, p.ErrorReply)
    assert unknown.message
