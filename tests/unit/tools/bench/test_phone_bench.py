"""The phone benchmark: the trunk's audio and files, its figures, and one real
run at toy size (SIPp, Kamailio, rtpengine, the server and agents)."""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import Any

import pytest

from callnest.bench import cli
from callnest.bench.phone import Timeline, percentile, summarize
from callnest.bench.phone_agents import HeardCall
from callnest.bench.phone_cpu import Sample, cpu_between, descendants, proc_table
from callnest.bench.phone_trunk import (
    PCMA,
    TELEPHONE_EVENT,
    TrunkRecord,
    alaw_encode,
    injection_file,
    pcap_bytes,
    phone_audio,
    plan_calls,
    read_record,
)
from callnest.server.media.passthrough import Received

# ------------------------------------------------------------- the phone


def test_alaw_matches_g711() -> None:
    import numpy as np

    samples = np.array([0, -1, 32767, -32768, 1000], dtype=np.int16)
    assert alaw_encode(samples) == bytes([0xD5, 0x55, 0xAA, 0x2A, 0xFA])


def test_the_phone_sends_audio_and_one_key_in_its_place() -> None:
    audio = phone_audio(2.0, "2", digit_at_s=0.5)
    packets = [rtp for _, rtp in audio.packets]
    kinds = [rtp[1] & 0x7F for rtp in packets]
    assert kinds.count(PCMA) == audio.audio_frames == 100 - 8  # 2 s, less the 160 ms key
    assert kinds.count(TELEPHONE_EVENT) == audio.event_packets == 8 + 2
    events = [rtp for rtp in packets if rtp[1] & 0x7F == TELEPHONE_EVENT]
    assert events[0][1] & 0x80  # the marker starts the event
    assert {struct.unpack_from("!I", e, 4)[0] for e in events} == {25 * 160}  # one timestamp
    key, flags, duration = struct.unpack_from("!BBH", events[-1], 12)
    assert (key, flags & 0x80, duration) == (2, 0x80, 8 * 160)  # ended, after 160 ms
    assert [struct.unpack_from("!BBH", e, 12)[2] for e in events[:8]] == [
        160 * n for n in range(1, 9)
    ]
    # one sequence number per 20 ms; audio resumes on time after the key
    seqs = sorted({struct.unpack_from("!H", rtp, 2)[0] for rtp in packets})
    assert seqs == list(range(100))
    after = next(rtp for rtp in packets[25 + 10 :] if rtp[1] & 0x7F == PCMA)
    assert struct.unpack_from("!I", after, 4)[0] == 33 * 160
    assert [at for at, _ in audio.packets][-1] == pytest.approx(1.98)


def test_the_pcap_is_ethernet_ipv4_udp_with_the_times() -> None:
    audio = phone_audio(0.2, "1", digit_at_s=0.1)
    data = pcap_bytes(audio.packets)
    magic, _, _, _, _, _, link = struct.unpack_from("<IHHiIII", data)
    assert (magic, link) == (0xA1B2C3D4, 1)
    offset = 24
    times: list[float] = []
    while offset < len(data):
        seconds, micros, length, _ = struct.unpack_from("<IIII", data, offset)
        frame = data[offset + 16 : offset + 16 + length]
        assert frame[12:14] == b"\x08\x00" and frame[23] == 17  # IPv4, UDP
        assert frame[42:] == audio.packets[len(times)][1]
        times.append(seconds + micros / 1e6)
        offset += 16 + length
    assert times == pytest.approx([at for at, _ in audio.packets])


def test_each_call_has_its_own_number_and_the_digits_take_turns() -> None:
    plan = plan_calls(3)
    assert [(c.caller, c.digit) for c in plan] == [
        ("+38640900001", "1"),
        ("+38640900002", "2"),
        ("+38640900003", "1"),
    ]
    assert injection_file(plan).splitlines() == [
        "SEQUENTIAL",
        "+38640900001;1",
        "+38640900002;2",
        "+38640900003;1",
    ]


