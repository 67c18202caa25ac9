"""The Health tab: the doctor's report (checked when the tab is first shown,
and on Check now), the alarms raised and cleared, and where alarms are
e-mailed. The mail server's password is write-only, as a trunk's is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.health import (
    alarm_words,
    finding_words,
    mark,
    report_heading,
    when,
)
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.style import AMBER, GREEN, GREY, RED, text_on
from callnest.protocol import rest
from callnest.protocol.rest import CheckStatus, SmtpSecurity

COLOURS = {
    CheckStatus.OK: GREEN,
    CheckStatus.WARNING: AMBER,
    CheckStatus.FAILED: RED,
    CheckStatus.SKIPPED: GREY,
}
# Translated where shown, as translate("ui.admin.health", ...).
NEW_PASSWORD = str(QT_TRANSLATE_NOOP("ui.admin.health", "the mail account's (app) password"))
KEPT_PASSWORD = str(QT_TRANSLATE_NOOP("ui.admin.health", "unchanged unless you type a new one"))


def security_names() -> dict[SmtpSecurity, str]:
    """How the mail server's connection is secured, in words."""
    return {
        SmtpSecurity.STARTTLS: translate(
            "ui.admin.health", "STARTTLS (port 587)", "a mail connection's security"
        ),
        SmtpSecurity.TLS: translate(
            "ui.admin.health", "TLS from the start (port 465)", "a mail connection's security"
        ),
        SmtpSecurity.NONE: translate(
            "ui.admin.health",
            "None: a relay on this network (port 25)",
            "a mail connection's security",
        ),
    }


