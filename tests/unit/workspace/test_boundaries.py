"""The import contracts (.importlinter) hold on the code, and each one breaks
on an import that crosses it: the check `make boundaries` runs can fail."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
MEMBERS = ("protocol", "resources", "server", "desktop", "tools")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(members_root: Path) -> subprocess.CompletedProcess[str]:
    # The members' folders first on the path: the copies under test, not the
    # editable installs, are what import-linter reads.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(members_root / m) for m in MEMBERS)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(ROOT / ".importlinter")],
        cwd=members_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("members")
    for member in MEMBERS:
        shutil.copytree(
            ROOT / member / "callnest",
            root / member / "callnest",
            ignore=shutil.ignore_patterns("__pycache__", "*.ogg"),
        )
    return root


def test_the_code_keeps_every_contract(members: Path) -> None:
    result = lint_imports(members)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        (
            "desktop/callnest/desktop/stray.py",
            "import callnest.server.app",
            "The desktop and the server never import each other",
        ),
        (
            "server/callnest/server/stray.py",
            "import callnest.desktop.app",
            "The desktop and the server never import each other",
        ),
        (
            "protocol/callnest/protocol/stray.py",
            "import PySide6.QtCore",
            "The protocol imports no other member, no Qt, no aiohttp, no database",
        ),
        (
            "protocol/callnest/protocol/stray.py",
            "import callnest.server.acd",
            "The protocol imports no other member, no Qt, no aiohttp, no database",
        ),
        (
            "server/callnest/server/acd/stray.py",
            "import callnest.server.store.db",
            "The ACD core is pure: no store, no aiohttp, no media",
        ),
        (
            "server/callnest/server/acd/stray.py",
            "import aiohttp",
            "The ACD core is pure: no store, no aiohttp, no media",
        ),
        (
            "desktop/callnest/desktop/models/stray.py",
            "import callnest.desktop.ui.agent",
            "The desktop's view models never import its widgets",
        ),
        (
            "server/callnest/server/stray.py",
            "import callnest.sim.cli",
            "Nothing shipped imports the tools",
        ),
    ],
)
def test_a_crossing_import_breaks_its_contract(
    members: Path, module: str, line: str, contract: str
) -> None:
    stray = members / module
    stray.write_text(f"{line}\n")
    try:
        result = lint_imports(members)
    finally:
        stray.unlink()
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{contract} BROKEN" in result.stdout
    assert "1 broken" in result.stdout
