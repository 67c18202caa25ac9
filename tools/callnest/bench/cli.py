"""``callnest-bench``: benchmarks that print figures (JSON with ``--json``).

Each benchmark is a module with ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``main(args) -> int``; add it to ``BENCHMARKS`` to get a sub-command.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from types import ModuleType

# sub-command -> module. A benchmark module imports its heavy dependencies
# (aiortc for media, say) inside main(), so building the parser stays cheap and
# one benchmark's missing dependency never breaks another.
BENCHMARKS: dict[str, str] = {
    "routing": "callnest.bench.routing",
    "media": "callnest.bench.media",
    "phone": "callnest.bench.phone",
    "campaign": "callnest.bench.campaign",
    "desktop": "callnest.bench.desktop",
    "wallboard": "callnest.bench.wallboard",
    "report": "callnest.bench.report_build",
    "backup": "callnest.bench.backup",
    "email": "callnest.bench.mail",
}


def _load(name: str) -> ModuleType:
    return importlib.import_module(BENCHMARKS[name])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callnest-bench", description="Callnest benchmarks; figures as a table or JSON."
    )
    commands = parser.add_subparsers(dest="benchmark", required=True)
    for name in BENCHMARKS:
        module = _load(name)
        sub = commands.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    status: int = _load(args.benchmark).main(args)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
