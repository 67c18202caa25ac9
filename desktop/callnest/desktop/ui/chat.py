"""The agent's chats: one tab per chat, with an unread badge; in each, the
conversation (customer and agent told apart, with times), the customer card,
the queue's canned responses, a send box, transfer, end and wrap-up. The same
panel, read-only, lets a supervisor read a live chat (:class:`ChatReader`).

Every text here comes from customers or agents, so every one is shown as plain
text (labels with the PlainText format): HTML a customer types shows as typed.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDateTime,
    QLocale,
    QRect,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QHideEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callnest import protocol as p
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import EngineEvent, ServerEvent
from callnest.desktop.i18n import translate
from callnest.desktop.models.agent import Ringing
from callnest.desktop.models.chat import Chat, ChatBook, Line
from callnest.desktop.models.format import duration
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.ui.customer import CustomerCardView, plain_label
from callnest.desktop.ui.email import EmailThreadView, ForwardDialog, ReplyBox
from callnest.desktop.ui.pages import WrapUpPage, WrapUpProblem
from callnest.desktop.ui.style import RED
from callnest.protocol import rest

BUBBLE_TEXT_WIDTH = 480
# A bubble's tones in the style sheet (style.py): the customer's, the agent's,
# the system's note, and a message not sent.
BUBBLE_TONES = ("customer", "agent", "system")
TYPING_IDLE_MS = 3000  # the customer stops seeing "typing…" this long after the last key
# Marked for the catalogue, translated where shown (``translate("ui.chat", NO_CHATS)``).
NO_CHATS = str(
    QT_TRANSLATE_NOOP("ui.chat", "No chats right now. New chats open here, one tab each.")
)


class ChatDesk(Protocol):
    """What the panel needs of the agent window: its requests (with the error
    bar that shows a refusal), its transfer menu and its callback dialog."""

    def send(
        self,
        message: p.Message,
        *,
        button: QWidget | None = None,
        on_error: Callable[[], None] | None = None,
    ) -> None: ...

    def show_error(self, text: str) -> None: ...

    def fill_transfer_menu(
        self, menu: QMenu, transfer: Callable[[p.TransferTarget], None]
    ) -> None: ...

    def schedule_callback(
        self, contact: p.ContactInfo, card: p.CustomerCard | None, page: WrapUpPage
    ) -> object: ...


def badge(count: int, size: int = 22) -> QIcon:
    """A red disc with the number of unread messages, for a tab."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(RED))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size * 6 // 10 if count < 10 else size // 2)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, _count(count))
    painter.end()
    return QIcon(pixmap)


def _count(count: int) -> str:
    return str(count) if count < 100 else "99+"


def _clock_time(timestamp: float) -> str:
    """A message's time of day, as the language writes it."""
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)


# ---------------------------------------------------------------- messages


class Bubble(QFrame):
    """One message: who and when above the text; the customer's on the left,
    the agent's on the right, system lines centred without a bubble."""

    retry = Signal(str)  # client_msg_id of a message that was not sent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bubble")
        self.meta = plain_label(wrap=False)
        self.meta.setObjectName("chatMeta")
        self.text = plain_label()
        self.text.setObjectName("chatText")
        self.problem = plain_label()
        self.problem.setObjectName("chatProblem")
        self.retry_button = QPushButton(
            translate("ui.chat", "Retry", "a button: sends a message that failed again")
        )
        self.retry_button.hide()
        self.retry_button.clicked.connect(self._retry)
        self.line: Line | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 8)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.meta)
        self._layout.addWidget(self.text)
        failed = QHBoxLayout()
        failed.addWidget(self.problem, 1)
        failed.addWidget(self.retry_button)
        self._layout.addLayout(failed)
        self.setMaximumWidth(BUBBLE_TEXT_WIDTH + 20)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)

    def show_line(self, line: Line, who: str, skew: float) -> None:
        self.line = line
        at = line.at if line.state != "sent" else line.at - skew
        if line.sender == "system":  # one quiet line: "14:05 · Carla left the chat"
            self.meta.setText(f"{_clock_time(at)} ·")
            self._layout.setDirection(QVBoxLayout.Direction.LeftToRight)
            self._layout.setSpacing(6)
        elif line.state == "sending":
            self.meta.setText(
                translate(
                    "ui.chat",
                    "{who} · {time} · sending…",
                    "above a message on its way: who wrote it, and when",
                ).format(who=who, time=_clock_time(at))
            )
        else:
            self.meta.setText(f"{who} · {_clock_time(at)}")
        self.text.setText(line.text)
        # A wrapping label asks for little width; a short message should not
        # wrap, so it gets the width of its longest line (up to the bubble's).
        metrics = self.text.fontMetrics()
        widest = max(metrics.horizontalAdvance(part) for part in line.text.split("\n"))
        self.text.setMinimumWidth(min(widest + 2, BUBBLE_TEXT_WIDTH))
        failed = line.state == "failed"
        self.problem.setText(
            translate("ui.chat", "Not sent: {problem}").format(problem=line.problem)
            if failed
            else ""
        )
        self.problem.setVisible(failed)
        self.retry_button.setVisible(failed)
        if line.sender == "system":
            self.text.setObjectName("chatSystem")
        # The app's style sheet colours a bubble and its words by its tone;
        # Qt reads a changed property or name only when asked to polish again.
        tone = "failed" if failed else line.sender if line.sender in BUBBLE_TONES else "customer"
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            for widget in (self, *self.findChildren(QWidget)):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def _retry(self) -> None:
        if self.line is not None and self.line.client_msg_id:
            self.retry.emit(self.line.client_msg_id)


