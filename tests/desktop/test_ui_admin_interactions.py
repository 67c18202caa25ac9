"""The Interactions tab against a real server: it opens on today's, filters
narrow the search, the detail shows the stored times, disposition, notes and
link quality, a chat's conversation as plain text, the result exports as
shown, and a call's recording is downloaded, decoded to exactly what FFmpeg
makes of the file, and heard on the chosen speaker of the virtual headset."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from callnest.desktop.ui.admin.interactions import InteractionsTab
from callnest.server.keys import STORE
from callnest.server.media.oggopus import AGENT, CALLER, CallRecorder
from desktop.admin_server import OwnerDesk, owner_desk, shot, until
from desktop.virtual_headset import VirtualHeadset
from integration.conftest import Running, start_server
from unit.server.media.audio import encode_tone

__all__ = ["owner_desk", "start_server"]  # fixtures used here

pytestmark = pytest.mark.slow  # the virtual headset
RATE = 48_000
LINK = {
    "samples": 12,
    "loss_pct_avg": 0.4,
    "loss_pct_max": 2.5,
    "jitter_ms_avg": 6.1,
    "jitter_ms_max": 14.0,
    "rtt_ms_avg": 42.0,
    "rtt_ms_max": 80.0,
    "mos_avg": 4.21,
    "mos_min": 3.9,
}


def record_call(server: Running, name: str, seconds: float) -> str:
    """A two-leg recording as the media bridge writes one: the caller a
    440 Hz tone, the agent 1 kHz. Returns its path under recordings/."""
    relative = f"2024-05-06/{name}.ogg"
    recorder = CallRecorder(server.settings.data_dir / "recordings" / relative, 0.0)
    caller, agent = encode_tone(seconds, 440.0), encode_tone(seconds, 1000.0)
    for i in range(min(len(caller), len(agent))):
        recorder.write(CALLER, caller[i], i * 0.02)
        recorder.write(AGENT, agent[i], i * 0.02)
    recorder.close(at=seconds)
    return relative


def ffmpeg_mix(path: Path) -> np.ndarray:
    """The file's two streams decoded by FFmpeg directly and added: int16."""
    legs: list[np.ndarray] = []
    for index in range(2):
        with av.open(str(path)) as container:
            frames = [f.to_ndarray() for f in container.decode(audio=index)]
        pcm = np.concatenate(frames, axis=1)[0]
        legs.append(np.round(pcm.astype(np.float64) * 32768) if pcm.dtype != np.int16 else pcm)
    mixed: np.ndarray = np.clip(legs[0] + legs[1], -32768, 32767).astype(np.int16)
    return mixed


def energy_share(samples: np.ndarray, hz: float) -> float:
    """The part of the signal's energy within 20 Hz of ``hz``."""
    power = np.abs(np.fft.rfft(samples.astype(np.float64))) ** 2
    bins = np.fft.rfftfreq(len(samples), 1 / RATE)
    return float(power[np.abs(bins - hz) < 20].sum() / power.sum())


def ids(tab: InteractionsTab) -> list[str]:
    rows = (tab.results.at(r) for r in range(tab.results.rowCount()))
    return [r.id for r in rows if r is not None]


def today_start() -> float:
    return float(QDateTime(QDate.currentDate(), QTime(0, 0)).toSecsSinceEpoch())


async def seed(server: Running) -> dict[str, Any]:
    support = await server.owner(
        "POST", "/api/queues", json={"name": "support", "display_name": "Support"}
    )
    sales = await server.owner(
        "POST", "/api/queues", json={"name": "sales", "display_name": "Sales"}
    )
    ada, _ = await server.add_agent("ada", display_name="Ada Lovelace")
    customer = await server.owner(
        "POST", "/api/customers", json={"name": "<b>Zoë</b>", "phones": ["+44 20 7946 0001"]}
    )
    sold = next(
        d for d in await server.owner("GET", "/api/dispositions") if d["name"] == "Resolved"
    )
    # Within today whenever the test runs: the tab opens on today's.
    now = max(time.time(), today_start() + 900)
    rows = [
        {
            "id": "answered-call",
            "channel": "voice",
            "queue_id": support["id"],
            "agent_id": ada,
            "customer_id": customer["id"],
            "caller_name": "Zed <i>",
            "caller_address": "+44 20 7946 0001",
            "state": "closed",
            "outcome": "answered",
            "entered_at": now - 600,
            "answered_at": now - 588,
            "wait_s": 12.0,
            "ring_s": 4.0,
            "talk_s": 185.0,
            "hold_s": 30.0,
            "wrap_s": 45.0,
            "disposition_id": sold["id"],
            "notes": "Refund sent.\nCall back Friday.",
            "data": {"link": LINK},
            "recording": record_call(server, "answered-call", 1.5),
        },
        {
            "id": "abandoned-call",
            "channel": "voice",
            "queue_id": sales["id"],
            "caller_name": "Impatient",
            "state": "closed",
            "outcome": "abandoned",
            "entered_at": now - 300,
            "wait_s": 75.0,
        },
    ]
    await server.app[STORE].upsert_interactions(rows)
    return {"support": support, "sales": sales, "ada": ada, "customer": customer}


