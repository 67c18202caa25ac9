"""Backups of a server's data, taken while calls go on, and their restore.

A backup is one directory (a *generation*) under the backup folder, named by
its UTC time: the database (SQLite's online backup API, a consistent copy
while the server writes; ``pg_dump`` for PostgreSQL), the recordings, the
owner's credentials file if it is still there, and ``manifest.json`` with
each file's size and SHA-256. A generation is built under a hidden name and
renamed once it is complete and verified, so a backup cut short (a crash, a
full disk) never looks like one that can be restored. Finished recordings
do not change, so one already in the previous generation is hard-linked
from it rather than copied again: a daily backup costs the day's new
recordings, however many generations are kept.

Everything here blocks (file copies, subprocesses): the server runs it in a
thread (``asyncio.to_thread``), the command line directly.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy.engine import make_url

from callnest.server.bootstrap import CREDENTIALS_FILE
from callnest.server.settings import Settings

MANIFEST: Final = "manifest.json"
FORMAT: Final = 1
PREFIX: Final = "callnest-"
PARTIAL: Final = ".partial-"
SQLITE_COPY: Final = "database.sqlite3"
PG_DUMP: Final = "database.pgdump"
FILES: Final = "files"
DEFAULT_KEEP: Final = 7
# What the manifest counts, so that a restore can say what it brought back.
COUNTED_TABLES: Final = ("customers", "interactions", "chat_messages", "users", "queues")
_CHUNK = 1 << 20


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why, in words."""


@dataclass(frozen=True, slots=True)
class Generation:
    path: Path
    manifest: dict[str, Any]

    @property
    def created_at(self) -> float:
        return float(self.manifest["created_at"])

    def summary(self) -> str:
        """One line: when, and what it holds."""
        counts = self.manifest.get("counts") or {}
        files = self.manifest["files"]
        recordings = [f for f in files if f["path"].startswith("recordings/")]
        size = self.manifest["database"]["bytes"] + sum(f["bytes"] for f in files)
        held = ", ".join(_count(n, table) for table, n in counts.items())
        return (
            f"{self.path.name} ({_local_time(self.created_at)}): {_megabytes(size)}; "
            f"{held or 'the database'}; {_count(len(recordings), 'recordings')}"
        )


@dataclass(frozen=True, slots=True)
class BackupResult:
    generation: Generation
    copied_files: int  # new since the previous generation
    linked_files: int  # unchanged since it: hard links
    removed: tuple[str, ...]  # older generations beyond ``keep``
    seconds: float


def back_up(
    settings: Settings,
    to: Path,
    *,
    keep: int = DEFAULT_KEEP,
    reason: str = "",
    clock: Callable[[], float] = time.time,
) -> BackupResult:
    """Copies ``settings``' data into a new generation under ``to``, verifies
    it, and removes the generations beyond the newest ``keep``."""
    if keep < 1:
        raise BackupError("keep at least one backup")
    started = time.monotonic()
    created_at = clock()
    to.mkdir(parents=True, exist_ok=True, mode=0o700)
    _remove_partials(to)
    name = _new_name(to, created_at)
    partial = to / (PARTIAL + name)
    partial.mkdir(mode=0o700)
    try:
        database = _copy_database(settings, partial)
        previous = newest(to)
        files, linked = _copy_files(settings, partial, previous)
        manifest = {
            "format": FORMAT,
            "created_at": created_at,
            "reason": reason,
            "database": database,
            "counts": _counts(partial / SQLITE_COPY) if database["kind"] == "sqlite" else {},
            "files": files,
        }
        _write_json(partial / MANIFEST, manifest)
        verify(partial)
        final = to / name
        partial.rename(final)
        _fsync_dir(to)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    removed = tuple(g.path.name for g in generations(to)[:-keep])
    for old in removed:
        shutil.rmtree(to / old, ignore_errors=True)
    return BackupResult(
        Generation(final, manifest),
        copied_files=len(files) - linked,
        linked_files=linked,
        removed=removed,
        seconds=time.monotonic() - started,
    )


def generations(to: Path) -> list[Generation]:
    """The complete generations under ``to``, oldest first."""
    found = []
    for path in sorted(to.glob(PREFIX + "*")) if to.is_dir() else ():
        try:
            manifest = json.loads((path / MANIFEST).read_text())
        except (OSError, ValueError):
            continue  # not one of ours, or damaged: verify() says which
        if isinstance(manifest, dict) and manifest.get("format") == FORMAT:
            found.append(Generation(path, manifest))
    return sorted(found, key=lambda g: g.created_at)