class Transcript(QScrollArea):
    """The conversation, oldest at the top; it follows new messages unless the
    agent scrolled back to read."""

    retry = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        body = QWidget()
        body.setObjectName("transcript")
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(10, 10, 10, 10)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)  # few messages sit at the bottom, by the send box
        self.setWidget(body)
        self.bubbles: list[Bubble] = []
        self._keys: list[str] = []
        self._follow = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(self._grew)

    def show_lines(self, lines: list[Line], names: Callable[[Line], str], skew: float) -> None:
        keys = [line.key for line in lines]
        if keys[: len(self._keys)] != self._keys:
            self._clear()  # history came in out of order: lay it out again
        for bubble, line in zip(self.bubbles, lines, strict=False):
            if bubble.line != line:
                bubble.show_line(line, names(line), skew)
        for line in lines[len(self._keys) :]:
            if line.sender == "agent" and line.state == "sending":
                self._follow = True  # the agent's own message is always seen going out
            self._add(line, names(line), skew)
        self._keys = keys

    def texts(self) -> list[str]:
        return [bubble.text.text() for bubble in self.bubbles]

    def _add(self, line: Line, who: str, skew: float) -> None:
        bubble = Bubble()
        bubble.show_line(line, who, skew)
        bubble.retry.connect(self.retry)
        row = QHBoxLayout()
        if line.sender != "customer":
            row.addStretch(1)
        row.addWidget(bubble)
        if line.sender != "agent":
            row.addStretch(1)
        self._layout.addLayout(row)
        self.bubbles.append(bubble)

    def _clear(self) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(1)
            row = item.layout() if item is not None else None
            while row is not None and row.count():
                child = row.takeAt(0)
                widget = child.widget() if child is not None else None
                if widget is not None:
                    widget.deleteLater()
        self.bubbles, self._keys = [], []

    def _scrolled(self, value: int) -> None:
        self._follow = value >= self.verticalScrollBar().maximum() - 4

    def _grew(self, _low: int, high: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(high)


class SendBox(QPlainTextEdit):
    """Enter sends; Shift+Enter starts a new line."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            translate("ui.chat", "Type a message — Enter sends, Shift+Enter for a new line")
        )
        self.setTabChangesFocus(True)
        self.setMaximumHeight(90)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt names it
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        super().keyPressEvent(event)


def escalation_words(escalation: p.EscalationInfo) -> str:
    """Why it came up a tier, for the agent working it."""
    if escalation.reason == "first_response":
        text = translate("ui.chat", "Escalated: no first response in time (tier {tier})")
    else:
        text = translate("ui.chat", "Escalated: not resolved in time (tier {tier})")
    return text.format(tier=QLocale().toString(escalation.tier))


# ---------------------------------------------------------------- one chat


class ChatView(QWidget):
    """One chat's tab."""

    def __init__(self, chat: Chat, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = chat.contact_id
        self.read_only = read_only
        self.revision = -1
        self._answers: tuple[p.CannedResponse, ...] | None = None
        self.wrap_up_started = False
        self.typing_sent = False
        self.typing_idle = QTimer(self)
        self.typing_idle.setSingleShot(True)
        self.typing_idle.setInterval(TYPING_IDLE_MS)

        self.name = plain_label(wrap=False)
        self.name.setObjectName("chatName")
        self.details = plain_label()
        self.details.setObjectName("hint")
        self.chip = QLabel()
        self.chip.setObjectName("chip")
        self.chip.hide()
        self.clock = QLabel("0:00")
        self.clock.setObjectName("clock")
        self.transfer = QPushButton(
            translate("ui.chat", "Transfer…", "a button: transfers the chat")
        )
        self.transfer_menu = QMenu(self)
        self.transfer.setMenu(self.transfer_menu)
        self.forward = QPushButton(translate("ui.email", "Forward…", "a button"))
        self.forward.setToolTip(
            translate("ui.email", "Send the customer's last message, with its attachments, on")
        )
        self.end = QPushButton(translate("ui.chat", "End chat", "a button"))
        self.end.setObjectName("hangup")
        self.end.setToolTip(
            translate("ui.chat", "Close the chat for the customer and go to wrap-up")
        )
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.name)
        who.addWidget(self.details)
        header = QHBoxLayout()
        header.addLayout(who, 1)
        header.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.clock)
        header.addSpacing(8)
        header.addWidget(self.forward)
        header.addWidget(self.transfer)
        header.addWidget(self.end)

        self.transcript = Transcript()
        self.typing = plain_label(wrap=False)
        self.typing.setObjectName("chatTyping")
        self.typing.setMinimumHeight(18)  # the composer does not jump when it comes and goes
        # An e-mail shows its thread and takes a reply of several lines instead.
        self.is_email = chat.is_email
        self.thread_view = EmailThreadView()
        self.box: SendBox | ReplyBox = ReplyBox() if self.is_email else SendBox()
        self.box.setAccessibleName(
            translate("ui.chat", "Reply", "the box an answer is written in, read out")
        )
        self.reply_id: tuple[str, str] | None = None  # (text, id) of a reply not yet stored
        self.send = QPushButton(
            translate("ui.email", "Send reply", "a button: sends the e-mail reply")
            if self.is_email
            else translate("ui.chat", "Send", "a button: sends the message")
        )
        self.send.setObjectName("answer")
        composer = QHBoxLayout()
        composer.addWidget(self.box, 1)
        composer.addWidget(self.send, 0, Qt.AlignmentFlag.AlignBottom)
        self.composer = QWidget()
        self.composer.setLayout(composer)
        composer.setContentsMargins(0, 0, 0, 0)
        self.wrap_up = WrapUpPage()
        self.wrap_up.caller.hide()  # the chat's header says who it was
        self.wrap_up.details.hide()
        self.wrap_up.hide()
        conversation = QWidget()
        left = QVBoxLayout(conversation)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.thread_view if self.is_email else self.transcript, 1)
        left.addWidget(self.typing)
        left.addWidget(self.composer)
        left.addWidget(self.wrap_up)

        self.card = CustomerCardView()
        self.canned = QListWidget()
        self.canned.setToolTip(translate("ui.chat", "Click an answer to put it in the send box"))
        self.no_canned = plain_label(translate("ui.chat", "This queue has no canned responses."))
        self.no_canned.setObjectName("hint")
        canned = QGroupBox(translate("ui.chat", "Canned responses", "a group's title"))
        canned_layout = QVBoxLayout(canned)
        canned_layout.addWidget(self.canned)
        canned_layout.addWidget(self.no_canned)
        self.canned_box = canned
        self.side = side = QWidget()
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.card, 3)
        right.addWidget(canned, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(conversation)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        for widget in (self.transfer, self.end, self.composer, canned):
            widget.setVisible(not read_only)
        if self.is_email:
            self.transcript.hide()
            self.typing.hide()
        else:
            self.thread_view.hide()
        if read_only or not self.is_email:
            self.forward.hide()

    def show_chat(self, chat: Chat, queue: p.QueueInfo | None, skew: float) -> None:
        self.revision = chat.revision
        contact = chat.contact
        self.name.setText(chat.name)
        queue_name = queue.display_name if queue else contact.queue_name
        queue_line = (
            translate("ui.chat", "Offline message · Queue: {queue}")
            if chat.is_task
            else translate("ui.email", "E-mail · Queue: {queue}")
            if chat.is_email
            else translate("ui.chat", "Queue: {queue}")
        ).format(queue=queue_name)
        if chat.is_email and chat.thread is not None and chat.thread.subject:
            queue_line = f"{chat.thread.subject}   ·   {queue_line}"
        if contact.escalation is not None:
            queue_line += "   ·   " + escalation_words(contact.escalation)
        parts = [queue_line, contact.caller_address or ""]
        self.details.setText("   ·   ".join(part for part in parts if part))
        self.card.show_card(chat.customer, contact.caller_name, confirmable=not self.read_only)
        # A supervisor reading gets no card (and must not be told to save one).
        self.side.setVisible(not self.read_only or chat.customer is not None)
        ended = chat.in_wrap_up
        chip = (
            translate("ui.chat", "Customer left", "a chip beside the chat's name")
            if chat.customer_left
            else translate("ui.chat", "Ended", "a chip beside the chat's name: the chat is over")
            if ended
            else ""
        )
        self.clock.setVisible(not ended)  # the wrap-up shows its own countdown
        self.chip.setText(chip)
        self.chip.setVisible(bool(chip))
        typing = "customer" in chat.typing and not ended
        self.typing.setText(
            translate("ui.chat", "{name} is typing…").format(name=chat.name) if typing else ""
        )
        if not self.read_only:
            live = not ended and not chat.is_task
            self.composer.setVisible(live)
            self.canned_box.setVisible(live)
            self.transfer.setVisible(not ended)
            self.forward.setVisible(chat.is_email and not ended)
            self.end.setVisible(not ended)
            self.end.setText(
                translate("ui.chat", "Done", "a button: closes an offline message")
                if chat.is_task or chat.is_email
                else translate("ui.chat", "End chat", "a button")
            )
            self.wrap_up.setVisible(ended)
            self._canned(queue)

        def who(line: Line) -> str:
            if line.sender == "agent":
                if not self.read_only:
                    return translate("ui.chat", "You", "who wrote a message: the agent")
                return line.sender_name or translate("ui.chat", "Agent", "who wrote a message")
            if line.sender == "system":
                return "Callnest"  # the product's name
            return line.sender_name or chat.name

        if self.is_email:
            you = (
                translate("ui.chat", "You", "who wrote a message: the agent")
                if not self.read_only
                else translate("ui.chat", "Agent", "who wrote a message")
            )
            self.thread_view.show_thread(chat.thread, you)
        else:
            self.transcript.show_lines(chat.shown, who, skew)

    def _canned(self, queue: p.QueueInfo | None) -> None:
        answers = queue.canned_responses if queue else ()
        if answers == self._answers:
            return
        self._answers = answers
        self.canned.clear()
        for answer in answers:
            item = QListWidgetItem(answer.title)  # list items are plain text
            item.setData(Qt.ItemDataRole.UserRole, answer.text)
            item.setToolTip(answer.text)
            self.canned.addItem(item)
        self.canned.setVisible(bool(answers))
        self.no_canned.setVisible(not answers)


# ---------------------------------------------------------------- the panel


class ChatPanel(QWidget):
    """Every open chat in tabs. With a ``desk`` (the agent window) the agent
    chats; without one the panel only reads (a supervisor)."""

    opened = Signal(str)  # a chat came into hand: the window brings the panel forward
    read = Signal()  # the agent looked at a chat: its unread badge went

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        book: ChatBook,
        desk: ChatDesk | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine, self._bridge, self.book, self._desk = engine, bridge, book, desk
        self.views: dict[str, ChatView] = {}
        self._reading: set[str] = set()  # e-mail threads being read
        # Where an attachment is saved, and to whom an e-mail is forwarded
        # with what note: dialogs, replaced in tests.
        self.ask_save_path: Callable[[str], str | None] = self._ask_save_path
        self.ask_forward: Callable[[], tuple[str, str] | None] = lambda: ForwardDialog.ask(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _: self._look())
        self.empty = plain_label(translate("ui.chat", NO_CHATS))
        self.empty.setObjectName("idle")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self.refresh()

    @property
    def read_only(self) -> bool:
        return self._desk is None

    def view(self, contact_id: str) -> ChatView:
        return self.views[contact_id]

    def current_view(self) -> ChatView | None:
        view = self.tabs.currentWidget()
        return view if isinstance(view, ChatView) else None

    def show_next(self) -> None:
        """The next chat's tab (after the last, the first again)."""
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())

    def focus_box(self, contact_id: str | None = None) -> None:
        """The cursor into the chat's message box (an e-mail's reply box), so
        the first thing typed goes there; the chat on screen by default."""
        view = self.views.get(contact_id) if contact_id else self.current_view()
        if view is not None and not view.composer.isHidden():
            view.box.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        chats = self.book.open
        held = {chat.contact_id for chat in chats}
        for contact_id in [cid for cid in self.views if cid not in held]:
            view = self.views.pop(contact_id)
            view.typing_idle.stop()
            self.tabs.removeTab(self.tabs.indexOf(view))
            view.deleteLater()
        new = [chat for chat in chats if chat.contact_id not in self.views]
        for chat in new:
            self._add(chat)
        for chat in chats:
            view = self.views[chat.contact_id]
            if view.revision != chat.revision:
                self._show(view, chat)
        self.stack.setCurrentWidget(self.tabs if chats else self.empty)
        for contact_id in self.book.stale_threads:
            self._read_thread(contact_id)
        if new:
            self.tabs.setCurrentWidget(self.views[new[-1].contact_id])
            self.opened.emit(new[-1].contact_id)
        self._look()
        self.tick()

    def _show(self, view: ChatView, chat: Chat) -> None:
        view.show_chat(chat, self._queue(chat.contact.queue_id), self.book.skew)
        index = self.tabs.indexOf(view)
        self.tabs.setTabText(index, chat.name)
        self.tabs.setTabIcon(index, badge(chat.unread) if chat.unread else QIcon())
        self.tabs.setTabToolTip(
            index, translate("ui.chat", "%n unread", None, chat.unread) if chat.unread else ""
        )
        if chat.in_wrap_up and not view.wrap_up_started and not self.read_only:
            view.wrap_up_started = True
            view.wrap_up.start(chat.contact.caller_name, chat.customer, self._dispositions())
            self._stop_typing(view)

    def tick(self) -> None:
        for contact_id, view in self.views.items():
            chat = self.book.get(contact_id)
            if chat is not None and chat.in_wrap_up:
                left = self.book.wrap_up_seconds_left(contact_id)
                view.clock.setText(duration(left))
                view.wrap_up.countdown.setText(duration(left))
            else:
                view.clock.setText(duration(self.book.chat_seconds(contact_id)))

    def _look(self) -> None:
        """The chat on screen is read; while the panel is hidden none is."""
        view = self.tabs.currentWidget()
        looking = isinstance(view, ChatView) and self.isVisible()
        contact_id = view.contact_id if isinstance(view, ChatView) and looking else None
        if self.book.focus(contact_id) and contact_id is not None:
            chat = self.book.get(contact_id)
            if chat is not None and isinstance(view, ChatView):
                self._show(view, chat)
            self.read.emit()

    def showEvent(self, event: QShowEvent) -> None:  # Qt names it
        super().showEvent(event)
        self._look()

    def hideEvent(self, event: QHideEvent) -> None:  # Qt names it
        super().hideEvent(event)
        self._look()

    def _queue(self, queue_id: int) -> p.QueueInfo | None:
        welcome = self._engine.welcome
        return next((q for q in welcome.queues if q.id == queue_id), None) if welcome else None

    def _dispositions(self) -> tuple[p.NamedItem, ...]:
        welcome = self._engine.welcome
        return welcome.dispositions if welcome else ()

    # ------------------------------------------------------------ building

    def _add(self, chat: Chat) -> None:
        view = ChatView(chat, self.read_only)
        self.views[chat.contact_id] = view
        self.tabs.addTab(view, chat.name)
        if self.read_only:
            return
        cid = chat.contact_id
        view.canned.itemClicked.connect(lambda item: self._insert(view, item))
        view.end.clicked.connect(lambda: self.end(cid))
        view.transfer_menu.aboutToShow.connect(lambda: self._fill_transfer(view))
        view.wrap_up.ready.clicked.connect(lambda: self.complete_wrap_up(cid))
        view.wrap_up.schedule_callback.clicked.connect(lambda: self.schedule_callback(cid))
        if chat.is_email:
            view.box.submitted.connect(lambda: self.send_reply(cid))
            view.send.clicked.connect(lambda: self.send_reply(cid))
            view.thread_view.attachment_wanted.connect(self.save_attachment)
            view.forward.clicked.connect(lambda: self.forward(cid))
            return
        view.box.submitted.connect(lambda: self.send_text(cid))
        view.send.clicked.connect(lambda: self.send_text(cid))
        view.box.textChanged.connect(lambda: self._typed(view))
        view.typing_idle.timeout.connect(lambda: self._stop_typing(view))
        view.transcript.retry.connect(lambda client_msg_id: self.retry(cid, client_msg_id))

    # ------------------------------------------------------------ requests

    def send_text(self, contact_id: str) -> None:
        view = self.views.get(contact_id)
        text = view.box.toPlainText().strip() if view is not None else ""
        if view is None or not text:
            return
        self._stop_typing(view)
        client_msg_id = uuid.uuid4().hex
        if self.book.sending(contact_id, client_msg_id, text) is None:
            return
        view.box.blockSignals(True)  # clearing the box is not typing
        view.box.clear()
        view.box.blockSignals(False)
        self._post(contact_id, client_msg_id, text)
        self.refresh()

    def retry(self, contact_id: str, client_msg_id: str) -> None:
        line = self.book.retry(contact_id, client_msg_id)
        if line is not None:
            self._post(contact_id, client_msg_id, line.text)
            self.refresh()

    def _post(self, contact_id: str, client_msg_id: str, text: str) -> None:
        def done(future: Future[p.OkReply | p.ErrorReply]) -> None:
            error = future.exception()
            reply = None if error is not None else future.result()
            if isinstance(reply, p.ErrorReply):
                problem = describe(reply)
            elif error is not None:
                problem = describe(error) or translate("ui.chat", "no connection", "why not sent")
            else:
                return  # stored: its echo replaces the sending line
            if self.book.send_failed(contact_id, client_msg_id, problem):
                self.refresh()

        message = p.ChatSend(contact_id=contact_id, text=text, client_msg_id=client_msg_id)
        self._bridge.resolve(self._engine.request(message), done)

    # ------------------------------------------------------------ e-mail

    def _read_thread(self, contact_id: str) -> None:
        if contact_id in self._reading:
            return
        self._reading.add(contact_id)

        def done(future: Future[Any]) -> None:
            self._reading.discard(contact_id)
            error = future.exception()
            if error is not None:
                if self._desk is not None:
                    self._desk.show_error(describe(error))
                return
            if self.book.set_thread(contact_id, rest.EmailThread.model_validate(future.result())):
                self.refresh()

        self._bridge.resolve(self._engine.rest("GET", f"/api/email/{contact_id}"), done)

    def send_reply(self, contact_id: str) -> None:
        """The reply goes to the server, which stores it, then sends it. If
        the answer is lost, sending the same text again is the same reply
        (its id is kept until the server has it)."""
        view = self.views.get(contact_id)
        text = view.box.toPlainText().strip() if view is not None else ""
        if view is None or not text or not view.send.isEnabled():
            return
        if view.reply_id is None or view.reply_id[0] != text:
            view.reply_id = (text, str(uuid.uuid4()))
        reply_id = view.reply_id[1]
        view.send.setEnabled(False)

        def done(future: Future[Any]) -> None:
            view.send.setEnabled(True)
            error = future.exception()
            if error is not None:
                if self._desk is not None:
                    self._desk.show_error(describe(error))
                return  # the text stays, to be sent again
            view.reply_id = None
            view.box.clear()
            self.book.thread_changed(contact_id)
            self.refresh()

        body = {"text": text, "client_msg_id": reply_id}
        future = self._engine.rest("POST", f"/api/email/{contact_id}/replies", body)
        self._bridge.resolve(future, done)

    def forward(self, contact_id: str) -> None:
        view = self.views.get(contact_id)
        asked = self.ask_forward() if view is not None else None
        if view is None or asked is None:
            return
        to, note = asked
        view.forward.setEnabled(False)

        def done(future: Future[Any]) -> None:
            view.forward.setEnabled(True)
            error = future.exception()
            if error is not None and self._desk is not None:
                self._desk.show_error(describe(error))
            elif error is None:
                self.book.thread_changed(contact_id)
                self.refresh()

        body = {"to": to, "note": note, "client_msg_id": str(uuid.uuid4())}
        future = self._engine.rest("POST", f"/api/email/{contact_id}/forwards", body)
        self._bridge.resolve(future, done)

    def save_attachment(self, attachment_id: int, filename: str) -> None:
        """Downloaded only when asked, into the file the agent chooses; never opened."""
        path = self.ask_save_path(filename)
        if not path:
            return

        def done(future: Future[bytes]) -> None:
            error = future.exception()
            if error is None:
                try:
                    Path(path).write_bytes(future.result())
                    return
                except OSError as exc:
                    error = exc
            if self._desk is not None:
                self._desk.show_error(describe(error))

        self._bridge.resolve(self._engine.download(f"/api/email/attachments/{attachment_id}"), done)

    def _ask_save_path(self, filename: str) -> str | None:
        start = str(
            Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation))
            / filename
        )
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ui.email", "Save the attachment", "a dialog's title"), start
        )
        return path or None

    def _typed(self, view: ChatView) -> None:
        if not view.box.toPlainText():
            self._stop_typing(view)
            return
        if not view.typing_sent:
            view.typing_sent = True
            self._engine.request(p.ChatTyping(contact_id=view.contact_id, typing=True))
        view.typing_idle.start()  # restarted by every key

    def _stop_typing(self, view: ChatView) -> None:
        view.typing_idle.stop()
        if view.typing_sent:
            view.typing_sent = False
            self._engine.request(p.ChatTyping(contact_id=view.contact_id, typing=False))

    def _insert(self, view: ChatView, item: QListWidgetItem) -> None:
        view.box.insertPlainText(str(item.data(Qt.ItemDataRole.UserRole)))
        view.box.setFocus()

    def end(self, contact_id: str) -> None:
        view = self.views.get(contact_id)
        if self._desk is not None and view is not None:
            self._stop_typing(view)
            self._desk.send(p.CallHangup(contact_id=contact_id), button=view.end)

    def transfer(self, contact_id: str, target: p.TransferTarget) -> None:
        view = self.views.get(contact_id)
        if self._desk is not None and view is not None:
            self._stop_typing(view)
            self._desk.send(p.CallTransfer(contact_id=contact_id, target=target))

    def _fill_transfer(self, view: ChatView) -> None:
        if self._desk is not None:
            cid = view.contact_id
            self._desk.fill_transfer_menu(view.transfer_menu, lambda t: self.transfer(cid, t))

    def complete_wrap_up(self, contact_id: str) -> None:
        chat, view = self.book.get(contact_id), self.views.get(contact_id)
        if self._desk is None or chat is None or view is None or not chat.in_wrap_up:
            return
        try:
            message = view.wrap_up.outcome(chat.contact, chat.customer)
        except WrapUpProblem as exc:
            self._desk.show_error(str(exc))
            return
        self._desk.send(message, button=view.wrap_up.ready)

    def schedule_callback(self, contact_id: str) -> None:
        """The customer would rather be called: on the card's phone, as a chat has no number."""
        chat, view = self.book.get(contact_id), self.views.get(contact_id)
        if self._desk is not None and chat is not None and view is not None:
            self._desk.schedule_callback(chat.contact, chat.customer, view.wrap_up)


