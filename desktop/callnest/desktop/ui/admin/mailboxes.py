"""The Mailboxes tab (the owner's alone: a mailbox holds its account's
password): each queue's mailbox, where its customers write and its replies
leave from, with how the server's reading of it is doing, asked again every
few seconds while the tab is shown; and the dialog that adds or changes one.

A mailbox's password is write-only, as a trunk's: the server never sends it
back, so the field is empty when a mailbox is edited, and a change leaves
the password as it is unless a new one is typed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import Rows
from callnest.desktop.i18n import translate
from callnest.desktop.models.phones import ACT, OK, WATCH, clock
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import (
    AdminEditor,
    LiveEditor,
    confirmed,
    field_problem,
    list_toolbar,
    rows_view,
    select_row_with_id,
)
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest
from callnest.protocol.rest import MailboxState, MailSecurity

STATE_EVERY_MS = 5000  # how often the states are asked again while the tab is shown
DEFAULT_FOLDER = "INBOX"
# The usual ports for each way of securing the connection.
IMAP_PORTS = {MailSecurity.TLS: 993, MailSecurity.STARTTLS: 143}
SMTP_PORTS = {MailSecurity.TLS: 465, MailSecurity.STARTTLS: 587}
SECURITY_NAMES = {MailSecurity.TLS: "TLS", MailSecurity.STARTTLS: "STARTTLS"}  # protocols: no words
_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+$")  # the protocol's own check, said in words first

# The password field's placeholders: translated where shown, as
# translate("ui.admin.mailboxes", ...).
NEW_PASSWORD = str(QT_TRANSLATE_NOOP("ui.admin.mailboxes", "the account's (app) password"))
KEPT_PASSWORD = str(QT_TRANSLATE_NOOP("ui.admin.mailboxes", "unchanged unless you type a new one"))


def mailbox_rows(engine: EnginePort) -> Rows[rest.MailboxFields, rest.Mailbox]:
    """``/api/mailboxes``: listed, created, changed (a change without a
    password keeps it) and deleted."""
    return Rows[rest.MailboxFields, rest.Mailbox](engine, "mailboxes", rest.Mailbox)


def imap_security_names() -> dict[MailSecurity, str]:
    """How the connection that reads the mailbox is secured, in words."""
    return {
        MailSecurity.TLS: translate(
            "ui.admin.mailboxes", "TLS (port 993)", "an IMAP connection's security"
        ),
        MailSecurity.STARTTLS: translate(
            "ui.admin.mailboxes", "STARTTLS (port 143)", "an IMAP connection's security"
        ),
    }


def smtp_security_names() -> dict[MailSecurity, str]:
    """How the connection that sends the replies is secured, in words."""
    return {
        MailSecurity.TLS: translate(
            "ui.admin.mailboxes", "TLS (port 465)", "an SMTP connection's security"
        ),
        MailSecurity.STARTTLS: translate(
            "ui.admin.mailboxes", "STARTTLS (port 587)", "an SMTP connection's security"
        ),
    }


def server_text(host: str, port: int, security: MailSecurity) -> str:
    """``imap.example.com:993 (TLS)``."""
    return f"{host}:{port} ({SECURITY_NAMES[security]})"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def state_text(mailbox: rest.Mailbox) -> tuple[str, int]:
    """How the server's reading of the mailbox is doing, in words, and how
    it should be coloured (``OK``, ``WATCH``, ``ACT`` of models.phones)."""
    if mailbox.state is MailboxState.OK:
        return translate("ui.admin.mailboxes", "Taking mail in", "a mailbox's state"), OK
    if mailbox.state is MailboxState.CONNECTING:
        return translate("ui.admin.mailboxes", "Connecting…", "a mailbox's state"), WATCH
    if mailbox.state is MailboxState.FAILING:
        if not mailbox.error:
            return translate("ui.admin.mailboxes", "Failing", "a mailbox's state"), ACT
        # A table's cell is one line: the mail server's answer may have several.
        return translate(
            "ui.admin.mailboxes",
            "Failing: {error}",
            "a mailbox's state; {error}: the mail server's words",
        ).format(error=_one_line(mailbox.error)), ACT
    return translate("ui.admin.mailboxes", "Off", "a mailbox's state: not in use"), OK


def state_tip(mailbox: rest.Mailbox, now: float) -> str | None:
    """A failing mailbox's error in full, and since when (local time)."""
    if mailbox.state is not MailboxState.FAILING:
        return None
    error = mailbox.error or translate("ui.admin.mailboxes", "the mail server gave no reason")
    if mailbox.failing_since is None:
        return error
    return translate(
        "ui.admin.mailboxes",
        "Failing since {time}: {error}",
        "{time}: a time of day, maybe a day; {error}: the mail server's words",
    ).format(time=clock(mailbox.failing_since, now), error=error)


