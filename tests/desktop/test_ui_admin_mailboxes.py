"""The Mailboxes tab: what it says of a mailbox's state (no screen needed);
that only an owner gets it, that it asks the states again only while shown,
and that choosing a security fills its usual port; and against a real
server, a mailbox made in the tab is on the server as typed, its password
never shown and kept unless a new one is typed, a mailbox that cannot be
read says why in the mail server's words, refusals are shown on the field
they name, and a mailbox is deleted. With real mail servers (Dovecot), a
mailbox fixed without retyping its password takes mail in."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from concurrent.futures import Future
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.models.phones import ACT, OK, WATCH
from callnest.desktop.ui.admin.mailboxes import (
    KEPT_PASSWORD,
    NEW_PASSWORD,
    MailboxDialog,
    MailboxesTab,
    MailboxForm,
    state_text,
    state_tip,
)
from callnest.desktop.ui.admin.window import AdminWindow, build_admin_window
from callnest.protocol import rest
from callnest.protocol.rest import MailSecurity
from callnest.server.keys import STORE
from callnest.sim.mail_servers import HOST, SUPPORT, SUPPORT_PASSWORD, MailServers
from callnest.sim.ports import free_port
from desktop import samples as s
from desktop.admin_server import OwnerDesk, desk_on, until
from desktop.fakes import FakeEngine, done
from integration.conftest import Running, StartServer, start_server
from integration.mail_servers import mail_servers

__all__ = ["mail_servers", "start_server"]  # fixtures used here

NOW = time.mktime((2026, 5, 4, 15, 30, 0, 0, 0, -1))  # local time
ADDRESS = "support@example.test"
PASSWORD = "app-pass:w0rd"


def mailbox(**fields: Any) -> rest.Mailbox:
    values: dict[str, Any] = {
        "id": 4,
        "queue_id": 1,
        "address": ADDRESS,
        "display_name": "Example Support",
        "imap_host": "imap.example.test",
        "imap_port": 993,
        "imap_security": "tls",
        "folder": "INBOX",
        "smtp_host": "smtp.example.test",
        "smtp_port": 465,
        "smtp_security": "tls",
        "username": ADDRESS,
        "has_password": True,
        "signature": "",
        "enabled": True,
        "created_at": 1.0,
        "updated_at": 2.0,
    }
    return rest.Mailbox.model_validate(values | fields)


# ------------------------------------------------------------ no screen


def test_a_mailboxs_state_is_said_in_words_and_a_failure_in_red() -> None:
    assert state_text(mailbox(state="ok")) == ("Taking mail in", OK)
    assert state_text(mailbox(state="connecting")) == ("Connecting…", WATCH)
    assert state_text(mailbox(state="off", enabled=False)) == ("Off", OK)
    refused = mailbox(
        state="failing",
        error="b'[AUTHENTICATIONFAILED] Authentication failed.'\n(twice)",
        failing_since=NOW - 88 * 60,
    )
    # One line in the table; whole, with since when, in the cell's tooltip.
    assert state_text(refused) == (
        "Failing: b'[AUTHENTICATIONFAILED] Authentication failed.' (twice)",
        ACT,
    )
    assert state_tip(refused, NOW) == (
        "Failing since 14:02: b'[AUTHENTICATIONFAILED] Authentication failed.'\n(twice)"
    )
    assert state_text(mailbox(state="failing")) == ("Failing", ACT)
    assert state_tip(mailbox(state="ok"), NOW) is None


def test_choosing_a_security_fills_its_usual_port_unless_another_was_typed(
    qtbot: QtBot,
) -> None:
    form = MailboxForm(FakeEngine(), EngineBridge())
    qtbot.addWidget(form)
    form.new_mailbox()
    imap, smtp = form.imap_security, form.smtp_security
    assert [imap.itemText(i) for i in range(imap.count())] == [
        "TLS (port 993)",
        "STARTTLS (port 143)",
    ]
    assert [smtp.itemText(i) for i in range(smtp.count())] == [
        "TLS (port 465)",
        "STARTTLS (port 587)",
    ]
    assert (form.imap_port.value(), form.smtp_port.value()) == (993, 465)
    imap.setCurrentIndex(imap.findData(MailSecurity.STARTTLS))
    smtp.setCurrentIndex(smtp.findData(MailSecurity.STARTTLS))
    assert (form.imap_port.value(), form.smtp_port.value()) == (143, 587)
    imap.setCurrentIndex(imap.findData(MailSecurity.TLS))
    assert form.imap_port.value() == 993
    # The provider's own port is theirs to keep.
    form.smtp_port.setValue(2525)
    smtp.setCurrentIndex(smtp.findData(MailSecurity.TLS))
    assert form.smtp_port.value() == 2525
    # The username follows the address until it is typed apart.
    form.address.textEdited.emit("help@example.test")
    assert form.username.text() == "help@example.test"
    form.username.setText("help")
    form.address.textEdited.emit("helpdesk@example.test")
    assert form.username.text() == "help"


# ------------------------------------------------------------ a stand-in engine


def fake_engine(role: p.Role = p.Role.OWNER) -> FakeEngine:
    engine = FakeEngine()
    engine.welcome = s.welcome().model_copy(update={"user": s.ME.model_copy(update={"role": role})})
    listed = [mailbox(state="connecting").model_dump(mode="json")]

    def answer(_method: str, path: str, _json: Any) -> Future[Any]:
        return done(listed if path == "/api/mailboxes" else [])

    engine.rest_answer = answer
    return engine


def settle() -> None:
    """Delivers the stand-in's answers (all given at once) while the windows live."""
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize(("role", "shown"), [(p.Role.SUPERVISOR, False), (p.Role.OWNER, True)])
def test_only_an_owner_gets_the_mailboxes_tab_beside_phones(
    qtbot: QtBot, role: p.Role, shown: bool
) -> None:
    window = build_admin_window(fake_engine(role), EngineBridge())
    qtbot.addWidget(window)
    assert isinstance(window.tab("Mailboxes"), MailboxesTab) is shown
    if shown:
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles.index("Mailboxes") == titles.index("Phones") + 1
    settle()