async def test_search_detail_export_and_playback_on_the_headset(
    qtbot: QtBot,
    owner_desk: OwnerDesk,
    virtual_headset: VirtualHeadset,
    artifacts: Path,
    tmp_path: Path,
) -> None:
    server = owner_desk.server
    seeded = await seed(server)
    tab = InteractionsTab(owner_desk.engine, owner_desk.bridge)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    await until(lambda: tab.results.rowCount() == 2 and tab.queue.count() == 3)
    assert tab.results.data(tab.results.index(0, 4)) == "Impatient"  # newest first
    # Today's, in the local time zone, without a click.
    assert tab.since.date() == tab.until.date() == QDate.currentDate()
    assert tab.filters().since == today_start()

    tab.queue.setCurrentIndex(tab.queue.findData(seeded["support"]["id"]))
    tab.search()
    await until(lambda: ids(tab) == ["answered-call"])
    tab.queue.setCurrentIndex(0)
    tab.outcome.setCurrentIndex(tab.outcome.findData("abandoned"))
    tab.search()
    await until(lambda: ids(tab) == ["abandoned-call"])
    tab.outcome.setCurrentIndex(0)
    tab.customer_text.setText("7946 0001")
    tab.find_customers()
    await until(lambda: tab.customer.currentData() == seeded["customer"]["id"])
    tab.search()
    await until(lambda: ids(tab) == ["answered-call"])
    assert tab.count.text() == "1 interaction."  # the English catalogue's plural

    tab.table.selectRow(0)
    labels = tab.detail_labels
    await until(lambda: labels["customer"].text() == "<b>Zoë</b>")
    assert labels["agent"].text() == "Ada Lovelace"
    assert labels["caller"].text() == "Zed <i> +44 20 7946 0001"
    assert labels["times"].text() == "0:12 / 0:04 / 3:05"
    assert labels["after"].text() == "0:30 / 0:45"
    assert labels["disposition"].text() == "Resolved"
    assert labels["notes"].text() == "Refund sent.\nCall back Friday."
    assert labels["link"].text().startswith("MOS 4.21 (worst 3.9) · loss 0.4% (worst 2.5%)")

    exported = tmp_path / "interactions.csv"
    assert tab.export_to(exported) == 1
    rows = list(csv.reader(io.StringIO(exported.read_text(encoding="utf-8-sig"))))
    assert rows[0][:4] == ["When", "Channel", "Queue", "Agent"]
    assert rows[1][2:6] == ["Support", "Ada Lovelace", "Zed <i>", "Answered"]

    # Play on the headset's speaker: what it plays is the file, both legs.
    tab.fill_speakers()
    tab.speaker.setCurrentIndex(tab.speaker.findData("usb_headset"))
    assert tab.speaker.currentData() == "usb_headset"
    heard = virtual_headset.record("headset_speaker.monitor")
    tab.play()
    await until(lambda: tab.player.playing, within=15)
    assert tab.stop_button.isEnabled() and not tab.play_button.isEnabled()
    await until(lambda: tab.player.position_s > 0.3)
    shot(tab, artifacts, "interactions")
    await until(lambda: not tab.player.playing, within=15)
    await until(lambda: tab.play_button.isEnabled())
    assert tab.position.text() == "0:01 / 0:01"
    samples = heard.stop()
    recording = server.settings.data_dir / "recordings" / "2024-05-06/answered-call.ogg"
    assert tab.pcm is not None
    assert np.array_equal(tab.pcm, ffmpeg_mix(recording))
    loud = np.flatnonzero(np.abs(samples) > 500)
    played = samples[loud[0] : loud[-1] + 1]
    assert len(played) > RATE  # most of the 1.5 s reached the speaker
    caller, agent = energy_share(played, 440.0), energy_share(played, 1000.0)
    print(f"heard: {len(played) / RATE:.2f} s; energy at 440 Hz {caller:.2f}, 1 kHz {agent:.2f}")
    assert caller > 0.3 and agent > 0.3 and caller + agent > 0.9  # both legs, little else


