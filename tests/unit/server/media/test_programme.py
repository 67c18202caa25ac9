"""What a waiting caller hears, packet by packet."""

from __future__ import annotations

from typing import Any

from callnest.server.media.passthrough import FRAME_SAMPLES, Outbound
from callnest.server.media.programme import Programme

from .recording_wire import RecordingWire


class Library:
    welcome = (b"w1", b"w2")

    def music(self, name: str) -> tuple[bytes, ...]:
        return (f"{name}1".encode(), f"{name}2".encode())


def programme(**kw: Any) -> tuple[Programme, list[int]]:
    asked: list[int] = []

    def announce() -> tuple[bytes, ...] | None:
        asked.append(1)
        return kw.pop("clip", (b"a1",))

    defaults: dict[str, Any] = {"welcome": True, "announce_every_s": 0.06}
    defaults.update({k: v for k, v in kw.items() if k != "clip"})
    return (
        Programme(Outbound(), Library(), "jazz", announce=announce, **defaults),  # type: ignore[arg-type]
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
    wire = out.wire = RecordingWire()  # type: ignore[assignment]
    prog = Programme(
        out,
        Library(),
        "x",
        welcome=False,
        announce_every_s=None,
        announce=lambda: None,  # type: ignore[arg-type]
    )
    prog.play(1.0)
    prog.play(1.02)
    first, second = wire.stamps
    assert second - first == FRAME_SAMPLES
    assert seen == []
