"""What callers hear, sentence by sentence: each prompt in each language,
made by the server's voice or replaced by the owner's own recording.

An upload the server cannot use is refused (422, ``invalid_request``) with
details that name the problem and its figures, for the app to word:
``{"problem": "too_long", "seconds": 75.2, "max_s": 60}``.
"""

from enum import StrEnum

from callnest.protocol.languages import LanguageCode
from callnest.protocol.rest.base import RestModel

__all__ = ["Prompt", "PromptProblem", "Prompts"]


class PromptProblem(StrEnum):
    """Why a recording was refused: the ``problem`` of the refusal's details,
    with the figures each names."""

    NOT_AUDIO = "not_audio"  # not a sound file the server reads, or damaged
    NO_AUDIO = "no_audio"  # a file with no sound in it (a video's pictures alone)
    TOO_SHORT = "too_short"  # seconds, min_s (once the silence around is cut)
    TOO_LONG = "too_long"  # seconds, max_s (once the silence around is cut)
    TOO_QUIET = "too_quiet"  # dbfs, min_dbfs: its level (RMS), the silence around cut
    MOSTLY_SILENCE = "mostly_silence"  # percent (of it with sound), min_percent
    CLIPPED = "clipped"  # percent (of samples at full scale), max_percent


class Prompt(RestModel):
    """One sentence in one language."""

    language: LanguageCode
    name: str  # "welcome", "position_05", "language_choice_2"... (the server's list)
    own: bool  # the owner's recording replaces the server's own
    seconds: float | None  # the owner's recording's length; None without one
    made_seconds: float  # the server's own, kept to come back when a recording goes
    max_seconds: float  # the longest recording the prompt takes


class Prompts(RestModel):
    """Every prompt, language by language, and what a recording must be."""

    prompts: tuple[Prompt, ...]
    min_seconds: float
    max_bytes: int  # an upload's size
