"""The doctor's findings and the alarms in the user's language: a sentence
for every code the server's doctor makes, its values put in as the
language writes them (sizes, dates, seconds, counts), and the server's own
English in English or for a code this app does not know (a newer server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.i18n import translations
from callnest.desktop.models.health import (
    TITLES,
    alarm_text,
    code_words,
    finding_words,
    fixes,
    mark,
    said,
    summaries,
)
from callnest.desktop.ui.admin.health import FindingView
from callnest.protocol import rest
from callnest.protocol.rest import CheckStatus
from unit.server.test_doctor_codes import CODES, doctor_codes, examples

NOW = 1_796_000_000.0  # 2026-11-29
URL = "https://callnest.example"
Params = dict[str, str | int | float | None]
SCHEDULE: Params = {"daily_at": "03:00", "keep": 7, "folder": "/srv/backups"}
PARAMS: dict[str, Params] = {
    "address.local_only": {"address": "http://127.0.0.1:8080"},
    "address.no_public_url": {"address": "http://192.168.1.5:8080"},
    "address.local_url": {"url": "http://localhost:8080"},
    "address.not_https": {"url": "http://callnest.example"},
    "address.untrusted": {"url": URL, "reason": "certificate has expired"},
    "address.unreachable": {"url": URL, "error": "Connection refused"},
    "address.no_answer": {"url": URL},
    "address.elsewhere_status": {"url": URL, "host": "0.0.0.0", "port": 8080, "http_status": 502},
    "address.elsewhere_error": {"url": URL, "host": "0.0.0.0", "port": 8080, "error": "EOF"},
    "address.elsewhere_no_answer": {"url": URL, "host": "0.0.0.0", "port": 8080},
    "address.elsewhere": {"url": URL, "host": "0.0.0.0", "port": 8080},
    "address.certificate": {"url": URL, "valid_until": NOW + 20 * 86400, "days": 20},
    "turn.none": {},
    "turn.unauthorized": {"url": "turn:turn.example:3478"},
    "turn.refused": {"url": "turn:turn.example:3478", "error_code": 486, "reason": "Quota"},
    "turn.unreachable": {"url": "turn:turn.example:3478", "error": "Connection refused"},
    "turn.no_reply": {"url": "turn:turn.example:3478", "timeout_s": 5.0},
    "turn.relays": {"urls": "turn:turn.example:3478, turns:turn.example:5349"},
    "trunks.none": {},
    "trunks.edge_down": {"problem": "kamailio exited"},
    "trunks.refused": {"trunks": "Provider: 403 Forbidden", "count": 1},
    "trunks.trying": {"trunks": "Provider; Backup line", "count": 2},
    "trunks.registered": {"trunks": "Provider, Backup line", "known": 0},
    "trunks.registered_and_known": {"trunks": "Provider", "known": 1},
    "trunks.known": {"trunks": "", "known": 2},
    "mailboxes.none": {},
    "mailboxes.failing": {"mailboxes": "support@example.com: authentication failed", "count": 1},
    "mailboxes.ok": {"mailboxes": "support@example.com, sales@example.com"},
    "disk.space": {"free_bytes": 54_500_000_000, "total_bytes": 100_000_000_000, "used_pct": 46},
    "disk.filling": {
        "free_bytes": 5_000_000_000,
        "total_bytes": 100_000_000_000,
        "used_pct": 95,
        "growth_bytes": 1_200_000_000,
        "days_left": 4,
    },
    "backups.failed": {"error": "disk full", **SCHEDULE},
    "backups.never": {"days": 10, **SCHEDULE},
    "backups.never_off": {"days": 10, "daily_at": None},
    "backups.none_off": {},
    "backups.none_yet": SCHEDULE,
    "backups.old": {"age_s": 3 * 86400, **SCHEDULE},
    "backups.off": {"age_s": 3600, "daily_at": None},
    "backups.same_disk": {"age_s": 5 * 3600, **SCHEDULE},
    "backups.recent": {"age_s": 600, **SCHEDULE},
    "clock.no_server": {},
    "clock.unreachable": {"server": "pool.ntp.org", "error": "Network is unreachable"},
    "clock.no_answer": {"server": "pool.ntp.org"},
    "clock.behind": {"server": "pool.ntp.org", "offset_s": 300.2},
    "clock.ahead": {"server": "pool.ntp.org", "offset_s": -2.5},
    "clock.right_behind": {"server": "pool.ntp.org", "offset_s": 0.0123},
    "clock.right_ahead": {"server": "pool.ntp.org", "offset_s": -0.0042},
    "database.missing": {"path": "/var/lib/callnest/callnest.db"},
    "database.damaged": {"problem": "file is not a database"},
    "database.sqlite_sound": {"size_bytes": 12_345_678},
    "database.postgres_down": {"error": "connection refused"},
    "database.postgres_sound": {"revision": "0013"},
    "database.postgres_unchecked": {},
    "server.down": {"data_dir": "/var/lib/callnest"},
}


@pytest.fixture
def other_language() -> Iterator[None]:
    """A language that is not English and has no catalogue here (German):
    the code's (English source) sentence shows, with the language's numbers
    and dates (a decimal comma), however far the app's own languages'
    catalogues are translated."""
    assert not translations.use("de")
    try:
        yield
    finally:
        translations.use("en")


def shown(words: tuple[str, str]) -> str:
    return " ".join(words)


def test_every_code_the_doctor_makes_has_its_sentences() -> None:
    assert doctor_codes() == CODES == set(summaries()) == set(PARAMS)
    assert set(fixes()) <= CODES
    assert set(TITLES) == {code.partition(".")[0] for code in CODES}


def test_every_code_is_said_with_its_values_in_another_language(other_language: None) -> None:
    for code, params in PARAMS.items():
        words = code_words(code, params)
        assert words is not None, code
        summary, fix = words
        assert summary and "{" not in summary and "%n" not in summary, code
        assert "{" not in fix and "%n" not in fix, code
        for value in params.values():
            if isinstance(value, str) and value:
                assert value in shown(words), (code, value)


def test_values_are_written_as_the_language_writes_them(other_language: None) -> None:
    disk = shown(code_words("disk.filling", PARAMS["disk.filling"]) or ("", ""))
    assert "5,0 GB" in disk and "100,0 GB" in disk and "1,2 GB" in disk and "95" in disk
    assert "54,5 GB" in shown(code_words("disk.space", PARAMS["disk.space"]) or ("", ""))
    assert "300 s" in shown(code_words("clock.behind", PARAMS["clock.behind"]) or ("", ""))
    right = code_words("clock.right_ahead", PARAMS["clock.right_ahead"])
    assert right is not None and "0,004 s" in right[0]
    certificate = code_words("address.certificate", PARAMS["address.certificate"])
    assert certificate is not None and "2026" in certificate[0] and "20" in certificate[0]
    old = code_words("backups.old", PARAMS["backups.old"])
    assert old is not None and "3" in old[0] and "03:00" in old[0] and "/srv/backups" in old[0]
    sqlite = code_words("database.sqlite_sound", PARAMS["database.sqlite_sound"])
    assert sqlite is not None and "12,3 MB" in sqlite[0]


def test_a_code_unknown_here_or_values_that_do_not_fit_show_the_servers_words(
    other_language: None,
) -> None:
    newer = said("disk", "disk.newer", {}, "Disk space", "Server words.", "Server fix.")
    assert (newer.summary, newer.fix) == ("Server words.", "Server fix.")
    assert code_words("disk.newer", {}) is None
    missing = said("disk", "disk.space", {}, "Disk space", "Server words.", "")
    assert missing.summary == "Server words."
    old_server = said("clock", "", {}, "Clock", "The clock is 300 s behind x.", "Run chrony.")
    assert (old_server.summary, old_server.fix) == ("The clock is 300 s behind x.", "Run chrony.")
    unknown_check = said("newer", "newer.thing", {}, "Something new", "Fine.", "")
    assert unknown_check.title == "Something new"


def test_no_fix_when_the_server_gives_none(other_language: None) -> None:
    fine = said("address", "address.certificate", PARAMS["address.certificate"], "", "Fine.", "")
    assert fine.fix == "" and URL in fine.summary
    due = said(
        "address", "address.certificate", PARAMS["address.certificate"], "", "Due.", "Renew."
    )
    assert due.fix and due.fix != "Renew."


def test_english_shows_the_servers_own_words() -> None:
    words = said(
        "clock",
        "clock.behind",
        PARAMS["clock.behind"],
        "Clock",
        "The clock is 300 s behind pool.ntp.org.",
        "Run a time service.",
    )
    assert words == type(words)(
        "Clock", "The clock is 300 s behind pool.ntp.org.", "Run a time service."
    )


async def test_the_servers_own_findings_are_said(other_language: None, tmp_path: Path) -> None:
    for finding in await examples(tmp_path):
        words = finding_words(finding)
        assert words.title and words.summary, finding
        assert "{" not in words.summary + words.fix, finding
        assert (words.fix == "") is (finding.fix == ""), finding
        for value in finding.params.values():
            if isinstance(value, str) and value:
                assert value in words.summary + words.fix, (finding.code, value)


def test_an_alarm_in_another_language(other_language: None) -> None:
    alarm = p.AlarmNotice(
        name="clock",
        title="Clock",
        summary="The clock is 300 s behind pool.ntp.org.",
        fix="Run a time service: Debian's systemd-timesyncd or chrony (apt install chrony).",
        raised_at=NOW - 600,
        code="clock.behind",
        params={"server": "pool.ntp.org", "offset_s": 300.2},
    )
    text = alarm_text((alarm,), now=NOW)
    assert "pool.ntp.org" in text and "300 s" in text and "{" not in text
    translations.use("en")
    assert alarm.summary in alarm_text((alarm,), now=NOW)


def test_a_finding_view_shows_its_mark_and_words(other_language: None, qtbot: QtBot) -> None:
    finding = rest.Finding(
        check="disk",
        title="Disk space",
        status=CheckStatus.WARNING,
        summary="54.5 GB free of 100.0 GB (46 % used).",
        fix="Free space.",
        code="disk.space",
        params=PARAMS["disk.space"],
    )
    view = FindingView(finding)
    qtbot.addWidget(view)
    assert "54,5 GB" in view.summary.text()
    assert view.fix.text() and "Free space." not in view.fix.text()
    assert mark(CheckStatus.WARNING) in [
        label.text() for label in view.findChildren(type(view.fix))
    ]
