"""The doctor (issue 23, item 3): on a fresh server it exits 0 and reports
every check; then one real fault per check, each found and worded with a
fix - a certificate about to expire or untrusted, a proxy that is not this
server, a TURN secret that differs, a clock five minutes off (chronyd under
libfaketime), a nearly full disk (a tmpfs of its own), old and failed
backups, a damaged database, a server that is down."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from callnest import protocol as p
from callnest.protocol import rest
from callnest.protocol.rest import CheckStatus
from callnest.server.backup import back_up, newest
from callnest.server.doctor.address import check_address
from callnest.server.doctor.backups import check_backups
from callnest.server.doctor.clock import check_clock
from callnest.server.doctor.disk import check_disk
from callnest.server.doctor.trunks import check_trunks
from callnest.server.doctor.turn import check_turn
from callnest.server.settings import IceServer, Settings
from callnest.server.store import open_store
from callnest.sim.certificates import issue
from callnest.sim.ports import free_port, free_udp_port
from callnest.sim.server_process import ServerProcess, server_command
from integration.disks import small_disk
from integration.test_caller_candidates import network_address
from integration.time_server import Chrony
from integration.turn_server import SECRET, Coturn, coturn

pytestmark = pytest.mark.slow

__all__ = ["coturn", "small_disk"]  # fixtures used here

CHECKS = {"address", "turn", "trunks", "mailboxes", "disk", "backups", "clock", "database"}
OK, WARNING, FAILED, SKIPPED = (
    CheckStatus.OK,
    CheckStatus.WARNING,
    CheckStatus.FAILED,
    CheckStatus.SKIPPED,
)


async def doctor(data_dir: Path) -> tuple[int, rest.DoctorReport]:
    """``callnest-server doctor --json`` on ``data_dir``: its exit code and report."""
    process = await asyncio.create_subprocess_exec(
        *server_command(), "doctor", "--data-dir", str(data_dir), "--json",
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(process.communicate(), 90)
    assert process.returncode is not None
    return process.returncode, rest.DoctorReport.model_validate_json(out)


def by_check(report: rest.DoctorReport) -> dict[str, rest.Finding]:
    return {f.check: f for f in report.findings}


async def test_a_fresh_server_passes_and_every_check_is_reported(tmp_path: Path) -> None:
    async with ServerProcess(tmp_path / "data", keep_data=True) as server:
        code, report = await doctor(server.data_dir)
        text = await asyncio.create_subprocess_exec(
            *server_command(), "doctor", "--data-dir", str(server.data_dir),
            stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        said = (await text.communicate())[0].decode()

    assert code == 0, report
    found = by_check(report)
    assert set(found) == CHECKS
    assert all(f.status is not FAILED for f in report.findings), report
    assert found["address"].status is OK
    assert found["database"].status is OK
    assert (found["mailboxes"].status, found["mailboxes"].code) == (SKIPPED, "mailboxes.none")
    assert found["backups"].summary.startswith("No backup yet")
    # In words, one block a check.
    for finding in report.findings:
        assert finding.title in said


async def test_a_server_that_is_down_and_a_damaged_database_are_said_so(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    async with ServerProcess(data_dir, keep_data=True):
        pass
    database = data_dir / "callnest.sqlite3"
    damaged = bytearray(database.read_bytes())
    damaged[3 * 4096 : 4 * 4096] = b"\xa5" * 4096  # a table's page
    database.write_bytes(bytes(damaged))

    code, report = await doctor(data_dir)

    assert code == 1
    found = by_check(report)
    assert found["server"].status is FAILED
    assert "No Callnest server answers" in found["server"].summary
    assert found["database"].status is FAILED
    assert "restore" in found["database"].fix


async def test_a_data_dir_that_is_not_there_is_said_so(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        *server_command(), "doctor", "--data-dir", str(tmp_path / "nothing"),
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await process.communicate()
    assert process.returncode == 1
    assert err.decode().strip() == (
        f"callnest-server doctor: there is no data dir at {tmp_path / 'nothing'}"
    )


# ------------------------------------------------------------------- address


class Proxy:
    """An HTTPS site on 127.0.0.1 with a certificate of the test CA's:
    answering /api/health as Callnest does, or not."""

    def __init__(self, certificates_dir: Path, valid_days: float, callnest: bool = True):
        self.certificates = issue(certificates_dir, valid_days)
        self.callnest = callnest
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def __aenter__(self) -> Proxy:
        app = web.Application()

        async def health(_: web.Request) -> web.Response:
            if not self.callnest:
                return web.Response(status=502, text="Bad Gateway")
            return web.json_response({"status": "ok", "version": "test"})

        app.router.add_get("/api/health", health)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.certificates.certificate, self.certificates.private_key)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        port = free_port("127.0.0.1")
        await web.TCPSite(self.runner, "127.0.0.1", port, ssl_context=context).start()
        self.url = f"https://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self.runner is not None
        await self.runner.cleanup()


Trust = Callable[[Path], None]


@pytest.fixture
def trust(monkeypatch: pytest.MonkeyPatch) -> Trust:
    """Makes a test CA one the system trusts (as a real CA would be)."""

    def trusting(ca: Path) -> None:
        monkeypatch.setenv("SSL_CERT_FILE", str(ca))

    return trusting


@pytest.mark.parametrize(
    ("valid_days", "status", "words"),
    [
        (90, OK, "valid until"),
        (20, WARNING, "(19 days)"),
        (10, FAILED, "(9 days)"),
        (-1, FAILED, "certificate has expired"),
    ],
)
async def test_the_certificate_of_the_address_callers_use(
    tmp_path: Path, trust: Trust, valid_days: float, status: CheckStatus, words: str
) -> None:
    async with Proxy(tmp_path / "certificates", valid_days) as proxy:
        trust(proxy.certificates.ca)
        found = await check_address(proxy.url, "127.0.0.1", 8730)
    assert found.status is status, found
    assert words in found.summary
    assert (found.fix == "") is (status is OK)


async def test_an_untrusted_certificate_and_a_proxy_to_elsewhere_fail(
    tmp_path: Path, trust: Trust
) -> None:
    async with Proxy(tmp_path / "untrusted", 90) as proxy:
        untrusted = await check_address(proxy.url, "127.0.0.1", 8730)
    async with Proxy(tmp_path / "elsewhere", 90, callnest=False) as proxy:
        trust(proxy.certificates.ca)
        elsewhere = await check_address(proxy.url, "127.0.0.1", 8730)
    plain = await check_address("http://calls.example.com", "127.0.0.1", 8730)
    gone = await check_address(f"https://127.0.0.1:{free_port('127.0.0.1')}", "127.0.0.1", 8730)

    assert untrusted.status is FAILED and "not trust" in untrusted.summary
    assert elsewhere.status is FAILED and "HTTP 502" in elsewhere.summary
    assert plain.status is FAILED and "not HTTPS" in plain.summary
    assert gone.status is FAILED and "cannot be reached" in gone.summary


# ---------------------------------------------------------------------- turn


async def test_turn_with_the_right_secret_a_wrong_one_and_none_running(coturn: Coturn) -> None:
    right = await check_turn((IceServer((coturn.url,), secret=SECRET),))
    wrong = await check_turn((IceServer((coturn.url,), secret="another-secret"),))
    host = network_address()
    nobody = IceServer((f"turn:{host}:{free_udp_port(host)}",), secret=SECRET)
    silent = await check_turn((nobody,), timeout_s=1.0)
    none = await check_turn(())

    assert right.status is OK, right
    assert wrong.status is FAILED and "401" in wrong.summary
    assert "static-auth-secret" in wrong.fix
    assert silent.status is FAILED and "does not answer" in silent.summary
    assert none.status is SKIPPED


# --------------------------------------------------------------------- clock


@pytest.mark.parametrize(
    ("offset_s", "status"), [(0.0, OK), (3.0, WARNING), (300.0, FAILED), (-300.0, FAILED)]
)
async def test_the_clock_against_a_real_time_server(
    tmp_path: Path, offset_s: float, status: CheckStatus
) -> None:
    ntp = await Chrony.start(tmp_path / "chrony", free_udp_port("127.0.0.1"), offset_s)
    try:
        found = await check_clock(ntp.address)
    finally:
        await ntp.stop()
    assert found.status is status, found
    measured = found.figures["offset_s"]
    assert isinstance(measured, float) and abs(measured - offset_s) < 0.5
    if status is FAILED:
        assert ("behind" if offset_s > 0 else "ahead of") in found.summary
        assert "chrony" in found.fix


async def test_a_time_server_that_does_not_answer_leaves_the_clock_unchecked() -> None:
    found = await check_clock(f"127.0.0.1:{free_udp_port('127.0.0.1')}", timeout_s=0.5)
    assert found.status is WARNING
    assert "unchecked" in found.summary


# ---------------------------------------------------------------------- disk


def test_a_disk_past_90_percent_and_one_that_recordings_fill_within_days(
    small_disk: Path,
) -> None:
    recordings = small_disk / "recordings"
    now = time.time()
    empty = check_disk(small_disk, recordings, now)
    (small_disk / "filler").write_bytes(b"\0" * (60 * 1 << 20))  # 60 of 64 MB
    full = check_disk(small_disk, recordings, now)
    (small_disk / "filler").write_bytes(b"\0" * (16 * 1 << 20))
    # Yesterday's recordings: at that pace the disk is full in under a week.
    yesterday = time.strftime("%Y-%m-%d", time.gmtime(now - 86400))
    (recordings / yesterday).mkdir(parents=True)
    (recordings / yesterday / "call.ogg").write_bytes(b"\0" * (40 * 1 << 20))
    filling = check_disk(small_disk, recordings, now)

    assert empty.status is OK
    assert full.status is FAILED and "% used" in full.summary
    assert full.figures["used_pct"] is not None and float(full.figures["used_pct"]) >= 90
    assert filling.status is FAILED, filling
    assert "full in about" in filling.summary
    assert "recordings are kept" in filling.fix


# ------------------------------------------------------------------- backups


async def test_backups_old_failed_off_and_on_the_same_disk(tmp_path: Path) -> None:
    data_dir, folder = tmp_path / "data", tmp_path / "backups"
    data_dir.mkdir()
    settings = Settings(data_dir=data_dir)
    await (await open_store(settings.effective_database_url)).close()
    schedule = rest.BackupSchedule()
    now = time.time()
    days = 86400.0

    def check(*, last: rest.BackupRun | None = None, enabled: bool = True) -> rest.Finding:
        return check_backups(
            schedule.model_copy(update={"enabled": enabled}),
            folder,
            newest(folder),
            last,
            data_dir=data_dir,
            first_started_at=now - 10 * days,
            now=now,
        )

    assert check().status is FAILED  # ten days running, no backup
    back_up(settings, folder, clock=lambda: now - 3 * days)
    three_days = check()
    back_up(settings, folder, clock=lambda: now - 3600)
    recent = check()
    failed = check(
        last=rest.BackupRun(started_at=now - 60, finished_at=now - 50, ok=False, error="disk full")
    )
    off = check(enabled=False)

    assert three_days.status is FAILED and "3 days old" in three_days.summary
    assert recent.status is WARNING and "same disk" in recent.summary  # tmp_path: one disk
    assert failed.status is FAILED and "disk full" in failed.summary
    assert off.status is WARNING and "off" in off.summary


# -------------------------------------------------------------------- trunks


def test_a_trunk_refused_fails_one_still_trying_warns() -> None:
    names = {1: "Provider", 2: "Backup line"}
    alarm = p.TrunkAlarm(trunk_id=1, name="Provider", failure="403 Forbidden", since=1.0)

    def registration(trunk_id: int, state: str, failure: str | None = None) -> Any:
        return rest.TrunkRegistration(
            trunk_id=trunk_id, state=state, since=1.0, last_failure=failure, last_failure_at=None
        )

    def status(*registrations: rest.TrunkRegistration) -> rest.EdgeStatus:
        return rest.EdgeStatus(running=True, problem=None, registrations=registrations)

    assert check_trunks(p.PhoneHealth(), None, {}).status is SKIPPED
    both = check_trunks(p.PhoneHealth(), status(registration(1, "registered")), names)
    assert both.status is OK and "Registered: Provider" in both.summary
    assert "1 known to the provider by this machine's address" in both.summary
    trying = check_trunks(
        p.PhoneHealth(),
        status(registration(1, "registering"), registration(2, "registered")),
        names,
    )
    assert trying.status is WARNING and "Provider: no answer yet" in trying.summary
    down = check_trunks(
        p.PhoneHealth(trunks=(alarm,)), status(registration(1, "failed", "403 Forbidden")), names
    )
    assert down.status is FAILED and "Provider: 403 Forbidden" in down.summary
    edge = check_trunks(p.PhoneHealth(edge_problem="kamailio exited"), None, names)
    assert edge.status is FAILED and "kamailio exited" in edge.summary
