"""Nothing is lost across a restart: the log, the interactions, the figures."""

from __future__ import annotations

from pathlib import Path

from callnest.server.app import OWNER_PASSWORD
from callnest.server.bootstrap import CREDENTIALS_FILE
from integration.conftest import Running, StartServer


async def test_contacts_open_at_shutdown_are_closed_as_lost_and_counted(
    start_server: StartServer, tmp_path: Path
) -> None:
    data_dir = tmp_path / "center"
    first: Running = await start_server(data_dir)
    await first.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    _, token = await first.add_agent("ann")
    desk = await first.desktop(token, available=True)
    answered = await first.call_in("support", "Answered")
    offer = await desk.expect("offer")
    await desk.request("offer.answer", offer_id=offer["offer_id"])
    waiting = await first.call_in("support", "Waiting")
    await desk.close()
    await first.stop()
    credentials = (data_dir / CREDENTIALS_FILE).read_text()

    second: Running = await start_server(data_dir)
    # The owner is created once: a restart neither replaces nor reveals it.
    assert (data_dir / CREDENTIALS_FILE).read_text() == credentials
    assert second.app[OWNER_PASSWORD] is None
    # The call an agent had taken was answered (cut off by the restart); the
    # one still waiting is lost. Both are closed, and the figures agree.
    for contact, outcome in ((answered, "answered"), (waiting, "lost")):
        interaction = await second.owner("GET", f"/api/interactions/{contact['contact_id']}")
        assert (interaction["state"], interaction["outcome"]) == ("closed", outcome)
    stats = await second.owner("GET", "/api/stats", params={"since": "0"})
    assert stats["totals"]["offered"] == 2
    assert stats["totals"]["answered"] == 1
    assert stats["open_contacts"] == 0
    # The queue and the agent survived too.
    queues = await second.owner("GET", "/api/queues")
    assert [q["name"] for q in queues] == ["support"]
    assert await second.login("ann", "password-ann")