def _yes(value: bool) -> str:
    if value:
        return translate("ui.admin.mailboxes", "Yes", "a table cell: the mailbox is in use")
    return translate("ui.admin.mailboxes", "No", "a table cell: the mailbox is in use")


def _follow_port(security: QComboBox, port: QSpinBox, ports: dict[MailSecurity, int]) -> None:
    """The chosen security's usual port, unless the port typed is not the
    other's usual one (a provider's own port stays)."""
    chosen = security.currentData()
    if chosen in ports and port.value() in {p for s, p in ports.items() if s != chosen}:
        port.setValue(ports[chosen])


class MailboxForm(AdminEditor):
    """Every field of one mailbox, and Save. ``saved`` carries the mailbox
    as the server answered it."""

    saved = Signal(object)  # rest.Mailbox

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.mailboxes = mailbox_rows(engine)
        self.editing: rest.Mailbox | None = None  # None: a new one
        self.mirrored = ""  # the address the username was filled with, while it still is
        self._build()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.labels = {
            "queue_id": translate("ui.admin.mailboxes", "Queue", "a form's label"),
            "address": translate("ui.admin.mailboxes", "Address", "a form's label: an e-mail's"),
            "display_name": translate(
                "ui.admin.mailboxes", "Name on replies", "a form's label: the From name"
            ),
            "username": translate(
                "ui.admin.mailboxes", "Username", "a form's label: the account's"
            ),
            "password": translate("ui.admin.mailboxes", "Password", "a form's label"),
            "imap_host": translate("ui.admin.mailboxes", "IMAP server", "a form's label"),
            "imap_port": translate("ui.admin.mailboxes", "IMAP port", "a form's label"),
            "imap_security": translate("ui.admin.mailboxes", "IMAP security", "a form's label"),
            "folder": translate("ui.admin.mailboxes", "Folder", "a form's label: IMAP's"),
            "smtp_host": translate("ui.admin.mailboxes", "SMTP server", "a form's label"),
            "smtp_port": translate("ui.admin.mailboxes", "SMTP port", "a form's label"),
            "smtp_security": translate("ui.admin.mailboxes", "SMTP security", "a form's label"),
            "signature": translate("ui.admin.mailboxes", "Signature", "a form's label"),
            "enabled": translate("ui.admin.mailboxes", "In use", "a form's label"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.addWidget(self._mailbox_box(), 0, 0)
        grid.addWidget(self._account_box(), 1, 0)
        grid.addWidget(self._imap_box(), 0, 1)
        grid.addWidget(self._smtp_box(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addWidget(self._signature_box(), 1)
        layout.addWidget(self.problem)
        self.save_button = QPushButton(translate("ui.admin.mailboxes", "Save", "a button"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        layout.addWidget(self.buttons)
        self.fields = {
            "queue_id": (self.labels["queue_id"], self.queue),
            "address": (self.labels["address"], self.address),
            "display_name": (self.labels["display_name"], self.display_name),
            "username": (self.labels["username"], self.username),
            "password": (self.labels["password"], self.password),
            "imap_host": (self.labels["imap_host"], self.imap_host),
            "imap_port": (self.labels["imap_port"], self.imap_port),
            "imap_security": (self.labels["imap_security"], self.imap_security),
            "folder": (self.labels["folder"], self.folder),
            "smtp_host": (self.labels["smtp_host"], self.smtp_host),
            "smtp_port": (self.labels["smtp_port"], self.smtp_port),
            "smtp_security": (self.labels["smtp_security"], self.smtp_security),
            "signature": (self.labels["signature"], self.signature),
            "enabled": (self.labels["enabled"], self.enabled),
        }

    def _mailbox_box(self) -> QGroupBox:
        self.queue = QComboBox()
        # As wide as the form, not as its longest choice ("Support (has support@...)").
        self.queue.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.queue.setMinimumContentsLength(12)
        # Shown while none is chosen; why none can be is said on Save.
        self.queue.setPlaceholderText(translate("ui.admin.mailboxes", "choose a queue"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(
            translate("ui.admin.mailboxes", "support@example.com", "an example of an address")
        )
        self.address.textEdited.connect(self._address_typed)
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(
            translate("ui.admin.mailboxes", "optional: e.g. Example Support", "a From name")
        )
        self.enabled = QCheckBox(
            translate("ui.admin.mailboxes", "In use (unticked: kept, not read)")
        )
        box = QGroupBox(translate("ui.admin.mailboxes", "Mailbox", "a group's title"))
        form = QFormLayout(box)
        form.addRow(self.labels["queue_id"], self.queue)
        form.addRow(self.labels["address"], self.address)
        form.addRow(self.labels["display_name"], self.display_name)
        form.addRow(self.enabled)
        return box

    def _account_box(self) -> QGroupBox:
        self.username = QLineEdit()
        self.username.setPlaceholderText(
            translate("ui.admin.mailboxes", "often the address itself")
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        box = QGroupBox(
            translate("ui.admin.mailboxes", "Account", "a group's title: the mail account's login")
        )
        form = QFormLayout(box)
        form.addRow(self.labels["username"], self.username)
        form.addRow(self.labels["password"], self.password)
        return box

    def _imap_box(self) -> QGroupBox:
        self.imap_host = QLineEdit()
        self.imap_host.setPlaceholderText(
            translate("ui.admin.mailboxes", "imap.example.com", "an example of a server's name")
        )
        self.imap_security = QComboBox()
        for security, name in imap_security_names().items():
            self.imap_security.addItem(name, security)
        self.imap_port = QSpinBox()
        self.imap_port.setRange(1, 65535)
        self.imap_security.currentIndexChanged.connect(
            lambda _: _follow_port(self.imap_security, self.imap_port, IMAP_PORTS)
        )
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(DEFAULT_FOLDER)  # IMAP's own name for it: no words
        box = QGroupBox(translate("ui.admin.mailboxes", "Reading mail (IMAP)", "a group's title"))
        form = QFormLayout(box)
        form.addRow(translate("ui.admin.mailboxes", "Server", "a form's label"), self.imap_host)
        form.addRow(
            translate("ui.admin.mailboxes", "Security", "a form's label"), self.imap_security
        )
        form.addRow(
            translate("ui.admin.mailboxes", "Port", "a form's label: a network port"),
            self.imap_port,
        )
        form.addRow(self.labels["folder"], self.folder)
        return box

    def _smtp_box(self) -> QGroupBox:
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText(
            translate("ui.admin.mailboxes", "smtp.example.com", "an example of a server's name")
        )
        self.smtp_security = QComboBox()
        for security, name in smtp_security_names().items():
            self.smtp_security.addItem(name, security)
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_security.currentIndexChanged.connect(
            lambda _: _follow_port(self.smtp_security, self.smtp_port, SMTP_PORTS)
        )
        box = QGroupBox(
            translate("ui.admin.mailboxes", "Sending replies (SMTP)", "a group's title")
        )
        form = QFormLayout(box)
        form.addRow(translate("ui.admin.mailboxes", "Server", "a form's label"), self.smtp_host)
        form.addRow(
            translate("ui.admin.mailboxes", "Security", "a form's label"), self.smtp_security
        )
        form.addRow(
            translate("ui.admin.mailboxes", "Port", "a form's label: a network port"),
            self.smtp_port,
        )
        return box

    def _signature_box(self) -> QGroupBox:
        self.signature = QPlainTextEdit()
        self.signature.setTabChangesFocus(True)
        self.signature.setPlaceholderText(
            translate(
                "ui.admin.mailboxes",
                "Example Support\nhttps://example.com",
                "an example of a signature: a name, then a web address",
            )
        )
        # It takes the room the fields leave, never theirs: its own size hint
        # (a tall box) would have the fields squeezed to fit it.
        self.signature.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.signature.setMinimumHeight(80)
        said = plain_label(
            translate("ui.admin.mailboxes", "Added below every reply sent from this mailbox.")
        )
        said.setObjectName("hint")
        box = QGroupBox(self.labels["signature"])
        layout = QVBoxLayout(box)
        layout.addWidget(said)
        layout.addWidget(self.signature, 1)
        return box

    # ------------------------------------------------------------ filling

    def set_queues(self, queues: Iterable[rest.Queue], others: Iterable[rest.Mailbox]) -> None:
        """The queues to choose from, by display name; one that ``others``
        (the other mailboxes) already serve is shown, but cannot be chosen."""
        served = {m.queue_id: m.address for m in others}
        self.queue.clear()
        model = self.queue.model()
        assert isinstance(model, QStandardItemModel)  # a combo box's own
        for queue in sorted(queues, key=lambda q: q.display_name.lower()):
            address = served.get(queue.id)
            if address is None:
                self.queue.addItem(queue.display_name, queue.id)
                continue
            self.queue.addItem(
                translate(
                    "ui.admin.mailboxes",
                    "{queue} (has {address})",
                    "{queue}: a queue's name; {address}: the mailbox it already has",
                ).format(queue=queue.display_name, address=address),
                queue.id,
            )
            item = model.item(self.queue.count() - 1)
            item.setEnabled(False)  # one mailbox per queue

    def new_mailbox(self) -> None:
        self.editing = None
        self.clear_problem()
        free = [i for i in range(self.queue.count()) if self._choosable(i)]
        self.queue.setCurrentIndex(free[0] if free else -1)
        for edit in (
            self.address,
            self.display_name,
            self.username,
            self.password,
            self.imap_host,
            self.smtp_host,
        ):
            edit.clear()
        self.mirrored = ""
        self.folder.setText(DEFAULT_FOLDER)
        self.imap_security.setCurrentIndex(self.imap_security.findData(MailSecurity.TLS))
        self.imap_port.setValue(IMAP_PORTS[MailSecurity.TLS])
        self.smtp_security.setCurrentIndex(self.smtp_security.findData(MailSecurity.TLS))
        self.smtp_port.setValue(SMTP_PORTS[MailSecurity.TLS])
        self.signature.clear()
        self.enabled.setChecked(True)
        self.password.setPlaceholderText(translate("ui.admin.mailboxes", NEW_PASSWORD))
        self.address.setFocus()

    def edit(self, mailbox: rest.Mailbox) -> None:
        self.editing = mailbox
        self.clear_problem()
        self.queue.setCurrentIndex(self.queue.findData(mailbox.queue_id))
        self.address.setText(mailbox.address)
        self.display_name.setText(mailbox.display_name)
        self.username.setText(mailbox.username)
        self.mirrored = mailbox.address
        self.password.clear()  # never sent back: only a new one is typed here
        self.password.setPlaceholderText(
            translate("ui.admin.mailboxes", KEPT_PASSWORD if mailbox.has_password else NEW_PASSWORD)
        )
        # The security first: choosing it may fill a port, which the stored one then replaces.
        self.imap_security.setCurrentIndex(self.imap_security.findData(mailbox.imap_security))
        self.imap_port.setValue(mailbox.imap_port)
        self.folder.setText(mailbox.folder)
        self.imap_host.setText(mailbox.imap_host)
        self.smtp_security.setCurrentIndex(self.smtp_security.findData(mailbox.smtp_security))
        self.smtp_port.setValue(mailbox.smtp_port)
        self.smtp_host.setText(mailbox.smtp_host)
        self.signature.setPlainText(mailbox.signature)
        self.enabled.setChecked(mailbox.enabled)
        self.address.setFocus()

    def _no_queue(self) -> str:
        """Why no queue is chosen, and what to do."""
        if not self.queue.count():
            return translate("ui.admin.mailboxes", "add a queue first, in the Queues tab")
        if not any(self._choosable(i) for i in range(self.queue.count())):
            return translate(
                "ui.admin.mailboxes", "every queue has a mailbox: add a queue in the Queues tab"
            )
        return translate("ui.admin.mailboxes", "choose the queue whose customers write here")

    def _choosable(self, index: int) -> bool:
        model = self.queue.model()
        assert isinstance(model, QStandardItemModel)
        return model.item(index).isEnabled()

    def _address_typed(self, text: str) -> None:
        # Most providers log in with the address: the username follows it
        # until it is typed apart.
        if self.username.text() == self.mirrored:
            self.username.setText(text.strip())
        self.mirrored = text.strip()

    # ------------------------------------------------------------ saving

    def _first_problem(self) -> tuple[str, str] | None:
        """A field left empty or mistyped, said before anything is sent."""
        if self.queue.currentData() is None:
            return "queue_id", self._no_queue()
        if not _ADDRESS.match(self.address.text().strip()):
            return "address", translate(
                "ui.admin.mailboxes",
                "type the address customers write to (e.g. support@example.com)",
            )
        if not self.imap_host.text().strip():
            return "imap_host", translate(
                "ui.admin.mailboxes", "type the server mail is read from (e.g. imap.example.com)"
            )
        if not self.smtp_host.text().strip():
            return "smtp_host", translate(
                "ui.admin.mailboxes", "type the server replies are sent by (e.g. smtp.example.com)"
            )
        if not self.username.text().strip():
            return "username", translate(
                "ui.admin.mailboxes", "type the account's username (often the address)"
            )
        has_one = self.editing is not None and self.editing.has_password
        if not self.password.text() and not has_one:
            return "password", translate("ui.admin.mailboxes", "type the account's password")
        return None

    def values(self) -> rest.MailboxFields:
        """The form as the server's mailbox fields: the password only when
        one was typed (left out, the server keeps the one it has). Raises
        ValidationError naming a field the protocol refuses."""
        values: dict[str, Any] = {
            "queue_id": self.queue.currentData(),
            "address": self.address.text().strip(),
            "display_name": self.display_name.text().strip(),
            "imap_host": self.imap_host.text().strip(),
            "imap_port": self.imap_port.value(),
            "imap_security": self.imap_security.currentData(),
            # Left empty, the folder every IMAP server has.
            "folder": self.folder.text().strip() or DEFAULT_FOLDER,
            "smtp_host": self.smtp_host.text().strip(),
            "smtp_port": self.smtp_port.value(),
            "smtp_security": self.smtp_security.currentData(),
            "username": self.username.text().strip(),
            "signature": self.signature.toPlainText(),
            "enabled": self.enabled.isChecked(),
        }
        if self.password.text():
            return rest.MailboxFields.model_validate(values | {"password": self.password.text()})
        # The model requires a password, as a create does: every other field
        # is checked with a stand-in, which is then left out of what is sent.
        checked = rest.MailboxFields.model_validate(values | {"password": "kept"})
        return rest.MailboxFields.model_construct(
            set(values), **{field: getattr(checked, field) for field in values}
        )

    def save(self) -> None:
        """Creates or changes the mailbox in the form."""
        problem = self._first_problem()
        if problem is not None:
            field, text = problem
            self.show_problem(field_problem(self.labels[field], text), field)
            return
        self.save_button.setEnabled(False)
        editing = self.editing.id if self.editing is not None else None

        def saved(mailbox: rest.Mailbox) -> None:
            self.save_button.setEnabled(True)
            if editing is None:
                said = translate("ui.admin.mailboxes", "Created mailbox {address}.")
            else:
                said = translate("ui.admin.mailboxes", "Saved mailbox {address}.")
            self.report(said.format(address=mailbox.address))
            self.password.clear()
            self.edit(mailbox)
            self.saved.emit(mailbox)

        def refused() -> None:
            self.save_button.setEnabled(True)

        def send() -> Future[rest.Mailbox]:
            return self.mailboxes.save(editing, self.values())

        self.call(send, saved, refused)


class MailboxDialog(QDialog):
    """The form for one mailbox, new or to change: it closes once saved."""

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        queues: Iterable[rest.Queue],
        mailboxes: Iterable[rest.Mailbox],
        mailbox: rest.Mailbox | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if mailbox is None:
            self.setWindowTitle(translate("ui.admin.mailboxes", "New mailbox", "a window title"))
        else:
            self.setWindowTitle(
                translate(
                    "ui.admin.mailboxes", "Mailbox {address}", "a window title: an address"
                ).format(address=mailbox.address)
            )
        self.form = MailboxForm(engine, bridge)
        others = [m for m in mailboxes if mailbox is None or m.id != mailbox.id]
        self.form.set_queues(queues, others)
        if mailbox is None:
            self.form.new_mailbox()
        else:
            self.form.edit(mailbox)
        self.form.saved.connect(lambda _: self.accept())
        self.form.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.resize(760, 560)


class MailboxesTab(LiveEditor):
    """Every queue's mailbox and how it is doing; New, Edit… (or a double
    click) and Delete… act on them."""

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, STATE_EVERY_MS, parent)
        self.mailboxes = mailbox_rows(engine)
        self.queues: list[rest.Queue] = []
        self.dialog: MailboxDialog | None = None
        self.list_failed = False  # the last listing was refused: its problem is shown
        self.rows = StatsTable[rest.Mailbox](self._columns(), key=lambda m: m.id, parent=self)
        self._build()

    def _columns(self) -> tuple[Column[rest.Mailbox], ...]:
        return (
            Column(
                translate("ui.admin.mailboxes", "Address", "a column: an e-mail address"),
                lambda m, _: m.address,
            ),
            Column(
                translate("ui.admin.mailboxes", "Queue", "a column"),
                lambda m, _: self._queue_name(m.queue_id),
            ),
            Column(
                translate("ui.admin.mailboxes", "IMAP server", "a column: where mail is read"),
                lambda m, _: server_text(m.imap_host, m.imap_port, m.imap_security),
            ),
            Column(
                translate("ui.admin.mailboxes", "SMTP server", "a column: where replies leave"),
                lambda m, _: server_text(m.smtp_host, m.smtp_port, m.smtp_security),
            ),
            Column(
                translate("ui.admin.mailboxes", "Account", "a column: the login"),
                lambda m, _: self._account_text(m),
            ),
            Column(
                translate("ui.admin.mailboxes", "In use", "a column"),
                lambda m, _: _yes(m.enabled),
            ),
            Column(
                translate("ui.admin.mailboxes", "State", "a column: how reading it is doing"),
                lambda m, _: state_text(m)[0],
                lambda m, _: state_text(m)[1],
                translate(
                    "ui.admin.mailboxes",
                    "how the server's reading of the mailbox is doing, asked every few seconds",
                    "a column's tooltip",
                ),
                state_tip,
            ),
        )

    def _build(self) -> None:
        said = plain_label(
            translate(
                "ui.admin.mailboxes",
                "One mailbox per queue: customers write to its address, Callnest reads the "
                "mail (IMAP) and sends the agents' replies from it (SMTP).",
            )
        )
        said.setObjectName("hint")
        self.new_button = QPushButton(translate("ui.admin.mailboxes", "New mailbox", "a button"))
        self.new_button.clicked.connect(lambda: self.new_mailbox())
        self.edit_button = QPushButton(translate("ui.admin.mailboxes", "Edit…", "a button"))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.delete_button = QPushButton(translate("ui.admin.mailboxes", "Delete…", "a button"))
        self.delete_button.clicked.connect(lambda: self.delete())
        top = list_toolbar(self.new_button, self.refresh)
        top.insertWidget(1, self.edit_button)
        top.insertWidget(2, self.delete_button)
        self.table = rows_view(
            self.rows,
            translate("ui.admin.window", "Mailboxes", "a tab: the queues' e-mail accounts"),
        )
        self.table.setWordWrap(False)  # a long error is cut short, not crammed into the row
        # The state takes the room left; a long error is cut short there, and
        # read whole in its tooltip.
        state = len(self.rows.columns) - 1
        self.table.horizontalHeader().setSectionResizeMode(state, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        self._row_chosen(QModelIndex(), QModelIndex())

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.call(self.client.queues.list, self._queues_loaded)
        self.poll_again()

    def poll_again(self) -> None:
        """The mailboxes alone: their states change on the server by themselves."""
        self.call(self.mailboxes.list, self._loaded, self._list_refused)

    def busy(self) -> bool:
        """Whether an answer from the server is still awaited."""
        dialog = self.dialog.form.in_flight if self.dialog is not None else 0
        return bool(self.in_flight or dialog)

    def listed(self) -> list[rest.Mailbox]:
        rows = (self.rows.at(r) for r in range(self.rows.rowCount()))
        return [m for m in rows if m is not None]

    def chosen(self) -> rest.Mailbox | None:
        index = self.table.currentIndex()
        return self.rows.at(index.row()) if index.isValid() else None

    def _queues_loaded(self, queues: list[rest.Queue]) -> None:
        self.queues = queues
        self.rows.redraw()

    def _loaded(self, rows: list[rest.Mailbox]) -> None:
        if self.list_failed:
            self.clear_problem()
            self.list_failed = False
        chosen = self.chosen()
        self.rows.replace(sorted(rows, key=lambda m: m.address))
        select_row_with_id(self.table, self.rows, chosen.id if chosen is not None else None)
        self._row_chosen(self.table.currentIndex(), QModelIndex())

    def _list_refused(self) -> None:
        self.list_failed = True

    def _queue_name(self, queue_id: int) -> str:
        return next((q.display_name for q in self.queues if q.id == queue_id), f"#{queue_id}")

    @staticmethod
    def _account_text(mailbox: rest.Mailbox) -> str:
        if mailbox.has_password:
            return translate(
                "ui.admin.mailboxes", "{username} · password set", "{username}: the login"
            ).format(username=mailbox.username)
        return translate(
            "ui.admin.mailboxes", "{username} · no password", "{username}: the login"
        ).format(username=mailbox.username)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = current.isValid() and self.rows.at(current.row()) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ------------------------------------------------------------ acting

    def new_mailbox(self) -> MailboxDialog:
        """Opens the form for a new mailbox."""
        return self._open(None)

    def edit(self, mailbox: rest.Mailbox | None = None) -> MailboxDialog | None:
        """Opens the form on ``mailbox`` (by default, the chosen one)."""
        mailbox = mailbox or self.chosen()
        return self._open(mailbox) if mailbox is not None else None

    def _open(self, mailbox: rest.Mailbox | None) -> MailboxDialog:
        dialog = MailboxDialog(
            self.engine, self.bridge, self.queues, self.listed(), mailbox, parent=self
        )
        forward: Callable[[str, bool], None] = self.status.emit
        dialog.form.status.connect(forward)
        dialog.form.saved.connect(self._saved)
        if self.dialog is not None:  # the last one, closed by now
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, mailbox: rest.Mailbox) -> None:
        self.clear_problem()
        self.rows.merge([mailbox])
        select_row_with_id(self.table, self.rows, mailbox.id)
        self.reload()

    def delete(self, *, confirm: bool = True) -> None:
        mailbox = self.chosen()
        if mailbox is None:
            return
        if confirm and not confirmed(
            self,
            translate("ui.admin.mailboxes", "Delete mailbox", "a window title"),
            translate(
                "ui.admin.mailboxes",
                "Delete the mailbox {address}? Its e-mail conversations are deleted with it "
                "(the mail stays on the mail server). To stop reading it and keep them, untick "
                "In use instead.",
                "In use: the form's check box of that name",
            ).format(address=mailbox.address),
        ):
            return

        def deleted(_answer: rest.Deleted) -> None:
            self.report(
                translate("ui.admin.mailboxes", "Deleted mailbox {address}.").format(
                    address=mailbox.address
                )
            )
            self.reload()

        self.call(lambda: self.mailboxes.delete(mailbox.id), deleted)
