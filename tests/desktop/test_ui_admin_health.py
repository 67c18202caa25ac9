"""The Health and Backups tabs against a real server: the doctor's report
in words (a clock made five minutes off by a real time server under
libfaketime shows as a problem with what to do), alarm e-mails set up and
tested against a real mail server, the backup schedule saved and refused
on the field it names, and Back up now listing the new backup."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from callnest.desktop.ui.admin.backups import BackupsTab
from callnest.desktop.ui.admin.health import KEPT_PASSWORD, FindingView, HealthTab
from callnest.sim.certificates import issue
from callnest.sim.ports import free_udp_port
from desktop.admin_server import OwnerDesk, desk_on, shot, until
from integration.conftest import StartServer, start_server
from integration.mail_server import PASSWORD, USERNAME, MailServer
from integration.time_server import Chrony

__all__ = ["start_server"]  # fixtures used here

# Each test asks for ``desk`` before ``qtbot``: its tab is closed (and stops
# asking the server) before the engine shuts down.


@pytest.fixture
def mail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MailServer]:
    certificates = issue(tmp_path / "mail-certificates", valid_days=30)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates.ca))
    server = MailServer(certificates)
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def clock_off(tmp_path: Path) -> AsyncIterator[Chrony]:
    ntp = await Chrony.start(tmp_path / "chrony", free_udp_port("127.0.0.1"), offset_s=300)
    yield ntp
    await ntp.stop()


@pytest.fixture
async def desk(start_server: StartServer, clock_off: Chrony) -> AsyncIterator[OwnerDesk]:
    server = await start_server(ntp_server=clock_off.address)
    async with desk_on(server) as desk:
        yield desk


def fill_in(tab: HealthTab, mail: MailServer, password: str) -> None:
    """The alarm e-mail form, as the owner types it, for ``mail``'s account."""
    tab.to.setText("owner@example.test")
    tab.from_address.setText(USERNAME)
    tab.smtp_host.setText("127.0.0.1")
    tab.smtp_port.setValue(mail.port)
    tab.username.setText(USERNAME)
    tab.password.setText(password)


async def test_the_health_tab_shows_the_doctors_findings_and_sets_up_alarm_mail(
    desk: OwnerDesk, qtbot: QtBot, mail: MailServer, artifacts: Path
) -> None:
    tab = HealthTab(desk.engine, desk.bridge)
    qtbot.addWidget(tab)
    tab.resize(900, 900)
    tab.show()
    await until(lambda: tab.found is not None, within=30)

    views = {v.finding.check: v for v in tab.findChildren(FindingView)}
    assert set(views) == {
        "address",
        "turn",
        "trunks",
        "mailboxes",
        "disk",
        "backups",
        "clock",
        "database",
    }
    assert "1 problem" in tab.heading.text()
    clock = views["clock"]
    assert "behind" in clock.summary.text()
    assert clock.fix.text().startswith("What to do: Run a time service")
    assert not views["database"].fix.isVisible()

    fill_in(tab, mail, PASSWORD)
    tab.save_email.click()
    await until(lambda: tab.email is not None)
    assert tab.password.text() == "" and tab.password.placeholderText() == KEPT_PASSWORD
    tab.test_email.click()
    await until(lambda: "was sent" in tab.email_state.text(), within=20)
    await mail.inbox.wait_for("Callnest: a test of the alarm e-mails")
    shot(tab, artifacts, "health")


async def test_a_refused_mail_server_is_said(
    desk: OwnerDesk, qtbot: QtBot, mail: MailServer
) -> None:
    tab = HealthTab(desk.engine, desk.bridge)
    qtbot.addWidget(tab)
    tab.show()
    fill_in(tab, mail, "not-the-password")
    tab.save_email.click()
    await until(lambda: tab.email is not None)
    tab.test_email.click()
    await until(lambda: tab.problem.isVisible() and "535" in tab.problem.text(), within=20)

    tab.to.setText("not an address")
    tab.save_email.click()
    await until(lambda: tab.marked() == [tab.to])


async def test_the_backups_tab_saves_the_schedule_and_backs_up_now(
    desk: OwnerDesk, qtbot: QtBot, tmp_path: Path, artifacts: Path
) -> None:
    tab = BackupsTab(desk.engine, desk.bridge)
    qtbot.addWidget(tab)
    tab.resize(800, 600)
    tab.show()
    await until(lambda: tab.status_now is not None)
    assert tab.enabled.isChecked() and tab.keep.value() == 7
    assert tab.folder.placeholderText().endswith("backups")
    assert tab.last.text() == "No backup taken yet."

    (tmp_path / "a-file").write_text("")
    tab.folder.setText(str(tmp_path / "a-file" / "backups"))
    tab.save_button.click()
    await until(lambda: tab.marked() == [tab.folder])
    assert "is not a folder" in tab.problem.text()

    tab.folder.setText(str(tmp_path / "backups"))
    tab.keep.setValue(3)
    tab.save_button.click()
    await until(
        lambda: (
            not tab.problem.isVisible()
            and tab.status_now is not None
            and tab.status_now.schedule.keep == 3
        )
    )

    tab.now_button.click()
    await until(lambda: tab.last.text().startswith("Last backup"), within=20)
    assert tab.generations.rowCount() == 1
    assert not tab.poll.isActive() and tab.now_button.isEnabled()
    tab.poll.start()  # as while a backup runs: hidden, the tab stops asking
    tab.hide()
    assert not tab.poll.isActive()
    assert (tmp_path / "backups").is_dir()
    shot(tab, artifacts, "backups")
