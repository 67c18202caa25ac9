"""The owner's own recordings of the prompts: what an upload must be (each
refusal naming its problem and figures), what it is made into (mono 48 kHz,
trimmed, as loud as the made prompts, 20 ms Opus packets), and how the
library plays it in place of the made prompt, keeps the made one to come
back to, and finds the kept recordings again at start."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import av
import numpy as np
import pytest

from callnest.protocol.rest import PromptProblem
from callnest.server.media.oggopus import ogg_opus_bytes, read_packets
from callnest.server.media.own_prompts import (
    MAX_SECONDS,
    MAX_SENTENCE_SECONDS,
    TARGET_DBFS,
    OwnPrompts,
    Refused,
    make_recording,
    max_seconds,
)
from callnest.server.media.prompts import (
    DEFAULT_MUSIC,
    LANGUAGE_CHOICE_PROMPTS,
    PAUSE,
    REQUIRED_PROMPTS,
    AudioLibrary,
    Clip,
)

from .audio import decode, rms_dbfs


def wav(signal: np.ndarray, rate: int = 16_000, channels: int = 1) -> bytes:
    """``signal`` (floats, interleaved when ``channels`` > 1) as a 16-bit WAV file."""
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(signal, -1, 1) * 32767).astype("<i2").tobytes())
    return out.getvalue()


def tone(seconds: float, amplitude: float = 0.3, rate: int = 16_000) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    out: np.ndarray = amplitude * np.sin(2 * np.pi * 440 * t)
    return out


def silence(seconds: float, rate: int = 16_000) -> np.ndarray:
    return np.zeros(round(seconds * rate))


def video_only() -> bytes:
    """A Matroska file with pictures and no sound."""
    out = io.BytesIO()
    with av.open(out, "w", format="matroska") as container:
        stream = container.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for n in range(5):
            frame = av.VideoFrame.from_ndarray(
                np.full((48, 64, 3), n * 40, np.uint8), format="rgb24"
            )
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()


def heard(packets: Clip, tmp_path: Path) -> np.ndarray:
    path = tmp_path / "heard.ogg"
    path.write_bytes(ogg_opus_bytes(packets))
    return decode(path)


def made_up(language: str) -> dict[str, Clip]:
    return {name: (f"{language}/{name}".encode(),) for name in REQUIRED_PROMPTS}


@pytest.fixture
def library() -> AudioLibrary:
    return AudioLibrary({DEFAULT_MUSIC: (b"music",)}, {"en": made_up("en"), "sl": made_up("sl")})


# ------------------------------------------------------------ the library


def test_an_own_recording_takes_the_made_ones_place_and_gives_it_back(
    library: AudioLibrary,
) -> None:
    library.set_own("welcome", "sl", (b"mine",))
    assert library.prompt("welcome", "sl") == (b"mine",)
    assert library.own("welcome", "sl") == (b"mine",)
    assert library.made("welcome", "sl") == (b"sl/welcome",)
    assert library.prompt("welcome", "en") == (b"en/welcome",)  # one language's alone
    assert library.announcement(1, None, "sl") == (*PAUSE, b"sl/position_01", *PAUSE)
    library.set_own("welcome", "sl", None)
    assert library.prompt("welcome", "sl") == (b"sl/welcome",)
    assert library.own("welcome", "sl") is None


def test_an_english_recording_is_what_a_language_without_prompts_hears(
    library: AudioLibrary,
) -> None:
    library.set_own("link_lost", "en", (b"mine",))
    assert library.prompt("link_lost", "de") == (b"mine",)


def test_only_a_prompt_the_library_has_can_be_replaced(library: AudioLibrary) -> None:
    with pytest.raises(KeyError):
        library.set_own("welcome", "ru", (b"mine",))
    with pytest.raises(KeyError):
        library.set_own("goodbye", "en", (b"mine",))
    with pytest.raises(ValueError, match="at least one packet"):
        library.set_own("welcome", "en", ())


def test_the_language_choice_offers_each_language_in_itself_on_keys_in_order(
    library: AudioLibrary,
) -> None:
    assert tuple(f"language_choice_{n}" for n in range(1, 6)) == LANGUAGE_CHOICE_PROMPTS
    assert library.language_choice(("sl", "en")) == (
        (b"sl/language_choice_1", *PAUSE, b"en/language_choice_2", *PAUSE)
    )


# ------------------------------------------------------------ an upload


def test_a_recording_is_trimmed_made_as_loud_as_the_made_prompts_and_encoded(
    tmp_path: Path,
) -> None:
    upload = wav(np.concatenate([silence(1.0), tone(2.0, 0.05), silence(1.5)]))
    recording = make_recording(upload, "welcome")
    # The silence around is cut, but for 50 ms before and 100 ms after.
    assert recording.seconds == pytest.approx(2.15, abs=0.03)
    assert len(recording.packets) == round(recording.seconds / 0.02)
    assert all(len(p) > 0 for p in recording.packets)
    out = heard(recording.packets, tmp_path)
    assert len(out) == len(recording.packets) * 960
    sound = out[round(0.1 * 48_000) : round(2.0 * 48_000)]
    assert rms_dbfs(sound) == pytest.approx(TARGET_DBFS, abs=1.0)


def test_stereo_at_any_rate_is_mixed_to_mono_48_khz() -> None:
    rate = 44_100
    stereo = np.repeat(tone(3.0, 0.3, rate), 2)
    recording = make_recording(wav(stereo, rate, channels=2), "thanks_for_waiting")
    assert recording.seconds == pytest.approx(3.0, abs=0.03)


def test_a_loud_recording_is_not_pushed_past_minus_1_dbfs(tmp_path: Path) -> None:
    clicks = np.zeros(16_000 * 2)
    clicks[:: 16_000 // 20] = 0.95  # sharp peaks, little energy
    clicks += tone(2.0, 0.02)
    out = heard(make_recording(wav(clicks), "welcome").packets, tmp_path)
    assert np.abs(out).max() < 1.0


@pytest.mark.parametrize(
    ("upload", "name", "details"),
    [
        (b"just some text, not sound\n" * 40, "welcome", {"problem": "not_audio"}),
        (b"", "welcome", {"problem": "not_audio"}),
        (b"RIFF\0\0\0\0WAVE" + bytes(100), "welcome", {"problem": "not_audio"}),
        (
            wav(tone(0.3)),
            "welcome",
            {"problem": "too_short", "seconds": 0.3, "min_s": 0.5},
        ),
        (
            wav(tone(70.0, rate=8000), rate=8000),
            "welcome",
            {"problem": "too_long", "seconds": 70.0, "max_s": 60.0},
        ),
        (
            wav(tone(20.0, rate=8000), rate=8000),
            "position_05",
            {"problem": "too_long", "seconds": 20.0, "max_s": 15.0},
        ),
        (
            wav(silence(3.0)),
            "welcome",
            {"problem": "too_quiet", "dbfs": -120.0, "min_dbfs": -40.0},
        ),
        (
            wav(tone(2.0, 0.005)),
            "welcome",
            {"problem": "too_quiet", "dbfs": -49.0, "min_dbfs": -40.0},
        ),
        (
            wav(np.concatenate([tone(0.1), silence(5.0), tone(0.1)])),
            "welcome",
            {"problem": "mostly_silence", "percent": 4, "min_percent": 40.0},
        ),
        (
            wav(tone(2.0, 3.0)),
            "welcome",
            {"problem": "clipped", "percent": 78.6, "max_percent": 0.1},
        ),
    ],
    ids=[
        "text",
        "empty",
        "a damaged wav",
        "too short",
        "too long",
        "a sentence too long",
        "silent",
        "too quiet",
        "mostly silence",
        "clipped",
    ],
)
def test_an_upload_that_will_not_do_is_refused_naming_the_problem(
    upload: bytes, name: str, details: dict[str, object]
) -> None:
    with pytest.raises(Refused) as refused:
        make_recording(upload, name)
    got = refused.value.details
    assert got.keys() == details.keys()
    for key, value in details.items():
        if isinstance(value, float) and key in ("dbfs", "percent", "seconds"):
            assert got[key] == pytest.approx(value, abs=0.5), key
        else:
            assert got[key] == value, key
    assert PromptProblem(str(got["problem"]))  # one the protocol names
    assert refused.value.message


def test_a_file_with_no_sound_in_it_is_refused() -> None:
    with pytest.raises(Refused) as refused:
        make_recording(video_only(), "welcome")
    assert refused.value.details == {"problem": "no_audio"}


def test_sentences_said_in_a_row_are_kept_short() -> None:
    assert max_seconds("welcome") == max_seconds("recording_notice") == MAX_SECONDS
    assert max_seconds("position_05") == max_seconds("wait_30") == MAX_SENTENCE_SECONDS
    assert max_seconds("language_choice_2") == MAX_SENTENCE_SECONDS


# ------------------------------------------------------------ kept


def test_a_kept_recording_is_played_again_after_a_restart_and_removed_for_good(
    tmp_path: Path, library: AudioLibrary
) -> None:
    recording = make_recording(wav(tone(1.0)), "welcome")
    root = tmp_path / "prompts"
    OwnPrompts(root, library).save("welcome", "sl", recording.packets)
    path = root / "sl" / "welcome.ogg"
    assert read_packets(path) == recording.packets
    assert [p.name for p in path.parent.iterdir()] == ["welcome.ogg"]  # no temporary left
    assert library.prompt("welcome", "sl") == recording.packets

    (root / "sl" / "goodbye.ogg").write_bytes(path.read_bytes())  # no such prompt
    (root / "en").mkdir()
    (root / "en" / "welcome.ogg").write_bytes(b"damaged")
    restarted = AudioLibrary(
        {DEFAULT_MUSIC: (b"music",)}, {"en": made_up("en"), "sl": made_up("sl")}
    )
    assert OwnPrompts(root, restarted).load() == 1
    assert restarted.prompt("welcome", "sl") == recording.packets
    assert restarted.prompt("welcome", "en") == (b"en/welcome",)

    OwnPrompts(root, restarted).remove("welcome", "sl")
    assert not path.exists()
    assert restarted.prompt("welcome", "sl") == (b"sl/welcome",)
    assert OwnPrompts(root, library).load() == 0