# ---------------------------------------------------------------- offers


class ChatOffers(QWidget):
    """Chat offers that arrive while the agent is already at work: a quiet bar
    each (no ring), with Accept and Decline."""

    accept = Signal(str)  # offer id
    decline = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.bars: dict[str, QFrame] = {}
        self.hide()

    def show_offers(self, offers: list[Ringing], queues: tuple[p.QueueInfo, ...]) -> list[str]:
        """Shows these offers; the ids of those that are new (to notify)."""
        wanted = {offer.offer_id for offer in offers}
        for offer_id in [o for o in self.bars if o not in wanted]:
            self.bars.pop(offer_id).deleteLater()
        new = [offer for offer in offers if offer.offer_id not in self.bars]
        for offer in new:
            self.bars[offer.offer_id] = self._bar(offer, queues)
            self._layout.addWidget(self.bars[offer.offer_id])
        self.setVisible(bool(offers))
        return [offer.offer_id for offer in new]

    def _accepted(self, button: QPushButton, offer_id: str) -> None:
        button.setEnabled(False)  # once: the bar goes when the chat opens
        self.accept.emit(offer_id)

    def _bar(self, offer: Ringing, queues: tuple[p.QueueInfo, ...]) -> QFrame:
        contact = offer.contact
        queue = next((q.display_name for q in queues if q.id == contact.queue_id), None)
        bar = QFrame()
        bar.setObjectName("offerBar")
        who = (offer.customer.name if offer.customer else None) or contact.caller_name
        words = (
            translate("ui.chat", "Offline message · {who} · {queue}")
            if contact.channel is p.Channel.TASK
            else translate("ui.chat", "New chat · {who} · {queue}")
        )
        who = who or translate("ui.chat", "Customer", "who a chat is with, when not known")
        label = plain_label(words.format(who=who, queue=queue or contact.queue_name), wrap=False)
        accept = QPushButton(translate("ui.chat", "Accept", "a button: takes the chat"))
        accept.setObjectName("answer")
        decline = QPushButton(translate("ui.chat", "Decline", "a button: refuses the chat"))
        accept.clicked.connect(lambda: self._accepted(accept, offer.offer_id))
        decline.clicked.connect(lambda: self.decline.emit(offer.offer_id))
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(label, 1)
        layout.addWidget(accept)
        layout.addWidget(decline)
        return bar


