"""The packaged audio and the announcements made from it, in each language."""

from __future__ import annotations

import logging
import math
from pathlib import Path

import numpy as np
import pytest

from callnest.protocol.languages import LANGUAGE_CODES
from callnest.resources import audio_dir
from callnest.server.media.oggopus import SILENCE, read_packets
from callnest.server.media.prompts import (
    DEFAULT_MUSIC,
    PAUSE,
    REQUIRED_PROMPTS,
    AudioLibrary,
    Clip,
)

from .audio import decode, rms_dbfs

PACKAGED = sorted(audio_dir().glob("music/*.ogg")) + sorted(audio_dir().glob("prompts/*/*.ogg"))


@pytest.fixture(scope="module")
def library() -> AudioLibrary:
    return AudioLibrary.load()


def made_up(language: str) -> dict[str, Clip]:
    """Every prompt, as a packet that names it: ``b"sl/welcome"``."""
    return {name: (f"{language}/{name}".encode(),) for name in REQUIRED_PROMPTS}


MUSIC = {DEFAULT_MUSIC: (b"music",)}


def test_every_language_has_every_prompt_and_nothing_else() -> None:
    assert (audio_dir() / "music" / "default.ogg").is_file()
    folders = sorted(p.name for p in (audio_dir() / "prompts").iterdir())
    assert folders == sorted(LANGUAGE_CODES)
    for language in LANGUAGE_CODES:
        names = {p.stem for p in (audio_dir() / "prompts" / language).glob("*.ogg")}
        assert names == set(REQUIRED_PROMPTS), language


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
        assert 1.0 < seconds < 13
        # Trimmed: no long silence at either end, so a sentence follows the
        # pause before it at once.
        window = 240  # 5 ms
        level = np.sqrt(np.mean(heard[: len(heard) // window * window].reshape(-1, window) ** 2, 1))
        speech = np.flatnonzero(level > level.max() / 100)  # within 40 dB of the loudest
        assert speech[0] * 0.005 < 0.05
        assert (len(level) - speech[-1]) * 0.005 < 0.25


def test_loaded_once_into_shared_tuples_per_language(library: AudioLibrary) -> None:
    assert library.languages == sorted(LANGUAGE_CODES)
    for language in LANGUAGE_CODES:
        welcome = library.prompt("welcome", language)
        assert welcome == read_packets(audio_dir() / "prompts" / language / "welcome.ogg")
        assert isinstance(welcome, tuple)
        assert welcome is library.prompt("welcome", language)
    assert library.music("default") is library.music("default")


def test_each_language_says_its_own_sentences(library: AudioLibrary) -> None:
    for name in ("welcome", "position_03", "wait_05", "recording_notice", "callback_offer"):
        clips = {library.prompt(name, language) for language in LANGUAGE_CODES}
        assert len(clips) == len(LANGUAGE_CODES), name


def test_unknown_music_falls_back_to_the_default_with_one_warning(
    library: AudioLibrary, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, "callnest.media"):
        assert library.music("no-such-tune") is library.music("default")
        assert library.music("no-such-tune") is library.music("default")
    assert [r.getMessage() for r in caplog.records] == [
        "no hold music named 'no-such-tune': playing 'default'"
    ]


def test_a_language_with_no_prompts_is_spoken_in_english_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    library = AudioLibrary(MUSIC, {"en": made_up("en"), "sl": made_up("sl")})
    with caplog.at_level(logging.WARNING, "callnest.media"):
        assert library.prompt("welcome", "ru") == (b"en/welcome",)
        assert library.announcement(5, 300, "ru") == library.announcement(5, 300, "en")
        assert library.prompt("welcome", "sl") == (b"sl/welcome",)
    assert [r.getMessage() for r in caplog.records] == ["no prompts in 'ru': speaking English"]


def test_a_packaged_language_missing_falls_back_to_english(library: AudioLibrary) -> None:
    assert library.prompt("link_lost", "de") is library.prompt("link_lost", "en")


def words(library: AudioLibrary, language: str, *names: str) -> Clip:
    """The expected announcement: the sentences' clips, paused around."""
    clip = PAUSE
    for name in names:
        clip += library.prompt(name, language) + PAUSE
    return clip


def test_an_announcement_is_the_languages_own_sentences(library: AudioLibrary) -> None:
    ru = library.announcement(5, 300, "ru")
    assert ru == (
        PAUSE
        + read_packets(audio_dir() / "prompts" / "ru" / "position_05.ogg")
        + PAUSE
        + read_packets(audio_dir() / "prompts" / "ru" / "wait_05.ogg")
        + PAUSE
    )
    assert ru != library.announcement(5, 300, "en")


@pytest.mark.parametrize("language", ["en", "sl"])
@pytest.mark.parametrize(
    ("position", "wait_s", "sentences"),
    [
        (5, 200.0, ["position_05", "wait_03"]),
        (1, 30.0, ["position_01", "wait_less_than_a_minute"]),
        (30, None, ["position_30"]),
        (None, 59.9, ["wait_less_than_a_minute"]),
        (None, 60.0, ["wait_01"]),
        (None, 89.0, ["wait_01"]),
        (None, 90.0, ["wait_02"]),  # half rounds up
        (None, 150.0, ["wait_03"]),
        (None, 30.4 * 60, ["wait_30"]),
        (None, 30.5 * 60, ["wait_more_than_thirty_minutes"]),
        (31, 600.0, ["wait_10"]),  # past thirty: no number
        (31, None, []),
        (0, None, []),
        (None, None, []),
        (None, math.nan, []),
    ],
)
def test_announcements_say_the_right_sentences(
    library: AudioLibrary,
    language: str,
    position: int | None,
    wait_s: float | None,
    sentences: list[str],
) -> None:
    expected = words(library, language, *sentences) if sentences else ()
    assert library.announcement(position, wait_s, language) == expected


def test_sentences_are_separated_by_300_ms_of_silence() -> None:
    assert PAUSE == (SILENCE,) * 15


def test_a_library_without_its_prompts_is_refused(tmp_path: Path) -> None:
    (tmp_path / "music").mkdir()
    (tmp_path / "prompts").mkdir()
    with pytest.raises(ValueError, match="no prompts in 'en'"):
        AudioLibrary.load(tmp_path)
    (tmp_path / "prompts" / "en").mkdir()
    with pytest.raises(ValueError, match="prompts missing in 'en': welcome, wait_less_than"):
        AudioLibrary.load(tmp_path)


def test_each_language_is_checked_for_every_prompt() -> None:
    sl = made_up("sl")
    del sl["wait_07"]
    with pytest.raises(ValueError, match=r"prompts missing in 'sl': wait_07$"):
        AudioLibrary(MUSIC, {"en": made_up("en"), "sl": sl})
    with pytest.raises(ValueError, match="no prompts in 'en'"):
        AudioLibrary(MUSIC, {"sl": made_up("sl")})
