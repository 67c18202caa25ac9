"""The Phones tab: what it says of trunks and their registrations (no screen
needed); that only an owner gets it and that it asks the registrations
again only while shown; and against a real server -- with a real SIP edge
and a real registrar (SIPp) -- a trunk and a number made through the tab
read back as typed, the registrar's refusal and the registration are shown
in words, the password is never shown and is kept unless a new one is
typed, and every refusal is shown on the field it names."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.models.phones import (
    ACT,
    OK,
    WATCH,
    alarm_lines,
    auth_text,
    clock,
    ip_lines,
    registration_text,
)
from callnest.desktop.ui.admin.phones import PhonesTab
from callnest.desktop.ui.admin.trunks import KEPT_PASSWORD, NEW_PASSWORD, TrunksEditor
from callnest.desktop.ui.admin.window import AdminWindow, build_admin_window
from callnest.protocol import rest
from callnest.server.keys import STORE
from desktop import samples as s
from desktop.admin_server import OwnerDesk, desk_on, shot, until
from desktop.fakes import FakeEngine, done
from integration.conftest import Running, StartServer, start_server
from integration.sip_peers import Sipp, free_sip_port

__all__ = ["start_server"]  # fixtures used here

NOW = time.mktime((2026, 5, 4, 15, 30, 0, 0, 0, -1))  # local time
ACCOUNT = {"user": "callnest-trunk", "password": "s3cret:pass", "refusal": "403"}
WRONG = "not-the-s3cret"

NO_TLS = "SIP over TLS needs Kamailio's TLS module (Debian: kamailio-tls-modules)"


def trunk(**fields: Any) -> rest.Trunk:
    values: dict[str, Any] = {
        "id": 3,
        "name": "Provider",
        "host": "sip.example.com",
        "port": 5060,
        "transport": "udp",
        "outbound_proxy": None,
        "registers": True,
        "register_expires_s": 3600,
        "username": "ann",
        "auth_username": None,
        "has_password": True,
        "realm": None,
        "ip_addresses": [],
        "codecs": ["PCMA", "PCMU"],
        "enabled": True,
        "created_at": 1.0,
        "updated_at": 2.0,
    }
    return rest.Trunk.model_validate(values | fields)


def edge(*registrations: dict[str, Any], problem: str | None = None) -> rest.EdgeStatus:
    return rest.EdgeStatus.model_validate(
        {
            "running": problem is None,
            "problem": problem,
            "registrations": [
                {"trunk_id": 3, "since": None, "last_failure": None, "last_failure_at": None} | r
                for r in registrations
            ],
            "unsupported_transports": {"tls": NO_TLS},
        }
    )


# ------------------------------------------------------------ no screen


def test_times_are_local_and_say_the_day_when_it_is_not_today() -> None:
    assert clock(NOW - 3600, NOW) == "14:30"
    assert clock(NOW - 86400, NOW) == "3 May 15:30"


def test_a_registration_is_said_in_words_with_its_last_refusal_and_when() -> None:
    at_1402 = NOW - 88 * 60
    refused = {"state": "failed", "since": at_1402, "last_failure": "403 Forbidden"}
    refused |= {"last_failure_at": at_1402}
    assert registration_text(trunk(), edge(refused), NOW) == (
        "Not registered: 403 Forbidden since 14:02",
        ACT,
    )
    registered = {"state": "registered", "since": NOW - 60}
    assert registration_text(trunk(), edge(registered), NOW) == ("Registered since 15:29", OK)
    again = registered | {"last_failure": "403 Forbidden", "last_failure_at": at_1402}
    assert registration_text(trunk(), edge(again), NOW) == (
        "Registered since 15:29 (last refused at 14:02: 403 Forbidden)",
        OK,
    )
    assert registration_text(trunk(), edge({"state": "registering"}), NOW) == (
        "Registering…",
        WATCH,
    )
    assert registration_text(trunk(), edge(problem="Kamailio is missing"), NOW)[1] == ACT
    assert registration_text(trunk(enabled=False), edge(), NOW)[0] == "Not in use (disabled)"
    by_address = trunk(registers=False, ip_addresses=["192.0.2.10"])
    assert registration_text(by_address, edge(), NOW) == (
        "Not needed: the provider knows the addresses",
        OK,
    )
    assert registration_text(trunk(), None, NOW)[0] == "Asking the server…"


def test_how_a_trunk_is_known_and_its_addresses_as_typed() -> None:
    assert auth_text(trunk()) == "Registration"
    assert auth_text(trunk(ip_addresses=["192.0.2.10"])) == "Registration and IP addresses"
    assert auth_text(trunk(registers=False, ip_addresses=["192.0.2.10"])) == "IP address (1)"
    assert ip_lines(" 192.0.2.10\n\n198.51.100.0/24 , 203.0.113.5\n") == [
        "192.0.2.10",
        "198.51.100.0/24",
        "203.0.113.5",
    ]


def test_the_wallboards_alarm_is_a_sentence_per_trouble() -> None:
    assert alarm_lines(p.PhoneHealth(), NOW) == []
    health = p.PhoneHealth(
        edge_problem="the SIP edge needs Kamailio",
        trunks=(
            p.TrunkAlarm(trunk_id=3, name="Provider", failure="403 Forbidden", since=NOW - 5280),
            p.TrunkAlarm(trunk_id=4, name="Backup"),
        ),
    )
    assert alarm_lines(health, NOW) == [
        "Phone calls are not working: the SIP edge needs Kamailio",
        "Trunk Provider is not registered: 403 Forbidden since 14:02",
        "Trunk Backup is not registered",
    ]


# ------------------------------------------------------------ a stand-in engine


def fake_engine(role: p.Role = p.Role.OWNER) -> FakeEngine:
    engine = FakeEngine()
    engine.welcome = s.welcome().model_copy(update={"user": s.ME.model_copy(update={"role": role})})
    status = edge({"state": "registered", "since": NOW}).model_dump(mode="json")

    def answer(_method: str, path: str, _json: Any) -> Future[Any]:
        return done(status if path == "/api/trunks/status" else [])

    engine.rest_answer = answer
    return engine


@pytest.mark.parametrize(("role", "shown"), [(p.Role.SUPERVISOR, False), (p.Role.OWNER, True)])
def test_only_an_owner_gets_the_phones_tab(qtbot: QtBot, role: p.Role, shown: bool) -> None:
    window = build_admin_window(fake_engine(role), EngineBridge())
    qtbot.addWidget(window)
    assert isinstance(window.tab("Phones"), PhonesTab) is shown
    settle()


def settle() -> None:
    """Delivers the stand-in's answers (all given at once) while the windows live."""
    for _ in range(3):
        QApplication.processEvents()


