"""The SIP trunks, in the Phones tab: each trunk with how its provider knows
it (an account it registers with, or the addresses its calls come from) and
how its registration is doing, asked again every few seconds while the tab
is shown; and the form to add, change or delete one.

A trunk's password is write-only: the server never sends it back, so the
field is empty when a trunk is edited, and a change leaves the password as
it is unless a new one is typed."""

from __future__ import annotations

import time
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.phones import (
    ACT,
    TRANSPORT_NAMES,
    auth_text,
    ip_lines,
    registration_text,
    transport_label,
)
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.ui.admin.form import (
    AdminEditor,
    confirmed,
    list_toolbar,
    rows_view,
    select_row_with_id,
)
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest

STATUS_EVERY_MS = 5000  # how often registrations are asked again while the tab is shown
DEFAULT_PORT = 5060
DEFAULT_EXPIRES_S = 3600

# The password field's placeholders: translated where shown, as translate("ui.admin.trunks", ...).
NEW_PASSWORD = str(QT_TRANSLATE_NOOP("ui.admin.trunks", "the account's password"))
KEPT_PASSWORD = str(QT_TRANSLATE_NOOP("ui.admin.trunks", "unchanged unless you type a new one"))
NO_PASSWORD = str(QT_TRANSLATE_NOOP("ui.admin.trunks", "none yet: type the account's password"))


def _yes(value: bool) -> str:
    if value:
        return translate("ui.admin.trunks", "Yes", "a table cell: the trunk is in use")
    return translate("ui.admin.trunks", "No", "a table cell: the trunk is in use")


