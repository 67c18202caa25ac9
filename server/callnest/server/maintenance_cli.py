"""``callnest-server backup``, ``restore`` and ``doctor``: the owner's
commands beside running the server (``cli.py`` hands them over)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from callnest.protocol import rest
from callnest.server.backup import DEFAULT_KEEP, BackupError, back_up, restore
from callnest.server.cli import DATABASE_URL_VARIABLE, database_url
from callnest.server.doctor.offline import asked_of_server, rendered, without_server
from callnest.server.settings import Settings


def backup_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="callnest-server backup",
        description="Back up a server's data (while it runs): the database, recordings and "
        "settings, verified, as a new generation in the backup folder.",
    )
    _data_options(parser)
    parser.add_argument("--to", type=Path, required=True, help="the backup folder")
    parser.add_argument(
        "--keep",
        type=int,
        default=DEFAULT_KEEP,
        help=f"how many generations to keep, the newest (default: {DEFAULT_KEEP})",
    )
    args = parser.parse_args(argv)
    settings = Settings(
        data_dir=args.data_dir.resolve(), database_url=database_url(args.database_url)
    )
    try:
        result = back_up(settings, args.to.resolve(), keep=args.keep, reason="by hand")
    except (BackupError, OSError) as exc:
        sys.exit(f"callnest-server backup: {exc}")
    print(f"Backed up and verified in {result.seconds:.1f} s: {result.generation.summary()}")
    copied, linked = result.copied_files, result.linked_files
    print(
        f"  {copied} file{'s' if copied != 1 else ''} copied, {linked} unchanged since the "
        "last backup (linked, not copied again)"
    )
    for name in result.removed:
        print(f"  removed the oldest backup, {name} (keeping {args.keep})")


def restore_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="callnest-server restore",
        description="Bring a backup back into a new data dir (for a new machine, or after "
        "losing the old one). It is verified first and never overwrites data.",
    )
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        help="a backup (one generation), or the backup folder: its newest",
    )
    _data_options(parser)
    args = parser.parse_args(argv)
    try:
        generation = restore(args.source.resolve(), args.data_dir, database_url(args.database_url))
    except (BackupError, OSError) as exc:
        sys.exit(f"callnest-server restore: {exc}")
    print(f"Restored {generation.summary()}")
    print(f"  Start the server on it: callnest-server --data-dir {args.data_dir}")


def _data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="the server's data dir (--data-dir)"
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(DATABASE_URL_VARIABLE),
        help=f"its PostgreSQL database, if it uses one (or {DATABASE_URL_VARIABLE})",
    )


def doctor_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="callnest-server doctor",
        description="Check what silently breaks: the address and its certificate, TURN, the "
        "phone lines, disk space, backups, the clock, the database. Asks the server running "
        "on the data dir; when none runs, checks what it can without it. Exit code 0: "
        "nothing failed (warnings may be shown); 1: something failed.",
    )
    _data_options(parser)
    parser.add_argument("--json", action="store_true", help="the report as JSON, for monitoring")
    args = parser.parse_args(argv)
    data_dir = args.data_dir.resolve()
    if not data_dir.is_dir():
        sys.exit(f"callnest-server doctor: there is no data dir at {data_dir}")
    report = asked_of_server(data_dir)
    if report is None:
        report = asyncio.run(without_server(data_dir, database_url(args.database_url)))
    print(report.model_dump_json(indent=1) if args.json else rendered(report))
    sys.exit(1 if report.status is rest.CheckStatus.FAILED else 0)