# ---------------------------------------------------------------- reading


class ChatReader(QWidget):
    """A supervisor reading a live chat: its history, then each new message,
    for as long as the window is open (``chat.watch`` / ``chat.unwatch``)."""

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        contact: p.ContactInfo,
        agent_name: str,
        *,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine, self._bridge = engine, bridge
        self.contact_id = contact.contact_id
        self.book = ChatBook(clock)
        self.book.watch(contact)
        self.setWindowTitle(
            translate("ui.chat", "Callnest — {agent} chatting with {customer}").format(
                agent=agent_name, customer=contact.caller_name
            )
        )
        self.heading = plain_label(
            translate("ui.chat", "Read only: {agent}'s chat, as it happens.").format(
                agent=agent_name
            )
        )
        self.heading.setObjectName("hint")
        self.error = plain_label()
        self.error.setObjectName("errorBar")
        self.error.hide()
        self.panel = ChatPanel(engine, bridge, self.book)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addWidget(self.panel, 1)
        self.resize(820, 600)
        bridge.event.connect(self._on_event)
        self._watching_events = True

    def _on_event(self, event: EngineEvent) -> None:
        if not isinstance(event, ServerEvent):
            return
        message = event.message
        if isinstance(message, p.Welcome):
            self._watch()  # a new session after a reconnect: ask again
        elif isinstance(message, p.ChatMessage | p.ChatTypingUpdate) and self.book.apply(message):
            self.panel.refresh()

    def _watch(self) -> None:
        if self.isVisible():
            request = self._engine.request(p.ChatWatch(contact_id=self.contact_id))
            self._bridge.resolve(request, self._watching)

    def _watching(self, future: Future[p.OkReply | p.ErrorReply]) -> None:
        error = future.exception()
        reply = None if error is not None else future.result()
        problem = describe(reply if isinstance(reply, p.ErrorReply) else error)
        self.error.setText(
            translate("ui.chat", "This chat cannot be read: {problem}").format(problem=problem)
            if problem
            else ""
        )
        self.error.setVisible(bool(problem))

    def showEvent(self, event: QShowEvent) -> None:  # Qt names it
        super().showEvent(event)
        self._watch()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt names it
        if self._watching_events:
            self._watching_events = False
            self._bridge.event.disconnect(self._on_event)
            self._engine.request(p.ChatUnwatch(contact_id=self.contact_id))
        super().closeEvent(event)