def test_registrations_are_asked_again_only_while_the_tab_is_shown(qtbot: QtBot) -> None:
    engine, bridge = fake_engine(), EngineBridge()
    window = AdminWindow(engine, bridge)
    qtbot.addWidget(window)
    tab = PhonesTab(engine, bridge)
    window.add_tab(QLabel("another tab"), "Other")
    window.add_tab(tab, "Phones")
    window.show()
    timer = tab.trunks.status_timer
    assert not timer.isActive()  # not the tab shown
    window.tabs.setCurrentWidget(tab)
    assert timer.isActive() and 1000 <= timer.interval() <= 10_000
    asked = [c for c in engine.rest_calls if c[1] == "/api/trunks/status"]
    qtbot.waitUntil(lambda: tab.trunks.edge is not None)
    timer.timeout.emit()
    assert len([c for c in engine.rest_calls if c[1] == "/api/trunks/status"]) > len(asked)
    window.tabs.setCurrentIndex(0)
    assert not timer.isActive()
    # The server says it cannot serve TLS (its Kamailio lacks the module):
    # the choice says so too.
    transports = tab.trunks.transport
    tls = transports.findData(rest.Transport.TLS)
    assert transports.itemText(tls) == "TLS — not available"
    transports.setCurrentIndex(tls)
    assert tab.trunks.transport_hint.isVisibleTo(tab.trunks)
    assert tab.trunks.transport_hint.text() == f"{NO_TLS}: the trunk is kept, but not used."
    settle()


# ------------------------------------------------------------ a real server


@pytest.fixture
async def phones_desk(start_server: StartServer) -> AsyncIterator[OwnerDesk]:
    """The owner's desk on a server whose SIP edge listens on free ports."""
    server: Running = await start_server(
        sip_port=free_sip_port(),
        sip_inner_port=free_sip_port(),
        sip_callnest_port=free_sip_port(),
        rtp_control_port=free_sip_port(),
    )
    await server.owner("POST", "/api/queues", json={"name": "sales", "display_name": "Sales"})
    async with desk_on(server) as desk:
        yield desk


def trunk_names(editor: TrunksEditor) -> list[str]:
    return [t.name for t in editor.listed()]


def registration_cell(editor: TrunksEditor, name: str) -> tuple[str, Any]:
    rows = editor.trunks
    row = trunk_names(editor).index(name)
    column = [c.title for c in rows.columns].index("Registration")
    index = rows.index(row, column)
    return rows.data(index), rows.data(index, Qt.ItemDataRole.BackgroundRole)


def shown_texts(tab: PhonesTab) -> list[str]:
    """Every text the tab shows: typed fields, labels, table cells."""
    texts = [w.text() for w in tab.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in tab.findChildren(QPlainTextEdit)]
    texts += [w.text() for w in tab.findChildren(QLabel)]
    for table in (tab.trunks.trunks, tab.numbers.numbers):
        for row in range(table.rowCount()):
            texts += [str(table.data(table.index(row, c))) for c in range(table.columnCount())]
    return texts


