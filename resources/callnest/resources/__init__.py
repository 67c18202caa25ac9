"""Files shipped inside the package: the audio played to callers (made by
scripts/make-audio-resources and committed)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def audio_dir() -> Path:
    """``audio/`` with ``music/*.ogg`` and ``prompts/<language>/*.ogg``."""
    root = files(__name__) / "audio"
    # The server opens these files by path (PyAV demuxes them), which a
    # zipped install could not offer; setuptools installs them as files.
    if not isinstance(root, Path):
        raise RuntimeError(f"callnest's audio is not on the file system: {root}")
    return root
