"""The owner's admin window: one tab per thing to configure or read, and a
status line with the last save or refusal.

Tabs are plain QWidgets built with ``(engine, bridge)``; one that has a
``status`` signal ``(text, is_error)`` (see :class:`AdminEditor`) reports to
the status line."""

from __future__ import annotations

import time

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import Role

HEALTH_TAB = "Health"  # the Health tab's name (its English title), whatever the language


class AdminWindow(QMainWindow):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Kept for whoever builds the tabs: each tab talks to the same engine.
        self.engine, self.bridge = engine, bridge
        self.setWindowTitle(translate("ui.admin.window", "Callnest — admin", "a window title"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.status_line = plain_label(wrap=False)
        self.status_line.setObjectName("hint")
        self.statusBar().addWidget(self.status_line, 1)
        self.resize(1180, 760)

    def add_tab(self, widget: QWidget, title: str, name: str | None = None) -> int:
        """Adds a tab titled ``title``; returns its index. ``name`` (its English
        title; by default ``title``) finds it again in any language."""
        index = self.tabs.addTab(widget, title)
        self.tabs.tabBar().setTabData(index, name or title)
        status = getattr(widget, "status", None)
        if isinstance(status, SignalInstance):
            status.connect(self.show_status)
        return index

    def tab(self, title: str) -> QWidget | None:
        """The tab with this name or title, if there is one."""
        for index in range(self.tabs.count()):
            if title in (self.tabs.tabBar().tabData(index), self.tabs.tabText(index)):
                return self.tabs.widget(index)
        return None

    def show_tab(self, title: str) -> None:
        """Brings the tab named ``title`` to the front (if there is one)."""
        widget = self.tab(title)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status_line.setObjectName("error" if error else "hint")
        # A new object name takes its style only once the label is polished again.
        self.status_line.style().unpolish(self.status_line)
        self.status_line.style().polish(self.status_line)
        self.status_line.setText(f"{time.strftime('%H:%M:%S')}  {text}")


def build_admin_window(engine: EnginePort, bridge: EngineBridge) -> AdminWindow:
    """The admin window with every tab, in the order an owner sets a business up."""
    # Imported here: the charts pull in pyqtgraph and numpy, which only the
    # owner, and only once the window opens, should pay for at start-up.
    from callnest.desktop.ui.admin.agents import AgentsTab
    from callnest.desktop.ui.admin.backups import BackupsTab
    from callnest.desktop.ui.admin.callbacks import CallbacksTab
    from callnest.desktop.ui.admin.campaigns import CampaignsTab
    from callnest.desktop.ui.admin.customers import CustomersTab
    from callnest.desktop.ui.admin.health import HealthTab
    from callnest.desktop.ui.admin.interactions import InteractionsTab
    from callnest.desktop.ui.admin.lists import ListsTab
    from callnest.desktop.ui.admin.mailboxes import MailboxesTab
    from callnest.desktop.ui.admin.phones import PhonesTab
    from callnest.desktop.ui.admin.prompts import AnnouncementsTab
    from callnest.desktop.ui.admin.queues import QueuesTab
    from callnest.desktop.ui.admin.reports import ReportsTab
    from callnest.desktop.ui.admin.scripts import ScriptsTab
    from callnest.desktop.ui.admin.staffing import StaffingTab

    window = AdminWindow(engine, bridge)
    window.add_tab(
        AgentsTab(engine, bridge), translate("ui.admin.window", "Agents", "a tab"), "Agents"
    )
    window.add_tab(
        QueuesTab(engine, bridge), translate("ui.admin.window", "Queues", "a tab"), "Queues"
    )
    welcome = engine.welcome
    if welcome is not None and welcome.user.role is Role.OWNER:
        # Trunks hold the provider's password: their API is the owner's alone.
        window.add_tab(
            PhonesTab(engine, bridge), translate("ui.admin.window", "Phones", "a tab"), "Phones"
        )
        # Mailboxes hold their accounts' passwords, as trunks do.
        window.add_tab(
            MailboxesTab(engine, bridge),
            translate("ui.admin.window", "Mailboxes", "a tab: the queues' e-mail accounts"),
            "Mailboxes",
        )
        # What callers hear, in each language: the owner may record their own.
        window.add_tab(
            AnnouncementsTab(engine, bridge),
            translate("ui.admin.window", "Announcements", "a tab: what callers hear"),
            "Announcements",
        )
    window.add_tab(
        ScriptsTab(engine, bridge),
        translate("ui.admin.window", "Scripts", "a tab: what agents read out"),
        "Scripts",
    )
    window.add_tab(
        ListsTab(engine, bridge),
        translate(
            "ui.admin.window",
            "Dispositions && breaks",
            "a tab: how calls ended, and agents' break reasons; && shows as one &",
        ),
        "Dispositions && breaks",
    )
    window.add_tab(
        CustomersTab(engine, bridge),
        translate("ui.admin.window", "Customers", "a tab"),
        "Customers",
    )
    window.add_tab(
        InteractionsTab(engine, bridge),
        translate("ui.admin.window", "Interactions", "a tab: past calls and chats"),
        "Interactions",
    )
    window.add_tab(
        CallbacksTab(engine, bridge),
        translate("ui.admin.window", "Callbacks", "a tab"),
        "Callbacks",
    )
    window.add_tab(
        CampaignsTab(engine, bridge),
        translate("ui.admin.window", "Campaigns", "a tab"),
        "Campaigns",
    )
    reports, staffing = ReportsTab(engine, bridge), StaffingTab(engine, bridge)
    reports.reported.connect(staffing.use_report)
    window.add_tab(reports, translate("ui.admin.window", "Reports", "a tab"), "Reports")
    window.add_tab(
        staffing,
        translate("ui.admin.window", "Staffing", "a tab: how many agents are needed"),
        "Staffing",
    )
    if welcome is not None and welcome.user.role is Role.OWNER:
        # Running the server: the owner's alone (backups hold everything).
        window.add_tab(
            BackupsTab(engine, bridge), translate("ui.admin.window", "Backups", "a tab"), "Backups"
        )
        window.add_tab(
            HealthTab(engine, bridge),
            translate("ui.admin.window", "Health", "a tab: how the server is doing"),
            HEALTH_TAB,
        )
    return window