def test_states_are_asked_again_only_while_the_tab_is_shown(qtbot: QtBot) -> None:
    engine, bridge = fake_engine(), EngineBridge()
    window = AdminWindow(engine, bridge)
    qtbot.addWidget(window)
    tab = MailboxesTab(engine, bridge)
    window.add_tab(QLabel("another tab"), "Other")
    window.add_tab(tab, "Mailboxes")
    window.show()

    def asked() -> int:
        return len([c for c in engine.rest_calls if c[1] == "/api/mailboxes"])

    assert not tab.poll.isActive() and asked() == 0  # not the tab shown
    window.tabs.setCurrentWidget(tab)
    assert tab.poll.isActive() and 1000 <= tab.poll.interval() <= 10_000
    qtbot.waitUntil(lambda: tab.rows.rowCount() == 1)
    before = asked()
    tab.poll.timeout.emit()
    assert asked() == before + 1
    window.tabs.setCurrentIndex(0)
    assert not tab.poll.isActive()
    settle()


# ------------------------------------------------------------ a real server


@pytest.fixture
async def mail_desk(start_server: StartServer) -> AsyncIterator[OwnerDesk]:
    """The owner's desk on a server that tries a failing mailbox again at once."""
    server: Running = await start_server(mail_retry_s=0.2)
    for name, display in (("support", "Support"), ("sales", "Sales")):
        await server.owner("POST", "/api/queues", json={"name": name, "display_name": display})
    async with desk_on(server) as desk:
        yield desk


async def open_mailboxes(desk: OwnerDesk, queues: int = 2) -> tuple[AdminWindow, MailboxesTab]:
    window = build_admin_window(desk.engine, desk.bridge)
    tab = window.tab("Mailboxes")
    assert isinstance(tab, MailboxesTab)
    window.show()
    window.tabs.setCurrentWidget(tab)
    await until(lambda: len(tab.queues) == queues and not tab.busy())
    return window, tab


async def close(window: AdminWindow, tab: MailboxesTab) -> None:
    """Closes the window once what the tab asked is answered (the server runs
    on this loop: it answers only while the test awaits)."""
    tab.poll.stop()
    await until(lambda: not tab.busy())
    window.close()


def cells(tab: MailboxesTab, address: str) -> dict[str, Any]:
    """The row of ``address``, by column title."""
    rows = tab.rows
    row = [m.address for m in tab.listed()].index(address)
    return {c.title: rows.data(rows.index(row, i)) for i, c in enumerate(rows.columns)}


def state_cell(tab: MailboxesTab, address: str, role: Qt.ItemDataRole) -> Any:
    rows = tab.rows
    row = [m.address for m in tab.listed()].index(address)
    return rows.data(rows.index(row, len(rows.columns) - 1), role)