class FindingView(QFrame):
    """One check: its mark in colour, what was checked, found, and what to do."""

    def __init__(self, finding: rest.Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        words = finding_words(finding)  # the server's English, or its code's in our language
        chip = QLabel(mark(finding.status))
        chip.setObjectName("chip")
        # The mark's colour says the status; its word says it without colour.
        colour = COLOURS[finding.status]
        chip.setStyleSheet(f"background: {colour}; color: {text_on(colour).name()};")
        chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chip.setMinimumWidth(90)
        title = QLabel(words.title)
        title.setObjectName("customerName")
        self.summary = plain_label()
        self.summary.setText(words.summary)
        self.fix = plain_label()
        self.fix.setObjectName("hint")
        shown_fix = words.fix and finding.status is not CheckStatus.OK
        self.fix.setText(
            translate("ui.admin.health", "What to do: {fix}", "{fix}: the server's advice").format(
                fix=words.fix
            )
            if shown_fix
            else ""
        )
        self.fix.setVisible(bool(shown_fix))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.addWidget(chip, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(title, 0, 1)
        grid.addWidget(self.summary, 1, 1)
        grid.addWidget(self.fix, 2, 1)
        grid.setColumnStretch(1, 1)


class HealthTab(AdminEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.found: rest.DoctorReport | None = None
        self.checked_once = False
        self.email: rest.AlarmEmail | None = None
        self._build()

    def _build(self) -> None:
        self.check_button = QPushButton(translate("ui.admin.health", "Check now", "a button"))
        self.check_button.setToolTip(
            translate(
                "ui.admin.health",
                "Runs every check on the server: a few seconds, as some ask the network",
            )
        )
        self.check_button.clicked.connect(self.check_now)
        self.heading = plain_label()
        self.heading.setText(translate("ui.admin.health", "Not checked yet."))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.check_button)
        self.findings = QVBoxLayout()
        self.findings.setSpacing(6)
        findings_box = QWidget()
        findings_box.setLayout(self.findings)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(findings_box)

        self.alarms = QTableWidget(0, 3)
        self.alarms.setHorizontalHeaderLabels(
            [
                translate("ui.admin.health", "Raised", "a column: when an alarm was raised"),
                translate("ui.admin.health", "Alarm", "a column"),
                translate("ui.admin.health", "Cleared", "a column: when an alarm was cleared"),
            ]
        )
        self.alarms.horizontalHeader().setStretchLastSection(False)
        self.alarms.horizontalHeader().setSectionResizeMode(
            1, self.alarms.horizontalHeader().ResizeMode.Stretch
        )
        self.alarms.verticalHeader().hide()
        self.alarms.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.alarms.setMaximumHeight(150)
        self.no_alarms = plain_label()
        self.no_alarms.setObjectName("hint")
        self.no_alarms.setText(translate("ui.admin.health", "No alarm has been raised."))
        alarms_box = QGroupBox(translate("ui.admin.health", "Alarms", "a group's title"))
        alarms_column = QVBoxLayout(alarms_box)
        alarms_column.addWidget(self.no_alarms)
        alarms_column.addWidget(self.alarms)
        self.alarms.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)
        layout.addWidget(alarms_box)
        layout.addWidget(self._email_form())

    def _email_form(self) -> QGroupBox:
        self.to = QLineEdit()
        self.to.setPlaceholderText(
            translate(
                "ui.admin.health",
                "owner@example.com, another@example.com",
                "example e-mail addresses: keep example.com",
            )
        )
        self.from_address = QLineEdit()
        self.from_address.setPlaceholderText(
            translate(
                "ui.admin.health",
                "callnest@example.com",
                "an example sender's e-mail address: keep example.com",
            )
        )
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText(
            translate(
                "ui.admin.health", "smtp.example.com", "an example mail server: keep example.com"
            )
        )
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(587)
        self.security = QComboBox()
        for value, name in security_names().items():
            self.security.addItem(name, value)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("ui.admin.health", NEW_PASSWORD))
        self.save_email = QPushButton(translate("ui.admin.health", "Save", "a button"))
        self.save_email.clicked.connect(self.save)
        self.test_email = QPushButton(
            translate("ui.admin.health", "Send a test", "a button: a test e-mail")
        )
        self.test_email.clicked.connect(self.send_test)
        self.stop_email = QPushButton(translate("ui.admin.health", "Stop e-mailing", "a button"))
        self.stop_email.clicked.connect(self.stop_emailing)
        self.email_state = plain_label()
        self.email_state.setObjectName("hint")
        self.fields = {
            "to": (translate("ui.admin.health", "To", "an e-mail's recipients"), self.to),
            "sender": (
                translate("ui.admin.health", "From", "an e-mail's sender"),
                self.from_address,
            ),
            "smtp_host": (translate("ui.admin.health", "Mail server"), self.smtp_host),
            "smtp_port": (
                translate("ui.admin.health", "Port", "the mail server's port"),
                self.smtp_port,
            ),
            "username": (translate("ui.admin.health", "User name"), self.username),
            "password": (translate("ui.admin.health", "Password"), self.password),
        }
        form = QFormLayout()
        for _, (label, widget) in self.fields.items():
            form.addRow(label, widget)
        form.insertRow(
            4,
            translate("ui.admin.health", "Security", "how the mail connection is secured"),
            self.security,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_email)
        buttons.addWidget(self.test_email)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_email)
        box = QGroupBox(translate("ui.admin.health", "E-mail each alarm (raised, then cleared)"))
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(self.email_state)
        column.addLayout(buttons)
        return box

    # ----------------------------------------------------------- behaviour

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.checked_once:
            self.checked_once = True
            self.check_now()
            self.call(self.client.alarm_email, self._email_loaded)

    def check_now(self) -> None:
        self.check_button.setEnabled(False)
        self.heading.setText(
            translate("ui.admin.health", "Checking… (a few seconds: some checks ask the network)")
        )
        self.call(self.client.doctor, self._checked, lambda: self.check_button.setEnabled(True))
        self.call(self.client.alarms, self._alarms_loaded)

    def _checked(self, report: rest.DoctorReport) -> None:
        self.found = report
        self.check_button.setEnabled(True)
        self.heading.setText(report_heading(report))
        while self.findings.count():
            item = self.findings.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        # Problems first: they are what the owner came for.
        for finding in sorted(report.findings, key=lambda f: -f.status.rank):
            self.findings.addWidget(FindingView(finding))
        self.findings.addStretch(1)

    def _alarms_loaded(self, alarms: list[rest.Alarm]) -> None:
        self.no_alarms.setVisible(not alarms)
        self.alarms.setVisible(bool(alarms))
        self.alarms.setRowCount(len(alarms))
        for row, alarm in enumerate(alarms):
            cleared = (
                translate("ui.admin.health", "still raised", "an alarm not cleared yet")
                if alarm.cleared_at is None
                else when(alarm.cleared_at)
            )
            words = alarm_words(alarm)
            said = translate(
                "ui.admin.health",
                "{title}: {summary}",
                "an alarm's title, then what it found (both the server's words)",
            ).format(title=words.title, summary=words.summary)
            cells = (when(alarm.raised_at), said, cleared)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(words.fix if column == 1 else "")
                self.alarms.setItem(row, column, item)
        self.alarms.resizeColumnToContents(0)
        self.alarms.resizeColumnToContents(2)

    def _email_loaded(self, email: rest.AlarmEmail | None) -> None:
        self.email = email
        self.stop_email.setEnabled(email is not None)
        self.test_email.setEnabled(email is not None)
        if email is None:
            self.email_state.setText(
                translate("ui.admin.health", "Alarms are not e-mailed: they show in the app only.")
            )
            self.password.setPlaceholderText(translate("ui.admin.health", NEW_PASSWORD))
            return
        self.to.setText(", ".join(email.to))
        self.from_address.setText(email.sender)
        self.smtp_host.setText(email.smtp_host)
        self.smtp_port.setValue(email.smtp_port)
        self.security.setCurrentIndex(self.security.findData(email.security))
        self.username.setText(email.username or "")
        self.password.clear()
        self.password.setPlaceholderText(
            translate("ui.admin.health", KEPT_PASSWORD if email.has_password else NEW_PASSWORD)
        )
        self.email_state.setText(
            translate(
                "ui.admin.health", "Alarms are e-mailed to {addresses}.", "e-mail addresses"
            ).format(addresses=", ".join(email.to))
        )

    def save(self) -> None:
        values: dict[str, object] = {
            "to": [part.strip() for part in self.to.text().split(",") if part.strip()],
            "sender": self.from_address.text().strip(),
            "smtp_host": self.smtp_host.text().strip(),
            "smtp_port": self.smtp_port.value(),
            "security": self.security.currentData(),
            "username": self.username.text().strip() or None,
        }
        if self.password.text():
            values["password"] = self.password.text()
        self.call(
            lambda: self.client.set_alarm_email(rest.AlarmEmailFields.model_validate(values)),
            self._email_saved,
        )

    def _email_saved(self, email: rest.AlarmEmail) -> None:
        self._email_loaded(email)
        self.report(translate("ui.admin.health", "Alarm e-mails saved."))

    def send_test(self) -> None:
        self.test_email.setEnabled(False)
        self.email_state.setText(translate("ui.admin.health", "Sending a test…"))
        self.call(
            self.client.test_alarm_email, self._tested, lambda: self.test_email.setEnabled(True)
        )

    def _tested(self, answer: dict[str, object]) -> None:
        self.test_email.setEnabled(True)
        if answer.get("sent"):
            self.email_state.setText(
                translate("ui.admin.health", "The test was sent: see that it arrives.")
            )
            self.report(translate("ui.admin.health", "Test e-mail sent."))
        else:
            self.show_problem(
                translate(
                    "ui.admin.health",
                    "The mail server did not take the test: {problem}",
                    "{problem}: the mail server's answer",
                ).format(problem=answer.get("problem"))
            )
            self.email_state.setText(translate("ui.admin.health", "The test was not sent."))

    def stop_emailing(self) -> None:
        self.call(self.client.stop_alarm_email, lambda _: self._stopped())

    def _stopped(self) -> None:
        self._email_loaded(None)
        self.report(translate("ui.admin.health", "Alarms are no longer e-mailed."))
