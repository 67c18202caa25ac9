"""``callnest``: the desktop app's entry point.

The PySide6 app (agent, supervisor and admin windows) is not in this build
yet; until it is, this says so plainly instead of failing on an import.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    del argv
    sys.exit(
        "callnest: the desktop app is not part of this build yet. "
        "The server runs with `callnest-server`; see README.md."
    )