class TrunksEditor(AdminEditor):
    """The trunks' list beside the form. ``trunks_loaded`` carries the list
    each time it is read (the phone numbers' editor names trunks from it)."""

    trunks_loaded = Signal(list)

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.editing: int | None = None  # the trunk in the form; None: a new one
        self.edge: rest.EdgeStatus | None = None  # the last status the server gave
        self.asking = False  # a status request is under way
        self.trunks = StatsTable[rest.Trunk](
            (
                Column(translate("ui.admin.trunks", "Trunk", "a column"), lambda t, _: t.name),
                Column(
                    translate("ui.admin.trunks", "Host", "a column: a server's address"),
                    lambda t, _: f"{t.host}:{t.port} ({TRANSPORT_NAMES[t.transport]})",
                ),
                Column(
                    translate("ui.admin.trunks", "Known by", "a column: how the provider knows it"),
                    lambda t, _: auth_text(t),
                ),
                Column(
                    translate("ui.admin.trunks", "In use", "a column"), lambda t, _: _yes(t.enabled)
                ),
                Column(
                    translate("ui.admin.trunks", "Registration", "a column"),
                    lambda t, now: registration_text(t, self.edge, now)[0],
                    lambda t, now: registration_text(t, self.edge, now)[1],
                    translate(
                        "ui.admin.trunks",
                        "how the provider's registrar last answered, in local time",
                        "a column's tooltip",
                    ),
                ),
            ),
            key=lambda t: t.id,
        )
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_EVERY_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self._build()
        self.new_trunk()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.edge_problem = plain_label()
        self.edge_problem.setObjectName("errorBar")
        self.edge_problem.hide()
        self.table = rows_view(self.trunks, translate("ui.admin.trunks", "Trunks"))
        self.table.setMinimumHeight(80)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.new_button = QPushButton(translate("ui.admin.trunks", "New trunk", "a button"))
        self.new_button.clicked.connect(self.new_trunk)
        top = list_toolbar(self.new_button, self.reload)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addLayout(top)
        listing_layout.addWidget(self.edge_problem)
        listing_layout.addWidget(self.table, 1)

        # The registrations need the width: the list spans it, the form is
        # below at its own height, and room to spare goes to the list.
        columns = QHBoxLayout()
        columns.addWidget(self._trunk_box(), 1)
        columns.addWidget(self._account_box(), 1)
        columns.addWidget(self._addresses_box(), 1)
        self.title = plain_label()
        self.title.setObjectName("pageTitle")
        # The edited trunk's registration, in words (red when it needs acting on).
        self.registration = plain_label()
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.registration, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(listing, 1)
        layout.addLayout(heading)
        layout.addLayout(columns)
        layout.addWidget(self.problem)
        layout.addLayout(self.save_and_delete_buttons())
        self.fields = {
            "name": (self.labels["name"], self.name),
            "host": (self.labels["host"], self.host),
            "port": (self.labels["port"], self.port),
            "transport": (self.labels["transport"], self.transport),
            "outbound_proxy": (self.labels["outbound_proxy"], self.outbound_proxy),
            "enabled": (translate("ui.admin.trunks", "In use", "a field"), self.enabled),
            "registers": (
                translate("ui.admin.trunks", "Registers", "a field: registers with an account"),
                self.registers,
            ),
            "username": (self.labels["username"], self.username),
            "auth_username": (self.labels["auth_username"], self.auth_username),
            "password": (self.labels["password"], self.password),
            "realm": (self.labels["realm"], self.realm),
            "register_expires_s": (self.labels["register_expires_s"], self.expires),
            "ip_addresses": (
                translate("ui.admin.trunks", "IP addresses", "a field"),
                self.ip_addresses,
            ),
        }

    def _trunk_box(self) -> QGroupBox:
        self.labels = {
            "name": translate("ui.admin.trunks", "Name", "a form's label: the trunk's"),
            "host": translate("ui.admin.trunks", "Host", "a form's label: a server's address"),
            "port": translate("ui.admin.trunks", "Port", "a form's label: a network port"),
            "transport": translate("ui.admin.trunks", "Transport", "a form's label: UDP, TCP, TLS"),
            "outbound_proxy": translate("ui.admin.trunks", "Outbound proxy", "a form's label"),
            "username": translate("ui.admin.trunks", "Username", "a form's label: the account's"),
            "auth_username": translate(
                "ui.admin.trunks", "Auth username", "a form's label: the user name to log in with"
            ),
            "password": translate("ui.admin.trunks", "Password", "a form's label"),
            "realm": translate("ui.admin.trunks", "Realm", "a form's label: SIP authentication"),
            "register_expires_s": translate(
                "ui.admin.trunks", "Register for", "a form's label: how long a registration lasts"
            ),
        }
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            translate("ui.admin.trunks", "e.g. Provider", "an example of a trunk's name")
        )
        self.host = QLineEdit()
        self.host.setPlaceholderText(
            translate(
                "ui.admin.trunks",
                "sip.provider.com or 192.0.2.10",
                "examples of a server's address",
            )
        )
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.transport = QComboBox()
        for transport in rest.Transport:
            self.transport.addItem(TRANSPORT_NAMES[transport], transport)
        self.transport.currentIndexChanged.connect(self._say_transport)
        self.transport_hint = plain_label()
        self.transport_hint.setObjectName("error")
        self.transport_hint.hide()
        self.outbound_proxy = QLineEdit()
        self.outbound_proxy.setPlaceholderText(
            translate("ui.admin.trunks", "optional: proxy.example.com:5060")
        )
        self.enabled = QCheckBox(translate("ui.admin.trunks", "In use (unticked: kept, not used)"))
        box = QGroupBox(translate("ui.admin.trunks", "Trunk", "a group's title"))
        form = QFormLayout(box)
        form.addRow(self.labels["name"], self.name)
        form.addRow(self.labels["host"], self.host)
        form.addRow(self.labels["port"], self.port)
        form.addRow(self.labels["transport"], self.transport)
        form.addRow(self.transport_hint)
        form.addRow(self.labels["outbound_proxy"], self.outbound_proxy)
        form.addRow(self.enabled)
        return box

    def _account_box(self) -> QGroupBox:
        # Unticked, the account's fields are greyed out with it.
        self.registers = QGroupBox(translate("ui.admin.trunks", "Registers with an account"))
        self.registers.setCheckable(True)
        self.username = QLineEdit()
        self.auth_username = QLineEdit()
        self.auth_username.setPlaceholderText(
            translate("ui.admin.trunks", "optional: if not the username")
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.realm = QLineEdit()
        self.realm.setPlaceholderText(
            translate("ui.admin.trunks", "optional: as the provider asks")
        )
        self.expires = QSpinBox()
        self.expires.setRange(60, 86400)
        self.expires.setSuffix(
            translate("ui.admin.trunks", " s", "a suffix after a number: seconds")
        )
        form = QFormLayout(self.registers)
        for field in ("username", "auth_username", "password", "realm"):
            form.addRow(self.labels[field], getattr(self, field))
        form.addRow(self.labels["register_expires_s"], self.expires)
        return self.registers

    def _addresses_box(self) -> QGroupBox:
        self.ip_addresses = QPlainTextEdit()
        self.ip_addresses.setPlaceholderText("192.0.2.10\n198.51.100.0/24")  # addresses: no words
        self.ip_addresses.setTabChangesFocus(True)
        self.ip_addresses.setMinimumHeight(60)
        self.ip_addresses.setMaximumHeight(120)
        said = plain_label(
            translate(
                "ui.admin.trunks",
                "The addresses or networks the provider's calls come from, one per line.",
            )
        )
        said.setObjectName("hint")
        box = QGroupBox(translate("ui.admin.trunks", "Known by its addresses", "a group's title"))
        layout = QVBoxLayout(box)
        layout.addWidget(said)
        layout.addWidget(self.ip_addresses, 1)
        return box

    def _say_transport(self) -> None:
        chosen = self.transport.currentData()
        unsupported = self.edge.unsupported_transports if self.edge is not None else {}
        reason = unsupported.get(chosen) if chosen is not None else None
        self.transport_hint.setText(
            translate(
                "ui.admin.trunks",
                "{reason}: the trunk is kept, but not used.",
                "{reason}: why the server cannot serve the transport (the server's words)",
            ).format(reason=reason)
            if reason
            else ""
        )
        self.transport_hint.setVisible(reason is not None)

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.call(self.client.trunks.list, self._trunks_loaded)
        self.refresh_status()

    def listed(self) -> list[rest.Trunk]:
        rows = (self.trunks.at(r) for r in range(self.trunks.rowCount()))
        return [t for t in rows if t is not None]

    def _trunks_loaded(self, rows: list[rest.Trunk]) -> None:
        self.trunks.replace(sorted(rows, key=lambda t: t.name.lower()))
        select_row_with_id(self.table, self.trunks, self.editing)
        self._say_registration()
        self.trunks_loaded.emit(self.listed())

    def refresh_status(self) -> None:
        """Asks how the registrations are doing (one request at a time)."""
        if self.asking:
            return
        self.asking = True

        def answered(future: Future[rest.EdgeStatus]) -> None:
            self.asking = False
            error = future.exception()
            if error is not None:
                self.edge_problem.setText(
                    translate(
                        "ui.admin.trunks",
                        "The trunks' state could not be read: {problem}",
                        "{problem}: why",
                    ).format(problem=describe(error))
                )
                self.edge_problem.show()
                return
            self.show_status(future.result())

        self.bridge.resolve(self.client.trunks_status(), answered)

    def show_status(self, status: rest.EdgeStatus) -> None:
        self.edge = status
        if status.problem is not None:
            self.edge_problem.setText(
                translate(
                    "ui.admin.trunks",
                    "Phone calls are not working: {problem}",
                    "{problem}: the server's words",
                ).format(problem=status.problem)
            )
        self.edge_problem.setVisible(status.problem is not None)
        for index, transport in enumerate(rest.Transport):
            label = transport_label(transport, status.unsupported_transports)
            self.transport.setItemText(index, label)
            reason = status.unsupported_transports.get(transport)
            self.transport.setItemData(index, reason, Qt.ItemDataRole.ToolTipRole)
        self._say_transport()
        self.trunks.redraw()
        self._say_registration()

    def _say_registration(self) -> None:
        trunk = self.trunks.row(self.editing) if self.editing is not None else None
        if trunk is None:
            self.registration.clear()
            return
        text, level = registration_text(trunk, self.edge, time.time())
        self.registration.setText(f"— {text}")  # a dash, then the translated words
        self.registration.setObjectName("error" if level == ACT else "hint")
        # A new object name takes its style only once the label is polished again.
        self.registration.style().unpolish(self.registration)
        self.registration.style().polish(self.registration)

    def start_watching(self) -> None:
        """While the tab is shown: registrations asked now and every few seconds."""
        self.refresh_status()
        self.status_timer.start()

    def stop_watching(self) -> None:
        self.status_timer.stop()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        trunk = self.trunks.at(current.row()) if current.isValid() else None
        if trunk is not None and trunk.id != self.editing:  # a reload keeps what is typed
            self.edit(trunk)

    # ------------------------------------------------------------ the form

    def new_trunk(self) -> None:
        self.editing = None
        self.table.setCurrentIndex(QModelIndex())
        self.clear_problem()
        self.title.setText(translate("ui.admin.trunks", "New trunk", "the form's title"))
        self._say_registration()
        for edit in (
            self.name,
            self.host,
            self.outbound_proxy,
            self.username,
            self.auth_username,
            self.password,
            self.realm,
        ):
            edit.clear()
        self.port.setValue(DEFAULT_PORT)
        self.transport.setCurrentIndex(0)
        self.enabled.setChecked(True)
        self.registers.setChecked(True)
        self.expires.setValue(DEFAULT_EXPIRES_S)
        self.ip_addresses.clear()
        self.password.setPlaceholderText(translate("ui.admin.trunks", NEW_PASSWORD))
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def edit(self, trunk: rest.Trunk) -> None:
        self.editing = trunk.id
        self.clear_problem()
        self.title.setText(
            translate("ui.admin.trunks", "Edit {name}", "the form's title: a trunk's name").format(
                name=trunk.name
            )
        )
        self._say_registration()
        self.name.setText(trunk.name)
        self.host.setText(trunk.host)
        self.port.setValue(trunk.port)
        self.transport.setCurrentIndex(max(0, self.transport.findData(trunk.transport)))
        self.outbound_proxy.setText(trunk.outbound_proxy or "")
        self.enabled.setChecked(trunk.enabled)
        self.registers.setChecked(trunk.registers)
        self.username.setText(trunk.username or "")
        self.auth_username.setText(trunk.auth_username or "")
        self.password.clear()  # never sent back: only a new one is typed here
        self.password.setPlaceholderText(
            translate("ui.admin.trunks", KEPT_PASSWORD if trunk.has_password else NO_PASSWORD)
        )
        self.realm.setText(trunk.realm or "")
        self.expires.setValue(trunk.register_expires_s)
        self.ip_addresses.setPlainText("\n".join(trunk.ip_addresses))
        self.delete_button.setEnabled(True)

    def values(self) -> rest.TrunkFields:
        """The form as the server's trunk fields: the password only when one
        was typed (left out, the server keeps the one it has). Raises
        ValidationError naming a field the protocol refuses."""

        def optional(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "host": self.host.text().strip(),
            "port": self.port.value(),
            "transport": self.transport.currentData(),
            "outbound_proxy": optional(self.outbound_proxy),
            "registers": self.registers.isChecked(),
            "register_expires_s": self.expires.value(),
            "username": optional(self.username),
            "auth_username": optional(self.auth_username),
            "realm": optional(self.realm),
            "ip_addresses": ip_lines(self.ip_addresses.toPlainText()),
            "enabled": self.enabled.isChecked(),
        }
        if self.password.text():
            values["password"] = self.password.text()
        return rest.TrunkFields.model_validate(values)

    def save(self) -> None:
        """Creates or changes the trunk in the form."""
        if not self.name.text().strip():
            self.show_problem(
                translate("ui.admin.trunks", "Name: give the trunk a name (e.g. the provider's)."),
                "name",
            )
            return
        self.save_button.setEnabled(False)
        editing = self.editing

        def saved(trunk: rest.Trunk) -> None:
            self.save_button.setEnabled(True)
            if editing is None:
                said = translate("ui.admin.trunks", "Created trunk {name}.")
            else:
                said = translate("ui.admin.trunks", "Saved trunk {name}.")
            self.report(said.format(name=trunk.name))
            self.editing = None  # edited afresh, as the server now holds it
            self.edit(trunk)
            self.reload()

        def refused() -> None:
            self.save_button.setEnabled(True)

        def send() -> Future[rest.Trunk]:
            return self.client.trunks.save(editing, self.values())

        self.call(send, saved, refused)

    def delete(self, *, confirm: bool = True) -> None:
        trunk = self.trunks.row(self.editing) if self.editing is not None else None
        if trunk is None:
            return
        if confirm and not confirmed(
            self,
            translate("ui.admin.trunks", "Delete trunk", "a window title"),
            translate(
                "ui.admin.trunks",
                "Delete the trunk {name}? Its calls stop; a trunk that phone numbers use "
                "cannot be deleted (untick In use to keep it but stop it).",
                "In use: the form's check box of that name",
            ).format(name=trunk.name),
        ):
            return

        def deleted(_answer: rest.Deleted) -> None:
            self.report(
                translate("ui.admin.trunks", "Deleted trunk {name}.").format(name=trunk.name)
            )
            self.new_trunk()
            self.reload()

        self.call(lambda: self.client.trunks.delete(trunk.id), deleted)
