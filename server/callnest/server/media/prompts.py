"""The server's own voice: hold music, and the spoken prompts in each
language callers hear ("You are number five in line. Your estimated wait is
about three minutes."), as pre-encoded Opus clips.

A prompt is a whole sentence, and one with a number is a file per number
(``position_05``, ``wait_03``): Slavic languages bend a number and what it
counts together, so sentences are not strung together from words. Prompts
are looked up by (language, name): the owner's own recording of one
(:mod:`.own_prompts`) takes the place of the made one there, which is kept
to come back when the recording is removed.

Everything is loaded once at start; a clip is a tuple of 20 ms packets shared
by every caller who hears it, so playing is forwarding, never encoding.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from callnest.protocol.languages import DEFAULT_LANGUAGE
from callnest.server.media.oggopus import OPUS_RATE, SILENCE, read_packets
from callnest.server.media.speech import encode, whole_frames

log = logging.getLogger("callnest.media")

Clip = tuple[bytes, ...]
"""20 ms Opus packets, played one per packet time."""

DEFAULT_MUSIC = "default"
MAX_SPOKEN_NUMBER = 30  # the recorded sentences: position_01.. position_30, wait_01.. wait_30
# Between sentences, and before and after an announcement so that it does
# not butt against the music it interrupts.
PAUSE: Clip = (SILENCE,) * 15  # 300 ms

MAX_LANGUAGE_CHOICES = 5  # the languages a phone caller may be offered: keys 1..5
LANGUAGE_CHOICE_PROMPTS = tuple(f"language_choice_{n}" for n in range(1, MAX_LANGUAGE_CHOICES + 1))

FIXED_PROMPTS = (
    "welcome",
    "wait_less_than_a_minute",
    "wait_more_than_thirty_minutes",
    "thanks_for_waiting",
    "recording_notice",  # a queue's notice that calls are recorded (and how to refuse: key 9)
    "link_lost",  # to a caller whose agent's home connection failed mid-call
    "callback_offer",  # to a phone caller: "to be called back ... press 1"
    "callback_goodbye",  # to one who pressed it
    # A phone queue offering a choice of languages: "For English, press N."
    # in the language it offers, for each key (1..) the choice may give it.
    *LANGUAGE_CHOICE_PROMPTS,
)
_NUMBERS = range(1, MAX_SPOKEN_NUMBER + 1)
REQUIRED_PROMPTS = (
    *FIXED_PROMPTS,
    *(f"position_{n:02d}" for n in _NUMBERS),  # "You are number N in line."
    *(f"wait_{n:02d}" for n in _NUMBERS),  # "Your estimated wait is about N minutes."
)


class AudioLibrary:
    """Hold music by name, and the prompts by language, from ``music/*.ogg``
    and ``prompts/<language>/*.ogg`` under a root (the packaged resources by
    default). A language it has no prompts in is spoken in English."""

    def __init__(
        self, music: Mapping[str, Clip], prompts: Mapping[str, Mapping[str, Clip]]
    ) -> None:
        if DEFAULT_LANGUAGE not in prompts:
            raise ValueError(f"no prompts in {DEFAULT_LANGUAGE!r}, the language of last resort")
        for language, clips in prompts.items():
            missing = [name for name in REQUIRED_PROMPTS if not clips.get(name)]
            if missing:
                raise ValueError(f"prompts missing in {language!r}: {', '.join(missing)}")
        if not music.get(DEFAULT_MUSIC):
            raise ValueError(f"no {DEFAULT_MUSIC!r} hold music")
        self._music = dict(music)
        self._made = {
            (language, name): clip
            for language, clips in prompts.items()
            for name, clip in clips.items()
        }
        self._own: dict[tuple[str, str], Clip] = {}  # the owner's recordings, in their place
        self.languages = sorted(prompts)
        self._unknown: set[str] = set()  # music names and languages warned about
        self.ringback: Clip = ringback_tone()

    @classmethod
    def load(cls, root: Path | None = None) -> AudioLibrary:
        if root is None:
            from callnest.resources import audio_dir

            root = audio_dir()

        def clips(folder: Path) -> dict[str, Clip]:
            return {path.stem: read_packets(path) for path in sorted(folder.glob("*.ogg"))}

        languages = sorted(p for p in (root / "prompts").iterdir() if p.is_dir())
        return cls(clips(root / "music"), {folder.name: clips(folder) for folder in languages})

    @property
    def music_names(self) -> list[str]:
        return sorted(self._music)

    def music(self, name: str) -> Clip:
        """The named hold music; a queue configured with a name that is not
        (or no longer) installed gets the default rather than silence."""
        clip = self._music.get(name)
        if clip is not None:
            return clip
        self._warn_once(f"music {name}", "no hold music named %r: playing %r", name, DEFAULT_MUSIC)
        return self._music[DEFAULT_MUSIC]

    def prompt(self, name: str, language: str) -> Clip:
        """A prompt (``"welcome"``, ``"link_lost"``, ...; see REQUIRED_PROMPTS)
        in ``language``, else in English."""
        clip = self._own.get((language, name)) or self._made.get((language, name))
        if clip is not None:
            return clip
        if language not in self.languages:
            self._warn_once(f"language {language}", "no prompts in %r: speaking English", language)
        return self._own.get((DEFAULT_LANGUAGE, name)) or self._made[DEFAULT_LANGUAGE, name]

    def made(self, name: str, language: str) -> Clip:
        """The server's own clip of a prompt in a language it has, whether or
        not a recording replaces it (KeyError for one it lacks)."""
        return self._made[language, name]

    def own(self, name: str, language: str) -> Clip | None:
        """The owner's recording that replaces the prompt, if there is one."""
        return self._own.get((language, name))

    def set_own(self, name: str, language: str, clip: Clip | None) -> None:
        """From now on callers hear ``clip`` for the prompt in ``language``
        (None: the made one again). Only a prompt the library has made can be
        replaced: a recording is for a language and a sentence it speaks."""
        if (language, name) not in self._made:
            raise KeyError(f"no prompt {name!r} in {language!r}")
        if clip is None:
            self._own.pop((language, name), None)
        elif not clip:
            raise ValueError("a recording needs at least one packet")
        else:
            self._own[language, name] = clip

    def language_choice(self, languages: Sequence[str]) -> Clip:
        """ "For English, press 1. Za slovenščino pritisnite tipko 2. ...": each
        of ``languages`` (up to MAX_LANGUAGE_CHOICES) offered in itself, on
        the keys 1.. in their order, with a pause after each."""
        clip: Clip = ()
        for key, language in enumerate(languages[:MAX_LANGUAGE_CHOICES], start=1):
            clip += self.prompt(f"language_choice_{key}", language) + PAUSE
        return clip

    def announcement(
        self, position: int | None, estimated_wait_s: float | None, language: str
    ) -> Clip:
        """The spoken place in line and/or estimated wait ("You are number N in
        line. Your estimated wait is about M minutes.") in ``language``, with
        pauses around and between the sentences; empty when there is nothing
        to say.

        A place beyond the recorded numbers is left out rather than clamped:
        "number thirty" to the fortieth caller would be a false promise.
        """
        sentences = []
        if position is not None and 1 <= position <= MAX_SPOKEN_NUMBER:
            sentences.append(self.prompt(f"position_{position:02d}", language))
        if estimated_wait_s is not None and not math.isnan(estimated_wait_s):
            sentences.append(self.prompt(_wait_prompt(estimated_wait_s), language))
        if not sentences:
            return ()
        clip = PAUSE
        for sentence in sentences:
            clip += sentence + PAUSE
        return clip

    def _warn_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._unknown:
            self._unknown.add(key)
            log.warning(message, *args)


def _wait_prompt(seconds: float) -> str:
    if seconds < 60:
        return "wait_less_than_a_minute"
    minutes = math.floor(seconds / 60 + 0.5)  # half up: round() would say 2.5 -> 2
    if minutes > MAX_SPOKEN_NUMBER:
        return "wait_more_than_thirty_minutes"
    return f"wait_{minutes:02d}"


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