async def test_stop_a_missing_recording_and_a_refused_download(
    qtbot: QtBot, owner_desk: OwnerDesk, virtual_headset: VirtualHeadset
) -> None:
    server = owner_desk.server
    await seed(server)
    tab = InteractionsTab(owner_desk.engine, owner_desk.bridge)
    qtbot.addWidget(tab)
    tab.show()
    await until(lambda: tab.results.rowCount() == 2)
    tab.table.selectRow(0)  # the abandoned call: no recording
    await until(lambda: tab.position.text() == "No recording")
    assert not tab.play_button.isEnabled()

    tab.table.selectRow(1)
    await until(lambda: tab.play_button.isEnabled())
    tab.speaker.setCurrentIndex(tab.speaker.findData("usb_headset"))
    tab.play()
    await until(lambda: tab.player.playing, within=15)
    tab.stop()
    assert not tab.player.playing and tab.play_button.isEnabled()

    # The file expired meanwhile: the server's words, nothing plays.
    (server.settings.data_dir / "recordings" / "2024-05-06/answered-call.ogg").unlink()
    tab.table.selectRow(0)
    tab.table.selectRow(1)
    tab.play()
    await until(lambda: tab.problem.isVisible())
    assert "no recording" in tab.problem.text()
    assert not tab.player.playing


async def test_a_chat_s_conversation_reads_as_plain_text_in_the_detail(
    qtbot: QtBot, owner_desk: OwnerDesk, artifacts: Path
) -> None:
    server = owner_desk.server
    seeded = await seed(server)
    store = server.app[STORE]
    at = max(time.time() - 120, today_start() + 60)
    await store.upsert_interactions(
        [
            {
                "id": "a-chat",
                "channel": "chat",
                "queue_id": seeded["support"]["id"],
                "agent_id": seeded["ada"],
                "caller_name": "Zoë",
                "state": "closed",
                "outcome": "answered",
                "entered_at": at,
                "talk_s": 95.0,
            }
        ]
    )
    messages = [
        ("customer", "Zoë", "<b>Hi!</b> Where is order #1234? <script>alert(1)</script>"),
        ("agent", "Ada Lovelace", "It left the warehouse this morning."),
        ("system", None, "The customer left the chat."),
    ]
    for seq, (sender, name, text) in enumerate(messages, start=1):
        await store.add_chat_message(
            {
                "contact_id": "a-chat",
                "seq": seq,
                "sender": sender,
                "sender_name": name,
                "text": text,
                "at": at + 10 * seq,
            }
        )
    tab = InteractionsTab(owner_desk.engine, owner_desk.bridge)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    await until(lambda: tab.results.rowCount() == 3)
    assert tab.transcript_box.isHidden()  # nothing chosen yet
    tab.table.selectRow(ids(tab).index("a-chat"))
    await until(lambda: "warehouse" in tab.transcript.toPlainText())
    shown = tab.transcript.toPlainText().split("\n\n")
    assert [part.split("\n")[1] for part in shown] == [text for _, _, text in messages]
    heads = [part.split("\n")[0] for part in shown]
    assert heads[0].startswith("Zoë (customer) · ")
    assert heads[1].startswith("Ada Lovelace (agent) · ")
    assert heads[2].startswith("Callnest · ")
    # The customer's markup is text to read, never markup the window renders.
    assert "<b>Hi!</b>" in tab.transcript.document().toPlainText()
    assert tab.transcript.document().toHtml().count("<b>") == 0
    assert not tab.transcript_box.isHidden() and tab.recording_box.isHidden()
    shot(tab, artifacts, "interactions-chat")

    # A call has no conversation: the box goes, the recording's comes back.
    tab.table.selectRow(ids(tab).index("answered-call"))
    assert tab.transcript_box.isHidden() and not tab.recording_box.isHidden()
    assert tab.transcript.toPlainText() == ""
