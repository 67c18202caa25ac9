"""The guided set-up an owner sees on a server with no queue yet: the first
queue, the first agent, a headset check, and where callers find the queue.

Everything goes through the engine's typed REST client. A page that creates
something stays on screen until the server has answered, and says in words
what the server refused (problems.describe). "Later" closes the wizard; it
comes back while there is no queue."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from pydantic import ValidationError
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import RestClient
from callnest.desktop.i18n import translate
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.settings import Settings
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.headset import DeviceLister, HeadsetPanel, system_devices
from callnest.protocol import Role, rest

QUEUE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")  # the server's rule for queue names
USER_NAME = re.compile(r"^[A-Za-z0-9_.@-]{2,64}$")  # and for user names
DEFAULT_WRAP_UP_S = 30

T = TypeVar("T")


def slug(text: str, separator: str = "-") -> str:
    """``"Sales & Billing"`` → ``"sales-billing"``: what the server accepts as a
    name, derived from what a person typed."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return separator.join(words)[:63].strip(separator)


def caller_page(server: str, queue: str) -> str:
    return f"{server.rstrip('/')}/call/{queue}"


def snippet(server: str, queue: str) -> str:
    return (
        f'<script src="{server.rstrip("/")}/widget.js" data-queue="{queue}" '
        'data-label="Call us" async></script>'
    )


def _copy_button(source: Callable[[], str]) -> QPushButton:
    button = QPushButton(translate("ui.setup", "Copy", "a button: copy to the clipboard"))
    button.clicked.connect(lambda: QGuiApplication.clipboard().setText(source()))
    return button


