"""The desktop benchmark: how it tells one party's tone from the other's, and
one real run (server, app process, caller) at toy size."""

from __future__ import annotations

import json

import numpy as np
import pytest

from callnest.bench import cli
from callnest.bench.desktop import AGENT_HZ, CALLER_HZ, hears, tone
from callnest.protocol.pcm import FRAME


def test_a_tone_is_heard_and_told_apart_from_the_other_tone() -> None:
    chunk = tone(CALLER_HZ, 0.02)
    assert hears(chunk, CALLER_HZ)
    assert not hears(chunk, AGENT_HZ)


def test_silence_noise_and_a_quiet_tone_are_not_heard() -> None:
    rng = np.random.default_rng(7)
    assert not hears(np.zeros(FRAME, np.int16), CALLER_HZ)
    assert not hears((rng.normal(0, 4000, FRAME)).astype(np.int16), CALLER_HZ)
    assert not hears(tone(CALLER_HZ, 0.02, amplitude=100), CALLER_HZ)


def test_a_tone_under_music_is_not_mistaken_for_the_party() -> None:
    chords = sum(tone(hz, 0.02, 3000).astype(np.int32) for hz in (220, 277, 330, 440, 554))
    assert not hears(np.clip(chords, -32768, 32767).astype(np.int16), 440)


@pytest.mark.slow
def test_a_run_prints_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["desktop", "--runs", "1", "--call-seconds", "2", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["app_exit_code"] == 0
    assert 0 < figures["cold_start_s"] < 30
    assert figures["idle_rss_mb"] > 50
    assert 0 < figures["answer_to_audio_ms"] < 5000
    assert figures["call_cpu_pct"] > 0
