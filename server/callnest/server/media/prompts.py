"""The server's own voice: hold music and spoken prompts as pre-encoded Opus
clips, and announcements ("You are number five in line. Your estimated wait
is about three minutes.") strung together from word clips.

Everything is loaded once at start; a clip is a tuple of 20 ms packets shared
by every caller who hears it, so playing is forwarding, never encoding.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from callnest.server.media.oggopus import OPUS_RATE, SILENCE, read_packets
from callnest.server.media.speech import encode, whole_frames

log = logging.getLogger("callnest.media")

Clip = tuple[bytes, ...]
"""20 ms Opus packets, played one per packet time."""

DEFAULT_MUSIC = "default"
MAX_SPOKEN_NUMBER = 30  # the recorded number words: n01.ogg .. n30.ogg
# Between sentences, and before and after an announcement so that it does
# not butt against the music it interrupts.
PAUSE: Clip = (SILENCE,) * 15  # 300 ms

_PHRASES = (
    "welcome",
    "you_are_number",
    "in_line",
    "wait_is",
    "less_than_a_minute",
    "about",
    "minute",
    "minutes",
    "more_than_thirty_minutes",
    "thanks_for_waiting",
    "recording_notice",
    "link_lost",
)
REQUIRED_PROMPTS = (*_PHRASES, *(f"n{n:02d}" for n in range(1, MAX_SPOKEN_NUMBER + 1)))


class AudioLibrary:
    """Hold music by name and the prompts, from ``music/*.ogg`` and
    ``prompts/*.ogg`` under a root (the packaged resources by default)."""

    def __init__(self, music: Mapping[str, Clip], prompts: Mapping[str, Clip]) -> None:
        missing = [name for name in REQUIRED_PROMPTS if not prompts.get(name)]
        if missing:
            raise ValueError(f"prompts missing: {', '.join(missing)}")
        if not music.get(DEFAULT_MUSIC):
            raise ValueError(f"no {DEFAULT_MUSIC!r} hold music")
        self._music = dict(music)
        self._prompts = dict(prompts)
        self._unknown_music: set[str] = set()
        self.welcome: Clip = self._prompts["welcome"]
        self.ringback: Clip = ringback_tone()
        self.thanks: Clip = self._prompts["thanks_for_waiting"]
        # A queue's notice that calls are recorded (and how to refuse: key 9).
        self.recording_notice: Clip = self._prompts["recording_notice"]
        # To a caller whose agent's home connection failed mid-call.
        self.link_lost: Clip = self._prompts["link_lost"]

    @classmethod
    def load(cls, root: Path | None = None) -> AudioLibrary:
        if root is None:
            from callnest.resources import audio_dir

            root = audio_dir()

        def clips(folder: Path) -> dict[str, Clip]:
            return {path.stem: read_packets(path) for path in sorted(folder.glob("*.ogg"))}

        return cls(clips(root / "music"), clips(root / "prompts"))

    @property
    def music_names(self) -> list[str]:
        return sorted(self._music)

    def music(self, name: str) -> Clip:
        """The named hold music; a queue configured with a name that is not
        (or no longer) installed gets the default rather than silence."""
        clip = self._music.get(name)
        if clip is not None:
            return clip
        if name not in self._unknown_music:
            self._unknown_music.add(name)
            log.warning("no hold music named %r: playing %r", name, DEFAULT_MUSIC)
        return self._music[DEFAULT_MUSIC]

    def prompt(self, name: str) -> Clip:
        """One recorded prompt by file name (``"n05"``, ``"in_line"``, ...)."""
        return self._prompts[name]

    def announcement(self, position: int | None, estimated_wait_s: float | None) -> Clip:
        """The spoken place in line and/or estimated wait ("You are number N in
        line. Your estimated wait is about M minutes."), with pauses around and
        between the sentences; empty when there is nothing to say.

        A place beyond the recorded numbers is left out rather than clamped:
        "number thirty" to the fortieth caller would be a false promise.
        """
        sentences = []
        if position is not None and 1 <= position <= MAX_SPOKEN_NUMBER:
            sentences.append(self._words("you_are_number", f"n{position:02d}", "in_line"))
        if estimated_wait_s is not None and not math.isnan(estimated_wait_s):
            sentences.append(self._words("wait_is", *_wait_words(estimated_wait_s)))
        if not sentences:
            return ()
        clip = PAUSE
        for sentence in sentences:
            clip += sentence + PAUSE
        return clip

    def _words(self, *names: str) -> Clip:
        return tuple(packet for name in names for packet in self._prompts[name])


def _wait_words(seconds: float) -> tuple[str, ...]:
    if seconds < 60:
        return ("less_than_a_minute",)
    minutes = math.floor(seconds / 60 + 0.5)  # half up: round() would say 2.5 -> 2
    if minutes > MAX_SPOKEN_NUMBER:
        return ("more_than_thirty_minutes",)
    return ("about", f"n{minutes:02d}", "minute" if minutes == 1 else "minutes")


def ringback_tone(hz: float = 425.0, on_s: float = 1.0, off_s: float = 4.0) -> Clip:
    """What an agent hears while a call out rings: the European ringing tone
    (ETSI ES 201 970: 425 Hz, 1 s on, 4 s off), one cycle to loop. Made, not
    recorded: a few milliseconds at start."""
    rate = OPUS_RATE
    t = np.arange(round(on_s * rate)) / rate
    ramp = np.minimum(1.0, np.minimum(t, on_s - t) / 0.005)  # no clicks at the edges
    tone = 0.25 * np.sin(2 * np.pi * hz * t) * ramp
    signal = np.concatenate([tone, np.zeros(round(off_s * rate))])
    return tuple(encode(whole_frames(signal), "voip", 24_000, loop=True))