class _Page(QWizardPage):
    """A page whose Next may wait for the server: ``validatePage`` starts the
    request and says no; the answer either shows the problem or moves on."""

    def __init__(self, wizard: SetupWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.setup = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.message = plain_label()
        self.message.setObjectName("error")
        self.message.hide()
        self.busy = False

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def send(self, request: Callable[[], Future[T]], on_ok: Callable[[T], None]) -> None:
        """Makes ``request()`` (a call of the wizard's REST client) and waits for it."""
        try:
            future = request()
        except ValidationError as exc:  # what was typed, refused before anything is sent
            first = exc.errors(include_url=False)[0]
            self.show_problem(f"{first['loc'][0]}: {first['msg']}")
            return
        self.busy = True
        self.message.hide()
        self.setup.set_waiting(True)

        def answered(answer: Future[T]) -> None:
            self.busy = False
            self.setup.set_waiting(False)
            error = answer.exception()
            if error is not None:
                self.show_problem(describe(error))
                return
            on_ok(answer.result())

        self.setup.bridge.resolve(future, answered)


class QueuePage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(
            wizard,
            translate("ui.setup", "Your first queue"),
            translate(
                "ui.setup",
                "Callers wait in a queue until an operator is free. "
                "Most businesses start with one.",
            ),
        )
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(translate("ui.setup", "e.g. Customer support"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            translate(
                "ui.setup",
                "customer-support",
                "an example queue name in a web address: lower-case a-z, digits, dashes only",
            )
        )
        self.name.setToolTip(
            translate(
                "ui.setup", "Lower-case letters, digits and dashes: it is part of a web address"
            )
        )
        self.wrap_up = QSpinBox()
        self.wrap_up.setRange(0, 3600)
        self.wrap_up.setValue(DEFAULT_WRAP_UP_S)
        self.wrap_up.setSuffix(translate("ui.setup", " s", "after a number: seconds"))
        self.wrap_up.setToolTip(
            translate("ui.setup", "Time after each call for notes before the next one rings")
        )
        self.address = plain_label()
        self.address.setObjectName("hint")
        self.done = plain_label()
        self.done.setObjectName("hint")
        self.done.hide()
        form = QFormLayout()
        form.addRow(translate("ui.setup", "Name", "the queue's name"), self.display_name)
        form.addRow(
            translate("ui.setup", "Address name", "the queue's name in its web address"),
            self.name,
        )
        form.addRow(translate("ui.setup", "Wrap-up time"), self.wrap_up)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.address)
        layout.addWidget(self.done)
        layout.addWidget(self.message)
        layout.addStretch(1)
        # The address name follows the display name until the owner edits it.
        self._typed_name = False
        self.display_name.textEdited.connect(self._follow)
        self.name.textEdited.connect(self._name_edited)
        self.name.textChanged.connect(self._show_address)
        self._show_address()

    def _follow(self, text: str) -> None:
        if not self._typed_name:
            self.name.setText(slug(text))

    def _name_edited(self, text: str) -> None:
        self._typed_name = bool(text)

    def _show_address(self) -> None:
        name = self.name.text().strip() or "…"
        self.address.setText(
            translate("ui.setup", "Callers reach it at {address}").format(
                address=caller_page(self.setup.server, name)
            )
        )

    def validatePage(self) -> bool:  # Qt names it
        if self.setup.queue is not None:
            return True
        if self.busy:
            return False
        display, name = self.display_name.text().strip(), self.name.text().strip()
        if not display:
            self.show_problem(
                translate("ui.setup", "Give the queue a name, e.g. Customer support.")
            )
        elif not QUEUE_NAME.match(name):
            self.show_problem(
                translate(
                    "ui.setup",
                    "The address name takes lower-case letters, digits and dashes, "
                    "and starts with a letter or digit (e.g. customer-support).",
                )
            )
        else:
            wrap_up_s = self.wrap_up.value()
            self.send(
                lambda: self.setup.rest.queues.create(
                    rest.QueueFields(name=name, display_name=display, wrap_up_s=wrap_up_s)
                ),
                self._created,
            )
        return False

    def _created(self, queue: rest.Queue) -> None:
        self.setup.queue = queue
        for field in (self.display_name, self.name, self.wrap_up):
            field.setEnabled(False)
        self.done.setText(
            translate("ui.setup", "Created the queue {name}.").format(name=queue.display_name)
        )
        self.done.show()
        self.setup.next()


class AgentPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(
            wizard,
            translate("ui.setup", "Your first operator"),
            translate(
                "ui.setup",
                "An account for someone who answers calls. Callnest makes up their password.",
            ),
        )
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(
            translate("ui.setup", "e.g. Ada Lovelace", "an example of a person's full name")
        )
        self.username = QLineEdit()
        self.username.setPlaceholderText(
            translate(
                "ui.setup",
                "ada.lovelace",
                "an example user name made from the full name: letters, digits and . _ @ -",
            )
        )
        self.password = QLineEdit()
        self.password.setReadOnly(True)
        self.password.setPlaceholderText(translate("ui.setup", "made up when you press Next"))
        self.copy = _copy_button(self.password.text)
        self.copy.setEnabled(False)
        self.once = plain_label()
        self.once.setObjectName("hint")
        self.once.hide()
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.copy)
        form = QFormLayout()
        form.addRow(translate("ui.setup", "Name", "a person's name"), self.display_name)
        form.addRow(translate("ui.setup", "User name"), self.username)
        form.addRow(translate("ui.setup", "Password"), password_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.once)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._typed_name = False
        self.display_name.textEdited.connect(self._follow)
        self.username.textEdited.connect(lambda text: setattr(self, "_typed_name", bool(text)))

    def _follow(self, text: str) -> None:
        if not self._typed_name:
            self.username.setText(slug(text, "."))

    def validatePage(self) -> bool:  # Qt names it
        if self.setup.agent is not None:
            return True  # the second Next, once the password has been seen
        if self.busy:
            return False
        display, username = self.display_name.text().strip(), self.username.text().strip()
        if not display:
            self.show_problem(translate("ui.setup", "Enter the operator's name."))
        elif not USER_NAME.match(username):
            self.show_problem(
                translate(
                    "ui.setup",
                    "The user name takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).",
                )
            )
        else:
            self.send(
                lambda: self.setup.rest.create_user(
                    rest.NewUserFields(username=username, display_name=display, role=Role.AGENT)
                ),
                self._created,
            )
        return False

    def _created(self, user: rest.User) -> None:
        self.setup.agent = user
        for field in (self.display_name, self.username):
            field.setEnabled(False)
        self.password.setText(user.password or "")
        self.copy.setEnabled(True)
        self.once.setText(
            translate(
                "ui.setup",
                "Give {name} the user name {username} and this password. "
                "It is shown only now: copy it before you go on.",
            ).format(name=user.display_name, username=user.username)
        )
        self.once.show()


