"""The agent's main window: status, the verdict on the home connection, the
ringing offer, calling out, the call, wrap-up.

Thin over :class:`AgentModel`: what it shows comes from the model, and each
button sends one protocol request through the engine; the server's answer
comes back as events that move the model.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import RestClient
from callnest.desktop.i18n import translate
from callnest.desktop.models.agent import AgentModel, Page, Ringing
from callnest.desktop.models.callbacks import is_phone_number
from callnest.desktop.models.format import break_reason, duration
from callnest.desktop.models.health import alarm_words
from callnest.desktop.models.home_link import Tone
from callnest.desktop.notifications import DesktopNotifications, Notifier
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.settings import Settings
from callnest.desktop.ui.admin.window import HEALTH_TAB, AdminWindow
from callnest.desktop.ui.alarms import AlarmBanner
from callnest.desktop.ui.chat import ChatOffers, ChatPanel, badge
from callnest.desktop.ui.customer import CustomerCardView, PopPanel, plain_label
from callnest.desktop.ui.dialer import CallNotice
from callnest.desktop.ui.headset import DeviceLister, HeadsetDialog, system_devices
from callnest.desktop.ui.pages import (
    CallingPage,
    IdlePage,
    InCallPage,
    RingingPage,
    WrapUpPage,
    WrapUpProblem,
)
from callnest.desktop.ui.schedule_callback import ScheduleCallbackDialog
from callnest.desktop.ui.shortcuts import (
    HELP_KEYS,
    KeyboardActions,
    ShortcutsDialog,
    ShortcutsHelp,
    with_keys,
)
from callnest.desktop.ui.style import AMBER, GREEN, GREY, RED, dot, dot_icon
from callnest.desktop.ui.wallboard import WallboardWindow
from callnest.protocol import rest
from callnest.protocol.e164 import normalize_e164

# Marked for the catalogue, translated where shown (``translate("ui.agent", ...)``).
NO_MICROPHONE = str(QT_TRANSLATE_NOOP("ui.agent", "No working microphone: open Headset set-up"))
RECONNECTING = str(QT_TRANSLATE_NOOP("ui.agent", "Connection lost — reconnecting…"))

_CONNECTION = {
    "connecting": (GREY, QT_TRANSLATE_NOOP("ui.agent", "Connecting…")),
    "online": (GREEN, QT_TRANSLATE_NOOP("ui.agent", "Online")),
    "reconnecting": (AMBER, QT_TRANSLATE_NOOP("ui.agent", "Reconnecting…")),
    "offline": (RED, QT_TRANSLATE_NOOP("ui.agent", "Offline")),
}
_STATE_COLOR = {p.AgentState.AVAILABLE: GREEN, p.AgentState.BREAK: AMBER}
_LINK_STYLE: dict[Tone, str] = {"checking": "linkChecking", "fit": "linkFit", "held": "linkHeld"}
_PAGES: tuple[Page, ...] = ("idle", "ringing", "calling", "in_call", "wrap_up")
_WATCHERS = (p.Role.SUPERVISOR, p.Role.OWNER)  # who may open the wallboard
HINT_MS = 6000  # how long the status bar says why a shortcut did nothing
_INCOMING = {
    p.Channel.VOICE: QT_TRANSLATE_NOOP("ui.agent", "Incoming call"),
    p.Channel.CHAT: QT_TRANSLATE_NOOP("ui.agent", "Incoming chat"),
    p.Channel.TASK: QT_TRANSLATE_NOOP("ui.agent", "Offline message"),
    p.Channel.EMAIL: QT_TRANSLATE_NOOP("ui.agent", "Incoming e-mail"),
}
# A call to place rings as a card: the call goes out when its countdown ends.
_TO_PLACE = {
    "callback": QT_TRANSLATE_NOOP("ui.agent", "Call back"),
    "campaign": QT_TRANSLATE_NOOP("ui.agent", "Campaign call"),
}


def _ring_title(contact: p.ContactInfo) -> str:
    if contact.purpose is not None:
        return translate("ui.agent", str(_TO_PLACE[contact.purpose]))
    return translate("ui.agent", str(_INCOMING[contact.channel]))


class AgentWindow(QMainWindow):
    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        settings: Settings,
        model: AgentModel,
        *,
        list_devices: DeviceLister = system_devices,
        admin_window: Callable[[], QWidget] | None = None,
        notifications: Callable[[], DesktopNotifications | None] = DesktopNotifications.connect_to,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine, self._bridge, self._settings = engine, bridge, settings
        self._rest = RestClient(engine)
        self._list_devices = list_devices
        # Builds the owner's admin window (the app knows its tabs); None: no Admin action.
        self._make_admin = admin_window
        # The model is fed by its owner from the first event on (the welcome
        # arrives before this window exists); the window only reads it.
        self.model = model
        self.agents: list[rest.DirectoryEntry] = []  # the directory, for transfers
        self._ringing_offer: str | None = None
        self._hanging_up = False  # Hang up on the calling page was clicked
        self._wrap_up_contact: str | None = None
        self._break_reasons: tuple[p.NamedItem, ...] | None = None
        self._directory_asked = False
        self._cards_asked: set[str] = set()
        # Each queue's outbound caller ID (GET /api/queues); None until known.
        self.caller_ids: dict[int, str | None] | None = None
        self._recent_asked = 0  # the model's recent_revision whose card was fetched again
        self._chat_cards: dict[str, CustomerCardView] = {}  # chat -> its card, wired to call
        self.wallboard: WallboardWindow | None = None
        self.admin: QWidget | None = None
        self.callback_dialog: ScheduleCallbackDialog | None = None  # while one is open
        self.shortcuts_dialog: ShortcutsDialog | None = None  # while one is open
        self.help_sheet: ShortcutsHelp | None = None
        self._ringing_told: set[str] = set()  # offers with a notification up
        self._pause_told = False  # the break for missed offers was notified
        self.setWindowTitle("Callnest")
        self._build()
        self.keyboard = KeyboardActions(
            self, settings, self._key_handlers(), self.model.blocked, self.hint
        )
        self._build_menu()
        self.tray = self._build_tray()
        self.notifier = Notifier(self, self.tray, notifications())
        self.notifier.answer.connect(self._answer_from_notification)
        self.notifier.decline.connect(self._decline_from_notification)
        self.show_keys()
        self._alarms_told: set[str] = set()  # the alarms a notification was shown for

        self.model.changed.connect(self.refresh)
        self.model.chats_changed.connect(self._refresh_chats)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        geometry = settings.geometry("agent")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(980, 700)
        self.refresh()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.status = QComboBox()
        self.status.setMinimumContentsLength(18)
        # A break the server sets is added later ("Break — Home connection"): room for it too.
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state_time = QLabel()
        self.state_time.setToolTip(translate("ui.agent", "Time in this status"))
        self.shift_time = QLabel()
        self.shift_time.setToolTip(translate("ui.agent", "Time since you logged in"))
        self.connection_dot = QLabel()
        self.connection = QLabel()
        self.headset_button = QPushButton(
            translate("ui.agent", "Headset…", "a button: opens the headset set-up")
        )
        top = QFrame()
        top.setObjectName("topBar")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(12, 8, 12, 8)
        bar.addWidget(self.status)
        bar.addSpacing(12)
        bar.addWidget(self.state_time)
        bar.addSpacing(18)
        bar.addWidget(self.shift_time)
        bar.addStretch(1)
        bar.addWidget(self.connection_dot)
        bar.addWidget(self.connection)
        bar.addSpacing(12)
        bar.addWidget(self.headset_button)

        self.banner = QLabel(translate("ui.agent", RECONNECTING))
        self.banner.setObjectName("banner")
        # The server's verdict on the home connection, in words: why no call
        # comes (and that it is not the operator's doing), or that all is well.
        self.link_status = plain_label()
        self.link_status.setObjectName("linkFit")
        self.device_banner = plain_label()
        self.device_banner.setObjectName("deviceBanner")
        self.error = plain_label()
        self.error.setObjectName("errorBar")
        self.alarm_banner = AlarmBanner()
        self.alarm_banner.details.clicked.connect(self.open_health)
        # While an offer rings whose miss would pause the agent (the queue's autopause).
        self.break_warning = plain_label()
        self.break_warning.setObjectName("breakWarning")
        self.break_warning.setStyleSheet(
            "QLabel#breakWarning { background: #fff3e0; color: #8a4b00; border: 1px solid #ffb74d;"
            " border-radius: 4px; padding: 6px 10px; font-weight: 600; }"
        )
        self.break_warning.hide()

        self.call_notice = CallNotice()

        self.idle = IdlePage()
        self.dialer = self.idle.dialer
        self.ringing = RingingPage()
        self.calling = CallingPage()
        self.in_call = InCallPage()
        self.wrap_up = WrapUpPage()
        self.pages = QStackedWidget()
        for page in (self.idle, self.ringing, self.calling, self.in_call, self.wrap_up):
            self.pages.addWidget(page)
        self.pop = PopPanel()
        self.transfer_menu = QMenu(self)
        self.in_call.transfer.setMenu(self.transfer_menu)
        # Calls on one tab, chats on the other: both can be in hand at once.
        self.call_tab = QWidget()
        call = QVBoxLayout(self.call_tab)
        call.setContentsMargins(0, 8, 0, 0)
        call.setSpacing(10)
        call.addWidget(self.pages)
        call.addWidget(self.pop, 1)
        self.chats = ChatPanel(self._engine, self._bridge, self.model.chats, desk=self)
        self.chat_offers = ChatOffers()
        self.work = QTabWidget()
        self.work.addTab(
            self.call_tab, translate("ui.agent", "Call", "a tab: the phone call in hand")
        )
        self.work.addTab(self.chats, translate("ui.agent", "Chats", "a tab"))

        body = QVBoxLayout()
        body.setContentsMargins(14, 10, 14, 14)
        body.setSpacing(10)
        body.addWidget(self.banner)
        body.addWidget(self.link_status)
        body.addWidget(self.device_banner)
        body.addWidget(self.error)
        body.addWidget(self.alarm_banner)
        body.addWidget(self.call_notice)
        body.addWidget(self.chat_offers)
        body.addWidget(self.break_warning)
        body.addWidget(self.work, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.status.activated.connect(self._status_chosen)
        self.headset_button.clicked.connect(self.open_headset)
        self.ringing.answer.clicked.connect(self.answer)
        self.ringing.decline.clicked.connect(self.decline)
        self.dialer.call_requested.connect(self.call_typed)
        self.dialer.queue.activated.connect(self._dial_queue_chosen)
        self.calling.hangup.clicked.connect(self.hang_up)
        self.pop.card.dial.connect(
            lambda number, queue: self.call_out(number, queue, self.pop.card.customer)
        )
        self.pop.card.confirm.connect(self._confirm_call_identity)
        self.call_notice.dismissed.connect(self.model.dismiss_result)
        self.in_call.mute.clicked.connect(self.toggle_mute)
        self.in_call.recording.clicked.connect(self.toggle_recording)
        self.in_call.hold.clicked.connect(self.toggle_hold)
        self.in_call.hangup.clicked.connect(self.hang_up)
        self.in_call.hand.clicked.connect(self.raise_hand)
        self.transfer_menu.aboutToShow.connect(
            lambda: self.fill_transfer_menu(self.transfer_menu, self.transfer, calls_out=True)
        )
        self.wrap_up.ready.clicked.connect(self.complete_wrap_up)
        self.wrap_up.schedule_callback.clicked.connect(self._schedule_call_callback)
        self.chats.opened.connect(self._chat_opened)
        self.chats.read.connect(self._show_chats_tab)
        self.chat_offers.accept.connect(lambda offer: self.send(p.OfferAnswer(offer_id=offer)))
        self.chat_offers.decline.connect(lambda offer: self.send(p.OfferDecline(offer_id=offer)))

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(
            translate("ui.agent", "&Callnest", "the menu named after the app")
        )
        headset = QAction(translate("ui.agent", "&Headset…", "a menu item"), self)
        headset.triggered.connect(self.open_headset)
        self.wallboard_action = QAction(translate("ui.agent", "&Wallboard…", "a menu item"), self)
        self.wallboard_action.triggered.connect(self.open_wallboard)
        self.wallboard_action.setVisible(False)  # for supervisors and owners: see refresh
        self.admin_action = QAction(translate("ui.agent", "&Admin…", "a menu item"), self)
        self.admin_action.triggered.connect(self.open_admin)
        self.admin_action.setVisible(False)  # for owners: see refresh
        quit_ = QAction(translate("ui.agent", "&Quit", "a menu item"), self)
        quit_.setShortcut("Ctrl+Q")
        quit_.triggered.connect(self.close)
        menu.addAction(headset)
        menu.addAction(self.wallboard_action)
        menu.addAction(self.admin_action)
        menu.addSeparator()
        menu.addAction(quit_)

        work = self.menuBar().addMenu(
            translate("ui.agent", "&Actions", "the menu of what the keyboard shortcuts do")
        )
        actions = self.keyboard.actions
        for name in ("answer", "decline", "hang_up", "mute", "hold", "transfer"):
            work.addAction(actions[name])
        work.addSeparator()
        work.addAction(actions["ready"])
        work.addAction(actions["break"])
        work.addSeparator()
        work.addAction(actions["next_chat"])

        help_ = self.menuBar().addMenu(translate("ui.agent", "&Help", "a menu"))
        sheet = QAction(translate("ui.agent", "&Keyboard shortcuts…", "a menu item"), self)
        sheet.setShortcut(QKeySequence(HELP_KEYS))
        sheet.triggered.connect(self.open_shortcuts_help)
        change = QAction(translate("ui.agent", "&Change keyboard shortcuts…", "a menu item"), self)
        change.triggered.connect(self.open_shortcuts_dialog)
        help_.addAction(sheet)
        help_.addAction(change)
        # Break opens this list (which break?) under the status selector.
        self.break_menu = QMenu(self)

    def _build_tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(dot_icon(GREY), self)
        tray.activated.connect(self._raise)
        tray.show()
        return tray

    def _raise(self) -> None:
        """Forward, as it was (a maximised window stays maximised)."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        model = self.model
        color, said = _CONNECTION[model.connection]
        text = translate("ui.agent", str(said))
        if model.session_ended:
            text = translate(
                "ui.agent", "Logged out: {reason}", "{reason}: the server's words"
            ).format(reason=model.session_ended)
        self.connection_dot.setPixmap(dot(color, 12))
        self.connection.setText(text)
        self.banner.setVisible(model.connection == "reconnecting")
        self._show_link()
        problems = [problem.message for problem in model.device_problems.values()]
        self.device_banner.setText("\n".join(problems))
        self.device_banner.setVisible(bool(problems))
        self.error.setVisible(bool(self.error.text()))
        self._show_alarms(model.alarms)
        self._fetch_missing_cards()
        user = model.user
        self.wallboard_action.setVisible(user is not None and user.role in _WATCHERS)
        self.admin_action.setVisible(
            self._make_admin is not None and user is not None and user.role is p.Role.OWNER
        )
        self._refresh_status()
        if model.user is not None and not self._directory_asked:
            self._directory_asked = True
            self.load_directory()
            self.load_caller_ids()

        page = model.page
        self._show_page(_PAGES.index(page))
        # Idle, the last customer stays on screen to be called back.
        recent = model.recent if page == "idle" else None
        self.pop.setVisible(page != "idle" or recent is not None)
        self.pop.script.setVisible(page != "idle")
        self.pop.card.setTitle(
            translate("ui.agent", "Last customer", "the customer card's title, between calls")
            if page == "idle"
            else translate("ui.agent", "Customer", "the customer card's title")
        )
        contact = model.ringing.contact if model.ringing else model.contact or model.calling
        if contact is not None:
            self.ringing.heading.setText(_ring_title(contact))
            outbound = contact.direction == "outbound"
            self.in_call.heading.setText(
                translate("ui.agent", "Outbound call")
                if outbound
                else translate("ui.agent", "On the call")
            )
            for view in (self.ringing, self.in_call, self.wrap_up):
                view.caller.setText(self._name(contact))
                view.details.setText(self._contact_details(contact))
            pop = model.pop
            talking = model.ringing is None and model.contact is not None
            self.pop.card.show_card(pop.customer, contact.caller_name, confirmable=talking)
            self.pop.script.show_script(pop.script)
        elif model.dial is not None:
            self.pop.card.show_card(model.dial.customer, None)
            self.pop.script.show_script(None)
        elif recent is not None:
            self.pop.card.show_card(recent, None)
        self._fetch_recent_card()
        self.call_notice.show_result(model.call_out_result)
        self._refresh_idle()
        self._refresh_calling()
        self._refresh_dialing()
        self._refresh_call()
        self._refresh_wrap_up()
        self._refresh_ringing()
        self._refresh_chats()
        self._tell_pause()
        self.tick()

    def _tell_pause(self) -> None:
        """The break for missed offers, told once, also to an operator looking elsewhere."""
        paused = self.model.paused_for_misses
        if paused and not self._pause_told and not self.isActiveWindow():
            self.notifier.tell(
                translate("ui.agent", "You are on a break", "a notification's title"),
                _missed_words(self.model.misses),
            )
        self._pause_told = paused

    def _refresh_chats(self) -> None:
        self.chats.refresh()
        self._arm_cards(self.model.dial_blocked())
        self._show_chats_tab()
        if self.chat_offers.show_offers(self.model.quiet_offers, self.model.queues):
            QApplication.alert(self)  # quiet: the agent is at work already, no ring

    def _show_chats_tab(self) -> None:
        book = self.model.chats
        count = len(book.open)
        self.work.setTabText(
            1,
            translate("ui.agent", "Chats ({count})", "a tab; {count}: the chats open").format(
                count=QLocale().toString(count)
            )
            if count
            else translate("ui.agent", "Chats", "a tab"),
        )
        self.work.setTabIcon(1, badge(book.unread) if book.unread else QIcon())

    def _show_link(self) -> None:
        line = self.model.link_line()
        self.link_status.setVisible(line is not None)
        if line is None:
            return
        tone, text = line
        self.link_status.setText(text)
        if self.link_status.objectName() != _LINK_STYLE[tone]:
            self.link_status.setObjectName(_LINK_STYLE[tone])
            style = self.link_status.style()
            # The style sheet goes by the name: its colours (the three share
            # one box, as a polish does not give a label new margins).
            style.unpolish(self.link_status)
            style.polish(self.link_status)

    def _show_page(self, index: int) -> None:
        # A stack is as tall as its tallest page; ignoring the hidden pages'
        # sizes keeps the ringing and call controls compact above the pop.
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(i)
            assert page is not None
            page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.updateGeometry()

    def _contact_details(self, contact: p.ContactInfo) -> str:
        queue = next((q.display_name for q in self.model.queues if q.id == contact.queue_id), None)
        number = self.model.number_of(contact) if contact.direction == "outbound" else None
        queue_line = translate("ui.agent", "Queue: {queue}").format(
            queue=queue or contact.queue_name
        )
        parts = [number or contact.caller_address or "", queue_line]
        return "   ·   ".join(part for part in parts if part)

    def _name(self, contact: p.ContactInfo) -> str:
        """Who is on the line, for the pages' big label: a call out to a
        stranger is its number."""
        if contact.caller_name:
            return contact.caller_name
        if contact.direction == "outbound":
            return self.model.number_of(contact) or translate("ui.agent", "Unknown number")
        return translate("ui.agent", "Unknown caller")

    def _refresh_status(self) -> None:
        model = self.model
        if self._break_reasons != model.break_reasons:
            self._break_reasons = model.break_reasons
            self.status.clear()
            self.status.addItem(
                dot_icon(GREEN),
                translate("ui.agent", "Available", "the agent's status"),
                _key(p.AgentState.AVAILABLE),
            )
            for reason in model.break_reasons:
                self.status.addItem(
                    dot_icon(AMBER),
                    _on_break(reason.name),
                    _key(p.AgentState.BREAK, reason.id),
                )
            self.status.addItem(
                dot_icon(GREY),
                translate("ui.agent", "Offline", "the agent's status"),
                _key(p.AgentState.OFFLINE),
            )
        self._show_state()
        if self.tray is not None:
            label = self.status.currentText()
            self.tray.setIcon(dot_icon(_STATE_COLOR.get(model.state, GREY)))
            self.tray.setToolTip(
                translate("ui.agent", "Callnest — {status}", "the tray icon's tooltip").format(
                    status=label
                )
            )

    def _show_state(self) -> None:
        """Puts the selector back on the server's state (after a refusal, too)."""
        model = self.model
        wanted = _key(model.state, model.reason_id)
        index = self.status.findData(wanted)
        if model.state is p.AgentState.BREAK and (index < 0 or model.reason_id is None):
            # A break the server set (after missed offers, for the home
            # connection) with no listed reason: one entry, named anew each time.
            text = _on_break(
                break_reason(model.reason)
                or translate("ui.agent", "paused", "a break the server set, with no reason")
            )
            if index < 0:
                self.status.addItem(dot_icon(AMBER), text, wanted)
                index = self.status.count() - 1
            else:
                self.status.setItemText(index, text)
        self.status.setCurrentIndex(index)

    def _refresh_idle(self) -> None:
        model = self.model
        if model.state is p.AgentState.AVAILABLE:
            self.idle.headline.setText(translate("ui.agent", "Waiting for the next contact"))
            self.idle.detail.setText(translate("ui.agent", "You are available: calls ring here."))
        elif model.held_back:
            verdict = model.verdict
            checking = verdict is None or verdict.problem is p.LinkProblem.UNCONFIRMED
            self.idle.headline.setText(
                translate("ui.agent", "Checking your connection")
                if checking
                else translate("ui.agent", "Calls are held back")
            )
            self.idle.detail.setText(
                translate(
                    "ui.agent",
                    "No contacts are offered until your home connection can carry a call. "
                    "You become available again by yourself once it can.",
                )
            )
        elif model.paused_for_misses:
            self.idle.headline.setText(translate("ui.agent", "On a break"))
            self.idle.detail.setText(_missed_words(model.misses))
        elif model.state is p.AgentState.BREAK:
            self.idle.headline.setText(translate("ui.agent", "On a break"))
            reason = break_reason(model.reason) or translate(
                "ui.agent", "Break", "a break with no reason, at the start of a sentence"
            )
            self.idle.detail.setText(
                translate(
                    "ui.agent",
                    "{reason}: no contacts are offered. Choose Available when you are back.",
                    "{reason}: the break's reason (Lunch)",
                ).format(reason=reason)
            )
        else:
            self.idle.headline.setText(translate("ui.agent", "Offline", "the agent's status"))
            self.idle.detail.setText(
                translate("ui.agent", "Choose Available to start taking contacts.")
            )

    def _refresh_calling(self) -> None:
        model, page = self.model, self.calling
        calling, dial = model.calling, model.dial
        if calling is not None:
            page.caller.setText(
                translate("ui.agent", "Calling {who}…").format(who=model.who(calling))
            )
            page.details.setText(
                translate(
                    "ui.agent", "Ringing   ·   {queue}", "{queue}: the queue the call is for"
                ).format(queue=self._queue_line(calling.queue_id))
            )
            page.hangup.setToolTip(
                with_keys(translate("ui.agent", "Stop calling"), self.keyboard.keys["hang_up"])
            )
            if not self._hanging_up:
                page.hangup.setEnabled(True)
        elif dial is not None:
            page.caller.setText(translate("ui.agent", "Calling {who}…").format(who=dial.who))
            page.details.setText(
                translate(
                    "ui.agent",
                    "Placing the call   ·   {queue}",
                    "{queue}: the queue the call is for",
                ).format(queue=self._queue_line(dial.queue_id))
            )
            page.hangup.setEnabled(False)
            page.hangup.setToolTip(
                translate("ui.agent", "Hang up works once the call is on its way")
            )

    def _queue_line(self, queue_id: int) -> str:
        """``Queue: Sales   ·   they see +386 1 600 0000`` (when the caller ID is known)."""
        queue = next((q.display_name for q in self.model.queues if q.id == queue_id), None)
        name = queue or str(queue_id)
        caller_id = (self.caller_ids or {}).get(queue_id)
        if caller_id:
            return translate(
                "ui.agent",
                "Queue: {queue}   ·   they see {caller_id}",
                "{caller_id}: the number the called customer sees",
            ).format(queue=name, caller_id=caller_id)
        return translate("ui.agent", "Queue: {queue}").format(queue=name)

    def _refresh_dialing(self) -> None:
        """The queues to call for, and whether calling is possible now (why not, if not)."""
        model = self.model
        ids = self.caller_ids or {}
        with_id = [q for q in model.queues if ids.get(q.id)]
        without = [q for q in model.queues if not ids.get(q.id)]
        choices = [(q.id, f"{q.display_name}  ·  {ids[q.id]}") for q in with_id]
        choices += [(q.id, q.display_name) for q in without]
        self.dialer.set_queues(choices, self._settings.dial_queue)
        blocked = model.dial_blocked()
        self.dialer.set_blocked(blocked)
        self._arm_cards(blocked)

    def _arm_cards(self, blocked: str | None) -> None:
        """The Call buttons of the pop's card and of each chat's card."""
        queue = next(
            (q.display_name for q in self.model.queues if q.id == self.dialer.queue_id()), ""
        )
        names = [q.display_name for q in self.model.queues] + [q.name for q in self.model.queues]
        self.pop.card.set_calls(blocked, queue, names)
        views = self.chats.views
        for contact_id in [c for c in self._chat_cards if c not in views]:
            del self._chat_cards[contact_id]
        for contact_id, view in views.items():
            card = view.card
            if self._chat_cards.get(contact_id) is not card:
                self._chat_cards[contact_id] = card
                card.dial.connect(
                    lambda number, queue, card=card: self.call_out(number, queue, card.customer)
                )
                card.confirm.connect(
                    lambda contact_id=contact_id: self.confirm_identity(contact_id)
                )
            card.set_calls(blocked, queue, names)

    def _refresh_ringing(self) -> None:
        ringing = self.model.ringing
        offer = ringing.offer_id if ringing else None
        if offer != self._ringing_offer:
            if ringing is not None:
                self.work.setCurrentWidget(self.call_tab)  # the ringing page is there
                self.ringing.show_call_to_place(ringing.contact.purpose is not None)
                self.show_keys()  # the decline button's tooltip is the card's
                self.ringing.answer.setEnabled(True)
                self.ringing.decline.setEnabled(True)
                self._engine.ring(True)
                if self._ringing_offer is None:
                    self._alert(ringing)
            else:
                self._engine.ring(False)
            self._ringing_offer = offer
        for gone in self._ringing_told - set(self.model.offers):
            self._ringing_told.discard(gone)
            self.notifier.stop_ringing(gone)

    def _alert(self, ringing: Ringing) -> None:
        """An offer rings while the operator looks elsewhere: the window comes
        forward; and, as a desktop may refuse to let a window take the focus
        (focus-stealing prevention), a notification with Answer and Decline."""
        if self.isActiveWindow() and not self.isMinimized():
            QApplication.alert(self)
            return
        caller = ringing.contact.caller_name or translate("ui.agent", "Unknown caller")
        self._ringing_told.add(ringing.offer_id)
        self.notifier.ring(
            ringing.offer_id,
            _ring_title(ringing.contact),
            f"{caller} — {ringing.contact.queue_name}",
            dot_icon(GREEN),
        )
        self._raise()

    def _refresh_call(self) -> None:
        contact = self.model.contact
        if contact is None or contact.phase is p.ContactPhase.WRAP_UP:
            self.in_call.hand.setChecked(False)  # the server lowers it with the call
            return
        held = contact.phase is p.ContactPhase.ON_HOLD
        self.in_call.mute.setChecked(contact.muted)
        self.in_call.mute.setText(
            translate("ui.agent", "Unmute", "a button")
            if contact.muted
            else translate("ui.agent", "Mute", "a button")
        )
        self.in_call.hold.setChecked(held)
        self.in_call.hold.setText(
            translate("ui.agent", "Resume", "a button: takes the call off hold")
            if held
            else translate("ui.agent", "Hold", "a button: puts the call on hold")
        )
        paused = contact.recording_paused
        self.in_call.recording.setChecked(paused)
        self.in_call.recording.setText(
            translate("ui.agent", "Resume recording", "a button")
            if paused
            else translate("ui.agent", "Pause recording", "a button")
        )
        states = (
            (held, translate("ui.agent", "On hold", "a chip: the call is on hold")),
            (contact.muted, translate("ui.agent", "Muted", "a chip: the microphone is off")),
            (paused, translate("ui.agent", "Recording paused", "a chip")),
        )
        chip = next((text for on, text in states if on), "")
        self.in_call.chip.setText(chip)
        self.in_call.chip.setVisible(bool(chip))

    def _refresh_wrap_up(self) -> None:
        model, page = self.model, self.wrap_up
        contact = model.contact
        if contact is None or contact.phase is not p.ContactPhase.WRAP_UP:
            self._wrap_up_contact = None
            return
        if contact.contact_id == self._wrap_up_contact:
            return  # keep what the agent typed
        self._wrap_up_contact = contact.contact_id
        page.start(
            contact.caller_name,
            model.pop.customer,
            model.dispositions,
            phone_number=is_phone_number(contact.caller_address),
        )
        if self.work.currentWidget() is self.call_tab:  # not from the middle of a chat's reply
            page.disposition.setFocus()  # what to choose first after hanging up

    def tick(self) -> None:
        model = self.model
        self.state_time.setText(
            translate("ui.agent", "In status {duration}", "{duration}: e.g. 3:35").format(
                duration=duration(model.seconds_in_state())
            )
        )
        self.shift_time.setText(
            translate(
                "ui.agent", "Shift {duration}", "time since the agent logged in; {duration}: 3:35"
            ).format(duration=duration(model.shift_seconds()))
        )
        self.ringing.countdown.setText(duration(model.ring_seconds_left()))
        left = model.break_warning()
        if left is not None:
            self.break_warning.setText(
                translate(
                    "ui.agent",
                    "Answer within {seconds} s or you will be put on a break",
                    "{seconds}: the seconds left to answer the ringing offer",
                ).format(seconds=QLocale().toString(math.ceil(left)))
            )
        self.break_warning.setVisible(left is not None)
        self.calling.timer.setText(duration(model.calling_seconds()))
        self.in_call.timer.setText(duration(model.call_seconds()))
        self.wrap_up.countdown.setText(duration(model.wrap_up_seconds_left()))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ------------------------------------------------------------ requests

    def send(
        self,
        message: p.Message,
        *,
        button: QWidget | None = None,
        on_error: Callable[[], None] | None = None,
    ) -> None:
        """Sends one request; an error reply is shown in the window's error bar."""
        if button is not None:
            button.setEnabled(False)

        def done(future: Future[p.OkReply | p.ErrorReply]) -> None:
            if button is not None:
                button.setEnabled(True)
            error = future.exception()
            reply = None if error is not None else future.result()
            if error is not None or isinstance(reply, p.ErrorReply):
                self.show_error(describe(reply if isinstance(reply, p.ErrorReply) else error))
                if on_error is not None:
                    on_error()
            else:
                self.show_error("")

        self._bridge.resolve(self._engine.request(message), done)

    def _status_chosen(self, index: int) -> None:
        self.set_status(*_unkey(self.status.itemData(index)))

    def set_status(self, state: p.AgentState, reason_id: int | None = None) -> None:
        """Asks the server for this status (the selector follows its answer)."""
        if (state, reason_id) == (self.model.state, self.model.reason_id):
            return
        if state is p.AgentState.AVAILABLE and not self._engine.headset.microphone_ok:
            self.show_error(translate("ui.agent", NO_MICROPHONE))
            self._show_state()
            return
        self.send(p.AgentSetState(state=state, reason_id=reason_id), on_error=self._show_state)

    # ------------------------------------------------------------ keyboard

    def _key_handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "answer": self.answer_any,
            "decline": self.decline_any,
            "hang_up": lambda: self._if_enabled(self.hang_up, self.in_call.hangup),
            "mute": self.toggle_mute,
            "hold": lambda: self._if_enabled(self.toggle_hold, self.in_call.hold),
            "transfer": self.open_transfer_menu,
            "ready": lambda: self.set_status(p.AgentState.AVAILABLE),
            "break": self.choose_break,
            "next_chat": self.next_chat,
        }

    def _if_enabled(self, act: Callable[[], None], button: QWidget) -> None:
        # A disabled button is a request on its way: a second one would only be refused.
        if button.isEnabled() or self.model.calling is not None:
            act()

    def hint(self, text: str) -> None:
        """Why a shortcut did nothing, in the status bar for a few seconds."""
        self.statusBar().showMessage(text, HINT_MS)

    def show_keys(self) -> None:
        """Each control's tooltip names its shortcut: ``Answer (Ctrl+Shift+A)``."""
        keys = self.keyboard.keys
        ringing = self.model.ringing
        to_place = ringing is not None and ringing.contact.purpose is not None
        tips = (
            (self.ringing.answer, "answer", translate("ui.agent", "Answer", "a tooltip")),
            (
                self.ringing.decline,
                "decline",
                translate("ui.agent", "Leave it to a colleague")
                if to_place
                else translate("ui.agent", "Decline", "a tooltip"),
            ),
            (self.in_call.hangup, "hang_up", translate("ui.agent", "Hang up", "a tooltip")),
            (self.in_call.mute, "mute", translate("ui.agent", "Mute or unmute your microphone")),
            (self.in_call.hold, "hold", translate("ui.agent", "Put the call on hold or resume it")),
            (self.in_call.transfer, "transfer", translate("ui.agent", "Transfer the call")),
        )
        for button, action, text in tips:
            button.setToolTip(with_keys(text, keys[action]))
        self.status.setToolTip(
            translate(
                "ui.agent",
                "Your status: only Available gets contacts\n{available} · {on_break}",
                "{available}, {on_break}: the shortcuts' names and keys",
            ).format(
                available=with_keys(translate("ui.agent", "Available", "a tooltip"), keys["ready"]),
                on_break=with_keys(translate("ui.agent", "Break", "a tooltip"), keys["break"]),
            )
        )
        self.work.setTabToolTip(
            1, with_keys(translate("ui.agent", "Next chat", "a tooltip"), keys["next_chat"])
        )
        self._refresh_calling()

    def answer_any(self) -> None:
        """The ringing offer, else the first chat offered beside the work in hand."""
        if self.model.ringing is not None:
            if self.ringing.answer.isEnabled():
                self.answer()
        elif self.model.quiet_offers:
            self.send(p.OfferAnswer(offer_id=self.model.quiet_offers[0].offer_id))

    def decline_any(self) -> None:
        if self.model.ringing is not None:
            if self.ringing.decline.isEnabled():
                self.decline()
        elif self.model.quiet_offers:
            self.send(p.OfferDecline(offer_id=self.model.quiet_offers[0].offer_id))

    def open_transfer_menu(self) -> None:
        """The call's transfer menu, else the chat's on screen, opened at its button."""
        contact = self.model.contact
        if contact is not None and contact.phase is not p.ContactPhase.WRAP_UP:
            self.work.setCurrentWidget(self.call_tab)
            button, menu = self.in_call.transfer, self.transfer_menu
        else:
            view = self.chats.current_view() if self.work.currentWidget() is self.chats else None
            if view is None or not view.transfer.isVisible():
                self.hint(translate("ui.agent", "There is nothing to transfer."))
                return
            button, menu = view.transfer, view.transfer_menu
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def choose_break(self) -> None:
        """The one break there is, or the list of breaks to choose from."""
        reasons = self.model.break_reasons
        if len(reasons) == 1:
            self.set_status(p.AgentState.BREAK, reasons[0].id)
            return
        self.break_menu.clear()
        for reason in reasons:
            action = self.break_menu.addAction(dot_icon(AMBER), reason.name)
            action.triggered.connect(
                lambda _=False, r=reason.id: self.set_status(p.AgentState.BREAK, r)
            )
        self.break_menu.popup(self.status.mapToGlobal(QPoint(0, self.status.height())))

    def next_chat(self) -> None:
        if self.work.currentWidget() is self.chats:
            self.chats.show_next()
        else:
            self.work.setCurrentWidget(self.chats)  # first the chat on top, then the next
        self.chats.focus_box()

    def _chat_opened(self, contact_id: str) -> None:
        """A chat or e-mail was answered: the cursor waits in its box for the first reply."""
        self.work.setCurrentWidget(self.chats)
        self.chats.focus_box(contact_id)

    def open_shortcuts_help(self) -> ShortcutsHelp:
        sheet = ShortcutsHelp(self.keyboard.keys, parent=self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.change.connect(self.open_shortcuts_dialog)
        sheet.finished.connect(lambda _: setattr(self, "help_sheet", None))
        sheet.open()
        self.help_sheet = sheet
        return sheet

    def open_shortcuts_dialog(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self._settings, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._keys_changed)
        dialog.finished.connect(lambda _: setattr(self, "shortcuts_dialog", None))
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    def _keys_changed(self) -> None:
        self.keyboard.load()
        self.show_keys()

    # ------------------------------------------------------------ ringing

    def _answer_from_notification(self, offer_id: str) -> None:
        if offer_id not in self.model.offers:
            return  # gone meanwhile: the notification was late
        self._raise()
        ringing = self.model.ringing
        if ringing is not None and ringing.offer_id == offer_id:
            self.answer()
        else:
            self.send(p.OfferAnswer(offer_id=offer_id))

    def _decline_from_notification(self, offer_id: str) -> None:
        ringing = self.model.ringing
        if ringing is not None and ringing.offer_id == offer_id:
            self.decline()
        elif offer_id in self.model.offers:
            self.send(p.OfferDecline(offer_id=offer_id))

    def answer(self) -> None:
        if self.model.ringing is not None:
            self.ringing.decline.setEnabled(False)
            self.send(
                p.OfferAnswer(offer_id=self.model.ringing.offer_id), button=self.ringing.answer
            )

    def decline(self) -> None:
        if self.model.ringing is not None:
            self.ringing.answer.setEnabled(False)
            self.send(
                p.OfferDecline(offer_id=self.model.ringing.offer_id), button=self.ringing.decline
            )

    def toggle_mute(self) -> None:
        contact = self.model.contact
        self._refresh_call()  # the button shows the server's word, not the click
        if contact is not None:
            self.send(p.CallMute(contact_id=contact.contact_id, muted=not contact.muted))

    def toggle_recording(self) -> None:
        contact = self.model.contact
        self._refresh_call()  # the button shows the server's word, not the click
        if contact is not None:
            paused = not contact.recording_paused
            self.send(p.CallRecording(contact_id=contact.contact_id, paused=paused))

    def toggle_hold(self) -> None:
        contact = self.model.contact
        self._refresh_call()
        if contact is None:
            return
        if contact.phase is p.ContactPhase.ON_HOLD:
            self.send(p.CallResume(contact_id=contact.contact_id), button=self.in_call.hold)
        else:
            self.send(p.CallHold(contact_id=contact.contact_id), button=self.in_call.hold)

    def raise_hand(self) -> None:
        hand = self.in_call.hand
        raised = hand.isChecked()
        hand.setText(_hand_text(raised))

        def undo() -> None:
            hand.setChecked(not raised)
            hand.setText(_hand_text(not raised))

        self.send(p.AgentRaiseHand(raised=raised), button=hand, on_error=undo)

    def hang_up(self) -> None:
        calling = self.model.calling
        if calling is not None:  # gives up the call out that rings
            self.model.giving_up(calling.contact_id)
            self._hanging_up = True

            def again() -> None:
                self._hanging_up = False

            self.send(
                p.CallHangup(contact_id=calling.contact_id),
                button=self.calling.hangup,
                on_error=again,
            )
            return
        contact = self.model.contact
        if contact is not None:
            self.send(p.CallHangup(contact_id=contact.contact_id), button=self.in_call.hangup)

    # ------------------------------------------------------------ calling out

    def call_typed(self) -> None:
        """The idle page's Call (or Enter in its number field)."""
        self.call_out(self.dialer.number.text())

    def call_out(
        self, number: str, queue: str = "", customer: p.CustomerCard | None = None
    ) -> None:
        """Calls ``number`` for the queue named ``queue`` (a history entry's),
        else for the queue chosen beside the number field."""
        queue_id = self._queue_named(queue) or self.dialer.queue_id()
        if queue_id is None:
            self.show_error(translate("ui.agent", "There is no queue to call for."))
            return
        message = self.model.start_dial(number, queue_id, customer)
        if message is None:
            return  # the notice says why
        self._hanging_up = False

        def done(future: Future[p.OkReply | p.ErrorReply]) -> None:
            error = future.exception()
            self.model.dial_answered(future.result() if error is None else error)

        self._bridge.resolve(self._engine.request(message), done)

    def _queue_named(self, name: str) -> int | None:
        if not name:
            return None
        queues = self.model.queues
        found = next((q for q in queues if q.display_name == name), None)
        found = found or next((q for q in queues if q.name == name), None)
        return found.id if found else None

    def _dial_queue_chosen(self, _index: int) -> None:
        self._settings.dial_queue = self.dialer.queue_id()
        self._arm_cards(self.model.dial_blocked())

    def load_caller_ids(self) -> None:
        """Which queues show customers a caller ID of their own: those come first."""

        def done(future: Future[list[rest.Queue]]) -> None:
            if future.exception() is None:  # else the queues are offered in the server's order
                queues = future.result()
                self.caller_ids = {q.id: q.outbound_caller_id for q in queues}
                self.model.set_autopause({q.id: q.autopause_misses for q in queues})
                self.refresh()

        self._bridge.resolve(self._rest.queues.list(), done)

    def _fetch_recent_card(self) -> None:
        """The last customer's card again, with what the wrap-up changed."""
        recent, revision = self.model.recent, self.model.recent_revision
        if recent is None or revision == self._recent_asked:
            return
        self._recent_asked = revision

        def done(future: Future[p.CustomerCard]) -> None:
            if future.exception() is None:
                self.model.restore_recent(future.result())

        self._bridge.resolve(self._rest.customer_card(recent.id), done)

    def transfer(self, target: p.TransferTarget) -> None:
        contact = self.model.contact
        if contact is not None:
            self.send(p.CallTransfer(contact_id=contact.contact_id, target=target))

    def fill_transfer_menu(
        self,
        menu: QMenu,
        transfer: Callable[[p.TransferTarget], None],
        *,
        calls_out: bool = False,
    ) -> None:
        """Queues and the other agents, for the call's transfer button and each
        chat's; with ``calls_out`` (a call's) an outside phone number too."""
        menu.clear()
        menu.addSection(translate("ui.agent", "Queues", "a section of the transfer menu"))
        for queue in self.model.queues:
            action = menu.addAction(queue.display_name)
            action.triggered.connect(
                lambda _=False, q=queue.id: transfer(p.TransferTarget(queue_id=q))
            )
        menu.addSection(translate("ui.agent", "Agents", "a section of the transfer menu"))
        me = self.model.user.id if self.model.user else None
        agents = [a for a in self.agents if a.id != me]
        for agent in agents:
            action = menu.addAction(agent.display_name or str(agent.id))
            action.triggered.connect(
                lambda _=False, a=agent.id: transfer(p.TransferTarget(agent_id=a))
            )
        if not agents:
            menu.addAction(translate("ui.agent", "No other agents")).setEnabled(False)
        if calls_out:
            menu.addSection(
                translate("ui.agent", "Outside", "a section of the transfer menu: outside numbers")
            )
            action = menu.addAction(translate("ui.agent", "To a phone number…", "a menu item"))
            action.triggered.connect(lambda _=False: self.transfer_to_number(transfer))
        self.load_directory()  # fresh for next time: who is active changes

    def transfer_to_number(self, transfer: Callable[[p.TransferTarget], None]) -> None:
        """Asks for the outside number (a specialist's mobile, say) and sends
        the call there, written as E.164; a number that cannot be called is
        said in words and nothing is sent."""
        text = self.ask_transfer_number()
        if text is None or not text.strip():
            return
        try:
            number = normalize_e164(text)
        except ValueError as exc:
            self.show_error(
                translate(
                    "ui.agent",
                    "That number cannot be called: {reason}",
                    "{reason}: what is wrong with the number",
                ).format(reason=exc)
            )
            return
        transfer(p.TransferTarget(number=number))

    def ask_transfer_number(self) -> str | None:
        """The number the agent types (None: cancelled)."""
        text, ok = QInputDialog.getText(
            self,
            translate("ui.agent", "Transfer to a phone number", "a dialog's title"),
            translate("ui.agent", "The number, with its country code (e.g. +386 41 123 456):"),
        )
        return text if ok else None

    def _confirm_call_identity(self) -> None:
        if self.model.contact is not None:
            self.confirm_identity(self.model.contact.contact_id)

    def confirm_identity(self, contact_id: str) -> None:
        """The agent has checked the caller is the customer the card names:
        the server sends the whole card (details, notes, history) and the
        script filled in with it."""

        def done(future: Future[rest.IdentityConfirmed]) -> None:
            error = future.exception()
            if error is not None:
                self.show_error(
                    translate(
                        "ui.agent",
                        "The identity could not be confirmed: {problem}",
                        "{problem}: why, from the server",
                    ).format(problem=describe(error))
                )
            else:
                self.show_error("")
                confirmed = future.result()
                self.model.identity_confirmed(contact_id, confirmed.customer, confirmed.script)

        self._bridge.resolve(self._rest.confirm_identity(contact_id), done)

    def _fetch_missing_cards(self) -> None:
        for contact_id, customer_id in self.model.cards_missing():
            if contact_id in self._cards_asked:
                continue
            self._cards_asked.add(contact_id)

            def done(future: Future[p.CustomerCard], contact_id: str = contact_id) -> None:
                if future.exception() is None:  # else the pop stays without a card
                    self.model.restore_card(contact_id, future.result())

            self._bridge.resolve(self._rest.customer_card(customer_id), done)

    def load_directory(self) -> None:
        def done(future: Future[list[rest.DirectoryEntry]]) -> None:
            if future.exception() is None:  # else the last one stays
                self.agents = future.result()

        self._bridge.resolve(self._rest.directory(), done)

    def complete_wrap_up(self) -> None:
        contact, page = self.model.contact, self.wrap_up
        if contact is None or contact.phase is not p.ContactPhase.WRAP_UP:
            return
        try:
            message = page.outcome(contact, self.model.pop.customer)
        except WrapUpProblem as exc:
            self.show_error(str(exc))
            return
        self.send(message, button=page.ready)

    def _schedule_call_callback(self) -> None:
        contact = self.model.contact
        if contact is not None and contact.phase is p.ContactPhase.WRAP_UP:
            self.schedule_callback(contact, self.model.pop.customer, self.wrap_up)

    def schedule_callback(
        self, contact: p.ContactInfo, card: p.CustomerCard | None, page: WrapUpPage
    ) -> ScheduleCallbackDialog:
        """Asks for a callback to the contact's customer (a call's or a
        chat's, at wrap-up); ``page`` then says when it is promised."""
        dialog = ScheduleCallbackDialog(
            self._rest, self._bridge, self.model.callback_draft(contact, card), parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: setattr(self, "callback_dialog", None))
        # To the page's own method: Qt lets go of it if a chat's page is gone meanwhile.
        dialog.scheduled.connect(page.show_callback)
        dialog.open()
        self.callback_dialog = dialog
        return dialog

    # ------------------------------------------------------------ headset

    def open_wallboard(self) -> WallboardWindow:
        if self.wallboard is None:
            self.wallboard = WallboardWindow(self._engine, self._bridge)
        self.wallboard.show()
        self.wallboard.raise_()
        return self.wallboard

    def open_admin(self) -> QWidget | None:
        """The owner's admin window: one, raised if already open."""
        if self._make_admin is None:
            return None
        if self.admin is None:
            self.admin = self._make_admin()
        self.admin.show()
        self.admin.raise_()
        self.admin.activateWindow()
        return self.admin

    def open_health(self) -> None:
        """The admin window at its Health tab: the doctor's report and the alarms."""
        admin = self.open_admin()
        if isinstance(admin, AdminWindow):
            admin.show_tab(HEALTH_TAB)

    def _show_alarms(self, alarms: tuple[p.AlarmNotice, ...]) -> None:
        """The alarms in the banner; one newly raised also as a desktop notification."""
        new = [a for a in alarms if a.name not in self._alarms_told]
        self._alarms_told = {a.name for a in alarms}
        self.alarm_banner.show_alarms(alarms, self._make_admin is not None)
        if new and self.tray is not None:
            first = alarm_words(new[0])
            self.tray.showMessage(
                translate(
                    "ui.agent", "Callnest alarm: {title}", "{title}: the alarm's, from the server"
                ).format(title=first.title),
                first.summary,
                QSystemTrayIcon.MessageIcon.Warning,
            )

    def open_headset(self) -> HeadsetDialog:
        dialog = HeadsetDialog(
            self._engine, self._bridge, self._settings, self._list_devices, parent=self
        )
        dialog.setModal(True)
        dialog.show()
        return dialog

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt names it
        self._settings.set_geometry("agent", QByteArray(self.saveGeometry()))
        self._settings.sync()
        if self._ringing_offer is not None:
            self._engine.ring(False)
        if self.tray is not None:
            self.tray.hide()
        if self.notifier.desktop is not None:
            self.notifier.desktop.stop()
        if self.wallboard is not None:
            self.wallboard.close()
        if self.admin is not None:
            self.admin.close()
        super().closeEvent(event)


def _missed_words(misses: list[p.Channel]) -> str:
    """Why the system put the agent on a break, in words, and the way back."""
    count = len(misses)
    if not count:  # counted before this desktop started
        return translate(
            "ui.agent",
            "Offers to you rang out unanswered — choose Available when you are back.",
        )
    if all(channel is p.Channel.VOICE for channel in misses):
        return translate(
            "ui.agent",
            "%n call(s) in a row were not answered — choose Available when you are back.",
            "the break the system set after missed calls",
            count,
        )
    return translate(
        "ui.agent",
        "%n contact(s) in a row were not answered — choose Available when you are back.",
        "the break the system set after missed calls and chats",
        count,
    )


def _on_break(reason: str) -> str:
    """A break's entry in the status list: ``Break — Lunch``."""
    return translate("ui.agent", "Break — {reason}", "the agent's status; {reason}: Lunch").format(
        reason=reason
    )


def _hand_text(raised: bool) -> str:
    """The raise-hand button's words: what a click does."""
    if raised:
        return translate("ui.agent", "Lower hand", "a button: no longer asks a supervisor for help")
    return translate("ui.agent", "Raise hand", "a button: asks a supervisor for help")


def _key(state: p.AgentState, reason_id: int | None = None) -> str:
    """A status entry's data: a string, which QComboBox.findData can compare."""
    return f"break:{reason_id}" if state is p.AgentState.BREAK else state.value


def _unkey(key: str) -> tuple[p.AgentState, int | None]:
    state, _, reason = key.partition(":")
    return p.AgentState(state), int(reason) if reason and reason != "None" else None