def newest(to: Path) -> Generation | None:
    found = generations(to)
    return found[-1] if found else None


def verify(path: Path) -> Generation:
    """Checks a generation against its manifest: every file there with its
    size and SHA-256, and the database readable (SQLite's integrity check;
    ``pg_restore --list`` for a PostgreSQL dump). Raises BackupError."""
    try:
        manifest = json.loads((path / MANIFEST).read_text())
    except (OSError, ValueError) as exc:
        raise BackupError(
            f"{path} is not a Callnest backup: no readable {MANIFEST} ({exc})"
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path}: a backup format this version does not read")
    database = manifest["database"]
    for entry in [database, *manifest["files"]]:
        file = path / entry["path"]
        try:
            digest, size = _digest(file)
        except OSError as exc:
            raise BackupError(
                f"{path.name}: {entry['path']} is missing or unreadable ({exc})"
            ) from None
        if (digest, size) != (entry["sha256"], entry["bytes"]):
            raise BackupError(f"{path.name}: {entry['path']} differs from what was backed up")
    if database["kind"] == "sqlite":
        problem = sqlite_problem(path / database["path"])
        if problem:
            raise BackupError(f"{path.name}: the database copy is damaged: {problem}")
    else:
        listed = _run(["pg_restore", "--list", str(path / database["path"])], "pg_restore --list")
        if "TABLE DATA" not in listed:
            raise BackupError(f"{path.name}: the database dump holds no table data")
    return Generation(path, manifest)


def restore(source: Path, data_dir: Path, database_url: str | None = None) -> Generation:
    """Brings the generation at ``source`` (or the newest under it) back into
    ``data_dir``, which must hold no database yet (nor ``database_url``'s
    database any table): a restore never overwrites data."""
    generation = verify(_chosen(source))
    settings = Settings(data_dir=data_dir.resolve(), database_url=database_url)
    kind = generation.manifest["database"]["kind"]
    wanted = "sqlite" if database_url is None else "postgresql"
    if kind != wanted:
        raise BackupError(
            f"this backup holds a {kind} database; "
            + ("give --database-url" if kind == "postgresql" else "leave out --database-url")
        )
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    data_dir.chmod(0o700)
    database_file = generation.path / generation.manifest["database"]["path"]
    if kind == "sqlite":
        target = settings.sqlite_path
        if target.exists():
            raise BackupError(
                f"{data_dir} already holds a database: restore into a new data dir "
                "(or move that one away first)"
            )
        _copy(database_file, target)
    else:
        assert database_url is not None
        _restore_postgres(database_file, database_url)
    for entry in generation.manifest["files"]:
        target = data_dir / entry["path"]
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _copy(generation.path / entry["path"], target)
    return generation


# ------------------------------------------------------------------ database


def _copy_database(settings: Settings, into: Path) -> dict[str, Any]:
    if settings.database_url is None:
        target = into / SQLITE_COPY
        _sqlite_backup(settings.sqlite_path, target)
        kind = "sqlite"
    else:
        target = into / PG_DUMP
        _pg_dump(settings.database_url, target)
        kind = "postgresql"
    target.chmod(0o600)
    digest, size = _digest(target)
    return {
        "kind": kind,
        "path": target.name,
        "bytes": size,
        "sha256": digest,
        "revision": _revision(target) if kind == "sqlite" else None,
    }


