"""Nothing is lost across a restart: the log, the interactions, the figures."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import av
import numpy as np

from callnest.server.app import OWNER_PASSWORD
from callnest.server.bootstrap import CREDENTIALS_FILE
from integration.conftest import Running, StartServer


async def _stopped_with_a_call(
    start_server: StartServer, data_dir: Path, *, then_waiting: bool = False
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """A server on ``data_dir`` stopped while agent ann had a call (and,
    ``then_waiting``, another caller waited): those contacts."""
    first: Running = await start_server(data_dir)
    await first.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    _, token = await first.add_agent("ann")
    desk = await first.desktop(token, available=True)
    answered = await first.call_in("support", "Answered")
    offer = await desk.expect("offer")
    await desk.request("offer.answer", offer_id=offer["offer_id"])
    waiting = await first.call_in("support", "Waiting") if then_waiting else None
    await desk.close()
    await first.stop()
    return answered, waiting


async def test_contacts_open_at_shutdown_are_closed_as_lost_and_counted(
    start_server: StartServer, tmp_path: Path
) -> None:
    data_dir = tmp_path / "center"
    answered, waiting = await _stopped_with_a_call(start_server, data_dir, then_waiting=True)
    assert waiting is not None
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


async def test_a_recording_cut_off_by_a_crash_is_linked_to_its_call(
    start_server: StartServer, tmp_path: Path
) -> None:
    # A server killed mid-call left a playable recording on disk while the
    # interaction pointed to nothing (issue 18, item 14).
    data_dir = tmp_path / "center"
    call, _ = await _stopped_with_a_call(start_server, data_dir)
    # What the recorder had written when the process died: its pages so far.
    day = data_dir / "recordings" / "2026-12-07"
    day.mkdir(parents=True)
    leftover = day / f"{call['contact_id']}.ogg"
    leftover.write_bytes(_ogg_opus(seconds=1.0))

    second: Running = await start_server(data_dir)
    interaction = await second.owner("GET", f"/api/interactions/{call['contact_id']}")
    assert (interaction["state"], interaction["outcome"]) == ("closed", "answered")
    assert interaction["recording"] == f"2026-12-07/{call['contact_id']}.ogg"
    assert await second.recording(call["contact_id"]) == (200, leftover.read_bytes())


def _ogg_opus(seconds: float) -> bytes:
    """An Ogg/Opus file of a tone, as FFmpeg writes one."""
    out = io.BytesIO()
    with av.open(out, "w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=48_000, layout="mono")
        t = np.arange(int(48_000 * seconds)) / 48_000
        pcm = (8000 * np.sin(2 * np.pi * 440 * t)).astype(np.int16).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = 48_000
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()
