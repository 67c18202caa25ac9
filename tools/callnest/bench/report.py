"""How every benchmark prints its figures: JSON with ``--json``, else a table."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def show(
    figures: dict[str, Any],
    as_json: bool,
    table: Callable[[dict[str, Any]], str] | None = None,
) -> int:
    """Prints ``figures``; a benchmark without a table of its own gets one
    line per figure. Returns 0, the benchmark's exit status."""
    if as_json:
        print(json.dumps(figures, indent=2))
    elif table is not None:
        print(table(figures))
    else:
        width = max((len(key) for key in figures), default=0)
        for key, value in figures.items():
            print(f"{key:>{width}}  {value}")
    return 0
