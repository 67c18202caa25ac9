"""The server sends no error code outside the protocol's catalogue because it
cannot: every place it refuses something takes an ErrorCode, and mypy (with
pydantic's plugin typing models' constructors, as pyproject.toml sets it)
refuses a bare string at each one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# Each refusal the server can make, once with a bare string (line numbers kept
# in REFUSED) and once, at the end, with a code from the catalogue.
SNIPPET = """\
from callnest import protocol as p
from callnest.server.acd import AcdError
from callnest.server.api.errors import ApiError, error_response
from callnest.server.chat import ChatError
from callnest.server.media.monitoring import MonitorRefused
from callnest.server.refused import Refused

p.ErrorReply(code="went_away", message="m")
Refused("went_away", "m")
AcdError("went_away", "m")
ApiError(409, "went_away", "m")
error_response(409, "went_away", "m")
ChatError("went_away", "m")
MonitorRefused("went_away", "m")
Refused(p.ErrorCode.OFFER_GONE, "m")
"""
REFUSED = set(range(8, 15))


def test_a_bare_string_is_no_error_code(tmp_path: Path) -> None:
    # mypy's own cache in the project (``make test`` has just filled it with
    # ``make typecheck``) spares checking the server's modules again: 11 s -> 1 s.
    snippet = tmp_path / "snippet.py"
    snippet.write_text(SNIPPET)
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(snippet),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error: " in line]
    wrong_type = {
        int(line.split(":")[1]) for line in errors if '"str"; expected "ErrorCode"' in line
    }
    assert wrong_type == REFUSED, checked.stdout
    assert len(errors) == len(REFUSED), checked.stdout