def shown_texts(*widgets: QWidget) -> list[str]:
    """Every text the widgets show: typed fields, labels, table cells."""
    texts = []
    for widget in widgets:
        texts += [w.text() for w in widget.findChildren(QLineEdit)]
        texts += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit)]
        texts += [w.text() for w in widget.findChildren(QLabel)]
        if isinstance(widget, MailboxesTab):
            table = widget.rows
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.append(str(table.data(table.index(row, column), role)))
    return texts


def type_mailbox(form: MailboxForm, imap_port: int, password: str) -> None:
    form.queue.setCurrentIndex(form.queue.findText("Support"))
    form.address.setText(ADDRESS)
    form.address.textEdited.emit(ADDRESS)
    form.display_name.setText("Example Support")
    form.imap_host.setText("127.0.0.1")
    form.imap_port.setValue(imap_port)
    form.smtp_host.setText("127.0.0.1")
    form.smtp_security.setCurrentIndex(form.smtp_security.findData(MailSecurity.STARTTLS))
    form.password.setText(password)
    form.signature.setPlainText("Example Support\nhttps://example.test")


async def saved(tab: MailboxesTab, dialog: MailboxDialog) -> None:
    """Save clicked: the dialog closes once the server took it."""
    dialog.form.save_button.click()
    await until(lambda: not dialog.isVisible() and not tab.busy())


async def stored_password(server: Running, mailbox_id: int) -> str:
    [row] = await server.app[STORE].mailboxes_with_passwords(mailbox_id)
    password: str = row["password"]
    return password