def test_what_sipp_wrote_is_read(tmp_path: Path) -> None:
    (tmp_path / "phone_trunk_77_rtt.csv").write_text(
        "Date_ms;response_time_ms;rtd_no\n104.001;20;setup\n204.001;35;setup\n"
    )
    (tmp_path / "phone_trunk_77_logs.log").write_text(
        "answered +38640900001\nanswered +38640900002\ncompleted +38640900001\n"
    )
    (tmp_path / "phone_trunk_77_.csv").write_text(
        "StartTime;SuccessfulCall(C);FailedCall(C)\nx;0;0\ny;1;1\n"
    )
    record = read_record(tmp_path)
    assert record.setup_ms == [20.0, 35.0]
    assert record.answered == {"+38640900001", "+38640900002"}
    assert record.completed == {"+38640900001"}
    assert (record.successful, record.failed) == (1, 1)
    assert read_record(tmp_path / "missing").setup_ms == []


# ----------------------------------------------------------- what agents heard


def packet(ts: int) -> Received:
    return Received(111, 0, ts % (1 << 32), 1, b"\x78")


def test_frames_missing_from_the_timestamp_span_are_lost_even_across_a_wrap() -> None:
    call = HeardCall("c", "+1", "sales", offered_ns=0)
    start = (1 << 32) - 2 * 960
    for n in (0, 1, 2, 4, 5):  # frame 3 never came; the timestamp wraps after frame 1
        call.heard(packet(start + n * 960), now_ns=n * 20_000_000)
    assert (call.expected, call.packets) == (6, 5)
    summary = call.summary()
    assert (summary["frames"], summary["expected"]) == (5, 6)
    assert summary["max_gap_ms"] == 40.0
    call.heard(packet(start + 3 * 960), now_ns=6 * 20_000_000)  # late is not lost
    assert (call.expected, call.packets) == (6, 6)


def test_a_span_without_gaps_loses_nothing() -> None:
    call = HeardCall("c", "+1", "sales", offered_ns=0)
    for n in range(50):
        call.heard(packet(123 + n * 960), now_ns=n)
    assert call.expected == call.packets == 50


# ------------------------------------------------------------------ figures


def test_percentiles_are_nearest_rank() -> None:
    assert percentile([5.0, 1.0, 4.0, 2.0, 3.0], 95) == 5.0
    assert percentile([5.0, 1.0, 4.0, 2.0, 3.0], 50) == 3.0
    assert percentile([], 95) is None


def heard_call(caller: str, queue: str, frames: int, expected: int) -> dict[str, Any]:
    return {
        "caller": caller,
        "queue": queue,
        "answered_ns": 1,
        "frames": frames,
        "expected": expected,
    }


def test_summary_counts_failures_routing_and_loss() -> None:
    plan = plan_calls(4)
    record = TrunkRecord(
        setup_ms=[10.0, 20.0, 30.0, 250.0],
        completed={c.caller for c in plan[:3]},
    )
    heard = [
        heard_call(plan[0].caller, "sales", 100, 100),
        heard_call(plan[1].caller, "support", 98, 100),  # two frames lost
        heard_call(plan[3].caller, "sales", 0, 0),  # answered, silent
    ]
    ids = {"sales": 1, "support": 2, "front": 3}
    interactions = [
        {"caller_address": plan[0].caller, "queue_id": 1, "entered_at": 5.0},
        {"caller_address": plan[1].caller, "queue_id": 2, "entered_at": 5.0},
        {"caller_address": plan[2].caller, "queue_id": 3, "entered_at": 5.0},  # stayed in front
        {"caller_address": plan[3].caller, "queue_id": 2, "entered_at": 9.0},  # digit 2: right
        {"caller_address": plan[3].caller, "queue_id": 1, "entered_at": 1.0},
    ]
    figures = summarize(
        plan=plan, record=record, heard=heard, interactions=interactions, queue_ids=ids
    )
    assert figures["calls"] == 4
    assert figures["failed"] == 2  # the one no agent took, the silent one (also unfinished)
    assert figures["failures"] == {
        "not_completed_at_trunk": 1,
        "not_answered_by_agent": 1,
        "agent_heard_nothing": 1,
        "agent_audio_cut": 0,
    }
    assert figures["dtmf_ok_pct"] == 75.0
    assert figures["queue_by_digit"] == {"1": {"sales": 1, "front": 1}, "2": {"support": 2}}
    assert figures["setup_ms_p95"] == 250.0
    assert figures["lost_audio_frames"] == 2
    assert figures["lost_audio_pct"] == 1.0
    assert figures["calls_with_lost_audio"] == 1
    no_menu = summarize(
        plan=plan, record=record, heard=heard, interactions=interactions, queue_ids=None
    )
    assert no_menu["dtmf_ok_pct"] is None and "queue_by_digit" not in no_menu


