"""What a waiting caller hears, packet by packet."""

from __future__ import annotations

from callnest.server.media.passthrough import FRAME_SAMPLES, Outbound
from callnest.server.media.programme import Programme
from callnest.server.media.prompts import DEFAULT_MUSIC, REQUIRED_PROMPTS, AudioLibrary, Clip

from .recording_wire import RecordingWire


def library() -> AudioLibrary:
    """Two-packet clips named for what they are: ``w1 w2`` the welcome, ``jazz1
    jazz2`` the music called jazz."""
    music = {name: (f"{name}1".encode(), f"{name}2".encode()) for name in (DEFAULT_MUSIC, "jazz")}
    prompts = {name: (name.encode(),) for name in REQUIRED_PROMPTS} | {"welcome": (b"w1", b"w2")}
    return AudioLibrary(music, {"en": prompts})


def programme(
    *, welcome: bool = True, announce_every_s: float | None = 0.06, clip: Clip | None = (b"a1",)
) -> tuple[Programme, list[int]]:
    asked: list[int] = []

    def announce() -> Clip | None:
        asked.append(1)
        return clip

    sounds = library()
    return (
        Programme(
            Outbound(),
            sounds.music("jazz"),
            opening=sounds.prompt("welcome", "en") if welcome else (),
            announce_every_s=announce_every_s,
            announce=announce,
        ),
        asked,
    )


def test_welcome_then_music_looping_then_an_announcement_every_period() -> None:
    prog, asked = programme()
    heard = [prog.next_packet() for _ in range(9)]
    welcome, music, announcement = [b"w1", b"w2"], [b"jazz1", b"jazz2", b"jazz1"], [b"a1"]
    assert heard == welcome + music + announcement + [b"jazz2", b"jazz1", b"jazz2"]
    assert len(asked) == 1


def test_no_announcements_on_hold_and_no_welcome_the_second_time() -> None:
    prog, asked = programme(welcome=False, announce_every_s=None)
    assert [prog.next_packet() for _ in range(5)] == [b"jazz1", b"jazz2"] * 2 + [b"jazz1"]
    assert asked == []


def test_nothing_to_announce_means_more_music() -> None:
    prog, asked = programme(welcome=False, clip=None)
    heard = [prog.next_packet() for _ in range(4)]
    assert heard == [b"jazz1", b"jazz2", b"jazz1", b"jazz2"]
    assert asked == [1]


def test_played_packets_are_20_ms_apart_and_not_counted_as_forwarding() -> None:
    seen: list[float] = []
    out = Outbound(seen.append)
    wire = out.wire = RecordingWire()
    prog = Programme(
        out, library().music("jazz"), opening=(), announce_every_s=None, announce=lambda: None
    )
    prog.play(1.0)
    prog.play(1.02)
    first, second = wire.stamps
    assert second - first == FRAME_SAMPLES
    assert seen == []
