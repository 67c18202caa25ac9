"""How ``callnest-server doctor`` on the server's machine reaches the
running server: the server writes its local address and a fresh token to
a file in the data dir, readable only by its user (who can read all the
data anyway), and removes it when it stops."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

ACCESS_FILE = "doctor-access"


def write_access(data_dir: Path, host: str, port: int, token: str) -> None:
    local = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
    url = f"http://[{local}]:{port}" if ":" in local else f"http://{local}:{port}"
    path = data_dir / ACCESS_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump({"url": url, "token": token, "pid": os.getpid()}, out)
    os.chmod(path, 0o600)


def read_access(data_dir: Path) -> tuple[str, str] | None:
    """The running server's local address and token; None when none runs."""
    try:
        found = json.loads((data_dir / ACCESS_FILE).read_text())
        return str(found["url"]), str(found["token"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remove_access(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (data_dir / ACCESS_FILE).unlink()
