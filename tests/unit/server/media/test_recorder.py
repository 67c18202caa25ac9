"""Call recordings: two Opus streams in one Ogg file, aligned on the wall clock,
written from forwarded packets with a fake clock (no sleeping)."""

from __future__ import annotations

import errno
import logging
import os
import stat
from pathlib import Path

import numpy as np
import pytest

from callnest.server.media.oggopus import (
    AGENT,
    CALLER,
    SILENCE,
    CallRecorder,
    prune_recordings,
)

from .audio import decode, demux, rms_dbfs

T0 = 5_000.0  # perf_counter() at the start of the call
FRAME_S = 0.02


def at(slot: float) -> float:
    return T0 + slot * FRAME_S


def test_two_aligned_streams_with_a_gap_filled_by_silence(
    tmp_path: Path, tone: tuple[bytes, ...]
) -> None:
    path = tmp_path / "2024-05-01" / "call.ogg"
    recorder = CallRecorder(path, T0)
    caller, agent = tone[:75], tone[50:150]
    # The caller talks for 1 s, pauses 0.5 s (nothing forwarded: 25 slots),
    # then talks 0.5 s more; the agent talks throughout, with jitter. The
    # call ends 0.2 s after the last packet.
    for i in range(100):
        if i < 50 or i >= 75:
            recorder.write(CALLER, caller[i if i < 50 else i - 25], at(i) + 0.004)
        recorder.write(AGENT, agent[i], at(i) + (0.008 if i % 2 else -0.007))
    recorder.close(at=at(110))

    assert recorder.duration_s == pytest.approx(110 * FRAME_S)
    caller_packets, agent_packets = demux(path)
    assert caller_packets == [*caller[:50], *[SILENCE] * 25, *caller[50:75], *[SILENCE] * 10]
    assert agent_packets == [*agent, *[SILENCE] * 10]

    heard = decode(path, 0)
    assert len(heard) == len(decode(path, 1)) == 110 * 960  # equal, and the wall time
    slot = 960
    assert rms_dbfs(heard[5 * slot : 49 * slot]) > -25  # the tone
    assert np.abs(heard[52 * slot : 74 * slot]).max() < 1e-3  # the pause: silence
    assert rms_dbfs(heard[77 * slot : 99 * slot]) > -25  # the tone again


def test_packets_keep_their_order_and_bytes_through_jitter(
    tmp_path: Path, tone: tuple[bytes, ...]
) -> None:
    path = tmp_path / "call.ogg"
    recorder = CallRecorder(path, T0)
    # Arrival slots: one early (3 for 2), a burst, then a lull.
    arrivals = [0, 1, 3, 3, 3, 5, 6, 6, 8, 12]
    for packet, slot in zip(tone, arrivals, strict=False):
        recorder.write(AGENT, packet, at(slot))
    recorder.close()
    _, agent = demux(path)
    # A packet for a slot already taken goes to the next free one; one empty
    # slot before a packet is jitter, tolerated (slot 3 when 2 is next); more
    # is a gap, filled (9 to 11 before the packet for 12).
    assert agent == [*tone[:9], SILENCE, SILENCE, SILENCE, tone[9]]


def test_a_leg_that_starts_late_or_never_is_padded_to_the_others_time(
    tmp_path: Path, tone: tuple[bytes, ...]
) -> None:
    path = tmp_path / "call.ogg"
    recorder = CallRecorder(path, T0)
    for i in range(20, 60):
        recorder.write(CALLER, tone[i], at(i))
    recorder.close()
    caller, agent = demux(path)
    assert caller == [SILENCE] * 20 + list(tone[20:60])
    assert agent == [SILENCE] * 60


def test_a_quiet_leg_keeps_up_so_pages_stay_in_time_order(
    tmp_path: Path, tone: tuple[bytes, ...]
) -> None:
    path = tmp_path / "call.ogg"
    recorder = CallRecorder(path, T0)
    for i in range(500):  # 10 s of caller, a muted agent
        recorder.write(CALLER, tone[i % len(tone)], at(i))
    recorder.write(AGENT, tone[0], at(500))
    recorder.close()
    data = path.read_bytes()
    latest, granules = 0, []
    while data:
        count = data[26]
        size = 27 + count + sum(data[27 : 27 + count])
        granules.append(int.from_bytes(data[6:14], "little"))
        data = data[size:]
    for granule in granules:
        latest = max(latest, granule)
        assert granule >= latest - 2.5 * 48_000  # never far behind what came before
    caller, agent = demux(path)
    assert len(caller) == len(agent) == 501
    assert agent == [SILENCE] * 500 + [tone[0]]