def timeline(points: list[tuple[int, int]], first_ended_ns: int = 0) -> Timeline:
    line = Timeline()
    for at, heard in points:
        line.update({"now_ns": at, "hearing": heard, "first_ended_ns": 0})
    line.first_ended_ns = first_ended_ns
    return line


def test_the_steady_window_is_while_the_most_calls_carry_audio() -> None:
    # up from 2, one hiccup at 5, lost from 7 on
    points = [(1, 1), (2, 3), (3, 4), (4, 4), (5, 3), (6, 4), (7, 2), (8, 1), (9, 0)]
    assert timeline(points).peak == 4
    assert timeline(points).steady() == (3, 7)
    assert timeline(points, first_ended_ns=6).steady() == (3, 6)
    assert timeline([(1, 2), (2, 2)]).steady() == (1, 2)
    assert Timeline().steady() is None


# ----------------------------------------------------------------------- CPU


def test_the_cpu_of_a_window_per_group() -> None:
    ticks = os.sysconf("SC_CLK_TCK")
    first = Sample(
        0,
        {(1, 10): ("callnest", 1.0), (2, 20): ("rtpengine", 5.0), (3, 30): ("kamailio", 0.5)},
        {"sipp": 1.0},
        (0, 0, 0),
    )
    last = Sample(
        2_000_000_000,  # 2 s later
        {
            (1, 10): ("callnest", 1.5),
            (2, 20): ("rtpengine", 6.0),
            (4, 40): ("kamailio", 0.2),  # born in the window; (3, 30) died
        },
        {"sipp": 1.2},
        (4 * ticks, ticks // 10, 8 * ticks),
    )
    cpu = cpu_between(first, last)
    assert cpu["callnest"] == pytest.approx(25.0)
    assert cpu["rtpengine"] == pytest.approx(50.0)
    assert cpu["kamailio"] == pytest.approx(10.0)
    assert cpu["load_sipp"] == pytest.approx(10.0)
    assert cpu["other"] == pytest.approx(200 - 95)
    assert cpu["steal"] == pytest.approx(5.0)


def test_this_process_is_in_its_own_tree() -> None:
    table = proc_table()
    assert os.getpid() in descendants(table, os.getppid())
    assert descendants(table, os.getpid())[0] == os.getpid()


# -------------------------------------------------------------- a real run


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_three_phone_calls_through_the_whole_path(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["phone", "--calls", "3", "--seconds", "6", "--json"]
    assert cli.main(argv) == 0
    figures = json.loads(capsys.readouterr().out)
    for name in (
        "calls",
        "failed",
        "dtmf_ok_pct",
        "setup_ms_p95",
        "cpu_pct_per_call",
        "lost_audio_pct",
        "cpu_pct_by_process",
        "load_cpu_pct",
        "other_cpu_pct",
        "notes",
    ):
        assert name in figures, name
    assert figures["calls"] == 3
    assert figures["failed"] == 0, figures
    assert figures["sipp_successful"] == 3
    assert figures["dtmf_ok_pct"] == 100.0, figures["queue_by_digit"]
    assert figures["setup_samples"] == 3
    assert figures["setup_ms_p95"] is not None and figures["setup_ms_p95"] > 0
    assert figures["audio_frames_heard"] > 3 * 150  # about 4 s each reached the agents
    assert figures["lost_audio_pct"] is not None
    assert set(figures["cpu_pct_by_process"]) == {"callnest", "kamailio", "rtpengine"}
    assert figures["cpu_pct_by_process"]["rtpengine"] > 0  # it relays every frame


def test_a_bad_argument_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["phone", "--calls", "0"]) == 2
    assert "--calls" in capsys.readouterr().err
    assert cli.main(["phone", "--calls", "2", "--seconds", "3", "--digit-at-s", "5"]) == 2
    assert "--digit-at-s" in capsys.readouterr().err
