"""The admin window: only owners get the Admin action, which opens one window
(raised when open again); the window's status line tells the last save or
refusal of any tab; against a real server it shows its tabs with data; and
the REST behind it refuses an agent's token."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import ServerEvent
from callnest.desktop.models.agent import AgentModel
from callnest.desktop.settings import Settings
from callnest.desktop.ui.admin.agents import AgentsTab
from callnest.desktop.ui.admin.campaigns import CampaignsTab
from callnest.desktop.ui.admin.health import HealthTab
from callnest.desktop.ui.admin.mailboxes import MailboxesTab
from callnest.desktop.ui.admin.phones import PhonesTab
from callnest.desktop.ui.admin.queues import QueuesTab
from callnest.desktop.ui.admin.reports import ReportsTab
from callnest.desktop.ui.admin.staffing import StaffingTab
from callnest.desktop.ui.admin.window import AdminWindow, build_admin_window
from callnest.desktop.ui.agent import AgentWindow
from desktop import samples as s
from desktop.admin_server import OwnerDesk, owner_desk, shot, until
from desktop.fakes import FakeEngine
from integration.conftest import Running, start_server

__all__ = ["owner_desk", "start_server"]  # fixtures used here


def agent_window(
    qtbot: QtBot, settings: Settings, role: p.Role
) -> tuple[AgentWindow, list[AdminWindow]]:
    engine, bridge, model = FakeEngine(), EngineBridge(), AgentModel()
    built: list[AdminWindow] = []

    def make() -> QWidget:
        window = AdminWindow(engine, bridge)
        built.append(window)
        return window

    window = AgentWindow(
        engine,
        bridge,
        settings,
        model,
        list_devices=lambda: ([], []),
        admin_window=make,
    )
    qtbot.addWidget(window)
    window.show()
    bridge.event.connect(model.apply)
    welcome = s.welcome().model_copy(update={"user": s.ME.model_copy(update={"role": role})})
    bridge.post(ServerEvent(welcome))
    qtbot.waitUntil(lambda: model.user is not None)
    QApplication.processEvents()
    return window, built


@pytest.mark.parametrize(
    ("role", "shown"), [(p.Role.AGENT, False), (p.Role.SUPERVISOR, False), (p.Role.OWNER, True)]
)
def test_only_owners_get_the_admin_action(
    qtbot: QtBot, settings: Settings, role: p.Role, shown: bool
) -> None:
    window, _ = agent_window(qtbot, settings, role)
    assert window.admin_action.isVisible() is shown


def test_the_admin_action_opens_one_window_and_raises_it_again(
    qtbot: QtBot, settings: Settings
) -> None:
    window, built = agent_window(qtbot, settings, p.Role.OWNER)
    window.admin_action.trigger()
    assert len(built) == 1 and built[0].isVisible()
    built[0].close()
    window.admin_action.trigger()
    assert len(built) == 1 and built[0].isVisible()  # the same window, shown again
    window.close()
    assert not built[0].isVisible()  # closing the agent window closes it too


class _Reporting(QWidget):
    status = Signal(str, bool)


def test_the_status_line_tells_the_last_save_or_refusal_of_any_tab(qtbot: QtBot) -> None:
    window = AdminWindow(FakeEngine(), EngineBridge())
    qtbot.addWidget(window)
    first, second, plain = _Reporting(), _Reporting(), QLabel("a tab without a status")
    assert [window.add_tab(w, t) for w, t in ((first, "A"), (second, "B"), (plain, "C"))] == [
        0,
        1,
        2,
    ]
    assert window.tab("B") is second and window.tab("Nope") is None
    first.status.emit("Saved queue Sales.", False)
    assert window.status_line.text().endswith("  Saved queue Sales.")
    assert window.status_line.objectName() == "hint"
    second.status.emit("Name: too long", True)
    assert window.status_line.text().endswith("  Name: too long")
    assert window.status_line.objectName() == "error"


async def test_the_window_with_its_tabs_on_a_real_server(
    qapp: QApplication, owner_desk: OwnerDesk, artifacts: Path, shots: Path
) -> None:
    server = owner_desk.server
    team = await server.owner("POST", "/api/teams", json={"name": "Day shift"})
    french = await server.owner("POST", "/api/skills", json={"name": "French"})
    await server.owner("POST", "/api/scripts", json={"name": "Greeting", "body": "Hello"})
    for name, display, skill in (("ada", "Ada Lovelace", 8), ("bob", "Bob Baker", 4)):
        await server.add_agent(
            name, display_name=display, team_id=team["id"], skills={french["id"]: skill}
        )
    for name, display in (("sales", "Sales"), ("support", "Support")):
        await server.owner("POST", "/api/queues", json={"name": name, "display_name": display})

    window = build_admin_window(owner_desk.engine, owner_desk.bridge)
    assert isinstance(window, AdminWindow)
    window.show()
    try:
        agents, queues = window.tab("Agents"), window.tab("Queues")
        assert isinstance(agents, AgentsTab) and isinstance(queues, QueuesTab)
        await until(lambda: agents.users.rowCount() == 3 and queues.queues.rowCount() == 2)
        agents.table.selectRow(0)
        agents.display_name.setText("")
        agents.save_button.click()
        assert window.status_line.text().endswith("Enter the person's name.")
        shot(window, artifacts, "window-agents")
        window.tabs.setCurrentWidget(queues)
        queues.table.selectRow(1)
        queues.priority.setValue(7)
        queues.save_button.click()
        await until(lambda: window.status_line.text().endswith("Saved queue Support."))
        shot(window, artifacts, "window-queues")
        window.grab().save(str(shots / "admin-queues.png"))
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles == [
            "Agents",
            "Queues",
            "Phones",
            "Mailboxes",
            "Announcements",
            "Scripts",
            "Dispositions && breaks",
            "Customers",
            "Interactions",
            "Callbacks",
            "Campaigns",
            "Reports",
            "Staffing",
            "Backups",
            "Health",
        ]
        # A report run in its tab is what the Staffing tab's "From report" uses.
        reports, staffing = window.tab("Reports"), window.tab("Staffing")
        assert isinstance(reports, ReportsTab) and isinstance(staffing, StaffingTab)
        assert not staffing.from_report.isEnabled()
        window.tabs.setCurrentWidget(reports)
        reports.run_button.click()
        await until(lambda: staffing.from_report.isEnabled())
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            shot(window, artifacts, f"window-tab-{index}")
        # What the Phones, Mailboxes and Campaigns tabs asked when shown is
        # answered before the window goes.
        phones, campaigns = window.tab("Phones"), window.tab("Campaigns")
        assert isinstance(phones, PhonesTab) and isinstance(campaigns, CampaignsTab)
        mailboxes = window.tab("Mailboxes")
        assert isinstance(mailboxes, MailboxesTab)
        await until(lambda: not phones.busy() and phones.trunks.edge is not None)
        await until(lambda: not campaigns.busy() and not mailboxes.busy())
        health = window.tab("Health")
        assert isinstance(health, HealthTab)
        await until(lambda: health.found is not None, within=30)
    finally:
        window.close()


async def test_an_agents_token_changes_nothing(owner_desk: OwnerDesk) -> None:
    server: Running = owner_desk.server
    user_id, token = await server.add_agent("eve")
    queue = await server.owner("POST", "/api/queues", json={"name": "sales", "display_name": "S"})
    attempts = [
        ("POST", "/api/users", {"username": "mallory", "display_name": "M", "role": "owner"}),
        ("PATCH", f"/api/users/{user_id}", {"role": "owner"}),
        ("POST", f"/api/users/{user_id}/password", {}),
        ("DELETE", f"/api/users/{user_id}", None),
        ("POST", "/api/teams", {"name": "Mine"}),
        ("POST", "/api/skills", {"name": "Everything"}),
        ("POST", "/api/queues", {"name": "mine", "display_name": "Mine"}),
        ("PATCH", f"/api/queues/{queue['id']}", {"priority": 100}),
        ("DELETE", f"/api/queues/{queue['id']}", None),
        ("GET", "/api/users", None),
        ("GET", "/api/hold-music", None),
    ]
    for method, path, body in attempts:
        status, answer = await server.call(method, path, token, json=body)
        assert (status, answer["error"]["code"]) == (403, "forbidden"), (method, path)
    users = await server.owner("GET", "/api/users")
    assert "mallory" not in {u["username"] for u in users}
    assert {u["username"]: u["role"] for u in users}["eve"] == "agent"
    assert [q["priority"] for q in await server.owner("GET", "/api/queues")] == [0]
    assert await server.owner("GET", "/api/teams") == []
    # The owner's token may read the music the Queues tab offers.
    assert "default" in await server.owner("GET", "/api/hold-music")