def test_a_long_hold_is_cut_short_on_both_legs(tmp_path: Path, tone: tuple[bytes, ...]) -> None:
    path = tmp_path / "call.ogg"
    recorder = CallRecorder(path, T0, max_fill_s=10)  # 600 s in production: same logic
    for i in range(10):
        recorder.write(CALLER, tone[i], at(i))
        recorder.write(AGENT, tone[i], at(i))
    resume = 10 + 50 * 30  # thirty seconds on hold
    recorder.write(AGENT, tone[10], at(resume))
    recorder.write(CALLER, tone[10], at(resume))
    recorder.write(CALLER, tone[11], at(resume + 1))
    recorder.close(at=at(resume + 5))
    longest_fill = 50 * 10
    assert recorder.duration_s == pytest.approx((10 + longest_fill + 5) * FRAME_S)
    caller, agent = demux(path)
    held = [*tone[:10], *[SILENCE] * longest_fill, tone[10]]
    assert caller == [*held, tone[11], *[SILENCE] * 3]
    assert agent == [*held, *[SILENCE] * 4]


def test_the_file_is_private_and_close_is_idempotent(
    tmp_path: Path, tone: tuple[bytes, ...]
) -> None:
    path = tmp_path / "deep" / "er" / "call.ogg"
    recorder = CallRecorder(path, T0)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    recorder.close()
    path.chmod(0o644)  # a file left over with a wider mode is narrowed too
    recorder = CallRecorder(path, T0)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    recorder.write(CALLER, tone[0], at(0))
    recorder.close(at=at(3))
    size = path.stat().st_size
    recorder.close(at=at(100))
    recorder.write(CALLER, tone[1], at(4))
    assert path.stat().st_size == size
    assert recorder.duration_s == pytest.approx(3 * FRAME_S)
    assert not recorder.failed


def test_an_empty_recording_is_still_a_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "call.ogg"
    CallRecorder(path, T0).close()
    assert demux(path) == [[SILENCE], [SILENCE]]


def test_an_unwritable_place_fails_quietly(
    tmp_path: Path, tone: tuple[bytes, ...], caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a-file").write_text("not a directory")
    recorder = CallRecorder(tmp_path / "a-file" / "call.ogg", T0)
    recorder.write(CALLER, tone[0], at(0))
    recorder.close()
    assert recorder.failed
    assert len([r for r in caplog.records if r.levelno == logging.ERROR]) == 1


class FullDisk:
    """A file whose every write and flush fails as on a full disk."""

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def close(self) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("packets", [200, 10], ids=["while writing", "while finishing"])
def test_a_full_disk_is_logged_once_and_drops_the_rest(
    tmp_path: Path, tone: tuple[bytes, ...], caplog: pytest.LogCaptureFixture, packets: int
) -> None:
    recorder = CallRecorder(tmp_path / "call.ogg", T0)
    real = recorder._file
    assert real is not None
    real.close()
    recorder._file = FullDisk()  # type: ignore[assignment]  # a stand-in for the open file
    for i in range(packets):  # 200: several pages' worth; 10: fails only in close()
        recorder.write(CALLER, tone[i % len(tone)], at(i))
        recorder.write(AGENT, tone[i % len(tone)], at(i))
    recorder.close()
    assert recorder.failed
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert "No space left" in errors[0].getMessage()


def test_prune_deletes_only_old_recordings_and_the_folders_it_empties(tmp_path: Path) -> None:
    now = 1_700_000_000.0
    day = 86_400

    def make(name: str, age_days: float) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"OggS")
        os.utime(path, (now - age_days * day, now - age_days * day))
        return path

    old = [make("2023-01-01/a.ogg", 40), make("2023-01-01/b.ogg", 31), make("2023-01-02/c.ogg", 35)]
    kept = [make("2023-01-02/d.ogg", 29), make("2023-02-01/e.ogg", 1), make("2023-01-01/f.txt", 90)]
    (tmp_path / "2023-03-01").mkdir()  # a day folder a recorder has just made

    deleted = prune_recordings(tmp_path, 30, now)

    assert sorted(deleted) == sorted(old)
    assert all(p.exists() for p in kept)
    assert not any(p.exists() for p in old)
    assert (tmp_path / "2023-01-01").is_dir()  # still holds f.txt
    assert (tmp_path / "2023-03-01").is_dir()  # not emptied by pruning
    make("2023-01-03/g.ogg", 50)
    assert prune_recordings(tmp_path, 30, now) == [tmp_path / "2023-01-03" / "g.ogg"]
    assert not (tmp_path / "2023-01-03").exists()
    assert tmp_path.is_dir()
    assert prune_recordings(tmp_path / "missing", 30, now) == []
