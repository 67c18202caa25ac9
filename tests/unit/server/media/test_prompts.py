"""The packaged audio and the announcements made from it."""

from __future__ import annotations

import logging
import math
from pathlib import Path

import numpy as np
import pytest

from callnest.resources import audio_dir
from callnest.server.media.oggopus import SILENCE, read_packets
from callnest.server.media.prompts import PAUSE, REQUIRED_PROMPTS, AudioLibrary, Clip

from .audio import decode, rms_dbfs

PACKAGED = sorted(audio_dir().glob("*/*.ogg"))


@pytest.fixture(scope="module")
def library() -> AudioLibrary:
    return AudioLibrary.load()


def test_every_prompt_and_the_default_music_are_packaged() -> None:
    names = {(p.parent.name, p.stem) for p in PACKAGED}
    assert ("music", "default") in names
    assert {("prompts", name) for name in REQUIRED_PROMPTS} <= names


@pytest.mark.parametrize("path", PACKAGED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_packaged_audio_decodes_to_its_length_and_is_not_silent(path: Path) -> None:
    packets = read_packets(path)  # 20 ms each, or it raises
    heard = decode(path)
    assert len(heard) == len(packets) * 960
    assert rms_dbfs(heard) > -35
    assert abs(heard).max() < 0.99  # no clipping
    seconds = len(heard) / 48_000
    if path.parent.name == "music":
        assert seconds == pytest.approx(30, abs=1)
    else:
        assert 0.3 < seconds < 8
        # Trimmed: no long silence at either end, so words join naturally.
        window = 240  # 5 ms
        level = np.sqrt(np.mean(heard[: len(heard) // window * window].reshape(-1, window) ** 2, 1))
        speech = np.flatnonzero(level > level.max() / 100)  # within 40 dB of the loudest
        assert speech[0] * 0.005 < 0.05
        assert (len(level) - speech[-1]) * 0.005 < 0.25


def test_loaded_once_into_shared_tuples(library: AudioLibrary) -> None:
    assert library.welcome == read_packets(audio_dir() / "prompts" / "welcome.ogg")
    assert library.thanks == library.prompt("thanks_for_waiting")
    assert library.music("default") is library.music("default")
    assert isinstance(library.welcome, tuple)


def test_unknown_music_falls_back_to_the_default_with_one_warning(
    library: AudioLibrary, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, "callnest.media"):
        assert library.music("no-such-tune") is library.music("default")
        assert library.music("no-such-tune") is library.music("default")
    assert [r.getMessage() for r in caplog.records] == [
        "no hold music named 'no-such-tune': playing 'default'"
    ]


def words(library: AudioLibrary, *sentences: tuple[str, ...]) -> Clip:
    """The expected announcement: the sentences' word clips, paused around."""
    clip = PAUSE
    for sentence in sentences:
        clip += tuple(p for name in sentence for p in library.prompt(name)) + PAUSE
    return clip


WAIT = ("wait_is",)


@pytest.mark.parametrize(
    ("position", "wait_s", "sentences"),
    [
        (5, 200.0, [("you_are_number", "n05", "in_line"), (*WAIT, "about", "n03", "minutes")]),
        (1, 30.0, [("you_are_number", "n01", "in_line"), (*WAIT, "less_than_a_minute")]),
        (30, None, [("you_are_number", "n30", "in_line")]),
        (None, 59.9, [(*WAIT, "less_than_a_minute")]),
        (None, 60.0, [(*WAIT, "about", "n01", "minute")]),
        (None, 89.0, [(*WAIT, "about", "n01", "minute")]),
        (None, 90.0, [(*WAIT, "about", "n02", "minutes")]),  # half rounds up
        (None, 150.0, [(*WAIT, "about", "n03", "minutes")]),
        (None, 30.4 * 60, [(*WAIT, "about", "n30", "minutes")]),
        (None, 30.5 * 60, [(*WAIT, "more_than_thirty_minutes")]),
        (31, 600.0, [(*WAIT, "about", "n10", "minutes")]),  # past thirty: no number
        (31, None, []),
        (0, None, []),
        (None, None, []),
        (None, math.nan, []),
    ],
)
def test_announcements_say_the_right_words(
    library: AudioLibrary,
    position: int | None,
    wait_s: float | None,
    sentences: list[tuple[str, ...]],
) -> None:
    expected = words(library, *sentences) if sentences else ()
    assert library.announcement(position, wait_s) == expected


def test_sentences_are_separated_by_300_ms_of_silence() -> None:
    assert PAUSE == (SILENCE,) * 15


def test_a_library_without_its_prompts_is_refused(tmp_path: Path) -> None:
    (tmp_path / "music").mkdir()
    (tmp_path / "prompts").mkdir()
    with pytest.raises(ValueError, match="prompts missing: welcome, you_are_number"):
        AudioLibrary.load(tmp_path)