class HeadsetPage(_Page):
    def __init__(self, wizard: SetupWizard, settings: Settings, list_devices: DeviceLister) -> None:
        super().__init__(
            wizard,
            translate("ui.setup", "Your headset"),
            translate(
                "ui.setup",
                "Pick the headset you take calls with; the bar should move when you speak.",
            ),
        )
        self.panel = HeadsetPanel(wizard.engine, wizard.bridge, settings, list_devices, parent=self)
        self.panel.saved.connect(self._saved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._passed = False
        self._refused: object = None  # the choice that failed: Next again goes on without it

    def validatePage(self) -> bool:  # Qt names it
        if self._passed or self._refused == self.panel.choice:
            return True
        if not self.panel.saving:
            self.message.hide()
            self.setup.set_waiting(True)
            self.panel.save()
        return False

    def _saved(self, error: BaseException | None) -> None:
        self.setup.set_waiting(False)
        if error is None:
            self._passed = True
            self.setup.next()
            return
        self._refused = self.panel.choice
        self.show_problem(
            translate("ui.setup", "Pick another device, or press Next to set the headset up later.")
        )


class DonePage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(
            wizard,
            translate("ui.setup", "Ready for calls"),
            translate("ui.setup", "Put the queue where your callers are."),
        )
        self.page_url = QLineEdit()
        self.page_url.setReadOnly(True)
        self.code = QPlainTextEdit()
        self.code.setReadOnly(True)
        self.code.setMaximumHeight(70)
        self.next_steps = plain_label()
        url_row = QHBoxLayout()
        url_row.addWidget(self.page_url, 1)
        url_row.addWidget(_copy_button(self.page_url.text))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(_copy_button(self.code.toPlainText))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate("ui.setup", "The caller page — link to it, or send it to a customer:")
            )
        )
        layout.addLayout(url_row)
        layout.addWidget(
            plain_label(
                translate("ui.setup", "A call button for your own web site — paste it into a page:")
            )
        )
        layout.addLayout(code_row)
        layout.addSpacing(8)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)

    def initializePage(self) -> None:  # Qt names it
        queue = self.setup.queue.name if self.setup.queue else "QUEUE"
        self.page_url.setText(caller_page(self.setup.server, queue))
        self.code.setPlainText(snippet(self.setup.server, queue))
        steps = []
        if self.setup.agent is not None:
            steps.append(
                translate(
                    "ui.setup",
                    "{name} installs Callnest, logs in to {server} as {username} "
                    "and goes Available.",
                    "Available: the agent's state, as the agent window's button says it",
                ).format(
                    name=self.setup.agent.display_name,
                    server=self.setup.server,
                    username=self.setup.agent.username,
                )
            )
        steps.append(
            translate(
                "ui.setup",
                "Browsers give a page the microphone only over HTTPS (or on this computer): "
                "put the server behind your HTTPS proxy before real customers call.",
            )
        )
        self.next_steps.setText("\n\n".join(steps))


class SetupWizard(QWizard):
    """``queue`` and ``agent`` hold what the server created."""

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        settings: Settings,
        server: str,
        list_devices: DeviceLister = system_devices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.bridge, self.server = engine, bridge, server.rstrip("/")
        self.rest = RestClient(engine)
        self.queue: rest.Queue | None = None
        self.agent: rest.User | None = None
        self.setWindowTitle(translate("ui.setup", "Set up Callnest"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setButtonText(
            QWizard.WizardButton.CancelButton,
            translate("ui.setup", "Later", "a button: close the set-up, to finish it later"),
        )
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            translate("ui.setup", "Done", "a button: finish the set-up"),
        )
        self.setMinimumSize(600, 440)
        self.queue_page = QueuePage(self)
        self.agent_page = AgentPage(self)
        self.headset_page = HeadsetPage(self, settings, list_devices)
        self.done_page = DonePage(self)
        for page in (self.queue_page, self.agent_page, self.headset_page, self.done_page):
            self.addPage(page)
        self.finished.connect(lambda _: self.headset_page.panel.close_panel())

    def set_waiting(self, waiting: bool) -> None:
        """While the server works on a page's request, Next cannot send it twice."""
        self.button(QWizard.WizardButton.NextButton).setEnabled(not waiting)
        first = self.currentId() == self.startId()  # no page to go back to
        self.button(QWizard.WizardButton.BackButton).setEnabled(not waiting and not first)
