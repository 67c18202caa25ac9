"""Every finding the doctor makes has a code, one a sentence, and the values
its sentences name (``params``), so the app can say it in its user's
language (the English summary and fix stay, for the command line and logs):
``finding`` takes no finding without a code, every call names one as a
literal, and the checks that need no network give theirs."""

from __future__ import annotations

import ast
import contextlib
import inspect
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from callnest import protocol as p
from callnest.protocol import rest
from callnest.protocol.rest import CheckStatus
from callnest.server import doctor
from callnest.server.backup import Generation
from callnest.server.doctor.address import check_address
from callnest.server.doctor.backups import check_backups
from callnest.server.doctor.clock import check_clock
from callnest.server.doctor.database import check_database
from callnest.server.doctor.disk import check_disk
from callnest.server.doctor.mailboxes import check_mailboxes
from callnest.server.doctor.report import finding
from callnest.server.doctor.trunks import check_trunks
from callnest.server.doctor.turn import check_turn

DOCTOR = Path(doctor.__file__).parent
CHECKS = (
    "address",
    "turn",
    "trunks",
    "mailboxes",
    "disk",
    "backups",
    "clock",
    "database",
    "server",
)
CODE = re.compile(rf"^({'|'.join(CHECKS)})\.[a-z_]+$")
# The codes are an interface: the desktop has a sentence for each
# (desktop/callnest/desktop/models/health.py). A new sentence, a new code.
CODES = {
    "mailboxes.none",
    "mailboxes.failing",
    "mailboxes.ok",
    "address.local_only",
    "address.no_public_url",
    "address.local_url",
    "address.not_https",
    "address.untrusted",
    "address.unreachable",
    "address.no_answer",
    "address.elsewhere_status",
    "address.elsewhere_error",
    "address.elsewhere_no_answer",
    "address.elsewhere",
    "address.certificate",
    "turn.none",
    "turn.unauthorized",
    "turn.refused",
    "turn.unreachable",
    "turn.no_reply",
    "turn.relays",
    "trunks.none",
    "trunks.edge_down",
    "trunks.refused",
    "trunks.trying",
    "trunks.registered",
    "trunks.registered_and_known",
    "trunks.known",
    "disk.space",
    "disk.filling",
    "backups.failed",
    "backups.never",
    "backups.never_off",
    "backups.none_off",
    "backups.none_yet",
    "backups.old",
    "backups.off",
    "backups.same_disk",
    "backups.recent",
    "clock.no_server",
    "clock.unreachable",
    "clock.no_answer",
    "clock.behind",
    "clock.ahead",
    "clock.right_behind",
    "clock.right_ahead",
    "database.missing",
    "database.damaged",
    "database.sqlite_sound",
    "database.postgres_down",
    "database.postgres_sound",
    "database.postgres_unchecked",
    "server.down",
}


def finding_calls() -> list[tuple[str, ast.Call]]:
    """Every ``finding(...)`` in the doctor's modules, with where it is."""
    calls = []
    for path in sorted(DOCTOR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "finding"
            ):
                calls.append((f"{path.name}:{node.lineno}", node))
    return calls


def doctor_codes() -> set[str]:
    """Every code the doctor's modules name (each a literal, to be found here)."""
    return {
        node.value
        for path in DOCTOR.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(), str(path)))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value)
    }