@pytest.mark.slow
async def test_a_mailbox_made_in_the_tab_says_why_it_fails_keeps_its_password_and_goes(
    qapp: QApplication, mail_desk: OwnerDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = mail_desk.server
    window, tab = await open_mailboxes(mail_desk)
    try:
        assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
        dialog = tab.new_mailbox()
        form = dialog.form
        assert dialog.isVisible() and form.password.placeholderText() == NEW_PASSWORD
        assert form.folder.text() == "INBOX"
        closed = free_port()  # nothing listens there: the mailbox cannot be read
        type_mailbox(form, closed, PASSWORD)
        assert form.username.text() == ADDRESS  # followed the address
        await saved(tab, dialog)
        await until(lambda: len(tab.listed()) == 1)
        assert window.status_line.text().endswith(f"Created mailbox {ADDRESS}.")

        [stored] = await server.owner("GET", "/api/mailboxes")
        support = next(
            q for q in await server.owner("GET", "/api/queues") if q["name"] == "support"
        )
        how = ("id", "created_at", "updated_at", "state", "error", "failing_since")
        assert {k: v for k, v in stored.items() if k not in how} == {
            "queue_id": support["id"],
            "address": ADDRESS,
            "display_name": "Example Support",
            "imap_host": "127.0.0.1",
            "imap_port": closed,
            "imap_security": "tls",
            "folder": "INBOX",
            "smtp_host": "127.0.0.1",
            "smtp_port": 587,  # filled in when STARTTLS was chosen
            "smtp_security": "starttls",
            "username": ADDRESS,
            "has_password": True,
            "signature": "Example Support\nhttps://example.test",
            "enabled": True,
        }
        assert await stored_password(server, stored["id"]) == PASSWORD
        shown = cells(tab, ADDRESS)
        assert {k: v for k, v in shown.items() if k != "State"} == {
            "Address": ADDRESS,
            "Queue": "Support",  # by its display name
            "IMAP server": f"127.0.0.1:{closed} (TLS)",
            "SMTP server": "127.0.0.1:587 (STARTTLS)",
            "Account": f"{ADDRESS} · password set",
            "In use": "Yes",
        }

        # The server cannot reach it: said in its words, in red, with since when.
        await until(lambda: cells(tab, ADDRESS)["State"].startswith("Failing:"), 20)
        [failing] = await server.owner("GET", "/api/mailboxes")
        assert failing["state"] == "failing" and "cannot be reached" in failing["error"]
        assert cells(tab, ADDRESS)["State"] == f"Failing: {' '.join(failing['error'].split())}"
        colour = state_cell(tab, ADDRESS, Qt.ItemDataRole.BackgroundRole)
        assert colour is not None and colour.name() == "#fdecea"
        hhmm = time.strftime("%H:%M", time.localtime(failing["failing_since"]))
        assert state_cell(tab, ADDRESS, Qt.ItemDataRole.ToolTipRole) == (
            f"Failing since {hhmm}: {failing['error']}"
        )

        # Edited with the password left empty: the server keeps it.
        tab.table.selectRow(0)
        assert tab.edit_button.isEnabled()
        edited = tab.edit()
        assert edited is not None
        form = edited.form
        assert form.password.text() == "" and form.password.placeholderText() == KEPT_PASSWORD
        assert form.address.text() == ADDRESS and form.imap_port.value() == closed
        assert form.signature.toPlainText() == "Example Support\nhttps://example.test"
        assert not [t for t in shown_texts(tab, edited) if PASSWORD in t]
        form.display_name.setText("Example Help")
        await saved(tab, edited)
        await until(lambda: tab.listed()[0].display_name == "Example Help")
        assert await stored_password(server, stored["id"]) == PASSWORD
        assert window.status_line.text().endswith(f"Saved mailbox {ADDRESS}.")
        assert not [t for t in shown_texts(tab) if PASSWORD in t]

        # A second mailbox: its queue cannot be Support's, which has one.
        second = tab.new_mailbox()
        form = second.form
        queues = form.queue.model()
        assert isinstance(queues, QStandardItemModel)
        taken = form.queue.findData(support["id"])
        assert form.queue.itemText(taken) == f"Support (has {ADDRESS})"
        assert not queues.item(taken).isEnabled()
        assert form.queue.currentText() == "Sales"
        # Checked here first: no password, nothing sent.
        form.address.setText(ADDRESS)
        form.imap_host.setText("127.0.0.1")
        form.smtp_host.setText("127.0.0.1")
        form.username.setText("sales")
        form.save_button.click()
        assert form.problem.text() == "Password: type the account's password"
        assert form.marked() == [form.password]
        # The server's: the address is taken; shown on its field, the dialog open.
        form.password.setText("another")
        form.save_button.click()
        await until(lambda: form.marked() == [form.address])
        assert form.problem.text() == f"Address: address '{ADDRESS}' already exists"
        assert second.isVisible() and form.password.text() == "another"
        assert window.status_line.text().endswith(form.problem.text())
        second.reject()
        assert len(await server.owner("GET", "/api/mailboxes")) == 1

        # Deleted, once the owner says yes.
        answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
        monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
        tab.table.selectRow(0)
        tab.delete_button.click()  # No: nothing happens
        assert len(await server.owner("GET", "/api/mailboxes")) == 1
        tab.delete_button.click()
        await until(lambda: tab.listed() == [])
        assert await server.owner("GET", "/api/mailboxes") == []
        assert window.status_line.text().endswith(f"Deleted mailbox {ADDRESS}.")
        assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    finally:
        await close(window, tab)


@pytest.mark.slow
async def test_a_mailbox_fixed_without_retyping_its_password_takes_mail_in(
    qapp: QApplication,
    mail_servers: MailServers,  # first: stopped after the server that reads them
    start_server: StartServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(mail_servers.ca))  # as a real CA would be
    server = await start_server(mail_retry_s=0.2)
    queue = await server.owner(
        "POST", "/api/queues", json={"name": "support", "display_name": "Support"}
    )
    # The owner typed the right password, and the wrong port.
    await server.owner(
        "POST",
        "/api/mailboxes",
        json={
            "queue_id": queue["id"],
            "address": SUPPORT,
            "imap_host": HOST,
            "imap_port": free_port(),
            "smtp_host": HOST,
            "smtp_port": mail_servers.submission_port,
            "smtp_security": "starttls",
            "username": SUPPORT,
            "password": SUPPORT_PASSWORD,
        },
    )
    async with desk_on(server) as desk:
        window, tab = await open_mailboxes(desk, 1)
        try:
            await until(lambda: cells(tab, SUPPORT)["State"].startswith("Failing:"), 20)
            tab.table.selectRow(0)
            dialog = tab.edit()
            assert dialog is not None and dialog.form.password.text() == ""
            dialog.form.imap_port.setValue(mail_servers.imaps_port)
            await saved(tab, dialog)
            # Dovecot lets it in: the password kept was the right one.
            await until(lambda: cells(tab, SUPPORT)["State"] == "Taking mail in", 20)
            assert state_cell(tab, SUPPORT, Qt.ItemDataRole.BackgroundRole) is None

            tab.table.selectRow(0)
            dialog = tab.edit()
            assert dialog is not None
            dialog.form.enabled.setChecked(False)
            await saved(tab, dialog)
            await until(lambda: cells(tab, SUPPORT)["State"] == "Off")
            assert cells(tab, SUPPORT)["In use"] == "No"
        finally:
            await close(window, tab)