def _sqlite_backup(source: Path, target: Path) -> None:
    if not source.exists():
        raise BackupError(f"no database at {source}: is the data dir right?")
    # In WAL mode the copy is one read transaction: the server's writers go
    # on meanwhile, and the copy is the database as of the moment it began.
    with (
        contextlib.closing(sqlite3.connect(source, timeout=30)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
        # One self-contained file, whatever the source's journal mode.
        dst.execute("PRAGMA journal_mode=DELETE")


def sqlite_problem(path: Path, *, quick: bool = False) -> str:
    """What SQLite's integrity check finds wrong with the database at
    ``path``; empty when nothing. ``quick``: every page and index entry
    read but not cross-checked (seconds for a year's data)."""
    if not path.exists():
        return f"there is no database at {path}"
    check = "quick_check" if quick else "integrity_check"
    try:
        with contextlib.closing(
            sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        ) as db:
            result = [row[0] for row in db.execute(f"PRAGMA {check}")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "" if result == ["ok"] else "; ".join(result[:3])


def _revision(path: Path) -> str | None:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        try:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return None if row is None else str(row[0])


def _counts(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return {
            t: int(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in COUNTED_TABLES
        }


def _pg_dump(url: str, target: Path) -> None:
    _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(target)], "pg_dump", url=url)


def _restore_postgres(dump: Path, url: str) -> None:
    tables = _run(
        ["psql", "--no-psqlrc", "-tAc", "SELECT count(*) FROM pg_tables WHERE schemaname='public'"],
        "psql",
        url=url,
    )
    if tables.strip() != "0":
        raise BackupError(
            "the database named by --database-url already holds tables: restore into an "
            "empty database"
        )
    _run(
        ["pg_restore", "--no-owner", "--exit-on-error", "--single-transaction", str(dump)],
        "pg_restore",
        url=url,
    )


def _run(command: list[str], what: str, *, url: str | None = None) -> str:
    """Runs a PostgreSQL client; the URL's password goes in the environment,
    never on the command line (where ``ps`` shows it)."""
    env = dict(os.environ)
    if url is not None:
        parsed = make_url(url)
        if parsed.password is not None:
            env["PGPASSWORD"] = str(parsed.password)
        plain = parsed.set(drivername="postgresql", password=None)
        command = [*command, f"--dbname={plain.render_as_string(hide_password=False)}"]
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    except FileNotFoundError:
        raise BackupError(f"{what} is not installed (Debian: postgresql-client)") from None
    if done.returncode != 0:
        raise BackupError(f"{what} failed: {done.stderr.strip()[-500:]}")
    return done.stdout


# --------------------------------------------------------------------- files


def _sources(settings: Settings) -> Iterator[tuple[str, Path]]:
    """The data dir's files a backup keeps, by their path inside it."""
    credentials = settings.data_dir / CREDENTIALS_FILE
    if credentials.is_file():
        yield CREDENTIALS_FILE, credentials
    # Call recordings, and the owner's own recordings of the prompts (not
    # one being written: a hidden temporary file).
    for folder in (settings.recordings_dir, settings.prompts_dir):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    yield path.relative_to(settings.data_dir).as_posix(), path


def _copy_files(
    settings: Settings, into: Path, previous: Generation | None
) -> tuple[list[dict[str, Any]], int]:
    before = {f["path"]: f for f in previous.manifest["files"]} if previous else {}
    entries, linked = [], 0
    for relative, source in _sources(settings):
        try:
            stat = source.stat()
        except FileNotFoundError:
            continue  # deleted meanwhile (a recording past its retention)
        target = into / relative
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        old = before.get(relative)
        if old is not None and (old["bytes"], old["mtime_ns"]) == (stat.st_size, stat.st_mtime_ns):
            assert previous is not None
            os.link(previous.path / relative, target)
            digest, size, linked = old["sha256"], old["bytes"], linked + 1
        else:
            try:
                digest, size = _copy(source, target)
            except FileNotFoundError:
                continue
        entries.append(
            {"path": relative, "bytes": size, "sha256": digest, "mtime_ns": stat.st_mtime_ns}
        )
    return entries, linked


def _copy(source: Path, target: Path) -> tuple[str, int]:
    """Copies ``source`` (its data as read now, its modification time) to a
    new file only its user can read; returns the SHA-256 and size copied."""
    digest, size = hashlib.sha256(), 0
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    shutil.copystat(source, target)
    target.chmod(0o600)
    return digest.hexdigest(), size


def _digest(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _write_json(path: Path, value: Any) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump(value, out, indent=1)
        out.flush()
        os.fsync(out.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- generations


def _new_name(to: Path, at: float) -> str:
    stamp = datetime.fromtimestamp(at, UTC).strftime("%Y%m%dT%H%M%SZ")
    name, n = PREFIX + stamp, 1
    while (to / name).exists():
        n += 1
        name = f"{PREFIX}{stamp}-{n}"
    return name


def _remove_partials(to: Path) -> None:
    """What a backup cut short left behind (it never became a generation)."""
    for path in to.glob(PARTIAL + "*"):
        shutil.rmtree(path, ignore_errors=True)


def _chosen(source: Path) -> Path:
    if (source / MANIFEST).exists():
        return source
    latest = newest(source)
    if latest is None:
        raise BackupError(f"no backup in {source}")
    return latest.path


def _count(n: int, table: str) -> str:
    """``3 chat messages``, ``1 user``: a table's rows in words."""
    noun = table.replace("_", " ")
    return f"{n} {noun if n != 1 else noun.removesuffix('s')}"


def _local_time(at: float) -> str:
    return datetime.fromtimestamp(at).astimezone().strftime("%Y-%m-%d %H:%M %Z")


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"