async def examples(tmp_path: Path) -> list[rest.Finding]:
    """Findings of the checks that need no network, no server and no time
    server: a code each at least, as the server makes them."""
    now = time.time()
    days = 86400.0
    names = {1: "Provider", 2: "Backup line"}

    def registration(trunk_id: int, state: str, failure: str | None = None) -> Any:
        return rest.TrunkRegistration(
            trunk_id=trunk_id, state=state, since=1.0, last_failure=failure, last_failure_at=None
        )

    def edge(*registrations: rest.TrunkRegistration) -> rest.EdgeStatus:
        return rest.EdgeStatus(running=True, problem=None, registrations=registrations)

    data_dir, folder = tmp_path / "data", tmp_path / "backups"
    data_dir.mkdir()
    folder.mkdir()
    on, off = rest.BackupSchedule(), rest.BackupSchedule(enabled=False)
    failed = rest.BackupRun(started_at=now - 60, finished_at=now - 50, ok=False, error="disk full")

    def backups(
        schedule: rest.BackupSchedule,
        age: float | None,
        last: rest.BackupRun | None = None,
        running: float = 10 * days,
    ) -> rest.Finding:
        latest = None if age is None else Generation(folder, {"created_at": now - age})
        return check_backups(
            schedule,
            folder,
            latest,
            last,
            data_dir=data_dir,
            first_started_at=now - running,
            now=now,
        )

    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database, " * 1000)
    sound = tmp_path / "sound.db"
    with contextlib.closing(sqlite3.connect(sound)) as db:
        db.execute("CREATE TABLE t (x)")
    recordings = tmp_path / "recordings"
    yesterday = time.strftime("%Y-%m-%d", time.gmtime(now - days))
    (recordings / yesterday).mkdir(parents=True)
    (recordings / yesterday / "call.ogg").write_bytes(b"\0" * 7000)
    alarm = p.TrunkAlarm(trunk_id=1, name="Provider", failure="403 Forbidden", since=1.0)
    return [
        await check_address(None, "127.0.0.1", 8080, now),
        await check_address(None, "0.0.0.0", 8080, now),
        await check_address("http://localhost:8080", "127.0.0.1", 8080, now),
        await check_address("http://callnest.example", "0.0.0.0", 8080, now),
        await check_turn(()),
        check_trunks(p.PhoneHealth(), None, {}),
        check_trunks(p.PhoneHealth(edge_problem="kamailio exited"), None, names),
        check_trunks(p.PhoneHealth(trunks=(alarm,)), edge(registration(1, "failed")), names),
        check_trunks(
            p.PhoneHealth(), edge(registration(1, "registering"), registration(2, "failed")), names
        ),
        check_trunks(p.PhoneHealth(), edge(registration(1, "registered")), names),
        check_trunks(
            p.PhoneHealth(),
            edge(registration(1, "registered"), registration(2, "registered")),
            names,
        ),
        check_trunks(p.PhoneHealth(), edge(), names),
        check_mailboxes([], []),
        check_mailboxes(["a@example.test"], [("a@example.test", "authentication failed")]),
        check_mailboxes(["a@example.test"], []),
        check_disk(data_dir, tmp_path / "no-recordings", now),
        check_disk(tmp_path, recordings, now),
        backups(on, None, failed),
        backups(on, None),
        backups(off, None),
        backups(off, None, running=days),
        backups(on, None, running=days),
        backups(on, 3 * days),
        backups(off, 3600),
        backups(on, 5 * 3600),  # tmp_path: the data's disk
        await check_clock(""),
        await check_database(None, tmp_path / "missing.db"),
        await check_database(None, damaged),
        await check_database(None, sound),
    ]


def test_a_finding_is_not_made_without_its_code() -> None:
    code = inspect.signature(finding).parameters["code"]
    assert code.kind is inspect.Parameter.KEYWORD_ONLY
    assert code.default is inspect.Parameter.empty
    with pytest.raises(TypeError):
        finding("disk", "Disk space", CheckStatus.OK, "Fine.")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="starts with disk"):
        finding("disk", "Disk space", CheckStatus.OK, "Fine.", code="clock.behind")


def test_every_finding_names_its_code_and_each_code_is_known() -> None:
    calls = finding_calls()
    assert len(calls) >= 30
    for where, call in calls:
        assert any(keyword.arg == "code" for keyword in call.keywords), where
    assert doctor_codes() == CODES


async def test_the_checks_give_each_finding_its_code_and_params(tmp_path: Path) -> None:
    found = await examples(tmp_path)
    for item in found:
        assert item.code in CODES and item.code.startswith(item.check + "."), item
    by_code = {f.code: f for f in found}
    assert len(by_code) == len(found), "one example a code"
    assert by_code["address.local_only"].params == {"address": "http://127.0.0.1:8080"}
    disk = by_code["disk.filling"]
    assert isinstance(disk.params["free_bytes"], int) and isinstance(disk.params["days_left"], int)
    assert disk.params["growth_bytes"] == 1000  # 7000 bytes yesterday, over a week
    assert by_code["backups.old"].params["age_s"] == 3 * 86400
    assert by_code["backups.old"].params["keep"] == 7
    assert by_code["backups.off"].params == {"age_s": 3600, "daily_at": None}
    assert by_code["backups.failed"].params["error"] == "disk full"
    assert by_code["trunks.refused"].params == {"trunks": "Provider: 403 Forbidden", "count": 1}
    assert by_code["trunks.trying"].params == {"trunks": "Provider; Backup line", "count": 2}
    assert by_code["trunks.registered_and_known"].params == {"trunks": "Provider", "known": 1}
    assert isinstance(by_code["database.sqlite_sound"].params["size_bytes"], int)
    # The English stays as it was, for the command line and the log.
    assert by_code["trunks.trying"].summary == (
        "Not registered yet, still trying: Provider: no answer yet; Backup line: no answer yet."
    )