def type_trunk(editor: TrunksEditor, port: int, password: str) -> None:
    editor.new_trunk()
    editor.name.setText("Provider")
    editor.host.setText("127.0.0.1")
    editor.port.setValue(port)
    editor.registers.setChecked(True)
    editor.username.setText(ACCOUNT["user"])
    editor.password.setText(password)
    editor.expires.setValue(600)
    editor.ip_addresses.setPlainText("192.0.2.10\n198.51.100.0/24\n")


async def close(window: AdminWindow, tab: PhonesTab) -> None:
    """Closes the window once what the tab asked is answered (the server runs
    on this loop: it answers only while the test awaits)."""
    tab.trunks.stop_watching()
    await until(lambda: not tab.busy())
    window.close()


async def open_phones(desk: OwnerDesk) -> tuple[AdminWindow, PhonesTab]:
    window = build_admin_window(desk.engine, desk.bridge)
    tab = window.tab("Phones")
    assert isinstance(tab, PhonesTab)
    window.show()
    window.tabs.setCurrentWidget(tab)
    await until(lambda: tab.numbers.queue.count() == 2 and tab.trunks.edge is not None)
    return window, tab


@pytest.mark.slow
async def test_a_trunk_and_a_number_made_in_the_tab_register_and_read_back(
    qapp: QApplication,
    phones_desk: OwnerDesk,
    tmp_path: Path,
    artifacts: Path,
    shots: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = phones_desk.server
    port = free_sip_port()
    refusing = await Sipp.start("registrar.xml", tmp_path / "refusing", port=port, keys=ACCOUNT)
    registrar: Sipp | None = None
    window, tab = await open_phones(phones_desk)
    trunks, numbers = tab.trunks, tab.numbers
    try:
        # The owner mistypes the provider's password.
        type_trunk(trunks, port, WRONG)
        trunks.save_button.click()
        await until(lambda: trunk_names(trunks) == ["Provider"])
        [stored] = await server.owner("GET", "/api/trunks")
        assert {k: stored[k] for k in ("host", "port", "transport", "registers")} == {
            "host": "127.0.0.1",
            "port": port,
            "transport": "udp",
            "registers": True,
        }
        assert stored["username"] == ACCOUNT["user"] and stored["register_expires_s"] == 600
        assert stored["ip_addresses"] == ["192.0.2.10", "198.51.100.0/24"]
        assert stored["has_password"] is True and stored["enabled"] is True
        assert window.status_line.text().endswith("Created trunk Provider.")
        # The password is gone from the form, and said to be kept.
        assert trunks.password.text() == "" and trunks.password.placeholderText() == KEPT_PASSWORD

        # The registrar refuses it: said in its words, in red, with the time.
        await until(
            lambda: registration_cell(trunks, "Provider")[0].startswith("Not registered"), 40
        )
        text, colour = registration_cell(trunks, "Provider")
        failure = await server.owner("GET", "/api/trunks/status")
        since = failure["registrations"][0]["since"]
        hhmm = time.strftime("%H:%M", time.localtime(since))
        assert text == f"Not registered: 403 Wrong Password since {hhmm}"
        assert colour is not None and colour.name() == "#fdecea"
        # Beside the form too, in red: the selected row's colour is the selection's.
        assert trunks.registration.text() == f"— {text}"
        assert trunks.registration.objectName() == "error"
        assert await refusing.wait() == 1, refusing.output()

        # A number typed the international way people write it.
        numbers.new_number()
        numbers.number.setText("00386 1 234 5678")
        numbers.trunk.setCurrentIndex(numbers.trunk.findData(stored["id"]))
        numbers.queue.setCurrentIndex(numbers.queue.findText("Sales"))
        numbers.label.setText("Main line")
        numbers.save_button.click()
        await until(lambda: numbers.numbers.rowCount() == 1)
        [number] = await server.owner("GET", "/api/phone-numbers")
        assert (number["number"], number["trunk_id"], number["label"]) == (
            "+38612345678",
            stored["id"],
            "Main line",
        )
        sales = (await server.owner("GET", "/api/queues"))[0]["id"]
        assert number["queue_id"] == sales
        shot(window, artifacts, "phones-refused")

        # The right password typed over it: the trunk registers.
        registrar = await Sipp.start(
            "registrar.xml", tmp_path / "registrar", port=port, keys=ACCOUNT
        )
        trunks.table.selectRow(0)
        assert trunks.password.text() == ""  # never shown, even when edited
        trunks.password.setText(ACCOUNT["password"])
        trunks.save_button.click()
        await until(lambda: registration_cell(trunks, "Provider")[0].startswith("Registered"), 40)
        text, colour = registration_cell(trunks, "Provider")
        assert text.startswith("Registered since ")
        assert colour is None
        assert await registrar.wait() == 0, registrar.output()
        store = server.app[STORE]
        assert (await store.get_trunk_with_password(stored["id"]))["password"] == ACCOUNT[
            "password"
        ]

        # Changed with the password left empty: the server keeps it.
        trunks.name.setText("Provider SI")
        trunks.save_button.click()
        await until(lambda: trunk_names(trunks) == ["Provider SI"])
        assert (await store.get_trunk_with_password(stored["id"]))["password"] == ACCOUNT[
            "password"
        ]
        await until(lambda: numbers.numbers.data(numbers.numbers.index(0, 2)) == "Provider SI")
        for secret in (ACCOUNT["password"], WRONG):
            assert not [t for t in shown_texts(tab) if secret in t]
        QApplication.processEvents()
        window.grab().save(str(shots / "admin-phones.png"))
        shot(window, artifacts, "phones")

        # A trunk a number uses is not deleted: the server says why.
        monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
        trunks.delete_button.click()
        await until(lambda: trunks.problem.isVisible())
        assert trunks.problem.text().startswith("The server refused: phone numbers come in on")
        numbers.table.selectRow(0)
        numbers.delete_button.click()
        await until(lambda: numbers.numbers.rowCount() == 0)
        trunks.table.selectRow(0)
        trunks.delete_button.click()
        await until(lambda: trunk_names(trunks) == [])
        assert await server.owner("GET", "/api/trunks") == []
    finally:
        await close(window, tab)
        await refusing.stop()
        if registrar is not None:
            await registrar.stop()


@pytest.mark.slow
async def test_each_refusal_is_shown_on_the_field_it_names(
    qapp: QApplication, phones_desk: OwnerDesk, artifacts: Path
) -> None:
    server = phones_desk.server
    # Kept out of use: no SIP edge starts for it.
    carrier = await server.owner(
        "POST",
        "/api/trunks",
        json={
            "name": "Carrier",
            "host": "192.0.2.1",
            "ip_addresses": ["192.0.2.1"],
            "enabled": False,
        },
    )
    await server.owner(
        "POST", "/api/phone-numbers", json={"number": "+38612345678", "trunk_id": carrier["id"]}
    )
    window, tab = await open_phones(phones_desk)
    trunks, numbers = tab.trunks, tab.numbers
    try:
        await until(lambda: trunk_names(trunks) == ["Carrier"] and numbers.numbers.rowCount() == 1)

        async def refused(editor: Any, field: QWidget, said: str | None = None) -> str:
            """What the editor says when Save is refused, on ``field`` alone."""
            editor.clear_problem()  # the last refusal's
            editor.save_button.click()
            await until(lambda: editor.problem.isVisible() and editor.marked() == [field])
            text: str = editor.problem.text()
            assert said is None or text == said
            assert field.toolTip() == text
            return text

        type_trunk(trunks, 5060, "")
        assert trunks.password.placeholderText() == NEW_PASSWORD
        # The server's own rule: a trunk that registers needs a password.
        await refused(trunks, trunks.password, "Password: a trunk that registers needs a password")
        shot(window, artifacts, "phones-error")
        # The server's: the name is taken.
        trunks.password.setText("s3cret")
        trunks.name.setText("Carrier")
        await refused(trunks, trunks.name, "Name: name 'Carrier' already exists")
        trunks.name.setText("Provider")
        # The protocol's, before anything is sent: a URI for a host, a mistyped address.
        trunks.host.setText("sip:provider.example.com")
        await refused(trunks, trunks.host, "Host: give the host alone (sip.example.com), not a URI")
        trunks.host.setText("127.0.0.1")
        trunks.ip_addresses.setPlainText("192.0.2.10\n192.0.2.300")
        await refused(
            trunks,
            trunks.ip_addresses,
            "IP addresses: '192.0.2.300' is not an IP address (192.0.2.10) or network "
            "(192.0.2.0/24)",
        )
        assert [t["name"] for t in await server.owner("GET", "/api/trunks")] == ["Carrier"]
        # Every field as typed: the password too, until it is sent.
        assert trunks.password.text() == "s3cret" and trunks.name.text() == "Provider"

        numbers.new_number()
        numbers.number.setText("12345")
        numbers.trunk.setCurrentIndex(numbers.trunk.findData(carrier["id"]))
        assert (await refused(numbers, numbers.number)).startswith("Number: ")
        numbers.number.setText("+386 1 234 5678")
        await refused(numbers, numbers.number, "Number: number '+38612345678' already exists")
        assert len(await server.owner("GET", "/api/phone-numbers")) == 1
    finally:
        await close(window, tab)
